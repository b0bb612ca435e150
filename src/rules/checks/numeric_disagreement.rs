//! `numeric-disagreement`: two figures for one topic whose anchors differ by
//! more than `tolerance` (a fraction of the larger), reported within
//! `window_days` of each other.
//!
//! Why: "more than 100,000 killed" and "at least 130,000" published the same
//! day cannot both be the best figure; a fact-checker must pick one.
//!
//! Fires: 100,000 (13 Jan 2014) vs 130,000 (13 Jan 2014), tolerance 0.10.
//! Does not fire: 100,000 vs 105,000 (within tolerance), or a figure of May
//! 2013 vs one of January 2014 (outside the window).
//!
//! Counts that only grow (the lexicon's `cumulative` kinds) are compared
//! here only when reported the same day; a later, higher figure is growth,
//! which `implausible-growth` and `cumulative-decrease` judge. Claims with
//! no known date compare as same-day.
//!
//! A vague amount ("dozens", "hundreds") is not compared with a figure its
//! interval holds: "dozens killed" against "at least 51" is the same report
//! in less detail, not a disagreement worth a fact-checker's time. Against
//! a figure outside it ("hundreds" vs "more than 1,400") it still fires.

use super::{days_between, Input};
use crate::align::cluster_numbers;
use crate::model::{Claim, Qualifier};
use crate::rules::finding::Pair;

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    let tol = input.rule.params.tolerance();
    let window = if input.lexicon.is_cumulative(input.group.kind) { 0 } else { input.rule.params.window_days() };
    let clusters = cluster_numbers(claims, tol);
    let anchor = |i: usize| claims[i].value.quantity().map(|q| q.anchor).unwrap_or(0.0);
    let mut out = Vec::new();
    for (x, cx) in clusters.iter().enumerate() {
        for cy in &clusters[x + 1..] {
            let (ax, ay) = (anchor(cx.members[0]), anchor(cy.members[0]));
            let larger = ax.abs().max(ay.abs());
            if larger == 0.0 || (ax - ay).abs() / larger <= tol {
                continue;
            }
            // Vague members that the other side's figure falls in say nothing against it.
            let comparable = |own: &[usize], other: usize| -> Vec<usize> {
                own.iter().copied().filter(|&m| !vague_holding(claims[m], claims[other])).collect()
            };
            let (a, b) = (comparable(&cx.members, cy.members[0]), comparable(&cy.members, cx.members[0]));
            if let Some((i, j)) = closest_pair(input, &a, &b, window) {
                out.push(Pair { a: lead(&cx.members, i), b: lead(&cy.members, j), detail: String::new() });
            }
        }
    }
    out
}

/// Whether one of `a`, `b` is a vague amount and their intervals overlap.
fn vague_holding(a: &Claim, b: &Claim) -> bool {
    let vague = |c: &Claim| c.value.qualifier() == Some(Qualifier::Vague);
    match (a.value.quantity(), b.value.quantity()) {
        (Some(x), Some(y)) => (vague(a) || vague(b)) && !x.interval.disjoint(&y.interval),
        _ => false,
    }
}

/// The earliest pair (one from each side) reported within `window` days.
/// Members are in date order, so one merge pass finds it: O(|a| + |b|).
pub fn closest_pair(input: &Input, a: &[usize], b: &[usize], window: i64) -> Option<(usize, usize)> {
    let claims = input.group.claims;
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let d = days_between(claims[a[i]].as_of, claims[b[j]].as_of);
        if d.abs() <= window {
            return Some((a[i], b[j]));
        }
        if d > 0 {
            i += 1;
        } else {
            j += 1;
        }
    }
    None
}

/// The members with `first` moved to the front.
pub fn lead(members: &[usize], first: usize) -> Vec<usize> {
    std::iter::once(first).chain(members.iter().copied().filter(|&m| m != first)).collect()
}
