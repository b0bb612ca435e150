use super::*;
use crate::model::Granularity::{self, *};
use proptest::prelude::*;

/// Thursday 23 January 2014.
const REF: &str = "2014-01-23";

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn find(text: &str, bias: Bias) -> Vec<DateMatch> {
    find_dates(text, Some(d(REF)), bias, &DateSettings::default())
}

/// Asserts exactly one match: its text, interval, granularity, kind and relative flag.
#[allow(clippy::too_many_arguments)]
#[track_caller]
fn check_with(
    text: &str,
    bias: Bias,
    settings: &DateSettings,
    span: &str,
    iv: (&str, &str),
    g: Granularity,
    kind: DateKind,
    rel: bool,
) {
    let ms = find_dates(text, Some(d(REF)), bias, settings);
    assert_eq!(ms.len(), 1, "{text:?}: {ms:?}");
    let m = ms[0];
    assert_eq!(&text[m.start..m.end], span, "{text:?}");
    assert_eq!((m.value.start, m.value.end), (d(iv.0), d(iv.1)), "{text:?}");
    assert_eq!(m.value.granularity, g, "{text:?}");
    assert_eq!(m.kind, kind, "{text:?}");
    assert_eq!(m.relative, rel, "{text:?}");
}

#[track_caller]
fn check(text: &str, span: &str, iv: (&str, &str), g: Granularity, rel: bool) {
    check_with(text, Bias::Past, &DateSettings::default(), span, iv, g, DateKind::Date, rel);
}

#[track_caller]
fn day(text: &str, span: &str, date: &str, rel: bool) {
    check(text, span, (date, date), Day, rel);
}

#[track_caller]
fn range(text: &str, span: &str, iv: (&str, &str), g: Granularity, rel: bool) {
    check_with(text, Bias::Past, &DateSettings::default(), span, iv, g, DateKind::Range, rel);
}

#[track_caller]
fn none(text: &str) {
    let ms = find(text, Bias::Past);
    assert!(ms.is_empty(), "{text:?}: {ms:?}");
}

#[test]
fn absolute_days() {
    day("talks began in Montreux on Jan. 22, 2014.", "Jan. 22, 2014", "2014-01-22", false);
    day("on January 22, 2014 they met", "January 22, 2014", "2014-01-22", false);
    day("on 22 January 2014 they met", "22 January 2014", "2014-01-22", false);
    day("on 22 January, 2014 they met", "22 January, 2014", "2014-01-22", false);
    day("signed 7 May, 2013.", "7 May, 2013", "2013-05-07", false);
    day("on Saturday 22 July 2017 at noon", "Saturday 22 July 2017", "2017-07-22", false);
    day("endorsed on June 30, 2012", "June 30, 2012", "2012-06-30", false);
    day("dated 2014-01-22.", "2014-01-22", "2014-01-22", false);
    day("dated 2/10/2014.", "2/10/2014", "2014-02-10", false);
    day("I'll go back 04th Jan 2019.", "04th Jan 2019", "2019-01-04", false);
    day("on the 22nd of January 2014", "the 22nd of January 2014", "2014-01-22", false);
    day("dated 22/10/2014.", "22/10/2014", "2014-10-22", false);
    day("dated 22.10.2014.", "22.10.2014", "2014-10-22", false);
    day("Sept. 3, 2013", "Sept. 3, 2013", "2013-09-03", false);
}

#[test]
fn day_first_setting() {
    let s = DateSettings { month_first: false };
    check_with(
        "dated 2/10/2014.",
        Bias::Past,
        &s,
        "2/10/2014",
        ("2014-10-02", "2014-10-02"),
        Day,
        DateKind::Date,
        false,
    );
}

#[test]
fn ambiguous_dotted_dates_are_skipped() {
    none("version 10.02.2014 released");
}

