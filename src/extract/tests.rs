//! Extraction over the bundled seeds: the claims issue 2 lists, and none from
//! years, times, "30 nations", "11-nation", "Forty countries", "G8", "2009" or "June 2012".

use super::*;
use crate::model::{ClaimKind, Date, Document, PublishedFrom};

fn doc(id: &str, text: &str, published: &str) -> Document {
    Document {
        id: id.to_string(),
        text: text.to_string(),
        published: Some(published.parse::<Date>().unwrap()),
        published_from: PublishedFrom::Manifest,
        source: None,
        url: None,
        meta: Vec::new(),
    }
}

fn seeds() -> Vec<Document> {
    vec![
        doc("000", include_str!("../../seeds/000_099dc4a42938c67f.txt"), "2014-01-23"),
        doc("001", include_str!("../../seeds/001_d43e4ed34428a101.txt"), "2014-01-13"),
        doc("002", include_str!("../../seeds/002_64716e510a3de195.txt"), "2014-01-13"),
        doc("003", include_str!("../../seeds/003_7204677c4c2a84c1.txt"), "2013-05-07"),
        doc("004", include_str!("../../seeds/004_31b6f4925f6b235b.txt"), "2014-02-10"),
    ]
}

/// (doc, kind, text, interval, subject, population, window, attribution) of the count claims.
type Row = (String, &'static str, String, String, String, String, String, String);

fn counts() -> Vec<Row> {
    let x = Extractor::new(Settings::bundled(), Lexicon::bundled());
    seeds()
        .iter()
        .flat_map(|d| x.extract(d))
        .filter(|c| {
            matches!(c.kind, ClaimKind::Casualties | ClaimKind::Injured | ClaimKind::Missing | ClaimKind::Displaced)
        })
        .map(|c| {
            let q = c.value.quantity().unwrap();
            (
                c.doc.to_string(),
                c.kind.as_str(),
                c.text.clone(),
                q.interval.to_string(),
                c.subject.to_string(),
                c.population.to_string(),
                c.window.map(|w| w.to_string()).unwrap_or_default(),
                c.attribution.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn row(d: &str, k: &'static str, t: &str, i: &str, s: &str, p: &str, w: &str, a: &str) -> Row {
    (d.into(), k, t.into(), i.into(), s.into(), p.into(), w.into(), a.into())
}

#[test]
fn seed_count_claims() {
    assert_eq!(
        counts(),
        vec![
            row("000", "casualties", "killing 11,000 prisoners", "[11000, 11000]", "unspecified", "prisoners", "", ""),
            row("001", "casualties", "killed more than 100,000 people", "(100000, ∞)", "conflict", "people", "", ""),
            row("001", "displaced", "displaced millions", "[2000000, 9999999]", "conflict", "people", "", ""),
            row(
                "002",
                "casualties",
                "killed at least 130,000 people",
                "[130000, ∞)",
                "conflict",
                "people",
                "",
                "believed"
            ),
            row(
                "002",
                "casualties",
                "at least 700 people have been killed",
                "[700, ∞)",
                "conflict",
                "people",
                "2014-01-03..",
                "NGOs monitoring the conflict"
            ),
            row("003", "casualties", "lives of over 70,000 people", "(70000, ∞)", "conflict", "people", "", "the UN"),
            row(
                "004",
                "displaced",
                "more than 300 civilians to escape",
                "(300, ∞)",
                "unspecified",
                "civilians",
                "",
                "the Syrian Red Crescent"
            ),
            row("004", "casualties", "more 130,000 dead", "(130000, ∞)", "conflict", "people", "", ""),
            row("004", "displaced", "millions displaced", "[2000000, 9999999]", "conflict", "people", "", ""),
        ]
    );
}

#[test]
fn as_of_is_the_publication_date() {
    let x = Extractor::new(Settings::bundled(), Lexicon::bundled());
    let d = &seeds()[3];
    let c = x.extract(d).into_iter().find(|c| c.kind == ClaimKind::Casualties).unwrap();
    assert_eq!(c.as_of, Some("2013-05-07".parse().unwrap()));
    assert_eq!((c.line, c.col), (36, 284));
}

#[test]
fn growth_cue_is_seen() {
    let x = Extractor::new(Settings::bundled(), Lexicon::bundled());
    let d = doc("q", "The death toll from the quake rose to 1,143 people on Monday.", "2023-02-09");
    let c = x.extract(&d);
    assert_eq!(c.len(), 1);
    assert!(c[0].growth_cue);
    assert_eq!(c[0].subject, "earthquake");
}
