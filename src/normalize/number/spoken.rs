//! Numbers said in words, beyond plain cardinals: fractions ("two thirds",
//! "one and a half", "five and a half million", "a quarter of"), spoken
//! decimals ("two hundred point zero three"), compound ordinals
//! ("twenty-first", "two hundredth"), signs ("minus five"), ratios ("one in
//! three", "two out of five") and digits mixed with scale words ("3 hundred
//! and 21", "13 lakh").
//!
//! Everything here runs only at a cue the scanner already found (a digit or
//! a number word), reading forward word by word: no allocation, no regex.
//! The grammar is a small state machine over word values ([`Run`]); the
//! tails (fraction, decimal, ratio) are tried once the run ends.

use super::read_digits;
use crate::normalize::words::{cardinal, next_word, ordinal, Word};

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spoken {
    /// The value.
    pub value: f64,
    /// Just past the phrase.
    pub end: usize,
    /// Whether it is an ordinal ("twenty-first").
    pub ordinal: bool,
}

/// What the last word of a run was: it decides what may follow.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    None,
    /// one … nineteen (or digits).
    Unit,
    /// twenty … ninety.
    Tens,
    /// hundred, dozen.
    Multiplier,
    /// thousand, million, lakh….
    Scale,
}

/// A run of cardinal words being read.
#[derive(Clone, Copy, Debug)]
struct Run {
    /// Closed by scales.
    total: f64,
    /// Hundreds of the open group.
    hundreds: f64,
    /// Units and tens of the open group.
    part: f64,
    end: usize,
    last: Last,
    /// The last scale closed into `total` (1 when none).
    scale: f64,
    /// Whether the run has a multiplier in its open group.
    has_hundred: bool,
}

impl Run {
    fn value(&self) -> f64 {
        self.total + self.hundreds + self.part
    }

    /// Adds one word; false when it cannot follow.
    fn push(&mut self, w: Word) -> bool {
        match w {
            Word::Unit(v) if v >= 20.0 => {
                if !matches!(self.last, Last::None | Last::Multiplier | Last::Scale) {
                    return false;
                }
                self.part += v;
                self.last = Last::Tens;
            }
            Word::Unit(v) => {
                let ok = match self.last {
                    Last::None | Last::Multiplier | Last::Scale => true,
                    Last::Tens => v < 10.0,
                    Last::Unit => false,
                };
                if !ok {
                    return false;
                }
                self.part += v;
                self.last = Last::Unit;
            }
            Word::Multiplier(m) => {
                if m >= 100.0 {
                    if self.has_hundred || self.last == Last::Multiplier {
                        return false;
                    }
                    self.hundreds = if self.part == 0.0 { m } else { self.part * m };
                    self.part = 0.0;
                    self.has_hundred = true;
                } else {
                    // dozen: multiplies the units just read ("three hundred and two dozens").
                    self.part = if self.part == 0.0 { m } else { self.part * m };
                }
                self.last = Last::Multiplier;
            }
            Word::Scale(s) => {
                let group = self.hundreds + self.part;
                if s >= self.scale && self.total > 0.0 {
                    // "three lakh crore", "one hundred thousand million".
                    self.total = (self.total + group) * s;
                } else {
                    self.total += if group == 0.0 { 1.0 } else { group } * s;
                }
                self.scale = s;
                self.hundreds = 0.0;
                self.part = 0.0;
                self.has_hundred = false;
                self.last = Last::Scale;
            }
        }
        true
    }
}

/// Spaces, a hyphen (spaced or not) or nothing between two words; returns
/// where the next word starts and whether a hyphen joined them.
fn gap(text: &str, at: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let mut i = at;
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    if b.get(i) == Some(&b'-') {
        i += 1;
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        return (i, true);
    }
    (i, false)
}

/// The word at `at` if it is `w` (case-insensitive), and its end.
fn word_is(text: &str, at: usize, w: &str) -> Option<usize> {
    let (word, end) = next_word(text, at);
    word.eq_ignore_ascii_case(w).then_some(end)
}

