//! Mentions of named people and organisations, for the name-variant check.
//!
//! Two sources: spellings of the entity lexicon found in the text
//! (case-sensitively), and runs of capitalised words ("name chunks") that
//! may join on `al`, `bin`, `of` …, with titles ("Foreign Minister", "Mr")
//! and sentence-opening words ("The", "After") stripped from the front.
//! A lexicon spelling inside a run splits it ("Syrian Foreign Minister Walid
//! Moallem" → the demonym, a title, the name). A possessive `'s` or a
//! hyphenated lower-case tail ("Al Qaeda-linked") ends a name.
//!
//! Only names of two words or more become claims: a surname alone or a
//! demonym is an abbreviation, not a spelling variant, and skipping them
//! keeps the claims few; so does keeping one mention per spelling per
//! document (the first). The claim's value is the name as written; its
//! `unit` is the lexicon entity it resolves to (empty when none), so that
//! two listed entities are never taken for variants of each other.

use super::context::{collapse_space, DocContext};
use crate::lexicon::entities::{name_key, push_name_key, Entities};
use crate::model::{Claim, ClaimKind, ClaimValue};
use crate::text::scan::{first_byte, notable_lanes};
use crate::text::word_bytes::ASCII_WORD_BYTE;
use rustc_hash::FxHashSet;

/// Lower-case words that may stand inside a name ("Bashar al Assad", "League of Arab States").
const CONNECTORS: &[&str] = &["al", "bin", "ibn", "of", "de", "el", "abu", "van", "von", "der", "la", "du"];

/// Every mention of a name of two words or more.
pub fn extract(ctx: &DocContext) -> Vec<Claim> {
    let text = ctx.text();
    let ents = &ctx.lexicon.entities;
    let hits: Vec<_> = ents.find(text).collect();
    // Spans first; claims are built only for the spellings kept below.
    let mut out: Vec<(usize, usize)> = Vec::new();
    for h in &hits {
        if h.multi_word {
            out.push((h.start, h.end));
        }
    }
    let mut chunk: Vec<(usize, usize)> = Vec::new();
    let mut key = String::new();
    let mut hit_i = 0;
    let bytes = text.as_bytes();
    let mut words = Tokens::new(text);
    loop {
        // Outside a chunk, jump over the plain lower-case words (most of
        // the text) without tokenising them one by one.
        if chunk.is_empty() {
            words.skip_plain_words();
        }
        let Some((start, end, sep_ok)) = words.next() else { break };
        // Most words are lower case and no part of a name: skip them
        // before any other test (a lower-case word with a hyphen may still
        // carry a capital part, "al-Assad").
        if chunk.is_empty()
            && (bytes[start].is_ascii_lowercase() || bytes[start].is_ascii_digit())
            && !has_hyphen(&bytes[start..end])
        {
            continue;
        }
        while hit_i < hits.len() && hits[hit_i].end <= start {
            hit_i += 1;
        }
        let in_hit = hits.get(hit_i).is_some_and(|h| h.start < end);
        if (!sep_ok || in_hit) && !chunk.is_empty() {
            flush(ctx, &mut chunk, &mut key, &mut out);
        }
        if in_hit {
            continue;
        }
        let tok = &text[start..end];
        let (name, ends) = name_part(tok);
        let first = name.chars().next();
        let capital = first.is_some_and(char::is_uppercase) || (has_hyphen(name.as_bytes()) && has_capital_part(name));
        if capital {
            chunk.push((start, start + name.len()));
        } else if !chunk.is_empty() && CONNECTORS.contains(&name) {
            chunk.push((start, end));
        } else {
            flush(ctx, &mut chunk, &mut key, &mut out);
            continue;
        }
        if ends {
            flush(ctx, &mut chunk, &mut key, &mut out);
        }
    }
    flush(ctx, &mut chunk, &mut key, &mut out);
    // One mention per spelling per document is all the name-variant check
    // needs (it lists documents): keep the first, drop the repeats.
    out.sort_unstable();
    // A spelling seen as written needs no key (its key is seen too).
    // (Fx: a fast hasher for short names, in sets never iterated.)
    let mut seen_as_written = FxHashSet::default();
    let mut seen = FxHashSet::default();
    let mut claims = Vec::new();
    for (s, e) in out {
        if !seen_as_written.insert(&text[s..e]) {
            continue;
        }
        let key = name_key(&text[s..e]);
        if seen.contains(&key) {
            continue;
        }
        claims.push(mention(ctx, s, e, &key));
        seen.insert(key);
    }
    claims
}

