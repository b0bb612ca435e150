//! The date grammar: from a cue token, read the longest date phrase.

use super::lex::{
    clean_num, is_dash, key_lookup, key_table, lower, month, number_word, spelled_number, unit, weekday, Cur, KeyTable,
    Tok, TokKind, CALENDAR_WORDS, NUMBER_WORDS,
};
use super::resolve::{
    add_days, deictic, interval, norm_month, resolve, units_around, week_of, weekday_day, weekday_near, Deixis, Expr,
    Shape,
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

/// Tries to read a date phrase starting at token `t`. Cheap rejection for
/// tokens that cannot start one.
pub(crate) fn parse_at(text: &str, t: Tok, x: &Ctx) -> Option<Found> {
    let c = Cur::new(text, t.start);
    match t.kind {
        TokKind::Num => phrase(c, x, false, t.start),
        TokKind::Punct => {
            let s = c.text(t);
            if s == "'" || s == "\u{2019}" {
                phrase(c, x, false, t.start)
            } else {
                None
            }
        }
        TokKind::Word => {
            let cue = cue_of(c.text(t));
            if cue == Cue::No {
                return None;
            }
            let mut after = c;
            after.pos = t.end;
            if matches!(cue, Cue::Other) {
                return phrase(c, x, false, t.start);
            }
            let next = after.peek()?;
            let next_word = |set: &[&str]| {
                next.kind == TokKind::Word && set.iter().any(|s| after.text(next).eq_ignore_ascii_case(s))
            };
            match cue {
                Cue::From => span_range(after, x, &["to", "until", "till", "through", "thru"], t.start),
                Cue::Between => span_range(after, x, &["and"], t.start),
                Cue::On => on_the_nth(after, x),
                Cue::Prep => {
                    if c.text(t).eq_ignore_ascii_case("in") {
                        if let Some(f) = in_offset(text, t, after, x) {
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
                        || next_word(&[
                            "first",
                            "second",
                            "third",
                            "fourth",
                            "end",
                            "beginning",
                            "start",
                            "middle",
                            "summer",
                            "winter",
                            "autumn",
                            "spring",
                            "fall",
                            "last",
                            "week",
                        ]);
                    if ok {
                        phrase(c, x, false, t.start)
                    } else {
                        None
                    }
                }
                Cue::Article => {
                    if next.kind == TokKind::Word && unit(after.text(next)).is_some() {
                        phrase(c, x, false, t.start)
                    } else {
                        adjective_year(after, x)
                    }
                }
                Cue::Poss => adjective_year(after, x),
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
    }
}

/// How a word may begin a date phrase.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// Not at all.
    No,
    From,
    Between,
    On,
    /// Licenses a bare year after it.
    Prep,
    The,
    /// `a`/`an`: before a unit ("a year ago") or a year used as an adjective ("a 2009 study").
    Article,
    /// `his`, `her`, `its`, `their`, `our`: before a year used as an adjective ("his 2007 campaign").
    Poss,
    /// A number word: only before a word or a hyphen.
    NumWord,
    /// `end`, `beginning`, `start`, `middle`: only before "of".
    Of,
    /// Month, weekday, relative word, part, season, ordinal, `q`.
    Other,
}

/// Packed keyword → cue, for words of up to 8 letters.
static CUES: LazyLock<KeyTable<Cue>> = LazyLock::new(|| {
    let words = [
        "from",
        "between",
        "on",
        "in",
        "since",
        "of",
        "by",
        "until",
        "till",
        "before",
        "after",
        "during",
        "circa",
        "year",
        "to",
        "through",
        "the",
        "a",
        "an",
        "end",
        "start",
        "middle",
        "today",
        "tonight",
        "tomorrow",
        "this",
        "last",
        "next",
        "early",
        "mid",
        "late",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "q",
        "first",
        "second",
        "third",
        "fourth",
        "earlier",
        "later",
        "previous",
        "past",
        "current",
        "coming",
        "following",
        "upcoming",
        "week",
        "his",
        "her",
        "its",
        "their",
        "our",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ];
    key_table(
        words.iter().chain(CALENDAR_WORDS).chain(NUMBER_WORDS).map(|w| (*w, cue(w))).filter(|(_, c)| *c != Cue::No),
    )
});

/// Classifies a word: a table look-up for short words, the full match for long ones.
fn cue_of(w: &str) -> Cue {
    if w.len() <= 8 {
        return key_lookup(&CUES, w.as_bytes()).unwrap_or(Cue::No);
    }
    let mut buf = [0u8; 9];
    lower(w, &mut buf).map_or(Cue::No, cue)
}

/// Classifies a lower-cased word.
fn cue(l: &str) -> Cue {
    match l {
        "from" => Cue::From,
        "between" => Cue::Between,
        "on" => Cue::On,
        "in" | "since" | "of" | "by" | "until" | "till" | "before" | "after" | "during" | "throughout" | "circa"
        | "to" | "through" | "year" => Cue::Prep,
        "the" => Cue::The,
        "a" | "an" => Cue::Article,
        "his" | "her" | "its" | "their" | "our" => Cue::Poss,
        "end" | "beginning" | "start" | "middle" => Cue::Of,
        "today" | "tonight" | "yesterday" | "tomorrow" | "this" | "last" | "next" | "early" | "mid" | "late"
        | "spring" | "summer" | "autumn" | "fall" | "winter" | "q" | "first" | "second" | "third" | "fourth"
        | "earlier" | "later" | "previous" | "past" | "current" | "coming" | "following" | "upcoming" | "week" => {
            Cue::Other
        }
        _ if weekday_abbr(l).is_some() => Cue::Other,
        _ if month(l).is_some() || weekday(l).is_some() => Cue::Other,
        _ if number_word(l).is_some() => Cue::NumWord,
        _ => Cue::No,
    }
}

/// `from X to Y`, `between X and Y`: the range with the cue word in the span.
fn span_range(mut c: Cur, x: &Ctx, conns: &[&str], start: usize) -> Option<Found> {
    let left = side(&mut c, x)?;
    let mut k = c;
    if !(k.eat_any(conns).is_some() || k.eat_dash()) {
        return None;
    }
    let (value, relative) = combine(&mut k, x, left)?;
    Some(Found { start, end: k.pos, kind: DateKind::Range, value, relative })
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
    let (_, v) = c.num()?;
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
    let left = side(&mut c, x)?;
    let mut k = c;
    if k.eat_any(&["to", "until", "till", "through", "thru"]).is_some() || k.eat_dash() {
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
    let right = match side(c, x) {
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
            Shape::Month(_) if ta.end - ta.start == 4 && is_year(a) && r.year.is_some() => {
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
    let (ri, rrel) = resolve(&r, x.r, x.bias)?;
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

/// "on the 22nd": a day of the reference's month (or the neighbouring one, by bias).
fn on_the_nth(mut c: Cur, x: &Ctx) -> Option<Found> {
    let start = c.peek()?.start;
    // "on 22/04": a month-day without a year, safe after "on".
    let mut k = c;
    if let Some(e) = month_day_numeric(&mut k, x) {
        let (value, relative) = resolve(&e, x.r, x.bias)?;
        return Some(Found { start, end: k.pos, kind: DateKind::Date, value, relative });
    }
    if !c.eat_word("the") {
        return None;
    }
    let (d, ord) = day(&mut c)?;
    if !ord {
        return None;
    }
    let mut k = c;
    k.eat_word("of");
    if k.peek().is_some_and(|t| t.kind == TokKind::Word && month_word(k.text(t)).is_some()) {
        return None; // "the 22nd of January" is read from "the"
    }
    let (value, relative) = resolve(&Expr::new(Shape::DayOnly(d), None), x.r, x.bias)?;
    Some(Found { start, end: c.pos, kind: DateKind::Date, value, relative })
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

/// A single date phrase (no range).
fn simple(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    if c.peek()?.kind == TokKind::Num {
        // Only the forms that can start with a digit.
        attempt!(c, x, century);
        attempt!(c, x, iso_week);
        attempt!(c, x, numeric_month_name);
        attempt!(c, x, iso);
        attempt!(c, x, numeric);
        attempt!(c, x, day_month);
        attempt!(c, x, decade);
        attempt!(c, x, quarter);
        attempt!(c, x, count_then_deixis);
        attempt!(c, x, ago);
        return None;
    }
    attempt!(c, x, weekday_led);
    attempt!(c, x, century);
    attempt!(c, x, iso_week);
    attempt!(c, x, week_of_date);
    attempt!(c, x, earlier_later);
    attempt!(c, x, iso);
    attempt!(c, x, numeric);
    attempt!(c, x, month_led);
    attempt!(c, x, day_month);
    attempt!(c, x, decade);
    attempt!(c, x, quarter);
    attempt!(c, x, season);
    attempt!(c, x, part);
    attempt!(c, x, relative_word);
    attempt!(c, x, ago);
    None
}

/// A month word at the cursor; "May" only when capitalised (never the verb).
fn month_word(w: &str) -> Option<(i8, bool)> {
    let (m, full) = month(w)?;
    if m == 5 && !w.starts_with('M') {
        return None;
    }
    Some((m, full))
}

/// Month name or abbreviation (with its optional full stop).
fn month_tok(c: &mut Cur) -> Option<(i8, bool)> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let (m, full) = month_word(c.text(t))?;
    c.pos = t.end;
    if !full {
        c.eat_punct_tight(b'.');
    }
    Some((m, full))
}

/// `st`, `nd`, `rd`, `th` attached to a number.
fn ordinal_suffix(c: &mut Cur) -> bool {
    if let Some(t) = c.tight() {
        if t.kind == TokKind::Word && matches!(c.text(t).to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
            c.pos = t.end;
            return true;
        }
    }
    false
}

/// A day of the month, 1–31, with an optional ordinal suffix; returns (day, had suffix).
fn day(c: &mut Cur) -> Option<(i8, bool)> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, v) = c.num()?;
    if !(1..=31).contains(&v) {
        return None;
    }
    let ord = ordinal_suffix(c);
    let b = c.b();
    if b.get(c.pos).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'%')
        || (b.get(c.pos) == Some(&b':') && b.get(c.pos + 1).is_some_and(|b| b.is_ascii_digit()))
    {
        return None;
    }
    Some((v as i8, ord))
}

/// A day of the month in words: `first` … `thirty-first`, `twenty second`.
/// Not before a hyphen ("first-time").
fn spelled_day(c: &mut Cur) -> Option<i8> {
    const ORD: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let mut k = *c;
    let d = if let Some(i) = k.eat_any(&ORD) {
        i as i8 + 1
    } else if let Some(i) = k.eat_any(&["twentieth", "thirtieth"]) {
        10 * (i as i8 + 2)
    } else {
        let tens = 10 * (k.eat_any(&["twenty", "thirty"])? as i8 + 2);
        k.eat_punct_tight(b'-');
        tens + k.eat_any(&ORD[..9])? as i8 + 1
    };
    if d > 31 || k.b().get(k.pos) == Some(&b'-') {
        return None;
    }
    *c = k;
    Some(d)
}

/// A clean four-digit year in `lo..=hi`.
fn year4(c: &mut Cur, lo: u32, hi: u32) -> Option<i16> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start != 4 || !clean_num(c.b(), t) {
        return None;
    }
    if c.b().get(t.end).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'%') {
        return None;
    }
    let (_, v) = c.num()?;
    (lo..=hi).contains(&v).then_some(v as i16)
}

/// `[,] 2014` after a month-day.
fn opt_year(c: &mut Cur) -> Option<i16> {
    let mut k = *c;
    if !k.eat_word("of") {
        k.eat_punct(b',');
    }
    let y = year4(&mut k, 1000, 2999).or_else(|| spelled_year(&mut k))?;
    *c = k;
    Some(y)
}

/// A year in words: `two thousand and fifteen`, `two thousand`,
/// `nineteen ninety six`, `nineteen hundred ninety three`, `twenty twenty`.
/// A pair of numbers needs a first part of 10–29 and a second of 10–99
/// (`nineteen eighty-four`), so "five six" or "twenty five" stay counts.
fn spelled_year(c: &mut Cur) -> Option<i16> {
    let mut k = *c;
    let hi = spelled_number(&mut k)?;
    let y = if k.eat_word("thousand") {
        let mut j = k;
        j.eat_word("and");
        let lo = spelled_number(&mut j).filter(|v| *v < 100);
        if lo.is_some() {
            k = j;
        }
        hi * 1000 + lo.unwrap_or(0)
    } else if k.eat_word("hundred") {
        let mut j = k;
        j.eat_word("and");
        let lo = spelled_number(&mut j).filter(|v| *v < 100);
        if lo.is_some() {
            k = j;
        }
        hi * 100 + lo.unwrap_or(0)
    } else if (10..30).contains(&hi) {
        let lo = spelled_number(&mut k).filter(|v| (10..100).contains(v))?;
        hi * 100 + lo
    } else {
        return None;
    };
    if !(1000..=2999).contains(&y) || k.peek().is_some_and(|t| t.kind == TokKind::Word && unit(k.text(t)).is_some()) {
        return None;
    }
    *c = k;
    Some(y as i16)
}

/// `Saturday 22 July 2017`, `Wednesday, January 22`, `Friday`.
fn weekday_led(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let (wd, abbr) = match weekday(c.text(t)) {
        Some(wd) => (wd, false),
        None => (weekday_abbr(c.text(t)).filter(|_| c.text(t).starts_with(|ch: char| ch.is_ascii_uppercase()))?, true),
    };
    c.pos = t.end;
    let mut k = *c;
    if abbr {
        k.eat_punct_tight(b'.');
    }
    k.eat_punct(b',');
    let the = k.eat_word("the");
    for f in [month_led as fn(&mut Cur, &Ctx) -> Option<Expr>, day_month, iso, numeric, month_day_numeric] {
        let mut j = k;
        if let Some(mut e) = f(&mut j, x) {
            if matches!(e.shape, Shape::Day { .. }) {
                e.weekday = Some(wd);
                *c = j;
                return Some(e);
            }
        }
    }
    // "Mon 13th", "Monday 21!": a day of an unnamed month. A bare number
    // must end the clause ("on Monday 21 people died" is a count).
    let mut j = k;
    let spelled = if the { spelled_day(&mut j) } else { None };
    if let Some((n, ord)) = spelled.map(|d| (d, true)).or_else(|| day(&mut j)) {
        let ends = j.peek().is_none_or(|t| t.kind == TokKind::Punct && !matches!(j.text(t), "/" | "-" | "." | ":"));
        if ord || ends {
            if let Some(d) = weekday_day(wd, n, x.r?, x.bias) {
                *c = j;
                return Some(Expr::fixed(DateInterval::day(d)));
            }
        }
    }
    if abbr {
        return None; // "Sun", "Sat" alone are too often not weekdays
    }
    let d = weekday_near(wd, x.r?, x.bias, None)?;
    Some(Expr::fixed(DateInterval::day(d)))
}

/// `Mon`, `Tue`, `Tues`, … (lower-cased): a weekday abbreviation.
fn weekday_abbr(l: &str) -> Option<jiff::civil::Weekday> {
    use jiff::civil::Weekday as W;
    let mut buf = [0u8; 9];
    Some(match lower(l, &mut buf)? {
        "mon" => W::Monday,
        "tue" | "tues" => W::Tuesday,
        "wed" => W::Wednesday,
        "thu" | "thur" | "thurs" => W::Thursday,
        "fri" => W::Friday,
        "sat" => W::Saturday,
        "sun" => W::Sunday,
        _ => return None,
    })
}

/// `20th century`, `15th century` (a leading "the" stays out, as TimeML has it): years (n-1)00 to (n-1)99.
fn century(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, n) = c.num()?;
    if !ordinal_suffix(c) || !(1..=30).contains(&n) || !c.eat_word("century") {
        return None;
    }
    let y = (n as i16 - 1) * 100;
    let iv = DateInterval {
        start: Date::new(y, 1, 1).ok()?,
        end: Date::new(y + 99, 12, 31).ok()?,
        granularity: Granularity::Century,
    };
    Some(Expr { shape: Shape::Fixed(iv), year: None, weekday: None, relative: false })
}

/// `the week of April 10th`: the ISO week (Monday–Sunday) holding the day.
fn week_of_date(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    if !(c.eat_word("week") && c.eat_word("of")) {
        return None;
    }
    let mut k = *c;
    let e = month_led(&mut k, x).or_else(|| {
        k = *c;
        day_month(&mut k, x)
    })?;
    if !matches!(e.shape, Shape::Day { .. }) {
        return None;
    }
    let (iv, relative) = resolve(&e, x.r, x.bias)?;
    *c = k;
    Some(Expr { shape: Shape::Fixed(week_of(iv.start)?), year: None, weekday: None, relative })
}

/// `the first week of 2015`, `3rd week of 2018`, `last week of 2016`,
/// `week 31`, `week 3 of 2027`, `week 27 of last year`: ISO weeks (Monday
/// to Sunday; week 1 holds the year's first Thursday, so it may start in
/// December). Without a year, the reference's.
fn iso_week(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let the = c.eat_word("the");
    let t = c.peek()?;
    // `Some(n)`: the n-th week; `None`: the last.
    let nth: Option<i8> = if t.kind == TokKind::Num {
        let (_, n) = c.num()?;
        if !ordinal_suffix(c) {
            return None;
        }
        Some(i8::try_from(n).ok()?)
    } else if let Some(i) = c.eat_any(&["first", "second", "third", "fourth", "fifth", "last"]) {
        (i < 5).then_some(i as i8 + 1)
    } else {
        // "the week 31" is read from "week", as the suites mark it.
        if the || !c.eat_word("week") {
            return None;
        }
        let nt = c.peek()?;
        if nt.kind != TokKind::Num || nt.end - nt.start > 2 || !clean_num(c.b(), nt) {
            return None;
        }
        let (_, n) = c.num()?;
        let mut k = *c;
        let y = if k.eat_word("of") { week_year(&mut k, x) } else { None };
        if y.is_some() {
            *c = k;
        }
        let y = match y {
            Some(y) => y,
            None => x.r?.year(),
        };
        return iso_week_days(y, i8::try_from(n).ok()?);
    };
    if !(c.eat_word("week") && c.eat_word("of")) {
        return None;
    }
    let y = week_year(c, x)?;
    let n = match nth {
        Some(n) => n,
        None => Date::new(y, 12, 28).ok()?.iso_week_date().week(),
    };
    iso_week_days(y, n)
}

/// The year after "week … of": `2015`, `this year`, `last year`, `next year`.
fn week_year(c: &mut Cur, x: &Ctx) -> Option<i16> {
    if let Some(y) = year4(c, 1800, 2100) {
        return Some(y);
    }
    let k = c.eat_any(&["last", "this", "next"])? as i16 - 1;
    if !c.eat_word("year") {
        return None;
    }
    x.r?.year().checked_add(k)
}

/// ISO week `n` of year `y` as days.
fn iso_week_days(y: i16, n: i8) -> Option<Expr> {
    let monday = jiff::civil::ISOWeekDate::new(y, n, jiff::civil::Weekday::Monday).ok()?.date();
    Some(Expr::fixed(week_of(monday)?))
}

/// `earlier this month`, `later this year`, `earlier in the week`: the part
/// of the reference's week, month or year before (after) the reference day.
fn earlier_later(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let later = c.eat_any(&["earlier", "later"])? == 1;
    if !(c.eat_word("this") || (c.eat_word("in") && c.eat_word("the"))) {
        return None;
    }
    let u = c.eat_any(&["week", "month", "year"])?;
    let r = x.r?;
    let whole = match u {
        0 => week_of(r)?,
        1 => interval(Shape::Month(r.month()), r.year())?,
        _ => interval(Shape::Year, r.year())?,
    };
    let (start, end) = if later {
        (add_days(r, 1)?.min(whole.end), whole.end)
    } else {
        (whole.start, add_days(r, -1)?.max(whole.start))
    };
    Some(Expr::fixed(DateInterval { start, end, granularity: Granularity::Part }))
}

/// `in two weeks`, `in a month`, `in 3 days`: the day that far after the
/// reference, "in" included. Not after a past participle ("killed in two
/// days") nor before "of" ("in two weeks of fighting"): there it is a length.
fn in_offset(text: &str, t: Tok, mut c: Cur, x: &Ctx) -> Option<Found> {
    let prev = text.get(..t.start)?.trim_end();
    let prev_word = prev.rsplit(|ch: char| !ch.is_ascii_alphabetic()).next().unwrap_or("");
    if prev_word.len() > 3 && prev_word.to_ascii_lowercase().ends_with("ed") {
        return None;
    }
    let n = c.peek()?;
    let count: i64 = match n.kind {
        TokKind::Num if n.end - n.start <= 3 && clean_num(c.b(), n) => c.num()?.1 as i64,
        TokKind::Word if c.text(n).eq_ignore_ascii_case("a") || c.text(n).eq_ignore_ascii_case("an") => {
            c.pos = n.end;
            1
        }
        TokKind::Word => spelled_number(&mut c)? as i64,
        _ => return None,
    };
    let u = c.peek()?;
    let unit = unit(c.text(u))?;
    c.pos = u.end;
    let mut k = c;
    if k.eat_any(&["of", "ago", "and", "time"]).is_some() {
        return None;
    }
    // "in two days from today": the offset phrase is read on its own, from "two".
    let mut j = c;
    if offset_from(&mut j, x, count, unit).is_some() {
        return None;
    }
    let r = x.r?;
    let span = match unit {
        "day" => jiff::Span::new().try_days(count).ok()?,
        "week" => jiff::Span::new().try_weeks(count).ok()?,
        "month" => jiff::Span::new().try_months(count).ok()?,
        "year" => jiff::Span::new().try_years(count).ok()?,
        _ => return None,
    };
    let d = r.checked_add(span).ok()?;
    Some(Found { start: t.start, end: c.pos, kind: DateKind::Date, value: DateInterval::day(d), relative: true })
}

/// `in May.`: a bare capitalised "May" after a preposition and before
/// punctuation or the end is the month.
fn bare_may(mut c: Cur, x: &Ctx) -> Option<Found> {
    let t = c.peek()?;
    if t.kind != TokKind::Word || c.text(t) != "May" {
        return None;
    }
    c.pos = t.end;
    if let Some(n) = c.peek() {
        if n.kind != TokKind::Punct || is_dash(c.text(n)) {
            return None;
        }
    }
    let (value, relative) = resolve(&Expr::new(Shape::Month(5), None), x.r, x.bias)?;
    Some(Found { start: t.start, end: t.end, kind: DateKind::Date, value, relative })
}

/// `a 2009 study`, `his 2007 campaign`: a year before a lower-case word.
fn adjective_year(mut c: Cur, x: &Ctx) -> Option<Found> {
    let t = c.peek()?;
    let y = year4(&mut c, 1900, 2100)?;
    let n = c.peek()?;
    if n.kind != TokKind::Word || n.start == t.end || !c.b()[n.start].is_ascii_lowercase() || unit(c.text(n)).is_some()
    {
        return None;
    }
    let (value, relative) = resolve(&Expr::new(Shape::Year, Some(y)), x.r, x.bias)?;
    Some(Found { start: t.start, end: t.end, kind: DateKind::Date, value, relative })
}

/// `2014-01-22`, `2014/01/22`.
fn iso(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start != 4 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, y) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    c.pos += 1;
    let mt = c.tight()?;
    let (_, m) = c.num()?;
    if mt.end - mt.start > 2 {
        return None;
    }
    if !c.eat_punct_tight(sep) {
        // `2015-12`, `2015-3`: a month, unless it reads as a year range
        // ("2011-12" is a season, 2011 to 2012).
        let ends =
            c.b().get(c.pos).is_none_or(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b',')))
                || matches!(c.b().get(c.pos..c.pos + 2), Some([b'.' | b',', b]) if !b.is_ascii_digit());
        let range = mt.end - mt.start == 2 && m > y % 100;
        if !ends || range || !(1..=12).contains(&m) {
            return None;
        }
        return Some(Expr::new(Shape::Month(m as i8), Some(y as i16)));
    }
    let dt = c.tight()?;
    let (_, d) = c.num()?;
    if dt.end - dt.start > 2 || c.b().get(c.pos).is_some_and(|b| b.is_ascii_alphanumeric()) || !clean_num(c.b(), dt) {
        return None;
    }
    let d = Date::new(y as i16, m as i8, d as i8).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(d)), None))
}

