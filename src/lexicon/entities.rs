//! Entities (`rules/lexicon/entities.toml`): countries, organisations and
//! people with their spellings, the titles stripped from names, and the
//! token-wise similarity that merges unseen spelling variants.
//!
//! Names are compared by key: lower case, accents folded, dots dropped,
//! hyphens and apostrophes made spaces ("Al-Assad" = "al Assad", "U.S." =
//! "US"). Two keys name one entity when they are equal, or when they have
//! the same number of words and differ in exactly one word that is long
//! enough and similar enough by both Jaro-Winkler and normalised
//! Levenshtein (strsim). A different word anywhere else — a different first
//! name, "Council" against "Coalition" — keeps them apart.

mod alias_finder;

use alias_finder::AliasFinder;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

/// Similarity thresholds for unseen spelling variants.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Similarity {
    /// The differing word must be at least this many characters long.
    pub min_word_len: usize,
    /// `strsim::jaro_winkler` of the differing words, at least.
    pub jaro_winkler: f64,
    /// `strsim::normalized_levenshtein` of the differing words, at least.
    pub levenshtein: f64,
}

/// One entity and the spellings that name it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Canonical name ("United States").
    pub name: crate::model::Label,
    /// country / organisation / person / government.
    pub kind: String,
    /// Spellings, matched case-sensitively as whole words.
    pub aliases: Vec<String>,
}

/// `entities.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EntitiesFile {
    similarity: Similarity,
    titles: Vec<String>,
    stopwords: Vec<String>,
    entity: Vec<Entity>,
}

/// The entity lexicon with its matcher built.
#[derive(Clone, Debug)]
pub struct Entities {
    /// Entities, in file order.
    pub entities: Vec<Entity>,
    /// Thresholds for unseen variants.
    pub similarity: Similarity,
    /// Titles stripped from the front of names, as keys.
    pub titles: Vec<String>,
    /// Capitalised words that are not names.
    pub stopwords: Vec<String>,
    /// Every alias as written, found in text by [`Entities::find`].
    alias_finder: AliasFinder,
    alias_entity: Vec<usize>,
    /// Per pattern: whether its key has two words or more (a hit on it may
    /// be a name mention by itself), so no key is built per hit.
    alias_multi_word: Vec<bool>,
    /// `titles` as a set, for the per-chunk title test.
    title_set: FxHashSet<String>,
    /// The first word of each title key: [`Entities::may_start_title`]
    /// looks a word (lowered on the stack) up here, one hash instead of
    /// splitting every title or a binary search of string comparisons.
    title_first_words: FxHashSet<Box<[u8]>>,
    /// `stopwords` as a set, for the per-chunk opener test.
    stopword_set: FxHashSet<String>,
    alias_keys: Vec<(String, usize)>,
    /// Each key of `alias_keys` → its entity: one hash per name resolved
    /// instead of a binary search comparing strings.
    alias_key_entity: FxHashMap<String, usize>,
    /// Each alias key with one word blanked (`sergey *`) → indices into
    /// `alias_keys`: the only aliases an unseen spelling can be a variant
    /// of, found in a few lookups instead of a scan of every alias.
    /// These sets and maps hash short words per name chunk and are never
    /// iterated: a fast non-keyed hasher (Fx) suits them.
    one_word_off: FxHashMap<String, Vec<usize>>,
}

/// One alias found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityHit {
    /// First byte.
    pub start: usize,
    /// Just past the alias.
    pub end: usize,
    /// Index into [`Entities::entities`].
    pub entity: usize,
    /// Whether the alias's key has two words or more ("Al-Qaeda" has).
    pub multi_word: bool,
}

