//! A day of the month named by its ordinal: "the 15th day of next month",
//! "the twenty third day of September", "the thirty-first day of the
//! month", and "the week of the 18th" (the ISO week holding that day of
//! the nearest month, by the bias).

use super::*;

/// `the 15th`, `twenty third`, `the thirty-first`: an ordinal day, "the" optional.
fn ordinal_day(c: &mut Cur) -> Option<i8> {
    let mut k = *c;
    k.eat_word("the");
    let d = match day(&mut k) {
        Some((d, true)) => d,
        Some(_) => return None,
        None => spelled_day(&mut k)?,
    };
    *c = k;
    Some(d)
}

/// `the 15th day of next month`, `the twenty third day of September`,
/// `the thirty-first day of the month` (the reference's month).
pub(super) fn day_of_month(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let d = ordinal_day(c)?;
    if !(c.eat_word("day") && c.eat_word("of")) {
        return None;
    }
    let mut k = *c;
    if let Some((m, _)) = month_tok(&mut k) {
        let mut j = k;
        let y = opt_year(&mut j);
        *c = if y.is_some() { j } else { k };
        return Some(Expr::new(Shape::Day { m, d }, y));
    }
    let r = x.r?;
    let k = if c.eat_word("the") {
        c.eat_word("month").then_some(0)?
    } else {
        let k = [0, 1, -1][c.eat_any(&["this", "next", "last"])?];
        c.eat_word("month").then_some(k)?
    };
    let (y, m) = norm_month(r.year() as i32, r.month() as i32 + k)?;
    let day = Date::new(y, m, d).ok()?;
    Some(Expr { shape: Shape::Fixed(DateInterval::day(day)), year: None, weekday: None, relative: true })
}

/// `the week of the 18th`: the ISO week holding the 18th of the nearest month.
pub(super) fn week_of_nth(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    if !(c.eat_word("week") && c.eat_word("of") && c.eat_word("the")) {
        return None;
    }
    let (d, ord) = day(c)?;
    if !ord
        || c.peek().is_some_and(|t| {
            t.kind == TokKind::Word && (month_word(c.text(t)).is_some() || c.text(t).eq_ignore_ascii_case("of"))
        })
    {
        return None;
    }
    let (iv, relative) = resolve(&Expr::new(Shape::DayOnly(d), None), x.r, x.bias)?;
    Some(Expr { shape: Shape::Fixed(week_of(iv.start)?), year: None, weekday: None, relative })
}
