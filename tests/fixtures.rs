//! Every rule regression case in `fixtures/`, through the same code path as
//! `claimdiff test`: CI fails when a rule regresses.

use std::path::Path;

#[test]
fn all_fixtures_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let summary = claimdiff::testing::run(&dir, None).expect("fixtures load");
    let mut out = Vec::new();
    claimdiff::testing::render::write(&summary, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    println!("{text}");
    assert!(summary.passed(), "fixture cases failed:\n{text}");
    assert!(summary.cases.len() >= 8, "{text}");
}
