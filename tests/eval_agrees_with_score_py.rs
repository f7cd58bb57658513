//! `canbo::eval` against hand-computed metrics on small fixtures, and, when
//! `../shared` is present, against the reference scorer `score.py` on those
//! fixtures and on perturbed copies of the real gold.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use canbo::eval::{
    evaluate, evaluate_files, read_gold, read_predictions, EvalError, Evaluation, GoldDoc,
    MismatchKind, Prediction,
};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    crate_dir().join("tests/data/eval").join(name)
}

/// The reference scorer, when `../shared` is there and `python3` runs.
fn score_py() -> Option<PathBuf> {
    let script = crate_dir().join("../shared/tools/score.py");
    if !script.is_file() {
        eprintln!("skip: {} not found", script.display());
        return None;
    }
    let python_runs = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !python_runs {
        eprintln!("skip: python3 does not run");
        return None;
    }
    Some(script)
}

/// What `score.py GOLD PRED --errors` prints.
fn run_score_py(script: &Path, gold: &Path, pred: &Path) -> String {
    let out = Command::new("python3")
        .arg(script)
        .arg(gold)
        .arg(pred)
        .arg("--errors")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("score.py prints UTF-8")
}

fn ours(ev: &Evaluation) -> String {
    format!("{}{}\n", ev.errors_report(), ev.to_json())
}

/// Asserts that score.py and `ev` print the same lines, showing the first difference.
fn assert_same_output(theirs: &str, ours: &str, what: &str) {
    for (i, (t, o)) in theirs.lines().zip(ours.lines()).enumerate() {
        assert_eq!(t, o, "{what}: line {} differs", i + 1);
    }
    assert_eq!(
        theirs.lines().count(),
        ours.lines().count(),
        "{what}: line counts differ"
    );
    assert_eq!(theirs, ours, "{what}");
}

fn score_fixture(case: &str) -> Evaluation {
    let gold = read_gold(fixture(&format!("{case}.gold.jsonl"))).unwrap();
    let preds = read_predictions(fixture(&format!("{case}.pred.csv"))).unwrap();
    evaluate(&gold, &preds)
}

fn kinds(ev: &Evaluation) -> Vec<(MismatchKind, &str)> {
    ev.mismatches
        .iter()
        .map(|m| (m.kind, m.doc_id.as_str()))
        .collect()
}

/// A fresh path under the system temp dir.
fn temp_path(name: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    std::env::temp_dir().join(format!("canbo-eval-{}-{nanos}-{name}", std::process::id()))
}

#[test]
fn basic_fixture() {
    use MismatchKind::*;
    let ev = score_fixture("basic");
    assert_eq!((ev.gold_records, ev.pred_records, ev.matched), (5, 6, 4));
    assert_eq!(ev.strict_matched, 2);
    assert_eq!(
        ev.to_json(),
        r#"{"gold_records": 5, "pred_records": 6, "matched": 4, "precision": 0.6667, "recall": 0.8, "f1": 0.7273, "strict_f1": 0.3636, "from_post_strict_acc": 0.75, "from_post_lenient_acc": 1.0, "date_exact_acc": 0.5, "date_lenient_acc": 1.0}"#
    );
    assert_eq!(
        kinds(&ev),
        [
            (Partial, "vd:1"),
            (Partial, "vd:2"),
            (Spurious, "vd:2"),
            (Spurious, "vd:3"),
            (Missed, "vd:4"),
        ]
    );
    assert_eq!(
        ev.summary(),
        "precision 0.6667  recall 0.8000  F1 0.7273  strict F1 0.3636  from_post 0.75/1.00  \
         date 0.50/1.00  (gold 5, predicted 6, matched 4)"
    );
    // The missed record is printed as it stands in the gold file.
    assert_eq!(
        ev.errors_report().lines().nth(4),
        Some(
            "missed vd:4 {\"person\": \"Đỗ Minh Khoa\", \"from_post\": \"\", \"to_post\": \
             \"Giám đốc Công an tỉnh\", \"date\": \"\", \"kind\": \"bổ nhiệm\"}"
        )
    );
}

#[test]
fn jsonl_predictions_score_like_csv() {
    let gold = read_gold(fixture("basic.gold.jsonl")).unwrap();
    let csv = read_predictions(fixture("basic.pred.csv")).unwrap();
    let jsonl = read_predictions(fixture("basic.pred.jsonl")).unwrap();
    assert_eq!(csv, jsonl);
    assert_eq!(csv.len(), 7);
    assert_eq!(evaluate(&gold, &csv), evaluate(&gold, &jsonl));
}

