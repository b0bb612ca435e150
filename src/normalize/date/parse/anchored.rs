//! Spans that start on a named day: "for 3 days from today", "for 1 week,
//! from 20th dec", "3 days starting from next Monday", "a week starting
//! tomorrow", and weeks named by their first day: "the week beginning
//! February 4", "the week commencing …", "w/c Feb 4".
//!
//! A counted span runs from the anchor day for that many units, the anchor
//! included ("for 3 days from today" on the 23rd is the 23rd to the 25th).
//! A week named by a day is the ISO week (Monday to Sunday) holding it,
//! as "the week of April 10th" is.

use super::*;

/// The anchor day after "from"/"starting …": `today`, `now`, `tomorrow`,
/// `yesterday`, or any single-day date phrase.
fn anchor_day(c: &mut Cur, x: &Ctx) -> Option<(Date, bool)> {
    let r = x.r;
    match c.eat_any(&["today", "now", "tomorrow", "yesterday"]) {
        Some(0 | 1) => return Some((r?, true)),
        Some(2) => return Some((add_days(r?, 1)?, true)),
        Some(_) => return Some((add_days(r?, -1)?, true)),
        None => {}
    }
    let e = simple(c, x)?;
    let (iv, relative) = resolve(&e, x.r, x.bias)?;
    (iv.start == iv.end).then_some((iv.start, relative))
}

/// `from`, `starting [from|on]`, `beginning [from|on]`, `commencing [on]`.
fn start_word(c: &mut Cur) -> bool {
    if c.eat_word("from") {
        return true;
    }
    if c.eat_any(&["starting", "beginning", "commencing"]).is_some() {
        let _ = c.eat_any(&["from", "on"]);
        return true;
    }
    false
}

/// `N units [,] from|starting X`: the span of N units from X (X included).
/// `lead`: "for" came first; then the comma is allowed and only "from" joins.
fn counted_from(c: &mut Cur, x: &Ctx, lead: bool) -> Option<(DateInterval, bool)> {
    let mut k = *c;
    let n = if k.eat_any(&["a", "an"]).is_some() { 1 } else { count(&mut k)? };
    let u = k.peek()?;
    let unit = unit(k.text(u))?;
    k.pos = u.end;
    if lead {
        // After "for" only "from" ("for 3 days starting …" is read from the count).
        k.eat_punct(b',');
        if !k.eat_word("from") {
            return None;
        }
    } else if !start_word(&mut k) {
        return None;
    }
    let (from, relative) = anchor_day(&mut k, x)?;
    let span = unit_span(unit, n)?;
    let end = from.checked_add(span).ok()?.yesterday().ok()?;
    *c = k;
    Some((DateInterval { start: from, end, granularity: Granularity::Day }, relative))
}

/// `for 3 days from today`, `for 1 week, from 20th dec`: "for" in the span.
pub(super) fn for_span(c: Cur, x: &Ctx, start: usize) -> Option<Found> {
    let mut k = c;
    let (value, relative) = counted_from(&mut k, x, true)?;
    Some(Found { start, end: k.pos, kind: DateKind::Range, value, relative })
}

/// `3 days starting from next Monday`, `a week starting tomorrow`, `2 weeks starting May 20th`.
pub(super) fn units_starting(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let mut k = *c;
    // "from" alone after a count is an offset ("3 days from today"): only "starting …" here.
    let mut j = k;
    if j.eat_any(&["a", "an"]).is_none() {
        count(&mut j)?;
    }
    j.pos = j.peek()?.end;
    if j.peek().is_some_and(|t| j.text(t).eq_ignore_ascii_case("from")) {
        return None;
    }
    let (iv, relative) = counted_from(&mut k, x, false)?;
    *c = k;
    Some(Expr { shape: Shape::Fixed(iv), year: None, weekday: None, relative })
}

/// `the week beginning February 4`, `the week starting on …`, `the week commencing …`, `w/c Feb 4`.
pub(super) fn week_beginning(c: &mut Cur, x: &Ctx) -> Option<Expr> {
    let mut k = *c;
    let wc = k.eat_word("w") && k.eat_punct_tight(b'/') && k.tight().is_some() && k.eat_word("c");
    if !wc {
        k = *c;
        k.eat_word("the");
        if !(k.eat_word("week") && k.eat_any(&["beginning", "starting", "commencing"]).is_some()) {
            return None;
        }
        let _ = k.eat_any(&["on", "from"]);
    }
    let (day, relative) = anchor_day(&mut k, x)?;
    *c = k;
    Some(Expr { shape: Shape::Fixed(week_of(day)?), year: None, weekday: None, relative })
}
