//! Events: the claims about single events (attacks, quakes) of one subject
//! and place are split into events by date, so that only reports of one
//! event share a topic.
//!
//! Claims sorted by their own event date: an event starts at the earliest
//! date not yet taken and takes every date at most `window_days` after it;
//! it is named by that first date. Reports of the Ghouta attack dated 21,
//! 22 and 24 August 2013 are one event, `damascus/2013-08-21`; an airstrike
//! a month later is another. An event spans at most `window_days`: chaining
//! (single linkage) would merge a busy city's daily reports into months-long
//! "events" whose figures have nothing to do with each other. Kinds and
//! populations share the split, so an event's dead and injured carry the
//! same key.

use crate::model::{Claim, Date, EventKey};
use std::collections::BTreeMap;

/// Replaces each event-level claim's date with its event's first date.
/// The claim's own date stays in `as_of`.
pub fn assign<'a>(claims: impl IntoIterator<Item = &'a mut Claim>, window_days: i64) {
    let mut by_place: BTreeMap<(String, String), Vec<(Date, usize)>> = BTreeMap::new();
    // The dated events, in claim order (`usize` above indexes this).
    let mut events: Vec<&mut EventKey> = Vec::new();
    for c in claims {
        let subject = &c.subject;
        if let Some(e) = c.event.as_mut() {
            if let Some(d) = e.date {
                by_place.entry((subject.to_string(), e.place.clone())).or_default().push((d, events.len()));
                events.push(e);
            }
        }
    }
    for dated in by_place.values_mut() {
        dated.sort();
        let mut first: Option<Date> = None;
        for &(d, i) in dated.iter() {
            let joins = first.is_some_and(|f| days(f, d) <= window_days);
            if !joins {
                first = Some(d);
            }
            events[i].date = first;
        }
    }
}

/// Days from `a` to `b` (`i64::MAX` when out of range).
fn days(a: Date, b: Date) -> i64 {
    a.until(b).map_or(i64::MAX, |s| i64::from(s.get_days()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::tests::count;

    fn at(doc: &str, place: &str, day: &str) -> Claim {
        let mut c = count(doc, day, "1,300");
        c.subject = "attack".into();
        c.event = Some(EventKey { place: place.into(), date: day.parse().ok() });
        c
    }

    #[test]
    fn events_span_the_window_and_keep_places_apart() {
        let mut claims = vec![
            at("a", "damascus", "2013-08-23"),
            at("b", "damascus", "2013-08-21"),
            at("c", "damascus", "2013-08-24"),
            at("f", "damascus", "2013-08-25"),
            at("d", "damascus", "2013-09-30"),
            at("e", "idlib", "2013-08-22"),
        ];
        assign(&mut claims, 3);
        let topics: Vec<String> = claims.iter().map(Claim::topic).collect();
        assert_eq!(
            topics,
            vec![
                "attack/people@damascus/2013-08-21",
                "attack/people@damascus/2013-08-21",
                "attack/people@damascus/2013-08-21",
                "attack/people@damascus/2013-08-25",
                "attack/people@damascus/2013-09-30",
                "attack/people@idlib/2013-08-22",
            ]
        );
        // The claims' own dates are kept.
        assert_eq!(claims[0].as_of, "2013-08-23".parse().ok());
    }
}