/// Past `at`'s spaces and the words of `phrase` (single-spaced in `phrase`).
fn words_are(text: &str, at: usize, phrase: &str) -> Option<usize> {
    // Fast path: most calls look past a figure at a word that is no link
    // ("and", "in", "point"); its first letter already says so.
    if let Some(&c) = phrase.as_bytes().first().filter(|c| c.is_ascii_alphabetic()) {
        let s = gap(text, at).0;
        if !text.as_bytes().get(s).is_some_and(|t| t.eq_ignore_ascii_case(&c)) {
            return None;
        }
    }
    let mut i = at;
    for w in phrase.split(' ') {
        let (s, _) = gap(text, i);
        if s == i && i != at {
            return None;
        }
        i = word_is(text, s, w)?;
    }
    Some(i)
}

/// Continues a run of number words from `run`, reading words (and, after a
/// scale word, digits: "4 thousand 3 hundred and 21") while they combine.
fn extend(text: &str, run: Run) -> Run {
    extend_and(text, run).0
}

/// [`extend`], also giving the run as it stood before the last "and" it
/// crossed ("five billion" in "five billion and three"), so that a fraction
/// after the "and" can be read against it.
fn extend_and(text: &str, mut run: Run) -> (Run, Option<Run>) {
    let mut before_and = None;
    let mut after_and = false;
    loop {
        let (s, hyphen) = gap(text, run.end);
        if s == run.end && !hyphen {
            return (run, before_and);
        }
        let mut at = s;
        let mut saved = None;
        if !hyphen {
            if let Some(e) = word_is(text, s, "and") {
                // "and" joins only after hundred/thousand: "one hundred and five", not "ten and fifteen".
                if !matches!(run.last, Last::Multiplier | Last::Scale) {
                    return (run, before_and);
                }
                saved = Some(run);
                at = gap(text, e).0;
                if at == e {
                    return (run, before_and);
                }
            }
        }
        let (word, after) = next_word(text, at);
        let mut next = run;
        if let Some(w) = cardinal(word) {
            if !next.push(w) {
                // "3 hundred and 2 hundred": two numbers, split before the "and".
                if matches!(w, Word::Multiplier(_)) && after_and {
                    return (before_and.unwrap_or(run), None);
                }
                return (saved.unwrap_or(run), before_and);
            }
            next.end = after;
        } else if !hyphen
            && matches!(run.last, Last::Multiplier | Last::Scale)
            && text.as_bytes().get(at).is_some_and(u8::is_ascii_digit)
        {
            let Some((v, e)) = read_digits(text, at) else {
                return (saved.unwrap_or(run), before_and);
            };
            if text.as_bytes().get(e).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b':' | b'.')) {
                return (saved.unwrap_or(run), before_and);
            }
            let limit = if run.last == Last::Multiplier && run.part == 0.0 { 100.0 } else { run.scale.min(1000.0) };
            // "4 thousand 3 hundred and 0": a zero adds nothing, it is a number of its own.
            if v >= limit || v.fract() != 0.0 || v == 0.0 {
                return (saved.unwrap_or(run), before_and);
            }
            next.part += v;
            next.last = Last::Unit;
            next.end = e;
        } else {
            return (saved.unwrap_or(run), before_and);
        }
        // A multiplier after "and": "3 hundred and 2 hundred" are two numbers.
        if saved.is_some() && next.last == Last::Multiplier && next.has_hundred && run.has_hundred {
            return (saved.unwrap_or(run), before_and);
        }
        after_and = saved.is_some();
        if saved.is_some() {
            before_and = saved;
        }
        run = next;
    }
}

/// A fraction's denominator word: ("thirds", plural) → 3. "second" and
/// "first" are never denominators ("a second time").
fn denominator(word: &str) -> Option<(f64, bool)> {
    // Compared in place (no lower-cased copy): most words asked about are
    // the noun after a figure ("people"), and `ordinal` ignores case.
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    for (w, d, plural) in
        [("half", 2.0, false), ("halves", 2.0, true), ("quarter", 4.0, false), ("quarters", 4.0, true)]
    {
        if is(w) {
            return Some((d, plural));
        }
    }
    if ["first", "second", "firsts", "seconds"].into_iter().any(is) {
        return None;
    }
    if let Some(v) = ordinal(word) {
        return Some((v, false));
    }
    let stem = word.strip_suffix(['s', 'S'])?;
    ordinal(stem).map(|v| (v, true))
}

