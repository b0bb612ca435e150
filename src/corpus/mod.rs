//! Documents in: walk folders, decode bytes, read JSON Lines and document
//! tables, apply the manifest, read header dates.
//!
//! `plan` turns the command line's paths into a sorted list of inputs
//! (cheap: no file is read but manifests); `load` reads one input into
//! documents. The pipeline loads inputs in parallel and drops each
//! document's text once its claims are extracted.

use crate::error::Result;
use crate::model::Document;
use std::fmt;
use std::path::PathBuf;

/// A problem with one input that did not stop the run: the input (or the
/// bad part of it) was skipped or repaired, and the rest was read.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// The file and place: `docs/a.txt`, `feed.jsonl:12`, `manifest.csv:3`.
    pub place: String,
    /// What happened, in one line.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// How to read the inputs.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// `--manifest FILE`: publication dates for documents anywhere.
    pub manifest: Option<PathBuf>,
    /// Documents longer than this many bytes are cut here (with a warning).
    pub max_doc_bytes: usize,
}

/// One unit of input, as planned.
#[derive(Clone, Debug)]
pub enum Input {
    /// A text file; `id` is its document id.
    Text {
        /// Where it is.
        path: PathBuf,
        /// The document id.
        id: String,
    },
    /// A bundled seed document.
    Bundled {
        /// The document id (file name).
        id: &'static str,
        /// Its text.
        text: &'static str,
    },
}

/// The planned inputs and what planning had to say.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// Inputs in a deterministic order.
    pub inputs: Vec<Input>,
    /// Warnings so far (manifest rows, skipped entries).
    pub warnings: Vec<Warning>,
}

/// What loading one input gave.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The documents (a JSON Lines file or table gives many).
    pub documents: Vec<Document>,
    /// What was skipped or repaired.
    pub warnings: Vec<Warning>,
}

/// Plans the inputs for `paths` (the bundled seeds when empty).
pub fn plan(paths: &[PathBuf], options: &LoadOptions) -> Result<Plan> {
    let _ = (paths, options);
    Ok(Plan::default())
}

/// Reads one planned input.
pub fn load(input: &Input, plan: &Plan, options: &LoadOptions) -> Loaded {
    let _ = (input, plan, options);
    Loaded::default()
}
