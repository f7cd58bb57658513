//! `canbo extract --format sqlite`, `canbo moves` and `canbo schema` as a user runs them,
//! on the project's own articles (`corpus/`) and on short documents written here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::Connection;

mod common;
use common::{canbo_ok, TempDir};

/// The project's example articles, as inputs.
fn corpus() -> [String; 2] {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    [
        dir.join("articles.jsonl").display().to_string(),
        dir.join("txt").display().to_string(),
    ]
}

fn count(conn: &Connection, table: &str) -> usize {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| n as usize)
    .unwrap_or_else(|e| panic!("{table}: {e}"))
}

/// A CSV output as one map of column to value per row.
fn csv_rows(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a header").clone();
    reader
        .records()
        .map(|row| {
            let row = row.expect("a CSV row");
            header
                .iter()
                .zip(row.iter())
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// A database value as the CSV writes it: `NULL` empty, numbers in their shortest form.
fn as_csv(value: Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => (x as f32).to_string(),
        Value::Text(s) => s,
        Value::Blob(b) => panic!("a blob: {b:?}"),
    }
}

#[test]
fn the_database_holds_every_record_of_the_csv_and_a_second_load_adds_nothing() {
    let tmp = TempDir::new("db-corpus");
    let [articles, txt] = corpus();
    let csv = canbo_ok(tmp.path(), &["extract", &articles, &txt], None, 0);
    let rows = csv_rows(&csv.stdout);
    assert!(rows.len() > 50, "{}", csv.stderr);

    let args = [
        "extract", &articles, &txt, "--format", "sqlite", "-o", "ra.db",
    ];
    let first = canbo_ok(tmp.path(), &args, None, 0);
    assert_eq!(first.stdout, "");
    assert!(
        first
            .stderr
            .contains("canbo: database ra.db: 46 documents added, 0 replaced, 0 unchanged"),
        "{}",
        first.stderr
    );
    let db = tmp.path().join("ra.db");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "documents"), 46);
    assert_eq!(count(&conn, "records"), rows.len());
    // Each record once in a move, every move with a source.
    assert_eq!(count(&conn, "move_sources"), rows.len());
    let moves = count(&conn, "moves");
    assert!(moves > 0 && moves <= rows.len());

    // Every CSV row is a row of `records`, column for column, under the same record_id.
    let mut query = conn
        .prepare("SELECT * FROM records WHERE record_id = ?1")
        .unwrap();
    let columns: Vec<String> = query.column_names().into_iter().map(String::from).collect();
    for row in &rows {
        let stored: BTreeMap<String, String> = query
            .query_row([&row["record_id"]], |r| {
                columns
                    .iter()
                    .enumerate()
                    .map(|(i, name)| Ok((name.clone(), as_csv(r.get(i)?))))
                    .collect()
            })
            .unwrap_or_else(|e| panic!("{}: {e}", row["record_id"]));
        assert_eq!(&stored, row);
    }
    let documents: i64 = conn
        .query_row("SELECT sum(records) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(documents as usize, rows.len());
    drop(query);
    drop(conn);

    // The same input again: nothing added, nothing changed.
    let careers = canbo_ok(tmp.path(), &["moves", "ra.db"], None, 0).stdout;
    let second = canbo_ok(tmp.path(), &args, None, 0);
    assert!(
        second
            .stderr
            .contains("canbo: database ra.db: 0 documents added, 0 replaced, 46 unchanged"),
        "{}",
        second.stderr
    );
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "documents"), 46);
    assert_eq!(count(&conn, "records"), rows.len());
    assert_eq!(count(&conn, "moves"), moves);
    assert_eq!(count(&conn, "move_sources"), rows.len());
    drop(conn);
    assert_eq!(
        canbo_ok(tmp.path(), &["moves", "ra.db"], None, 0).stdout,
        careers
    );
    assert_eq!(tmp.names(), ["ra.db"], "no temporary or WAL file is left");
}

/// Three documents report one move (dated to the day, to the month, not at all), a fourth
/// an earlier move to the same post, a fifth, loaded later, the move again.
const BAY: [(&str, &str); 5] = [
    (
        "m-1",
        "Ông Trần Văn Bảy, Phó Giám đốc Sở Xây dựng, được bổ nhiệm giữ chức Giám đốc Sở Xây \
         dựng tỉnh Hà Nam từ ngày 1/7/2017.",
    ),
    (
        "m-2",
        "Tháng 7/2017, ông Trần Văn Bảy được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Hà Nam.",
    ),
    (
        "m-3",
        "Bà Lê Thị Hoa được bầu giữ chức Chủ tịch UBND huyện Duy Tiên. Ông Trần Văn Bảy được \
         bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Hà Nam.",
    ),
    (
        "m-4",
        "Năm 2010, ông Trần Văn Bảy được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Hà Nam.",
    ),
    (
        "m-5",
        "UBND tỉnh Hà Nam vừa trao quyết định bổ nhiệm ông Trần Văn Bảy giữ chức Giám đốc Sở \
         Xây dựng tỉnh Hà Nam kể từ ngày 1/7/2017.",
    ),
];

fn write_documents(tmp: &TempDir, name: &str, docs: &[(&str, &str)]) -> PathBuf {
    let jsonl: String = docs
        .iter()
        .map(|(id, text)| serde_json::json!({ "id": id, "text": text }).to_string() + "\n")
        .collect();
    tmp.write(name, jsonl)
}