/// Ends the current chunk: strips openers, titles and trailing connectors,
/// and keeps it when two words or more remain.
/// `key` is a buffer for the title keys, reused across chunks.
fn flush(ctx: &DocContext, chunk: &mut Vec<(usize, usize)>, key: &mut String, out: &mut Vec<(usize, usize)>) {
    // Most chunks are one capitalised word (a sentence opener): stripping
    // never adds words, so they cannot become a name of two.
    if chunk.len() < 2 && chunk.first().is_none_or(|&(s, e)| !has_hyphen(&ctx.text().as_bytes()[s..e])) {
        chunk.clear();
        return;
    }
    let text = ctx.text();
    let ents = &ctx.lexicon.entities;
    let mut t: &[(usize, usize)] = chunk;
    while let Some(&(s, e)) = t.first() {
        if ents.is_stopword(&text[s..e]) || CONNECTORS.contains(&&text[s..e]) {
            t = &t[1..];
            continue;
        }
        let title = if ents.may_start_title(&text[s..e]) { title_words(ents, text, t, key) } else { None };
        match title {
            Some(k) => t = &t[k..],
            None => break,
        }
    }
    while let Some(&(s, e)) = t.last() {
        let w = &text[s..e];
        if is_connector_any_case(w) || ents.is_stopword(w) {
            t = &t[..t.len() - 1];
        } else {
            break;
        }
    }
    if let (Some(first), Some(last)) = (t.first(), t.last()) {
        if has_two_words(&text.as_bytes()[first.0..last.1]) {
            out.push((first.0, last.1));
        }
    }
    chunk.clear();
}

/// How many words from the front of the chunk `t` make a title, the most
/// of up to four ("Foreign Minister" rather than "Foreign"), if any.
///
/// The words of a chunk are apart by spaces and tabs only, so the key of
/// its first k words is the keys of the words joined by one space: the
/// keys of all the candidates are prefixes of one key, built once into
/// `key` (a buffer reused across chunks) instead of one key each.
fn title_words(ents: &Entities, text: &str, t: &[(usize, usize)], key: &mut String) -> Option<usize> {
    let n = t.len().min(4);
    let mut ends = [0; 4];
    key.clear();
    for (j, &(s, e)) in t[..n].iter().enumerate() {
        let before = key.len();
        if before > 0 {
            key.push(' ');
        }
        push_name_key(key, &text[s..e]);
        if before > 0 && key.len() == before + 1 {
            // A word with an empty key adds no separator either.
            key.pop();
        }
        ends[j] = key.len();
    }
    (1..=n).rev().find(|&k| ents.is_title(&key[..ends[k - 1]]))
}

/// Whether `w` lowered is a connector ("Of", "AL"). An ASCII word is
/// compared ignoring ASCII case, without building its lower-case form.
fn is_connector_any_case(w: &str) -> bool {
    if w.is_ascii() {
        CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w))
    } else {
        CONNECTORS.contains(&w.to_lowercase().as_str())
    }
}

/// The claim of one mention; `key` is the name key of the span, which is
/// also that of its spelling (collapsing spaces does not change a key).
fn mention(ctx: &DocContext, start: usize, end: usize, key: &str) -> Claim {
    let value = ClaimValue::Entity(spelling(&ctx.text()[start..end]));
    let mut c = ctx.claim_about(ClaimKind::Mention, start, end, (start, end), value, Some("entities".into()));
    c.population = "names".into();
    c.unit = ctx.lexicon.entities.resolve_key(key).map(|e| e.name).unwrap_or_default();
    c
}

