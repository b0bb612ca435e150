//! Documents in: walk folders, decode bytes, read JSON Lines and document
//! tables, apply the manifest, read header dates.
//!
//! `plan` turns the command line's paths into a sorted list of inputs
//! (cheap: no file is read but manifests and table headers); `load` reads
//! one input into documents. The pipeline loads inputs in parallel and
//! drops each document's text once its claims are extracted.
//!
//! A document's publication date comes from, in order: a manifest row
//! (`published_from = manifest`), the record's own field (JSON Lines
//! `published`, a table's date column: `field`), a date line in its header
//! (`header`), else it is unknown.

pub mod bundled;
pub mod csvline;
pub mod decode;
pub mod header;
pub mod html;
pub mod jsonl;
pub mod manifest;
pub mod records;
pub mod table;
pub mod walk;

pub use manifest::Manifest;
pub use table::TableOptions;

use crate::error::{Error, Result};
use crate::model::{Date, Document, PublishedFrom};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

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
    /// Documents longer than this many bytes are cut here (with a warning); 0: no limit.
    pub max_doc_bytes: usize,
    /// When set, `*.csv` files are read as tables of documents (issue 9);
    /// when not, a `*.csv` in a walked folder is skipped with a warning.
    pub table: Option<TableOptions>,
}

/// One unit of input, as planned.
#[derive(Clone, Debug)]
pub enum Input {
    /// A text file (plain or HTML); `id` is its document id.
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
    /// A JSON Lines feed (`*.jsonl`): one document per line.
    Jsonl {
        /// Where it is.
        path: PathBuf,
        /// The file's id (records without an id become `<id>:<line>`).
        id: String,
    },
    /// A document table (`*.csv` with [`LoadOptions::table`] set): one document per row.
    Table {
        /// Where it is.
        path: PathBuf,
        /// The file's id (rows without an id become `<id>:<line>`).
        id: String,
    },
}

impl Input {
    /// The input's id: the document id of a text file, the file id of a feed or table.
    pub fn id(&self) -> &str {
        match self {
            Input::Text { id, .. } | Input::Jsonl { id, .. } | Input::Table { id, .. } => id,
            Input::Bundled { id, .. } => id,
        }
    }

    /// Where the input is, as named in warnings: the path as given (`seeds/ID` for a seed).
    pub fn place(&self) -> String {
        match self {
            Input::Text { path, .. } | Input::Jsonl { path, .. } | Input::Table { path, .. } => {
                path.display().to_string()
            }
            Input::Bundled { id, .. } => format!("seeds/{id}"),
        }
    }
}

/// A manifest row that names no planned file; it may name a record of a
/// feed or table, which is only known once they are loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingRow {
    /// `manifest.csv:LINE`.
    pub place: String,
    /// The row's `doc`.
    pub doc: String,
}

/// The planned inputs and what planning had to say.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// Inputs in a deterministic order: the paths in the order given, each
    /// folder's files sorted by file name.
    pub inputs: Vec<Input>,
    /// Warnings so far (manifest rows, skipped entries).
    pub warnings: Vec<Warning>,
    /// Every manifest's rows, for lookups by document id.
    pub manifest: Manifest,
    /// Manifest rows matching no planned file, to check against the records
    /// loaded from feeds and tables (see [`Plan::unmatched_rows`]).
    pub pending: Vec<PendingRow>,
}

impl Plan {
    /// Warnings for the manifest rows that matched no file when planning
    /// and match none of `record_ids` (the ids of the documents loaded from
    /// feeds and tables). Call once every input is loaded.
    pub fn unmatched_rows(&self, record_ids: &HashSet<String>) -> Vec<Warning> {
        self.pending
            .iter()
            .filter(|r| !record_ids.contains(&r.doc))
            .map(|r| Warning { place: r.place.clone(), message: unmatched_message(&r.doc) })
            .collect()
    }
}

/// What loading one input gave.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The documents (a JSON Lines file or table gives many).
    pub documents: Vec<Document>,
    /// What was skipped or repaired.
    pub warnings: Vec<Warning>,
    /// The table's meta columns (`TableOptions::meta_columns`) per document
    /// id, in document order; empty for other inputs.
    pub meta: Vec<(String, Vec<(String, String)>)>,
}

/// One document as read from a file, feed line or table row, before the
/// manifest and header are consulted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The document id.
    pub id: String,
    /// The text.
    pub text: String,
    /// The record's own publication date field.
    pub published: Option<Date>,
    /// The record's outlet.
    pub source: Option<String>,
    /// The record's URL.
    pub url: Option<String>,
    /// Where it was read (`feed.jsonl:3`), for warnings.
    pub place: String,
    /// Extra columns of a table row.
    pub meta: Vec<(String, String)>,
}