#[test]
fn one_move_told_by_several_documents_is_one_move_of_the_career() {
    let tmp = TempDir::new("db-moves");
    write_documents(&tmp, "tin.jsonl", &BAY[..4]);
    write_documents(&tmp, "them.jsonl", &BAY[4..]);
    let load = |input| {
        canbo_ok(
            tmp.path(),
            &["extract", input, "--format", "sqlite", "-o", "ra.db"],
            None,
            0,
        )
    };
    load("tin.jsonl");
    let career = canbo_ok(
        tmp.path(),
        &["moves", "ra.db", "--person", "ông TRẦN VĂN BẢY"],
        None,
        0,
    );
    assert_eq!(
        career.stdout,
        "Trần Văn Bảy\n  \
         2010        Giám đốc Sở Xây dựng tỉnh Hà Nam  [1 document: m-4]\n  \
         2017-07-01  Giám đốc Sở Xây dựng tỉnh Hà Nam (from Phó Giám đốc Sở Xây dựng)  \
         [3 documents: m-1, m-2, m-3]\n"
    );
    // Another document, loaded later, joins the move.
    load("them.jsonl");
    let career = canbo_ok(
        tmp.path(),
        &["moves", "ra.db", "--person", "Trần Văn Bảy"],
        None,
        0,
    );
    assert!(
        career.stdout.contains("[4 documents: m-1, m-2, m-3, m-5]"),
        "{}",
        career.stdout
    );
    // Everyone's careers, one person after another.
    let all = canbo_ok(tmp.path(), &["moves", "ra.db"], None, 0).stdout;
    assert!(all.starts_with("Lê Thị Hoa\n  ?           Chủ tịch UBND huyện Duy Tiên  [1 document: m-3]\nTrần Văn Bảy\n"), "{all}");
    // Nobody of that name: nothing, and exit 1.
    let nobody = canbo_ok(
        tmp.path(),
        &["moves", "ra.db", "--person", "Ngô Văn Không"],
        None,
        1,
    );
    assert_eq!(nobody.stdout, "");
    assert!(
        nobody.stderr.contains("no moves of Ngô Văn Không"),
        "{}",
        nobody.stderr
    );
}

#[test]
fn what_cannot_be_a_database_is_refused_and_left_as_it_was() {
    let tmp = TempDir::new("db-refused");
    write_documents(&tmp, "tin.jsonl", &BAY[..1]);
    let no_output = canbo_ok(
        tmp.path(),
        &["extract", "tin.jsonl", "--format", "sqlite"],
        None,
        2,
    );
    assert!(
        no_output.stderr.contains("--format sqlite needs -o"),
        "{}",
        no_output.stderr
    );
    let earlier = "record_id,doc_id\r\nabc,bai-cu\r\n";
    tmp.write("ra.csv", earlier);
    let run = canbo_ok(
        tmp.path(),
        &["extract", "tin.jsonl", "--format", "sqlite", "-o", "ra.csv"],
        None,
        2,
    );
    assert!(
        run.stderr.contains("ra.csv: file is not a database"),
        "{}",
        run.stderr
    );
    assert_eq!(tmp.read("ra.csv").as_deref(), Some(earlier));
    assert_eq!(tmp.names(), ["ra.csv", "tin.jsonl"]);
    let missing = canbo_ok(tmp.path(), &["moves", "khong-co.db"], None, 2);
    assert!(
        missing.stderr.starts_with("canbo: khong-co.db: "),
        "{}",
        missing.stderr
    );
}

/// `canbo schema sqlite` makes a database that canbo loads into; `canbo schema postgres`
/// gives the same tables and the records' columns in the CSV's order.
#[test]
fn the_schema_printed_is_the_schema_loaded() {
    let tmp = TempDir::new("db-schema");
    let sqlite = canbo_ok(tmp.path(), &["schema", "sqlite"], None, 0).stdout;
    let postgres = canbo_ok(tmp.path(), &["schema", "postgres"], None, 0).stdout;
    Connection::open(tmp.path().join("ra.db"))
        .unwrap()
        .execute_batch(&sqlite)
        .unwrap();
    write_documents(&tmp, "tin.jsonl", &BAY[..2]);
    let run = canbo_ok(
        tmp.path(),
        &["extract", "tin.jsonl", "--format", "sqlite", "-o", "ra.db"],
        None,
        0,
    );
    assert!(run.stderr.contains("2 documents added"), "{}", run.stderr);

    let header = canbo_ok(tmp.path(), &["extract", "tin.jsonl"], None, 0).stdout;
    let header: Vec<&str> = header.lines().next().unwrap_or("").split(',').collect();
    for ddl in [&sqlite, &postgres] {
        let records = ddl
            .split("CREATE TABLE IF NOT EXISTS records (\n")
            .nth(1)
            .and_then(|rest| rest.split("\n);").next())
            .expect("a records table");
        let columns: Vec<&str> = records
            .lines()
            .filter_map(|line| line.split_whitespace().next())
            .collect();
        assert_eq!(columns, header);
        for table in ["documents", "moves", "move_sources", "places_2025"] {
            assert!(
                ddl.contains(&format!("CREATE TABLE IF NOT EXISTS {table} (")),
                "{ddl}"
            );
        }
    }
}
