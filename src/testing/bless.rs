//! `claimdiff test --bless`: rewrites each case's `[[expect]]` from the
//! findings it now produces, keeping the `[[absent]]` and `[[todo]]` entries
//! that still hold and the comments around what is kept (toml_edit), for a
//! person to review in the diff.

use super::expect::Pattern;
use super::runner::CaseResult;
use crate::error::{Error, Result};
use toml_edit::{value, Array, ArrayOfTables, DocumentMut, Item, Table};

/// Rewrites `case`'s expect.toml; returns whether it changed.
pub fn bless(case: &CaseResult) -> Result<bool> {
    let path = case.dir.join("expect.toml");
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| Error::Io { path: path.clone(), source: e })?;
    let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let at = e.span().map(|s| s.start).unwrap_or(0);
        Error::config_at(&shown, &text, at, e.message().to_string())
    })?;

    // [[expect]]: one entry per finding, reusing an old entry (and its comments) that matches it.
    let old: Vec<(Pattern, Table)> =
        tables(&doc, "expect").into_iter().zip(case.expect.expect.iter().cloned()).map(|(t, p)| (p, t)).collect();
    let mut expect = ArrayOfTables::new();
    for f in &case.findings {
        let p = Pattern::of(f);
        let mut t = old.iter().find(|(op, _)| op.matches(f)).map(|(_, t)| t.clone()).unwrap_or_default();
        t["rule"] = value(p.rule.clone());
        t["docs"] = value(strings(&p.docs));
        t["values"] = value(strings(&p.values));
        t["severity"] = value(f.severity.as_str());
        expect.push(t);
    }
    doc.remove("expect");
    if !expect.is_empty() {
        doc.insert("expect", Item::ArrayOfTables(expect));
    }

    // [[absent]] that still hold, [[todo]] still missing.
    let keep = |doc: &mut DocumentMut, key: &str, still: &dyn Fn(&Pattern) -> bool, patterns: &[Pattern]| {
        let kept: Vec<Table> =
            tables(doc, key).into_iter().zip(patterns).filter(|(_, p)| still(p)).map(|(t, _)| t).collect();
        doc.remove(key);
        if !kept.is_empty() {
            let mut a = ArrayOfTables::new();
            kept.into_iter().for_each(|t| a.push(t));
            doc.insert(key, Item::ArrayOfTables(a));
        }
    };
    let findings = &case.findings;
    keep(&mut doc, "absent", &|p| !findings.iter().any(|f| p.matches(f)), &case.expect.absent);
    keep(&mut doc, "todo", &|p| !findings.iter().any(|f| p.matches(f)), &case.expect.todo);

    let new = doc.to_string();
    if new == text {
        return Ok(false);
    }
    std::fs::write(&path, new).map_err(|e| Error::Output { path: shown, message: e.to_string() })?;
    Ok(true)
}

fn tables(doc: &DocumentMut, key: &str) -> Vec<Table> {
    doc.get(key).and_then(Item::as_array_of_tables).map(|a| a.iter().cloned().collect()).unwrap_or_default()
}

fn strings(v: &[String]) -> Array {
    v.iter().map(String::as_str).collect()
}
