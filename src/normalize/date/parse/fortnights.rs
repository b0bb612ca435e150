//! Fortnights: "in a fortnight", "the fortnight", "next fortnight", "the
//! past fortnight".
//!
//! "in a fortnight" is the day fourteen days after the reference, as "in
//! two weeks" is. "the fortnight" / "this fortnight" is the two weeks from
//! the Monday of the reference's week; "next fortnight" the two weeks after
//! those. "the last/past/previous fortnight" is the fourteen days before
//! the reference, as "the last 2 weeks" is. "a fortnight later" is not read:
//! it counts from an event the text narrates, not from the publication.

use super::*;

/// `the fortnight`, `this fortnight`, `next fortnight`, `the past fortnight`.
pub(super) fn fortnight(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let the = c.eat_word("the");
    let dx = match c.eat_any(&["this", "current", "next", "coming", "following", "last", "past", "previous"]) {
        // "the next fortnight" is read from "next", as the suite marks it.
        Some(_) if the => None,
        Some(0 | 1) => Some(0),
        Some(2..=4) => Some(1),
        Some(_) => Some(-1),
        None if the => Some(0),
        None => None,
    }?;
    if !c.eat_word("fortnight") {
        return None;
    }
    let r = x.r?;
    if dx < 0 {
        return Some(Expr::fixed(units_around(r, Deixis::Last, 14, "day")?));
    }
    let start = add_days(week_of(r)?.start, 14 * dx)?;
    Some(Expr::fixed(DateInterval { start, end: add_days(start, 13)?, granularity: Granularity::Week }))
}

/// `in a fortnight`, `in a fortnight's time`, `in one fortnight`: the day
/// fourteen days after the reference, "in" included (the possessive and
/// "time" stay out, as "in two weeks' time" reads).
pub(super) fn in_fortnight(t: Tok, mut c: Cur, x: &Ctx) -> Option<Found> {
    if c.eat_any(&["a", "one"]).is_none() || !c.eat_word("fortnight") {
        return None;
    }
    let d = add_days(x.r?, 14)?;
    Some(Found { start: t.start, end: c.pos, kind: DateKind::Date, value: DateInterval::day(d), relative: true })
}
