//! A tiny on-demand lexer shared by the date and duration scanners: words,
//! digit runs and single punctuation characters, plus the keyword table.

use jiff::civil::Weekday;

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
/// [`pack`]ed key when it has at most eight letters.
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

/// A cursor over the tokens of a text; `Copy`, so a failed attempt just drops its copy.
#[derive(Clone, Copy)]
pub(crate) struct Cur<'a> {
    pub t: &'a str,
    pub pos: usize,
}

impl<'a> Cur<'a> {
    pub fn new(t: &'a str, pos: usize) -> Self {
        Cur { t, pos }
    }

    pub fn b(&self) -> &'a [u8] {
        self.t.as_bytes()
    }

    #[inline]
    pub fn peek(&self) -> Option<Tok> {
        next_tok(self.b(), self.pos)
    }

    #[inline]
    pub fn text(&self, t: Tok) -> &'a str {
        self.t.get(t.start..t.end).unwrap_or("")
    }

    /// Consumes the next token when it is the word `w` (ASCII case-insensitive).
    pub fn eat_word(&mut self, w: &str) -> bool {
        // Fast path: compare in place instead of lexing the next token. It is
        // the word `w` when the bytes there match `w` in any case, no letter
        // follows, and they are letters (all a word token holds).
        let b = self.b();
        let start = skip_space(b, self.pos);
        let end = start + w.len();
        let Some(s) = b.get(start..end) else { return false };
        let hit = !w.is_empty()
            && s.eq_ignore_ascii_case(w.as_bytes())
            && !b.get(end).is_some_and(u8::is_ascii_alphabetic)
            && s.iter().all(u8::is_ascii_alphabetic);
        if hit {
            self.pos = end;
        }
        hit
    }

    /// Consumes the next token when it is one of `ws`; returns its index.
    pub fn eat_any(&mut self, ws: &[&str]) -> Option<usize> {
        let t = self.peek()?;
        if t.kind != TokKind::Word {
            return None;
        }
        let s = self.text(t);
        let i = ws.iter().position(|w| s.eq_ignore_ascii_case(w))?;
        self.pos = t.end;
        Some(i)
    }

    /// Consumes the next token when it is the ASCII character `c`.
    pub fn eat_punct(&mut self, c: u8) -> bool {
        match self.peek() {
            Some(t) if t.kind == TokKind::Punct && self.b()[t.start] == c => {
                self.pos = t.end;
                true
            }
            _ => false,
        }
    }

    /// Consumes the next token when it is the ASCII character `c` directly attached (no space).
    pub fn eat_punct_tight(&mut self, c: u8) -> bool {
        if self.b().get(self.pos) == Some(&c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes a hyphen, en dash or em dash.
    pub fn eat_dash(&mut self) -> bool {
        match self.peek() {
            Some(t) if t.kind == TokKind::Punct && is_dash(self.text(t)) => {
                self.pos = t.end;
                true
            }
            _ => false,
        }
    }

    /// The next token when it is a digit run directly attached (no space) to the cursor.
    pub fn tight(&self) -> Option<Tok> {
        let t = self.peek()?;
        (t.start == self.pos).then_some(t)
    }

    /// Consumes a digit run and returns its value (at most 9 digits).
    pub fn num(&mut self) -> Option<(Tok, u32)> {
        let t = self.peek()?;
        if t.kind != TokKind::Num || t.end - t.start > 9 {
            return None;
        }
        let v = self.text(t).parse().ok()?;
        self.pos = t.end;
        Some((t, v))
    }
}

/// `-`, `–` or `—`.
pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "\u{2013}" | "\u{2014}")
}

/// True when the digit run `t` stands alone as a number: not part of `2,009`,
/// `1.5`, `A380` or `130,000`.
pub(crate) fn clean_num(b: &[u8], t: Tok) -> bool {
    let before = |k: usize| if t.start >= k { b.get(t.start - k).copied() } else { None };
    let after = |k: usize| b.get(t.end + k - 1).copied();
    if before(1).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    if matches!(before(1), Some(b',' | b'.')) && before(2).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if matches!(after(1), Some(b',' | b'.')) && after(2).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    true
}

