//! Which words may begin a date phrase, and how: the cue table the token
//! loop consults for every word, with the byte-level filters that reject
//! most words before a table look-up, and the cheap tests of the word after
//! "the", a preposition or a range opener.

use super::*;

/// How a word may begin a date phrase.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Not at all.
    No,
    From,
    Between,
    On,
    /// `for`: before a counted span from a day ("for 3 days from today").
    For,
    /// Licenses a bare year after it.
    Prep,
    The,
    /// `a`/`an`: before a unit ("a year ago") or a year used as an adjective ("a 2009 study").
    Article,
    /// `his`, `her`, `its`, `their`, `our`: before a year used as an adjective ("his 2007 campaign").
    Poss,
    /// A number word: only before a word or a hyphen.
    NumWord,
    /// `end`, `beginning`, `start`, `middle`: only before "of".
    Of,
    /// Month, weekday, relative word, part, season, ordinal, `q`.
    Other,
    /// The first word of a holiday name (`rules/lexicon/holidays.toml`): only when the name follows.
    Holiday,
}

/// The cue words of the packed table (with [`CALENDAR_WORDS`], [`NUMBER_WORDS`]
/// and the first words of holiday names).
pub(super) const CUE_WORDS: &[&str] = &[
    "from",
    "between",
    "on",
    "for",
    "w",
    "in",
    "since",
    "of",
    "by",
    "until",
    "till",
    "before",
    "after",
    "during",
    "circa",
    "year",
    "to",
    "through",
    "the",
    "a",
    "an",
    "end",
    "start",
    "middle",
    "today",
    "tonight",
    "tomorrow",
    "this",
    "last",
    "next",
    "early",
    "mid",
    "late",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "q",
    "first",
    "second",
    "third",
    "fourth",
    "earlier",
    "later",
    "previous",
    "past",
    "current",
    "coming",
    "following",
    "upcoming",
    "week",
    "weekend",
    "cy",
    "otd",
    "eoy",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "eighties",
    "nineties",
    "his",
    "her",
    "its",
    "their",
    "our",
];

/// Packed keyword → cue, for words of up to 8 letters.
pub(super) static CUES: LazyLock<KeyTable<Cue>> = LazyLock::new(|| {
    key_table(
        CUE_WORDS
            .iter()
            .chain(WEEKDAY_ABBRS)
            .chain(CALENDAR_WORDS)
            .chain(NUMBER_WORDS)
            .map(|w| (*w, cue(w)))
            .filter(|(_, c)| *c != Cue::No)
            .chain(HOLIDAYS.first_words().map(|w| (w, Cue::Holiday))),
    )
});

/// Classifies a word: a table look-up for short words, the full match for long ones.
pub(super) fn cue_of(w: &str) -> Cue {
    if w.len() <= 8 {
        return key_lookup(&CUES, w.as_bytes()).unwrap_or(Cue::No);
    }
    if HOLIDAYS.long_first(w) {
        return Cue::Holiday;
    }
    NINE_LETTER_CUES.iter().find(|(l, _)| l.eq_ignore_ascii_case(w)).map_or(Cue::No, |(_, c)| *c)
}

/// The packed cue table, for the token loop to fetch once per text: each
/// access to the `LazyLock` checks that it is initialised, a test and a
/// branch the loop would otherwise pay at every word.
pub(crate) fn cue_table() -> &'static KeyTable<Cue> {
    &CUES
}

/// Classifies the word of ASCII letters `b[start..end]` read by the token
/// loop, given the table of [`cue_table`] and its packed key
/// ([`read_word`](super::super::lex::read_word); `None` when longer than
/// eight letters): [`cue_of`], without packing the word again.
///
/// The word is taken as a span, sliced only when it is too long for a key:
/// the short words, nearly all, are looked up without the slice's bounds test.
// Inlined into the token loop of `find_dates` (called once per word of
// every document): whether it is otherwise depends on how the crate is
// split into codegen units, and changed with unrelated edits.
#[inline]
pub(crate) fn word_cue(table: &KeyTable<Cue>, b: &[u8], start: usize, end: usize, key: Option<u64>) -> Cue {
    let Some(k) = key else {
        let w = b.get(start..end).unwrap_or_default();
        // Fast path: most long words share no shape with a long cue word.
        if !CUE_FILTER.may_cue_letters(w) {
            return Cue::No;
        }
        return std::str::from_utf8(w).map_or(Cue::No, cue_of);
    };
    key_find(table, k).unwrap_or(Cue::No)
}

