//! Who a figure is attributed to: "according to the UN" → `the UN`;
//! "believed to have killed" → `believed`.

use super::context::{words, DocContext};
use crate::text::sentences::Sentence;

/// The attribution of the figure at `at` in `sentence`, if the sentence gives one.
pub fn find(ctx: &DocContext, sentence: Sentence, at: usize) -> Option<String> {
    let text = ctx.text();
    let s = &text[sentence.start..sentence.end];
    // The document's lower-cased copy holds the sentence at the same offsets:
    // sliced, not lower-cased again for every figure.
    let lower = &ctx.lower[sentence.start..sentence.end];
    if let Some(p) = lower.find("according to ") {
        let from = p + "according to ".len();
        let source: Vec<&str> = words(&s[from..])
            .take_while(|(off, _)| !s[from..from + off].contains([',', ';', '.']))
            .take(6)
            .map(|(_, w)| w)
            .collect();
        if !source.is_empty() {
            return Some(source.join(" "));
        }
    }
    let before = &text[sentence.start..at.max(sentence.start)];
    ctx.lexicon.hedge_phrases.find(before).last().map(|h| {
        let phrase = &before[h.start..h.end];
        phrase.split_whitespace().next().unwrap_or(phrase).to_ascii_lowercase()
    })
}
