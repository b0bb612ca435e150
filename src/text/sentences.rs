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

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "co",
    "corp", "ltd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "est", "dept", "fig", "mt",
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
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence { start: start + lead, end: end - trail });
    }
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
        if end < b.len() && matches!(b[end], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
            end += 1;
        } else if text[end..].starts_with('”') || text[end..].starts_with('’') {
            end += 3;
        } else {
            break;
        }
    }
    // Must be followed by white space, then a sentence start.
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    if trimmed.len() == rest.len() {
        return None; // "3.5", "U.S.A", "example.com"
    }
    let next = trimmed.chars().next()?;
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
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map(|(p, c)| p + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    // Compared in place, not lower-cased into a new string: this runs at
    // every full stop of the corpus, and most words are too long to be one.
    word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
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