/// A name as written with runs of white space made one space
/// ([`collapse_space`]). Nearly every name is ASCII words joined by single
/// spaces, which one pass over its few bytes settles: cheaper than the
/// searches `collapse_space` makes to skip through whole sentences.
fn spelling(span: &str) -> String {
    let b = span.as_bytes();
    let single_spaces = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter().all(|&c| c == b' ' || (c > b' ' && c < 0x7f))
        && !b.windows(2).any(|w| w == b"  ");
    if single_spaces {
        span.to_string()
    } else {
        collapse_space(span)
    }
}

/// The name part of a token and whether the name ends with it: a possessive
/// `'s` or a lower-case hyphenated tail ("Qaeda-linked") is cut and ends it.
fn name_part(tok: &str) -> (&str, bool) {
    // Nearly every token is plain ASCII with no hyphen or apostrophe:
    // nothing below can cut it.
    if !tok.bytes().any(|b| b == b'-' || b == b'\'' || b >= 0x80) {
        return (tok, false);
    }
    let trimmed = tok.trim_end_matches(['\'', '’']);
    if trimmed.len() < tok.len() {
        return (trimmed, true);
    }
    for suffix in ["'s", "’s"] {
        if let Some(n) = tok.strip_suffix(suffix) {
            return (n, true);
        }
    }
    let mut cut = None;
    let mut pos = 0;
    for (i, part) in tok.split('-').enumerate() {
        if i > 0 && part.chars().next().is_some_and(char::is_lowercase) && tok[..pos].chars().any(char::is_uppercase) {
            cut = Some(pos - 1);
            break;
        }
        pos += part.len() + 1;
    }
    match cut {
        Some(c) => (&tok[..c], true),
        None => (tok, false),
    }
}

/// Whether `span` holds two words or more, words being runs of bytes
/// other than spaces and hyphens: what splitting it on `' '` and `'-'` and
/// counting the non-empty parts says, on bytes, without the char-pattern
/// splitter (both separators are ASCII, so no character is cut).
fn has_two_words(span: &[u8]) -> bool {
    let is_sep = |c: &u8| *c == b' ' || *c == b'-';
    let Some(first) = span.iter().position(|c| !is_sep(c)) else { return false };
    let rest = &span[first..];
    let Some(gap) = rest.iter().position(is_sep) else { return false };
    rest[gap..].iter().any(|c| !is_sep(c))
}

/// Whether a word holds a hyphen. Words are short: a byte loop, inlined,
/// costs less than the call into `memchr` that `contains` makes (0.4% of
/// the instructions of a run, measured).
#[allow(clippy::manual_contains)]
fn has_hyphen(word: &[u8]) -> bool {
    word.iter().any(|&c| c == b'-')
}

fn has_capital_part(tok: &str) -> bool {
    tok.split('-').any(|p| p.chars().next().is_some_and(char::is_uppercase))
}

/// Word tokens (letters, digits, `-`, `'`, `’`) with whether the gap before
/// each is plain spaces (a name may run across it). ASCII bytes are
/// classified directly; only non-ASCII characters are decoded.
struct Tokens<'a> {
    text: &'a str,
    /// Where the next token is looked for: never inside a token.
    i: usize,
    /// The end of the token returned last (`None` at the start and after a skip).
    last_end: Option<usize>,
}

/// Whether a byte can make a word worth reading outside a chunk: capitals,
/// hyphens, apostrophes and the bytes of non-ASCII characters. A word
/// without one (it starts with a lower-case letter or a digit and holds no
/// hyphen) is plain.
fn is_notable(c: u8) -> bool {
    c.is_ascii_uppercase() || c == b'-' || c == b'\'' || c >= 0x80
}

