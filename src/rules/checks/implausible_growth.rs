//! `implausible-growth`: a count that only grows (a death toll) reported
//! later *higher* than the event's own pace can explain.
//!
//! Why: a toll climbs, so a later, higher figure is usually news, not a
//! contradiction — but not always. A war nearly three years old that has
//! killed 130,000 adds a few thousand a month: 70,000 in May 2013 and
//! 130,000 in January 2014 is growth, while 100,000 and 130,000 four weeks
//! apart is two sources disagreeing.
//!
//! A rise is growth (no finding) when any of these holds:
//! - the later report says so ("rose to", "climbed to": the lexicon's growth cues);
//! - the event is recent: within the subject's `recent_days` (lexicon) of
//!   its start (a quake's toll climbs from 212 to 610 to 1,143 in three days).
//!   A single event's start is its own date (the `@place/date` of its
//!   topic): the reports of one airstrike a day or three apart are its
//!   climbing toll, however many other airstrikes the corpus holds;
//! - the rise fits the pace: rise ≤ `growth_factor` × (later figure ÷ the
//!   event's age in days) × days between the reports. The event's start is
//!   the lexicon's `started`, else estimated from the corpus's duration
//!   claims ("the nearly three-year-old civil war").
//!
//! A rise within `tolerance` of the later figure is not a rise. When the
//! event's start cannot be known the pace cannot be judged and the check
//! stays silent.
//!
//! Fires: >100,000 (13 Jan 2014) then >130,000 (10 Feb 2014), war started
//! ~Jan 2011, growth_factor 2.5: 30,000 in 28 days against ~8,100 allowed.
//! Does not fire: >70,000 (7 May 2013) then >=130,000 (13 Jan 2014): 60,000
//! in 251 days against ~74,000 allowed.

use super::{days_between, Input};
use crate::align::cluster_numbers;
use crate::model::{fmt_num, Claim};
use crate::rules::finding::Pair;

/// Runs the check on one group (only for cumulative kinds).
pub fn run(input: &Input) -> Vec<Pair> {
    if !input.lexicon.is_cumulative(input.group.kind) {
        return Vec::new();
    }
    let claims = input.group.claims;
    let tol = input.rule.params.tolerance();
    let factor = input.rule.params.growth_factor.unwrap_or(2.0);
    let subject = input.lexicon.subject(input.group.subject);
    // A single event (its topic carries `@place/date`) starts on its own
    // date, not when the subject's first event in the corpus did.
    let event_start = claims.iter().find_map(|c| c.event.as_ref().and_then(|e| e.date));
    let start = event_start.or_else(|| input.context.subject_starts.get(input.group.subject).copied());
    let recent_days = subject.and_then(|s| s.recent_days);
    // For a recent-kind event with no known start, its first report stands in.
    let start = start.or_else(|| recent_days.and(claims.iter().find_map(|c| c.as_of)));
    let Some(start) = start else { return Vec::new() };
    let anchor = |i: usize| claims[i].value.quantity().map(|q| q.anchor).unwrap_or(0.0);

    let clusters = cluster_numbers(claims, 0.0);
    let mut out = Vec::new();
    for cx in &clusters {
        for cy in &clusters {
            let (ax, ay) = (anchor(cx.members[0]), anchor(cy.members[0]));
            let rise = ay - ax;
            if rise <= tol * ay.abs() {
                continue;
            }
            let Some((i, j, gap)) = tightest_rise(claims, &cx.members, &cy.members) else { continue };
            let later = &claims[j];
            if later.growth_cue {
                continue;
            }
            let Some(age) = later.as_of.map(|d| days_between(Some(start), Some(d))).filter(|&a| a > 0) else {
                continue;
            };
            if recent_days.is_some_and(|r| age <= r) {
                continue;
            }
            let pace = ay / age as f64;
            let allowed = factor * pace * gap as f64;
            if rise <= allowed {
                continue;
            }
            let detail = format!(
                "up {} in {gap} days; at the event's pace since {start} (about {}/day) up to {} was plausible",
                fmt_num(rise),
                fmt_num(pace.round()),
                fmt_num(allowed.round())
            );
            let a = std::iter::once(i).chain(cx.members.iter().copied().filter(|&m| m != i)).collect();
            let b = std::iter::once(j).chain(cy.members.iter().copied().filter(|&m| m != j)).collect();
            out.push(Pair { a, b, detail });
        }
    }
    out
}

/// The pair (earlier from `a`, later from `b`) closest in time with the
/// later strictly after the earlier, and the days between. Both lists are
/// in date order: one merge pass, O(|a| + |b|).
fn tightest_rise(claims: &[&Claim], a: &[usize], b: &[usize]) -> Option<(usize, usize, i64)> {
    let mut best: Option<(usize, usize, i64)> = None;
    let mut i = 0;
    let mut last_before: Option<usize> = None;
    for &j in b {
        let Some(dj) = claims[j].as_of else { continue };
        while i < a.len() && claims[a[i]].as_of.is_some_and(|d| d < dj) {
            last_before = Some(a[i]);
            i += 1;
        }
        if let Some(x) = last_before {
            let gap = days_between(claims[x].as_of, Some(dj));
            if best.is_none_or(|(_, _, g)| gap < g) {
                best = Some((x, j, gap));
            }
        }
    }
    best
}
