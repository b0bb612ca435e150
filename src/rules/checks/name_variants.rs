//! `name-variants`: one name spelt more than one way, across documents or
//! within one ("Sergei Lavrov" / "Sergey Lavrov", "Walid Moallem" / "Walid
//! Muallem", "Al Qaeda" / "Al-Queda").
//!
//! Why: a fact-checker searching for one spelling misses the others, and a
//! misspelt name in a quote is a correction to make. Severity info.
//!
//! Spellings are compared by key (case, hyphens, dots, accents aside: "Al
//! Assad" and "Al-Assad" are one spelling), and two keys are variants when
//! they have the same number of words and differ in one word that is similar
//! enough (the lexicon's `[similarity]`); names that resolve to two
//! different lexicon entities are never variants (Syrian National Council
//! and Syrian National Coalition). Keys are blocked by "every word but one"
//! so the cost grows with the spellings, not with their square.
//!
//! A finding's side a is the entity's first spelling (by its earliest
//! mention: published date, then document, then offset), side b another
//! spelling; each side's `others` are the other documents using it. An
//! entity with three spellings gives two findings, and `{detail}` lists
//! every spelling with its documents in each.
//!
//! Fires: "Sergei Lavrov" (doc a) and "Sergey Lavrov" (doc b).
//! Does not fire: "Lavrov" vs "Sergey Lavrov" (a surname alone is not a
//! spelling); "Bashar Assad" vs "Hafez Assad"; "Syrian National Council" vs
//! "Syrian National Coalition".

use super::Input;
use crate::lexicon::entities::name_key;
use crate::model::{Claim, ClaimValue};
use crate::rules::finding::Pair;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    let ents = &input.lexicon.entities;
    let spellings = spellings(claims);
    let keys: Vec<&String> = spellings.keys().collect();
    // Blocks: the key with one word wildcarded.
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (ki, k) in keys.iter().enumerate() {
        let ws: Vec<&str> = k.split(' ').collect();
        if ws.len() < 2 {
            continue;
        }
        for w in 0..ws.len() {
            let mut b = ws.clone();
            b[w] = "\u{1}";
            blocks.entry(b.join(" ")).or_default().push(ki);
        }
    }
    let entity = |ki: usize| claims[spellings[keys[ki]][0]].unit.as_str();
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for members in blocks.values().filter(|m| m.len() > 1) {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                let (ea, eb) = (entity(a), entity(b));
                if !ea.is_empty() && !eb.is_empty() && ea != eb {
                    continue;
                }
                if ents.variants(keys[a], keys[b]) {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    let mut sets: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for ki in 0..keys.len() {
        let r = root(&mut parent, ki);
        sets.entry(r).or_default().push(ki);
    }
    let mut out = Vec::new();
    for mut set in sets.into_values().filter(|s| s.len() > 1) {
        // The first spelling is the one mentioned first (claims are in group order).
        set.sort_by_key(|&ki| spellings[keys[ki]][0]);
        let detail = set
            .iter()
            .map(|&ki| {
                let ix = &spellings[keys[ki]];
                let mut docs: Vec<&str> = ix.iter().map(|&i| &*claims[i].doc).collect();
                docs.sort();
                docs.dedup();
                format!("{} ({})", claims[ix[0]].value.display(), docs.join(", "))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let first = &spellings[keys[set[0]]];
        for &ki in &set[1..] {
            out.push(Pair { a: first.clone(), b: spellings[keys[ki]].clone(), detail: detail.clone() });
        }
    }
    out
}

/// Spelling key → the indices of its claims, in group order.
///
/// On a large corpus this one group holds two thirds of all claims, and
/// they repeat a few thousand names: the claims are gathered by the name as
/// written (borrowed, nothing allocated per claim), the key is made once
/// per distinct name, and the names sharing a key are merged.
fn spellings(claims: &[&Claim]) -> BTreeMap<String, Vec<usize>> {
    let mut by_name: FxHashMap<Cow<'_, str>, Vec<usize>> = FxHashMap::default();
    for (i, c) in claims.iter().enumerate() {
        let name = match &c.value {
            ClaimValue::Entity(e) => Cow::Borrowed(e.as_str()),
            v => Cow::Owned(v.display()),
        };
        by_name.entry(name).or_default().push(i);
    }
    let mut out: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (name, ix) in by_name {
        out.entry(name_key(&name)).or_default().extend(ix);
    }
    // Names sharing a key ("Al-Assad", "Al Assad") were merged in hash order.
    for ix in out.values_mut() {
        ix.sort_unstable();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::tests::count;
    use crate::model::ClaimKind;

    fn mention(name: &str) -> Claim {
        Claim { kind: ClaimKind::Mention, value: ClaimValue::Entity(name.into()), ..count("d", "", "1") }
    }

    #[test]
    fn spellings_merge_names_with_one_key_in_group_order() {
        let names = ["Al-Assad", "Sergei Lavrov", "Al Assad", "al-assad", "Sergei Lavrov", "Al.Assad"];
        let claims: Vec<Claim> = names.iter().map(|n| mention(n)).collect();
        let got: Vec<(String, Vec<usize>)> = spellings(&claims.iter().collect::<Vec<_>>()).into_iter().collect();
        // "Al.Assad" keeps no space where the dot was: a key of its own.
        assert_eq!(
            got,
            vec![
                ("al assad".to_string(), vec![0, 2, 3]),
                ("alassad".to_string(), vec![5]),
                ("sergei lavrov".to_string(), vec![1, 4]),
            ]
        );
    }
}
