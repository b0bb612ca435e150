//! Whether what follows an ordinal word ("first", "third", "last",
//! "twentieth", "twenty") can go on into a form that opens with it: the
//! second step of the dispatch at those words.
//!
//! Six forms open with an ordinal, after an optional "the": `day_of_month`
//! ("the first day of May"), `day_month` ("third of May"), `iso_week`
//! ("the first week of 2015"), `quarter` ("the third quarter"),
//! `nth_of_period` ("second week of Jan") and `first_last_n_of_period`
//! ("the first 2 weeks of 2021"). In news the ordinal mostly qualifies
//! something else ("the first time", "second round", "last night"), and
//! each form read it and the next word before failing. What they read
//! right after it is one short list ([`GO_ON`]), so one look-up rules them
//! all out.
//!
//! A necessary condition: when it says no, none of the six can read, so
//! the results do not change (the dispatch's test that no form that reads
//! is skipped covers it).

use super::*;

/// The words that may follow the ordinal in one of its forms: "day"
/// (`day_of_month`), "of" (`day_month`), "week" (`iso_week`,
/// `nth_of_period`), "month" (`nth_of_period`), "quarter" (`quarter`); a
/// count (`first_last_n_of_period`): "couple" and the number words; and
/// after "twenty"/"thirty", the ordinal days ("twenty third").
const GO_ON: &[&[&str]] = &[&["day", "of", "week", "month", "quarter", "couple"], NUMBER_WORDS, &ORDINAL_DAYS];

/// [`GO_ON`] up to 8 letters.
static GO_ON_SHORT: LazyLock<KeyTable<()>> =
    LazyLock::new(|| key_table(GO_ON.iter().flat_map(|ws| ws.iter().map(|w| (*w, ())))));

/// Whether the token after the ordinal word ending at `end` may go on into
/// one of its forms: digits (a count), a dash (`third-quarter`,
/// `twenty-third`), or a listed word.
pub(super) fn ordinal_may_go_on(c: &Cur, end: usize) -> bool {
    let mut k = *c;
    k.pos = end;
    let Some(t) = k.peek() else { return false };
    match t.kind {
        TokKind::Num => true,
        TokKind::Punct => is_dash(k.text(t)),
        TokKind::Word => {
            let w = k.text(t);
            if w.len() <= 8 {
                key_lookup(&GO_ON_SHORT, w.as_bytes()).is_some()
            } else {
                GO_ON.iter().any(|ws| ws.iter().any(|g| g.eq_ignore_ascii_case(w)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goes_on(text: &str) -> bool {
        let c = Cur::new(text, 0);
        ordinal_may_go_on(&c, c.peek().unwrap().end)
    }

    #[test]
    fn an_ordinal_goes_on_into_what_its_forms_read() {
        for text in [
            "first day of May",
            "third of May",
            "first week of 2015",
            "third quarter",
            "third-quarter",
            "second week of Jan",
            "twelfth month of 2021",
            "first 2 weeks of 2021",
            "last four months of 2021",
            "twenty third day of September",
            "twenty-third of May",
            "first seventeen days",
        ] {
            assert!(goes_on(text), "{text}");
        }
    }

    #[test]
    fn an_ordinal_qualifying_something_else_does_not() {
        for text in ["first time", "second round", "last night", "third,", "first"] {
            assert!(!goes_on(text), "{text}");
        }
    }
}
