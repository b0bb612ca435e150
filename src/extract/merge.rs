//! Merging the extractors' claim lists into one list in text order.
//!
//! Each extractor returns its claims (nearly always already in order); the
//! document's list is their merge. Concatenating and then sorting moved
//! every claim (a few hundred bytes) several times: once per doubling of
//! the growing vector, then about log n times in the sort, and left up to
//! half the vector's capacity unused while every document's claims wait to
//! be gathered. The merge moves each claim once, into a vector of exactly
//! the right size.

/// The items of `parts` in `key` order, as a stable sort of the parts
/// concatenated would give them: ties keep part order, then their order
/// within a part.
pub fn merge_by_key<T, K: Ord>(mut parts: Vec<Vec<T>>, key: impl Fn(&T) -> K) -> Vec<T> {
    for part in &mut parts {
        // Stable, and no moves at all for a part already in order (the usual case).
        part.sort_by_key(&key);
    }
    let mut out = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    let mut heads: Vec<std::vec::IntoIter<T>> =
        parts.into_iter().filter(|p| !p.is_empty()).map(Vec::into_iter).collect();
    while heads.len() > 1 {
        // The first part whose head has the smallest key (earlier parts win ties).
        let mut best: Option<(usize, K)> = None;
        for (i, head) in heads.iter().enumerate() {
            if let Some(item) = head.as_slice().first() {
                let k = key(item);
                if best.as_ref().is_none_or(|(_, b)| k < *b) {
                    best = Some((i, k));
                }
            }
        }
        let Some((i, _)) = best else { break };
        out.extend(heads[i].next());
        if heads[i].as_slice().is_empty() {
            heads.remove(i);
        }
    }
    // One part left: the rest of it is in order.
    for head in heads {
        out.extend(head);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::merge_by_key;

    #[test]
    fn merges_in_key_order_ties_by_part_then_position() {
        // (key, tag): the tag tells which part and position an item came from.
        let parts =
            vec![vec![(1, "a0"), (4, "a1"), (4, "a2")], vec![], vec![(0, "c0"), (4, "c1"), (9, "c2")], vec![(1, "d0")]];
        let merged = merge_by_key(parts, |x| x.0);
        assert_eq!(merged, vec![(0, "c0"), (1, "a0"), (1, "d0"), (4, "a1"), (4, "a2"), (4, "c1"), (9, "c2")]);
        assert_eq!(merged.capacity(), 7);
    }

    #[test]
    fn parts_out_of_order_are_sorted_stably_first() {
        let parts = vec![vec![(3, "a0"), (1, "a1"), (3, "a2")], vec![(2, "b0")]];
        let merged = merge_by_key(parts, |x| x.0);
        assert_eq!(merged, vec![(1, "a1"), (2, "b0"), (3, "a0"), (3, "a2")]);
        let empty: Vec<Vec<(u8, &str)>> = vec![vec![], vec![]];
        assert!(merge_by_key(empty, |x| x.0).is_empty());
    }
}
