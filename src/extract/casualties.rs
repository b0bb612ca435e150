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
use crate::model::{Claim, ClaimValue, Window};
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
];

/// Every casualty-type claim in the document.
pub fn extract(ctx: &DocContext) -> Vec<Claim> {
    let mut out = Vec::new();
    for (i, m) in ctx.numbers.iter().enumerate() {
        if matches!(m.kind, NumberKind::Ordinal) || m.adjectival || ctx.in_date(m.figure.0, m.figure.1) {
            continue;
        }
        let s = ctx.sentence(m.start);
        let left = i.checked_sub(1).map(|p| ctx.numbers[p].end).filter(|&e| e > s.start).unwrap_or(s.start);
        let right = ctx.numbers.get(i + 1).map(|n| n.start).filter(|&st| st < s.end).unwrap_or(s.end);
        if let Some(c) = read(ctx, m, left.min(m.start), right.max(m.end)) {
            out.push(c);
        }
    }
    out
}

/// The claim around number `m`, whose clause is `left..right`, if it is one.
fn read(ctx: &DocContext, m: &NumberMatch, left: usize, right: usize) -> Option<Claim> {
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
    let reach_before = if growth_cue { 2 * REACH } else { REACH };
    let before_cue = ctx
        .lexicon
        .cue_phrases
        .find(&text[left..m.start])
        .last()
        .map(|h| (*h.value, words(&text[left + h.end..m.start]).count()))
        .filter(|(_, d)| *d <= reach_before);

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
        let adjacent_after = after_cue.is_some_and(|(k, d)| k == kind && d == 0);
        let adjacent_before = before_cue.is_some_and(|(k, d)| k == kind && d <= 1) && bare_follower(after);
        if !adjacent_after && !adjacent_before {
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
    if let Some((b, _)) = before_cue.filter(|(k, _)| *k == kind && !cue_after) {
        // Widen the span to take in the cue before: "killed more than 100,000 people".
        if let Some(h) = ctx.lexicon.cue_phrases.find(&text[left..m.start]).filter(|h| *h.value == b).last() {
            claim.start = left + h.start;
            claim.text = text[claim.start..claim.end].to_string();
            let (line, col) = ctx.lines.line_col(text, claim.start);
            claim.line = line;
            claim.col = col;
        }
    }
    claim.population = population.unwrap_or("people").to_string();
    claim.unit = "people".to_string();
    claim.window = window(ctx, m.end, ctx.sentence(m.start).end);
    claim.attribution = attribution::find(ctx, ctx.sentence(m.start), m.start);
    claim.growth_cue = growth_cue;
    if let Some(cause) = cause_after(ctx, claim.end, ctx.sentence(m.start).end) {
        claim.subject = cause.to_string();
    }
    Some(claim)
}

/// The single event named as the cause right after a claim ("killed in a
/// nerve gas attack", "dead in airstrikes"): within [`REACH`] words, it
/// beats a subject named earlier in the sentence ("the Syrian Revolution
/// General Commission said 640 were killed in a gas attack" is about the attack).
fn cause_after<'a>(ctx: &DocContext<'a>, from: usize, to: usize) -> Option<&'a str> {
    let text = ctx.text();
    let region = text.get(from..to)?;
    let hit = ctx.lexicon.subject_phrases.find(region).next()?;
    let subject = &ctx.lexicon.subjects[*hit.value];
    (subject.event && words(&region[..hit.start]).count() <= REACH).then_some(subject.id.as_str())
}

/// The population named right after the figure ("people", "regime soldiers",
/// "tens of thousands of civilians"), and where its noun ends.
fn population_after<'a>(ctx: &DocContext<'a>, from: usize, right: usize) -> (Option<&'a str>, Option<usize>) {
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
const ENUMERATION: &[&str] = &["including", "and", "among", "them", "whom", "a", "an", "the", "of"];

/// The words of `between` that count against [`REACH`]: all but enumeration
/// words and population nouns.
fn enumeration_words(ctx: &DocContext, between: &str) -> usize {
    words(between)
        .filter(|(_, w)| !ENUMERATION.contains(&w.to_ascii_lowercase().as_str()) && ctx.lexicon.population(w).is_none())
        .count()
}

/// Whether what follows a bare figure lets a cue before it count it:
/// punctuation, the end, or a function word ("killed 300 in Homs").
fn bare_follower(after: &str) -> bool {
    let t = after.trim_start();
    match words(t).next() {
        None => true,
        Some((off, w)) => off > 0 || FOLLOWERS.contains(&w.to_ascii_lowercase().as_str()),
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

fn starts_with_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
}

/// Byte offset of `needle` (lower-case ASCII) in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}
