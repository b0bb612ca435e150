//! The CSV records of a small text held in memory, read with a parser
//! kept per thread.
//!
//! Building a `csv::Reader` builds csv_core's DFA, about 270 000
//! instructions: more than reading a manifest of a few rows costs, and a
//! corpus can hold thousands of manifests. csv_core's parser can be reset
//! and used again, so each thread builds one once (a `thread_local`: the
//! callers run on rayon's threads and pass no state between them).
//!
//! The records are those `csv::ReaderBuilder::new().flexible(true)` gives
//! (csv builds its parser from the same csv_core defaults): the same
//! fields, a UTF-8 byte-order mark skipped by csv_core alike, and the same
//! start offsets (`csv::Position::byte`), counted as csv counts them: the
//! bytes the parser consumed before the record. Nothing here can fail: the
//! text is in memory, and rows of any length are accepted (flexible).

use std::cell::RefCell;

/// One CSV record: its fields and where it starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// The fields' bytes, one after the other (quotes removed).
    buf: String,
    /// The end of each field in `buf`.
    ends: Vec<usize>,
    /// The byte offset of the record in the text (what csv's
    /// `Position::byte` gives: just past the previous record's terminator,
    /// so blank lines and the `\n` of a CRLF before it count as its own).
    pub start: u64,
}

impl Record {
    /// Field `i`, if the record has that many.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.buf.get(start..end)
    }

    /// The fields, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).filter_map(|i| self.get(i))
    }
}

thread_local! {
    /// This thread's parser, with csv's default settings.
    static PARSER: RefCell<csv_core::Reader> = RefCell::new(csv_core::Reader::new());
}

/// Every record of `text`, the header row first (none for an empty text).
pub fn read(text: &str) -> Vec<Record> {
    PARSER.with(|p| {
        let mut parser = p.borrow_mut();
        parser.reset();
        read_with(&mut parser, text.as_bytes())
    })
}

/// The records of `input`, read by `parser` from its start state: the loop
/// of `csv::Reader::read_byte_record` over a buffer holding all the input
/// (csv_core gives the same records whatever the buffer's size).
fn read_with(parser: &mut csv_core::Reader, input: &[u8]) -> Vec<Record> {
    use csv_core::ReadRecordResult;
    let mut records = Vec::new();
    let mut at = 0;
    let mut out = vec![0u8; 1024];
    let mut ends = vec![0usize; 16];
    loop {
        let start = at;
        let (mut outlen, mut endlen) = (0, 0);
        loop {
            let (res, nin, nout, nend) = parser.read_record(&input[at..], &mut out[outlen..], &mut ends[endlen..]);
            at += nin;
            outlen += nout;
            endlen += nend;
            match res {
                ReadRecordResult::InputEmpty => continue,
                ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                ReadRecordResult::Record => break,
                ReadRecordResult::End => return records,
            }
        }
        let ends = ends[..endlen].to_vec();
        let len = ends.last().copied().unwrap_or(0).min(outlen);
        // The fields are the text's bytes less quote bytes (ASCII), so they
        // are UTF-8; the lossy conversion only keeps this free of panics.
        let buf = String::from_utf8_lossy(&out[..len]).into_owned();
        records.push(Record { buf, ends, start: start as u64 });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What csv gives for `text`: the header, then each record, with its
    /// fields and start offset.
    fn by_csv(text: &str) -> Vec<(Vec<String>, u64)> {
        let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
        let header = r.headers().map(|h| h.iter().map(String::from).collect()).unwrap_or_default();
        let mut all = vec![(header, 0)];
        for rec in r.records() {
            let rec = rec.unwrap_or_default();
            all.push((rec.iter().map(String::from).collect(), rec.position().map_or(0, |p| p.byte())));
        }
        all
    }

    fn by_records(text: &str) -> Vec<(Vec<String>, u64)> {
        let recs = read(text);
        let mut all = vec![(recs.first().map(|h| h.iter().map(String::from).collect()).unwrap_or_default(), 0)];
        all.extend(recs.iter().skip(1).map(|r| (r.iter().map(String::from).collect(), r.start)));
        all
    }

    #[test]
    fn fields_and_offsets() {
        // Header (0..18), a quoted field with a comma and a doubled quote
        // (18..37), a blank line then a short row starting at the blank line
        // (37), and a last row without a line end after a CRLF, starting on
        // its \n (41).
        let text = "doc,published,url\n\"a,\"\"b\"\".txt\",2014\n\nc,\r\nd";
        let recs = read(text);
        let fields: Vec<Vec<&str>> = recs.iter().map(|r| r.iter().collect()).collect();
        assert_eq!(fields, [vec!["doc", "published", "url"], vec!["a,\"b\".txt", "2014"], vec!["c", ""], vec!["d"]]);
        assert_eq!(recs.iter().map(|r| r.start).collect::<Vec<_>>(), [0, 18, 37, 41]);
        assert_eq!(recs[1].get(1), Some("2014"));
        assert_eq!(recs[1].get(2), None);
    }

    #[test]
    fn the_records_csv_gives() {
        let long_field = "x".repeat(5000);
        let many_fields = vec!["f"; 100].join(",");
        for text in [
            "",
            "\n\n",
            "doc,published",
            "\u{feff}doc,published\na.txt,2014-01-01\n",
            "doc,published\r\na.txt,2014-01-01\r\n\r\nb.txt,\r\n",
            "doc,published\n\"multi\nline\",x\n\"unclosed,y\n",
            "doc\n\"a\"b,c\n  ,\n",
            &format!("doc,published\n{long_field},{many_fields}\nnext,1\n"),
        ] {
            assert_eq!(by_records(text), by_csv(text), "{text:?}");
        }
    }

    #[test]
    fn the_parser_starts_afresh_for_each_text() {
        // An unclosed quote leaves the parser inside a field; the next text
        // must not continue it (nor skip its byte-order mark).
        assert_eq!(read("a,\"open").len(), 1);
        let recs = read("\u{feff}doc\nx\n");
        assert_eq!(recs.iter().map(|r| r.get(0)).collect::<Vec<_>>(), [Some("doc"), Some("x")]);
    }
}
