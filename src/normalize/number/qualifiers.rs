//! The qualifiers around a figure: the phrases before it ("more than",
//! "nearly"), after it ("or more"), comparison signs ("> 10"), the words
//! joining two bounds, and the verbs of change that make "from X to Y" two
//! figures rather than a range.

use super::*;

/// Qualifiers looked for just before a figure, longest first where one
/// ends another ("no more than" before "more than" before "more").
pub(super) const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("less than or equal to", Qualifier::Le),
    ("fewer than or equal to", Qualifier::Le),
    ("equal to or less than", Qualifier::Le),
    ("equal to or fewer than", Qualifier::Le),
    ("greater than or equal to", Qualifier::Ge),
    ("more than or equal to", Qualifier::Ge),
    ("equal to or more than", Qualifier::Ge),
    ("equal to or greater than", Qualifier::Ge),
    // Recognizers-Text forms: "less or equal than", "at least or equal to".
    ("less or equal than", Qualifier::Le),
    ("fewer or equal than", Qualifier::Le),
    ("smaller or equal than", Qualifier::Le),
    ("lower or equal than", Qualifier::Le),
    ("at most or equal to", Qualifier::Le),
    ("more or equal than", Qualifier::Ge),
    ("greater or equal than", Qualifier::Ge),
    ("larger or equal than", Qualifier::Ge),
    ("bigger or equal than", Qualifier::Ge),
    ("higher or equal than", Qualifier::Ge),
    ("at least or equal to", Qualifier::Ge),
    ("no more than", Qualifier::Le),
    ("not more than", Qualifier::Le),
    ("no fewer than", Qualifier::Ge),
    ("no less than", Qualifier::Ge),
    ("not less than", Qualifier::Ge),
    ("more than", Qualifier::Gt),
    ("greater than", Qualifier::Gt),
    ("larger than", Qualifier::Gt),
    ("bigger than", Qualifier::Gt),
    ("higher than", Qualifier::Gt),
    ("in excess of", Qualifier::Gt),
    ("upwards of", Qualifier::Gt),
    ("just over", Qualifier::Gt),
    ("over", Qualifier::Gt),
    ("at least", Qualifier::Ge),
    ("a minimum of", Qualifier::Ge),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("just under", Qualifier::Nearly),
    ("just shy of", Qualifier::Nearly),
    ("approximately", Qualifier::Approx),
    ("an estimated", Qualifier::Approx),
    ("estimated", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("about", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("up to", Qualifier::Le),
    ("as many as", Qualifier::Le),
    ("at most", Qualifier::Le),
    ("a maximum of", Qualifier::Le),
    ("fewer than", Qualifier::Lt),
    ("less than", Qualifier::Lt),
    ("under", Qualifier::Lt),
    ("below", Qualifier::Lt),
    ("above", Qualifier::Gt),
    ("exceeding", Qualifier::Gt),
    ("exceeded", Qualifier::Gt),
    ("exceeds", Qualifier::Gt),
    ("exceed", Qualifier::Gt),
    ("surpassing", Qualifier::Gt),
    ("surpassed", Qualifier::Gt),
    ("surpasses", Qualifier::Gt),
    ("surpass", Qualifier::Gt),
    ("smaller than", Qualifier::Lt),
    ("lower than", Qualifier::Lt),
    // No bound at all, but part of the phrase: "equal to 170", "equals 20"
    // (after every phrase that ends in "equal to").
    ("equal to", Qualifier::Eq),
    ("equals to", Qualifier::Eq),
    ("equaling to", Qualifier::Eq),
    ("equalling to", Qualifier::Eq),
    ("equals", Qualifier::Eq),
    ("equaling", Qualifier::Eq),
    ("equalling", Qualifier::Eq),
    // A common typo: "has left more 130,000 dead".
    ("more", Qualifier::Gt),
];

/// Words joining a second, opposite bound to a qualified figure: "more than
/// 100 and less than 300", "at most 100 and at least 20". A comma joins
/// only a bound with "than" ("higher or equal than 100, lower or equal than
/// 300"): "more than 100, under 18 among them" is two figures.
pub(super) const BOUND_JOINS: &[&str] = &[" and ", " but ", ", "];

/// Qualifiers written after the figure: "500 or more".
pub(super) const AFTER_QUALIFIERS: &[(&str, Qualifier)] = &[
    (" or more", Qualifier::Ge),
    (" and more", Qualifier::Ge),
    (" or greater", Qualifier::Ge),
    (" or higher", Qualifier::Ge),
    (" or above", Qualifier::Ge),
    (" and above", Qualifier::Ge),
    (" or over", Qualifier::Ge),
    (" and over", Qualifier::Ge),
    (" or less", Qualifier::Le),
    (" or fewer", Qualifier::Le),
    (" or below", Qualifier::Le),
    (" and below", Qualifier::Le),
    (" or under", Qualifier::Le),
];

/// Words after a strict bound that let it include its figure: "more than 5000 or equal to".
pub(super) const OR_EQUAL: &[&str] = &[" or equal to", " or equal"];

/// Comparison signs before a figure, longest first: "> 10", ">= 30", "< = 100", "≤ 5".
pub(super) const SIGNS: &[(&str, Qualifier)] = &[
    ("< =", Qualifier::Le),
    ("> =", Qualifier::Ge),
    ("<=", Qualifier::Le),
    (">=", Qualifier::Ge),
    ("≤", Qualifier::Le),
    ("≥", Qualifier::Ge),
    ("<", Qualifier::Lt),
    (">", Qualifier::Gt),
];

/// Verbs of change before "from": "rose from 5 to 10" gives two figures, not a range.
pub(super) const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falling",
    "increased",
    "increase",
    "decreased",
    "decrease",
    "grew",
    "grown",
    "climbed",
    "dropped",
    "jumped",
    "soared",
    "surged",
    "plunged",
    "declined",
    "raised",
    "cut",
    "reduced",
    "lowered",
    "revised",
    "went",
    "up",
    "down",
    "changed",
];

/// Whether a verb of change ends one space before `at`.
pub(super) fn after_change_verb(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    if at < 2 || b[at - 1] != b' ' {
        return false;
    }
    let e = at - 1;
    let s = e - b[..e].iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
    CHANGE_VERBS.iter().any(|v| text[s..e].eq_ignore_ascii_case(v))
}

/// A comparison sign ending at most two spaces before `start` ("> 10",
/// "x>10", "<=  -30"), and where it begins. A '>' closing a tag ("<b>10")
/// is no sign.
pub(super) fn sign_before(text: &str, start: usize) -> Option<(usize, Qualifier)> {
    let b = text.as_bytes();
    let spaces = b[..start].iter().rev().take(3).take_while(|c| **c == b' ').count();
    let at = start - spaces.min(2);
    // Every sign ends in '=', '<', '>' or a non-ASCII byte ("≤"): most
    // figures have a letter or a space there, and no sign is tried.
    if !b[..at].last().is_some_and(|&c| matches!(c, b'=' | b'<' | b'>') || c >= 0x80) {
        return None;
    }
    let (sign, q) = SIGNS.iter().find(|(sign, _)| text[..at].ends_with(sign))?;
    let s = at - sign.len();
    let token = &b[..s];
    let tag = sign.starts_with('>') && token.iter().rev().take_while(|c| !c.is_ascii_whitespace()).any(|c| *c == b'<');
    (!tag).then_some((s, *q))
}
