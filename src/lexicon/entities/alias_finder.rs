//! Where the entity aliases start in a text: the lookup behind
//! [`super::Entities::find`].
//!
//! Nearly all aliases start with an ASCII capital, so the capitals of a
//! text are the places to try them; the few others ("al-Qaeda",
//! "government of Syria") hold a capital all the same, and are looked for
//! back from it (one bit test per capital rules out nearly all): cheaper
//! than trying every lower-case "a" and "g", or than a `memmem` search per
//! alias over the whole text, which remains for a lexicon with an alias
//! holding no capital at all. At a place, only the
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
    /// The alias's length in bytes: one of eight or fewer is matched by
    /// `head` and `mask` alone.
    len: usize,
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
    /// The aliases that do not start with an ASCII capital, when each holds
    /// one ("al-Qaeda", "government of Syria"): (offset of that first
    /// capital, pattern), the largest offset first. Empty when any alias
    /// holds none.
    rare_by_capital: Vec<(usize, usize)>,
    /// Whether a byte is the first capital of one of those aliases.
    rare_capitals: [bool; 256],
    /// The pairs (byte before, capital) at the first capital of those
    /// aliases, as a 65 536-bit set: most capitals end none ("e S" of
    /// "the Syrian" does, "e T" of "the Times" does not), said by one test.
    rare_pairs: Vec<u64>,
}

impl AliasFinder {
    /// The finder of `patterns` (their indices are the pattern indices).
    pub(super) fn new(patterns: Vec<String>) -> AliasFinder {
        let mut by_key: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut short = Vec::new();
        let mut rare = Vec::new();
        let mut rare_by_capital = Vec::new();
        let mut all_hold_a_capital = true;
        for (i, p) in patterns.iter().enumerate() {
            let b = p.as_bytes();
            if !b.first().is_some_and(u8::is_ascii_uppercase) {
                rare.push(memmem::Finder::new(b).into_owned());
                match b.iter().position(u8::is_ascii_uppercase) {
                    Some(k) => rare_by_capital.push((k, i)),
                    None => all_hold_a_capital = false,
                }
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
                    Candidate { head, mask, len: patterns[i].len(), pattern: i }
                };
                list.into_iter().map(candidate).collect()
            })
            .collect();
        if !all_hold_a_capital {
            rare_by_capital.clear();
        }
        // Largest offset first: the starts they give at one capital rise.
        rare_by_capital.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
        let mut rare_pairs = vec![0u64; 1024];
        let mut rare_capitals = [false; 256];
        for &(k, i) in &rare_by_capital {
            // (The capital is not the first byte: k >= 1.)
            let b = patterns[i].as_bytes();
            rare_capitals[usize::from(b[k])] = true;
            let pair = pair_index([b[k - 1], b[k]]);
            rare_pairs[pair / 64] |= 1 << (pair % 64);
        }
        AliasFinder { patterns, by_pair, pairs, ranks, short, rare, rare_by_capital, rare_capitals, rare_pairs }
    }

    /// Whether every alias that does not start with an ASCII capital holds
    /// one: they are then found from that capital
    /// ([`Self::rare_start_before_capital`]), without a search of the text.
    pub(super) fn rare_found_by_capital(&self) -> bool {
        self.rare.is_empty() || !self.rare_by_capital.is_empty()
    }

    /// The first position at or after `from` where an alias that does not
    /// start with a capital starts, among those whose first capital is the
    /// one at `c` (see [`Self::rare_found_by_capital`]).
    #[inline]
    pub(super) fn rare_start_before_capital(&self, text: &[u8], c: usize, from: usize) -> Option<usize> {
        // Nearly every capital is none that such an alias holds (the S of
        // "Syria", the Q of "Qaeda"): one look-up, inlined, says so.
        if !self.rare_capitals[usize::from(*text.get(c)?)] {
            return None;
        }
        self.rare_start_at_listed_capital(text, c, from)
    }

    /// [`Self::rare_start_before_capital`] at a capital that such an alias holds.
    fn rare_start_at_listed_capital(&self, text: &[u8], c: usize, from: usize) -> Option<usize> {
        // Most end none: the byte before and the capital itself rule them
        // out (one bit test) before any alias is compared.
        let before = *text.get(c.checked_sub(1)?)?;
        let pair = pair_index([before, *text.get(c)?]);
        if self.rare_pairs[pair / 64] & (1 << (pair % 64)) == 0 {
            return None;
        }
        // Largest offset first: the starts rise.
        self.rare_by_capital.iter().find_map(|&(k, a)| {
            let r = c.checked_sub(k).filter(|&r| r >= from)?;
            text.get(r..)?.starts_with(self.patterns[a].as_bytes()).then_some(r)
        })
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
                // The head compares the first eight bytes; only a longer
                // alias needs its other bytes compared.
                let found = list.iter().find(|c| {
                    head & c.mask == c.head
                        && c.len <= rest.len()
                        && (c.len <= 8 || rest[8..c.len] == self.patterns[c.pattern].as_bytes()[8..])
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
    // Nearly always eight bytes or more: one load.
    if let Some(first) = b.first_chunk::<8>() {
        return (u64::from_le_bytes(*first), u64::MAX);
    }
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

    #[test]
    fn lower_case_aliases_are_found_from_their_first_capital() {
        let f = AliasFinder::new(["al-Qaeda", "government of Syria", "UN", "al Qaida"].map(String::from).to_vec());
        assert!(f.rare_found_by_capital());
        let text = b"the government of Syria, al-Qaeda and al Qaida";
        let at = |c: usize| f.rare_start_before_capital(text, c, 0);
        // "Syria" at 18 ends "government of Syria" (4..23), its capital 14 bytes in.
        assert_eq!(at(18), Some(4));
        assert_eq!(f.rare_start_before_capital(text, 18, 5), None, "a start before `from` is not one");
        // The Q of "al-Qaeda" (25..33) at 28, that of "al Qaida" (38..46) at 41.
        assert_eq!(at(28), Some(25));
        assert_eq!(at(41), Some(38));
        assert_eq!(at(0), None, "the first byte ends no alias");
        assert_eq!(at(2), None, "before any alias could start");
        let g = AliasFinder::new(["al-Qaeda", "the hague"].map(String::from).to_vec());
        assert!(!g.rare_found_by_capital(), "'the hague' holds no capital: searched for");
        assert_eq!(g.rare_start_before_capital(text, 28, 0), None);
    }
}
