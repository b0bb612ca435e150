//! When an event happens or happened: "talks due to start on 22 January",
//! "began in Montreux, Switzerland on Jan. 22, 2014", "endorsed on June 30,
//! 2012", "the one-day meeting Wednesday", "direct talks Friday".
//!
//! A date (day, month or year; not a range) is an event's date when a date
//! cue of `events.toml` stands within `reach` words before it (`held`,
//! `due`, `talks`, `meeting`, …) or a verb of `after` within `reach` words
//! after it ("On Jan. 24, the negotiations will begin again"), and its
//! sentence (or, failing that, one of the two before) names a dated subject.
//!
//! Relative dates are resolved again here: the document-wide scan leans to
//! the past, but a date with a future cue before it ("would sit down for
//! direct talks Friday") is the coming one, and a month-day without a year
//! ("22 January") is the nearest to the publication date. The status is
//! `planned` when the date lies after the publication date, else `happened`.
//!
//! The milestone (the claim's `population`, so that dates are compared
//! within one milestone) is `start` unless a milestone cue stands within
//! twice `reach` words before or `reach` words after the date; where several
//! do, the longest cue wins ("second round … resumed" is `round-2`).

use super::context::{is_word_byte, words, DocContext};
use crate::lexicon::phrases::PhraseSet;
use crate::model::{Claim, ClaimKind, ClaimValue, DateInterval, Granularity, Label};
use crate::normalize::date::{find_dates, Bias, DateKind};
use crate::settings::Settings;

/// How many sentences back to look for the event a sentence does not name.
const LOOKBACK: usize = 2;

/// Every event date in the document.
pub fn extract(ctx: &DocContext, settings: &Settings) -> Vec<Claim> {
    let text = ctx.text();
    let ev = &ctx.lexicon.events;
    let mut out = Vec::new();
    for d in &ctx.dates {
        if d.kind != DateKind::Date
            || !matches!(d.value.granularity, Granularity::Day | Granularity::Month | Granularity::Year)
        {
            continue;
        }
        let s = ctx.sentence(d.start);
        let before = tail_words(&text[s.start..d.start.max(s.start)], ev.date_reach);
        let after = head_words(&text[d.end.min(s.end)..s.end], ev.date_reach);
        if !any(&ev.date_before, before) && !any(&ev.date_after, after) {
            continue;
        }
        let Some(subject) = ctx.dated_subject(s, d.start, LOOKBACK) else { continue };
        let future = any(&ev.future, before);
        let value = if d.relative { reresolve(ctx, s.start, s.end, d.start, future, settings) } else { Some(d.value) };
        let Some(value) = value else { continue };
        let wide_before = tail_words(&text[s.start..d.start.max(s.start)], 2 * ev.date_reach);
        let milestone = ev
            .milestones
            .find(wide_before)
            .chain(ev.milestones.find(after))
            .max_by_key(|h| h.end - h.start)
            .map(|h| *h.value)
            .unwrap_or(Label::from_static("start"));
        let status = match ctx.doc.published {
            Some(p) if value.start > p => "planned",
            Some(_) => "happened",
            None if future => "planned",
            None => "happened",
        };
        let mut c = ctx.claim_about(
            ClaimKind::EventDate,
            d.start,
            d.end,
            (d.start, d.end),
            ClaimValue::Date(value),
            Some(subject),
        );
        c.population = milestone;
        c.unit = Label::from_static(value.granularity.as_str());
        c.status = Some(Label::from_static(status));
        out.push(c);
    }
    out
}

/// The date at `at` read again with the bias its clause calls for.
fn reresolve(
    ctx: &DocContext,
    s0: usize,
    s1: usize,
    at: usize,
    future: bool,
    settings: &Settings,
) -> Option<DateInterval> {
    let bias = if future { Bias::Future } else { Bias::Nearest };
    let text = ctx.text();
    // The phrase alone usually reads the same: then its sentence need not be
    // scanned again. Only when it does not (a phrase whose reading leans on
    // the words around it) is the whole sentence read.
    let i = ctx.dates.partition_point(|d| d.start < at);
    if let Some(end) = ctx.dates.get(i).filter(|d| d.start == at).map(|d| d.end) {
        if let [m] = find_dates(&text[at..end], ctx.doc.published, bias, &settings.dates)[..] {
            if m.start == 0 && at + m.end == end {
                return Some(m.value);
            }
        }
    }
    find_dates(&text[s0..s1], ctx.doc.published, bias, &settings.dates)
        .into_iter()
        .find(|m| s0 + m.start == at)
        .map(|m| m.value)
}

/// Whether any phrase of `set` occurs in `s`.
fn any<T>(set: &PhraseSet<T>, s: &str) -> bool {
    set.find(s).next().is_some()
}

/// The last `n` words of `s` (as a slice of it), found from the end: a date
/// late in a long sentence costs its `n` words, not the whole sentence.
fn tail_words(s: &str, n: usize) -> &str {
    let b = s.as_bytes();
    let mut i = b.len();
    let mut start = None;
    for _ in 0..n {
        while i > 0 && !is_word_byte(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        while i > 0 && is_word_byte(b[i - 1]) {
            i -= 1;
        }
        // A word starts after a non-word (ASCII) byte or at the start: a char boundary.
        start = Some(i);
    }
    start.map(|o| &s[o..]).unwrap_or("")
}

/// The first `n` words of `s` (as a slice of it).
fn head_words(s: &str, n: usize) -> &str {
    match words(s).nth(n) {
        Some((o, _)) => &s[..o],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::tail_words;

    #[test]
    fn tail_words_from_the_end() {
        assert_eq!(tail_words("talks will open on", 2), "open on");
        assert_eq!(tail_words("talks will open on ", 2), "open on ");
        assert_eq!(tail_words("the long-awaited talks, due on", 3), "talks, due on");
        assert_eq!(tail_words("due on", 5), "due on");
        assert_eq!(tail_words("  due", 5), "due");
        assert_eq!(tail_words("Genève's talks", 2), "Genève's talks");
        assert_eq!(tail_words("due on", 0), "");
        assert_eq!(tail_words(", ;", 2), "");
    }
}
