//! A cheap test of whether any of a set of patterns can start at a place:
//! a table keyed by the first three ASCII-lower-cased bytes of the patterns.
//!
//! A whole-text phrase search ([`super::word_search`]) stops at every word
//! start, and most words start no phrase ("the", "and", "said"). Running an
//! automaton there costs a call and a few transitions; three table lookups
//! turn most of those words away. The table is three levels so that it
//! stays small (a few kilobytes for a hundred patterns) where a flat table
//! of every three-byte prefix would take two megabytes. It may say yes
//! where no pattern starts (the automaton then decides) but never no where
//! one does.

/// Which three-byte prefixes some pattern (ASCII case aside) starts with.
///
/// Every level is filled for both cases of an ASCII letter, so a lookup
/// needs no lower-casing, and a pattern shorter than three bytes points
/// at shared tables that let every byte through, so a lookup needs no
/// branch: three loads and a bit test.
#[derive(Clone, Debug)]
pub struct PrefixGate {
    /// First byte → index into `second`.
    first: [u16; 256],
    /// For one first byte: second byte → index into `third`.
    second: Vec<[u16; 256]>,
    /// For one two-byte prefix: the set of third bytes, one bit each.
    third: Vec<[u64; 4]>,
}

/// The index, at both lower levels, of the table that lets nothing through.
const NONE: u16 = 0;
/// The index, at both lower levels, of the table that lets everything through.
const ALL: u16 = 1;

impl PrefixGate {
    /// The gate for `patterns`, compared ASCII case-insensitively.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Self {
        let mut gate = PrefixGate {
            first: [NONE; 256],
            second: vec![[NONE; 256], [ALL; 256]],
            third: vec![[0; 4], [u64::MAX; 4]],
        };
        for p in patterns {
            match *p.as_ref() {
                [] => gate.first = [ALL; 256],
                [b0] => both_cases(b0).for_each(|b0| gate.first[b0] = ALL),
                [b0, b1, ref rest @ ..] => {
                    for b0 in both_cases(b0) {
                        let s = gate.second_after(b0);
                        for b1 in both_cases(b1) {
                            match rest.first() {
                                None => gate.second[s][b1] = ALL,
                                Some(&b2) => {
                                    let t = gate.third_after(s, b1);
                                    for b2 in both_cases(b2) {
                                        gate.third[t][b2 / 64] |= 1 << (b2 % 64);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        gate
    }

    /// The index of the second-level table after first byte `b0`, made on
    /// first use.
    fn second_after(&mut self, b0: usize) -> usize {
        if self.first[b0] == NONE {
            self.first[b0] = index(self.second.len());
            self.second.push([NONE; 256]);
        }
        usize::from(self.first[b0])
    }

    /// The index of the third-byte set after `b1` in second-level table
    /// `s`, made on first use.
    fn third_after(&mut self, s: usize, b1: usize) -> usize {
        if self.second[s][b1] == NONE {
            self.second[s][b1] = index(self.third.len());
            self.third.push([0; 4]);
        }
        usize::from(self.second[s][b1])
    }

    /// Whether some pattern may start at the beginning of `rest`. Always
    /// true when `rest` is shorter than three bytes (the text's end is rare
    /// enough to leave to the automaton).
    #[inline]
    pub fn may_start(&self, rest: &[u8]) -> bool {
        let [b0, b1, b2, ..] = *rest else { return true };
        let s = usize::from(self.first[usize::from(b0)]);
        let t = usize::from(self.second[s][usize::from(b1)]);
        self.third[t][usize::from(b2 / 64)] & (1 << (b2 % 64)) != 0
    }
}

/// `b` in either ASCII case (once when it has no case), as an index.
fn both_cases(b: u8) -> impl Iterator<Item = usize> {
    let (lower, upper) = (b.to_ascii_lowercase(), b.to_ascii_uppercase());
    [Some(lower), (upper != lower).then_some(upper)].into_iter().flatten().map(usize::from)
}

/// `n` as a table index. A level holds at most 2 + 256 × 256 tables, a
/// few more than a `u16` counts; past that (never in a real lexicon) the
/// entry becomes [`ALL`]: the gate then lets more through, never less.
fn index(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(ALL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_pattern_prefixes_in_any_ascii_case() {
        let gate = PrefixGate::new(&["three", "thousand", "one"]);
        assert!(gate.may_start(b"three men"));
        assert!(gate.may_start(b"THOUSANDS"));
        assert!(gate.may_start(b"Thr"));
        assert!(gate.may_start(b"onerous")); // a prefix only: the automaton decides
        assert!(!gate.may_start(b"the men"));
        assert!(!gate.may_start(b"this"));
        assert!(!gate.may_start(b"only"));
        assert!(!gate.may_start(b"zebra"));
    }

    #[test]
    fn short_patterns_and_short_rests() {
        // "½" is two bytes (0xC2 0xBD): any third byte may follow.
        let gate = PrefixGate::new(&["½", "x"]);
        assert!(gate.may_start("½ of".as_bytes()));
        assert!(gate.may_start("½!".as_bytes()));
        assert!(!gate.may_start("¼ of".as_bytes())); // 0xC2 0xBC
        assert!(gate.may_start(b"xyz"));
        assert!(gate.may_start(b"X-1"));
        // Fewer than three bytes left: always worth a look.
        assert!(gate.may_start(b"ab"));
        assert!(gate.may_start(b""));
    }

    #[test]
    fn an_empty_pattern_passes_everything() {
        let gate = PrefixGate::new(&["", "one"]);
        assert!(gate.may_start(b"zebra"));
        assert!(gate.may_start(b"   "));
    }
}
