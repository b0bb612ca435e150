//! Bad input through the binary: clear messages naming the file and place,
//! exit 2 for unusable input, warnings and a completed run for bad documents.

use assert_cmd::Command;
use predicates::prelude::*;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

#[test]
fn missing_path_exits_2_naming_it() {
    claimdiff().args(["check", "no/such/dir"]).assert().code(2).stderr(
        "error: no/such/dir: no such file or directory (check the path; with no paths the bundled seeds are read)\n",
    );
}

#[test]
fn binary_empty_and_latin1_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("blob.bin"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(p.join("empty.txt"), b"").unwrap();
    // Latin-1: "Le conflit … café" with 0xE9 bytes; the claim itself is English.
    std::fs::write(
        p.join("latin1.txt"),
        b"Caf\xe9 report\n\nThe war has killed more than 100,000 people, caf\xe9 owners said.\n",
    )
    .unwrap();
    std::fs::write(p.join("other.txt"), b"The war is believed to have killed at least 130,000 people.\n").unwrap();
    let out = claimdiff().args(["check", "--format", "csv"]).arg(p).assert().code(0);
    let out = out.get_output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let blob = p.join("blob.bin").display().to_string();
    let empty = p.join("empty.txt").display().to_string();
    assert!(stderr.contains(&format!("warning: {blob}: binary file skipped")), "{stderr}");
    assert!(stderr.contains(&format!("warning: {empty}: empty file skipped")), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("latin1.txt"), "{stdout}");
    assert!(stdout.contains("café owners said"), "Latin-1 decoded: {stdout}");
}

#[test]
fn rule_file_syntax_error_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let rule = dir.path().join("broken.toml");
    std::fs::write(&rule, "id = \"x\"\ncheck = \"numeric-disagreement\"\nseverity = [warning\n").unwrap();
    claimdiff()
        .args(["check", "--rules"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(format!("error: {}:3:", rule.display())));
}