/// Whether the word at `at` lets a singular fraction stand ("a third of",
/// "a fifth.", "one fifth million") rather than be an ordinal before a noun
/// ("a third attack").
fn fraction_may_end(text: &str, at: usize) -> bool {
    let (s, _) = gap(text, at);
    let (w, _) = next_word(text, s);
    w.is_empty() || w.eq_ignore_ascii_case("of") || matches!(cardinal(w), Some(Word::Scale(_)))
}

/// Reads a number in words (or digits followed by words) at `at`. `digits`
/// is the value and end of a figure already read at `at`, if any.
pub fn read(text: &str, at: usize, digits: Option<(f64, usize)>) -> Option<Spoken> {
    let b = text.as_bytes();
    // Signs: "minus five", "negative one over 20".
    for sign in ["minus", "negative"] {
        if let Some(e) = word_is(text, at, sign) {
            let s = gap(text, e).0;
            if s == e {
                return None;
            }
            let inner = if b.get(s).is_some_and(u8::is_ascii_digit) {
                let (v, de) = read_digits(text, s)?;
                if b.get(de).is_some_and(|c| c.is_ascii_alphanumeric()) {
                    return None;
                }
                read(text, s, Some((v, de))).unwrap_or(Spoken { value: v, end: de, ordinal: false })
            } else {
                read(text, s, None)?
            };
            return Some(Spoken { value: -inner.value, ..inner });
        }
    }
    // "half a dozen", "half a million", "half million"; "half" alone only after "than".
    if let Some(e) = word_is(text, at, "half").or_else(|| word_is(text, at, "quarter")) {
        let part = if text[at..].len() >= 4 && text[at..at + 4].eq_ignore_ascii_case("half") { 0.5 } else { 0.25 };
        let after_a = words_are(text, e, "a").unwrap_or(e);
        let (s, _) = gap(text, after_a);
        let (w, we) = next_word(text, s);
        if s > after_a || after_a > e {
            if let Some(Word::Scale(m) | Word::Multiplier(m)) = cardinal(w) {
                return Some(Spoken { value: part * m, end: we, ordinal: false });
            }
        }
        let than = at >= 5 && text.as_bytes()[at - 5..at].eq_ignore_ascii_case(b"than ");
        return (part == 0.5 && than).then_some(Spoken { value: 0.5, end: e, ordinal: false });
    }
    // "a hundred", "a third of", "an eighth".
    let (first, first_end) = next_word(text, at);
    let article = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
    let mut run =
        Run { total: 0.0, hundreds: 0.0, part: 0.0, end: at, last: Last::None, scale: 1.0, has_hundred: false };
    if let Some((v, e)) = digits {
        run.part = v;
        run.end = e;
        run.last = Last::Unit;
    } else if article {
        let s = gap(text, first_end).0;
        let (w, we) = next_word(text, s);
        if let Some((d, plural)) = denominator(w) {
            if plural || !fraction_may_end(text, we) {
                return None;
            }
            return Some(Spoken { value: 1.0 / d, end: we, ordinal: false });
        }
        let mut r = run;
        if !matches!(cardinal(w), Some(Word::Multiplier(_) | Word::Scale(_))) || !r.push(cardinal(w)?) {
            return None;
        }
        r.end = we;
        run = r;
    } else {
        let mut r = run;
        if !r.push(cardinal(first)?) {
            return None;
        }
        r.end = first_end;
        run = r;
    }
    let (ran, before_and) = extend_and(text, run);
    run = ran;
    // "five billion and three quarters", "two million and one half": the fraction after "and".
    if let Some(prior) = before_and {
        if let Some(e) = words_are(text, prior.end, "and") {
            if let Some(f) = fraction_phrase(text, e) {
                let v = if prior.last == Last::Scale {
                    prior.value() + f.value * prior.scale
                } else {
                    prior.value() + f.value
                };
                return Some(Spoken { value: v, end: f.end, ordinal: false });
            }
        }
    }
    let value = run.value();
    let (s, hyphen) = gap(text, run.end);
    let (w, we) = next_word(text, s);
    // Ordinal tails: "twenty-first", "one hundred twenty fifth", "two hundredth", "three trillionth".
    if s > run.end || hyphen {
        if let Some(o) = ordinal(w) {
            let lower = w.to_ascii_lowercase();
            let scale_ordinal =
                ["hundredth", "thousandth", "millionth", "billionth", "trillionth"].contains(&lower.as_str());
            if run.last == Last::Tens && o < 10.0 && digits.is_none() {
                return Some(Spoken { value: value + o, end: we, ordinal: true });
            }
            if scale_ordinal && digits.is_none() && value > 0.0 {
                return Some(Spoken { value: value * o, end: we, ordinal: true });
            }
        }
        // Fractions: "two thirds", "five eighths", "one fifth", "one-eighth".
        if let Some((d, plural)) = denominator(w) {
            let single_ok = value == 1.0 && fraction_may_end(text, we);
            if (plural && value >= 1.0 || single_ok) && digits.is_none() && run.last != Last::Scale {
                let mut v = value / d;
                let mut end = we;
                // "two thirds of a million".
                if let Some(e) = words_are(text, we, "of a") {
                    let (s2, _) = gap(text, e);
                    if let (Some(Word::Scale(m)), we2) = (cardinal(next_word(text, s2).0), next_word(text, s2).1) {
                        v *= m;
                        end = we2;
                    }
                }
                return Some(Spoken { value: v, end, ordinal: false });
            }
        }
    }
    // "and a half", "and three quarters", "and two thirds" (after a scale, a part of it:
    // "3 million and a half"; before one, a multiplier: "five and a half million").
    if let Some(e) = words_are(text, run.end, "and") {
        if let Some(f) = fraction_phrase(text, e) {
            let mut v = if run.last == Last::Scale { value + f.value * run.scale } else { value + f.value };
            let mut end = f.end;
            if run.last != Last::Scale {
                let (s2, _) = gap(text, end);
                if s2 > end {
                    if let (Some(Word::Scale(m)), e2) = (cardinal(next_word(text, s2).0), next_word(text, s2).1) {
                        v *= m;
                        end = e2;
                    }
                }
            }
            return Some(Spoken { value: v, end, ordinal: false });
        }
    }
    // "two hundred point zero three", "nine point nought four", "zero point eleven".
    if digits.is_none() {
        if let Some(e) = words_are(text, run.end, "point") {
            if let Some((frac, end)) = spoken_decimals(text, e) {
                return Some(Spoken { value: value + frac, end, ordinal: false });
            }
        }
    }
    // Ratios: "one out of three", "1 in twenty-one".
    for link in ["out of", "in"] {
        if let Some(e) = words_are(text, run.end, link) {
            let s2 = gap(text, e).0;
            let den = if b.get(s2).is_some_and(u8::is_ascii_digit) {
                read_digits(text, s2).filter(|&(_, de)| {
                    !b.get(de).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b':' | b'.' | b','))
                })
            } else {
                read(text, s2, None).filter(|sp| !sp.ordinal).map(|sp| (sp.value, sp.end))
            };
            if let Some((den, de)) = den {
                let (unit, _) = next_word(text, gap(text, de).0);
                let time = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"]
                    .iter()
                    .any(|u| u.eq_ignore_ascii_case(unit));
                let year_like = (1000.0..=2100.0).contains(&den);
                if den > 0.0 && value <= den && !time && !year_like && value.fract() == 0.0 && value > 0.0 {
                    return Some(Spoken { value: value / den, end: de, ordinal: false });
                }
            }
        }
    }
    if run.end == at || digits.is_some_and(|(_, e)| run.end == e) {
        return None;
    }
    Some(Spoken { value, end: run.end, ordinal: false })
}

