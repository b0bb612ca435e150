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

/// Per byte: whether it is an ASCII token byte (letter, digit, `-`, `'`).
/// The name tokeniser (`extract/mentions.rs`) and the document context's
/// word scans (`extract/context.rs`, which adds non-ASCII bytes) step over
/// every byte of the words they read: one table load a byte is cheaper
/// there than the four comparisons.
pub(crate) const ASCII_WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'-' || b == b'\'';
        c += 1;
    }
    t
};

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
