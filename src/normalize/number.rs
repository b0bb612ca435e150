//! Numbers in prose → intervals, keeping the figure as written (the anchor).
//!
//! The scan is anchored on cheap cues — ASCII digits, and number words or
//! vague amounts found by one Aho-Corasick pass — and only then looks a
//! few bytes back for a qualifier ("more than", "nearly") and forward for a
//! scale ("1.2 million") or a range ("5-10", "between 5 and 10"). Phrases
//! such as "more than 100,000" become `(100000, ∞)` with anchor 100000; the
//! widths of "about" and "nearly" and the vague amounts ("dozens") come from
//! [`Settings`], not from the code.
//!
//! This file holds the scan; what surrounds a figure (the qualifier before,
//! a range or second bound after) is in `number/bounds.rs`, ordinals and
//! ranges of ranks in `number/ordinals.rs`, digit runs in `number/digits.rs`,
//! spelled numbers in `number/spoken.rs`, the qualifier tables in
//! `number/qualifiers.rs`.

use super::words::{next_word, ordinal, read_cardinal, CARDINALS, ORDINALS};
use crate::model::{Interval, Qualifier, Quantity};
use crate::settings::Settings;
use crate::text::word_bytes::WordBytes;
use crate::text::word_search::WordSearch;
use bounds::*;
use digits::*;
pub use ordinals::ordinal_word;
use qualifiers::*;

/// What sort of number a match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// A cardinal, possibly qualified: "more than 100,000", "Forty".
    Number,
    /// An explicit range: "between 5 and 10", "5-10".
    Range,
    /// An ordinal: "third", "22nd".
    Ordinal,
}

/// One number found in text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberMatch {
    /// First byte of the phrase, qualifier included.
    pub start: usize,
    /// Just past the phrase.
    pub end: usize,
    /// The figure itself (`100,000` in "more than 100,000").
    pub figure: (usize, usize),
    /// Number, range or ordinal.
    pub kind: NumberKind,
    /// The value.
    pub quantity: Quantity,
    /// Joined by a hyphen to the noun it counts: "11-nation", "three-year-old".
    pub adjectival: bool,
}

/// Reads numbers with the settings' qualifier widths and vague amounts.
///
/// Build one per run (it compiles an automaton) and share it across threads.
#[derive(Clone, Debug)]
pub struct NumberReader {
    /// Number words, vague amounts and fraction characters, found as whole
    /// words of letters and digits ("_one" holds the word "one" here,
    /// unlike in the phrase lexicon).
    words: WordSearch,
    /// Pattern index → what it is.
    entries: Vec<Entry>,
    about: f64,
    nearly: f64,
    /// Last byte of a phrase → the indices in [`QUALIFIERS`] of the phrases
    /// ending in it, in order.
    qualifiers_by_last: Vec<Vec<usize>>,
}

#[derive(Clone, Copy, Debug)]
enum Entry {
    /// A number word, or a cue that may start one ("a hundred", "half", "minus").
    Cardinal,
    Ordinal(f64),
    Vague(f64, f64),
    /// A fraction character: "½".
    Value(f64),
}

/// Words that start a spoken number without being one: "a hundred", "half
/// a million", "minus five". Read by [`spoken::read`].
const CUES: &[&str] = &["half", "quarter", "minus", "negative"];

/// Words read after "a"/"an": "a hundred", "a third of", "an eighth".
const AFTER_ARTICLE: &[&str] = &[
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "half",
    "quarter",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
];

/// Fraction characters.
const FRACTION_CHARS: &[(&str, f64)] = &[
    ("½", 0.5),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅕", 0.2),
    ("⅖", 0.4),
    ("⅗", 0.6),
    ("⅘", 0.8),
    ("⅙", 1.0 / 6.0),
    ("⅚", 5.0 / 6.0),
    ("⅛", 0.125),
    ("⅜", 0.375),
    ("⅝", 0.625),
    ("⅞", 0.875),
];

