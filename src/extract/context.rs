//! What every extractor needs to know about one document: its sentences,
//! lines, numbers and dates, and how to build a claim at a span.

use super::subject_hits::SubjectHits;
use crate::lexicon::Lexicon;
use crate::model::{Claim, ClaimKind, ClaimValue, Document, Label};
use crate::normalize::date::DateMatch;
use crate::normalize::number::NumberMatch;
use crate::text::lines::{floor_char_boundary, LineIndex};
use crate::text::sentences::{self, Sentence};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

/// One document, prepared for the extractors.
pub struct DocContext<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// Its line index.
    pub lines: LineIndex,
    /// Every number, in order.
    pub numbers: Vec<NumberMatch>,
    /// Every date, in order.
    pub dates: Vec<DateMatch>,
    /// The lexicon.
    pub lexicon: &'a Lexicon,
    /// The text with ASCII letters in lower case, for whole-text phrase
    /// searches ([`crate::lexicon::phrases::PhraseSet::find_lowered`]).
    pub lower: String,
    /// The subject synonyms, searched sentence by sentence on first use.
    subject_hits: SubjectHits<'a>,
    /// Quotes already built, by sentence start (many claims share a sentence);
    /// looked up once per claim and never iterated, so hashed with Fx.
    quotes: RefCell<FxHashMap<usize, Arc<str>>>,
    /// The document id, shared by all its claims.
    id: Arc<str>,
}

impl<'a> DocContext<'a> {
    /// Prepares `doc`.
    pub fn new(doc: &'a Document, numbers: Vec<NumberMatch>, dates: Vec<DateMatch>, lexicon: &'a Lexicon) -> Self {
        let lower = doc.text.to_ascii_lowercase();
        let sentences = sentences::split(&doc.text);
        DocContext {
            doc,
            subject_hits: SubjectHits::new(&doc.text, &sentences, lexicon),
            sentences,
            lines: LineIndex::new(&doc.text),
            numbers,
            dates,
            lexicon,
            lower,
            quotes: RefCell::new(FxHashMap::default()),
            id: doc.id.as_str().into(),
        }
    }

    /// The subject synonyms within `sentence`, as (start, subject index).
    fn subjects_in(&self, sentence: Sentence) -> Cow<'_, [(usize, usize)]> {
        self.subject_hits.within(&self.doc.text, &self.sentences, sentence)
    }

    /// The sentence's text with white space collapsed, built once per sentence.
    pub fn quote(&self, sentence: Sentence) -> Arc<str> {
        self.quotes
            .borrow_mut()
            .entry(sentence.start)
            .or_insert_with(|| collapsed_quote(&self.doc.text[sentence.start..sentence.end]))
            .clone()
    }

    /// The text.
    pub fn text(&self) -> &'a str {
        &self.doc.text
    }

    /// The sentence around `offset` (the whole text when none), cut to at
    /// most [`MAX_SENTENCE`] bytes around `offset`: every claim looks at its
    /// sentence, so an unbounded one (a 50 MB line, a table with no stops)
    /// would make the work grow with claims × sentence length.
    pub fn sentence(&self, offset: usize) -> Sentence {
        let s = sentences::containing(&self.sentences, offset)
            .copied()
            .unwrap_or(Sentence { start: 0, end: self.doc.text.len() });
        clamp(&self.doc.text, s, offset)
    }

    /// Whether `start..end` overlaps a date (numbers inside dates are not counts).
    pub fn in_date(&self, start: usize, end: usize) -> bool {
        let i = self.dates.partition_point(|d| d.end <= start);
        self.dates.get(i).is_some_and(|d| d.start < end)
    }

    /// The canonical subject named nearest to `at` in `sentence`: the
    /// closest synonym before it, else the first after it.
    pub fn subject(&self, sentence: Sentence, at: usize) -> Option<Label> {
        let hits = self.subjects_in(sentence);
        let split = hits.partition_point(|h| h.0 < at);
        let before = split.checked_sub(1).map(|i| hits[i].1);
        let after = hits.get(split).map(|h| h.1);
        before.or(after).map(|i| self.lexicon.subjects[i].id)
    }

    /// The dated subject (an event or group of `subjects.toml` with
    /// `dated = true`) a claim at `at` speaks of. The sentence's own subject
    /// decides when it names one (the nearest, as [`Self::subject`]): a
    /// dated one is the answer, any other ("the fighting") means none.
    /// Otherwise the first of the `back` sentences before it that names a
    /// subject decides the same way, taking its last dated subject ("This
    /// document was signed by …" after "the Geneva Communique").
    pub fn dated_subject(&self, sentence: Sentence, at: usize, back: usize) -> Option<Label> {
        let dated = |id: Label| self.lexicon.subject(&id).is_some_and(|s| s.dated);
        if let Some(id) = self.subject(sentence, at) {
            return dated(id).then_some(id);
        }
        let i = self.sentences.partition_point(|s| s.end <= sentence.start);
        let prev = self.sentences[..i].iter().rev().take(back).find_map(|prev| {
            let hits = self.subjects_in(*prev);
            (!hits.is_empty()).then(|| hits.iter().rev().map(|h| h.1).find(|&h| self.lexicon.subjects[h].dated))
        })??;
        Some(self.lexicon.subjects[prev].id)
    }

    /// A claim of `kind` read from `start..end`, with its figure at `figure`.
    pub fn claim(&self, kind: ClaimKind, start: usize, end: usize, figure: (usize, usize), value: ClaimValue) -> Claim {
        self.claim_about(kind, start, end, figure, value, None)
    }

    /// [`Self::claim`] with its subject given when `Some` (a name mention's
    /// is "entities": the sentence's subject is then not looked up only to
    /// be replaced), else the sentence's subject nearest the figure.
    pub fn claim_about(
        &self,
        kind: ClaimKind,
        start: usize,
        end: usize,
        figure: (usize, usize),
        value: ClaimValue,
        subject: Option<Label>,
    ) -> Claim {
        let text = &self.doc.text;
        let (line, col) = self.lines.line_col(text, start);
        let sentence = self.sentence(start);
        let subject = subject.or_else(|| self.subject(sentence, figure.0)).unwrap_or(Label::from_static("unspecified"));
        Claim {
            doc: self.id.clone(),
            published: self.doc.published,
            line,
            col,
            start,
            end,
            figure,
            kind,
            subject,
            population: Label::default(),
            window: None,
            value,
            unit: Label::default(),
            status: None,
            as_of: self.doc.published,
            attribution: None,
            growth_cue: false,
            event: None,
            text: text[start..end].to_string(),
            quote: self.quote(sentence),
        }
    }
}