/// What a file found on the command line or in a walk is.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Jsonl,
    Table,
    /// A folder's `manifest.csv`.
    Manifest,
    /// Not a document, silently (rule files in a walked folder).
    Ignore,
    /// Not read, with this warning.
    Skip(&'static str),
}

/// The warning for a folder with no files in it.
pub const EMPTY_FOLDER: &str = "folder holds no files; nothing read from it";

/// The warning for a CSV file read without table options.
pub const CSV_SKIPPED: &str = "CSV file skipped (set the table options to read it as a table of documents)";

fn classify(name: &str, walked: bool, options: &LoadOptions) -> Kind {
    let lower = name.to_ascii_lowercase();
    if lower == "manifest.csv" {
        return if walked {
            Kind::Manifest
        } else {
            Kind::Skip("manifest given as a document; skipped (use --manifest FILE)")
        };
    }
    if lower.ends_with(".toml") {
        return if walked { Kind::Ignore } else { Kind::Skip("rule or settings file given as a document; skipped") };
    }
    if lower.ends_with(".jsonl") {
        return Kind::Jsonl;
    }
    if lower.ends_with(".csv") {
        return if options.table.is_some() { Kind::Table } else { Kind::Skip(CSV_SKIPPED) };
    }
    Kind::Text
}

fn unmatched_message(doc: &str) -> String {
    format!("\"{doc}\" matches no document")
}

/// Reads and parses one manifest file (an unreadable one is an error only when `required`).
fn read_manifest(path: &Path, required: bool, warnings: &mut Vec<Warning>) -> Result<Vec<manifest::Row>> {
    let place = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(source) if required => return Err(Error::Io { path: path.to_path_buf(), source }),
        Err(e) => {
            warnings.push(Warning { place, message: format!("cannot read ({e}); manifest skipped") });
            return Ok(Vec::new());
        }
    };
    let text = match decode::decode(bytes, false) {
        Ok(d) => d.text,
        Err(m) if m == decode::BINARY => {
            return Err(Error::Input { path: place, message: "binary file, not a CSV manifest".into() })
        }
        Err(_) => String::new(),
    };
    let (rows, w) = manifest::parse(&place, &text)?;
    warnings.extend(w);
    Ok(rows)
}

/// Plans the inputs for `paths` (the bundled seeds when empty).
///
/// Errors: a path (or `--manifest`) that does not exist, a manifest or
/// table missing a required column, an unreadable `--manifest`.
pub fn plan(paths: &[PathBuf], options: &LoadOptions) -> Result<Plan> {
    let mut plan = Plan::default();
    let mut explicit = Vec::new();
    if let Some(m) = &options.manifest {
        if !m.exists() {
            return Err(Error::MissingPath { path: m.clone() });
        }
        explicit = read_manifest(m, true, &mut plan.warnings)?;
        plan.manifest.add_explicit(&explicit);
    }
    // Folder manifests: (id prefix, rows).
    let mut folders: Vec<(String, Vec<manifest::Row>)> = Vec::new();
    if paths.is_empty() {
        plan.inputs.extend(bundled::SEEDS.iter().map(|&(id, text)| Input::Bundled { id, text }));
        let (rows, w) = manifest::parse(bundled::MANIFEST_PLACE, bundled::MANIFEST)?;
        plan.warnings.extend(w);
        folders.push((String::new(), rows));
    }
    let mut skipped = Vec::new();
    for path in paths {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::MissingPath { path: path.clone() });
            }
            Err(source) => return Err(Error::Io { path: path.clone(), source }),
        };
        let found = if meta.is_dir() {
            let (files, w) = walk::walk(path);
            if files.is_empty() && w.is_empty() {
                plan.warnings.push(Warning { place: path.display().to_string(), message: EMPTY_FOLDER.into() });
            }
            plan.warnings.extend(w);
            files.into_iter().map(|f| (f.path, f.id, true)).collect()
        } else {
            vec![(path.clone(), path.to_string_lossy().into_owned(), false)]
        };
        // Folder manifests are read after the walk, in parallel (a corpus of
        // many folders has many), and taken in file order.
        let mut manifests: Vec<(String, PathBuf)> = Vec::new();
        for (path, id, walked) in found {
            let input = match classify(manifest::file_name(&id), walked, options) {
                Kind::Text => Input::Text { path, id },
                Kind::Jsonl => Input::Jsonl { path, id },
                Kind::Table => Input::Table { path, id },
                Kind::Manifest => {
                    let prefix = id[..id.len() - manifest::file_name(&id).len()].to_string();
                    manifests.push((prefix, path));
                    continue;
                }
                Kind::Ignore => continue,
                Kind::Skip(message) => {
                    skipped.push(Warning { place: path.display().to_string(), message: message.to_string() });
                    continue;
                }
            };
            plan.inputs.push(input);
        }
        let read: Vec<_> = manifests
            .into_par_iter()
            .map(|(prefix, path)| {
                let mut warnings = Vec::new();
                let rows = read_manifest(&path, false, &mut warnings);
                (prefix, rows, warnings)
            })
            .collect();
        for (prefix, rows, warnings) in read {
            plan.warnings.extend(warnings);
            folders.push((prefix, rows?));
        }
    }
    plan.warnings.extend(skipped);

    // One input per id: a file reached twice (or two roots with the same relative path) is read once.
    let mut first: HashMap<String, String> = HashMap::new();
    let mut inputs = Vec::with_capacity(plan.inputs.len());
    for input in std::mem::take(&mut plan.inputs) {
        if let Some(place) = first.get(input.id()) {
            plan.warnings.push(Warning {
                place: input.place(),
                message: format!("same document id \"{}\" as {place}; skipped", input.id()),
            });
            continue;
        }
        first.insert(input.id().to_string(), input.place());
        inputs.push(input);
    }
    plan.inputs = inputs;

    if let Some(opts) = &options.table {
        for input in &plan.inputs {
            if let Input::Table { path, .. } = input {
                table::check_header(&input.place(), path, opts)?;
            }
        }
    }

    for (prefix, rows) in &folders {
        plan.manifest.add_folder(prefix, rows);
    }
    check_rows(&mut plan, &explicit, &folders);
    Ok(plan)
}

