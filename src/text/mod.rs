//! Text geometry: sentences with byte offsets, and line/column lookup.

pub mod lines;
pub mod scan;
pub mod sentences;
