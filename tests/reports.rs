//! Issue 8's acceptance through the binary: the text report with quotes and
//! places, colour rules, the HTML page with its timeline, baselines, JSON
//! round-trips, --explain, and ids that survive unrelated edits.

use assert_cmd::Command;
use claimdiff::model::{Claim, Finding};
use claimdiff::report::Report;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
const S001: &str = "001_d43e4ed34428a101.txt";
const S002: &str = "002_64716e510a3de195.txt";
const S003: &str = "003_7204677c4c2a84c1.txt";
const S004: &str = "004_31b6f4925f6b235b.txt";

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

/// A copy of the seeds in a temporary folder, to edit.
fn seeds_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(SEEDS).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    dir
}

fn json_report(args: &[&str]) -> Report {
    let out = claimdiff().args(["check", "--format", "json"]).args(args).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(r: &Report) -> Vec<String> {
    r.findings.iter().map(|f| f.id.clone()).collect()
}

#[test]
fn text_shows_both_quotes_with_places_and_no_escapes_under_no_color() {
    let out = stdout(claimdiff().args(["check", "--format", "text"]).env("NO_COLOR", "1"));
    assert!(!out.contains('\x1b'), "escape codes with NO_COLOR=1");
    // 001's "more than 100,000" is on line 13; 002's "at least 130,000" on line 20.
    assert!(out.contains(&format!("--> {S001}:13:64 (2014-01-13)")), "{out}");
    assert!(out.contains(&format!("--> {S002}:20:133 (2014-01-13)")), "{out}");
    assert!(out.contains("which has killed more than 100,000 people and displaced millions"));
    // The roll-up: 70,000 (003), 100,000 (001), 130,000 (002), 130,000 (004): median of the middle two is 115,000.
    assert!(out.contains("casualties conflict/people: 70,000 / 115,000 / 130,000 from 4 sources"), "{out}");
    let summary = out.lines().last().unwrap();
    // 2 casualty warnings, 1 participant-count warning, 4 name variants (info); 45 count, date and participant claims plus 81 name mentions (one per spelling per document).
    assert!(summary.starts_with("7 findings (0 error, 3 warning, 4 info) in 5 documents, 126 claims in "), "{summary}");
}

#[test]
fn color_always_writes_escapes_and_never_does_not() {
    let always = stdout(claimdiff().args(["check", "--format", "text", "--color", "always"]));
    assert!(always.contains("\x1b[1;33mwarning\x1b[0m"));
    let never = stdout(claimdiff().args(["check", "--format", "text", "--color", "never"]));
    assert!(!never.contains('\x1b'));
}

#[test]
fn html_report_parses_has_the_death_toll_timeline_and_loads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.html");
    claimdiff().args(["check", "--format", "html", "-o"]).arg(&path).assert().success();
    let html = std::fs::read_to_string(&path).unwrap();
    let dom = tl::parse(&html, tl::ParserOptions::default()).unwrap();
    let parser = dom.parser();
    let attr = |n: &tl::Node, name: &str| -> Option<String> {
        n.as_tag()?.attributes().get(name).flatten().map(|v| v.as_utf8_str().to_string())
    };
    // The death toll's section holds an SVG timeline with each source's figure at its date.
    let svgs: Vec<_> = dom.query_selector("svg").unwrap().collect();
    assert!(!svgs.is_empty());
    let mut marks: Vec<(String, String, String)> = dom
        .query_selector("g.claim")
        .unwrap()
        .filter_map(|h| h.get(parser))
        .filter(|n| attr(n, "data-date").is_some())
        .map(|n| (attr(n, "data-doc").unwrap(), attr(n, "data-date").unwrap(), attr(n, "data-anchor").unwrap()))
        .filter(|(_, _, a)| ["70000", "100000", "130000"].contains(&a.as_str()))
        .collect();
    marks.sort();
    let want = |d: &str, date: &str, a: &str| (d.to_string(), date.to_string(), a.to_string());
    assert_eq!(
        marks,
        [
            want(S001, "2014-01-13", "100000"),
            want(S002, "2014-01-13", "130000"),
            want(S003, "2013-05-07", "70000"),
            want(S004, "2014-02-10", "130000"),
        ]
    );
    for label in [">70,000", ">100,000", ">=130,000", ">130,000"] {
        assert!(html.contains(&format!(">{}</text>", label.replace('>', "&#62;"))), "no label {label}");
    }
    // Self-contained: every src/href stays in the page; no scripts or stylesheets from elsewhere.
    let mut links = 0;
    for n in dom.nodes() {
        for a in ["src", "href"] {
            if let Some(v) = attr(n, a) {
                assert!(v.starts_with('#'), "{a}={v} leaves the page");
                links += 1;
            }
        }
    }
    assert!(links >= 4, "the quotes link to their claims");
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("url("));
}

