//! How long an event has lasted: "the nearly three-year-old civil war",
//! "killed 130,000 people in nearly three years". The claim's subject is
//! the event named in the sentence; the rules use it to judge the pace at
//! which a toll may grow.

use super::context::DocContext;
use crate::model::{Claim, ClaimKind, ClaimValue, Label};
use crate::normalize::duration::find_durations;
use crate::settings::Settings;

/// Every duration claim in the document.
pub fn extract(ctx: &DocContext, settings: &Settings) -> Vec<Claim> {
    find_durations(ctx.text(), settings)
        .into_iter()
        .map(|d| {
            let mut c = ctx.claim(ClaimKind::Duration, d.start, d.end, (d.start, d.end), ClaimValue::Duration(d.days));
            c.unit = Label::from_static("days");
            c.population = Label::from_static(d.unit);
            c
        })
        .collect()
}
