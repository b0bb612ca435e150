//! Unit tests for the range, composition and anchored-offset forms
//! (parse/ranges.rs and its siblings), against Thursday 23 January 2014.
//! Kept apart from tests.rs so that each group of forms has its own file.

use super::*;
use crate::model::Granularity::{self, *};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn find(text: &str) -> Vec<DateMatch> {
    find_dates(text, Some(d("2014-01-23")), Bias::Past, &DateSettings::default())
}

/// Asserts exactly one match with this span, interval, granularity and kind.
#[track_caller]
fn one(text: &str, span: &str, iv: (&str, &str), g: Granularity, kind: DateKind) {
    let ms = find(text);
    assert_eq!(ms.len(), 1, "{text:?}: {ms:?}");
    let m = ms[0];
    assert_eq!(&text[m.start..m.end], span, "{text:?}");
    assert_eq!((m.value.start, m.value.end), (d(iv.0), d(iv.1)), "{text:?}");
    assert_eq!(m.value.granularity, g, "{text:?}");
    assert_eq!(m.kind, kind, "{text:?}");
}

#[track_caller]
fn range(text: &str, span: &str, iv: (&str, &str), g: Granularity) {
    one(text, span, iv, g, DateKind::Range);
}

#[track_caller]
fn spans(text: &str) -> Vec<&str> {
    find(text).iter().map(|m| &text[m.start..m.end]).collect()
}

#[test]
fn month_ranges_with_loose_months() {
    range("Fighting raged from Sep to Nov in the north", "from Sep to Nov", ("2013-09-01", "2013-11-30"), Month);
    range("protests between august and october", "between august and october", ("2013-08-01", "2013-10-31"), Month);
    range("talks ran Jan-Feb 2014 in Geneva", "Jan-Feb 2014", ("2014-01-01", "2014-02-28"), Month);
    // The start takes the year before when it would come after the end.
    range("the siege lasted Nov-Feb 2014", "Nov-Feb 2014", ("2013-11-01", "2014-02-28"), Month);
    range("sales from april to June in 2012 fell", "from april to June in 2012", ("2012-04-01", "2012-06-30"), Month);
    range(
        "from april in 2011 to June in 2012",
        "from april in 2011 to June in 2012",
        ("2011-04-01", "2012-06-30"),
        Month,
    );
    range(
        "on 26 june in 2012 to 28 june in 2013",
        "26 june in 2012 to 28 june in 2013",
        ("2012-06-26", "2013-06-28"),
        Day,
    );
    range(
        "from june 26th of 2012 to june the 28th 2012",
        "from june 26th of 2012 to june the 28th 2012",
        ("2012-06-26", "2012-06-28"),
        Day,
    );
    // "may" the verb and a lone lower-case month stay out.
    assert!(spans("they may march to the capital").is_empty());
}

#[test]
fn spelled_day_ranges() {
    range(
        "off from the ninth till the seventeenth of January",
        "from the ninth till the seventeenth of January",
        ("2014-01-09", "2014-01-17"),
        Day,
    );
    range(
        "between ninth and seventeenth of January",
        "between ninth and seventeenth of January",
        ("2014-01-09", "2014-01-17"),
        Day,
    );
    range(
        "closed January ninth through seventeenth",
        "January ninth through seventeenth",
        ("2014-01-09", "2014-01-17"),
        Day,
    );
}

#[test]
fn numeric_ranges() {
    range("from 10/1 to 11/7", "from 10/1 to 11/7", ("2013-10-01", "2013-11-07"), Day);
    range("the vote ran from 5/1-5/7, 2013.", "from 5/1-5/7, 2013", ("2013-05-01", "2013-05-07"), Day);
    range("from 10-1-2013-10-7-2013", "from 10-1-2013-10-7-2013", ("2013-10-01", "2013-10-07"), Day);
    range("The period is 10/1-11/2/2013", "10/1-11/2/2013", ("2013-10-01", "2013-11-02"), Day);
    // Scores and fractions are no dates.
    assert!(spans("the score went from 2-1 to 3-1").is_empty());
    assert!(spans("support fell from 1/2 to 1/3 of voters").is_empty());
}

