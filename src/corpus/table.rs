//! Document tables: a CSV file with one document per row (issue 9), such
//! as the FA-KES data set (`unit_id,article_title,article_content,…`).
//!
//! Columns are named by [`TableOptions`]. The whole file is decoded first
//! (tables in the wild are often latin-1 with CRLF); a row with the wrong
//! number of fields is a warning and is skipped; a named column missing from
//! the header is an error found when the run is planned.

use super::{Record, Warning};
use crate::error::{Error, Result};
use crate::model::Date;
use std::collections::HashMap;
use std::path::Path;

/// Which columns of a document table mean what.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableOptions {
    /// The column holding the document text (required).
    pub text_column: String,
    /// The column holding the document id; rows get `<file>:<line>` without it.
    pub id_column: Option<String>,
    /// The column holding the publication date.
    pub date_column: Option<String>,
    /// The column holding the outlet.
    pub source_column: Option<String>,
    /// strftime format of the date column (`%m/%d/%y`); by default
    /// `YYYY-MM-DD`, then `%m/%d/%Y`, then `%m/%d/%y` are tried.
    pub date_format: Option<String>,
    /// Other columns kept with each document (`location`, `actor`).
    pub meta_columns: Vec<String>,
}

/// Column indices found in a header.
#[derive(Clone, Debug)]
struct Columns {
    text: usize,
    id: Option<usize>,
    date: Option<usize>,
    source: Option<usize>,
    meta: Vec<(String, usize)>,
}

/// Finds the named columns in `header`, or says which one is missing.
fn columns(place: &str, header: &[String], opts: &TableOptions) -> Result<Columns> {
    let find = |name: &str| {
        header.iter().position(|h| h.trim() == name.trim()).ok_or_else(|| Error::Input {
            path: place.to_string(),
            message: format!("missing column \"{name}\" (header is: {})", header.join(",")),
        })
    };
    let optional = |name: &Option<String>| name.as_deref().map(find).transpose();
    Ok(Columns {
        text: find(&opts.text_column)?,
        id: optional(&opts.id_column)?,
        date: optional(&opts.date_column)?,
        source: optional(&opts.source_column)?,
        meta: opts.meta_columns.iter().map(|m| Ok((m.clone(), find(m)?))).collect::<Result<_>>()?,
    })
}

/// Checks, when planning, that the table at `path` has every named column.
/// Only the header is read; a file that cannot be read is left for loading to warn about.
pub fn check_header(place: &str, path: &Path, opts: &TableOptions) -> Result<()> {
    let Ok(file) = std::fs::File::open(path) else { return Ok(()) };
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(std::io::BufReader::new(file));
    let Ok(header) = reader.byte_headers() else { return Ok(()) };
    let header: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let h = if i == 0 { h.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(h) } else { h };
            String::from_utf8_lossy(h).into_owned()
        })
        .collect();
    columns(place, &header, opts).map(|_| ())
}

/// Reads the rows of a decoded table. `place` is the file as given,
/// `file_id` its document id (for rows without an id).
pub fn read(place: &str, file_id: &str, text: &str, opts: &TableOptions) -> Result<(Vec<Record>, Vec<Warning>)> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| Error::Input { path: place.to_string(), message: e.to_string() })?
        .iter()
        .map(String::from)
        .collect();
    let cols = columns(place, &header, opts)?;
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut lines = super::csvline::LineCounter::new(text);
    for result in reader.records() {
        let row = match result {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.line(p.byte()));
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("found {len} fields, expected {expected_len}")
                    }
                    _ => e.to_string(),
                };
                warnings.push(Warning { place: format!("{place}:{line}"), message: format!("{reason}; row skipped") });
                continue;
            }
        };
        let line = row.position().map_or(0, |p| lines.line(p.byte()));
        let here = format!("{place}:{line}");
        let cell = |i: Option<usize>| i.and_then(|i| row.get(i)).map(str::trim).filter(|s| !s.is_empty());
        let Some(body) = cell(Some(cols.text)) else {
            warnings.push(Warning { place: here, message: format!("empty \"{}\"; row skipped", opts.text_column) });
            continue;
        };
        let base = cell(cols.id).map_or_else(|| format!("{file_id}:{line}"), String::from);
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}#{n}") };
        let published = cell(cols.date).and_then(|d| {
            let parsed = parse_date(d, opts.date_format.as_deref());
            if parsed.is_none() {
                let expected = opts.date_format.as_deref().unwrap_or("YYYY-MM-DD, %m/%d/%Y or %m/%d/%y");
                warnings.push(Warning {
                    place: here.clone(),
                    message: format!("bad date \"{d}\" (expected {expected}); date ignored"),
                });
            }
            parsed
        });
        records.push(Record {
            id,
            text: body.to_string(),
            published,
            source: cell(cols.source).map(String::from),
            url: None,
            place: here,
            meta: cols.meta.iter().map(|(name, i)| (name.clone(), cell(Some(*i)).unwrap_or("").to_string())).collect(),
        });
    }
    Ok((records, warnings))
}

