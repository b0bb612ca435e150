//! `cumulative-decrease`: a count that only grows (a death toll) reported
//! later below an earlier report's minimum.
//!
//! Why: the dead do not come back; a later, lower toll means one of the two
//! reports is wrong (or they count different things, which the fact-checker
//! should see).
//!
//! Fires: "at least 130,000 killed" (13 Jan) then "more than 100,000" would
//! not — that interval reaches above 130,000 — but "about 90,000" (10 Feb)
//! would: [81,000, 99,000] lies wholly below [130,000, ∞).
//! Does not fire: a later, higher figure, or a later figure whose interval
//! still reaches the earlier minimum. Same-day reports are left to
//! `numeric-disagreement` and `interval-contradiction`.

use super::numeric_disagreement::lead;
use super::{days_between, Input};
use crate::align::cluster_numbers;
use crate::rules::finding::Pair;

/// Runs the check on one group (only for cumulative kinds).
pub fn run(input: &Input) -> Vec<Pair> {
    if !input.lexicon.is_cumulative(input.group.kind) {
        return Vec::new();
    }
    let claims = input.group.claims;
    let clusters = cluster_numbers(claims, 0.0);
    let interval = |i: usize| claims[i].value.quantity().map(|q| q.interval);
    let mut out = Vec::new();
    for cx in &clusters {
        for cy in &clusters {
            let (Some(ix), Some(iy)) = (interval(cx.members[0]), interval(cy.members[0])) else { continue };
            // cy (later) wholly below cx (earlier)?
            let (Some(hi), Some(lo)) = (iy.high, ix.low) else { continue };
            if !(hi < lo || (hi == lo && (iy.high_open || ix.low_open))) {
                continue;
            }
            // The earliest member of cx, and the first member of cy reported after it.
            let first = cx.members[0];
            let Some(&later) = cy.members.iter().find(|&&j| days_between(claims[first].as_of, claims[j].as_of) > 0)
            else {
                continue;
            };
            let days = days_between(claims[first].as_of, claims[later].as_of);
            let detail = format!("the later report, {days} days on, is below the earlier minimum");
            out.push(Pair { a: lead(&cx.members, first), b: lead(&cy.members, later), detail });
        }
    }
    out
}
