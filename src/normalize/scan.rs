//! Everything the normalisers read in one text, as flat serialisable items:
//! the engine behind `claimdiff normalize` and the conformance tests.
//!
//! One [`Normalizer`] runs the three readers (dates, durations, numbers)
//! over the text and merges their matches. Where they overlap, a date wins
//! over a duration and both win over a number: "3 January" is a date, not
//! the number 3, and "nearly three years" is a duration, not "nearly 3".
//! A modifier beside a date ("since 2010", "2012 or later") adds an
//! open-ended date range over the wider span (see [`open`]).
//! Keeping this in the library means the command and the conformance test
//! run the very same code.

use super::date::{find_dates, Bias, DateKind};
use super::duration::find_durations;
use super::number::{NumberKind, NumberReader};
use crate::model::{fmt_num, Date, Granularity, Qualifier};
use crate::settings::Settings;
use serde::{Serialize, Serializer};

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A cardinal, possibly qualified.
    Number,
    /// An explicit number range.
    Range,
    /// An ordinal.
    Ordinal,
    /// One date (any granularity).
    Date,
    /// A range of dates.
    Daterange,
    /// A length of time (bounds in days).
    Duration,
}

impl ItemKind {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Number => "number",
            ItemKind::Range => "range",
            ItemKind::Ordinal => "ordinal",
            ItemKind::Date => "date",
            ItemKind::Daterange => "daterange",
            ItemKind::Duration => "duration",
        }
    }
}

/// One bound of an item: a number, or a day for dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    /// A number (durations: days).
    Number(f64),
    /// A day (ISO `YYYY-MM-DD`).
    Day(Date),
}

impl Bound {
    /// The bound as text: `100000`, `1.5`, `2014-01-03`.
    pub fn display(&self) -> String {
        match self {
            Bound::Number(v) => fmt_num(*v),
            Bound::Day(d) => d.to_string(),
        }
    }
}

impl Serialize for Bound {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Bound::Number(v) if v.fract() == 0.0 && v.abs() < 9e15 => s.serialize_i64(*v as i64),
            Bound::Number(v) => s.serialize_f64(*v),
            Bound::Day(d) => s.collect_str(d),
        }
    }
}

/// One thing read in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// The phrase as written.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// Just past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: ItemKind,
    /// Lower bound (`None`: unbounded).
    pub low: Option<Bound>,
    /// Upper bound (`None`: unbounded).
    pub high: Option<Bound>,
    /// Whether `low` is excluded.
    pub low_open: bool,
    /// Whether `high` is excluded.
    pub high_open: bool,
    /// The figure as written (numbers and durations, the latter in days).
    pub anchor: Option<Bound>,
    /// How fine a date is.
    pub granularity: Option<Granularity>,
    /// How a figure was qualified.
    pub qualifier: Option<Qualifier>,
}

impl Item {
    /// One line for a person: `63..80 range "more than 100,000" (100000, ∞) anchor 100000 gt`.
    pub fn display(&self) -> String {
        let lo = self.low.map_or("-∞".to_string(), |b| b.display());
        let hi = self.high.map_or("∞".to_string(), |b| b.display());
        let l = if self.low_open || self.low.is_none() { '(' } else { '[' };
        let h = if self.high_open || self.high.is_none() { ')' } else { ']' };
        let mut s = format!("{}..{}\t{}\t{:?}\t{l}{lo}, {hi}{h}", self.start, self.end, self.kind.as_str(), self.text);
        if let Some(a) = self.anchor {
            s.push_str(&format!("\tanchor {}", a.display()));
        }
        if let Some(g) = self.granularity {
            s.push_str(&format!("\t{}", g.as_str()));
        }
        if let Some(q) = self.qualifier {
            s.push_str(&format!("\t{}", q.as_str()));
        }
        s
    }
}

/// The normalisers, built once from the settings.
#[derive(Clone, Debug)]
pub struct Normalizer {
    numbers: NumberReader,
    settings: Settings,
}

impl Normalizer {
    /// Builds the readers.
    pub fn new(settings: &Settings) -> Self {
        Normalizer { numbers: NumberReader::new(settings), settings: settings.clone() }
    }

    /// Everything read in `text`, in text order; relative dates resolve
    /// against `reference` (leaning to the past, as news does).
    pub fn scan(&self, text: &str, reference: Option<Date>) -> Vec<Item> {
        let mut out: Vec<Item> = Vec::new();
        for d in find_dates(text, reference, Bias::Past, &self.settings.dates) {
            if let Some(w) = open::widen(text, d.start, d.end, &d.value) {
                out.push(Item {
                    text: text[w.start..w.end].to_string(),
                    start: w.start,
                    end: w.end,
                    kind: if w.open || d.kind == DateKind::Range { ItemKind::Daterange } else { ItemKind::Date },
                    low: w.low.map(Bound::Day),
                    high: w.high.map(Bound::Day),
                    low_open: false,
                    high_open: false,
                    anchor: None,
                    granularity: Some(d.value.granularity),
                    qualifier: None,
                });
            }
            out.push(Item {
                text: text[d.start..d.end].to_string(),
                start: d.start,
                end: d.end,
                kind: if d.kind == DateKind::Range { ItemKind::Daterange } else { ItemKind::Date },
                low: Some(Bound::Day(d.value.start)),
                high: Some(Bound::Day(d.value.end)),
                low_open: false,
                high_open: false,
                anchor: None,
                granularity: Some(d.value.granularity),
                qualifier: None,
            });
        }
        let taken = |out: &[Item], s: usize, e: usize| out.iter().any(|i| i.start < e && s < i.end);
        for d in find_durations(text, &self.settings) {
            if taken(&out, d.start, d.end) {
                continue;
            }
            let iv = d.days.interval;
            out.push(Item {
                text: text[d.start..d.end].to_string(),
                start: d.start,
                end: d.end,
                kind: ItemKind::Duration,
                low: iv.low.map(Bound::Number),
                high: iv.high.map(Bound::Number),
                low_open: iv.low_open,
                high_open: iv.high_open,
                anchor: Some(Bound::Number(d.days.anchor)),
                granularity: None,
                qualifier: Some(d.days.qualifier),
            });
        }
        for m in self.numbers.find(text) {
            if taken(&out, m.start, m.end) {
                continue;
            }
            let q = m.quantity;
            let iv = q.interval;
            out.push(Item {
                text: text[m.start..m.end].to_string(),
                start: m.start,
                end: m.end,
                kind: match m.kind {
                    NumberKind::Number => ItemKind::Number,
                    NumberKind::Range => ItemKind::Range,
                    NumberKind::Ordinal => ItemKind::Ordinal,
                },
                low: iv.low.map(Bound::Number),
                high: iv.high.map(Bound::Number),
                low_open: iv.low_open,
                high_open: iv.high_open,
                anchor: Some(Bound::Number(q.anchor)),
                granularity: None,
                qualifier: Some(q.qualifier),
            });
        }
        out.sort_by_key(|i| (i.start, i.end));
        out
    }
}

mod open;
#[cfg(test)]
mod tests;
