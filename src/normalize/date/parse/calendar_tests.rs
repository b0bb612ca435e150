//! Tests of the calendar vocabulary: holidays, weeks and months of a
//! period, business days, fortnights, decades, compact and spelled dates,
//! periods named with an article. Exact spans and days, against
//! Thursday 23 January 2014 unless a test says otherwise.

use super::super::{find_dates, Bias, DateKind, DateMatch};
use super::holidays::{easter, Holidays, HOLIDAYS};
use crate::model::{Date, Granularity};
use crate::settings::DateSettings;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn find_at(text: &str, reference: &str) -> Vec<DateMatch> {
    find_dates(text, Some(d(reference)), Bias::Past, &DateSettings::default())
}

/// Exactly one match: its span, days and granularity.
#[track_caller]
fn one_at(reference: &str, text: &str, span: &str, iv: (&str, &str), g: Granularity) {
    let ms = find_at(text, reference);
    assert_eq!(ms.len(), 1, "{text:?}: {ms:?}");
    let m = ms[0];
    assert_eq!(&text[m.start..m.end], span, "{text:?}");
    assert_eq!((m.value.start, m.value.end), (d(iv.0), d(iv.1)), "{text:?}");
    assert_eq!(m.value.granularity, g, "{text:?}");
    assert_eq!(m.kind, DateKind::Date, "{text:?}");
}

#[track_caller]
fn one(text: &str, span: &str, iv: (&str, &str), g: Granularity) {
    one_at("2014-01-23", text, span, iv, g);
}

#[track_caller]
fn day(text: &str, span: &str, date: &str) {
    one(text, span, (date, date), Granularity::Day);
}

#[track_caller]
fn none(text: &str) {
    let ms = find_at(text, "2014-01-23");
    assert!(ms.is_empty(), "{text:?}: {ms:?}");
}

#[test]
fn easter_by_the_computus() {
    // Known Easter Sundays (Gregorian).
    for (y, e) in [
        (2008, "2008-03-23"),
        (2011, "2011-04-24"),
        (2014, "2014-04-20"),
        (2018, "2018-04-01"),
        (2019, "2019-04-21"),
        (2038, "2038-04-25"),
    ] {
        assert_eq!(easter(y), Some(d(e)), "{y}");
    }
}

#[test]
fn the_bundled_table_parses_and_bad_entries_are_named() {
    assert!(HOLIDAYS.first_words().any(|w| w == "thanksgiving"));
    let bad = Holidays::parse("[[holiday]]\nnames = [\"x day\"]\ndate = \"02-30\"\n").err();
    assert_eq!(bad.as_deref(), Some("x day: no such day \"02-30\""));
    let both = Holidays::parse("[[holiday]]\nnames = [\"y day\"]\ndate = \"02-03\"\neaster = 1\n").err();
    assert_eq!(both.as_deref(), Some("y day: give exactly one of date, easter, weekday"));
}

#[test]
fn holidays_with_a_year() {
    day("He was released on Christmas Day 2012.", "Christmas Day 2012", "2012-12-25");
    day("I'll go back on easter 2018", "easter 2018", "2018-04-01");
    // Fourth Thursday of November 2010 is the 25th; Black Friday the day after.
    day("stores opened on Black Friday 2010", "Black Friday 2010", "2010-11-26");
    day("on St. Patrick's Day, 2012, marchers", "St. Patrick's Day, 2012", "2012-03-17");
    // The first Monday of September 2013 is the 2nd.
    day("until Labor Day 2013.", "Labor Day 2013", "2013-09-02");
    // The last Monday of May 2013 is the 27th.
    day("on Memorial Day 2013 the", "Memorial Day 2013", "2013-05-27");
    // Easter 2013 is 31 March, so Good Friday is the 29th.
    day("since Good Friday 2013,", "Good Friday 2013", "2013-03-29");
}

#[test]
fn holidays_without_a_year_take_the_bias() {
    // Past bias from 23 January 2014: the Christmas just gone.
    day("killed on Christmas Eve in Homs", "Christmas Eve", "2013-12-24");
    day("the attack on New Year's Day in", "New Year's Day", "2014-01-01");
    // Easter 2014 (20 April) is still ahead: the last one was 31 March 2013.
    day("fled before Easter.", "Easter", "2013-03-31");
    day("on International Workers' Day.", "International Workers' Day", "2013-05-01");
    let future =
        find_dates("talks resume after Easter.", Some(d("2014-01-23")), Bias::Future, &DateSettings::default());
    assert_eq!(future.len(), 1);
    assert_eq!(future[0].value.start, d("2014-04-20"));
}

