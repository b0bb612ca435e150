//! Mentions of named people and organisations, for the name-variant check.
//!
//! Two sources: spellings of the entity lexicon found in the text
//! (case-sensitively), and runs of capitalised words ("name chunks") that
//! may join on `al`, `bin`, `of` …, with titles ("Foreign Minister", "Mr")
//! and sentence-opening words ("The", "After") stripped from the front.
//! A lexicon spelling inside a run splits it ("Syrian Foreign Minister Walid
//! Moallem" → the demonym, a title, the name). A possessive `'s` or a
//! hyphenated lower-case tail ("Al Qaeda-linked") ends a name.
//!
//! Only names of two words or more become claims: a surname alone or a
//! demonym is an abbreviation, not a spelling variant, and skipping them
//! keeps the claims few; so does keeping one mention per spelling per
//! document (the first). The claim's value is the name as written; its
//! `unit` is the lexicon entity it resolves to (empty when none), so that
//! two listed entities are never taken for variants of each other.

use super::context::{collapse_space, DocContext};
use crate::lexicon::entities::name_key;
use crate::model::{Claim, ClaimKind, ClaimValue};

/// Lower-case words that may stand inside a name ("Bashar al Assad", "League of Arab States").
const CONNECTORS: &[&str] = &["al", "bin", "ibn", "of", "de", "el", "abu", "van", "von", "der", "la", "du"];

/// Every mention of a name of two words or more.
pub fn extract(ctx: &DocContext) -> Vec<Claim> {
    let text = ctx.text();
    let ents = &ctx.lexicon.entities;
    let hits: Vec<_> = ents.find(text).collect();
    // Spans first; claims are built only for the spellings kept below.
    let mut out: Vec<(usize, usize)> = Vec::new();
    for h in &hits {
        if h.multi_word {
            out.push((h.start, h.end));
        }
    }
    let mut chunk: Vec<(usize, usize)> = Vec::new();
    let mut hit_i = 0;
    let bytes = text.as_bytes();
    for (start, end, sep_ok) in tokens(text) {
        // Most words are lower case and no part of a name: skip them
        // before any other test (a lower-case word with a hyphen may still
        // carry a capital part, "al-Assad").
        if chunk.is_empty()
            && (bytes[start].is_ascii_lowercase() || bytes[start].is_ascii_digit())
            && !bytes[start..end].contains(&b'-')
        {
            continue;
        }
        while hit_i < hits.len() && hits[hit_i].end <= start {
            hit_i += 1;
        }
        let in_hit = hits.get(hit_i).is_some_and(|h| h.start < end);
        if !sep_ok || in_hit {
            flush(ctx, &mut chunk, &mut out);
        }
        if in_hit {
            continue;
        }
        let tok = &text[start..end];
        let (name, ends) = name_part(tok);
        let first = name.chars().next();
        let capital = first.is_some_and(char::is_uppercase) || (name.contains('-') && has_capital_part(name));
        if capital {
            chunk.push((start, start + name.len()));
        } else if !chunk.is_empty() && CONNECTORS.contains(&name) {
            chunk.push((start, end));
        } else {
            flush(ctx, &mut chunk, &mut out);
            continue;
        }
        if ends {
            flush(ctx, &mut chunk, &mut out);
        }
    }
    flush(ctx, &mut chunk, &mut out);
    // One mention per spelling per document is all the name-variant check
    // needs (it lists documents): keep the first, drop the repeats.
    out.sort_unstable();
    // A spelling seen as written needs no key (its key is seen too).
    let mut seen_as_written = std::collections::HashSet::new();
    let mut seen = std::collections::HashSet::new();
    out.into_iter()
        .filter(|&(s, e)| seen_as_written.insert(&text[s..e]) && seen.insert(name_key(&text[s..e])))
        .map(|(s, e)| mention(ctx, s, e))
        .collect()
}

