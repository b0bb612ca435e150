//! A tiny on-demand lexer shared by the date and duration scanners: words,
//! digit runs and single punctuation characters. The cursor the grammar
//! reads with, the calendar and number words, and the keyword table are
//! in the submodules, re-exported here.

mod cursor;
mod keys;
mod words;

pub(crate) use cursor::*;
pub(crate) use keys::*;
pub(crate) use words::*;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// ASCII letters.
    Word,
    /// ASCII digits.
    Num,
    /// One other character (a whole UTF-8 sequence for non-ASCII).
    Punct,
}

/// One token: byte span and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// The next token at or after `i`, skipping white space (and no-break spaces).
#[inline]
pub(crate) fn next_tok(b: &[u8], i: usize) -> Option<Tok> {
    let mut i = skip_space(b, i);
    let c = *b.get(i)?;
    let start = i;
    let kind;
    if c.is_ascii_digit() {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        kind = TokKind::Num;
    } else if c.is_ascii_alphabetic() {
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        kind = TokKind::Word;
    } else {
        i += 1;
        if c >= 0x80 {
            while i < b.len() && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
        }
        kind = TokKind::Punct;
    }
    Some(Tok { start, end: i, kind })
}

/// The first byte at or after `i` that is not white space (nor a no-break space).
#[inline]
pub(crate) fn skip_space(b: &[u8], mut i: usize) -> usize {
    while let Some(&c) = b.get(i) {
        // Fast path: a byte above the space is white space only when it opens a no-break space.
        if c > b' ' && c != 0xC2 {
            break;
        }
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => i += 1,
            0xC2 if b.get(i + 1) == Some(&0xA0) => i += 2,
            _ => break,
        }
    }
    i
}

/// The bytes a token the date scanner may try can start with: ASCII letters
/// and digits, the apostrophe, and 0xE2 (the lead byte of `’`).
const MAY_OPEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || b == b'\'' || b == 0xE2;
        c += 1;
    }
    table
};

