//! Dates written without the usual spacing: `20161016` (year, month, day
//! run together), `2016 10 16`, `Dec31, 1994`, `mar3`, `Oct/2`,
//! `Sep-23-2020`, `September-2020-23`, `2020/23/Sep`, `23-2020-September`,
//! `2017 April`, `cy18`; and the two-digit year rule they share with
//! `03/18/40` and `April of 87`.
//!
//! Each form is accepted only when its parts make a real day and nothing
//! alphanumeric runs on after it, so an eight-digit figure that is no
//! date (`20161399`) or a product code stays a number.

use super::*;

/// A two-digit year: 00–30 are 2000–2030, 31–99 are 1931–1999 (news
/// names the past: "born in April of 87", "03/18/40").
pub(super) fn two_digit_year(y: u32) -> u32 {
    if y <= 30 {
        2000 + y
    } else {
        1900 + y
    }
}

/// Whether the byte at `i` ends a token run (none, or not a letter or digit).
fn ends(c: &Cur, i: usize) -> bool {
    c.b().get(i).is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// `20161016`: eight digits, year 1900–2100, a real month and day.
pub(super) fn yyyymmdd(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start != 8 || !ends(c, t.end) {
        return None;
    }
    if t.start > 0 && c.b()[t.start - 1].is_ascii_alphanumeric() {
        return None;
    }
    let s = c.text(t);
    let (y, m, d): (i16, i8, i8) = (s[..4].parse().ok()?, s[4..6].parse().ok()?, s[6..].parse().ok()?);
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let day = Date::new(y, m, d).ok()?;
    c.pos = t.end;
    Some(Expr::new(Shape::Fixed(DateInterval::day(day)), None))
}

/// `2016 10 16`: a year, a month and a day separated by single spaces.
pub(super) fn spaced_ymd(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let y = year4(c, 1900, 2100)?;
    let mut parts = [0u32; 2];
    for p in &mut parts {
        if c.b().get(c.pos) != Some(&b' ') {
            return None;
        }
        let t = c.peek()?;
        if t.start != c.pos + 1 || t.kind != TokKind::Num || t.end - t.start > 2 {
            return None;
        }
        *p = c.num()?.1;
    }
    if !ends(c, c.pos) {
        return None;
    }
    let day = Date::new(y, i8::try_from(parts[0]).ok()?, i8::try_from(parts[1]).ok()?).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(day)), None))
}

/// `Dec31, 1994`, `mar3`, `Oct/2`, `jan/3`: a month name with its day
/// attached, or after one slash.
pub(super) fn glued_month_day(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let (m, _) = month_tok(c)?;
    c.eat_punct_tight(b'/');
    let t = c.tight()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !ends(c, t.end) {
        return None;
    }
    let (_, d) = c.num()?;
    if matches!(c.b().get(c.pos), Some(b'/' | b'-')) {
        return None;
    }
    let d = i8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
    let y = opt_year(c);
    Some(Expr::new(Shape::Day { m, d }, y))
}

/// `Sep-23-2020`, `September-2020-23`, `2020/23/Sep`, `23-2020-September`:
/// a month name, a four-digit year and a day in any order, joined by one
/// `-` or `/` with no spaces.
pub(super) fn glued_triple(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let (mut m, mut y, mut d) = (None, None, None);
    let mut sep = None;
    for i in 0..3 {
        if i > 0 {
            let s = *c.b().get(c.pos)?;
            if !matches!(s, b'-' | b'/') || sep.is_some_and(|p| p != s) {
                return None;
            }
            sep = Some(s);
            c.pos += 1;
            c.tight()?;
        }
        let t = c.peek()?;
        match t.kind {
            TokKind::Word if m.is_none() => {
                m = Some(month_tok(c)?.0);
                // "2020/23/Sep.": the full stop ends the sentence.
                if i == 2 && c.b()[c.pos - 1] == b'.' {
                    c.pos -= 1;
                }
            }
            TokKind::Num if t.end - t.start == 4 && y.is_none() => y = Some(c.num()?.1),
            TokKind::Num if t.end - t.start <= 2 && d.is_none() => d = Some(c.num()?.1),
            _ => return None,
        }
    }
    if !ends(c, c.pos) || matches!(c.b().get(c.pos), Some(b'-' | b'/')) {
        return None;
    }
    let day = Date::new(i16::try_from(y?).ok()?, m?, i8::try_from(d?).ok()?).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(day)), None))
}

/// `2017 April`: a year, then a month written in full.
pub(super) fn year_month(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let y = year4(c, 1900, 2100)?;
    let (m, full) = month_tok(c)?;
    if !full {
        return None;
    }
    // "2017 April 5" is not this form.
    if c.peek().is_some_and(|t| t.kind == TokKind::Num) {
        return None;
    }
    Some(Expr::new(Shape::Month(m), Some(y)))
}

/// `cy18`, `CY2018`: a calendar year.
pub(super) fn calendar_year(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Word || !c.text(t).eq_ignore_ascii_case("cy") {
        return None;
    }
    c.pos = t.end;
    let n = c.tight()?;
    let (_, v) = c.num()?;
    if !ends(c, c.pos) {
        return None;
    }
    let y = match n.end - n.start {
        2 => two_digit_year(v),
        4 if (1900..=2100).contains(&v) => v,
        _ => return None,
    };
    Some(Expr::new(Shape::Year, Some(y as i16)))
}
