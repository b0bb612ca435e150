//! Publication dates read from a document's header: the date line that
//! pages carry under the headline (`January 23, 2014 • 12:37PM`,
//! `7 May, 2013 19:58`, `Update 2/10/2014:`).
//!
//! Only the first six non-empty lines are looked at, and only lines that
//! are mostly a date (under 200 characters, at most [`MAX_OTHER_WORDS`]
//! words besides the date and time), so that a date in the first
//! paragraph's prose ("began in Montreux on Jan. 22, 2014, …") is not taken
//! for the publication date.

use crate::model::Date;
use regex::Regex;
use std::sync::LazyLock;

/// How many non-empty lines are searched.
pub const LINES: usize = 6;
/// Lines this long or longer are prose, not a date line.
pub const MAX_LINE_CHARS: usize = 200;
/// How many other words a date line may have (`x Abu Dhabi, UAESaturday`).
pub const MAX_OTHER_WORDS: usize = 6;

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

/// `January 23, 2014`, `Jan. 22, 2014`.
static MDY: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")).ok());
/// `22 July 2017`, `7 May, 2013`, `22 Jan 2014`.
static DMY: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH},?\s+(\d{{4}})\b")).ok());
/// `2014-01-22`.
static ISO: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b").ok());
/// `2/10/2014` (month first).
static NUMERIC: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b").ok());

/// The publication date in the header of `text`, if a date line is found.
pub fn header_date(text: &str) -> Option<Date> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LINES)
        .filter(|l| l.chars().count() < MAX_LINE_CHARS)
        .find_map(date_line)
}

/// The date of a line that is a date line.
fn date_line(line: &str) -> Option<Date> {
    let (date, start, end) = find_date(line)?;
    let rest = format!("{} {}", &line[..start], &line[end..]);
    let words = rest.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).count();
    (words <= MAX_OTHER_WORDS).then_some(date)
}

/// The first date in `line`: its value and byte span.
fn find_date(line: &str) -> Option<(Date, usize, usize)> {
    let mut best: Option<(Date, usize, usize)> = None;
    let mut consider = |found: Option<(Date, usize, usize)>| {
        if let Some(f) = found {
            if best.is_none_or(|b| f.1 < b.1) {
                best = Some(f);
            }
        }
    };
    consider(capture(&MDY, line, |c| Some((num(c, 3)?, month(c, 1)?, num(c, 2)?))));
    consider(capture(&DMY, line, |c| Some((num(c, 3)?, month(c, 2)?, num(c, 1)?))));
    consider(capture(&ISO, line, |c| Some((num(c, 1)?, num(c, 2)?, num(c, 3)?))));
    consider(capture(&NUMERIC, line, |c| Some((num(c, 3)?, num(c, 1)?, num(c, 2)?))));
    best
}

/// The first match of `re` in `line` that is a real calendar date.
fn capture(
    re: &LazyLock<Option<Regex>>,
    line: &str,
    ymd: impl Fn(&regex::Captures) -> Option<(i16, i8, i8)>,
) -> Option<(Date, usize, usize)> {
    let re = re.as_ref()?;
    re.captures_iter(line).find_map(|c| {
        let (y, m, d) = ymd(&c)?;
        let whole = c.get(0)?;
        Date::new(y, m, d).ok().map(|date| (date, whole.start(), whole.end()))
    })
}

/// Capture group `i` as a number.
fn num<T: std::str::FromStr>(c: &regex::Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

/// Capture group `i` (a month name) as 1–12.
fn month(c: &regex::Captures, i: usize) -> Option<i8> {
    month_number(c.get(i)?.as_str())
}

/// `jan`, `January`, `Sept` → 1, 1, 9.
pub fn month_number(name: &str) -> Option<i8> {
    let lower = name.to_ascii_lowercase();
    let prefix = lower.get(..3)?;
    let m = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|&p| p == prefix)?;
    i8::try_from(m + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn header_lines() {
        let cases = [
            ("Title\nJanuary 23, 2014 • 12:37PM\n\nBody", date(2014, 1, 23)),
            ("7 May, 2013 19:58\n", date(2013, 5, 7)),
            ("Photo\n\nHeadline\nUpdate 2/10/2014:\n", date(2014, 2, 10)),
            ("x Abu Dhabi, UAESaturday 22 July 2017\n\nKerry", date(2017, 7, 22)),
            ("Posted Jan. 22, 2014\n", date(2014, 1, 22)),
            ("2014-01-22\n", date(2014, 1, 22)),
            ("By AFP | 22 Jan 2014\n", date(2014, 1, 22)),
            ("Sept 3rd, 2013\n", date(2013, 9, 3)),
        ];
        for (text, want) in cases {
            assert_eq!(header_date(text), Some(want), "{text:?}");
        }
    }

    #[test]
    fn prose_and_late_lines_are_not_headers() {
        let prose = "Headline\nThe peace negotiations that began in Montreux, Switzerland on Jan. 22, 2014, was the first time.";
        assert_eq!(header_date(prose), None);
        assert_eq!(header_date("1\n2\n3\n4\n5\n6\nJanuary 23, 2014\n"), None);
        assert_eq!(header_date(&format!("{}\nJanuary 23, 2014", "x".repeat(300))), Some(date(2014, 1, 23)));
        assert_eq!(header_date(&format!("January 23, 2014 {}", "y".repeat(200))), None);
        assert_eq!(header_date("February 30, 2014\n13/45/2014\n"), None);
        assert_eq!(header_date(""), None);
    }

    #[test]
    fn seeds_headers() {
        let got: Vec<_> = crate::corpus::bundled::SEEDS.iter().map(|(_, t)| header_date(t)).collect();
        assert_eq!(
            got,
            vec![
                Some(date(2014, 1, 23)),
                Some(date(2017, 7, 22)),
                None,
                Some(date(2013, 5, 7)),
                Some(date(2014, 2, 10))
            ]
        );
    }
}