/// Warns about (or defers) manifest rows that name no planned file.
fn check_rows(plan: &mut Plan, explicit: &[manifest::Row], folders: &[(String, Vec<manifest::Row>)]) {
    let files: HashSet<&str> =
        plan.inputs.iter().filter(|i| matches!(i, Input::Text { .. } | Input::Bundled { .. })).map(Input::id).collect();
    let names: HashSet<&str> = files.iter().map(|id| manifest::file_name(id)).collect();
    let has_records = plan.inputs.iter().any(|i| matches!(i, Input::Jsonl { .. } | Input::Table { .. }));
    let explicit_unmatched =
        explicit.iter().filter(|r| !files.contains(r.doc.as_str()) && !names.contains(r.doc.as_str()));
    let files = &files;
    let folder_unmatched = folders
        .iter()
        .flat_map(|(prefix, rows)| rows.iter().filter(move |r| !files.contains(format!("{prefix}{}", r.doc).as_str())));
    let unmatched: Vec<PendingRow> = explicit_unmatched
        .chain(folder_unmatched)
        .map(|r| PendingRow { place: r.place.clone(), doc: r.doc.clone() })
        .collect();
    if has_records {
        plan.pending = unmatched;
    } else {
        plan.warnings
            .extend(unmatched.into_iter().map(|r| Warning { message: unmatched_message(&r.doc), place: r.place }));
    }
}

/// Reads one planned input. Never fails: what cannot be read becomes a warning.
pub fn load(input: &Input, plan: &Plan, options: &LoadOptions) -> Loaded {
    let mut out = Loaded::default();
    let place = input.place();
    match input {
        Input::Bundled { id, text } => {
            let record = Record { id: id.to_string(), text: text.to_string(), ..record(place) };
            finish(record, "", plan, options, &mut out);
        }
        Input::Text { path, id } => {
            if let Some(text) = read_text(path, &place, options.max_doc_bytes, &mut out.warnings) {
                finish(Record { id: id.clone(), text, ..record(place) }, "", plan, options, &mut out);
            }
        }
        Input::Jsonl { path, id } | Input::Table { path, id } => {
            let Some(text) = read_whole(path, &place, &mut out.warnings) else { return out };
            let read = match (input, &options.table) {
                (Input::Jsonl { .. }, fields) => Ok(jsonl::read_fields(&place, id, &text, fields.as_ref())),
                (_, Some(opts)) => table::read(&place, id, &text, opts),
                (_, None) => Ok((Vec::new(), vec![Warning { place: place.clone(), message: CSV_SKIPPED.into() }])),
            };
            match read {
                Ok((records, warnings)) => {
                    out.warnings.extend(warnings);
                    let prefix = &id[..id.len() - manifest::file_name(id).len()];
                    for r in records {
                        finish(r, prefix, plan, options, &mut out);
                    }
                }
                Err(e) => out.warnings.push(Warning { place, message: format!("{}; file skipped", error_message(&e)) }),
            }
        }
    }
    out
}

