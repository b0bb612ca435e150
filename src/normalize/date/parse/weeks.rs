//! Weekday-led dates, centuries, ISO weeks and "the week of …", "earlier/later this …".

use super::*;

/// `Saturday 22 July 2017`, `Wednesday, January 22`, `Friday`.
pub(super) fn weekday_led(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let (wd, abbr) = match weekday(c.text(t)) {
        Some(wd) => (wd, false),
        None => (weekday_abbr(c.text(t)).filter(|_| c.text(t).starts_with(|ch: char| ch.is_ascii_uppercase()))?, true),
    };
    c.pos = t.end;
    let mut k = *c;
    if abbr {
        k.eat_punct_tight(b'.');
    }
    k.eat_punct(b',');
    let the = k.eat_word("the");
    // Fast path: the readers below and the day after them all start with
    // digits or a month or day word; most weekdays stand alone.
    let dated = written_date_may_start(&k);
    for f in [month_led as fn(&mut Cur, &Ctx) -> Option<Expr>, day_month, iso, numeric, month_day_numeric] {
        if !dated {
            break;
        }
        let mut j = k;
        if let Some(mut e) = f(&mut j, x) {
            if matches!(e.shape, Shape::Day { .. }) {
                e.weekday = Some(wd);
                *c = j;
                return Some(e);
            }
        }
    }
    // "Mon 13th", "Monday 21!": a day of an unnamed month. A bare number
    // must end the clause ("on Monday 21 people died" is a count).
    let mut j = k;
    let spelled = if the && dated { spelled_day(&mut j) } else { None };
    if let Some((n, ord)) = spelled.map(|d| (d, true)).or_else(|| if dated { day(&mut j) } else { None }) {
        let ends = j.peek().is_none_or(|t| t.kind == TokKind::Punct && !matches!(j.text(t), "/" | "-" | "." | ":"));
        if ord || ends {
            if let Some(d) = weekday_day(wd, n, x.r?, x.bias) {
                *c = j;
                return Some(Expr::fixed(DateInterval::day(d)));
            }
        }
    }
    if abbr {
        return None; // "Sun", "Sat" alone are too often not weekdays
    }
    let d = weekday_near(wd, x.r?, x.bias, None)?;
    Some(Expr::fixed(DateInterval::day(d)))
}

/// Every weekday abbreviation [`weekday_abbr`] accepts.
pub(super) const WEEKDAY_ABBRS: &[&str] = &["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/// `Mon`, `Tue`, `Tues`, … (lower-cased): a weekday abbreviation.
pub(super) fn weekday_abbr(l: &str) -> Option<jiff::civil::Weekday> {
    use jiff::civil::Weekday as W;
    let mut buf = [0u8; 9];
    Some(match lower(l, &mut buf)? {
        "mon" => W::Monday,
        "tue" | "tues" => W::Tuesday,
        "wed" => W::Wednesday,
        "thu" | "thur" | "thurs" => W::Thursday,
        "fri" => W::Friday,
        "sat" => W::Saturday,
        "sun" => W::Sunday,
        _ => return None,
    })
}

/// `20th century`, `15th century` (a leading "the" stays out, as TimeML has it): years (n-1)00 to (n-1)99.
pub(super) fn century(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, n) = c.num()?;
    if !ordinal_suffix(c) || !(1..=30).contains(&n) || !c.eat_word("century") {
        return None;
    }
    let y = (n as i16 - 1) * 100;
    let iv = DateInterval {
        start: Date::new(y, 1, 1).ok()?,
        end: Date::new(y + 99, 12, 31).ok()?,
        granularity: Granularity::Century,
    };
    Some(Expr { shape: Shape::Fixed(iv), year: None, weekday: None, relative: false })
}