/// `2/10/2014` (order from the settings unless one part exceeds 12),
/// `10.02.2014` / `10-02-2014` only when unambiguous.
fn numeric(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 {
        return None;
    }
    if t.start > 0
        && c.b().get(t.start - 1).is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b','))
    {
        return None;
    }
    let (_, a) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    c.pos += 1;
    let bt = c.tight()?;
    let (_, b) = c.num()?;
    if bt.end - bt.start == 4 && sep != b'.' {
        // `12-2015`, `3/2015`: a month of a year.
        let after = c.b().get(c.pos).copied();
        if !(1..=12).contains(&a)
            || !is_year(b)
            || after.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-')
        {
            return None;
        }
        return Some(Expr::new(Shape::Month(a as i8), Some(b as i16)));
    }
    if bt.end - bt.start > 2 || !c.eat_punct_tight(sep) {
        return None;
    }
    let yt = c.tight()?;
    let (_, y) = c.num()?;
    let ylen = yt.end - yt.start;
    let y = match ylen {
        4 => y,
        2 if sep == b'/' => {
            if y < 70 {
                2000 + y
            } else {
                1900 + y
            }
        }
        _ => return None,
    };
    let after = c.b().get(c.pos).copied();
    if after.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-')
        || (matches!(after, Some(b'.' | b',')) && c.b().get(c.pos + 1).is_some_and(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (m, d) = if a > 12 && b <= 12 {
        (b, a)
    } else if b > 12 && a <= 12 {
        (a, b)
    } else if sep == b'/' {
        if x.month_first {
            (a, b)
        } else {
            (b, a)
        }
    } else {
        return None;
    };
    let d = Date::new(y as i16, m as i8, d as i8).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(d)), None))
}

