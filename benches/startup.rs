//! Start-up cost: everything canbo compiles before it reads the first document.
//!
//! * `extractor_build`: `Extractor::builder().build()`, which parses the built-in
//!   gazetteer TSVs and compiles them into one Aho-Corasick automaton.
//! * `place_index_from_tsv`: `PlaceIndex::from_tsv` over the four embedded place
//!   registers (what `PlaceIndex::builtin()` does once, on first use).
//! * `all`: both, which is what a run of `canbo extract` pays before its first
//!   document. The goal is under 100 ms for all of it.
//!
//! Before the criterion runs, each is also timed once cold (first call in the
//! process), because a command-line run pays exactly that.

use std::hint::black_box;
use std::time::{Duration, Instant};

use canbo::place::PlaceIndex;
use canbo::Extractor;
use criterion::{criterion_group, criterion_main, Criterion};

const PRE_2025: &str = include_str!("../gazetteers/places_pre2025.tsv");
const REG_2025: &str = include_str!("../gazetteers/places_2025.tsv");
const OLD_TO_NEW: &str = include_str!("../gazetteers/places_old_to_new.tsv");
const ALIASES: &str = include_str!("../gazetteers/place_aliases.tsv");

fn build_extractor() -> Extractor {
    Extractor::builder()
        .build()
        .expect("the built-in gazetteers compile")
}

fn build_places() -> PlaceIndex {
    PlaceIndex::from_tsv(PRE_2025, REG_2025, OLD_TO_NEW, ALIASES)
}

/// Times `f` once and prints the duration under `name`.
fn cold<T>(name: &str, f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    black_box(f());
    let took = start.elapsed();
    println!("cold {name}: {:.1} ms", took.as_secs_f64() * 1e3);
    took
}

fn startup(c: &mut Criterion) {
    let extractor = cold("extractor_build", build_extractor);
    let places = cold("place_index_from_tsv", build_places);
    println!(
        "cold total: {:.1} ms (goal: < 100 ms)",
        (extractor + places).as_secs_f64() * 1e3
    );

    let mut group = c.benchmark_group("startup");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.bench_function("extractor_build", |b| b.iter(build_extractor));
    group.bench_function("place_index_from_tsv", |b| b.iter(build_places));
    group.bench_function("all", |b| b.iter(|| (build_extractor(), build_places())));
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
