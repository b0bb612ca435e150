//! `expect.toml`: the findings a case must show (`[[expect]]`), must not
//! show (`[[absent]]`), and is known to miss (`[[todo]]`).
//!
//! ```toml
//! description = "Same-day figures 30% apart disagree."
//! exhaustive = false     # true: a finding not listed fails the case
//!
//! [[expect]]
//! rule = "casualty-figures-disagree"
//! docs = ["a.txt", "b.txt"]
//! values = [">100000", ">=130000"]   # in the order of docs
//! severity = "warning"              # optional
//!
//! [[absent]]
//! rule = "casualty-toll-implausible-rise"
//! docs = ["a.txt", "c.txt"]          # optional: any finding of the rule
//! ```

use crate::error::{Error, Result};
use crate::model::{Finding, Severity, Side};
use serde::Deserialize;

/// A case's expectations.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// What the case shows.
    #[serde(default)]
    pub description: String,
    /// Fail on findings that no `[[expect]]` mentions.
    #[serde(default)]
    pub exhaustive: bool,
    /// Findings that must appear.
    #[serde(default)]
    pub expect: Vec<Pattern>,
    /// Findings that must not appear.
    #[serde(default)]
    pub absent: Vec<Pattern>,
    /// Known gaps: findings that should appear but do not yet.
    #[serde(default)]
    pub todo: Vec<Pattern>,
}

/// A description of a finding by meaning.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    /// The rule id.
    pub rule: String,
    /// The two documents (any order); empty: any.
    #[serde(default)]
    pub docs: Vec<String>,
    /// The two values, in the order of `docs`; empty: any.
    #[serde(default)]
    pub values: Vec<String>,
    /// The severity, if it matters.
    #[serde(default)]
    pub severity: Option<Severity>,
    /// Why (kept by --bless).
    #[serde(default)]
    pub note: Option<String>,
}

impl Expect {
    /// Parses `expect.toml`; errors name the file, line and column.
    pub fn parse(path: &str, text: &str) -> Result<Expect> {
        let e: Expect = toml::from_str(text).map_err(|e| Error::from_toml(path, text, &e))?;
        for p in e.expect.iter().chain(&e.absent).chain(&e.todo) {
            if p.docs.len() > 2 || p.values.len() > 2 || (!p.values.is_empty() && p.values.len() != p.docs.len()) {
                let at = text.find(&format!("\"{}\"", p.rule)).unwrap_or(0);
                return Err(Error::config_at(
                    path,
                    text,
                    at,
                    "docs and values take two entries each (values in the order of docs)",
                ));
            }
        }
        Ok(e)
    }
}

/// Whether a side of a finding speaks for document `doc` (as its
/// representative or one of the cluster's others) with value `value`.
fn side_matches(s: &Side, doc: &str, value: Option<&str>) -> bool {
    (*s.claim.doc == *doc || s.others.iter().any(|o| o == doc)) && value.is_none_or(|v| s.claim.value.display() == v)
}

impl Pattern {
    /// Whether `f` is a finding this pattern describes.
    pub fn matches(&self, f: &Finding) -> bool {
        if f.rule != self.rule || self.severity.is_some_and(|s| s != f.severity) {
            return false;
        }
        let v = |i: usize| self.values.get(i).map(String::as_str);
        match self.docs.as_slice() {
            [] => true,
            [d] => side_matches(&f.a, d, v(0)) || side_matches(&f.b, d, v(0)),
            [d0, d1] => {
                (side_matches(&f.a, d0, v(0)) && side_matches(&f.b, d1, v(1)))
                    || (side_matches(&f.a, d1, v(1)) && side_matches(&f.b, d0, v(0)))
            }
            _ => false,
        }
    }

    /// The pattern that describes `f` exactly (for --bless and diffs).
    pub fn of(f: &Finding) -> Pattern {
        Pattern {
            rule: f.rule.clone(),
            docs: vec![f.a.claim.doc.to_string(), f.b.claim.doc.to_string()],
            values: vec![f.a.claim.value.display(), f.b.claim.value.display()],
            severity: Some(f.severity),
            note: None,
        }
    }

    /// One line for a person: `rule: a.txt >100000 vs b.txt >=130000`.
    pub fn describe(&self) -> String {
        let mut s = self.rule.clone();
        if let Some(sev) = self.severity {
            s.push_str(&format!(" ({})", sev.as_str()));
        }
        let part = |i: usize| {
            let d = self.docs.get(i).cloned().unwrap_or_default();
            match self.values.get(i) {
                Some(v) => format!("{d} {v}"),
                None => d,
            }
        };
        match self.docs.len() {
            0 => s.push_str(": any finding"),
            1 => s.push_str(&format!(": {}", part(0))),
            _ => s.push_str(&format!(": {} vs {}", part(0), part(1))),
        }
        s
    }
}
