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
use crate::rules::finding::Pair;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Runs the check on one group.
pub fn run(input: &Input) -> Vec<Pair> {
    let claims = input.group.claims;
    let ents = &input.lexicon.entities;
    // Spelling key → its claims (in group order).
    // The keys are computed on every core: on a large corpus this one
    // group holds two thirds of all claims.
    let names: Vec<String> = claims.par_iter().map(|c| name_key(&c.value.display())).collect();
    let mut spellings: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, key) in names.into_iter().enumerate() {
        spellings.entry(key).or_default().push(i);
    }
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
