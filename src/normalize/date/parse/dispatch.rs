//! Which grammar forms can start at a token: the dispatch behind [`simple`].
//!
//! `simple` tries the single-date forms in a fixed order and keeps the first
//! that reads. Trying all of them at every cue was most of the scanner's
//! cost, and most cannot match the first token they see: `month_led` needs a
//! month name, `relative_word` a deictic word. So each form declares the
//! first tokens that can start it ([`Start`], read off its code: the words it
//! eats first, including an optional leading "the", an apostrophe, the first
//! word of a holiday name), and a table built once maps a token to the set of
//! forms to try, still in the grammar's order: the first form that reads is
//! the one the full list would find, so the results do not change.
//!
//! Forms that start with digits keep their own list ([`NUM_FORMS`], in its
//! own order): a digit run is classified by its kind alone. The forms that
//! need digits first (`century`, `iso`, `numeric`) are only there.
//!
//! A second step narrows the set by the token after the first one where a
//! word opens many forms that mostly fail in news: "the", a deixis word, a
//! weekday, a month word, an ordinal (see [`forms_to_try`] and the
//! `after_*` files); digit runs have their own gate (`digit_gate`).
//!
//! The tests run every form at every token of the date tests' texts and
//! check that the dispatch never skips one that reads, and that each form has
//! examples, so a form added without its starts is caught.

use super::*;

/// A grammar form: reads one date at the cursor, or `None` (the cursor is then unspecified).
pub(super) type Reader = fn(&mut Cur, &Ctx) -> Option<Expr>;

/// A first token a form can start with.
#[derive(Clone, Copy)]
pub(super) enum Start {
    /// One of these words (any case).
    Words(&'static [&'static str]),
    /// `'` or `’` (`the '90s` without "the").
    Apostrophe,
    /// The first word of a holiday name (`rules/lexicon/holidays.toml`).
    HolidayName,
}

/// A form, its name (for tests and messages) and its possible first tokens.
pub(super) struct Form {
    /// Names the form in the tests' messages.
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    pub read: Reader,
    pub starts: &'static [Start],
}

use Start::{Apostrophe, HolidayName, Words};

