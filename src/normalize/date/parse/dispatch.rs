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
pub(crate) mod tests;
