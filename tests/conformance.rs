//! Conformance: the normalisers held to public test suites written by
//! others — Microsoft Recognizers-Text's English specs (NumberModel,
//! NumberRangeModel, OrdinalModel, and DateTimeModel restricted to cases
//! whose expected results are all dates or date ranges) and the TempEval-3
//! platinum corpus (each document's DATE TIMEX3 values against its DCT).
//!
//! Every case runs through [`Normalizer::scan`], the code behind
//! `claimdiff normalize`. A case passes when every expected result is found
//! with the same span (ignoring case and surrounding spaces) and the same
//! value. Cases where claimdiff deliberately differs are listed in
//! `tests/conformance/differences.toml`, each naming a reason said once in
//! its `[reasons]` table; they pass only through that list, and an entry
//! whose case passes (or fails to exist) on its own is an error, so the list
//! stays true. For the reasons the test can check (a range's named end
//! included), a listed case passes only when claimdiff reads it the way the
//! reason says. The pass rates are a ratchet: each
//! must stay at or above its floor in `tests/conformance/floors.toml`.
//!
//! The suites live in `../shared` beside the repository; without it the
//! test says so and passes. `CONFORMANCE_DUMP=1` prints every failing case.

use claimdiff::model::Date;
use claimdiff::normalize::scan::{Bound, Item, ItemKind, Normalizer};
use claimdiff::settings::Settings;
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const SUITES: [&str; 5] = ["NumberModel", "NumberRangeModel", "OrdinalModel", "DateTimeModel", "TE3-platinum"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Differences {
    /// Reason id → the reason, said once.
    reasons: BTreeMap<String, String>,
    difference: Vec<Difference>,
}

/// One case where claimdiff deliberately reads differently.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Difference {
    suite: String,
    input: String,
    /// The case's reference date, for an input the suite gives twice
    /// with different references (absent: every case of the input).
    reference: Option<Date>,
    /// A key of `reasons`.
    reason: String,
}

/// A listed case's key: suite, input, and the reference when given.
type Key = (String, String, Option<Date>);

/// Reasons whose reading the test checks: a case listed under one passes
/// only when claimdiff reads it the way the reason says.
fn reading_of(reason: &str) -> Reading {
    match reason {
        "date-range-end-included" => Reading::DateEndIncluded,
        "number-range-ends-included" => Reading::NumberEndIncluded,
        _ => Reading::AsListed,
    }
}

/// How a listed case must read.
#[derive(Clone, Copy, PartialEq)]
enum Reading {
    /// The suite's value exactly (a case that is not listed).
    Suite,
    /// The suite's date range with its last named unit included: the same
    /// start, a later end within a year of the suite's.
    DateEndIncluded,
    /// The suite's number range with its upper end closed.
    NumberEndIncluded,
    /// Anything: the reason is not one the test can check.
    AsListed,
}

/// One expected result.
struct Expected {
    /// The text as the suite writes it.
    text: String,
    /// Start (char offset) in the input.
    start: usize,
    /// Accepted values: any of them passes.
    values: Vec<Want>,
}

/// An expected value.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    /// A number, ordinal or number range: bounds and openness.
    Interval { low: Option<f64>, high: Option<f64>, low_open: bool, high_open: bool },
    /// Days (inclusive).
    Days(Date, Date),
    /// Days open on one side (inclusive bound; `None`: unbounded): "since
    /// 2010" is `Open(Some(2010-01-01), None)`, "before 2018" is
    /// `Open(None, Some(2017-12-31))`.
    Open(Option<Date>, Option<Date>),
    /// A value we cannot represent (PRESENT_REF, "not resolved", relative ordinals…).
    Other(String),
}

/// One case of a suite.
struct Case {
    /// The case's name in differences.toml (the input; for TE3 `FILE: timex text`).
    input: String,
    /// The text scanned (the input; for TE3 the whole document).
    text: String,
    reference: Option<Date>,
    expected: Vec<Expected>,
}

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn here(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance").join(name)
}

