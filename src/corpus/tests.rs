//! Tests of planning and loading, on folders made with tempfile.

use super::*;
use jiff::civil::date;
use std::fs;

type TestResult = std::result::Result<(), Box<dyn std::error::Error>>;

fn w(place: impl Into<String>, message: &str) -> Warning {
    Warning { place: place.into(), message: message.into() }
}

fn load_all(plan: &Plan, options: &LoadOptions) -> Loaded {
    let mut all = Loaded::default();
    for input in &plan.inputs {
        let l = load(input, plan, options);
        all.documents.extend(l.documents);
        all.warnings.extend(l.warnings);
        all.meta.extend(l.meta);
    }
    all
}

fn ids(plan: &Plan) -> Vec<&str> {
    plan.inputs.iter().map(Input::id).collect()
}

#[test]
fn no_paths_gives_the_seeds_with_manifest_dates() -> TestResult {
    let options = LoadOptions::default();
    let plan = plan(&[], &options)?;
    assert_eq!(
        ids(&plan),
        vec![
            "000_099dc4a42938c67f.txt",
            "001_d43e4ed34428a101.txt",
            "002_64716e510a3de195.txt",
            "003_7204677c4c2a84c1.txt",
            "004_31b6f4925f6b235b.txt"
        ]
    );
    assert_eq!(plan.warnings, vec![]);
    let loaded = load_all(&plan, &options);
    let got: Vec<_> = loaded.documents.iter().map(|d| (d.published, d.published_from, d.source.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            (Some(date(2014, 1, 23)), PublishedFrom::Manifest, None),
            // The header says 2017; the manifest wins.
            (Some(date(2014, 1, 13)), PublishedFrom::Manifest, Some("The National (Reuters/AFP)")),
            (Some(date(2014, 1, 13)), PublishedFrom::Manifest, Some("Daily News Egypt (AFP)")),
            (Some(date(2013, 5, 7)), PublishedFrom::Manifest, Some("RT")),
            (Some(date(2014, 2, 10)), PublishedFrom::Manifest, None),
        ]
    );
    assert!(loaded.documents[0].text.starts_with("First Geneva II Meeting"));
    assert_eq!(loaded.warnings, vec![]);
    Ok(())
}

#[test]
fn missing_path_is_an_error() {
    let options = LoadOptions::default();
    let e = plan(&[PathBuf::from("/no/such/dir")], &options).err().map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some("/no/such/dir: no such file or directory (check the path; with no paths the bundled seeds are read)")
    );
    let options = LoadOptions { manifest: Some("/no/m.csv".into()), ..LoadOptions::default() };
    assert!(matches!(plan(&[], &options), Err(Error::MissingPath { .. })));
}

#[test]
fn walk_classifies_and_applies_folder_manifests() -> TestResult {
    let dir = tempfile::tempdir()?;
    let root = dir.path();
    fs::create_dir_all(root.join("sub"))?;
    fs::write(root.join("b.txt"), "Title\nJanuary 23, 2014 • 12:37PM\n\nForty countries attended.")?;
    fs::write(root.join("a.txt"), "No date here.")?;
    fs::write(root.join("rules.toml"), "id = 1")?;
    fs::write(root.join("data.csv"), "a,b\n1,2\n")?;
    fs::write(root.join("sub/c.txt"), "Update 2/10/2014:\nx")?;
    fs::write(root.join("sub/d.txt"), "7 May, 2013 19:58\ny")?;
    fs::write(
        root.join("sub/manifest.csv"),
        "doc,published,source,url\nc.txt,2014-01-13,AFP,http://c\nx.txt,2014-01-01,,\n",
    )?;
    let options = LoadOptions::default();
    let plan = plan(&[root.to_path_buf()], &options)?;
    assert_eq!(ids(&plan), vec!["a.txt", "b.txt", "sub/c.txt", "sub/d.txt"]);
    assert_eq!(
        plan.warnings,
        vec![
            w(root.join("sub/manifest.csv").display().to_string() + ":3", "\"x.txt\" matches no document"),
            w(root.join("data.csv").display().to_string(), CSV_SKIPPED),
        ]
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
    );
    let loaded = load_all(&plan, &options);
    let got: Vec<_> = loaded
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.published, d.published_from, d.source.as_deref(), d.url.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("a.txt", None, PublishedFrom::Unknown, None, None),
            ("b.txt", Some(date(2014, 1, 23)), PublishedFrom::Header, None, None),
            ("sub/c.txt", Some(date(2014, 1, 13)), PublishedFrom::Manifest, Some("AFP"), Some("http://c")),
            ("sub/d.txt", Some(date(2013, 5, 7)), PublishedFrom::Header, None, None),
        ]
    );
    assert_eq!(loaded.warnings, vec![]);
    Ok(())
}

