//! Runs every case of a fixtures folder (in parallel) and compares its
//! findings with its `expect.toml`.

use super::expect::{Expect, Pattern};
use crate::error::{Error, Result};
use crate::model::Finding;
use crate::rules::{Check, RuleSet};
use crate::Options;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The outcome of one case.
#[derive(Debug)]
pub struct CaseResult {
    /// The case folder's name.
    pub name: String,
    /// The case folder.
    pub dir: PathBuf,
    /// The expectations, as read.
    pub expect: Expect,
    /// Every finding the case produced.
    pub findings: Vec<Finding>,
    /// `[[expect]]` entries no finding matched.
    pub missing: Vec<Pattern>,
    /// `[[absent]]` entries a finding matched, with that finding.
    pub forbidden: Vec<(Pattern, Finding)>,
    /// Findings no `[[expect]]` mentions.
    pub unmentioned: Vec<Finding>,
    /// `[[todo]]` entries still missing.
    pub todo_missing: Vec<Pattern>,
    /// `[[todo]]` entries now found (promote them to `[[expect]]`).
    pub todo_found: Vec<Pattern>,
    /// A problem that stopped the case (broken expect.toml, unreadable document).
    pub error: Option<String>,
}

impl CaseResult {
    /// `[[expect]]` entries matched.
    pub fn hit(&self) -> usize {
        self.expect.expect.len() - self.missing.len()
    }

    /// Whether the case passed.
    pub fn passed(&self) -> bool {
        self.error.is_none()
            && self.missing.is_empty()
            && self.forbidden.is_empty()
            && (!self.expect.exhaustive || self.unmentioned.is_empty())
    }
}

/// The outcome of a run.
#[derive(Debug)]
pub struct Summary {
    /// Each case, by name.
    pub cases: Vec<CaseResult>,
    /// Rules in scope that no `[[expect]]` names.
    pub unexercised_rules: Vec<String>,
    /// Checks in scope that no `[[absent]]` names a rule of.
    pub checks_without_negative: Vec<&'static str>,
    /// Cases whose fixture files are broken (exit 2).
    pub broken: usize,
}

impl Summary {
    /// Whether every case passed and every rule and check is covered.
    pub fn passed(&self) -> bool {
        self.broken == 0
            && self.cases.iter().all(CaseResult::passed)
            && self.unexercised_rules.is_empty()
            && self.checks_without_negative.is_empty()
    }
}

/// The case folders under `dir` (or `dir` itself when it holds `expect.toml`), sorted.
pub fn cases(dir: &Path) -> Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        return Err(Error::MissingPath { path: dir.to_path_buf() });
    }
    if dir.join("expect.toml").is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })? {
        let p = e.map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?.path();
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if p.is_dir() && !hidden {
            out.push(p);
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Error::Usage(format!("{}: no fixture cases (folders with expect.toml) found", dir.display())));
    }
    Ok(out)
}

/// Runs every case under `dir` with the bundled rules plus `rules_dir`.
pub fn run(dir: &Path, rules_dir: Option<&Path>) -> Result<Summary> {
    let rules = RuleSet::load(rules_dir)?;
    let dirs = cases(dir)?;
    let results: Vec<CaseResult> = dirs.par_iter().map(|d| run_case(d, &rules)).collect();

    // Coverage: rules in scope (the user's own when --rules is given).
    let in_scope: Vec<_> = match rules_dir {
        Some(rd) => rules.rules.iter().filter(|r| Path::new(&r.path).starts_with(rd)).collect(),
        None => rules.rules.iter().collect(),
    };
    let named = |f: fn(&Expect) -> &Vec<Pattern>| -> BTreeSet<String> {
        results.iter().flat_map(|c| f(&c.expect).iter().map(|p| p.rule.clone())).collect()
    };
    let positive = named(|e| &e.expect);
    let negative = named(|e| &e.absent);
    let unexercised_rules = in_scope.iter().filter(|r| !positive.contains(&r.id)).map(|r| r.id.clone()).collect();
    let checks: BTreeSet<Check> = in_scope.iter().map(|r| r.check).collect();
    let checks_without_negative = checks
        .into_iter()
        .filter(|c| !in_scope.iter().any(|r| r.check == *c && negative.contains(&r.id)))
        .map(Check::name)
        .collect();
    let broken = results.iter().filter(|c| c.error.is_some()).count();
    Ok(Summary { cases: results, unexercised_rules, checks_without_negative, broken })
}

/// Runs one case.
pub fn run_case(dir: &Path, rules: &RuleSet) -> CaseResult {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("case").to_string();
    let mut result = CaseResult {
        name,
        dir: dir.to_path_buf(),
        expect: Expect::default(),
        findings: Vec::new(),
        missing: Vec::new(),
        forbidden: Vec::new(),
        unmentioned: Vec::new(),
        todo_missing: Vec::new(),
        todo_found: Vec::new(),
        error: None,
    };
    let path = dir.join("expect.toml");
    let expect = match std::fs::read_to_string(&path) {
        Ok(text) => Expect::parse(&path.display().to_string(), &text),
        Err(e) => Err(Error::Io { path: path.clone(), source: e }),
    };
    let expect = match expect {
        Ok(e) if e.expect.is_empty() && e.absent.is_empty() => {
            result.error =
                Some(format!("{}: the case asserts nothing: add an [[expect]] or [[absent]] entry", path.display()));
            return result;
        }
        Ok(e) => e,
        Err(e) => {
            result.error = Some(e.to_string());
            return result;
        }
    };
    let options = Options { paths: vec![dir.to_path_buf()], ..Options::default() };
    let report = match crate::check_with(&options, rules) {
        Ok(r) => r,
        Err(e) => {
            result.error = Some(e.to_string());
            return result;
        }
    };
    let findings = report.findings;
    result.missing = expect.expect.iter().filter(|p| !findings.iter().any(|f| p.matches(f))).cloned().collect();
    result.forbidden = expect
        .absent
        .iter()
        .filter_map(|p| findings.iter().find(|f| p.matches(f)).map(|f| (p.clone(), f.clone())))
        .collect();
    result.unmentioned = findings.iter().filter(|f| !expect.expect.iter().any(|p| p.matches(f))).cloned().collect();
    let (found, missing): (Vec<Pattern>, Vec<Pattern>) =
        expect.todo.iter().cloned().partition(|p| findings.iter().any(|f| p.matches(f)));
    result.todo_found = found;
    result.todo_missing = missing;
    result.findings = findings;
    result.expect = expect;
    result
}
