//! Pure functions from text to values: numbers and their qualifiers,
//! dates, durations. Nothing here knows about claims or documents.

pub mod date;
pub mod duration;
pub mod number;
pub mod scan;
pub mod words;