/// `05-Aug-2016`, `2019-aug-01`, `2019/Aug/1`, `23/Sep/2020`: digits
/// around a month name, joined by one separator (`-` or `/`) with no spaces.
fn numeric_month_name(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let at = c.peek()?;
    if at.kind != TokKind::Num || !clean_num(c.b(), at) {
        return None;
    }
    let (_, a) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    c.pos += 1;
    let mt = c.tight()?;
    if mt.kind != TokKind::Word {
        return None;
    }
    let (m, _) = month_tok(c)?;
    if !c.eat_punct_tight(sep) {
        return None;
    }
    let bt = c.tight()?;
    let (_, b) = c.num()?;
    if c.b().get(c.pos).is_some_and(|ch| ch.is_ascii_alphanumeric() || *ch == sep) {
        return None;
    }
    let (y, d) = match (at.end - at.start, bt.end - bt.start) {
        (4, 1 | 2) => (a, b),
        (1 | 2, 4) => (b, a),
        _ => return None,
    };
    let day = Date::new(i16::try_from(y).ok()?, m, i8::try_from(d).ok()?).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(day)), None))
}

/// `7/6`, `22/04`, `7-6`: a month and day without a year (order from the
/// settings unless one part exceeds 12). Read only after a weekday or "on":
/// alone it is as often a score or a fraction.
fn month_day_numeric(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, a) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if sep != b'/' && sep != b'-' {
        return None;
    }
    c.pos += 1;
    let bt = c.tight()?;
    let (_, b) = c.num()?;
    if bt.end - bt.start > 2
        || c.b().get(c.pos).is_some_and(|ch| ch.is_ascii_alphanumeric() || matches!(ch, b'/' | b'-'))
    {
        return None;
    }
    if matches!(c.b().get(c.pos..c.pos + 2), Some([b'.' | b',', d]) if d.is_ascii_digit()) {
        return None;
    }
    // "3-5 January" is a range of days.
    if c.peek().is_some_and(|t| t.kind == TokKind::Word && month_word(c.text(t)).is_some()) {
        return None;
    }
    let (m, d) = if b <= 12 && (a > 12 || !x.month_first) { (b, a) } else { (a, b) };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(Expr::new(Shape::Day { m: m as i8, d: d as i8 }, None))
}

