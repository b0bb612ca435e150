//! Calendar shapes (a day, a month, a part of a year, …) and how a shape
//! without a year is placed against the reference date.

use super::parse::HolidayRule;
use super::Bias;
use crate::model::{Date, DateInterval, Granularity};
use jiff::civil::Weekday;

/// What a date phrase names, before a year is chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Shape {
    /// A day of a month.
    Day { m: i8, d: i8 },
    /// A day of an unnamed month ("on the 22nd").
    DayOnly(i8),
    /// A calendar month.
    Month(i8),
    /// Days `lo..=hi` of month `m` (`hi` is clamped to the month's end).
    MonthPart { m: i8, lo: i8, hi: i8 },
    /// Months `m1..=m2` (`m2` > 12 reaches into the next year: winter).
    YearPart { m1: i8, m2: i8 },
    /// Quarter 1–4.
    Quarter(i8),
    /// The whole year.
    Year,
    /// The decade starting at the year.
    Decade,
    /// Years `lo..=hi` of the decade starting at the year ("the early 1990s").
    DecadePart { lo: i8, hi: i8 },
    /// Already placed (weeks, weekdays, relative words).
    Fixed(DateInterval),
    /// A holiday's day ("Easter", "Thanksgiving").
    Holiday(HolidayRule),
}

/// A parsed date phrase: a shape, its year when written, the weekday when
/// written, and whether the reference was needed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Expr {
    pub shape: Shape,
    pub year: Option<i16>,
    pub weekday: Option<Weekday>,
    pub relative: bool,
}

impl Expr {
    pub fn new(shape: Shape, year: Option<i16>) -> Self {
        Expr { shape, year, weekday: None, relative: false }
    }

    pub fn fixed(iv: DateInterval) -> Self {
        Expr { shape: Shape::Fixed(iv), year: None, weekday: None, relative: true }
    }
}

/// First and last day of month `m` (1-based, may run past 12 into later years) of year `y`.
pub(crate) fn month_bounds(y: i16, m: i8) -> Option<(Date, Date)> {
    let (y, m) = norm_month(y as i32, m as i32)?;
    let first = Date::new(y, m, 1).ok()?;
    Some((first, first.last_of_month()))
}

/// Normalises a (year, month) pair whose month may be out of 1..=12.
pub(crate) fn norm_month(y: i32, m: i32) -> Option<(i16, i8)> {
    let total = y.checked_mul(12)?.checked_add(m - 1)?;
    let y = total.div_euclid(12);
    let m = total.rem_euclid(12) + 1;
    Some((i16::try_from(y).ok()?, m as i8))
}

/// The days a shape means in year `y`.
pub(crate) fn interval(shape: Shape, y: i16) -> Option<DateInterval> {
    let iv = |start, end, granularity| Some(DateInterval { start, end, granularity });
    match shape {
        Shape::Day { m, d } => Date::new(y, m, d).ok().map(DateInterval::day),
        Shape::DayOnly(_) => None,
        Shape::Month(m) => {
            let (a, b) = month_bounds(y, m)?;
            iv(a, b, Granularity::Month)
        }
        Shape::MonthPart { m, lo, hi } => {
            let (_, b) = month_bounds(y, m)?;
            let hi = hi.min(b.day());
            iv(Date::new(y, m, lo).ok()?, Date::new(y, m, hi).ok()?, Granularity::Part)
        }
        Shape::YearPart { m1, m2 } => {
            let (a, _) = month_bounds(y, m1)?;
            let (_, b) = month_bounds(y, m2)?;
            iv(a, b, Granularity::Part)
        }
        Shape::Quarter(q) => {
            let (a, _) = month_bounds(y, q * 3 - 2)?;
            let (_, b) = month_bounds(y, q * 3)?;
            iv(a, b, Granularity::Quarter)
        }
        Shape::Year => iv(Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?, Granularity::Year),
        Shape::Decade => iv(Date::new(y, 1, 1).ok()?, Date::new(y.checked_add(9)?, 12, 31).ok()?, Granularity::Decade),
        Shape::DecadePart { lo, hi } => iv(
            Date::new(y.checked_add(lo as i16)?, 1, 1).ok()?,
            Date::new(y.checked_add(hi as i16)?, 12, 31).ok()?,
            Granularity::Part,
        ),
        Shape::Fixed(i) => Some(i),
        Shape::Holiday(h) => h.day(y).map(DateInterval::day),
    }
}

