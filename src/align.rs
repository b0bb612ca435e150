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
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// The claims of one topic, sorted by (as-of date, document, offset): a
/// view into [`Grouped`], which lists every claim once.
#[derive(Clone, Copy, Debug)]
pub struct Group<'a> {
    /// The claims' kind.
    pub kind: ClaimKind,
    /// The topic key (subject/population[/window][@event]).
    pub topic: &'a str,
    /// The subject id.
    pub subject: &'a str,
    /// The claims.
    pub claims: &'a [&'a Claim],
}

/// Every claim, by reference, sorted by (kind, topic), then as
/// [`order_key`]: each topic's claims are one run of the list, and the
/// groups are views of it. The claims themselves stay where extraction put
/// them: sorting references moves 8 bytes a claim, not a few hundred.
#[derive(Debug, Default)]
pub struct Grouped<'a> {
    claims: Vec<&'a Claim>,
    /// `claims[k]` is the input's claim number `order[k]`.
    order: Vec<u32>,
    /// (kind, topic, claims' range), in (kind, topic) order.
    spans: Vec<(ClaimKind, String, std::ops::Range<usize>)>,
}

impl<'a> Grouped<'a> {
    /// The groups, in (kind, topic) order.
    pub fn groups(&self) -> Vec<Group<'_>> {
        self.spans
            .iter()
            .map(|(kind, topic, range)| {
                let claims = &self.claims[range.clone()];
                // The topic starts with the subject, so a group has one.
                Group { kind: *kind, topic, subject: &claims[0].subject, claims }
            })
            .collect()
    }

    /// Where each claim of the input stands in group order: `positions()[i]`
    /// is the place of the input's claim `i` in [`Grouped::claims`].
    pub fn positions(&self) -> Vec<u32> {
        let mut at = vec![0u32; self.order.len()];
        for (k, &i) in self.order.iter().enumerate() {
            at[i as usize] = k as u32;
        }
        at
    }
}

/// What the checks know about the corpus beyond one group.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Subject id → the day it is estimated to have begun (from the lexicon,
    /// else from the corpus's duration claims: as-of date minus duration).
    pub subject_starts: BTreeMap<String, Date>,
}

/// Groups claims by (kind, topic key); inside a group, claims are sorted by
/// [`order_key`] (ties keep their order in `claims`).
pub fn group<'a>(claims: impl IntoIterator<Item = &'a Claim>) -> Grouped<'a> {
    let claims: Vec<&Claim> = claims.into_iter().collect();
    // Each distinct (kind, topic) gets an id in order of first sight. The
    // key is the kind's name and the topic in one reused buffer, so only a
    // new topic allocates.
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut topics: Vec<(ClaimKind, String)> = Vec::new();
    let mut key = String::new();
    let topic_ids: Vec<u32> = claims
        .iter()
        .map(|c| {
            key.clear();
            key.push_str(c.kind.as_str());
            key.push(' ');
            c.write_topic(&mut key);
            if let Some(&id) = ids.get(key.as_str()) {
                return id;
            }
            let id = topics.len() as u32;
            topics.push((c.kind, key[c.kind.as_str().len() + 1..].to_string()));
            ids.insert(key.clone(), id);
            id
        })
        .collect();
    drop(ids);
    // Ids to ranks in (kind, topic) order.
    let mut by_topic: Vec<u32> = (0..topics.len() as u32).collect();
    by_topic.sort_unstable_by(|&a, &b| topics[a as usize].cmp(&topics[b as usize]));
    let mut rank = vec![0u32; topics.len()];
    for (r, &id) in by_topic.iter().enumerate() {
        rank[id as usize] = r as u32;
    }
    let doc_ranks = order::DocRanks::new(claims.iter().map(|c| &c.doc));
    // (topic rank, as-of date) in one integer: a comparison of two keys is
    // then a few integer compares with no branch on the date's fields.
    let keys: Vec<_> = claims
        .par_iter()
        .zip(topic_ids.par_iter())
        .map(|(c, &id)| {
            ((u64::from(rank[id as usize]) << 32) | u64::from(order::date_code(c.as_of)), doc_ranks.of(&c.doc), c.start)
        })
        .collect();
    let mut sizes = vec![0usize; topics.len()];
    for &id in &topic_ids {
        sizes[rank[id as usize] as usize] += 1;
    }
    drop(topic_ids);
    let order = order::sorted_indices(keys);
    let claims: Vec<&Claim> = order.iter().map(|&i| claims[i as usize]).collect();
    let mut at = 0;
    let spans = by_topic
        .iter()
        .zip(sizes)
        .map(|(&id, size)| {
            // Each id comes once in `by_topic`: its topic can be moved out.
            let (kind, topic) = &mut topics[id as usize];
            let (kind, topic) = (*kind, std::mem::take(topic));
            at += size;
            (kind, topic, at - size..at)
        })
        .collect();
    Grouped { claims, order, spans }
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
        for c in g.claims {
            let (Some(as_of), ClaimValue::Duration(q)) = (c.as_of, &c.value) else { continue };
            let days = q.anchor.round();
            if !(1.0..=365.0 * 200.0).contains(&days) {
                continue;
            }
            if let Ok(start) = as_of.checked_sub(jiff::Span::new().days(days as i64)) {
                estimates.entry(c.subject.to_string()).or_default().push(start);
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
            subject_starts.insert(s.id.to_string(), d);
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
pub fn cluster_numbers(claims: &[&Claim], tolerance: f64) -> Vec<Cluster> {
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
pub fn cluster_by_form(claims: &[&Claim]) -> Vec<Cluster> {
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
