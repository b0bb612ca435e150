//! The fixture runner behind `claimdiff test`: rule regression cases in
//! `fixtures/<case>/` (documents, optional `manifest.csv`, `expect.toml`).
//!
//! Findings are matched on meaning — rule, documents, values — never on
//! line numbers or message wording, so rewording a message breaks no case.

pub mod bless;
pub mod expect;
pub mod render;
pub mod runner;

pub use runner::{run, CaseResult, Summary};
