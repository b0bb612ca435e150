//! Ordinals: "third", "22nd", and ranges of ranks ("between the tenth and
//! the fifteenth", "higher than the tenth but lower than the fifteenth").

use super::*;

impl NumberReader {
    /// A range of ranks around the ordinal at `start..end`: "between the
    /// tenth and the fifteenth" (both included, as "between" is elsewhere),
    /// "higher than the tenth but lower than the fifteenth".
    pub(super) fn ordinal_range(&self, text: &str, start: usize, end: usize, v: f64) -> Option<NumberMatch> {
        let before = ends_with_word(text, start, "the").unwrap_or(start);
        let (qstart, lo_open, (hi, hi_open, hi_end)) = if let Some(s) = ends_with_word(text, before, "between") {
            let rest = &text.as_bytes()[end..];
            if rest.len() < 5 || !rest[..5].eq_ignore_ascii_case(b" and ") {
                return None;
            }
            let (hi, e) = ordinal_after(text, end + 5)?;
            (s, false, (hi, false, e))
        } else {
            let (qstart, q) = self.qualifier_before(text, before);
            if !matches!(q, Qualifier::Gt | Qualifier::Ge) {
                return None;
            }
            let rest = &text.as_bytes()[end..];
            let join = BOUND_JOINS
                .iter()
                .find(|j| rest.len() >= j.len() && rest[..j.len()].eq_ignore_ascii_case(j.as_bytes()))?;
            let at = end + join.len();
            let hi = QUALIFIERS.iter().find_map(|(phrase, q2)| {
                if !matches!(q2, Qualifier::Lt | Qualifier::Le) || !starts_with_word(text, at, phrase) {
                    return None;
                }
                let (hi, e) = ordinal_after(text, at + phrase.len() + 1)?;
                Some((hi, *q2 == Qualifier::Lt, e))
            })?;
            (qstart, q == Qualifier::Gt, hi)
        };
        (v < hi).then(|| NumberMatch {
            start: qstart,
            end: hi_end,
            figure: (start, hi_end),
            kind: NumberKind::Range,
            quantity: Quantity {
                anchor: v,
                qualifier: Qualifier::Range,
                interval: Interval::new(Some(v), lo_open, Some(hi), hi_open),
            },
            adjectival: false,
        })
    }

    pub(super) fn ordinal_match(&self, start: usize, end: usize, v: f64) -> NumberMatch {
        NumberMatch {
            start,
            end,
            figure: (start, end),
            kind: NumberKind::Ordinal,
            quantity: Quantity { anchor: v, qualifier: Qualifier::Eq, interval: Interval::exact(v) },
            adjectival: false,
        }
    }
}

/// An ordinal at `at`, after an optional "the": "the fifteenth", "15th".
fn ordinal_after(text: &str, at: usize) -> Option<(f64, usize)> {
    let at = if starts_with_word(text, at, "the") { at + 4 } else { at };
    let b = text.as_bytes();
    let digits = b.get(at..)?.iter().take_while(|c| c.is_ascii_digit()).count();
    let (v, e) = if digits > 0 {
        let (suffix, e) = next_word(text, at + digits);
        if !["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s)) {
            return None;
        }
        (text[at..at + digits].parse().ok()?, e)
    } else {
        let (w, e) = next_word(text, at);
        (ordinal(w)?, e)
    };
    (!b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some((v, e))
}

/// Reads one word as an ordinal, for callers that already hold a word.
pub fn ordinal_word(word: &str) -> Option<f64> {
    ordinal(word)
}
