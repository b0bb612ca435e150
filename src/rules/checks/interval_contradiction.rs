//! `interval-contradiction`: two figures for one topic whose intervals share
//! no value, reported within `window_days` of each other.
//!
//! Why: "nearly 250" means fewer than 250; "at least 300" means 300 or more.
//! Both cannot be true, whatever the tolerance.
//!
//! Fires: "nearly 250" ([225, 250)) vs "at least 300" ([300, ∞)).
//! Does not fire: "more than 100,000" vs "at least 130,000" (both open above,
//! they overlap), or "about 300" vs "nearly 320" ([270, 330] and [288, 320)).
//!
//! Two bare figures ("100,000" vs "105,000") are left to
//! `numeric-disagreement` and its tolerance: news rounds, so a bare figure
//! is not a claim of exactness. Cumulative counts are compared only when
//! reported the same day (a later, lower toll is `cumulative-decrease`'s to
//! judge).

use super::numeric_disagreement::{closest_pair, lead};
use super::Input;
use crate::align::cluster_numbers;
use crate::model::Qualifier;
use crate::rules::finding::Pair;

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    let window = if input.lexicon.is_cumulative(input.group.kind) { 0 } else { input.rule.params.window_days() };
    let clusters = cluster_numbers(claims, 0.0);
    let interval = |i: usize| claims[i].value.quantity().map(|q| q.interval);
    let bare = |i: usize| claims[i].value.qualifier() == Some(Qualifier::Eq);
    let mut out = Vec::new();
    for (x, cx) in clusters.iter().enumerate() {
        for cy in &clusters[x + 1..] {
            let (Some(ix), Some(iy)) = (interval(cx.members[0]), interval(cy.members[0])) else { continue };
            if !ix.disjoint(&iy) || (bare(cx.members[0]) && bare(cy.members[0])) {
                continue;
            }
            if let Some((i, j)) = closest_pair(input, &cx.members, &cy.members, window) {
                let detail = format!("{ix} and {iy} share no value");
                out.push(Pair { a: lead(&cx.members, i), b: lead(&cy.members, j), detail });
            }
        }
    }
    out
}
