//! Lengths of time in prose ("nearly three years", "a three-year-old war") → intervals in days.

use crate::model::Quantity;
use crate::settings::Settings;

/// One duration found in text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DurationMatch {
    /// First byte of the phrase.
    pub start: usize,
    /// Just past the phrase.
    pub end: usize,
    /// The length in days (anchor = the figure written, converted to days).
    pub days: Quantity,
    /// The unit written: "day", "week", "month", "year".
    pub unit: &'static str,
}

/// Finds every duration in `text`.
pub fn find_durations(text: &str, settings: &Settings) -> Vec<DurationMatch> {
    let _ = (text, settings);
    Vec::new()
}