/// `Jan. 22, 2014`, `January 22`, `June 2012`, `January of 2014`, `August`.
fn month_led(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    let (m, full) = month_tok(c)?;
    let mut k = *c;
    if matches!(k.b().get(k.pos), Some(b'-' | b'/')) {
        k.pos += 1;
        if let Some(y) = year4(&mut k, 1800, 2100) {
            *c = k;
            return Some(Expr::new(Shape::Month(m), Some(y)));
        }
        k = *c;
    }
    if let Some(d) = day(&mut k).map(|(d, _)| d).or_else(|| spelled_day(&mut k)) {
        let y = opt_year(&mut k);
        *c = k;
        return Some(Expr::new(Shape::Day { m, d }, y));
    }
    let mut k = *c;
    if !k.eat_word("of") {
        k.eat_punct(b',');
    }
    if let Some(y) = year4(&mut k, 1800, 2100).or_else(|| spelled_year(&mut k)) {
        *c = k;
        return Some(Expr::new(Shape::Month(m), Some(y)));
    }
    // A bare month: written in full and capitalised, never "May".
    let w = c.text(t);
    if full && m != 5 && w.as_bytes().first().is_some_and(|b| b.is_ascii_uppercase()) {
        return Some(Expr::new(Shape::Month(m), None));
    }
    None
}

