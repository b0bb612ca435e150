//! Tests of the dispatch: each form is tried where it can read, and no
//! form that reads is ever skipped (every string literal of the date tests).

use super::super::super::lex::next_tok;
use super::*;

/// Thursday 23 January 2014.
fn ctx() -> Ctx {
    Ctx { r: Some("2014-01-23".parse().unwrap()), bias: Bias::Past, month_first: true }
}

/// Examples each form reads from their first token.
const EXAMPLES: &[(&str, &[&str])] = &[
    ("week_then_weekday", &["next week Wednesday", "the following week, Monday"]),
    ("week_beginning", &["the week beginning February 4", "w/c Feb 4", "week commencing today"]),
    ("week_of_nth", &["the week of the 18th", "week of the 3rd"]),
    ("day_of_month", &["the 15th day of next month", "twenty third day of September", "the first day of May"]),
    (
        "units_starting",
        &["a week starting tomorrow", "three days starting from today", "couple of days starting today"],
    ),
    ("weekday_of_week", &["Tuesday of next week", "Tues of last week"]),
    ("weekday_then_offset", &["Monday two weeks from now", "Sat 3 days from now"]),
    ("weekday_with_date", &["this friday 5/12", "next 6th of April", "Friday 7.6"]),
    ("offset_then_weekday", &["two months from today on Tuesday", "couple weeks from now on Friday"]),
    ("holiday_weekend", &["the weekend of Halloween", "Labor Day weekend", "weekend of Thanksgiving"]),
    ("holiday", &["Easter 2018", "Christmas", "Independence Day of this year"]),
    ("weekday_led", &["Saturday 22 July 2017", "Wednesday, January 22", "Fri 13th"]),
    ("iso_week", &["the first week of 2015", "last week of 2016", "week 31", "second week of 2018"]),
    ("week_of_date", &["the week of April 10th", "week of 3 March"]),
    ("earlier_later", &["earlier this month", "later in the week"]),
    ("glued_triple", &["Sep-23-2020", "September-2020-23"]),
    ("glued_month_day", &["Dec31, 1994", "mar3", "Oct/2"]),
    ("month_cardinal_day", &["January twenty five nineteen eighty six", "May twenty nine"]),
    ("month_led", &["Jan. 22, 2014", "June 2012", "August", "September of 2014"]),
    ("cardinal_day_month", &["twenty five January nineteen eighty six", "seventeen March"]),
    ("calendar_year", &["cy18", "CY2018"]),
    ("day_month", &["the 22nd of January", "third of May", "the twentieth of June"]),
    ("decade", &["the 1990s", "'90s", "the \u{2019}80s"]),
    ("quarter", &["Q3 2013", "the third quarter of 2013", "first quarter"]),
    ("season", &["spring 2013", "the summer of 2012", "winter"]),
    ("part", &["early 2013", "mid-March", "the end of May", "beginning of 2014", "middle of 2010"]),
    ("nth_of_period", &["the last week of July", "second week of Jan", "the twelfth month of 2021"]),
    (
        "first_last_n_of_period",
        &["the first 2 weeks of 2021", "last four months of 2021", "first ten days of last year"],
    ),
    ("business_days", &["next 4 business days", "previous 4 working days", "upcoming 2 work days"]),
    ("work_week", &["this working week", "next workweek", "current business week"]),
    ("fortnight", &["the fortnight", "next fortnight", "past fortnight"]),
    ("decade_words", &["the nineties", "seventies"]),
    ("decade_deixis", &["the next decade", "this decade", "coming decade"]),
    ("abbreviation", &["otd", "EOY"]),
    ("relative_word", &["yesterday", "the last 3 months", "this past Wednesday", "following week", "upcoming year"]),
    ("ago", &["two days ago", "a year ago", "eighteen months ago"]),
];

/// The texts the dispatch is checked on: every string literal of the date tests, and the examples.
fn texts() -> Vec<String> {
    let sources =
        [include_str!("../../tests.rs"), include_str!("../../tests_ranges.rs"), include_str!("../calendar_tests.rs")];
    let mut out: Vec<String> = EXAMPLES.iter().flat_map(|(_, es)| es.iter().map(|e| e.to_string())).collect();
    for src in sources {
        out.extend(string_literals(src));
    }
    out
}

/// The string literals of Rust source `src`, escapes read as the
/// escaped character (enough for the date tests' texts).
pub(crate) fn string_literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = src.chars();
    while chars.by_ref().any(|c| c == '"') {
        let mut lit = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => {
                    if let Some(e) = chars.next() {
                        lit.push(e);
                    }
                }
                c => lit.push(c),
            }
        }
        out.push(lit);
    }
    out
}

