//! Counts of people killed, injured, missing or displaced.
//!
//! A number becomes such a claim when a cue word of the kind stands close
//! to it in the same clause: within four words before the figure ("killed
//! more than 100,000 people", "claimed lives of over 70,000") or after it
//! and the noun it counts ("700 people have been killed", "130,000 dead").
//! The noun names the population ("prisoners", "civilians"; "people" when
//! there is none). A number with no noun of people after it counts only
//! when a cue is right beside it, so "30 nations", "Forty countries",
//! "three years" and "3 January" never become casualty claims.

use super::attribution;
use super::context::{words, DocContext};
use crate::lexicon::phrases::Hit;
use crate::lexicon::singular_nouns::is_singular_form;
use crate::model::{Claim, ClaimKind, ClaimValue, Interval, Label, Qualifier, Quantity, Window};
use crate::normalize::date::DateKind;
use crate::normalize::number::{NumberKind, NumberMatch};

/// How many words may stand between a cue and the figure (or its noun).
const REACH: usize = 4;

/// Words that may follow a bare figure that a cue stands right before
/// ("killed 300 in Homs"); anything else (a month, a noun) means the
/// figure counts something else.
const FOLLOWERS: &[&str] = &[
    "in",
    "on",
    "at",
    "since",
    "and",
    "as",
    "during",
    "across",
    "over",
    "last",
    "this",
    "so",
    "by",
    "from",
    "with",
    "while",
    "when",
    "after",
    "before",
    "including",
    "among",
    "throughout",
    "according",
    "were",
    "are",
    "have",
    "had",
    "has",
    "was",
    "more",
    "others",
    "other",
    "or",
    "earlier",
    "now",
    "overnight",
    "yesterday",
    "today",
];

/// Words that may join the counts of one enumeration ("Six civilians
/// including a child were among at least 22 people killed", "30 regime
/// soldiers and 39 rebel fighters", "killed 12 civilians among them 5
/// children"): a member with no cue of its own borrows the cue of the
/// enumeration's first or last member.
const LINKS: &[&str] =
    &["including", "among", "them", "whom", "of", "and", "a", "an", "the", "were", "was", "mostly", "also", "-"];

/// Every casualty-type claim in the document.
pub fn extract(ctx: &DocContext) -> Vec<Claim> {
    let numbers = with_singulars(ctx);
    let mut out = Vec::new();
    for (i, m) in numbers.iter().enumerate() {
        if matches!(m.kind, NumberKind::Ordinal) || m.adjectival || ctx.in_date(m.figure.0, m.figure.1) {
            continue;
        }
        // The tail of a numeric date the date reader left ("05-05-2016"):
        // a figure right after a digit and a hyphen is no count.
        let before = &ctx.text().as_bytes()[..m.figure.0];
        if before.ends_with(b"-") && before.len() >= 2 && before[before.len() - 2].is_ascii_digit() {
            continue;
        }
        // A count of people is at least one: "more than half of them civilians" is a share.
        if m.quantity.anchor > 0.0 && m.quantity.anchor < 1.0 {
            continue;
        }
        if let Some(c) = read(ctx, &numbers, i) {
            out.push(c);
        }
    }
    out
}

/// The numbers of the document with "a child", "a woman", "an elderly
/// man"… read as one: an article or "one" before a singular noun of a
/// population, when what follows the noun is a function word, a cue or
/// the end of the clause ("a civilian area" is not a count).
fn with_singulars(ctx: &DocContext) -> Vec<NumberMatch> {
    let b = ctx.text().as_bytes();
    let mut out = ctx.numbers.clone();
    let mut found = false;
    let mut take = |at: usize, out: &mut Vec<NumberMatch>| {
        if let Some(m) = singular_at(ctx, at) {
            if !out.iter().any(|n| n.start <= at && at < n.end) {
                found = true;
                out.push(m);
            }
        }
    };
    if let Some(nouns) = ctx.lexicon.singular_nouns.find(&ctx.lower) {
        // The fast path: the nouns are rare and found with a vectorised
        // search; the article is looked for before each one (white space,
        // then "a"/"an" as a whole word) and [`singular_at`] decides as below.
        // The nouns need not come in order: each has its own article, and
        // `out` is sorted below.
        for (start, end) in nouns {
            let word_edge = |i: usize| !b.get(i).is_some_and(|c| super::context::is_word_byte(*c));
            if !(start == 0 || word_edge(start - 1)) || !word_edge(end) {
                continue;
            }
            if let Some(at) = article_before(b, start) {
                take(at, &mut out);
            }
        }
    } else {
        // Only the articles "a"/"an" can start one: jump between them with memchr
        // rather than tokenising the whole document.
        for at in memchr::memchr2_iter(b'a', b'A', b) {
            take(at, &mut out);
        }
    }
    if found {
        out.sort_by_key(|m| m.start);
    }
    out
}

