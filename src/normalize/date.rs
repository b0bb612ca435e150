//! Dates in prose → day intervals with a granularity, resolved against a
//! reference (publication) date.
//!
//! The scan walks the text token by token (words, digit runs, punctuation)
//! and only tries the grammar at cue tokens: digits, month and weekday names,
//! relative words (`today`, `last`, `early`, …) and a few prepositions that
//! license a bare year (`in 2009`). No regex runs over the whole text.
//!
//! Conventions:
//! - Spans exclude a leading preposition (`in 2009` → `2009`, `on Monday` →
//!   `Monday`, `on the 22nd` → `the 22nd`) but include `from`/`between` of a
//!   range and a leading `the` that belongs to the phrase (`the 1990s`,
//!   `the end of May`, `the third quarter of 2013`).
//! - A lone four-digit number is a year only when it is 1900–2100, stands
//!   alone (not `2,009`, `A380`), and either follows one of `in since of by
//!   until till before after during throughout circa to through` or is
//!   followed by punctuation or the end of the text. `2009 people` is not a year.
//! - `May` is a month only when capitalised and next to a day or a year;
//!   a bare month name (`August`) must be written in full and capitalised.
//! - Parts: early/mid/late month = days 1–10 / 11–20 / 21–end; the
//!   beginning/end of a month = 1–7 / 25–end; early/mid/late year = Jan–Apr /
//!   May–Aug / Sep–Dec; the beginning/end of a year = January / December;
//!   early/mid/late decade = years 0–3 / 4–6 / 7–9. Seasons: spring Mar–May,
//!   summer Jun–Aug, autumn/fall Sep–Nov, winter Dec–Feb of the next year.
//!   Bare `spring`/`fall` are not dates (Arab Spring, the fall of …).
//! - A date without a year takes the year (previous, same or next) chosen by
//!   [`Bias`]; a weekday written with it ("Wednesday, January 22") first
//!   narrows the candidates to years where the weekday matches.
//! - Weekdays: Past = the most recent such day at or before the reference
//!   (the same weekday is the reference itself); Future = the next at or after;
//!   Nearest = the nearer of those. `last` = strictly before, `next` =
//!   strictly after, `this` = in the reference's ISO week (Monday–Sunday).
//! - `last May` / `next summer` = the latest occurrence ending before the
//!   reference / the first starting after it; `this May` = the one of the
//!   reference year.
//! - `N days ago` → a day, `N weeks ago` → that ISO week, `N months ago` →
//!   that month, `N years ago` / `N decades ago` → that year.
//! - A range's interval runs from the first day of its start to the last day
//!   of its end; its granularity is the coarser of the two ends. A start
//!   without a year takes the end's year (or the year before, if it would
//!   otherwise come after the end).

mod lex;
mod parse;
mod resolve;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ranges;

pub(crate) use lex::{
    key_lookup, key_table, lower, next_tok, number_word, spelled_number, unit as time_unit, Cur, KeyTable, TokKind,
    NUMBER_WORDS,
};
use lex::{next_opening, read_word, Tok};

use crate::model::{Date, DateInterval};
use crate::settings::DateSettings;

/// Which way a relative date ("Friday", "22 January") leans from the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bias {
    /// The most recent such day at or before the reference (news reports the past).
    Past,
    /// The next such day at or after the reference ("talks will resume Friday").
    Future,
    /// Whichever is nearer (for month-day dates without a year).
    Nearest,
}

/// Whether a match is one date or a range of dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// A single date (of any granularity).
    Date,
    /// A range: "from 3 to 5 January", "2012-2013".
    Range,
}

/// One date found in text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DateMatch {
    /// First byte of the phrase.
    pub start: usize,
    /// Just past the phrase.
    pub end: usize,
    /// Date or range.
    pub kind: DateKind,
    /// The days it may mean.
    pub value: DateInterval,
    /// Whether it needed the reference date to resolve (weekday, month-day, "yesterday").
    pub relative: bool,
}

/// Finds every date in `text`, resolving relative ones against `reference`
/// with `bias` (relative dates are skipped when there is no reference).
///
/// Matches come in text order and never overlap. See the module docs for
/// the conventions.
pub fn find_dates(text: &str, reference: Option<Date>, bias: Bias, settings: &DateSettings) -> Vec<DateMatch> {
    let ctx = parse::Ctx { r: reference, bias, month_first: settings.month_first };
    let b = text.as_bytes();
    let mut out = Vec::new();
    let cues = parse::cue_filter();
    let cue_table = parse::cue_table();
    // `at` is a token end (or the start of the text, or the end of a phrase).
    let mut at = 0;
    // Whether the token at `at` must be lexed whole: a phrase may end inside
    // a run of letters or digits, which then goes on as a token of its own.
    let mut whole = true;
    loop {
        let found = if whole {
            whole = false;
            let Some(t) = next_tok(b, at) else { break };
            at = t.end;
            scan_token(text, t, cues, &ctx)
        } else {
            // Fast path: from a token end, the next letter, digit or apostrophe
            // starts a token; the white space and punctuation before it cannot
            // open a date.
            let Some(i) = next_opening(b, at) else { break };
            // A word is read eight bytes at a time and classified by its
            // packed key, which `parse_word` then needs not compute again.
            // The read also tells a word from a digit or an apostrophe (its
            // run of letters is empty), so the byte is not tested first.
            let (end, key) = read_word(b, i);
            if end > i {
                at = end;
                match parse::word_cue(cue_table, b, i, end, key) {
                    parse::Cue::No => {
                        // Fast path: a word is most often followed by one
                        // space, which opens nothing; stepping over it here
                        // saves `next_opening` a round of its byte loop.
                        at += usize::from(b.get(end) == Some(&b' '));
                        continue;
                    }
                    cue => {
                        let t = Tok { start: i, end, kind: TokKind::Word };
                        parse::parse_word(text, t, cue, next_tok(b, end), &ctx).filter(|f| f.start >= t.start)
                    }
                }
            } else {
                let Some(t) = next_tok(b, i) else { break };
                at = t.end;
                scan_token(text, t, cues, &ctx)
            }
        };
        if let Some(f) = found {
            if f.end > f.start {
                out.push(DateMatch { start: f.start, end: f.end, kind: f.kind, value: f.value, relative: f.relative });
                at = f.end;
                whole = true;
            }
        }
    }
    out
}

/// Tries the date grammar at a token the loop lexed whole (a digit run,
/// punctuation, or a word not read by the loop's fast path): a phrase that
/// starts there or later, or `None`.
fn scan_token(text: &str, t: Tok, cues: &parse::CueFilter, ctx: &parse::Ctx) -> Option<parse::Found> {
    let b = text.as_bytes();
    // Fast path: most words of prose are no cue, and two bytes and the
    // length tell most of them apart (see `CueFilter`).
    if t.kind == TokKind::Word && !cues.may_cue_letters(&b[t.start..t.end]) {
        return None;
    }
    // Fast path: of punctuation only an apostrophe can open a date ('90s).
    if t.kind == TokKind::Punct && !matches!(&b[t.start..t.end], b"'" | [0xE2, 0x80, 0x99]) {
        return None;
    }
    parse::parse_at(text, t, next_tok(b, t.end), ctx).filter(|f| f.start >= t.start)
}
