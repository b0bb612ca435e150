//! Results that finish in any order, taken in their inputs' order.
//!
//! Extraction runs one input per task on the thread pool, and the claims
//! of all inputs end up in one vector, in input order. Collecting every
//! input's result first and concatenating afterwards copies every claim
//! into a fresh vector while one core idles (the copy, and the kernel
//! zeroing the new pages, was ~0.1 s of a 50 MB run). Handing each result
//! on as soon as those before it are in lets the worker threads do that
//! copy while the other inputs are still being extracted.

use std::collections::BTreeMap;

/// Items numbered 0, 1, 2, … arriving in any order, handed on in number
/// order: an item waits only while one before it is missing.
#[derive(Debug)]
pub struct InOrder<T> {
    /// The number of the next item to hand on.
    next: usize,
    /// Items that arrived before one with a lower number.
    waiting: BTreeMap<usize, T>,
}

impl<T> Default for InOrder<T> {
    fn default() -> Self {
        InOrder { next: 0, waiting: BTreeMap::new() }
    }
}

impl<T> InOrder<T> {
    /// Takes item `i` and hands `ready` every item that is now next, in order.
    pub fn push(&mut self, i: usize, item: T, mut ready: impl FnMut(T)) {
        if i != self.next {
            self.waiting.insert(i, item);
            return;
        }
        ready(item);
        self.next += 1;
        while let Some(item) = self.waiting.remove(&self.next) {
            ready(item);
            self.next += 1;
        }
    }

    /// How many items have been handed on.
    pub fn handed_on(&self) -> usize {
        self.next
    }

    /// Whether no item is waiting for an earlier one.
    pub fn is_drained(&self) -> bool {
        self.waiting.is_empty()
    }
}

/// The capacity to give a vector that must hold `needed` items, when
/// `done` of `total` inputs have given them: the expected total (the
/// average so far times the inputs, plus an eighth), kept between an
/// eighth more than `needed` and eight times it.
///
/// Doubling would fault in about twice the final vector's pages over its
/// regrowths; an estimate from the inputs seen lands near the final size
/// after a few early, small regrowths, and the bounds keep one unusual
/// early input from reserving for a corpus of its like.
pub fn capacity_for(needed: usize, done: usize, total: usize) -> usize {
    let expected = needed.saturating_mul(total.max(done)) / done.max(1);
    let expected = expected.saturating_add(expected / 8);
    expected.clamp(needed.saturating_add(needed / 8 + 1), needed.saturating_mul(8).max(needed + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hands_on_in_number_order_whatever_the_arrival() {
        let mut order = InOrder::default();
        let mut out = Vec::new();
        for (i, item) in [(2, 'c'), (0, 'a'), (3, 'd'), (1, 'b'), (4, 'e')] {
            order.push(i, item, |x| out.push(x));
            // After 2, nothing; after 0, only "a" (1 is missing); after 1, b c d.
        }
        assert_eq!(out, vec!['a', 'b', 'c', 'd', 'e']);
        assert_eq!(order.handed_on(), 5);
        assert!(order.is_drained());
    }

    #[test]
    fn capacity_grows_toward_the_expected_total() {
        // 20 claims from the first of 10,400 inputs: expected 234,000, at most 8x.
        assert_eq!(capacity_for(20, 1, 10_400), 160);
        // 82,000 from 3,280 inputs: expected 260,000 + 1/8 = 292,500.
        assert_eq!(capacity_for(82_000, 3_280, 10_400), 292_500);
        // Past the estimate (a heavy tail): at least an eighth more.
        assert_eq!(capacity_for(300_000, 10_000, 10_400), 351_000);
        assert_eq!(capacity_for(400_000, 10_399, 10_400), 450_042);
        assert_eq!(capacity_for(0, 0, 0), 1);
    }

    #[test]
    fn waits_for_a_missing_item() {
        let mut order = InOrder::default();
        let mut out = Vec::new();
        order.push(1, 'b', |x| out.push(x));
        order.push(2, 'c', |x| out.push(x));
        assert_eq!(out, Vec::<char>::new());
        assert_eq!(order.handed_on(), 0);
        assert!(!order.is_drained());
        order.push(0, 'a', |x| out.push(x));
        assert_eq!(out, vec!['a', 'b', 'c']);
    }
}
