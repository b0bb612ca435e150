//! English number words: "forty-two", "one hundred thirty thousand", "a dozen".

/// The value of one number word, and how it combines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Word {
    /// zero … nineteen, twenty … ninety: added.
    Unit(f64),
    /// hundred, dozen: multiply the running group.
    Multiplier(f64),
    /// thousand, million, billion: close the group.
    Scale(f64),
}

/// Every cardinal number word, with its value.
pub const CARDINALS: &[(&str, Word)] = &[
    ("zero", Word::Unit(0.0)),
    ("nought", Word::Unit(0.0)),
    ("naught", Word::Unit(0.0)),
    ("one", Word::Unit(1.0)),
    ("two", Word::Unit(2.0)),
    ("three", Word::Unit(3.0)),
    ("four", Word::Unit(4.0)),
    ("five", Word::Unit(5.0)),
    ("six", Word::Unit(6.0)),
    ("seven", Word::Unit(7.0)),
    ("eight", Word::Unit(8.0)),
    ("nine", Word::Unit(9.0)),
    ("ten", Word::Unit(10.0)),
    ("eleven", Word::Unit(11.0)),
    ("twelve", Word::Unit(12.0)),
    ("thirteen", Word::Unit(13.0)),
    ("fourteen", Word::Unit(14.0)),
    ("fifteen", Word::Unit(15.0)),
    ("sixteen", Word::Unit(16.0)),
    ("seventeen", Word::Unit(17.0)),
    ("eighteen", Word::Unit(18.0)),
    ("nineteen", Word::Unit(19.0)),
    ("twenty", Word::Unit(20.0)),
    ("thirty", Word::Unit(30.0)),
    ("forty", Word::Unit(40.0)),
    ("fourty", Word::Unit(40.0)),
    ("fifty", Word::Unit(50.0)),
    ("sixty", Word::Unit(60.0)),
    ("seventy", Word::Unit(70.0)),
    ("eighty", Word::Unit(80.0)),
    ("ninety", Word::Unit(90.0)),
    ("hundred", Word::Multiplier(100.0)),
    ("dozen", Word::Multiplier(12.0)),
    // "three dozens": a count of dozens (a bare "dozens" is a vague amount, read before this).
    ("dozens", Word::Multiplier(12.0)),
    ("thousand", Word::Scale(1e3)),
    ("million", Word::Scale(1e6)),
    ("billion", Word::Scale(1e9)),
    ("trillion", Word::Scale(1e12)),
    // Indian English, common in South Asian news: "13 lakh", "6 crore".
    ("lakh", Word::Scale(1e5)),
    ("crore", Word::Scale(1e7)),
];

/// Ordinal words and their values.
pub const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
    // A frequent misspelling.
    ("nineth", 9.0),
];

/// Looks up one cardinal word (ASCII case-insensitive).
pub fn cardinal(word: &str) -> Option<Word> {
    CARDINALS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

/// Looks up one ordinal word (ASCII case-insensitive).
pub fn ordinal(word: &str) -> Option<f64> {
    ORDINALS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

/// Reads a run of number words starting at `at`: "Forty", "forty-two",
/// "one hundred and thirty thousand", "two dozen". Returns the value and
/// the end of the run, or `None` when `at` does not start a number word.
pub fn read_cardinal(text: &str, at: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut seen = false;
    let mut end = at;
    let mut i = at;
    loop {
        let (word, after) = next_word(text, i);
        let Some(w) = cardinal(word) else { break };
        // "and" joins only after hundred/thousand…: "one hundred and five", not "ten and fifteen".
        let and_may_follow = matches!(w, Word::Multiplier(_) | Word::Scale(_));
        // The word was a tens word ("twenty"), or a unit below twenty: a
        // unit follows only a tens word, and only a unit 1–9 ("twenty-one";
        // "one twenty" and "nought-four" are two numbers).
        let (after_tens, after_unit) =
            (matches!(w, Word::Unit(v) if v >= 20.0), matches!(w, Word::Unit(v) if v < 20.0));
        match w {
            Word::Unit(v) => group += v,
            Word::Multiplier(m) => group = if group == 0.0 { m } else { group * m },
            Word::Scale(s) => {
                total += if group == 0.0 { 1.0 } else { group } * s;
                group = 0.0;
            }
        }
        seen = true;
        end = after;
        // Continue over "-", " ", " and " when another number word follows.
        let rest = &text[after..];
        // Runs of spaces count as one ("fifty   two", "hundred  and  thirty").
        let spaces = |s: &str| s.bytes().take_while(|b| *b == b' ').count();
        let gap = spaces(rest);
        let skip = if rest.starts_with('-') {
            1
        } else if gap > 0 && rest[gap..].len() > 4 && rest[gap..gap + 4].eq_ignore_ascii_case("and ") {
            if !and_may_follow {
                break;
            }
            gap + 4 + spaces(&rest[gap + 4..])
        } else {
            gap
        };
        if skip == 0 {
            break;
        }
        let (peek, _) = next_word(text, after + skip);
        match cardinal(peek) {
            Some(Word::Unit(v)) if after_unit || (after_tens && !(1.0..10.0).contains(&v)) => break,
            // "and" only continues into a smaller part ("hundred and five").
            Some(Word::Unit(_)) | Some(Word::Scale(_)) | Some(Word::Multiplier(_)) => i = after + skip,
            None => break,
        }
    }
    seen.then_some((total + group, end))
}

/// The ASCII word starting at `at` and the offset just past it.
pub fn next_word(text: &str, at: usize) -> (&str, usize) {
    let rest = text.get(at..).unwrap_or("");
    let len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    (&rest[..len], at + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_number_words() {
        assert_eq!(read_cardinal("Forty countries", 0), Some((40.0, 5)));
        assert_eq!(read_cardinal("forty-two", 0), Some((42.0, 9)));
        assert_eq!(read_cardinal("one hundred thirty thousand dead", 0), Some((130_000.0, 27)));
        assert_eq!(read_cardinal("one hundred and five", 0), Some((105.0, 20)));
        // A unit follows only a tens word: these are two numbers each.
        assert_eq!(read_cardinal("one twenty", 0), Some((1.0, 3)));
        assert_eq!(read_cardinal("nought-four", 0), Some((0.0, 6)));
        assert_eq!(read_cardinal("twenty thirty", 0), Some((20.0, 6)));
        assert_eq!(read_cardinal("twenty-one hundred", 0), Some((2100.0, 18)));
        assert_eq!(read_cardinal("two dozen", 0), Some((24.0, 9)));
        assert_eq!(read_cardinal("a million", 0), None);
        assert_eq!(read_cardinal("one and all", 0), Some((1.0, 3)));
        assert_eq!(read_cardinal("three-year-old", 0), Some((3.0, 5)));
        assert_eq!(read_cardinal("fifty   two", 0), Some((52.0, 11)));
        assert_eq!(read_cardinal("ten and fifteen", 0), Some((10.0, 3)));
        assert_eq!(read_cardinal("Three hundred  and  thirty one", 0), Some((331.0, 30)));
    }
}