#[test]
fn month_day_without_year() {
    day("talks due to start on 22 January", "22 January", "2014-01-22", true);
    day("on January 22 they met", "January 22", "2014-01-22", true);
    day("by Jan. 20 at the latest", "Jan. 20", "2014-01-20", true);
    let ms = find("by Jan. 24 at the latest", Bias::Nearest);
    assert_eq!(ms[0].value.start, d("2014-01-24"));
    day("on the 22nd they met", "the 22nd", "2014-01-22", true);
    // Wednesday, January 22: the weekday confirms 2014.
    day("Wednesday, January 22 was cold", "Wednesday, January 22", "2014-01-22", true);
    // Nearest: 20 December is a month before the reference, not eleven after.
    let ms = find("on 20 December", Bias::Nearest);
    assert_eq!(ms[0].value.start, d("2013-12-20"));
    let ms = find("on 20 December", Bias::Future);
    assert_eq!(ms[0].value.start, d("2014-12-20"));
    let ms = find("on 2 February", Bias::Nearest);
    assert_eq!(ms[0].value.start, d("2014-02-02"));
    let ms = find("on 2 February", Bias::Past);
    assert_eq!(ms[0].value.start, d("2013-02-02"));
}

#[test]
fn months_and_years() {
    check("by June 2012 it was over", "June 2012", ("2012-06-01", "2012-06-30"), Month, false);
    check("in January of 2014", "January of 2014", ("2014-01-01", "2014-01-31"), Month, false);
    check("in May 2010 the", "May 2010", ("2010-05-01", "2010-05-31"), Month, false);
    check("as of 2012.", "2012", ("2012-01-01", "2012-12-31"), Year, false);
    check("it started in 2009 when", "2009", ("2009-01-01", "2009-12-31"), Year, false);
    check("It was 2011.", "2011", ("2011-01-01", "2011-12-31"), Year, false);
    check("back in August the", "August", ("2013-08-01", "2013-08-31"), Month, true);
}

#[test]
fn not_dates() {
    none("it may be that 2,009 people died");
    none("2009 people died");
    none("some 130,000 people");
    none("5 may be killed");
    none("the A380 and 1.5 million");
    none("at 10:30 they met");
    none("the Arab Spring began");
    none("the fall of the city");
}

#[test]
fn weekdays() {
    // Reference: Thursday 23 January 2014.
    day("talks on Friday ended", "Friday", "2014-01-17", true);
    day("talks on Thursday ended", "Thursday", "2014-01-23", true);
    check_with(
        "talks resume Friday",
        Bias::Future,
        &DateSettings::default(),
        "Friday",
        ("2014-01-24", "2014-01-24"),
        Day,
        DateKind::Date,
        true,
    );
    check_with(
        "met Tuesday",
        Bias::Nearest,
        &DateSettings::default(),
        "Tuesday",
        ("2014-01-21", "2014-01-21"),
        Day,
        DateKind::Date,
        true,
    );
    day("met last Friday", "last Friday", "2014-01-17", true);
    day("met last Thursday", "last Thursday", "2014-01-16", true);
    day("meet next Tuesday", "next Tuesday", "2014-01-28", true);
    day("meet this Wednesday", "this Wednesday", "2014-01-22", true);
}

#[test]
fn relative_words() {
    day("said today", "today", "2014-01-23", true);
    day("said yesterday", "yesterday", "2014-01-22", true);
    day("will say tomorrow", "tomorrow", "2014-01-24", true);
    check("this week", "this week", ("2014-01-20", "2014-01-26"), Week, true);
    check("last week", "last week", ("2014-01-13", "2014-01-19"), Week, true);
    check("next month", "next month", ("2014-02-01", "2014-02-28"), Month, true);
    check("this year", "this year", ("2014-01-01", "2014-12-31"), Year, true);
    check("last year", "last year", ("2013-01-01", "2013-12-31"), Year, true);
    day("two days ago", "two days ago", "2014-01-21", true);
    check("three weeks ago", "three weeks ago", ("2013-12-30", "2014-01-05"), Week, true);
    check("a year ago", "a year ago", ("2013-01-01", "2013-12-31"), Year, true);
    check("18 months ago", "18 months ago", ("2012-07-01", "2012-07-31"), Month, true);
    check("last May", "last May", ("2013-05-01", "2013-05-31"), Month, true);
    check("last summer", "last summer", ("2013-06-01", "2013-08-31"), Part, true);
    check("this month", "this month", ("2014-01-01", "2014-01-31"), Month, true);
}

