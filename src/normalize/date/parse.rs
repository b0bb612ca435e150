//! The date grammar: from a cue token, read the longest date phrase.

use super::lex::{
    clean_num, is_dash, key_lookup, key_table, lower, month, number_word, spelled_number, unit, weekday, Cur, KeyTable,
    Tok, TokKind, CALENDAR_WORDS, MONTH_WORDS, NUMBER_WORDS,
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

/// Tries to read a date phrase starting at token `t`; `next` is the token
/// after it (`next_tok(text, t.end)`, which the caller's loop has lexed
/// already). Cheap rejection for tokens that cannot start one.
pub(crate) fn parse_at(text: &str, t: Tok, next: Option<Tok>, x: &Ctx) -> Option<Found> {
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
            if cue == Cue::Holiday {
                let mut k = c;
                return holiday_name(&mut k).and_then(|_| phrase(c, x, false, t.start));
            }
            debug_assert_eq!(next, after.peek(), "parse_at: `next` is the token after `t`");
            let next = next?;
            let next_word = |set: &[&str]| {
                next.kind == TokKind::Word && set.iter().any(|s| after.text(next).eq_ignore_ascii_case(s))
            };
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
    /// `for`: before a counted span from a day ("for 3 days from today").
    For,
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
    /// The first word of a holiday name (`rules/lexicon/holidays.toml`): only when the name follows.
    Holiday,
}

/// The cue words of the packed table (with [`CALENDAR_WORDS`], [`NUMBER_WORDS`]
/// and the first words of holiday names).
const CUE_WORDS: &[&str] = &[
    "from",
    "between",
    "on",
    "for",
    "w",
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
    "weekend",
    "cy",
    "otd",
    "eoy",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "eighties",
    "nineties",
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

/// Packed keyword → cue, for words of up to 8 letters.
static CUES: LazyLock<KeyTable<Cue>> = LazyLock::new(|| {
    key_table(
        CUE_WORDS
            .iter()
            .chain(CALENDAR_WORDS)
            .chain(NUMBER_WORDS)
            .map(|w| (*w, cue(w)))
            .filter(|(_, c)| *c != Cue::No)
            .chain(HOLIDAYS.first_words().map(|w| (w, Cue::Holiday))),
    )
});

/// Classifies a word: a table look-up for short words, the full match for long ones.
fn cue_of(w: &str) -> Cue {
    if w.len() <= 8 {
        return key_lookup(&CUES, w.as_bytes()).unwrap_or(Cue::No);
    }
    if HOLIDAYS.long_first(w) {
        return Cue::Holiday;
    }
    NINE_LETTER_CUES.iter().find(|(l, _)| l.eq_ignore_ascii_case(w)).map_or(Cue::No, |(_, c)| *c)
}

/// The cue words longer than the packed table holds. [`cue`] sees at most
/// nine letters (what `lower` holds), so these are all of them: a short list
/// scanned instead of the full classification of every long word.
static NINE_LETTER_CUES: LazyLock<Vec<(&'static str, Cue)>> = LazyLock::new(|| {
    ["beginning", "yesterday", "following", "seventies", "september", "wednesday", "seventeen"]
        .into_iter()
        .map(|w| (w, cue(w)))
        .collect()
});

/// The byte-level pre-test of [`cue_of`]: every word it may classify as a
/// cue (the packed table's words, the long ones, the first words of holidays).
static CUE_FILTER: LazyLock<CueFilter> = LazyLock::new(|| {
    CueFilter::new(
        CUE_WORDS
            .iter()
            .chain(CALENDAR_WORDS)
            .chain(NUMBER_WORDS)
            .copied()
            .chain(NINE_LETTER_CUES.iter().map(|(w, _)| *w))
            .chain(HOLIDAYS.first_words()),
    )
});

/// The filter the token loop asks before [`parse_at`]: a word it rejects
/// is no cue, so `parse_at` would return `None` for it.
pub(crate) fn cue_filter() -> &'static CueFilter {
    &CUE_FILTER
}

/// The words after "the" that may open a date phrase ("the first quarter",
/// "the end of May", "the summer of 2012", "the nineties"), up to 8 letters.
static AFTER_THE: LazyLock<KeyTable<()>> = LazyLock::new(|| key_table(AFTER_THE_WORDS.iter().map(|w| (*w, ()))));