const THE: &[&str] = &["the"];
/// Every word [`month`] accepts.
const MONTHS: &[&str] = MONTH_WORDS;
/// Every word [`weekday`] and [`weekday_abbr`] accept.
const WEEKDAYS: &[Start] = &[Words(WEEKDAY_WORDS), Words(WEEKDAY_ABBRS)];
/// The first words of [`spelled_day`] beyond [`ORDINAL_DAYS`].
const SPELLED_TENS: &[&str] = &["twentieth", "thirtieth", "twenty", "thirty"];
/// The words of [`count`] besides digits and number words.
const COUPLE: &[&str] = &["couple"];
const A: &[&str] = &["a", "an"];
/// The spelled decades of `decade_words`.
const DECADE_WORDS: &[&str] =
    &["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
/// The words `relative_word`, `business_days`, `work_week`, `fortnight` and `week_deixis` open with.
const DEIXIS: &[&str] = &["this", "next", "last", "previous", "past", "current", "coming", "following", "upcoming"];

/// The forms tried at a word or punctuation, in the grammar's order.
pub(super) const FORMS: &[Form] = &[
    Form { name: "week_then_weekday", read: week_then_weekday, starts: &[Words(THE), Words(DEIXIS)] },
    Form { name: "week_beginning", read: week_beginning, starts: &[Words(&["w", "the", "week"])] },
    Form { name: "week_of_nth", read: week_of_nth, starts: &[Words(&["the", "week"])] },
    Form { name: "day_of_month", read: day_of_month, starts: &[Words(THE), Words(&ORDINAL_DAYS), Words(SPELLED_TENS)] },
    Form { name: "units_starting", read: units_starting, starts: &[Words(A), Words(COUPLE), Words(NUMBER_WORDS)] },
    Form { name: "weekday_of_week", read: weekday_of_week, starts: WEEKDAYS },
    Form { name: "weekday_then_offset", read: weekday_then_offset, starts: WEEKDAYS },
    Form {
        name: "weekday_with_date",
        read: weekday_with_date,
        starts: &[Words(&["this", "next"]), Words(WEEKDAY_WORDS), Words(WEEKDAY_ABBRS)],
    },
    Form { name: "offset_then_weekday", read: offset_then_weekday, starts: &[Words(COUPLE), Words(NUMBER_WORDS)] },
    Form { name: "holiday_weekend", read: holiday_weekend, starts: &[Words(&["the", "weekend"]), HolidayName] },
    Form { name: "holiday", read: holiday, starts: &[HolidayName] },
    Form { name: "weekday_led", read: weekday_led, starts: WEEKDAYS },
    Form {
        name: "iso_week",
        read: iso_week,
        starts: &[Words(&["the", "first", "second", "third", "fourth", "fifth", "last", "week"])],
    },
    Form { name: "week_of_date", read: week_of_date, starts: &[Words(&["the", "week"])] },
    Form { name: "earlier_later", read: earlier_later, starts: &[Words(&["earlier", "later"])] },
    Form { name: "glued_triple", read: glued_triple, starts: &[Words(MONTHS)] },
    Form { name: "glued_month_day", read: glued_month_day, starts: &[Words(MONTHS)] },
    Form { name: "month_cardinal_day", read: month_cardinal_day, starts: &[Words(MONTHS)] },
    Form { name: "month_led", read: month_led, starts: &[Words(MONTHS)] },
    Form { name: "cardinal_day_month", read: cardinal_day_month, starts: &[Words(NUMBER_WORDS)] },
    Form { name: "calendar_year", read: calendar_year, starts: &[Words(&["cy"])] },
    Form { name: "day_month", read: day_month, starts: &[Words(THE), Words(&ORDINAL_DAYS), Words(SPELLED_TENS)] },
    Form { name: "decade", read: decade, starts: &[Words(THE), Apostrophe] },
    Form { name: "quarter", read: quarter, starts: &[Words(&["q", "the", "first", "second", "third", "fourth"])] },
    Form { name: "season", read: season, starts: &[Words(THE), Words(SEASONS)] },
    Form {
        name: "part",
        read: part,
        starts: &[Words(&["the", "early", "mid", "late", "beginning", "start", "middle", "end"])],
    },
    Form {
        name: "nth_of_period",
        read: nth_of_period,
        starts: &[
            Words(THE),
            Words(&[
                "last", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth",
            ]),
        ],
    },
    Form { name: "first_last_n_of_period", read: first_last_n_of_period, starts: &[Words(&["the", "first", "last"])] },
    Form { name: "business_days", read: business_days, starts: &[Words(DEIXIS)] },
    Form { name: "work_week", read: work_week, starts: &[Words(DEIXIS)] },
    Form { name: "fortnight", read: fortnight, starts: &[Words(THE), Words(DEIXIS)] },
    Form { name: "decade_words", read: decade_words, starts: &[Words(THE), Words(DECADE_WORDS)] },
    Form { name: "decade_deixis", read: decade_deixis, starts: &[Words(THE), Words(DEIXIS)] },
    Form { name: "abbreviation", read: abbreviation, starts: &[Words(&["otd", "eoy"])] },
    Form {
        name: "relative_word",
        read: relative_word,
        starts: &[Words(&["today", "tonight", "yesterday", "tomorrow"]), Words(THE), Words(DEIXIS)],
    },
    Form { name: "ago", read: ago, starts: &[Words(A), Words(NUMBER_WORDS)] },
];

const _: () = assert!(FORMS.len() <= 64, "the dispatch sets are u64 bit sets");

/// The forms tried at a digit run, in their order.
pub(super) const NUM_FORMS: &[Reader] = &[
    century,
    iso_week,
    yyyymmdd,
    spaced_ymd,
    glued_triple,
    year_month,
    numeric_month_name,
    iso,
    numeric,
    day_month,
    decade,
    quarter,
    count_then_deixis,
    units_starting,
    day_of_month,
    offset_then_weekday,
    ago,
    nth_of_period,
    decade_words,
];

/// Token → the set of [`FORMS`] (bit `i` = `FORMS[i]`) that can start at it.
struct Dispatch {
    /// Words of up to 8 letters.
    short: KeyTable<u64>,
    /// Longer words (lower case), few enough to scan.
    long: Vec<(&'static str, u64)>,
    apostrophe: u64,
    holiday: u64,
    /// The forms that can start with "the" (18 of them).
    the: u64,
    /// The forms that read a word after "the" that is not among their own
    /// first tokens (`the fortnight`), by that word.
    after_the_extra: Vec<(&'static str, u64)>,
    /// The forms of [`THE_THEN_DIGITS`].
    the_then_digits: u64,
    /// `month_led` and `day_month`: see [`written_date_may_start`].
    month_or_day: u64,
    /// The forms of [`DEIXIS_FORMS`].
    deixis: u64,
    /// `business_days` and `work_week`, which start with a deixis word and
    /// nothing else: a token whose set meets this is a deixis word.
    deixis_word: u64,
    /// `weekday_of_week`, `weekday_then_offset`, `weekday_with_date`: see [`weekday_may_go_on`].
    weekday_longer: u64,
    /// `weekday_of_week`, which starts with a weekday and nothing else: a
    /// token whose set meets this is a weekday.
    weekday_word: u64,
    /// `glued_triple` and `glued_month_day`: see [`month_glued`]. They
    /// start with a month word and nothing else: a token whose set meets
    /// this is a month word.
    month_glued: u64,
    /// `month_cardinal_day`: see [`month_then_number_word`].
    month_cardinal: u64,
    /// The forms of [`ORDINAL_FORMS`].
    ordinal: u64,
    /// `day_of_month` and `nth_of_period`: besides "the" they start with
    /// ordinal words (and "twenty", "thirty", "last") only.
    ordinal_word: u64,
    /// The forms of [`COUNT_FORMS`]: a token whose set is among them is a count word.
    count: u64,
}

/// The forms that start with a count word and then read what
/// [`count_may_go_on`] lets on.
const COUNT_FORMS: &[&str] = &["units_starting", "offset_then_weekday", "cardinal_day_month", "ago"];

/// The forms that read an ordinal word (after an optional "the") and then
/// what [`ordinal_may_go_on`] lets on.
const ORDINAL_FORMS: &[&str] =
    &["day_of_month", "day_month", "iso_week", "quarter", "nth_of_period", "first_last_n_of_period"];

/// Words a form reads right after its leading "the" that it cannot start
/// with itself, and the form: every other form reads after "the" what it
/// could start with (its "the" is optional), so [`forms_at`] on the next
/// token finds them.
const AFTER_THE_EXTRA: &[(&str, &str)] = &[("fortnight", "fortnight")];

/// The forms starting with "the" that read digits after it (`the 1990s`,
/// `the 22nd of May`, `the 3rd quarter`): those of [`NUM_FORMS`]; the others
/// read a word after "the".
const THE_THEN_DIGITS: &[&str] =
    &["day_of_month", "iso_week", "day_month", "decade", "quarter", "nth_of_period", "decade_words"];

/// The forms that read a deixis word and then what [`deixis_may_go_on`]
/// lets on (those with [`DEIXIS`] among their starts, and
/// `weekday_with_date` from "this" and "next").
const DEIXIS_FORMS: &[&str] = &[
    "week_then_weekday",
    "weekday_with_date",
    "business_days",
    "work_week",
    "fortnight",
    "decade_deixis",
    "relative_word",
];

static DISPATCH: LazyLock<Dispatch> = LazyLock::new(|| {
    let mut words: std::collections::BTreeMap<&'static str, u64> = std::collections::BTreeMap::new();
    let (mut apostrophe, mut holiday, mut the) = (0, 0, 0);
    for (i, f) in FORMS.iter().enumerate() {
        let bit = 1u64 << i;
        for s in f.starts {
            match s {
                Words(ws) => ws.iter().for_each(|w| {
                    *words.entry(w).or_default() |= bit;
                    if *w == "the" {
                        the |= bit;
                    }
                }),
                Apostrophe => apostrophe |= bit,
                HolidayName => holiday |= bit,
            }
        }
    }
    for w in HOLIDAYS.first_words().filter(|w| w.len() <= 8) {
        *words.entry(w).or_default() |= holiday;
    }
    let long = words.iter().filter(|(w, _)| w.len() > 8).map(|(w, m)| (*w, *m)).collect();
    let bit_of = |name: &str| FORMS.iter().position(|f| f.name == name).map_or(0, |i| 1u64 << i);
    let after_the_extra = AFTER_THE_EXTRA.iter().map(|(w, name)| (*w, bit_of(name))).collect();
    let the_then_digits = THE_THEN_DIGITS.iter().fold(0, |m, name| m | bit_of(name));
    let month_or_day = bit_of("month_led") | bit_of("day_month");
    let deixis = DEIXIS_FORMS.iter().fold(0, |m, name| m | bit_of(name));
    let deixis_word = bit_of("business_days") | bit_of("work_week");
    let weekday_longer = bit_of("weekday_of_week") | bit_of("weekday_then_offset") | bit_of("weekday_with_date");
    let weekday_word = bit_of("weekday_of_week");
    let month_glued = bit_of("glued_triple") | bit_of("glued_month_day");
    let month_cardinal = bit_of("month_cardinal_day");
    let ordinal = ORDINAL_FORMS.iter().fold(0, |m, name| m | bit_of(name));
    let ordinal_word = bit_of("day_of_month") | bit_of("nth_of_period");
    let count = COUNT_FORMS.iter().fold(0, |m, name| m | bit_of(name));
    Dispatch {
        short: key_table(words.into_iter().filter(|(w, _)| w.len() <= 8)),
        long,
        apostrophe,
        holiday,
        the,
        after_the_extra,
        the_then_digits,
        month_or_day,
        deixis,
        deixis_word,
        weekday_longer,
        weekday_word,
        month_glued,
        month_cardinal,
        ordinal,
        ordinal_word,
        count,
    }
});

/// Whether a date written after a weekday (or "this"/"next") can start at
/// the cursor: digits (the numeric readers, `day`), or a word `month_led`
/// or `day_month` can start with (a month name, "the", an ordinal day,
/// which also covers `month_tok` and `spelled_day`).
///
/// Fast path for `weekday_with_date` and `weekday_led`: most weekdays in
/// news stand alone ("on Monday, officials …"), and this one look-up
/// rules out the half-dozen readers they would otherwise try in turn.
pub(super) fn written_date_may_start(c: &Cur) -> bool {
    match c.peek() {
        Some(t) if t.kind == TokKind::Num => true,
        Some(t) => forms_at(c, t) & DISPATCH.month_or_day != 0,
        None => false,
    }
}

/// The set of [`FORMS`] that can start at token `t` (not a digit run).
pub(super) fn forms_at(c: &Cur, t: Tok) -> u64 {
    let d = &*DISPATCH;
    let s = c.text(t);
    match t.kind {
        TokKind::Word if s.len() <= 8 => key_lookup(&d.short, s.as_bytes()).unwrap_or(0),
        TokKind::Word => {
            let listed = d.long.iter().find(|(w, _)| w.eq_ignore_ascii_case(s)).map_or(0, |(_, m)| *m);
            listed | if HOLIDAYS.long_first(s) { d.holiday } else { 0 }
        }
        TokKind::Punct if matches!(s, "'" | "\u{2019}") => d.apostrophe,
        _ => 0,
    }
}

/// A single date phrase (no range): the first form that reads at the cursor.
pub(super) fn simple(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind == TokKind::Num {
        // Fast path: most numbers in news start no date (see `digit_gate`).
        if !num_forms_may_read(c, t) {
            return None;
        }
        return first_read(c, x, NUM_FORMS.iter().copied());
    }
    let mut set = forms_to_try(c, t);
    let forms = std::iter::from_fn(|| {
        if set == 0 {
            return None;
        }
        let i = set.trailing_zeros() as usize;
        set &= set - 1;
        Some(FORMS[i].read)
    });
    first_read(c, x, forms)
}

/// The set of [`FORMS`] to try at token `t` (not a digit run): [`forms_at`],
/// narrowed at "the" by the token after it, at a deixis word by the token
/// after that ([`deixis_may_go_on`]), at a weekday by what follows it
/// ([`weekday_may_go_on`]), at a month word by what follows it ([`month_glued`],
/// [`month_then_number_word`]), at an ordinal by the token after it
/// ([`ordinal_may_go_on`]), at a count word by what follows the count
/// ([`count_may_go_on`]). Each step drops only forms that cannot read there.
pub(super) fn forms_to_try(c: &Cur, t: Tok) -> u64 {
    let d = &*DISPATCH;
    let set = forms_at(c, t);
    // Second step: "the" opens 18 forms, but a word after it opens few of them.
    if set == d.the && c.text(t).eq_ignore_ascii_case("the") {
        return set & after_the(c, t);
    }
    // Fast path: most weekdays in news stand alone, read by `weekday_led` only.
    if set & d.weekday_word != 0 && !weekday_may_go_on(c, t.end) {
        return set & !d.weekday_longer;
    }
    // Fast path: a month word mostly starts a date `month_led` reads.
    if set & d.month_glued != 0 {
        let mut set = set;
        if !month_glued(c, t.end) {
            set &= !d.month_glued;
        }
        if !month_then_number_word(c, t.end) {
            set &= !d.month_cardinal;
        }
        return set;
    }
    // Fast path: a count word in news mostly counts something else ("two delegations").
    if set != 0 && set & !d.count == 0 && !count_may_go_on(c, t) {
        return 0;
    }
    let set = after_ordinal(c, t, set, set);
    after_deixis(c, t, set, set)
}

/// `set` without the [`ORDINAL_FORMS`] when token `t` (not "the"; it starts
/// the forms `at_t`) is an ordinal word the next token cannot go on from
/// ("the first time").
fn after_ordinal(c: &Cur, t: Tok, at_t: u64, set: u64) -> u64 {
    let d = &*DISPATCH;
    // Fast path: an ordinal in news mostly qualifies a noun no date form reads.
    if at_t & d.ordinal_word != 0 && !ordinal_may_go_on(c, t.end) {
        return set & !d.ordinal;
    }
    set
}

/// `set` without the [`DEIXIS_FORMS`] when token `t` (which starts the forms
/// `at_t`) is a deixis word the next token cannot go on from ("this room").
fn after_deixis(c: &Cur, t: Tok, at_t: u64, set: u64) -> u64 {
    let d = &*DISPATCH;
    // Fast path: a deixis word in news mostly qualifies a noun no date form reads.
    if at_t & d.deixis_word != 0 && !deixis_may_go_on(c, t.end) {
        return set & !d.deixis;
    }
    set
}

/// The forms starting with "the" (token `t`) that can read what follows it:
/// those the next word can start (plus [`AFTER_THE_EXTRA`]; narrowed after
/// an ordinal or a deixis word as in [`forms_to_try`]), those of [`THE_THEN_DIGITS`]
/// before digits; all of them before punctuation (`the '90s`).
pub(super) fn after_the(c: &Cur, t: Tok) -> u64 {
    let d = &*DISPATCH;
    let mut k = *c;
    k.pos = t.end;
    match k.peek() {
        Some(n) if n.kind == TokKind::Word => {
            let w = k.text(n);
            let extra = d.after_the_extra.iter().filter(|(e, _)| e.eq_ignore_ascii_case(w)).fold(0, |m, (_, b)| m | b);
            let at_n = forms_at(&k, n);
            let set = after_ordinal(&k, n, at_n, (at_n | extra) & d.the);
            after_deixis(&k, n, at_n, set)
        }
        Some(n) if n.kind == TokKind::Num => d.the_then_digits,
        _ => d.the,
    }
}

/// Tries each form on a copy of the cursor; the first that reads moves it.
fn first_read(c: &mut Cur, x: &Ctx, forms: impl Iterator<Item = Reader>) -> Option<Expr> {
    for f in forms {
        let mut k = *c;
        if let Some(e) = f(&mut k, x) {
            *c = k;
            return Some(e);
        }
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
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
        (
            "relative_word",
            &["yesterday", "the last 3 months", "this past Wednesday", "following week", "upcoming year"],
        ),
        ("ago", &["two days ago", "a year ago", "eighteen months ago"]),
    ];

    /// The texts the dispatch is checked on: every string literal of the date tests, and the examples.
    fn texts() -> Vec<String> {
        let sources =
            [include_str!("../tests.rs"), include_str!("../tests_ranges.rs"), include_str!("calendar_tests.rs")];
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
}