/// The cue words longer than the packed table holds. [`cue`] sees at most
/// nine letters (what `lower` holds), so these are all of them: a short list
/// scanned instead of the full classification of every long word.
pub(super) static NINE_LETTER_CUES: LazyLock<Vec<(&'static str, Cue)>> = LazyLock::new(|| {
    ["beginning", "yesterday", "following", "seventies", "september", "wednesday", "seventeen"]
        .into_iter()
        .map(|w| (w, cue(w)))
        .collect()
});

/// The byte-level pre-test of [`cue_of`]: every word it may classify as a
/// cue (the packed table's words, the long ones, the first words of holidays).
pub(super) static CUE_FILTER: LazyLock<CueFilter> = LazyLock::new(|| {
    CueFilter::new(
        CUE_WORDS
            .iter()
            .chain(WEEKDAY_ABBRS)
            .chain(CALENDAR_WORDS)
            .chain(NUMBER_WORDS)
            .copied()
            .chain(NINE_LETTER_CUES.iter().map(|(w, _)| *w))
            .chain(HOLIDAYS.first_words()),
    )
});

/// The filter the token loop asks before [`parse_at`]: a word it rejects
/// is no cue, so `parse_at` would return `None` for it.
pub(crate) fn cue_filter() -> &'static CueFilter {
    &CUE_FILTER
}

/// The words after "the" that may open a date phrase ("the first quarter",
/// "the end of May", "the summer of 2012", "the nineties"), up to 8 letters.
pub(super) static AFTER_THE: LazyLock<KeyTable<()>> =
    LazyLock::new(|| key_table(AFTER_THE_WORDS.iter().map(|w| (*w, ()))));

/// The words of [`AFTER_THE`].
pub(super) const AFTER_THE_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "end", "start", "middle", "summer", "winter", "autumn", "spring", "fall",
    "last", "week", "twenty", "thirty", "weekend", "next", "twenties", "thirties", "forties", "fifties", "sixties",
    "eighties", "nineties",
];

/// The words longer than 8 letters that may follow "the" and open a date phrase.
pub(super) const AFTER_THE_LONG: &[&str] = &["beginning", "fortnight", "seventies"];

/// The byte-level pre-test of [`opens_after_the`]: its words.
pub(super) static AFTER_THE_FILTER: LazyLock<CueFilter> =
    LazyLock::new(|| CueFilter::new(AFTER_THE_WORDS.iter().chain(AFTER_THE_LONG).copied()));

