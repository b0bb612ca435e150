//! Which of eight bytes are ASCII letters or digits (the number reader's
//! word bytes), tested at once as one `u64`.
//!
//! A whole-text word search ([`super::word_search`]) stops at every word
//! start; walking to it byte by byte costs a table load, a compare and a
//! branch per byte. Testing eight bytes at once (bit arithmetic on the
//! lanes of a `u64`, no lane carrying into the next, as in
//! [`super::scan`]) gives the word bytes of a block in a few instructions,
//! and the word starts in it with a shift: a word byte whose lane below
//! holds none.

use super::scan::ONES;
pub(crate) use super::scan::TOPS;

/// Eight bytes of 0x20: bit 5 of each lane, which lower-cases an ASCII letter.
const CASE_BITS: u64 = u64::from_ne_bytes([0x20; 8]);

/// The top bit of each lane of `x` whose byte is an ASCII letter or
/// digit ([`WordBytes::Alphanumeric`]), exactly. Lanes are cut to seven
/// bits first, so adding a constant below 0x80 never carries into the next
/// lane:
/// - letters: setting bit 5 maps capitals onto lower case (and nothing
///   else onto `a..=z`); `z + 0x1F` has the top bit set iff `z >= b'a'`,
///   `z + 0x05` iff `z > b'z'`;
/// - digits: `y + 0x50` has it iff `y >= b'0'`, `y + 0x46` iff `y > b'9'`.
///
/// Non-ASCII lanes (top bit set in `x`) are masked out at the end.
#[inline]
pub fn alphanumeric_lanes(x: u64) -> u64 {
    let y = x & !TOPS;
    let z = y | CASE_BITS;
    let letters = (z + 0x1F * ONES) & !(z + 0x05 * ONES);
    let digits = (y + 0x50 * ONES) & !(y + 0x46 * ONES);
    (letters | digits) & !x & TOPS
}

/// The top bits of the lanes that start a word, given the top bits of the
/// lanes holding word bytes (`words`): a word byte whose lane below holds
/// none (for lane 0, the byte before the block: `word_before`).
#[inline]
pub fn start_lanes(words: u64, word_before: bool) -> u64 {
    words & !((words << 8) | u64::from(word_before) << 7)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::word_bytes::WordBytes;

    #[test]
    fn lane_bits_agree_with_byte_tests_on_every_byte() {
        let kind = WordBytes::Alphanumeric;
        for b in 0..=255u8 {
            for lane in 0..8 {
                // The byte in each lane, among spaces, letters and non-ASCII bytes.
                for fill in [b' ', b'q', 0xFF] {
                    let mut x = [fill; 8];
                    x[lane] = b;
                    let x = u64::from_le_bytes(x);
                    let expect = (0..8)
                        .filter(|&l| kind.contains(if l == lane { b } else { fill }))
                        .fold(0u64, |acc, l| acc | 0x80 << (8 * l));
                    assert_eq!(alphanumeric_lanes(x), expect, "{b:#x} in lane {lane} among {fill:#x}");
                }
            }
        }
    }

    #[test]
    fn word_starts_of_a_block() {
        let top = |lane: u32| 0x80u64 << (8 * lane);
        // Lanes 0..8: "ab c_d 9": '_' is no word byte, so "d" starts a word.
        let x = u64::from_le_bytes(*b"ab c_d 9");
        assert_eq!(start_lanes(alphanumeric_lanes(x), false), top(0) | top(3) | top(5) | top(7));
        // A word byte before the block: lane 0 continues that word.
        assert_eq!(start_lanes(alphanumeric_lanes(x), true), top(3) | top(5) | top(7));
        // "½x" (0xC2 0xBD): the non-ASCII bytes are no word bytes, so 'x' starts a word.
        let x = u64::from_le_bytes([0xC2, 0xBD, b'x', b' ', b' ', b'A', b'1', b'-']);
        assert_eq!(start_lanes(alphanumeric_lanes(x), true), top(2) | top(5));
    }
}