#[test]
fn file_arguments_and_explicit_manifest() -> TestResult {
    let dir = tempfile::tempdir()?;
    let root = dir.path();
    fs::create_dir_all(root.join("d"))?;
    fs::write(root.join("d/a.txt"), "A text.")?;
    fs::write(root.join("m.csv"), "published,doc\n2014-01-22,a.txt\n2014-01-23,zzz.txt\n")?;
    let file = root.join("d/a.txt");
    let options = LoadOptions { manifest: Some(root.join("m.csv")), ..LoadOptions::default() };
    // The same file twice: read once.
    let plan = plan(&[file.clone(), root.join("d"), file.clone()], &options)?;
    let file_id = file.to_string_lossy().into_owned();
    assert_eq!(ids(&plan), vec![file_id.as_str(), "a.txt"]);
    assert_eq!(
        plan.warnings,
        vec![
            w(file.display().to_string(), &format!("same document id \"{file_id}\" as {}; skipped", file.display())),
            w(root.join("m.csv").display().to_string() + ":3", "\"zzz.txt\" matches no document"),
        ]
    );
    let loaded = load_all(&plan, &options);
    let got: Vec<_> = loaded.documents.iter().map(|d| (d.published, d.published_from)).collect();
    // By file name, and by id.
    assert_eq!(
        got,
        vec![(Some(date(2014, 1, 22)), PublishedFrom::Manifest), (Some(date(2014, 1, 22)), PublishedFrom::Manifest)]
    );
    Ok(())
}

#[test]
fn bad_files_are_warnings() -> TestResult {
    let dir = tempfile::tempdir()?;
    let root = dir.path();
    fs::write(root.join("bin.txt"), b"abc\0def")?;
    fs::write(root.join("empty.txt"), "  \n")?;
    fs::write(root.join("gone.txt"), "x")?;
    fs::write(root.join("latin.txt"), b"Le caf\xE9 na\xEFf de la r\xE9publique \xE9tait ferm\xE9.")?;
    fs::write(root.join("page.html"), "<html><body><p>Kerry &amp; Lavrov</p><script>x()</script></body></html>")?;
    fs::write(root.join("crlf.txt"), "a\r\nb\rc")?;
    let options = LoadOptions::default();
    let plan = plan(&[root.to_path_buf()], &options)?;
    fs::remove_file(root.join("gone.txt"))?;
    let loaded = load_all(&plan, &options);
    let place = |f: &str| root.join(f).display().to_string();
    let texts: Vec<_> = loaded.documents.iter().map(|d| (d.id.as_str(), d.text.as_str())).collect();
    assert_eq!(
        texts,
        vec![
            ("crlf.txt", "a\r\nb\rc"),
            ("latin.txt", "Le café naïf de la république était fermé."),
            ("page.html", "Kerry & Lavrov\n")
        ]
    );
    assert_eq!(
        loaded.warnings,
        vec![
            w(place("bin.txt"), "binary file skipped"),
            w(place("empty.txt"), "empty file skipped"),
            w(place("gone.txt"), "cannot read (No such file or directory (os error 2)); skipped"),
            w(place("latin.txt"), "not UTF-8; decoded as windows-1252"),
        ]
    );
    Ok(())
}

#[test]
fn max_doc_bytes_cuts_at_a_char_boundary() -> TestResult {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("long.txt");
    fs::write(&file, "abcé and more text")?;
    let options = LoadOptions { max_doc_bytes: 4, ..LoadOptions::default() };
    let plan = plan(std::slice::from_ref(&file), &options)?;
    let loaded = load_all(&plan, &options);
    assert_eq!(loaded.documents[0].text, "abc");
    assert_eq!(
        loaded.warnings,
        vec![w(file.display().to_string(), "document is 19 bytes; read only the first 3 (--max-doc-bytes)")]
    );
    Ok(())
}

#[test]
fn jsonl_feed_with_manifest_and_pending_rows() -> TestResult {
    let dir = tempfile::tempdir()?;
    let root = dir.path();
    fs::write(
        root.join("feed.jsonl"),
        "{\"id\":\"r1\",\"text\":\"one\",\"published\":\"2014-01-01\"}\n\
         {\"id\":\"r2\",\"text\":\"two\",\"published\":\"2014-01-02\",\"source\":\"S\"}\n\
         {\"text\":\"three\"}\n\
         {oops\n",
    )?;
    fs::write(root.join("manifest.csv"), "doc,published\nr2,2014-02-02\nnone,2014-02-03\n")?;
    let options = LoadOptions { max_doc_bytes: 2, ..LoadOptions::default() };
    let plan = plan(&[root.to_path_buf()], &options)?;
    assert_eq!(ids(&plan), vec!["feed.jsonl"]);
    assert_eq!(plan.warnings, vec![]);
    let loaded = load_all(&plan, &options);
    let got: Vec<_> = loaded
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str(), d.published, d.published_from, d.source.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("r1", "on", Some(date(2014, 1, 1)), PublishedFrom::Field, None),
            ("r2", "tw", Some(date(2014, 2, 2)), PublishedFrom::Manifest, Some("S")),
            ("feed.jsonl:3", "th", None, PublishedFrom::Unknown, None),
        ]
    );
    let feed = root.join("feed.jsonl").display().to_string();
    let msgs: Vec<_> = loaded.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        msgs,
        vec![
            format!("{feed}:4: not valid JSON: key must be a string at column 2; line skipped"),
            format!("{feed}:1: document is 3 bytes; read only the first 2 (--max-doc-bytes)"),
            format!("{feed}:2: document is 3 bytes; read only the first 2 (--max-doc-bytes)"),
            format!("{feed}:3: document is 5 bytes; read only the first 2 (--max-doc-bytes)"),
        ]
    );
    let seen: HashSet<String> = loaded.documents.iter().map(|d| d.id.clone()).collect();
    let manifest = root.join("manifest.csv").display().to_string();
    assert_eq!(plan.unmatched_rows(&seen), vec![w(format!("{manifest}:3"), "\"none\" matches no document")]);
    Ok(())
}

