//! Finding the first byte of a class in text, eight bytes at a time.
//!
//! The extractors that skip through a whole document look for bytes that are
//! rare in prose (capitals, hyphens, non-ASCII). A byte-by-byte search costs
//! several instructions a byte; testing eight bytes at once as one `u64`
//! (bit arithmetic on all eight lanes, no lane carrying into the next) costs
//! a few instructions a block. The lane tests are exact (the top bit of
//! each lane that holds such a byte), so the first one in a block is its
//! lowest set bit, with no second search of the block byte by byte.

/// Eight bytes of 0x01.
pub(crate) const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
/// Eight bytes of 0x80: the top bit of each lane.
pub(crate) const TOPS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The top bit of each lane whose byte is an ASCII capital. Lanes are
/// first cut to seven bits, so adding a constant below 0x80 never carries
/// into the next lane: `y + 0x3F` has the top bit set iff `y >= b'A'`, and
/// `y + 0x25` iff `y > b'Z'`; non-ASCII lanes are masked out at the end.
pub fn capital_lanes(x: u64) -> u64 {
    let y = x & !TOPS;
    let at_least_a = y + 0x3F * ONES;
    let past_z = y + 0x25 * ONES;
    at_least_a & !past_z & !x & TOPS
}

/// The top bit of each lane whose byte is `b`, exactly: a lane is zero
/// after the XOR; cut to seven bits, adding 0x7F sets the top bit of every
/// lane but a zero one (no carry crosses lanes), and OR-ing the lane back
/// in sets it for lanes whose own top bit was set.
fn byte_lanes(x: u64, b: u8) -> u64 {
    let v = x ^ (u64::from(b) * ONES);
    !(((v & !TOPS) + (0x7F * ONES)) | v) & TOPS
}

/// The top bit of each lane whose byte is a capital, a hyphen, an
/// apostrophe or a non-ASCII byte (exactly).
pub fn notable_lanes(x: u64) -> u64 {
    capital_lanes(x) | (x & TOPS) | byte_lanes(x, b'-') | byte_lanes(x, b'\'')
}

/// The first position at or after `from` whose byte satisfies `class`
/// (`None` when there is none, or `from` is past the end). `lanes` gives,
/// for eight bytes read little-endian, the top bit of exactly the lanes
/// whose byte satisfies `class`: the first of them is found from the bits
/// of a block, not by testing its bytes again one by one.
pub fn first_byte(text: &[u8], from: usize, lanes: impl Fn(u64) -> u64, class: impl Fn(u8) -> bool) -> Option<usize> {
    let rest = text.get(from..)?;
    let mut blocks = rest.chunks_exact(8);
    let mut off = from;
    for chunk in &mut blocks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let bits = lanes(u64::from_le_bytes(bytes));
        if bits != 0 {
            return Some(off + bits.trailing_zeros() as usize / 8);
        }
        off += 8;
    }
    blocks.remainder().iter().position(|&c| class(c)).map(|i| off + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_bits_agree_with_byte_tests_on_every_byte() {
        for b in 0..=255u8 {
            // The byte in each lane, among lower-case letters.
            for lane in 0..8 {
                let mut x = [b'q'; 8];
                x[lane] = b;
                let x = u64::from_le_bytes(x);
                let notable = b.is_ascii_uppercase() || b == b'-' || b == b'\'' || b >= 0x80;
                let top = 0x80u64 << (8 * lane);
                assert_eq!(capital_lanes(x), if b.is_ascii_uppercase() { top } else { 0 }, "{b:#x} in lane {lane}");
                assert_eq!(notable_lanes(x), if notable { top } else { 0 }, "{b:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn lane_bits_of_mixed_neighbours() {
        // Lanes 0..8: '-', 0xAD (a hyphen with the top bit set), 'A', '[',
        // 0x80, '\'', '@', '-'.
        let x = u64::from_le_bytes([b'-', 0xAD, b'A', b'[', 0x80, b'\'', b'@', b'-']);
        let top = |lane: u32| 0x80u64 << (8 * lane);
        assert_eq!(byte_lanes(x, b'-'), top(0) | top(7));
        assert_eq!(capital_lanes(x), top(2));
        assert_eq!(notable_lanes(x), top(0) | top(1) | top(2) | top(4) | top(5) | top(7));
    }

    #[test]
    fn finds_in_blocks_and_in_the_tail() {
        let text = b"a long lower-case run of words, then Syria and the UN";
        // 53 bytes: six blocks of eight (0..48) and a tail of five.
        let capital = |c: u8| c.is_ascii_uppercase();
        assert_eq!(first_byte(text, 0, capital_lanes, capital), Some(37), "'S', in block 32..40");
        assert_eq!(
            first_byte(text, 38, capital_lanes, capital),
            Some(51),
            "'U': from 38, one block then the tail 46..53"
        );
        assert_eq!(first_byte(text, 52, capital_lanes, capital), Some(52));
        assert_eq!(first_byte(text, 53, capital_lanes, capital), None);
        assert_eq!(first_byte(text, 54, capital_lanes, capital), None);
        assert_eq!(first_byte(text, 0, |x| byte_lanes(x, b'-'), |c| c == b'-'), Some(12));
    }
}