/// `22 January 2014`, `22 January, 2014`, `the 22nd of January`.
fn day_month(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let the = c.eat_word("the");
    let (d, ord, spelled) = match day(c) {
        Some((d, ord)) => (d, ord, false),
        None => (spelled_day(c)?, true, true),
    };
    let of = c.eat_word("of");
    if (the && !ord && !of) || (spelled && !of) {
        return None;
    }
    let (m, _) = month_tok(c)?;
    let y = opt_year(c);
    Some(Expr::new(Shape::Day { m, d }, y))
}

/// `the 1990s`, `1990's`, `the '90s`.
fn decade(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    let t = c.peek()?;
    let y = if t.kind == TokKind::Punct && matches!(c.text(t), "'" | "\u{2019}") {
        c.pos = t.end;
        let n = c.tight()?;
        let (_, v) = c.num()?;
        if n.end - n.start != 2 {
            return None;
        }
        1900 + v
    } else {
        if t.kind != TokKind::Num || t.end - t.start != 4 || !clean_num(c.b(), t) {
            return None;
        }
        c.num()?.1
    };
    if y % 10 != 0 || !(1000..=2999).contains(&y) {
        return None;
    }
    let mut k = *c;
    if !k.eat_punct_tight(b'\'') && k.t.get(k.pos..).is_some_and(|s| s.starts_with('\u{2019}')) {
        k.pos += '\u{2019}'.len_utf8();
    }
    let s = k.tight()?;
    if s.kind != TokKind::Word || !k.text(s).eq_ignore_ascii_case("s") {
        return None;
    }
    k.pos = s.end;
    *c = k;
    Some(Expr::new(Shape::Decade, Some(y as i16)))
}

