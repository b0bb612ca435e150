//! Each check on small groups built from real phrases.

use crate::align::tests::count;
use crate::align::{context, group};
use crate::model::{Claim, ClaimKind, Finding};
use crate::rules::engine;
use crate::rules::RuleSet;

/// (rule, doc_a, value_a, doc_b, value_b) of every finding.
fn run(claims: Vec<Claim>) -> Vec<(String, String, String, String, String)> {
    let rules = RuleSet::bundled();
    let grouped = group(&claims);
    let groups = grouped.groups();
    let ctx = context(&groups, &rules.lexicon);
    engine::run(&rules, &groups, &ctx).iter().map(short).collect()
}

fn short(f: &Finding) -> (String, String, String, String, String) {
    (
        f.rule.clone(),
        f.a.claim.doc.to_string(),
        f.a.claim.value.display(),
        f.b.claim.doc.to_string(),
        f.b.claim.value.display(),
    )
}

fn row(r: &str, a: &str, va: &str, b: &str, vb: &str) -> (String, String, String, String, String) {
    (r.into(), a.into(), va.into(), b.into(), vb.into())
}

/// A "nearly three-year-old war" duration claim as of `as_of`.
fn war_age(as_of: &str) -> Claim {
    let mut d = count("age", as_of, "1095 days");
    d.kind = ClaimKind::Duration;
    d.value = crate::model::ClaimValue::Duration(*d.value.quantity().unwrap());
    d
}

#[test]
fn same_day_figures_disagree() {
    let found = run(vec![count("a", "2014-01-13", "more than 100,000"), count("b", "2014-01-13", "at least 130,000")]);
    assert_eq!(found, vec![row("casualty-figures-disagree", "a", ">100000", "b", ">=130000")]);
}

#[test]
fn figures_within_tolerance_agree() {
    assert_eq!(run(vec![count("a", "2014-01-13", "100,000"), count("b", "2014-01-13", "105,000")]), vec![]);
}

#[test]
fn non_cumulative_counts_compare_within_the_window() {
    let mut a = count("a", "2014-01-01", "2,000 injured");
    let mut b = count("b", "2014-01-20", "3,000 injured");
    let mut c = count("c", "2014-03-20", "9,000 injured");
    for x in [&mut a, &mut b, &mut c] {
        x.kind = ClaimKind::Injured;
    }
    assert_eq!(run(vec![a, b, c]), vec![row("casualty-figures-disagree", "a", "2000", "b", "3000")]);
}

#[test]
fn intervals_that_cannot_both_hold() {
    let found = run(vec![count("a", "2014-01-13", "nearly 250"), count("b", "2014-01-13", "at least 300")]);
    assert_eq!(
        found,
        vec![
            row("casualty-intervals-contradict", "a", "225..250", "b", ">=300"),
            row("casualty-figures-disagree", "a", "225..250", "b", ">=300"),
        ]
    );
}

#[test]
fn a_later_lower_toll_is_an_error() {
    let found = run(vec![count("a", "2014-01-13", "at least 130,000"), count("b", "2014-02-10", "about 90,000")]);
    assert_eq!(found, vec![row("casualty-toll-decreased", "a", ">=130000", "b", "~90000")]);
}

#[test]
fn growth_at_the_wars_pace_is_not_a_finding() {
    let found = run(vec![
        war_age("2014-01-13"),
        count("a", "2013-05-07", "over 70,000"),
        count("b", "2014-01-13", "at least 130,000"),
    ]);
    assert_eq!(found, vec![]);
}

#[test]
fn a_jump_beyond_the_wars_pace_is_flagged() {
    let found = run(vec![
        war_age("2014-01-13"),
        count("a", "2014-01-13", "more than 100,000"),
        count("b", "2014-02-10", "more than 130,000"),
    ]);
    assert_eq!(found, vec![row("casualty-toll-implausible-rise", "a", ">100000", "b", ">130000")]);
}

#[test]
fn a_rise_the_text_announces_is_growth() {
    let mut b = count("b", "2014-02-10", "more than 130,000");
    b.growth_cue = true;
    assert_eq!(run(vec![war_age("2014-01-13"), count("a", "2014-01-13", "more than 100,000"), b]), vec![]);
}

#[test]
fn a_recent_quakes_toll_climbs() {
    let quake = |doc: &str, day: &str, phrase: &str| {
        let mut c = count(doc, day, phrase);
        c.subject = "earthquake".into();
        c
    };
    let found =
        run(vec![quake("a", "2023-02-06", "212"), quake("b", "2023-02-07", "610"), quake("c", "2023-02-09", "1,143")]);
    assert_eq!(found, vec![]);
}

#[test]
fn without_a_known_start_the_pace_is_not_judged() {
    assert_eq!(run(vec![count("a", "2014-01-13", "100,000"), count("b", "2014-02-10", "130,000")]), vec![]);
}

#[test]
fn copies_of_one_figure_make_one_finding() {
    let mut claims: Vec<Claim> =
        (0..100).map(|i| count(&format!("wire{i:03}"), "2014-01-13", "more than 100,000")).collect();
    claims.push(count("other", "2014-01-13", "at least 130,000"));
    let rules = RuleSet::bundled();
    let grouped = group(&claims);
    let groups = grouped.groups();
    let findings = engine::run(&rules, &groups, &context(&groups, &rules.lexicon));
    assert_eq!(findings.len(), 1);
    assert_eq!(&*findings[0].a.claim.doc, "other");
    assert_eq!(&*findings[0].b.claim.doc, "wire000");
    assert_eq!(findings[0].b.others.len(), 99);
}

/// A count about one airstrike in Damascus on 25 August 2016, reported on `day`.
fn strike(doc: &str, day: &str, phrase: &str) -> Claim {
    let mut c = count(doc, day, phrase);
    c.subject = "attack".into();
    c.event = Some(crate::model::EventKey { place: "damascus".into(), date: Some("2016-08-25".parse().unwrap()) });
    c
}

#[test]
fn an_events_toll_climbs_over_its_days_even_when_the_subject_is_old() {
    // An "attack" duration claim dates the subject's start months earlier:
    // the event's own date, not that, decides that a rise is recent.
    let mut age = war_age("2016-08-25");
    age.subject = "attack".into();
    let found = run(vec![age, strike("a", "2016-08-25", "20"), strike("b", "2016-08-27", "45")]);
    assert_eq!(found, vec![]);
}

#[test]
fn a_vague_amount_is_not_weighed_against_a_figure_it_holds() {
    // "dozens" is [24, 99]: 51 lies in it; 1,400 does not.
    assert_eq!(run(vec![strike("a", "2016-08-25", "dozens"), strike("b", "2016-08-25", "at least 51")]), vec![]);
    assert_eq!(
        run(vec![strike("a", "2016-08-25", "hundreds"), strike("b", "2016-08-25", "more than 1,400")]),
        vec![
            row("casualty-intervals-contradict", "a", "200..999", "b", ">1400"),
            row("casualty-figures-disagree", "a", "200..999", "b", ">1400"),
        ]
    );
}

#[test]
fn an_early_minimum_then_a_vague_amount_that_reaches_it_is_no_decrease() {
    // "at least 70" then "dozens" (24..99): the later interval reaches 70.
    assert_eq!(run(vec![strike("a", "2016-08-25", "at least 70"), strike("b", "2016-08-26", "dozens")]), vec![]);
    // then "40": wholly below the earlier minimum.
    assert_eq!(
        run(vec![strike("a", "2016-08-25", "at least 70"), strike("b", "2016-08-26", "40")]),
        vec![row("casualty-toll-decreased", "a", ">=70", "b", "40")]
    );
}
