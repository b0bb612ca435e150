//! Safe output and nothing lost, through the binary: formula cells are
//! neutralised in the CSV report, terminal escapes from documents never
//! reach the text report, and a run killed mid-way leaves the previous
//! report as it was.

use assert_cmd::Command;
use std::path::Path;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// Two documents whose claim sentences start with spreadsheet formulas.
fn formula_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("a.txt"), "=HYPERLINK(\"http://x\",\"y\") The war has killed more than 100,000 people.\n")
        .unwrap();
    std::fs::write(p.join("b.txt"), "@SUM(A1) The war is believed to have killed at least 130,000 people.\n").unwrap();
    std::fs::write(p.join("manifest.csv"), "doc,published\na.txt,2014-01-13\nb.txt,2014-01-13\n").unwrap();
    dir
}

#[test]
fn formula_quotes_are_neutralised_in_the_csv() {
    let dir = formula_corpus();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let report = out.join("report.csv");
    claimdiff().args(["check", "-q", "--format", "csv", "-o"]).arg(&report).arg(dir.path()).assert().code(0);
    let mut r = csv::Reader::from_path(&report).unwrap();
    let header = r.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    let col = |name: &str| &rows[0][header.iter().position(|h| h == name).unwrap()];
    assert_eq!(col("quote_a"), "'=HYPERLINK(\"http://x\",\"y\") The war has killed more than 100,000 people.");
    assert_eq!(col("quote_b"), "'@SUM(A1) The war is believed to have killed at least 130,000 people.");
    // No cell of the report starts with what a spreadsheet would run.
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
    // The claims CSV too; its `text` is the span, the doc ids are kept verbatim.
    let out = claimdiff().args(["extract", "-q"]).arg(dir.path()).assert().code(0).get_output().stdout.clone();
    let mut r = csv::Reader::from_reader(out.as_slice());
    let docs: Vec<String> = r.records().map(|x| x.unwrap()[0].to_string()).collect();
    assert_eq!(docs, vec!["a.txt", "b.txt"]);
}

#[test]
fn terminal_escapes_from_documents_never_reach_the_text_report() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("a.txt"), "The war \x1b[2J\x1b]0;pwned\x07has killed more than 100,000 people.\n").unwrap();
    std::fs::write(p.join("b.txt"), "The war is believed to have killed at least 130,000 people.\n").unwrap();
    std::fs::write(p.join("manifest.csv"), "doc,published\na.txt,2014-01-13\nb.txt,2014-01-13\n").unwrap();
    let out = claimdiff().args(["check", "-q", "--format", "text", "--color", "never"]).arg(p).assert().code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("casualty-figures-disagree"), "{text}");
    assert!(!text.contains(['\x1b', '\x07']), "{text:?}");
    assert!(text.contains("The war \u{fffd}[2J\u{fffd}]0;pwned\u{fffd}has killed"), "{text}");
}

fn temporaries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".claimdiff-"))
        .collect();
    names.sort();
    names
}

#[test]
fn an_interrupted_run_leaves_the_previous_report() {
    // A corpus that takes a debug build several seconds: 24 files of 2 MB.
    let corpus = tempfile::tempdir().unwrap();
    let sentence = "The war has killed more than 100,000 people, officials said on Monday. ";
    let body = sentence.repeat(2 * 1024 * 1024 / sentence.len());
    for i in 0..24 {
        std::fs::write(corpus.path().join(format!("d{i:02}.txt")), &body).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.csv");
    std::fs::write(&report, "the previous report\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("claimdiff");
    let mut child = std::process::Command::new(bin)
        .args(["check", "-q", "-o"])
        .arg(&report)
        .arg(corpus.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    let kill = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = child.wait().unwrap();
    // 130 = interrupted by SIGINT (the run had not finished).
    assert_eq!(status.code(), Some(130), "{status:?}");
    assert_eq!(std::fs::read_to_string(&report).unwrap(), "the previous report\n");
    assert_eq!(temporaries(out.path()), Vec::<String>::new());
}