/// The start of the article "a"/"an" (any case, a whole word) that ends
/// where ASCII white space before `noun` begins, if there is one.
fn article_before(b: &[u8], noun: usize) -> Option<usize> {
    let space = |c: u8| matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
    let mut j = noun;
    while j > 0 && space(b[j - 1]) {
        j -= 1;
    }
    if j == noun {
        return None;
    }
    let starts_word = |i: usize| i == 0 || !super::context::is_word_byte(b[i - 1]);
    match (j.checked_sub(2).map(|i| b[i]), j.checked_sub(1).map(|i| b[i])) {
        (_, Some(b'a' | b'A')) if starts_word(j - 1) => Some(j - 1),
        (Some(b'a' | b'A'), Some(b'n' | b'N')) if starts_word(j - 2) => Some(j - 2),
        _ => None,
    }
}

/// "A child", "an elderly man"… at `at` read as a count of one, if it is
/// one: the article "a"/"an" as a word, white space, a singular noun of a
/// population, then a function word, a cue or the end of the clause.
fn singular_at(ctx: &DocContext, at: usize) -> Option<NumberMatch> {
    let text = ctx.text();
    let b = text.as_bytes();
    if at > 0 && super::context::is_word_byte(b[at - 1]) {
        return None;
    }
    // Most words starting with an "a" are no article ("and", "after"):
    // rule them out on the next bytes before tokenising.
    let ends_at = |i: usize| !b.get(i).is_some_and(|c| super::context::is_word_byte(*c));
    if !(ends_at(at + 1) || (matches!(b.get(at + 1), Some(b'n' | b'N')) && ends_at(at + 2))) {
        return None;
    }
    let mut ws = words(&text[at..]).take(3).map(|(o, w)| (at + o, w));
    let (_, art) = ws.next()?;
    if !(art.eq_ignore_ascii_case("a") || art.eq_ignore_ascii_case("an")) {
        return None;
    }
    let (noun_at, noun) = ws.next()?;
    if !text[at + art.len()..noun_at].trim().is_empty() || !singular(ctx, noun) {
        return None;
    }
    let end = noun_at + noun.len();
    let next_ok = match ws.next() {
        None => true,
        Some((n_at, n)) => {
            !text[end..n_at].trim().is_empty()
                || FOLLOWERS.contains(&n.to_ascii_lowercase().as_str())
                || LINKS.contains(&n.to_ascii_lowercase().as_str())
                || ctx.lexicon.cue_phrases.find(n).next().is_some()
        }
    };
    next_ok.then(|| NumberMatch {
        start: at,
        end: at + art.len(),
        figure: (at, at + art.len()),
        kind: NumberKind::Number,
        quantity: Quantity { anchor: 1.0, qualifier: Qualifier::Eq, interval: Interval::exact(1.0) },
        adjectival: false,
    })
}

/// Whether `w` is the singular noun of a population ("child", "woman",
/// "civilian"), not a plural or a collective ("people", "children").
fn singular(ctx: &DocContext, w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    ctx.lexicon.population(&l).is_some() && is_singular_form(&l)
}

/// The start of number `i`'s clause: the end of the number before it in
/// its sentence, else the sentence's start.
fn clause_left(ctx: &DocContext, numbers: &[NumberMatch], i: usize) -> usize {
    let m = &numbers[i];
    let s = ctx.sentence(m.start);
    i.checked_sub(1).map(|p| numbers[p].end).filter(|&e| e > s.start && e <= m.start).unwrap_or(s.start)
}

/// The end of number `i`'s clause: the start of the number after it in its
/// sentence, else the sentence's end.
fn clause_right(ctx: &DocContext, numbers: &[NumberMatch], i: usize) -> usize {
    let m = &numbers[i];
    let s = ctx.sentence(m.start);
    numbers.get(i + 1).map(|n| n.start).filter(|&st| st < s.end && st >= m.end).unwrap_or(s.end)
}

/// Whether only [`LINKS`] stand in `from..to`.
fn linked(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    !gap.contains(['.', ';', ':', '(', ')'])
        && words(gap).all(|(_, w)| LINKS.contains(&w.to_ascii_lowercase().as_str()))
}