/// The longest stretch of a sentence an extractor reads or quotes, in bytes.
pub const MAX_SENTENCE: usize = 1024;

/// `s` cut to at most [`MAX_SENTENCE`] bytes, centred on `offset`, at char boundaries.
pub fn clamp(text: &str, s: Sentence, offset: usize) -> Sentence {
    if s.end - s.start <= MAX_SENTENCE {
        return s;
    }
    let half = MAX_SENTENCE / 2;
    let from = offset.saturating_sub(half).clamp(s.start, s.end.saturating_sub(MAX_SENTENCE).max(s.start));
    let start = ceil_char_boundary(text, from);
    let end = floor_char_boundary(text, (from + MAX_SENTENCE).min(s.end)).max(start);
    Sentence { start, end }
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// The sentence with runs of white space (line breaks included) made one space.
pub fn collapse_space(s: &str) -> String {
    let b = s.as_bytes();
    if !needs_collapse(s) {
        return s.to_string();
    }
    // Words are copied as whole slices between spaces; only non-ASCII bytes
    // are decoded (to tell a no-break space from a letter).
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut word_start = None;
    let flush = |out: &mut String, from: Option<usize>, to: usize| {
        if let Some(from) = from {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&s[from..to]);
        }
    };
    while i < b.len() {
        let (space, len) = if b[i] < 0x80 {
            (b[i].is_ascii_whitespace() || b[i] == 0x0b, 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            flush(&mut out, word_start.take(), i);
        } else if word_start.is_none() {
            word_start = Some(i);
        }
        i += len;
    }
    flush(&mut out, word_start, b.len());
    out
}

/// [`collapse_space`] of a quote, shared: most sentences need no collapsing
/// and are copied once, straight into the shared string.
fn collapsed_quote(s: &str) -> Arc<str> {
    if needs_collapse(s) {
        collapse_space(s).into()
    } else {
        s.into()
    }
}

/// Whether `s` has white space other than single ASCII spaces between
/// words. Most sentences have none, and the vectorised searches below are
/// far cheaper than walking every byte; non-ASCII characters are decoded
/// only at the lead bytes white space can start with.
fn needs_collapse(s: &str) -> bool {
    let b = s.as_bytes();
    let edge = |c: Option<&u8>| c.is_some_and(u8::is_ascii_whitespace);
    if edge(b.first()) || edge(b.last()) {
        return true;
    }
    if memchr::memchr3(b'\n', b'\r', b'\t', b).is_some()
        || memchr::memchr2(0x0b, 0x0c, b).is_some()
        || double_space().find(b).is_some()
    {
        return true;
    }
    // Non-ASCII white space starts with 0xC2 (U+0085, U+00A0), 0xE1
    // (U+1680), 0xE2 (U+2000–U+205F) or 0xE3 (U+3000).
    let ws_at = |i: usize| s.get(i..).and_then(|t| t.chars().next()).is_some_and(char::is_whitespace);
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b).any(ws_at) || memchr::memchr_iter(0xE1, b).any(ws_at)
}

