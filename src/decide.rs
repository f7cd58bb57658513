//! Stage 5: deciding. The rules of [`crate::extract`] propose candidate records; a
//! logistic model over general features of each candidate (how the move is told, what
//! kind of name and post it has, what else the sentence and document say) gives its
//! confidence, and the extractor keeps the candidates at or above a threshold.
//!
//! The weights are a plain TSV file, `gazetteers/scorer.tsv`, embedded at build time and
//! written by `canbo train` from gold annotations.
//!
//! ```
//! use canbo::decide::{Features, Model};
//!
//! let model = Model::parse("feature\tweight\n# threshold\t0.5\nbias\t-1\nrule=decision\t3\n").unwrap();
//! let mut features = Features::default();
//! features.set("rule=decision");
//! assert!(model.confidence(&features) > 0.85);
//! assert!(model.confidence(&Features::default()) < 0.3);
//! ```

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A candidate record and its features, before the decision.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub record: crate::Record,
    pub features: Features,
}

/// The named features of one candidate record: indicators (value 1) and a few numbers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    values: Vec<(Cow<'static, str>, f32)>,
}

impl Features {
    /// Sets an indicator feature.
    pub fn set(&mut self, name: impl Into<Cow<'static, str>>) {
        self.values.push((name.into(), 1.0));
    }

    /// Sets an indicator feature when `on`.
    pub fn set_if(&mut self, name: &'static str, on: bool) {
        if on {
            self.set(name);
        }
    }

    /// Sets a feature to a value.
    pub fn set_value(&mut self, name: impl Into<Cow<'static, str>>, value: f32) {
        self.values.push((name.into(), value));
    }

    /// The features, in the order they were set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, f32)> {
        self.values.iter().map(|(k, v)| (k.as_ref(), *v))
    }
}

/// An error in a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("scorer line {line}: {reason}")]
    Line { line: usize, reason: String },
}

/// A logistic model: a weight per feature (missing features weigh nothing) and the
/// threshold of confidence at which a candidate becomes a record.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    weights: HashMap<String, f32>,
    threshold: f32,
}

const BUILTIN: &str = include_str!("../gazetteers/scorer.tsv");

