//! Chat and headline abbreviations of dates: "otd" (on this day: the
//! reference day) and "EOY" (end of year: December of the reference year,
//! as "the end of the year" reads).

use super::*;

/// `otd`, `EOY`.
pub(super) fn abbreviation(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let i = c.eat_any(&["otd", "eoy"])?;
    let r = x.r?;
    if i == 0 {
        return Some(Expr::fixed(DateInterval::day(r)));
    }
    Some(Expr { shape: Shape::YearPart { m1: 12, m2: 12 }, year: Some(r.year()), weekday: None, relative: true })
}
