//! What may follow a month word for the forms that read more than
//! `month_led`: the second step of the dispatch at a month word.
//!
//! At a month word four forms are tried in turn: `glued_triple`
//! ("Sep-23-2020"), `glued_month_day` ("Dec31", "Oct/2"),
//! `month_cardinal_day` ("May twenty nine") and `month_led`, which reads
//! the month dates of news ("January 22, 2014"). The first three failed on
//! nearly every month word, each after lexing it again. They need,
//! right after the month word (and the full stop of an abbreviation): an
//! attached `-`, `/` or digit (the glued forms), or a number word
//! (`month_cardinal_day`). Two byte tests and one token rule them out.
//!
//! A necessary condition: when it says no, those forms cannot read, so the
//! results do not change (the dispatch's test that no form that reads is
//! skipped covers it).

use super::*;

/// Where the forms go on after the month word ending at `end`: past the
/// full stop of an abbreviation (`month_tok` eats it), kept for any word.
fn past_stop(c: &Cur, end: usize) -> usize {
    if c.b().get(end) == Some(&b'.') {
        end + 1
    } else {
        end
    }
}

/// Whether `glued_triple` or `glued_month_day` may read at the month word
/// ending at `end`: a `-`, `/` or digit is attached to it.
pub(super) fn month_glued(c: &Cur, end: usize) -> bool {
    matches!(c.b().get(past_stop(c, end)), Some(b'-' | b'/' | b'0'..=b'9'))
}

/// Whether `month_cardinal_day` may read at the month word ending at
/// `end`: a number word follows it.
pub(super) fn month_then_number_word(c: &Cur, end: usize) -> bool {
    let mut k = *c;
    k.pos = past_stop(c, end);
    k.peek().is_some_and(|t| t.kind == TokKind::Word && number_word(k.text(t)).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_first_word<T>(text: &str, f: fn(&Cur, usize) -> T) -> T {
        let c = Cur::new(text, 0);
        f(&c, c.peek().unwrap().end)
    }

    #[test]
    fn glued_forms_need_something_attached() {
        for (text, want) in [
            ("Sep-23-2020", true),
            ("Dec31, 1994", true),
            ("Oct/2", true),
            ("Sep.-23-2020", true),
            ("January 22, 2014", false),
            ("June", false),
            ("Jan. 22", false),
        ] {
            assert_eq!(at_first_word(text, month_glued), want, "{text}");
        }
    }

    #[test]
    fn month_cardinal_day_needs_a_number_word() {
        for (text, want) in [
            ("May twenty nine", true),
            ("January twenty five nineteen eighty six", true),
            ("Jan. five", true),
            ("January 22", false),
            ("June officials", false),
            ("August", false),
        ] {
            assert_eq!(at_first_word(text, month_then_number_word), want, "{text}");
        }
    }
}
