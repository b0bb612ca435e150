//! FA-KES (804 real articles on the Syrian war, `../shared/corpora/fakes`):
//! how often extraction reads the figure the crowd workers read, and the
//! cross-source check over the whole file. Skipped, with a message, when the
//! corpus is absent.
//!
//! The article's civilian figure is read from its lead count: the first
//! casualty claim, in text order, counting civilians, unspecified people,
//! children or women (`nb_civilians` includes children and women) about a
//! single event or an unnamed killing (the war's overall toll is not the
//! article's event), with a definite figure ("Dozens killed" in a headline
//! is not the figure a reader takes away when "at least 51" follows). The
//! lead's enumeration — the counts of its sentence whose spans overlap it
//! or follow it across at most ", " or " and " — settles which figure:
//! its civilians if it names them ("at least 30 people including 24
//! civilians" → 24), else its total of people ("ten children were among at
//! least 48 people killed" → 48), else the sum of its children and women
//! ("five women and a child" → 6). It agrees when that written figure
//! equals `nb_civilians`. Rows whose labels are wrong
//! (tests/fakes/label_errors.toml, each with its reason) are left out.

use claimdiff::corpus::{LoadOptions, TableOptions};
use claimdiff::model::{Claim, ClaimKind, Qualifier};
use claimdiff::rules::RuleSet;
use claimdiff::Options;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/fakes/fakes.csv");
    if p.is_file() {
        Some(p)
    } else {
        eprintln!("skipped: FA-KES not found at {} (the ../shared corpora are absent)", p.display());
        None
    }
}

fn options(path: PathBuf) -> Options {
    Options {
        paths: vec![path],
        rules_dir: None,
        load: LoadOptions {
            table: Some(TableOptions {
                text_column: "article_content".into(),
                id_column: Some("unit_id".into()),
                date_column: Some("date".into()),
                source_column: Some("source".into()),
                date_format: Some("%m/%d/%y".into()),
                meta_columns: vec!["location".into()],
            }),
            ..LoadOptions::default()
        },
        ..Options::default()
    }
}

#[derive(Deserialize)]
struct Accuracy {
    civilian_floor: f64,
}

#[derive(Deserialize)]
struct LabelErrors {
    label_error: Vec<LabelError>,
}

#[derive(Deserialize)]
struct LabelError {
    unit_id: String,
    field: String,
    reason: String,
}

/// The labels: document id (as the table reader names repeated ids: `id#2`) → (nb_civilians, nb_noncivilians).
fn labels(path: &Path) -> Vec<(String, i64, i64)> {
    let bytes = std::fs::read(path).expect("read FA-KES");
    let text: String = bytes.iter().map(|&b| b as char).collect(); // latin-1
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    let col = |n: &str| header.iter().position(|h| h == n).expect("column");
    let (id, civ, non) = (col("unit_id"), col("nb_civilians"), col("nb_noncivilians"));
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for row in reader.records() {
        let row = row.expect("a row");
        let n = seen.entry(row[id].to_string()).or_insert(0);
        *n += 1;
        let doc = if *n == 1 { row[id].to_string() } else { format!("{}#{n}", &row[id]) };
        out.push((doc, row[civ].parse().unwrap_or(0), row[non].parse().unwrap_or(0)));
    }
    out
}

fn lead<'a>(claims: &[&'a Claim], populations: &[&str]) -> Option<&'a Claim> {
    claims.iter().copied().find(|c| {
        populations.contains(&c.population.as_str())
            && c.subject != "conflict"
            && c.value.qualifier() != Some(Qualifier::Vague)
    })
}

fn agrees(c: Option<&Claim>, label: i64) -> bool {
    c.and_then(|c| c.value.quantity()).is_some_and(|q| q.anchor == label as f64)
}

fn anchor(c: &Claim) -> f64 {
    c.value.quantity().map_or(0.0, |q| q.anchor)
}

/// The article's civilian figure (see the module doc) and the lead claim it was read from.
fn civilian_figure<'a>(claims: &[&'a Claim]) -> Option<(f64, &'a Claim)> {
    let eligible: Vec<&Claim> = claims
        .iter()
        .copied()
        .filter(|c| {
            ["civilians", "people", "children", "women"].contains(&c.population.as_str())
                && c.subject != "conflict"
                && c.value.qualifier() != Some(Qualifier::Vague)
        })
        .collect();
    let lead = *eligible.first()?;
    let joined = |c: &Claim| {
        let (a, b) = if c.start < lead.start { (c, lead) } else { (lead, c) };
        c.quote == lead.quote && b.start <= a.end + 5
    };
    let members: Vec<&Claim> = eligible.iter().copied().filter(|c| joined(c)).collect();
    if let Some(c) = members.iter().find(|c| c.population == "civilians") {
        return Some((anchor(c), lead));
    }
    if let Some(c) = members.iter().find(|c| c.population == "people") {
        return Some((anchor(c), lead));
    }
    let mut figures: Vec<(usize, f64)> = members.iter().map(|c| (c.figure.0, anchor(c))).collect();
    figures.sort_by_key(|f| f.0);
    figures.dedup_by_key(|f| f.0);
    Some((figures.iter().map(|f| f.1).sum(), lead))
}