#[test]
fn html_escapes_document_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "<script>alert(1)</script> The war has killed 500 people.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), "The war has killed 900 people <b>so far</b>.\n").unwrap();
    let out = stdout(claimdiff().args(["check", "--format", "html"]).arg(dir.path()));
    assert!(!out.contains("<script>") && !out.contains("<b>"), "document text became markup");
    assert!(out.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
}

#[test]
fn baseline_of_the_first_run_hides_everything_then_only_new_findings_show() {
    let dir = seeds_copy();
    let d = dir.path();
    // Reports go outside the corpus folder (a CSV there would be read as a document table).
    let out_dir = tempfile::tempdir().unwrap();
    let (first, csv) = (out_dir.path().join("first.json"), out_dir.path().join("first.csv"));
    claimdiff().args(["check", "--format", "json", "-o"]).arg(&first).arg(d).assert().success();
    claimdiff().args(["check", "--format", "csv", "-o"]).arg(&csv).arg(d).assert().success();
    let before: Report = serde_json::from_slice(&std::fs::read(&first).unwrap()).unwrap();
    // 2 casualty findings, 1 participant count, 4 name variants.
    assert_eq!(before.findings.len(), 7);
    for b in [&first, &csv] {
        let again = json_report(&[d.to_str().unwrap(), "--baseline", b.to_str().unwrap()]);
        assert_eq!(again.findings.len(), 0, "baseline {}", b.display());
        assert_eq!(again.baseline.as_ref().unwrap().hidden, 7);
    }
    // A new document the same week as 001/002 with a far higher toll.
    std::fs::write(d.join("005_new.txt"), "The war has killed at least 250,000 people, a monitor said.\n").unwrap();
    let mut manifest = std::fs::read_to_string(d.join("manifest.csv")).unwrap();
    manifest.push_str("005_new.txt,2014-01-14,Monitor\n");
    std::fs::write(d.join("manifest.csv"), manifest).unwrap();
    let full = json_report(&[d.to_str().unwrap()]);
    let new = json_report(&[d.to_str().unwrap(), "--baseline", first.to_str().unwrap()]);
    // Every finding still shown involves the new document, and every one of
    // the full run that does is shown: exactly the new ones.
    assert!(!new.findings.is_empty());
    for f in &new.findings {
        assert!(&*f.a.claim.doc == "005_new.txt" || &*f.b.claim.doc == "005_new.txt", "{}", f.message);
    }
    let old: Vec<String> = ids(&before);
    let expected: Vec<String> = ids(&full).into_iter().filter(|id| !old.contains(id)).collect();
    assert_eq!(ids(&new), expected);
    // A growing toll is compared across days by the growth check only: 250,000
    // one day after 001's 100,000 and 002's 130,000, and eight months after
    // 003's 70,000 (a war of ~116 dead a day allows ~73,000 more at 2.5× its
    // pace), is an implausible rise from each — three new findings.
    let pairs: Vec<(&str, &str, &str)> =
        new.findings.iter().map(|f| (f.rule.as_str(), &*f.a.claim.doc, &*f.b.claim.doc)).collect();
    assert_eq!(
        pairs,
        [
            ("casualty-toll-implausible-rise", S001, "005_new.txt"),
            ("casualty-toll-implausible-rise", S002, "005_new.txt"),
            ("casualty-toll-implausible-rise", S003, "005_new.txt"),
        ]
    );
    assert_eq!(new.baseline.unwrap().hidden, full.findings.len() - new.findings.len());
}

#[test]
fn toml_baseline_entries_expire() {
    let r = json_report(&[]);
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path().join("baseline.toml");
    std::fs::write(
        &b,
        format!(
            "[[finding]]\nid = \"{}\"\nreason = \"wire figures, accepted\"\n\n[[finding]]\nid = \"{}\"\nexpires = 2020-01-01\n",
            r.findings[0].id, r.findings[1].id
        ),
    )
    .unwrap();
    let out = claimdiff().args(["check", "--format", "json", "--baseline"]).arg(&b).output().unwrap();
    let shown: Report = serde_json::from_slice(&out.stdout).unwrap();
    // The first entry hides its finding for good; the expired second hides nothing.
    assert_eq!(ids(&shown), ids(&r)[1..].to_vec());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("baseline entry {} has expired; its finding is shown again", r.findings[1].id)),
        "{stderr}"
    );
}

