//! Range sides read more loosely than lone dates. Inside "from … to …",
//! "between … and …" or beside another date, forms that alone are too
//! often something else are dates: a bare or lower-case month ("from sep
//! to nov", "between august and october"), a month and day in digits
//! ("from 10/1 to 11/7": alone it may be a score or a fraction), a spelled
//! day ("from the ninth till the seventeenth of april"), and "now", "date",
//! "current date" (the reference day: "between Jan 2019 and now", "from
//! March to date").
//!
//! Shaped as extra readers tried around [`side`], so the lone-date grammar
//! stays as strict as it was; a range without a cue word ("Jan-Feb 2017",
//! "10/1-11/2/2017") needs a month name on both sides or a year on one.

use super::*;

/// One side of a range: the digit month-day first (so "10/1" is not read
/// as the bare day 10), then the lone-date grammar, then the loose words.
pub(super) fn range_side(c: &mut Cur, x: &Ctx, right: bool) -> Option<Side> {
    range_side_via(c, x, right, |k| side(k, x))
}

/// [`range_side`] with the lone-date reading given: `read_side` reads
/// [`side`] at the cursor it is handed (or gives a read made there before).
pub(super) fn range_side_via<'a>(
    c: &mut Cur<'a>,
    x: &Ctx,
    right: bool,
    read_side: impl FnOnce(&mut Cur<'a>) -> Option<Side>,
) -> Option<Side> {
    let mut k = *c;
    if let Some(e) = digit_month_day(&mut k, x) {
        *c = k;
        return Some(with_year(c, Side::E(e)));
    }
    let mut k = *c;
    if let Some(s) = read_side(&mut k) {
        *c = k;
        return Some(with_year(c, s));
    }
    loose_word(c, x, right)
}

/// A range side's year written after it: `5/1-5/7, 2020`, `June in 2017`,
/// `26 june in 2019 to …`.
pub(super) fn with_year(c: &mut Cur, s: Side) -> Side {
    match s {
        Side::E(mut e) if e.year.is_none() && matches!(e.shape, Shape::Day { .. } | Shape::Month(_)) => {
            let mut k = *c;
            if k.eat_any(&["of", "in"]).is_none() {
                k.eat_punct(b',');
            }
            if let Some(y) = year4(&mut k, 1800, 2100) {
                e.year = Some(y);
                *c = k;
            }
            Side::E(e)
        }
        s => s,
    }
}

/// Eats a range connector: `to`, `till`, `until`, `through`, `thru`, a dash or `~`.
pub(super) fn connector(c: &mut Cur) -> bool {
    eat_connector(c, &["to", "until", "till", "through", "thru"])
}

/// Eats a range connector: one of `words`, a dash or `~`.
///
/// Fast path: the token is lexed once and its kind picks the one test that
/// can hold; a word, a dash and `~` asked in turn lexed it three times.
pub(super) fn eat_connector(c: &mut Cur, words: &[&str]) -> bool {
    let Some(t) = c.peek() else { return false };
    let hit = match t.kind {
        TokKind::Word => words.iter().any(|w| c.text(t).eq_ignore_ascii_case(w)),
        TokKind::Punct => is_dash(c.text(t)) || c.b().get(t.start) == Some(&b'~'),
        TokKind::Num => false,
    };
    if hit {
        c.pos = t.end;
    }
    hit
}

/// A range with no cue word before it, whose left side only a range
/// licenses: `Jan-Feb 2017`, `May to March`, `10/1-11/2/2017`. Needs a
/// month name on both sides, or a year on one of them.
pub(super) fn loose_range(c: Cur, x: &Ctx, start: usize) -> Option<Found> {
    let t = c.peek()?;
    let wordy = t.kind == TokKind::Word;
    if wordy && month(c.text(t)).is_none() {
        return None;
    }
    if !wordy && !matches!(c.b().get(t.end), Some(b'/' | b'-')) {
        return None;
    }
    // Fast path: most month words start no range; the loose side read
    // the date only for `connector` to fail after it.
    let mut a = c;
    a.pos = t.end;
    if wordy && !connector_may_follow(a) {
        return None;
    }
    let mut k = c;
    let left = if wordy { loose_word(&mut k, x, false)? } else { Side::E(digit_month_day(&mut k, x)?) };
    let Side::E(l) = left else { return None };
    if !connector(&mut k) {
        return None;
    }
    let mut j = k;
    let Side::E(r) = range_side(&mut j, x, true)? else { return None };
    let months = matches!(l.shape, Shape::Month(_)) && matches!(r.shape, Shape::Month(_));
    if !(months || l.year.is_some() || r.year.is_some()) {
        return None;
    }
    let (value, relative) = combine(&mut k, x, left)?;
    Some(Found { start, end: k.pos, kind: DateKind::Range, value, relative })
}

/// Whether a range connector can end the loose side of a month read by
/// [`loose_word`] from the cursor (just after the month word).
///
/// Exact by construction: every token `loose_word` eats after the month
/// (digits, "." and ",", [`loose_side_word`]s) is skipped here, and no
/// connector is among them, so the first other token is the only place
/// `connector` can succeed after that side.
fn connector_may_follow(mut c: Cur) -> bool {
    while let Some(t) = c.peek() {
        let part = match t.kind {
            TokKind::Num => true,
            TokKind::Punct => matches!(c.text(t), "." | ","),
            TokKind::Word => loose_side_word(c.text(t)),
        };
        if !part {
            return connector(&mut c);
        }
        c.pos = t.end;
    }
    false
}

