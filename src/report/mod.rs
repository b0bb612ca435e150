//! One report model, serialised to every output format: a new format never
//! re-interprets findings.

pub mod baseline;
pub mod claims_csv;
pub mod csv;
pub mod explain;
pub mod html;
pub mod json;
pub mod output;
pub mod rollup;
pub mod text;
mod timeline;

use crate::corpus::Warning;
use crate::model::{Claim, Date, Finding, PublishedFrom, Severity};
use serde::{Deserialize, Serialize};

/// One document of the run, after its text was dropped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// Document id.
    pub id: String,
    /// Publication date.
    pub published: Option<Date>,
    /// Where it came from.
    pub published_from: PublishedFrom,
    /// The outlet.
    pub source: Option<String>,
    /// Bytes of text read.
    pub bytes: usize,
    /// Claims extracted.
    pub claims: usize,
}

/// A rule as listed in reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleInfo {
    /// Id.
    pub id: String,
    /// Check name.
    pub check: String,
    /// Severity.
    pub severity: Severity,
}

/// Everything a run found, in a deterministic order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// claimdiff's version.
    pub version: String,
    /// Findings, most severe first.
    pub findings: Vec<Finding>,
    /// All claims, by document and offset (empty when the run asked for
    /// findings only: [`crate::Options::findings_only`]).
    pub claims: Vec<Claim>,
    /// Documents read, by id.
    pub documents: Vec<DocInfo>,
    /// Rules run.
    pub rules: Vec<RuleInfo>,
    /// What was skipped or repaired.
    #[serde(serialize_with = "warnings_as_strings", deserialize_with = "warnings_from_strings")]
    pub warnings: Vec<Warning>,
    /// Per numeric topic: every source's figure, and low / median / high
    /// across sources (empty when the run asked for findings only).
    #[serde(default)]
    pub rollup: Vec<rollup::TopicRollup>,
    /// What `--baseline` hid, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<baseline::Applied>,
}

fn warnings_as_strings<S: serde::Serializer>(w: &[Warning], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(w.iter().map(|w| w.to_string()))
}

/// Reads back `place: message` strings (the place never holds `": "`).
fn warnings_from_strings<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Warning>, D::Error> {
    let raw: Vec<String> = Vec::deserialize(d)?;
    Ok(raw
        .into_iter()
        .map(|s| match s.split_once(": ") {
            Some((place, message)) => Warning { place: place.to_string(), message: message.to_string() },
            None => Warning { place: String::new(), message: s },
        })
        .collect())
}

impl Report {
    /// How many findings are at or above `level`.
    pub fn count_at_least(&self, level: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity >= level).count()
    }
}

/// Neutralises a cell a spreadsheet would run as a formula (leading `=`,
/// `+`, `-`, `@`, tab or carriage return) by putting `'` in front (OWASP).
pub fn safe_cell(s: &str) -> std::borrow::Cow<'_, str> {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// `others` joined with `;`, capped at 50 names then `+N more` (a
/// spreadsheet cell holds 32,767 characters; JSON carries the full list).
pub fn others_cell(others: &[String]) -> String {
    const CAP: usize = 50;
    let mut s = others.iter().take(CAP).cloned().collect::<Vec<_>>().join(";");
    if others.len() > CAP {
        s.push_str(&format!(";+{} more", others.len() - CAP));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for (i, o) in
            [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("ok", "ok")]
        {
            assert_eq!(safe_cell(i), o);
        }
    }

    #[test]
    fn others_are_capped() {
        let many: Vec<String> = (0..53).map(|i| format!("d{i}")).collect();
        let cell = others_cell(&many);
        assert!(cell.starts_with("d0;d1;"));
        assert!(cell.ends_with(";d49;+3 more"), "{cell}");
    }
}
