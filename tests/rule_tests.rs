//! Issue 3's acceptance through the binary: `claimdiff test`, `--bless`,
//! broken fixtures and rules, a user's own rules and fixtures.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// Copies the bundled fixture `case` into `to/case`.
fn copy_case(case: &str, to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(case);
    let dest = to.join(case);
    std::fs::create_dir_all(&dest).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dest.join(p.file_name().unwrap())).unwrap();
    }
}

#[test]
fn bundled_fixtures_pass_with_one_line_per_case() {
    let out =
        claimdiff().arg("test").current_dir(env!("CARGO_MANIFEST_DIR")).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    let cases = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")).unwrap().count();
    assert_eq!(text.lines().filter(|l| l.starts_with("case ") && l.ends_with(" ... ok")).count(), cases, "{text}");
    assert!(text.contains(&format!("{cases} cases: {cases} passed, 0 failed")), "{text}");
}

#[test]
fn a_changed_figure_fails_with_a_diff_then_bless_fixes_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_case("numeric-disagreement-fires", dir.path());
    let b = dir.path().join("numeric-disagreement-fires/b.txt");
    let text = std::fs::read_to_string(&b).unwrap().replace("130,000", "100,000");
    std::fs::write(&b, text).unwrap();
    let rules = tempfile::tempdir().unwrap(); // no own rules: coverage is not asked of bundled ones
    claimdiff()
        .args(["test", "--rules"])
        .arg(rules.path())
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "case numeric-disagreement-fires ... FAILED\n  - expected but missing:\n    casualty-figures-disagree (warning): a.txt >100000 vs b.txt >=130000\n",
        ));
    claimdiff().args(["test", "--bless", "--rules"]).arg(rules.path()).arg(dir.path()).assert().success();
    let expect = std::fs::read_to_string(dir.path().join("numeric-disagreement-fires/expect.toml")).unwrap();
    // No finding any more: [[expect]] is gone, the [[absent]] that still holds and its comment stay.
    assert!(!expect.contains("[[expect]]"), "{expect}");
    assert!(
        expect.contains("# Both intervals are open above, so they overlap: no contradiction.\n[[absent]]"),
        "{expect}"
    );
    claimdiff().args(["test", "--rules"]).arg(rules.path()).arg(dir.path()).assert().success();
}

#[test]
fn bless_writes_new_findings() {
    let dir = tempfile::tempdir().unwrap();
    copy_case("numeric-disagreement-quiet", dir.path());
    let b = dir.path().join("numeric-disagreement-quiet/b.txt");
    std::fs::write(&b, "The war has killed about 150,000 people.\n").unwrap();
    let rules = tempfile::tempdir().unwrap();
    claimdiff().args(["test", "--rules"]).arg(rules.path()).arg(dir.path()).assert().code(1);
    claimdiff().args(["test", "--bless", "--rules"]).arg(rules.path()).arg(dir.path()).assert().success();
    let expect = std::fs::read_to_string(dir.path().join("numeric-disagreement-quiet/expect.toml")).unwrap();
    assert!(
        expect.contains("[[expect]]\nrule = \"casualty-figures-disagree\"\ndocs = [\"a.txt\", \"b.txt\"]\nvalues = [\">100000\", \"~150000\"]\nseverity = \"warning\"\n"),
        "{expect}"
    );
    // The broken [[absent]] (a.txt vs b.txt) is dropped, the one that holds (c.txt vs d.txt) kept.
    assert_eq!(expect.matches("[[absent]]").count(), 1, "{expect}");
    claimdiff().args(["test", "--rules"]).arg(rules.path()).arg(dir.path()).assert().success();
}

#[test]
fn broken_expect_toml_exits_2_with_place() {
    let dir = tempfile::tempdir().unwrap();
    copy_case("numeric-disagreement-fires", dir.path());
    let p = dir.path().join("numeric-disagreement-fires/expect.toml");
    std::fs::write(&p, "[[expect]]\nrule = \"casualty-figures-disagree\"\ndoc = [\"a.txt\"]\n").unwrap();
    let rules = tempfile::tempdir().unwrap();
    claimdiff()
        .args(["test", "--rules"])
        .arg(rules.path())
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(predicate::str::contains(format!("{}:3:1: unknown field `doc`, expected one of", p.display())));
}

#[test]
fn rule_with_unknown_key_or_wrong_type_exits_2_with_place() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("r.toml");
    let good =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/casualty-figures-disagree.toml"))
            .unwrap();
    let good = good.replace("casualty-figures-disagree\"", "my-rule\"");
    std::fs::write(&p, good.replace("window_days = 30", "window = 30")).unwrap();
    claimdiff().args(["rules", "--rules"]).arg(dir.path()).assert().code(2).stderr(predicate::str::starts_with(
        format!("error: {}:7:1: unknown field `window`, expected one of", p.display()),
    ));
    std::fs::write(&p, good.replace("window_days = 30", "window_days = \"a month\"")).unwrap();
    claimdiff().args(["rules", "--rules"]).arg(dir.path()).assert().code(2).stderr(predicate::str::starts_with(
        format!("error: {}:7:15: invalid type: string \"a month\", expected i64", p.display()),
    ));
}

#[test]
fn a_users_rules_and_fixtures_outside_the_repo() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("my_rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(
        rules.join("injured.toml"),
        "id = \"injured-figures-disagree\"\ncheck = \"numeric-disagreement\"\napplies_to = { kinds = [\"injured\"] }\nseverity = \"warning\"\ntolerance = 0.25\nwindow_days = 7\nmessage = \"{value_a} vs {value_b}\"\n",
    )
    .unwrap();
    let fx = dir.path().join("my_fixtures");
    for (case, second_day, expect) in [
        ("near", "2015-03-04", "[[expect]]\nrule = \"injured-figures-disagree\"\ndocs = [\"a.txt\", \"b.txt\"]\nvalues = [\">=40\", \"90\"]\n"),
        ("far", "2015-04-20", "[[absent]]\nrule = \"injured-figures-disagree\"\n"),
    ] {
        let c = fx.join(case);
        std::fs::create_dir_all(&c).unwrap();
        std::fs::write(c.join("manifest.csv"), format!("doc,published\na.txt,2015-03-02\nb.txt,{second_day}\n")).unwrap();
        std::fs::write(c.join("a.txt"), "At least 40 people were injured in the bombing, officials said.\n").unwrap();
        std::fs::write(c.join("b.txt"), "The bombing wounded 90 people, a hospital said.\n").unwrap();
        std::fs::write(c.join("expect.toml"), expect).unwrap();
    }
    claimdiff()
        .current_dir(dir.path())
        .args(["test", "--rules", "my_rules", "my_fixtures"])
        .assert()
        .success()
        .stdout("case far ... ok\ncase near ... ok\n\n2 cases: 2 passed, 0 failed; expected findings: 1 hit, 0 missed; forbidden findings seen: 0; todo: 0 still missing\n");
}

#[test]
fn a_rule_no_case_exercises_fails() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("r");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(
        rules.join("x.toml"),
        "id = \"lonely\"\ncheck = \"cumulative-decrease\"\napplies_to = { kinds = [\"casualties\"] }\nseverity = \"error\"\nmessage = \"{detail}\"\n",
    )
    .unwrap();
    copy_case("cumulative-decrease-quiet", dir.path());
    claimdiff()
        .args(["test", "--rules"])
        .arg(&rules)
        .arg(dir.path().join("cumulative-decrease-quiet"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("rule lonely ... FAILED\n  no case exercises it"));
}