impl NumberReader {
    /// Builds a reader from the settings.
    pub fn new(settings: &Settings) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries = Vec::new();
        for (phrase, [lo, hi]) in &settings.vague {
            patterns.push(phrase.to_ascii_lowercase());
            entries.push(Entry::Vague(*lo, *hi));
        }
        for (w, _) in CARDINALS {
            patterns.push((*w).to_string());
            entries.push(Entry::Cardinal);
        }
        for (w, v) in ORDINALS {
            patterns.push((*w).to_string());
            entries.push(Entry::Ordinal(*v));
        }
        for w in CUES {
            patterns.push((*w).to_string());
            entries.push(Entry::Cardinal);
        }
        for w in AFTER_ARTICLE {
            let article = if w.starts_with('e') { "an" } else { "a" };
            patterns.push(format!("{article} {w}"));
            entries.push(Entry::Cardinal);
        }
        for (c, v) in FRACTION_CHARS {
            patterns.push((*c).to_string());
            entries.push(Entry::Value(*v));
        }
        let words = WordSearch::new(&patterns, WordBytes::Alphanumeric).expect("number word patterns are valid");
        NumberReader {
            words,
            entries,
            about: settings.qualifiers.about,
            nearly: settings.qualifiers.nearly,
            qualifiers_by_last: qualifiers_by_last(),
        }
    }

    /// Finds every number in `text`, in order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<NumberMatch> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut words = self.words.find_iter(text).peekable();
        let mut i = 0;
        // The next digit at or after `i`, kept between rounds: rescanning from
        // `i` after every number word would be quadratic in a long run of words.
        // `None` once no digit is left.
        let mut next_digit = first_digit(bytes);
        loop {
            if next_digit.is_some_and(|d| d < i) {
                next_digit = first_digit(&bytes[i.min(bytes.len())..]).map(|p| i + p);
            }
            let digit = next_digit;
            while words.peek().is_some_and(|m| m.start() < i) {
                words.next();
            }
            let word = words.peek().map(|m| (m.start(), m.end(), m.pattern().as_usize()));
            let digit_first = match (digit, word) {
                (Some(d), Some((ws, _, _))) => d < ws,
                (d, _) => d.is_some(),
            };
            let (found, resume) = match (digit, word) {
                (Some(d), _) if digit_first => {
                    // On failure skip the whole token ("G8", "2/10/2014", "12:37").
                    let token = bytes[d..].iter().take_while(|b| !b.is_ascii_whitespace()).count();
                    (self.at_digits(text, d), d + token.max(1))
                }
                (_, Some((ws, we, p))) => (self.at_word(text, ws, we, self.entries[p]), we),
                _ => break,
            };
            match found {
                Some(m) => {
                    i = m.end;
                    out.push(m);
                }
                None => i = resume,
            }
        }
        out
    }

    /// A number written in digits starting at `d`.
    fn at_digits(&self, text: &str, d: usize) -> Option<NumberMatch> {
        let b = text.as_bytes();
        // Part of a word or code ("G8", "H1N1", "x2"), or of a decimal we passed.
        if d > 0 && (b[d - 1].is_ascii_alphabetic() || b[d - 1] == b'_') {
            return None;
        }
        let (mut value, mut end) = read_digits(text, d)?;
        // A sign or a leading decimal point standing alone: "-1", ".08".
        let lone =
            |at: usize| at == 0 || b[at - 1].is_ascii_whitespace() || matches!(b[at - 1], b'(' | b'<' | b'>' | b'=');
        let mut start = d;
        if d > 0 && b[d - 1] == b'.' && lone(d - 1) && !text[d..end].contains([',', '.']) {
            value = format!("0.{}", &text[d..end]).parse().ok()?;
            start = d - 1;
        }
        if start > 0 && b[start - 1] == b'-' && lone(start - 1) {
            value = -value;
            start -= 1;
        }
        // Fractions: "3/4", "-4/5", "2 1/4" (small denominators only: "9/11" and "24/7" are not).
        if let Some((v, e)) = slash_fraction(text, d, end) {
            let (mut value, mut start) = (v, d);
            if let Some((whole, ws)) = whole_before(text, start) {
                value += whole;
                start = ws;
            }
            if start > 0 && b[start - 1] == b'-' && lone(start - 1) {
                value = -value;
                start -= 1;
            }
            return Some(self.finish(text, start, (start, e), value));
        }
        // Dates and times ("2/10/2014", "12:37", "10.02.2014") and ids are not counts.
        if matches!(b.get(end), Some(b'/' | b':')) || (d > 0 && matches!(b[d - 1], b'/' | b':')) {
            return None;
        }
        // Ordinals: "22nd", "1st".
        let (suffix, after) = next_word(text, end);
        if ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s)) {
            return Some(
                self.ordinal_range(text, d, after, value).unwrap_or_else(|| self.ordinal_match(d, after, value)),
            );
        }
        let sign = value.signum();
        // Powers and exponents: "1.1^23", "1.3x10^6", "1e10", "12.32e+14".
        if let Some((v, e)) = power_after(text, end, value.abs()) {
            return Some(self.finish(text, start, (start, e), sign * v));
        }
        if !suffix.is_empty() {
            // "10k", "1.2bn", "$10m"; otherwise "180ml", "29km": a measure, not a count.
            let money = start > 0 && matches!(b[start - 1], b'$') || text[..start].ends_with(['£', '€']);
            let scale = suffix_scale(suffix, money)?;
            return Some(self.finish(text, start, (start, after), tidy(value * scale)));
        }
        // "1.2 million", "3 hundred and 21", "13 lakh", "1 in 5", "3 million and a half".
        if let Some(sp) = spoken::read(text, d, Some((value.abs(), end))) {
            value = sign * sp.value;
            end = sp.end;
        } else if let Some((scale, e)) = wire_scale_after(text, end) {
            // Newswire abbreviations: "$10 bln", "5 mln".
            value = tidy(value * scale);
            end = e;
        }
        // "2 1/4": the whole part of a fraction read next.
        if slash_fraction(text, end + 1, end + 2).is_some() && b.get(end) == Some(&b' ') {
            return None;
        }
        Some(self.finish(text, start, (start, end), value))
    }

    /// A number word or vague amount at `ws..we`.
    fn at_word(&self, text: &str, ws: usize, we: usize, entry: Entry) -> Option<NumberMatch> {
        match entry {
            Entry::Ordinal(v) => {
                Some(self.ordinal_range(text, ws, we, v).unwrap_or_else(|| self.ordinal_match(ws, we, v)))
            }
            Entry::Vague(lo, hi) => {
                let (start, qualifier_end) = (ws, we);
                let q = Quantity {
                    anchor: tidy((lo + hi) / 2.0),
                    qualifier: Qualifier::Vague,
                    interval: Interval::closed(lo, hi),
                };
                let q = if lo == hi { Quantity { anchor: lo, qualifier: Qualifier::Eq, ..q } } else { q };
                Some(NumberMatch {
                    start,
                    end: qualifier_end,
                    figure: (ws, we),
                    kind: NumberKind::Number,
                    quantity: q,
                    adjectival: false,
                })
            }
            Entry::Value(v) => Some(self.finish(text, ws, (ws, we), v)),
            Entry::Cardinal => {
                let Some(sp) = spoken::read(text, ws, None) else {
                    // "a third attack": not a fraction, but still the ordinal after the article.
                    let (w, _) = next_word(text, ws);
                    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
                        let s = ws + w.len() + 1;
                        let (w2, e2) = next_word(text, s);
                        if let Some(v) = ordinal(w2) {
                            return Some(self.ordinal_match(s, e2, v));
                        }
                    }
                    return None;
                };
                if sp.ordinal {
                    return Some(self.ordinal_match(ws, sp.end, sp.value));
                }
                // A lone "one" is usually a pronoun ("one of the…"), not a count.
                if text[ws..sp.end].eq_ignore_ascii_case("one") && !followed_by_noun_count(text, sp.end) {
                    return None;
                }
                Some(self.finish(text, ws, (ws, sp.end), sp.value))
            }
        }
    }

    /// The interval a qualified figure allows.
    pub fn quantity(&self, anchor: f64, qualifier: Qualifier) -> Quantity {
        let a = anchor;
        let interval = match qualifier {
            // "nearly 0", "fewer than 0" would be empty intervals ([0, 0)): read as 0.
            Qualifier::Nearly if a <= 0.0 => Interval::exact(a),
            Qualifier::Lt if a == 0.0 => Interval::exact(a),
            Qualifier::Eq => Interval::exact(a),
            Qualifier::Gt => Interval::new(Some(a), true, None, false),
            Qualifier::Ge => Interval::new(Some(a), false, None, false),
            // A count is never negative; a negative figure has no floor.
            Qualifier::Lt => Interval::new((a > 0.0).then_some(0.0), false, Some(a), true),
            Qualifier::Le => Interval::new((a > 0.0).then_some(0.0), false, Some(a), false),
            Qualifier::Approx => Interval::closed(tidy(a * (1.0 - self.about)), tidy(a * (1.0 + self.about))),
            Qualifier::Nearly => Interval::new(Some(tidy(a * (1.0 - self.nearly))), false, Some(a), true),
            Qualifier::Range | Qualifier::Vague => Interval::exact(a),
        };
        Quantity { anchor: a, qualifier, interval }
    }
}

