//! The date grammar: from a cue token, read the longest date phrase.
//!
//! This file holds the entry point (`parse_at`), the range and phrase
//! combinator and the `attempt!` macro; which words are cues is in
//! `parse/cues.rs`, the readers that start at a lead word ("on", "in",
//! "a", "his") in `parse/leads.rs`, and each form in its own file below.

use super::lex::{
    clean_num, is_dash, key_find, key_lookup, key_table, lower, month, number_word, spelled_number, unit, weekday, Cur,
    KeyTable, Tok, TokKind, CALENDAR_WORDS, MONTH_WORDS, NUMBER_WORDS, WEEKDAY_WORDS,
};
use super::resolve::{
    add_days, deictic, interval, norm_month, resolve, unit_span, units_around, week_of, weekday_day, weekday_near,
    Deixis, Expr, Shape,
};
use super::{Bias, DateKind};
use crate::model::{Date, DateInterval, Granularity};
use std::sync::LazyLock;

/// What the scanner knows while parsing.
pub(crate) struct Ctx {
    pub r: Option<Date>,
    pub bias: Bias,
    pub month_first: bool,
}

/// One phrase read, resolved.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: DateKind,
    pub value: DateInterval,
    pub relative: bool,
}

/// Tries to read a date phrase starting at token `t`; `next` is the token
/// after it (`next_tok(text, t.end)`, which the caller's loop has lexed
/// already). Cheap rejection for tokens that cannot start one.
pub(crate) fn parse_at(text: &str, t: Tok, next: Option<Tok>, x: &Ctx) -> Option<Found> {
    let c = Cur::new(text, t.start);
    match t.kind {
        TokKind::Num => phrase(c, x, false, t.start),
        TokKind::Punct => {
            let s = c.text(t);
            // Fast path: at an apostrophe only `decade` reads ('90s), and
            // only with digits right after it: "’s", "’t" are no dates.
            let digit_next = c.b().get(t.end).is_some_and(u8::is_ascii_digit);
            if digit_next && (s == "'" || s == "\u{2019}") {
                phrase(c, x, false, t.start)
            } else {
                None
            }
        }
        TokKind::Word => parse_word(text, t, cue_of(c.text(t)), next, x),
    }
}

/// [`parse_at`] at a word token `t` whose cue (`cue_of` of its text) the
/// caller has classified already.
pub(crate) fn parse_word(text: &str, t: Tok, cue: Cue, next: Option<Tok>, x: &Ctx) -> Option<Found> {
    let c = Cur::new(text, t.start);
    if cue == Cue::No {
        return None;
    }
    let mut after = c;
    after.pos = t.end;
    if matches!(cue, Cue::Other) {
        return phrase(c, x, false, t.start);
    }
    if cue == Cue::Holiday {
        let mut k = c;
        return holiday_name(&mut k).and_then(|_| phrase(c, x, false, t.start));
    }
    debug_assert_eq!(next, after.peek(), "parse_at: `next` is the token after `t`");
    let next = next?;
    let next_word =
        |set: &[&str]| next.kind == TokKind::Word && set.iter().any(|s| after.text(next).eq_ignore_ascii_case(s));
    match cue {
        // Fast path: a range side starts with digits, "now" or a word some form can start with.
        Cue::From | Cue::Between if !range_may_open(after, next) => None,
        Cue::From => span_range(after, x, &["to", "until", "till", "through", "thru"], t.start)
            // "from 2015 and 2016": no range, but "from" licenses the year.
            .or_else(|| if next.kind == TokKind::Num { phrase(after, x, true, next.start) } else { None }),
        Cue::Between => span_range(after, x, &["and", "through", "to", "till", "until"], t.start),
        // Fast path: "on" reads a digit date or "the" and an ordinal only.
        Cue::On if next.kind != TokKind::Num && !after.text(next).eq_ignore_ascii_case("the") => None,
        Cue::On => on_the_nth(after, x),
        // Fast path: "for" reads a counted span only (see `for_may_open`).
        Cue::For if !for_may_open(after, next) => None,
        Cue::For => for_span(after, x, t.start),
        Cue::Prep => {
            // Fast path: after a preposition only digits, a number word,
            // "a"/"an" (`in a week`) or "May" can start what follows.
            if !prep_may_open(after, next) {
                return None;
            }
            if c.text(t).eq_ignore_ascii_case("in") {
                if let Some(f) = in_offset(text, t, after, x) {
                    return Some(f);
                }
                if let Some(f) = in_fortnight(t, after, x) {
                    return Some(f);
                }
            }
            if let Some(f) = bare_may(after, x) {
                return Some(f);
            }
            if next.kind == TokKind::Word {
                let mut k = after;
                let y = spelled_year(&mut k)?;
                let (value, relative) = resolve(&Expr::new(Shape::Year, Some(y)), x.r, x.bias)?;
                return Some(Found { start: next.start, end: k.pos, kind: DateKind::Date, value, relative });
            }
            if next.kind == TokKind::Num {
                phrase(after, x, true, next.start)
            } else {
                None
            }
        }
        Cue::The => {
            let ok = next.kind == TokKind::Num
                || (next.kind == TokKind::Punct && matches!(after.text(next), "'" | "\u{2019}"))
                || (next.kind == TokKind::Word && opens_after_the(after.text(next)));
            if ok {
                phrase(c, x, false, t.start)
            } else {
                None
            }
        }
        Cue::Article => {
            if next.kind == TokKind::Word && unit(after.text(next)).is_some() {
                phrase(c, x, false, t.start)
            } else if next.kind == TokKind::Num {
                adjective_year(after, x)
            } else {
                None
            }
        }
        Cue::Poss if next.kind == TokKind::Num => adjective_year(after, x),
        Cue::Poss => None,
        Cue::NumWord => {
            if next.kind == TokKind::Word || (next.start == t.end && is_dash(after.text(next))) {
                phrase(c, x, false, t.start)
            } else {
                None
            }
        }
        Cue::Of => {
            if next_word(&["of"]) {
                phrase(c, x, false, t.start)
            } else {
                None
            }
        }
        _ => phrase(c, x, false, t.start),
    }
}

