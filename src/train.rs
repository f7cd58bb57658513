//! Learning the model of [`crate::decide`] from gold annotations, and measuring it
//! honestly: k-fold cross-validation by document, the precision–recall curve over
//! confidence, and the calibration of the confidence.
//!
//! A labelled set is a gold file (ANNOTATION.md) and the documents it annotates. Every
//! candidate the rules propose for a document is labelled right when the reference
//! pairing of [`crate::eval`] pairs it with a gold record (person and new post match).
//!
//! ```no_run
//! use canbo::train::{LabelledSet, Training};
//! use canbo::Extractor;
//!
//! let sets = vec![LabelledSet::load("dev", "gold/dev.jsonl", "gold/dev-docs.jsonl")?];
//! let extractor = Extractor::builder().min_confidence(0.0).build()?;
//! let training = Training::new(&extractor, &sets);
//! let held_out = training.cross_validate(5, &Default::default());
//! println!("{}", training.evaluate(&held_out, 0, 0.5).summary());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::decide::{Candidate, Features, Model, Trainer};
use crate::eval::{self, EvalError, Evaluation, GoldDoc, Prediction};
use crate::input::{Item, Reader, Source};
use crate::{Document, Extractor};

/// An error while loading a labelled set.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error(transparent)]
    Gold(#[from] EvalError),
    #[error("{}: no document for the gold document {doc_id}", path.display())]
    MissingDocument { path: PathBuf, doc_id: String },
}

/// Gold annotations and the documents they annotate.
#[derive(Clone, Debug)]
pub struct LabelledSet {
    pub name: String,
    pub gold: Vec<GoldDoc>,
    /// The documents, in the order of `gold`.
    pub documents: Vec<Document>,
}

