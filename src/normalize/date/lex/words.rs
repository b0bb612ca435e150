//! The words the date grammar knows by name: months, weekdays, spelled
//! numbers and units of time, and the word lists the keyword tables and
//! the dispatch are built from.

use super::*;
use jiff::civil::Weekday;
use std::sync::LazyLock;

/// A month name or abbreviation (`jan`, `sept`), 1-based; and whether it was written in full.
pub(crate) fn month(w: &str) -> Option<(i8, bool)> {
    match calendar_word(w)? {
        Word::Month(m, full) => Some((m, full)),
        _ => None,
    }
}

/// A weekday name, in full.
pub(crate) fn weekday(w: &str) -> Option<Weekday> {
    match calendar_word(w)? {
        Word::Weekday(d) => Some(d),
        _ => None,
    }
}

/// A number word: `one`..`nineteen`, the tens `twenty`..`ninety`.
pub(crate) fn number_word(w: &str) -> Option<u32> {
    match calendar_word(w)? {
        Word::Number(n) => Some(n),
        _ => None,
    }
}

/// What a word of [`WORDS`] means: each word has one meaning.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    Month(i8, bool),
    Weekday(Weekday),
    Number(u32),
    Unit(&'static str),
}

/// The words `month`, `weekday`, `number_word` and `unit` accept, with
/// their meaning (the months and weekdays in [`CALENDAR_WORDS`]' order, the
/// numbers in [`NUMBER_WORDS`]' order).
const WORDS: &[(&str, Word)] = &[
    ("january", Word::Month(1, true)),
    ("jan", Word::Month(1, false)),
    ("february", Word::Month(2, true)),
    ("feb", Word::Month(2, false)),
    ("march", Word::Month(3, true)),
    ("mar", Word::Month(3, false)),
    ("april", Word::Month(4, true)),
    ("apr", Word::Month(4, false)),
    ("may", Word::Month(5, true)),
    ("june", Word::Month(6, true)),
    ("jun", Word::Month(6, false)),
    ("july", Word::Month(7, true)),
    ("jul", Word::Month(7, false)),
    ("august", Word::Month(8, true)),
    ("aug", Word::Month(8, false)),
    ("september", Word::Month(9, true)),
    ("sep", Word::Month(9, false)),
    ("sept", Word::Month(9, false)),
    ("october", Word::Month(10, true)),
    ("oct", Word::Month(10, false)),
    ("november", Word::Month(11, true)),
    ("nov", Word::Month(11, false)),
    ("december", Word::Month(12, true)),
    ("dec", Word::Month(12, false)),
    ("monday", Word::Weekday(Weekday::Monday)),
    ("tuesday", Word::Weekday(Weekday::Tuesday)),
    ("wednesday", Word::Weekday(Weekday::Wednesday)),
    ("thursday", Word::Weekday(Weekday::Thursday)),
    ("friday", Word::Weekday(Weekday::Friday)),
    ("saturday", Word::Weekday(Weekday::Saturday)),
    ("sunday", Word::Weekday(Weekday::Sunday)),
    ("one", Word::Number(1)),
    ("two", Word::Number(2)),
    ("three", Word::Number(3)),
    ("four", Word::Number(4)),
    ("five", Word::Number(5)),
    ("six", Word::Number(6)),
    ("seven", Word::Number(7)),
    ("eight", Word::Number(8)),
    ("nine", Word::Number(9)),
    ("ten", Word::Number(10)),
    ("eleven", Word::Number(11)),
    ("twelve", Word::Number(12)),
    ("thirteen", Word::Number(13)),
    ("fourteen", Word::Number(14)),
    ("fifteen", Word::Number(15)),
    ("sixteen", Word::Number(16)),
    ("seventeen", Word::Number(17)),
    ("eighteen", Word::Number(18)),
    ("nineteen", Word::Number(19)),
    ("twenty", Word::Number(20)),
    ("thirty", Word::Number(30)),
    ("forty", Word::Number(40)),
    ("fifty", Word::Number(50)),
    ("sixty", Word::Number(60)),
    ("seventy", Word::Number(70)),
    ("eighty", Word::Number(80)),
    ("ninety", Word::Number(90)),
    ("day", Word::Unit("day")),
    ("days", Word::Unit("day")),
    ("week", Word::Unit("week")),
    ("weeks", Word::Unit("week")),
    ("month", Word::Unit("month")),
    ("months", Word::Unit("month")),
    ("year", Word::Unit("year")),
    ("years", Word::Unit("year")),
    ("decade", Word::Unit("decade")),
    ("decades", Word::Unit("decade")),
];