impl Model {
    /// The model shipped with canbo (`gazetteers/scorer.tsv`).
    pub fn builtin() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::parse(BUILTIN).unwrap_or_else(|_| Model::accept_all()))
    }

    /// A model that gives every candidate confidence 0.5 and keeps it.
    pub fn accept_all() -> Model {
        Model {
            weights: HashMap::new(),
            threshold: 0.5,
        }
    }

    /// Reads a model: a header row `feature<TAB>weight`, a row per feature, and a
    /// comment row `# threshold<TAB>T`; other `#` rows are comments.
    pub fn parse(text: &str) -> Result<Model, ModelError> {
        let mut model = Model::accept_all();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let bad = |reason: &str| ModelError::Line {
                line: line_no,
                reason: reason.to_string(),
            };
            if line.trim().is_empty() || (i == 0 && line == "feature\tweight") {
                continue;
            }
            let (key, value) = line
                .split_once('\t')
                .ok_or_else(|| bad("expected two tab-separated columns"))?;
            let value: f32 = value
                .trim()
                .parse()
                .map_err(|_| bad("the weight is not a number"))?;
            if !value.is_finite() {
                return Err(bad("the weight is not finite"));
            }
            match key.strip_prefix('#') {
                Some(c) if c.trim() == "threshold" => model.threshold = value,
                Some(_) => {}
                None => {
                    model.weights.insert(key.to_string(), value);
                }
            }
        }
        Ok(model)
    }

    /// The model as a TSV file that [`Model::parse`] reads back, features sorted.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<(&String, &f32)> = self.weights.iter().collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        let mut out = String::from("feature\tweight\n");
        out.push_str(&format!("# threshold\t{:.3}\n", self.threshold));
        for (k, w) in rows {
            out.push_str(&format!("{k}\t{w:.4}\n"));
        }
        out
    }

    /// The confidence at which a candidate becomes a record by default.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    pub fn set_threshold(&mut self, threshold: f32) {
        self.threshold = threshold;
    }

    /// The weight of a feature (0 when the model does not know it).
    pub fn weight(&self, feature: &str) -> f32 {
        self.weights.get(feature).copied().unwrap_or(0.0)
    }

    /// The probability that a candidate with these features is a right record.
    pub fn confidence(&self, features: &Features) -> f32 {
        let z: f32 = self.weight("bias")
            + features
                .iter()
                .map(|(k, v)| self.weight(k) * v)
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// Fits a [`Model`] to labelled candidates: L2-regularised logistic regression by full
/// batch gradient descent with AdaGrad steps. Features seen on fewer than `min_count`
/// candidates are left out, so that no weight stands for one article's wording.
#[derive(Clone, Debug)]
pub struct Trainer {
    pub l2: f32,
    pub epochs: usize,
    pub min_count: usize,
    pub learning_rate: f32,
}

impl Default for Trainer {
    fn default() -> Self {
        Trainer {
            l2: 0.05,
            epochs: 600,
            min_count: 5,
            learning_rate: 0.3,
        }
    }
}

impl Trainer {
    /// A model fitted to `examples` (features, whether the candidate is right), with the
    /// given threshold.
    pub fn fit(&self, examples: &[(&Features, bool)], threshold: f32) -> Model {
        // The feature index, counting candidates per feature.
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (f, _) in examples {
            for (k, _) in f.iter() {
                *counts.entry(k).or_default() += 1;
            }
        }
        let mut names: Vec<&str> = counts
            .iter()
            .filter(|&(_, &c)| c >= self.min_count)
            .map(|(&k, _)| k)
            .collect();
        names.sort_unstable();
        let index: HashMap<&str, usize> =
            names.iter().enumerate().map(|(i, &k)| (k, i + 1)).collect();
        // Sparse rows; column 0 is the bias.
        let rows: Vec<(Vec<(usize, f32)>, f32)> = examples
            .iter()
            .map(|(f, y)| {
                let mut row = vec![(0, 1.0)];
                row.extend(f.iter().filter_map(|(k, v)| index.get(k).map(|&i| (i, v))));
                (row, if *y { 1.0 } else { 0.0 })
            })
            .collect();
        let dim = names.len() + 1;
        let mut w = vec![0.0f32; dim];
        let mut g2 = vec![1e-8f32; dim];
        let n = rows.len().max(1) as f32;
        for _ in 0..self.epochs {
            let mut grad = vec![0.0f32; dim];
            for (row, y) in &rows {
                let z: f32 = row.iter().map(|&(i, v)| w[i] * v).sum();
                let p = 1.0 / (1.0 + (-z).exp());
                for &(i, v) in row {
                    grad[i] += (p - y) * v / n;
                }
            }
            for i in 0..dim {
                if i > 0 {
                    grad[i] += self.l2 * w[i];
                }
                g2[i] += grad[i] * grad[i];
                w[i] -= self.learning_rate * grad[i] / g2[i].sqrt();
            }
        }
        let mut weights = HashMap::new();
        weights.insert("bias".to_string(), w[0]);
        for (k, i) in index {
            if w[i].abs() >= 1e-4 {
                weights.insert(k.to_string(), w[i]);
            }
        }
        Model { weights, threshold }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(names: &[&'static str]) -> Features {
        let mut f = Features::default();
        for &n in names {
            f.set(n);
        }
        f
    }

    #[test]
    fn learns_which_features_tell_a_right_record() {
        // "decision" candidates are right, "mention" ones wrong; "title" tells nothing.
        let mut data = Vec::new();
        for i in 0..40 {
            let title = if i % 2 == 0 { "title" } else { "text" };
            data.push((features(&["rule=decision", title]), true));
            data.push((features(&["rule=mention", title]), false));
        }
        let examples: Vec<(&Features, bool)> = data.iter().map(|(f, y)| (f, *y)).collect();
        let model = Trainer::default().fit(&examples, 0.5);
        assert!(model.confidence(&features(&["rule=decision"])) > 0.8);
        assert!(model.confidence(&features(&["rule=mention"])) < 0.2);
        assert!(model.weight("title").abs() < 0.2);
        // A feature seen on fewer candidates than `min_count` gets no weight.
        let mut rare = data.clone();
        rare.push((features(&["rule=decision", "once"]), true));
        let examples: Vec<(&Features, bool)> = rare.iter().map(|(f, y)| (f, *y)).collect();
        assert_eq!(Trainer::default().fit(&examples, 0.5).weight("once"), 0.0);
    }

    #[test]
    fn a_model_reads_back_what_it_writes() {
        let mut data = Vec::new();
        for i in 0..30 {
            data.push((
                features(&["a", if i % 3 == 0 { "b" } else { "c" }]),
                i % 3 != 0,
            ));
        }
        let examples: Vec<(&Features, bool)> = data.iter().map(|(f, y)| (f, *y)).collect();
        let model = Trainer::default().fit(&examples, 0.42);
        let back = Model::parse(&model.to_tsv()).unwrap();
        assert_eq!(back.threshold(), 0.42);
        for (f, _) in &data {
            assert!((back.confidence(f) - model.confidence(f)).abs() < 1e-3);
        }
    }

    #[test]
    fn bad_model_rows_name_their_line() {
        let cases = [
            ("feature\tweight\nbias 1\n", 2),
            ("feature\tweight\nbias\tone\n", 2),
            ("feature\tweight\n# threshold\t0.5\nx\tinf\n", 3),
        ];
        for (text, line) in cases {
            match Model::parse(text) {
                Err(ModelError::Line { line: l, .. }) => assert_eq!(l, line, "{text:?}"),
                Ok(_) => panic!("{text:?} parsed"),
            }
        }
    }

    #[test]
    fn the_builtin_model_parses() {
        let model = Model::parse(BUILTIN).unwrap();
        assert!((0.0..=1.0).contains(&model.threshold()));
        assert!(model.weight("bias") != 0.0);
    }
}