/// If `phrase` (case-insensitive) ends just before `at` — separated by one
/// space — and starts at a word boundary, where it starts.
fn ends_with_word(text: &str, at: usize, phrase: &str) -> Option<usize> {
    let b = text.as_bytes();
    if at == 0 || b[at - 1] != b' ' {
        return None;
    }
    let end = at - 1;
    let start = end.checked_sub(phrase.len())?;
    if !text.is_char_boundary(start) || !text[start..end].eq_ignore_ascii_case(phrase) {
        return None;
    }
    (start == 0 || !b[start - 1].is_ascii_alphanumeric()).then_some(start)
}

/// Whether `word` (case-insensitive) starts at `at` and ends at a word boundary.
fn starts_with_word(text: &str, at: usize, word: &str) -> bool {
    let rest = &text.as_bytes()[at.min(text.len())..];
    rest.len() >= word.len()
        && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        && !rest.get(word.len()).is_some_and(u8::is_ascii_alphanumeric)
}

/// After a lone "one": a noun that makes it a count ("one person", "one child").
fn followed_by_noun_count(text: &str, end: usize) -> bool {
    let (w, _) = next_word(text, end + 1);
    matches!(
        w.to_ascii_lowercase().as_str(),
        "person"
            | "child"
            | "man"
            | "woman"
            | "civilian"
            | "soldier"
            | "fighter"
            | "country"
            | "nation"
            | "day"
            | "week"
            | "month"
            | "year"
    )
}

/// Rounds away float noise (`330.00000000000006` → `330`).
fn tidy(x: f64) -> f64 {
    let r = (x * 1e6).round() / 1e6;
    if r.is_finite() {
        r
    } else {
        x
    }
}

/// Finds every number in `text` (builds a throwaway reader: prefer [`NumberReader`]).
pub fn find_numbers(text: &str, settings: &Settings) -> Vec<NumberMatch> {
    NumberReader::new(settings).find(text)
}

mod bounds;
mod digits;
mod ordinals;
mod qualifiers;
mod spoken;
#[cfg(test)]
mod tests;