#[test]
fn pairing_fixture() {
    use MismatchKind::*;
    let ev = score_fixture("pairing");
    assert_eq!((ev.gold_records, ev.pred_records, ev.matched), (5, 9, 5));
    assert_eq!(
        ev.to_json(),
        r#"{"gold_records": 5, "pred_records": 9, "matched": 5, "precision": 0.5556, "recall": 1.0, "f1": 0.7143, "strict_f1": 0.2857, "from_post_strict_acc": 0.8, "from_post_lenient_acc": 1.0, "date_exact_acc": 0.4, "date_lenient_acc": 0.8}"#
    );
    assert_eq!(
        kinds(&ev),
        [
            (Partial, "vd:10"),
            (Partial, "vd:10"),
            (Spurious, "vd:10"),
            (Spurious, "vd:10"),
            (Partial, "vd:11"),
            (Spurious, "vd:11"),
            (Spurious, "vd:12"),
        ]
    );
    // (person, to_post, from_post, date) keys compare as tuples: a strict
    // from_post beats an exact date.
    let vd11 = &ev.mismatches[4];
    assert_eq!(vd11.pred.as_ref().unwrap().date.as_deref(), Some("2016-06"));
    // Gold key order and unknown keys are kept in reports.
    assert!(ev.errors_report().contains(
        "\"date\": \"2021\", \"kind\": \"bầu\", \"extra\": {\"b\": 1, \"a\": [1.5, null, true]}}"
    ));
}

#[test]
fn nulls_fixture() {
    let ev = score_fixture("nulls");
    assert_eq!(
        ev.to_json(),
        r#"{"gold_records": 1, "pred_records": 2, "matched": 1, "precision": 0.5, "recall": 1.0, "f1": 0.6667, "strict_f1": 0.0, "from_post_strict_acc": 0.0, "from_post_lenient_acc": 0.0, "date_exact_acc": 0.0, "date_lenient_acc": 0.0}"#
    );
    assert_eq!(
        ev.errors_report().lines().nth(1),
        Some(
            "spurious vd:21 {\"person\": \"Lý Thị Lan\", \"from_post\": null, \"to_post\": \
             \"Giám đốc Sở Tư pháp \\\"mới\\\"\", \"date\": null}"
        )
    );
}

#[test]
fn fixtures_agree_with_score_py() {
    let Some(script) = score_py() else { return };
    for case in ["basic", "pairing", "nulls"] {
        let gold = fixture(&format!("{case}.gold.jsonl"));
        let pred = fixture(&format!("{case}.pred.csv"));
        let theirs = run_score_py(&script, &gold, &pred);
        assert_same_output(&theirs, &ours(&score_fixture(case)), case);
    }
}

/// The last `;` part of the last alternative post, or of the gold post when
/// there is no alternative: a strict match that only splitting the
/// alternatives finds.
fn last_alternative_part(post: &str, alts: &[String]) -> String {
    let whole = alts.last().map_or(post, String::as_str);
    whole.rsplit(';').next().unwrap_or("").trim().to_string()
}

/// Predictions made from the gold itself, systematically damaged.
fn perturbed_predictions(gold: &[GoldDoc]) -> Vec<Prediction> {
    let mut preds = Vec::new();
    let mut k = 0usize;
    for (i, doc) in gold.iter().enumerate() {
        let mut doc_preds = Vec::new();
        for g in &doc.records {
            k += 1;
            if k % 7 == 3 {
                continue; // dropped: missed
            }
            let mut person = g.person.clone();
            if k % 5 == 1 {
                person = person.split_whitespace().last().unwrap_or("").to_string();
            }
            if k % 9 == 2 {
                person = format!("ông {person}");
            }
            let mut to_post = g.to_post.clone();
            let words: Vec<&str> = to_post.split_whitespace().collect();
            if k % 4 == 2 && words.len() >= 4 {
                to_post = words[..words.len() - 2].join(" "); // place dropped
            } else if k % 8 == 5 {
                if let Some(alt) = g.to_post_alt.first() {
                    to_post = alt.clone();
                }
            } else if k % 8 == 7 {
                to_post = last_alternative_part(&g.to_post, &g.to_post_alt);
            }
            let mut from_post = g.from_post.clone();
            if k % 6 == 4 {
                from_post.clear();
            } else if k % 10 == 1 {
                from_post = from_post.replace("; ", ", ");
            } else if k % 2 == 1 {
                from_post = last_alternative_part(&g.from_post, &g.from_post_alt);
            }
            let mut date = g.date.clone();
            if k % 3 == 0 {
                date.clear();
            } else if k % 10 == 7 {
                date = date.chars().take(4).collect();
            } else if k % 11 == 5 && date.len() == 10 {
                date = format!("--{}", date.get(5..).unwrap_or(""));
            }
            doc_preds.push(Prediction::new(
                &doc.doc_id,
                &person,
                &from_post,
                &to_post,
                &date,
            ));
        }
        if i % 4 == 1 {
            doc_preds.push(Prediction::new(
                &doc.doc_id,
                "Phan Văn Giả",
                "",
                "Phó Giám đốc Sở Xây dựng",
                "2020",
            ));
        }
        if i % 9 == 0 {
            if let Some(first) = doc_preds.first().cloned() {
                doc_preds.push(first); // a duplicate: spurious
            }
        }
        if i % 5 == 2 {
            doc_preds.reverse();
        }
        preds.extend(doc_preds);
    }
    preds
}

