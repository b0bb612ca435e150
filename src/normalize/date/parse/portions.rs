//! Counted portions of a named period: "the last week of July", "3rd week
//! of Jan", "the first 2 weeks of 2021", "the last four months of 2021",
//! "first ten days of last year", "the third month of 2021".
//!
//! The period after "of" is a month (with or without its year, or
//! "this/last/next month") or a year ("2021", "this/last/next year", "the
//! year"). Weeks run Monday to Sunday: the weeks of a month start with the
//! week holding its 1st, its last week is the one holding its last day;
//! the weeks of a year are its ISO weeks (week 1 holds the first Thursday),
//! as "the first week of 2015" already reads. Weeks of a year in the
//! singular ("the first week of 2015") are read by `iso_week`.

use super::super::resolve::month_bounds;
use super::*;

/// Spelled ordinals up to the twelfth (a month of a year).
const ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth",
];

/// An ordinal at the cursor: `third`, `3rd`, or `last` (returned as 0).
fn ordinal(c: &mut Cur) -> Option<i8> {
    if c.eat_word("last") {
        return Some(0);
    }
    if let Some(i) = c.eat_any(&ORDINALS) {
        return Some(i as i8 + 1);
    }
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, n) = c.num()?;
    if !ordinal_suffix(c) || !(1..=12).contains(&n) {
        return None;
    }
    Some(n as i8)
}

/// The period after "of": its days, whether it is a year, and whether the reference placed it.
fn period_of(c: &mut Cur, x: &Ctx) -> Option<(DateInterval, bool, bool)> {
    let mut k = *c;
    if let Some(y) = week_year(&mut k, x) {
        let relative = !c.peek().is_some_and(|t| t.kind == TokKind::Num);
        *c = k;
        return Some((interval(Shape::Year, y)?, true, relative));
    }
    let mut k = *c;
    if k.eat_word("the") && k.eat_word("year") {
        *c = k;
        return Some((interval(Shape::Year, x.r?.year())?, true, true));
    }
    let mut k = *c;
    if let Some((m, _)) = month_tok(&mut k) {
        let mut j = k;
        j.eat_punct(b',');
        let y = year4(&mut j, 1800, 2100);
        if y.is_some() {
            k = j;
        }
        let (iv, relative) = resolve(&Expr::new(Shape::Month(m), y), x.r, x.bias)?;
        *c = k;
        return Some((iv, false, relative));
    }
    let mut k = *c;
    let e = relative_word(&mut k, x)?;
    if !matches!(e.shape, Shape::Month(_)) {
        return None;
    }
    let (iv, relative) = resolve(&e, x.r, x.bias)?;
    *c = k;
    Some((iv, false, relative))
}

/// `the last week of July`, `first week of Jan 2015`, `3rd week of Jan`,
/// `the last week of this month`, `the third month of 2021`, `the 9th month of next year`.
pub(super) fn nth_of_period(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    let n = ordinal(c)?;
    let month = c.eat_any(&["week", "month"])? == 1;
    if !c.eat_word("of") {
        return None;
    }
    let (p, is_year, relative) = period_of(c, x)?;
    let iv = if month {
        if !is_year {
            return None;
        }
        let m = if n == 0 { 12 } else { n };
        interval(Shape::Month(m), p.start.year())?
    } else {
        if is_year {
            return None; // "the first week of 2015": an ISO week, read by `iso_week`
        }
        let w = if n == 0 { week_of(p.end)? } else { week_of(add_days(p.start, 7 * (n as i64 - 1))?)? };
        if w.start > p.end {
            return None;
        }
        w
    };
    Some(Expr { relative, ..Expr::fixed(iv) })
}

/// `the first 2 weeks of 2021`, `the last 3 weeks of this year`, `the last
/// four months of 2021`, `first ten days of last year`.
pub(super) fn first_last_n_of_period(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    let last = c.eat_any(&["first", "last"])? == 1;
    let n = count(c)?;
    if n <= 0 || n > 366 {
        return None;
    }
    let unit = c.eat_any(&["days", "weeks", "months"])?;
    if !c.eat_word("of") {
        return None;
    }
    let (p, is_year, relative) = period_of(c, x)?;
    let (start, end, g) = match unit {
        0 if last => (add_days(p.end, 1 - n)?, p.end, Granularity::Day),
        0 => (p.start, add_days(p.start, n - 1)?, Granularity::Day),
        1 => {
            // Weeks of a year are its ISO weeks; of a month, from the week holding its 1st.
            let (first, final_) = if is_year {
                let y = p.start.year();
                let w1 = jiff::civil::ISOWeekDate::new(y, 1, jiff::civil::Weekday::Monday).ok()?.date();
                (w1, week_of(Date::new(y, 12, 28).ok()?)?.end)
            } else {
                (week_of(p.start)?.start, week_of(p.end)?.end)
            };
            if last {
                (add_days(final_, 1 - 7 * n)?, final_, Granularity::Week)
            } else {
                (first, add_days(first, 7 * n - 1)?, Granularity::Week)
            }
        }
        _ => {
            if !is_year || n > 12 {
                return None;
            }
            let y = p.start.year();
            let n = n as i8;
            let (m1, m2) = if last { (13 - n, 12) } else { (1, n) };
            (month_bounds(y, m1)?.0, month_bounds(y, m2)?.1, Granularity::Month)
        }
    };
    if start < p.start.min(week_of(p.start)?.start) || end > p.end.max(week_of(p.end)?.end) {
        return None;
    }
    Some(Expr { relative, ..Expr::fixed(DateInterval { start, end, granularity: g }) })
}