/// Days from `a` to `b` (negative when `b` is earlier).
pub(crate) fn days_between(a: Date, b: Date) -> i64 {
    b.duration_since(a).as_secs().div_euclid(86_400)
}

/// `d` plus `n` days.
pub(crate) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

/// Picks one of `cands` (sorted by start) for the reference and bias.
pub(crate) fn pick(cands: &[DateInterval], r: Date, bias: Bias) -> Option<DateInterval> {
    match bias {
        Bias::Past => cands.iter().rev().find(|c| c.start <= r).or(cands.first()).copied(),
        Bias::Future => cands.iter().find(|c| c.end >= r).or(cands.last()).copied(),
        Bias::Nearest => cands
            .iter()
            .min_by_key(|c| {
                if c.start <= r && r <= c.end {
                    0
                } else {
                    days_between(r, c.start).abs().min(days_between(r, c.end).abs())
                }
            })
            .copied(),
    }
}

/// Places an expression: a written year wins; otherwise the reference and bias choose.
/// Returns the interval and whether the reference was needed.
pub(crate) fn resolve(e: &Expr, r: Option<Date>, bias: Bias) -> Option<(DateInterval, bool)> {
    if let Shape::Fixed(i) = e.shape {
        return Some((i, e.relative));
    }
    if let Some(y) = e.year {
        if let Shape::DayOnly(d) = e.shape {
            let r = r?;
            let m = r.month();
            return interval(Shape::Day { m, d }, y).map(|i| (i, true));
        }
        return interval(e.shape, y).map(|i| (i, e.relative));
    }
    let r = r?;
    let mut cands: Vec<DateInterval> = Vec::with_capacity(3);
    match e.shape {
        Shape::DayOnly(d) => {
            for k in -1..=1 {
                if let Some((y, m)) = norm_month(r.year() as i32, r.month() as i32 + k) {
                    if let Some(i) = interval(Shape::Day { m, d }, y) {
                        cands.push(i);
                    }
                }
            }
        }
        shape => {
            for k in -1..=1 {
                if let Some(i) = r.year().checked_add(k).and_then(|y| interval(shape, y)) {
                    cands.push(i);
                }
            }
        }
    }
    if let Some(wd) = e.weekday {
        let matching: Vec<DateInterval> = cands.iter().copied().filter(|c| c.start.weekday() == wd).collect();
        if !matching.is_empty() {
            cands = matching;
        }
    }
    pick(&cands, r, bias).map(|i| (i, true))
}

/// Which of "last", "this", "next" qualified a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Deixis {
    Last,
    This,
    Next,
}

/// "last May", "next summer", "this spring": the latest occurrence ending
/// before the reference, the first starting after it, or the one containing
/// it (else the one in the reference year).
pub(crate) fn deictic(shape: Shape, r: Date, dx: Deixis) -> Option<DateInterval> {
    let cands: Vec<DateInterval> =
        (-2..=2).filter_map(|k| r.year().checked_add(k).and_then(|y| interval(shape, y))).collect();
    match dx {
        Deixis::Last => cands.iter().rev().find(|c| c.end < r).copied(),
        Deixis::Next => cands.iter().find(|c| c.start > r).copied(),
        Deixis::This => cands
            .iter()
            .find(|c| c.start <= r && r <= c.end)
            .or_else(|| cands.iter().find(|c| c.start.year() == r.year()))
            .copied(),
    }
}

