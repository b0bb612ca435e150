//! A byte-level pre-test for cue words: length, first, second and last letter.
//!
//! The scanner classifies every word of the text ([`cue_of`](super::cue_of)),
//! and in prose most words are not cues. Packing, hashing and probing a word
//! costs far more than reading two bytes, so the token loop asks this filter
//! first: a bit per (length, first letter, second letter) of the cue words,
//! and one per (length, first letter, last letter).
//! A clear bit means no cue word has that shape, so the word is skipped; a set
//! bit only means "maybe", and the full classification decides. The filter
//! never rejects a cue word (the tests check every word of the cue tables),
//! so the results do not change.

/// Lengths 1 to 8 each have their own row; longer words share the last one.
const ROWS: usize = 10;

/// The second-letter bit of a one-letter word.
const ALONE: u32 = 26;

/// Bit sets of second and of last letters, by length and first letter.
pub(crate) struct CueFilter {
    seconds: [[u32; 26]; ROWS],
    lasts: [[u32; 26]; ROWS],
}

/// The letter index (0 for `a`/`A` .. 25 for `z`/`Z`) of an ASCII letter, else `None`.
#[inline]
fn letter(b: u8) -> Option<u32> {
    let i = (b | 0x20).wrapping_sub(b'a');
    (i < 26).then_some(u32::from(i))
}

/// The row, first-letter index, second-letter bit and last-letter bit of a
/// word; `None` when it is empty or its first two or last bytes are not letters.
#[inline]
fn shape(w: &[u8]) -> Option<(usize, usize, u32, u32)> {
    let first = letter(*w.first()?)?;
    let second = match w.get(1) {
        Some(&b) => letter(b)?,
        None => ALONE,
    };
    let last = letter(*w.last()?)?;
    Some((w.len().min(ROWS - 1), first as usize, second, last))
}

impl CueFilter {
    /// A filter that lets through every word in `words` (any case). A word
    /// whose first two bytes are not letters is not recorded; [`Self::may_cue`]
    /// lets every such word through instead.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut seconds = [[0u32; 26]; ROWS];
        let mut lasts = [[0u32; 26]; ROWS];
        for w in words {
            if let Some((row, first, second, last)) = shape(w.as_bytes()) {
                seconds[row][first] |= 1 << second;
                lasts[row][first] |= 1 << last;
            }
        }
        CueFilter { seconds, lasts }
    }

    /// False when no recorded word has this word's length, first and second
    /// letters, nor any its length, first and last letters (so it is no cue);
    /// true otherwise, and for an empty word or one whose first two or last
    /// bytes are not letters.
    #[inline]
    pub(crate) fn may_cue(&self, w: &[u8]) -> bool {
        match shape(w) {
            Some((row, first, second, last)) => {
                self.seconds[row][first] >> second & 1 != 0 && self.lasts[row][first] >> last & 1 != 0
            }
            None => true,
        }
    }
}

impl CueFilter {
    /// [`Self::may_cue`] for a word of ASCII letters only (a word token), which
    /// needs no letter tests. On other bytes it answers some yes or no, never a panic.
    #[inline]
    pub(crate) fn may_cue_letters(&self, w: &[u8]) -> bool {
        // Fast path for the token loop: every word of the text comes here.
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else { return true };
        let second = w.get(1).map_or(ALONE, |&c| letter_bits(c));
        let row = &self.seconds[w.len().min(ROWS - 1)];
        let first = letter_bits(first) as usize;
        let (Some(seconds), Some(lasts)) = (row.get(first), self.lasts[w.len().min(ROWS - 1)].get(first)) else {
            return true;
        };
        seconds >> second & 1 != 0 && lasts >> letter_bits(last) & 1 != 0
    }
}

/// The letter index of an ASCII letter (0 for `a`/`A` .. 25 for `z`/`Z`);
/// some number below 32 for any other byte.
#[inline]
fn letter_bits(b: u8) -> u32 {
    u32::from((b | 0x20).wrapping_sub(b'a') & 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_by_length_and_first_two() {
        let f = CueFilter::new(["from", "a", "Between", "september", "independence"]);
        assert!(f.may_cue(b"from"));
        assert!(f.may_cue(b"FRAM")); // same length, first two and last letters: a maybe
        assert!(!f.may_cue(b"frog")); // another last letter
        assert!(!f.may_cue(b"fro"));
        assert!(!f.may_cue(b"fame"));
        assert!(f.may_cue(b"A"));
        assert!(!f.may_cue(b"an"));
        assert!(!f.may_cue(b"b"));
        assert!(f.may_cue(b"betweens".get(..7).unwrap_or_default()));
        assert!(!f.may_cue(b"betweens"));
        // Every word of nine letters or more shares a row.
        assert!(f.may_cue(b"semiconductor")); // as "september": s, e, r
        assert!(!f.may_cue(b"settlements"));
        assert!(f.may_cue(b"indeed-not-a-worde"));
        assert!(!f.may_cue(b"officials"));
        // Not letters: always a maybe.
        assert!(f.may_cue(b"4th"));
        assert!(f.may_cue(b"a'"));
        assert!(f.may_cue(b"fo'"));
        assert!(f.may_cue(b"")); // nothing to test: the full classification decides
    }

    #[test]
    fn on_words_of_letters_the_letters_test_answers_as_the_full_test() {
        let f = CueFilter::new(["from", "a", "Between", "september", "independence", "z", "zz"]);
        let words = ["from", "FRAM", "frog", "fro", "fame", "A", "an", "b", "Z", "zZ", "zzz", "Betweens", "x"];
        let words = words.into_iter().chain(["semiconductor", "settlements", "officials", "Independence"]);
        let mut yes = 0;
        for w in words {
            assert_eq!(f.may_cue_letters(w.as_bytes()), f.may_cue(w.as_bytes()), "{w}");
            yes += usize::from(f.may_cue(w.as_bytes()));
        }
        // from, FRAM, A, Z, zZ, semiconductor (as september), Independence.
        assert_eq!(yes, 7);
        assert!(f.may_cue_letters(b""));
    }
}
