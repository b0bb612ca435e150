//! Issue 7's bad-input matrix, end to end through the binary. Each row puts
//! one bad input beside two good documents that disagree ("more than
//! 100,000" vs "at least 130,000" killed, same day) and checks the one-line
//! message (file and place), the exit code, and — for bad documents — that
//! the good pair still yields its `casualty-figures-disagree` finding.
//!
//! Bad documents carry injury counts, not deaths, so that what they add
//! never meets the good pair's topic.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// A folder with the good pair and a manifest dating both 13 January 2014.
fn corpus() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("a.txt"), "The war has killed more than 100,000 people.\n").unwrap();
    std::fs::write(p.join("b.txt"), "The war is believed to have killed at least 130,000 people.\n").unwrap();
    std::fs::write(p.join("manifest.csv"), "doc,published\na.txt,2014-01-13\nb.txt,2014-01-13\n").unwrap();
    dir
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], paths: &[&Path]) -> Run {
    let out = claimdiff().args(args).args(paths).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn check(paths: &[&Path]) -> Run {
    run(&["check", "--format", "csv"], paths)
}

fn rows(csv_text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    r.records().map(|rec| header.iter().cloned().zip(rec.unwrap().iter().map(String::from)).collect()).collect()
}

/// The good pair's finding is in the report, and nothing else is.
fn assert_good_finding(r: &Run) {
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    let rows = rows(&r.stdout);
    let got: Vec<_> =
        rows.iter().map(|f| [&f["rule"], &f["doc_a"], &f["value_a"], &f["doc_b"], &f["value_b"]]).collect();
    assert_eq!(got, vec![["casualty-figures-disagree", "a.txt", ">100000", "b.txt", ">=130000"]], "{}", r.stdout);
}

/// The claims `extract` reads from document `doc`: (line, value, text, attribution).
fn claims_of(dir: &Path, doc: &str) -> Vec<(String, String, String, String)> {
    let r = run(&["extract", "-q"], &[dir]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    rows(&r.stdout)
        .into_iter()
        .filter(|c| c["doc"] == doc)
        .map(|c| (c["line"].clone(), c["value"].clone(), c["text"].clone(), c["attribution"].clone()))
        .collect()
}

fn one(line: &str, value: &str, text: &str, attribution: &str) -> Vec<(String, String, String, String)> {
    vec![(line.into(), value.into(), text.into(), attribution.into())]
}

fn place(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

/// The warning lines of a run.
fn warnings(r: &Run) -> Vec<&str> {
    r.stderr.lines().filter(|l| l.starts_with("warning: ")).collect()
}

#[test]
fn missing_path_is_exit_2() {
    let dir = corpus();
    let r = check(&[dir.path(), Path::new("no/such.txt")]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: no/such.txt: no such file or directory (check the path; with no paths the bundled seeds are read)\n"
    );
    assert_eq!(r.stdout, "");
}

#[test]
fn unreadable_file_is_skipped_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = corpus();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "12 people were injured in the blast.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let why = if std::fs::read(&locked).is_ok() {
        // Root reads anything: a link to nowhere is unreadable for everyone.
        std::fs::remove_file(&locked).unwrap();
        std::os::unix::fs::symlink(dir.path().join("gone.txt"), &locked).unwrap();
        "No such file or directory (os error 2)"
    } else {
        "Permission denied (os error 13)"
    };
    let r = check(&[dir.path()]);
    assert_eq!(warnings(&r), vec![format!("warning: {}: cannot read ({why}); skipped", locked.display())]);
    assert_good_finding(&r);
}

#[test]
fn folder_of_no_files_is_a_warning() {
    let dir = corpus();
    let empty = tempfile::tempdir().unwrap();
    let r = check(&[dir.path(), empty.path()]);
    assert_eq!(
        warnings(&r),
        vec![format!("warning: {}: folder holds no files; nothing read from it", empty.path().display())]
    );
    assert_good_finding(&r);
}

#[test]
fn empty_and_binary_files_are_skipped() {
    let dir = corpus();
    let p = dir.path();
    std::fs::write(p.join("empty.txt"), "").unwrap();
    std::fs::write(p.join("blank.txt"), " \r\n\t\n").unwrap();
    std::fs::write(p.join("nul.txt"), b"12 people were injured\0 in the blast.\n").unwrap();
    // A real PNG signature and IHDR chunk, and a PDF renamed .txt.
    std::fs::write(p.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0").unwrap();
    std::fs::write(p.join("paper.txt"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
        .unwrap();
    let r = check(&[p]);
    assert_eq!(
        warnings(&r),
        vec![
            format!("warning: {}: empty file skipped", place(p, "blank.txt")),
            format!("warning: {}: empty file skipped", place(p, "empty.txt")),
            format!("warning: {}: binary file skipped", place(p, "image.txt")),
            format!("warning: {}: binary file skipped", place(p, "nul.txt")),
            format!("warning: {}: binary file skipped", place(p, "paper.txt")),
        ]
    );
    assert_good_finding(&r);
}

#[test]
fn utf16_with_bom_is_decoded_silently() {
    let dir = corpus();
    let p = dir.path();
    let text = "12 people were injured in the blast, according to the caf\u{e9} owner.\n";
    let le: Vec<u8> = b"\xFF\xFE".iter().copied().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = b"\xFE\xFF".iter().copied().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    std::fs::write(p.join("le.txt"), le).unwrap();
    std::fs::write(p.join("be.txt"), be).unwrap();
    let r = check(&[p]);
    assert_eq!(warnings(&r), Vec::<&str>::new());
    assert_good_finding(&r);
    for doc in ["le.txt", "be.txt"] {
        assert_eq!(claims_of(p, doc), one("1", "12", "12 people were injured", "the café owner"));
    }
}

#[test]
fn latin1_is_decoded_with_a_warning() {
    let dir = corpus();
    let p = dir.path();
    std::fs::write(
        p.join("latin1.txt"),
        b"Le caf\xE9 na\xEFf de la r\xE9publique \xE9tait ferm\xE9.\n\
          12 people were injured in the blast, according to the caf\xE9 owner.\n",
    )
    .unwrap();
    let r = check(&[p]);
    assert_eq!(warnings(&r), vec![format!("warning: {}: not UTF-8; decoded as windows-1252", place(p, "latin1.txt"))]);
    assert_good_finding(&r);
    assert_eq!(claims_of(p, "latin1.txt"), one("2", "12", "12 people were injured", "the café owner"));
}

#[test]
fn invalid_utf8_mid_line_is_replaced_and_placed() {
    let dir = corpus();
    let p = dir.path();
    // UTF-8 (curly quotes, é) with one stray 0xFF on line 2, after 23 characters.
    let mut bytes = "“Blast” in the caf\u{e9}\n12 people were injured ".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice(" in the blast, according to the caf\u{e9} owner.\n".as_bytes());
    std::fs::write(p.join("broken.txt"), bytes).unwrap();
    let r = check(&[p]);
    assert_eq!(
        warnings(&r),
        vec![format!(
            "warning: {}: invalid UTF-8 at line 2, column 24 (1 broken sequence replaced with U+FFFD)",
            place(p, "broken.txt")
        )]
    );
    assert_good_finding(&r);
    assert_eq!(claims_of(p, "broken.txt"), one("2", "12", "12 people were injured", "the café owner"));
}

#[test]
fn a_50_mb_single_line_is_read_and_a_cut_is_reported() {
    let dir = corpus();
    let p = dir.path();
    let mut line = String::from("12 people were injured in the blast, officials said ");
    let filler = "and the talks went on without a stop ";
    while line.len() < 50 * 1024 * 1024 {
        line.push_str(filler);
    }
    std::fs::write(p.join("huge.txt"), &line).unwrap();
    let r = check(&[p]);
    assert_eq!(warnings(&r), Vec::<&str>::new());
    assert_good_finding(&r);

    // Past --max-doc-bytes, the rest is cut, with a warning giving both sizes.
    let small = tempfile::tempdir().unwrap();
    std::fs::write(small.path().join("long.txt"), "x ".repeat(2500)).unwrap();
    let r = run(&["check", "--format", "csv", "--max-doc-bytes", "1000"], &[small.path()]);
    assert_eq!(
        warnings(&r),
        vec![format!(
            "warning: {}: document is 5000 bytes; read only the first 1000 (--max-doc-bytes)",
            place(small.path(), "long.txt")
        )]
    );
    assert_eq!(r.code, 0);
}

#[test]
fn a_document_with_100000_numbers_is_cut_to_the_claim_limit() {
    let dir = corpus();
    let p = dir.path();
    // 100,000 numbers; every tenth is an injury count: 10,000 claims.
    let mut text = String::new();
    for i in 0..100_000 {
        if i % 10 == 0 {
            text.push_str(&format!("{} people were injured. ", i + 1));
        } else {
            text.push_str(&format!("Row {i}. "));
        }
    }
    std::fs::write(p.join("numbers.txt"), text).unwrap();
    let r = check(&[p]);
    assert_eq!(
        warnings(&r),
        vec!["warning: numbers.txt: 10000 claims found; kept the first 1000 (--max-claims-per-doc)"]
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(rows(&r.stdout).iter().any(|f| f["doc_a"] == "a.txt" && f["doc_b"] == "b.txt"), "{}", r.stdout);

    let r = run(&["extract", "--max-claims-per-doc", "3"], &[p]);
    let kept: Vec<_> =
        rows(&r.stdout).into_iter().filter(|c| c["doc"] == "numbers.txt").map(|c| c["value"].clone()).collect();
    // Numbers 0, 10, 20 are the first three counts: "1 people", "11 people", "21 people".
    assert_eq!(kept, vec!["1", "11", "21"]);
    assert_eq!(warnings(&r), vec!["warning: numbers.txt: 10000 claims found; kept the first 3 (--max-claims-per-doc)"]);
}

#[test]
fn crlf_and_lone_cr_line_ends_count_lines() {
    let dir = corpus();
    let p = dir.path();
    std::fs::write(p.join("crlf.txt"), "Blast\r\n\r\n12 people were injured in the blast.\r\n").unwrap();
    std::fs::write(p.join("cr.txt"), "Blast\r\r12 people were injured in the blast.\r").unwrap();
    let r = check(&[p]);
    assert_eq!(warnings(&r), Vec::<&str>::new());
    assert_good_finding(&r);
    assert_eq!(claims_of(p, "crlf.txt"), one("3", "12", "12 people were injured", ""));
    assert_eq!(claims_of(p, "cr.txt"), one("3", "12", "12 people were injured", ""));
}

#[test]
fn html_markup_is_stripped() {
    let dir = corpus();
    let p = dir.path();
    std::fs::write(
        p.join("page.html"),
        "<!doctype html><html><head><style>p { color: red }</style>\
         <script>var x = '99 people were injured';</script></head>\
         <body><h1>Blast</h1><p>16 people were <b>injured</b> in the blast, according to the caf&eacute; owner.</p></body></html>",
    )
    .unwrap();
    let r = check(&[p]);
    assert_eq!(warnings(&r), Vec::<&str>::new());
    assert_good_finding(&r);
    assert_eq!(claims_of(p, "page.html"), one("2", "16", "16 people were injured", "the café owner"));
}

#[test]
fn jsonl_bad_line_among_good_ones() {
    let dir = corpus();
    let p = dir.path();
    std::fs::write(
        p.join("feed.jsonl"),
        "{\"id\":\"j1\",\"text\":\"18 people were injured in the blast.\"}\n\
         {\"id\":\"j2\",\"text\":\n\
         {\"id\":\"j3\",\"text\":\"20 people were injured in the blast.\"}\n",
    )
    .unwrap();
    let r = check(&[p]);
    // The half-written line is 18 characters: the JSON ends at column 18.
    assert_eq!(
        warnings(&r),
        vec![format!(
            "warning: {}:2: not valid JSON: EOF while parsing a value at column 18; line skipped",
            place(p, "feed.jsonl")
        )]
    );
    assert_eq!(r.code, 0);
    let pair: Vec<_> =
        rows(&r.stdout).into_iter().filter(|f| f["doc_a"] == "a.txt").map(|f| f["doc_b"].clone()).collect();
    assert_eq!(pair, vec!["b.txt"]);
    assert_eq!(claims_of(p, "j1"), one("1", "18", "18 people were injured", ""));
    assert_eq!(claims_of(p, "j3"), one("1", "20", "20 people were injured", ""));
}

#[test]
fn manifest_bad_rows_are_warnings() {
    let dir = corpus();
    let p = dir.path();
    std::fs::write(
        p.join("manifest.csv"),
        "doc,published\na.txt,2014-01-13\nb.txt,2014-01-13\na.txt,2014-02-01\nc.txt,2014-13-45\nnope.txt,2014-01-13\n",
    )
    .unwrap();
    std::fs::write(p.join("c.txt"), "12 people were injured in the blast.\n").unwrap();
    let r = check(&[p]);
    let m = place(p, "manifest.csv");
    assert_eq!(
        warnings(&r),
        vec![
            format!("warning: {m}:4: \"a.txt\" is listed again (line 2 wins); row ignored"),
            format!("warning: {m}:5: bad date \"2014-13-45\" (expected YYYY-MM-DD); row ignored"),
            format!("warning: {m}:6: \"nope.txt\" matches no document"),
        ]
    );
    // a.txt keeps line 2's date: the pair is still same-day.
    assert_good_finding(&r);
}

#[test]
fn manifest_missing_column_is_exit_2() {
    let dir = corpus();
    let p = dir.path();
    std::fs::write(p.join("manifest.csv"), "doc,date\na.txt,2014-01-13\n").unwrap();
    let r = check(&[p]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!("error: {}: missing column \"published\" (header is: doc,date)\n", place(p, "manifest.csv"))
    );
}

/// Runs `check` with `--rules DIR` holding `files`; returns the run.
fn with_rules(files: &[(&str, &str)]) -> (TempDir, Run) {
    let rules = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(rules.path().join(name), text).unwrap();
    }
    let dir = corpus();
    let r = run(&["check", "--format", "csv", "--rules", &rules.path().display().to_string()], &[dir.path()]);
    (rules, r)
}

const RULE_HEAD: &str = "id = \"x\"\ncheck = \"numeric-disagreement\"\napplies_to = { kinds = [\"casualties\"] }\n";

#[test]
fn rule_file_errors_are_exit_2_with_line_and_column() {
    let (dir, r) = with_rules(&[("x.toml", &format!("{RULE_HEAD}severity = [warning\n"))]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with(&format!("error: {}:4:", place(dir.path(), "x.toml"))), "{}", r.stderr);

    let (dir, r) = with_rules(&[(
        "x.toml",
        "id = \"x\"\ncheck = \"no-such-check\"\napplies_to = { kinds = [\"casualties\"] }\nseverity = \"warning\"\nmessage = \"m\"\n",
    )]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}:2:9: unknown check \"no-such-check\"; valid checks: numeric-disagreement, \
             interval-contradiction, cumulative-decrease, implausible-growth, date-disagreement, \
             participant-count-disagreement, list-size-contradiction, membership-conflict, name-variants\n",
            place(dir.path(), "x.toml")
        )
    );

    let (dir, r) = with_rules(&[(
        "x.toml",
        &format!("{RULE_HEAD}severity = \"warning\"\ntolerance = \"high\"\nmessage = \"m\"\n"),
    )]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!("error: {}:5:13: invalid type: string \"high\", expected f64\n", place(dir.path(), "x.toml"))
    );

    let rule = format!("{RULE_HEAD}severity = \"warning\"\nmessage = \"m\"\n");
    let (dir, r) = with_rules(&[("x.toml", &rule), ("y.toml", &rule)]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}:1:1: duplicate rule id \"x\" (also in {})\n",
            place(dir.path(), "y.toml"),
            place(dir.path(), "x.toml")
        )
    );
}

#[test]
fn broken_expect_toml_is_exit_2() {
    let fixtures = tempfile::tempdir().unwrap();
    let case: PathBuf = fixtures.path().join("case1");
    std::fs::create_dir(&case).unwrap();
    std::fs::write(case.join("a.txt"), "The war killed 5 people.\n").unwrap();
    std::fs::write(case.join("expect.toml"), "[[expect]\nrule = \"x\"\n").unwrap();
    let r = run(&["test"], &[fixtures.path()]);
    assert_eq!(r.code, 2);
    let expect = case.join("expect.toml").display().to_string();
    assert!(
        r.stdout.contains(&format!("case case1 ... BROKEN\n  {expect}:1:10: unclosed array table, expected `]`\n")),
        "{}",
        r.stdout
    );
}
