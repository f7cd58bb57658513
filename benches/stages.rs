//! Throughput of each stage of the pipeline on a few paragraphs of news-like
//! Vietnamese text (`benches/data/sample.txt`, written for these benchmarks).
//!
//! Every benchmark reports `Throughput::Bytes` of its input, so criterion prints
//! MB/s (MiB/s). The stages run on what the stage before produced, as in
//! `Extractor::extract`:
//!
//! * `prefilter` (move-word spellings in the raw bytes), `is_normalized_line` (can a
//!   line be read without normalizing it), `normalize`: the original text;
//! * `segment`, `gazetteer_find`: the normalized text;
//! * `place_context`: the whole text, `place_resolve`: a list of posts (the
//!   throughput counts the bytes of the posts);
//! * `extract`: the whole document, every stage together (the sample tells moves, so
//!   the whole pipeline runs on it after the prefilter).
//! * `prefilter_corpus`: the prefilter on the titles and texts of the first 4 MB of
//!   the real corpus, where moves are rare (`CANBO_BENCH_CORPUS`, default
//!   `../shared/corpus/news-baomoi-2017.jsonl` relative to the crate; skipped, with a
//!   message, when the file is absent).

use std::hint::black_box;
use std::time::Duration;

use canbo::input::{Item, Reader, Source};
use canbo::normalize::Normalizer;
use canbo::place::PlaceIndex;
use canbo::prefilter::MoveFilter;
use canbo::segment::sentences;
use canbo::{Document, Extractor};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SAMPLE: &str = include_str!("data/sample.txt");

/// Titles and texts of the first `limit` bytes of documents of the corpus, if present.
fn corpus_texts(limit: usize) -> Option<Vec<String>> {
    let path = std::env::var("CANBO_BENCH_CORPUS").unwrap_or_else(|_| {
        format!(
            "{}/../shared/corpus/news-baomoi-2017.jsonl",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    if !std::path::Path::new(&path).is_file() {
        println!("prefilter_corpus skipped: no corpus at {path}");
        return None;
    }
    let mut texts = Vec::new();
    let mut total = 0;
    for item in Reader::new(&[Source::parse(&path)]) {
        if let Item::Document(doc) = item {
            total += doc.len();
            texts.extend(doc.title);
            texts.push(doc.text);
            if total >= limit {
                break;
            }
        }
    }
    Some(texts)
}

/// Posts of the kind `extract` hands to `PlaceIndex::resolve`: with and without
/// places, chains of places, committee words, bare province names.
const POSTS: &[&str] = &[
    "Bí thư Huyện ủy Vũ Thư",
    "Chánh Văn phòng UBND tỉnh",
    "Giám đốc Sở Tài chính tỉnh Thái Bình",
    "Phó Giám đốc Sở Kế hoạch và Đầu tư",
    "Chủ tịch UBND huyện Kiến Xương",
    "Phó Chủ tịch UBND huyện",
    "Bí thư Đảng ủy xã Đông Kết, huyện Khoái Châu",
    "Phó Bí thư Huyện đoàn Khoái Châu",
    "Bí thư Đảng ủy xã Dân Tiến",
    "Vụ trưởng Vụ Kế hoạch - Đầu tư, Bộ Giao thông vận tải",
    "Phó Chủ tịch UBND quận Cầu Giấy, TP Hà Nội",
    "Phó Giám đốc Sở Y tế Hà Nội",
    "Phó Bí thư Thị ủy Dĩ An",
    "Trưởng ban Dân vận Thị ủy Dĩ An, tỉnh Bình Dương",
    "Phó Bí thư Thành ủy Cần Thơ",
    "Chủ tịch UBND xã Song Mai - Kim Động",
];

fn configure(c: &mut Criterion) -> criterion::BenchmarkGroup<'_, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group("stages");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group
}

fn stages(c: &mut Criterion) {
    let extractor = Extractor::builder()
        .build()
        .expect("the built-in gazetteers compile");
    let normalizer = Normalizer::default();
    let filter = MoveFilter::new(extractor.gazetteer().move_keys()).expect("the filter builds");
    let norm = normalizer.normalize(SAMPLE);
    let places = PlaceIndex::builtin();
    let ctx = places.context(SAMPLE, Some(2017));
    let mut doc = Document::new("bench-sample", SAMPLE);
    doc.date = Some("2017-03-20".to_string());

    // Show once what the stages find, so that a bench on a stage that finds nothing
    // is noticed.
    let unresolved: Vec<&str> = POSTS
        .iter()
        .copied()
        .filter(|post| places.resolve(post, &ctx).is_none())
        .collect();
    let resolved = POSTS.len() - unresolved.len();
    println!(
        "sample: {} bytes, {} sentences, {} gazetteer hits, {}/{} posts resolved, {} records",
        SAMPLE.len(),
        sentences(norm.as_str()).len(),
        extractor.gazetteer().find(norm.as_str()).len(),
        resolved,
        POSTS.len(),
        extractor.extract(&doc).len(),
    );
    println!("posts without a place code: {unresolved:?}");

    let mut group = configure(c);

    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("prefilter", |b| {
        b.iter(|| filter.marks(black_box(SAMPLE)).count())
    });
    if let Some(texts) = corpus_texts(4 << 20) {
        let bytes: usize = texts.iter().map(String::len).sum();
        let marks: usize = texts.iter().map(|t| filter.marks(t).count()).sum();
        println!(
            "corpus sample: {bytes} bytes, {} texts, {marks} marks",
            texts.len()
        );
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("prefilter_corpus", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| filter.marks(black_box(t)).count())
                    .sum::<usize>()
            })
        });
        group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    }
    group.bench_function("is_normalized_line", |b| {
        b.iter(|| {
            SAMPLE
                .lines()
                .filter(|line| normalizer.is_normalized_line(black_box(line)))
                .count()
        })
    });
    group.bench_function("normalize", |b| {
        b.iter(|| normalizer.normalize(black_box(SAMPLE)))
    });

    group.throughput(Throughput::Bytes(norm.len() as u64));
    group.bench_function("segment", |b| {
        b.iter(|| sentences(black_box(norm.as_str())))
    });
    group.bench_function("gazetteer_find", |b| {
        b.iter(|| extractor.gazetteer().find(black_box(norm.as_str())))
    });

    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("place_context", |b| {
        b.iter(|| places.context(black_box(SAMPLE), Some(2017)))
    });

    let post_bytes: usize = POSTS.iter().map(|p| p.len()).sum();
    group.throughput(Throughput::Bytes(post_bytes as u64));
    group.bench_function("place_resolve", |b| {
        b.iter(|| {
            POSTS
                .iter()
                .filter_map(|post| places.resolve(black_box(post), &ctx))
                .count()
        })
    });

    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.bench_function("extract", |b| b.iter(|| extractor.extract(black_box(&doc))));
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
