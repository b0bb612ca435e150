//! Periods: decades, quarters and halves, seasons, named periods and their parts ("early 2013", "mid-March").

use super::*;

/// `the 1990s`, `1990's`, `the '90s`.
pub(super) fn decade(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    let t = c.peek()?;
    let y = if t.kind == TokKind::Punct && matches!(c.text(t), "'" | "\u{2019}") {
        c.pos = t.end;
        let n = c.tight()?;
        let (_, v) = c.num()?;
        if n.end - n.start != 2 {
            return None;
        }
        1900 + v
    } else {
        if t.kind != TokKind::Num || t.end - t.start != 4 || !clean_num(c.b(), t) {
            return None;
        }
        c.num()?.1
    };
    if y % 10 != 0 || !(1000..=2999).contains(&y) {
        return None;
    }
    let mut k = *c;
    if !k.eat_punct_tight(b'\'') && k.t.get(k.pos..).is_some_and(|s| s.starts_with('\u{2019}')) {
        k.pos += '\u{2019}'.len_utf8();
    }
    let s = k.tight()?;
    if s.kind != TokKind::Word || !k.text(s).eq_ignore_ascii_case("s") {
        return None;
    }
    k.pos = s.end;
    *c = k;
    Some(Expr::new(Shape::Decade, Some(y as i16)))
}

/// `Q3 2013`, `the third quarter of 2013`, `the third quarter`.
pub(super) fn quarter(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind == TokKind::Num {
        let mut k = *c;
        if let Some(e) = year_quarter(&mut k) {
            *c = k;
            return Some(e);
        }
        // "1st quarter of 2013"
        let (_, q) = c.num()?;
        if !ordinal_suffix(c) || !(1..=4).contains(&q) || !c.eat_word("quarter") {
            return None;
        }
        return Some(quarter_year(c, x, q as i8));
    }
    let q = if t.kind == TokKind::Word && c.text(t).eq_ignore_ascii_case("q") {
        c.pos = t.end;
        c.tight()?;
        let (_, q) = c.num()?;
        q as i8
    } else {
        c.eat_word("the");
        let q = c.eat_any(&["first", "second", "third", "fourth"])? as i8 + 1;
        c.eat_punct_tight(b'-');
        if !c.eat_word("quarter") {
            return None;
        }
        q
    };
    if !(1..=4).contains(&q) {
        return None;
    }
    Some(quarter_year(c, x, q))
}

/// Quarter `q` with the year after it, if any: `2013`, `of 2013`, `of the year`, `of next year`.
fn quarter_year(c: &mut Cur, x: &Ctx, q: i8) -> Expr {
    let mut k = *c;
    let of = k.eat_any(&["of", "in"]).is_some();
    if !of && !k.eat_punct_tight(b'-') {
        k.eat_punct(b',');
    }
    let y = year4(&mut k, 1800, 2100);
    if y.is_some() {
        *c = k;
        return Expr::new(Shape::Quarter(q), y);
    }
    // "of the year", "of this year": the reference's.
    let mut j = k;
    let y = if of && j.eat_word("the") && j.eat_word("year") { x.r.map(|r| r.year()) } else { None };
    let y = y.or_else(|| {
        if of {
            j = k;
            week_year(&mut j, x)
        } else {
            None
        }
    });
    match y {
        Some(y) => {
            *c = j;
            Expr { shape: Shape::Quarter(q), year: Some(y), weekday: None, relative: true }
        }
        None => Expr::new(Shape::Quarter(q), None),
    }
}

/// `2017 Q1`, `2017-q1`, `2019 H2`: a year, then its quarter or half.
pub(super) fn year_quarter(c: &mut Cur) -> Option<Expr> {
    let y = year4(c, 1800, 2100)?;
    c.eat_punct_tight(b'-');
    let w = c.peek()?;
    let half = if w.kind == TokKind::Word && c.text(w).eq_ignore_ascii_case("q") {
        false
    } else if w.kind == TokKind::Word && c.text(w).eq_ignore_ascii_case("h") {
        true
    } else {
        return None;
    };
    c.pos = w.end;
    let nt = c.tight()?;
    let (_, n) = c.num()?;
    if nt.end - nt.start != 1 || c.b().get(c.pos).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    match (half, n) {
        (false, 1..=4) => Some(Expr::new(Shape::Quarter(n as i8), Some(y))),
        (true, 1 | 2) => {
            let m1 = if n == 1 { 1 } else { 7 };
            Some(Expr::new(Shape::YearPart { m1, m2: m1 + 5 }, Some(y)))
        }
        _ => None,
    }
}

