//! Open-ended dates for the normalize output: "since 2010", "after Feb",
//! "before May", "until tomorrow", "2012 or later", "> = 2019", "more than
//! 2 weeks before today" ("more than" opens only an offset from a day).
//!
//! The date reader (and so every extractor) returns closed intervals; the
//! word that opens one side sits just outside the phrase it read. This pass
//! looks only at the few words around a date the reader found and, when one
//! of them is such a modifier, adds a second item over the wider span with
//! the bound it opens dropped; the date itself stays an item too (a
//! TimeML annotator marks "2010" in "since 2010", and a reader comparing
//! days wants the day named). Keeping it here, not in the grammar, leaves
//! `find_dates` — and so the claims the extractors build, such as the
//! "since 3 January" start of a war — exactly as they were.
//!
//! Bounds stay whole days, both included: "since X" starts on X's first
//! day, "after X" the day after X's last, "before X" ends the day before
//! X's first, "until X" on X's last. "year" ("calendar year", "cy") before a bare year joins it
//! ("the year 2008", "year 2012 or later"), as does a lone "=" ("=2019").

use crate::model::{Date, DateInterval, Granularity};
use regex::Regex;
use std::sync::LazyLock;

/// Which side a modifier opens, and where its bound falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Modifier {
    /// From the date's first day on.
    Since,
    /// From the day after the date on.
    After,
    /// Up to the day before the date.
    Before,
    /// Up to the date's last day.
    Until,
}

/// A date's span and bounds after widening (`None`: unbounded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Widened {
    /// First byte.
    pub start: usize,
    /// Just past the last byte.
    pub end: usize,
    /// First day (`None`: unbounded).
    pub low: Option<Date>,
    /// Last day (`None`: unbounded).
    pub high: Option<Date>,
    /// Whether a modifier opened a side.
    pub open: bool,
}

/// How far back (bytes) a modifier may start: "no later than the year ".
const LOOK: usize = 40;

/// Modifiers before a date, anchored at its start. Group 1: a leading
/// "year" ("year greater than 2012"); group 2: the modifier.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(year)\s+)?(\bsince|\bstarting(?:\s+(?:on|from))?|\bbeginning(?:\s+(?:on|from))?|\bas\s+early\s+as|\bno\s+earlier\s+than|>\s*=|\bafter|\bmore\s+than|\blater\s+than|\bgreater\s+than|>|\bbefore|\bearlier\s+than|\bprior\s+to|<|\buntil|\btill|\bas\s+late\s+as|\bno\s+later\s+than|<\s*=)\s*(?:the\s+year\s+)?$",
    )
    .expect("modifier pattern")
});

/// Modifiers after a date: "2012 or later", "1/1/2016 and after".
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:or|and)\s+(later|after|greater|onwards?|earlier|before)\b").expect("suffix pattern")
});

/// "year", "calendar year" or "cy" just before a bare year.
static YEAR_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:(?:calendar\s+)?year|cy)\s+$").expect("year pattern"));

/// A lone "=" just before a date ("=2019"), not part of "<=" or ">=".
static EQUALS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^<>\s]\s*)(=\s*)$").expect("equals pattern"));

fn modifier_of(word: &str) -> Modifier {
    let w: String = word.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    let w = w.as_str();
    if w.starts_with("since") || w.starts_with("starting") || w.starts_with("beginning") || w.starts_with("as early") {
        return Modifier::Since;
    }
    match w {
        "no earlier than" => Modifier::Since,
        "after" | "later than" | "greater than" | ">" => Modifier::After,
        "before" | "earlier than" | "prior to" | "<" => Modifier::Before,
        _ if w.starts_with(">") => Modifier::Since,
        _ => Modifier::Until,
    }
}

