//! The cursor the date grammar reads tokens with, and the token tests its
//! readers share (dashes, a digit run standing alone).

use super::*;

/// A cursor over the tokens of a text; `Copy`, so a failed attempt just drops its copy.
#[derive(Clone, Copy)]
pub(crate) struct Cur<'a> {
    pub t: &'a str,
    pub pos: usize,
}

impl<'a> Cur<'a> {
    pub fn new(t: &'a str, pos: usize) -> Self {
        Cur { t, pos }
    }

    pub fn b(&self) -> &'a [u8] {
        self.t.as_bytes()
    }

    #[inline]
    pub fn peek(&self) -> Option<Tok> {
        next_tok(self.b(), self.pos)
    }

    #[inline]
    pub fn text(&self, t: Tok) -> &'a str {
        self.t.get(t.start..t.end).unwrap_or("")
    }

    /// Consumes the next token when it is the word `w` (ASCII case-insensitive).
    pub fn eat_word(&mut self, w: &str) -> bool {
        // Fast path: compare in place instead of lexing the next token. It is
        // the word `w` when the bytes there match `w` in any case, no letter
        // follows, and they are letters (all a word token holds).
        let b = self.b();
        let start = skip_space(b, self.pos);
        let end = start + w.len();
        let Some(s) = b.get(start..end) else { return false };
        let hit = !w.is_empty()
            && s.eq_ignore_ascii_case(w.as_bytes())
            && !b.get(end).is_some_and(u8::is_ascii_alphabetic)
            && s.iter().all(u8::is_ascii_alphabetic);
        if hit {
            self.pos = end;
        }
        hit
    }

    /// Consumes the next token when it is one of `ws`; returns its index.
    pub fn eat_any(&mut self, ws: &[&str]) -> Option<usize> {
        let t = self.peek()?;
        if t.kind != TokKind::Word {
            return None;
        }
        let s = self.text(t);
        let i = ws.iter().position(|w| s.eq_ignore_ascii_case(w))?;
        self.pos = t.end;
        Some(i)
    }

    /// Consumes the next token when it is the ASCII character `c`.
    pub fn eat_punct(&mut self, c: u8) -> bool {
        match self.peek() {
            Some(t) if t.kind == TokKind::Punct && self.b()[t.start] == c => {
                self.pos = t.end;
                true
            }
            _ => false,
        }
    }

    /// Consumes the next token when it is the ASCII character `c` directly attached (no space).
    pub fn eat_punct_tight(&mut self, c: u8) -> bool {
        if self.b().get(self.pos) == Some(&c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes a hyphen, en dash or em dash.
    pub fn eat_dash(&mut self) -> bool {
        match self.peek() {
            Some(t) if t.kind == TokKind::Punct && is_dash(self.text(t)) => {
                self.pos = t.end;
                true
            }
            _ => false,
        }
    }

    /// The next token when it is a digit run directly attached (no space) to the cursor.
    pub fn tight(&self) -> Option<Tok> {
        let t = self.peek()?;
        (t.start == self.pos).then_some(t)
    }

    /// Consumes a digit run and returns its value (at most 9 digits).
    pub fn num(&mut self) -> Option<(Tok, u32)> {
        let t = self.peek()?;
        let v = self.take_num(t)?;
        Some((t, v))
    }

    /// [`num`](Self::num) of the token `t` a caller has just peeked at the cursor.
    ///
    /// Fast path: the readers peek at a token before they take it, so it
    /// is not lexed again; and the digits are summed in place (at most
    /// nine fit a `u32`) instead of going through `str::parse`.
    pub fn take_num(&mut self, t: Tok) -> Option<u32> {
        if t.kind != TokKind::Num || t.end - t.start > 9 {
            return None;
        }
        let digits = self.b().get(t.start..t.end)?;
        let v = digits.iter().fold(0, |v, d| v * 10 + u32::from(d.wrapping_sub(b'0')));
        self.pos = t.end;
        Some(v)
    }
}

/// `-`, `–` or `—`.
pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "\u{2013}" | "\u{2014}")
}

/// True when the digit run `t` stands alone as a number: not part of `2,009`,
/// `1.5`, `A380` or `130,000`.
pub(crate) fn clean_num(b: &[u8], t: Tok) -> bool {
    let before = |k: usize| if t.start >= k { b.get(t.start - k).copied() } else { None };
    let after = |k: usize| b.get(t.end + k - 1).copied();
    if before(1).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    if matches!(before(1), Some(b',' | b'.')) && before(2).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if matches!(after(1), Some(b',' | b'.')) && after(2).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_taken_whole_up_to_nine_digits() {
        let mut c = Cur::new(" 0207 x", 0);
        let t = c.peek().unwrap();
        assert_eq!(c.take_num(t), Some(207));
        assert_eq!(c.pos, 5);
        assert_eq!(Cur::new("999999999,", 0).num().map(|(t, v)| (t.end, v)), Some((9, 999_999_999)));
        assert_eq!(Cur::new("1234567890", 0).num(), None, "ten digits");
        assert_eq!(Cur::new("x 5", 0).num(), None, "a word first");
        let mut c = Cur::new("May 5", 0);
        let t = c.peek().unwrap();
        assert_eq!(c.take_num(t), None);
        assert_eq!(c.pos, 0);
    }

    #[test]
    fn eat_word_takes_the_next_word_token_when_it_is_the_word() {
        // The token reading `eat_word` replaces: the next token, a word, equal in any case.
        let by_token = |c: &Cur, w: &str| {
            c.peek().filter(|t| t.kind == TokKind::Word && c.text(*t).eq_ignore_ascii_case(w)).map(|t| t.end)
        };
        let text = "The week\u{a0}of  May 5, the weekend; THE-end 'the' x the\tWeek\nweeks e\u{301}the theme";
        let words = ["the", "week", "of", "may", "weekend", "end", "weeks", "x", "", "the-end", "'the'", "5", "them"];
        let mut hits = 0;
        for pos in 0..=text.len() {
            for w in words {
                let mut c = Cur::new(text, pos);
                let want = by_token(&c, w);
                assert_eq!(c.eat_word(w), want.is_some(), "{w:?} at {pos}");
                assert_eq!(c.pos, want.unwrap_or(pos), "{w:?} at {pos}");
                hits += usize::from(want.is_some());
            }
        }
        // Each listed word token is reached from its start and from each white space
        // before it (the no-break space counts once): 1 The, 2 week, 2 of, 3 May, 2 the,
        // 2 weekend, 1 "end" inside it, 2 THE, 1 end, 1 'the', 2 x, 2 the, 2 Week,
        // 2 weeks, 1 the after the combining accent.
        assert_eq!(hits, 26);
        let mut c = Cur::new("  The week", 0);
        assert!(c.eat_word("the") && c.pos == 5 && c.eat_word("WEEK") && c.pos == 10 && !c.eat_word("week"));
    }
}
