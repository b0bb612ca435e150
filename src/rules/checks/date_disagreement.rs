//! `date-disagreement`: two dates for one milestone of one event (topic
//! `event/milestone`, e.g. `geneva-ii/start`) that share no day.
//!
//! Why: "talks due to start on 22 January" and "began on Jan. 24" cannot
//! both be right; a fact-checker must find out which.
//!
//! A date is an interval of days at its granularity, so a coarser date
//! agrees with every finer one inside it: "June 2012" and "June 30, 2012"
//! agree, "22 January" and "Jan. 24" do not.
//!
//! Fires: `geneva-ii/start` 2014-01-22 (one outlet) vs 2014-01-24 (another).
//! Does not fire: 2012-06 vs 2012-06-30; or 2014-01-22 (start) vs
//! 2014-01-24 (`direct-talks`, another milestone, another topic).

use super::numeric_disagreement::lead;
use super::Input;
use crate::align::cluster_by_form;
use crate::model::ClaimValue;
use crate::rules::finding::Pair;

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    let date = |i: usize| match &claims[i].value {
        ClaimValue::Date(d) => Some(*d),
        _ => None,
    };
    let clusters = cluster_by_form(claims);
    let mut out = Vec::new();
    for (x, cx) in clusters.iter().enumerate() {
        for cy in &clusters[x + 1..] {
            let (Some(dx), Some(dy)) = (date(cx.members[0]), date(cy.members[0])) else { continue };
            if dx.overlaps(&dy) {
                continue;
            }
            let detail = format!(
                "{} ({}) and {} ({}) share no day",
                dx.display(),
                dx.granularity.as_str(),
                dy.display(),
                dy.granularity.as_str()
            );
            out.push(Pair { a: lead(&cx.members, cx.members[0]), b: lead(&cy.members, cy.members[0]), detail });
        }
    }
    out
}
