//! Whole-word phrase search over a long text that looks only where a
//! whole-word match can start.
//!
//! An unanchored Aho-Corasick automaton steps over every byte of the text,
//! and one holding many patterns gets no vectorised prefilter from the
//! crate. A whole-word match can only start at a word start (a word byte
//! with a non-word byte or the text's start before it) or at a byte that
//! is not a word byte but begins some pattern ("½"). So this search walks
//! from one such place to the next, turns most of them away with a
//! [`PrefixGate`] on their first three bytes, and runs an anchored
//! automaton at the rest.
//!
//! It gives the matches of the leftmost-longest, non-overlapping search
//! followed by a whole-word filter that it replaces, including that a
//! longest match rejected by the filter ("one hundred" in "one hundreds")
//! still uses up its bytes: the search resumes after it. The one
//! difference: that search also finds matches starting inside a word,
//! all rejected, and one running past the word's end (a pattern with a
//! space, "a few" at the "a" of "Sofia few") hid the real match after it;
//! this search never looks inside a word, so it finds "few".
//!
//! What a word byte is belongs to the caller (the phrase lexicon counts
//! `_` as one, the number reader does not), so it is given to
//! [`WordSearch::new`].

use super::prefix_gate::PrefixGate;
use super::word_bytes::WordBytes;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, Match, MatchKind, StartKind};

/// How [`WordSearch`] classes a byte when looking for the next place to
/// try (plain numbers, not an enum, so that the byte loops compare
/// integers): not a word byte, and no pattern starts with it.
const OTHER: u8 = 0;
/// A word byte.
const WORD: u8 = 1;
/// Not a word byte, but a pattern starts with it: tried wherever it is.
const LEAD: u8 = 2;

/// Patterns found as whole words, ASCII case-insensitively, longest first.
#[derive(Clone, Debug)]
pub struct WordSearch {
    /// Anchored-only, leftmost-longest, ASCII case-insensitive.
    ac: AhoCorasick,
    gate: PrefixGate,
    word: WordBytes,
    /// Byte → [`OTHER`], [`WORD`] or [`LEAD`].
    classes: [u8; 256],
    /// Some pattern is empty: every position is a place to try.
    anywhere: bool,
}

impl WordSearch {
    /// Builds the search, with `word` saying which bytes make up words; the
    /// longest pattern wins where several start at one place.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P], word: WordBytes) -> Result<Self, aho_corasick::BuildError> {
        let ac = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(patterns)?;
        let mut classes = [OTHER; 256];
        for (c, class) in (0..=255u8).zip(classes.iter_mut()) {
            if word.contains(c) {
                *class = WORD;
            }
        }
        let mut anywhere = false;
        for p in patterns {
            match p.as_ref().first() {
                None => anywhere = true,
                Some(&c) if !word.contains(c) => classes[usize::from(c)] = LEAD,
                Some(_) => {}
            }
        }
        Ok(WordSearch { ac, gate: PrefixGate::new(patterns), word, classes, anywhere })
    }

    /// Every whole-word match in `text`, in order.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> WordMatches<'a> {
        WordMatches { search: self, text: text.as_bytes(), pos: 0, last_end: None }
    }

    /// The first place at or after `from` where a whole-word match may
    /// start and the gate lets through. Kept to one tight loop over the
    /// bytes: it runs over the whole text, and most places are turned away.
    #[inline]
    fn next_place(&self, b: &[u8], from: usize) -> Option<usize> {
        if self.anywhere {
            // An empty pattern matches even at the text's end.
            return (from <= b.len()).then_some(from);
        }
        let class = |c: u8| self.classes[usize::from(c)];
        let mut i = from;
        // Inside a word (a match may end inside one) no word starts until it ends.
        if i > 0 && i <= b.len() && class(b[i - 1]) == WORD {
            while i < b.len() && class(b[i]) == WORD {
                i += 1;
            }
        }
        loop {
            while i < b.len() && class(b[i]) == OTHER {
                i += 1;
            }
            if i >= b.len() {
                return None;
            }
            if self.gate.may_start(&b[i..]) {
                return Some(i);
            }
            // Turned away: go past this byte, and past the rest of its word.
            let here = class(b[i]);
            i += 1;
            if here == WORD {
                while i < b.len() && class(b[i]) == WORD {
                    i += 1;
                }
            }
        }
    }
}

/// The iterator of [`WordSearch::find_iter`].
#[derive(Debug)]
pub struct WordMatches<'a> {
    search: &'a WordSearch,
    text: &'a [u8],
    /// Where the next search starts: past the last match, or past the last
    /// place tried.
    pos: usize,
    /// The end of the last match, whole word or not: an empty match there
    /// is skipped, as the crate's own iterator does.
    last_end: Option<usize>,
}

