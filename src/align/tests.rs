use super::*;
use crate::model::{Qualifier, Quantity};
use crate::normalize::number::NumberReader;
use crate::settings::Settings;

/// A count claim for tests: `doc`, as-of date, the figure phrase (read by the
/// real number reader, so "more than 100,000" means what it says).
pub(crate) fn count(doc: &str, as_of: &str, phrase: &str) -> Claim {
    let m = NumberReader::new(&Settings::bundled()).find(phrase);
    let q: Quantity = m.first().map(|m| m.quantity).expect("a number in the phrase");
    let date: Option<Date> = if as_of.is_empty() { None } else { Some(as_of.parse().unwrap()) };
    Claim {
        doc: doc.into(),
        published: date,
        line: 1,
        col: 1,
        start: 0,
        end: phrase.len(),
        figure: (0, phrase.len()),
        kind: ClaimKind::Casualties,
        subject: "conflict".into(),
        population: "people".into(),
        window: None,
        value: ClaimValue::Count(q),
        unit: "people".into(),
        status: None,
        as_of: date,
        attribution: None,
        growth_cue: false,
        event: None,
        text: phrase.to_string(),
        quote: phrase.into(),
    }
}

#[test]
fn groups_by_kind_and_topic_in_date_order() {
    let mut other = count("c", "2014-01-01", "5 dead");
    other.population = "prisoners".into();
    let claims = vec![
        count("b", "2014-01-13", "100 dead"),
        count("a", "2014-01-20", "200 dead"),
        count("a", "2014-01-13", "300 dead"),
        other,
    ];
    let grouped = group(&claims);
    let shape: Vec<(&str, Vec<&str>)> =
        grouped.groups().iter().map(|g| (g.topic, g.claims.iter().map(|c| &*c.doc).collect())).collect();
    assert_eq!(shape, vec![("conflict/people", vec!["a", "b", "a"]), ("conflict/prisoners", vec!["c"])]);
    // Input claim i stands at positions()[i] in group order.
    assert_eq!(grouped.positions(), vec![1, 2, 0, 3]);
}

#[test]
fn clusters_by_form_or_tolerance() {
    let claims = [
        count("a", "2014-01-13", "more than 100,000"),
        count("b", "2014-01-13", "at least 130,000"),
        count("c", "2014-01-13", "over 100,000"),
        count("d", "2014-01-13", "more than 130,000"),
    ];
    let claims: Vec<&Claim> = claims.iter().collect();
    let exact: Vec<Vec<usize>> = cluster_numbers(&claims, 0.0).into_iter().map(|c| c.members).collect();
    assert_eq!(exact, vec![vec![0, 2], vec![1], vec![3]]);
    let loose: Vec<Vec<usize>> = cluster_numbers(&claims, 0.1).into_iter().map(|c| c.members).collect();
    assert_eq!(loose, vec![vec![0, 2], vec![1, 3]]);
    assert_eq!(claims[1].value.qualifier(), Some(Qualifier::Ge));
}

#[test]
fn subject_start_from_durations() {
    let mut d = count("a", "2014-01-13", "1095 dead");
    d.kind = ClaimKind::Duration;
    d.value = ClaimValue::Duration(d.value.quantity().copied().unwrap());
    let ctx = context(&group(&[d]).groups(), &Lexicon::bundled());
    assert_eq!(ctx.subject_starts.get("conflict").map(|d| d.to_string()), Some("2011-01-14".to_string()));
}
