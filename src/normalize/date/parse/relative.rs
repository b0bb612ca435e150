//! Dates relative to the reference: today, last/next/this …, offsets ("two days from today"), counted spans, "… ago".

use super::*;

/// `today`, `yesterday`, `tomorrow`, `this week`, `last month`, `next year`,
/// `last Friday`, `last May`, `last summer`, `this quarter`, `this weekend`.
pub(super) fn relative_word(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let r = x.r?;
    let day = |d: Option<Date>| d.map(|d| Expr::fixed(DateInterval::day(d)));
    // Fast path: the first word read once (every reading opens with one of
    // these words, none longer than `lower` holds).
    let mut buf = [0u8; 9];
    let first = lower(c.text(t), &mut buf)?;
    let off = match first {
        "today" | "tonight" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        "the" | "this" | "last" | "next" | "previous" | "past" | "current" | "coming" | "following" | "upcoming" => {
            None
        }
        _ => return None,
    };
    if let Some(off) = off {
        c.pos = t.end;
        return day(add_days(r, off));
    }
    let mut k = *c;
    if first == "the" && k.eat_word("the") && k.peek().is_some_and(|t| k.text(t).eq_ignore_ascii_case("last")) {
        // "the last Easter" is read from "last", as the suite marks it.
        let mut j = k;
        j.eat_word("last");
        if holiday_name(&mut j).is_some() {
            return None;
        }
        *c = k;
    }
    // "this past Wednesday", "this coming Friday": the nearer one that way.
    let mut k = *c;
    if first == "this"
        && k.eat_word("this")
        && k.peek().is_some_and(|t| ["past", "coming", "upcoming"].iter().any(|w| k.text(t).eq_ignore_ascii_case(w)))
    {
        *c = k;
    }
    // "current" and "following" qualify only a unit ("the following week"):
    // "the following Friday" counts from a day the text names, not the reference.
    let word =
        c.eat_any(&["last", "this", "next", "previous", "past", "current", "coming", "following", "upcoming"])?;
    let dx = match word {
        0 | 3 | 4 => Deixis::Last,
        1 | 5 => Deixis::This,
        _ => Deixis::Next,
    };
    // "previous", "past", "coming", "upcoming" before a weekday read as "last" / "next".
    let unit_only = matches!(word, 5 | 7);
    // "the last 3 months", "the next two days", "the past two quarters".
    if let Some(e) = counted_units(c, x, dx) {
        return Some(e);
    }
    let k: i32 = match dx {
        Deixis::Last => -1,
        Deixis::This => 0,
        Deixis::Next => 1,
    };
    let rel = |shape, y: i16| Some(Expr { shape, year: Some(y), weekday: None, relative: true });
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let w = c.text(t);
    if let Some(wd) = weekday(w).filter(|_| !unit_only) {
        c.pos = t.end;
        return day(weekday_near(wd, r, x.bias, Some(dx)));
    }
    // "this calendar year"
    let mut j = *c;
    if j.eat_word("calendar") && j.peek().is_some_and(|t| j.text(t).eq_ignore_ascii_case("year")) {
        *c = j;
    }
    if let Some(u) = c.eat_any(&["week", "weekend", "month", "year", "quarter"]) {
        if c.peek().is_some_and(|t| c.text(t).eq_ignore_ascii_case("of")) {
            return None; // "the last week of July" names a week of July
        }
        return match u {
            0 => Some(Expr::fixed(week_of(add_days(r, 7 * k as i64)?)?)),
            1 => {
                let w = week_of(add_days(r, 7 * k as i64)?)?;
                let sat = add_days(w.start, 5)?;
                Some(Expr::fixed(DateInterval { start: sat, end: w.end, granularity: Granularity::Week }))
            }
            2 => {
                let (y, m) = norm_month(r.year() as i32, r.month() as i32 + k)?;
                rel(Shape::Month(m), y)
            }
            3 => rel(Shape::Year, r.year().checked_add(k as i16)?),
            _ => {
                let q0 = (r.month() as i32 - 1) / 3 + k;
                let y = r.year() as i32 + q0.div_euclid(4);
                rel(Shape::Quarter((q0.rem_euclid(4) + 1) as i8), i16::try_from(y).ok()?)
            }
        };
    }
    // "the following Easter": a holiday is yearly, so "following" reads as "next".
    if let Some(h) = holiday_name(c) {
        let iv = deictic(Shape::Holiday(h), r, dx)?;
        return Some(Expr::fixed(iv));
    }
    if unit_only {
        return None;
    }
    let shape = if let Some((m, _)) = month_tok(c) {
        Shape::Month(m)
    } else if let Some(s) = c.eat_any(SEASONS) {
        season_shape(s)
    } else {
        return None;
    };
    let iv = deictic(shape, r, dx)?;
    let mut e = Expr::fixed(iv);
    if let Shape::Month(_) = shape {
        e = Expr { shape, year: Some(iv.start.year()), weekday: None, relative: true };
    }
    Some(e)
}