impl Entities {
    pub(crate) fn new(f: EntitiesFile) -> Entities {
        let mut patterns = Vec::new();
        let mut alias_entity = Vec::new();
        let mut alias_keys = Vec::new();
        let mut alias_multi_word = Vec::new();
        for (i, e) in f.entity.iter().enumerate() {
            for a in e.aliases.iter().map(String::as_str).chain(std::iter::once(e.name.as_str())) {
                let key = name_key(a);
                patterns.push(a.to_string());
                alias_entity.push(i);
                alias_multi_word.push(key.contains(' '));
                alias_keys.push((key, i));
            }
        }
        alias_keys.sort();
        alias_keys.dedup_by(|x, y| x.0 == y.0);
        let mut one_word_off: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (ai, (k, _)) in alias_keys.iter().enumerate() {
            let words: Vec<&str> = k.split(' ').collect();
            for w in 0..words.len() {
                one_word_off.entry(blank_word(&words, w)).or_default().push(ai);
            }
        }
        let titles: Vec<String> = f.titles.iter().map(|t| name_key(t)).collect();
        Entities {
            entities: f.entity,
            similarity: f.similarity,
            title_set: titles.iter().cloned().collect(),
            title_first_words: first_words(&titles),
            titles,
            stopword_set: f.stopwords.iter().cloned().collect(),
            stopwords: f.stopwords,
            alias_finder: AliasFinder::new(patterns),
            alias_entity,
            alias_multi_word,
            alias_key_entity: alias_keys.iter().cloned().collect(),
            alias_keys,
            one_word_off,
        }
    }