/// `Q3 2013`, `the third quarter of 2013`, `the third quarter`.
fn quarter(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind == TokKind::Num {
        return year_quarter(c);
    }
    let q = if t.kind == TokKind::Word && c.text(t).eq_ignore_ascii_case("q") {
        c.pos = t.end;
        c.tight()?;
        let (_, q) = c.num()?;
        q as i8
    } else {
        c.eat_word("the");
        let q = c.eat_any(&["first", "second", "third", "fourth"])? as i8 + 1;
        c.eat_punct_tight(b'-');
        if !c.eat_word("quarter") {
            return None;
        }
        q
    };
    if !(1..=4).contains(&q) {
        return None;
    }
    let mut k = *c;
    if k.eat_any(&["of", "in"]).is_none() && !k.eat_punct_tight(b'-') {
        k.eat_punct(b',');
    }
    let y = year4(&mut k, 1800, 2100);
    if y.is_some() {
        *c = k;
    }
    Some(Expr::new(Shape::Quarter(q), y))
}

/// `2017 Q1`, `2017-q1`, `2019 H2`: a year, then its quarter or half.
fn year_quarter(c: &mut Cur) -> Option<Expr> {
    let y = year4(c, 1800, 2100)?;
    c.eat_punct_tight(b'-');
    let w = c.peek()?;
    let half = if w.kind == TokKind::Word && c.text(w).eq_ignore_ascii_case("q") {
        false
    } else if w.kind == TokKind::Word && c.text(w).eq_ignore_ascii_case("h") {
        true
    } else {
        return None;
    };
    c.pos = w.end;
    let nt = c.tight()?;
    let (_, n) = c.num()?;
    if nt.end - nt.start != 1 || c.b().get(c.pos).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    match (half, n) {
        (false, 1..=4) => Some(Expr::new(Shape::Quarter(n as i8), Some(y))),
        (true, 1 | 2) => {
            let m1 = if n == 1 { 1 } else { 7 };
            Some(Expr::new(Shape::YearPart { m1, m2: m1 + 5 }, Some(y)))
        }
        _ => None,
    }
}

/// The months of a season; winter runs into the next year.
fn season_shape(w: usize) -> Shape {
    match w {
        0 => Shape::YearPart { m1: 3, m2: 5 },
        1 => Shape::YearPart { m1: 6, m2: 8 },
        2 | 3 => Shape::YearPart { m1: 9, m2: 11 },
        _ => Shape::YearPart { m1: 12, m2: 14 },
    }
}

const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