#[test]
fn civilian_figures_agree_with_the_crowd_labels() {
    let Some(path) = corpus() else { return };
    let acc: Accuracy = toml::from_str(include_str!("fakes/accuracy.toml")).expect("accuracy.toml");
    let errors: LabelErrors = toml::from_str(include_str!("fakes/label_errors.toml")).expect("label_errors.toml");
    for e in &errors.label_error {
        assert!(!e.reason.trim().is_empty(), "label error {} needs a reason", e.unit_id);
    }
    let excluded: HashSet<&str> =
        errors.label_error.iter().filter(|e| e.field == "nb_civilians").map(|e| e.unit_id.as_str()).collect();
    let rules = RuleSet::load(None).expect("rules");
    let extraction = claimdiff::extract(&options(path.clone()), &rules).expect("extract");
    let mut by_doc: HashMap<&str, Vec<&Claim>> = HashMap::new();
    for c in extraction.claims.iter().filter(|c| c.kind == ClaimKind::Casualties) {
        by_doc.entry(c.doc.as_ref()).or_default().push(c);
    }
    let (mut civ_n, mut civ_ok, mut fig_n, mut fig_ok) = (0, 0, 0, 0);
    let mut disagreements = Vec::new();
    for (doc, civ, non) in labels(&path) {
        let base = doc.split('#').next().unwrap_or(&doc);
        if excluded.contains(base) {
            continue;
        }
        let claims = by_doc.get(doc.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        if civ > 0 {
            civ_n += 1;
            let figure = civilian_figure(claims);
            let ok = figure.is_some_and(|(f, _)| f == civ as f64);
            civ_ok += usize::from(ok);
            if !ok {
                disagreements.push(format!(
                    "{doc}\t{civ}\t{}\t{}",
                    figure.map(|(f, l)| format!("{f} ({})", l.value.display())).unwrap_or_default(),
                    claims
                        .iter()
                        .map(|c| format!("[{} {} {} | {}]", c.value.display(), c.population, c.subject, c.text))
                        .collect::<Vec<_>>()
                        .join(" ")
                ));
            }
        }
        if non > 0 {
            fig_n += 1;
            fig_ok += usize::from(agrees(lead(claims, &["fighters"]), non));
        }
    }
    // `FAKES_DISAGREEMENTS=FILE` writes the rows that disagree (doc, label, lead figure, claims) for review.
    if let Ok(out) = std::env::var("FAKES_DISAGREEMENTS") {
        std::fs::write(out, disagreements.join("\n")).expect("write the disagreements");
    }
    let civ_rate = civ_ok as f64 / civ_n as f64;
    println!(
        "FA-KES civilians: {civ_ok}/{civ_n} = {:.1}% agree (label errors left out: {})",
        100.0 * civ_rate,
        excluded.len()
    );
    println!("FA-KES fighters:  {fig_ok}/{fig_n} = {:.1}% agree", 100.0 * fig_ok as f64 / fig_n.max(1) as f64);
    assert!(civ_n > 500, "expected some 600 labelled articles, got {civ_n}");
    assert!(
        civ_rate >= acc.civilian_floor,
        "civilian agreement {civ_rate:.3} fell below the floor {}",
        acc.civilian_floor
    );
}

#[test]
fn findings_never_pair_different_events() {
    let Some(path) = corpus() else { return };
    let rules = RuleSet::load(None).expect("rules");
    let report = claimdiff::check_with(&options(path), &rules).expect("check");
    assert!(report.documents.len() == 804, "804 rows read, got {}", report.documents.len());
    let window = rules.settings.events.window_days;
    let mut event_findings = 0;
    for f in &report.findings {
        let (a, b) = (&f.a.claim, &f.b.claim);
        assert_eq!(a.event, b.event, "{}: {} vs {}", f.topic, a.doc, b.doc);
        if let Some(e) = &a.event {
            event_findings += 1;
            assert!(f.topic.ends_with(&format!("@{e}")), "{} names no event {e}", f.topic);
            // An event spans at most `window_days`: the two reports' own dates lie that close.
            let days = match (a.as_of, b.as_of) {
                (Some(x), Some(y)) => i64::from(x.until(y).expect("span").get_days()).abs(),
                _ => 0,
            };
            assert!(days <= window, "{}: {} and {} are {days} days apart", f.topic, a.doc, b.doc);
        }
    }
    assert!(event_findings > 100, "expected event findings, got {event_findings}");
    // Ghouta, 21 August 2013: the 1,300/1,400 reports against the 200–640 ones.
    let ghouta: Vec<(String, String)> = report
        .findings
        .iter()
        .filter(|f| f.rule == "casualty-figures-disagree" && f.topic == "attack/people@damascus/2013-08-21")
        .map(|f| (f.a.claim.value.display(), f.b.claim.value.display()))
        .collect();
    for low in [">=640", ">200"] {
        assert!(ghouta.contains(&(">1400".to_string(), low.to_string())), "no >1400 vs {low} in {ghouta:?}");
    }
}