/// An error's message without its leading path (the warning names the place).
fn error_message(e: &Error) -> String {
    match e {
        Error::Input { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// An empty record at `place`.
fn record(place: String) -> Record {
    Record { id: String::new(), text: String::new(), published: None, source: None, url: None, place, meta: Vec::new() }
}

/// Reads a text document: at most `limit` bytes of it (0: all), decoded, HTML stripped.
fn read_text(path: &Path, place: &str, limit: usize, warnings: &mut Vec<Warning>) -> Option<String> {
    let mut warn = |message: String| warnings.push(Warning { place: place.to_string(), message });
    let read = || -> std::io::Result<(Vec<u8>, u64)> {
        let mut file = std::fs::File::open(path)?;
        let total = file.metadata()?.len();
        // Sized from the file's length (plus one byte for the end-of-file
        // probe), so the buffer is not regrown and copied as it fills; the
        // hint is capped, since a length can be wrong (special files).
        let expected = if limit == 0 { total } else { total.min(limit as u64 + 4) };
        let mut bytes = Vec::with_capacity(expected.min(1 << 28) as usize + 1);
        if limit == 0 {
            file.read_to_end(&mut bytes)?;
        } else {
            // A few bytes more, so that a char cut by the limit can still be decoded.
            (&mut file).take(limit as u64 + 4).read_to_end(&mut bytes)?;
        }
        Ok((bytes, total))
    };
    let (bytes, total) = match read() {
        Ok(r) => r,
        Err(e) => {
            warn(format!("cannot read ({e}); skipped"));
            return None;
        }
    };
    let truncated = limit > 0 && bytes.len() > limit;
    let read_bytes = bytes.len() as u64;
    let decoded = match decode::decode(bytes, truncated) {
        Ok(d) => d,
        Err(message) => {
            warn(message);
            return None;
        }
    };
    if let Some(note) = decoded.note {
        warn(note);
    }
    let mut text = decoded.text;
    if html::is_html(manifest::file_name(place), &text) {
        text = html::to_text(&text);
    }
    if truncated || (limit > 0 && text.len() > limit) {
        decode::cut(&mut text, limit);
        warn(decode::cut_message(total.max(read_bytes), text.len()));
    }
    Some(text)
}

/// Reads and decodes a whole feed or table.
fn read_whole(path: &Path, place: &str, warnings: &mut Vec<Warning>) -> Option<String> {
    let mut warn = |message: String| warnings.push(Warning { place: place.to_string(), message });
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            warn(format!("cannot read ({e}); skipped"));
            return None;
        }
    };
    match decode::decode(bytes, false) {
        Ok(d) => {
            if let Some(note) = d.note {
                warn(note);
            }
            Some(d.text)
        }
        Err(message) => {
            warn(message);
            None
        }
    }
}

/// Turns a record into a document: cut to size, manifest, field or header date.
fn finish(r: Record, prefix: &str, plan: &Plan, options: &LoadOptions, out: &mut Loaded) {
    let Record { id, mut text, published, source, url, place, meta } = r;
    let total = text.len();
    if let Some(kept) = decode::cut(&mut text, options.max_doc_bytes) {
        out.warnings.push(Warning { place, message: decode::cut_message(total as u64, kept) });
    }
    let entry = plan.manifest.lookup(&id).or_else(|| {
        if prefix.is_empty() {
            None
        } else {
            plan.manifest.lookup(&format!("{prefix}{id}"))
        }
    });
    let (published, published_from) = match (entry.and_then(|e| e.published), published) {
        (Some(d), _) => (Some(d), PublishedFrom::Manifest),
        (None, Some(d)) => (Some(d), PublishedFrom::Field),
        (None, None) => match header::header_date(&text) {
            Some(d) => (Some(d), PublishedFrom::Header),
            None => (None, PublishedFrom::Unknown),
        },
    };
    let source = entry.and_then(|e| e.source.clone()).or(source);
    let url = entry.and_then(|e| e.url.clone()).or(url);
    if !meta.is_empty() {
        out.meta.push((id.clone(), meta.clone()));
    }
    out.documents.push(Document { id, text, published, published_from, source, url, meta });
}

#[cfg(test)]
mod tests;
