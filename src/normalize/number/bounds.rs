//! What surrounds a figure: the qualifier before it ("more than",
//! "nearly", "≥"), and after it a second figure that makes a range
//! ("5-10", "between 5 and 10"), a second bound ("greater than 100 and
//! smaller than 300") or a trailing qualifier ("500 or more").
//!
//! [`NumberReader::finish`] is called at every figure the scan reads; the
//! look-ups are ordered so that most figures, which have none of these,
//! are turned away by a byte or two.

use super::*;

impl NumberReader {
    /// Adds the qualifier before and a range or hyphenated noun after a figure.
    pub(super) fn finish(&self, text: &str, start: usize, figure: (usize, usize), value: f64) -> NumberMatch {
        let b = text.as_bytes();
        let end = figure.1;
        // "between 5 and 10"
        if let Some(bstart) = ends_with_word(text, start, "between") {
            if let Some((hi, hi_end)) = self.number_after(text, end, &[" and ", " to ", "-", "–"]) {
                return range(bstart, hi_end, figure, value, hi);
            }
        }
        // "5-10", "5 to 10", "20 through 100", "from 200 to 3000" (but not "rose from 5 to
        // 10" after a verb of change: that is two figures, before and after).
        let from = ends_with_word(text, start, "from");
        let change = from.is_some_and(|f| after_change_verb(text, f));
        // "three-nought-four", "1-222-2222": a figure hyphened to the one before is
        // part of a chain (digits said one by one, a code), not a range's start.
        let chained = start > 1 && b[start - 1] == b'-' && b[start - 2].is_ascii_alphanumeric();
        let seps: &[&str] = if change {
            &["-", "–"]
        } else if chained {
            &[" to ", " through "]
        } else {
            &["-", "–", " - ", " – ", "~", " to ", " through ", " thru ", " till ", " until "]
        };
        if let Some((hi, hi_end)) = self.number_after(text, end, seps) {
            if hi > value {
                return range(from.filter(|_| !change).unwrap_or(start), hi_end, figure, value, hi);
            }
        }
        let adjectival = b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(|c| c.is_ascii_alphabetic());
        let (qstart, qualifier) = self.qualifier_before(text, start);
        // "greater than 100 and smaller than 300", "at most 100 and at least 20".
        if let Some(second) = self.second_bound(text, end, qualifier) {
            let (lo, lo_open, hi, hi_open, hi_end) = match (qualifier, second) {
                (Qualifier::Gt | Qualifier::Ge, (q2, v2, e2)) => {
                    (value, qualifier == Qualifier::Gt, v2, q2 == Qualifier::Lt, e2)
                }
                (_, (q2, v2, e2)) => (v2, q2 == Qualifier::Gt, value, qualifier == Qualifier::Lt, e2),
            };
            if lo < hi {
                let interval = Interval::new(Some(lo), lo_open, Some(hi), hi_open);
                return NumberMatch {
                    start: qstart,
                    end: hi_end,
                    figure: (figure.0, hi_end),
                    kind: NumberKind::Range,
                    quantity: Quantity { anchor: lo, qualifier: Qualifier::Range, interval },
                    adjectival,
                };
            }
        }
        // "more than 5000 or equal to", "less than 5000 or equal".
        if matches!(qualifier, Qualifier::Gt | Qualifier::Lt) {
            if let Some(e) = self.phrase_after(text, end, OR_EQUAL) {
                let q = if qualifier == Qualifier::Gt { Qualifier::Ge } else { Qualifier::Le };
                return NumberMatch {
                    start: qstart,
                    end: e,
                    figure,
                    kind: NumberKind::Number,
                    quantity: self.quantity(value, q),
                    adjectival,
                };
            }
        }
        // "500 or more", "200 or greater", "five hundred or less", "equal to 5000 or less".
        // Every such phrase starts " or " or " and ": most figures are followed by
        // neither, and are not put to each phrase in turn.
        let joined = [" or ", " and "].iter().any(|j| starts_with_ci(&b[end..], j.as_bytes()));
        for (phrase, q) in AFTER_QUALIFIERS.iter().filter(|_| joined) {
            if let Some(e) = self.phrase_after(text, end, &[phrase]) {
                return NumberMatch {
                    start: if qualifier == Qualifier::Eq { qstart } else { start },
                    end: e,
                    figure,
                    kind: NumberKind::Number,
                    quantity: self.quantity(value, *q),
                    adjectival,
                };
            }
        }
        let quantity = self.quantity(value, qualifier);
        NumberMatch { start: qstart, end, figure, kind: NumberKind::Number, quantity, adjectival }
    }

    /// The end of the first of `phrases` written right after `end`, taking a
    /// dangling "than" ("200 or greater than"); `None` when the phrase
    /// compares with a figure of its own ("200 or greater than 190",
    /// "10 and more than 40", "5000 or equal to 6000"): that is the next
    /// figure's qualifier.
    fn phrase_after(&self, text: &str, end: usize, phrases: &[&str]) -> Option<usize> {
        let rest = &text.as_bytes()[end..];
        let phrase = phrases.iter().find(|p| {
            rest.len() >= p.len()
                && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                && !rest.get(p.len()).is_some_and(u8::is_ascii_alphanumeric)
        })?;
        let mut e = end + phrase.len();
        if self.number_after(text, e, &[" "]).is_some() {
            return None;
        }
        if starts_with_word(text, e, " than") {
            if self.number_after(text, e, &[" than "]).is_some() {
                return None;
            }
            e += " than".len();
        }
        Some(e)
    }

