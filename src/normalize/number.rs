//! Numbers in prose → intervals, keeping the figure as written (the anchor).
//!
//! The scan is anchored on cheap cues — ASCII digits, and number words or
//! vague amounts found by one Aho-Corasick pass — and only then looks a
//! few bytes back for a qualifier ("more than", "nearly") and forward for a
//! scale ("1.2 million") or a range ("5-10", "between 5 and 10"). Phrases
//! such as "more than 100,000" become `(100000, ∞)` with anchor 100000; the
//! widths of "about" and "nearly" and the vague amounts ("dozens") come from
//! [`Settings`], not from the code.

use super::words::{next_word, ordinal, read_cardinal, CARDINALS, ORDINALS};
use crate::model::{Interval, Qualifier, Quantity};
use crate::settings::Settings;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

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

/// Qualifiers looked for just before a figure, longest first where one
/// ends another ("no more than" before "more than" before "more").
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("no more than", Qualifier::Le),
    ("not more than", Qualifier::Le),
    ("no fewer than", Qualifier::Ge),
    ("no less than", Qualifier::Ge),
    ("not less than", Qualifier::Ge),
    ("more than", Qualifier::Gt),
    ("greater than", Qualifier::Gt),
    ("larger than", Qualifier::Gt),
    ("in excess of", Qualifier::Gt),
    ("upwards of", Qualifier::Gt),
    ("just over", Qualifier::Gt),
    ("over", Qualifier::Gt),
    ("at least", Qualifier::Ge),
    ("a minimum of", Qualifier::Ge),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("just under", Qualifier::Nearly),
    ("just shy of", Qualifier::Nearly),
    ("approximately", Qualifier::Approx),
    ("an estimated", Qualifier::Approx),
    ("estimated", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("about", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("up to", Qualifier::Le),
    ("as many as", Qualifier::Le),
    ("at most", Qualifier::Le),
    ("a maximum of", Qualifier::Le),
    ("fewer than", Qualifier::Lt),
    ("less than", Qualifier::Lt),
    ("under", Qualifier::Lt),
    ("below", Qualifier::Lt),
    // A common typo: "has left more 130,000 dead".
    ("more", Qualifier::Gt),
];

/// Reads numbers with the settings' qualifier widths and vague amounts.
///
/// Build one per run (it compiles an automaton) and share it across threads.
#[derive(Clone, Debug)]
pub struct NumberReader {
    words: AhoCorasick,
    /// Pattern index → what it is.
    entries: Vec<Entry>,
    about: f64,
    nearly: f64,
}

#[derive(Clone, Copy, Debug)]
enum Entry {
    Cardinal,
    Ordinal(f64),
    Vague(f64, f64),
}

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
        let words = AhoCorasickBuilder::new()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("number word patterns are valid");
        NumberReader { words, entries, about: settings.qualifiers.about, nearly: settings.qualifiers.nearly }
    }

    /// Finds every number in `text`, in order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<NumberMatch> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut words = self.words.find_iter(text).filter(|m| is_word(bytes, m.start(), m.end())).peekable();
        let mut i = 0;
        // The next digit at or after `i`, kept between rounds: rescanning from
        // `i` after every number word would be quadratic in a long run of words.
        // `None` once no digit is left.
        let mut next_digit: Option<usize> = Some(0);
        loop {
            if next_digit.is_some_and(|d| d < i) {
                next_digit = bytes[i.min(bytes.len())..].iter().position(u8::is_ascii_digit).map(|p| i + p);
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
        let lone = |at: usize| at == 0 || b[at - 1].is_ascii_whitespace() || b[at - 1] == b'(';
        let mut start = d;
        if d > 0 && b[d - 1] == b'.' && lone(d - 1) && !text[d..end].contains([',', '.']) {
            value = format!("0.{}", &text[d..end]).parse().ok()?;
            start = d - 1;
        }
        if start > 0 && b[start - 1] == b'-' && lone(start - 1) {
            value = -value;
            start -= 1;
        }
        // Dates and times ("2/10/2014", "12:37", "10.02.2014") and ids are not counts.
        if matches!(b.get(end), Some(b'/' | b':')) || (d > 0 && matches!(b[d - 1], b'/' | b':')) {
            return None;
        }
        // Ordinals: "22nd", "1st".
        let (suffix, after) = next_word(text, end);
        if ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s)) {
            return Some(self.ordinal_match(d, after, value));
        }
        if !suffix.is_empty() {
            // "180ml", "29km": a measure, not a count.
            return None;
        }
        // "1.2 million", "130 thousand".
        if let Some((scale, scale_end)) = scale_after(text, end) {
            value *= scale;
            end = scale_end;
        }
        Some(self.finish(text, start, (start, end), value))
    }

    /// A number word or vague amount at `ws..we`.
    fn at_word(&self, text: &str, ws: usize, we: usize, entry: Entry) -> Option<NumberMatch> {
        match entry {
            Entry::Ordinal(v) => Some(self.ordinal_match(ws, we, v)),
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
            Entry::Cardinal => {
                let (value, end) = read_cardinal(text, ws)?;
                // A lone "one" is usually a pronoun ("one of the…"), not a count.
                if text[ws..end].eq_ignore_ascii_case("one") && !followed_by_noun_count(text, end) {
                    return None;
                }
                let (value, end) = match scale_after(text, end) {
                    Some((s, e)) => (value * s, e),
                    None => (value, end),
                };
                Some(self.finish(text, ws, (ws, end), value))
            }
        }
    }

    fn ordinal_match(&self, start: usize, end: usize, v: f64) -> NumberMatch {
        NumberMatch {
            start,
            end,
            figure: (start, end),
            kind: NumberKind::Ordinal,
            quantity: Quantity { anchor: v, qualifier: Qualifier::Eq, interval: Interval::exact(v) },
            adjectival: false,
        }
    }

    /// Adds the qualifier before and a range or hyphenated noun after a figure.
    fn finish(&self, text: &str, start: usize, figure: (usize, usize), value: f64) -> NumberMatch {
        let b = text.as_bytes();
        let end = figure.1;
        // "between 5 and 10"
        if let Some(bstart) = ends_with_word(text, start, "between") {
            if let Some((hi, hi_end)) = self.number_after(text, end, &[" and ", " to ", "-", "–"]) {
                return range(bstart, hi_end, figure, value, hi);
            }
        }
        // "5-10", "5 to 10" (but not "from 5 to 10" after a verb of change: that is two figures).
        let from = ends_with_word(text, start, "from").is_some();
        let seps: &[&str] = if from { &["-", "–"] } else { &["-", "–", " to "] };
        if let Some((hi, hi_end)) = self.number_after(text, end, seps) {
            if hi > value {
                return range(start, hi_end, figure, value, hi);
            }
        }
        let adjectival = b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(|c| c.is_ascii_alphabetic());
        let (qstart, qualifier) = self.qualifier_before(text, start);
        let quantity = self.quantity(value, qualifier);
        NumberMatch { start: qstart, end, figure, kind: NumberKind::Number, quantity, adjectival }
    }

    /// The number right after `end` past one of `seps`, if any.
    fn number_after(&self, text: &str, end: usize, seps: &[&str]) -> Option<(f64, usize)> {
        let rest = &text[end..];
        let sep = seps
            .iter()
            .find(|s| rest.len() >= s.len() && rest.as_bytes()[..s.len()].eq_ignore_ascii_case(s.as_bytes()))?;
        let at = end + sep.len();
        if text.as_bytes().get(at).is_some_and(u8::is_ascii_digit) {
            let (v, e) = read_digits(text, at)?;
            if text.as_bytes().get(e).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b':')) {
                return None;
            }
            return Some(match scale_after(text, e) {
                Some((s, se)) => (v * s, se),
                None => (v, e),
            });
        }
        read_cardinal(text, at)
    }

    /// The qualifier ending just before `start`, and where it begins.
    fn qualifier_before(&self, text: &str, start: usize) -> (usize, Qualifier) {
        for (phrase, q) in QUALIFIERS {
            if let Some(s) = ends_with_word(text, start, phrase) {
                return (s, *q);
            }
        }
        (start, Qualifier::Eq)
    }

    /// The interval a qualified figure allows.
    pub fn quantity(&self, anchor: f64, qualifier: Qualifier) -> Quantity {
        let a = anchor;
        let interval = match qualifier {
            // "nearly 0", "fewer than 0" would be empty intervals ([0, 0)): read as 0.
            Qualifier::Lt | Qualifier::Nearly if a <= 0.0 => Interval::exact(a),
            Qualifier::Eq => Interval::exact(a),
            Qualifier::Gt => Interval::new(Some(a), true, None, false),
            Qualifier::Ge => Interval::new(Some(a), false, None, false),
            Qualifier::Lt => Interval::new(Some(0.0), false, Some(a), true),
            Qualifier::Le => Interval::new(Some(0.0), false, Some(a), false),
            Qualifier::Approx => Interval::closed(tidy(a * (1.0 - self.about)), tidy(a * (1.0 + self.about))),
            Qualifier::Nearly => Interval::new(Some(tidy(a * (1.0 - self.nearly))), false, Some(a), true),
            Qualifier::Range | Qualifier::Vague => Interval::exact(a),
        };
        Quantity { anchor: a, qualifier, interval }
    }
}

