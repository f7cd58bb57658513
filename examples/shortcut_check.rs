//! Checks, over whole archives, that `Extractor::extract` (the raw-text prefilter and
//! the sentence shortcut) gives exactly what `Extractor::extract_exhaustive` gives.
//! Exits with status 1 on the first documents that differ.
//!
//! `cargo run --release --example shortcut_check -- ../shared/corpus/`
use canbo::input::{Item, Reader, Source};
use canbo::normalize::ToneStyle;
use canbo::Extractor;
use rayon::prelude::*;

fn main() {
    let sources: Vec<Source> = std::env::args()
        .skip(1)
        .map(|a| Source::parse(&a))
        .collect();
    let mut failed = false;
    for style in [ToneStyle::Old, ToneStyle::New] {
        let extractor = Extractor::builder()
            .tone_style(style)
            .build()
            .expect("built-in gazetteers load");
        let docs: Vec<_> = Reader::new(&sources)
            .filter_map(|item| match item {
                Item::Document(doc) => Some(doc),
                _ => None,
            })
            .collect();
        let started = std::time::Instant::now();
        let differ: Vec<String> = docs
            .par_iter()
            .filter(|doc| extractor.extract(doc) != extractor.extract_exhaustive(doc))
            .map(|doc| doc.id.clone())
            .collect();
        let records: usize = docs.par_iter().map(|d| extractor.extract(d).len()).sum();
        println!(
            "{style:?}: {} documents, {records} records, {} differ {:?} ({:.1} s)",
            docs.len(),
            differ.len(),
            &differ[..differ.len().min(10)],
            started.elapsed().as_secs_f64()
        );
        failed |= !differ.is_empty();
    }
    if failed {
        std::process::exit(1);
    }
}