#[test]
fn json_round_trips_and_is_deterministic() {
    let one = claimdiff().args(["check", "--format", "json", "--threads", "1"]).output().unwrap().stdout;
    let two = claimdiff().args(["check", "--format", "json", "--threads", "2"]).output().unwrap().stdout;
    assert_eq!(one, two);
    let r: Report = serde_json::from_slice(&one).unwrap();
    let mut back = serde_json::to_vec_pretty(&r).unwrap();
    back.push(b'\n');
    assert_eq!(String::from_utf8(back).unwrap(), String::from_utf8(one).unwrap());
    assert_eq!(r.version, env!("CARGO_PKG_VERSION"));
    assert_eq!((r.findings.len(), r.documents.len(), r.claims.len()), (7, 5, 126));
    let toll = r.rollup.iter().find(|t| t.topic == "conflict/people" && t.kind.as_str() == "casualties").unwrap();
    assert_eq!((toll.low, toll.median, toll.high, toll.sources), (70000.0, 115000.0, 130000.0, 4));
}

#[test]
fn jsonl_findings_and_claims_round_trip() {
    let out = stdout(claimdiff().args(["check", "--format", "jsonl"]));
    assert_eq!(out.lines().count(), 7);
    for line in out.lines() {
        let f: Finding = serde_json::from_str(line).unwrap();
        assert_eq!(serde_json::to_string(&f).unwrap(), line);
    }
    let out = stdout(claimdiff().args(["extract", "--format", "jsonl", "--mentions"]));
    // Every claim of the report, name mentions included.
    assert_eq!(out.lines().count(), 126);
    for line in out.lines() {
        let c: Claim = serde_json::from_str(line).unwrap();
        assert_eq!(serde_json::to_string(&c).unwrap(), line);
    }
}

#[test]
fn explain_tells_the_story() {
    let r = json_report(&[]);
    let f = r.findings.iter().find(|f| f.rule == "casualty-figures-disagree").unwrap();
    let out = stdout(claimdiff().args(["check", "--explain", &f.id]));
    assert!(out.starts_with(&format!("finding {} (warning, rule casualty-figures-disagree)\n", f.id)), "{out}");
    assert!(out.contains(
        "trace: \"killed more than 100,000 people\" → figure \"100,000\" → qualifier gt → (100000, ∞), anchor 100000 people"
    ));
    assert!(out.contains(
        "trace: \"killed at least 130,000 people\" → figure \"130,000\" → qualifier ge → [130000, ∞), anchor 130000 people"
    ));
    assert!(out.contains("parameters: tolerance = 0.1, window_days = 30"), "{out}");
    // 30,000 of 130,000 is 23.1%; both published 2014-01-13.
    assert!(out.contains(
        "why it fired: the figures are 30000 (23.1% of the larger) apart, more than the tolerance of 10.0%, and the claims were made 0 days apart (window: 30 days)"
    ), "{out}");
    claimdiff().args(["check", "--explain", "cd-0000000000000000"]).assert().code(2);
}

#[test]
fn finding_ids_survive_an_unrelated_edit() {
    let before = json_report(&[SEEDS]);
    let dir = seeds_copy();
    let p = dir.path().join(S001);
    let text = std::fs::read_to_string(&p).unwrap();
    // A new paragraph before the claim's line: the claim moves from line 13 to 15.
    let at = text.find("Given the history").unwrap();
    std::fs::write(&p, format!("{}Officials met again in Paris on Monday.\n\n{}", &text[..at], &text[at..])).unwrap();
    let after = json_report(&[dir.path().to_str().unwrap()]);
    let line_of = |r: &Report| r.findings.iter().find(|f| &*f.a.claim.doc == S001).unwrap().a.claim.line;
    assert_eq!((line_of(&before), line_of(&after)), (13, 15));
    assert_eq!(ids(&before), ids(&after));
    assert_eq!(ids(&before).len(), 7);
}

#[test]
fn reports_never_mix_progress_or_timing_into_machine_output() {
    let a = claimdiff().args(["check", "--format", "csv"]).output().unwrap();
    let b = claimdiff().args(["check", "--format", "csv"]).output().unwrap();
    assert_eq!(a.stdout, b.stdout);
    assert!(a.stderr.is_empty(), "{}", String::from_utf8_lossy(&a.stderr));
}