/// `from X to Y`, `between X and Y`: the range with the cue word in the span.
fn span_range(c: Cur, x: &Ctx, conns: &[&str], start: usize) -> Option<Found> {
    // The lone-date grammar first, then the looser range sides (ranges.rs).
    // Fast path: the loose side tries the lone-date reading again at the
    // same cursor; it is read once and handed over.
    let mut strict_end = c;
    let strict = side(&mut strict_end, x);
    for loose in [false, true] {
        let mut k = c;
        let left = if loose {
            range_side_via(&mut k, x, false, |j| {
                *j = strict_end;
                strict
            })
        } else {
            k = strict_end;
            strict
        };
        let Some(left) = left else { continue };
        if !eat_connector(&mut k, conns) {
            continue;
        }
        if let Some((value, relative)) = combine(&mut k, x, left) {
            return Some(Found { start, end: k.pos, kind: DateKind::Range, value, relative });
        }
    }
    None
}

/// One side of a range: a date phrase or a bare number (a day or a year).
#[derive(Clone, Copy)]
enum Side {
    Bare(u32, Tok),
    E(Expr),
}

fn side(c: &mut Cur, x: &Ctx) -> Option<Side> {
    if let Some(e) = simple(c, x) {
        return Some(Side::E(e));
    }
    let t = c.peek()?;
    if t.kind != TokKind::Num || !clean_num(c.b(), t) || t.end - t.start > 4 {
        return None;
    }
    let v = c.take_num(t)?;
    // A bare day must not run on into letters ("5km"), except an ordinal suffix.
    let mut k = *c;
    if ordinal_suffix(&mut k) {
        *c = k;
        if (1..=31).contains(&v) {
            return Some(Side::Bare(v, t));
        }
        return None;
    }
    if c.b().get(c.pos).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'%') {
        return None;
    }
    Some(Side::Bare(v, t))
}

fn is_year(v: u32) -> bool {
    (1900..=2100).contains(&v)
}

/// A phrase at the cursor: a single date, or a range `X to Y` / `X-Y`.
/// `year_ok`: a bare four-digit year is allowed (a preposition preceded it).
fn phrase(mut c: Cur, x: &Ctx, year_ok: bool, start: usize) -> Option<Found> {
    if let Some(f) = loose_range(c, x, start) {
        return Some(f);
    }
    let mut left = side(&mut c, x)?;
    // "26 june in 2019 to 28 june in 2020": a year after the start, then a connector.
    let mut k = c;
    let dated = with_year(&mut k, left);
    if k.pos != c.pos && {
        let mut j = k;
        connector(&mut j)
    } {
        (left, c) = (dated, k);
    }
    let mut k = c;
    if connector(&mut k) {
        if let Some((value, relative)) = combine(&mut k, x, left) {
            return Some(Found { start, end: k.pos, kind: DateKind::Range, value, relative });
        }
    }
    let e = match left {
        Side::E(e) => e,
        Side::Bare(v, t) => {
            // A lone year: after a preposition, or followed by punctuation / the end.
            let next = c.peek();
            let ends = match next {
                None => true,
                Some(n) => n.kind == TokKind::Punct && !is_dash(c.text(n)) && !matches!(c.text(n), "%" | "$" | "/"),
            };
            if t.end - t.start == 4 && is_year(v) && (year_ok || ends) {
                Expr::new(Shape::Year, Some(v as i16))
            } else {
                return None;
            }
        }
    };
    let (value, relative) = resolve(&e, x.r, x.bias)?;
    Some(Found { start, end: c.pos, kind: DateKind::Date, value, relative })
}

