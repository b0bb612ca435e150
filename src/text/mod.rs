//! Text geometry: sentences with byte offsets, and line/column lookup.

pub mod lines;
pub mod prefix_gate;
pub mod scan;
pub mod sentences;
pub mod word_bytes;
pub mod word_lanes;
pub mod word_search;