/// A month name or abbreviation (`jan`, `sept`), 1-based; and whether it was written in full.
pub(crate) fn month(w: &str) -> Option<(i8, bool)> {
    let mut buf = [0u8; 9];
    let l = lower(w, &mut buf)?;
    Some(match l {
        "january" => (1, true),
        "jan" => (1, false),
        "february" => (2, true),
        "feb" => (2, false),
        "march" => (3, true),
        "mar" => (3, false),
        "april" => (4, true),
        "apr" => (4, false),
        "may" => (5, true),
        "june" => (6, true),
        "jun" => (6, false),
        "july" => (7, true),
        "jul" => (7, false),
        "august" => (8, true),
        "aug" => (8, false),
        "september" => (9, true),
        "sep" | "sept" => (9, false),
        "october" => (10, true),
        "oct" => (10, false),
        "november" => (11, true),
        "nov" => (11, false),
        "december" => (12, true),
        "dec" => (12, false),
        _ => return None,
    })
}

/// A weekday name, in full.
pub(crate) fn weekday(w: &str) -> Option<Weekday> {
    let mut buf = [0u8; 9];
    Some(match lower(w, &mut buf)? {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// A number word: `one`..`nineteen`, the tens `twenty`..`ninety`.
pub(crate) fn number_word(w: &str) -> Option<u32> {
    let mut buf = [0u8; 9];
    Some(match lower(w, &mut buf)? {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Reads a spelled-out number at the cursor: `three`, `twenty-five`, `twenty five`.
pub(crate) fn spelled_number(c: &mut Cur) -> Option<u32> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let v = number_word(c.text(t))?;
    c.pos = t.end;
    if v >= 20 && v % 10 == 0 {
        let mut k = *c;
        let tight_dash = k.eat_punct_tight(b'-');
        if let Some(u) = k.peek() {
            let attached = !tight_dash || u.start == k.pos;
            if attached && u.kind == TokKind::Word {
                if let Some(d) = number_word(k.text(u)).filter(|d| *d < 10) {
                    k.pos = u.end;
                    *c = k;
                    return Some(v + d);
                }
            }
        }
    }
    Some(v)
}

/// A unit of time: `day(s)`, `week(s)`, `month(s)`, `year(s)`, `decade(s)`; returns the canonical name.
pub(crate) fn unit(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 9];
    Some(match lower(w, &mut buf)? {
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" => "year",
        "decade" | "decades" => "decade",
        _ => return None,
    })
}

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

/// The month words of [`CALENDAR_WORDS`] (its first 24).
pub(crate) const MONTH_WORDS: &[&str] = CALENDAR_WORDS.split_at(24).0;

/// The weekday names of [`CALENDAR_WORDS`] (after the months).
pub(crate) const WEEKDAY_WORDS: &[&str] = CALENDAR_WORDS.split_at(24).1;

/// Every word `month`, `weekday` and `number_word` accept.
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Every word `number_word` accepts.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

#[cfg(test)]
mod tests {
    use super::*;

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
    fn eat_word_takes_the_next_word_token_when_it_is_the_word() {
        // The token reading `eat_word` replaces: the next token, a word, equal in any case.
        let by_token = |c: &Cur, w: &str| {
            c.peek().filter(|t| t.kind == TokKind::Word && c.text(*t).eq_ignore_ascii_case(w)).map(|t| t.end)
        };
        let text = "The week\u{a0}of  May 5, the weekend; THE-end 'the' x the\tWeek\nweeks e\u{301}the theme";
        let words = ["the", "week", "of", "may", "weekend", "end", "weeks", "x", "", "the-end", "'the'", "5", "them"];
        let mut hits = 0;
        for pos in 0..=text.len() {
            for w in words {
                let mut c = Cur::new(text, pos);
                let want = by_token(&c, w);
                assert_eq!(c.eat_word(w), want.is_some(), "{w:?} at {pos}");
                assert_eq!(c.pos, want.unwrap_or(pos), "{w:?} at {pos}");
                hits += usize::from(want.is_some());
            }
        }
        // Each listed word token is reached from its start and from each white space
        // before it (the no-break space counts once): 1 The, 2 week, 2 of, 3 May, 2 the,
        // 2 weekend, 1 "end" inside it, 2 THE, 1 end, 1 'the', 2 x, 2 the, 2 Week,
        // 2 weeks, 1 the after the combining accent.
        assert_eq!(hits, 26);
        let mut c = Cur::new("  The week", 0);
        assert!(c.eat_word("the") && c.pos == 5 && c.eat_word("WEEK") && c.pos == 10 && !c.eat_word("week"));
    }

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

    #[test]
    fn an_empty_key_table_finds_nothing() {
        let t = key_table(std::iter::empty::<(&str, ())>());
        assert_eq!(key_lookup(&t, b"the"), None);
    }
}
