//! The lexicon: `rules/lexicon/*.toml` — subjects and their synonyms, the
//! cue words of each count kind, populations, attribution hedges — and the
//! matchers built from them once per run.

pub mod entities;
pub mod events;
pub mod phrases;
pub mod places;
pub mod singular_nouns;

use crate::error::{Error, Result};
use crate::model::{ClaimKind, Label};
use phrases::PhraseSet;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The bundled lexicon files, by name.
pub const BUNDLED: &[(&str, &str)] = &[
    ("subjects.toml", include_str!("../../rules/lexicon/subjects.toml")),
    ("counts.toml", include_str!("../../rules/lexicon/counts.toml")),
    ("entities.toml", include_str!("../../rules/lexicon/entities.toml")),
    ("events.toml", include_str!("../../rules/lexicon/events.toml")),
    ("places.toml", include_str!("../../rules/lexicon/places.toml")),
];

/// One subject (event or group) and its synonyms.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// Canonical id ("conflict").
    pub id: Label,
    /// Phrases that name it.
    pub synonyms: Vec<String>,
    /// When it began, if known (for judging the pace of a growing toll).
    #[serde(default)]
    pub started: Option<jiff::civil::Date>,
    /// A toll this many days after the event's first report still climbs fast.
    #[serde(default)]
    pub recent_days: Option<i64>,
    /// Whether the subject is an event whose dates, participant counts and
    /// lists are claims (Geneva II, the Geneva communiqué).
    #[serde(default)]
    pub dated: bool,
    /// A single event (an attack, a quake) rather than a long one (the war):
    /// its claims are keyed by the event's place and date.
    #[serde(default)]
    pub event: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubjectsFile {
    subject: Vec<Subject>,
}

