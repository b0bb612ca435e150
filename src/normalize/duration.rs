//! Lengths of time in prose ("nearly three years", "a three-year-old war") → intervals in days.
//!
//! Conventions:
//! - Days per unit: day 1, week 7, month 365/12 ≈ 30.42 (so that 12 months
//!   equal one year and "36 months" agrees with "three years"), year 365
//!   (not 365.25: a figure of whole years stays a whole number of days),
//!   decade 3650.
//! - The anchor is figure × days-per-unit; the qualifier words set the
//!   interval: `nearly`/`almost` → Nearly `[a·(1−nearly), a)`;
//!   `more than`/`over` → Gt `(a, ∞)`; `at least` → Ge `[a, ∞)`;
//!   `less than`/`fewer than`/`under` → Lt `[0, a)`; `up to`/`at most` →
//!   Le `[0, a]`; `about`/`around`/`some`/`roughly`/`approximately` →
//!   Approx `[a·(1−about), a·(1+about)]`; none → Eq `[a, a]`.
//! - Figures: digits (`18`, `1,000`, `2.5`), number words one–ninety with
//!   compounds (`twenty-five`), `a`/`an` = 1, and `… and a half`.
//! - Adjectival forms count: `three-year-old`, `a three-year war`,
//!   `nearly three-year-old civil war` (the span takes `-old`).
//! - A phrase followed by `ago` ("three years ago") is a date, not a
//!   duration, and is not reported here.

use crate::model::{Interval, Qualifier, Quantity};
use crate::normalize::date::{
    key_lookup, key_table, lower, next_tok, number_word, spelled_number, time_unit, Cur, KeyTable, TokKind,
    NUMBER_WORDS,
};
use crate::settings::Settings;
use std::sync::LazyLock;

/// One duration found in text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DurationMatch {
    /// First byte of the phrase.
    pub start: usize,
    /// Just past the phrase.
    pub end: usize,
    /// The length in days (anchor = the figure written, converted to days).
    pub days: Quantity,
    /// The unit written: "day", "week", "month", "year", "decade".
    pub unit: &'static str,
}

/// Days in one `unit` ("day", "week", "month", "year", "decade"), per the module conventions.
pub fn unit_days(unit: &str) -> f64 {
    match unit {
        "day" => 1.0,
        "week" => 7.0,
        "month" => 365.0 / 12.0,
        "year" => 365.0,
        "decade" => 3650.0,
        _ => f64::NAN,
    }
}

/// Qualifier phrases, longest first; the second word (if any) must follow.
const QUALIFIERS: &[(&str, Option<&str>, Qualifier)] = &[
    ("nearly", None, Qualifier::Nearly),
    ("almost", None, Qualifier::Nearly),
    ("more", Some("than"), Qualifier::Gt),
    ("over", None, Qualifier::Gt),
    ("at", Some("least"), Qualifier::Ge),
    ("less", Some("than"), Qualifier::Lt),
    ("fewer", Some("than"), Qualifier::Lt),
    ("under", None, Qualifier::Lt),
    ("up", Some("to"), Qualifier::Le),
    ("at", Some("most"), Qualifier::Le),
    ("about", None, Qualifier::Approx),
    ("around", None, Qualifier::Approx),
    ("some", None, Qualifier::Approx),
    ("roughly", None, Qualifier::Approx),
    ("approximately", None, Qualifier::Approx),
];

/// Reads a qualifier at the cursor.
fn qualifier(c: &mut Cur) -> Option<Qualifier> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let w = c.text(t);
    for (first, second, q) in QUALIFIERS {
        if w.eq_ignore_ascii_case(first) {
            let mut k = *c;
            k.pos = t.end;
            if let Some(s) = second {
                if !k.eat_word(s) {
                    continue;
                }
            }
            *c = k;
            return Some(*q);
        }
    }
    None
}