/// A fraction after "and": "a half", "one half", "a quarter", "three quarters", "two thirds", "a third".
fn fraction_phrase(text: &str, at: usize) -> Option<Spoken> {
    let s = gap(text, at).0;
    if s == at {
        return None;
    }
    let (w, we) = next_word(text, s);
    let (num, we) = if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        (1.0, we)
    } else {
        // "three quarters", "fifty-four hundredths": units and tens only.
        let mut r =
            Run { total: 0.0, hundreds: 0.0, part: 0.0, end: s, last: Last::None, scale: 1.0, has_hundred: false };
        if !matches!(cardinal(w)?, Word::Unit(_)) || !r.push(cardinal(w)?) {
            return None;
        }
        r.end = we;
        let (ts, hy) = gap(text, we);
        if let Some(Word::Unit(u)) = cardinal(next_word(text, ts).0) {
            if (ts > we || hy) && r.last == Last::Tens && u < 10.0 {
                r.part += u;
                r.end = next_word(text, ts).1;
            }
        }
        (r.value(), r.end)
    };
    let s2 = gap(text, we).0;
    if s2 == we {
        return None;
    }
    let (d, de) = next_word(text, s2);
    let (den, plural) = denominator(d)?;
    if plural != (num > 1.0) {
        return None;
    }
    Some(Spoken { value: num / den, end: de, ordinal: false })
}

