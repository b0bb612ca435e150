//! Alignment: claims grouped by topic key (kind + subject + population +
//! window), and the clustering of agreeing claims inside a group.
//!
//! Rules see groups, never the whole cross product: the cost grows with the
//! claims. Inside a group, claims with the same normal form (or anchors
//! within a rule's tolerance) form one cluster, so a thousand outlets
//! repeating one wire figure are one side of one finding.

pub mod events;
pub mod order;

use crate::lexicon::Lexicon;
use crate::model::{Claim, ClaimKind, ClaimValue, Date};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// The claims of one topic, sorted by (as-of date, document, offset).
#[derive(Clone, Debug)]
pub struct Group {
    /// The claims' kind.
    pub kind: ClaimKind,
    /// The topic key (subject/population[/window]).
    pub topic: String,
    /// The subject id.
    pub subject: String,
    /// The claims.
    pub claims: Vec<Claim>,
}

/// What the checks know about the corpus beyond one group.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Subject id → the day it is estimated to have begun (from the lexicon,
    /// else from the corpus's duration claims: as-of date minus duration).
    pub subject_starts: BTreeMap<String, Date>,
}

/// Groups claims by kind and topic; groups come out sorted by (kind, topic).
pub fn group(claims: Vec<Claim>) -> Vec<Group> {
    let mut map: std::collections::HashMap<(ClaimKind, String), Group> = std::collections::HashMap::new();
    let topics: Vec<String> = claims.par_iter().map(Claim::topic).collect();
    let ranks = order::DocRanks::new(claims.iter().map(|c| &c.doc));
    for (c, topic) in claims.into_iter().zip(topics) {
        match map.entry((c.kind, topic)) {
            std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().claims.push(c),
            std::collections::hash_map::Entry::Vacant(e) => {
                let group =
                    Group { kind: c.kind, topic: e.key().1.clone(), subject: c.subject.clone(), claims: vec![c] };
                e.insert(group);
            }
        }
    }
    let mut groups: Vec<Group> = map.into_values().collect();
    groups.sort_by(|a, b| (a.kind, &a.topic).cmp(&(b.kind, &b.topic)));
    // `order_key` with the document id as its rank.
    groups.par_iter_mut().for_each(|g| {
        g.claims = order::sort_by_key(std::mem::take(&mut g.claims), |c| {
            (c.as_of.is_none(), c.as_of, ranks.of(&c.doc), c.start)
        });
    });
    groups
}

/// The order of claims inside a group: earliest first, then document id, then offset.
/// Claims with no date sort last.
pub fn order_key(c: &Claim) -> (bool, Option<Date>, &str, usize) {
    (c.as_of.is_none(), c.as_of, &*c.doc, c.start)
}

/// Estimates when each subject began: the lexicon's `started`, else the
/// median of (as-of − duration) over the corpus's duration claims.
pub fn context(groups: &[Group], lexicon: &Lexicon) -> Context {
    let mut estimates: BTreeMap<String, Vec<Date>> = BTreeMap::new();
    for g in groups.iter().filter(|g| g.kind == ClaimKind::Duration) {
        for c in &g.claims {
            let (Some(as_of), ClaimValue::Duration(q)) = (c.as_of, &c.value) else { continue };
            let days = q.anchor.round();
            if !(1.0..=365.0 * 200.0).contains(&days) {
                continue;
            }
            if let Ok(start) = as_of.checked_sub(jiff::Span::new().days(days as i64)) {
                estimates.entry(c.subject.clone()).or_default().push(start);
            }
        }
    }
    let mut subject_starts: BTreeMap<String, Date> = estimates
        .into_iter()
        .filter(|(s, _)| s != "unspecified")
        .map(|(s, mut d)| {
            d.sort();
            let median = d[d.len() / 2];
            (s, median)
        })
        .collect();
    for s in &lexicon.subjects {
        if let Some(d) = s.started {
            subject_starts.insert(s.id.clone(), d);
        }
    }
    Context { subject_starts }
}

/// A cluster of agreeing claims: indices into a group's claims, in group order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Member indices, sorted (so the first is the representative).
    pub members: Vec<usize>,
}

/// Clusters numeric claims: the same normal form always agrees; with
/// `tolerance > 0`, anchors within that relative gap of the cluster's
/// smallest anchor join it too. O(n log n).
pub fn cluster_numbers(claims: &[Claim], tolerance: f64) -> Vec<Cluster> {
    let mut idx: Vec<usize> = (0..claims.len()).filter(|&i| claims[i].value.quantity().is_some()).collect();
    let anchor = |i: usize| claims[i].value.quantity().map(|q| q.anchor).unwrap_or(0.0);
    // Each normal form written once, not once per comparison.
    let forms: Vec<String> = claims.iter().map(|c| c.value.display()).collect();
    let form = |i: usize| forms[i].as_str();
    idx.sort_by(|&a, &b| anchor(a).total_cmp(&anchor(b)).then_with(|| form(a).cmp(form(b))).then(a.cmp(&b)));
    let mut out: Vec<Cluster> = Vec::new();
    let mut first_anchor = f64::NAN;
    let mut first_form = "";
    for i in idx {
        let a = anchor(i);
        let joins = match out.last() {
            None => false,
            Some(_) if tolerance > 0.0 => a <= first_anchor * (1.0 + tolerance),
            Some(_) => form(i) == first_form,
        };
        if joins {
            out.last_mut().expect("a cluster").members.push(i);
        } else {
            first_anchor = a;
            first_form = form(i);
            out.push(Cluster { members: vec![i] });
        }
    }
    for c in &mut out {
        c.members.sort_unstable();
    }
    out.sort_by_key(|c| c.members[0]);
    out
}

/// Clusters claims by their displayed normal form (dates, entities).
pub fn cluster_by_form(claims: &[Claim]) -> Vec<Cluster> {
    let mut map: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        map.entry(c.value.display()).or_default().push(i);
    }
    let mut out: Vec<Cluster> = map.into_values().map(|members| Cluster { members }).collect();
    out.sort_by_key(|c| c.members[0]);
    out
}

#[cfg(test)]
pub(crate) mod tests;
