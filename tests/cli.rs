//! The `canbo` binary as a user runs it: inputs of every kind, the output columns and
//! formats, evidence offsets, bad input, determinism, tone style, `eval` and `--quiet`.
//!
//! Every test runs the built binary (`CARGO_BIN_EXE_canbo`) in a fresh temporary
//! directory. The documents are short Vietnamese news sentences written for these tests,
//! each reporting one move whose record is unambiguous.

use std::fs;
use std::io::Write;
use std::path::Path;

use serde_json::Value;

/// The columns every record starts with, in order (README, "Output columns").
const LEADING_COLUMNS: &[&str] = &[
    "record_id",
    "doc_id",
    "person",
    "from_post",
    "to_post",
    "date",
    "kind",
    "date_text",
    "evidence",
    "evidence_field",
    "evidence_start",
    "evidence_end",
];

/// One appointment, with an effective date.
const AN: &str = "Ông Nguyễn Văn An, Phó Giám đốc Sở Tài chính, được bổ nhiệm giữ chức \
                  Giám đốc Sở Tài chính tỉnh Nam Định từ ngày 1/7/2017.";
/// One election.
const BINH: &str = "Bà Trần Thị Bình, Phó Chủ tịch UBND huyện Hải Hậu, được bầu giữ chức \
                    Chủ tịch UBND huyện Hải Hậu ngày 15/3/2019.";
/// One transfer.
const CUONG: &str = "Ông Lê Minh Cường, Chánh Văn phòng Tỉnh ủy, được điều động giữ chức \
                     Trưởng Ban Tổ chức Tỉnh ủy Thái Bình từ ngày 1/10/2018.";
/// One appointment without a date, with "hòa" and "ủy" in its posts.
const DUNG: &str = "Ông Phạm Văn Dũng, Phó Chủ tịch UBND tỉnh Hòa Bình, được bổ nhiệm giữ chức \
                    Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.";

/// The expected `(person, from_post, to_post, date, kind)` of each sentence above.
const AN_RECORD: [&str; 5] = [
    "Nguyễn Văn An",
    "Phó Giám đốc Sở Tài chính",
    "Giám đốc Sở Tài chính tỉnh Nam Định",
    "2017-07-01",
    "bổ nhiệm",
];
const BINH_RECORD: [&str; 5] = [
    "Trần Thị Bình",
    "Phó Chủ tịch UBND huyện Hải Hậu",
    "Chủ tịch UBND huyện Hải Hậu",
    "2019-03-15",
    "bầu",
];
const CUONG_RECORD: [&str; 5] = [
    "Lê Minh Cường",
    "Chánh Văn phòng Tỉnh ủy",
    "Trưởng Ban Tổ chức Tỉnh ủy Thái Bình",
    "2018-10-01",
    "điều động",
];
const DUNG_RECORD: [&str; 5] = [
    "Phạm Văn Dũng",
    "Phó Chủ tịch UBND tỉnh Hòa Bình",
    "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
    "",
    "bổ nhiệm",
];

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

mod common;
use common::{canbo_ok, TempDir};

/// One JSON Lines line for a document.
fn json_doc(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

/// Gzip-compresses `data`.
/// The four sentences above as `tin.jsonl`, ids `c-1` to `c-4`.
fn write_four_documents(tmp: &TempDir) {
    let jsonl = [("c-1", AN), ("c-2", BINH), ("c-3", CUONG), ("c-4", DUNG)]
        .iter()
        .map(|(id, text)| json_doc(id, text) + "\n")
        .collect::<String>();
    tmp.write("tin.jsonl", jsonl);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).expect("gzip to memory");
    enc.finish().expect("gzip to memory")
}

/// CSV output as (header, rows).
fn parse_csv(out: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let header = rdr
        .headers()
        .expect("CSV has a header")
        .iter()
        .map(String::from)
        .collect();
    let rows = rdr
        .records()
        .map(|r| {
            r.expect("CSV row parses")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect();
    (header, rows)
}

/// CSV output as one map per row, keyed by column name.
fn csv_records(out: &str) -> Vec<serde_json::Map<String, Value>> {
    let (header, rows) = parse_csv(out);
    rows.into_iter()
        .map(|row| {
            header
                .iter()
                .cloned()
                .zip(row.into_iter().map(Value::String))
                .collect()
        })
        .collect()
}

/// JSON Lines output as objects.
fn jsonl_records(out: &str) -> Vec<serde_json::Map<String, Value>> {
    out.lines()
        .map(|line| match serde_json::from_str(line) {
            Ok(Value::Object(map)) => map,
            other => panic!("not a JSON object: {line:?} ({other:?})"),
        })
        .collect()
}

/// `(doc_id, person, from_post, to_post, date, kind)` of each CSV row.
fn moves(out: &str) -> Vec<[String; 6]> {
    csv_records(out)
        .iter()
        .map(|r| {
            ["doc_id", "person", "from_post", "to_post", "date", "kind"]
                .map(|k| str_field(r, k).to_string())
        })
        .collect()
}

/// The expected row prefix of a record of `doc_id`.
fn expect(doc_id: &str, record: [&str; 5]) -> [String; 6] {
    let [person, from, to, date, kind] = record;
    [doc_id, person, from, to, date, kind].map(String::from)
}

fn str_field<'a>(record: &'a serde_json::Map<String, Value>, key: &str) -> &'a str {
    record
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{key} is not a string in {record:?}"))
}

