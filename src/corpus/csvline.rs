//! Line numbers of CSV records, counted from their byte offsets.
//!
//! The csv crate's own `Position::line` lags by one after a CRLF line end
//! (it counts the record as starting on the `\n` of the previous line), and
//! tables in the wild are CRLF; so the line is counted here, forward only,
//! which keeps a big table linear.

/// Counts lines up to increasing byte offsets of one text.
#[derive(Debug)]
pub struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    /// A counter at the start of `text` (line 1).
    pub fn new(text: &'a str) -> Self {
        LineCounter { text: text.as_bytes(), at: 0, line: 1 }
    }

    /// The 1-based line of the record that starts at byte `offset`.
    /// Offsets must not decrease between calls (an earlier one gives the last line counted).
    pub fn line(&mut self, offset: u64) -> u64 {
        let mut to = usize::try_from(offset).unwrap_or(usize::MAX).min(self.text.len());
        // A record "starting" on the `\n` of a CRLF really starts after it.
        if self.text.get(to) == Some(&b'\n') {
            to += 1;
        }
        if to > self.at {
            self.line += memchr::memchr_iter(b'\n', &self.text[self.at..to]).count() as u64;
            self.at = to;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_crlf_and_lf() {
        let text = "h\r\na,b\r\n\"x\ny\"\nz\n";
        let mut c = LineCounter::new(text);
        assert_eq!(c.line(0), 1);
        assert_eq!(c.line(2), 2); // on the \n of the CRLF
        assert_eq!(c.line(8), 3);
        assert_eq!(c.line(14), 5);
        assert_eq!(c.line(3), 5);
        assert_eq!(c.line(1000), 6);
    }
}