/// Parses a table date with `format`, or by default ISO, `%m/%d/%Y`, `%m/%d/%y`.
pub fn parse_date(s: &str, format: Option<&str>) -> Option<Date> {
    if let Some(f) = format {
        return Date::strptime(f, s).ok();
    }
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    // `%Y` would read "17" as the year 17: pick by the year's width.
    let year = s.rsplit('/').next()?;
    let f = if year.len() == 4 { "%m/%d/%Y" } else { "%m/%d/%y" };
    Date::strptime(f, s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn opts() -> TableOptions {
        TableOptions {
            text_column: "article_content".into(),
            id_column: Some("unit_id".into()),
            date_column: Some("date".into()),
            source_column: Some("source".into()),
            date_format: None,
            meta_columns: vec!["location".into()],
        }
    }

    #[test]
    fn reads_rows_dups_and_bad_rows() {
        let text = "unit_id,article_content,source,date,location\r\n\
                    1,\"Forty \"\"countries\"\"\r\nattended\",nna,4/5/17,idlib\r\n\
                    1,Second,sana,2014-01-22,homs\r\n\
                    2,short row\r\n\
                    1,Third,x,13/45/2017,\r\n\
                    3,,x,,\r\n";
        let (records, warnings) = read("fakes.csv", "t/fakes.csv", text, &opts()).unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<_> = records
            .iter()
            .map(|r| (r.id.as_str(), r.text.as_str(), r.published, r.source.as_deref(), r.place.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("1", "Forty \"countries\"\r\nattended", Some(date(2017, 4, 5)), Some("nna"), "fakes.csv:2"),
                ("1#2", "Second", Some(date(2014, 1, 22)), Some("sana"), "fakes.csv:4"),
                ("1#3", "Third", None, Some("x"), "fakes.csv:6"),
            ]
        );
        assert_eq!(records[0].meta, vec![("location".to_string(), "idlib".to_string())]);
        assert_eq!(records[2].meta, vec![("location".to_string(), String::new())]);
        let msgs: Vec<_> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "fakes.csv:5: found 2 fields, expected 5; row skipped",
                "fakes.csv:6: bad date \"13/45/2017\" (expected YYYY-MM-DD, %m/%d/%Y or %m/%d/%y); date ignored",
                "fakes.csv:7: empty \"article_content\"; row skipped",
            ]
        );
    }

    #[test]
    fn missing_column_names_it() {
        let o = TableOptions { text_column: "body".into(), ..TableOptions::default() };
        let e = read("t.csv", "t.csv", "id,text\n1,x\n", &o).err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("t.csv: missing column \"body\" (header is: id,text)"));
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("4/5/17", None), Some(date(2017, 4, 5)));
        assert_eq!(parse_date("12/31/1999", None), Some(date(1999, 12, 31)));
        assert_eq!(parse_date("05/04/2017", Some("%d/%m/%Y")), Some(date(2017, 4, 5)));
        assert_eq!(parse_date("x", None), None);
    }
}