fn bit(name: &str) -> u64 {
    let i = FORMS.iter().position(|f| f.name == name).unwrap_or_else(|| panic!("no form {name}"));
    1 << i
}

fn set_of(word: &str) -> u64 {
    let c = Cur::new(word, 0);
    forms_at(&c, c.peek().unwrap())
}

#[test]
fn every_form_has_examples_it_reads_through_the_dispatch() {
    let x = ctx();
    for f in FORMS {
        let examples = EXAMPLES.iter().find(|(n, _)| *n == f.name).map(|(_, es)| *es);
        let examples = examples.unwrap_or_else(|| panic!("form {}: add examples to EXAMPLES", f.name));
        for e in examples {
            let mut c = Cur::new(e, 0);
            assert!((f.read)(&mut c, &x).is_some(), "form {} does not read {e:?}", f.name);
            assert_ne!(forms_at(&c, Cur::new(e, 0).peek().unwrap()) & bit(f.name), 0, "{}: {e:?}", f.name);
        }
    }
    assert_eq!(EXAMPLES.len(), FORMS.len(), "an example list names no form");
}

#[test]
fn the_dispatch_never_skips_a_form_that_reads() {
    let x = ctx();
    let texts = texts();
    assert!(texts.len() > 400, "{} texts", texts.len());
    let mut reads = 0;
    for text in &texts {
        let mut pos = 0;
        while let Some(t) = next_tok(text.as_bytes(), pos) {
            pos = t.end;
            if t.kind == TokKind::Num {
                continue;
            }
            let c = Cur::new(text, t.start);
            let set = forms_to_try(&c, t);
            assert_eq!(set & !forms_at(&c, t), 0, "the second step only narrows: {:?}", &text[t.start..]);
            for (i, f) in FORMS.iter().enumerate() {
                let mut k = c;
                if (f.read)(&mut k, &x).is_some() {
                    reads += 1;
                    assert_ne!(set & (1 << i), 0, "{} reads {:?} but is not tried there", f.name, &text[t.start..]);
                }
            }
        }
    }
    assert!(reads > 500, "{reads} reads");
}

#[test]
fn a_token_selects_the_forms_it_can_start() {
    let months = bit("glued_triple") | bit("glued_month_day") | bit("month_cardinal_day") | bit("month_led");
    assert_eq!(set_of("August"), months);
    assert_eq!(set_of("sept"), months);
    assert_eq!(set_of("yesterday"), bit("relative_word"));
    assert_eq!(
        set_of("SEVENTEEN"),
        bit("units_starting") | bit("offset_then_weekday") | bit("cardinal_day_month") | bit("ago")
    );
    assert_eq!(set_of("Christmas"), bit("holiday_weekend") | bit("holiday"));
    assert_eq!(set_of("\u{2019}"), bit("decade"));
    assert_eq!(set_of("'"), bit("decade"));
    assert_eq!(set_of("cy"), bit("calendar_year"));
    assert_eq!(set_of("people"), 0);
    assert_eq!(set_of("commencing"), 0);
    assert_eq!(set_of(","), 0);
    let the = FORMS.iter().filter(|f| f.starts.iter().any(|s| matches!(s, Words(ws) if ws.contains(&"the"))));
    assert_eq!(the.count(), 18);
    assert_eq!(set_of("The").count_ones(), 18);
}

#[test]
fn a_deixis_word_keeps_its_forms_only_before_what_they_read() {
    let deixis = bit("week_then_weekday")
        | bit("weekday_with_date")
        | bit("business_days")
        | bit("work_week")
        | bit("fortnight")
        | bit("decade_deixis")
        | bit("relative_word");
    assert_eq!(after_the_of("this week"), set_of("this"));
    assert_eq!(after_the_of("this room"), set_of("this") & !deixis);
    assert_eq!(after_the_of("this room"), 0);
    assert_eq!(after_the_of("last week"), set_of("last"));
    // "last" opens `iso_week`, `nth_of_period` and `first_last_n_of_period` too,
    // which go on into "week" but not "year" (`after_ordinal`).
    assert_eq!(after_the_of("last year"), set_of("last") & !DISPATCH.ordinal);
    assert_eq!(after_the_of("last night"), 0);
    assert_eq!(after_the_of("Friday 7.6"), set_of("Friday"), "a weekday is no deixis word");
    // A weekday keeps the forms that read more than it only before what they read (`after_weekday`).
    assert_eq!(after_the_of("Friday night"), bit("weekday_led"));
    assert_eq!(after_the_of("Tues of next week"), set_of("Tues"));
    for w in DEIXIS {
        assert_ne!(set_of(w) & DISPATCH.deixis_word, 0, "{w}");
    }
}

