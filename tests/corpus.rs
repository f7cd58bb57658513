//! The project's own example articles (corpus/, written for canbo) scored against their
//! hand annotation (corpus/gold.jsonl), and the seed article of ../shared when present.

use std::path::Path;

use canbo::eval::{evaluate, read_gold, Prediction};
use canbo::input::{Item, Reader, Source};
use canbo::{Extractor, Record};

fn extract_all(sources: &[Source]) -> Vec<Record> {
    let extractor = Extractor::builder()
        .build()
        .expect("built-in gazetteers load");
    let mut records = Vec::new();
    for item in Reader::new(sources) {
        match item {
            Item::Document(doc) => records.extend(extractor.extract(&doc)),
            other => panic!("the example corpus reads cleanly: {other:?}"),
        }
    }
    records
}

#[test]
fn example_corpus_scores_at_least_its_floor() {
    // Paths relative to the crate root, as in the README's command; the .txt documents'
    // ids in gold.jsonl are these paths.
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let records = extract_all(&[
        Source::parse("corpus/articles.jsonl"),
        Source::parse("corpus/txt"),
    ]);
    let gold = read_gold("corpus/gold.jsonl").expect("gold parses");
    let predictions: Vec<Prediction> = records.iter().map(Prediction::from).collect();
    let ev = evaluate(&gold, &predictions);
    println!("{}", ev.summary());
    // Floors: measured values rounded down; raise them as the extractor improves.
    assert!(
        ev.f1 >= 0.94,
        "F1 {} fell below its floor\n{}",
        ev.f1,
        ev.errors_report()
    );
    assert!(
        ev.strict_f1 >= 0.60,
        "strict F1 {} fell below its floor",
        ev.strict_f1
    );
}

#[test]
fn seed_article_gives_its_four_moves() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_cbc933f3f63d4943.txt");
    if !seed.exists() {
        eprintln!("skipped: {} is not here", seed.display());
        return;
    }
    let records = extract_all(&[Source::Path(seed)]);
    let got: Vec<(&str, &str, &str)> = records
        .iter()
        .map(|r| (r.person.as_str(), r.to_post.as_str(), r.date.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Lê Hữu Tùng", "Bí thư Đảng ủy xã Liêu Xá", "2015"),
            ("Nguyễn Anh Tiến", "Bí thư Đảng ủy xã Song Mai", "2018-05"),
            ("Hoàng Văn Pho", "Bí thư Đảng ủy xã Dạ Trạch", "2015"),
            (
                "Hoàng Văn Pho",
                "Phó chánh Thanh tra Nhà nước huyện Khoái Châu",
                "2018"
            ),
        ],
        "{records:#?}"
    );
    assert_eq!(records[0].from_post, "Phó Bí thư Huyện đoàn Yên Mỹ");
    assert_eq!(
        records[1].from_post,
        "huyện ủy viên; Phó chủ nhiệm Ủy ban Kiểm tra Huyện ủy"
    );
    assert_eq!(records[3].from_post, "Bí thư Đảng ủy xã Dạ Trạch");
    assert_eq!(records[2].to_place_code, "12214");
}

/// The shortcut of `extract` (only sentences with a move word first) gives exactly what
/// the exhaustive pipeline gives, on the example corpus and, when present, the real
/// annotated articles of ../shared.
#[test]
fn shortcut_equals_exhaustive_pipeline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = vec![
        Source::Path(root.join("corpus/articles.jsonl")),
        Source::Path(root.join("corpus/txt")),
    ];
    let dev = root.join("../shared/gold/dev-docs.jsonl");
    if dev.exists() {
        sources.push(Source::Path(dev));
    }
    let extractor = Extractor::builder()
        .build()
        .expect("built-in gazetteers load");
    let mut documents = 0;
    for item in Reader::new(&sources) {
        if let Item::Document(doc) = item {
            documents += 1;
            assert_eq!(
                extractor.extract(&doc),
                extractor.extract_exhaustive(&doc),
                "{}",
                doc.id
            );
        }
    }
    assert!(documents >= 46, "{documents} documents read");
}