/// The first member of the enumeration number `i` belongs to (itself when
/// none): members are counts of a population joined by [`LINKS`].
fn chain_head(ctx: &DocContext, numbers: &[NumberMatch], i: usize) -> usize {
    let text = ctx.text();
    let mut h = i;
    while h > 0 {
        let (p, m) = (&numbers[h - 1], &numbers[h]);
        if ctx.sentence(p.start).start != ctx.sentence(m.start).start || p.end > m.start {
            break;
        }
        match population_after(ctx, p.end, m.start) {
            (Some(_), Some(noun_end)) if linked(text, noun_end, m.start) => h -= 1,
            _ => break,
        }
    }
    h
}

/// The last member of number `i`'s enumeration and where its noun ends.
fn chain_tail(ctx: &DocContext, numbers: &[NumberMatch], i: usize, noun_end: usize) -> (usize, usize) {
    let text = ctx.text();
    let (mut t, mut end) = (i, noun_end);
    while let Some(n) = numbers.get(t + 1) {
        if ctx.sentence(n.start).start != ctx.sentence(numbers[i].start).start
            || n.start < end
            || !linked(text, end, n.start)
        {
            break;
        }
        match population_after(ctx, n.end, clause_right(ctx, numbers, t + 1)) {
            (Some(_), Some(e)) => (t, end) = (t + 1, e),
            _ => break,
        }
    }
    (t, end)
}

/// The nearest cue before `at` in `left..at` (its kind and the words
/// between), within `reach` words.
fn cue_before(ctx: &DocContext, left: usize, at: usize, reach: usize) -> Option<(ClaimKind, usize)> {
    cue_within(ctx, last_cue(ctx, left, at), left, at, reach)
}

/// The last cue in `left..at` (offsets relative to `left`). [`read`] asks
/// several questions of it, so it is found once per figure.
fn last_cue<'a>(ctx: &DocContext<'a>, left: usize, at: usize) -> Option<Hit<'a, ClaimKind>> {
    ctx.lexicon.cue_phrases.find(&ctx.text()[left..at]).last()
}

/// The kind of `hit` (the last cue in `left..at`) and the words between
/// it and `at`, when within `reach` words.
fn cue_within(
    ctx: &DocContext,
    hit: Option<Hit<ClaimKind>>,
    left: usize,
    at: usize,
    reach: usize,
) -> Option<(ClaimKind, usize)> {
    hit.map(|h| (*h.value, words(&ctx.text()[left + h.end..at]).count())).filter(|(_, d)| *d <= reach)
}

/// Whether the nearest cue before number `i` (`last`, the last in
/// `left..` its start) belongs to
/// what stands before it rather than to the figure: "and" stands between
/// the cue and the figure ("were killed and 25 others were wounded"), or
/// the cue comes right after the previous count's noun ("Two children
/// killed 5 others injured": "killed" is the children's).
fn cue_closed_before(
    ctx: &DocContext,
    numbers: &[NumberMatch],
    i: usize,
    left: usize,
    last: Option<Hit<ClaimKind>>,
) -> bool {
    let text = ctx.text();
    let m = &numbers[i];
    let Some(h) = last else {
        return false;
    };
    let (cue_start, cue_end) = (left + h.start, left + h.end);
    if words(&text[cue_end..m.start]).next().is_some_and(|(_, w)| w.eq_ignore_ascii_case("and")) {
        return true;
    }
    let Some(p) = i.checked_sub(1).map(|p| &numbers[p]) else {
        return false;
    };
    if p.end > cue_start || ctx.sentence(p.start).start != ctx.sentence(m.start).start {
        return false;
    }
    match population_after(ctx, p.end, cue_start) {
        (Some(_), Some(noun_end)) => words(&text[noun_end..cue_start])
            .all(|(_, w)| matches!(w.to_ascii_lowercase().as_str(), "was" | "were" | "have" | "has" | "had" | "been")),
        _ => false,
    }
}