    /// A bound opposite to `qualifier` joined after a figure ending at `end`:
    /// its qualifier, figure and end.
    fn second_bound(&self, text: &str, end: usize, qualifier: Qualifier) -> Option<(Qualifier, f64, usize)> {
        let lower = match qualifier {
            Qualifier::Gt | Qualifier::Ge => true,
            Qualifier::Lt | Qualifier::Le => false,
            _ => return None,
        };
        let rest = &text.as_bytes()[end..];
        let join =
            BOUND_JOINS.iter().find(|j| rest.len() >= j.len() && rest[..j.len()].eq_ignore_ascii_case(j.as_bytes()))?;
        let at = end + join.len();
        QUALIFIERS.iter().find_map(|(phrase, q)| {
            let opposite = if lower {
                matches!(q, Qualifier::Lt | Qualifier::Le)
            } else {
                matches!(q, Qualifier::Gt | Qualifier::Ge)
            };
            if !opposite
                || *phrase == "more"
                || (*join == ", " && !phrase.contains("than"))
                || !starts_with_word(text, at, phrase)
            {
                return None;
            }
            let (v, e) = self.number_after(text, at + phrase.len(), &[" "])?;
            Some((*q, v, e))
        })
    }

    /// The number right after `end` past one of `seps`, if any.
    pub(super) fn number_after(&self, text: &str, end: usize, seps: &[&str]) -> Option<(f64, usize)> {
        let rest = &text[end..];
        let sep = seps
            .iter()
            .find(|s| rest.len() >= s.len() && rest.as_bytes()[..s.len()].eq_ignore_ascii_case(s.as_bytes()))?;
        let at = end + sep.len();
        if text.as_bytes().get(at).is_some_and(u8::is_ascii_digit) {
            let (v, e) = read_digits(text, at)?;
            // "5k-20k"
            let (suffix, after) = next_word(text, e);
            if let Some(scale) =
                suffix_scale(suffix, false).filter(|_| !text.as_bytes().get(after).is_some_and(u8::is_ascii_digit))
            {
                return Some((tidy(v * scale), after));
            }
            let b = text.as_bytes();
            // "1-222-2222": a chain of figures is a code (a phone number), not a range.
            if b.get(e).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b':'))
                || (b.get(e) == Some(&b'-') && b.get(e + 1).is_some_and(u8::is_ascii_digit))
            {
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
    pub(super) fn qualifier_before(&self, text: &str, start: usize) -> (usize, Qualifier) {
        // A phrase can end one space before `start` only if its last letter
        // is the byte before that space: test that first, as most of the
        // phrases fail on it (the phrases are lower case).
        // The phrases ending in that letter are listed ahead, in the order of
        // [`QUALIFIERS`] (longest first), so the rest are not looked at.
        let last = start.checked_sub(2).map(|i| text.as_bytes()[i].to_ascii_lowercase());
        let ending = last.map_or(&[][..], |c| &self.qualifiers_by_last[usize::from(c)][..]);
        for &k in ending {
            let (phrase, q) = &QUALIFIERS[k];
            if let Some(s) = ends_with_word(text, start, phrase) {
                // "three plus eight equals eleven" is a sum, not a bound.
                if *q == Qualifier::Eq && after_figure(text, s) {
                    break;
                }
                return (s, *q);
            }
        }
        sign_before(text, start).unwrap_or((start, Qualifier::Eq))
    }
}

pub(super) fn range(start: usize, end: usize, figure: (usize, usize), lo: f64, hi: f64) -> NumberMatch {
    NumberMatch {
        start,
        end,
        figure: (figure.0, end),
        kind: NumberKind::Range,
        quantity: Quantity { anchor: lo, qualifier: Qualifier::Range, interval: Interval::closed(lo, hi) },
        adjectival: false,
    }
}

/// Whether `rest` starts with `p` (lower case), ignoring ASCII case.
pub(super) fn starts_with_ci(rest: &[u8], p: &[u8]) -> bool {
    rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p)
}

/// Last byte → the indices of the [`QUALIFIERS`] phrases ending in it, in
/// order (the phrases are lower case, and so is the byte looked up).
pub(super) fn qualifiers_by_last() -> Vec<Vec<usize>> {
    let mut table = vec![Vec::new(); 256];
    for (k, (phrase, _)) in QUALIFIERS.iter().enumerate() {
        if let Some(&c) = phrase.as_bytes().last() {
            table[usize::from(c)].push(k);
        }
    }
    table
}

/// Whether a figure (digits or a number word) ends one space before `at`.
pub(super) fn after_figure(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    if at < 2 || b[at - 1] != b' ' {
        return false;
    }
    let e = at - 1;
    let s = e - b[..e].iter().rev().take_while(|c| c.is_ascii_alphanumeric()).count();
    b[e - 1].is_ascii_digit() || crate::normalize::words::cardinal(&text[s..e]).is_some()
}