/// `the week of April 10th`: the ISO week (Monday–Sunday) holding the day.
pub(super) fn week_of_date(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    if !(c.eat_word("week") && c.eat_word("of")) {
        return None;
    }
    let mut k = *c;
    let e = month_led(&mut k, x).or_else(|| {
        k = *c;
        day_month(&mut k, x)
    })?;
    if !matches!(e.shape, Shape::Day { .. }) {
        return None;
    }
    let (iv, relative) = resolve(&e, x.r, x.bias)?;
    *c = k;
    Some(Expr { shape: Shape::Fixed(week_of(iv.start)?), year: None, weekday: None, relative })
}

/// `the first week of 2015`, `3rd week of 2018`, `last week of 2016`,
/// `week 31`, `week 3 of 2027`, `week 27 of last year`: ISO weeks (Monday
/// to Sunday; week 1 holds the year's first Thursday, so it may start in
/// December). Without a year, the reference's.
pub(super) fn iso_week(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let the = c.eat_word("the");
    let t = c.peek()?;
    // `Some(n)`: the n-th week; `None`: the last.
    let nth: Option<i8> = if t.kind == TokKind::Num {
        let (_, n) = c.num()?;
        if !ordinal_suffix(c) {
            return None;
        }
        Some(i8::try_from(n).ok()?)
    } else if let Some(i) = c.eat_any(&["first", "second", "third", "fourth", "fifth", "last"]) {
        (i < 5).then_some(i as i8 + 1)
    } else {
        // "the week 31" is read from "week", as the suites mark it.
        if the || !c.eat_word("week") {
            return None;
        }
        let nt = c.peek()?;
        if nt.kind != TokKind::Num || nt.end - nt.start > 2 || !clean_num(c.b(), nt) {
            return None;
        }
        let (_, n) = c.num()?;
        let mut k = *c;
        let y = if k.eat_word("of") { week_year(&mut k, x) } else { None };
        if y.is_some() {
            *c = k;
        }
        let y = match y {
            Some(y) => y,
            None => x.r?.year(),
        };
        return iso_week_days(y, i8::try_from(n).ok()?);
    };
    if !(c.eat_word("week") && c.eat_word("of")) {
        return None;
    }
    let y = week_year(c, x)?;
    let n = match nth {
        Some(n) => n,
        None => Date::new(y, 12, 28).ok()?.iso_week_date().week(),
    };
    iso_week_days(y, n)
}

/// The year after "week … of": `2015`, `this year`, `last year`, `next year`.
pub(super) fn week_year(c: &mut Cur, x: &Ctx) -> Option<i16> {
    if let Some(y) = year4(c, 1800, 2100) {
        return Some(y);
    }
    let k = c.eat_any(&["last", "this", "next"])? as i16 - 1;
    if !c.eat_word("year") {
        return None;
    }
    x.r?.year().checked_add(k)
}

/// ISO week `n` of year `y` as days.
pub(super) fn iso_week_days(y: i16, n: i8) -> Option<Expr> {
    let monday = jiff::civil::ISOWeekDate::new(y, n, jiff::civil::Weekday::Monday).ok()?.date();
    Some(Expr::fixed(week_of(monday)?))
}

/// `earlier this month`, `later this year`, `earlier in the week`: the part
/// of the reference's week, month or year before (after) the reference day.
pub(super) fn earlier_later(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let later = c.eat_any(&["earlier", "later"])? == 1;
    if !(c.eat_word("this") || (c.eat_word("in") && c.eat_word("the"))) {
        return None;
    }
    let u = c.eat_any(&["week", "month", "year"])?;
    let r = x.r?;
    let whole = match u {
        0 => week_of(r)?,
        1 => interval(Shape::Month(r.month()), r.year())?,
        _ => interval(Shape::Year, r.year())?,
    };
    let (start, end) = if later {
        (add_days(r, 1)?.min(whole.end), whole.end)
    } else {
        (whole.start, add_days(r, -1)?.max(whole.start))
    };
    Some(Expr::fixed(DateInterval { start, end, granularity: Granularity::Part }))
}