/// The digits after "point": single digit words ("zero three" → .03) or
/// one cardinal ("seventy-one" → .71, "eleven" → .11).
fn spoken_decimals(text: &str, at: usize) -> Option<(f64, usize)> {
    let mut digits = String::from("0.");
    let mut i = at;
    let mut end = at;
    loop {
        let (s, _) = gap(text, i);
        if s == i {
            break;
        }
        let (w, we) = next_word(text, s);
        match cardinal(w).or_else(|| {
            (w.eq_ignore_ascii_case("nought") || w.eq_ignore_ascii_case("naught")).then_some(Word::Unit(0.0))
        }) {
            Some(Word::Unit(v)) if v < 10.0 => {
                digits.push(char::from(b'0' + v as u8));
                i = we;
                end = we;
            }
            Some(Word::Unit(_)) if end == at => {
                let r = extend(
                    text,
                    Run {
                        total: 0.0,
                        hundreds: 0.0,
                        part: 0.0,
                        end: s,
                        last: Last::None,
                        scale: 1.0,
                        has_hundred: false,
                    },
                );
                let mut r2 = r;
                r2.push(cardinal(w)?);
                r2.end = we;
                let r2 = extend(text, r2);
                if r2.last == Last::Scale || r2.has_hundred {
                    return None;
                }
                digits.push_str(&format!("{}", r2.value() as u64));
                end = r2.end;
                break;
            }
            _ => break,
        }
    }
    if end == at {
        return None;
    }
    digits.parse().ok().map(|v| (v, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denominators_in_any_case() {
        assert_eq!(denominator("Thirds"), Some((3.0, true)));
        assert_eq!(denominator("QUARTERS"), Some((4.0, true)));
        assert_eq!(denominator("half"), Some((2.0, false)));
        assert_eq!(denominator("eighth"), Some((8.0, false)));
        assert_eq!(denominator("Seconds"), None);
        assert_eq!(denominator("people"), None);
        assert_eq!(denominator(""), None);
    }

    #[test]
    fn words_are_reads_a_phrase_after_spaces() {
        // "out of" after "one": spaces skipped, both words read; ends past "of" (4 + 6).
        assert_eq!(words_are("one  out of three", 3, "out of"), Some(11));
        assert_eq!(words_are("one OUT OF three", 3, "out of"), Some(10));
        // The first letter differs ("people"), or the words run together.
        assert_eq!(words_are("one people", 3, "out of"), None);
        assert_eq!(words_are("one outof", 3, "out of"), None);
        assert_eq!(words_are("5 and", 1, "and"), Some(5));
        assert_eq!(words_are("5", 1, "and"), None);
    }
}
