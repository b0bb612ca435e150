//! The singular nouns of a population ("child", "woman", "civilian"), with
//! an automaton that finds them in a document's ASCII-lower-cased copy.
//!
//! Casualty extraction reads "a child" as a count of one. Looking for the
//! articles "a"/"an" means stopping at every 'a' of the text (one every
//! ~15 bytes of English); the nouns are rare, and a case-sensitive search
//! for them in the lower-cased copy uses the vectorised prefilter of the
//! `aho-corasick` crate. The search finds exactly the words the article
//! scan accepts only when every noun is ASCII without a 'k' (the Kelvin
//! sign U+212A is the one non-ASCII character whose lower case is ASCII,
//! tested below); otherwise there is no automaton and callers scan as before.
//!
//! The nouns of three bytes ("man", "boy") are searched apart, each with
//! its own vectorised substring search: with them in the set, the
//! automaton's prefilter can only match three-byte fingerprints, which many
//! common trigrams of English share with some noun, and it stops to verify
//! far more often than with the four-byte fingerprints of the longer nouns.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use memchr::memmem::Finder;
use std::collections::BTreeMap;

/// Nouns shorter than this are searched one by one ([`SingularNouns::find`]).
const SHORT: usize = 4;

/// Whether a lower-cased population noun is singular: not a plural or a
/// collective ("people", "children").
pub fn is_singular_form(l: &str) -> bool {
    !l.ends_with('s') && !matches!(l, "people" | "children" | "women" | "men" | "police" | "staff")
}

/// The singular population nouns, ready for a whole-document search.
#[derive(Clone, Debug)]
pub struct SingularNouns {
    /// The nouns of [`SHORT`] bytes or more.
    ac: Option<AhoCorasick>,
    /// One searcher per shorter noun.
    short: Vec<Finder<'static>>,
}

impl SingularNouns {
    /// Built from the population nouns (lower-cased keys).
    pub fn new<V>(population_words: &BTreeMap<String, V>) -> Self {
        // A noun with a byte that cannot be in a word (a space) never is one
        // word, so never a singular noun after an article: left out.
        let word = |n: &&str| {
            !n.is_empty() && n.bytes().all(|c| c >= 0x80 || c.is_ascii_alphanumeric() || c == b'\'' || c == b'-')
        };
        let nouns: Vec<&str> =
            population_words.keys().map(String::as_str).filter(|k| is_singular_form(k)).filter(word).collect();
        let exact = nouns.iter().all(|n| n.is_ascii() && !n.contains('k'));
        let (short, long): (Vec<&str>, Vec<&str>) = nouns.iter().partition(|n| n.len() < SHORT);
        let ac = exact.then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&long)
                .expect("population nouns are valid patterns")
        });
        let short = short.iter().map(|n| Finder::new(n.as_bytes()).into_owned()).collect();
        SingularNouns { ac, short }
    }

    /// Where the nouns may stand in the text whose ASCII-lower-cased copy is
    /// `lower`, as (start, end): the longer nouns in order, then each short
    /// noun's in order; `None` when the search would not be exact. Hits are
    /// not checked for word boundaries; every occurrence of a noun that is a
    /// whole word is among them, once (a noun is made of word bytes only, so
    /// no other hit of its search can overlap it, and the searches look for
    /// different nouns).
    pub fn find<'a>(&'a self, lower: &'a str) -> Option<impl Iterator<Item = (usize, usize)> + 'a> {
        let ac = self.ac.as_ref()?;
        let b = lower.as_bytes();
        let long = ac.find_iter(lower).map(|m| (m.start(), m.end()));
        let short = self.short.iter().flat_map(move |f| f.find_iter(b).map(move |at| (at, at + f.needle().len())));
        Some(long.chain(short))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_kelvin_sign_lower_cases_to_ascii() {
        let odd: Vec<char> =
            (0x80..=0x10FFFF).filter_map(char::from_u32).filter(|c| c.to_lowercase().all(|l| l.is_ascii())).collect();
        assert_eq!(odd, vec!['\u{212A}']);
    }

    #[test]
    fn singular_forms() {
        assert!(is_singular_form("child"));
        assert!(is_singular_form("civilian"));
        assert!(!is_singular_form("civilians"));
        assert!(!is_singular_form("people"));
        assert!(!is_singular_form("staff"));
    }

    #[test]
    fn finds_singular_nouns_only() {
        let words: BTreeMap<String, String> = [("child", "children"), ("children", "children"), ("man", "people")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let set = SingularNouns::new(&words);
        let hits: Vec<_> = set.find("a child, the children, a woman").map(|i| i.collect()).unwrap_or_default();
        // "children" holds "child" at 13; "woman" holds "man" at 27 (the
        // short nouns come after the long ones).
        assert_eq!(hits, vec![(2, 7), (13, 18), (27, 30)]);
        let hits: Vec<_> = set.find("a man, a child, manly").map(|i| i.collect()).unwrap_or_default();
        assert_eq!(hits, vec![(9, 14), (2, 5), (16, 19)]);
    }

    #[test]
    fn no_search_when_it_would_not_be_exact() {
        for noun in ["kid", "réfugié"] {
            let words: BTreeMap<String, String> = [(noun.to_string(), "x".to_string())].into_iter().collect();
            assert!(SingularNouns::new(&words).find("a kid").is_none(), "{noun}");
        }
    }
}