/// A figure: digits (with thousands commas or a decimal point), a number word, or `a`/`an`.
fn figure(c: &mut Cur) -> Option<f64> {
    let t = c.peek()?;
    match t.kind {
        TokKind::Num => {
            let b = c.b();
            if t.start > 0 && b.get(t.start - 1).is_some_and(|x| x.is_ascii_alphanumeric() || matches!(x, b',' | b'.'))
            {
                return None;
            }
            let mut end = t.end;
            // Thousands groups: 1,000
            while b.get(end) == Some(&b',') {
                match next_tok(b, end + 1) {
                    Some(g) if g.kind == TokKind::Num && g.start == end + 1 && g.end - g.start == 3 => end = g.end,
                    _ => break,
                }
            }
            if b.get(end) == Some(&b'.') {
                if let Some(g) = next_tok(b, end + 1).filter(|g| g.kind == TokKind::Num && g.start == end + 1) {
                    end = g.end;
                }
            }
            if end - t.start > 15 {
                return None;
            }
            let s: String = c.t.get(t.start..end)?.chars().filter(|ch| *ch != ',').collect();
            let v: f64 = s.parse().ok()?;
            c.pos = end;
            Some(v)
        }
        TokKind::Word => {
            let w = c.text(t);
            if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
                c.pos = t.end;
                return Some(1.0);
            }
            spelled_number(c).map(f64::from)
        }
        TokKind::Punct => None,
    }
}

/// The quantity for `anchor` days qualified by `q`.
fn quantity(anchor: f64, q: Qualifier, settings: &Settings) -> Quantity {
    let w = settings.qualifiers;
    let interval = match q {
        Qualifier::Nearly => Interval::new(Some(anchor * (1.0 - w.nearly)), false, Some(anchor), true),
        Qualifier::Gt => Interval::new(Some(anchor), true, None, false),
        Qualifier::Ge => Interval::new(Some(anchor), false, None, false),
        Qualifier::Lt => Interval::new(Some(0.0), false, Some(anchor), true),
        Qualifier::Le => Interval::closed(0.0, anchor),
        Qualifier::Approx => Interval::closed(anchor * (1.0 - w.about), anchor * (1.0 + w.about)),
        _ => Interval::exact(anchor),
    };
    Quantity { anchor, qualifier: q, interval }
}

/// Reads a duration starting at the cursor; returns (end, days, unit).
fn duration_at(c: &mut Cur, settings: &Settings) -> Option<(Quantity, &'static str)> {
    let q = qualifier(c).unwrap_or(Qualifier::Eq);
    let article = c.peek().is_some_and(|t| matches!(c.text(t).to_ascii_lowercase().as_str(), "a" | "an"));
    let mut n = figure(c)?;
    if n <= 0.0 {
        return None;
    }
    // "two and a half years"
    let mut k = *c;
    if k.eat_word("and") && (k.eat_word("a") || k.eat_word("an")) && k.eat_word("half") {
        n += 0.5;
        *c = k;
    }
    let tight_dash = {
        let mut k = *c;
        if !article && k.eat_punct_tight(b'-') {
            *c = k;
            true
        } else {
            false
        }
    };
    let u = c.peek()?;
    if u.kind != TokKind::Word || (tight_dash && u.start != c.pos) {
        return None;
    }
    let unit = time_unit(c.text(u))?;
    c.pos = u.end;
    if tight_dash {
        let mut k = *c;
        if k.eat_punct_tight(b'-') && k.tight().is_some() && k.eat_word("old") {
            *c = k;
        }
    } else if c.b().get(c.pos) == Some(&b'-') {
        // "three years-old"? not a form we read; also avoids "years-long" oddities.
        let mut k = *c;
        k.pos += 1;
        if k.tight().is_some() && k.eat_word("old") {
            *c = k;
        }
    }
    if c.peek().is_some_and(|t| c.text(t).eq_ignore_ascii_case("ago")) {
        return None;
    }
    Some((quantity(n * unit_days(unit), q, settings), unit))
}

/// Whether a word may begin a duration: a qualifier, a number word, `a`/`an`.
fn may_start(w: &str) -> bool {
    static STARTS: LazyLock<KeyTable<()>> = LazyLock::new(|| {
        let words = [
            "a", "an", "nearly", "almost", "more", "over", "at", "less", "fewer", "under", "up", "about", "around",
            "some", "roughly",
        ];
        key_table(words.iter().chain(NUMBER_WORDS).map(|w| (*w, ())))
    });
    if w.len() <= 8 {
        return key_lookup(&STARTS, w.as_bytes()).is_some();
    }
    let mut buf = [0u8; 9];
    let Some(l) = lower(w, &mut buf) else { return w.eq_ignore_ascii_case("approximately") };
    matches!(
        l,
        "a" | "an"
            | "nearly"
            | "almost"
            | "more"
            | "over"
            | "at"
            | "less"
            | "fewer"
            | "under"
            | "up"
            | "about"
            | "around"
            | "some"
            | "roughly"
    ) || number_word(l).is_some()
}

