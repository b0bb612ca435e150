//! `--baseline FILE`: findings a team has already seen, hidden from the
//! report and counted in its summary, so only what is new shows.
//!
//! A baseline is a previous report (CSV: the `finding_id` column; JSON:
//! `findings[].id`; JSON Lines: each line's `id`) or a small TOML file of
//! `[[finding]]` entries with `id`, an optional `reason` and an optional
//! `expires` date. An expired entry no longer hides its finding and is
//! reported, so accepted disagreements are looked at again. Matching is by
//! `finding_id`, a fingerprint of the finding's meaning (never of line
//! numbers), so edits elsewhere in a document keep a baseline valid.

use super::Report;
use crate::error::{Error, Result};
use crate::model::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// One accepted finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The finding's id (`cd-…`).
    pub id: String,
    /// Why it was accepted.
    pub reason: Option<String>,
    /// From this day on the entry no longer hides the finding.
    pub expires: Option<Date>,
}

/// The accepted findings, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Baseline {
    /// Entries by id.
    pub entries: BTreeMap<String, Entry>,
}

/// What applying a baseline did; kept in the report for its summary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applied {
    /// The baseline file, as given.
    pub file: String,
    /// Findings hidden because the baseline lists them.
    pub hidden: usize,
    /// Ids of expired entries (they no longer hide anything).
    pub expired: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    #[serde(default)]
    finding: Vec<TomlEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlEntry {
    id: String,
    reason: Option<String>,
    expires: Option<toml::Value>,
}

#[derive(Deserialize)]
struct JsonReport {
    findings: Vec<JsonFinding>,
}

#[derive(Deserialize)]
struct JsonFinding {
    id: String,
}

impl Baseline {
    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        let text = String::from_utf8_lossy(&bytes);
        Baseline::parse(&path.display().to_string(), &text)
    }

    /// Parses a baseline: TOML when the name ends in `.toml`, JSON when the
    /// text starts with `{` (a report, or JSON Lines findings), CSV otherwise.
    pub fn parse(name: &str, text: &str) -> Result<Baseline> {
        let ids = if name.ends_with(".toml") {
            return parse_toml(name, text);
        } else if text.trim_start().starts_with('{') {
            parse_json(name, text)?
        } else {
            parse_csv(name, text)?
        };
        Ok(Baseline {
            entries: ids.into_iter().map(|id| (id.clone(), Entry { id, reason: None, expires: None })).collect(),
        })
    }

    /// Hides the findings the baseline lists (unless their entry expired on
    /// or before `today`) and records what it did in `report.baseline`.
    pub fn apply(&self, report: &mut Report, file: &str, today: Date) {
        let live = |id: &str| self.entries.get(id).is_some_and(|e| e.expires.is_none_or(|d| d > today));
        let before = report.findings.len();
        report.findings.retain(|f| !live(&f.id));
        let expired =
            self.entries.values().filter(|e| e.expires.is_some_and(|d| d <= today)).map(|e| e.id.clone()).collect();
        report.baseline = Some(Applied { file: file.to_string(), hidden: before - report.findings.len(), expired });
    }
}

fn parse_toml(name: &str, text: &str) -> Result<Baseline> {
    let f: TomlFile = toml::from_str(text).map_err(|e| Error::from_toml(name, text, &e))?;
    let mut entries = BTreeMap::new();
    for e in f.finding {
        let expires = match &e.expires {
            None => None,
            Some(v) => {
                let s = match v {
                    toml::Value::Datetime(d) => d.to_string(),
                    toml::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                Some(s.parse::<Date>().map_err(|_| Error::Input {
                    path: name.to_string(),
                    message: format!("finding {}: expires {s:?} is not a date; write it as 2026-12-31", e.id),
                })?)
            }
        };
        entries.insert(e.id.clone(), Entry { id: e.id, reason: e.reason, expires });
    }
    Ok(Baseline { entries })
}

fn parse_json(name: &str, text: &str) -> Result<Vec<String>> {
    let bad = |e: serde_json::Error| Error::Config {
        path: name.to_string(),
        line: e.line(),
        col: e.column(),
        message: format!("not a claimdiff JSON report or JSON Lines findings: {e}"),
    };
    if let Ok(r) = serde_json::from_str::<JsonReport>(text) {
        return Ok(r.findings.into_iter().map(|f| f.id).collect());
    }
    let mut ids = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let f: JsonFinding = serde_json::from_str(line).map_err(|e| {
            let mut err = bad(e);
            if let Error::Config { line, .. } = &mut err {
                *line = i + 1;
            }
            err
        })?;
        ids.push(f.id);
    }
    Ok(ids)
}

fn parse_csv(name: &str, text: &str) -> Result<Vec<String>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r.headers().map_err(|e| Error::Input { path: name.to_string(), message: e.to_string() })?.clone();
    let col = headers.iter().position(|h| h == "finding_id").ok_or_else(|| Error::Input {
        path: name.to_string(),
        message: format!(
            "no finding_id column (header is: {}); a baseline is a claimdiff CSV or JSON report, or a TOML file of [[finding]] ids",
            headers.iter().collect::<Vec<_>>().join(",")
        ),
    })?;
    let mut ids = Vec::new();
    for row in r.records() {
        let row = row.map_err(|e| Error::Input { path: name.to_string(), message: e.to_string() })?;
        if let Some(id) = row.get(col).filter(|s| !s.is_empty()) {
            ids.push(id.to_string());
        }
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_ids_from_csv_json_jsonl_and_toml() {
        let csv = "finding_id,rule\ncd-1,r\ncd-2,r\n";
        let json = r#"{"version":"0.1.0","findings":[{"id":"cd-1"},{"id":"cd-2"}]}"#;
        let jsonl = "{\"id\":\"cd-1\"}\n{\"id\":\"cd-2\"}\n";
        let toml =
            "[[finding]]\nid = \"cd-1\"\nreason = \"known\"\nexpires = 2030-01-01\n\n[[finding]]\nid = \"cd-2\"\n";
        for (name, text) in [("a.csv", csv), ("a.json", json), ("a.jsonl", jsonl), ("a.toml", toml)] {
            let b = Baseline::parse(name, text).unwrap();
            assert_eq!(b.entries.keys().collect::<Vec<_>>(), ["cd-1", "cd-2"], "{name}");
        }
        let b = Baseline::parse("a.toml", toml).unwrap();
        assert_eq!(b.entries["cd-1"].expires, Some(date(2030, 1, 1)));
        assert_eq!(b.entries["cd-1"].reason.as_deref(), Some("known"));
    }

    #[test]
    fn bad_baselines_say_where() {
        let e = Baseline::parse("b.csv", "doc,rule\nx,y\n").unwrap_err().to_string();
        assert!(e.starts_with("b.csv: no finding_id column (header is: doc,rule)"), "{e}");
        let e = Baseline::parse("b.toml", "[[finding]]\nid = \"x\"\nexpires = \"soon\"\n").unwrap_err().to_string();
        assert_eq!(e, "b.toml: finding x: expires \"soon\" is not a date; write it as 2026-12-31");
    }
}