/// The months of a season; winter runs into the next year.
pub(super) fn season_shape(w: usize) -> Shape {
    match w {
        0 => Shape::YearPart { m1: 3, m2: 5 },
        1 => Shape::YearPart { m1: 6, m2: 8 },
        2 | 3 => Shape::YearPart { m1: 9, m2: 11 },
        _ => Shape::YearPart { m1: 12, m2: 14 },
    }
}

pub(super) const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

/// `spring 2013`, `the summer of 2012`, `summer` (bare: summer, autumn, winter only).
pub(super) fn season(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    let s = c.eat_any(SEASONS)?;
    let mut k = *c;
    k.eat_word("of");
    if let Some(y) = year4(&mut k, 1800, 2100) {
        *c = k;
        return Some(Expr::new(season_shape(s), Some(y)));
    }
    if matches!(s, 1 | 2 | 4) {
        return Some(Expr::new(season_shape(s), None));
    }
    None
}

/// The period a part-word applies to: a month (with year), a year, a decade, "this year".
pub(super) fn period(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let mut k = *c;
    if let Some((m, _)) = month_tok(&mut k) {
        let mut j = k;
        j.eat_punct(b',');
        let y = year4(&mut j, 1800, 2100);
        *c = if y.is_some() { j } else { k };
        return Some(Expr::new(Shape::Month(m), y));
    }
    let mut k = *c;
    if let Some(y) = year4(&mut k, 1800, 2100) {
        *c = k;
        return Some(Expr::new(Shape::Year, Some(y)));
    }
    attempt!(c, x, decade);
    // "end of month", "end of year": the reference's.
    let mut k = *c;
    if let Some(u) = k.eat_any(&["month", "year"]) {
        let r = x.r?;
        *c = k;
        let shape = if u == 0 { Shape::Month(r.month()) } else { Shape::Year };
        return Some(Expr { shape, year: Some(r.year()), weekday: None, relative: true });
    }
    let mut k = *c;
    if k.eat_word("the") && k.eat_word("year") {
        let r = x.r?;
        *c = k;
        return Some(Expr { shape: Shape::Year, year: Some(r.year()), weekday: None, relative: true });
    }
    let mut k = *c;
    let e = relative_word(&mut k, x)?;
    if matches!(e.shape, Shape::Month(_) | Shape::Year) {
        *c = k;
        return Some(e);
    }
    None
}

/// `early 2013`, `mid-March`, `late May`, `the end of May`, `the beginning of 2014`, `early this year`.
pub(super) fn part(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let the = c.eat_word("the");
    let w = c.eat_any(&["early", "mid", "late", "beginning", "start", "middle", "end"])?;
    if w >= 3 {
        if !c.eat_word("of") {
            return None;
        }
    } else if the {
        return None;
    } else {
        c.eat_dash();
    }
    // (month lo, month hi), (year m1, m2), (decade lo, hi)
    let (md, ym, dd) = match w {
        0 => ((1, 10), (1, 4), (0, 3)),
        1 | 5 => ((11, 20), (5, 8), (4, 6)),
        2 => ((21, 31), (9, 12), (7, 9)),
        3 | 4 => ((1, 7), (1, 1), (0, 1)),
        _ => ((25, 31), (12, 12), (8, 9)),
    };
    let e = period(c, x)?;
    let shape = match e.shape {
        Shape::Month(m) => Shape::MonthPart { m, lo: md.0, hi: md.1 },
        Shape::Year => Shape::YearPart { m1: ym.0, m2: ym.1 },
        Shape::Decade => Shape::DecadePart { lo: dd.0, hi: dd.1 },
        _ => return None,
    };
    Some(Expr { shape, ..e })
}
