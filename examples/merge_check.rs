//! How well records of several documents are merged into moves (`canbo::moves`), measured
//! on hand annotations.
//!
//! `cargo run --release --example merge_check -- GOLD.jsonl DOCS [GOLD.jsonl DOCS …]`,
//! e.g. `../shared/gold/dev.jsonl ../shared/gold/dev-docs.jsonl`.
//!
//! The gold says two records of different documents are one move when their person and
//! `to_post` are equal after folding (`canbo::eval::person_key`, `canbo::eval::fold`);
//! those are the gold pairs. The extractor's records of the same documents are merged as
//! `canbo extract --format sqlite` merges them, and every two records of different
//! documents in one move are a predicted pair. Each predicted record stands for the gold
//! record `canbo eval` pairs it with, if any.
//!
//! * **merging** (the merge alone, on the records both sides have): predicted pairs of two
//!   records paired with gold records, against the gold pairs of two gold records paired
//!   with predictions. A predicted pair is right when its two gold records are a gold pair.
//! * **end to end**: every predicted pair against every gold pair (extraction errors
//!   count too).
//! * **gold records merged**: the gold records themselves merged as predictions are (the
//!   loss from asking for compatible dates, which the gold's definition does not).
//! * the same three with the folded person and post alone (dates not compared).
//!
//! `--wrong` first lists the wrongly merged pairs of the merging measure.
use std::collections::HashSet;

use canbo::eval::{fold, pair_records, person_key, Prediction};
use canbo::moves::{merge, Report};
use canbo::record::Identified;
use canbo::train::LabelledSet;
use canbo::Extractor;
use rayon::prelude::*;

/// A record of one set: (document index, record index in its document).
type At = (usize, usize);

/// What merging looks at in a record, owned.
struct Keyed {
    at: At,
    doc_id: String,
    record_id: String,
    person_key: String,
    post_key: String,
    date: String,
}

impl Keyed {
    fn report(&self, dates: bool) -> Report<'_> {
        Report {
            person_key: &self.person_key,
            post_key: &self.post_key,
            date: if dates { &self.date } else { "" },
            doc_id: &self.doc_id,
            record_id: &self.record_id,
        }
    }
}