/// The words the loose side of a month can hold after the month: "the",
/// ordinal suffixes, spelled days, spelled years ("two thousand and five",
/// "nineteen hundred ninety"), "of"/"in" before a year.
fn loose_side_word(w: &str) -> bool {
    const WORDS: [&str; 12] =
        ["the", "of", "in", "and", "thousand", "hundred", "st", "nd", "rd", "th", "twentieth", "thirtieth"];
    number_word(w).is_some() || WORDS.iter().chain(ORDINAL_DAYS.iter()).any(|l| w.eq_ignore_ascii_case(l))
}

/// `10/1`, `01/25`, `5/7/2020`, `10-1-2018`: a month and day in digits
/// (order from the settings unless one part exceeds 12), with an optional
/// four-digit year. Without a year only with `/`; "2-1" is a score. May
/// be followed by a range dash ("10/1/2018-10/7/2018").
pub(super) fn digit_month_day(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let (a, sep, b) = digit_pair(c)?;
    let mut year = None;
    let mut k = *c;
    if k.eat_punct_tight(sep) && k.tight().is_some_and(|yt| yt.kind == TokKind::Num && yt.end - yt.start == 4) {
        let (_, y) = k.num()?;
        if is_year(y) {
            year = Some(y as i16);
            *c = k;
        }
    }
    if year.is_none() && sep != b'/' {
        return None;
    }
    let next = c.b().get(c.pos).copied();
    let dash_on = next == Some(b'-') && c.b().get(c.pos + 1).is_some_and(|d| d.is_ascii_digit());
    if !dash_on && next.is_some_and(|ch| ch.is_ascii_alphanumeric() || matches!(ch, b'/' | b'-' | b'%')) {
        return None;
    }
    if matches!(c.b().get(c.pos..c.pos + 2), Some([b'.' | b',', d]) if d.is_ascii_digit()) {
        return None;
    }
    // "3-5 January" is a range of days; "1/2 of voters" a fraction.
    if c.peek().is_some_and(|t| t.kind == TokKind::Word && (month_word(c.text(t)).is_some() || c.text(t) == "of")) {
        return None;
    }
    let (m, d) = month_and_day(a, b, x)?;
    let shape = Shape::Day { m, d };
    if let Some(y) = year {
        interval(shape, y)?;
    }
    Some(Expr::new(shape, year))
}

/// The loose words: `now` (and, ending a range, `date`, `current date`),
/// a month in any case or abbreviated, with an optional day ("june the
/// 28th") and year ("april in 2016"), a spelled day ("the ninth").
fn loose_word(c: &mut Cur, x: &Ctx, right: bool) -> Option<Side> {
    let today = Side::E(Expr::fixed(DateInterval::day(x.r?)));
    let mut k = *c;
    if k.eat_word("now") {
        *c = k;
        return Some(today);
    }
    if right {
        let mut k = *c;
        k.eat_word("the");
        if k.eat_word("current") && k.eat_word("date") {
            *c = k;
            return Some(today);
        }
        let mut k = *c;
        if k.eat_word("date") {
            *c = k;
            return Some(today);
        }
    }
    let mut k = *c;
    if let Some((m, full)) = k.peek().filter(|t| t.kind == TokKind::Word).and_then(|t| month(k.text(t))) {
        k.pos = k.peek()?.end;
        if !full {
            k.eat_punct_tight(b'.');
        }
        let mut j = k;
        j.eat_word("the");
        let d = day(&mut j).map(|(d, _)| d).or_else(|| spelled_day(&mut j));
        let (shape, mut y) = match d {
            Some(d) => {
                k = j;
                (Shape::Day { m, d }, opt_year(&mut k))
            }
            None => (Shape::Month(m), None),
        };
        if y.is_none() {
            let mut j = k;
            if j.eat_any(&["of", "in"]).is_none() {
                j.eat_punct(b',');
            }
            if let Some(yy) = year4(&mut j, 1800, 2100) {
                y = Some(yy);
                k = j;
            }
        }
        *c = k;
        return Some(Side::E(Expr::new(shape, y)));
    }
    let mut k = *c;
    k.eat_word("the");
    let at = k.peek()?.start;
    let d = spelled_day(&mut k)?;
    *c = k;
    // A spelled day stands for a bare day number (its token only says "a day, not a year").
    Some(Side::Bare(d as u32, Tok { start: at, end: at + 2, kind: TokKind::Num }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connector_may_follow_a_month_only_after_what_its_side_reads() {
        let may = |text: &str| connector_may_follow(Cur::new(text, 0));
        assert!(may(" to June"));
        assert!(may("-Feb 2017"));
        assert!(may(" 5, 2019 through May 7"));
        assert!(may(" the twenty first of 2019 until now"));
        assert!(may(". 3rd \u{2013} 5th"));
        assert!(may(" two thousand and five to 2007"));
        assert!(may(" twenty-first to"), "the dash may be a connector");
        assert!(!may(" the government said"));
        assert!(!may(" 5, 2019, when talks began"));
        assert!(!may(" 5 and 7"));
        assert!(!may(" 2019"));
        assert!(!may(""));
    }

    #[test]
    fn a_connector_is_one_of_the_words_a_dash_or_a_tilde() {
        let eat = |text: &str| {
            let mut c = Cur::new(text, 0);
            (eat_connector(&mut c, &["and", "to"]), c.pos)
        };
        assert_eq!(eat(" and May"), (true, 4));
        assert_eq!(eat(" TO 5"), (true, 3));
        assert_eq!(eat("\u{2013}5"), (true, 3));
        assert_eq!(eat(" - 5"), (true, 2));
        assert_eq!(eat("~5"), (true, 1));
        assert_eq!(eat(" until 5"), (false, 0), "not among the words given");
        assert_eq!(eat(" andes"), (false, 0));
        assert_eq!(eat(" 5"), (false, 0));
        assert_eq!(eat(", 5"), (false, 0));
        assert_eq!(eat(""), (false, 0));
    }
}
