//! The rule engine: every rule over every group it applies to, in
//! parallel, then one sorted list of findings.

use super::checks::Input;
use super::finding::build;
use super::RuleSet;
use crate::align::{Context, Group};
use crate::model::Finding;
use rayon::prelude::*;

/// Runs every rule over the groups. The result is sorted (most severe
/// first, then rule, topic, documents, values), so it is the same whatever
/// the thread count.
pub fn run(rules: &RuleSet, groups: &[Group], context: &Context) -> Vec<Finding> {
    let mut findings: Vec<Finding> = groups
        .par_iter()
        .flat_map_iter(|group| {
            rules.rules.iter().filter(|r| r.applies(group.kind, group.subject)).flat_map(move |rule| {
                let input = Input { rule, group, context, lexicon: &rules.lexicon };
                rule.check.run(&input).into_iter().map(move |pair| build(rule, group, &pair))
            })
        })
        .collect();
    findings.sort_by(|x, y| sort_key(x).cmp(&sort_key(y)));
    findings.dedup_by(|x, y| x.id == y.id);
    findings
}

fn sort_key(f: &Finding) -> (std::cmp::Reverse<crate::model::Severity>, &str, &str, &str, &str, String, String) {
    (
        std::cmp::Reverse(f.severity),
        f.rule.as_str(),
        f.topic.as_str(),
        &*f.a.claim.doc,
        &*f.b.claim.doc,
        f.a.claim.value.display(),
        f.b.claim.value.display(),
    )
}