/// The claim around number `i` of `numbers`, if it is one.
fn read(ctx: &DocContext, numbers: &[NumberMatch], i: usize) -> Option<Claim> {
    let m = &numbers[i];
    let (left, right) = (clause_left(ctx, numbers, i), clause_right(ctx, numbers, i));
    let text = ctx.text();
    let after = &text[m.end..right];
    if after.starts_with('%')
        || starts_with_ci(after.trim_start(), "per cent")
        || starts_with_ci(after.trim_start(), "percent")
    {
        return None;
    }
    let (population, noun_end) = population_after(ctx, m.end, right);
    let tail_start = noun_end.unwrap_or(m.end);

    // The nearest cue after the figure (and its noun), and before it.
    let after_hit = ctx.lexicon.cue_phrases.find(&text[tail_start..right]).next();
    let after_cue = after_hit
        .map(|h| (*h.value, enumeration_words(ctx, &text[tail_start..tail_start + h.start])))
        .filter(|(_, d)| *d <= REACH);
    // "the death toll from the quake rose to 1,143": a rise reaches further back.
    let growth_cue = ctx
        .lexicon
        .growth_phrases
        .find(&text[left..m.start])
        .last()
        .is_some_and(|h| words(&text[left + h.end..m.start]).count() <= 1);
    // "the death toll from the strikes was 45": a toll reaches as far.
    let last = last_cue(ctx, left, m.start);
    let toll_cue = last.is_some_and(|h| text[left + h.start..left + h.end].to_ascii_lowercase().contains("toll"));
    let reach_before = if growth_cue || toll_cue { 2 * REACH } else { REACH };
    let mut before_cue = cue_within(ctx, last, left, m.start, reach_before);
    // A cue of another kind after the figure takes it from a cue before it
    // that already closed its own clause: "a woman was killed and 25 others
    // were wounded", "Two children killed 5 others injured".
    if let (Some((b, _)), Some(h)) = (before_cue, after_hit) {
        if *h.value != b && cue_closed_before(ctx, numbers, i, left, last) {
            before_cue = None;
        }
    }
    let mut after_cue = after_cue;
    let mut after_hit = after_hit;
    let mut tail_start = tail_start;
    let mut borrowed_before = false;
    if before_cue.is_none() && after_cue.is_none() && population.is_some() {
        // A member of an enumeration borrows the cue of its first member
        // (before) or of its last (after).
        let h = chain_head(ctx, numbers, i);
        if h < i {
            before_cue = cue_before(ctx, clause_left(ctx, numbers, h), numbers[h].start, REACH);
            borrowed_before = before_cue.is_some();
        }
        let (t, end) = chain_tail(ctx, numbers, i, noun_end.unwrap_or(m.end));
        if t > i {
            let right = clause_right(ctx, numbers, t);
            let hit = ctx.lexicon.cue_phrases.find(&text[end..right]).next();
            after_cue =
                hit.map(|h| (*h.value, enumeration_words(ctx, &text[end..end + h.start]))).filter(|(_, d)| *d <= REACH);
            after_hit = hit;
            tail_start = end;
        }
    }

    let (kind, cue_after) = match (before_cue, after_cue) {
        (Some((b, db)), Some((a, da))) => {
            if db <= da {
                (b, false)
            } else {
                (a, true)
            }
        }
        (Some((b, _)), None) => (b, false),
        (None, Some((a, _))) => (a, true),
        (None, None) => return None,
    };
    // Without a noun of people the cue must be right beside the figure.
    if population.is_none() {
        // "300 killed", not "15 The death toll": nothing between, and no toll.
        let adjacent_after = after_cue.is_some_and(|(k, d)| k == kind && d == 0)
            && after_hit.is_some_and(|h| {
                words(&text[tail_start..tail_start + h.start]).next().is_none()
                    && !text[tail_start + h.start..tail_start + h.end].to_ascii_lowercase().contains("toll")
            });
        let near = if toll_cue { 2 * REACH } else { 1 };
        let adjacent_before = before_cue.is_some_and(|(k, d)| k == kind && d <= near) && bare_follower(ctx, after);
        if !adjacent_after && !adjacent_before {
            return None;
        }
    }

    // "19 Killed and Injured": the dead and the injured together count neither.
    if let Some(h) = after_hit.filter(|_| cue_after) {
        let rest = text.get(tail_start + h.end..ctx.sentence(m.start).end).unwrap_or("");
        let mut ws = words(rest).map(|(_, w)| w.to_ascii_lowercase());
        if matches!(ws.next().as_deref(), Some("and" | "or"))
            && ws.next().is_some_and(|w| ctx.lexicon.cue_phrases.find(&w).next().is_some_and(|c| *c.value != kind))
        {
            return None;
        }
    }

    let value = ClaimValue::Count(m.quantity);
    // The span runs from the cue before (or the figure) to the cue after (or the noun).
    let end = match after_hit {
        Some(h) if cue_after => tail_start + h.end,
        _ => noun_end.unwrap_or(m.end),
    };
    let mut claim = ctx.claim(kind, m.start, end, m.figure, value);
    if let Some((b, _)) = before_cue.filter(|(k, _)| *k == kind && !cue_after && !borrowed_before) {
        // Widen the span to take in the cue before: "killed more than 100,000 people"
        // (the last cue before the figure: `before_cue` is its kind).
        if let Some(h) = last.filter(|h| *h.value == b) {
            claim.start = left + h.start;
            claim.text = text[claim.start..claim.end].to_string();
            let (line, col) = ctx.lines.line_col(text, claim.start);
            claim.line = line;
            claim.col = col;
        }
    }
    claim.population = population.unwrap_or(Label::from_static("people"));
    claim.unit = Label::from_static("people");
    claim.window = window(ctx, m.end, ctx.sentence(m.start).end);
    claim.attribution = attribution::find(ctx, ctx.sentence(m.start), m.start);
    claim.growth_cue = growth_cue;
    if let Some(cause) = cause_after(ctx, claim.end, ctx.sentence(m.start).end) {
        claim.subject = cause;
    }
    Some(claim)
}

