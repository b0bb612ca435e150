//! Event cues (`rules/lexicon/events.toml`): what makes a number a
//! participant count and with which status, a list a list of participants,
//! and a date an event's date (and which milestone of it).
//!
//! Kept apart from the count cues of `counts.toml` because these families
//! read different words (nations, signatories, "due to start") and their
//! statuses are part of the claim.

use super::phrases::PhraseSet;
use crate::model::Label;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EventsFile {
    participants: ParticipantsFile,
    lists: ListsFile,
    dates: DatesFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParticipantsFile {
    nouns: BTreeMap<String, Vec<String>>,
    lookback_sentences: usize,
    status: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListsFile {
    #[serde(rename = "in")]
    in_: Vec<String>,
    out: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatesFile {
    reach: usize,
    before: Vec<String>,
    after: Vec<String>,
    future: Vec<String>,
    milestones: BTreeMap<String, Vec<String>>,
}

/// The event cues with their matchers built.
#[derive(Clone, Debug)]
pub struct Events {
    /// Participant noun (lower case) → what is counted ("nations" → "countries").
    pub participant_nouns: BTreeMap<String, Label>,
    /// How many sentences back to look for an event a sentence does not name.
    pub lookback_sentences: usize,
    /// Status cues → status.
    pub status: PhraseSet<Label>,
    /// List cues → `true` for in, `false` for out.
    pub list_cues: PhraseSet<bool>,
    /// How many words a date cue may stand from the date.
    pub date_reach: usize,
    /// Cues before a date.
    pub date_before: PhraseSet<()>,
    /// Verbs after a date.
    pub date_after: PhraseSet<()>,
    /// Future cues before a date.
    pub future: PhraseSet<()>,
    /// Milestone cues → milestone.
    pub milestones: PhraseSet<Label>,
}

impl Events {
    pub(crate) fn new(f: EventsFile) -> Events {
        let mut participant_nouns = BTreeMap::new();
        for (what, nouns) in f.participants.nouns {
            let what = Label::new(&what);
            for n in nouns {
                participant_nouns.insert(n.to_lowercase(), what);
            }
        }
        let tagged = |m: BTreeMap<String, Vec<String>>| {
            PhraseSet::new(m.into_iter().flat_map(|(k, ws)| {
                let k = Label::new(&k);
                ws.into_iter().map(move |w| (w, k))
            }))
        };
        let plain = |ws: Vec<String>| PhraseSet::new(ws.into_iter().map(|w| (w, ())));
        Events {
            participant_nouns,
            lookback_sentences: f.participants.lookback_sentences,
            status: tagged(f.participants.status),
            list_cues: PhraseSet::new(
                f.lists.in_.into_iter().map(|w| (w, true)).chain(f.lists.out.into_iter().map(|w| (w, false))),
            ),
            date_reach: f.dates.reach,
            date_before: plain(f.dates.before),
            date_after: plain(f.dates.after),
            future: plain(f.dates.future),
            milestones: tagged(f.dates.milestones),
        }
    }

    /// What a participant noun counts ("nations" → "countries"), if it is one.
    pub fn participant_noun(&self, word: &str) -> Option<Label> {
        self.participant_nouns.get(&word.to_lowercase()).copied()
    }
}