#[test]
fn parts_seasons_quarters_decades() {
    check("in mid-March", "mid-March", ("2013-03-11", "2013-03-20"), Part, true);
    check("in mid-March 2013", "mid-March 2013", ("2013-03-11", "2013-03-20"), Part, false);
    check("in early 2013", "early 2013", ("2013-01-01", "2013-04-30"), Part, false);
    check("in late 2012", "late 2012", ("2012-09-01", "2012-12-31"), Part, false);
    check("in early January", "early January", ("2014-01-01", "2014-01-10"), Part, true);
    check("in late May 2013", "late May 2013", ("2013-05-21", "2013-05-31"), Part, false);
    check("by the end of May 2013", "the end of May 2013", ("2013-05-25", "2013-05-31"), Part, false);
    check("in spring 2013", "spring 2013", ("2013-03-01", "2013-05-31"), Part, false);
    check("in the summer of 2012", "the summer of 2012", ("2012-06-01", "2012-08-31"), Part, false);
    check("in the summer", "the summer", ("2013-06-01", "2013-08-31"), Part, true);
    check("in Q3 2013", "Q3 2013", ("2013-07-01", "2013-09-30"), Quarter, false);
    check("in the third quarter of 2013", "the third quarter of 2013", ("2013-07-01", "2013-09-30"), Quarter, false);
    check("in the 1990s", "the 1990s", ("1990-01-01", "1999-12-31"), Decade, false);
    check("in the early 1990s", "early 1990s", ("1990-01-01", "1993-12-31"), Part, false);
    check("early this year", "early this year", ("2014-01-01", "2014-04-30"), Part, true);
    check("by the end of the year", "the end of the year", ("2014-12-01", "2014-12-31"), Part, true);
}

#[test]
fn ranges() {
    range("from 3 to 5 January", "from 3 to 5 January", ("2014-01-03", "2014-01-05"), Day, true);
    range("on 3-5 January 2014", "3-5 January 2014", ("2014-01-03", "2014-01-05"), Day, false);
    range("between 2012 and 2014", "between 2012 and 2014", ("2012-01-01", "2014-12-31"), Year, false);
    range("in 2012-2013 there", "2012-2013", ("2012-01-01", "2013-12-31"), Year, false);
    range("in 2012–13 there", "2012–13", ("2012-01-01", "2013-12-31"), Year, false);
    range("January 3 to January 5", "January 3 to January 5", ("2014-01-03", "2014-01-05"), Day, true);
    range("January 3-5, 2014", "January 3-5, 2014", ("2014-01-03", "2014-01-05"), Day, false);
    range("December 28 to January 3, 2014", "December 28 to January 3, 2014", ("2013-12-28", "2014-01-03"), Day, false);
    range(
        "from June 2012 to January 2014",
        "from June 2012 to January 2014",
        ("2012-06-01", "2014-01-31"),
        Month,
        false,
    );
}

#[test]
fn case_insensitive_words() {
    day("ON JANUARY 22, 2014", "JANUARY 22, 2014", "2014-01-22", false);
    check("LAST WEEK", "LAST WEEK", ("2014-01-13", "2014-01-19"), Week, true);
}

#[test]
fn relative_skipped_without_reference() {
    let s = DateSettings::default();
    let t = "On Friday, 22 January, yesterday and last week; but Jan. 22, 2014 and June 2012 and in 2009.";
    let ms = find_dates(t, None, Bias::Past, &s);
    let spans: Vec<&str> = ms.iter().map(|m| &t[m.start..m.end]).collect();
    assert_eq!(spans, ["Jan. 22, 2014", "June 2012", "2009"]);
    assert!(ms.iter().all(|m| !m.relative));
}

