//! Pieces of a date: month names and numbers, days (in digits and in words), years (four digits, optional, spelled out).

use super::*;
use crate::normalize::words::ORDINALS;

/// A month word at the cursor; "May" only when capitalised (never the verb).
pub(super) fn month_word(w: &str) -> Option<(i8, bool)> {
    let (m, full) = month(w)?;
    if m == 5 && !w.starts_with('M') {
        return None;
    }
    Some((m, full))
}

/// Month name or abbreviation (with its optional full stop).
pub(super) fn month_tok(c: &mut Cur) -> Option<(i8, bool)> {
    let t = c.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let (m, full) = month_word(c.text(t))?;
    c.pos = t.end;
    if !full {
        c.eat_punct_tight(b'.');
    }
    Some((m, full))
}

/// `st`, `nd`, `rd`, `th` attached to a number.
pub(super) fn ordinal_suffix(c: &mut Cur) -> bool {
    if let Some(t) = c.tight() {
        if t.kind == TokKind::Word && ["st", "nd", "rd", "th"].iter().any(|s| c.text(t).eq_ignore_ascii_case(s)) {
            c.pos = t.end;
            return true;
        }
    }
    false
}

/// A day of the month, 1–31, with an optional ordinal suffix; returns (day, had suffix).
pub(super) fn day(c: &mut Cur) -> Option<(i8, bool)> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start > 2 || !clean_num(c.b(), t) {
        return None;
    }
    let v = c.take_num(t)?;
    if !(1..=31).contains(&v) {
        return None;
    }
    let ord = ordinal_suffix(c);
    let b = c.b();
    if b.get(c.pos).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'%')
        || (b.get(c.pos) == Some(&b':') && b.get(c.pos + 1).is_some_and(|b| b.is_ascii_digit()))
    {
        return None;
    }
    Some((v as i8, ord))
}

/// The ordinal words of the first nineteen days, in order (`first` = 1):
/// the head of the number reader's [`ORDINALS`] (tested), taken in a
/// const so the dispatch tables can hold it.
pub(super) const ORDINAL_DAYS: [&str; 19] = {
    let mut out = [""; 19];
    let mut i = 0;
    while i < 19 {
        out[i] = ORDINALS[i].0;
        i += 1;
    }
    out
};

/// A day of the month in words: `first` … `thirty-first`, `twenty second`.
/// Not before a hyphen ("first-time").
pub(super) fn spelled_day(c: &mut Cur) -> Option<i8> {
    // The first word is lexed once and matched against each list (this runs
    // at most cues, and most words are none of these).
    let mut k = *c;
    let t = k.peek()?;
    if t.kind != TokKind::Word {
        return None;
    }
    let w = k.text(t);
    k.pos = t.end;
    let find = |list: &[&str]| list.iter().position(|o| o.eq_ignore_ascii_case(w));
    let d = if let Some(i) = find(&ORDINAL_DAYS) {
        i as i8 + 1
    } else if let Some(i) = find(&["twentieth", "thirtieth"]) {
        10 * (i as i8 + 2)
    } else {
        let tens = 10 * (find(&["twenty", "thirty"])? as i8 + 2);
        k.eat_punct_tight(b'-');
        tens + k.eat_any(&ORDINAL_DAYS[..9])? as i8 + 1
    };
    if d > 31 || k.b().get(k.pos) == Some(&b'-') {
        return None;
    }
    *c = k;
    Some(d)
}

/// A clean four-digit year in `lo..=hi`.
pub(super) fn year4(c: &mut Cur, lo: u32, hi: u32) -> Option<i16> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start != 4 || !clean_num(c.b(), t) {
        return None;
    }
    if c.b().get(t.end).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'%') {
        return None;
    }
    let v = c.take_num(t)?;
    (lo..=hi).contains(&v).then_some(v as i16)
}

