//! `membership-conflict`: an entity listed as in (a signatory, a
//! participant) by one list and as out ("notably absent are …") by another
//! list of the same event, in one document or two.
//!
//! Why: "signed by … Iran" against "notably absent is Iran" cannot both be
//! true; one source has the membership wrong.
//!
//! Fires: Iran `in` (one outlet's list of signatories) vs Iran `out`
//! (another's absentees).
//! Does not fire: Iran `out` in both; China `in` and Iran `out`.

use super::Input;
use crate::rules::finding::Pair;
use std::collections::BTreeMap;

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    // Entity → (in claims, out claims), each in group order.
    let mut by_entity: BTreeMap<String, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let e = by_entity.entry(c.value.display()).or_default();
        match c.status.as_deref() {
            Some("in") => e.0.push(i),
            Some("out") => e.1.push(i),
            _ => {}
        }
    }
    by_entity
        .into_iter()
        .filter(|(_, (ins, outs))| !ins.is_empty() && !outs.is_empty())
        .map(|(name, (ins, outs))| Pair { a: ins, b: outs, detail: format!("{name} is listed both in and out") })
        .collect()
}