fn range(start: usize, end: usize, figure: (usize, usize), lo: f64, hi: f64) -> NumberMatch {
    NumberMatch {
        start,
        end,
        figure: (figure.0, end),
        kind: NumberKind::Range,
        quantity: Quantity { anchor: lo, qualifier: Qualifier::Range, interval: Interval::closed(lo, hi) },
        adjectival: false,
    }
}

/// Reads `130,000`, `1.2`, `2014`, `100 000` is two numbers. Returns the value and end.
fn read_digits(text: &str, d: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let mut end = d;
    while end < b.len() && b[end].is_ascii_digit() {
        end += 1;
    }
    // Thousands groups: ",000" repeated, only after 1-3 leading digits.
    if end - d <= 3 {
        while b.get(end) == Some(&b',')
            && b.len() >= end + 4
            && b[end + 1..end + 4].iter().all(u8::is_ascii_digit)
            && !b.get(end + 4).is_some_and(u8::is_ascii_digit)
        {
            end += 4;
        }
    }
    // A decimal part.
    if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
    }
    let digits: String = text[d..end].chars().filter(|c| *c != ',').collect();
    let v: f64 = digits.parse().ok()?;
    v.is_finite().then_some((v, end))
}

/// " million" / " thousand" / " billion" (also "1.2m"? no: too ambiguous) right after a figure.
fn scale_after(text: &str, end: usize) -> Option<(f64, usize)> {
    let rest = &text[end..];
    if !rest.starts_with(' ') && !rest.starts_with('-') {
        return None;
    }
    let (word, after) = next_word(text, end + 1);
    let scale = match word.to_ascii_lowercase().as_str() {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    };
    Some((scale, after))
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

/// Whether `s..e` is a whole word.
fn is_word(b: &[u8], s: usize, e: usize) -> bool {
    (s == 0 || !b[s - 1].is_ascii_alphanumeric()) && (e >= b.len() || !b[e].is_ascii_alphanumeric())
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

/// Reads one word as an ordinal, for callers that already hold a word.
pub fn ordinal_word(word: &str) -> Option<f64> {
    ordinal(word)
}

#[cfg(test)]
mod tests;
