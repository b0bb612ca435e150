//! Manifests: `manifest.csv` files that give documents their publication
//! date, outlet and URL.
//!
//! Columns are found by header name, in any order: `doc` and `published`
//! are required, `source` and `url` optional. A manifest found in a walked
//! folder names documents relative to its own folder; `--manifest FILE`
//! names them by document id or by file name. A bad row is a warning and
//! is ignored; a manifest without a required column is an error.

use super::Warning;
use crate::error::{Error, Result};
use crate::model::Date;
use std::collections::HashMap;

/// What a manifest row says about one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Publication date (`None` when the cell is empty).
    pub published: Option<Date>,
    /// The outlet.
    pub source: Option<String>,
    /// The URL.
    pub url: Option<String>,
}

/// One usable manifest row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// `manifest.csv:LINE`, for warnings about the row.
    pub place: String,
    /// The `doc` cell, trimmed, `/`-separated, without a leading `./`.
    pub doc: String,
    /// What it says.
    pub entry: Entry,
}

/// Parses a manifest. `place` is the file as given (used in messages).
/// Rows with a bad date, no doc, or a doc already listed are warned about and dropped.
pub fn parse(place: &str, text: &str) -> Result<(Vec<Row>, Vec<Warning>)> {
    let mut records = super::records::read(text).into_iter();
    let header = records.next().unwrap_or_default();
    let column = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let required = |name: &str| {
        column(name).ok_or_else(|| Error::Input {
            path: place.to_string(),
            message: format!("missing column \"{name}\" (header is: {})", header.iter().collect::<Vec<_>>().join(",")),
        })
    };
    let (doc_col, date_col) = (required("doc")?, required("published")?);
    let (source_col, url_col) = (column("source"), column("url"));

    let mut rows: Vec<Row> = Vec::new();
    let mut warnings = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut lines = super::csvline::LineCounter::new(text);
    // (No row is unreadable: the text is in memory and rows of any length
    // are accepted; see `records`.)
    for record in records {
        let line = lines.line(record.start);
        let here = format!("{place}:{line}");
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).map(str::trim).filter(|s| !s.is_empty());
        let Some(doc) = cell(Some(doc_col)).map(normalize_doc) else {
            if record.iter().any(|c| !c.trim().is_empty()) {
                warnings.push(Warning { place: here, message: "no doc in this row; row ignored".into() });
            }
            continue;
        };
        let published = match cell(Some(date_col)) {
            None => None,
            Some(d) => match d.parse::<Date>() {
                Ok(date) => Some(date),
                Err(_) => {
                    warnings.push(Warning {
                        place: here,
                        message: format!("bad date \"{d}\" (expected YYYY-MM-DD); row ignored"),
                    });
                    continue;
                }
            },
        };
        if let Some(first) = first_line.get(&doc) {
            warnings.push(Warning {
                place: here,
                message: format!("\"{doc}\" is listed again (line {first} wins); row ignored"),
            });
            continue;
        }
        first_line.insert(doc.clone(), line);
        let entry =
            Entry { published, source: cell(source_col).map(String::from), url: cell(url_col).map(String::from) };
        rows.push(Row { place: here, doc, entry });
    }
    Ok((rows, warnings))
}

/// A `doc` cell as a document id: `/`-separated, without a leading `./`.
pub fn normalize_doc(doc: &str) -> String {
    let doc = doc.replace('\\', "/");
    let mut d = doc.as_str();
    while let Some(rest) = d.strip_prefix("./") {
        d = rest;
    }
    d.to_string()
}

/// The file name part of a document id (`a/b.txt` → `b.txt`).
pub fn file_name(id: &str) -> &str {
    id.rsplit(['/', '\\']).next().unwrap_or(id)
}

/// All manifests of a run, ready for lookups by document id.
#[derive(Clone, Debug, Default)]
pub struct Manifest {
    /// `--manifest FILE` rows, by `doc` (an id or a file name).
    explicit: HashMap<String, Entry>,
    /// Folder manifests' rows, by document id (folder prefix + `doc`).
    folders: HashMap<String, Entry>,
}

