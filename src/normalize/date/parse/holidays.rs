//! Holidays: "Easter 2018", "Christmas", "last Easter", "Independence Day
//! of this year", "Labor Day weekend", "the weekend of Halloween",
//! "2 weeks before Christmas".
//!
//! The names and their rules live in `rules/lexicon/holidays.toml`
//! (embedded): a fixed day, a day counted from Easter, or the nth weekday
//! of a month. The rules are computed here (Easter by the Gregorian
//! computus), so a holiday is a [`Shape::Holiday`] placed in any year like
//! a month or a season: a written year wins, else the bias or "last"/"next"
//! chooses. A name is matched word by word against the prefixes of the
//! listed names, so a word that starts no name ("new" in "new talks") costs
//! one hash look-up. A qualifier that moves the day ("Lunar New Year",
//! "Orthodox Christmas", "Syria's Independence Day") stops the match.

use super::*;
use rustc_hash::FxHashMap;
use serde::Deserialize;

/// How a holiday's day is found in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HolidayRule {
    /// The same month and day every year.
    Fixed { m: i8, d: i8 },
    /// Days from Easter Sunday.
    Easter(i16),
    /// The `nth` `wd` of month `m` (`nth` < 0 counts from the end), plus `days`.
    Weekday { m: i8, wd: jiff::civil::Weekday, nth: i8, days: i8 },
}

impl HolidayRule {
    /// The holiday's day in year `y`.
    pub(crate) fn day(self, y: i16) -> Option<Date> {
        match self {
            HolidayRule::Fixed { m, d } => Date::new(y, m, d).ok(),
            HolidayRule::Easter(off) => add_days(easter(y)?, off as i64),
            HolidayRule::Weekday { m, wd, nth, days } => {
                let first = Date::new(y, m, 1).ok()?;
                add_days(first.nth_weekday_of_month(nth, wd).ok()?, days as i64)
            }
        }
    }
}