/// A weekday placed against the reference. `dx` overrides the bias:
/// last = strictly before, next = strictly after, this = in the same ISO week.
pub(crate) fn weekday_near(wd: Weekday, r: Date, bias: Bias, dx: Option<Deixis>) -> Option<Date> {
    let back = (r.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7) as i64;
    let fwd = (7 - back) % 7;
    let off = match dx {
        Some(Deixis::Last) => -(if back == 0 { 7 } else { back }),
        Some(Deixis::Next) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Some(Deixis::This) => wd.to_monday_zero_offset() as i64 - r.weekday().to_monday_zero_offset() as i64,
        None => match bias {
            Bias::Past => -back,
            Bias::Future => fwd,
            Bias::Nearest => {
                if back <= fwd {
                    -back
                } else {
                    fwd
                }
            }
        },
    };
    add_days(r, off)
}

/// Day `n` of the nearest month (before the reference for `Past`, after it
/// for `Future`, either for `Nearest`) on which it falls on `wd`: "Mon 13th".
/// Looks two years each way; a weekday-day pair recurs within fourteen months.
pub(crate) fn weekday_day(wd: Weekday, n: i8, r: Date, bias: Bias) -> Option<Date> {
    let at = |k: i32| {
        let (y, m) = norm_month(r.year() as i32, r.month() as i32 + k)?;
        Date::new(y, m, n).ok().filter(|d| d.weekday() == wd)
    };
    let back = (0..=24).filter_map(|k| at(-k).filter(|d| *d <= r)).next();
    let fwd = (0..=24).filter_map(|k| at(k).filter(|d| *d >= r)).next();
    match bias {
        Bias::Past => back.or(fwd),
        Bias::Future => fwd.or(back),
        Bias::Nearest => match (back, fwd) {
            (Some(b), Some(f)) => Some(if days_between(b, r) <= days_between(r, f) { b } else { f }),
            (b, f) => b.or(f),
        },
    }
}

/// The ISO week (Monday..Sunday) containing `d`.
pub(crate) fn week_of(d: Date) -> Option<DateInterval> {
    let mon = add_days(d, -(d.weekday().to_monday_zero_offset() as i64))?;
    Some(DateInterval { start: mon, end: add_days(mon, 6)?, granularity: Granularity::Week })
}

/// The `n` units before (`Last`) or after (`Next`) the reference, the
/// reference day left out: "the last 3 months" on 7 November is 7 August to
/// 6 November, "the next 3 days" on 7 November is the 8th to the 10th.
/// Quarters are whole ("the last 2 quarters" in July: January to June).
pub(crate) fn units_around(r: Date, dx: Deixis, n: i64, unit: &str) -> Option<DateInterval> {
    if n <= 0 || dx == Deixis::This {
        return None;
    }
    let sign = if dx == Deixis::Last { -1 } else { 1 };
    if unit == "quarter" {
        let q0 = (r.year() as i64) * 4 + (r.month() as i64 - 1) / 3;
        let (a, b) = if sign < 0 { (q0 - n, q0 - 1) } else { (q0 + 1, q0 + n) };
        let first = |q: i64| Date::new(i16::try_from(q.div_euclid(4)).ok()?, (q.rem_euclid(4) * 3 + 1) as i8, 1).ok();
        let start = first(a)?;
        let end = first(b + 1)?.yesterday().ok()?;
        return Some(DateInterval { start, end, granularity: Granularity::Quarter });
    }
    let span = unit_span(unit, sign * n)?;
    let far = r.checked_add(span).ok()?;
    let (start, end) = if sign < 0 { (far, add_days(r, -1)?) } else { (add_days(r, 1)?, far) };
    Some(DateInterval { start, end, granularity: Granularity::Day })
}

/// `n` days, weeks, months or years as a span (`None` for another unit or
/// a count out of range).
pub(crate) fn unit_span(unit: &str, n: i64) -> Option<jiff::Span> {
    match unit {
        "day" => jiff::Span::new().try_days(n).ok(),
        "week" => jiff::Span::new().try_weeks(n).ok(),
        "month" => jiff::Span::new().try_months(n).ok(),
        "year" => jiff::Span::new().try_years(n).ok(),
        _ => None,
    }
}