/// The cue words of one count kind.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KindCues {
    /// Whether counts of this kind only grow.
    pub cumulative: bool,
    /// Words that make a nearby number a count of this kind.
    pub cues: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountsFile {
    kinds: BTreeMap<String, KindCues>,
    growth: Cues,
    populations: BTreeMap<String, Vec<String>>,
    attribution: Hedges,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cues {
    cues: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hedges {
    hedges: Vec<String>,
}

/// Everything the extractors look up, with matchers built.
#[derive(Clone, Debug)]
pub struct Lexicon {
    /// Subjects, in file order.
    pub subjects: Vec<Subject>,
    /// Synonym → subject index.
    pub subject_phrases: PhraseSet<usize>,
    /// No synonym can run across a sentence boundary
    /// ([`crate::text::sentences::stays_inside_sentences`]), so they may be
    /// searched for sentence by sentence
    /// ([`crate::extract::subject_hits::SubjectHits`]).
    pub synonyms_stay_in_sentences: bool,
    /// Count kinds with their cues.
    pub kinds: Vec<(ClaimKind, KindCues)>,
    /// Cue → kind.
    pub cue_phrases: PhraseSet<ClaimKind>,
    /// Growth cues ("rose to").
    pub growth_phrases: PhraseSet<()>,
    /// Population noun → population id.
    pub population_words: BTreeMap<String, Label>,
    /// The singular ones among them, for a whole-document search.
    pub singular_nouns: singular_nouns::SingularNouns,
    /// Attribution hedges ("believed to").
    pub hedge_phrases: PhraseSet<()>,
    /// Countries, organisations, people (`entities.toml`).
    pub entities: entities::Entities,
    /// Participant, list and event-date cues (`events.toml`).
    pub events: events::Events,
    /// The gazetteer (`places.toml`; empty when not given).
    pub places: places::Places,
}

impl Lexicon {
    /// The bundled lexicon.
    pub fn bundled() -> Lexicon {
        Lexicon::from_files(
            &BUNDLED.iter().map(|(n, t)| (format!("rules/lexicon/{n}"), t.to_string())).collect::<Vec<_>>(),
        )
        .expect("bundled lexicon is valid")
    }

    /// The bundled lexicon with files of the same name in `dir/lexicon/` replacing the bundled ones.
    pub fn with_overrides(dir: &Path) -> Result<Lexicon> {
        let mut files = Vec::new();
        for (name, text) in BUNDLED {
            let p = dir.join("lexicon").join(name);
            if p.is_file() {
                let t = std::fs::read_to_string(&p).map_err(|e| Error::Io { path: p.clone(), source: e })?;
                files.push((p.display().to_string(), t));
            } else {
                files.push((format!("rules/lexicon/{name}"), text.to_string()));
            }
        }
        Lexicon::from_files(&files)
    }

    /// Parses the lexicon files (`subjects.toml`, `counts.toml`, `entities.toml`,
    /// `events.toml`, by suffix; the last two fall back to the bundled ones when not given).
    pub fn from_files(files: &[(String, String)]) -> Result<Lexicon> {
        let find = |name: &str| files.iter().find(|(p, _)| p.ends_with(name)).expect("lexicon file listed");
        let (sp, st) = find("subjects.toml");
        let subjects: SubjectsFile = toml::from_str(st).map_err(|e| Error::from_toml(sp, st, &e))?;
        let (cp, ct) = find("counts.toml");
        let counts: CountsFile = toml::from_str(ct).map_err(|e| Error::from_toml(cp, ct, &e))?;
        let mut kinds = Vec::new();
        for (name, cues) in counts.kinds {
            let kind = ClaimKind::parse(&name).filter(|k| {
                matches!(k, ClaimKind::Casualties | ClaimKind::Injured | ClaimKind::Missing | ClaimKind::Displaced)
            });
            let Some(kind) = kind else {
                let at = ct.find(&format!("[kinds.{name}]")).unwrap_or(0);
                return Err(Error::config_at(
                    cp,
                    ct,
                    at,
                    format!("unknown count kind {name:?}; expected one of casualties, injured, missing, displaced"),
                ));
            };
            kinds.push((kind, cues));
        }
        let synonyms_stay_in_sentences = subjects
            .subject
            .iter()
            .flat_map(|s| &s.synonyms)
            .all(|w| crate::text::sentences::stays_inside_sentences(w));
        let subject_phrases = PhraseSet::new(
            subjects.subject.iter().enumerate().flat_map(|(i, s)| s.synonyms.iter().map(move |w| (w.clone(), i))),
        );
        let cue_phrases = PhraseSet::new(kinds.iter().flat_map(|(k, c)| c.cues.iter().map(move |w| (w.clone(), *k))));
        let growth_phrases = PhraseSet::new(counts.growth.cues.iter().map(|w| (w.clone(), ())));
        let hedge_phrases = PhraseSet::new(counts.attribution.hedges.iter().map(|w| (w.clone(), ())));
        let places = match files.iter().find(|(p, _)| p.ends_with("places.toml")) {
            Some((pp, pt)) => places::Places::parse(pp, pt)?,
            None => places::Places::default(),
        };
        let mut population_words = BTreeMap::new();
        for (pop, words) in counts.populations {
            let pop = Label::new(&pop);
            for w in words {
                population_words.insert(w.to_lowercase(), pop);
            }
        }
        let optional = |name: &str| {
            files.iter().find(|(p, _)| p.ends_with(name)).cloned().unwrap_or_else(|| {
                let text = BUNDLED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).unwrap_or_default();
                (format!("rules/lexicon/{name}"), text.to_string())
            })
        };
        let (ep, et) = optional("entities.toml");
        let entities_file: entities::EntitiesFile = toml::from_str(&et).map_err(|e| Error::from_toml(&ep, &et, &e))?;
        let (vp, vt) = optional("events.toml");
        let events_file: events::EventsFile = toml::from_str(&vt).map_err(|e| Error::from_toml(&vp, &vt, &e))?;
        Ok(Lexicon {
            entities: entities::Entities::new(entities_file),
            events: events::Events::new(events_file),
            subjects: subjects.subject,
            subject_phrases,
            synonyms_stay_in_sentences,
            kinds,
            cue_phrases,
            growth_phrases,
            singular_nouns: singular_nouns::SingularNouns::new(&population_words),
            population_words,
            hedge_phrases,
            places,
        })
    }

    /// Whether counts of `kind` only grow.
    pub fn is_cumulative(&self, kind: ClaimKind) -> bool {
        self.kinds.iter().any(|(k, c)| *k == kind && c.cumulative)
    }

    /// The subject with this id.
    pub fn subject(&self, id: &str) -> Option<&Subject> {
        self.subjects.iter().find(|s| s.id == id)
    }

    /// Whether claims about `subject` are keyed by the event's place and date.
    pub fn is_event(&self, subject: &str) -> bool {
        self.subject(subject).is_some_and(|s| s.event)
    }

    /// The population a noun names ("soldiers" → "fighters").
    pub fn population(&self, word: &str) -> Option<Label> {
        self.population_words.get(&word.to_lowercase()).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicon_loads() {
        let l = Lexicon::bundled();
        assert_eq!(l.subject("conflict").map(|s| s.synonyms.contains(&"civil war".to_string())), Some(true));
        assert!(l.is_cumulative(ClaimKind::Casualties));
        assert!(!l.is_cumulative(ClaimKind::Displaced));
        assert_eq!(l.population("Soldiers"), Some("fighters".into()));
    }

    #[test]
    fn unknown_kind_names_the_place() {
        let files = vec![
            ("s/subjects.toml".to_string(), "[[subject]]\nid = \"x\"\nsynonyms = [\"x\"]\n".to_string()),
            (
                "s/counts.toml".to_string(),
                "[kinds.eaten]\ncumulative = true\ncues = []\n[growth]\ncues = []\n[populations]\n[attribution]\nhedges = []\n"
                    .to_string(),
            ),
        ];
        let e = Lexicon::from_files(&files).unwrap_err();
        assert_eq!(
            e.to_string(),
            "s/counts.toml:1:1: unknown count kind \"eaten\"; expected one of casualties, injured, missing, displaced"
        );
    }
}