/// Ends the current chunk: strips openers, titles and trailing connectors,
/// and keeps it when two words or more remain.
fn flush(ctx: &DocContext, chunk: &mut Vec<(usize, usize)>, out: &mut Vec<(usize, usize)>) {
    // Most chunks are one capitalised word (a sentence opener): stripping
    // never adds words, so they cannot become a name of two.
    if chunk.len() < 2 && chunk.first().is_none_or(|&(s, e)| !ctx.text()[s..e].contains('-')) {
        chunk.clear();
        return;
    }
    let text = ctx.text();
    let ents = &ctx.lexicon.entities;
    let mut t: &[(usize, usize)] = chunk;
    while let Some(&(s, e)) = t.first() {
        if ents.is_stopword(&text[s..e]) || CONNECTORS.contains(&&text[s..e]) {
            t = &t[1..];
            continue;
        }
        let title = if ents.may_start_title(&text[s..e]) {
            (1..=t.len().min(4)).rev().find(|&k| ents.is_title(&name_key(&text[t[0].0..t[k - 1].1])))
        } else {
            None
        };
        match title {
            Some(k) => t = &t[k..],
            None => break,
        }
    }
    while let Some(&(s, e)) = t.last() {
        let w = &text[s..e];
        if is_connector_any_case(w) || ents.is_stopword(w) {
            t = &t[..t.len() - 1];
        } else {
            break;
        }
    }
    if let (Some(first), Some(last)) = (t.first(), t.last()) {
        let span = &text[first.0..last.1];
        if span.split([' ', '-']).filter(|w| !w.is_empty()).count() >= 2 {
            out.push((first.0, last.1));
        }
    }
    chunk.clear();
}

/// Whether `w` lowered is a connector ("Of", "AL"). An ASCII word is
/// compared ignoring ASCII case, without building its lower-case form.
fn is_connector_any_case(w: &str) -> bool {
    if w.is_ascii() {
        CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w))
    } else {
        CONNECTORS.contains(&w.to_lowercase().as_str())
    }
}

fn mention(ctx: &DocContext, start: usize, end: usize) -> Claim {
    let spelling = collapse_space(&ctx.text()[start..end]);
    let mut c = ctx.claim(ClaimKind::Mention, start, end, (start, end), ClaimValue::Entity(spelling.clone()));
    c.subject = "entities".to_string();
    c.population = "names".to_string();
    c.unit = ctx.lexicon.entities.resolve(&spelling).map(|e| e.name.clone()).unwrap_or_default();
    c
}

/// The name part of a token and whether the name ends with it: a possessive
/// `'s` or a lower-case hyphenated tail ("Qaeda-linked") is cut and ends it.
fn name_part(tok: &str) -> (&str, bool) {
    let trimmed = tok.trim_end_matches(['\'', '’']);
    if trimmed.len() < tok.len() {
        return (trimmed, true);
    }
    for suffix in ["'s", "’s"] {
        if let Some(n) = tok.strip_suffix(suffix) {
            return (n, true);
        }
    }
    let mut cut = None;
    let mut pos = 0;
    for (i, part) in tok.split('-').enumerate() {
        if i > 0 && part.chars().next().is_some_and(char::is_lowercase) && tok[..pos].chars().any(char::is_uppercase) {
            cut = Some(pos - 1);
            break;
        }
        pos += part.len() + 1;
    }
    match cut {
        Some(c) => (&tok[..c], true),
        None => (tok, false),
    }
}

fn has_capital_part(tok: &str) -> bool {
    tok.split('-').any(|p| p.chars().next().is_some_and(char::is_uppercase))
}

/// Word tokens (letters, digits, `-`, `'`, `’`) with whether the gap before
/// each is plain spaces (a name may run across it). ASCII bytes are
/// classified directly; only non-ASCII characters are decoded.
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let b = text.as_bytes();
    let mut i = 0;
    let mut last_end: Option<usize> = None;
    // Whether the character at `i` belongs to a token, and its length.
    let at = move |i: usize| -> (bool, usize) {
        let c = b[i];
        if c < 0x80 {
            return (c.is_ascii_alphanumeric() || c == b'-' || c == b'\'', 1);
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        (ch.is_alphanumeric() || ch == '’', ch.len_utf8())
    };
    std::iter::from_fn(move || {
        let start = loop {
            if i >= b.len() {
                return None;
            }
            let (tok, len) = at(i);
            if tok {
                break i;
            }
            i += len;
        };
        while i < b.len() {
            let (tok, len) = at(i);
            if !tok {
                break;
            }
            i += len;
        }
        let end = i;
        let sep_ok = last_end.is_some_and(|e| b[e..start].iter().all(|&c| c == b' ' || c == b'\t'));
        last_end = Some(end);
        Some((start, end, sep_ok))
    })
}