fn read_json(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn field<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    v.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

fn str_field(v: &Value, name: &str) -> String {
    field(v, name).and_then(Value::as_str).unwrap_or("").to_string()
}

fn not_for_dotnet(case: &Value) -> bool {
    ["NotSupported", "NotSupportedByDesign"].iter().any(|f| str_field(case, f).to_ascii_lowercase().contains("dotnet"))
}

fn date(s: &str) -> Option<Date> {
    s.get(..10)?.parse().ok()
}

/// `(20,35]`, `[30,)`, `(,700]`.
fn parse_range(s: &str) -> Option<Want> {
    let s = s.trim();
    let low_open = s.starts_with('(');
    let high_open = s.ends_with(')');
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (l, h) = inner.split_once(',')?;
    let num = |x: &str| if x.trim().is_empty() { Ok(None) } else { x.trim().parse::<f64>().map(Some) };
    let (low, high) = (num(l).ok()?, num(h).ok()?);
    Some(Want::Interval { low, high, low_open: low.is_some() && low_open, high_open: high.is_some() && high_open })
}

/// Loads a Recognizers-Text model file; `keep` says which results a case may hold.
fn load_rt(path: &Path, keep: &dyn Fn(&str) -> bool) -> Vec<Case> {
    let mut cases = Vec::new();
    for c in read_json(path) {
        if not_for_dotnet(&c) {
            continue;
        }
        let results = field(&c, "Results").and_then(Value::as_array).cloned().unwrap_or_default();
        if results.is_empty() || !results.iter().all(|r| keep(&str_field(r, "TypeName"))) {
            continue;
        }
        let reference = field(&c, "Context").map(|x| str_field(x, "ReferenceDateTime")).and_then(|s| date(&s));
        let expected = results
            .iter()
            .map(|r| {
                let res = field(r, "Resolution").cloned().unwrap_or(Value::Null);
                let kind = str_field(r, "TypeName");
                let values = rt_values(&kind, &res);
                Expected {
                    text: str_field(r, "Text"),
                    start: field(r, "Start").and_then(Value::as_u64).unwrap_or(0) as usize,
                    values,
                }
            })
            .collect();
        let input = str_field(&c, "Input");
        cases.push(Case { text: input.clone(), input, reference, expected });
    }
    cases
}

fn rt_values(kind: &str, res: &Value) -> Vec<Want> {
    let value = str_field(res, "value");
    match kind {
        "number" | "ordinal" => vec![match value.parse::<f64>() {
            Ok(v) => Want::Interval { low: Some(v), high: Some(v), low_open: false, high_open: false },
            Err(_) => Want::Other(value),
        }],
        "numberrange" => vec![parse_range(&value).unwrap_or(Want::Other(value))],
        "ordinal.relative" => vec![Want::Other(value)],
        _ => {
            let values = field(res, "values").and_then(Value::as_array).cloned().unwrap_or_default();
            values
                .iter()
                .map(|v| {
                    let modifier = str_field(v, "Mod");
                    if !modifier.is_empty() {
                        return mod_value(&modifier, v);
                    }
                    match (date(&str_field(v, "value")), date(&str_field(v, "start")), date(&str_field(v, "end"))) {
                        (Some(d), _, _) => Want::Days(d, d),
                        // Recognizers-Text ends are exclusive.
                        (None, Some(s), Some(e)) => Want::Days(s, e.yesterday().unwrap_or(e)),
                        _ => Want::Other(str_field(v, "timex")),
                    }
                })
                .collect()
        }
    }
}

/// A value with a modifier. Recognizers-Text ends are exclusive, except
/// an "until" a single day (`"as late as tomorrow"`), which names its day.
/// "since"/"after" (also "since-end", "after-mid"…) give the first day
/// (after a single day: the day after it),
/// "before"/"until" the last; "start"/"mid"/"end" of a period give the
/// part as a closed range of days.
fn mod_value(modifier: &str, v: &Value) -> Want {
    let (start, end) = (date(&str_field(v, "start")), date(&str_field(v, "end")));
    let point = str_field(v, "sourceEntity") == "datetimepoint";
    let before = |e: Date| e.yesterday().unwrap_or(e);
    let head = modifier.split('-').next().unwrap_or("");
    match (head, start, end) {
        // "after" a day is from the next day; "after" a period starts past its end already.
        ("after", Some(s), None) if point => Want::Open(Some(s.tomorrow().unwrap_or(s)), None),
        ("since" | "after", Some(s), None) => Want::Open(Some(s), None),
        ("before", None, Some(e)) => Want::Open(None, Some(before(e))),
        ("until", None, Some(e)) => Want::Open(None, Some(if point { e } else { before(e) })),
        ("start" | "mid" | "end", Some(s), Some(e)) => Want::Days(s, before(e)),
        _ => Want::Other(format!("{modifier} {}", str_field(v, "timex"))),
    }
}

/// A TIMEX3 value as days: `2013-03-21`, `2013-03`, `2013`, `201` (decade),
/// `19` (century), `2013-W11`, `2013-Q1`, `2012-SU`.
fn timex_days(v: &str) -> Option<(Date, Date)> {
    let ymd = |y: i16, m: i8, d: i8| Date::new(y, m, d).ok();
    let year = |s: &str| s.parse::<i16>().ok();
    let parts: Vec<&str> = v.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 => Some((ymd(year(y)?, 1, 1)?, ymd(year(y)?, 12, 31)?)),
        [y] if y.len() == 3 => Some((ymd(year(y)? * 10, 1, 1)?, ymd(year(y)? * 10 + 9, 12, 31)?)),
        [y] if y.len() == 2 => Some((ymd(year(y)? * 100, 1, 1)?, ymd(year(y)? * 100 + 99, 12, 31)?)),
        [y, m] if m.starts_with('W') => {
            let w: i8 = m[1..].parse().ok()?;
            let monday = jiff::civil::ISOWeekDate::new(year(y)?, w, jiff::civil::Weekday::Monday).ok()?.date();
            Some((monday, monday.checked_add(jiff::Span::new().days(6)).ok()?))
        }
        [y, q] if q.starts_with('Q') => {
            let q: i8 = q[1..].parse().ok()?;
            let s = ymd(year(y)?, 3 * q - 2, 1)?;
            Some((s, s.checked_add(jiff::Span::new().months(3)).ok()?.yesterday().ok()?))
        }
        [y, s] if s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase()) => {
            let y = year(y)?;
            let (from, to) = match *s {
                "SP" => (ymd(y, 3, 1)?, ymd(y, 5, 31)?),
                "SU" => (ymd(y, 6, 1)?, ymd(y, 8, 31)?),
                "FA" => (ymd(y, 9, 1)?, ymd(y, 11, 30)?),
                "WI" => (ymd(y, 12, 1)?, ymd(y + 1, 3, 1)?.yesterday().ok()?),
                _ => return None,
            };
            Some((from, to))
        }
        [y, m] => {
            let s = ymd(year(y)?, m.parse().ok()?, 1)?;
            Some((s, s.last_of_month()))
        }
        [y, m, d] => {
            let s = ymd(year(y)?, m.parse().ok()?, d.parse().ok()?)?;
            Some((s, s))
        }
        _ => None,
    }
}