#[test]
fn tables_need_options_and_columns() -> TestResult {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("t.csv");
    fs::write(&file, b"id,body,date,location\r\n7,caf\xE9 talks,4/5/17,idlib\r\n7,more,,homs\r\n")?;
    let place = file.display().to_string();

    let plain = LoadOptions::default();
    let p = plan(std::slice::from_ref(&file), &plain)?;
    assert!(p.inputs.is_empty());
    assert_eq!(p.warnings, vec![w(place.clone(), CSV_SKIPPED)]);

    let bad = LoadOptions {
        table: Some(TableOptions { text_column: "text".into(), ..TableOptions::default() }),
        ..LoadOptions::default()
    };
    let e = plan(std::slice::from_ref(&file), &bad).err().map(|e| e.to_string());
    assert_eq!(e, Some(format!("{place}: missing column \"text\" (header is: id,body,date,location)")));

    let options = LoadOptions {
        table: Some(TableOptions {
            text_column: "body".into(),
            id_column: Some("id".into()),
            date_column: Some("date".into()),
            meta_columns: vec!["location".into()],
            ..TableOptions::default()
        }),
        ..LoadOptions::default()
    };
    let p = plan(std::slice::from_ref(&file), &options)?;
    let loaded = load_all(&p, &options);
    let got: Vec<_> =
        loaded.documents.iter().map(|d| (d.id.as_str(), d.text.as_str(), d.published, d.published_from)).collect();
    assert_eq!(
        got,
        vec![
            ("7", "café talks", Some(date(2017, 4, 5)), PublishedFrom::Field),
            ("7#2", "more", None, PublishedFrom::Unknown)
        ]
    );
    assert_eq!(loaded.warnings, vec![w(place, "not UTF-8; decoded as windows-1252")]);
    assert_eq!(
        loaded.meta,
        vec![
            ("7".to_string(), vec![("location".to_string(), "idlib".to_string())]),
            ("7#2".to_string(), vec![("location".to_string(), "homs".to_string())]),
        ]
    );
    Ok(())
}

#[test]
fn the_fakes_table() -> TestResult {
    let path = PathBuf::from("/work/shared/corpora/fakes/fakes.csv");
    if !path.exists() {
        return Ok(());
    }
    let options = LoadOptions {
        table: Some(TableOptions {
            text_column: "article_content".into(),
            id_column: Some("unit_id".into()),
            date_column: Some("date".into()),
            source_column: Some("source".into()),
            meta_columns: vec!["location".into()],
            ..TableOptions::default()
        }),
        ..LoadOptions::default()
    };
    let p = plan(std::slice::from_ref(&path), &options)?;
    let loaded = load_all(&p, &options);
    assert_eq!(loaded.documents.len(), 804);
    let first = &loaded.documents[0];
    assert_eq!(
        (first.id.as_str(), first.published, first.source.as_deref()),
        ("1914947530", Some(date(2017, 4, 5)), Some("nna"))
    );
    assert_eq!(loaded.meta[0].1, vec![("location".to_string(), "idlib".to_string())]);
    let msgs: Vec<_> = loaded.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(msgs, vec!["not UTF-8; decoded as windows-1252"]);
    Ok(())
}

proptest::proptest! {
    #[test]
    fn no_input_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300), max in 0usize..40) {
        if let Ok(d) = decode::decode(bytes, max > 20) {
            let mut text = html::to_text(&d.text);
            let _ = header::header_date(&text);
            let _ = decode::cut(&mut text, max);
            let _ = jsonl::read("f", "f", &d.text);
            let opts = TableOptions { text_column: "a".into(), ..TableOptions::default() };
            let _ = table::read("t", "t", &d.text, &opts);
            let _ = manifest::parse("m", &d.text);
        }
    }

    #[test]
    fn markup_like_text_does_not_panic(s in "[<>&;#xa-z/!\\- é]{0,80}") {
        let _ = html::to_text(&s);
        let _ = html::decode_entities(&s);
        let _ = header::header_date(&s);
    }
}
