//! The discrepancy report as CSV: one row per finding, RFC 4180, the
//! columns of DESIGN.md in order.

use super::{others_cell, safe_cell, Report};
use crate::model::{fmt_num, Claim, Side};
use std::io::Write;

/// The report's columns, in order.
pub const COLUMNS: [&str; 24] = [
    "finding_id",
    "rule",
    "severity",
    "kind",
    "topic",
    "doc_a",
    "published_a",
    "line_a",
    "value_a",
    "low_a",
    "high_a",
    "quote_a",
    "others_a",
    "doc_b",
    "published_b",
    "line_b",
    "value_b",
    "low_b",
    "high_b",
    "quote_b",
    "others_b",
    "delta",
    "delta_pct",
    "message",
];

/// Writes the findings as CSV.
pub fn write(report: &Report, out: &mut dyn Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for f in &report.findings {
        let mut row: Vec<String> =
            vec![f.id.clone(), f.rule.clone(), f.severity.as_str().into(), f.kind.as_str().into(), f.topic.clone()];
        row.extend(side(&f.a));
        row.extend(side(&f.b));
        row.push(f.delta.map(fmt_num).unwrap_or_default());
        row.push(f.delta_pct.map(|p| format!("{p:.1}%")).unwrap_or_default());
        row.push(f.message.clone());
        w.write_record(row.iter().map(|c| safe_cell(c).into_owned()))?;
    }
    w.flush()?;
    Ok(())
}

fn side(s: &Side) -> [String; 8] {
    let c: &Claim = &s.claim;
    let (low, high) = c.value.bounds();
    [
        c.doc.to_string(),
        c.published.map(|d| d.to_string()).unwrap_or_default(),
        c.line.to_string(),
        c.value.display(),
        low,
        high,
        c.quote.to_string(),
        others_cell(&s.others),
    ]
}
