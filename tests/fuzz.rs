//! No input makes claimdiff panic: arbitrary bytes go through the whole
//! pipeline (decode → extract → align → rules → every report format), and
//! arbitrary text through the number, date and duration normalisers, whose
//! intervals must never be inverted.
//!
//! Bounded in `cargo test` (proptest's default of 256 cases per property);
//! longer on demand: `PROPTEST_CASES=100000 cargo test --release --test fuzz`.

use claimdiff::model::{Date, Interval};
use claimdiff::normalize::date::{find_dates, Bias};
use claimdiff::normalize::duration::find_durations;
use claimdiff::normalize::number::NumberReader;
use claimdiff::report;
use claimdiff::rules::RuleSet;
use claimdiff::Options;
use proptest::prelude::*;
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::load(None).unwrap_or_else(|e| panic!("bundled rules: {e}")))
}

/// Low ≤ high, and an interval with equal bounds is closed.
fn well_formed(i: &Interval) -> Result<(), String> {
    if let (Some(l), Some(h)) = (i.low, i.high) {
        if l.is_nan() || h.is_nan() || l > h || (l == h && (i.low_open || i.high_open)) {
            return Err(format!("inverted or empty interval {i:?}"));
        }
    }
    Ok(())
}

/// Words that make claims likely, mixed with numbers and junk.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("killed".to_string()),
        Just("more than".to_string()),
        Just("nearly".to_string()),
        Just("at least".to_string()),
        Just("people".to_string()),
        Just("the war".to_string()),
        Just("since".to_string()),
        Just("January".to_string()),
        Just("tens of thousands of".to_string()),
        Just("injured".to_string()),
        Just("years".to_string()),
        Just("between".to_string()),
        Just("and".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        "[0-9]{1,45}",
        "[0-9]{1,3}(,[0-9]{3}){0,12}(\\.[0-9]{1,3})?",
        "[0-9]{1,2}/[0-9]{1,2}/[0-9]{1,5}",
        "[a-zA-Z\u{e9}\u{201c}\u{201d}=@+\\-]{1,8}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn check_bytes(docs: &[Vec<u8>]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
    for (i, d) in docs.iter().enumerate() {
        std::fs::write(dir.path().join(format!("d{i}.txt")), d).map_err(|e| TestCaseError::fail(e.to_string()))?;
    }
    let options = Options { paths: vec![dir.path().to_path_buf()], max_claims_per_doc: 50, ..Options::default() };
    let report = claimdiff::check_with(&options, rules()).map_err(|e| TestCaseError::fail(e.to_string()))?;
    for c in &report.claims {
        if let Some(q) = c.value.quantity() {
            well_formed(&q.interval).map_err(TestCaseError::fail)?;
        }
    }
    let mut out = Vec::new();
    report::csv::write(&report, &mut out).map_err(|e| TestCaseError::fail(e.to_string()))?;
    report::claims_csv::write(&report.claims, &mut out).map_err(|e| TestCaseError::fail(e.to_string()))?;
    report::text::write(&report, report::text::Style { color: true, elapsed: None }, &mut out)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_bytes_through_the_pipeline(docs in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..400), 1..4)) {
        check_bytes(&docs)?;
    }

    #[test]
    fn newsy_text_through_the_pipeline(docs in proptest::collection::vec(newsy(), 1..4)) {
        let docs: Vec<Vec<u8>> = docs.into_iter().map(String::into_bytes).collect();
        check_bytes(&docs)?;
    }

    #[test]
    fn numbers_never_overflow_or_invert(text in newsy()) {
        let reader = NumberReader::new(&rules().settings);
        for m in reader.find(&text) {
            prop_assert!(m.start <= m.figure.0 && m.figure.1 <= m.end && m.end <= text.len(), "{m:?}");
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(!m.quantity.anchor.is_nan(), "{m:?}");
            well_formed(&m.quantity.interval).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn dates_and_durations_never_invert(text in newsy(), y in 1i16..9999, m in 1i8..=12, d in 1i8..=28, known in any::<bool>()) {
        let reference = known.then(|| Date::new(y, m, d).ok()).flatten();
        for bias in [Bias::Past, Bias::Future, Bias::Nearest] {
            for dm in find_dates(&text, reference, bias, &rules().settings.dates) {
                prop_assert!(dm.start <= dm.end && dm.end <= text.len());
                prop_assert!(dm.value.start <= dm.value.end, "{dm:?} in {text:?}");
            }
        }
        for dm in find_durations(&text, &rules().settings) {
            prop_assert!(dm.start <= dm.end && dm.end <= text.len());
            well_formed(&dm.days.interval).map_err(TestCaseError::fail)?;
        }
    }
}

#[test]
fn a_forty_digit_number_is_a_huge_claim() {
    let reader = NumberReader::new(&rules().settings);
    let text = "The war killed 1234567890123456789012345678901234567890 people.";
    let found = reader.find(text);
    assert_eq!(found.len(), 1);
    let q = found[0].quantity;
    // 1.23456789…e39, as close as an f64 gets.
    assert!((q.anchor - 1.2345678901234568e39).abs() < 1e24, "{q:?}");
    assert_eq!(q.interval.low, Some(q.anchor));
    assert_eq!(q.interval.high, Some(q.anchor));
}
