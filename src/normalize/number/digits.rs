//! Figures written in digits: thousands groups, decimals, fractions
//! ("3/4", "2 1/4"), scale words and suffixes ("1.2 million", "10k", "$10m"),
//! powers ("1.3x10^6").

use super::*;

/// The offset of the first ASCII digit in `b`. Every byte of a document
/// passes through here, and digits are rare in prose, so eight bytes are
/// tested at once: a word of eight bytes holds a digit when one of its
/// bytes, minus `'0'`, is below 10 (the borrow trick below finds whether
/// any byte is below 10 exactly; only such a word is looked at bytewise).
pub(super) fn first_digit(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ (ONES * u64::from(b'0'));
        // A byte below 10 borrows in `x - 10·ONES` and has its high bit clear in `x`.
        if x.wrapping_sub(ONES * 10) & !x & HIGHS != 0 {
            if let Some(p) = chunk.iter().position(u8::is_ascii_digit) {
                return Some(at + p);
            }
        }
        at += 8;
    }
    chunks.remainder().iter().position(u8::is_ascii_digit).map(|p| at + p)
}

/// Reads `130,000`, `1.2`, `2014`, `100 000` is two numbers. Returns the value and end.
pub(super) fn read_digits(text: &str, d: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let mut end = d;
    while end < b.len() && b[end].is_ascii_digit() {
        end += 1;
    }
    // Thousands groups: ",000" repeated, only after 1-3 leading digits.
    if end - d <= 3 {
        while b.get(end) == Some(&b',')
            && b.len() >= end + 4
            && b[end + 1..end + 4].iter().all(u8::is_ascii_digit)
            && !b.get(end + 4).is_some_and(u8::is_ascii_digit)
        {
            end += 4;
        }
    }
    // Groups split by a (narrow) no-break space, "40 000", or by spaces when
    // the figure has two groups or more ("1 234 567"): "5 300" stays two numbers.
    if end - d <= 3 && !text[d..end].contains(',') {
        let mut groups = Vec::new();
        let mut at = end;
        loop {
            let sep = [" ", "\u{a0}", "\u{202f}"].iter().find(|s| text[at..].starts_with(**s)).map_or(0, |s| s.len());
            let g = at + sep;
            if sep == 0
                || b.len() < g + 3
                || !b[g..g + 3].iter().all(u8::is_ascii_digit)
                || b.get(g + 3).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b',' | b'/' | b':'))
            {
                break;
            }
            groups.push((sep, g + 3));
            at = g + 3;
        }
        let n = groups.iter().take_while(|(sep, _)| *sep > 1).count();
        let take = if groups.len() >= 2 || groups.first().is_some_and(|(_, e)| &text[e - 3..*e] == "000") {
            groups.len()
        } else {
            n
        };
        if take > 0 {
            end = groups[take - 1].1;
        }
    }
    // A decimal part, unless the figure is one part of a dotted code ("192.168.1.2").
    let dotted = (d >= 2 && b[d - 1] == b'.' && b[d - 2].is_ascii_digit())
        || (b.get(end) == Some(&b'.') && {
            let frac = b[end + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            b.get(end + 1 + frac) == Some(&b'.') && b.get(end + 2 + frac).is_some_and(u8::is_ascii_digit)
        });
    if !dotted && b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
    }
    let digits: String = text[d..end].chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let v: f64 = digits.parse().ok()?;
    v.is_finite().then_some((v, end))
}

