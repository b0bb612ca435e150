//! Sentence boundaries with byte offsets.
//!
//! A small rule-based splitter rather than a full segmenter: it only has to
//! give a fact-checker the sentence a claim came from, and it must run at
//! close to memory speed (it touches every byte of the corpus). A sentence
//! ends at `.`, `!` or `?` (plus closing quotes and brackets) followed by
//! white space and a capital, digit or quote — unless the word before the
//! stop is a known abbreviation (`Mr.`, `Jan.`, `U.S.`) or an initial — and
//! at a paragraph break (a blank line, or a line break before a line that
//! does not continue the sentence in lower case).

/// One sentence: `start..end` in bytes, trimmed of surrounding white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// Just past the last byte.
    pub end: usize,
}

/// Sorted (tested), for a binary search.
const ABBREVIATIONS: &[&str] = &[
    "a.m", "approx", "apr", "aug", "capt", "co", "col", "corp", "dec", "dept", "dr", "e.g", "est", "etc", "feb", "fig",
    "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "mar", "mr", "mrs", "ms", "mt", "no", "nov",
    "oct", "p.m", "prof", "rep", "sen", "sep", "sept", "sgt", "sr", "st", "u.k", "u.n", "u.s", "vs",
];

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    for at in candidates(b) {
        // Bytes a sentence end already took ("...", closing quotes) are past.
        if at < i {
            continue;
        }
        let cut = match b[at] {
            // A lone CR (old Mac line ends) is a line break; in CRLF the LF is.
            b'\r' if b.get(at + 1) == Some(&b'\n') => None,
            b'\n' | b'\r' => newline_ends_sentence(b, at),
            _ => stop_ends_sentence(text, at),
        };
        i = cut.unwrap_or(at + 1);
        if let Some(end) = cut {
            push(text, &mut out, start, end);
            start = end;
        }
    }
    push(text, &mut out, start, text.len());
    out
}

/// The offsets of every `.`, `!`, `?`, `\n` and `\r` in `b`, in order: two
/// vectorised searches merged, much cheaper than testing every byte.
fn candidates(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut stops = memchr::memchr3_iter(b'.', b'\n', b'\r', b).peekable();
    let mut marks = memchr::memchr2_iter(b'!', b'?', b).peekable();
    std::iter::from_fn(move || match (stops.peek(), marks.peek()) {
        (Some(s), Some(m)) if m < s => marks.next(),
        (Some(_), _) => stops.next(),
        (None, _) => marks.next(),
    })
}

fn push(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize) {
    let (start, end) = trim(text, start, end);
    if start < end {
        out.push(Sentence { start, end });
    }
}

/// `start..end` of `text` without its leading and trailing white space, as
/// `str::trim` would cut it. A fast path: most edges are ASCII (a space
/// after the previous stop, a line break), tested byte by byte; only a
/// non-ASCII byte at an edge falls back to `str::trim_start`/`trim_end`.
fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while start < end && is_ascii_space(b[start]) {
        start += 1;
    }
    if start < end && b[start] >= 0x80 {
        let s = &text[start..end];
        start += s.len() - s.trim_start().len();
    }
    while end > start && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    if end > start && b[end - 1] >= 0x80 {
        let s = &text[start..end];
        end -= s.len() - s.trim_end().len();
    }
    (start, end)
}

/// The ASCII bytes `char::is_whitespace` accepts (tab, line feed, vertical
/// tab, form feed, carriage return, space).
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// A line break at `at` ends the sentence unless the next line continues it in lower case.
fn newline_ends_sentence(b: &[u8], at: usize) -> Option<usize> {
    let mut j = at + 1;
    while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\r') {
        j += 1;
    }
    match b.get(j) {
        Some(c) if c.is_ascii_lowercase() => None,
        _ => Some(at + 1),
    }
}

/// For a stop at `at`, the offset where the sentence ends, if it does.
fn stop_ends_sentence(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut end = at + 1;
    // Runs of stops ("...", "?!") and closing quotes/brackets belong to the sentence.
    loop {
        match b.get(end) {
            Some(b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') => end += 1,
            // Only the lead byte 0xE2 can start a curly quote: tested first.
            Some(0xE2) if text[end..].starts_with('”') || text[end..].starts_with('’') => end += 3,
            _ => break,
        }
    }
    // Must be followed by white space (spaces or tabs, all ASCII, so
    // skipped byte by byte), then a sentence start.
    let mut next_at = end;
    while matches!(b.get(next_at), Some(b' ' | b'\t')) {
        next_at += 1;
    }
    if next_at == end {
        return None; // "3.5", "U.S.A", "example.com"
    }
    let next = text[next_at..].chars().next()?;
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '‘' | '\'' | '(' | '\n' | '\r'))
    {
        return None;
    }
    if b[at] == b'.' && is_abbreviation(text, at) {
        return None;
    }
    Some(end)
}

/// Whether the word ending just before the stop at `at` is an abbreviation or an initial.
fn is_abbreviation(text: &str, at: usize) -> bool {
    let before = &text[..at];
    // The word starts after the last white space, '(' or '"'. Both tests
    // below need a word of at most LONGEST_ABBREVIATION bytes (an initial
    // is one character, at most 4 bytes), so the walk back stops there:
    // this runs at every full stop of the corpus, and most words are long.
    let mut word_start = 0;
    for (p, c) in before.char_indices().rev() {
        if c.is_whitespace() || c == '(' || c == '"' {
            word_start = p + c.len_utf8();
            break;
        }
        if at - p > LONGEST_ABBREVIATION {
            return false;
        }
    }
    let word = &before[word_start..];
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    // Compared in place, lower-cased on the stack: a binary search of the
    // sorted list rather than a comparison with each of them.
    let mut lower = [0u8; LONGEST_ABBREVIATION];
    let Some(lower) = lower.get_mut(..word.len()) else { return false };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    ABBREVIATIONS.binary_search_by(|a| a.as_bytes().cmp(lower)).is_ok()
}

