//! Sorting big records without moving them around: the order is found on
//! indices (in parallel), then each record moves once into place.
//!
//! Claims are a few hundred bytes each; a comparison sort moves every one
//! of them about log n times, which dominated the cost of grouping and of
//! the final report order on large corpora. The result is the same as a
//! stable sort's.

use rayon::prelude::*;
use std::cmp::Ordering;

/// `items` stably sorted by `cmp`.
pub fn sort_by<T, F>(items: Vec<T>, cmp: F) -> Vec<T>
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
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    idx.into_iter().filter_map(|i| slots[i as usize].take()).collect()
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
}