#[test]
fn holidays_last_next_and_of_a_year() {
    day("since last Christmas", "last Christmas", "2013-12-25");
    day("by next Easter", "next Easter", "2014-04-20");
    day("When was the previous easter?", "previous easter", "2013-03-31");
    day("When was the last Thanksgiving?", "last Thanksgiving", "2013-11-28");
    day("the independence day of this year", "independence day of this year", "2014-07-04");
    one_at(
        "2019-07-12",
        "When is the next new year day?",
        "next new year day",
        ("2020-01-01", "2020-01-01"),
        Granularity::Day,
    );
}

#[test]
fn holiday_weekends() {
    // Labor Day 2013 is Monday 2 September: Saturday to Monday.
    one("over the Labor Day weekend 2013.", "Labor Day weekend 2013", ("2013-08-31", "2013-09-02"), Granularity::Week);
    one("over Labor Day 2013 weekend.", "Labor Day 2013 weekend", ("2013-08-31", "2013-09-02"), Granularity::Week);
    // Thanksgiving 2023 is Thursday 23 November: Thursday to Sunday.
    one(
        "take weekend of thanksgiving 2023 off",
        "weekend of thanksgiving 2023",
        ("2023-11-23", "2023-11-26"),
        Granularity::Week,
    );
    // Halloween 2013 was a Thursday.
    one(
        "during the weekend of Halloween.",
        "the weekend of Halloween",
        ("2013-10-31", "2013-11-03"),
        Granularity::Week,
    );
}

#[test]
fn holiday_offsets() {
    // Past bias: the Christmas before 23 January 2014 is 2013's.
    day("It happened 2 weeks before Christmas.", "2 weeks before Christmas", "2013-12-11");
    day("three days after Christmas,", "three days after Christmas", "2013-12-28");
}

#[test]
fn names_that_are_not_these_holidays() {
    none("celebrations for Lunar New Year began");
    none("Chinese New Year falls late");
    none("Syria's Independence Day parade");
    none("the Mexican Independence Day parade");
    none("hopes for the new year");
    none("a new report from Human Rights Watch");
    none("black smoke rose over the city");
    none("all day long");
}

#[test]
fn weeks_and_months_of_a_period() {
    // July 2013 ends on a Wednesday: its last week runs 29 July to 4 August.
    one("the last week of July was quiet", "the last week of July", ("2013-07-29", "2013-08-04"), Granularity::Week);
    // 1 January 2015 is a Thursday: its week starts Monday 29 December.
    one("first week of Jan 2015", "first week of Jan 2015", ("2014-12-29", "2015-01-04"), Granularity::Week);
    // 1 January 2014 is a Wednesday: week 1 starts 30 December, the 3rd on 13 January.
    one("in the 3rd week of January,", "the 3rd week of January", ("2014-01-13", "2014-01-19"), Granularity::Week);
    // The last day of this month (31 January 2014) is a Friday.
    one("the last week of this month", "the last week of this month", ("2014-01-27", "2014-02-02"), Granularity::Week);
    one("the third month of 2021", "the third month of 2021", ("2021-03-01", "2021-03-31"), Granularity::Month);
    one("the 9th month of next year", "the 9th month of next year", ("2015-09-01", "2015-09-30"), Granularity::Month);
}

#[test]
fn first_and_last_n_of_a_period() {
    // ISO week 1 of 2021 starts Monday 4 January.
    one(
        "booked for the first 2 weeks of 2021",
        "the first 2 weeks of 2021",
        ("2021-01-04", "2021-01-17"),
        Granularity::Week,
    );
    // ISO week 52 of 2019 ends Sunday 29 December.
    one("the last 3 weeks of 2019", "the last 3 weeks of 2019", ("2019-12-09", "2019-12-29"), Granularity::Week);
    one(
        "the last four months of 2021",
        "the last four months of 2021",
        ("2021-09-01", "2021-12-31"),
        Granularity::Month,
    );
    one(
        "in the first ten days of last year",
        "the first ten days of last year",
        ("2013-01-01", "2013-01-10"),
        Granularity::Day,
    );
    one(
        "the last 5 days of March 2013",
        "the last 5 days of March 2013",
        ("2013-03-27", "2013-03-31"),
        Granularity::Day,
    );
}