/// Unescapes the five XML entities.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// The attribute `name` of a tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[at..].find('"')?;
    Some(tag[at..at + len].to_string())
}

/// One TimeML document → one case per DATE TIMEX3 in its TEXT, sharing the
/// plain text (tags stripped) as input.
fn load_te3(dir: &Path) -> Vec<Case> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "tml"));
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let xml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let dct = xml
            .split("<TIMEX3")
            .find(|t| t.contains("CREATION_TIME"))
            .and_then(|t| attr(t, "value"))
            .and_then(|v| date(&v));
        let Some(body) = xml.split_once("<TEXT>").and_then(|(_, b)| b.split_once("</TEXT>")).map(|(b, _)| b) else {
            continue;
        };
        // Strip tags, keeping the DATE timexes' spans (in chars of the plain text).
        let mut plain = String::new();
        let mut timexes = Vec::new();
        let mut open: Option<(usize, String)> = None;
        let mut rest = body;
        while let Some(lt) = rest.find('<') {
            plain.push_str(&unescape(&rest[..lt]));
            let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
            let tag = &rest[lt..gt];
            if tag.starts_with("<TIMEX3") {
                let is_date = attr(tag, "type").as_deref() == Some("DATE");
                open = is_date.then(|| (plain.chars().count(), attr(tag, "value").unwrap_or_default()));
            } else if tag.starts_with("</TIMEX3") {
                if let Some((s, v)) = open.take() {
                    let text: String = plain.chars().skip(s).collect();
                    timexes.push((s, text, v));
                }
            }
            rest = &rest[gt..];
        }
        plain.push_str(&unescape(rest));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for (start, text, value) in timexes {
            let want = match timex_days(&value) {
                Some((s, e)) => Want::Days(s, e),
                None => Want::Other(value),
            };
            cases.push(Case {
                input: format!("{name}: {text}"),
                text: plain.clone(),
                reference: dct,
                expected: vec![Expected { text, start, values: vec![want] }],
            });
        }
    }
    cases
}