fn offset_field(record: &serde_json::Map<String, Value>, key: &str) -> usize {
    let value = record
        .get(key)
        .unwrap_or_else(|| panic!("no {key} in {record:?}"));
    value
        .as_u64()
        .map(|n| n as usize)
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or_else(|| panic!("{key} is not an offset in {record:?}"))
}

// ---------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------

#[test]
fn txt_file_doc_id_is_the_path_as_given() {
    let tmp = TempDir::new("txt");
    let abs = tmp.write("tin-bo-nhiem.txt", format!("{AN}\n"));
    let abs = abs.to_str().expect("temp path is UTF-8");
    for given in ["tin-bo-nhiem.txt", "./tin-bo-nhiem.txt", abs] {
        let run = canbo_ok(tmp.path(), &["extract", given], None, 0);
        assert_eq!(moves(&run.stdout), [expect(given, AN_RECORD)], "{given}");
    }
}

#[test]
fn jsonl_file_reads_id_doc_id_title_text_and_date() {
    let tmp = TempDir::new("jsonl");
    let lines = [
        serde_json::json!({"id": "bai-1", "title": "Tân Chủ tịch UBND huyện Hải Hậu", "text": BINH, "date": "2019-03-16"}),
        serde_json::json!({"doc_id": "bai-2", "text": CUONG, "url": "https://example.vn/bai-2"}),
        // The move is only in the title: the title is part of the document.
        serde_json::json!({"id": "bai-3",
            "title": "Ông Lê Văn Hải được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Nam Định",
            "text": "Sáng nay, tỉnh tổ chức hội nghị công bố quyết định. Hội nghị diễn ra tại trụ sở Sở Xây dựng."}),
        // A year-less date takes the document's year from `date` …
        serde_json::json!({"id": "bai-4", "date": "2020-07-30T08:00:00+07:00",
            "text": "Bà Đỗ Thị Hồng, Trưởng phòng Quản lý đô thị, được bổ nhiệm giữ chức Phó Giám đốc Sở Xây dựng từ ngày 1/8."}),
        // … and stays year-less without one.
        serde_json::json!({"id": "bai-5",
            "text": "Bà Đỗ Thị Hồng, Trưởng phòng Quản lý đô thị, được bổ nhiệm giữ chức Phó Giám đốc Sở Xây dựng từ ngày 1/8."}),
    ];
    let data: String = lines.iter().map(|l| format!("{l}\n")).collect();
    tmp.write("tin.jsonl", data);
    let run = canbo_ok(
        tmp.path(),
        &["extract", "tin.jsonl", "--format", "jsonl"],
        None,
        0,
    );
    let got: Vec<[String; 5]> = jsonl_records(&run.stdout)
        .iter()
        .map(|r| {
            ["doc_id", "person", "to_post", "date", "evidence_field"]
                .map(|key| str_field(r, key).to_string())
        })
        .collect();
    let expected = [
        [
            "bai-1",
            "Trần Thị Bình",
            "Chủ tịch UBND huyện Hải Hậu",
            "2019-03-15",
            "text",
        ],
        [
            "bai-2",
            "Lê Minh Cường",
            "Trưởng Ban Tổ chức Tỉnh ủy Thái Bình",
            "2018-10-01",
            "text",
        ],
        [
            "bai-3",
            "Lê Văn Hải",
            "Giám đốc Sở Xây dựng tỉnh Nam Định",
            "",
            "title",
        ],
        [
            "bai-4",
            "Đỗ Thị Hồng",
            "Phó Giám đốc Sở Xây dựng",
            "2020-08-01",
            "text",
        ],
        [
            "bai-5",
            "Đỗ Thị Hồng",
            "Phó Giám đốc Sở Xây dựng",
            "--08-01",
            "text",
        ],
    ]
    .map(|row| row.map(String::from));
    assert_eq!(got, expected);
}

