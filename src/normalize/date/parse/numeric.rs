//! Dates written with digits: ISO, numeric day/month/year in either order, digits around a month name, month- and day-led forms.

use super::*;

/// `2014-01-22`, `2014/01/22`.
pub(super) fn iso(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start != 4 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, y) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    c.pos += 1;
    let mt = c.tight()?;
    let (_, m) = c.num()?;
    if mt.end - mt.start > 2 {
        return None;
    }
    if !c.eat_punct_tight(sep) {
        // `2015-12`, `2015-3`: a month, unless it reads as a year range
        // ("2011-12" is a season, 2011 to 2012).
        let ends =
            c.b().get(c.pos).is_none_or(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b',')))
                || matches!(c.b().get(c.pos..c.pos + 2), Some([b'.' | b',', b]) if !b.is_ascii_digit());
        let range = mt.end - mt.start == 2 && m > y % 100;
        if !ends || range || !(1..=12).contains(&m) {
            return None;
        }
        return Some(Expr::new(Shape::Month(m as i8), Some(y as i16)));
    }
    let dt = c.tight()?;
    let (_, d) = c.num()?;
    if dt.end - dt.start > 2 || c.b().get(c.pos).is_some_and(|b| b.is_ascii_alphanumeric()) || !clean_num(c.b(), dt) {
        return None;
    }
    let d = Date::new(y as i16, m as i8, d as i8).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(d)), None))
}

/// `2/10/2014` (order from the settings unless one part exceeds 12),
/// `10.02.2014` / `10-02-2014` only when unambiguous.
pub(super) fn numeric(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 {
        return None;
    }
    if t.start > 0
        && c.b().get(t.start - 1).is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b','))
    {
        return None;
    }
    let (_, a) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    c.pos += 1;
    let bt = c.tight()?;
    let (_, b) = c.num()?;
    if bt.end - bt.start == 4 && sep != b'.' {
        // `12-2015`, `3/2015`: a month of a year.
        let after = c.b().get(c.pos).copied();
        if !(1..=12).contains(&a)
            || !is_year(b)
            || after.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-')
        {
            return None;
        }
        return Some(Expr::new(Shape::Month(a as i8), Some(b as i16)));
    }
    if bt.end - bt.start > 2 || !c.eat_punct_tight(sep) {
        return None;
    }
    let yt = c.tight()?;
    let (_, y) = c.num()?;
    let ylen = yt.end - yt.start;
    let y = match ylen {
        4 => y,
        2 if sep == b'/' => two_digit_year(y),
        _ => return None,
    };
    let after = c.b().get(c.pos).copied();
    if after.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-')
        || (matches!(after, Some(b'.' | b',')) && c.b().get(c.pos + 1).is_some_and(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (m, d) = if a > 12 && b <= 12 {
        (b, a)
    } else if b > 12 && a <= 12 {
        (a, b)
    } else if sep == b'/' {
        if x.month_first {
            (a, b)
        } else {
            (b, a)
        }
    } else {
        return None;
    };
    let d = Date::new(y as i16, m as i8, d as i8).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(d)), None))
}

/// `05-Aug-2016`, `2019-aug-01`, `2019/Aug/1`, `23/Sep/2020`: digits
/// around a month name, joined by one separator (`-` or `/`) with no spaces.
pub(super) fn numeric_month_name(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let at = c.peek()?;
    if at.kind != TokKind::Num || !clean_num(c.b(), at) {
        return None;
    }
    let (_, a) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    c.pos += 1;
    let mt = c.tight()?;
    if mt.kind != TokKind::Word {
        return None;
    }
    let (m, _) = month_tok(c)?;
    if !c.eat_punct_tight(sep) {
        return None;
    }
    let bt = c.tight()?;
    let (_, b) = c.num()?;
    if c.b().get(c.pos).is_some_and(|ch| ch.is_ascii_alphanumeric() || *ch == sep) {
        return None;
    }
    let (y, d) = match (at.end - at.start, bt.end - bt.start) {
        (4, 1 | 2) => (a, b),
        (1 | 2, 4) => (b, a),
        _ => return None,
    };
    let day = Date::new(i16::try_from(y).ok()?, m, i8::try_from(d).ok()?).ok()?;
    Some(Expr::new(Shape::Fixed(DateInterval::day(day)), None))
}

/// `7/6`, `22/04`, `7-6`: a month and day without a year (order from the
/// settings unless one part exceeds 12). Read only after a weekday or "on":
/// alone it is as often a score or a fraction.
pub(super) fn month_day_numeric(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let (a, _, b) = digit_pair(c)?;
    if c.b().get(c.pos).is_some_and(|ch| ch.is_ascii_alphanumeric() || matches!(ch, b'/' | b'-')) {
        return None;
    }
    if matches!(c.b().get(c.pos..c.pos + 2), Some([b'.' | b',', d]) if d.is_ascii_digit()) {
        return None;
    }
    // "3-5 January" is a range of days.
    if c.peek().is_some_and(|t| t.kind == TokKind::Word && month_word(c.text(t)).is_some()) {
        return None;
    }
    let (m, d) = month_and_day(a, b, x)?;
    Some(Expr::new(Shape::Day { m, d }, None))
}

