//! Sorting big records without moving them around: the order is found on
//! indices (in parallel), then each record moves once into place, in place.
//!
//! Claims are a few hundred bytes each; a comparison sort moves every one
//! of them about log n times, which dominated the cost of grouping and of
//! the final report order on large corpora. The result is the same as a
//! stable sort's.

use rayon::prelude::*;
use std::cmp::Ordering;

/// `items` stably sorted by `cmp`.
pub fn sort_by<T, F>(mut items: Vec<T>, cmp: F) -> Vec<T>
where
    T: Send + Sync,
    F: Fn(&T, &T) -> Ordering + Sync,
{
    if items.len() < 2 {
        return items;
    }
    let mut idx: Vec<u32> = (0..items.len() as u32).collect();
    // Ties fall back to the index: a stable order with an unstable sort.
    idx.par_sort_unstable_by(|&a, &b| cmp(&items[a as usize], &items[b as usize]).then(a.cmp(&b)));
    permute(&mut items, idx);
    items
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
    fn sorts_stably() {
        let v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        let sorted = super::sort_by(v, |a, b| a.0.cmp(&b.0));
        assert_eq!(sorted, vec![(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        assert_eq!(super::sort_by(Vec::<u8>::new(), |a, b| a.cmp(b)), Vec::<u8>::new());
    }

    #[test]
    fn permutes_in_place_across_cycles() {
        // Two cycles (0 2 4) and (1 3) and a fixed point 5.
        let mut v = vec!['a', 'b', 'c', 'd', 'e', 'f'];
        super::permute(&mut v, vec![2, 3, 4, 1, 0, 5]);
        assert_eq!(v, vec!['c', 'd', 'e', 'b', 'a', 'f']);
    }
}