/// Which of our kinds can answer a suite.
fn kinds(suite: &str) -> &'static [ItemKind] {
    match suite {
        "NumberModel" => &[ItemKind::Number],
        "NumberRangeModel" => &[ItemKind::Number, ItemKind::Range],
        "OrdinalModel" => &[ItemKind::Ordinal],
        _ => &[ItemKind::Date, ItemKind::Daterange],
    }
}

fn matches_value(item: &Item, want: &Want) -> bool {
    let num = |b: Option<Bound>| match b {
        Some(Bound::Number(v)) => Some(v),
        _ => None,
    };
    let day = |b: Option<Bound>| match b {
        Some(Bound::Day(d)) => Some(d),
        _ => None,
    };
    match want {
        Want::Interval { low, high, low_open, high_open } => {
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
                (None, None) => true,
                _ => false,
            };
            if low == high && !low_open && !high_open && item.kind != ItemKind::Range {
                // A plain number: the figure as written.
                return close(num(item.anchor), *low);
            }
            close(num(item.low), *low)
                && close(num(item.high), *high)
                && (low.is_none() || item.low_open == *low_open)
                && (high.is_none() || item.high_open == *high_open)
        }
        Want::Days(s, e) => {
            let (Some(lo), Some(hi)) = (day(item.low), day(item.high)) else { return false };
            (lo, hi) == (*s, *e)
                // A part of a period ("early 2013") read inside the period the gold names.
                || (item.granularity == Some(claimdiff::model::Granularity::Part) && *s <= lo && hi <= *e)
        }
        Want::Open(lo, hi) => {
            item.kind == ItemKind::Daterange
                && (lo.is_some() || hi.is_some())
                && day(item.low) == *lo
                && day(item.high) == *hi
        }
        Want::Other(_) => false,
    }
}

/// Whether `item` reads `want` the way `reading` says.
fn reads_as(item: &Item, want: &Want, reading: Reading) -> bool {
    if matches_value(item, want) {
        return true;
    }
    match (reading, want) {
        (Reading::DateEndIncluded, Want::Days(s, e)) => {
            let (Some(Bound::Day(lo)), Some(Bound::Day(hi))) = (item.low, item.high) else { return false };
            let year_later = e.checked_add(jiff::Span::new().days(366)).unwrap_or(*e);
            lo == *s && *e < hi && hi <= year_later
        }
        (Reading::NumberEndIncluded, Want::Interval { low, high, low_open, high_open: true }) => {
            let open = Want::Interval { low: *low, high: *high, low_open: *low_open, high_open: false };
            item.kind == ItemKind::Range && matches_value(item, &open)
        }
        _ => false,
    }
}

/// Whether every expected result is found.
fn passes(suite: &str, case: &Case, items: &[Item], text: &str) -> bool {
    passes_as(suite, case, items, text, Reading::Suite)
}

/// Whether every expected result is found, read as `reading` says.
fn passes_as(suite: &str, case: &Case, items: &[Item], text: &str, reading: Reading) -> bool {
    case.expected.iter().all(|exp| {
        let want_text = exp.text.trim().to_lowercase();
        let lead = exp.text.len() - exp.text.trim_start().len();
        let want_start = exp.start + exp.text[..lead].chars().count();
        items.iter().filter(|i| kinds(suite).contains(&i.kind)).any(|i| {
            let start = text[..i.start].chars().count();
            let lead = i.text.len() - i.text.trim_start().len();
            i.text.trim().to_lowercase() == want_text
                && start + i.text[..lead].chars().count() == want_start
                && exp.values.iter().any(|w| reads_as(i, w, reading))
        })
    })
}

fn describe(case: &Case, items: &[Item]) -> String {
    let want: Vec<String> = case.expected.iter().map(|e| format!("{:?}={:?}", e.text, e.values)).collect();
    let got: Vec<String> = items.iter().map(|i| i.display()).collect();
    format!("want {}\n      got  {}", want.join("; "), got.join(" | "))
}