#[test]
fn directory_is_read_recursively_in_sorted_order_other_files_skipped() {
    let tmp = TempDir::new("dir");
    // Written out of order; names chosen so that sorted paths and a sorted walk agree.
    tmp.write("tin/c.txt", DUNG);
    tmp.write("tin/a.jsonl", format!("{}\n", json_doc("j-an", AN)));
    tmp.write("tin/b/d.txt", CUONG);
    tmp.write("tin/b/c.jsonl", format!("{}\n", json_doc("j-binh", BINH)));
    // Not .txt or .jsonl, nor JSON Lines by content: skipped and counted, though each
    // holds a move.
    tmp.write("tin/ghi-chu.md", AN);
    tmp.write("tin/b/bang.csv", format!("doc_id,text\nx,\"{BINH}\"\n"));
    tmp.write("tin/b/tin.txt.bak", CUONG);
    let run = canbo_ok(tmp.path(), &["extract", "tin"], None, 1);
    let skipped: Vec<&str> = run
        .diagnostics()
        .iter()
        .map(|l| l.split(": unknown file kind").next().unwrap_or(l))
        .collect();
    assert_eq!(
        skipped,
        ["tin/b/bang.csv", "tin/b/tin.txt.bak", "tin/ghi-chu.md"]
    );
    assert_eq!(
        moves(&run.stdout),
        [
            expect("j-an", AN_RECORD),
            expect("j-binh", BINH_RECORD),
            expect("tin/b/d.txt", CUONG_RECORD),
            expect("tin/c.txt", DUNG_RECORD),
        ]
    );
    assert!(
        run.summary().starts_with(
            "canbo: 4 documents read, 4 with records, 4 records; 3 skipped (3 unknown file kind)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn stdin_json_lines_plain_or_gzip_with_dash_or_no_input() {
    let tmp = TempDir::new("stdin");
    let plain = format!("{}\n{}\n", json_doc("s-1", AN), json_doc("s-2", CUONG));
    let packed = gzip(plain.as_bytes());
    let cases: [(&[&str], &[u8]); 4] = [
        (&["extract"], plain.as_bytes()),
        (&["extract", "-"], plain.as_bytes()),
        (&["extract"], &packed),
        (&["extract", "-"], &packed),
    ];
    for (args, input) in cases {
        let run = canbo_ok(tmp.path(), args, Some(input), 0);
        assert_eq!(
            moves(&run.stdout),
            [expect("s-1", AN_RECORD), expect("s-2", CUONG_RECORD)],
            "{args:?}, gzip: {}",
            input.starts_with(&[0x1f, 0x8b])
        );
    }
}

#[test]
fn gzip_is_detected_by_its_magic_bytes_not_its_name() {
    let tmp = TempDir::new("gz");
    let jsonl = format!("{}\n{}\n", json_doc("g-1", BINH), json_doc("g-2", DUNG));
    let packed = gzip(jsonl.as_bytes());
    // (file name, its bytes)
    let cases: [(&str, &[u8]); 4] = [
        ("tin.jsonl.gz", &packed),
        ("nen-khong-duoi.jsonl", &packed),
        ("khong-nen.jsonl.gz", jsonl.as_bytes()),
        ("tin.ndjson.gz", &packed),
    ];
    for (name, data) in cases {
        tmp.write(name, data);
        let run = canbo_ok(tmp.path(), &["extract", name], None, 0);
        assert_eq!(
            moves(&run.stdout),
            [expect("g-1", BINH_RECORD), expect("g-2", DUNG_RECORD)],
            "{name}"
        );
    }
    let gz_txt = TempDir::new("gz-txt");
    gz_txt.write("an.txt.gz", gzip(AN.as_bytes()));
    gz_txt.write("tin/cuong.txt", gzip(CUONG.as_bytes()));
    let run = canbo_ok(gz_txt.path(), &["extract", "an.txt.gz", "tin"], None, 0);
    assert_eq!(
        moves(&run.stdout),
        [
            expect("an.txt.gz", AN_RECORD),
            expect("tin/cuong.txt", CUONG_RECORD)
        ]
    );
}

#[test]
fn json_lines_extensions() {
    let tmp = TempDir::new("ext");
    for name in ["tin.jsonl", "tin.ndjson", "tin.json"] {
        tmp.write(name, json_doc("x-1", CUONG) + "\n");
        let run = canbo_ok(tmp.path(), &["extract", name], None, 0);
        assert_eq!(moves(&run.stdout), [expect("x-1", CUONG_RECORD)], "{name}");
    }
}

#[test]
fn bad_lines_on_stdin_are_reported_as_dash() {
    let tmp = TempDir::new("stdin-bad");
    let input = format!(
        "{}\n{{\"id\": \"hong\"\n{}\n",
        json_doc("s-1", AN),
        json_doc("s-2", CUONG)
    );
    for data in [input.as_bytes().to_vec(), gzip(input.as_bytes())] {
        let run = canbo_ok(tmp.path(), &["extract"], Some(&data), 1);
        assert_eq!(run.diagnostics().len(), 1, "{}", run.stderr);
        assert!(
            run.diagnostics()[0].starts_with("-:2: malformed JSON"),
            "{}",
            run.stderr
        );
        assert_eq!(
            moves(&run.stdout),
            [expect("s-1", AN_RECORD), expect("s-2", CUONG_RECORD)]
        );
    }
}

// ---------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------

#[test]
fn csv_header_then_jsonl_with_the_same_keys_and_values() {
    let tmp = TempDir::new("columns");
    write_four_documents(&tmp);
    let csv_run = canbo_ok(tmp.path(), &["extract", "tin.jsonl"], None, 0);
    let (header, rows) = parse_csv(&csv_run.stdout);
    assert_eq!(&header[..LEADING_COLUMNS.len()], LEADING_COLUMNS);
    assert!(header.len() > LEADING_COLUMNS.len(), "{header:?}");
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.len() == header.len()));

    let json_run = canbo_ok(
        tmp.path(),
        &["extract", "tin.jsonl", "--format", "jsonl"],
        None,
        0,
    );
    let objects = jsonl_records(&json_run.stdout);
    assert_eq!(objects.len(), rows.len());
    let csv_objects = csv_records(&csv_run.stdout);
    let mut columns = header.clone();
    columns.sort();
    for (object, row) in objects.iter().zip(&csv_objects) {
        // serde_json's map is sorted by key, so compare with the sorted header.
        let keys: Vec<&String> = object.keys().collect();
        assert_eq!(keys, columns.iter().collect::<Vec<_>>());
        for column in &header {
            let value = object
                .get(column)
                .unwrap_or_else(|| panic!("no {column} in {object:?}"));
            let as_text = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(Some(&Value::String(as_text)), row.get(column), "{column}");
        }
    }
}