/// Easter Sunday of year `y` (Gregorian; the anonymous computus).
pub(crate) fn easter(y: i16) -> Option<Date> {
    let y = y as i32;
    let a = y % 19;
    let (b, c) = (y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y as i16, month as i8, day as i8).ok()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidaysFile {
    holiday: Vec<HolidayEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayEntry {
    names: Vec<String>,
    date: Option<String>,
    easter: Option<i16>,
    weekday: Option<WeekdayRule>,
    #[serde(default)]
    days: i8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeekdayRule {
    month: i8,
    weekday: String,
    nth: i8,
}

/// The holiday names, normalised ("new year day"), and every word-prefix of them.
pub(crate) struct Holidays {
    // Fx hashing: a holiday attempt looks up every word it reads (a first
    // word of a holiday such as "new" or "good" is common in news), and the
    // keys are short strings from a bundled file, so a DoS-resistant hash
    // buys nothing there.
    //
    // One map for names and prefixes, so a word read costs one lookup:
    // every word-prefix of a name, with the rule when the prefix is itself
    // a whole name.
    prefixes: FxHashMap<String, Option<HolidayRule>>,
    /// First words longer than 8 letters, which the cue table cannot hold.
    long_firsts: Vec<String>,
    max_len: usize,
}

impl Holidays {
    /// Parses a holidays file; the message names the entry that is wrong.
    pub(crate) fn parse(text: &str) -> Result<Holidays, String> {
        let file: HolidaysFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut h = Holidays { prefixes: FxHashMap::default(), long_firsts: Vec::new(), max_len: 0 };
        for e in file.holiday {
            let first = e.names.first().cloned().unwrap_or_default();
            let rule = match (&e.date, e.easter, &e.weekday) {
                (Some(md), None, None) => {
                    let (m, d) = md.split_once('-').ok_or(format!("{first}: date {md:?} is not MM-DD"))?;
                    let (m, d) = (
                        m.parse().map_err(|_| format!("{first}: bad month"))?,
                        d.parse().map_err(|_| format!("{first}: bad day"))?,
                    );
                    Date::new(2000, m, d).map_err(|_| format!("{first}: no such day {md:?}"))?;
                    HolidayRule::Fixed { m, d }
                }
                (None, Some(off), None) => HolidayRule::Easter(off),
                (None, None, Some(w)) => {
                    let wd = weekday(&w.weekday).ok_or(format!("{first}: unknown weekday {:?}", w.weekday))?;
                    if !(1..=12).contains(&w.month) || w.nth == 0 || !(-5..=5).contains(&w.nth) {
                        return Err(format!("{first}: month or nth out of range"));
                    }
                    HolidayRule::Weekday { m: w.month, wd, nth: w.nth, days: e.days }
                }
                _ => return Err(format!("{first}: give exactly one of date, easter, weekday")),
            };
            for name in &e.names {
                let key = normalise(name);
                let words: Vec<&str> = key.split(' ').collect();
                for i in 1..words.len() {
                    h.prefixes.entry(words[..i].join(" ")).or_insert(None);
                }
                if words[0].len() > 8 && !h.long_firsts.contains(&words[0].to_string()) {
                    h.long_firsts.push(words[0].to_string());
                }
                h.max_len = h.max_len.max(key.len());
                h.prefixes.insert(key, Some(rule));
            }
        }
        Ok(h)
    }

    /// The first word of every name (lower case).
    pub(crate) fn first_words(&self) -> impl Iterator<Item = &str> {
        self.prefixes.keys().filter(|p| !p.contains(' ')).map(String::as_str)
    }

    /// Whether a word longer than 8 letters starts a holiday name.
    pub(crate) fn long_first(&self, w: &str) -> bool {
        self.long_firsts.iter().any(|f| f.eq_ignore_ascii_case(w))
    }
}

/// A name as the matcher sees it: lower case, apostrophes and full stops
/// dropped, a possessive "s" dropped, words joined by one space.
fn normalise(name: &str) -> String {
    let mut words = Vec::new();
    for w in name.split(|c: char| c.is_whitespace() || c == '-') {
        let w = w.trim_end_matches('.').to_ascii_lowercase();
        let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(&w).to_string();
        let w: String = w.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if !w.is_empty() {
            words.push(w);
        }
    }
    words.join(" ")
}

/// The bundled table.
pub(crate) static HOLIDAYS: LazyLock<Holidays> = LazyLock::new(|| {
    Holidays::parse(include_str!("../../../../rules/lexicon/holidays.toml"))
        .unwrap_or_else(|e| panic!("rules/lexicon/holidays.toml: {e}"))
});

/// Words before a holiday that move its day or make it another country's.
const MOVERS: &[&str] =
    &["lunar", "chinese", "orthodox", "jewish", "islamic", "persian", "hijri", "vietnamese", "korean"];

/// Words that may stand capitalised before a holiday without making it another one's.
const PLAIN: &[&str] = &[
    "on", "in", "at", "by", "since", "before", "after", "until", "till", "the", "last", "next", "this", "for", "over",
    "during", "around", "from", "of", "that", "a", "and", "or", "since", "happy", "merry",
];

/// A holiday name at the cursor (the longest listed one).
pub(super) fn holiday_name(c: &mut Cur) -> Option<HolidayRule> {
    let table = &*HOLIDAYS;
    let start = c.peek()?;
    // The first word is looked up by the loop below like the others: the
    // cue table already told the main caller it starts a name.
    if start.kind != TokKind::Word {
        return None;
    }
    let mut buf = [0u8; 48];
    let mut n = 0;
    let mut k = *c;
    let mut best: Option<(HolidayRule, Cur, usize)> = None;
    let mut after_apos = false;
    while let Some(t) = k.peek() {
        match t.kind {
            TokKind::Word => {
                let w = k.text(t);
                if after_apos && w.eq_ignore_ascii_case("s") && t.start == k.pos {
                    k.pos = t.end;
                    after_apos = false;
                    continue;
                }
                let extra = usize::from(n > 0);
                if n + extra + w.len() > buf.len() || n + extra + w.len() > table.max_len {
                    break;
                }
                if n > 0 {
                    buf[n] = b' ';
                    n += 1;
                }
                for (dst, src) in buf[n..n + w.len()].iter_mut().zip(w.bytes()) {
                    *dst = src.to_ascii_lowercase();
                }
                n += w.len();
                k.pos = t.end;
                after_apos = false;
                let key = std::str::from_utf8(&buf[..n]).ok()?;
                match table.prefixes.get(key) {
                    Some(Some(rule)) => best = Some((*rule, k, n)),
                    Some(None) => {}
                    None => break,
                }
            }
            TokKind::Punct if matches!(k.text(t), "'" | "\u{2019}") && t.start == k.pos => {
                k.pos = t.end;
                after_apos = true;
            }
            TokKind::Punct if k.text(t) == "." && t.start == k.pos => k.pos = t.end,
            _ => break,
        }
    }
    let (rule, end, len) = best?;
    if moved(c) {
        return None;
    }
    // "the new year", "a new year": the coming year, not 1 January.
    if &buf[..len] == b"new year"
        && prev_word(c).is_some_and(|w| ["the", "a", "this"].iter().any(|p| p.eq_ignore_ascii_case(w)))
    {
        return None;
    }
    *c = end;
    Some(rule)
}

/// The word just before the cursor.
fn prev_word<'a>(c: &Cur<'a>) -> Option<&'a str> {
    let before = c.t.get(..c.pos)?.trim_end();
    let w = before.rsplit(|ch: char| !ch.is_ascii_alphabetic()).next()?;
    (!w.is_empty() && before.ends_with(w)).then_some(w)
}

/// Whether the words before the cursor name another calendar or country:
/// a mover ("Lunar"), a possessive ("Syria's"), or a capitalised word that
/// is not a plain one ("Mexican Independence Day").
fn moved(c: &Cur) -> bool {
    let before = c.t.get(..c.pos).unwrap_or("").trim_end();
    if before.ends_with("'s") || before.ends_with("\u{2019}s") {
        return true;
    }
    let Some(w) = prev_word(c) else { return false };
    if MOVERS.iter().any(|m| m.eq_ignore_ascii_case(w)) {
        return true;
    }
    w.starts_with(|ch: char| ch.is_ascii_uppercase()) && !PLAIN.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// `Easter 2018`, `Christmas`, `Independence Day of this year`,
/// `Black Friday 2010`: a holiday with an optional year.
pub(super) fn holiday(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let rule = holiday_name(c)?;
    let mut k = *c;
    k.eat_punct(b',');
    if let Some(y) = year4(&mut k, 1800, 2100) {
        *c = k;
        return Some(Expr::new(Shape::Holiday(rule), Some(y)));
    }
    let mut k = *c;
    if k.eat_word("of") {
        if let Some(y) = week_year(&mut k, x) {
            *c = k;
            return Some(Expr { shape: Shape::Holiday(rule), year: Some(y), weekday: None, relative: true });
        }
    }
    Some(Expr::new(Shape::Holiday(rule), None))
}

/// The weekend a holiday falls on or next to, holiday included: Saturday
/// to Monday for a Monday holiday (Labor Day), Thursday to Sunday for a
/// Thursday one (Thanksgiving), Saturday and Sunday for a Sunday one.
pub(super) fn weekend_around(d: Date) -> Option<DateInterval> {
    let (from, to) = match d.weekday().to_monday_zero_offset() {
        0 => (-2, 0),
        1 => (-3, 0),
        2 => (0, 4),
        3 => (0, 3),
        4 => (0, 2),
        5 => (0, 1),
        _ => (-1, 0),
    };
    Some(DateInterval { start: add_days(d, from)?, end: add_days(d, to)?, granularity: Granularity::Week })
}

/// `Labor Day weekend`, `Labor Day 2021 weekend`, `Halloween weekend 2021`,
/// `the weekend of Halloween`, `weekend of Thanksgiving 2023`.
pub(super) fn holiday_weekend(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let mut k = *c;
    k.eat_word("the");
    let e = if k.eat_word("weekend") {
        if !k.eat_word("of") {
            return None;
        }
        holiday(&mut k, x)?
    } else {
        let mut e = holiday(&mut k, x)?;
        if !k.eat_word("weekend") {
            return None;
        }
        if e.year.is_none() {
            let mut j = k;
            if let Some(y) = year4(&mut j, 1800, 2100) {
                e.year = Some(y);
                k = j;
            }
        }
        e
    };
    let (iv, relative) = resolve(&e, x.r, x.bias)?;
    *c = k;
    Some(Expr { relative, ..Expr::fixed(weekend_around(iv.start)?) })
}