    /// Every alias in `text` as a whole word, case-sensitively, longest first.
    ///
    /// This is a leftmost-longest search (what an Aho-Corasick automaton
    /// would give) done as what it means: from the end of the last match,
    /// the first position where some alias starts gives the next match, its
    /// longest alias there. Only positions where an alias can start are
    /// tried (see [`AliasFinder`]), instead of running an automaton over
    /// every byte. Matches that are not whole words are dropped after the
    /// search, so they still hide what they overlap, as they did.
    pub fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = EntityHit> + 'a {
        let b = text.as_bytes();
        let f = &self.alias_finder;
        // The aliases that start lower case are found from the first capital
        // they hold, when each holds one: no search of the whole text then.
        let rare_starts = if f.rare_found_by_capital() { Vec::new() } else { f.rare_starts(b) };
        let mut rare = rare_starts.into_iter().peekable();
        let mut at = 0;
        std::iter::from_fn(move || loop {
            while rare.next_if(|&r| r < at).is_some() {}
            // Between such an alias's start and its first capital there is
            // no capital: the search, having passed none, tries its start
            // first (it then matches, over the capital).
            let upper = next_capital(b, at).map(|u| f.rare_start_before_capital(b, u, at).unwrap_or(u));
            let p = match (upper, rare.peek()) {
                (Some(u), Some(&r)) => u.min(r),
                (u, r) => u.or(r.copied())?,
            };
            let Some(a) = f.longest_at(b, p) else {
                at = p + 1;
                continue;
            };
            let end = p + f.patterns[a].len();
            // (An empty alias must not stall the search.)
            at = end.max(p + 1);
            if super::phrases::is_word(b, p, end) {
                return Some(EntityHit {
                    start: p,
                    end,
                    entity: self.alias_entity[a],
                    multi_word: self.alias_multi_word[a],
                });
            }
        })
    }

    /// The canonical entity a name spelling resolves to: a listed alias (by
    /// key), else an alias it is a close variant of; `None` when unknown.
    pub fn resolve(&self, name: &str) -> Option<&Entity> {
        self.resolve_key(&name_key(name))
    }

    /// [`Entities::resolve`] of a name whose key (see [`name_key`]) the
    /// caller has built already.
    pub fn resolve_key(&self, key: &str) -> Option<&Entity> {
        if let Some(&e) = self.alias_key_entity.get(key) {
            return Some(&self.entities[e]);
        }
        // Only aliases equal to the key but for one word can be variants of
        // it. The key with a word blanked is the text before the word, a
        // `*`, and the text after it (what `blank_word` of its words gives).
        let mut blanked = String::with_capacity(key.len() + 1);
        let mut best: Option<usize> = None;
        let mut word_start = 0;
        for word in key.split(' ') {
            let word_end = word_start + word.len();
            blanked.clear();
            blanked.push_str(&key[..word_start]);
            blanked.push('*');
            blanked.push_str(&key[word_end..]);
            word_start = word_end + 1;
            for &ai in self.one_word_off.get(&blanked).into_iter().flatten() {
                if best.is_none_or(|b| ai < b) && self.variants(&self.alias_keys[ai].0, key) {
                    best = Some(ai);
                }
            }
        }
        best.map(|ai| &self.entities[self.alias_keys[ai].1])
    }

    /// Whether two keys are spellings of one name that differ in exactly one
    /// similar word (equal keys are not variants: they are one spelling).
    pub fn variants(&self, a: &str, b: &str) -> bool {
        if a == b || a.split(' ').count() != b.split(' ').count() {
            return false;
        }
        let mut diff = a.split(' ').zip(b.split(' ')).filter(|(x, y)| x != y);
        let Some((x, y)) = diff.next() else { return false };
        if diff.next().is_some() {
            return false;
        }
        let s = &self.similarity;
        x.chars().count().min(y.chars().count()) >= s.min_word_len
            && strsim::jaro_winkler(x, y) >= s.jaro_winkler
            && strsim::normalized_levenshtein(x, y) >= s.levenshtein
    }

    /// Whether a title can start with `word` (as written): a cheap test
    /// before building keys.
    pub fn may_start_title(&self, word: &str) -> bool {
        // Cut at the first `-`, `.`, `'` or `’` (its first byte, 0xE2, only
        // starts other characters too: tested in full there).
        let b = word.as_bytes();
        let cut = b
            .iter()
            .enumerate()
            .position(|(i, &c)| matches!(c, b'-' | b'.' | b'\'') || (c == 0xE2 && b[i..].starts_with("’".as_bytes())))
            .unwrap_or(b.len());
        let w = &b[..cut];
        // A title's first word is a key word, so its ASCII letters are lower
        // case: matching it ignoring ASCII case is matching `w` lowered.
        // Most words are short: lowered into a buffer on the stack, they are
        // compared as slices.
        let mut buf = [0u8; 32];
        if let Some(lowered) = buf.get_mut(..w.len()) {
            lowered.copy_from_slice(w);
            lowered.make_ascii_lowercase();
            return self.title_first_words.contains(&*lowered);
        }
        self.title_first_words.contains(w.to_ascii_lowercase().as_slice())
    }

    /// Whether `key` (a name key) is a title ("minister", "mr").
    pub fn is_title(&self, key: &str) -> bool {
        self.title_set.contains(key)
    }

    /// Whether `word` (as written, case-sensitively) is a stopword ("The").
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopword_set.contains(word)
    }
}

/// The first words of `titles`, as bytes.
fn first_words(titles: &[String]) -> FxHashSet<Box<[u8]>> {
    titles.iter().map(|t| t.split(' ').next().unwrap_or("").as_bytes().into()).collect()
}

/// The first ASCII capital of `text` at or after `from`.
fn next_capital(text: &[u8], from: usize) -> Option<usize> {
    use crate::text::scan::{capital_lanes, first_byte};
    first_byte(text, from, capital_lanes, |c| c.is_ascii_uppercase())
}

/// `words` joined by spaces with word `w` replaced by `*`.
fn blank_word(words: &[&str], w: usize) -> String {
    let mut out = String::new();
    for (i, x) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(if i == w { "*" } else { x });
    }
    out
}

/// The comparison key of a name: lower case, accents folded, dots dropped,
/// hyphens, apostrophes and runs of white space made one space.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_name_key(&mut out, name);
    out
}

