//! Issue 6's scale contract on a small replica: copies of the seeds (each
//! in its own folder, so with distinct document ids) give the same findings
//! as the five seeds, each listing every copy behind it, and the same bytes
//! whatever the thread count. `bench/run` does the same at ~50 MB.

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::Path;

const COPIES: usize = 12;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// Copies `seeds/` into `copy00/` … under `root`.
fn replicate(root: &Path) {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for c in 0..COPIES {
        let dir = root.join(format!("copy{c:02}"));
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&seeds).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
}

/// The file name of a document id ("copy03/001_x.txt" → "001_x.txt").
fn base(doc: &str) -> &str {
    doc.rsplit('/').next().unwrap()
}

/// Per finding (rule, kind, topic, both values and bounds): for side a and
/// b, how many documents stand behind it, by seed file.
type Sides = BTreeMap<Vec<String>, [BTreeMap<String, usize>; 2]>;

fn findings(csv_bytes: &[u8]) -> Sides {
    let mut r = csv::Reader::from_reader(csv_bytes);
    let h = r.headers().unwrap().clone();
    let col = |row: &csv::StringRecord, name: &str| row[h.iter().position(|x| x == name).unwrap()].to_string();
    let mut out = Sides::new();
    for row in r.records() {
        let row = row.unwrap();
        let key = ["rule", "kind", "topic", "value_a", "low_a", "high_a", "value_b", "low_b", "high_b"]
            .iter()
            .map(|n| col(&row, n))
            .collect();
        let mut sides: [BTreeMap<String, usize>; 2] = Default::default();
        for (i, s) in ["a", "b"].iter().enumerate() {
            *sides[i].entry(base(&col(&row, &format!("doc_{s}"))).to_string()).or_default() += 1;
            let others = col(&row, &format!("others_{s}"));
            for d in others.split(';').filter(|d| !d.is_empty()) {
                assert!(!d.starts_with('+'), "others_{s} was cut ({others}): lower COPIES");
                *sides[i].entry(base(d).to_string()).or_default() += 1;
            }
        }
        assert!(out.insert(key, sides).is_none(), "two findings with one key");
    }
    out
}

#[test]
fn copies_give_the_seeds_findings_with_every_copy_listed() {
    let seeds = claimdiff().args(["check", "--format", "csv"]).output().unwrap().stdout;
    let dir = tempfile::tempdir().unwrap();
    replicate(dir.path());
    let run = |threads: &str| {
        claimdiff().args(["check", "--format", "csv", "--threads", threads]).arg(dir.path()).output().unwrap().stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"), "report bytes differ between one and two threads");
    let (want, got) = (findings(&seeds), findings(&one));
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    for (key, sides) in &want {
        for (i, side) in sides.iter().enumerate() {
            let scaled: BTreeMap<String, usize> = side.iter().map(|(d, n)| (d.clone(), n * COPIES)).collect();
            assert_eq!(got[key][i], scaled, "finding {key:?}, side {i}");
        }
    }
    // The seeds give findings at all (a test that cannot fail otherwise).
    assert!(want.len() >= 5, "{} findings on the seeds", want.len());
}
