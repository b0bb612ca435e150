//! Finding the first byte of a class in text, eight bytes at a time.
//!
//! The extractors that skip through a whole document look for bytes that are
//! rare in prose (capitals, hyphens, non-ASCII). A byte-by-byte search costs
//! several instructions a byte; testing eight bytes at once as one `u64`
//! (bit arithmetic on all eight lanes, no lane carrying into the next) costs
//! a few instructions a block, and only a block that may hold such a byte is
//! then searched byte by byte.

/// Eight bytes of 0x01.
const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
/// Eight bytes of 0x80: the top bit of each lane.
const TOPS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The top bit of each lane whose byte is an ASCII capital. Lanes are
/// first cut to seven bits, so adding a constant below 0x80 never carries
/// into the next lane: `y + 0x3F` has the top bit set iff `y >= b'A'`, and
/// `y + 0x25` iff `y > b'Z'`; non-ASCII lanes are masked out at the end.
fn capital_lanes(x: u64) -> u64 {
    let y = x & !TOPS;
    let at_least_a = y + 0x3F * ONES;
    let past_z = y + 0x25 * ONES;
    at_least_a & !past_z & !x & TOPS
}

/// Whether some lane of `x` may equal `b`: never false when one does (a
/// borrow can also flag a lane above a real match, which is harmless to a
/// test of the whole block).
fn may_hold_byte(x: u64, b: u8) -> bool {
    let v = x ^ (u64::from(b) * ONES);
    v.wrapping_sub(ONES) & !v & TOPS != 0
}

/// Whether eight bytes hold an ASCII capital.
pub fn block_has_capital(x: u64) -> bool {
    capital_lanes(x) != 0
}

/// Whether eight bytes may hold a capital, a hyphen, an apostrophe or a
/// non-ASCII byte (never false when one is there).
pub fn block_may_be_notable(x: u64) -> bool {
    capital_lanes(x) != 0 || x & TOPS != 0 || may_hold_byte(x, b'-') || may_hold_byte(x, b'\'')
}

/// The first position at or after `from` whose byte satisfies `class`
/// (`None` when there is none, or `from` is past the end). `block` says
/// whether eight bytes (read little-endian) may hold one: it must never
/// say no when one is there.
pub fn first_byte(text: &[u8], from: usize, block: impl Fn(u64) -> bool, class: impl Fn(u8) -> bool) -> Option<usize> {
    let rest = text.get(from..)?;
    let mut blocks = rest.chunks_exact(8);
    let mut off = from;
    for chunk in &mut blocks {
        let mut lanes = [0u8; 8];
        lanes.copy_from_slice(chunk);
        if block(u64::from_le_bytes(lanes)) {
            if let Some(i) = chunk.iter().position(|&c| class(c)) {
                return Some(off + i);
            }
        }
        off += 8;
    }
    blocks.remainder().iter().position(|&c| class(c)).map(|i| off + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_tests_agree_with_byte_tests_on_every_byte() {
        for b in 0..=255u8 {
            // The byte in each lane, among lower-case letters.
            for lane in 0..8 {
                let mut x = [b'q'; 8];
                x[lane] = b;
                let x = u64::from_le_bytes(x);
                assert_eq!(block_has_capital(x), b.is_ascii_uppercase(), "{b:#x} in lane {lane}");
                let notable = b.is_ascii_uppercase() || b == b'-' || b == b'\'' || b >= 0x80;
                assert_eq!(block_may_be_notable(x), notable, "{b:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn finds_in_blocks_and_in_the_tail() {
        let text = b"a long lower-case run of words, then Syria and the UN";
        // 53 bytes: six blocks of eight (0..48) and a tail of five.
        let capital = |c: u8| c.is_ascii_uppercase();
        assert_eq!(first_byte(text, 0, block_has_capital, capital), Some(37), "'S', in block 32..40");
        assert_eq!(
            first_byte(text, 38, block_has_capital, capital),
            Some(51),
            "'U': from 38, one block then the tail 46..53"
        );
        assert_eq!(first_byte(text, 52, block_has_capital, capital), Some(52));
        assert_eq!(first_byte(text, 53, block_has_capital, capital), None);
        assert_eq!(first_byte(text, 54, block_has_capital, capital), None);
        assert_eq!(first_byte(text, 0, block_may_be_notable, |c| c == b'-'), Some(12));
    }
}
