//! A weekday composed with something that places it: a written date
//! ("Friday 7.6", "this friday 5/12", "this Friday-Jun-15", "next 6th of
//! April"), a week ("next week Wednesday", "Tuesday of last week"), or an
//! offset ("Monday two weeks from now", "two months from today on Tuesday").
//!
//! The written date decides the day; a weekday beside it only breaks a tie
//! between years, as in `weekday_led`. "this" before a date keeps the
//! reference's year, "next" without a weekday takes the first such day
//! after the reference. A weekday with a week is that day of the ISO week
//! (Monday to Sunday); before an offset ("Saturday 3 days from now") it is
//! the day of the ISO week the offset lands in, after one ("… on
//! Tuesday") the first such day on or after it.

use super::*;

/// A weekday, in full or abbreviated (`Mon`, `tue`).
fn weekday_tok(c: &mut Cur) -> Option<jiff::civil::Weekday> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let w = c.text(t);
    let wd = weekday(w).or_else(|| weekday_abbr(w))?;
    c.pos = t.end;
    Some(wd)
}

/// A written day for a weekday or "this"/"next": `7.6`, `5/12`,
/// `2018-7-6`, `Jun-15`, `June 15`, `6th of April`, optionally in brackets.
fn written_day(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let bracket = c.eat_punct(b'(');
    let mut got = None;
    for f in
        [dotted_month_day as fn(&mut Cur, &Ctx) -> Option<Expr>, digit_month_day, iso, numeric, month_led, day_month]
    {
        let mut k = *c;
        if let Some(e) = f(&mut k, x) {
            got = Some((e, k));
            break;
        }
    }
    let (e, mut k) = got.or_else(|| {
        // `Jun-15`: a month name, a dash, a day.
        let mut k = *c;
        let (m, _) = month_tok(&mut k)?;
        if !k.eat_punct_tight(b'-') {
            return None;
        }
        k.tight()?;
        let (d, _) = day(&mut k)?;
        Some((Expr::new(Shape::Day { m, d }, None), k))
    })?;
    let single = match e.shape {
        Shape::Day { .. } => true,
        Shape::Fixed(iv) => iv.start == iv.end,
        _ => false,
    };
    if !single || (bracket && !k.eat_punct(b')')) {
        return None;
    }
    *c = k;
    Some(e)
}

/// `7.6`: a month and day joined by a full stop, month first (as the
/// settings order them). Only after a weekday or "this"/"next": alone it is a number.
fn dotted_month_day(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 {
        return None;
    }
    let (_, a) = c.num()?;
    if !c.eat_punct_tight(b'.') {
        return None;
    }
    let bt = c.tight()?;
    if bt.kind != TokKind::Num || bt.end - bt.start > 2 {
        return None;
    }
    let (_, b) = c.num()?;
    if c.b().get(c.pos).is_some_and(|ch| {
        ch.is_ascii_alphanumeric() || *ch == b'.' && c.b().get(c.pos + 1).is_some_and(u8::is_ascii_digit)
    }) {
        return None;
    }
    let (m, d) = if x.month_first { (a, b) } else { (b, a) };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(Expr::new(Shape::Day { m: m as i8, d: d as i8 }, None))
}

/// `Friday 7.6`, `Friday 2018-7-6`, `this friday 5/12`, `this 5/12`,
/// `next 5/12`, `this Friday-Jun-15`, `this friday (jun-15)`, `next 6th of April`.
pub(super) fn weekday_with_date(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let dx = c.eat_any(&["this", "next"]);
    let wd = weekday_tok(c);
    if dx.is_none() && wd.is_none() {
        return None;
    }
    if wd.is_some() && !c.eat_punct_tight(b'-') {
        c.eat_punct(b',');
    }
    // Fast path: every reader of `written_day` starts with digits or a month
    // or day word, after an optional bracket.
    let mut k = *c;
    k.eat_punct(b'(');
    if !written_date_may_start(&k) {
        return None;
    }
    let mut e = written_day(c, x)?;
    let r = x.r?;
    if let (Shape::Day { .. }, None) = (e.shape, e.year) {
        e.relative = true;
        match (dx, wd) {
            (Some(1), None) => {
                let iv = deictic(e.shape, r, Deixis::Next)?;
                return Some(Expr { shape: Shape::Fixed(iv), ..e });
            }
            (Some(_), _) => e.year = Some(r.year()),
            _ => e.weekday = wd,
        }
    }
    Some(e)
}

/// The ISO week `dx` names against `r`: this, next or last week.
fn week_at(r: Date, dx: Deixis) -> Option<Date> {
    let k = match dx {
        Deixis::Last => -7,
        Deixis::This => 0,
        Deixis::Next => 7,
    };
    Some(week_of(add_days(r, k)?)?.start)
}

/// `this`, `next`, `last`, `previous`, `the following`, `the next` before "week".
fn week_deixis(c: &mut Cur) -> Option<Deixis> {
    let mut k = *c;
    k.eat_word("the");
    let dx = match k.eat_any(&["this", "next", "following", "coming", "last", "previous", "past"])? {
        0 => Deixis::This,
        1..=3 => Deixis::Next,
        _ => Deixis::Last,
    };
    if !k.eat_word("week") {
        return None;
    }
    *c = k;
    Some(dx)
}

/// Monday of the week plus the weekday's offset.
fn day_in_week(monday: Date, wd: jiff::civil::Weekday) -> Option<Expr> {
    Some(Expr::fixed(DateInterval::day(add_days(monday, wd.to_monday_zero_offset() as i64)?)))
}

/// `next week Wednesday`, `this week monday`, `previous week - Monday`,
/// `next week on Tuesday`, `next week mon`.
pub(super) fn week_then_weekday(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let dx = week_deixis(c)?;
    if !c.eat_dash() {
        c.eat_punct(b',');
        c.eat_word("on");
    }
    let wd = weekday_tok(c)?;
    day_in_week(week_at(x.r?, dx)?, wd)
}

/// `Tuesday of next week`, `monday of the following week`, `tuesday of last week`.
pub(super) fn weekday_of_week(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let wd = weekday_tok(c)?;
    if !c.eat_word("of") {
        return None;
    }
    let dx = week_deixis(c)?;
    day_in_week(week_at(x.r?, dx)?, wd)
}

/// `Monday two weeks from now`, `Thursday, two year from now`, `Saturday 3
/// days from now`: the weekday of the ISO week the offset lands in.
pub(super) fn weekday_then_offset(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let wd = weekday_tok(c)?;
    c.eat_punct(b',');
    let at = offset_day(c, x)?;
    day_in_week(week_of(at)?.start, wd)
}

/// `two months from today on Tuesday`, `3 days from now on Friday`: the
/// first such weekday on or after the day the offset lands on.
pub(super) fn offset_then_weekday(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let at = offset_day(c, x)?;
    if !c.eat_word("on") {
        return None;
    }
    let wd = weekday_tok(c)?;
    let ahead = (wd.to_monday_zero_offset() - at.weekday().to_monday_zero_offset()).rem_euclid(7);
    Some(Expr::fixed(DateInterval::day(add_days(at, ahead as i64)?)))
}

/// `N units from|after|before X`: the day it lands on.
fn offset_day(c: &mut Cur, x: &Ctx) -> Option<Date> {
    let mut k = *c;
    let n = count(&mut k)?;
    let u = k.peek()?;
    let unit = unit(k.text(u))?;
    k.pos = u.end;
    let e = offset_from(&mut k, x, n, unit)?;
    let (iv, _) = resolve(&e, x.r, x.bias)?;
    *c = k;
    Some(iv.start)
}
