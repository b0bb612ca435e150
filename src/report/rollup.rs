//! The per-topic roll-up: for each numeric topic, every source's figure and
//! the low / median / high across sources — the way conflict-casualty data
//! sets keep low/best/high estimates.
//!
//! It lives in the [`Report`](super::Report) model so that text, JSON and
//! HTML show the same numbers. Statistics count each document once (its
//! first figure of the topic in the text), so an article repeating its own
//! figure does not weigh twice; the figure list keeps every claim, for the
//! timeline.

use super::DocInfo;
use crate::model::{Claim, ClaimKind, ClaimValue, Date};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One claim's figure in a topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Document id.
    pub doc: String,
    /// The outlet (the manifest's or record's `source`), when known.
    pub source: Option<String>,
    /// The date the figure speaks as of.
    pub as_of: Option<Date>,
    /// 1-based line in the document.
    pub line: u32,
    /// Byte offset of the claim (with `doc`, it names the claim).
    pub start: usize,
    /// The normal form (`>100000`).
    pub value: String,
    /// The figure as written.
    pub anchor: f64,
    /// The interval's lower bound (`None`: unbounded).
    pub low: Option<f64>,
    /// The interval's upper bound (`None`: unbounded).
    pub high: Option<f64>,
}

/// One numeric topic's figures and their spread across sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicRollup {
    /// The claims' kind.
    pub kind: ClaimKind,
    /// The topic key (`conflict/people`).
    pub topic: String,
    /// Every claim's figure, by as-of date then document and offset.
    pub figures: Vec<Figure>,
    /// How many documents give a figure.
    pub sources: usize,
    /// The smallest of the documents' figures (anchors).
    pub low: f64,
    /// Their median (the mean of the middle two for an even count).
    pub median: f64,
    /// The largest.
    pub high: f64,
}

/// Builds the roll-up from the report's claims: count claims only (people,
/// countries), sorted by (kind, topic).
pub fn build(claims: &[Claim], documents: &[DocInfo]) -> Vec<TopicRollup> {
    let sources: BTreeMap<&str, Option<&String>> =
        documents.iter().map(|d| (d.id.as_str(), d.source.as_ref())).collect();
    let mut topics: BTreeMap<(ClaimKind, String), Vec<&Claim>> = BTreeMap::new();
    for c in claims {
        if let ClaimValue::Count(_) = c.value {
            topics.entry((c.kind, c.topic())).or_default().push(c);
        }
    }
    topics
        .into_iter()
        .map(|((kind, topic), mut cs)| {
            cs.sort_by(|a, b| (a.as_of, &a.doc, a.start).cmp(&(b.as_of, &b.doc, b.start)));
            let figures: Vec<Figure> = cs
                .iter()
                .filter_map(|c| {
                    let q = c.value.quantity()?;
                    Some(Figure {
                        doc: c.doc.to_string(),
                        source: sources.get(&*c.doc).copied().flatten().cloned(),
                        as_of: c.as_of,
                        line: c.line,
                        start: c.start,
                        value: q.display(),
                        anchor: q.anchor,
                        low: q.interval.low,
                        high: q.interval.high,
                    })
                })
                .collect();
            // One figure per document: its first in the text.
            let mut first: BTreeMap<&str, (usize, f64)> = BTreeMap::new();
            for f in &figures {
                let e = first.entry(f.doc.as_str()).or_insert((f.start, f.anchor));
                if f.start < e.0 {
                    *e = (f.start, f.anchor);
                }
            }
            let mut anchors: Vec<f64> = first.values().map(|v| v.1).collect();
            anchors.sort_by(f64::total_cmp);
            let (low, median, high) = spread(&anchors);
            TopicRollup { kind, topic, figures, sources: anchors.len(), low, median, high }
        })
        .collect()
}

/// (low, median, high) of sorted values; zeros when empty.
fn spread(sorted: &[f64]) -> (f64, f64, f64) {
    let n = sorted.len();
    if n == 0 {
        return (0.0, 0.0, 0.0);
    }
    let median = if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 };
    (sorted[0], median, sorted[n - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_takes_the_middle() {
        assert_eq!(spread(&[70000.0, 100000.0, 130000.0, 130000.0]), (70000.0, 115000.0, 130000.0));
        assert_eq!(spread(&[1.0, 5.0, 9.0]), (1.0, 5.0, 9.0));
        assert_eq!(spread(&[]), (0.0, 0.0, 0.0));
    }
}