/// A fraction `n/d` whose numerator `n` is the digits `d..end`: a
/// denominator from 2 to 10, larger than the numerator, and no further
/// slash or digit (that would be a date). Returns the value and end.
pub(super) fn slash_fraction(text: &str, d: usize, end: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    if end <= d || end - d > 1 || b.get(end) != Some(&b'/') || (d > 0 && matches!(b[d - 1], b'/' | b'.' | b',')) {
        return None;
    }
    if !b[d..end].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let len = b.get(end + 1..)?.iter().take_while(|c| c.is_ascii_digit()).count();
    let after = end + 1 + len;
    if len == 0
        || len > 2
        || b.get(after).is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, b'/' | b'-' | b'.') && b.get(after + 1).is_some_and(u8::is_ascii_digit)
        })
    {
        return None;
    }
    let (n, den): (f64, f64) = (text[d..end].parse().ok()?, text[end + 1..after].parse().ok()?);
    ((2.0..=10.0).contains(&den) && n < den && n > 0.0).then_some((n / den, after))
}

/// The whole number of a mixed fraction ("2 1/4") ending one space before `at`.
pub(super) fn whole_before(text: &str, at: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let mut s = at.checked_sub(1)?;
    while s > 0 && b[s - 1] == b' ' {
        s -= 1;
    }
    if s == at || s == 0 || !b[s - 1].is_ascii_digit() {
        return None;
    }
    let e = s;
    while s > 0 && b[s - 1].is_ascii_digit() {
        s -= 1;
    }
    if s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'.' | b',' | b'/')) {
        return None;
    }
    Some((text[s..e].parse().ok()?, s))
}

/// The scale a suffix written onto a figure gives: "10k", "1.2bn", "$10m"
/// (an "m" only after money: "180m" may be metres).
pub(super) fn suffix_scale(suffix: &str, money: bool) -> Option<f64> {
    Some(match suffix {
        "k" | "K" => 1e3,
        "b" | "B" | "bn" | "bln" | "Bn" => 1e9,
        "MM" | "mil" | "mln" => 1e6,
        "m" | "M" if money => 1e6,
        "tn" | "tln" => 1e12,
        _ => return None,
    })
}

/// Newswire scale abbreviations one space after a figure: "10 bln", "5 mln", "$3 bn".
pub(super) fn wire_scale_after(text: &str, end: usize) -> Option<(f64, usize)> {
    if text.as_bytes().get(end) != Some(&b' ') {
        return None;
    }
    let (w, after) = next_word(text, end + 1);
    if text.as_bytes().get(after).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let scale = match w {
        "bn" | "bln" => 1e9,
        "mln" | "mn" => 1e6,
        "tn" | "tln" => 1e12,
        _ => return None,
    };
    Some((scale, after))
}

/// An exponent right after a figure: `^23`, `^-1`, `x10^6`, `e10`, `e+14`.
pub(super) fn power_after(text: &str, end: usize, base: f64) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let signed = |at: usize| -> Option<(f64, usize)> {
        let (neg, at) = match b.get(at) {
            Some(b'-') => (true, at + 1),
            Some(b'+') => (false, at + 1),
            _ => (false, at),
        };
        let len = b.get(at..)?.iter().take_while(|c| c.is_ascii_digit()).count();
        if len == 0 || len > 3 || b.get(at + len).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let e: f64 = text[at..at + len].parse().ok()?;
        Some((if neg { -e } else { e }, at + len))
    };
    let (v, e) = match b.get(end) {
        Some(b'^') => {
            let (e, at) = signed(end + 1)?;
            (base.powf(e), at)
        }
        Some(b'e' | b'E') => {
            let (e, at) = signed(end + 1)?;
            (base * 10f64.powf(e), at)
        }
        Some(b'x') if text[end..].starts_with("x10^") => {
            let (e, at) = signed(end + 4)?;
            (base * 10f64.powf(e), at)
        }
        _ => return None,
    };
    v.is_finite().then_some((v, e))
}

/// " million" / " thousand" / " billion" (also "1.2m"? no: too ambiguous) right after a figure.
pub(super) fn scale_after(text: &str, end: usize) -> Option<(f64, usize)> {
    let rest = &text[end..];
    if !rest.starts_with(' ') && !rest.starts_with('-') {
        return None;
    }
    let (word, after) = next_word(text, end + 1);
    let scale = match word.to_ascii_lowercase().as_str() {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    };
    Some((scale, after))
}