/// The searcher for two spaces in a row, built once: building one per
/// sentence cost more than the search itself.
fn double_space() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

/// The ASCII-ish words of `s` with their byte offsets (letters, digits, `'`, `-`).
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = s.as_bytes();
        while i < b.len() && !is_word_byte(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        while i < b.len() && is_word_byte(b[i]) {
            i += 1;
        }
        Some((start, &s[start..i]))
    })
}

/// Whether `c` belongs to a word of [`words`]: an ASCII letter or digit,
/// `'`, `-`, or any byte of a non-ASCII character.
pub(crate) fn is_word_byte(c: u8) -> bool {
    // A table lookup: the word scans step every byte of each window they
    // read, and one load is cheaper than the four tests it stands for.
    WORD_BYTES[c as usize]
}

/// [`is_word_byte`] for every byte value, built at compile time: the name
/// tokeniser's ASCII word bytes, and every non-ASCII byte.
const WORD_BYTES: [bool; 256] = {
    let mut t = crate::text::word_bytes::ASCII_WORD_BYTE;
    let mut i = 0x80;
    while i < 256 {
        t[i] = true;
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::collapse_space;

    #[test]
    fn collapse_space_makes_runs_one_space_and_trims() {
        // The plain fast path: returned as is.
        assert_eq!(collapse_space("more than 100,000 killed."), "more than 100,000 killed.");
        assert_eq!(collapse_space(""), "");
        // Runs, line breaks, tabs, edges.
        assert_eq!(collapse_space("  more than\n 100,000\t\tkilled. "), "more than 100,000 killed.");
        assert_eq!(collapse_space("two  spaces"), "two spaces");
        // Non-ASCII white space (a no-break space) counts as space; other non-ASCII stays.
        assert_eq!(collapse_space("Genève\u{a0}\u{a0}talks"), "Genève talks");
        assert_eq!(collapse_space("Genève talks"), "Genève talks");
        // Curly quotes share a lead byte with white space (0xE2) and are kept.
        assert_eq!(collapse_space("Syria’s “milestone”"), "Syria’s “milestone”");
        assert_eq!(collapse_space("a\u{2009}thin space"), "a thin space");
        assert_eq!(collapse_space("ideographic\u{3000}space"), "ideographic space");
        assert_eq!(collapse_space("ogham\u{1680}space"), "ogham space");
        assert_eq!(collapse_space("next\u{85}line"), "next line");
    }

    #[test]
    fn quotes_are_collapsed_sentences() {
        use super::collapsed_quote;
        assert_eq!(
            &*collapsed_quote("Syria’s war, which has killed 100,000."),
            "Syria’s war, which has killed 100,000."
        );
        assert_eq!(&*collapsed_quote(" two\n lines "), "two lines");
    }

    #[test]
    fn word_bytes_are_letters_digits_apostrophes_hyphens_and_non_ascii() {
        use super::is_word_byte;
        let word: Vec<u8> = (0..=255u8).filter(|&c| is_word_byte(c)).collect();
        // 26 + 26 letters, 10 digits, `'`, `-` and the 128 non-ASCII bytes.
        assert_eq!(word.len(), 26 + 26 + 10 + 2 + 128);
        for c in [b'a', b'Z', b'0', b'9', b'\'', b'-', 0x80, 0xC3, 0xFF] {
            assert!(is_word_byte(c), "{c:#x}");
        }
        for c in [b' ', b'_', b'.', b',', b'/', b'@', b'[', b'`', b'{', 0x7F, 0] {
            assert!(!is_word_byte(c), "{c:#x}");
        }
    }

    #[test]
    fn needs_collapse_only_for_other_white_space() {
        use super::needs_collapse;
        assert!(!needs_collapse("Syria’s war, which has killed 100,000 people."));
        assert!(!needs_collapse(""));
        for s in [" lead", "trail ", "two  spaces", "line\nbreak", "tab\there", "nb\u{a0}sp", "em\u{2003}sp"] {
            assert!(needs_collapse(s), "{s:?}");
        }
    }
}
