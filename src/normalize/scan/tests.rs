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
    assert_eq!(items.len(), 3, "{items:?}");
    let n = &items[0];
    assert_eq!((n.text.as_str(), n.start, n.end, n.kind), ("more than 100,000", 26, 43, ItemKind::Number));
    assert_eq!((n.low, n.high, n.low_open), (Some(Bound::Number(100_000.0)), None, true));
    // "since" opens the range from the day on; the day itself stays an item.
    let open = &items[1];
    assert_eq!((open.text.as_str(), open.start, open.end, open.kind), ("since 3 January", 52, 67, ItemKind::Daterange));
    assert_eq!((open.low, open.high), (day(2014, 1, 3), None));
    let d = &items[2];
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

/// `(kind, text, low, high, low_open, high_open)` of the only item in `text`.
fn only(text: &str) -> (ItemKind, String, String, String, bool, bool) {
    let items = scan(text);
    assert_eq!(items.len(), 1, "{text}: {items:?}");
    let i = &items[0];
    let b = |x: Option<Bound>| x.map_or("inf".to_string(), |b| b.display());
    (i.kind, i.text.clone(), b(i.low), b(i.high), i.low_open, i.high_open)
}

fn row(
    kind: ItemKind,
    text: &str,
    low: &str,
    high: &str,
    lo: bool,
    ho: bool,
) -> (ItemKind, String, String, String, bool, bool) {
    (kind, text.to_string(), low.to_string(), high.to_string(), lo, ho)
}

#[test]
fn news_numbers() {
    use ItemKind::Number;
    assert_eq!(only("has left more 130,000 dead"), row(Number, "more 130,000", "130000", "inf", true, false));
    assert_eq!(only("the 11-nation group"), row(Number, "11", "11", "11", false, false));
    assert_eq!(only("tens of thousands fled"), row(Number, "tens of thousands", "20000", "99999", false, false));
    assert_eq!(
        only("at least 1.2 million people"),
        row(Number, "at least 1.2 million", "1200000", "inf", false, false)
    );
    assert_eq!(only("Forty countries attended"), row(Number, "Forty", "40", "40", false, false));
    assert_eq!(only("a dozen states"), row(Number, "a dozen", "12", "12", false, false));
    assert_eq!(only("fifty   two"), row(Number, "fifty   two", "52", "52", false, false));
    assert_eq!(only("fell to -3 overnight"), row(Number, "-3", "-3", "-3", false, false));
}

#[test]
fn news_durations() {
    // Three years = 3 × 365 = 1095 days; nearly = [1095 × 0.9, 1095).
    assert_eq!(
        only("in nearly three years"),
        row(ItemKind::Duration, "nearly three years", "985.5", "1095", false, true)
    );
}

#[test]
fn news_dates() {
    use ItemKind::Date;
    // Reference Monday 2014-01-13; a date without a year leans to the past.
    assert_eq!(only("on Jan. 22, 2014"), row(Date, "Jan. 22, 2014", "2014-01-22", "2014-01-22", false, false));
    assert_eq!(only("on Jan. 22"), row(Date, "Jan. 22", "2013-01-22", "2013-01-22", false, false));
    assert_eq!(only("on 3 January"), row(Date, "3 January", "2014-01-03", "2014-01-03", false, false));
    assert_eq!(only("Update 2/10/2014"), row(Date, "2/10/2014", "2014-02-10", "2014-02-10", false, false));
    assert_eq!(
        only("Saturday 22 July 2017"),
        row(Date, "Saturday 22 July 2017", "2017-07-22", "2017-07-22", false, false)
    );
    assert_eq!(only("7 May, 2013 19:58"), row(Date, "7 May, 2013", "2013-05-07", "2013-05-07", false, false));
    // The Friday strictly before Monday 13 January.
    assert_eq!(only("met last Friday"), row(Date, "last Friday", "2014-01-10", "2014-01-10", false, false));
    // mid-March = days 11–20 of the most recent March.
    assert_eq!(only("by mid-March"), row(Date, "mid-March", "2013-03-11", "2013-03-20", false, false));
    // early year = January–April.
    assert_eq!(only("in early 2013"), row(Date, "early 2013", "2013-01-01", "2013-04-30", false, false));
}

#[test]
fn text_line() {
    let items = scan("more than 100,000");
    assert_eq!(items[0].display(), "0..17\tnumber\t\"more than 100,000\"\t(100000, ∞)\tanchor 100000\tgt");
}
