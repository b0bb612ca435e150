//! The report as one self-contained HTML page (`--format html -o r.html`):
//! findings grouped by topic with the two quotes side by side, each topic's
//! roll-up and an inline SVG timeline of its figures, then every claim and
//! document. No scripts, no fonts, no links to other hosts: it opens offline.
//!
//! The page is an askama template (`templates/report.html`), checked at
//! compile time and auto-escaped: this module only prepares plain values
//! (strings and numbers), so text from documents is always escaped.

use super::rollup::TopicRollup;
use super::timeline::{self, thousands, Chart};
use super::Report;
use crate::extract::context::collapse_space;
use crate::model::{Claim, ClaimKind, Finding, Severity};
use askama::Template;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// A quote split around the figure, for highlighting.
struct Quote {
    before: String,
    figure: String,
    after: String,
}

/// One side of a finding, ready to show.
struct SideView {
    doc: String,
    line: u32,
    col: u32,
    published: String,
    value: String,
    quote: Quote,
    others: String,
    claim: Option<usize>,
}

/// One finding, ready to show.
struct FindingView {
    id: String,
    rule: String,
    severity: &'static str,
    message: String,
    a: SideView,
    b: SideView,
}

/// The roll-up's numbers as labels.
struct RollupView {
    sources: usize,
    low: String,
    median: String,
    high: String,
}

/// One topic's section.
struct TopicView {
    anchor: String,
    kind: &'static str,
    topic: String,
    rollup: Option<RollupView>,
    chart: Option<Chart>,
    findings: Vec<FindingView>,
}

/// One row of the claims table.
struct ClaimRow {
    doc: String,
    line: u32,
    col: u32,
    kind: &'static str,
    topic: String,
    value: String,
    text: String,
}

/// One row of the documents table.
struct DocRow {
    id: String,
    published: String,
    published_from: &'static str,
    source: String,
    claims: usize,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page {
    version: String,
    errors: usize,
    warnings: usize,
    infos: usize,
    findings: usize,
    documents: Vec<DocRow>,
    claims: Vec<ClaimRow>,
    topics: Vec<TopicView>,
    hidden: usize,
    baseline_file: Option<String>,
    notes: Vec<String>,
}

/// Writes the HTML page.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let page = page(report);
    let html = page.render().map_err(io::Error::other)?;
    out.write_all(html.as_bytes())
}

/// A topic's roll-up (numeric topics) and its findings.
type TopicParts<'a> = (Option<&'a TopicRollup>, Vec<&'a Finding>);

fn page(report: &Report) -> Page {
    let index: HashMap<(&str, usize), usize> =
        report.claims.iter().enumerate().map(|(i, c)| ((&*c.doc, c.start), i)).collect();
    let claim_index = |doc: &str, start: usize| index.get(&(doc, start)).copied();
    // Topics: every numeric topic of the roll-up, and every topic with findings.
    let mut topics: BTreeMap<(ClaimKind, String), TopicParts> = BTreeMap::new();
    for r in &report.rollup {
        topics.entry((r.kind, r.topic.clone())).or_default().0 = Some(r);
    }
    for f in &report.findings {
        topics.entry((f.kind, f.topic.clone())).or_default().1.push(f);
    }
    let mut views: Vec<(Option<Severity>, TopicView)> = topics
        .into_iter()
        .enumerate()
        .map(|(i, ((kind, topic), (rollup, findings)))| {
            let worst = findings.iter().map(|f| f.severity).max();
            let chart = rollup.filter(|r| !r.figures.is_empty()).map(|r| timeline::layout(r, &findings, &claim_index));
            let view = TopicView {
                anchor: format!("topic-{i}"),
                kind: kind.as_str(),
                topic,
                rollup: rollup.map(|r| RollupView {
                    sources: r.sources,
                    low: thousands(r.low),
                    median: thousands(r.median),
                    high: thousands(r.high),
                }),
                chart,
                findings: findings.iter().map(|f| finding_view(f, &claim_index)).collect(),
            };
            (worst, view)
        })
        .collect();
    // Topics with the most severe findings first; the rest keep (kind, topic) order.
    views.sort_by_key(|v| std::cmp::Reverse(v.0));
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let mut notes: Vec<String> = report.warnings.iter().map(|w| w.to_string()).collect();
    if let Some(b) = &report.baseline {
        notes.extend(b.expired.iter().map(|id| format!("baseline entry {id} has expired and no longer hides it")));
    }
    Page {
        version: report.version.clone(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        findings: report.findings.len(),
        documents: report
            .documents
            .iter()
            .map(|d| DocRow {
                id: d.id.clone(),
                published: d.published.map(|p| p.to_string()).unwrap_or_else(|| "unknown".into()),
                published_from: d.published_from.as_str(),
                source: d.source.clone().unwrap_or_default(),
                claims: d.claims,
            })
            .collect(),
        claims: report
            .claims
            .iter()
            .map(|c| ClaimRow {
                doc: c.doc.to_string(),
                line: c.line,
                col: c.col,
                kind: c.kind.as_str(),
                topic: c.topic(),
                value: c.value.display(),
                text: collapse_space(&c.text),
            })
            .collect(),
        topics: views.into_iter().map(|(_, v)| v).collect(),
        hidden: report.baseline.as_ref().map(|b| b.hidden).unwrap_or(0),
        baseline_file: report.baseline.as_ref().map(|b| b.file.clone()),
        notes,
    }
}

fn finding_view(f: &Finding, claim_index: &dyn Fn(&str, usize) -> Option<usize>) -> FindingView {
    let side = |s: &crate::model::Side| SideView {
        doc: s.claim.doc.to_string(),
        line: s.claim.line,
        col: s.claim.col,
        published: s.claim.published.map(|d| d.to_string()).unwrap_or_else(|| "date unknown".into()),
        value: s.claim.value.display(),
        quote: split_quote(&s.claim),
        others: s.others.join(", "),
        claim: claim_index(&s.claim.doc, s.claim.start),
    };
    FindingView {
        id: f.id.clone(),
        rule: f.rule.clone(),
        severity: f.severity.as_str(),
        message: f.message.clone(),
        a: side(&f.a),
        b: side(&f.b),
    }
}

/// The quote with the claim's figure cut out, for `<mark>`: the figure is
/// looked for after the claim's span in the quote (so "100,000" is the one
/// the claim read, not an earlier one), else anywhere.
fn split_quote(c: &Claim) -> Quote {
    let quote = &c.quote;
    let figure = c
        .figure
        .0
        .checked_sub(c.start)
        .and_then(|rel| c.text.get(rel..rel + c.figure.1.saturating_sub(c.figure.0)))
        .unwrap_or("");
    let from = quote.find(&collapse_space(&c.text)).unwrap_or(0);
    let at = if figure.is_empty() {
        None
    } else {
        quote[from..].find(figure).map(|p| p + from).or_else(|| quote.find(figure))
    };
    match at {
        Some(p) => Quote {
            before: quote[..p].to_string(),
            figure: figure.to_string(),
            after: quote[p + figure.len()..].to_string(),
        },
        None => Quote { before: quote.to_string(), figure: String::new(), after: String::new() },
    }
}
