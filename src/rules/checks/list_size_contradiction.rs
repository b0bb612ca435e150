//! `list-size-contradiction`: a list of an event's participants (a
//! `participant_count` with status `listed`, its size) against a count of
//! the same event's participants (status `attended` or `member`) whose
//! interval does not hold the list's size.
//!
//! Why: "signed by A, B, C and D" names four; "five countries signed" says
//! five. One source has left a member out or miscounted.
//!
//! Fires: a list of 4 vs "five countries signed/attended".
//! Does not fire: a list of 4 vs "four nations"; a list of 4 vs "more than
//! three"; a list vs an `expected` count (those invited need not come).

use super::numeric_disagreement::lead;
use super::Input;
use crate::rules::finding::Pair;

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    let status = |i: usize| claims[i].status.as_deref().unwrap_or("");
    let lists: Vec<usize> = (0..claims.len()).filter(|&i| status(i) == "listed").collect();
    let counts: Vec<usize> = (0..claims.len()).filter(|&i| matches!(status(i), "attended" | "member")).collect();
    let mut out = Vec::new();
    for &l in &lists {
        let Some(size) = claims[l].value.quantity().map(|q| q.anchor) else { continue };
        for &c in &counts {
            let Some(q) = claims[c].value.quantity() else { continue };
            if !q.interval.disjoint(&crate::model::Interval::exact(size)) {
                continue;
            }
            let detail = format!(
                "the list names {} members; the count says {} {}",
                crate::model::fmt_num(size),
                q.display(),
                status(c)
            );
            out.push(Pair { a: lead(&[l], l), b: lead(&[c], c), detail });
        }
    }
    out
}