#[test]
fn several_in_order() {
    let t = "Talks began on Jan. 22, 2014, nearly three years after the war began in March 2011.";
    let ms = find(t, Bias::Past);
    let spans: Vec<&str> = ms.iter().map(|m| &t[m.start..m.end]).collect();
    assert_eq!(spans, ["Jan. 22, 2014", "March 2011"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn never_panics(s in "\\PC{0,80}") {
        for bias in [Bias::Past, Bias::Future, Bias::Nearest] {
            for m in find_dates(&s, Some(d(REF)), bias, &DateSettings::default()) {
                prop_assert!(m.start < m.end && m.end <= s.len());
                prop_assert!(m.value.start <= m.value.end);
            }
        }
    }

    #[test]
    fn never_panics_on_date_like(s in "((Jan|May|the|last|next|mid|early|from|to|between|and|in|Q|on|ago|years|[0-9]{1,5}|[-/.,' ]|9999|0000|1900s|Friday) ?){0,12}") {
        for r in [None, Some(d(REF)), Some(Date::MIN), Some(Date::MAX)] {
            let _ = find_dates(&s, r, Bias::Nearest, &DateSettings::default());
            let _ = find_dates(&s, r, Bias::Future, &DateSettings { month_first: false });
        }
    }
}

/// Throughput check on the shared corpora (run with `--ignored --nocapture`, in release).
#[test]
#[ignore]
fn throughput() {
    let mut text = String::new();
    for dir in ["/work/shared/corpora/fakes", "/work/shared/corpora/te3-platinum"] {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(s) = std::fs::read_to_string(e.path()) {
                text.push_str(&s);
            }
        }
    }
    if text.is_empty() {
        return;
    }
    while text.len() < 32 << 20 {
        text.push_str(&text.clone());
    }
    let s = crate::settings::Settings::bundled();
    let t = std::time::Instant::now();
    let (mut pos, mut counts) = (0, [0usize; 3]);
    while let Some(k) = next_tok(text.as_bytes(), pos) {
        pos = k.end;
        counts[k.kind as usize] += 1;
    }
    println!("tokens {counts:?}: {:.0} MB/s", text.len() as f64 / t.elapsed().as_secs_f64() / 1e6);
    let t = std::time::Instant::now();
    let n = find_dates(&text, Some(d(REF)), Bias::Past, &s.dates).len();
    let dt = t.elapsed().as_secs_f64();
    println!("dates: {n} in {} MB: {:.0} MB/s", text.len() >> 20, text.len() as f64 / dt / 1e6);
    let t = std::time::Instant::now();
    let n = crate::normalize::duration::find_durations(&text, &s).len();
    let dt = t.elapsed().as_secs_f64();
    println!("durations: {n}: {:.0} MB/s", text.len() as f64 / dt / 1e6);
}

#[test]
fn news_forms_from_the_conformance_suites() {
    // The reference is Thursday 23 January 2014.
    check("in the 20th century.", "20th century", ("1900-01-01", "1999-12-31"), Century, false);
    check("in 15th  century", "15th  century", ("1400-01-01", "1499-12-31"), Century, false);
    // The ISO week before the reference's (13–19 January), "the" included.
    check("during the last week", "the last week", ("2014-01-13", "2014-01-19"), Week, true);
    check("a 2009 study found", "2009", ("2009-01-01", "2009-12-31"), Year, false);
    check("funds for his 2007 presidential bid", "2007", ("2007-01-01", "2007-12-31"), Year, false);
    check("plans for Dec-2018", "Dec-2018", ("2018-12-01", "2018-12-31"), Month, false);
    // 10 April 2013 was a Wednesday: its week runs Monday 8 to Sunday 14.
    check("the week of April 10th", "the week of April 10th", ("2013-04-08", "2013-04-14"), Week, true);
    // 21 January 2014 is a Tuesday.
    check("lunch on Tue Jan 21.", "Tue Jan 21", ("2014-01-21", "2014-01-21"), Day, true);
    check("met earlier this month", "earlier this month", ("2014-01-01", "2014-01-22"), Part, true);
    check("will meet later this year", "later this year", ("2014-01-24", "2014-12-31"), Part, true);
    // 23 January + 14 days.
    check("They will meet in two weeks.", "in two weeks", ("2014-02-06", "2014-02-06"), Day, true);
    check("due to be published in May.", "May", ("2013-05-01", "2013-05-31"), Month, true);
    let def = DateSettings::default();
    let range = DateKind::Range;
    check_with(
        "from March to May",
        Bias::Past,
        &def,
        "from March to May",
        ("2013-03-01", "2013-05-31"),
        Month,
        range,
        true,
    );
}

#[test]
fn lengths_are_not_future_dates() {
    none("500 were killed in two days.");
    none("in two weeks of fighting");
    // A week of July: the whole phrase is that week, never the week before the reference.
    let text = "the last week of July was quiet";
    let spans: Vec<&str> = find(text, Bias::Past).iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["the last week of July"]);
    none("a 2000-strong force");
    none("He sat down.");
}

