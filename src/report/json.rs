//! The report for machines: `json` is the whole [`Report`] as one document
//! (findings, claims, documents, rules, warnings, roll-up, version);
//! `jsonl` is one finding a line, for streaming into a pipeline; and the
//! claims of `extract --format jsonl`, one claim a line.
//!
//! These are plain serde over the report model, so the schema is the
//! model's (documented in the README) and reading a report back with serde
//! gives the same value. No timings or paths of the machine go in: the bytes
//! are the same on every run.

use super::Report;
use crate::model::Claim;
use serde::Serialize;
use std::io::{self, Write};

/// Writes the report as one pretty-printed JSON document.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}

/// Writes one finding a line.
pub fn write_findings_lines(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    lines(&report.findings, out)
}

/// Writes one claim a line (`extract --format jsonl`).
pub fn write_claims_lines(claims: &[Claim], out: &mut dyn Write) -> io::Result<()> {
    lines(claims, out)
}

fn lines<T: Serialize>(items: &[T], out: &mut dyn Write) -> io::Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, item)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