#[test]
fn public_suites() {
    let root = shared();
    if !root.join("conformance/recognizers-text").is_dir() {
        eprintln!("conformance: skipped, {} is absent (the suites live beside the repository)", root.display());
        return;
    }
    let differences: Differences =
        toml::from_str(&std::fs::read_to_string(here("differences.toml")).expect("differences.toml"))
            .unwrap_or_else(|e| panic!("tests/conformance/differences.toml: {}", e.message()));
    let floors: BTreeMap<String, f64> =
        toml::from_str(&std::fs::read_to_string(here("floors.toml")).expect("floors.toml"))
            .expect("floors.toml parses");
    // A case may need two reasons (a past-bias placement and an included end).
    let mut listed: BTreeMap<Key, Vec<&str>> = BTreeMap::new();
    for d in &differences.difference {
        listed.entry((d.suite.clone(), d.input.clone(), d.reference)).or_default().push(d.reason.as_str());
    }
    for (id, text) in &differences.reasons {
        assert!(!text.trim().is_empty(), "reason {id} in differences.toml is empty");
        assert!(
            differences.difference.iter().any(|d| &d.reason == id),
            "reason {id} in differences.toml is given for no case: remove it"
        );
    }
    for d in &differences.difference {
        assert!(
            differences.reasons.contains_key(&d.reason),
            "difference {:?} in {} names the reason {:?}, which [reasons] does not list",
            d.input,
            d.suite,
            d.reason
        );
    }
    let rt = root.join("conformance/recognizers-text");
    let normalizer = Normalizer::new(&Settings::bundled());
    let dump = std::env::var_os("CONFORMANCE_DUMP").is_some();
    let mut problems = Vec::new();
    let mut seen: BTreeSet<Key> = BTreeSet::new();
    // Written to stderr directly (not with println!) so that `cargo test` shows the table even when the test passes.
    let mut table = String::from("\nconformance pass rates\n| suite | cases | pass | through differences | rate | floor |\n|---|---|---|---|---|---|\n");
    for suite in SUITES {
        let cases = match suite {
            "NumberModel" => load_rt(&rt.join("NumberModel.json"), &|k| k == "number"),
            "NumberRangeModel" => load_rt(&rt.join("NumberRangeModel.json"), &|k| k == "numberrange"),
            "OrdinalModel" => load_rt(&rt.join("OrdinalModel.json"), &|k| k.starts_with("ordinal")),
            "DateTimeModel" => {
                load_rt(&rt.join("DateTimeModel.json"), &|k| k == "datetimeV2.date" || k == "datetimeV2.daterange")
            }
            _ => load_te3(&root.join("corpora/te3-platinum")),
        };
        let (mut pass, mut through) = (0, 0);
        for case in &cases {
            let text = &case.text;
            let items = normalizer.scan(text, case.reference);
            let ok = passes(suite, case, &items, text);
            let dated = (suite.to_string(), case.input.clone(), case.reference);
            let key = if listed.contains_key(&dated) { dated } else { (suite.to_string(), case.input.clone(), None) };
            let reasons = listed.get(&key).cloned().unwrap_or_default();
            seen.insert(key);
            match (ok, !reasons.is_empty()) {
                (true, false) => pass += 1,
                (false, true) => {
                    // Checked only when every reason given is one the test can check.
                    let readings: Vec<Reading> = reasons.iter().map(|r| reading_of(r)).collect();
                    if readings.contains(&Reading::AsListed)
                        || readings.iter().any(|&r| passes_as(suite, case, &items, text, r))
                    {
                        through += 1;
                    } else {
                        problems.push(format!(
                            "{suite}: {:?} is listed as {}, but claimdiff does not read it so\n      {}",
                            case.input,
                            reasons.join(" + "),
                            describe(case, &items)
                        ));
                    }
                }
                (true, true) => {
                    problems.push(format!("{suite}: {:?} passes now: remove it from differences.toml", case.input))
                }
                (false, false) => {
                    if dump {
                        println!("FAIL {suite}: {:?}\n      {}", case.input, describe(case, &items));
                    }
                }
            }
        }
        let rate = if cases.is_empty() { 0.0 } else { (pass + through) as f64 / cases.len() as f64 };
        let floor = floors.get(suite).copied().unwrap_or(0.0);
        table.push_str(&format!(
            "| {suite} | {} | {pass} | {through} | {:.1}% | {:.1}% |\n",
            cases.len(),
            rate * 100.0,
            floor * 100.0
        ));
        if rate + 1e-9 < floor {
            problems.push(format!(
                "{suite}: pass rate {:.1}% fell below its floor {:.1}%",
                rate * 100.0,
                floor * 100.0
            ));
        }
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), table.as_bytes());
    for (suite, input, _) in listed.keys().filter(|k| !seen.contains(*k)) {
        problems.push(format!("differences.toml lists {input:?} for {suite}, which is no case of that suite"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