/// The length of the longest of [`ABBREVIATIONS`] (tested).
const LONGEST_ABBREVIATION: usize = 6;

/// Whether no occurrence of `phrase` can run across a sentence boundary. A
/// boundary is white space after `.`, `!`, `?` or a closing quote or
/// bracket, or a line break; a phrase whose white space is only single
/// spaces, each after a letter, digit or hyphen, never holds one. Such
/// phrases are found sentence by sentence exactly as in the whole text.
pub fn stays_inside_sentences(phrase: &str) -> bool {
    let mut prev: Option<char> = None;
    for c in phrase.chars() {
        if c.is_whitespace() && (c != ' ' || !prev.is_some_and(|p| p.is_alphanumeric() || p == '-')) {
            return false;
        }
        prev = Some(c);
    }
    true
}

/// The sentence containing `offset` (by binary search over `sentences`).
pub fn containing(sentences: &[Sentence], offset: usize) -> Option<&Sentence> {
    let i = sentences.partition_point(|s| s.end <= offset);
    sentences.get(i).filter(|s| s.start <= offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn phrases_that_stay_inside_sentences() {
        for p in ["the war", "Syria's civil war", "al-Assad regime", "war", "", "1st round"] {
            assert!(stays_inside_sentences(p), "{p:?}");
        }
        for p in ["talks. The", "war\nThe", " war", "the  war", "war\tzone", "said\" The", "(war) now"] {
            assert!(!stays_inside_sentences(p), "{p:?}");
        }
    }

    #[test]
    fn longest_abbreviation_is_the_longest() {
        assert_eq!(ABBREVIATIONS.iter().map(|a| a.len()).max(), Some(LONGEST_ABBREVIATION));
        assert!(is_abbreviation("the APPROX.", 10));
        assert!(!is_abbreviation("the approxi.", 11));
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]), "sorted for the binary search");
    }

    #[test]
    fn abbreviations_and_initials_at_a_stop() {
        // Initials: one upper-case character, ASCII or not.
        assert!(is_abbreviation("John F.", 6));
        assert!(is_abbreviation("(É.", 3));
        assert!(!is_abbreviation("a f.", 3));
        // Listed words in any case, after white space, '(' or '"', or at the start.
        assert!(is_abbreviation("Mr.", 2));
        assert!(is_abbreviation("met\u{a0}Gen.", 8));
        assert!(is_abbreviation("(U.S.", 4));
        assert!(is_abbreviation("said \"Sept.", 10));
        // Not listed, too long, or empty.
        assert!(!is_abbreviation("the table.", 9));
        assert!(!is_abbreviation("agreed.", 6));
        assert!(!is_abbreviation("ÉÉÉÉ.", 8));
        assert!(!is_abbreviation("war .", 4));
    }

    #[test]
    fn trim_cuts_white_space_as_str_trim() {
        let t = " \t One.\n";
        assert_eq!(trim(t, 0, t.len()), (3, 7));
        // Non-ASCII white space at either edge.
        let t = "\u{a0} Two \u{3000}";
        assert_eq!(trim(t, 0, t.len()), (3, 6));
        // Only white space: an empty span.
        let t = " \u{2003} ";
        let (a, b) = trim(t, 0, t.len());
        assert_eq!(a, b);
        // A non-ASCII letter at the edge stays.
        assert_eq!(trim("é ", 0, 3), (0, 2));
    }

    #[test]
    fn splits_on_stops_and_keeps_abbreviations() {
        assert_eq!(
            texts("Mr. Kerry met him on Jan. 22, 2014. Talks began. The U.S. said no! Then 3.5 more?"),
            vec!["Mr. Kerry met him on Jan. 22, 2014.", "Talks began.", "The U.S. said no!", "Then 3.5 more?"]
        );
    }

    #[test]
    fn paragraphs_and_wrapped_lines() {
        assert_eq!(
            texts("Headline\n\nFirst line\ncontinues here. Next.\nUpdate 2/10/2014:\nA second"),
            vec!["Headline", "First line\ncontinues here.", "Next.", "Update 2/10/2014:", "A second"]
        );
    }

    #[test]
    fn lone_cr_is_a_line_break() {
        assert_eq!(texts("Blast\r\r14 people\rwere hurt\r\nNext"), vec!["Blast", "14 people\rwere hurt", "Next"]);
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        assert_eq!(texts("He said “no.” Then left."), vec!["He said “no.”", "Then left."]);
    }

    #[test]
    fn a_wide_space_before_an_abbreviation() {
        // U+00A0 is white space of two bytes (found by tests/fuzz.rs).
        assert_eq!(texts("Met\u{a0}Mr. Kerry. Then left."), vec!["Met\u{a0}Mr. Kerry.", "Then left."]);
    }

    #[test]
    fn candidates_merge_both_searches_in_order() {
        let got: Vec<usize> = candidates(b"Hi! Yes. Why?\nNo\r\n.").collect();
        assert_eq!(got, vec![2, 7, 12, 13, 16, 17, 18]);
        assert_eq!(candidates(b"no stops").count(), 0);
        assert_eq!(candidates(b"?!").collect::<Vec<_>>(), vec![0, 1]);
    }

    #[test]
    fn containing_finds_the_sentence() {
        let t = "One. Two three.";
        let s = split(t);
        assert_eq!(containing(&s, 6).map(|s| &t[s.start..s.end]), Some("Two three."));
        assert_eq!(containing(&s, 4), None);
    }
}
