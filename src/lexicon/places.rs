//! The gazetteer (`rules/lexicon/places.toml`): place names and their
//! aliases, each mapped to a governorate-level place id, matched in one
//! Aho-Corasick pass.
//!
//! Places are coarse on purpose: reports of one attack name the town, the
//! district or the province ("Douma", "Eastern Ghouta", "the outskirts of
//! Damascus"), and all must land on one place for their figures to be
//! compared.

use super::phrases::PhraseSet;
use crate::error::{Error, Result};
use serde::Deserialize;

/// One place and the names that mean it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Place id ("damascus", "deir-ezzor").
    pub id: String,
    /// Names and aliases, matched as whole words ignoring ASCII case.
    pub names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[serde(default)]
    place: Vec<Place>,
}

/// The gazetteer, with its matcher built.
#[derive(Clone, Debug)]
pub struct Places {
    /// The places, in file order.
    pub places: Vec<Place>,
    phrases: PhraseSet<usize>,
}

impl Default for Places {
    fn default() -> Self {
        Places::new(Vec::new())
    }
}

impl Places {
    /// Builds the matcher for `places`.
    pub fn new(places: Vec<Place>) -> Places {
        let phrases = PhraseSet::new(
            places.iter().enumerate().flat_map(|(i, p)| p.names.iter().chain([&p.id]).map(move |n| (n.clone(), i))),
        );
        Places { places, phrases }
    }

    /// Parses `places.toml`; errors name the file, line and column.
    pub fn parse(path: &str, text: &str) -> Result<Places> {
        let file: PlacesFile = toml::from_str(text).map_err(|e| Error::from_toml(path, text, &e))?;
        Ok(Places::new(file.place))
    }

    /// The place named nearest to byte `at` of `text` (a name before it wins a tie).
    pub fn nearest(&self, text: &str, at: usize) -> Option<&str> {
        let distance = |s: usize, e: usize| if e <= at { at - e } else { s.saturating_sub(at) };
        self.phrases.find(text).min_by_key(|h| distance(h.start, h.end)).map(|h| self.places[*h.value].id.as_str())
    }

    /// The place a field value names ("deir ezzor", "Aleppo"): the first name found in it.
    pub fn lookup(&self, value: &str) -> Option<&str> {
        self.phrases.find(value).next().map(|h| self.places[*h.value].id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Places {
        Places::parse("places.toml", include_str!("../../rules/lexicon/places.toml")).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn towns_map_to_their_governorate() {
        let p = bundled();
        assert_eq!(p.lookup("deir ezzor"), Some("deir-ezzor"));
        assert_eq!(p.lookup("Eastern Ghouta"), Some("damascus"));
        assert_eq!(p.lookup("Douma"), Some("damascus"));
        assert_eq!(p.lookup("Khan Sheikhoun"), Some("idlib"));
        assert_eq!(p.lookup("Syria"), None);
    }

    #[test]
    fn nearest_name_to_the_figure() {
        let p = bundled();
        let s = "Airstrikes on Idlib killed 12 while shelling in Aleppo killed 7";
        assert_eq!(p.nearest(s, s.find("12").unwrap_or(0)), Some("idlib"));
        assert_eq!(p.nearest(s, s.find('7').unwrap_or(0)), Some("aleppo"));
        assert_eq!(p.nearest("No place here", 3), None);
    }
}