/// [`WORDS`] of up to eight letters, by packed key; the value keeps the
/// word's length, as a key does not tell `may` from `may` and a NUL byte.
static SHORT_WORDS: LazyLock<KeyTable<(usize, Word)>> =
    LazyLock::new(|| key_table(WORDS.iter().filter(|(w, _)| w.len() <= 8).map(|(w, m)| (*w, (w.len(), *m)))));

/// The meaning of `w` (any case) among [`WORDS`].
///
/// Fast path: the month, weekday, number and unit readers run at most cue
/// tokens, several times a phrase; a word of up to eight letters is one
/// packed-key probe instead of a lower-cased copy, a UTF-8 check and a
/// string comparison per candidate. The three nine-letter words are
/// compared in turn, and longer words (often asked: "officials") are none.
fn calendar_word(w: &str) -> Option<Word> {
    match w.len() {
        0..=8 => key_lookup(&SHORT_WORDS, w.as_bytes()).filter(|(n, _)| *n == w.len()).map(|(_, m)| m),
        9 => NINE_LETTER_WORDS.iter().find(|(l, _)| l.eq_ignore_ascii_case(w)).map(|(_, m)| *m),
        _ => None,
    }
}

/// The words of [`WORDS`] longer than eight letters.
const NINE_LETTER_WORDS: [(&str, Word); 3] = [
    ("september", Word::Month(9, true)),
    ("wednesday", Word::Weekday(Weekday::Wednesday)),
    ("seventeen", Word::Number(17)),
];

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
    match calendar_word(w)? {
        Word::Unit(u) => Some(u),
        _ => None,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_read_in_any_case_and_only_whole() {
        assert_eq!(month("January"), Some((1, true)));
        assert_eq!(month("SEPT"), Some((9, false)));
        assert_eq!(month("September"), Some((9, true)), "nine letters");
        assert_eq!(month("may"), Some((5, true)));
        assert_eq!(month("may\0"), None, "a NUL byte packs like nothing");
        assert_eq!(month("mayo"), None);
        assert_eq!(month("Monday"), None, "a weekday is no month");
        assert_eq!(month(""), None);
        assert_eq!(weekday("wEDNESDAY"), Some(Weekday::Wednesday));
        assert_eq!(weekday("Sun"), None, "abbreviations are `weekday_abbr`'s");
        assert_eq!(number_word("Seventeen"), Some(17));
        assert_eq!(number_word("ninety"), Some(90));
        assert_eq!(number_word("hundred"), None);
        assert_eq!(unit("Decades"), Some("decade"));
        assert_eq!(unit("days"), Some("day"));
        assert_eq!(unit("fortnight"), None);
        assert_eq!(unit("septembers"), None);
    }

    #[test]
    fn the_meanings_follow_the_word_lists() {
        let months = WORDS.iter().filter(|(_, m)| matches!(m, Word::Month(..))).map(|(w, _)| *w);
        let weekdays = WORDS.iter().filter(|(_, m)| matches!(m, Word::Weekday(_))).map(|(w, _)| *w);
        assert!(months.chain(weekdays).eq(CALENDAR_WORDS.iter().copied()));
        let numbers = WORDS.iter().filter(|(_, m)| matches!(m, Word::Number(_))).map(|(w, _)| *w);
        assert!(numbers.eq(NUMBER_WORDS.iter().copied()));
        let long: Vec<(&str, Word)> = WORDS.iter().copied().filter(|(w, _)| w.len() > 8).collect();
        assert_eq!(long, NINE_LETTER_WORDS);
        for (w, m) in WORDS {
            assert_eq!(calendar_word(w), Some(*m), "{w}");
            assert_eq!(calendar_word(&w.to_ascii_uppercase()), Some(*m), "{w}");
        }
    }
}
