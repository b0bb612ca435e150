//! Where the entity aliases start in a text: the lookup behind
//! [`super::Entities::find`].
//!
//! Nearly all aliases start with an ASCII capital, so the capitals of a
//! text are the places to try them; the few others ("al-Qaeda",
//! "government of Syria") are found beforehand with `memmem`, which is far
//! cheaper than trying every lower-case "a" and "g". At a place, only the
//! aliases sharing its first two bytes are compared, and those through
//! their first eight bytes packed in a `u64` (one mask and one comparison
//! each): "Syria" starts fourteen aliases, tried at every "Syria…" of a
//! corpus about Syria.

use memchr::memmem;

/// One alias of a pair list: its first eight bytes (zero-padded) with the
/// mask of the bytes it has, for a test of eight bytes at once.
#[derive(Clone, Debug)]
struct Candidate {
    /// The first eight bytes, little-endian, zero past the alias's end.
    head: u64,
    /// 0xFF in each lane the alias has a byte in.
    mask: u64,
    /// Index into [`AliasFinder::patterns`].
    pattern: usize,
}

/// The aliases as written, indexed by where they can start.
#[derive(Clone, Debug)]
pub(super) struct AliasFinder {
    /// The aliases (pattern index → spelling).
    pub(super) patterns: Vec<String>,
    /// The aliases of two bytes or more that share their first two, one
    /// list per pair in the order of the pairs' bits in `pairs`; each list
    /// longest first, then in pattern order.
    by_pair: Vec<Vec<Candidate>>,
    /// The pairs that start an alias as a 65 536-bit set: most capitals
    /// start no alias ("The", "He"), and a bit test says so before any search.
    pairs: Vec<u64>,
    /// Per word of `pairs`: the bits set in the words before it, so that a
    /// pair's list is found by counting bits (no search).
    ranks: Vec<usize>,
    /// Aliases shorter than two bytes, longest first, then in pattern order.
    short: Vec<usize>,
    /// A finder for each alias that does not start with an ASCII capital.
    rare: Vec<memmem::Finder<'static>>,
}

impl AliasFinder {
    /// The finder of `patterns` (their indices are the pattern indices).
    pub(super) fn new(patterns: Vec<String>) -> AliasFinder {
        let mut by_key: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut short = Vec::new();
        let mut rare = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let b = p.as_bytes();
            if !b.first().is_some_and(u8::is_ascii_uppercase) {
                rare.push(memmem::Finder::new(b).into_owned());
            }
            match b {
                [x, y, ..] => {
                    let k = pair_index([*x, *y]);
                    match by_key.iter_mut().find(|(key, _)| *key == k) {
                        Some((_, list)) => list.push(i),
                        None => by_key.push((k, vec![i])),
                    }
                }
                _ => short.push(i),
            }
        }
        // Longest first; a stable sort keeps pattern order among equals.
        for (_, list) in &mut by_key {
            list.sort_by_key(|&i| std::cmp::Reverse(patterns[i].len()));
        }
        short.sort_by_key(|&i| std::cmp::Reverse(patterns[i].len()));
        // Sorted by pair index, the lists are in the order of their bits.
        by_key.sort_by_key(|(k, _)| *k);
        let mut pairs = vec![0u64; 1024];
        for (k, _) in &by_key {
            pairs[k / 64] |= 1 << (k % 64);
        }
        let ranks = pairs
            .iter()
            .scan(0, |before, w| {
                let r = *before;
                *before += w.count_ones() as usize;
                Some(r)
            })
            .collect();
        let by_pair = by_key
            .into_iter()
            .map(|(_, list)| {
                let candidate = |i: usize| {
                    let (head, mask) = head_and_mask(patterns[i].as_bytes());
                    Candidate { head, mask, pattern: i }
                };
                list.into_iter().map(candidate).collect()
            })
            .collect();
        AliasFinder { patterns, by_pair, pairs, ranks, short, rare }
    }

    /// Every position of `text` where an alias that does not start with a
    /// capital occurs, in order.
    pub(super) fn rare_starts(&self, text: &[u8]) -> Vec<usize> {
        let mut at: Vec<usize> = self.rare.iter().flat_map(|f| f.find_iter(text)).collect();
        at.sort_unstable();
        at.dedup();
        at
    }

    /// The longest alias that starts at byte `p` of `text` (the first
    /// listed among equally long ones).
    pub(super) fn longest_at(&self, text: &[u8], p: usize) -> Option<usize> {
        let rest = text.get(p..)?;
        if let [x, y, ..] = rest {
            let pair = pair_index([*x, *y]);
            let word = self.pairs[pair / 64];
            let bit = 1u64 << (pair % 64);
            if word & bit != 0 {
                let list = &self.by_pair[self.ranks[pair / 64] + (word & (bit - 1)).count_ones() as usize];
                let (head, _) = head_and_mask(rest);
                let found = list.iter().find(|c| {
                    let pat = self.patterns[c.pattern].as_bytes();
                    head & c.mask == c.head && pat.len() <= rest.len() && rest[..pat.len()] == *pat
                });
                if let Some(c) = found {
                    return Some(c.pattern);
                }
            }
        }
        let matches = |&&a: &&usize| rest.starts_with(self.patterns[a].as_bytes());
        self.short.iter().find(matches).copied()
    }
}

/// The first eight bytes of `b` as a little-endian `u64` (zero past its
/// end), and the mask of the lanes it fills.
fn head_and_mask(b: &[u8]) -> (u64, u64) {
    let n = b.len().min(8);
    let mut bytes = [0u8; 8];
    bytes[..n].copy_from_slice(&b[..n]);
    let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    (u64::from_le_bytes(bytes), mask)
}

/// Where a pair of bytes sits in a 65 536-bit set.
fn pair_index([a, b]: [u8; 2]) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_the_first_eight_bytes_zero_padded() {
        assert_eq!(head_and_mask(b"UN"), (0x4E55, 0xFFFF));
        assert_eq!(head_and_mask(b""), (0, 0));
        // "Syria said" → its first eight bytes, 'S' (0x53) in the lowest lane.
        assert_eq!(head_and_mask(b"Syria said"), (u64::from_le_bytes(*b"Syria sa"), u64::MAX));
    }

    #[test]
    fn longest_alias_first_then_pattern_order() {
        let f = AliasFinder::new(
            ["Syria", "Syrian National Coalition", "Syrian", "UN", "X", "Syrian"].map(String::from).to_vec(),
        );
        let at = |t: &str| f.longest_at(t.as_bytes(), 0);
        assert_eq!(at("Syrian National Coalition"), Some(1));
        assert_eq!(at("Syrian National Council"), Some(2), "the first of the two equal 'Syrian'");
        assert_eq!(at("Syria"), Some(0));
        assert_eq!(at("Syri"), None, "shorter than every alias of its pair");
        assert_eq!(at("UNHCR"), Some(3), "whole words are tested by the caller");
        assert_eq!(at("Xinhua"), Some(4), "a one-byte alias");
        assert_eq!(at("The"), None);
        assert_eq!(f.longest_at(b"the UN", 4), Some(3));
        assert_eq!(f.longest_at(b"the UN", 7), None, "past the end");
    }
}
