//! `rules/settings.toml`: the parameters the normalisers read (qualifier
//! widths, vague amounts, date order). The bundled file is embedded; a
//! `--rules DIR` with its own `settings.toml` replaces it.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The bundled settings file.
pub const BUNDLED: &str = include_str!("../rules/settings.toml");

/// All normaliser settings.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Qualifier widths.
    pub qualifiers: QualifierWidths,
    /// Vague amounts: phrase → `[low, high]`.
    #[serde(default)]
    pub vague: BTreeMap<String, [f64; 2]>,
    /// Date reading.
    #[serde(default)]
    pub dates: DateSettings,
    /// How event-level claims are keyed.
    #[serde(default)]
    pub events: EventSettings,
}

/// How claims about single events (attacks, quakes) are keyed.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EventSettings {
    /// Reports of one place at most this many days apart (chained) are one event.
    #[serde(default = "three")]
    pub window_days: i64,
    /// Document fields that give an event its place when its sentence names none.
    #[serde(default)]
    pub place_fields: Vec<String>,
}

fn three() -> i64 {
    3
}

impl Default for EventSettings {
    fn default() -> Self {
        EventSettings { window_days: 3, place_fields: vec!["location".to_string()] }
    }
}

/// How far vague qualifiers reach, as fractions of the figure.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QualifierWidths {
    /// "about 300" → `[300·(1-about), 300·(1+about)]`.
    pub about: f64,
    /// "nearly 250" → `[250·(1-nearly), 250)`.
    pub nearly: f64,
}

/// How dates are read.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DateSettings {
    /// `2/10/2014` is February 10 when true, 2 October when false.
    #[serde(default = "yes")]
    pub month_first: bool,
}

fn yes() -> bool {
    true
}

impl Default for DateSettings {
    fn default() -> Self {
        DateSettings { month_first: true }
    }
}

impl Settings {
    /// Parses a settings file; errors name the file, line and column.
    pub fn parse(path: &str, text: &str) -> Result<Settings> {
        let s: Settings = toml::from_str(text).map_err(|e| Error::from_toml(path, text, &e))?;
        for (name, w) in [("about", s.qualifiers.about), ("nearly", s.qualifiers.nearly)] {
            if !(0.0..1.0).contains(&w) {
                return Err(Error::config_at(
                    path,
                    text,
                    text.find(name).unwrap_or(0),
                    format!("qualifiers.{name} must be a fraction in [0, 1), got {w}"),
                ));
            }
        }
        for (name, [lo, hi]) in &s.vague {
            if lo > hi || *lo < 0.0 {
                return Err(Error::config_at(
                    path,
                    text,
                    text.find(name.as_str()).unwrap_or(0),
                    format!("vague amount {name:?} must be [low, high] with 0 <= low <= high"),
                ));
            }
        }
        Ok(s)
    }

    /// The bundled settings.
    pub fn bundled() -> Settings {
        Settings::parse("rules/settings.toml", BUNDLED).expect("bundled settings are valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_settings_parse() {
        let s = Settings::bundled();
        assert_eq!(s.qualifiers.about, 0.10);
        assert_eq!(s.vague["dozens"], [24.0, 99.0]);
        assert!(s.dates.month_first);
        assert_eq!(s.events, EventSettings { window_days: 3, place_fields: vec!["location".into()] });
    }

    #[test]
    fn bad_width_names_the_place() {
        let e = Settings::parse("s.toml", "[qualifiers]\nabout = 2.0\nnearly = 0.1\n").unwrap_err();
        assert_eq!(e.to_string(), "s.toml:2:1: qualifiers.about must be a fraction in [0, 1), got 2");
    }

    #[test]
    fn unknown_key_names_the_place() {
        let e = Settings::parse("s.toml", "[qualifiers]\nabout = 0.1\nnearly = 0.1\nroughly = 3\n").unwrap_err();
        assert!(e.to_string().starts_with("s.toml:4:1: unknown field `roughly`"), "{e}");
    }
}