/// The single event named as the cause right after a claim ("killed in a
/// nerve gas attack", "dead in airstrikes"): within [`REACH`] words, it
/// beats a subject named earlier in the sentence ("the Syrian Revolution
/// General Commission said 640 were killed in a gas attack" is about the attack).
fn cause_after(ctx: &DocContext, from: usize, to: usize) -> Option<Label> {
    let text = ctx.text();
    let region = text.get(from..to)?;
    let hit = ctx.lexicon.subject_phrases.find(region).next()?;
    let subject = &ctx.lexicon.subjects[*hit.value];
    (subject.event && words(&region[..hit.start]).count() <= REACH).then_some(subject.id)
}

/// The population named right after the figure ("people", "regime soldiers",
/// "tens of thousands of civilians"), and where its noun ends.
fn population_after(ctx: &DocContext, from: usize, right: usize) -> (Option<Label>, Option<usize>) {
    let text = ctx.text();
    let region = &text[from..right];
    let mut ws = words(region).take(3);
    let mut prev_modifier = false;
    for (k, (off, w)) in ws.by_ref().enumerate() {
        // Only white space (or "of") between the figure and the noun.
        if k == 0 && !region[..off].trim().is_empty() {
            break;
        }
        if let Some(p) = ctx.lexicon.population(w) {
            return (Some(p), Some(from + off + w.len()));
        }
        let is_of = w.eq_ignore_ascii_case("of");
        let modifier = !is_of
            && ctx.lexicon.cue_phrases.find(w).next().is_none()
            && !FOLLOWERS.contains(&w.to_ascii_lowercase().as_str());
        if k >= 1 && !(prev_modifier || is_of) {
            break;
        }
        if !(modifier || is_of) {
            break;
        }
        prev_modifier = modifier || is_of;
    }
    (None, None)
}

/// Words that may stand in an enumeration between a population and its cue
/// without counting against [`REACH`]: "16 civilians including women and
/// children were killed" has the cue one word after the enumeration.
const ENUMERATION: &[&str] =
    &["including", "and", "among", "them", "whom", "a", "an", "the", "of", "mostly", "mainly", "all"];

/// The words of `between` that count against [`REACH`]: all but enumeration
/// words and population nouns.
fn enumeration_words(ctx: &DocContext, between: &str) -> usize {
    words(between)
        .filter(|(_, w)| !ENUMERATION.contains(&w.to_ascii_lowercase().as_str()) && ctx.lexicon.population(w).is_none())
        .count()
}

/// Whether what follows a bare figure lets a cue before it count it:
/// punctuation, the end, a function word ("killed 300 in Homs") or the
/// cue of the next count ("Kills Two Injures Three").
fn bare_follower(ctx: &DocContext, after: &str) -> bool {
    let t = after.trim_start();
    match words(t).next() {
        None => true,
        Some((off, w)) => {
            off > 0
                || FOLLOWERS.contains(&w.to_ascii_lowercase().as_str())
                || ctx.lexicon.cue_phrases.find(w).next().is_some_and(|h| h.start == 0 && h.end == w.len())
        }
    }
}

/// The period the count covers: "since <date>" after the figure, within the sentence.
fn window(ctx: &DocContext, from: usize, to: usize) -> Option<Window> {
    let text = ctx.text();
    let since = find_ci(&text[from..to], "since ")? + from;
    let i = ctx.dates.partition_point(|d| d.start < since);
    let d = ctx.dates.get(i).filter(|d| d.end <= to && words(&text[since..d.start]).count() <= 5)?;
    Some(match d.kind {
        DateKind::Range => Window { from: Some(d.value.start), to: Some(d.value.end) },
        DateKind::Date => Window { from: Some(d.value.start), to: None },
    })
}

#[cfg(test)]
mod tests;

fn starts_with_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
}

/// Byte offset of `needle` (lower-case ASCII) in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}
