//! A cheap test of whether any of a set of patterns can start at a place:
//! one bit per hashed three-byte prefix, each byte cut to its low five bits
//! (and the first byte's top bit).
//!
//! A whole-text phrase search ([`super::word_search`]) stops at every word
//! start, and most words start no phrase ("the", "and", "said"). Running an
//! automaton there costs a call and a few transitions; a mask, a multiply
//! and one bit test turn most of those words away. Keeping five bits of a
//! byte folds ASCII case (a letter and its capital differ only in bit 5);
//! the first byte's top bit keeps patterns that start with a non-ASCII
//! character ("⅓" is 0xE2 0x85 0x93, five bits "bes") off ASCII words
//! ("best"). A multiplicative hash of those bits picks one of 65,536 bits
//! (8 KiB): no lower-casing, no bounds check, no chain of dependent loads.
//! Folded bytes and hash values are shared ('1' folds as 'q', and two keys
//! may hash alike), so the gate may say yes where no pattern starts (the
//! automaton then decides) but never no where one does: a text that
//! matches a pattern ASCII-case-insensitively has the pattern's key. On
//! the number words, the hash lets through 1% more word starts of news
//! prose than the exact three-byte test.

/// How many hash values there are.
const KEYS: usize = 1 << 16;

/// The bits of a little-endian three-byte window that a key keeps: the low
/// five of each byte, and the first byte's top bit.
const FOLD: u32 = 0x001F_1F9F;

/// An odd multiplier that spreads every kept bit into the top half.
const MIX: u32 = 0x9E37_79B1;

/// Which hashed, folded three-byte prefixes some pattern starts with.
#[derive(Clone, Debug)]
pub struct PrefixGate {
    /// Hash value → one bit: some pattern's prefix has that hash. A pattern
    /// shorter than three bytes sets the hash of every way to go on.
    bits: Box<[u64; KEYS / 64]>,
}

impl PrefixGate {
    /// The gate for `patterns`, compared ASCII case-insensitively.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Self {
        let mut bits = Box::new([0u64; KEYS / 64]);
        let mut set = |b0: u8, b1: u8, b2: u8| {
            let key = key_le(u32::from_le_bytes([b0, b1, b2, 0]));
            bits[key / 64] |= 1 << (key % 64);
        };
        // Bytes 0..32 are every fold a byte after the first can have.
        for p in patterns {
            match *p.as_ref() {
                [] => (0..=255).for_each(|b0| (0..32).for_each(|b1| (0..32).for_each(|b2| set(b0, b1, b2)))),
                [b0] => (0..32).for_each(|b1| (0..32).for_each(|b2| set(b0, b1, b2))),
                [b0, b1] => (0..32).for_each(|b2| set(b0, b1, b2)),
                [b0, b1, b2, ..] => set(b0, b1, b2),
            }
        }
        PrefixGate { bits }
    }

    /// Whether some pattern may start at the beginning of `rest`. Always
    /// true when `rest` is shorter than three bytes (the text's end is rare
    /// enough to leave to the automaton).
    #[inline]
    pub fn may_start(&self, rest: &[u8]) -> bool {
        let [b0, b1, b2, ..] = *rest else { return true };
        self.may_start_le(u32::from_le_bytes([b0, b1, b2, 0]))
    }

    /// [`Self::may_start`] on the three bytes held in the low 24 bits of
    /// `w`, first byte lowest (as read from a little-endian block; the
    /// fourth byte is ignored): the word search passes bytes it has
    /// already loaded.
    #[inline]
    pub fn may_start_le(&self, w: u32) -> bool {
        let key = key_le(w);
        self.bits[key / 64] & 1 << (key % 64) != 0
    }
}

/// The hash value of the three bytes in the low 24 bits of `w`, first
/// byte lowest: the top 16 bits of their [`FOLD`] bits times [`MIX`].
#[inline]
fn key_le(w: u32) -> usize {
    ((w & FOLD).wrapping_mul(MIX) >> 16) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_pattern_prefixes_in_any_ascii_case() {
        let gate = PrefixGate::new(&["three", "thousand", "one"]);
        assert!(gate.may_start(b"three men"));
        assert!(gate.may_start(b"THOUSANDS"));
        assert!(gate.may_start(b"Thr"));
        assert!(gate.may_start(b"onerous")); // a prefix only: the automaton decides
        assert!(!gate.may_start(b"the men"));
        assert!(!gate.may_start(b"this"));
        assert!(!gate.may_start(b"only"));
        assert!(!gate.may_start(b"zebra"));
    }

    #[test]
    fn short_patterns_and_short_rests() {
        // "½" is two bytes (0xC2 0xBD): any third byte may follow.
        let gate = PrefixGate::new(&["½", "x"]);
        assert!(gate.may_start("½ of".as_bytes()));
        assert!(gate.may_start("½!".as_bytes()));
        assert!(!gate.may_start("¼ of".as_bytes())); // 0xC2 0xBC
        assert!(gate.may_start(b"xyz"));
        assert!(gate.may_start(b"X-1"));
        // Fewer than three bytes left: always worth a look.
        assert!(gate.may_start(b"ab"));
        assert!(gate.may_start(b""));
    }

    #[test]
    fn an_empty_pattern_passes_everything() {
        let gate = PrefixGate::new(&["", "one"]);
        assert!(gate.may_start(b"zebra"));
        assert!(gate.may_start(b"   "));
    }

    #[test]
    fn keys_fold_case_and_keep_the_first_bytes_top_bit() {
        // "the" keeps 0x14 0x08 0x05 in either case: 0x050814 × 0x9E3779B1
        // = 0x3_1C13_7898_09D4, kept to 32 bits 0x7898_09D4, whose top half is 0x7898.
        let the = key_le(u32::from_le_bytes(*b"the\0"));
        assert_eq!(the, 0x7898);
        assert_eq!(key_le(u32::from_le_bytes(*b"THE\0")), the);
        // The fourth byte is not part of the key.
        assert_eq!(key_le(u32::from_le_bytes(*b"thex")), the);
        // '1' (0x31) folds as 'q' (0x71), '5' as 'u', '!' as 'a': "15!" opens like "qua".
        let gate = PrefixGate::new(&["quarter"]);
        assert!(gate.may_start(b"15!"));
        assert!(!gate.may_start(b"quo"));
        // Bytes read from a block: "one" in lanes 0..3 of a longer word.
        let gate = PrefixGate::new(&["one"]);
        assert!(gate.may_start_le(u32::from_le_bytes(*b"ONEs")));
        assert!(!gate.may_start_le(u32::from_le_bytes(*b"onl\0")));
        // "⅓" (0xE2 0x85 0x93) folds its last two bytes as "es" (0x05, 0x13)
        // like "best", but keeps its first byte's top bit (0x82, not 0x02).
        let gate = PrefixGate::new(&["⅓"]);
        assert!(gate.may_start("⅓ of".as_bytes()));
        assert!(!gate.may_start(b"best"));
    }
}
