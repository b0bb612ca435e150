//! Whether the token after a deixis word ("this", "next", "last", "past",
//! "current", "upcoming" …) can go on into a date: the second step of the
//! dispatch at those words.
//!
//! Seven forms open with a deixis word (`relative_word`, `decade_deixis`,
//! `fortnight`, `work_week`, `business_days`, `week_then_weekday`,
//! `weekday_with_date`), and in news the word mostly qualifies something
//! else: "this room", "upcoming talks", "the current regime", "last
//! year's", "past decades"… Each form ate the deixis word and looked up
//! the next one its own way (a count, a unit, a weekday, a holiday, a
//! month, a season) before failing. What any of them reads right after
//! the deixis word is one short list ([`GO_ON`] and the holiday names), so
//! one look-up of the next word rules them all out at once.
//!
//! A necessary condition: when it says no, none of the seven could read,
//! so the results do not change (the dispatch's test that no form that
//! reads is skipped covers it). Unit words are not in the dispatch table
//! (no form starts with them), hence the list of its own.

use super::*;

/// The words that may follow a deixis word in one of its forms:
/// - a count (`relative_word`'s "last 3 months", `business_days`,
///   `decade_deixis`): "couple" and the number words;
/// - "past", "coming", "upcoming" ("this past Wednesday");
/// - a unit after it (`relative_word`): "week", "weekend", "month", "year",
///   "quarter", "calendar" ("this calendar year"), "decade", "fortnight";
/// - `work_week`'s "workweek", "working", "work", "business";
/// - a weekday (full or abbreviated: `weekday_with_date`'s "next Friday 5/12"),
///   a month, a season;
/// - the start of a written date (`weekday_with_date`'s "next 6th of April"):
///   "the", an ordinal day, a spelled tens day.
///
/// Besides these, the first words of holiday names ("the following Easter").
const GO_ON: &[&[&str]] = &[
    &["couple", "past", "coming", "upcoming"],
    &["week", "weekend", "month", "year", "quarter", "calendar", "decade", "fortnight"],
    &["workweek", "working", "work", "business"],
    &["the", "twentieth", "thirtieth", "twenty", "thirty"],
    NUMBER_WORDS,
    WEEKDAY_WORDS,
    WEEKDAY_ABBRS,
    MONTH_WORDS,
    SEASONS,
    &ORDINAL_DAYS,
];

/// [`GO_ON`] and the first words of holidays, up to 8 letters.
static GO_ON_SHORT: LazyLock<KeyTable<()>> = LazyLock::new(|| {
    key_table(GO_ON.iter().flat_map(|ws| ws.iter().copied()).chain(HOLIDAYS.first_words()).map(|w| (w, ())))
});

/// Whether the token at or after `pos` (the end of a deixis word) may go on
/// into a form that opens with the deixis word: digits and punctuation
/// (`next (5/12)`) may; a word only when it is listed.
pub(super) fn deixis_may_go_on(c: &Cur, pos: usize) -> bool {
    let mut k = *c;
    k.pos = pos;
    let Some(t) = k.peek() else { return false };
    if t.kind != TokKind::Word {
        return true;
    }
    let w = k.text(t);
    if w.len() <= 8 {
        return key_lookup(&GO_ON_SHORT, w.as_bytes()).is_some();
    }
    GO_ON.iter().any(|ws| ws.iter().any(|g| g.eq_ignore_ascii_case(w))) || HOLIDAYS.long_first(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the word after the first one may go on.
    fn goes_on(text: &str) -> bool {
        let c = Cur::new(text, 0);
        deixis_may_go_on(&c, c.peek().unwrap().end)
    }

    #[test]
    fn the_words_deixis_forms_read_next_go_on() {
        for text in [
            "this week",
            "last 3 months",
            "next two days",
            "past couple of weeks",
            "this past Wednesday",
            "next fri",
            "last September",
            "this calendar year",
            "next workweek",
            "current business week",
            "coming decade",
            "past fortnight",
            "following Easter",
            "last summer",
            "next 6th of April",
            "next the 6th",
            "next twentieth of May",
            "next seventeenth of May",
            "next (5/12)",
            "next Thanksgiving",
        ] {
            assert!(goes_on(text), "{text}");
        }
    }

    #[test]
    fn other_words_after_a_deixis_word_do_not() {
        for text in ["this room", "upcoming talks", "current regime", "last night", "past decades", "next", "this."] {
            assert_eq!(goes_on(text), text == "this.", "{text}");
        }
    }
}
