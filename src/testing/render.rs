//! What `claimdiff test` prints: one line per case, a diff for each failure,
//! totals at the end.

use super::expect::Pattern;
use super::runner::Summary;
use std::io::{self, Write};

/// Writes the run's outcome.
pub fn write(s: &Summary, out: &mut dyn Write) -> io::Result<()> {
    for c in &s.cases {
        let status = if c.error.is_some() {
            "BROKEN"
        } else if c.passed() {
            "ok"
        } else {
            "FAILED"
        };
        writeln!(out, "case {} ... {status}", c.name)?;
        if let Some(e) = &c.error {
            writeln!(out, "  {e}")?;
            continue;
        }
        let section = |out: &mut dyn Write, title: &str, lines: Vec<String>| -> io::Result<()> {
            if !lines.is_empty() {
                writeln!(out, "  {title}:")?;
                for l in lines {
                    writeln!(out, "    {l}")?;
                }
            }
            Ok(())
        };
        section(out, "- expected but missing", c.missing.iter().map(Pattern::describe).collect())?;
        section(
            out,
            "! present but forbidden",
            c.forbidden
                .iter()
                .map(|(p, f)| format!("{} (matches [[absent]] {})", Pattern::of(f).describe(), p.describe()))
                .collect(),
        )?;
        let title = if c.expect.exhaustive {
            "+ present but not mentioned (exhaustive case)"
        } else {
            "+ present but not mentioned"
        };
        if !c.passed() || c.expect.exhaustive {
            section(out, title, c.unmentioned.iter().map(|f| Pattern::of(f).describe()).collect())?;
        }
        section(
            out,
            "~ todo, now found (move it to [[expect]])",
            c.todo_found.iter().map(Pattern::describe).collect(),
        )?;
    }
    for r in &s.unexercised_rules {
        writeln!(out, "rule {r} ... FAILED\n  no case exercises it: add a fixture with an [[expect]] naming it")?;
    }
    for c in &s.checks_without_negative {
        writeln!(
            out,
            "check {c} ... FAILED\n  no case shows where it must not fire: add an [[absent]] naming one of its rules"
        )?;
    }
    let passed = s.cases.iter().filter(|c| c.passed()).count();
    let hit: usize = s.cases.iter().map(|c| c.hit()).sum();
    let missed: usize = s.cases.iter().map(|c| c.missing.len()).sum();
    let forbidden: usize = s.cases.iter().map(|c| c.forbidden.len()).sum();
    let todos: usize = s.cases.iter().map(|c| c.todo_missing.len()).sum();
    writeln!(
        out,
        "\n{} cases: {passed} passed, {} failed{}; expected findings: {hit} hit, {missed} missed; forbidden findings seen: {forbidden}; todo: {todos} still missing",
        s.cases.len(),
        s.cases.len() - passed - s.broken,
        if s.broken > 0 { format!(", {} broken", s.broken) } else { String::new() }
    )
}
