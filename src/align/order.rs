//! Sorting big records without moving them around: the order is found on
//! (key, index) pairs (in parallel), then either each record moves once
//! into place, in place, or — for grouping — only references are put in
//! that order.
//!
//! Claims are a few hundred bytes each; a comparison sort moves every one
//! of them about log n times, which dominated the cost of grouping and of
//! the final report order on large corpora. The result is the same as a
//! stable sort's.

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// `items` stably sorted by `keys` (one per item, in the same order).
pub fn sort_by_keys<T, K: Ord + Send>(mut items: Vec<T>, keys: Vec<K>) -> Vec<T> {
    assert_eq!(items.len(), keys.len(), "one key per item");
    if items.len() < 2 {
        return items;
    }
    permute(&mut items, sorted_indices(keys));
    items
}

/// The positions of `keys` in stably sorted order (sorted in parallel):
/// `keys[out[0]]` is the smallest, equal keys keep their order. Each key
/// is sorted beside its position, so a comparison reads neighbouring
/// memory, not two keys far apart in the list.
pub fn sorted_indices<K: Ord + Send>(keys: Vec<K>) -> Vec<u32> {
    let mut pairs: Vec<(K, u32)> = keys.into_iter().zip(0..).collect();
    pairs.par_sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// An integer in the order of `(date.is_none(), date)`: dates by day, no
/// date last.
pub fn date_code(date: Option<crate::model::Date>) -> u32 {
    match date {
        // Years are -9999..=9999: year + 10000 needs 15 bits, month 4, day 5.
        Some(d) => ((d.year() as i32 + 10_000) as u32) << 9 | (d.month() as u32) << 5 | d.day() as u32,
        None => u32::MAX,
    }
}

/// Each document id's rank in sorted order, looked up by the id's
/// allocation (the claims of one document share one `Arc<str>`): an
/// integer to compare instead of two strings, found without hashing text.
/// Equal ids held in different allocations get the same rank.
#[derive(Debug, Default)]
pub struct DocRanks(FxHashMap<usize, u32>);

impl DocRanks {
    /// Ranks the ids of `docs`.
    pub fn new<'a>(docs: impl Iterator<Item = &'a Arc<str>>) -> Self {
        let mut by_ptr: FxHashMap<usize, &str> = FxHashMap::default();
        for d in docs {
            by_ptr.entry(Arc::as_ptr(d) as *const u8 as usize).or_insert(d);
        }
        let mut ids: Vec<(&str, usize)> = by_ptr.into_iter().map(|(p, s)| (s, p)).collect();
        ids.sort_unstable();
        let mut ranks = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
        let mut rank = 0u32;
        for (i, &(s, p)) in ids.iter().enumerate() {
            if i > 0 && ids[i - 1].0 != s {
                rank += 1;
            }
            ranks.insert(p, rank);
        }
        DocRanks(ranks)
    }

    /// The rank of `doc` (an id passed to [`DocRanks::new`]; others rank last).
    pub fn of(&self, doc: &Arc<str>) -> u32 {
        self.0.get(&(Arc::as_ptr(doc) as *const u8 as usize)).copied().unwrap_or(u32::MAX)
    }
}

/// Puts `items[order[k]]` at position `k`, in place, by following the
/// permutation's cycles (each record moves once, no second vector: the
/// claims of a large corpus are most of the run's memory).
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    const DONE: u32 = u32::MAX;
    for start in 0..order.len() {
        let mut cur = start;
        while order[cur] != DONE {
            let next = order[cur] as usize;
            order[cur] = DONE;
            if next == start {
                break;
            }
            items.swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_by_key_stably_and_ranks_documents() {
        use std::sync::Arc;
        let v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        let keys = v.iter().map(|x| x.0).collect();
        assert_eq!(super::sort_by_keys(v, keys), vec![(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
        assert_eq!(super::sort_by_keys(Vec::<u8>::new(), Vec::<u8>::new()), Vec::<u8>::new());
        assert_eq!(super::sorted_indices(vec![2, 1, 2, 0]), vec![3, 1, 0, 2]);
        let (b, a, a2, c): (Arc<str>, Arc<str>, Arc<str>, Arc<str>) = ("b".into(), "a".into(), "a".into(), "c".into());
        let ranks = super::DocRanks::new([&b, &a, &c, &a2, &b].into_iter());
        assert_eq!([ranks.of(&a), ranks.of(&a2), ranks.of(&b), ranks.of(&c)], [0, 0, 1, 2]);
        assert_eq!(ranks.of(&"a".into()), u32::MAX, "an id not ranked sorts last");
    }

    #[test]
    fn date_codes_sort_as_dates_with_no_date_last() {
        use jiff::civil::date;
        let code = super::date_code;
        let days = [
            date(-9999, 1, 1),
            date(-1, 12, 31),
            date(0, 1, 1),
            date(2013, 12, 31),
            date(2014, 1, 1),
            date(2014, 1, 13),
            date(2014, 2, 1),
            date(9999, 12, 31),
        ];
        for w in days.windows(2) {
            assert!(code(Some(w[0])) < code(Some(w[1])), "{} before {}", w[0], w[1]);
        }
        assert!(code(Some(date(9999, 12, 31))) < code(None));
        assert_eq!(code(Some(date(2014, 1, 13))), (12_014 << 9) | (1 << 5) | 13);
    }

    #[test]
    fn permutes_in_place_across_cycles() {
        // Two cycles (0 2 4) and (1 3) and a fixed point 5.
        let mut v = vec!['a', 'b', 'c', 'd', 'e', 'f'];
        super::permute(&mut v, vec![2, 3, 4, 1, 0, 5]);
        assert_eq!(v, vec!['c', 'd', 'e', 'b', 'a', 'f']);
    }
}