/// The words of [`AFTER_THE`].
const AFTER_THE_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "end", "start", "middle", "summer", "winter", "autumn", "spring", "fall",
    "last", "week", "twenty", "thirty", "weekend", "next", "twenties", "thirties", "forties", "fifties", "sixties",
    "eighties", "nineties",
];

/// The words longer than 8 letters that may follow "the" and open a date phrase.
const AFTER_THE_LONG: &[&str] = &["beginning", "fortnight", "seventies"];

/// The byte-level pre-test of [`opens_after_the`]: its words.
static AFTER_THE_FILTER: LazyLock<CueFilter> =
    LazyLock::new(|| CueFilter::new(AFTER_THE_WORDS.iter().chain(AFTER_THE_LONG).copied()));

/// Whether a word after "the" may open a date phrase: [`AFTER_THE`] and the
/// longer `beginning`, `fortnight`, `seventies`.
fn opens_after_the(w: &str) -> bool {
    // Fast path: most words after "the" share no length and first two letters with these.
    if !AFTER_THE_FILTER.may_cue(w.as_bytes()) {
        return false;
    }
    if w.len() <= 8 {
        return key_lookup(&AFTER_THE, w.as_bytes()).is_some();
    }
    AFTER_THE_LONG.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// Whether the token after a preposition can start anything the `Prep` cue
/// reads: digits (a year, a phrase), a number word (`in two weeks`, a
/// spelled year), `a`/`an`/`one` (`in a week`, `in a fortnight`) or a
/// capitalised `May` (`in May.`).
fn prep_may_open(after: Cur, next: Tok) -> bool {
    match next.kind {
        TokKind::Num => true,
        TokKind::Punct => false,
        TokKind::Word => {
            let w = after.text(next);
            // Fast path: the words after a preposition are mostly no number word nor article.
            w == "May" || (PREP_FILTER.may_cue(w.as_bytes()) && matches!(cue_of(w), Cue::NumWord | Cue::Article))
        }
    }
}

/// The byte-level pre-test of [`prep_may_open`]: every word [`cue_of`]
/// classifies as a number word or an article.
static PREP_FILTER: LazyLock<CueFilter> = LazyLock::new(|| {
    CueFilter::new(
        NUMBER_WORDS.iter().chain(CUE_WORDS).copied().filter(|w| matches!(cue(w), Cue::NumWord | Cue::Article)),
    )
});

/// Whether the token after "from"/"between" can start a range side: digits
/// (a bare day or year, a digit date), "now" (a loose side), or a token some
/// single-date form starts with (which covers the loose month names and
/// spelled days too).
fn range_may_open(after: Cur, next: Tok) -> bool {
    next.kind == TokKind::Num || after.text(next).eq_ignore_ascii_case("now") || forms_at(&after, next) != 0
}

/// Classifies a lower-cased word.
fn cue(l: &str) -> Cue {
    match l {
        "from" => Cue::From,
        "between" => Cue::Between,
        "on" => Cue::On,
        "for" => Cue::For,
        "w" => Cue::Other,
        "in" | "since" | "of" | "by" | "until" | "till" | "before" | "after" | "during" | "throughout" | "circa"
        | "to" | "through" | "year" => Cue::Prep,
        "the" => Cue::The,
        "a" | "an" => Cue::Article,
        "his" | "her" | "its" | "their" | "our" => Cue::Poss,
        "end" | "beginning" | "start" | "middle" => Cue::Of,
        "today" | "tonight" | "yesterday" | "tomorrow" | "this" | "last" | "next" | "early" | "mid" | "late"
        | "spring" | "summer" | "autumn" | "fall" | "winter" | "q" | "first" | "second" | "third" | "fourth"
        | "earlier" | "later" | "previous" | "past" | "current" | "coming" | "following" | "upcoming" | "week"
        | "weekend" | "twenties" | "thirties" | "forties" | "fifties" | "sixties" | "seventies" | "eighties"
        | "nineties" | "cy" | "otd" | "eoy" => Cue::Other,
        _ if weekday_abbr(l).is_some() => Cue::Other,
        _ if month(l).is_some() || weekday(l).is_some() => Cue::Other,
        _ if number_word(l).is_some() => Cue::NumWord,
        _ => Cue::No,
    }
}

/// `from X to Y`, `between X and Y`: the range with the cue word in the span.
fn span_range(c: Cur, x: &Ctx, conns: &[&str], start: usize) -> Option<Found> {
    // The lone-date grammar first, then the looser range sides (ranges.rs).
    for loose in [false, true] {
        let mut k = c;
        let left = if loose { range_side(&mut k, x, false) } else { side(&mut k, x) };
        let Some(left) = left else { continue };
        if !(k.eat_any(conns).is_some() || k.eat_dash() || k.eat_punct(b'~')) {
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
    if c.peek().is_some_and(|t| c.text(t).eq_ignore_ascii_case("day")) {
        return None; // "the 15th day of next month" too
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

// After `attempt!`: macros are in scope only below their definition.
mod abbreviations;
mod anchored;
#[cfg(test)]
mod calendar_tests;
mod compact;
mod cue_filter;
mod day_of;
mod decades;
mod dispatch;
mod fortnights;
mod holidays;
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
use anchored::*;
use compact::*;
pub(crate) use cue_filter::CueFilter;
use day_of::*;
use decades::*;
use dispatch::{forms_at, simple};
use fortnights::*;
pub(crate) use holidays::HolidayRule;
use holidays::*;
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

#[cfg(test)]
mod cue_tests {
    use super::*;

    /// `cue_of` as it was before the long-word list: the full classification.
    fn cue_of_reference(w: &str) -> Cue {
        if w.len() <= 8 {
            return key_lookup(&CUES, w.as_bytes()).unwrap_or(Cue::No);
        }
        if HOLIDAYS.long_first(w) {
            return Cue::Holiday;
        }
        let mut buf = [0u8; 9];
        lower(w, &mut buf).map_or(Cue::No, cue)
    }

    #[test]
    fn long_words_are_classified_as_the_full_match_classifies_them() {
        assert!(NINE_LETTER_CUES.iter().all(|(_, c)| *c != Cue::No));
        assert!(cue_of("Wednesday") == Cue::Other);
        assert!(cue_of("SEVENTEEN") == Cue::NumWord);
        assert!(cue_of("beginning") == Cue::Of);
        assert!(cue_of("Thanksgiving") == Cue::Holiday);
        assert!(cue_of("throughout") == Cue::No); // `cue` lists it, but `lower` holds nine letters
        assert!(cue_of("yesterdays") == Cue::No);
        let sources = [
            include_str!("tests.rs"),
            include_str!("tests_ranges.rs"),
            include_str!("parse/calendar_tests.rs"),
            include_str!("../../../seeds/000_099dc4a42938c67f.txt"),
            include_str!("../../../seeds/001_d43e4ed34428a101.txt"),
            include_str!("../../../seeds/002_64716e510a3de195.txt"),
            include_str!("../../../seeds/003_7204677c4c2a84c1.txt"),
            include_str!("../../../seeds/004_31b6f4925f6b235b.txt"),
        ];
        let extra = ["Yesterday", "FOLLOWING", "seventies", "September", "independence", "Christmas", "announced"];
        let mut n = 0;
        for w in sources.iter().flat_map(|s| s.split(|c: char| !c.is_ascii_alphabetic())).chain(extra) {
            if w.len() > 8 {
                n += 1;
                assert!(cue_of(w) == cue_of_reference(w), "{w}");
            }
        }
        assert!(n > 500, "{n} long words");
    }

    #[test]
    fn the_filter_lets_every_cue_through() {
        let sources = [
            include_str!("tests.rs"),
            include_str!("tests_ranges.rs"),
            include_str!("parse/calendar_tests.rs"),
            include_str!("../../../seeds/000_099dc4a42938c67f.txt"),
            include_str!("../../../seeds/002_64716e510a3de195.txt"),
            include_str!("../../../rules/lexicon/holidays.toml"),
        ];
        let all = CUE_WORDS.iter().chain(CALENDAR_WORDS).chain(NUMBER_WORDS).copied();
        let all = all.chain(NINE_LETTER_CUES.iter().map(|(w, _)| *w)).chain(HOLIDAYS.first_words());
        let text = sources.iter().flat_map(|s| s.split(|c: char| !c.is_ascii_alphabetic()));
        let (mut cues, mut skipped) = (0, 0);
        for w in all.chain(text).filter(|w| !w.is_empty()) {
            if cue_of(w) != Cue::No {
                cues += 1;
                assert!(cue_filter().may_cue(w.as_bytes()), "{w}");
                assert!(cue_filter().may_cue(w.to_ascii_uppercase().as_bytes()), "{w}");
            } else if !cue_filter().may_cue(w.as_bytes()) {
                skipped += 1;
            }
        }
        assert!(cues > 1000 && skipped > 1000, "{cues} cues, {skipped} skipped");
        // Same length, first two and last letters as a cue ("march"): a maybe.
        assert!(cue_filter().may_cue(b"match"));
        // Same length and first two letters as "seventy" and "december", not the last.
        assert!(!cue_filter().may_cue(b"several"));
        assert!(!cue_filter().may_cue(b"declined"));
        for w in ["Officials", "capitals", "arrived", "evening", "comment", "and"] {
            assert!(!cue_filter().may_cue(w.as_bytes()), "{w}");
        }
        for w in ["from", "The", "in", "May", "Christmas", "Wednesday", "nineteen"] {
            assert!(cue_filter().may_cue(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn the_filters_after_a_word_let_every_opener_through() {
        let words = CUE_WORDS.iter().chain(CALENDAR_WORDS).chain(NUMBER_WORDS).chain(AFTER_THE_WORDS);
        let words = words.chain(AFTER_THE_LONG).copied().chain(HOLIDAYS.first_words());
        let text = include_str!("tests.rs").split(|c: char| !c.is_ascii_alphabetic());
        let mut n = 0;
        for w in words.chain(text).filter(|w| !w.is_empty()) {
            let upper = w.to_ascii_uppercase();
            for w in [w, upper.as_str()] {
                n += 1;
                if matches!(cue_of(w), Cue::NumWord | Cue::Article) {
                    assert!(PREP_FILTER.may_cue(w.as_bytes()), "{w}");
                }
                let long = w.len() > 8 && AFTER_THE_LONG.iter().any(|l| w.eq_ignore_ascii_case(l));
                if long || (w.len() <= 8 && key_lookup(&AFTER_THE, w.as_bytes()).is_some()) {
                    assert!(AFTER_THE_FILTER.may_cue(w.as_bytes()), "{w}");
                }
            }
        }
        assert!(n > 2000, "{n} words");
        for w in ["the", "people", "city", "its", "early"] {
            assert!(!PREP_FILTER.may_cue(w.as_bytes()), "{w}");
        }
        for w in ["government", "people", "city", "capital"] {
            assert!(!AFTER_THE_FILTER.may_cue(w.as_bytes()), "{w}");
        }
    }

    fn next_of(text: &str) -> (Cur<'_>, Tok) {
        let c = Cur::new(text, 0);
        (c, c.peek().unwrap())
    }

    #[test]
    fn words_that_may_follow_the() {
        for w in ["first", "End", "beginning", "FORTNIGHT", "seventies", "nineties", "weekend", "last"] {
            assert!(opens_after_the(w), "{w}");
        }
        for w in ["people", "year", "ends", "beginnings", "seventy", "may", ""] {
            assert!(!opens_after_the(w), "{w}");
        }
    }

    #[test]
    fn tokens_that_may_open_a_range_side() {
        let opens = |text: &str| {
            let (c, t) = next_of(text);
            range_may_open(c, t)
        };
        for yes in ["2012 to 2014", "Now", "sep to nov", "the ninth till", "March to May", "'90s", "last week"] {
            assert!(opens(yes), "{yes}");
        }
        for no in ["Syria to Geneva", "them", ", 3", "(5", "nowhere"] {
            assert!(!opens(no), "{no}");
        }
    }

    #[test]
    fn tokens_that_may_follow_a_preposition() {
        let opens = |text: &str| {
            let (c, t) = next_of(text);
            prep_may_open(c, t)
        };
        assert!(opens("2009"));
        assert!(opens("two weeks"));
        assert!(opens("a fortnight"));
        assert!(opens("an hour"));
        assert!(opens("May."));
        assert!(opens("nineteen ninety"));
        assert!(!opens("may"));
        assert!(!opens("the city"));
        assert!(!opens(", 2009"));
        assert!(!opens("'09"));
    }
}
