//! Business days and work weeks: "the next 4 business days", "previous 4
//! working days", "this working week", "next workweek".
//!
//! A business day is Monday to Friday (no public holidays: they differ by
//! country). "next N business days" are the N weekdays after the
//! reference day, "previous/last/past N" the N before it, the reference
//! day left out as in "the next 3 days". A work week is Monday to Friday of
//! the reference's ISO week, or of the week before or after it.

use super::*;

/// `d` plus or minus (`step` = ±1) `n` weekdays, `d` itself not counted; with the first weekday passed.
fn weekdays_from(d: Date, step: i64, n: i64) -> Option<(Date, Date)> {
    let mut day = d;
    let mut first = None;
    let mut left = n;
    while left > 0 {
        day = add_days(day, step)?;
        if day.weekday().to_monday_zero_offset() < 5 {
            first.get_or_insert(day);
            left -= 1;
        }
    }
    Some((first?, day))
}

/// `next 4 business days`, `previous 4 business days`, `the last 10 working days`.
pub(super) fn business_days(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let back = c.eat_any(&["next", "coming", "following", "upcoming", "previous", "last", "past"])? >= 4;
    let n = count(c)?;
    if !(1..=366).contains(&n)
        || c.eat_any(&["business", "working", "work"]).is_none()
        || c.eat_any(&["days", "day"]).is_none()
    {
        return None;
    }
    let (a, b) = weekdays_from(x.r?, if back { -1 } else { 1 }, n)?;
    let (start, end) = if back { (b, a) } else { (a, b) };
    Some(Expr::fixed(DateInterval { start, end, granularity: Granularity::Day }))
}

/// `this working week`, `next workweek`, `last work week`, `this business week`: Monday to Friday.
pub(super) fn work_week(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let k = match c.eat_any(&["this", "current", "next", "coming", "following", "last", "previous", "past"])? {
        0 | 1 => 0,
        2..=4 => 1,
        _ => -1,
    };
    if !c.eat_word("workweek") {
        c.eat_any(&["working", "work", "business"])?;
        if !c.eat_word("week") {
            return None;
        }
    }
    let w = week_of(add_days(x.r?, 7 * k)?)?;
    Some(Expr::fixed(DateInterval { start: w.start, end: add_days(w.start, 4)?, granularity: Granularity::Week }))
}
