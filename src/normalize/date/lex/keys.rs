//! Short words as packed lower-case keys (eight bytes in one `u64`) and a
//! small open-addressed table of them: the keyword look-up of the date
//! scanner, one probe per word instead of a string comparison per entry.

/// Lower-cases an ASCII word into `buf`; `None` when it does not fit.
pub(crate) fn lower<'b>(w: &str, buf: &'b mut [u8; 9]) -> Option<&'b str> {
    let n = w.len();
    if n == 0 || n > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Packs a word of at most 8 ASCII bytes, lower-cased, into a `u64` key (`None` when longer).
#[inline]
pub(crate) fn pack(w: &[u8]) -> Option<u64> {
    if w.len() > 8 {
        return None;
    }
    // A fixed eight-byte buffer, lower-cased whole: the compiler turns the
    // fixed-length loop into a few vector instructions (zero bytes stay zero).
    let mut buf = [0u8; 8];
    buf[..w.len()].copy_from_slice(w);
    buf.make_ascii_lowercase();
    Some(u64::from_le_bytes(buf))
}

/// A hash table of packed keywords: open addressing with linear probing in
/// at least four slots per word, so a look-up is one multiply and, for most
/// words, one or two probes (this runs on every word of the text).
pub(crate) struct KeyTable<T> {
    /// `slots.len() - 1`; the length is a power of two.
    mask: usize,
    slots: Vec<Option<(u64, T)>>,
}

/// The home slot of key `k` in a table of `mask + 1` slots.
#[inline]
fn slot(k: u64, mask: usize) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

/// Builds a [`KeyTable`] (words longer than 8 bytes are left out; of a word
/// listed twice, the first value is kept).
pub(crate) fn key_table<T: Copy>(words: impl IntoIterator<Item = (&'static str, T)>) -> KeyTable<T> {
    let entries: Vec<(u64, T)> = words.into_iter().filter_map(|(w, t)| pack(w.as_bytes()).map(|k| (k, t))).collect();
    let size = (entries.len() * 4).next_power_of_two().max(16);
    let mut table = KeyTable { mask: size - 1, slots: vec![None; size] };
    for (k, t) in entries {
        let mut s = slot(k, table.mask);
        loop {
            match table.slots[s] {
                Some((key, _)) if key == k => break,
                Some(_) => s = (s + 1) & table.mask,
                None => {
                    table.slots[s] = Some((k, t));
                    break;
                }
            }
        }
    }
    table
}

/// Looks a word up in a table built by [`key_table`].
#[inline]
pub(crate) fn key_lookup<T: Copy>(table: &KeyTable<T>, w: &[u8]) -> Option<T> {
    key_find(table, pack(w)?)
}

/// Looks a packed word (see [`pack`]) up in a table built by [`key_table`].
#[inline]
pub(crate) fn key_find<T: Copy>(table: &KeyTable<T>, k: u64) -> Option<T> {
    let mut s = slot(k, table.mask);
    loop {
        match table.slots[s] {
            Some((key, t)) if key == k => return Some(t),
            Some(_) => s = (s + 1) & table.mask,
            None => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::date::lex::{CALENDAR_WORDS, NUMBER_WORDS};

    #[test]
    fn a_key_table_finds_its_words_in_any_case_and_nothing_else() {
        let words = CALENDAR_WORDS.iter().chain(NUMBER_WORDS).enumerate().map(|(i, w)| (*w, i));
        let t = key_table(words.chain([("may", 999)]));
        assert_eq!(key_lookup(&t, b"january"), Some(0));
        assert_eq!(key_lookup(&t, b"JANUARY"), Some(0));
        assert_eq!(key_lookup(&t, b"May"), Some(8)); // listed twice: the first value
        assert_eq!(key_lookup(&t, b"sunday"), Some(30));
        assert_eq!(key_lookup(&t, b"one"), Some(31));
        assert_eq!(key_lookup(&t, b"ninety"), Some(57));
        assert_eq!(key_lookup(&t, b"september"), None); // 9 letters: left out
        assert_eq!(key_lookup(&t, b"septembe"), None);
        assert_eq!(key_lookup(&t, b"people"), None);
        assert_eq!(key_lookup(&t, b""), None);
        for (i, w) in CALENDAR_WORDS.iter().chain(NUMBER_WORDS).enumerate() {
            let want = if w.len() > 8 { None } else { Some(i) };
            assert_eq!(key_lookup(&t, w.as_bytes()), want, "{w}");
        }
    }

    #[test]
    fn a_word_packs_lower_cased_first_byte_lowest() {
        assert_eq!(pack(b"a"), Some(0x61));
        assert_eq!(pack(b"The"), Some(0x65_68_74));
        assert_eq!(pack(b"JANUARY"), pack(b"january"));
        assert_eq!(pack(b"12-Ab"), Some(0x62_61_2d_32_31));
        assert_eq!(pack(b"abcdefgh"), Some(u64::from_le_bytes(*b"abcdefgh")));
        assert_eq!(pack(b"abcdefghi"), None);
        assert_eq!(pack(b""), Some(0));
    }

    #[test]
    fn an_empty_key_table_finds_nothing() {
        let t = key_table(std::iter::empty::<(&str, ())>());
        assert_eq!(key_lookup(&t, b"the"), None);
    }
}