#[test]
fn output_file_with_dash_o() {
    let tmp = TempDir::new("out");
    tmp.write("an.txt", AN);
    let run = canbo_ok(tmp.path(), &["extract", "an.txt", "-o", "ra.csv"], None, 0);
    assert_eq!(run.stdout, "");
    let written = fs::read_to_string(tmp.path().join("ra.csv")).expect("-o file written");
    assert_eq!(moves(&written), [expect("an.txt", AN_RECORD)]);
    // `-o -` is standard output, as in most tools: no file named "-".
    let run = canbo_ok(tmp.path(), &["extract", "an.txt", "-o", "-"], None, 0);
    assert_eq!(moves(&run.stdout), [expect("an.txt", AN_RECORD)]);
    assert!(!tmp.path().join("-").exists());
}

#[test]
fn no_records_gives_a_header_only() {
    let tmp = TempDir::new("empty");
    let quiet = "Chiều nay, trời Nam Định mưa to. Nông dân khẩn trương thu hoạch lúa.";
    let run = canbo_ok(
        tmp.path(),
        &["extract"],
        Some(json_doc("e", quiet).as_bytes()),
        0,
    );
    let (header, rows) = parse_csv(&run.stdout);
    assert_eq!(&header[..LEADING_COLUMNS.len()], LEADING_COLUMNS);
    assert!(rows.is_empty());
    assert!(run
        .summary()
        .starts_with("canbo: 1 documents read, 0 with records, 0 records; 0 skipped"));
}

/// The sentences of a document whose original text differs from its normalized form: a
/// zero-width space inside a post, names in NFD, and a honorific glued to the name
/// ("ôngLê"). Returns (title, text sentences); the text is the sentences joined by a space.
fn messy_document() -> (String, Vec<String>) {
    use unicode_normalization::UnicodeNormalization;
    let nfd = |s: &str| -> String { s.nfd().collect() };
    assert_ne!(nfd("Đỗ Thị Hồng"), "Đỗ Thị Hồng");
    let title = format!(
        "Ông\u{200b} Vũ Quang {} được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế tỉnh Nam Định",
        nfd("Huy")
    );
    let sentences = vec![
        "Chiều 2/8, tỉnh Nam Định công bố quyết định về công tác cán bộ.".to_string(),
        "Theo đó, ôngLê Văn Hải, Phó Giám\u{200b} đốc Sở Xây dựng, được bổ nhiệm giữ chức \
         Giám đốc Sở Xây dựng tỉnh Nam Định từ ngày 1/8/2020."
            .to_string(),
        format!(
            "Bà {}, Trưởng phòng Quản lý đô thị, được bổ nhiệm giữ chức Phó Giám đốc Sở Xây \
             dựng từ ngày 1/8/2020.",
            nfd("Đỗ Thị Hồng")
        ),
    ];
    (title, sentences)
}

/// What the normalizer should make of a messy sentence: no zero-width space, NFC, the
/// glued honorific split.
fn clean(sentence: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let nfc: String = sentence.replace('\u{200b}', "").nfc().collect();
    nfc.replace("ôngLê", "ông Lê")
}