/// The units as running text writes them (lower case, capitalised, all
/// capitals), matched case-sensitively: a handful of literal patterns, which
/// the search crate can look for with SIMD instructions.
fn unit_forms() -> Vec<String> {
    let units = ["day", "week", "month", "year", "decade"];
    units
        .iter()
        .flat_map(|u| {
            let mut capital = u.to_string();
            capital[..1].make_ascii_uppercase();
            [u.to_string(), capital, u.to_ascii_uppercase()]
        })
        .collect()
}

/// Finds every duration in `text`. See the module docs for the conventions.
///
/// Every duration names a unit (day, week, month, year, decade), so the
/// units are found first, in one pass, and only the few words before each
/// are parsed: prose without a unit costs one automaton scan.
pub fn find_durations(text: &str, settings: &Settings) -> Vec<DurationMatch> {
    // Leftmost-first lets the crate hand the search to its vectorised packed
    // searcher (~10x faster than stepping the automaton over every byte);
    // the matches are those of any other match semantics because no unit
    // form occurs inside another (tested).
    static UNITS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(unit_forms())
            .expect("unit patterns are valid")
    });
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    for unit in UNITS.find_iter(text) {
        if unit.end() <= pos {
            continue;
        }
        // Start a little before the unit, at a token boundary.
        let mut from = unit.start().saturating_sub(LOOK_BACK).max(pos);
        while from > pos && !b[from - 1].is_ascii_whitespace() {
            from -= 1;
        }
        // Fast path: a unit form right after a letter ("today", "Monday",
        // "yesterday") lies inside a longer word, so it is no unit token, and
        // a duration before it whose unit is written as a form (lower case,
        // capitalised, all capitals) was read at that unit's own match: only
        // a unit in mixed case ("yEars"), which no form finds, could be read
        // from here. Skipping the token walk keeps the same matches.
        if unit.start() > 0 && b[unit.start() - 1].is_ascii_alphabetic() && !mixed_case_unit(&b[from..unit.start()]) {
            pos = pos.max(from);
            continue;
        }
        let mut at = from;
        while let Some(t) = next_tok(b, at) {
            if t.start >= unit.end() {
                break;
            }
            at = t.end;
            if t.kind == TokKind::Punct || (t.kind == TokKind::Word && !may_start(&text[t.start..t.end])) {
                continue;
            }
            let mut c = Cur::new(text, t.start);
            if let Some((days, unit)) = duration_at(&mut c, settings) {
                out.push(DurationMatch { start: t.start, end: c.pos, days, unit });
                at = c.pos;
                pos = c.pos;
            }
        }
        pos = pos.max(from);
    }
    out
}

/// Whether a run of ASCII letters in `b` is a unit word ("days") written
/// in mixed case ("dAys"): one [`unit_forms`] does not find.
fn mixed_case_unit(b: &[u8]) -> bool {
    b.split(|c| !c.is_ascii_alphabetic()).any(|w| {
        let form = w.iter().skip(1).all(u8::is_ascii_lowercase) || w.iter().all(u8::is_ascii_uppercase);
        !form && std::str::from_utf8(w).ok().and_then(time_unit).is_some()
    })
}