#[test]
fn weekday_with_day_of_month() {
    // Reference Thursday 2014-01-23: Monday 13 January is the latest Monday the 13th.
    day("back Mon 13th", "Mon 13th", "2014-01-13", true);
    // Friday the 31st: 31 January 2014 is still ahead; the latest past one is 31 May 2013.
    day("arrangement on Friday 31!", "Friday 31", "2013-05-31", true);
    // Ahead with the future bias: 31 January 2014.
    let ms = find("on Friday 31!", Bias::Future);
    assert_eq!(ms.iter().map(|m| m.value.start).collect::<Vec<_>>(), vec![d("2014-01-31")]);
    // A bare number running on into words is a count, not a day.
    day("on Monday 21 people died", "Monday", "2014-01-20", true);
}

#[test]
fn numeric_months_and_year_quarters() {
    check("valid date? 2015-12", "2015-12", ("2015-12-01", "2015-12-31"), Month, false);
    check("out 2015-3", "2015-3", ("2015-03-01", "2015-03-31"), Month, false);
    check("valid date? 12-2015", "12-2015", ("2015-12-01", "2015-12-31"), Month, false);
    // "2011-12" is a season: 2011 to 2012, not December 2011.
    range("in the 2011-12 season", "2011-12", ("2011-01-01", "2012-12-31"), Year, false);
    check("up during 2017 q1", "2017 q1", ("2017-01-01", "2017-03-31"), Quarter, false);
    check("up during 2017-Q1", "2017-Q1", ("2017-01-01", "2017-03-31"), Quarter, false);
    check("q1-2019", "q1-2019", ("2019-01-01", "2019-03-31"), Quarter, false);
    check("2019 H2 will bring", "2019 H2", ("2019-07-01", "2019-12-31"), Part, false);
}

#[test]
fn previous_current_coming_units() {
    // Reference Thursday 2014-01-23, in the first quarter of 2014.
    check("sales for previous quarter", "previous quarter", ("2013-10-01", "2013-12-31"), Quarter, true);
    check("sales for the current quarter", "current quarter", ("2014-01-01", "2014-03-31"), Quarter, true);
    check("the following week", "following week", ("2014-01-27", "2014-02-02"), Week, true);
    check("in the coming month", "coming month", ("2014-02-01", "2014-02-28"), Month, true);
    // Before a weekday "previous"/"past" mean "last", "coming" means "next"; the reference is a Thursday.
    day("the previous Wednesday", "previous Wednesday", "2014-01-22", true);
    day("this past Wednesday", "this past Wednesday", "2014-01-22", true);
    day("this coming Thursday", "this coming Thursday", "2014-01-30", true);
    // "following" counts from a day the text names: the weekday alone.
    day("the following Friday", "Friday", "2014-01-17", true);
}

#[test]
fn offsets_from_today() {
    // Reference Thursday 2014-01-23.
    day("leave in two days from today", "two days from today", "2014-01-25", true);
    day("three weeks from tomorrow?", "three weeks from tomorrow", "2014-02-14", true);
    day("two days before yesterday?", "two days before yesterday", "2014-01-20", true);
    day("a month from now", "a month from now", "2014-02-23", true);
    // "from" a place is no anchor: the phrase is a duration, not a date.
    none("two days from Paris");
}

#[test]
fn iso_weeks_of_a_year() {
    // 1 January 2015 is a Thursday: week 1 starts on Monday 29 December 2014.
    check("How about first week of 2015", "first week of 2015", ("2014-12-29", "2015-01-04"), Week, true);
    // 2016 ends on a Saturday: its last week runs to Sunday 1 January 2017.
    check("the last week of 2016", "the last week of 2016", ("2016-12-26", "2017-01-01"), Week, true);
    check("How about 3rd week of 2018", "3rd week of 2018", ("2018-01-15", "2018-01-21"), Week, true);
    check("sales in the week 3 of 2027", "week 3 of 2027", ("2027-01-18", "2027-01-24"), Week, true);
    // Without a year, the reference's (2014): week 31 is 28 July - 3 August.
    check("sales in the week 31", "week 31", ("2014-07-28", "2014-08-03"), Week, true);
    check("the week 27 of last year", "week 27 of last year", ("2013-07-01", "2013-07-07"), Week, true);
}