/// Reads the right side of a range after the connector and joins it to `left`.
fn combine(c: &mut Cur, x: &Ctx, left: Side) -> Option<(DateInterval, bool)> {
    let right = match range_side(c, x, true) {
        Some(r) => r,
        // "from March to May": a bare capitalised "May" ends a range.
        None => {
            let t = c.peek()?;
            if matches!(left, Side::E(_)) && t.kind == TokKind::Word && c.text(t) == "May" {
                c.pos = t.end;
                Side::E(Expr::new(Shape::Month(5), None))
            } else {
                return None;
            }
        }
    };
    let (mut l, r) = match (left, right) {
        (Side::Bare(a, ta), Side::Bare(b, tb)) => {
            let a_year = ta.end - ta.start == 4 && is_year(a);
            let b = if tb.end - tb.start == 2 && a_year && b > a % 100 { a - a % 100 + b } else { b };
            if !(a_year && is_year(b) && b > a) {
                return None;
            }
            (Expr::new(Shape::Year, Some(a as i16)), Expr::new(Shape::Year, Some(b as i16)))
        }
        (Side::Bare(a, ta), Side::E(r)) => match r.shape {
            Shape::Day { m, .. } if (1..=31).contains(&a) && ta.end - ta.start <= 2 => {
                (Expr::new(Shape::Day { m, d: a as i8 }, None), r)
            }
            // "2014 through May 2nd 2018", "2007 to the end of 2008".
            _ if ta.end - ta.start == 4 && is_year(a) && r.year.is_some() => {
                (Expr::new(Shape::Year, Some(a as i16)), r)
            }
            _ => return None,
        },
        (Side::E(l), Side::Bare(b, tb)) => match l.shape {
            Shape::Day { m, d } if (1..=31).contains(&b) && tb.end - tb.start <= 2 && b as i8 > d => {
                let mut r = Expr::new(Shape::Day { m, d: b as i8 }, l.year);
                if l.year.is_none() {
                    let mut k = *c;
                    k.eat_punct(b',');
                    if let Some(y) = year4(&mut k, 1000, 2999) {
                        r.year = Some(y);
                        *c = k;
                    }
                }
                (l, r)
            }
            _ => return None,
        },
        (Side::E(l), Side::E(r)) => (l, r),
    };
    let (mut ri, mut rrel) = resolve(&r, x.r, x.bias)?;
    // "between now and November 15th": an end without a year after a placed start.
    if let (Shape::Fixed(li), None) = (l.shape, r.year) {
        if li.start > ri.end && !matches!(r.shape, Shape::Fixed(_)) {
            (ri, rrel) = resolve(&r, x.r, Bias::Future)?;
        }
    }
    if l.year.is_none() && !matches!(l.shape, Shape::Fixed(_) | Shape::DayOnly(_)) {
        let y = ri.end.year();
        l.year = Some(y);
        l.relative = rrel || r.year.is_none();
        if interval(l.shape, y).is_some_and(|li| li.start > ri.end) {
            l.year = y.checked_sub(1);
        }
    }
    let (li, lrel) = resolve(&l, x.r, x.bias)?;
    if li.start > ri.end {
        return None;
    }
    let granularity = li.granularity.max(ri.granularity);
    Some((DateInterval { start: li.start, end: ri.end, granularity }, lrel || rrel))
}

macro_rules! attempt {
    ($c:expr, $x:expr, $f:expr) => {{
        let mut k = *$c;
        if let Some(e) = $f(&mut k, $x) {
            *$c = k;
            return Some(e);
        }
    }};
}
// After `attempt!`: macros are in scope only below their definition.
mod abbreviations;
mod after_count;
mod after_deixis;
mod after_month;
mod after_ordinal;
mod after_weekday;
mod anchored;
#[cfg(test)]
mod calendar_tests;
mod compact;
mod cue_filter;
mod cues;
mod day_of;
mod decades;
mod digit_gate;
mod dispatch;
mod fortnights;
mod holidays;
mod leads;
mod numeric;
mod periods;
mod pieces;
mod portions;
mod ranges;
mod relative;
mod spelled;
mod weekday_dates;
mod weeks;
mod workdays;
use abbreviations::*;
use after_count::count_may_go_on;
use after_deixis::deixis_may_go_on;
use after_month::{month_glued, month_then_number_word};
use after_ordinal::ordinal_may_go_on;
use after_weekday::weekday_may_go_on;
use anchored::*;
use compact::*;
pub(crate) use cue_filter::CueFilter;
use cues::*;
pub(crate) use cues::{cue_filter, cue_table, word_cue, Cue};
use day_of::*;
use decades::*;
use digit_gate::num_forms_may_read;
use dispatch::{forms_at, simple, written_date_may_start};
use fortnights::*;
pub(crate) use holidays::HolidayRule;
use holidays::*;
use leads::*;
use numeric::*;
use periods::*;
use pieces::*;
use portions::*;
use ranges::*;
use relative::*;
use spelled::*;
use weekday_dates::*;
use weeks::*;
use workdays::*;