/// Appends the [`name_key`] of `name` to `out`: callers that test many
/// keys (a chunk's title candidates) reuse one buffer instead of
/// allocating a key each.
pub fn push_name_key(out: &mut String, name: &str) {
    let from = out.len();
    // Nearly every name is ASCII words joined by single spaces ("Foreign
    // Minister"): its key is the name lowered, copied and lowered in bulk.
    if is_plain_ascii_name(name.as_bytes()) {
        out.push_str(name);
        out[from..].make_ascii_lowercase();
        return;
    }
    // The rest of the ASCII names: made byte by byte, with none of the char
    // handling below.
    if name.is_ascii() {
        return push_ascii_name_key(out, name.as_bytes());
    }
    // A separator is written only before the next kept character, so runs
    // collapse to one space and none leads or trails (one pass, no split
    // and join). ASCII bytes, nearly all of a name, skip char decoding.
    // The index only ever advances by whole characters, so `name[i..]`
    // below is always at a character boundary.
    let mut space = false;
    let bytes = name.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            match b {
                b'.' => {}
                b'-' | b'\'' | b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => space = true,
                _ => push_key_char(out, from, &mut space, char::from(b.to_ascii_lowercase())),
            }
            i += 1;
            continue;
        }
        let Some(c) = name[i..].chars().next() else { break };
        i += c.len_utf8();
        match c {
            '’' | '‘' | '‐' | '–' => space = true,
            c if c.is_whitespace() => space = true,
            c => fold(c).to_lowercase().for_each(|l| push_key_char(out, from, &mut space, l)),
        }
    }
}

/// Whether a name is ASCII letters and digits in words joined by single
/// spaces (none leading or trailing): its key is itself lowered.
/// One pass over the bytes: a space is allowed only after a letter or
/// digit, and the name must not end on one.
fn is_plain_ascii_name(name: &[u8]) -> bool {
    // Whether the byte before is a space, or there is none (so a space
    // there would lead).
    let mut after_space = true;
    for &c in name {
        if c == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_ascii_alphanumeric() {
            after_space = false;
        } else {
            return false;
        }
    }
    !after_space || name.is_empty()
}