/// The start of the last `LOOK` bytes before `at`, on a char boundary.
fn look_back(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(LOOK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// Widens the date read at `start..end` over a modifier or a "year" word
/// beside it; `None` when there is none.
pub(super) fn widen(text: &str, start: usize, end: usize, value: &DateInterval) -> Option<Widened> {
    let from = look_back(text, start);
    let before = text.get(from..start)?;
    let after = text.get(end..)?;
    let bare_year = value.granularity == Granularity::Year && value.start.year() == value.end.year();
    let (mut s, mut e, mut modifier) = (start, end, None);
    let said = text.get(start..end)?.to_ascii_lowercase();
    // "more than 2 weeks before today" is before that day; "more than" beside any other date is no modifier.
    let offset = |w: &str| said.contains(w) && said.starts_with(|ch: char| ch.is_ascii_alphanumeric());
    let captured = BEFORE.captures(before).filter(|m| {
        !m.get(2).is_some_and(|md| md.as_str().to_ascii_lowercase().starts_with("more"))
            || offset(" before ")
            || offset(" after ")
    });
    if let Some(m) = captured {
        let whole = m.get(0)?;
        let md = m.get(2)?;
        let more = md.as_str().to_ascii_lowercase().starts_with("more");
        modifier = Some(match modifier_of(md.as_str()) {
            _ if more && said.contains(" before ") => Modifier::Before,
            _ if more => Modifier::After,
            m => m,
        });
        s = from + if m.get(1).is_some() { whole.start() } else { md.start() };
    } else if let Some(m) = AFTER.captures(after) {
        modifier = Some(match m.get(1)?.as_str().to_ascii_lowercase().as_str() {
            "earlier" | "before" => Modifier::Until,
            _ => Modifier::Since,
        });
        e = end + m.get(0)?.end();
    }
    if s == start && bare_year {
        if let Some(m) = YEAR_WORD.find(before) {
            s = from + m.start();
        }
    }
    if modifier.is_none() && s == start {
        if let Some(m) = EQUALS.captures(before).and_then(|c| c.get(1)) {
            s = from + m.start();
        }
    }
    if (s, e) == (start, end) {
        return None;
    }
    // "before the end of December" is before December ends, "after the
    // beginning of March" after March began: the edge, not the part, is the bound.
    let modifier = match modifier {
        Some(Modifier::Before) if value.granularity == Granularity::Part && said.contains("end") => {
            Some(Modifier::Until)
        }
        Some(Modifier::After)
            if value.granularity == Granularity::Part && (said.contains("beginning") || said.contains("start")) =>
        {
            Some(Modifier::Since)
        }
        m => m,
    };
    let (low, high) = match modifier {
        None => (Some(value.start), Some(value.end)),
        Some(Modifier::Since) => (Some(value.start), None),
        Some(Modifier::After) => (Some(value.end.tomorrow().ok()?), None),
        Some(Modifier::Before) => (None, Some(value.start.yesterday().ok()?)),
        Some(Modifier::Until) => (None, Some(value.end)),
    };
    Some(Widened { start: s, end: e, low, high, open: modifier.is_some() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(s: (i16, i8, i8), e: (i16, i8, i8), g: Granularity) -> DateInterval {
        DateInterval {
            start: Date::new(s.0, s.1, s.2).unwrap(),
            end: Date::new(e.0, e.1, e.2).unwrap(),
            granularity: g,
        }
    }

    fn d(y: i16, m: i8, day: i8) -> Option<Date> {
        Some(Date::new(y, m, day).unwrap())
    }

    fn year(y: i16) -> DateInterval {
        iv((y, 1, 1), (y, 12, 31), Granularity::Year)
    }

    /// `(widened text, low, high)` for the date at `at` in `text`.
    fn run(text: &str, at: &str, value: DateInterval) -> Option<(String, Option<Date>, Option<Date>)> {
        let start = text.find(at).unwrap();
        let w = widen(text, start, start + at.len(), &value)?;
        Some((text[w.start..w.end].to_string(), w.low, w.high))
    }

    #[test]
    fn each_side() {
        assert_eq!(run("sales since 2010", "2010", year(2010)), Some(("since 2010".into(), d(2010, 1, 1), None)));
        assert_eq!(run("after 2016 we", "2016", year(2016)), Some(("after 2016".into(), d(2017, 1, 1), None)));
        assert_eq!(run("or before 2019", "2019", year(2019)), Some(("before 2019".into(), None, d(2018, 12, 31))));
        assert_eq!(run("< =2019", "2019", year(2019)), Some(("< =2019".into(), None, d(2019, 12, 31))));
        assert_eq!(run("> = 2019", "2019", year(2019)), Some(("> = 2019".into(), d(2019, 1, 1), None)));
        // "more than" opens only an offset from a day: before it, or after it.
        let day = iv((2018, 5, 29), (2018, 5, 29), Granularity::Day);
        assert_eq!(
            run("done more than 2 weeks before today", "2 weeks before today", day),
            Some(("more than 2 weeks before today".into(), None, d(2018, 5, 28)))
        );
        assert_eq!(
            run("more than 2 weeks after today", "2 weeks after today", day),
            Some(("more than 2 weeks after today".into(), d(2018, 5, 30), None))
        );
        assert_eq!(run("more than 2014", "2014", year(2014)), None);
    }

    #[test]
    fn words_after_and_year() {
        assert_eq!(
            run("sales for year 2012 or later", "2012", year(2012)),
            Some(("year 2012 or later".into(), d(2012, 1, 1), None))
        );
        assert_eq!(
            run("year greater than 2012", "2012", year(2012)),
            Some(("year greater than 2012".into(), d(2013, 1, 1), None))
        );
        assert_eq!(
            run("stay before the year 2019.", "2019", year(2019)),
            Some(("before the year 2019".into(), None, d(2018, 12, 31)))
        );
        assert_eq!(
            run("in the year 2008", "2008", year(2008)),
            Some(("year 2008".into(), d(2008, 1, 1), d(2008, 12, 31)))
        );
        assert_eq!(
            run("sales in the calendar year 2008", "2008", year(2008)),
            Some(("calendar year 2008".into(), d(2008, 1, 1), d(2008, 12, 31)))
        );
        assert_eq!(run("in the cy 2008", "2008", year(2008)), Some(("cy 2008".into(), d(2008, 1, 1), d(2008, 12, 31))));
        assert_eq!(run("=2019", "2019", year(2019)), Some(("=2019".into(), d(2019, 1, 1), d(2019, 12, 31))));
    }

    #[test]
    fn edge_of_a_part() {
        let end_dec = iv((2015, 12, 25), (2015, 12, 31), Granularity::Part);
        assert_eq!(
            run("back before the end of December", "the end of December", end_dec),
            Some(("before the end of December".into(), None, d(2015, 12, 31)))
        );
        let start_mar = iv((2016, 3, 1), (2016, 3, 10), Granularity::Part);
        assert_eq!(
            run("after the beginning of March", "the beginning of March", start_mar),
            Some(("after the beginning of March".into(), d(2016, 3, 1), None))
        );
        // "early September" is a part, not an edge: before it ends the day before.
        let early_sep = iv((2018, 9, 1), (2018, 9, 10), Granularity::Part);
        assert_eq!(
            run("before early September", "early September", early_sep),
            Some(("before early September".into(), None, d(2018, 8, 31)))
        );
    }

    #[test]
    fn nothing_to_widen() {
        let jan3 = iv((2014, 1, 3), (2014, 1, 3), Granularity::Day);
        assert_eq!(run("killed 100 on 3 January", "3 January", jan3), None);
        // "sincerely" is no "since"; "year" joins only a bare year.
        assert_eq!(run("sincere 2010", "2010", year(2010)), None);
        assert_eq!(run("the year 3 January", "3 January", jan3), None);
    }
}