/// After `N unit`: `from today`, `after tomorrow`, `before yesterday`,
/// `from now` — the day that far from the anchor day.
pub(super) fn offset_from(c: &mut Cur, x: &Ctx, n: i64, unit: &str) -> Option<Expr> {
    let sign = match c.eat_any(&["from", "after", "before"])? {
        2 => -1,
        _ => 1,
    };
    let (anchor, relative) = match c.eat_any(&["today", "now", "tomorrow", "tmrw", "yesterday"]) {
        Some(0 | 1) => (x.r?, true),
        Some(2 | 3) => (add_days(x.r?, 1)?, true),
        Some(_) => (add_days(x.r?, -1)?, true),
        // "3 days after January 12th", "2 weeks before May 13 1999": a named day.
        None => {
            let e = simple(c, x)?;
            let (iv, relative) = resolve(&e, x.r, x.bias)?;
            if iv.start != iv.end {
                return None;
            }
            (iv.start, relative)
        }
    };
    let n = sign * n;
    let span = unit_span(unit, n)?;
    let day = DateInterval::day(anchor.checked_add(span).ok()?);
    Some(Expr { shape: Shape::Fixed(day), year: None, weekday: None, relative })
}

/// `3 months`, `two quarters`, `couple weeks` after "last"/"next": the span
/// of that many units before or after the reference.
pub(super) fn counted_units(c: &mut Cur, x: &Ctx, dx: Deixis) -> Option<Expr> {
    let mut k = *c;
    let n = count(&mut k)?;
    let unit = unit_or_quarter(&mut k)?;
    let iv = units_around(x.r?, dx, n, unit)?;
    *c = k;
    Some(Expr::fixed(iv))
}

/// `5 upcoming years`, `2 next days`, `10 previous weeks`: the count first.
pub(super) fn count_then_deixis(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let mut k = *c;
    let n = count(&mut k)?;
    let dx = match k.eat_any(&["next", "upcoming", "coming", "following", "last", "past", "previous"])? {
        0..=3 => Deixis::Next,
        _ => Deixis::Last,
    };
    let unit = unit_or_quarter(&mut k)?;
    let iv = units_around(x.r?, dx, n, unit)?;
    *c = k;
    Some(Expr::fixed(iv))
}

/// A count: digits, a number in words, or "couple" ("a couple of").
pub(super) fn count(c: &mut Cur) -> Option<i64> {
    let t = c.peek()?;
    match t.kind {
        TokKind::Num if t.end - t.start <= 3 && clean_num(c.b(), t) => Some(c.take_num(t)? as i64),
        TokKind::Word if c.text(t).eq_ignore_ascii_case("couple") => {
            c.pos = t.end;
            c.eat_word("of");
            Some(2)
        }
        TokKind::Word => spelled_number(c).map(i64::from),
        _ => None,
    }
}

/// A unit of time or `quarter(s)`.
pub(super) fn unit_or_quarter(c: &mut Cur) -> Option<&'static str> {
    let t = c.peek()?;
    let u = match unit(c.text(t)) {
        Some(u) => u,
        None if matches!(c.text(t).to_ascii_lowercase().as_str(), "quarter" | "quarters") => "quarter",
        None => return None,
    };
    c.pos = t.end;
    Some(u)
}

/// `two days ago`, `three weeks ago`, `a year ago`, `18 months ago`.
pub(super) fn ago(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    let n: i64 = match t.kind {
        TokKind::Num if t.end - t.start <= 4 && clean_num(c.b(), t) => c.take_num(t)? as i64,
        TokKind::Word if c.text(t).eq_ignore_ascii_case("a") || c.text(t).eq_ignore_ascii_case("an") => {
            c.pos = t.end;
            1
        }
        TokKind::Word => spelled_number(c)? as i64,
        _ => return None,
    };
    let u = c.peek()?;
    let unit = unit(c.text(u))?;
    c.pos = u.end;
    if !c.eat_word("ago") {
        return offset_from(c, x, n, unit);
    }
    let r = x.r?;
    let rel = |shape, y: i16| Some(Expr { shape, year: Some(y), weekday: None, relative: true });
    match unit {
        "day" => Some(Expr::fixed(DateInterval::day(add_days(r, -n)?))),
        "week" => Some(Expr::fixed(week_of(add_days(r, -7 * n)?)?)),
        "month" => {
            let (y, m) = norm_month(r.year() as i32, r.month() as i32 - n as i32)?;
            rel(Shape::Month(m), y)
        }
        "year" => rel(Shape::Year, i16::try_from(r.year() as i64 - n).ok()?),
        _ => rel(Shape::Year, i16::try_from(r.year() as i64 - 10 * n).ok()?),
    }
}
