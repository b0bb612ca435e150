//! The report for a person at a terminal: each finding with its severity,
//! rule and message, then both quotes with `doc:line:col` and the figure
//! underlined; the per-topic roll-up; a summary line at the end (with the
//! run's time, which only this human report carries).

use super::Report;
use crate::extract::context::collapse_space;
use crate::model::{Severity, Side};
use std::io::{self, Write};

/// How the text report looks: colours or none, and the run's time for the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    /// Whether to write ANSI colour codes.
    pub color: bool,
    /// How long the run took (shown in the summary when given).
    pub elapsed: Option<std::time::Duration>,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Writes the findings for a terminal.
pub fn write(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        let (code, name) = match f.severity {
            Severity::Error => ("1;31", "error"),
            Severity::Warning => ("1;33", "warning"),
            Severity::Info => ("1;36", "info"),
        };
        writeln!(
            out,
            "{}{} {}",
            style.paint(code, name),
            style.paint("1", &format!("[{}]", f.rule)),
            clean(&f.message)
        )?;
        for s in [&f.a, &f.b] {
            side(s, style, out)?;
        }
        writeln!(out, "   {} {}", style.paint("2", "id:"), f.id)?;
        writeln!(out)?;
    }
    rollup(report, style, out)?;
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    write!(
        out,
        "{} findings ({} error, {} warning, {} info) in {} documents, {} claims",
        report.findings.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        report.documents.len(),
        report.claims.len()
    )?;
    if let Some(b) = &report.baseline {
        write!(out, "; {} known findings hidden by the baseline", b.hidden)?;
        if !b.expired.is_empty() {
            write!(out, " ({} expired entries)", b.expired.len())?;
        }
    }
    if let Some(t) = style.elapsed {
        write!(out, " in {:.2}s", t.as_secs_f64())?;
    }
    writeln!(out)
}

/// The per-topic roll-up: low / median / high across sources, then each figure.
fn rollup(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    use super::timeline::thousands;
    let topics: Vec<_> = report.rollup.iter().filter(|r| r.sources > 1).collect();
    if topics.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", style.paint("1", "figures by topic (low / median / high across sources)"))?;
    for r in topics {
        writeln!(
            out,
            "  {} {}: {} / {} / {} from {} sources",
            r.kind.as_str(),
            clean(&r.topic),
            thousands(r.low),
            thousands(r.median),
            thousands(r.high),
            r.sources
        )?;
        for f in &r.figures {
            let date = f.as_of.map(|d| d.to_string()).unwrap_or_else(|| "date unknown".into());
            let source = f.source.as_deref().map(|s| format!(", {}", clean(s))).unwrap_or_default();
            writeln!(out, "    {date}  {:<10} {}:{}{source}", f.value, clean(&f.doc), f.line)?;
        }
    }
    writeln!(out)
}

fn side(s: &Side, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let c = &s.claim;
    let published = c.published.map(|d| d.to_string()).unwrap_or_else(|| "date unknown".into());
    writeln!(out, "  {} {}:{}:{} ({published})", style.paint("34", "-->"), clean(&c.doc), c.line, c.col)?;
    let quote = clean(&c.quote);
    writeln!(out, "   {} {quote}", style.paint("34", "|"))?;
    // Underline the figure: find the claim's span in the quote, then the figure in it.
    let span = collapse_space(&clean(&c.text));
    let rel = c.figure.0.saturating_sub(c.start);
    let fig_len = c.figure.1.saturating_sub(c.figure.0);
    if let Some(p) = quote.find(&span) {
        let before = quote[..p].chars().count() + c.text.get(..rel).map(|t| t.chars().count()).unwrap_or(0);
        let width = c.text.get(rel..rel + fig_len).map(|t| t.chars().count()).unwrap_or(1).max(1);
        writeln!(
            out,
            "   {} {}{}",
            style.paint("34", "|"),
            " ".repeat(before),
            style.paint("1;31", &"^".repeat(width))
        )?;
    }
    if !s.others.is_empty() {
        writeln!(out, "   {} also {}", style.paint("34", "="), clean(&s.others.join(", ")))?;
    }
    Ok(())
}

/// Text from documents with control characters (terminal escapes) made visible-safe.
pub fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_control() && c != '\n' { '\u{fffd}' } else { c }).collect()
}