#[test]
fn evidence_offsets_slice_the_original_sentence() {
    let tmp = TempDir::new("evidence");
    let (title, sentences) = messy_document();
    let text = sentences.join(" ");
    let doc = serde_json::json!({"id": "n-1", "title": title, "text": text, "date": "2020-08-02"});
    tmp.write("tin.jsonl", format!("{doc}\n"));
    tmp.write("tin.txt", &text);
    // (field, original sentence, person) of each expected record.
    let expected = [
        ("title", title.as_str(), "Vũ Quang Huy"),
        ("text", sentences[1].as_str(), "Lê Văn Hải"),
        ("text", sentences[2].as_str(), "Đỗ Thị Hồng"),
    ];
    let cases = [
        ("tin.jsonl", "csv", &expected[..]),
        ("tin.jsonl", "jsonl", &expected[..]),
        ("tin.txt", "jsonl", &expected[1..]),
    ];
    for (input, format, expected) in cases {
        let run = canbo_ok(tmp.path(), &["extract", input, "--format", format], None, 0);
        let records = match format {
            "csv" => csv_records(&run.stdout),
            _ => jsonl_records(&run.stdout),
        };
        assert_eq!(
            records.len(),
            expected.len(),
            "{input} {format}: {records:?}"
        );
        for (record, &(field_name, sentence, person)) in records.iter().zip(expected) {
            let case = format!("{input} {format} {person}");
            assert_eq!(str_field(record, "person"), person, "{case}");
            assert_eq!(str_field(record, "evidence_field"), field_name, "{case}");
            let field = if field_name == "title" { &title } else { &text };
            let (start, end) = (
                offset_field(record, "evidence_start"),
                offset_field(record, "evidence_end"),
            );
            let slice = field
                .get(start..end)
                .unwrap_or_else(|| panic!("{case}: {start}..{end} does not slice {field:?}"));
            // The slice is the original sentence, byte for byte …
            assert_eq!(slice, sentence, "{case}");
            // … while the evidence is its normalized form, which differs from it.
            let evidence = str_field(record, "evidence");
            assert_eq!(evidence, clean(sentence), "{case}");
            assert_ne!(evidence, slice, "{case}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------

#[test]
fn each_bad_line_or_file_is_reported_and_the_run_goes_on() {
    let good_1 = json_doc("tot-1", AN);
    let good_2 = json_doc("tot-2", CUONG);
    // (what is wrong, the bad line, the expected stderr line after `FILE:LINE: `, the
    // summary's skip label)
    let cases = [
        (
            "malformed JSON",
            r#"{"id": "hong", "text": "Ông A"#.to_string(),
            "malformed JSON",
            "1 malformed JSON",
        ),
        (
            "no text",
            r#"{"id": "khong-van-ban", "title": "Tin nhân sự"}"#.to_string(),
            "no text",
            "1 no text",
        ),
        (
            "no id",
            serde_json::json!({ "text": BINH }).to_string(),
            "no id",
            "1 no id",
        ),
        (
            "text not a string",
            r#"{"id": "so", "text": 42}"#.to_string(),
            "text is not a string",
            "1 text is not a string",
        ),
        (
            "empty id",
            serde_json::json!({ "id": "", "text": BINH }).to_string(),
            "empty id",
            "1 empty id",
        ),
    ];
    for (what, bad, reason, label) in cases {
        let tmp = TempDir::new("bad");
        tmp.write("tin.jsonl", format!("{good_1}\n{bad}\n{good_2}\n"));
        let run = canbo_ok(tmp.path(), &["extract", "tin.jsonl"], None, 1);
        let diagnostics = run.diagnostics();
        assert_eq!(diagnostics.len(), 1, "{what}: {}", run.stderr);
        assert!(
            diagnostics[0].starts_with(&format!("tin.jsonl:2: {reason}")),
            "{what}: {}",
            diagnostics[0]
        );
        assert_eq!(
            moves(&run.stdout),
            [expect("tot-1", AN_RECORD), expect("tot-2", CUONG_RECORD)],
            "{what}"
        );
        assert!(
            run.summary().starts_with(&format!(
                "canbo: 2 documents read, 2 with records, 2 records; 1 skipped ({label})"
            )),
            "{what}: {}",
            run.summary()
        );
    }
}

#[test]
fn missing_file_is_reported_and_the_run_goes_on() {
    let tmp = TempDir::new("missing");
    tmp.write("an.txt", AN);
    tmp.write("tin.jsonl", json_doc("tot-2", CUONG) + "\n");
    let run = canbo_ok(
        tmp.path(),
        &[
            "extract",
            "an.txt",
            "khong-co.jsonl",
            "khong-co.txt",
            "tin.jsonl",
        ],
        None,
        1,
    );
    let diagnostics = run.diagnostics();
    assert_eq!(diagnostics.len(), 2, "{}", run.stderr);
    assert!(
        diagnostics[0].starts_with("khong-co.jsonl: unreadable"),
        "{}",
        diagnostics[0]
    );
    assert!(
        diagnostics[1].starts_with("khong-co.txt: unreadable"),
        "{}",
        diagnostics[1]
    );
    assert_eq!(
        moves(&run.stdout),
        [expect("an.txt", AN_RECORD), expect("tot-2", CUONG_RECORD)]
    );
    assert!(
        run.summary().starts_with(
            "canbo: 2 documents read, 2 with records, 2 records; 2 skipped (2 unreadable)"
        ),
        "{}",
        run.summary()
    );
}

#[test]
fn every_kind_of_problem_at_once_is_counted_by_reason() {
    let tmp = TempDir::new("all-bad");
    let lines = [
        json_doc("tot-1", AN),
        r#"{"id": "hong", "text": "#.to_string(),
        "không phải JSON".to_string(),
        r#"{"id": "khong-van-ban"}"#.to_string(),
        serde_json::json!({ "text": BINH }).to_string(),
        String::new(),
        json_doc("tot-2", CUONG),
    ];
    tmp.write("tin.jsonl", lines.join("\n") + "\n");
    let run = canbo_ok(tmp.path(), &["extract", "tin.jsonl", "mat.jsonl"], None, 1);
    let got: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|l| l.split(": ").take(2).collect::<Vec<_>>().join(": "))
        .collect();
    assert_eq!(
        got,
        [
            "tin.jsonl:2: malformed JSON",
            "tin.jsonl:3: malformed JSON",
            "tin.jsonl:4: no text",
            "tin.jsonl:5: no id",
            "mat.jsonl: unreadable",
        ]
    );
    assert_eq!(
        moves(&run.stdout),
        [expect("tot-1", AN_RECORD), expect("tot-2", CUONG_RECORD)]
    );
    let summary = run.summary();
    assert!(
        summary.starts_with(
            "canbo: 2 documents read, 2 with records, 2 records; 5 skipped \
             (2 malformed JSON, 1 no id, 1 no text, 1 unreadable)"
        ),
        "{summary}"
    );
    let tail = regex::Regex::new(r"[0-9.]+ s, [0-9.]+ MB/s$").expect("regex");
    assert!(tail.is_match(summary), "{summary}");
}

#[test]
fn invalid_utf8_is_a_warning_and_the_document_is_read() {
    let tmp = TempDir::new("utf8");
    let mut line = b"{\"id\": \"hong-utf8\", \"text\": \"Chi\xe1u 2/8, t\xffnh Nam \xc4 \xc4\x91\xe1\xbb\x8bnh c\xf4ng b\xf4 quy\xea\xb7t \xc4\x91\xe1\xbb\x8bnh. ".to_vec();
    line.extend_from_slice(AN.as_bytes());
    line.extend_from_slice(b"\"}\n");
    tmp.write("tin.jsonl", &line);
    let mut txt = b"Tin nhanh \xff\xfe. ".to_vec();
    txt.extend_from_slice(CUONG.as_bytes());
    tmp.write("cuong.txt", &txt);
    let run = canbo_ok(tmp.path(), &["extract", "tin.jsonl", "cuong.txt"], None, 0);
    let diagnostics = run.diagnostics();
    assert_eq!(diagnostics.len(), 2, "{}", run.stderr);
    assert!(
        diagnostics[0].contains("tin.jsonl:1:"),
        "{}",
        diagnostics[0]
    );
    assert!(diagnostics[1].contains("cuong.txt"), "{}", diagnostics[1]);
    assert!(
        diagnostics.iter().all(|l| l.contains("UTF-8")),
        "{}",
        run.stderr
    );
    assert_eq!(
        moves(&run.stdout),
        [
            expect("hong-utf8", AN_RECORD),
            expect("cuong.txt", CUONG_RECORD)
        ]
    );
    assert!(
        run.summary()
            .starts_with("canbo: 2 documents read, 2 with records, 2 records; 0 skipped"),
        "{}",
        run.summary()
    );
}

#[test]
fn clean_run_exits_zero_with_a_summary() {
    let tmp = TempDir::new("clean");
    tmp.write("an.txt", AN);
    let run = canbo_ok(tmp.path(), &["extract", "an.txt"], None, 0);
    assert!(run.diagnostics().is_empty(), "{}", run.stderr);
    assert!(
        run.summary()
            .starts_with("canbo: 1 documents read, 1 with records, 1 records; 0 skipped"),
        "{}",
        run.summary()
    );
}

#[test]
fn quiet_prints_no_summary_but_still_the_problems() {
    let tmp = TempDir::new("quiet");
    tmp.write("an.txt", AN);
    let run = canbo_ok(tmp.path(), &["extract", "--quiet", "an.txt"], None, 0);
    assert_eq!(run.stderr, "");
    assert_eq!(moves(&run.stdout), [expect("an.txt", AN_RECORD)]);

    let run = canbo_ok(tmp.path(), &["extract", "-q", "an.txt", "mat.txt"], None, 1);
    assert!(
        !run.stderr.lines().any(|l| l.starts_with("canbo: ")),
        "{}",
        run.stderr
    );
    assert_eq!(run.diagnostics().len(), 1, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("mat.txt: unreadable"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------
// Determinism and tone style
// ---------------------------------------------------------------------------------------

#[test]
fn output_is_identical_in_input_order_whatever_the_threads() {
    let tmp = TempDir::new("threads");
    // 800 documents: more than one batch.
    let texts = [AN, BINH, CUONG, DUNG];
    let mut ids = Vec::new();
    let mut jsonl = String::new();
    for copy in 0..200 {
        for (i, text) in texts.iter().enumerate() {
            let id = format!("ban-{copy:03}-{i}");
            jsonl.push_str(&json_doc(&id, text));
            jsonl.push('\n');
            ids.push(id);
        }
    }
    tmp.write("nhieu.jsonl", &jsonl);
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        for format in ["csv", "jsonl"] {
            let run = canbo_ok(
                tmp.path(),
                &[
                    "extract",
                    "nhieu.jsonl",
                    "--threads",
                    threads,
                    "--format",
                    format,
                ],
                None,
                0,
            );
            outputs.push((threads, format, run.stdout));
        }
    }
    let csv_1 = &outputs[0].2;
    let jsonl_1 = &outputs[1].2;
    assert_eq!(csv_1, &outputs[2].2, "csv differs between 1 and 2 threads");
    assert_eq!(
        jsonl_1, &outputs[3].2,
        "jsonl differs between 1 and 2 threads"
    );
    let got: Vec<String> = csv_records(csv_1)
        .iter()
        .map(|r| str_field(r, "doc_id").to_string())
        .collect();
    assert_eq!(got, ids);
    // Stdin gives the same bytes.
    let run = canbo_ok(
        tmp.path(),
        &["extract", "--threads", "2"],
        Some(jsonl.as_bytes()),
        0,
    );
    assert_eq!(&run.stdout, csv_1);
}

/// `record_id` depends on the document and the record's folded person and post only: the
/// same with one thread or two, in either tone style, and unique in a run.
#[test]
fn record_id_is_the_same_whatever_the_threads_and_tone_style() {
    let tmp = TempDir::new("record-id");
    write_four_documents(&tmp);
    let ids = |args: &[&str]| -> Vec<(String, String)> {
        let run = canbo_ok(
            tmp.path(),
            &[&["extract", "tin.jsonl"], args].concat(),
            None,
            0,
        );
        csv_records(&run.stdout)
            .iter()
            .map(|r| {
                let (id, doc) = (str_field(r, "record_id"), str_field(r, "doc_id"));
                (id.to_string(), doc.to_string())
            })
            .collect()
    };
    let one = ids(&["--threads", "1"]);
    assert_eq!(one.len(), 4);
    for id in one.iter().map(|(id, _)| id) {
        assert!(
            id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit()),
            "{id}"
        );
    }
    let mut unique: Vec<&String> = one.iter().map(|(id, _)| id).collect();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 4);
    assert_eq!(ids(&["--threads", "2"]), one);
    // DUNG's posts are written "Hoà Bình", "Uỷ ban" in the new style.
    assert_eq!(ids(&["--tone-style", "new"]), one);
}

#[test]
fn tone_style_new_and_default_old() {
    let tmp = TempDir::new("tone");
    tmp.write("dung.jsonl", json_doc("t-1", DUNG) + "\n");
    let fields = ["person", "from_post", "to_post", "evidence"];

    let old = canbo_ok(
        tmp.path(),
        &["extract", "dung.jsonl", "--format", "jsonl"],
        None,
        0,
    );
    let explicit = canbo_ok(
        tmp.path(),
        &[
            "extract",
            "dung.jsonl",
            "--format",
            "jsonl",
            "--tone-style",
            "old",
        ],
        None,
        0,
    );
    assert_eq!(old.stdout, explicit.stdout);
    let old = &jsonl_records(&old.stdout)[0];
    assert_eq!(
        str_field(old, "from_post"),
        "Phó Chủ tịch UBND tỉnh Hòa Bình"
    );
    assert_eq!(
        str_field(old, "to_post"),
        "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"
    );

    let new = canbo_ok(
        tmp.path(),
        &[
            "extract",
            "dung.jsonl",
            "--format",
            "jsonl",
            "--tone-style",
            "new",
        ],
        None,
        0,
    );
    let new = &jsonl_records(&new.stdout)[0];
    assert_eq!(
        str_field(new, "from_post"),
        "Phó Chủ tịch UBND tỉnh Hoà Bình"
    );
    assert_eq!(
        str_field(new, "to_post"),
        "Phó Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ"
    );
    for field in fields {
        let (o, n) = (str_field(old, field), str_field(new, field));
        assert!(!o.contains("Uỷ") && !o.contains("oà"), "old {field}: {o}");
        assert!(!n.contains("Ủy") && !n.contains("òa"), "new {field}: {n}");
    }
    assert!(str_field(new, "evidence").contains("tỉnh Hoà Bình"));
}

#[test]
fn tone_style_new_covers_every_output_string() {
    let tmp = TempDir::new("tone-all");
    tmp.write("dung.jsonl", json_doc("t-1", DUNG) + "\n");
    let new = canbo_ok(
        tmp.path(),
        &[
            "extract",
            "dung.jsonl",
            "--format",
            "jsonl",
            "--tone-style",
            "new",
        ],
        None,
        0,
    );
    for record in jsonl_records(&new.stdout) {
        for (key, value) in &record {
            if let Value::String(s) = value {
                assert!(
                    !s.contains("òa") && !s.contains("ủy") && !s.contains("Ủy"),
                    "{key}: {s}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// eval
// ---------------------------------------------------------------------------------------

fn cli_fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/cli")
        .join(name)
        .to_str()
        .expect("fixture path is UTF-8")
        .to_string()
}

/// gold.jsonl: three gold records in cli:1 and cli:2, none in cli:3. pred.csv: the
/// first record exactly, the second with a short name, an expanded abbreviation and a
/// month-only date (a lenient match), cli:2 missed, one spurious record in cli:3.
#[test]
fn eval_summary_json_and_errors() {
    let tmp = TempDir::new("eval");
    let (gold, pred) = (cli_fixture("gold.jsonl"), cli_fixture("pred.csv"));

    let run = canbo_ok(tmp.path(), &["eval", &gold, &pred], None, 0);
    assert_eq!(
        run.stdout,
        "precision 0.6667  recall 0.6667  F1 0.6667  strict F1 0.3333  from_post 1.00/1.00  \
         date 0.50/1.00  (gold 3, predicted 3, matched 2)\n"
    );

    let run = canbo_ok(tmp.path(), &["eval", &gold, &pred, "--json"], None, 0);
    let json: Value = serde_json::from_str(&run.stdout).expect("--json prints JSON");
    let expected = serde_json::json!({
        "gold_records": 3, "pred_records": 3, "matched": 2,
        "precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "strict_f1": 0.3333,
        "from_post_strict_acc": 1.0, "from_post_lenient_acc": 1.0,
        "date_exact_acc": 0.5, "date_lenient_acc": 1.0,
    });
    assert_eq!(json, expected);
    assert_eq!(run.stdout.lines().count(), 1);

    let run = canbo_ok(tmp.path(), &["eval", &gold, &pred, "--errors"], None, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    let mut kinds: Vec<(&str, &str)> = lines[..3]
        .iter()
        .map(|l| {
            let mut parts = l.splitn(3, ' ');
            (parts.next().unwrap_or(""), parts.next().unwrap_or(""))
        })
        .collect();
    kinds.sort();
    assert_eq!(
        kinds,
        [
            ("missed", "cli:2"),
            ("partial", "cli:1"),
            ("spurious", "cli:3")
        ]
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("missed") && l.contains("Lê Minh Cường")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("spurious") && l.contains("Phạm Văn Dũng")));
    assert!(lines[3].starts_with("precision 0.6667"), "{}", lines[3]);
}

#[test]
fn extract_then_eval_scores_perfectly_on_its_own_documents() {
    let tmp = TempDir::new("roundtrip");
    let docs = [
        ("cli:1", format!("{AN} {BINH}")),
        ("cli:2", CUONG.to_string()),
    ];
    let jsonl: String = docs.iter().map(|(id, t)| json_doc(id, t) + "\n").collect();
    let quiet = json_doc(
        "cli:3",
        "Sáng nay, tỉnh Nam Định tổ chức lễ mít tinh kỷ niệm.",
    );
    tmp.write("tin.jsonl", jsonl + &quiet + "\n");
    let gold_line = |id: &str, records: &[[&str; 5]]| {
        let records: Vec<Value> = records
            .iter()
            .map(|[person, from_post, to_post, date, kind]| {
                serde_json::json!({"person": person, "from_post": from_post,
                    "to_post": to_post, "date": date, "kind": kind})
            })
            .collect();
        serde_json::json!({ "doc_id": id, "records": records }).to_string() + "\n"
    };
    let gold = tmp.write(
        "gold.jsonl",
        gold_line("cli:1", &[AN_RECORD, BINH_RECORD])
            + &gold_line("cli:2", &[CUONG_RECORD])
            + &gold_line("cli:3", &[]),
    );
    for format in ["csv", "jsonl"] {
        let out = format!("du-doan.{format}");
        canbo_ok(
            tmp.path(),
            &["extract", "tin.jsonl", "-o", &out, "--format", format, "-q"],
            None,
            0,
        );
        let run = canbo_ok(
            tmp.path(),
            &["eval", gold.to_str().expect("UTF-8"), &out, "--json"],
            None,
            0,
        );
        let json: Value = serde_json::from_str(&run.stdout).expect("JSON");
        assert_eq!(json["matched"], 3, "{format}: {}", run.stdout);
        assert_eq!(json["pred_records"], 3, "{format}: {}", run.stdout);
        assert_eq!(json["strict_f1"], 1.0, "{format}: {}", run.stdout);
    }
}

/// `--min-confidence` keeps the records at or above it: every record carries its
/// confidence, 0 keeps them all, 1 none of these, and a value outside 0..=1 is refused.
#[test]
fn min_confidence_keeps_the_surer_records() {
    let tmp = TempDir::new("confidence");
    write_four_documents(&tmp);
    let confidences = |args: &[&str]| -> Vec<f64> {
        let run = canbo_ok(tmp.path(), args, None, 0);
        csv_records(&run.stdout)
            .iter()
            .map(|r| str_field(r, "confidence").parse::<f64>().expect("a number"))
            .collect()
    };
    let all = confidences(&["extract", "tin.jsonl", "--min-confidence", "0"]);
    assert_eq!(all.len(), 4);
    assert!(all.iter().all(|c| (0.0..=1.0).contains(c)), "{all:?}");
    let lowest = all.iter().copied().fold(f64::NAN, f64::min);
    let at_least = format!("{lowest}");
    let kept = confidences(&["extract", "tin.jsonl", "--min-confidence", &at_least]);
    assert_eq!(kept.len(), 4, "the lowest confidence itself is kept");
    assert!(confidences(&["extract", "tin.jsonl", "--min-confidence", "1"]).is_empty());
    for bad in ["1.5", "-0.1", "high"] {
        let run = common::canbo(
            tmp.path(),
            &["extract", "tin.jsonl", "--min-confidence", bad],
            None,
        );
        assert_eq!(run.code, Some(2), "{bad}: {}", run.stderr);
    }
}

/// `canbo train` on the project's own annotated articles: cross-validated figures, a
/// model file that reads back with its threshold, and the precision–recall curve.
#[test]
fn train_cross_validates_and_writes_a_model() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = TempDir::new("train");
    let model = tmp.path().join("scorer.tsv");
    let curve = tmp.path().join("curve.svg");
    let run = canbo_ok(
        crate_dir,
        &[
            "train",
            "--set",
            "corpus",
            "corpus/gold.jsonl",
            "corpus",
            "--folds",
            "3",
            "-o",
            model.to_str().unwrap(),
            "--curve",
            curve.to_str().unwrap(),
        ],
        None,
        0,
    );
    assert!(
        run.stdout.contains("3-fold cross-validation"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("corpus: precision"), "{}", run.stdout);
    let text = fs::read_to_string(&model).expect("the model is written");
    let parsed = canbo::decide::Model::parse(&text).expect("the model reads back");
    assert!((0.0..1.0).contains(&parsed.threshold()));
    assert!(parsed.weight("bias") != 0.0);
    let svg = fs::read_to_string(&curve).expect("the curve is drawn");
    assert!(svg.starts_with("<svg") && svg.contains("polyline"), "{svg}");
}