impl LabelledSet {
    /// Reads a gold file and the documents it annotates: a file or a directory, as
    /// `canbo extract` reads them (a `.txt` document's id is its path as given). Every
    /// gold document must be among them; other documents are left out.
    pub fn load(
        name: &str,
        gold: impl AsRef<Path>,
        documents: impl AsRef<Path>,
    ) -> Result<LabelledSet, TrainError> {
        let gold = eval::read_gold(gold)?;
        let path = documents.as_ref().to_path_buf();
        let mut by_id: HashMap<String, Document> = HashMap::new();
        // What is not a document (a gold file in the same directory) is passed over: a
        // gold document without its text is the error.
        for item in Reader::new(&[Source::Path(path.clone())]) {
            if let Item::Document(doc) = item {
                by_id.insert(doc.id.clone(), doc);
            }
        }
        let documents = gold
            .iter()
            .map(|g| {
                by_id
                    .remove(&g.doc_id)
                    .ok_or_else(|| TrainError::MissingDocument {
                        path: path.clone(),
                        doc_id: g.doc_id.clone(),
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(LabelledSet {
            name: name.to_string(),
            gold,
            documents,
        })
    }
}

/// One candidate of a labelled set's document, labelled.
#[derive(Clone, Debug)]
pub struct Example {
    /// Index of its set and of its document in the set.
    pub set: usize,
    pub doc: usize,
    pub candidate: Candidate,
    pub right: bool,
}

/// The labelled candidates of several sets, to fit and measure models on.
#[derive(Debug)]
pub struct Training<'a> {
    sets: &'a [LabelledSet],
    pub examples: Vec<Example>,
}

impl<'a> Training<'a> {
    /// Proposes and labels the candidates of every document of `sets`. The extractor's
    /// own model does not matter: every candidate is kept.
    pub fn new(extractor: &Extractor, sets: &'a [LabelledSet]) -> Training<'a> {
        let mut examples = Vec::new();
        for (si, set) in sets.iter().enumerate() {
            let per_doc: Vec<Vec<Example>> = set
                .documents
                .par_iter()
                .zip(&set.gold)
                .enumerate()
                .map(|(di, (doc, gold))| {
                    let candidates = extractor.candidates(doc);
                    let preds: Vec<Prediction> = candidates.iter().map(prediction).collect();
                    let (_, used) = eval::pair_records(&gold.records, &preds);
                    candidates
                        .into_iter()
                        .zip(used)
                        .map(|(candidate, right)| Example {
                            set: si,
                            doc: di,
                            candidate,
                            right,
                        })
                        .collect()
                })
                .collect();
            examples.extend(per_doc.into_iter().flatten());
        }
        Training { sets, examples }
    }

    /// A model fitted to every example, with the given threshold.
    pub fn fit(&self, trainer: &Trainer, threshold: f32) -> Model {
        let data: Vec<(&Features, bool)> = self
            .examples
            .iter()
            .map(|e| (&e.candidate.features, e.right))
            .collect();
        trainer.fit(&data, threshold)
    }

    /// The fold of a document: a hash of its id, so that folds do not depend on order.
    fn fold_of(&self, e: &Example, folds: usize) -> usize {
        let id = &self.sets[e.set].gold[e.doc].doc_id;
        // FNV-1a: stable across runs and machines.
        let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        (hash % folds as u64) as usize
    }

    /// The confidence of every example from a model fitted without its document's fold:
    /// `folds`-fold cross-validation by document, over all sets together.
    pub fn cross_validate(&self, folds: usize, trainer: &Trainer) -> Vec<f32> {
        let folds = folds.max(2);
        let fold: Vec<usize> = self
            .examples
            .iter()
            .map(|e| self.fold_of(e, folds))
            .collect();
        let mut held_out = vec![0.0; self.examples.len()];
        let models: Vec<Model> = (0..folds)
            .into_par_iter()
            .map(|k| {
                let data: Vec<(&Features, bool)> = self
                    .examples
                    .iter()
                    .zip(&fold)
                    .filter(|(_, &f)| f != k)
                    .map(|(e, _)| (&e.candidate.features, e.right))
                    .collect();
                trainer.fit(&data, 0.5)
            })
            .collect();
        for (i, e) in self.examples.iter().enumerate() {
            held_out[i] = models[fold[i]].confidence(&e.candidate.features);
        }
        held_out
    }

    /// The evaluation of one set (as `canbo eval` scores it) when the records are the
    /// candidates whose `confidence` is at least `threshold`.
    pub fn evaluate(&self, confidence: &[f32], set: usize, threshold: f32) -> Evaluation {
        let preds: Vec<Prediction> = self
            .examples
            .iter()
            .zip(confidence)
            .filter(|(e, &c)| e.set == set && c >= threshold)
            .map(|(e, _)| prediction(&e.candidate))
            .collect();
        eval::evaluate(&self.sets[set].gold, &preds)
    }

    /// The sets' names, in order.
    pub fn set_names(&self) -> Vec<&str> {
        self.sets.iter().map(|s| s.name.as_str()).collect()
    }

    /// Calibration: for each band of confidence of width 0.1, the candidates in it and
    /// the share of them that are right.
    pub fn calibration(&self, confidence: &[f32]) -> Vec<(f32, usize, f32)> {
        let mut bands = vec![(0usize, 0usize); 10];
        for (e, &c) in self.examples.iter().zip(confidence) {
            let b = ((c * 10.0) as usize).min(9);
            bands[b].0 += 1;
            bands[b].1 += usize::from(e.right);
        }
        bands
            .into_iter()
            .enumerate()
            .filter(|(_, (n, _))| *n > 0)
            .map(|(i, (n, right))| (i as f32 / 10.0, n, right as f32 / n as f32))
            .collect()
    }
}

/// A candidate as the evaluation reads a predicted record.
fn prediction(c: &Candidate) -> Prediction {
    let r = &c.record;
    Prediction::new(&r.doc_id, &r.person, &r.from_post, &r.to_post, &r.date)
}

/// The threshold to keep records at: the one whose F1, averaged with the thresholds
/// beside it, is best. A lone peak between two worse thresholds is the noise of a few
/// records, not a better threshold. Of thresholds as good, the highest: the same F1
/// with fewer records is the higher precision. "As good" is within `tolerance` of the
/// best: a record more or less moves F1 by about one over the records counted, so a
/// tolerance of that size keeps one record's noise from pulling the threshold down.
/// `means` holds (threshold, F1) in increasing order of threshold; returns the
/// threshold and its averaged F1.
///
/// ```
/// // 0.45 peaks alone; 0.30 is as good with its neighbours.
/// let means = [(0.25, 0.730), (0.30, 0.734), (0.35, 0.734), (0.40, 0.726), (0.45, 0.736), (0.50, 0.722)];
/// assert_eq!(canbo::train::pick_threshold(&means, 0.0).0, 0.30);
/// // Within a tolerance of 0.001, 0.35 is as good as the best, 0.30, and higher.
/// let means = [(0.25, 0.7300), (0.30, 0.7340), (0.35, 0.7334), (0.40, 0.7310), (0.45, 0.7200)];
/// assert_eq!(canbo::train::pick_threshold(&means, 0.001).0, 0.35);
/// ```
pub fn pick_threshold(means: &[(f32, f64)], tolerance: f64) -> (f32, f64) {
    let averaged: Vec<(f32, f64)> = means
        .iter()
        .enumerate()
        .map(|(i, &(t, _))| {
            let around = &means[i.saturating_sub(1)..(i + 2).min(means.len())];
            (
                t,
                around.iter().map(|&(_, f)| f).sum::<f64>() / around.len() as f64,
            )
        })
        .collect();
    let best = averaged.iter().map(|&(_, f)| f).fold(f64::MIN, f64::max);
    averaged
        .into_iter()
        .rev()
        .find(|&(_, f)| f >= best - tolerance - 1e-9)
        .unwrap_or((0.0, f64::MIN))
}

/// The points of a precision–recall curve: (threshold, precision, recall).
pub type Curve = Vec<(f32, f64, f64)>;

/// A precision–recall curve as an SVG picture: one polyline per set, its points
/// labelled with their threshold of confidence.
pub fn curve_svg(curves: &[(String, Curve)]) -> String {
    const W: f64 = 560.0;
    const H: f64 = 420.0;
    const M: f64 = 50.0;
    let x = |recall: f64| M + recall * (W - 2.0 * M);
    let y = |precision: f64| H - M - precision * (H - 2.0 * M);
    let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" font-family=\"sans-serif\" font-size=\"12\">\n\
         <rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>\n"
    );
    // Axes and grid.
    for i in 0..=10 {
        let v = f64::from(i) / 10.0;
        svg.push_str(&format!(
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/>\n\
             <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{v:.1}</text>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{v:.1}</text>\n",
            x(v),
            y(0.0),
            x(v),
            y(1.0),
            x(0.0),
            y(v),
            x(1.0),
            y(v),
            x(v),
            y(0.0) + 16.0,
            x(0.0) - 6.0,
            y(v) + 4.0,
        ));
    }
    svg.push_str(&format!(
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">recall</text>\n\
         <text x=\"14\" y=\"{:.1}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {:.1})\">precision</text>\n",
        W / 2.0,
        H - 10.0,
        H / 2.0,
        H / 2.0
    ));
    for (i, (name, points)) in curves.iter().enumerate() {
        let colour = colours[i % colours.len()];
        // A threshold that keeps nothing has no precision: no point.
        let points: Vec<(f32, f64, f64)> = points
            .iter()
            .copied()
            .filter(|&(_, _, r)| r > 0.0)
            .collect();
        let path: Vec<String> = points
            .iter()
            .map(|&(_, p, r)| format!("{:.1},{:.1}", x(r), y(p)))
            .collect();
        svg.push_str(&format!(
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{}\"/>\n",
            path.join(" ")
        ));
        // Thresholds labelled every 0.2, where the point has moved from the last label.
        let mut labelled: Option<(f64, f64)> = None;
        for &(t, p, r) in &points {
            svg.push_str(&format!(
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"/>\n",
                x(r),
                y(p)
            ));
            let moved = labelled.is_none_or(|(lp, lr)| (lp - p).abs() + (lr - r).abs() > 0.04);
            let tenths = (t * 10.0).round();
            if moved && (t * 10.0 - tenths).abs() < 1e-3 && tenths as i32 % 2 == 0 {
                labelled = Some((p, r));
                svg.push_str(&format!(
                    "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{colour}\" font-size=\"10\">{t:.1}</text>\n",
                    x(r) + 4.0,
                    y(p) - 4.0
                ));
            }
        }
        svg.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{colour}\">{name}</text>\n",
            M + 14.0,
            H - M - 14.0 - 16.0 * (curves.len() - 1 - i) as f64
        ));
    }
    svg.push_str(&format!(
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#555\">labels: the threshold of confidence</text>\n",
        M + 14.0,
        M - 14.0
    ));
    svg.push_str("</svg>\n");
    svg
}
