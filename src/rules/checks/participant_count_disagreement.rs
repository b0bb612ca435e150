//! `participant-count-disagreement`: two counts of the participants of one
//! event or group that differ by more than `tolerance`, with comparable
//! statuses: the same status, or one `attended` and one `expected` (the
//! message names both statuses, since fewer may come than were expected).
//!
//! Why: "Forty countries attended the pre-meeting" and "the 30 nations that
//! are already prepared to come" cannot both describe the same meeting
//! without one of them being out of date or wrong.
//!
//! Fires: 40 attended vs 30 expected (`geneva-ii`).
//! Does not fire: 11 members of a group vs 40 that attended a meeting (a
//! membership is not an attendance); 40 vs 40; a list's size (status
//! `listed`, which `list-size-contradiction` judges).

use super::numeric_disagreement::lead;
use super::{days_between, Input};
use crate::rules::finding::Pair;
use std::collections::BTreeMap;

/// Whether two statuses describe comparable counts.
pub fn comparable(a: &str, b: &str) -> bool {
    a == b || matches!((a, b), ("attended", "expected") | ("expected", "attended"))
}

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    let tol = input.rule.params.tolerance();
    let window = input.rule.params.window_days();
    let status = |i: usize| claims[i].status.as_deref().unwrap_or("");
    let anchor = |i: usize| claims[i].value.quantity().map(|q| q.anchor);
    let mut clusters: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if anchor(i).is_some() && !matches!(status(i), "" | "listed") {
            clusters.entry(c.value.display()).or_default().push(i);
        }
    }
    let mut clusters: Vec<Vec<usize>> = clusters.into_values().collect();
    clusters.sort_by_key(|c| c[0]);
    let mut out = Vec::new();
    for (x, cx) in clusters.iter().enumerate() {
        for cy in &clusters[x + 1..] {
            let (Some(ax), Some(ay)) = (anchor(cx[0]), anchor(cy[0])) else { continue };
            let larger = ax.abs().max(ay.abs());
            if larger == 0.0 || (ax - ay).abs() / larger <= tol {
                continue;
            }
            let pair = cx.iter().flat_map(|&i| cy.iter().map(move |&j| (i, j))).find(|&(i, j)| {
                comparable(status(i), status(j)) && days_between(claims[i].as_of, claims[j].as_of).abs() <= window
            });
            if let Some((i, j)) = pair {
                let detail = format!(
                    "{} {} vs {} {}",
                    claims[i].value.display(),
                    status(i),
                    claims[j].value.display(),
                    status(j)
                );
                out.push(Pair { a: lead(cx, i), b: lead(cy, j), detail });
            }
        }
    }
    out
}
