//! A set of phrases matched as whole words, ASCII case-insensitively, in
//! one Aho-Corasick pass.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Phrases, each with a value, found as whole words.
#[derive(Clone, Debug)]
pub struct PhraseSet<T> {
    ac: AhoCorasick,
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
        PhraseSet { ac, values }
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
}
