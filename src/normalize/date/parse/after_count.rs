//! What may follow a count word ("two", "a", "couple") for the forms that
//! start with one: the second step of the dispatch at a count word.
//!
//! At a number word four forms are tried in turn: `units_starting` ("three
//! days starting today"), `offset_then_weekday` ("two weeks from today on
//! Tuesday"), `cardinal_day_month` ("twenty five January") and `ago` ("two
//! days ago", "three weeks from now"); at "a"/"an" `units_starting` and
//! `ago`, at "couple" `units_starting` and `offset_then_weekday`. In news a
//! count mostly counts something else ("two delegations", "three years."),
//! and each form read the count and the word after it again before failing.
//! After the count (a spelled number such as "twenty five", each form reads
//! it with `spelled_number`; "a"/"an"; "couple [of]") they need a month word
//! (`cardinal_day_month`), or a unit of time and then `starting`,
//! `beginning` or `commencing` (`units_starting`), `from`, `after` or
//! `before` (`offset_then_weekday`, `ago`) or `ago`.
//!
//! A necessary condition: when it says no, none of the four can read, so
//! the results do not change (the dispatch's test that no form that reads
//! is skipped covers it).

use super::*;

/// The words after a count and a unit that the count forms go on with.
const AFTER_UNIT: &[&str] = &["starting", "beginning", "commencing", "from", "after", "before", "ago"];

/// Whether the count word at token `t` may go on into `units_starting`,
/// `offset_then_weekday`, `cardinal_day_month` or `ago`.
pub(super) fn count_may_go_on(c: &Cur, t: Tok) -> bool {
    let mut k = *c;
    k.pos = t.start;
    if k.eat_any(&["a", "an"]).is_none() {
        if k.eat_word("couple") {
            k.eat_word("of");
        } else if spelled_number(&mut k).is_none() {
            return false;
        }
    }
    let Some(u) = k.peek().filter(|u| u.kind == TokKind::Word) else { return false };
    let w = k.text(u);
    if month(w).is_some() {
        return true;
    }
    if unit(w).is_none() {
        return false;
    }
    k.pos = u.end;
    k.eat_any(AFTER_UNIT).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_first_word(text: &str) -> bool {
        let c = Cur::new(text, 0);
        count_may_go_on(&c, c.peek().unwrap())
    }

    #[test]
    fn a_count_goes_on_into_a_month_or_a_unit_and_what_the_forms_read_after_it() {
        for (text, want) in [
            ("two days ago", true),
            ("a year ago", true),
            ("three days starting from today", true),
            ("couple of days starting today", true),
            ("couple weeks from now on Friday", true),
            ("twenty five January nineteen eighty six", true),
            ("twenty-five days after", true),
            ("seventeen March", true),
            ("a day after an opposition", true),
            ("A Week Before", true),
            ("three years.", false),
            ("two delegations should", false),
            ("three-year-old civil war", false),
            ("a month ahead of", false),
            ("Forty countries", false),
            ("one", false),
            ("couple", false),
            ("the week", false),
        ] {
            assert_eq!(at_first_word(text), want, "{text}");
        }
    }
}
