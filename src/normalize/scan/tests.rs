//! The merged scan, and the news forms the public suites lack.

use super::*;
use crate::settings::Settings;

fn scan(text: &str) -> Vec<Item> {
    let r = Date::new(2014, 1, 13).unwrap();
    Normalizer::new(&Settings::bundled()).scan(text, Some(r))
}

fn day(y: i16, m: i8, d: i8) -> Option<Bound> {
    Some(Bound::Day(Date::new(y, m, d).unwrap()))
}

#[test]
fn war_toll_and_start_date() {
    let items = scan("the war, which has killed more than 100,000 people, since 3 January");
    assert_eq!(items.len(), 2, "{items:?}");
    let n = &items[0];
    assert_eq!((n.text.as_str(), n.start, n.end, n.kind), ("more than 100,000", 26, 43, ItemKind::Number));
    assert_eq!((n.low, n.high, n.low_open), (Some(Bound::Number(100_000.0)), None, true));
    let d = &items[1];
    assert_eq!((d.text.as_str(), d.start, d.end, d.kind), ("3 January", 58, 67, ItemKind::Date));
    assert_eq!((d.low, d.high, d.granularity), (day(2014, 1, 3), day(2014, 1, 3), Some(Granularity::Day)));
}

#[test]
fn jsonl_fields() {
    let items = scan("more than 100,000");
    let json = serde_json::to_string(&items[0]).unwrap();
    assert_eq!(
        json,
        r#"{"text":"more than 100,000","start":0,"end":17,"kind":"number","low":100000,"high":null,"low_open":true,"high_open":false,"anchor":100000,"granularity":null,"qualifier":"gt"}"#
    );
}
