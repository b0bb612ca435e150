//! claimdiff: checks news sources against each other.
//!
//! The pipeline, in order:
//!
//! ```text
//! documents ─► segment ─► extract ─► normalise ─► align ─► rules ─► report
//! corpus::      text::     extract::   normalize::  align::   rules::   report::
//! ```

pub mod corpus;
pub mod error;
pub mod extract;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod settings;
pub mod text;

pub use error::{Error, Result};
