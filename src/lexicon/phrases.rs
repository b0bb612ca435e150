//! A set of phrases matched as whole words, ASCII case-insensitively, in
//! one Aho-Corasick pass.
//!
//! Two automata give the same matches: a case-insensitive one for the
//! small windows extractors look at, and — built on first use — a
//! case-sensitive one over lower-case patterns for whole documents,
//! searched in the document's ASCII-lower-cased copy. Only the second can
//! use the crate's vectorised prefilter (it skips to the places a phrase
//! may start instead of stepping the automaton over every byte).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// Phrases, each with a value, found as whole words.
#[derive(Clone, Debug)]
pub struct PhraseSet<T> {
    ac: AhoCorasick,
    /// The patterns, for the lower-case automaton.
    patterns: Vec<String>,
    /// Case-sensitive, lower-case patterns: for [`PhraseSet::find_lowered`].
    lowered: OnceLock<AhoCorasick>,
    values: Vec<T>,
}

/// One phrase found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit<'a, T> {
    /// First byte.
    pub start: usize,
    /// Just past the phrase.
    pub end: usize,
    /// The phrase's value.
    pub value: &'a T,
}

impl<T> PhraseSet<T> {
    /// Builds the set; the longest phrase wins where several start at one place.
    pub fn new(items: impl IntoIterator<Item = (String, T)>) -> Self {
        let (patterns, values): (Vec<String>, Vec<T>) = items.into_iter().unzip();
        let ac = AhoCorasickBuilder::new()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("phrase patterns are valid");
        PhraseSet { ac, patterns, lowered: OnceLock::new(), values }
    }

    /// Every whole-word occurrence in the text whose ASCII-lower-cased copy
    /// is `lower` (offsets hold for both): the same hits as [`Self::find`]
    /// on the text, found faster over a long text.
    pub fn find_lowered<'a>(&'a self, lower: &'a str) -> impl Iterator<Item = Hit<'a, T>> + 'a {
        let ac = self.lowered.get_or_init(|| {
            // Lower-cased patterns over a lower-cased text match exactly
            // where the ASCII case-insensitive patterns match the text;
            // case does not change which bytes are word bytes.
            AhoCorasickBuilder::new()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .match_kind(MatchKind::LeftmostLongest)
                .build(self.patterns.iter().map(|p| p.to_ascii_lowercase()))
                .expect("phrase patterns are valid")
        });
        let b = lower.as_bytes();
        ac.find_iter(lower).filter(move |m| is_word(b, m.start(), m.end())).map(move |m| Hit {
            start: m.start(),
            end: m.end(),
            value: &self.values[m.pattern().as_usize()],
        })
    }

    /// Every whole-word occurrence in `text`, in order.
    pub fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Hit<'a, T>> + 'a {
        let b = text.as_bytes();
        self.ac.find_iter(text).filter(move |m| is_word(b, m.start(), m.end())).map(move |m| Hit {
            start: m.start(),
            end: m.end(),
            value: &self.values[m.pattern().as_usize()],
        })
    }
}

/// Whether `s..e` of `b` is bounded by non-word characters.
pub fn is_word(b: &[u8], s: usize, e: usize) -> bool {
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    (s == 0 || !word(b[s - 1])) && (e >= b.len() || !word(b[e]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_longest_first() {
        let set = PhraseSet::new([("war".to_string(), 1), ("civil war".to_string(), 2)]);
        let hits: Vec<_> = set.find("the civil war, not warfare or the War").map(|h| (h.start, *h.value)).collect();
        assert_eq!(hits, vec![(4, 2), (34, 1)]);
    }

    #[test]
    fn lowered_search_finds_the_same_hits() {
        let set = PhraseSet::new([("War".to_string(), 1), ("civil war".to_string(), 2), ("the wa".to_string(), 3)]);
        let text = "The CIVIL War, not warfare; bathe war or War";
        let lower = text.to_ascii_lowercase();
        let hits: Vec<_> = set.find_lowered(&lower).map(|h| (h.start, h.end, *h.value)).collect();
        // "bathe war": "the wa" starts inside "bathe" (no whole word) and hides "war".
        assert_eq!(hits, vec![(4, 13, 2), (41, 44, 1)]);
        let plain: Vec<_> = set.find(text).map(|h| (h.start, h.end, *h.value)).collect();
        assert_eq!(plain, hits);
    }
}
