//! Who took part: participant counts ("Forty countries attended the
//! pre-meeting", "the 30 nations that are already prepared to come", "the
//! 11-nation Friends of Syria group") and participant lists ("signed by the
//! League of Arab States, China, … and Qatar – but notably absent are both
//! the current Syrian government and Iran").
//!
//! A count is a number joined to (or one word before) a participant noun of
//! `events.toml`, in a sentence about a dated subject (an event or group of
//! `subjects.toml`; when the sentence names none, the last one named in the
//! `lookback_sentences` before it). Its status is the status cue nearest to
//! it (attended / expected / member); none found leaves it empty.
//!
//! A list is a list cue followed by items separated by commas and a final
//! "and"/"or"; it ends after that last item, or at a dash, semicolon, colon
//! or the sentence's end. Each item becomes one `participants` claim whose
//! value is the canonical entity (the lexicon's, else the item as written),
//! with status `in` or `out` by the cue. An `in` list of two or more members
//! also gives a `participant_count` claim with status `listed` (its size), so
//! that a list can be checked against a count of the same event.

use super::context::{words, DocContext};
use crate::model::{Claim, ClaimKind, ClaimValue, Interval, Label, Qualifier, Quantity};
use crate::normalize::number::NumberKind;

/// Every participant count and list member in the document.
pub fn extract(ctx: &DocContext) -> Vec<Claim> {
    let mut out = counts(ctx);
    out.extend(lists(ctx));
    out
}

/// The event a claim at `at` speaks of, when it is a dated subject.
fn event(ctx: &DocContext, at: usize) -> Option<Label> {
    let s = ctx.sentence(at);
    ctx.dated_subject(s, at, ctx.lexicon.events.lookback_sentences)
}

fn counts(ctx: &DocContext) -> Vec<Claim> {
    let text = ctx.text();
    let ev = &ctx.lexicon.events;
    let mut out = Vec::new();
    for m in &ctx.numbers {
        if m.kind != NumberKind::Number || ctx.in_date(m.figure.0, m.figure.1) {
            continue;
        }
        let s = ctx.sentence(m.start);
        let after = &text[m.end..s.end.max(m.end)];
        // "11-nation": the noun is glued on; "Forty countries", "30 Western nations": one modifier may stand between.
        let mut noun = None;
        for (k, (off, raw)) in words(after).take(2).enumerate() {
            if k == 0 && !m.adjectival && !after[..off].trim().is_empty() {
                break;
            }
            if let Some(what) = ev.participant_noun(raw.trim_start_matches('-')) {
                noun = Some((what, m.end + off + raw.len()));
                break;
            }
        }
        let Some((what, noun_end)) = noun else { continue };
        let Some(subject) = event(ctx, m.start) else { continue };
        // A count with no status word ("the two delegations") says nothing checkable.
        let Some(status) = nearest_status(ctx, s.start, s.end, m.start, noun_end) else { continue };
        let value = ClaimValue::Count(m.quantity);
        let mut c = ctx.claim_about(ClaimKind::ParticipantCount, m.start, noun_end, m.figure, value, Some(subject));
        c.population = Label::from_static("participants");
        c.unit = what;
        c.status = Some(status);
        out.push(c);
    }
    out
}

/// The status cue nearest to the span `from..to` within the sentence `s0..s1`.
fn nearest_status(ctx: &DocContext, s0: usize, s1: usize, from: usize, to: usize) -> Option<Label> {
    let text = ctx.text();
    ctx.lexicon
        .events
        .status
        .find(&text[s0..s1])
        .map(|h| {
            let (a, b) = (s0 + h.start, s0 + h.end);
            let gap = if b <= from { words(&text[b..from]).count() } else { words(&text[to..a.max(to)]).count() };
            (gap, *h.value)
        })
        .min_by_key(|(gap, _)| *gap)
        .map(|(_, s)| s)
}

