//! Whether any of the forms that start with digits ([`NUM_FORMS`](super::dispatch::NUM_FORMS)) can read
//! at a digit run: one cheap test of what follows it.
//!
//! News text is full of numbers that start no date: casualty counts ("40
//! people"), the groups of "130,000", "per cent", years standing alone
//! ("in 2014,"). Each tried all 19 number forms before the bare-number
//! reading. Every number form needs, right after its digit run, either a
//! character attached to it (a separator `/` `-` `.`, an ordinal suffix,
//! the `'s` or `s` of a decade) or, after white space, one of a few words
//! (a month, `of`, a unit, a deixis word, `q`/`h`, a lone `s`); the two
//! others are eight digits (`20161016`) and a year before more digits
//! (`2016 10 16`). So a digit run followed by plain white space or
//! punctuation and any other word, or by nothing, rules them all out.
//!
//! Shaped as a necessary condition checked in [`simple`](super::dispatch::simple)
//! before the list: when it says no, every form would have failed, so the
//! results do not change. The tests run every number form at every digit
//! run of the date tests' texts and check that the gate never says no where
//! one reads.

use super::*;

/// The words that can follow a digit run (after white space) in some
/// number form: a month (`day_month`, `year_month`), `of` (`day_month`),
/// a unit (`units_starting`, `offset_then_weekday`, `ago`), a deixis word
/// (`count_then_deixis`), `q` and `h` (`2017 Q1`, `2019 H2`), a lone `s`
/// (`1990 s`).
const WORDS_AFTER_DIGITS: &[&str] = &[
    "of",
    "q",
    "h",
    "s",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "next",
    "upcoming",
    "coming",
    "following",
    "last",
    "past",
    "previous",
];

/// [`WORDS_AFTER_DIGITS`] and the month words, up to 8 letters.
static AFTER_DIGITS: LazyLock<KeyTable<()>> =
    LazyLock::new(|| key_table(WORDS_AFTER_DIGITS.iter().chain(MONTH_WORDS).map(|w| (*w, ()))));

/// The words of [`AFTER_DIGITS`] longer than 8 letters.
const LONG_AFTER_DIGITS: &[&str] = &["september", "following"];

/// Whether some form of [`NUM_FORMS`](super::dispatch::NUM_FORMS) may read at the digit run `t` (the
/// token at the cursor `c`). `false` only when none can.
pub(super) fn num_forms_may_read(c: &Cur, t: Tok) -> bool {
    let b = c.b();
    match b.get(t.end) {
        // Attached letters, digits' separators, apostrophes and any
        // non-ASCII character (`’s`, a no-break space): the full list.
        Some(ch) if ch.is_ascii_alphanumeric() || matches!(ch, b'/' | b'-' | b'\'') || *ch >= 0x80 => return true,
        // `10.02.2014`; a full stop before anything else ends a sentence.
        Some(b'.') if b.get(t.end + 1).is_some_and(u8::is_ascii_digit) => return true,
        _ => {}
    }
    let len = t.end - t.start;
    if len == 8 {
        return true; // `yyyymmdd`
    }
    let mut k = *c;
    k.pos = t.end;
    match k.peek() {
        Some(n) if n.kind == TokKind::Num => len == 4, // `spaced_ymd`
        Some(n) if n.kind == TokKind::Word => {
            let w = k.text(n);
            if w.len() <= 8 {
                key_lookup(&AFTER_DIGITS, w.as_bytes()).is_some()
            } else {
                LONG_AFTER_DIGITS.iter().any(|l| l.eq_ignore_ascii_case(w))
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::lex::next_tok;
    use super::super::dispatch::NUM_FORMS;
    use super::*;

    fn may_read(text: &str) -> bool {
        let c = Cur::new(text, 0);
        num_forms_may_read(&c, c.peek().unwrap())
    }

    #[test]
    fn numbers_that_start_no_date_are_ruled_out() {
        assert!(!may_read("130,000 people"));
        assert!(!may_read("000 people"));
        assert!(!may_read("40 per cent"));
        assert!(!may_read("2014, officials said"));
        assert!(!may_read("2014. Then"));
        assert!(!may_read("2014"));
        assert!(!may_read("12 ("));
        assert!(!may_read("5 km"));
        assert!(!may_read("12 345")); // only four digits (a year) may go on with digits
    }

    #[test]
    fn numbers_a_form_may_read_pass() {
        assert!(may_read("22 January"));
        assert!(may_read("22 JAN"));
        assert!(may_read("22 September"));
        assert!(may_read("3 days ago"));
        assert!(may_read("5 following weeks"));
        assert!(may_read("2017 Q1"));
        assert!(may_read("1990 s"));
        assert!(may_read("3 of May"));
        assert!(may_read("20161016"));
        assert!(may_read("2016 10 16"));
        assert!(may_read("1234 5678")); // a maybe: `spaced_ymd` reads no day there
        assert!(may_read("20th century"));
        assert!(may_read("1990s"));
        assert!(may_read("1990's"));
        assert!(may_read("1990\u{2019}s"));
        assert!(may_read("2/10/2014"));
        assert!(may_read("2014-01-22"));
        assert!(may_read("10.02.2014"));
        assert!(may_read("5\u{a0}days"));
    }

    /// Thursday 23 January 2014.
    fn ctx(month_first: bool) -> Ctx {
        Ctx { r: Some("2014-01-23".parse().unwrap()), bias: Bias::Past, month_first }
    }

    /// Every string literal of the date tests.
    fn texts() -> Vec<String> {
        let sources = [
            include_str!("../tests.rs"),
            include_str!("../tests_ranges.rs"),
            include_str!("calendar_tests.rs"),
            include_str!("digit_gate.rs"),
        ];
        sources.into_iter().flat_map(super::super::dispatch::tests::string_literals).collect()
    }

    #[test]
    fn the_gate_never_rules_out_a_number_form_that_reads() {
        let texts = texts();
        assert!(texts.len() > 400, "{} texts", texts.len());
        let (mut reads, mut ruled_out) = (0, 0);
        for text in &texts {
            let mut pos = 0;
            while let Some(t) = next_tok(text.as_bytes(), pos) {
                pos = t.end;
                if t.kind != TokKind::Num {
                    continue;
                }
                let c = Cur::new(text, t.start);
                let gate = num_forms_may_read(&c, t);
                ruled_out += usize::from(!gate);
                for x in [ctx(true), ctx(false)] {
                    for (i, f) in NUM_FORMS.iter().enumerate() {
                        let mut k = c;
                        if f(&mut k, &x).is_some() {
                            reads += 1;
                            assert!(gate, "number form {i} reads {:?} but the gate rules it out", &text[t.start..]);
                        }
                    }
                }
            }
        }
        assert!(reads > 300, "{reads} reads");
        assert!(ruled_out > 100, "{ruled_out} ruled out");
    }
}