/// The Unicode block of curly quotes, dashes and the ellipsis (no letter or digit in it).
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Tokens<'a> {
        Tokens { text, i: 0, last_end: None }
    }

    /// Whether the character at `i` belongs to a token, and its length.
    fn at(&self, i: usize) -> (bool, usize) {
        let c = self.text.as_bytes()[i];
        if c < 0x80 {
            return (c.is_ascii_alphanumeric() || c == b'-' || c == b'\'', 1);
        }
        let ch = self.text[i..].chars().next().unwrap_or(' ');
        // Most non-ASCII characters of news text are curly quotes and
        // dashes, in General Punctuation, which holds no letter or digit:
        // answered without the (slow) Unicode tables.
        let tok = if GENERAL_PUNCTUATION.contains(&ch) { ch == '’' } else { ch.is_alphanumeric() || ch == '’' };
        (tok, ch.len_utf8())
    }

    /// The end of the token that holds byte `i` (`i` itself when the
    /// character there is no token character).
    fn token_end(&self, mut i: usize) -> usize {
        let b = self.text.as_bytes();
        loop {
            // ASCII token bytes, nearly all of a word, are stepped over
            // without the per-character test; any other byte ends the run
            // and is classified below.
            while b.get(i).is_some_and(|&c| ASCII_WORD_BYTE[usize::from(c)]) {
                i += 1;
            }
            if b.get(i).is_none_or(|&c| c < 0x80) {
                return i;
            }
            let (tok, len) = self.at(i);
            if !tok {
                return i;
            }
            i += len;
        }
    }

    /// [`Self::token_end`] one character at a time (what it does, slowly;
    /// kept to test it against).
    #[cfg(test)]
    fn token_end_by_chars(&self, mut i: usize) -> usize {
        while i < self.text.len() {
            let (tok, len) = self.at(i);
            if !tok {
                break;
            }
            i += len;
        }
        i
    }

    /// Moves past the plain words ahead (see [`is_notable`]), to the start of
    /// the next word that is not plain, or near it: it never passes one.
    /// The gap before the next token then reads as not plain spaces, which
    /// only matters inside a chunk, where this is not called.
    fn skip_plain_words(&mut self) {
        let b = self.text.as_bytes();
        let mut i = self.i;
        loop {
            let Some(p) = first_byte(b, i, notable_lanes, is_notable) else {
                self.i = b.len();
                break;
            };
            // The bytes from `i` to `p` are ASCII and none notable: the
            // token holding `p` starts after the last non-alphanumeric one.
            let mut s = p;
            while s > i && b[s - 1].is_ascii_alphanumeric() {
                s -= 1;
            }
            if s == p {
                // A word starts at `p` (or `p` is a separator to step over).
                self.i = p;
                break;
            }
            let end = self.token_end(p);
            if has_hyphen(&b[p..end]) {
                self.i = s;
                break;
            }
            i = end;
        }
        self.last_end = None;
    }

    /// The next token: its start, end and whether the gap before it is
    /// plain spaces and tabs.
    fn next(&mut self) -> Option<(usize, usize, bool)> {
        let b = self.text.as_bytes();
        let start = loop {
            if self.i >= b.len() {
                return None;
            }
            let (tok, len) = self.at(self.i);
            if tok {
                break self.i;
            }
            self.i += len;
        };
        let end = self.token_end(start);
        self.i = end;
        let sep_ok = self.last_end.is_some_and(|e| b[e..start].iter().all(|&c| c == b' ' || c == b'\t'));
        self.last_end = Some(end);
        Some((start, end, sep_ok))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_tokens(text: &str) -> Vec<(usize, usize, bool)> {
        let mut t = Tokens::new(text);
        std::iter::from_fn(|| t.next()).collect()
    }

    #[test]
    fn token_ends_as_by_characters() {
        let text = "Walid al-Moallem’s “Érdogan” 9-11 O'Neil—U.S. x";
        let t = Tokens::new(text);
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(t.token_end(i), t.token_end_by_chars(i), "from {i}");
        }
        // "al-Moallem’s" runs from 6 to 20 (’ takes three bytes).
        assert_eq!(t.token_end(6), 20);
        assert_eq!(t.token_end(20), 20, "a space ends nothing");
    }

    #[test]
    fn tokens_with_their_gaps() {
        // "said," ends before the comma, so the gap before "Walid" is not
        // plain; "al-Moallem’s" is 14 bytes (’ takes three).
        assert_eq!(
            all_tokens("He said, Walid  al-Moallem’s"),
            [(0, 2, false), (3, 7, true), (9, 14, false), (16, 30, true)]
        );
    }

    #[test]
    fn skip_lands_on_the_next_word_that_is_not_plain() {
        let text = "the 3 men of al-Nusra and iPhone users met Walid";
        let mut t = Tokens::new(text);
        t.skip_plain_words();
        // "al-Nusra" (13..21) holds a hyphen; "iPhone" starts lower case.
        assert_eq!(t.next(), Some((13, 21, false)));
        t.skip_plain_words();
        assert_eq!(t.next(), Some((43, 48, false)));
        t.skip_plain_words();
        assert_eq!(t.next(), None);
    }

    #[test]
    fn skip_steps_to_non_ascii_separators_and_words() {
        let text = "he said “Érdogan” too";
        let mut t = Tokens::new(text);
        t.skip_plain_words();
        // Lands on the opening quote (8), a separator; the word follows it.
        assert_eq!(t.i, 8);
        assert_eq!(t.next(), Some((11, 19, false)));
    }

    #[test]
    fn skipping_keeps_every_word_that_is_not_plain() {
        let text = "A man, the al-Assad camp; 'Ali said: don't go to U.S.-backed 9-11 groups in Türkiye or ökonomie.";
        let plain = |&(s, e, _): &(usize, usize, bool)| {
            let b = text.as_bytes();
            (b[s].is_ascii_lowercase() || b[s].is_ascii_digit()) && !b[s..e].contains(&b'-')
        };
        let want: Vec<(usize, usize)> = all_tokens(text).iter().filter(|t| !plain(t)).map(|t| (t.0, t.1)).collect();
        let mut t = Tokens::new(text);
        let mut got = Vec::new();
        loop {
            t.skip_plain_words();
            let Some(tok) = t.next() else { break };
            if !plain(&tok) {
                got.push((tok.0, tok.1));
            }
        }
        assert_eq!(got, want);
        assert_eq!(
            want.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(),
            // "ökonomie" starts with a non-ASCII letter: not plain.
            ["A", "al-Assad", "'Ali", "U", "S", "-backed", "9-11", "Türkiye", "ökonomie"]
        );
    }

    #[test]
    fn word_byte_table_holds_letters_digits_hyphens_and_apostrophes() {
        let held: Vec<u8> = (0..=255u8).filter(|&c| ASCII_WORD_BYTE[usize::from(c)]).collect();
        // 26 + 26 letters, 10 digits, '-' and '\''.
        assert_eq!(held.len(), 64);
        assert!(held.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-' || c == b'\''));
    }

    #[test]
    fn spellings_keep_single_spaces_and_collapse_the_rest() {
        assert_eq!(spelling("Walid al-Moallem"), "Walid al-Moallem");
        assert_eq!(spelling("Walid \t al-Moallem"), "Walid al-Moallem");
        assert_eq!(spelling("Walid  Moallem"), "Walid Moallem");
        assert_eq!(spelling("Recep Tayyip\u{a0}Erdoğan"), "Recep Tayyip Erdoğan");
        assert_eq!(spelling("Jean\u{7f}Paul"), "Jean\u{7f}Paul", "DEL is no space: kept by collapse_space too");
    }

    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        assert_eq!(GENERAL_PUNCTUATION.filter(|c| c.is_alphanumeric()).count(), 0);
        assert_eq!(GENERAL_PUNCTUATION.count(), 112);
        // The right single quote is a word character all the same ("al-Moallem’s").
        // “ ” — take three bytes each: "no" starts at 3 + 5 + 3 + 1 + 3 + 1 + 3 + 1 = 20.
        assert_eq!(all_tokens("“Assad’s” — no"), [(3, 12, false), (20, 22, false)]);
    }

    #[test]
    fn name_parts_cut_possessives_and_lower_case_tails() {
        assert_eq!(name_part("Assad"), ("Assad", false));
        assert_eq!(name_part("Assad's"), ("Assad", true));
        assert_eq!(name_part("Assad’s"), ("Assad", true));
        assert_eq!(name_part("Rebels'"), ("Rebels", true));
        assert_eq!(name_part("Qaeda-linked"), ("Qaeda", true));
        assert_eq!(name_part("al-Assad"), ("al-Assad", false));
        assert_eq!(name_part("Erdoğan"), ("Erdoğan", false));
    }

    /// The (start, end) of each space-separated word of `text`.
    fn words(text: &str) -> Vec<(usize, usize)> {
        let mut at = 0;
        text.split(' ')
            .map(|w| {
                let span = (at, at + w.len());
                at += w.len() + 1;
                span
            })
            .collect()
    }

    #[test]
    fn titles_are_the_longest_key_prefix_that_is_one() {
        let l = crate::lexicon::Lexicon::bundled();
        let e = &l.entities;
        let mut key = String::from("left over");
        let text = "Foreign Minister Walid al-Moallem";
        assert_eq!(title_words(e, text, &words(text), &mut key), Some(2), "'foreign minister', not 'foreign'");
        // The buffer holds the key of all four words: that of the whole span.
        assert_eq!(key, crate::lexicon::entities::name_key(text));
        let text = "Secretary of State John Kerry";
        assert_eq!(title_words(e, text, &words(text), &mut key), Some(3));
        assert_eq!(key, "secretary of state john", "four words at most");
        let text = "Secretary-General Ban";
        assert_eq!(
            title_words(e, text, &words(text), &mut key),
            Some(1),
            "one token, the two-word title 'secretary general'"
        );
        let text = "Walid Moallem";
        assert_eq!(title_words(e, text, &words(text), &mut key), None);
    }

    #[test]
    fn two_words_apart_by_spaces_or_hyphens() {
        assert!(has_two_words(b"Walid Moallem"));
        assert!(has_two_words(b"Secretary-General"));
        assert!(has_two_words(b"-Al--Assad-"), "empty parts are not words");
        assert!(
            has_two_words("Recep\u{a0}Erdo\u{11f}an x".as_bytes()),
            "a no-break space is no separator: 'x' is the second word"
        );
        assert!(!has_two_words("Recep\u{a0}Erdo\u{11f}an".as_bytes()));
        assert!(!has_two_words(b" -Assad- "));
        assert!(!has_two_words(b"Walid\tMoallem"), "a tab is no separator");
        assert!(!has_two_words(b" - "));
        assert!(!has_two_words(b""));
    }

    #[test]
    fn hyphens_anywhere_in_a_word() {
        assert!(has_hyphen(b"al-Assad"));
        assert!(has_hyphen(b"-backed"));
        assert!(has_hyphen(b"9-"));
        assert!(!has_hyphen(b"Assad"));
        assert!(!has_hyphen("Al–Mu’allem".as_bytes()), "an en dash is no hyphen");
        assert!(!has_hyphen(b""));
    }

    #[test]
    fn connectors_in_any_case() {
        assert!(is_connector_any_case("Of"));
        assert!(is_connector_any_case("AL"));
        assert!(!is_connector_any_case("Alb"));
        assert!(!is_connector_any_case("Ök"));
    }
}
