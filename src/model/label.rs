//! [`Label`]: a word of a small, closed vocabulary (a subject id, a
//! population, a unit, a status), held as a `&'static str`.
//!
//! Every claim carries four of these, and a large run builds hundreds of
//! thousands of claims: as `String`s they were four heap allocations per
//! claim, each copied from the lexicon or a literal, then freed. A label is
//! two words, copied for free, and compares, hashes, orders, prints and
//! serialises exactly as the string it holds.
//!
//! Literals become labels at no cost ([`Label::from_static`], `"people".into()`).
//! Other strings (lexicon words, a report read back) are interned once
//! ([`Label::new`]): each distinct string is leaked once into a global
//! table and shared from then on. The vocabulary is small (the lexicon's
//! words and a few literals), so the table stays small; nothing on the
//! per-claim path interns: the lexicon holds labels already.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashSet;
use std::fmt;
use std::sync::{LazyLock, Mutex};

/// A short string of a closed vocabulary, cheap to copy; behaves as the
/// `str` it holds (equality, order and hash are the string's).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(&'static str);

/// Every string interned so far, each leaked once.
static INTERNED: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(|| Mutex::new(HashSet::new()));

impl Label {
    /// A label holding a literal (no table look-up).
    pub const fn from_static(s: &'static str) -> Label {
        Label(s)
    }

    /// The label of `s`, interned: the first call for a string leaks one
    /// copy of it, later calls share that copy.
    pub fn new(s: &str) -> Label {
        // A poisoned lock still holds a valid table (inserts are single calls).
        let mut table = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&kept) = table.get(s) {
            return Label(kept);
        }
        let kept: &'static str = Box::leak(s.into());
        table.insert(kept);
        Label(kept)
    }

    /// The string.
    pub const fn as_str(&self) -> &'static str {
        self.0
    }
}

impl std::ops::Deref for Label {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Label {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for Label {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl From<&'static str> for Label {
    fn from(s: &'static str) -> Label {
        Label(s)
    }
}

impl PartialEq<str> for Label {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Label {
    fn eq(&self, other: &String) -> bool {
        self.0 == other
    }
}

impl fmt::Debug for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Label, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Label::new(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::Label;

    #[test]
    fn interning_shares_one_copy_per_string() {
        // Two separate heap strings with the same text.
        let a = Label::new(&String::from("civilians"));
        let b = Label::new(&(String::from("civil") + "ians"));
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_eq!(a, Label::from_static("civilians"));
        assert_ne!(a, Label::new("fighters"));
        assert_eq!(Label::default().as_str(), "");
    }

    #[test]
    fn behaves_as_its_string() {
        let l = Label::from("people");
        assert_eq!(l, "people");
        assert_eq!(&*l, "people");
        assert_eq!(l.to_string(), "people");
        assert_eq!(format!("{l:?}"), "\"people\"");
        assert!(Label::from("attack") < Label::new("conflict"));
        assert_eq!(serde_json::to_string(&l).unwrap(), "\"people\"");
        let back: Label = serde_json::from_str("\"names\"").unwrap();
        assert_eq!(back, "names");
        let escaped: Label = serde_json::from_str(r#""a\"b""#).unwrap();
        assert_eq!(escaped, "a\"b");
    }
}
