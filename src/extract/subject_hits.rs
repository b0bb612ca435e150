//! The subject synonyms of one document, found where a claim asks for them.
//!
//! A claim looks up the subject named in its own sentence (and, for dated
//! subjects, in a few sentences before it). Most sentences of a long
//! document hold no claim, so the synonyms are searched sentence by
//! sentence on first use instead of over the whole text up front: prose
//! without figures costs nothing here. The hits are the same as a search
//! of the whole text's, because no synonym can run across a sentence
//! boundary ([`crate::text::sentences::stays_inside_sentences`]); when a
//! user's lexicon has one that
//! could, the whole text is searched once instead.

use crate::lexicon::Lexicon;
use crate::text::sentences::Sentence;
use std::borrow::Cow;
use std::cell::OnceCell;

/// The subject synonyms of one document, as (start, subject index).
pub struct SubjectHits<'a> {
    lexicon: &'a Lexicon,
    /// One cell per sentence of the document, filled on first use.
    by_sentence: Vec<OnceCell<Vec<(usize, usize)>>>,
    /// Every hit of the document, when it was searched whole.
    whole: Option<Vec<(usize, usize)>>,
}

impl<'a> SubjectHits<'a> {
    /// Prepares the search of `text`, split into `sentences`.
    pub fn new(text: &str, sentences: &[Sentence], lexicon: &'a Lexicon) -> Self {
        if lexicon.synonyms_stay_in_sentences {
            SubjectHits { lexicon, by_sentence: (0..sentences.len()).map(|_| OnceCell::new()).collect(), whole: None }
        } else {
            SubjectHits { lexicon, by_sentence: Vec::new(), whole: Some(search(lexicon, text, 0)) }
        }
    }

    /// The hits that start inside `range` (a sentence, or part of one), in
    /// order; `text` and `sentences` are those given to [`SubjectHits::new`].
    pub fn within(&self, text: &str, sentences: &[Sentence], range: Sentence) -> Cow<'_, [(usize, usize)]> {
        if let Some(all) = &self.whole {
            let from = all.partition_point(|h| h.0 < range.start);
            let to = all.partition_point(|h| h.0 < range.end);
            return Cow::Borrowed(&all[from..to]);
        }
        // The sentences the range overlaps (one, nearly always), each cut to
        // the range by bisection: a range inside one very long sentence is
        // looked up in logarithmic time, not by walking all of its hits.
        let first = sentences.partition_point(|s| s.end <= range.start);
        let mut parts = (first..sentences.len()).take_while(|&i| sentences[i].start < range.end).map(|i| {
            let hits = self.of_sentence(text, sentences, i);
            let from = hits.partition_point(|h| h.0 < range.start);
            let to = hits.partition_point(|h| h.0 < range.end);
            &hits[from..to]
        });
        match (parts.next(), parts.next()) {
            (None, _) => Cow::Borrowed(&[]),
            (Some(only), None) => Cow::Borrowed(only),
            (Some(a), Some(b)) => {
                let mut all = [a, b].concat();
                parts.for_each(|p| all.extend_from_slice(p));
                Cow::Owned(all)
            }
        }
    }

    /// The hits of sentence `i`, searched on first use.
    fn of_sentence(&self, text: &str, sentences: &[Sentence], i: usize) -> &[(usize, usize)] {
        let s = sentences[i];
        self.by_sentence[i].get_or_init(|| search(self.lexicon, &text[s.start..s.end], s.start))
    }
}

/// The synonyms in `text`, which starts at `offset` of the document.
fn search(lexicon: &Lexicon, text: &str, offset: usize) -> Vec<(usize, usize)> {
    lexicon.subject_phrases.find(text).map(|h| (offset + h.start, *h.value)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::split;

    const TEXT: &str = "The civil war goes on. The talks stalled.\n\nNothing of it here. The conflict, the uprising.";

    /// (offset, subject id) of each hit.
    fn ids<'l>(lexicon: &'l Lexicon, hits: &[(usize, usize)]) -> Vec<(usize, &'l str)> {
        hits.iter().map(|&(at, i)| (at, lexicon.subjects[i].id.as_str())).collect()
    }

    /// Every sentence's hits, one after the other.
    fn by_sentences(lexicon: &Lexicon) -> Vec<(usize, usize)> {
        let sentences = split(TEXT);
        let hits = SubjectHits::new(TEXT, &sentences, lexicon);
        sentences.iter().flat_map(|&s| hits.within(TEXT, &sentences, s).into_owned()).collect()
    }

    #[test]
    fn sentence_by_sentence_as_in_the_whole_text() {
        let lexicon = Lexicon::bundled();
        assert!(lexicon.synonyms_stay_in_sentences);
        assert_eq!(split(TEXT).len(), 4);
        let found = by_sentences(&lexicon);
        assert_eq!(ids(&lexicon, &found), [(4, "conflict"), (23, "geneva-ii"), (67, "conflict"), (81, "conflict")]);
        assert_eq!(found, search(&lexicon, TEXT, 0));
        // A synonym that could cross a boundary: the whole text, searched once.
        let whole = Lexicon { synonyms_stay_in_sentences: false, ..lexicon.clone() };
        assert_eq!(by_sentences(&whole), found);
    }

    #[test]
    fn part_of_a_sentence_or_several() {
        let lexicon = Lexicon::bundled();
        let sentences = split(TEXT);
        let hits = SubjectHits::new(TEXT, &sentences, &lexicon);
        let part = |start, end| ids(&lexicon, &hits.within(TEXT, &sentences, Sentence { start, end })).len();
        assert_eq!(part(0, 14), 1, "the first sentence's head holds \"civil war\"");
        assert_eq!(part(5, 14), 0, "a hit starting before the range is not in it");
        assert_eq!(part(0, TEXT.len()), 4);
        assert_eq!(part(30, 70), 1);
        // Inside one sentence: a slice of its hits, found by bisection.
        assert!(matches!(hits.within(TEXT, &sentences, Sentence { start: 63, end: 80 }), Cow::Borrowed([(67, _)])));
    }
}