/// `spring 2013`, `the summer of 2012`, `summer` (bare: summer, autumn, winter only).
fn season(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    let s = c.eat_any(SEASONS)?;
    let mut k = *c;
    k.eat_word("of");
    if let Some(y) = year4(&mut k, 1800, 2100) {
        *c = k;
        return Some(Expr::new(season_shape(s), Some(y)));
    }
    if matches!(s, 1 | 2 | 4) {
        return Some(Expr::new(season_shape(s), None));
    }
    None
}

/// The period a part-word applies to: a month (with year), a year, a decade, "this year".
fn period(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let mut k = *c;
    if let Some((m, _)) = month_tok(&mut k) {
        let mut j = k;
        j.eat_punct(b',');
        let y = year4(&mut j, 1800, 2100);
        *c = if y.is_some() { j } else { k };
        return Some(Expr::new(Shape::Month(m), y));
    }
    let mut k = *c;
    if let Some(y) = year4(&mut k, 1800, 2100) {
        *c = k;
        return Some(Expr::new(Shape::Year, Some(y)));
    }
    attempt!(c, x, decade);
    let mut k = *c;
    if k.eat_word("the") && k.eat_word("year") {
        let r = x.r?;
        *c = k;
        return Some(Expr { shape: Shape::Year, year: Some(r.year()), weekday: None, relative: true });
    }
    let mut k = *c;
    let e = relative_word(&mut k, x)?;
    if matches!(e.shape, Shape::Month(_) | Shape::Year) {
        *c = k;
        return Some(e);
    }
    None
}

/// `early 2013`, `mid-March`, `late May`, `the end of May`, `the beginning of 2014`, `early this year`.
fn part(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let the = c.eat_word("the");
    let w = c.eat_any(&["early", "mid", "late", "beginning", "start", "middle", "end"])?;
    if w >= 3 {
        if !c.eat_word("of") {
            return None;
        }
    } else if the {
        return None;
    } else {
        c.eat_dash();
    }
    // (month lo, month hi), (year m1, m2), (decade lo, hi)
    let (md, ym, dd) = match w {
        0 => ((1, 10), (1, 4), (0, 3)),
        1 | 5 => ((11, 20), (5, 8), (4, 6)),
        2 => ((21, 31), (9, 12), (7, 9)),
        3 | 4 => ((1, 7), (1, 1), (0, 1)),
        _ => ((25, 31), (12, 12), (8, 9)),
    };
    let e = period(c, x)?;
    let shape = match e.shape {
        Shape::Month(m) => Shape::MonthPart { m, lo: md.0, hi: md.1 },
        Shape::Year => Shape::YearPart { m1: ym.0, m2: ym.1 },
        Shape::Decade => Shape::DecadePart { lo: dd.0, hi: dd.1 },
        _ => return None,
    };
    Some(Expr { shape, ..e })
}

