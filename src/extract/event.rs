//! Where and when the single event a count is about happened, so that
//! claims about different attacks are never compared.
//!
//! A claim is about a single event when its subject is one (`event = true`
//! in `subjects.toml`: an attack, a quake), or when it counts dead or
//! injured, names no subject and a place is known (an unnamed killing in
//! Aleppo is an incident, not the war's toll; an unnamed count of displaced
//! people is left as it was). The place is the gazetteer name nearest the figure in its
//! sentence, else the document's place field (`[events] place_fields`:
//! FA-KES's `location`), else `unknown`. The date is the day-precise date
//! in the sentence nearest the figure that is not after publication and
//! does not open a window ("since 3 January"), else the publication date.

use super::context::DocContext;
use crate::model::{Claim, ClaimKind, Date, EventKey, Granularity};
use crate::settings::EventSettings;

/// The event key of `claim`, if it is about a single event.
pub fn key(ctx: &DocContext, settings: &EventSettings, claim: &Claim) -> Option<EventKey> {
    if matches!(claim.kind, ClaimKind::Duration) {
        return None;
    }
    let sentence = ctx.sentence(claim.figure.0);
    let text = ctx.text();
    let at = claim.figure.0;
    let named = ctx.lexicon.places.nearest(&text[sentence.start..sentence.end], at - sentence.start);
    let place = named.map(str::to_string).or_else(|| document_place(ctx, settings));
    let event_subject = ctx.lexicon.is_event(&claim.subject);
    let incident = matches!(claim.kind, ClaimKind::Casualties | ClaimKind::Injured);
    let unnamed_with_place = incident && claim.subject == "unspecified" && place.is_some();
    if !(event_subject || unnamed_with_place) {
        return None;
    }
    let date = sentence_date(ctx, sentence.start, sentence.end, at).or(ctx.doc.published);
    Some(EventKey { place: place.unwrap_or_else(|| "unknown".to_string()), date })
}

/// The document's place: the first place field with a value, through the
/// gazetteer, else the value itself as an id (`"Deir Ezzor"` → `deir-ezzor`).
fn document_place(ctx: &DocContext, settings: &EventSettings) -> Option<String> {
    settings.place_fields.iter().find_map(|f| {
        let value = ctx.doc.meta.iter().find(|(k, _)| k == f).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())?;
        Some(ctx.lexicon.places.lookup(value).map_or_else(|| slug(value), str::to_string))
    })
}

/// `Deir Ezzor` → `deir-ezzor`.
fn slug(s: &str) -> String {
    s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join("-")
}

/// The day-precise date of the sentence `start..end` nearest to `at`, not
/// after publication and not right after "since".
fn sentence_date(ctx: &DocContext, start: usize, end: usize, at: usize) -> Option<Date> {
    let text = ctx.text();
    let published = ctx.doc.published;
    ctx.dates
        .iter()
        .filter(|d| d.start >= start && d.end <= end && d.value.granularity == Granularity::Day)
        .filter(|d| published.is_none_or(|p| d.value.start <= p))
        .filter(|d| !text[start..d.start].trim_end().to_ascii_lowercase().ends_with("since"))
        .min_by_key(|d| if d.end <= at { at - d.end } else { d.start - at })
        .map(|d| d.value.start)
}