fn lists(ctx: &DocContext) -> Vec<Claim> {
    let text = ctx.text();
    let cues: Vec<_> =
        ctx.lexicon.events.list_cues.find_lowered(&ctx.lower).map(|h| (h.start, h.end, *h.value)).collect();
    let mut out = Vec::new();
    for (k, &(cue_start, cue_end, is_in)) in cues.iter().enumerate() {
        let s = ctx.sentence(cue_start);
        let mut end = s.end.max(cue_end);
        if let Some(&(next, _, _)) = cues.get(k + 1) {
            end = end.min(next.max(cue_end));
        }
        if let Some(p) = text[cue_end..end].find(['–', '—', ';', ':']) {
            end = cue_end + p;
        }
        let Some(subject) = event(ctx, cue_start) else { continue };
        let members = items(ctx, cue_end, end);
        if members.is_empty() || (is_in && members.len() < 2) {
            continue;
        }
        let status = if is_in { "in" } else { "out" };
        for (a, b, name) in &members {
            let value = ClaimValue::Entity(name.clone());
            let mut c = ctx.claim_about(ClaimKind::Participants, *a, *b, (*a, *b), value, Some(subject));
            c.population = Label::from_static("members");
            c.status = Some(Label::from_static(status));
            out.push(c);
        }
        if is_in {
            let (a, b) = (members[0].0, members[members.len() - 1].1);
            let n = members.len() as f64;
            let q = Quantity { anchor: n, qualifier: Qualifier::Eq, interval: Interval::exact(n) };
            let value = ClaimValue::Count(q);
            let mut c = ctx.claim_about(ClaimKind::ParticipantCount, cue_start, b, (a, b), value, Some(subject));
            c.population = Label::from_static("participants");
            c.unit = Label::from_static("members");
            c.status = Some(Label::from_static("listed"));
            out.push(c);
        }
    }
    out
}

/// The items of a list in `from..to`: (start, end, canonical name) each.
fn items(ctx: &DocContext, from: usize, to: usize) -> Vec<(usize, usize, String)> {
    let text = ctx.text();
    let mut out = Vec::new();
    let mut pos = from;
    let mut last = false;
    while pos < to && !last {
        let seg = &text[pos..to];
        let comma = seg.find(',').unwrap_or(seg.len());
        let and = find_word(seg, "and").into_iter().chain(find_word(seg, "or")).min().unwrap_or(seg.len());
        let cut = comma.min(and);
        let item_end = pos + cut;
        if let Some(item) = item(ctx, pos, item_end) {
            out.push(item);
        }
        if cut == seg.len() {
            break;
        }
        if cut == and && and < comma {
            // "X and Y": Y is the last item; it ends at the next comma.
            let rest = &text[item_end..to];
            let skip = if rest.starts_with("and") { 3 } else { 2 };
            let next_comma = rest[skip..].find(',').map(|p| item_end + skip + p).unwrap_or(to);
            if let Some(item) = item(ctx, item_end + skip, next_comma) {
                out.push(item);
            }
            last = true;
        } else {
            pos = item_end + 1;
            // ", and Qatar": the last item.
            let t = text[pos..to].trim_start();
            for conj in ["and ", "or "] {
                if t.starts_with(conj) {
                    let p = to - t.len() + conj.len();
                    let next_comma = text[p..to].find(',').map(|q| p + q).unwrap_or(to);
                    if let Some(item) = item(ctx, p, next_comma) {
                        out.push(item);
                    }
                    last = true;
                }
            }
        }
    }
    out
}

/// One list item: the first entity in it, else the item as written when it is capitalised.
fn item(ctx: &DocContext, from: usize, to: usize) -> Option<(usize, usize, String)> {
    let text = ctx.text();
    let ents = &ctx.lexicon.entities;
    if let Some(h) = ents.find(&text[from..to]).next() {
        return Some((from + h.start, from + h.end, ents.entities[h.entity].name.to_string()));
    }
    let raw = &text[from..to];
    let trimmed = raw.trim();
    let lead = raw.len() - raw.trim_start().len();
    let mut t = trimmed;
    for det in ["both ", "the ", "The "] {
        t = t.strip_prefix(det).unwrap_or(t);
    }
    let start = from + lead + (trimmed.len() - t.len());
    (t.chars().next().is_some_and(char::is_uppercase) && t.len() <= 80).then(|| (start, start + t.len(), t.to_string()))
}

/// Byte offset of `w` as a whole word in `s`.
fn find_word(s: &str, w: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(p) = s[from..].find(w) {
        let at = from + p;
        if crate::lexicon::phrases::is_word(b, at, at + w.len()) {
            return Some(at);
        }
        from = at + w.len();
    }
    None
}
