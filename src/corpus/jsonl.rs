//! JSON Lines feeds: one document per line,
//! `{"id","text","published","source","url"}`, only `text` required.
//!
//! A bad line is a warning and the other lines are still read; blank lines
//! are ignored. A line without an id gets `<file>:<line>`.

use super::{Record, Warning};
use crate::model::Date;
use serde_json::Value;

/// Reads the records of a feed. `place` is the file as given (for
/// warnings), `file_id` its document id (for ids of records without one).
pub fn read(place: &str, file_id: &str, text: &str) -> (Vec<Record>, Vec<Warning>) {
    read_fields(place, file_id, text, None)
}

/// [`read`] with the fields named by table options (`None`: the standard
/// `id`, `text`, `published`, `source`, `url`). Dates are read with the
/// options' `date_format` when given, else as ISO/RFC 3339 or `M/D/YY`.
pub fn read_fields(
    place: &str,
    file_id: &str,
    text: &str,
    fields: Option<&super::TableOptions>,
) -> (Vec<Record>, Vec<Warning>) {
    let name = |f: Option<&Option<String>>, default: &'static str| -> String {
        f.and_then(|o| o.clone()).unwrap_or_else(|| default.to_string())
    };
    let text_field = fields.map_or_else(|| "text".to_string(), |o| o.text_column.clone());
    let id_field = name(fields.map(|o| &o.id_column), "id");
    let date_field = name(fields.map(|o| &o.date_column), "published");
    let source_field = name(fields.map(|o| &o.source_column), "source");
    let date_format = fields.and_then(|o| o.date_format.as_deref());
    let meta_fields: &[String] = fields.map_or(&[], |o| o.meta_columns.as_slice());
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let here = format!("{place}:{}", i + 1);
        let mut warn = |message: String| warnings.push(Warning { place: here.clone(), message });
        let value: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                warn(format!("not valid JSON: {}; line skipped", json_message(&e)));
                continue;
            }
        };
        let Some(obj) = value.as_object() else {
            warn("not a JSON object; line skipped".into());
            continue;
        };
        let Some(body) = obj.get(&text_field).and_then(Value::as_str) else {
            warn(format!("no \"{text_field}\" string; line skipped"));
            continue;
        };
        if body.trim().is_empty() {
            warn(format!("empty \"{text_field}\"; line skipped"));
            continue;
        }
        let id = match obj.get(&id_field) {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => format!("{file_id}:{}", i + 1),
        };
        let published = match obj.get(&date_field) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(v) => {
                let s = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                let d = match date_format {
                    Some(f) => super::table::parse_date(&s, Some(f)),
                    None => parse_published(&s).or_else(|| fields.and_then(|_| super::table::parse_date(&s, None))),
                };
                if d.is_none() {
                    let expected = date_format.unwrap_or("YYYY-MM-DD or RFC 3339");
                    warn(format!("bad {date_field} \"{s}\" (expected {expected}); date ignored"));
                }
                d
            }
        };
        let string = |k: &str| match obj.get(k) {
            Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Some(Value::Number(n)) if fields.is_some() => Some(n.to_string()),
            _ => None,
        };
        records.push(Record {
            id,
            text: body.to_string(),
            published,
            source: string(&source_field),
            url: string("url"),
            place: here,
            meta: meta_fields.iter().map(|m| (m.clone(), string(m).unwrap_or_default())).collect(),
        });
    }
    (records, warnings)
}

/// serde's message without its `at line 1` (every line is line 1 to serde).
fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(p) => format!("{} at column {}", &s[..p], e.column()),
        None => s,
    }
}

/// `YYYY-MM-DD`, or an RFC 3339 timestamp (its date as written).
pub fn parse_published(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    s.parse::<jiff::Timestamp>().ok()?;
    s.get(..10)?.parse::<Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_lines_and_warns_on_bad_ones() {
        let text = concat!(
            "{\"id\":\"a\",\"text\":\"Forty countries\",\"published\":\"2014-01-22\",\"source\":\"AFP\",\"url\":\"http://x\"}\r\n",
            "\n",
            "{\"text\": \"no id\", \"published\": \"2014-01-23T23:30:00-05:00\"}\n",
            "{not json}\n",
            "[1]\n",
            "{\"id\":\"c\"}\n",
            "{\"id\":7,\"text\":\"x\",\"published\":\"yesterday\"}\n",
        );
        let (records, warnings) = read("feed.jsonl", "feeds/feed.jsonl", text);
        let got: Vec<_> = records
            .iter()
            .map(|r| (r.id.as_str(), r.text.as_str(), r.published, r.source.as_deref(), r.place.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("a", "Forty countries", Some(date(2014, 1, 22)), Some("AFP"), "feed.jsonl:1"),
                ("feeds/feed.jsonl:3", "no id", Some(date(2014, 1, 23)), None, "feed.jsonl:3"),
                ("7", "x", None, None, "feed.jsonl:7"),
            ]
        );
        assert_eq!(records[0].url.as_deref(), Some("http://x"));
        let msgs: Vec<_> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "feed.jsonl:4: not valid JSON: key must be a string at column 2; line skipped",
                "feed.jsonl:5: not a JSON object; line skipped",
                "feed.jsonl:6: no \"text\" string; line skipped",
                "feed.jsonl:7: bad published \"yesterday\" (expected YYYY-MM-DD or RFC 3339); date ignored",
            ]
        );
    }

    #[test]
    fn named_fields() {
        let opts = crate::corpus::TableOptions {
            text_column: "article_content".into(),
            id_column: Some("unit_id".into()),
            date_column: Some("date".into()),
            source_column: Some("outlet".into()),
            date_format: None,
            meta_columns: vec!["location".into()],
        };
        let text = concat!(
            "{\"unit_id\":12,\"article_content\":\"Six killed\",\"date\":\"4/5/17\",\"outlet\":\"sana\",\"location\":\"idlib\"}\n",
            "{\"unit_id\":13,\"text\":\"x\"}\n",
        );
        let (records, warnings) = read_fields("f.jsonl", "f.jsonl", text, Some(&opts));
        assert_eq!(records.len(), 1);
        assert_eq!(
            (records[0].id.as_str(), records[0].published, records[0].source.as_deref()),
            ("12", Some(date(2017, 4, 5)), Some("sana"))
        );
        assert_eq!(records[0].meta, vec![("location".to_string(), "idlib".to_string())]);
        let msgs: Vec<_> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(msgs, vec!["f.jsonl:2: no \"article_content\" string; line skipped"]);
    }

    #[test]
    fn published_forms() {
        assert_eq!(parse_published("2014-01-22"), Some(date(2014, 1, 22)));
        assert_eq!(parse_published("2014-01-22T10:00:00Z"), Some(date(2014, 1, 22)));
        assert_eq!(parse_published("2014-02-30"), None);
        assert_eq!(parse_published("Jan 22"), None);
    }
}
