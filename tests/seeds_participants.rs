//! Issue 4's acceptance on the bundled seeds, through the binary:
//! participant counts and lists, event dates and name variants.

use assert_cmd::Command;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// The CSV as (header, rows).
fn table(bytes: &[u8]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut r = csv::Reader::from_reader(bytes);
    let h = r.headers().unwrap().clone();
    (h.clone(), r.records().map(|x| x.unwrap()).collect())
}

fn col<'a>(h: &csv::StringRecord, row: &'a csv::StringRecord, name: &str) -> &'a str {
    &row[h.iter().position(|x| x == name).unwrap_or_else(|| panic!("no column {name}"))]
}

const D000: &str = "000_099dc4a42938c67f.txt";
const D001: &str = "001_d43e4ed34428a101.txt";
const D002: &str = "002_64716e510a3de195.txt";
const D003: &str = "003_7204677c4c2a84c1.txt";
const D004: &str = "004_31b6f4925f6b235b.txt";

#[test]
fn check_reports_counts_and_name_variants_only() {
    let out = claimdiff().args(["check", "--format", "csv"]).assert().success().get_output().stdout.clone();
    let (h, rows) = table(&out);
    let new: Vec<Vec<&str>> = rows
        .iter()
        .filter(|r| !col(&h, r, "rule").starts_with("casualty-"))
        .map(|r| {
            ["rule", "severity", "kind", "topic", "doc_a", "value_a", "others_a", "doc_b", "value_b", "others_b"]
                .iter()
                .map(|c| col(&h, r, c))
                .collect()
        })
        .collect();
    // Sorted by severity, then rule, topic, documents.
    assert_eq!(
        new,
        vec![
            // 30 expected (13 Jan) is the earlier side; 40 attended (23 Jan) the later.
            vec![
                "participant-counts-disagree",
                "warning",
                "participant_count",
                "geneva-ii/participants",
                D001,
                "30",
                "",
                D000,
                "40",
                ""
            ],
            // Within one document: Moallem (line 10) then Muallem (line 16).
            vec![
                "entity-name-variants",
                "info",
                "mention",
                "entities/names",
                D000,
                "Walid Moallem",
                "",
                D000,
                "Walid Muallem",
                ""
            ],
            // 000 and 001 (both 13 Jan or later) spell Ahmed; 002 Ahmad. 001 is the earliest Ahmed.
            vec![
                "entity-name-variants",
                "info",
                "mention",
                "entities/names",
                D001,
                "Ahmed Jarba",
                D000,
                D002,
                "Ahmad Jarba",
                ""
            ],
            vec![
                "entity-name-variants",
                "info",
                "mention",
                "entities/names",
                D002,
                "Al Qaeda",
                "",
                D004,
                "Al-Queda",
                ""
            ],
            // 003 (May 2013) is the earliest and spells both: Sergey first (line 8).
            vec![
                "entity-name-variants",
                "info",
                "mention",
                "entities/names",
                D003,
                "Sergey Lavrov",
                D000,
                D003,
                "Sergei Lavrov",
                "000_099dc4a42938c67f.txt;001_d43e4ed34428a101.txt;002_64716e510a3de195.txt"
            ],
        ]
    );
    let msg = rows.iter().find(|r| col(&h, r, "rule") == "participant-counts-disagree").map(|r| col(&h, r, "message"));
    assert_eq!(
        msg,
        Some(&*format!(
            "participants of geneva-ii: 30 expected ({D001}, 2014-01-13) vs 40 attended ({D000}, 2014-01-23)"
        ))
    );
    let lavrov = rows.iter().find(|r| col(&h, r, "value_a") == "Sergey Lavrov").map(|r| col(&h, r, "message"));
    assert_eq!(
        lavrov,
        Some(&*format!(
            "name spelt more than one way: Sergey Lavrov ({D003}) and Sergei Lavrov ({D003}); spellings: Sergey Lavrov ({D000}, {D003}); Sergei Lavrov ({D000}, {D001}, {D002}, {D003})"
        ))
    );
    // No date disagreement (Geneva II's start, the communiqué of June 2012) and no Council/Coalition merge.
    assert!(!rows.iter().any(|r| col(&h, r, "rule") == "event-dates-disagree"));
    assert!(!rows.iter().any(|r| col(&h, r, "message").contains("National Council")));
}

#[test]
fn extract_lists_participants_counts_and_event_dates() {
    let out = claimdiff().arg("extract").assert().success().get_output().stdout.clone();
    let (h, rows) = table(&out);
    let pick = |kind: &str, cols: &[&str]| -> Vec<Vec<String>> {
        rows.iter()
            .filter(|r| col(&h, r, "kind") == kind)
            .map(|r| cols.iter().map(|c| col(&h, r, c).to_string()).collect())
            .collect()
    };
    let members = pick("participants", &["doc", "subject", "value", "status", "text"]);
    let want: Vec<(&str, &str, &str)> = vec![
        ("Arab League", "in", "League of Arab States"),
        ("China", "in", "China"),
        ("France", "in", "France"),
        ("Russia", "in", "Russia"),
        ("United Kingdom", "in", "United Kingdom"),
        ("United States", "in", "United States"),
        ("Turkey", "in", "Turkey"),
        ("Iraq", "in", "Iraq"),
        ("Kuwait", "in", "Kuwait"),
        ("Qatar", "in", "Qatar"),
        ("Syrian government", "out", "Syrian government"),
        ("Iran", "out", "Iran"),
    ];
    let want: Vec<Vec<String>> = want
        .into_iter()
        .map(|(v, s, t)| vec![D004.into(), "geneva-communique".into(), v.into(), s.into(), t.into()])
        .collect();
    assert_eq!(members, want);

    let counts = pick("participant_count", &["doc", "subject", "value", "unit", "status"]);
    assert_eq!(
        counts,
        vec![
            vec![D000, "geneva-ii", "40", "countries", "attended"],
            vec![D001, "geneva-ii", "30", "countries", "expected"],
            vec![D002, "friends-of-syria", "11", "countries", "member"],
            // The list of ten signatories, as a count to check against others.
            vec![D004, "geneva-communique", "10", "members", "listed"],
        ]
    );

    let dates = pick("event_date", &["doc", "subject", "population", "value", "status"]);
    let s = |v: [&str; 5]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        dates,
        vec![
            s([D000, "geneva-ii", "resumed", "2014-01-24", "planned"]),
            s([D000, "geneva-ii", "start", "2014-01-22", "happened"]),
            s([D000, "geneva-ii", "direct-talks", "2014-01-24", "planned"]),
            s([D001, "geneva-ii", "start", "2014-01-22", "planned"]),
            s([D001, "geneva-ii", "start", "2014-01-22", "planned"]),
            s([D001, "geneva-communique", "start", "2012-06", "happened"]),
            s([D002, "friends-of-syria", "start", "2014-01-12", "happened"]),
            s([D002, "geneva-ii", "start", "2014-01-22", "planned"]),
            s([D002, "geneva-communique", "start", "2012-06", "happened"]),
            s([D003, "geneva-communique", "start", "2012-06-30", "happened"]),
            s([D004, "geneva-ii", "start", "2014-01-22", "happened"]),
            s([D004, "geneva-ii", "round-2", "2014-02-10", "happened"]),
            s([D004, "geneva-ii", "start", "2014-01-22", "happened"]),
        ]
    );
    assert!(!rows.iter().any(|r| col(&h, r, "kind") == "mention"), "mentions stay out of the claims CSV");
}