impl Manifest {
    /// Adds the rows of `--manifest FILE`.
    pub fn add_explicit(&mut self, rows: &[Row]) {
        for r in rows {
            self.explicit.entry(r.doc.clone()).or_insert_with(|| r.entry.clone());
        }
    }

    /// Adds the rows of a folder's manifest; `prefix` is the folder's id prefix (`""` or `sub/`).
    pub fn add_folder(&mut self, prefix: &str, rows: &[Row]) {
        for r in rows {
            self.folders.entry(format!("{prefix}{}", r.doc)).or_insert_with(|| r.entry.clone());
        }
    }

    /// The entry for a document: `--manifest` by id, then by file name, then the folder's manifest.
    pub fn lookup(&self, id: &str) -> Option<&Entry> {
        self.explicit.get(id).or_else(|| self.explicit.get(file_name(id))).or_else(|| self.folders.get(id))
    }

    /// True when no manifest gave any row.
    pub fn is_empty(&self) -> bool {
        self.explicit.is_empty() && self.folders.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn w(place: &str, message: &str) -> Warning {
        Warning { place: place.into(), message: message.into() }
    }

    #[test]
    fn columns_by_name_in_any_order() {
        let text = "url,published,doc\nhttp://a,2014-01-13,./a.txt\n\n,,\n";
        let (rows, warnings) = parse("m.csv", text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            rows,
            vec![Row {
                place: "m.csv:2".into(),
                doc: "a.txt".into(),
                entry: Entry { published: Some(date(2014, 1, 13)), source: None, url: Some("http://a".into()) }
            }]
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn missing_column_is_an_error() {
        let e = parse("manifest.csv", "doc,source\na.txt,x\n").err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("manifest.csv: missing column \"published\" (header is: doc,source)"));
        let e = parse("manifest.csv", "").err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("manifest.csv: missing column \"doc\" (header is: )"));
    }

    #[test]
    fn bad_rows_are_warnings() {
        let text = "doc,published,source\na.txt,2014-13-45,X\nb.txt,2014-01-02,First\n\"multi\nline.txt\",,\nb.txt,2014-01-03,Second\n,2014-01-01,\n";
        let (rows, warnings) = parse("manifest.csv", text).unwrap_or_else(|e| panic!("{e}"));
        let docs: Vec<_> = rows.iter().map(|r| (r.doc.as_str(), r.entry.source.as_deref())).collect();
        assert_eq!(docs, vec![("b.txt", Some("First")), ("multi\nline.txt", None)]);
        assert_eq!(
            warnings,
            vec![
                w("manifest.csv:2", "bad date \"2014-13-45\" (expected YYYY-MM-DD); row ignored"),
                w("manifest.csv:6", "\"b.txt\" is listed again (line 3 wins); row ignored"),
                w("manifest.csv:7", "no doc in this row; row ignored"),
            ]
        );
    }

    #[test]
    fn lookup_order() {
        let row = |doc: &str, y| Row {
            place: String::new(),
            doc: doc.into(),
            entry: Entry { published: Some(date(y, 1, 1)), source: None, url: None },
        };
        let mut m = Manifest::default();
        assert!(m.is_empty());
        m.add_folder("sub/", &[row("a.txt", 2001), row("c.txt", 2003)]);
        m.add_explicit(&[row("a.txt", 2002)]);
        assert_eq!(m.lookup("sub/a.txt").and_then(|e| e.published), Some(date(2002, 1, 1)));
        assert_eq!(m.lookup("sub/c.txt").and_then(|e| e.published), Some(date(2003, 1, 1)));
        assert_eq!(m.lookup("c.txt"), None);
        assert_eq!(file_name("x/y/z.txt"), "z.txt");
        assert_eq!(normalize_doc("././a\\b.txt"), "a/b.txt");
    }
}