/// How many bytes before a unit word a duration may start ("approximately
/// two and a half years": the figure and its qualifier).
const LOOK_BACK: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s() -> Settings {
        Settings::bundled()
    }

    #[test]
    fn no_unit_form_occurs_inside_another() {
        // What makes leftmost-first matching give every match the
        // automaton's default semantics would.
        let forms = unit_forms();
        assert_eq!(forms.len(), 15);
        assert_eq!(&forms[..3], ["day", "Day", "DAY"]);
        for a in &forms {
            for b in forms.iter().filter(|b| *b != a) {
                assert!(!a.contains(b.as_str()), "{b} occurs inside {a}");
            }
        }
    }

    #[track_caller]
    fn one(text: &str, span: &str, anchor: f64, q: Qualifier, unit: &str) -> DurationMatch {
        let ms = find_durations(text, &s());
        assert_eq!(ms.len(), 1, "{text:?}: {ms:?}");
        let m = ms[0];
        assert_eq!(&text[m.start..m.end], span);
        assert!((m.days.anchor - anchor).abs() < 1e-9, "{text:?}: {}", m.days.anchor);
        assert_eq!(m.days.qualifier, q);
        assert_eq!(m.unit, unit);
        m
    }

    #[test]
    fn plain() {
        let m = one("the war lasted three years.", "three years", 1095.0, Qualifier::Eq, "year");
        assert_eq!(m.days.interval, Interval::exact(1095.0));
        one("after 18 months of talks", "18 months", 547.5, Qualifier::Eq, "month");
        one("six weeks later", "six weeks", 42.0, Qualifier::Eq, "week");
        one("for ten days", "ten days", 10.0, Qualifier::Eq, "day");
        one("for a year", "a year", 365.0, Qualifier::Eq, "year");
        one("for a decade", "a decade", 3650.0, Qualifier::Eq, "decade");
        one("for twenty-five years", "twenty-five years", 25.0 * 365.0, Qualifier::Eq, "year");
        one("two and a half years", "two and a half years", 912.5, Qualifier::Eq, "year");
        one("1,000 days", "1,000 days", 1000.0, Qualifier::Eq, "day");
        one("2.5 years", "2.5 years", 912.5, Qualifier::Eq, "year");
    }

    #[test]
    fn qualified() {
        let w = s().qualifiers;
        let m = one("nearly three years of war", "nearly three years", 1095.0, Qualifier::Nearly, "year");
        assert_eq!(m.days.interval, Interval::new(Some(1095.0 * (1.0 - w.nearly)), false, Some(1095.0), true));
        one("almost three years", "almost three years", 1095.0, Qualifier::Nearly, "year");
        let m = one("more than two years", "more than two years", 730.0, Qualifier::Gt, "year");
        assert_eq!(m.days.interval, Interval::new(Some(730.0), true, None, false));
        one("over a decade", "over a decade", 3650.0, Qualifier::Gt, "decade");
        let m = one("about six weeks", "about six weeks", 42.0, Qualifier::Approx, "week");
        assert_eq!(m.days.interval, Interval::closed(42.0 * (1.0 - w.about), 42.0 * (1.0 + w.about)));
        one("at least ten days", "at least ten days", 10.0, Qualifier::Ge, "day");
        one("less than a month", "less than a month", 365.0 / 12.0, Qualifier::Lt, "month");
    }

    #[test]
    fn adjectival() {
        one("the three-year-old conflict", "three-year-old", 1095.0, Qualifier::Eq, "year");
        one("the nearly three-year-old civil war", "nearly three-year-old", 1095.0, Qualifier::Nearly, "year");
        one("a 10-day ceasefire", "10-day", 10.0, Qualifier::Eq, "day");
    }

    #[test]
    fn mixed_case_units_only() {
        assert!(mixed_case_unit(b"three yEars, "));
        assert!(mixed_case_unit(b"DAys"));
        for t in [&b"three years, "[..], b"Three Years", b"THREE YEARS", b"yEarly", b"", b"to"] {
            assert!(!mixed_case_unit(t), "{}", String::from_utf8_lossy(t));
        }
    }

    #[test]
    fn units_inside_words_are_skipped_but_mixed_case_units_still_read() {
        assert!(find_durations("Monday, yesterday and today", &s()).is_empty());
        one("three yEars today", "three yEars", 1095.0, Qualifier::Eq, "year");
        one("two weeks, today", "two weeks", 14.0, Qualifier::Eq, "week");
    }

    #[test]
    fn not_durations() {
        for t in ["three years ago", "2,009 people", "130,000", "may be", "the years of war", "a-year"] {
            assert!(find_durations(t, &s()).is_empty(), "{t}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn never_panics(t in "\\PC{0,80}") {
            for m in find_durations(&t, &s()) {
                prop_assert!(m.start < m.end && m.end <= t.len());
            }
        }

        #[test]
        fn never_panics_on_duration_like(t in "((nearly|more|than|a|an|and|half|twenty|-|five|[0-9]{1,20}|[,.]|years|days|old|ago) ?){0,10}") {
            let _ = find_durations(&t, &s());
        }
    }
}
