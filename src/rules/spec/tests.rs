use super::*;

const GOOD: &str = r#"id = "x"
check = "numeric-disagreement"
applies_to = { kinds = ["casualties"] }
severity = "warning"
tolerance = 0.1
window_days = 30
message = "{value_a} vs {value_b}"
"#;

fn err(text: &str) -> String {
    Rule::parse("r.toml", text).unwrap_err().to_string()
}

#[test]
fn parses_a_rule() {
    let r = Rule::parse("r.toml", GOOD).unwrap();
    assert_eq!(r.check, Check::NumericDisagreement);
    assert_eq!(r.params.tolerance, Some(0.1));
    assert!(r.applies(ClaimKind::Casualties, "conflict"));
    assert!(!r.applies(ClaimKind::Injured, "conflict"));
}

#[test]
fn syntax_error_names_line_and_column() {
    let e = err("id = \"x\"\ncheck = = 3\n");
    assert!(e.starts_with("r.toml:2:9: "), "{e}");
}

#[test]
fn unknown_check_lists_the_valid_ones() {
    let e = err(&GOOD.replace("numeric-disagreement", "numeric-disagrement"));
    assert_eq!(e, "r.toml:2:9: unknown check \"numeric-disagrement\"; valid checks: numeric-disagreement, interval-contradiction, cumulative-decrease, implausible-growth, date-disagreement, participant-count-disagreement, list-size-contradiction, membership-conflict, name-variants");
}

#[test]
fn unknown_key_and_wrong_type() {
    let e = err(&GOOD.replace("tolerance = 0.1", "tolerence = 0.1"));
    assert!(e.starts_with("r.toml:5:1: unknown field `tolerence`, expected one of"), "{e}");
    let e = err(&GOOD.replace("tolerance = 0.1", "tolerance = \"ten\""));
    assert!(e.starts_with("r.toml:5:13: invalid type: string \"ten\", expected f64"), "{e}");
}

#[test]
fn parameter_the_check_does_not_take() {
    let e = err(&GOOD.replace("numeric-disagreement", "cumulative-decrease"));
    assert_eq!(e, "r.toml:5:1: check \"cumulative-decrease\" takes no parameters, not \"tolerance\"");
}

#[test]
fn unknown_placeholder() {
    let e = err(&GOOD.replace("{value_b}", "{valeu_b}"));
    assert!(e.starts_with("r.toml:7:11: unknown placeholder {valeu_b} in message; valid: kind, topic"), "{e}");
}

#[test]
fn bundled_rules_load() {
    let set = RuleSet::bundled();
    let ids: Vec<&str> = set.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "casualty-figures-disagree",
            "casualty-intervals-contradict",
            "casualty-toll-decreased",
            "casualty-toll-implausible-rise",
            "entity-name-variants",
            "event-dates-disagree",
            "participant-counts-disagree",
            "participant-in-and-out",
            "participant-list-contradicts-count",
        ]
    );
}

#[test]
fn duplicate_ids_in_a_rules_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), GOOD).unwrap();
    std::fs::write(dir.path().join("b.toml"), GOOD).unwrap();
    let e = RuleSet::load(Some(dir.path())).unwrap_err().to_string();
    let a = dir.path().join("a.toml").display().to_string();
    let b = dir.path().join("b.toml").display().to_string();
    assert_eq!(e, format!("{b}:1:1: duplicate rule id \"x\" (also in {a})"));
}

#[test]
fn a_folder_rule_replaces_a_bundled_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        GOOD.replace("id = \"x\"", "id = \"casualty-figures-disagree\"").replace("0.1", "0.5"),
    )
    .unwrap();
    let set = RuleSet::load(Some(dir.path())).unwrap();
    // Nine bundled rules, one of them replaced: still nine.
    assert_eq!(set.rules.len(), 9);
    assert_eq!(set.rules[0].params.tolerance, Some(0.5));
}