/// Whether a word after "the" may open a date phrase: [`AFTER_THE`] and the
/// longer `beginning`, `fortnight`, `seventies`.
pub(super) fn opens_after_the(w: &str) -> bool {
    // Fast path: most words after "the" share no length and first two letters with these.
    if !AFTER_THE_FILTER.may_cue(w.as_bytes()) {
        return false;
    }
    if w.len() <= 8 {
        return key_lookup(&AFTER_THE, w.as_bytes()).is_some();
    }
    AFTER_THE_LONG.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// Whether the token after a preposition can start anything the `Prep` cue
/// reads: digits (a year, a phrase), a number word (`in two weeks`, a
/// spelled year), `a`/`an`/`one` (`in a week`, `in a fortnight`) or a
/// capitalised `May` (`in May.`).
pub(super) fn prep_may_open(after: Cur, next: Tok) -> bool {
    match next.kind {
        TokKind::Num => true,
        TokKind::Punct => false,
        TokKind::Word => {
            let w = after.text(next);
            // Fast path: the words after a preposition are mostly no number word nor article.
            w == "May" || (PREP_FILTER.may_cue(w.as_bytes()) && matches!(cue_of(w), Cue::NumWord | Cue::Article))
        }
    }
}

/// Whether the token after "for" can start the count `for_span` reads
/// first: digits, "a"/"an", "couple" or a number word (`for 3 days from
/// today`, `for a week, from …`).
///
/// Fast path: "for" is frequent in news and mostly followed by what counts
/// nothing ("for the", "for his"), where the span reader lexed the word
/// and tried each count reading before failing.
pub(super) fn for_may_open(after: Cur, next: Tok) -> bool {
    match next.kind {
        TokKind::Num => true,
        TokKind::Punct => false,
        TokKind::Word => {
            let w = after.text(next);
            number_word(w).is_some() || ["a", "an", "couple"].iter().any(|a| w.eq_ignore_ascii_case(a))
        }
    }
}

/// The byte-level pre-test of [`prep_may_open`]: every word [`cue_of`]
/// classifies as a number word or an article.
pub(super) static PREP_FILTER: LazyLock<CueFilter> = LazyLock::new(|| {
    CueFilter::new(
        NUMBER_WORDS.iter().chain(CUE_WORDS).copied().filter(|w| matches!(cue(w), Cue::NumWord | Cue::Article)),
    )
});

/// Whether the token after "from"/"between" can start a range side: digits
/// (a bare day or year, a digit date), "now" (a loose side), or a token some
/// single-date form starts with (which covers the loose month names and
/// spelled days too).
pub(super) fn range_may_open(after: Cur, next: Tok) -> bool {
    next.kind == TokKind::Num || after.text(next).eq_ignore_ascii_case("now") || forms_at(&after, next) != 0
}

/// Classifies a lower-cased word.
pub(super) fn cue(l: &str) -> Cue {
    match l {
        "from" => Cue::From,
        "between" => Cue::Between,
        "on" => Cue::On,
        "for" => Cue::For,
        "w" => Cue::Other,
        "in" | "since" | "of" | "by" | "until" | "till" | "before" | "after" | "during" | "throughout" | "circa"
        | "to" | "through" | "year" => Cue::Prep,
        "the" => Cue::The,
        "a" | "an" => Cue::Article,
        "his" | "her" | "its" | "their" | "our" => Cue::Poss,
        "end" | "beginning" | "start" | "middle" => Cue::Of,
        "today" | "tonight" | "yesterday" | "tomorrow" | "this" | "last" | "next" | "early" | "mid" | "late"
        | "spring" | "summer" | "autumn" | "fall" | "winter" | "q" | "first" | "second" | "third" | "fourth"
        | "earlier" | "later" | "previous" | "past" | "current" | "coming" | "following" | "upcoming" | "week"
        | "weekend" | "twenties" | "thirties" | "forties" | "fifties" | "sixties" | "seventies" | "eighties"
        | "nineties" | "cy" | "otd" | "eoy" => Cue::Other,
        _ if weekday_abbr(l).is_some() => Cue::Other,
        _ if month(l).is_some() || weekday(l).is_some() => Cue::Other,
        _ if number_word(l).is_some() => Cue::NumWord,
        _ => Cue::No,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn for_opens_a_span_only_at_a_count() {
        let at = |text: &str| {
            let c = Cur::new(text, 3);
            for_may_open(c, c.peek().unwrap())
        };
        assert!(at("for 3 days from today"));
        assert!(at("for a week, from 20th dec"));
        assert!(at("for An hour"));
        assert!(at("for couple of days"));
        assert!(at("for Seventeen days"));
        assert!(!at("for the talks"));
        assert!(!at("for his part"));
        assert!(!at("for \"peace\""));
        assert!(!at("for another week"));
    }

    /// `cue_of` as it was before the long-word list: the full classification.
    fn cue_of_reference(w: &str) -> Cue {
        if w.len() <= 8 {
            return key_lookup(&CUES, w.as_bytes()).unwrap_or(Cue::No);
        }
        if HOLIDAYS.long_first(w) {
            return Cue::Holiday;
        }
        let mut buf = [0u8; 9];
        lower(w, &mut buf).map_or(Cue::No, cue)
    }

    #[test]
    fn long_words_are_classified_as_the_full_match_classifies_them() {
        assert!(NINE_LETTER_CUES.iter().all(|(_, c)| *c != Cue::No));
        assert!(cue_of("Wednesday") == Cue::Other);
        assert!(cue_of("SEVENTEEN") == Cue::NumWord);
        assert!(cue_of("beginning") == Cue::Of);
        assert!(cue_of("Thanksgiving") == Cue::Holiday);
        assert!(cue_of("throughout") == Cue::No); // `cue` lists it, but `lower` holds nine letters
        assert!(cue_of("yesterdays") == Cue::No);
        let sources = [
            include_str!("../tests.rs"),
            include_str!("../tests_ranges.rs"),
            include_str!("calendar_tests.rs"),
            include_str!("../../../../seeds/000_099dc4a42938c67f.txt"),
            include_str!("../../../../seeds/001_d43e4ed34428a101.txt"),
            include_str!("../../../../seeds/002_64716e510a3de195.txt"),
            include_str!("../../../../seeds/003_7204677c4c2a84c1.txt"),
            include_str!("../../../../seeds/004_31b6f4925f6b235b.txt"),
        ];
        let extra = ["Yesterday", "FOLLOWING", "seventies", "September", "independence", "Christmas", "announced"];
        let mut n = 0;
        for w in sources.iter().flat_map(|s| s.split(|c: char| !c.is_ascii_alphabetic())).chain(extra) {
            if w.len() > 8 {
                n += 1;
                assert!(cue_of(w) == cue_of_reference(w), "{w}");
            }
        }
        assert!(n > 500, "{n} long words");
    }

    #[test]
    fn the_filter_lets_every_cue_through() {
        let sources = [
            include_str!("../tests.rs"),
            include_str!("../tests_ranges.rs"),
            include_str!("calendar_tests.rs"),
            include_str!("../../../../seeds/000_099dc4a42938c67f.txt"),
            include_str!("../../../../seeds/002_64716e510a3de195.txt"),
            include_str!("../../../../rules/lexicon/holidays.toml"),
        ];
        let all = CUE_WORDS.iter().chain(WEEKDAY_ABBRS).chain(CALENDAR_WORDS).chain(NUMBER_WORDS).copied();
        let all = all.chain(NINE_LETTER_CUES.iter().map(|(w, _)| *w)).chain(HOLIDAYS.first_words());
        let text = sources.iter().flat_map(|s| s.split(|c: char| !c.is_ascii_alphabetic()));
        let (mut cues, mut skipped) = (0, 0);
        for w in all.chain(text).filter(|w| !w.is_empty()) {
            if cue_of(w) != Cue::No {
                cues += 1;
                assert!(cue_filter().may_cue(w.as_bytes()), "{w}");
                assert!(cue_filter().may_cue(w.to_ascii_uppercase().as_bytes()), "{w}");
            } else if !cue_filter().may_cue(w.as_bytes()) {
                skipped += 1;
            }
        }
        assert!(cues > 1000 && skipped > 1000, "{cues} cues, {skipped} skipped");
        // Same length, first two and last letters as a cue ("march"): a maybe.
        assert!(cue_filter().may_cue(b"match"));
        // Same length and first two letters as "seventy" and "december", not the last.
        assert!(!cue_filter().may_cue(b"several"));
        assert!(!cue_filter().may_cue(b"declined"));
        for w in ["Officials", "capitals", "arrived", "evening", "comment", "and"] {
            assert!(!cue_filter().may_cue(w.as_bytes()), "{w}");
        }
        for w in ["from", "The", "in", "May", "Christmas", "Wednesday", "nineteen"] {
            assert!(cue_filter().may_cue(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn the_filters_after_a_word_let_every_opener_through() {
        let words =
            CUE_WORDS.iter().chain(WEEKDAY_ABBRS).chain(CALENDAR_WORDS).chain(NUMBER_WORDS).chain(AFTER_THE_WORDS);
        let words = words.chain(AFTER_THE_LONG).copied().chain(HOLIDAYS.first_words());
        let text = include_str!("../tests.rs").split(|c: char| !c.is_ascii_alphabetic());
        let mut n = 0;
        for w in words.chain(text).filter(|w| !w.is_empty()) {
            let upper = w.to_ascii_uppercase();
            for w in [w, upper.as_str()] {
                n += 1;
                if matches!(cue_of(w), Cue::NumWord | Cue::Article) {
                    assert!(PREP_FILTER.may_cue(w.as_bytes()), "{w}");
                }
                let long = w.len() > 8 && AFTER_THE_LONG.iter().any(|l| w.eq_ignore_ascii_case(l));
                if long || (w.len() <= 8 && key_lookup(&AFTER_THE, w.as_bytes()).is_some()) {
                    assert!(AFTER_THE_FILTER.may_cue(w.as_bytes()), "{w}");
                }
            }
        }
        assert!(n > 2000, "{n} words");
        for w in ["the", "people", "city", "its", "early"] {
            assert!(!PREP_FILTER.may_cue(w.as_bytes()), "{w}");
        }
        for w in ["government", "people", "city", "capital"] {
            assert!(!AFTER_THE_FILTER.may_cue(w.as_bytes()), "{w}");
        }
    }

    fn next_of(text: &str) -> (Cur<'_>, Tok) {
        let c = Cur::new(text, 0);
        (c, c.peek().unwrap())
    }

    #[test]
    fn word_cue_classifies_as_cue_of() {
        let text = "On the morning of Wednesday, between Independence Day and Christmas; the seventies. \
                    SEPTEMBER throughout officials from in a";
        let b = text.as_bytes();
        let mut at = 0;
        let mut n = 0;
        while let Some(i) = crate::normalize::date::lex::next_opening(b, at) {
            let (end, key) = crate::normalize::date::lex::read_word(b, i);
            let end = end.max(i + 1);
            if let Some(w) = text.get(i..end).filter(|w| w.bytes().all(|c| c.is_ascii_alphabetic())) {
                assert!(word_cue(cue_table(), b, i, end, key) == cue_of(w), "{w}");
                n += usize::from(word_cue(cue_table(), b, i, end, key) != Cue::No);
            }
            at = end;
        }
        // On, the, of, Wednesday, between, Independence, Christmas, the, seventies,
        // SEPTEMBER, from, in, a: 13 cues ("morning", "Day", "and", "throughout", "officials" are none).
        assert_eq!(n, 13);
    }

    #[test]
    fn words_that_may_follow_the() {
        for w in ["first", "End", "beginning", "FORTNIGHT", "seventies", "nineties", "weekend", "last"] {
            assert!(opens_after_the(w), "{w}");
        }
        for w in ["people", "year", "ends", "beginnings", "seventy", "may", ""] {
            assert!(!opens_after_the(w), "{w}");
        }
    }

    #[test]
    fn tokens_that_may_open_a_range_side() {
        let opens = |text: &str| {
            let (c, t) = next_of(text);
            range_may_open(c, t)
        };
        for yes in ["2012 to 2014", "Now", "sep to nov", "the ninth till", "March to May", "'90s", "last week"] {
            assert!(opens(yes), "{yes}");
        }
        for no in ["Syria to Geneva", "them", ", 3", "(5", "nowhere"] {
            assert!(!opens(no), "{no}");
        }
    }

    #[test]
    fn tokens_that_may_follow_a_preposition() {
        let opens = |text: &str| {
            let (c, t) = next_of(text);
            prep_may_open(c, t)
        };
        assert!(opens("2009"));
        assert!(opens("two weeks"));
        assert!(opens("a fortnight"));
        assert!(opens("an hour"));
        assert!(opens("May."));
        assert!(opens("nineteen ninety"));
        assert!(!opens("may"));
        assert!(!opens("the city"));
        assert!(!opens(", 2009"));
        assert!(!opens("'09"));
    }
}