/// Two numbers of one or two digits joined by `/` or `-` ("7/6", "22-04"),
/// as (first, separator, second); the cursor ends after the second.
pub(super) fn digit_pair(c: &mut Cur) -> Option<(u32, u8, u32)> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !clean_num(c.b(), t) {
        return None;
    }
    let (_, a) = c.num()?;
    let sep = *c.b().get(c.pos)?;
    if sep != b'/' && sep != b'-' {
        return None;
    }
    c.pos += 1;
    let bt = c.tight()?;
    if bt.kind != TokKind::Num || bt.end - bt.start > 2 {
        return None;
    }
    let (_, b) = c.num()?;
    Some((a, sep, b))
}

/// The month and day of a digit pair: the order from the settings
/// (`month_first`) unless one part exceeds 12; `None` when no day results.
pub(super) fn month_and_day(a: u32, b: u32, x: &Ctx) -> Option<(i8, i8)> {
    let (m, d) = if b <= 12 && (a > 12 || !x.month_first) { (b, a) } else { (a, b) };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((m as i8, d as i8))
}

/// `Jan. 22, 2014`, `January 22`, `June 2012`, `January of 2014`, `August`.
pub(super) fn month_led(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let t = c.peek()?;
    let (m, full) = month_tok(c)?;
    let mut k = *c;
    if matches!(k.b().get(k.pos), Some(b'-' | b'/')) {
        k.pos += 1;
        if let Some(y) = year4(&mut k, 1800, 2100) {
            *c = k;
            return Some(Expr::new(Shape::Month(m), Some(y)));
        }
        k = *c;
    }
    if let Some(d) = day(&mut k).map(|(d, _)| d).or_else(|| spelled_day(&mut k)) {
        let y = opt_year(&mut k);
        *c = k;
        return Some(Expr::new(Shape::Day { m, d }, y));
    }
    let mut k = *c;
    let of = k.eat_word("of");
    if !of {
        k.eat_punct(b',');
    }
    if let Some(y) =
        year4(&mut k, 1800, 2100).or_else(|| spelled_year(&mut k)).or_else(|| if of { year2(&mut k) } else { None })
    {
        *c = k;
        return Some(Expr::new(Shape::Month(m), Some(y)));
    }
    // A bare month: written in full and capitalised, never "May".
    let w = c.text(t);
    if full && m != 5 && w.as_bytes().first().is_some_and(|b| b.is_ascii_uppercase()) {
        return Some(Expr::new(Shape::Month(m), None));
    }
    None
}

/// `22 January 2014`, `22 January, 2014`, `the 22nd of January`.
pub(super) fn day_month(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let the = c.eat_word("the");
    let (d, ord, spelled) = match day(c) {
        Some((d, ord)) => (d, ord, false),
        None => (spelled_day(c)?, true, true),
    };
    let of = c.eat_word("of");
    if (the && !ord && !of) || (spelled && !of) {
        return None;
    }
    let (m, _) = month_tok(c)?;
    let y = opt_year(c);
    Some(Expr::new(Shape::Day { m, d }, y))
}

#[cfg(test)]
mod tests {
    use super::super::super::Bias;
    use super::*;

    fn ctx(month_first: bool) -> Ctx {
        Ctx { r: Some("2014-01-23".parse().unwrap()), bias: Bias::Past, month_first }
    }

    #[test]
    fn digit_pairs_and_their_month_and_day() {
        let pair = |s: &str| {
            let mut c = Cur::new(s, 0);
            digit_pair(&mut c).map(|p| (p, c.pos))
        };
        assert_eq!(pair("7/6 at noon"), Some(((7, b'/', 6), 3)));
        assert_eq!(pair("22-04"), Some(((22, b'-', 4), 5)));
        assert_eq!(pair("123/4"), None, "three digits");
        assert_eq!(pair("7/ 6"), None, "the second part must follow tightly");
        assert_eq!(pair("7.6"), None, "only / and - join");
        assert_eq!(month_and_day(7, 6, &ctx(true)), Some((7, 6)));
        assert_eq!(month_and_day(7, 6, &ctx(false)), Some((6, 7)));
        assert_eq!(month_and_day(22, 4, &ctx(true)), Some((4, 22)), "22 cannot be a month");
        assert_eq!(month_and_day(4, 22, &ctx(false)), Some((4, 22)), "22 cannot be a month");
        assert_eq!(month_and_day(13, 14, &ctx(true)), None);
        assert_eq!(month_and_day(2, 0, &ctx(true)), None);
    }
}
