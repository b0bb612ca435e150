//! The words the date grammar knows by name: months, weekdays, spelled
//! numbers and units of time, and the word lists the keyword tables and
//! the dispatch are built from.

use super::*;
use jiff::civil::Weekday;

/// A month name or abbreviation (`jan`, `sept`), 1-based; and whether it was written in full.
pub(crate) fn month(w: &str) -> Option<(i8, bool)> {
    let mut buf = [0u8; 9];
    let l = lower(w, &mut buf)?;
    Some(match l {
        "january" => (1, true),
        "jan" => (1, false),
        "february" => (2, true),
        "feb" => (2, false),
        "march" => (3, true),
        "mar" => (3, false),
        "april" => (4, true),
        "apr" => (4, false),
        "may" => (5, true),
        "june" => (6, true),
        "jun" => (6, false),
        "july" => (7, true),
        "jul" => (7, false),
        "august" => (8, true),
        "aug" => (8, false),
        "september" => (9, true),
        "sep" | "sept" => (9, false),
        "october" => (10, true),
        "oct" => (10, false),
        "november" => (11, true),
        "nov" => (11, false),
        "december" => (12, true),
        "dec" => (12, false),
        _ => return None,
    })
}

/// A weekday name, in full.
pub(crate) fn weekday(w: &str) -> Option<Weekday> {
    let mut buf = [0u8; 9];
    Some(match lower(w, &mut buf)? {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// A number word: `one`..`nineteen`, the tens `twenty`..`ninety`.
pub(crate) fn number_word(w: &str) -> Option<u32> {
    let mut buf = [0u8; 9];
    Some(match lower(w, &mut buf)? {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Reads a spelled-out number at the cursor: `three`, `twenty-five`, `twenty five`.
pub(crate) fn spelled_number(c: &mut Cur) -> Option<u32> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let v = number_word(c.text(t))?;
    c.pos = t.end;
    if v >= 20 && v % 10 == 0 {
        let mut k = *c;
        let tight_dash = k.eat_punct_tight(b'-');
        if let Some(u) = k.peek() {
            let attached = !tight_dash || u.start == k.pos;
            if attached && u.kind == TokKind::Word {
                if let Some(d) = number_word(k.text(u)).filter(|d| *d < 10) {
                    k.pos = u.end;
                    *c = k;
                    return Some(v + d);
                }
            }
        }
    }
    Some(v)
}

/// A unit of time: `day(s)`, `week(s)`, `month(s)`, `year(s)`, `decade(s)`; returns the canonical name.
pub(crate) fn unit(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 9];
    Some(match lower(w, &mut buf)? {
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" => "year",
        "decade" | "decades" => "decade",
        _ => return None,
    })
}

/// The month words of [`CALENDAR_WORDS`] (its first 24).
pub(crate) const MONTH_WORDS: &[&str] = CALENDAR_WORDS.split_at(24).0;

/// The weekday names of [`CALENDAR_WORDS`] (after the months).
pub(crate) const WEEKDAY_WORDS: &[&str] = CALENDAR_WORDS.split_at(24).1;

/// Every word `month`, `weekday` and `number_word` accept.
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Every word `number_word` accepts.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];