#[test]
fn years_in_words() {
    check("sales in two thousand and twenty", "two thousand and twenty", ("2020-01-01", "2020-12-31"), Year, false);
    check("they left in nineteen ninety six", "nineteen ninety six", ("1996-01-01", "1996-12-31"), Year, false);
    check(
        "out August two thousand and fifteen",
        "August two thousand and fifteen",
        ("2015-08-01", "2015-08-31"),
        Month,
        false,
    );
    day("on 6 April seventeen hundred thirty three", "6 April seventeen hundred thirty three", "1733-04-06", false);
    // Counts stay counts: a unit follows, or the pair is no year.
    none("in two thousand years");
    none("from one thousand to one thousand and five hundred");
    none("in twenty five minutes");
}

#[test]
fn days_in_words() {
    day("fourth of july of 1995", "fourth of july of 1995", "1995-07-04", false);
    day("july 4th of 1995", "july 4th of 1995", "1995-07-04", false);
    day("January first 2000 was", "January first 2000", "2000-01-01", false);
    // Reference 2014-01-23, leaning to the past.
    day("meet on February twenty second.", "February twenty second", "2013-02-22", true);
    day("coffee on Tuesday the fourteenth.", "Tuesday the fourteenth", "2014-01-14", true);
    // Not a day: "first-time", and a weekday before "first" without "the".
    check("in March first-time buyers", "March", ("2013-03-01", "2013-03-31"), Month, true);
    day("on Tuesday first responders", "Tuesday", "2014-01-21", true);
}

#[test]
fn counted_units_before_and_after() {
    // Reference Thursday 2014-01-23; the reference day itself is left out.
    check("for the last 3 months", "the last 3 months", ("2013-10-23", "2014-01-22"), Day, true);
    check("over the next two days", "next two days", ("2014-01-24", "2014-01-25"), Day, true);
    check("in the 5 upcoming years", "5 upcoming years", ("2014-01-24", "2019-01-23"), Day, true);
    // Quarters are whole: the first quarter of 2014 holds the reference.
    check("sales for the past two quarters", "past two quarters", ("2013-07-01", "2013-12-31"), Quarter, true);
    check("the next couple weeks", "next couple weeks", ("2014-01-24", "2014-02-06"), Day, true);
}

#[test]
fn month_day_after_a_weekday_or_on() {
    // Reference 2014-01-23, leaning to the past; month first by default.
    day("a call sometime Friday 7/6 with Jim", "Friday 7/6", "2013-07-06", true);
    day("I'll go back on 22/04", "22/04", "2013-04-22", true);
    // Alone, "7/6" is no date (a score, a fraction).
    none("they won 7/6 in the tie-break");
}

#[test]
fn offsets_from_a_named_day() {
    day("It will happen 3 days after January 12th.", "3 days after January 12th", "2014-01-15", true);
    day("It happened 2 weeks before May 13 1999.", "2 weeks before May 13 1999", "1999-04-29", false);
    // A period is no anchor: "a year after 2010" stays apart.
    check("a year after 2010", "2010", ("2010-01-01", "2010-12-31"), Year, false);
    check("gains in this calendar year", "this calendar year", ("2014-01-01", "2014-12-31"), Year, true);
}

#[test]
fn digits_around_a_month_name() {
    day("The date should be 05-Aug-2016", "05-Aug-2016", "2016-08-05", false);
    day("How about 2019/aug/01", "2019/aug/01", "2019-08-01", false);
    day("i'll go back 23/Sep/2020", "23/Sep/2020", "2020-09-23", false);
    // Mixed separators make no day: only "Aug/2016", the month, is read.
    check("code 05-Aug/2016", "Aug/2016", ("2016-08-01", "2016-08-31"), Month, false);
}
