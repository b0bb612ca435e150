//! Decades in words and relative to the reference: "the nineties", "the
//! next decade", "the next two decades", "this decade", and "1990 s"
//! (the "s" spaced off, as typed).
//!
//! A spelled decade is of the 1900s ("the twenties" is the 1920s): news
//! names the decades of the last century so, and says "the 2020s" for this
//! one. Not after a possessive or a level ("in his eighties", "in the high
//! nineties"): there it is an age or a temperature. A decade relative to
//! the reference is a calendar decade ("the next decade" in 2018 is 2020 to
//! 2029).

use super::*;

const SPELLED: [&str; 8] =
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

/// Words before a spelled decade that make it an age or a temperature.
const NOT_BEFORE: &[&str] =
    &["his", "her", "their", "its", "my", "your", "our", "high", "low", "mid", "upper", "lower", "early", "late"];

/// `the nineties`, `nineties`, `the 1990 s`.
pub(super) fn decade_words(c: &mut Cur, _: &Ctx) -> Option<Expr> {
    let before = c.t.get(..c.pos).unwrap_or("").trim_end();
    let prev = before.rsplit(|ch: char| !ch.is_ascii_alphabetic()).next().unwrap_or("");
    c.eat_word("the");
    if let Some(i) = c.eat_any(&SPELLED) {
        if NOT_BEFORE.iter().any(|w| w.eq_ignore_ascii_case(prev)) {
            return None;
        }
        return Some(Expr::new(Shape::Decade, Some(1920 + 10 * i as i16)));
    }
    // "1990 s": a round year, then a lone "s".
    let y = year4(c, 1000, 2999)?;
    let s = c.peek()?;
    if y % 10 != 0 || s.kind != TokKind::Word || !c.text(s).eq_ignore_ascii_case("s") {
        return None;
    }
    c.pos = s.end;
    Some(Expr::new(Shape::Decade, Some(y)))
}

/// `the next decade`, `the next two decades`, `this decade`, `the coming decade`.
pub(super) fn decade_deixis(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    c.eat_word("the");
    let k: i16 = match c.eat_any(&["this", "current", "next", "coming", "following"])? {
        0 | 1 => 0,
        _ => 1,
    };
    let mut j = *c;
    let n = match count(&mut j) {
        Some(n) if k == 1 && (1..=10).contains(&n) && j.eat_word("decades") => {
            *c = j;
            n as i16
        }
        _ => {
            if !c.eat_word("decade") {
                return None;
            }
            1
        }
    };
    let r = x.r?;
    let first = (r.year() - r.year().rem_euclid(10)).checked_add(10 * k)?;
    let iv = DateInterval {
        start: Date::new(first, 1, 1).ok()?,
        end: Date::new(first.checked_add(10 * n - 1)?, 12, 31).ok()?,
        granularity: Granularity::Decade,
    };
    Some(Expr::fixed(iv))
}
