//! The normalised claims as CSV (`claimdiff extract`), for review.
//!
//! Name mentions (kind `mention`) are left out: there are dozens per
//! article, and they matter only through the name-variant findings.

use super::safe_cell;
use crate::model::Claim;
use std::io::Write;

/// The claims table's columns, in order.
pub const COLUMNS: [&str; 18] = [
    "doc",
    "published",
    "line",
    "start",
    "end",
    "kind",
    "subject",
    "population",
    "window",
    "qualifier",
    "value",
    "low",
    "high",
    "unit",
    "status",
    "as_of",
    "attribution",
    "text",
];

/// Writes the claims as CSV.
pub fn write(claims: &[Claim], out: &mut dyn Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for c in claims {
        let (low, high) = c.value.bounds();
        let row = [
            c.doc.to_string(),
            c.published.map(|d| d.to_string()).unwrap_or_default(),
            c.line.to_string(),
            c.start.to_string(),
            c.end.to_string(),
            c.kind.as_str().to_string(),
            c.subject.to_string(),
            c.population.to_string(),
            c.window.map(|w| w.to_string()).unwrap_or_default(),
            c.value.qualifier().map(|q| q.as_str().to_string()).unwrap_or_default(),
            c.value.display(),
            low,
            high,
            c.unit.to_string(),
            c.status.map(|s| s.to_string()).unwrap_or_default(),
            c.as_of.map(|d| d.to_string()).unwrap_or_default(),
            c.attribution.clone().unwrap_or_default(),
            c.text.clone(),
        ];
        w.write_record(row.iter().map(|c| safe_cell(c).into_owned()))?;
    }
    w.flush()?;
    Ok(())
}