/// The pairs of records of different documents that `merge` puts in one move, in order.
fn merged_pairs(records: &[Keyed], dates: bool) -> HashSet<(At, At)> {
    let reports: Vec<Report> = records.iter().map(|r| r.report(dates)).collect();
    let mut pairs = HashSet::new();
    for group in merge(&reports) {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                let (a, b) = (records[a].at, records[b].at);
                if a.0 != b.0 {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs
}

/// Precision, recall and their counts: right pairs, predicted pairs, gold pairs.
fn score(predicted: &HashSet<(At, At)>, gold: &HashSet<(At, At)>) -> String {
    let right = predicted.intersection(gold).count();
    let ratio = |n: usize, d: usize| {
        if d == 0 {
            "   -  ".to_string()
        } else {
            format!("{:.3}", n as f64 / d as f64)
        }
    };
    format!(
        "precision {} ({right}/{}), recall {} ({right}/{})",
        ratio(right, predicted.len()),
        predicted.len(),
        ratio(right, gold.len()),
        gold.len()
    )
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let wrong = args.iter().any(|a| a == "--wrong");
    args.retain(|a| a != "--wrong");
    if args.is_empty() || args.len() % 2 != 0 {
        eprintln!("usage: merge_check GOLD.jsonl DOCS [GOLD.jsonl DOCS …]");
        std::process::exit(2);
    }
    let extractor = Extractor::builder()
        .build()
        .expect("built-in gazetteers load");
    for pair in args.chunks(2) {
        let set = LabelledSet::load(&pair[0], &pair[0], &pair[1]).unwrap_or_else(|e| {
            eprintln!("{e}");
            std::process::exit(2);
        });
        let predicted: Vec<Vec<Identified>> = set
            .documents
            .par_iter()
            .map(|doc| Identified::all(extractor.extract(doc)))
            .collect();
        // The gold record each prediction stands for: (document, gold index) by
        // (document, prediction index).
        let mut gold_of = std::collections::HashMap::new();
        let mut gold_keyed = Vec::new();
        let mut pred_keyed = Vec::new();
        for (d, (gold, preds)) in set.gold.iter().zip(&predicted).enumerate() {
            let as_predictions: Vec<Prediction> =
                preds.iter().map(|p| Prediction::from(&p.record)).collect();
            let (pairs, _) = pair_records(&gold.records, &as_predictions);
            for (g, pair) in pairs.iter().enumerate() {
                if let Some((p, _)) = pair {
                    gold_of.insert((d, *p), (d, g));
                }
            }
            for (g, record) in gold.records.iter().enumerate() {
                gold_keyed.push(Keyed {
                    at: (d, g),
                    doc_id: gold.doc_id.clone(),
                    record_id: format!("gold-{g}"),
                    person_key: person_key(&record.person),
                    post_key: fold(&record.to_post),
                    date: record.date.clone(),
                });
            }
            for (p, record) in preds.iter().enumerate() {
                pred_keyed.push(Keyed {
                    at: (d, p),
                    doc_id: record.record.doc_id.clone(),
                    record_id: record.record_id.clone(),
                    person_key: record.person_key.clone(),
                    post_key: record.post_key.clone(),
                    date: record.record.date.clone(),
                });
            }
        }
        let matched_gold: HashSet<At> = gold_of.values().copied().collect();
        // Gold pairs: equal keys, different documents, dates not compared.
        let gold_pairs = merged_pairs(&gold_keyed, false);
        let gold_pairs_matched: HashSet<(At, At)> = gold_pairs
            .iter()
            .filter(|(a, b)| matched_gold.contains(a) && matched_gold.contains(b))
            .copied()
            .collect();
        println!(
            "{}: {} documents, {} gold records ({} paired with a prediction), {} predicted; \
             {} gold pairs ({} of paired records)",
            set.name,
            set.gold.len(),
            gold_keyed.len(),
            matched_gold.len(),
            pred_keyed.len(),
            gold_pairs.len(),
            gold_pairs_matched.len()
        );
        for (label, dates) in [("compatible dates", true), ("dates not compared", false)] {
            // Predicted pairs as pairs of gold records, where both records have one.
            let predicted_pairs = merged_pairs(&pred_keyed, dates);
            let as_gold: HashSet<(At, At)> = predicted_pairs
                .iter()
                .filter_map(|(a, b)| {
                    let (a, b) = (*gold_of.get(a)?, *gold_of.get(b)?);
                    Some((a.min(b), a.max(b)))
                })
                .collect();
            // A predicted pair of a record without a gold record is wrong end to end.
            let unmatched = predicted_pairs.len()
                - predicted_pairs
                    .iter()
                    .filter(|(a, b)| gold_of.contains_key(a) && gold_of.contains_key(b))
                    .count();
            let mut end_to_end = as_gold.clone();
            end_to_end.extend((0..unmatched).map(|i| ((usize::MAX, i), (usize::MAX, i))));
            if wrong && dates {
                let name = |(d, g): At| {
                    let record = &set.gold[d].records[g];
                    format!(
                        "{} / {} / {:?} ({})",
                        record.person, record.to_post, record.date, set.gold[d].doc_id
                    )
                };
                for &(a, b) in as_gold.difference(&gold_pairs_matched) {
                    println!(
                        "  wrongly merged: {}\n              and {}",
                        name(a),
                        name(b)
                    );
                }
            }
            println!("  {label}:");
            println!(
                "    merging             {}",
                score(&as_gold, &gold_pairs_matched)
            );
            println!(
                "    end to end          {}",
                score(&end_to_end, &gold_pairs)
            );
            println!(
                "    gold records merged {}",
                score(&merged_pairs(&gold_keyed, dates), &gold_pairs)
            );
        }
    }
}