#[test]
fn year_ranges() {
    range("The range is 2010~2012.", "2010~2012", ("2010-01-01", "2012-12-31"), Year);
    range("between 2010 through 2012", "between 2010 through 2012", ("2010-01-01", "2012-12-31"), Year);
    range("from 2007 to the end of 2008", "from 2007 to the end of 2008", ("2007-01-01", "2008-12-31"), Year);
    range("in 2010 through May 2nd 2012", "2010 through May 2nd 2012", ("2010-01-01", "2012-05-02"), Year);
    assert_eq!(spans("sales from 2010 and 2011"), ["2010", "2011"]);
}

#[test]
fn ranges_to_now() {
    range("between now and March 15th", "between now and March 15th", ("2014-01-23", "2014-03-15"), Day);
    range("between Jan 2013 and now", "between Jan 2013 and now", ("2013-01-01", "2014-01-23"), Month);
    range("from 2010-01-01 till current date", "from 2010-01-01 till current date", ("2010-01-01", "2014-01-23"), Day);
    range("casualties from March to date", "from March to date", ("2013-03-01", "2014-01-23"), Month);
}

#[track_caller]
fn date(text: &str, span: &str, day: &str) {
    one(text, span, (day, day), Day, DateKind::Date);
}

#[test]
fn weekday_with_a_week() {
    date("talks resume next week Wednesday", "next week Wednesday", "2014-01-29");
    date("we met on Tuesday of last week", "Tuesday of last week", "2014-01-14");
    date("it opened this week Monday", "this week Monday", "2014-01-20");
    date("due on monday of the following week", "monday of the following week", "2014-01-27");
    date("next week on Tuesday, the envoy said", "next week on Tuesday", "2014-01-28");
}

#[test]
fn weekday_with_a_written_day() {
    date("talks on Friday 1.17 failed", "Friday 1.17", "2014-01-17");
    date("on Friday 2014-1-17 the talks failed", "Friday 2014-1-17", "2014-01-17");
    date("set for this Friday (Jan-17) in Geneva", "this Friday (Jan-17)", "2014-01-17");
    // "this" keeps the reference's year, "next" takes the next such day.
    date("due this 5/12 at noon", "this 5/12", "2014-05-12");
    date("due next 1/12 at noon", "next 1/12", "2015-01-12");
    date("due next 6th of April", "next 6th of April", "2014-04-06");
    // A count after a weekday is no day of the month.
    assert_eq!(spans("on Friday 21 people died"), ["Friday"]);
}

#[test]
fn weekday_with_an_offset() {
    // Two weeks from Thursday 23 January is Thursday 6 February: that week's Monday.
    date("back Monday two weeks from now.", "Monday two weeks from now", "2014-02-03");
    // Two months from today is Sunday 23 March; the first Tuesday on or after it.
    date("back two months from today on Tuesday.", "two months from today on Tuesday", "2014-03-25");
    assert_eq!(spans("on Friday 3 days after the attack"), ["Friday"]);
}

#[test]
fn spans_from_a_named_day() {
    range("a truce for 3 days from today", "for 3 days from today", ("2014-01-23", "2014-01-25"), Day);
    range("a truce for 1 week, from 20th Jan", "for 1 week, from 20th Jan", ("2014-01-20", "2014-01-26"), Day);
    // Read from the count as one phrase (a date whose days run on), as "the last 3 months" is.
    one(
        "a ceasefire for a week starting tomorrow",
        "a week starting tomorrow",
        ("2014-01-24", "2014-01-30"),
        Day,
        DateKind::Date,
    );
    one(
        "talks for 2 weeks starting January 6th",
        "2 weeks starting January 6th",
        ("2014-01-06", "2014-01-19"),
        Day,
        DateKind::Date,
    );
    one(
        "in the week beginning January 6",
        "the week beginning January 6",
        ("2014-01-06", "2014-01-12"),
        Week,
        DateKind::Date,
    );
    one("meet w/c Jan 6.", "w/c Jan 6", ("2014-01-06", "2014-01-12"), Week, DateKind::Date);
    assert!(spans("a truce for 3 days from the start").is_empty());
    assert!(spans("held for a week").is_empty());
}

#[test]
fn ordinal_days_of_a_month() {
    date("due on the 15th day of next month", "the 15th day of next month", "2014-02-15");
    date("before the thirty-first day of the month", "the thirty-first day of the month", "2014-01-31");
    date("on the twenty third day of September 2013", "the twenty third day of September 2013", "2013-09-23");
    // The 18th of the nearest month at or before the reference: Saturday 18 January.
    one("set up for the week of the 18th.", "the week of the 18th", ("2014-01-13", "2014-01-19"), Week, DateKind::Date);
}
