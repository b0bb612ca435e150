//! Readers that start at a lead word rather than at the date itself: "on
//! the 22nd", "in two weeks", a bare "May" after a preposition, and a year
//! used as an adjective ("a 2009 study", "his 2007 campaign").

use super::*;

/// "on the 22nd": a day of the reference's month (or the neighbouring one, by bias).
pub(super) fn on_the_nth(mut c: Cur, x: &Ctx) -> Option<Found> {
    let start = c.peek()?.start;
    // "on 22/04": a month-day without a year, safe after "on".
    let mut k = c;
    if let Some(e) = month_day_numeric(&mut k, x) {
        let (value, relative) = resolve(&e, x.r, x.bias)?;
        return Some(Found { start, end: k.pos, kind: DateKind::Date, value, relative });
    }
    if !c.eat_word("the") {
        return None;
    }
    let (d, ord) = day(&mut c)?;
    if !ord {
        return None;
    }
    let mut k = c;
    k.eat_word("of");
    if k.peek().is_some_and(|t| t.kind == TokKind::Word && month_word(k.text(t)).is_some()) {
        return None; // "the 22nd of January" is read from "the"
    }
    if c.peek().is_some_and(|t| c.text(t).eq_ignore_ascii_case("day")) {
        return None; // "the 15th day of next month" too
    }
    let (value, relative) = resolve(&Expr::new(Shape::DayOnly(d), None), x.r, x.bias)?;
    Some(Found { start, end: c.pos, kind: DateKind::Date, value, relative })
}

/// `in two weeks`, `in a month`, `in 3 days`: the day that far after the
/// reference, "in" included. Not after a past participle ("killed in two
/// days") nor before "of" ("in two weeks of fighting"): there it is a length.
pub(super) fn in_offset(text: &str, t: Tok, mut c: Cur, x: &Ctx) -> Option<Found> {
    let prev = text.get(..t.start)?.trim_end();
    let prev_word = prev.rsplit(|ch: char| !ch.is_ascii_alphabetic()).next().unwrap_or("");
    if prev_word.len() > 3 && prev_word.to_ascii_lowercase().ends_with("ed") {
        return None;
    }
    let n = c.peek()?;
    let count: i64 = match n.kind {
        TokKind::Num if n.end - n.start <= 3 && clean_num(c.b(), n) => c.num()?.1 as i64,
        TokKind::Word if c.text(n).eq_ignore_ascii_case("a") || c.text(n).eq_ignore_ascii_case("an") => {
            c.pos = n.end;
            1
        }
        TokKind::Word => spelled_number(&mut c)? as i64,
        _ => return None,
    };
    let u = c.peek()?;
    let unit = unit(c.text(u))?;
    c.pos = u.end;
    let mut k = c;
    if k.eat_any(&["of", "ago", "and", "time"]).is_some() {
        return None;
    }
    // "in two days from today": the offset phrase is read on its own, from "two".
    let mut j = c;
    if offset_from(&mut j, x, count, unit).is_some() {
        return None;
    }
    let r = x.r?;
    let span = unit_span(unit, count)?;
    let d = r.checked_add(span).ok()?;
    Some(Found { start: t.start, end: c.pos, kind: DateKind::Date, value: DateInterval::day(d), relative: true })
}

/// `in May.`: a bare capitalised "May" after a preposition and before
/// punctuation or the end is the month.
pub(super) fn bare_may(mut c: Cur, x: &Ctx) -> Option<Found> {
    let t = c.peek()?;
    if t.kind != TokKind::Word || c.text(t) != "May" {
        return None;
    }
    c.pos = t.end;
    if let Some(n) = c.peek() {
        if n.kind != TokKind::Punct || is_dash(c.text(n)) {
            return None;
        }
    }
    let (value, relative) = resolve(&Expr::new(Shape::Month(5), None), x.r, x.bias)?;
    Some(Found { start: t.start, end: t.end, kind: DateKind::Date, value, relative })
}

/// `a 2009 study`, `his 2007 campaign`: a year before a lower-case word.
pub(super) fn adjective_year(mut c: Cur, x: &Ctx) -> Option<Found> {
    let t = c.peek()?;
    let y = year4(&mut c, 1900, 2100)?;
    let n = c.peek()?;
    if n.kind != TokKind::Word || n.start == t.end || !c.b()[n.start].is_ascii_lowercase() || unit(c.text(n)).is_some()
    {
        return None;
    }
    let (value, relative) = resolve(&Expr::new(Shape::Year, Some(y)), x.r, x.bias)?;
    Some(Found { start: t.start, end: t.end, kind: DateKind::Date, value, relative })
}