/// [`push_name_key`] of an ASCII name: the same rules as its ASCII branch
/// (dots dropped, hyphens, apostrophes and ASCII white space made one space
/// between kept bytes, letters lowered), on bytes.
fn push_ascii_name_key(out: &mut String, name: &[u8]) {
    let from = out.len();
    let mut space = false;
    for &b in name {
        match b {
            b'.' => {}
            b'-' | b'\'' | b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => space = true,
            _ => {
                if space && out.len() > from {
                    out.push(' ');
                }
                space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    }
}

/// Appends a kept key character, after one space if a separator came
/// since the last kept one (and something was kept since `from`, where
/// the key starts in `out`). Inlined: it runs once per byte of every key.
#[inline]
fn push_key_char(out: &mut String, from: usize, space: &mut bool, c: char) {
    if *space && out.len() > from {
        out.push(' ');
    }
    *space = false;
    out.push(c);
}

/// Folds the accented Latin letters of news names to their base letter.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'ý' | 'ÿ' | 'Ý' => 'y',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    #[test]
    fn keys_fold_case_hyphens_dots_and_accents() {
        use super::name_key;
        assert_eq!(name_key("Bashar Al-Assad"), "bashar al assad");
        assert_eq!(name_key("U.S."), "us");
        assert_eq!(name_key("Geneva  Communiqué"), "geneva communique");
    }

    #[test]
    fn keys_collapse_separators_and_trim() {
        use super::name_key;
        assert_eq!(name_key(" -Walid\u{a0}\u{b}Al–Mu’allem' "), "walid al mu allem");
        assert_eq!(name_key("..."), "");
        assert_eq!(name_key("ÖCALAN  Çelik"), "ocalan celik");
        // 'İ' lowers to 'i' and a combining dot, kept as written.
        assert_eq!(name_key("İdlib"), "i\u{307}dlib");
    }

    #[test]
    fn ascii_keys_are_made_on_bytes() {
        let ascii_name_key = |name: &[u8]| {
            let mut out = String::new();
            super::push_ascii_name_key(&mut out, name);
            out
        };
        assert_eq!(ascii_name_key(b"Walid  Al-Mu'allem"), "walid al mu allem");
        assert_eq!(ascii_name_key(b" -U.S.\x0bAID. "), "us aid");
        assert_eq!(ascii_name_key(b"..."), "");
        // A control byte that is no separator is kept, as `name_key` keeps it.
        assert_eq!(ascii_name_key(b"A\x1fB"), "a\x1fb");
    }

    #[test]
    fn keys_are_appended_to_what_the_buffer_holds() {
        use super::push_name_key;
        let mut key = String::from("foreign");
        push_name_key(&mut key, " Minister");
        // The leading space is a separator before nothing kept in this key.
        assert_eq!(key, "foreignminister");
        push_name_key(&mut key, " -Al-Mu’allem.");
        assert_eq!(key, "foreignministeral mu allem");
    }

    #[test]
    fn plain_ascii_names_are_letters_digits_and_single_spaces() {
        use super::is_plain_ascii_name;
        assert!(is_plain_ascii_name(b"Foreign Minister"));
        assert!(is_plain_ascii_name(b"G8"));
        assert!(is_plain_ascii_name(b""));
        assert!(!is_plain_ascii_name(b"Foreign  Minister"), "two spaces collapse in the key");
        assert!(!is_plain_ascii_name(b" Foreign"));
        assert!(!is_plain_ascii_name(b"Foreign "));
        assert!(!is_plain_ascii_name(b"U.S."));
        assert!(!is_plain_ascii_name(b"al-Assad"));
        assert!(!is_plain_ascii_name(b"Walid\tMoallem"));
        assert!(!is_plain_ascii_name(b" "));
        assert!(is_plain_ascii_name(b"a b c"));
    }

    #[test]
    fn keys_match_the_split_and_join_definition() {
        use super::{fold, name_key};
        // The definition the one-pass key replaced: map, then split on white
        // space and join with single spaces.
        let reference = |name: &str| {
            let mut out = String::new();
            for c in name.chars() {
                match c {
                    '.' => {}
                    '-' | '\'' | '’' | '‘' | '‐' | '–' => out.push(' '),
                    c if c.is_whitespace() => out.push(' '),
                    c => out.extend(fold(c).to_lowercase()),
                }
            }
            out.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        for name in [
            "U.S.",
            "  Bashar  al-Assad ",
            "Mu‘allem–Jr.",
            "\tAbu\r\nBakr",
            "Türkiye\u{2003}Éire",
            "-",
            "A.B.C",
            "O'Neil\x0c-Smith\x0b",
            "Foreign Minister",
            "Foreign  Minister ",
            "G8 Summit",
        ] {
            assert_eq!(name_key(name), reference(name), "{name:?}");
        }
    }

    #[test]
    fn titles_by_first_word_and_stopwords_as_written() {
        let l = Lexicon::bundled();
        let e = &l.entities;
        assert!(e.may_start_title("FOREIGN"), "first word of 'foreign minister', any ASCII case");
        assert!(e.may_start_title("Secretary-General"), "cut at the hyphen");
        assert!(!e.may_start_title("Minster"));
        assert!(e.may_start_title("President’s"), "cut at the curly apostrophe");
        assert!(e.may_start_title("Mr."), "cut at the dot");
        assert!(!e.may_start_title("Président"), "no title starts so");
        assert!(!e.may_start_title(&"Foreign".repeat(5)), "longer than the stack buffer, compared all the same");
        assert!(e.may_start_title(&format!("FOREIGN-{}", "x".repeat(40))), "long, but cut short");
        assert!(e.is_title("secretary of state"));
        assert!(!e.is_title("Secretary of State"), "titles are compared as keys");
        assert!(e.is_stopword("The"));
        assert!(!e.is_stopword("the"), "stopwords are case-sensitive");
    }

    #[test]
    fn variants_differ_in_one_similar_word() {
        let l = Lexicon::bundled();
        let e = &l.entities;
        assert!(e.variants("sergei lavrov", "sergey lavrov"));
        assert!(e.variants("walid moallem", "walid muallem"));
        assert!(e.variants("ahmed jarba", "ahmad jarba"));
        assert!(e.variants("al qaeda", "al queda"));
        assert!(!e.variants("syrian national council", "syrian national coalition"));
        assert!(!e.variants("john kerry", "joan kerry"), "short first names differ: two people");
        assert!(!e.variants("bashar assad", "hafez assad"));
        assert!(!e.variants("lavrov", "sergey lavrov"), "a surname alone is not a spelling variant");
        assert!(!e.variants("sergey lavrov", "sergey lavrov"));
    }

    #[test]
    fn resolve_by_alias_and_by_variant() {
        let l = Lexicon::bundled();
        let name = |s: &str| l.entities.resolve(s).map(|e| e.name.to_string());
        assert_eq!(name("League of Arab States").as_deref(), Some("Arab League"));
        assert_eq!(name("U.S.").as_deref(), Some("United States"));
        assert_eq!(name("British").as_deref(), Some("United Kingdom"));
        assert_eq!(name("Bashar Al Assad").as_deref(), Some("Bashar al-Assad"));
        assert_eq!(name("Al-Queda").as_deref(), Some("Al Qaeda"));
        assert_eq!(name("Syrian National Council").as_deref(), Some("Syrian National Council"));
        assert_eq!(name("Walid Mualem").as_deref(), Some("Walid Muallem"), "one letter dropped of seven");
        assert_eq!(name("Walid Jumblatt").as_deref(), None);
    }

    #[test]
    fn aliases_match_case_sensitively() {
        let l = Lexicon::bundled();
        let hits: Vec<&str> =
            l.entities.find("both of us and the US").map(|h| l.entities.entities[h.entity].name.as_str()).collect();
        assert_eq!(hits, ["United States"]);
    }

    #[test]
    fn find_is_the_leftmost_longest_search() {
        // The search it replaced: an Aho-Corasick automaton, leftmost-longest,
        // with the matches that are not whole words dropped afterwards.
        use aho_corasick::{AhoCorasick, MatchKind};
        let l = Lexicon::bundled();
        let e = &l.entities;
        let ac = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&e.alias_finder.patterns).unwrap();
        let mut texts: Vec<String> =
            std::fs::read_dir("seeds").unwrap().map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap()).collect();
        // Aliases inside words, overlapping, lower-case first, at the very end.
        texts.push("USAID, the al-Qaeda-linked, Al Qaedas, XGreat Britain, government of Syria, Türkiye, US".into());
        for text in &texts {
            let b = text.as_bytes();
            let want: Vec<(usize, usize, usize)> = ac
                .find_iter(text)
                .filter(|m| crate::lexicon::phrases::is_word(b, m.start(), m.end()))
                .map(|m| (m.start(), m.end(), e.alias_entity[m.pattern().as_usize()]))
                .collect();
            let got: Vec<(usize, usize, usize)> = e.find(text).map(|h| (h.start, h.end, h.entity)).collect();
            assert_eq!(got, want);
        }
        assert_eq!(
            e.find(&texts[texts.len() - 1]).map(|h| &texts[texts.len() - 1][h.start..h.end]).collect::<Vec<_>>(),
            // "Great Britain" inside "XGreat…" hides "Britain", as in the automaton.
            ["al-Qaeda", "government of Syria", "Türkiye", "US"]
        );
    }

    #[test]
    fn hits_say_whether_the_alias_has_two_words() {
        let l = Lexicon::bundled();
        let hits: Vec<(&str, bool)> = l
            .entities
            .find("the US and Bashar al-Assad")
            .map(|h| (&l.entities.entities[h.entity].name[..], h.multi_word))
            .collect();
        assert_eq!(hits, [("United States", false), ("Bashar al-Assad", true)]);
    }
}