/// `[,] 2014` after a month-day.
pub(super) fn opt_year(c: &mut Cur) -> Option<i16> {
    let mut k = *c;
    let of = k.eat_word("of");
    if !of {
        k.eat_punct(b',');
    }
    let y =
        year4(&mut k, 1000, 2999).or_else(|| spelled_year(&mut k)).or_else(|| if of { year2(&mut k) } else { None })?;
    *c = k;
    Some(y)
}

/// A year in words: `two thousand and fifteen`, `two thousand`,
/// `nineteen ninety six`, `nineteen hundred ninety three`, `twenty twenty`.
/// A pair of numbers needs a first part of 10–29 and a second of 10–99
/// (`nineteen eighty-four`), so "five six" or "twenty five" stay counts.
pub(super) fn spelled_year(c: &mut Cur) -> Option<i16> {
    let mut k = *c;
    let hi = spelled_number(&mut k)?;
    let y = if k.eat_word("thousand") {
        let mut j = k;
        j.eat_word("and");
        let lo = spelled_number(&mut j).filter(|v| *v < 100);
        if lo.is_some() {
            k = j;
        }
        hi * 1000 + lo.unwrap_or(0)
    } else if k.eat_word("hundred") {
        let mut j = k;
        j.eat_word("and");
        let lo = spelled_number(&mut j).filter(|v| *v < 100);
        if lo.is_some() {
            k = j;
        }
        hi * 100 + lo.unwrap_or(0)
    } else if (10..=20).contains(&hi) {
        let lo = spelled_number(&mut k).filter(|v| (10..100).contains(v))?;
        hi * 100 + lo
    } else {
        return None;
    };
    // A year is no count of time units ("two thousand years") and ends the
    // number: "one thousand and five hundred" is 1,500, not the year 1005.
    let continues = |w: &str| ["hundred", "thousand", "million"].iter().any(|s| w.eq_ignore_ascii_case(s));
    if !(1000..=2999).contains(&y)
        || k.peek().is_some_and(|t| t.kind == TokKind::Word && (unit(k.text(t)).is_some() || continues(k.text(t))))
    {
        return None;
    }
    *c = k;
    Some(y as i16)
}

/// A clean two-digit year after "of" ("April of 87"), by [`two_digit_year`].
pub(super) fn year2(c: &mut Cur) -> Option<i16> {
    let t = c.peek()?;
    if t.kind != TokKind::Num || t.end - t.start != 2 || !clean_num(c.b(), t) {
        return None;
    }
    if c.b().get(t.end).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'%') {
        return None;
    }
    let v = c.take_num(t)?;
    Some(two_digit_year(v) as i16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_days_are_the_first_nineteen_ordinals() {
        assert_eq!(ORDINAL_DAYS[0], "first");
        assert_eq!(ORDINAL_DAYS[18], "nineteenth");
        for (i, (w, v)) in ORDINALS[..19].iter().enumerate() {
            assert_eq!((ORDINAL_DAYS[i], *v), (*w, i as f64 + 1.0));
        }
    }

    /// The day read and the text left after it.
    fn read(text: &str) -> Option<(i8, &str)> {
        let mut c = Cur::new(text, 0);
        spelled_day(&mut c).map(|d| (d, &text[c.pos..]))
    }

    #[test]
    fn spelled_days_in_words() {
        assert_eq!(read("first of May"), Some((1, " of May")));
        assert_eq!(read("Nineteenth"), Some((19, "")));
        assert_eq!(read("TWENTIETH day"), Some((20, " day")));
        assert_eq!(read("thirtieth"), Some((30, "")));
        assert_eq!(read("twenty-third of"), Some((23, " of")));
        assert_eq!(read("thirty first"), Some((31, "")));
        assert_eq!(read("thirty second"), None); // no 32nd
        assert_eq!(read("first-time"), None);
        assert_eq!(read("twenty people"), None);
        assert_eq!(read("twenty"), None);
        assert_eq!(read("5th"), None);
        assert_eq!(read(""), None);
    }
}