#[test]
fn business_days_and_work_weeks() {
    // Thursday 23 January: the next four weekdays are Fri 24, Mon 27, Tue 28, Wed 29.
    one("in the next 4 business days", "next 4 business days", ("2014-01-24", "2014-01-29"), Granularity::Day);
    one("over the previous 3 working days", "previous 3 working days", ("2014-01-20", "2014-01-22"), Granularity::Day);
    one("It will happen this working week", "this working week", ("2014-01-20", "2014-01-24"), Granularity::Week);
    one("on next workweek", "next workweek", ("2014-01-27", "2014-01-31"), Granularity::Week);
}

#[test]
fn fortnights() {
    day("talks resume in a fortnight's time", "in a fortnight", "2014-02-06");
    one("unavailable the fortnight", "the fortnight", ("2014-01-20", "2014-02-02"), Granularity::Week);
    one("in the next fortnight.", "next fortnight", ("2014-02-03", "2014-02-16"), Granularity::Week);
    one("over the past fortnight", "past fortnight", ("2014-01-09", "2014-01-22"), Granularity::Day);
    none("A fortnight later the talks collapsed.");
}

#[test]
fn decades_in_words_and_relative() {
    one("the crackdown of the eighties", "the eighties", ("1980-01-01", "1989-12-31"), Granularity::Decade);
    one("Who are us presidents in 1990 s.", "1990 s", ("1990-01-01", "1999-12-31"), Granularity::Decade);
    one("in the next decade", "the next decade", ("2020-01-01", "2029-12-31"), Granularity::Decade);
    one("in the next two decades.", "the next two decades", ("2020-01-01", "2039-12-31"), Granularity::Decade);
    none("temperatures in the high nineties");
    none("a man in his eighties");
}

#[test]
fn compact_and_glued_dates() {
    day("the file report-20170302.html", "20170302", "2017-03-02");
    day("On 2016 10 16, the conference started.", "2016 10 16", "2016-10-16");
    day("Eli Lilly sold IVAC on Dec31 , 1994", "Dec31 , 1994", "1994-12-31");
    day("back on Oct/2", "Oct/2", "2013-10-02");
    day("I'll go back Sep-23-2020.", "Sep-23-2020", "2020-09-23");
    day("I'll go back September-2020-23.", "September-2020-23", "2020-09-23");
    day("I'll go back 2020/23/Sep.", "2020/23/Sep", "2020-09-23");
    day("back 23-2020-September", "23-2020-September", "2020-09-23");
    one("in 2017 April.", "2017 April", ("2017-04-01", "2017-04-30"), Granularity::Month);
    one("Show sales in the cy18", "cy18", ("2018-01-01", "2018-12-31"), Granularity::Year);
    // Not days: no such month, a code, a count after a year.
    none("code 20161399 and 12345678");
    one("in 2016 10 people died", "2016", ("2016-01-01", "2016-12-31"), Granularity::Year);
}

#[test]
fn two_digit_years() {
    one("I was born in April of 87", "April of 87", ("1987-04-01", "1987-04-30"), Granularity::Month);
    day("born on 15 April of 87", "15 April of 87", "1987-04-15");
    day("dated 03/18/40.", "03/18/40", "1940-03-18");
    day("dated 03/18/12.", "03/18/12", "2012-03-18");
}

#[test]
fn days_as_cardinal_words() {
    day("born on January twenty five nineteen eighty six", "January twenty five nineteen eighty six", "1986-01-25");
    day("born on twenty five January nineteen eighty six", "twenty five January nineteen eighty six", "1986-01-25");
    day(
        "On fifteen August nineteen hundred ninety three, the",
        "fifteen August nineteen hundred ninety three",
        "1993-08-15",
    );
    day("back May twenty nine", "May twenty nine", "2013-05-29");
}

#[test]
fn abbreviations() {
    day("Pierre de Fermat died otd.", "otd", "2014-01-23");
    one("held at the EOY.", "EOY", ("2014-12-01", "2014-12-31"), Granularity::Part);
}

#[test]
fn quarters_of_a_named_year_and_parts_of_this_one() {
    one(
        "the whole 1st quarter of 2013, was",
        "1st quarter of 2013",
        ("2013-01-01", "2013-03-31"),
        Granularity::Quarter,
    );
    one(
        "the first quarter of the year is slow",
        "the first quarter of the year",
        ("2014-01-01", "2014-03-31"),
        Granularity::Quarter,
    );
    one("a party end of month", "end of month", ("2014-01-25", "2014-01-31"), Granularity::Part);
}