#[test]
fn a_count_word_keeps_its_forms_only_before_what_they_read() {
    let count = bit("units_starting") | bit("offset_then_weekday") | bit("cardinal_day_month") | bit("ago");
    assert_eq!(set_of("two"), count);
    assert_eq!(after_the_of("two days ago"), count);
    assert_eq!(after_the_of("two delegations"), 0);
    assert_eq!(after_the_of("a week starting tomorrow"), bit("units_starting") | bit("ago"));
    assert_eq!(after_the_of("a week"), 0);
    // "twenty" starts day forms too ("twenty third day of September"): the
    // count step leaves it, the ordinal step drops the day forms only.
    assert_eq!(after_the_of("twenty people"), count);
}

fn after_the_of(text: &str) -> u64 {
    let c = Cur::new(text, 0);
    forms_to_try(&c, c.peek().unwrap())
}

#[test]
fn the_token_after_the_narrows_its_forms() {
    let the = set_of("the");
    assert_eq!(after_the_of("the first time"), 0, "an ordinal goes on only into what its forms read");
    assert_eq!(
        after_the_of("the first week"),
        bit("day_of_month")
            | bit("iso_week")
            | bit("day_month")
            | bit("quarter")
            | bit("nth_of_period")
            | bit("first_last_n_of_period")
    );
    assert_eq!(after_the_of("The Summer"), bit("season"));
    assert_eq!(after_the_of("the fortnight"), bit("fortnight"));
    assert_eq!(after_the_of("the nineties"), bit("decade_words"));
    assert_eq!(after_the_of("the end"), bit("part"));
    assert_eq!(after_the_of("the weekend"), bit("holiday_weekend"));
    assert_eq!(
        after_the_of("the week"),
        bit("week_beginning") | bit("week_of_nth") | bit("iso_week") | bit("week_of_date")
    );
    assert_eq!(
        after_the_of("the next week"),
        bit("week_then_weekday") | bit("fortnight") | bit("decade_deixis") | bit("relative_word")
    );
    // After "the" and a deixis word, the word after that must go on (`after_deixis`).
    assert_eq!(after_the_of("the next round"), 0);
    assert_eq!(after_the_of("the next"), 0);
    assert_eq!(after_the_of("the people"), 0);
    assert_eq!(
        after_the_of("the 1990s"),
        bit("day_of_month")
            | bit("iso_week")
            | bit("day_month")
            | bit("decade")
            | bit("quarter")
            | bit("nth_of_period")
            | bit("decade_words")
    );
    assert_eq!(after_the_of("the '90s"), the);
    assert_eq!(after_the_of("the"), the);
    assert_eq!(after_the_of("then"), 0);
}

#[test]
fn a_written_date_may_start_at_digits_and_month_and_day_words() {
    let at = |text: &str, pos: usize| written_date_may_start(&Cur::new(text, pos));
    let text = "Monday 7.6, Friday June 15, Sunday the 3rd, Mon (5/12) Tuesday officials said";
    // After each weekday (at its end): " 7" digits, " June" a month,
    // " the" (day_month), " (" no (the bracket is the caller's), " officials" no.
    assert!(at(text, 6));
    assert!(at(text, 18));
    assert!(at(text, 34));
    assert!(!at(text, 47));
    assert!(at(text, 49)); // inside the bracket: digits
    assert!(!at(text, 62));
    assert!(at("Friday, twentieth of May", 7)); // a spelled day
    assert!(at("Friday, SEPTEMBER 5", 7)); // a long month name
    assert!(at("Friday, may 5", 7)); // a maybe: the look-up ignores case, `month_led` does not
    assert!(!at("Friday", 6));
    assert!(!at("Friday, said", 6)); // the comma itself is no start
}

#[test]
fn the_word_lists_are_the_words_the_readers_accept() {
    let months: Vec<&str> = CALENDAR_WORDS.iter().copied().filter(|w| month(w).is_some()).collect();
    assert_eq!(months, MONTHS);
    for w in WEEKDAY_WORDS.iter().chain(WEEKDAY_ABBRS) {
        assert!(weekday(w).or_else(|| weekday_abbr(w)).is_some(), "{w}");
    }
    assert_eq!((WEEKDAY_WORDS.len(), WEEKDAY_ABBRS.len()), (7, 10));
    assert_eq!(DEIXIS.len(), 9);
}
