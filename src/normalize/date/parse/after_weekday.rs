//! Whether what follows a weekday can go on into a form that reads more
//! than the weekday: the second step of the dispatch at a weekday.
//!
//! At a weekday four forms are tried in turn: `weekday_of_week` ("Tuesday
//! of next week"), `weekday_then_offset` ("Monday two weeks from now"),
//! `weekday_with_date` ("Friday 7.6") and `weekday_led`, which also reads
//! the weekday alone. In news most weekdays stand alone ("on Monday,
//! officials said"), and the first three each lexed the weekday and what
//! follows before failing. What they read right after it is one short
//! list: "of"; or, after an optional comma or attached dash and bracket,
//! digits, a count ("two", "couple") or the start of a written date (see
//! [`written_date_may_start`]; after "the" only a day may follow: "Sunday
//! the 3rd", not "Monday, the ministry").
//!
//! A necessary condition: when it says no, none of the three can read, so
//! `weekday_led` reads as before (the dispatch's test that no form that
//! reads is skipped covers it).

use super::*;

/// Whether the tokens after the weekday ending at `pos` may go on into
/// `weekday_of_week`, `weekday_then_offset` or `weekday_with_date`.
pub(super) fn weekday_may_go_on(c: &Cur, pos: usize) -> bool {
    let mut k = *c;
    k.pos = pos;
    if k.eat_word("of") {
        return true;
    }
    if !k.eat_punct_tight(b'-') {
        k.eat_punct(b',');
    }
    k.eat_punct(b'(');
    let Some(t) = k.peek() else { return false };
    match t.kind {
        TokKind::Num => true,
        TokKind::Punct => false,
        TokKind::Word => {
            let w = k.text(t);
            if w.eq_ignore_ascii_case("the") {
                let mut j = k;
                j.pos = t.end;
                return written_date_may_start(&j);
            }
            w.eq_ignore_ascii_case("couple") || number_word(w).is_some() || written_date_may_start(&k)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goes_on(text: &str) -> bool {
        let c = Cur::new(text, 0);
        weekday_may_go_on(&c, c.peek().unwrap().end)
    }

    #[test]
    fn a_weekday_goes_on_into_what_the_longer_forms_read() {
        for text in [
            "Tuesday of next week",
            "Monday two weeks from now",
            "Thursday, two year from now",
            "Sat 3 days from now",
            "Friday 7.6",
            "Friday-7/6",
            "Mon (5/12)",
            "Friday June 15",
            "Sunday the 3rd",
            "Friday, twentieth of May",
            "Monday couple of weeks from now",
        ] {
            assert!(goes_on(text), "{text}");
        }
    }

    #[test]
    fn a_weekday_standing_alone_does_not() {
        for text in ["Monday, the ministry said", "Friday officials said", "Monday's vote", "Sunday.", "Monday"] {
            assert!(!goes_on(text), "{text}");
        }
    }
}
