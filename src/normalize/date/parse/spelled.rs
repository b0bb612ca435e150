//! Days written as cardinal words: "January twenty five nineteen eighty
//! six", "twenty five January nineteen eighty six", "fifteen August
//! nineteen hundred ninety three", "May twenty nine".
//!
//! The day must sit next to a month name (a count before a month word
//! is rare enough in news: "twenty five January" is a date), and the year,
//! when present, is a spelled year (`spelled_year`).

use super::*;

/// A day of the month as a cardinal in words, 1–31.
fn cardinal_day(c: &mut Cur) -> Option<i8> {
    let mut k = *c;
    let n = spelled_number(&mut k)?;
    if !(1..=31).contains(&n) || k.b().get(k.pos) == Some(&b'-') {
        return None;
    }
    *c = k;
    Some(n as i8)
}

/// `January twenty five nineteen eighty six`, `May twenty nine`.
pub(super) fn month_cardinal_day(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let (m, _) = month_tok(c)?;
    // "February twenty second", "October two thousand and five": read by `month_led`.
    let (mut j, mut k) = (*c, *c);
    if spelled_day(&mut j).is_some() || spelled_year(&mut k).is_some() {
        return None;
    }
    let d = cardinal_day(c)?;
    // "January twenty five nineteen eighty six": the year starts after the day.
    let mut k = *c;
    let y = spelled_year(&mut k);
    if y.is_some() {
        *c = k;
    } else if c.peek().is_some_and(|t| t.kind == TokKind::Word && unit(c.text(t)).is_some()) {
        return None;
    }
    Some(Expr::new(Shape::Day { m, d }, y))
}

/// `twenty five January nineteen eighty six`, `fifteen August 1993`.
pub(super) fn cardinal_day_month(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let d = cardinal_day(c)?;
    let (m, _) = month_tok(c)?;
    let mut k = *c;
    let y = spelled_year(&mut k).or_else(|| year4(&mut k, 1000, 2999));
    if y.is_some() {
        *c = k;
    }
    Some(Expr::new(Shape::Day { m, d }, y))
}