/// The first byte at or after `i` that may start a token the date scanner
/// tries (a word, a digit run, an apostrophe); `None` when there is none.
///
/// From a token end, every such byte starts a token: the bytes passed over
/// are white space and punctuation other than apostrophes, each a token of
/// its own that no date starts with, so the scanner skips them unlexed.
#[inline]
pub(crate) fn next_opening(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(&c) = b.get(i) {
        if MAY_OPEN[usize::from(c)] {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Reads the word (a run of ASCII letters) starting at `i`: its end, and its
/// [`pack`]ed key when it has at most eight letters. When `b[i]` is no
/// letter the run is empty: the end is `i` and the key that of no word, 0.
///
/// Fast path for the token loop: the eight bytes at `i` are loaded once; the
/// letters among them give the word's length and, lower-cased by setting bit
/// 5 (which lower-cases letters) and cut to that length, its key, so the
/// word is neither read again nor copied to be looked up.
#[inline]
pub(crate) fn read_word(b: &[u8], i: usize) -> (usize, Option<u64>) {
    let Some(lanes) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) else {
        let end = letters_end(b, i);
        return (end, b.get(i..end).and_then(pack));
    };
    let x = u64::from_le_bytes(*lanes);
    let others = !letter_lanes(x) & TOPS;
    if others == 0 {
        let end = letters_end(b, i + 8);
        return (end, (end == i + 8).then_some(x | CASE_BITS));
    }
    // Little-endian: the lowest set top bit is the first non-letter.
    let n = others.trailing_zeros() / 8;
    let key = (x | CASE_BITS) & ((1u64 << (8 * n)) - 1);
    (i + n as usize, Some(key))
}

/// Eight bytes of 0x01.
const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
/// Eight bytes of 0x20: bit 5 of each lane, which lower-cases an ASCII letter.
const CASE_BITS: u64 = u64::from_ne_bytes([0x20; 8]);
/// Eight bytes of 0x80: the top bit of each lane.
const TOPS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The top bit of each lane of `x` whose byte is an ASCII letter. Setting
/// bit 5 maps capitals onto lower case (and nothing else onto `a..=z`); the
/// lanes are then cut to seven bits, so adding a constant below 0x80 never
/// carries into the next lane: `z + 0x1F` has the top bit set iff
/// `z >= b'a'`, and `z + 0x05` iff `z > b'z'`; non-ASCII lanes are masked
/// out at the end.
#[inline]
fn letter_lanes(x: u64) -> u64 {
    let z = (x | CASE_BITS) & !TOPS;
    let at_least_a = z + 0x1F * ONES;
    let past_z = z + 0x05 * ONES;
    at_least_a & !past_z & !x & TOPS
}

/// The end of the run of ASCII letters at or after `i` (`i` itself when
/// `b[i]` is no letter).
///
/// Fast path: a word is read eight bytes at a time, one load and a few bit
/// operations a block, instead of a test and a branch a letter; the last
/// few bytes of the text go byte by byte.
#[inline]
pub(crate) fn letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(lanes) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let others = !letter_lanes(u64::from_le_bytes(*lanes)) & TOPS;
        if others != 0 {
            // Little-endian: the lowest set top bit is the first non-letter.
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_end_agrees_with_a_byte_loop_on_every_byte() {
        let by_bytes = |b: &[u8], i: usize| i + b[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        // Each byte value at each offset of a 19-letter run (blocks and the tail).
        for c in 0..=255u8 {
            for at in 0..19 {
                let mut b = *b"abcdefghijklmnopqrs";
                b[at] = c;
                for from in [0, 3, at] {
                    assert_eq!(letters_end(&b, from), by_bytes(&b, from), "{c:#x} at {at} from {from}");
                }
            }
        }
        assert_eq!(letters_end(b"Syria, the UN", 0), 5);
        assert_eq!(letters_end(b"Syria, the UN", 7), 10);
        assert_eq!(letters_end(b"Syria, the UN", 11), 13);
        assert_eq!(letters_end(b"Syria, the UN", 13), 13);
        assert_eq!(letters_end(b"officials@[`{", 0), 9);
        assert_eq!(letters_end("caf\u{e9}s".as_bytes(), 0), 3);
    }

    #[test]
    fn read_word_gives_the_end_and_the_packed_key() {
        let text = b"Officials met ON Wednesday in MayX\xc3\xa9 then abcdefgh, xy";
        for start in 0..text.len() {
            if !text[start].is_ascii_alphabetic() {
                continue;
            }
            let end = letters_end(text, start);
            assert_eq!(read_word(text, start), (end, pack(&text[start..end])), "at {start}");
        }
        assert_eq!(read_word(text, 14), (16, pack(b"on")));
        assert_eq!(read_word(text, 17), (26, None)); // nine letters: no key
        assert_eq!(read_word(text, 30), (34, Some(u64::from_le_bytes(*b"mayx\0\0\0\0"))));
        assert_eq!(read_word(text, 42), (50, Some(u64::from_le_bytes(*b"abcdefgh"))));
        assert_eq!(read_word(text, 52), (54, pack(b"xy"))); // the tail, byte by byte

        // No letter at `i`: an empty run, in a block and in the tail.
        assert_eq!(read_word(b"9 May 2013", 0), (0, Some(0)));
        assert_eq!(read_word(b"'90s", 0), (0, Some(0)));
        assert_eq!(read_word(b"x, 5", 3), (3, Some(0)));
    }

    #[test]
    fn next_opening_stops_at_letters_digits_and_apostrophes() {
        let text = "Syria, \u{2013} (\u{a0}5 'x \u{2019}; .";
        let b = text.as_bytes();
        // S=0, `, ` 5..7, en dash 7..10, ` (` 10..12, no-break space 12..14, 5=14, ` ` 15, '=16, x=17, ` ` 18, ’ 19..22.
        assert_eq!(next_opening(b, 0), Some(0));
        assert_eq!(next_opening(b, 5), Some(7)); // the en dash's lead byte is 0xE2 too: a maybe
        assert_eq!(next_opening(b, 8), Some(14));
        assert_eq!(next_opening(b, 15), Some(16));
        assert_eq!(next_opening(b, 18), Some(19));
        assert_eq!(next_opening(b, 20), None);
        assert_eq!(next_opening(b, 99), None);
    }

    #[test]
    fn skip_space_passes_spaces_tabs_breaks_and_no_break_spaces() {
        let b = b" \t\r\n\x0c\xc2\xa0x \xc2y\xc2\xa0";
        assert_eq!(skip_space(b, 0), 7);
        assert_eq!(skip_space(b, 7), 7);
        assert_eq!(skip_space(b, 8), 9); // 0xC2 without 0xA0 after it: not a space
        assert_eq!(skip_space(b, 10), 10);
        assert_eq!(skip_space(b, 11), 13);
        assert_eq!(skip_space(b, 13), 13);
    }
}