impl Iterator for WordMatches<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let s = self.search;
        loop {
            let at = s.next_place(self.text, self.pos)?;
            // `find` panics only on a search the automaton was not built
            // for; it was built for anchored searches, which this is.
            let found = s.ac.find(Input::new(self.text).anchored(Anchored::Yes).range(at..));
            match found {
                Some(m) if m.is_empty() && self.last_end == Some(m.end()) => self.pos = at + 1,
                Some(m) => {
                    // A match uses up its bytes even when it is not a whole word.
                    self.pos = m.end();
                    self.last_end = Some(m.end());
                    if s.word.is_word(self.text, m.start(), m.end()) {
                        return Some(m);
                    }
                }
                None => self.pos = at + 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORD: WordBytes = WordBytes::AlphanumericOrUnderscore;

    /// The (start, end, pattern) of every match.
    fn hits(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let search = WordSearch::new(patterns, WORD).unwrap();
        search.find_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect()
    }

    /// The old search: unanchored leftmost-longest, then the whole-word filter.
    fn unanchored(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .unwrap();
        let b = text.as_bytes();
        ac.find_iter(text)
            .filter(|m| WORD.is_word(b, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    const NUMBERS: &[&str] = &["one", "hundred", "one hundred", "hundreds", "½", "a dozen", "dozen"];

    #[test]
    fn whole_words_only() {
        assert_eq!(hits(NUMBERS, "one man"), vec![(0, 3, 0)]);
        // "someone" holds "one", not as a word; "ones" neither.
        assert_eq!(hits(NUMBERS, "someone ones"), vec![]);
        assert_eq!(hits(NUMBERS, "someone, one"), vec![(9, 12, 0)]);
    }

    #[test]
    fn longest_first_and_upper_case() {
        assert_eq!(hits(NUMBERS, "ONE Hundred died"), vec![(0, 11, 2)]);
        assert_eq!(hits(NUMBERS, "Hundreds"), vec![(0, 8, 3)]);
    }

    #[test]
    fn a_rejected_longest_match_uses_up_its_bytes() {
        // "one hundred" is the longest match at 0 and is no whole word in
        // "one hundreds"; "hundreds" at 4 lies inside it and is skipped too.
        assert_eq!(hits(NUMBERS, "one hundreds of"), vec![]);
        assert_eq!(unanchored(NUMBERS, "one hundreds of"), vec![]);
        assert_eq!(hits(NUMBERS, "one hundreds, one"), vec![(14, 17, 0)]);
    }

    #[test]
    fn fraction_characters_start_anywhere() {
        // "½" is bytes 0xC2 0xBD: found after a space and at the text's start;
        // after a digit it is found but is no whole word ("3½" has '3' before it).
        assert_eq!(hits(NUMBERS, "½ of 3½ one"), vec![(0, 2, 4), (10, 13, 0)]);
        assert_eq!(hits(NUMBERS, "3½"), vec![]);
        assert_eq!(hits(NUMBERS, "x ½"), vec![(2, 4, 4)]);
        // Other characters with the same lead byte are turned away: "¼" is 0xC2 0xBC.
        assert_eq!(hits(NUMBERS, "¼ one"), vec![(3, 6, 0)]);
    }

    #[test]
    fn text_start_and_end() {
        assert_eq!(hits(NUMBERS, "one"), vec![(0, 3, 0)]);
        assert_eq!(hits(NUMBERS, "x one"), vec![(2, 5, 0)]);
        assert_eq!(hits(NUMBERS, "on"), vec![]);
        assert_eq!(hits(NUMBERS, ""), vec![]);
        assert_eq!(hits(&["a", "ab"], "b a"), vec![(2, 3, 0)]);
    }

    #[test]
    fn a_match_inside_a_word_no_longer_hides_the_next_word() {
        // The old search finds "a dozen" at the "a" of "Sofia", rejects it
        // and resumes past it, losing the "dozen" at 6; this one finds it.
        assert_eq!(unanchored(NUMBERS, "Sofia dozen"), vec![]);
        assert_eq!(hits(NUMBERS, "Sofia dozen"), vec![(6, 11, 6)]);
    }

    #[test]
    fn an_empty_pattern_matches_as_the_crate_iterator_does() {
        let patterns = ["", "one"];
        for text in ["", "one", "x one", "one two", "a½b"] {
            assert_eq!(hits(&patterns, text), unanchored(&patterns, text), "{text:?}");
        }
        // Empty matches at 0 and 1, both bounded by non-word bytes; none in "x".
        assert_eq!(hits(&patterns, " "), vec![(0, 0, 0), (1, 1, 0)]);
        assert_eq!(hits(&patterns, "x"), vec![]);
    }

    #[test]
    fn agrees_with_the_unanchored_search_on_prose() {
        let text = "Some 1,200 people – one hundred of them children, Someone said – fled; \
                    one-third (⅓) of ONE HUNDRED, a dozen or dozens, _one one_ and 3½ done. a Dozen";
        assert_eq!(hits(NUMBERS, text), unanchored(NUMBERS, text));
        assert_eq!(hits(NUMBERS, text).len(), 5);
    }

    #[test]
    fn word_bytes_are_the_callers() {
        let alnum = WordSearch::new(&["one"], WordBytes::Alphanumeric).unwrap();
        let found: Vec<_> = alnum.find_iter("_one_ one").map(|m| m.start()).collect();
        assert_eq!(found, vec![1, 6]);
        assert_eq!(hits(&["one"], "_one_ one"), vec![(6, 9, 0)]);
    }
}
