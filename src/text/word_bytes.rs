//! What a word byte is, for whole-word searches: callers differ on `_`.

/// Which bytes make up words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordBytes {
    /// ASCII letters and digits.
    Alphanumeric,
    /// ASCII letters and digits, and `_`.
    AlphanumericOrUnderscore,
}

impl WordBytes {
    /// Whether `c` is a word byte.
    pub fn contains(self, c: u8) -> bool {
        c.is_ascii_alphanumeric() || (c == b'_' && self == WordBytes::AlphanumericOrUnderscore)
    }

    /// Whether `s..e` of `b` is bounded by non-word bytes (or the text's ends).
    pub fn is_word(self, b: &[u8], s: usize, e: usize) -> bool {
        (s == 0 || !self.contains(b[s - 1])) && (e >= b.len() || !self.contains(b[e]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underscore_is_the_difference() {
        for kind in [WordBytes::Alphanumeric, WordBytes::AlphanumericOrUnderscore] {
            assert!(kind.contains(b'a') && kind.contains(b'Z') && kind.contains(b'7'));
            assert!(!kind.contains(b' ') && !kind.contains(b'-') && !kind.contains(0xC2));
        }
        assert!(WordBytes::AlphanumericOrUnderscore.contains(b'_'));
        assert!(!WordBytes::Alphanumeric.contains(b'_'));
        assert!(WordBytes::Alphanumeric.is_word(b"_one_", 1, 4));
        assert!(!WordBytes::AlphanumericOrUnderscore.is_word(b"_one_", 1, 4));
        assert!(WordBytes::AlphanumericOrUnderscore.is_word(b"one", 0, 3));
        assert!(!WordBytes::AlphanumericOrUnderscore.is_word(b"ones", 0, 3));
    }
}
