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
