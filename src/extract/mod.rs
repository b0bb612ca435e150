//! Claim frames from sentences: one extractor per claim family, all fed
//! by one scan of the document for numbers and dates.

pub mod attribution;
pub mod casualties;
pub mod context;
pub mod durations;
pub mod event;
pub mod event_dates;
pub mod mentions;
pub mod merge;
pub mod participants;
pub mod subject_hits;

use crate::lexicon::Lexicon;
use crate::model::{Claim, Document};
use crate::normalize::date::{find_dates, Bias};
use crate::normalize::number::NumberReader;
use crate::settings::Settings;
use context::DocContext;

/// The extractors with everything they look up, built once per run and
/// shared by all threads.
#[derive(Clone, Debug)]
pub struct Extractor {
    /// Number reader (qualifier widths, vague amounts).
    pub numbers: NumberReader,
    /// Subjects, cues, populations.
    pub lexicon: Lexicon,
    /// Normaliser settings.
    pub settings: Settings,
}

impl Extractor {
    /// Builds the extractors.
    pub fn new(settings: Settings, lexicon: Lexicon) -> Self {
        Extractor { numbers: NumberReader::new(&settings), lexicon, settings }
    }

    /// Every claim in `doc`, in text order.
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        let numbers = self.numbers.find(&doc.text);
        let dates = find_dates(&doc.text, doc.published, Bias::Past, &self.settings.dates);
        let ctx = DocContext::new(doc, numbers, dates, &self.lexicon);
        let mut casualties = casualties::extract(&ctx);
        for c in &mut casualties {
            c.event = event::key(&ctx, &self.settings.events, c);
            if let Some(e) = &c.event {
                // An event's figures speak as of the event's day.
                c.as_of = e.date;
            }
        }
        let parts = vec![
            casualties,
            durations::extract(&ctx, &self.settings),
            participants::extract(&ctx),
            event_dates::extract(&ctx, &self.settings),
            mentions::extract(&ctx),
        ];
        merge::merge_by_key(parts, |c| (c.start, c.end, c.kind))
    }
}

#[cfg(test)]
mod tests;