/// `today`, `yesterday`, `tomorrow`, `this week`, `last month`, `next year`,
/// `last Friday`, `last May`, `last summer`, `this quarter`, `this weekend`.
fn relative_word(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let w = c.text(t);
    let r = x.r?;
    let day = |d: Option<Date>| d.map(|d| Expr::fixed(DateInterval::day(d)));
    for (word, off) in [("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)] {
        if w.eq_ignore_ascii_case(word) {
            c.pos = t.end;
            return day(add_days(r, off));
        }
    }
    let mut k = *c;
    if k.eat_word("the") && k.peek().is_some_and(|t| k.text(t).eq_ignore_ascii_case("last")) {
        *c = k;
    }
    // "this past Wednesday", "this coming Friday": the nearer one that way.
    let mut k = *c;
    if k.eat_word("this")
        && k.peek().is_some_and(|t| matches!(k.text(t).to_ascii_lowercase().as_str(), "past" | "coming" | "upcoming"))
    {
        *c = k;
    }
    // "current" and "following" qualify only a unit ("the following week"):
    // "the following Friday" counts from a day the text names, not the reference.
    let word =
        c.eat_any(&["last", "this", "next", "previous", "past", "current", "coming", "following", "upcoming"])?;
    let dx = match word {
        0 | 3 | 4 => Deixis::Last,
        1 | 5 => Deixis::This,
        _ => Deixis::Next,
    };
    // "previous", "past", "coming", "upcoming" before a weekday read as "last" / "next".
    let unit_only = matches!(word, 5 | 7);
    // "the last 3 months", "the next two days", "the past two quarters".
    if let Some(e) = counted_units(c, x, dx) {
        return Some(e);
    }
    let k: i32 = match dx {
        Deixis::Last => -1,
        Deixis::This => 0,
        Deixis::Next => 1,
    };
    let rel = |shape, y: i16| Some(Expr { shape, year: Some(y), weekday: None, relative: true });
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let w = c.text(t);
    if let Some(wd) = weekday(w).filter(|_| !unit_only) {
        c.pos = t.end;
        return day(weekday_near(wd, r, x.bias, Some(dx)));
    }
    // "this calendar year"
    let mut j = *c;
    if j.eat_word("calendar") && j.peek().is_some_and(|t| j.text(t).eq_ignore_ascii_case("year")) {
        *c = j;
    }
    if let Some(u) = c.eat_any(&["week", "weekend", "month", "year", "quarter"]) {
        if c.peek().is_some_and(|t| c.text(t).eq_ignore_ascii_case("of")) {
            return None; // "the last week of July" names a week of July
        }
        return match u {
            0 => Some(Expr::fixed(week_of(add_days(r, 7 * k as i64)?)?)),
            1 => {
                let w = week_of(add_days(r, 7 * k as i64)?)?;
                let sat = add_days(w.start, 5)?;
                Some(Expr::fixed(DateInterval { start: sat, end: w.end, granularity: Granularity::Week }))
            }
            2 => {
                let (y, m) = norm_month(r.year() as i32, r.month() as i32 + k)?;
                rel(Shape::Month(m), y)
            }
            3 => rel(Shape::Year, r.year().checked_add(k as i16)?),
            _ => {
                let q0 = (r.month() as i32 - 1) / 3 + k;
                let y = r.year() as i32 + q0.div_euclid(4);
                rel(Shape::Quarter((q0.rem_euclid(4) + 1) as i8), i16::try_from(y).ok()?)
            }
        };
    }
    if unit_only {
        return None;
    }
    let shape = if let Some((m, _)) = month_tok(c) {
        Shape::Month(m)
    } else if let Some(s) = c.eat_any(SEASONS) {
        season_shape(s)
    } else {
        return None;
    };
    let iv = deictic(shape, r, dx)?;
    let mut e = Expr::fixed(iv);
    if let Shape::Month(_) = shape {
        e = Expr { shape, year: Some(iv.start.year()), weekday: None, relative: true };
    }
    Some(e)
}

/// After `N unit`: `from today`, `after tomorrow`, `before yesterday`,
/// `from now` — the day that far from the anchor day.
fn offset_from(c: &mut Cur, x: &Ctx, n: i64, unit: &str) -> Option<Expr> {
    let sign = match c.eat_any(&["from", "after", "before"])? {
        2 => -1,
        _ => 1,
    };
    let (anchor, relative) = match c.eat_any(&["today", "now", "tomorrow", "tmrw", "yesterday"]) {
        Some(0 | 1) => (x.r?, true),
        Some(2 | 3) => (add_days(x.r?, 1)?, true),
        Some(_) => (add_days(x.r?, -1)?, true),
        // "3 days after January 12th", "2 weeks before May 13 1999": a named day.
        None => {
            let e = simple(c, x)?;
            let (iv, relative) = resolve(&e, x.r, x.bias)?;
            if iv.start != iv.end {
                return None;
            }
            (iv.start, relative)
        }
    };
    let n = sign * n;
    let span = match unit {
        "day" => jiff::Span::new().try_days(n).ok()?,
        "week" => jiff::Span::new().try_weeks(n).ok()?,
        "month" => jiff::Span::new().try_months(n).ok()?,
        "year" => jiff::Span::new().try_years(n).ok()?,
        _ => return None,
    };
    let day = DateInterval::day(anchor.checked_add(span).ok()?);
    Some(Expr { shape: Shape::Fixed(day), year: None, weekday: None, relative })
}

/// `3 months`, `two quarters`, `couple weeks` after "last"/"next": the span
/// of that many units before or after the reference.
fn counted_units(c: &mut Cur, x: &Ctx, dx: Deixis) -> Option<Expr> {
    let mut k = *c;
    let n = count(&mut k)?;
    let unit = unit_or_quarter(&mut k)?;
    let iv = units_around(x.r?, dx, n, unit)?;
    *c = k;
    Some(Expr::fixed(iv))
}

/// `5 upcoming years`, `2 next days`, `10 previous weeks`: the count first.
fn count_then_deixis(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let mut k = *c;
    let n = count(&mut k)?;
    let dx = match k.eat_any(&["next", "upcoming", "coming", "following", "last", "past", "previous"])? {
        0..=3 => Deixis::Next,
        _ => Deixis::Last,
    };
    let unit = unit_or_quarter(&mut k)?;
    let iv = units_around(x.r?, dx, n, unit)?;
    *c = k;
    Some(Expr::fixed(iv))
}

/// A count: digits, a number in words, or "couple" ("a couple of").
fn count(c: &mut Cur) -> Option<i64> {
    let t = c.peek()?;
    match t.kind {
        TokKind::Num if t.end - t.start <= 3 && clean_num(c.b(), t) => Some(c.num()?.1 as i64),
        TokKind::Word if c.text(t).eq_ignore_ascii_case("couple") => {
            c.pos = t.end;
            c.eat_word("of");
            Some(2)
        }
        TokKind::Word => spelled_number(c).map(i64::from),
        _ => None,
    }
}

/// A unit of time or `quarter(s)`.
fn unit_or_quarter(c: &mut Cur) -> Option<&'static str> {
    let t = c.peek()?;
    let u = match unit(c.text(t)) {
        Some(u) => u,
        None if matches!(c.text(t).to_ascii_lowercase().as_str(), "quarter" | "quarters") => "quarter",
        None => return None,
    };
    c.pos = t.end;
    Some(u)
}

/// `two days ago`, `three weeks ago`, `a year ago`, `18 months ago`.
fn ago(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    let n: i64 = match t.kind {
        TokKind::Num if t.end - t.start <= 4 && clean_num(c.b(), t) => c.num()?.1 as i64,
        TokKind::Word if c.text(t).eq_ignore_ascii_case("a") || c.text(t).eq_ignore_ascii_case("an") => {
            c.pos = t.end;
            1
        }
        TokKind::Word => spelled_number(c)? as i64,
        _ => return None,
    };
    let u = c.peek()?;
    let unit = unit(c.text(u))?;
    c.pos = u.end;
    if !c.eat_word("ago") {
        return offset_from(c, x, n, unit);
    }
    let r = x.r?;
    let rel = |shape, y: i16| Some(Expr { shape, year: Some(y), weekday: None, relative: true });
    match unit {
        "day" => Some(Expr::fixed(DateInterval::day(add_days(r, -n)?))),
        "week" => Some(Expr::fixed(week_of(add_days(r, -7 * n)?)?)),
        "month" => {
            let (y, m) = norm_month(r.year() as i32, r.month() as i32 - n as i32)?;
            rel(Shape::Month(m), y)
        }
        "year" => rel(Shape::Year, i16::try_from(r.year() as i64 - n).ok()?),
        _ => rel(Shape::Year, i16::try_from(r.year() as i64 - 10 * n).ok()?),
    }
}
