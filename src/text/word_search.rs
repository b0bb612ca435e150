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
use super::word_lanes::{alphanumeric_lanes, start_lanes, TOPS};
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
    /// Word bytes are [`WordBytes::Alphanumeric`] and every [`LEAD`] byte is
    /// non-ASCII: the places of a block of eight bytes are its word starts
    /// and non-ASCII bytes, found with lane tests.
    lanes: bool,
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
        let lanes = word == WordBytes::Alphanumeric && classes[..128].iter().all(|&c| c != LEAD);
        Ok(WordSearch { ac, gate: PrefixGate::new(patterns), word, classes, anywhere, lanes })
    }

    /// Every whole-word match in `text`, in order.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> WordMatches<'a> {
        WordMatches { search: self, text: text.as_bytes(), pos: 0, last_end: None }
    }

    /// The first place at or after `from` where a whole-word match may
    /// start and the gate lets through. It runs over the whole text, and
    /// most places are turned away.
    #[inline]
    fn next_place(&self, b: &[u8], from: usize) -> Option<usize> {
        if self.anywhere {
            // An empty pattern matches even at the text's end.
            return (from <= b.len()).then_some(from);
        }
        if self.lanes {
            return self.next_place_in_blocks(b, from);
        }
        self.next_place_bytewise(b, from)
    }

    /// [`Self::next_place`] eight bytes at a time: the fast path, taken when
    /// words are letters and digits and every byte that starts a place
    /// outside a word is non-ASCII (the number reader's case). The
    /// places of a block are its word starts (lane tests) and its non-ASCII
    /// bytes (their top bits), the latter kept only when of class [`LEAD`];
    /// each is put to the gate in order. The last bytes, fewer than eight,
    /// are left to the bytewise walk.
    fn next_place_in_blocks(&self, b: &[u8], from: usize) -> Option<usize> {
        let mut i = from;
        let mut word_before = i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric);
        while let Some(block) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            let x = u64::from_le_bytes(*block);
            let words = alphanumeric_lanes(x);
            let mut places = start_lanes(words, word_before) | (x & TOPS);
            while places != 0 {
                // The top bit of a lane: 8 × lane + 7.
                let bit = places.trailing_zeros();
                places &= places - 1;
                // The bytes from this lane on, already loaded.
                let here = x >> (bit & 0x38);
                let p = i + bit as usize / 8;
                if here & 0x80 != 0 {
                    // A non-ASCII byte (rare): a place only when of class LEAD.
                    if self.classes[usize::from(here as u8)] == LEAD && self.gate.may_start(&b[p..]) {
                        return Some(p);
                    }
                    continue;
                }
                // A word start. Lanes 0..=5 have the gate's three bytes in the block.
                let open = if bit < 48 { self.gate.may_start_le(here as u32) } else { self.gate.may_start(&b[p..]) };
                if open {
                    return Some(p);
                }
            }
            word_before = words >> 63 != 0;
            i += 8;
        }
        self.next_place_bytewise(b, i)
    }

    /// [`Self::next_place`] byte by byte, kept to one tight loop.
    fn next_place_bytewise(&self, b: &[u8], from: usize) -> Option<usize> {
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
    fn blocks_and_bytewise_walks_find_the_same_places() {
        let text = "Some 1,200 people \u{2013} one hundred of them, Someone said; ⅓ of ONE \
                    HUNDRED_one a dozen½ dozens x½ 3¼ one";
        let b = text.as_bytes();
        let search = WordSearch::new(NUMBERS, WordBytes::Alphanumeric).unwrap();
        assert!(search.lanes);
        for from in 0..=b.len() + 1 {
            let blocks = search.next_place_in_blocks(b, from);
            assert_eq!(blocks, search.next_place_bytewise(b, from), "from {from}");
        }
        // From 0: "Some" is turned away by the gate, "1,200" too; "one" at 22 (after
        // "people" and the three-byte en dash) is the first place.
        assert_eq!(search.next_place_in_blocks(b, 0), Some(22));
        // An ASCII byte that starts a pattern outside a word, or `_` in words: no lane path.
        assert!(!WordSearch::new(&["$5", "one"], WordBytes::Alphanumeric).unwrap().lanes);
        assert!(!WordSearch::new(NUMBERS, WORD).unwrap().lanes);
    }

    #[test]
    fn word_bytes_are_the_callers() {
        let alnum = WordSearch::new(&["one"], WordBytes::Alphanumeric).unwrap();
        let found: Vec<_> = alnum.find_iter("_one_ one").map(|m| m.start()).collect();
        assert_eq!(found, vec![1, 6]);
        assert_eq!(hits(&["one"], "_one_ one"), vec![(6, 9, 0)]);
    }
}