fn write_csv(path: &Path, preds: &[Prediction]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record(["doc_id", "person", "from_post", "to_post", "date", "rule"])
        .unwrap();
    for p in preds {
        let field = |v: &Option<String>| v.clone().unwrap_or_default();
        w.write_record([
            p.doc_id.clone(),
            field(&p.person),
            field(&p.from_post),
            field(&p.to_post),
            field(&p.date),
            "test".to_string(),
        ])
        .unwrap();
    }
    w.flush().unwrap();
}

#[test]
fn real_gold_agrees_with_score_py() {
    for set in ["dev", "train"] {
        let gold_path = crate_dir().join(format!("../shared/gold/{set}.jsonl"));
        if !gold_path.is_file() {
            eprintln!("skip: {} not found", gold_path.display());
            return;
        }
        let Some(script) = score_py() else { return };
        real_gold_agrees(&script, &gold_path, set);
    }
}

fn real_gold_agrees(script: &Path, gold_path: &Path, set: &str) {
    let gold = read_gold(gold_path).unwrap();
    let all: Vec<Prediction> = gold
        .iter()
        .flat_map(|d| {
            d.records
                .iter()
                .map(|g| Prediction::new(&d.doc_id, &g.person, &g.from_post, &g.to_post, &g.date))
        })
        .collect();
    let cases = [
        ("identity", all),
        ("perturbed", perturbed_predictions(&gold)),
    ];
    for (name, preds) in cases {
        let name = format!("{set} {name}");
        let pred_path = temp_path(&format!("{set}-{name}.csv").replace(' ', "-"));
        write_csv(&pred_path, &preds);
        let ev = evaluate(&gold, &read_predictions(&pred_path).unwrap());
        let theirs = run_score_py(script, gold_path, &pred_path);
        let _ = fs::remove_file(&pred_path);
        eprintln!("{name}: {}", ev.summary());
        assert_same_output(&theirs, &ours(&ev), &name);
        assert!(ev.matched > 0, "{name}: nothing matched");
        if name.ends_with("identity") {
            assert_eq!(ev.matched, ev.gold_records);
            assert_eq!(ev.strict_matched, ev.gold_records);
        } else {
            assert!(ev.mismatches.iter().any(|m| m.kind == MismatchKind::Missed));
            assert!(ev
                .mismatches
                .iter()
                .any(|m| m.kind == MismatchKind::Partial));
            assert!(ev
                .mismatches
                .iter()
                .any(|m| m.kind == MismatchKind::Spurious));
        }
    }
}

#[test]
fn malformed_gold_names_file_and_line() {
    let path = temp_path("bad.gold.jsonl");
    fs::write(
        &path,
        "{\"doc_id\": \"vd:1\", \"records\": []}\n\n{\"doc_id\": \"vd:2\", \"records\": [{\"person\": 1}]}\n",
    )
    .unwrap();
    let err = read_gold(&path).unwrap_err();
    let _ = fs::remove_file(&path);
    assert!(matches!(err, EvalError::Gold { line: 3, .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("bad.gold.jsonl:3:"), "{msg}");
}

#[test]
fn predictions_need_a_doc_id_column() {
    let path = temp_path("bad.pred.csv");
    fs::write(
        &path,
        "id,person,to_post\nvd:1,Lê Văn Hòa,Giám đốc Sở Tài chính\n",
    )
    .unwrap();
    let err = read_predictions(&path).unwrap_err();
    let _ = fs::remove_file(&path);
    assert!(
        matches!(
            err,
            EvalError::MissingColumn {
                column: "doc_id",
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn csv_byte_order_mark_is_skipped() {
    let path = temp_path("bom.pred.csv");
    let csv = "\u{feff}doc_id,person,from_post,to_post,date\n\
               vd:20,Bùi Thanh Sơn,,Bộ trưởng Bộ Ngoại giao,2021-04-08\n";
    fs::write(&path, csv).unwrap();
    let ev = evaluate_files(fixture("nulls.gold.jsonl"), &path);
    let _ = fs::remove_file(&path);
    let ev = ev.unwrap();
    assert_eq!((ev.gold_records, ev.pred_records, ev.matched), (1, 1, 1));
    assert_eq!(ev.date_exact_acc, 1.0);
}

#[test]
fn missing_file_is_an_io_error() {
    let err = read_gold(temp_path("absent.jsonl")).unwrap_err();
    assert!(matches!(err, EvalError::Io { .. }), "{err:?}");
}
