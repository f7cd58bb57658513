//! Scoring predicted rotation records against gold annotations.
//!
//! This module is a faithful port of the reference scorer `shared/tools/score.py`,
//! which implements the comparison rules of `ANNOTATION.md`: both sides are
//! [folded](fold) (abbreviations expanded, term qualifiers and tone marks removed,
//! lower-cased, punctuation dropped), then, document by document, each gold
//! record is paired greedily with the best remaining prediction whose person and
//! `to_post` match at least leniently.
//!
//! The output of [`Evaluation::to_json`] and [`Evaluation::errors_report`] is
//! byte for byte what `score.py` prints (with `--errors`), including Python's
//! float formatting and its `json.dumps` spacing.
//!
//! # Example
//!
//! ```
//! use canbo::eval::{evaluate, GoldDoc, GoldRecord, MismatchKind, Prediction};
//!
//! let gold = vec![GoldDoc {
//!     doc_id: "vd:1".to_string(),
//!     records: vec![GoldRecord {
//!         person: "Lê Hữu Tùng".to_string(),
//!         from_post: "Phó Chủ tịch UBND huyện Kim Động".to_string(),
//!         to_post: "Chủ tịch UBND huyện Kim Động".to_string(),
//!         date: "2019-07-01".to_string(),
//!         ..GoldRecord::default()
//!     }],
//! }];
//! let predictions = vec![
//!     // Short name, abbreviation spelled out, month only, no from_post.
//!     Prediction::new("vd:1", "ông Tùng", "", "Chủ tịch Ủy ban nhân dân huyện Kim Động", "2019-07"),
//!     Prediction::new("vd:1", "Lê Hữu Tùng", "", "Bí thư Huyện ủy", ""),
//! ];
//! let ev = evaluate(&gold, &predictions);
//! assert_eq!((ev.gold_records, ev.pred_records, ev.matched), (1, 2, 1));
//! assert_eq!(ev.recall, 1.0);
//! assert_eq!(ev.strict_f1, 0.0);
//! assert_eq!(ev.date_lenient_acc, 1.0);
//! assert_eq!(
//!     ev.to_json(),
//!     r#"{"gold_records": 1, "pred_records": 2, "matched": 1, "precision": 0.5, "recall": 1.0, "f1": 0.6667, "strict_f1": 0.0, "from_post_strict_acc": 0.0, "from_post_lenient_acc": 0.0, "date_exact_acc": 0.0, "date_lenient_acc": 1.0}"#,
//! );
//! let kinds: Vec<MismatchKind> = ev.mismatches.iter().map(|m| m.kind).collect();
//! assert_eq!(kinds, [MismatchKind::Partial, MismatchKind::Spurious]);
//! ```

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::record::Record;

// ---------------------------------------------------------------------------
// Errors

/// An error reading a gold or predictions file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// A line of a gold file is not a valid gold document.
    #[error("{}:{line}: malformed gold document: {source}", path.display())]
    Gold {
        /// The gold file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// A line of a `.jsonl` predictions file is not a valid prediction.
    #[error("{}:{line}: malformed prediction: {source}", path.display())]
    Prediction {
        /// The predictions file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// A CSV predictions file could not be parsed.
    #[error("{}: {source}", path.display())]
    Csv {
        /// The predictions file.
        path: PathBuf,
        /// The CSV error (it carries the line number).
        source: csv::Error,
    },
    /// The header of a CSV predictions file lacks a required column.
    #[error("{}: the header has no `{column}` column", path.display())]
    MissingColumn {
        /// The predictions file.
        path: PathBuf,
        /// The missing column.
        column: &'static str,
    },
}

// ---------------------------------------------------------------------------
// Gold and predictions

/// One annotated document of a gold file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GoldDoc {
    /// The document's id.
    pub doc_id: String,
    /// Its rotation records; empty for a document without moves.
    #[serde(default, deserialize_with = "null_default")]
    pub records: Vec<GoldRecord>,
}

/// One gold rotation record (see `ANNOTATION.md`).
///
/// Every field but `person` and `to_post` may be missing (or `null`) in the
/// file; it then defaults to empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GoldRecord {
    /// The person's full name, without honorifics.
    pub person: String,
    /// The post held right before the move; empty when the document does not say.
    #[serde(default, deserialize_with = "null_default")]
    pub from_post: String,
    /// The post taken up.
    pub to_post: String,
    /// ISO 8601 partial date of the move, or empty.
    #[serde(default, deserialize_with = "null_default")]
    pub date: String,
    /// The document's word for the move (never required of a prediction).
    #[serde(default, deserialize_with = "null_default")]
    pub kind: String,
    /// Accepted alternative forms of `from_post`.
    #[serde(default, deserialize_with = "null_default")]
    pub from_post_alt: Vec<String>,
    /// Accepted alternative forms of `to_post`.
    #[serde(default, deserialize_with = "null_default")]
    pub to_post_alt: Vec<String>,
    /// The annotator's note.
    #[serde(default, deserialize_with = "null_default")]
    pub note: String,
    /// The record's JSON object as it stands in the gold file (key order and
    /// unknown keys kept), rendered the way Python's `json.dumps` prints it.
    ///
    /// [`read_gold`] sets it so that error reports match `score.py` exactly;
    /// when `None`, reports render the record from its fields.
    #[serde(skip)]
    pub source_json: Option<String>,
}

/// One predicted record, as read from a predictions file.
///
/// Fields are `None` where the file has no such column (or a short row, or a
/// JSON `null`); the reference scorer treats them as empty and reports them as
/// `null`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Prediction {
    /// The document's id.
    #[serde(default, deserialize_with = "null_default")]
    pub doc_id: String,
    /// The person's name.
    #[serde(default)]
    pub person: Option<String>,
    /// The post held before the move.
    #[serde(default)]
    pub from_post: Option<String>,
    /// The post taken up.
    #[serde(default)]
    pub to_post: Option<String>,
    /// ISO 8601 partial date, or empty.
    #[serde(default)]
    pub date: Option<String>,
}

impl Prediction {
    /// A prediction with every field present.
    pub fn new(doc_id: &str, person: &str, from_post: &str, to_post: &str, date: &str) -> Self {
        Prediction {
            doc_id: doc_id.to_string(),
            person: Some(person.to_string()),
            from_post: Some(from_post.to_string()),
            to_post: Some(to_post.to_string()),
            date: Some(date.to_string()),
        }
    }
}

/// A prediction's field, `None` read as empty (as score.py's `x or ""`).
fn text(field: &Option<String>) -> &str {
    field.as_deref().unwrap_or("")
}

impl From<&Record> for Prediction {
    fn from(r: &Record) -> Self {
        Prediction::new(&r.doc_id, &r.person, &r.from_post, &r.to_post, &r.date)
    }
}

/// Deserializes `null` as the type's default value.
fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Reads a gold file: JSON Lines, one [`GoldDoc`] a line; blank lines are skipped.
pub fn read_gold<P: AsRef<Path>>(path: P) -> Result<Vec<GoldDoc>, EvalError> {
    let path = path.as_ref();
    let text = fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_matches(py_is_space).is_empty() {
            continue;
        }
        let err = |source| EvalError::Gold {
            path: path.to_path_buf(),
            line: i + 1,
            source,
        };
        let mut doc: GoldDoc = serde_json::from_str(line).map_err(err)?;
        let raw: Json = serde_json::from_str(line).map_err(err)?;
        if let Some(Json::Arr(raw_records)) = raw.get("records") {
            for (rec, raw_rec) in doc.records.iter_mut().zip(raw_records) {
                rec.source_json = Some(raw_rec.dumps());
            }
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// Reads predictions: a CSV file with a header naming at least `doc_id`
/// (`person`, `from_post`, `to_post` and `date` are read when present, other
/// columns are ignored), or, when the file name ends in `.jsonl`, JSON Lines
/// with one object a line carrying those keys.
///
/// Two deliberate departures from score.py, which would silently score such a
/// file as empty: a missing `doc_id` column is an error, and a leading UTF-8
/// byte order mark is skipped.
pub fn read_predictions<P: AsRef<Path>>(path: P) -> Result<Vec<Prediction>, EvalError> {
    let path = path.as_ref();
    let is_jsonl = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
    if is_jsonl {
        read_predictions_jsonl(path)
    } else {
        read_predictions_csv(path)
    }
}

fn read_predictions_jsonl(path: &Path) -> Result<Vec<Prediction>, EvalError> {
    let text = fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut preds = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_matches(py_is_space).is_empty() {
            continue;
        }
        let pred = serde_json::from_str(line).map_err(|source| EvalError::Prediction {
            path: path.to_path_buf(),
            line: i + 1,
            source,
        })?;
        preds.push(pred);
    }
    Ok(preds)
}

fn read_predictions_csv(path: &Path) -> Result<Vec<Prediction>, EvalError> {
    let csv_err = |source| EvalError::Csv {
        path: path.to_path_buf(),
        source,
    };
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(csv_err)?;
    let header = rdr.headers().map_err(csv_err)?.clone();
    if header.is_empty() {
        return Ok(Vec::new());
    }
    // Like Python's csv.DictReader, a repeated column name means its last column.
    let column = |name: &str| {
        header
            .iter()
            .enumerate()
            .filter(|(_, h)| *h == name)
            .map(|(i, _)| i)
            .last()
    };
    let doc_id = column("doc_id").ok_or_else(|| EvalError::MissingColumn {
        path: path.to_path_buf(),
        column: "doc_id",
    })?;
    let (person, from_post, to_post, date) = (
        column("person"),
        column("from_post"),
        column("to_post"),
        column("date"),
    );
    let mut preds = Vec::new();
    for row in rdr.records() {
        let row = row.map_err(csv_err)?;
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map(str::to_string);
        preds.push(Prediction {
            doc_id: get(Some(doc_id)).unwrap_or_default(),
            person: get(person),
            from_post: get(from_post),
            to_post: get(to_post),
            date: get(date),
        });
    }
    Ok(preds)
}

// ---------------------------------------------------------------------------
// Python character classes

/// Python's `str.isspace()`, which is also what `re`'s `\s` and `str.split()` use.
fn py_is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python `re`'s `\w` on `str`: letters (L*), numbers (N*) and `_`.
///
/// Unlike the regex crate's `\w`, it excludes combining marks and connector
/// punctuation other than `_`, and includes `No` numbers such as `²`.
fn py_is_word(c: char) -> bool {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}_]$").unwrap());
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    // Rust's alphanumeric (Alphabetic ∪ N) is a superset of L ∪ N.
    c.is_alphanumeric() && WORD.is_match(c.encode_utf8(&mut [0; 4]))
}

/// Python's `\b` at byte offset `at` of `s`.
fn py_word_boundary(s: &str, at: usize) -> bool {
    let before = s.get(..at).and_then(|t| t.chars().next_back());
    let after = s.get(at..).and_then(|t| t.chars().next());
    before.is_some_and(py_is_word) != after.is_some_and(py_is_word)
}

/// The regex syntax of Python's `\s`.
const PY_S: &str = r"[\s\x1C-\x1F]";

/// A pattern of score.py with its `\b` assertions lifted out: the regex crate's
/// `\b` follows a different definition of a word character than Python's.
struct Pattern {
    re: Regex,
    /// Whether the match must start at a word boundary.
    start_boundary: fn(&str) -> bool,
    /// Whether the match must end at a word boundary.
    end_boundary: fn(&str) -> bool,
}

impl Pattern {
    fn new(py_pattern: &str, start: fn(&str) -> bool, end: fn(&str) -> bool) -> Pattern {
        let re = Regex::new(&py_pattern.replace(r"\s", PY_S)).expect("valid built-in pattern");
        Pattern {
            re,
            start_boundary: start,
            end_boundary: end,
        }
    }

    /// Python's `re.sub(pattern, rep, s)`.
    fn sub(&self, s: &str, rep: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let (mut last, mut pos) = (0, 0);
        while let Some(m) = self.re.find_at(s, pos) {
            let ok = (!(self.start_boundary)(m.as_str()) || py_word_boundary(s, m.start()))
                && (!(self.end_boundary)(m.as_str()) || py_word_boundary(s, m.end()));
            if ok && !m.is_empty() {
                out.push_str(&s[last..m.start()]);
                out.push_str(rep);
                last = m.end();
                pos = m.end();
            } else {
                let step = s[m.start()..].chars().next().map_or(1, char::len_utf8);
                pos = m.start() + step;
            }
            if pos > s.len() {
                break;
            }
        }
        out.push_str(&s[last..]);
        out
    }
}

fn always(_: &str) -> bool {
    true
}

fn never(_: &str) -> bool {
    false
}

/// score.py's `ABBREV`, in its order, with its replacements.
static ABBREV: LazyLock<Vec<(Pattern, &'static str)>> = LazyLock::new(|| {
    let table: [(&str, bool, &str); 23] = [
        ("UBND", true, "Ủy ban nhân dân"),
        ("HĐND", true, "Hội đồng nhân dân"),
        ("MTTQ", true, "Mặt trận Tổ quốc"),
        ("UBMTTQ", true, "Ủy ban Mặt trận Tổ quốc"),
        ("BCH", true, "Ban Chấp hành"),
        ("BTV", true, "Ban Thường vụ"),
        ("UBKT", true, "Ủy ban Kiểm tra"),
        ("PBT", true, "Phó Bí thư"),
        ("PCT", true, "Phó Chủ tịch"),
        ("PGĐ", true, "Phó Giám đốc"),
        ("GĐ", true, "Giám đốc"),
        (r"TP\.?\s", false, "thành phố "),
        (r"TX\.?\s", false, "thị xã "),
        (r"KH\s*&\s*ĐT", true, "Kế hoạch và Đầu tư"),
        (r"GD\s*&\s*ĐT", true, "Giáo dục và Đào tạo"),
        (r"TN\s*&\s*MT", true, "Tài nguyên và Môi trường"),
        (
            r"NN\s*&\s*PTNT",
            true,
            "Nông nghiệp và Phát triển nông thôn",
        ),
        (
            r"LĐ\s*-?\s*TB\s*&\s*XH",
            true,
            "Lao động Thương binh và Xã hội",
        ),
        ("GTVT", true, "Giao thông vận tải"),
        ("TƯ", true, "Trung ương"),
        ("TW", true, "Trung ương"),
        ("ĐBQH", true, "đại biểu Quốc hội"),
        ("CA", true, "Công an"),
    ];
    table
        .into_iter()
        .map(|(pat, end, rep)| {
            (
                Pattern::new(pat, always, if end { always } else { never }),
                rep,
            )
        })
        .collect()
});

/// score.py's `TERM`: only its `khóa …` alternatives carry `\b`.
///
/// Python's case-insensitive `i` also matches `İ` and `ı`, which the regex
/// crate's simple case folding does not: they are listed explicitly.
static TERM: LazyLock<Pattern> = LazyLock::new(|| {
    fn khoa(m: &str) -> bool {
        !m.starts_with(['n', 'N'])
    }
    Pattern::new(
        r"(?i)nh[iİı]ệm kỳ\s*\d{4}\s*[-–]\s*\d{4}|khó?a\s+[IVXLCDMİı\d]+|khoá\s+[IVXLCDMİı\d]+",
        khoa,
        khoa,
    )
});

static HONORIFIC: LazyLock<Regex> = LazyLock::new(|| {
    let pat = r"(?i)^(?:ông|bà|đồng chí|đ/c|anh|chị|các ông|các bà)\s+";
    Regex::new(&pat.replace(r"\s", PY_S)).expect("valid built-in pattern")
});

/// The five Vietnamese tone marks (combining grave, acute, tilde, hook above, dot below).
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

// ---------------------------------------------------------------------------
// Folding and matching

/// Folds a post or a name for comparison: NFC, standard abbreviations
/// expanded, term qualifiers removed, tone marks removed, lower case,
/// punctuation to spaces, spaces collapsed.
///
/// ```
/// use canbo::eval::fold;
///
/// // Tone marks go; the letters â, ă, ê, ô, ơ, ư and đ stay.
/// assert_eq!(fold("PCT UBND TP. Hải Phòng"), "pho chu tich uy ban nhân dân thanh phô hai phong");
/// assert_eq!(fold("Bí thư Tỉnh ủy khóa XVI, nhiệm kỳ 2020 - 2025"), "bi thư tinh uy");
/// ```
pub fn fold(s: &str) -> String {
    let mut s = nfc(s);
    for (pat, rep) in ABBREV.iter() {
        s = pat.sub(&s, rep);
    }
    let s = TERM.sub(&s, " ");
    let toneless: String = s.nfd().filter(|c| !TONES.contains(c)).nfc().collect();
    let lower = toneless.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let words = lower
        .split(|c: char| !py_is_word(c))
        .filter(|w| !w.is_empty());
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Folds a person's name: surrounding spaces and a leading honorific
/// (ông, bà, đồng chí, đ/c, anh, chị, các ông, các bà) removed, then [`fold`].
///
/// ```
/// use canbo::eval::person_key;
///
/// assert_eq!(person_key("  Ông Lê Hữu Tùng"), "lê hưu tung");
/// ```
pub fn person_key(s: &str) -> String {
    let s = nfc(s.trim_matches(py_is_space));
    fold(&HONORIFIC.replace(&s, ""))
}

/// `s` in NFC: copied as it is when the quick check finds it so (as the fields of
/// records, cut from normalized text, are), without composing it again.
fn nfc(s: &str) -> String {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

/// How well one field of a prediction matches the gold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Match {
    /// No match.
    None,
    /// A lenient match (short name, leading run of a post, partial date).
    Lenient,
    /// A strict match (equal after folding, or exact date).
    Strict,
}

impl Match {
    /// True for a lenient or strict match.
    pub fn is_match(self) -> bool {
        self != Match::None
    }
}

/// Compares a predicted name with a gold name: equal after [`person_key`]
/// (strict), or the prediction is a trailing run of the gold name's words
/// (lenient: "Tùng" for "Lê Hữu Tùng").
pub fn person_match(pred: &str, gold: &str) -> Match {
    let (p, g) = (person_key(pred), person_key(gold));
    if p.is_empty() || g.is_empty() {
        return Match::None;
    }
    if p == g {
        return Match::Strict;
    }
    let (pt, gt): (Vec<&str>, Vec<&str>) = (p.split(' ').collect(), g.split(' ').collect());
    if pt.len() < gt.len() && gt.ends_with(&pt) {
        Match::Lenient
    } else {
        Match::None
    }
}

/// The folded, non-empty `;`- or `,`-separated parts of a post.
fn parts(post: &str) -> Vec<String> {
    post.split([';', ','])
        .map(fold)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Compares a predicted post with a gold post and its alternatives.
///
/// Strict when the whole prediction or one of its `;`/`,` parts equals, after
/// folding, the gold, an alternative, or one of their `;` parts; lenient when one
/// of them is a leading run of the other's words covering at least 60% of the
/// longer. An empty gold post is matched (strictly) only by an empty prediction.
pub fn post_match(pred: &str, gold: &str, alts: &[String]) -> Match {
    if fold(gold).is_empty() {
        return if fold(pred).is_empty() {
            Match::Strict
        } else {
            Match::None
        };
    }
    let mut pparts = parts(pred);
    let whole = fold(pred);
    if !whole.is_empty() {
        pparts.push(whole);
    }
    let golds = std::iter::once(gold)
        .chain(alts.iter().map(String::as_str))
        .flat_map(|g| std::iter::once(g).chain(g.split(';')));
    let mut best = Match::None;
    for g in golds {
        let gf = fold(g);
        if gf.is_empty() {
            continue;
        }
        let gw: Vec<&str> = gf.split(' ').collect();
        for p in &pparts {
            if *p == gf {
                return Match::Strict;
            }
            let pw: Vec<&str> = p.split(' ').collect();
            let (short, long) = if pw.len() <= gw.len() {
                (&pw, &gw)
            } else {
                (&gw, &pw)
            };
            if long.starts_with(short) && short.len() as f64 / long.len() as f64 >= 0.6 {
                best = Match::Lenient;
            }
        }
    }
    best
}

/// Compares ISO 8601 partial dates: equal (strict, empty included), one a
/// prefix of the other (lenient: `2018` for `2018-05`), or the same month and
/// day where one side has no year (lenient: `--06-20` for `2017-06-20`).
pub fn date_match(pred: &str, gold: &str) -> Match {
    let (pred, gold) = (
        pred.trim_matches(py_is_space),
        gold.trim_matches(py_is_space),
    );
    if pred == gold {
        return Match::Strict;
    }
    if !pred.is_empty() && !gold.is_empty() && (gold.starts_with(pred) || pred.starts_with(gold)) {
        return Match::Lenient;
    }
    let (p, g): (Vec<char>, Vec<char>) = (pred.chars().collect(), gold.chars().collect());
    let tail = |v: &[char]| v[v.len().saturating_sub(6)..].to_vec();
    let heads: String = p.iter().take(2).chain(g.iter().take(2)).collect();
    if tail(&p) == tail(&g) && p.len() >= 7 && g.len() >= 7 && heads.contains("--") {
        return Match::Lenient;
    }
    Match::None
}

// ---------------------------------------------------------------------------
// Evaluation

/// The kind of a [`Mismatch`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MismatchKind {
    /// A gold record no prediction matched.
    Missed,
    /// A gold record matched by a prediction, but not strictly on every field.
    Partial,
    /// A prediction that matched no gold record.
    Spurious,
}

impl MismatchKind {
    /// The name score.py prints.
    pub fn as_str(self) -> &'static str {
        match self {
            MismatchKind::Missed => "missed",
            MismatchKind::Partial => "partial",
            MismatchKind::Spurious => "spurious",
        }
    }
}

impl fmt::Display for MismatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One error of a prediction set: a missed gold record, a partly matched one,
/// or a spurious prediction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// What went wrong.
    pub kind: MismatchKind,
    /// The document.
    pub doc_id: String,
    /// The gold record (missed and partial).
    pub gold: Option<GoldRecord>,
    /// The prediction (partial and spurious).
    pub pred: Option<Prediction>,
}

impl Mismatch {
    /// The JSON detail score.py prints: the gold record (missed), the
    /// prediction (spurious), or `{"gold": …, "pred": …}` (partial).
    pub fn detail_json(&self) -> String {
        match (&self.gold, &self.pred) {
            (Some(g), Some(p)) => format!(
                "{{\"gold\": {}, \"pred\": {}}}",
                gold_json(g),
                prediction_json(p)
            ),
            (Some(g), None) => gold_json(g),
            (None, Some(p)) => prediction_json(p),
            (None, None) => "null".to_string(),
        }
    }
}

impl fmt::Display for Mismatch {
    /// The line score.py prints with `--errors`: `kind doc_id {json}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.kind, self.doc_id, self.detail_json())
    }
}

fn gold_json(g: &GoldRecord) -> String {
    if let Some(s) = &g.source_json {
        return s.clone();
    }
    let text = |s: &str| Json::Str(s.to_string());
    let list = |v: &[String]| Json::Arr(v.iter().map(|s| text(s)).collect());
    let mut obj = vec![
        ("person".to_string(), text(&g.person)),
        ("from_post".to_string(), text(&g.from_post)),
        ("to_post".to_string(), text(&g.to_post)),
        ("date".to_string(), text(&g.date)),
    ];
    if !g.kind.is_empty() {
        obj.push(("kind".to_string(), text(&g.kind)));
    }
    if !g.to_post_alt.is_empty() {
        obj.push(("to_post_alt".to_string(), list(&g.to_post_alt)));
    }
    if !g.from_post_alt.is_empty() {
        obj.push(("from_post_alt".to_string(), list(&g.from_post_alt)));
    }
    if !g.note.is_empty() {
        obj.push(("note".to_string(), text(&g.note)));
    }
    Json::Obj(obj).dumps()
}

fn prediction_json(p: &Prediction) -> String {
    let field = |v: &Option<String>| v.as_ref().map_or(Json::Null, |s| Json::Str(s.clone()));
    Json::Obj(vec![
        ("person".to_string(), field(&p.person)),
        ("from_post".to_string(), field(&p.from_post)),
        ("to_post".to_string(), field(&p.to_post)),
        ("date".to_string(), field(&p.date)),
    ])
    .dumps()
}

/// The result of [`evaluate`]: counts, metrics (unrounded) and errors.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Evaluation {
    /// Gold records in the scored documents.
    pub gold_records: usize,
    /// Predictions for the scored documents.
    pub pred_records: usize,
    /// Gold records paired with a prediction (person and `to_post` lenient).
    pub matched: usize,
    /// Pairs matching strictly on person, `to_post`, `from_post` and date.
    pub strict_matched: usize,
    /// `matched / pred_records`.
    pub precision: f64,
    /// `matched / gold_records`.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// F1 counting only strict pairs as correct.
    pub strict_f1: f64,
    /// Share of pairs whose `from_post` matches strictly.
    pub from_post_strict_acc: f64,
    /// Share of pairs whose `from_post` matches at least leniently.
    pub from_post_lenient_acc: f64,
    /// Share of pairs whose date is exact.
    pub date_exact_acc: f64,
    /// Share of pairs whose date matches at least leniently.
    pub date_lenient_acc: f64,
    /// Every missed, partial and spurious record, in score.py's order.
    pub mismatches: Vec<Mismatch>,
}

impl Evaluation {
    /// The JSON object line score.py prints: same keys, same order, metrics
    /// rounded to 4 places and formatted like Python floats.
    pub fn to_json(&self) -> String {
        let metrics = [
            ("precision", self.precision),
            ("recall", self.recall),
            ("f1", self.f1),
            ("strict_f1", self.strict_f1),
            ("from_post_strict_acc", self.from_post_strict_acc),
            ("from_post_lenient_acc", self.from_post_lenient_acc),
            ("date_exact_acc", self.date_exact_acc),
            ("date_lenient_acc", self.date_lenient_acc),
        ];
        let mut out = format!(
            "{{\"gold_records\": {}, \"pred_records\": {}, \"matched\": {}",
            self.gold_records, self.pred_records, self.matched
        );
        for (key, value) in metrics {
            out.push_str(&format!(", \"{key}\": {}", py_float_repr(py_round4(value))));
        }
        out.push('}');
        out
    }

    /// A one-line human summary.
    pub fn summary(&self) -> String {
        format!(
            "precision {:.4}  recall {:.4}  F1 {:.4}  strict F1 {:.4}  from_post {:.2}/{:.2}  \
             date {:.2}/{:.2}  (gold {}, predicted {}, matched {})",
            self.precision,
            self.recall,
            self.f1,
            self.strict_f1,
            self.from_post_strict_acc,
            self.from_post_lenient_acc,
            self.date_exact_acc,
            self.date_lenient_acc,
            self.gold_records,
            self.pred_records,
            self.matched,
        )
    }

    /// The lines score.py prints with `--errors` (before its JSON line), each
    /// ending in a newline.
    pub fn errors_report(&self) -> String {
        let mut out = String::new();
        for m in &self.mismatches {
            out.push_str(&m.to_string());
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())
    }
}

/// Reads a gold file and a predictions file (see [`read_gold`] and
/// [`read_predictions`]) and scores them: what `score.py GOLD PRED` does.
pub fn evaluate_files<P: AsRef<Path>, Q: AsRef<Path>>(
    gold: P,
    predictions: Q,
) -> Result<Evaluation, EvalError> {
    let gold = read_gold(gold)?;
    let predictions = read_predictions(predictions)?;
    Ok(evaluate(&gold, &predictions))
}

/// The prediction paired with a gold record, and how each field matched (person,
/// `to_post`, `from_post`, date).
pub type Pair = (usize, [Match; 4]);

/// Pairs each gold record of one document with at most one prediction, as
/// ANNOTATION.md says: in gold order, the unused prediction whose person and
/// `to_post` match (leniently at least) and whose (person, to_post, from_post,
/// date) matches are best. Returns each gold record's prediction and matches,
/// and which predictions were used.
pub fn pair_records<P: std::borrow::Borrow<Prediction>>(
    gold: &[GoldRecord],
    preds: &[P],
) -> (Vec<Option<Pair>>, Vec<bool>) {
    let mut used = vec![false; preds.len()];
    let mut pairs = Vec::with_capacity(gold.len());
    for g in gold {
        let mut best: Option<Pair> = None;
        for (i, p) in preds.iter().map(|p| p.borrow()).enumerate() {
            if used[i] {
                continue;
            }
            let pm = person_match(text(&p.person), &g.person);
            if !pm.is_match() {
                continue;
            }
            let tm = post_match(text(&p.to_post), &g.to_post, &g.to_post_alt);
            if !tm.is_match() {
                continue;
            }
            let key = [
                pm,
                tm,
                post_match(text(&p.from_post), &g.from_post, &g.from_post_alt),
                date_match(text(&p.date), &g.date),
            ];
            if best.is_none_or(|(_, k)| key > k) {
                best = Some((i, key));
            }
        }
        if let Some((i, _)) = best {
            used[i] = true;
        }
        pairs.push(best);
    }
    (pairs, used)
}

/// Scores predictions against gold. Only documents present in `gold` are
/// scored; predictions for other documents are ignored.
pub fn evaluate(gold: &[GoldDoc], predictions: &[Prediction]) -> Evaluation {
    let mut by_doc: std::collections::HashMap<&str, Vec<&Prediction>> = Default::default();
    for p in predictions {
        by_doc.entry(p.doc_id.as_str()).or_default().push(p);
    }
    let mut ev = Evaluation::default();
    let (mut from_s, mut from_l, mut date_s, mut date_l) = (0usize, 0usize, 0usize, 0usize);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for doc in gold {
        let preds = by_doc.get(doc.doc_id.as_str()).map_or(&[][..], |v| v);
        let (pairs, used) = pair_records(&doc.records, preds);
        for (g, best) in doc.records.iter().zip(pairs) {
            let Some((i, [pm, tm, fm, dm])) = best else {
                fn_ += 1;
                ev.mismatches.push(Mismatch {
                    kind: MismatchKind::Missed,
                    doc_id: doc.doc_id.clone(),
                    gold: Some(g.clone()),
                    pred: None,
                });
                continue;
            };
            tp += 1;
            from_s += usize::from(fm == Match::Strict);
            from_l += usize::from(fm.is_match());
            date_s += usize::from(dm == Match::Strict);
            date_l += usize::from(dm.is_match());
            if [pm, tm, fm, dm] == [Match::Strict; 4] {
                ev.strict_matched += 1;
            } else {
                ev.mismatches.push(Mismatch {
                    kind: MismatchKind::Partial,
                    doc_id: doc.doc_id.clone(),
                    gold: Some(g.clone()),
                    pred: Some(preds[i].clone()),
                });
            }
        }
        for (p, _) in preds.iter().zip(&used).filter(|(_, &u)| !u) {
            fp += 1;
            ev.mismatches.push(Mismatch {
                kind: MismatchKind::Spurious,
                doc_id: doc.doc_id.clone(),
                gold: None,
                pred: Some((*p).clone()),
            });
        }
    }
    let (n_pred, n_gold) = (tp + fp, tp + fn_);
    ev.gold_records = n_gold;
    ev.pred_records = n_pred;
    ev.matched = tp;
    (ev.precision, ev.recall, ev.f1) = prf(tp, n_pred, n_gold);
    ev.strict_f1 = prf(ev.strict_matched, n_pred, n_gold).2;
    let share = |n: usize| if tp > 0 { n as f64 / tp as f64 } else { 0.0 };
    ev.from_post_strict_acc = share(from_s);
    ev.from_post_lenient_acc = share(from_l);
    ev.date_exact_acc = share(date_s);
    ev.date_lenient_acc = share(date_l);
    ev
}

/// Precision, recall and F1, computed with score.py's float operations.
fn prf(t: usize, n_pred: usize, n_gold: usize) -> (f64, f64, f64) {
    let t = t as f64;
    let pr = if n_pred > 0 { t / n_pred as f64 } else { 0.0 };
    let rc = if n_gold > 0 { t / n_gold as f64 } else { 0.0 };
    let f = if pr + rc != 0.0 {
        2.0 * pr * rc / (pr + rc)
    } else {
        0.0
    };
    (pr, rc, f)
}

// ---------------------------------------------------------------------------
// Python number and JSON formatting

/// Python's `round(x, 4)`: the exact binary value rounded half-even to 4
/// decimals, then back to the nearest float.
fn py_round4(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Python's `repr(float)`: the shortest round-tripping digits, in positional
/// notation for exponents -4..16 and scientific notation (`1e-05`, `1e+16`) otherwise.
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    // `{:e}` gives the shortest round-tripping digits: "-1.2345e-5".
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let body = if exp < 0 {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        } else if exp + 1 >= n {
            format!("{digits}{}.0", "0".repeat((exp + 1 - n) as usize))
        } else {
            let (int, frac) = digits.split_at((exp + 1) as usize);
            format!("{int}.{frac}")
        };
        format!("{sign}{body}")
    } else {
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mantissa}e{exp_sign}{:02}", exp.unsigned_abs())
    }
}

/// A JSON value that keeps the key order of its source, so that it can be
/// printed back the way Python's `json.loads` + `json.dumps` would.
#[derive(Clone, Debug, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    /// A number, already in Python's notation.
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// `json.dumps(value, ensure_ascii=False)`.
    fn dumps(&self) -> String {
        let mut out = String::new();
        self.dump_into(&mut out);
        out
    }

    fn dump_into(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => out.push_str(n),
            Json::Str(s) => py_json_str(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.dump_into(out);
                }
                out.push(']');
            }
            Json::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    py_json_str(k, out);
                    out.push_str(": ");
                    v.dump_into(out);
                }
                out.push('}');
            }
        }
    }
}

/// A JSON string literal as `json.dumps(..., ensure_ascii=False)` writes it.
fn py_json_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        struct JsonVisitor;

        impl<'de> Visitor<'de> for JsonVisitor {
            type Value = Json;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }

            fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
                Ok(Json::Bool(b))
            }

            fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
                Ok(Json::Num(n.to_string()))
            }

            fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
                Ok(Json::Num(n.to_string()))
            }

            fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
                Ok(Json::Num(py_float_repr(n)))
            }

            fn visit_str<E: de::Error>(self, s: &str) -> Result<Json, E> {
                Ok(Json::Str(s.to_string()))
            }

            fn visit_string<E>(self, s: String) -> Result<Json, E> {
                Ok(Json::Str(s))
            }

            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }

            fn visit_none<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::Arr(items))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut entries: Vec<(String, Json)> = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Json>()? {
                    // Python's dict keeps a repeated key at its first place, with the last value.
                    match entries.iter_mut().find(|(key, _)| *key == k) {
                        Some(entry) => entry.1 = v,
                        None => entries.push((k, v)),
                    }
                }
                Ok(Json::Obj(entries))
            }
        }

        d.deserialize_any(JsonVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_cases() {
        let cases = [
            // Abbreviations, with their word boundaries.
            (
                "Chủ tịch UBND tỉnh Nam Định",
                "chu tich uy ban nhân dân tinh nam đinh",
            ),
            (
                "Phó Chủ tịch HĐND huyện",
                "pho chu tich hôi đông nhân dân huyên",
            ),
            (
                "Chủ tịch UBMTTQ tỉnh",
                "chu tich uy ban măt trân tô quôc tinh",
            ),
            (
                "Ủy viên BCH, BTV Tỉnh ủy",
                "uy viên ban châp hanh ban thương vu tinh uy",
            ),
            (
                "PBT Huyện ủy, PCT UBKT",
                "pho bi thư huyên uy pho chu tich uy ban kiêm tra",
            ),
            ("PGĐ Sở KH&ĐT", "pho giam đôc sơ kê hoach va đâu tư"),
            ("GĐ Sở GD & ĐT", "giam đôc sơ giao duc va đao tao"),
            (
                "Sở TN&MT, Sở NN&PTNT",
                "sơ tai nguyên va môi trương sơ nông nghiêp va phat triên nông thôn",
            ),
            ("Sở LĐ-TB&XH", "sơ lao đông thương binh va xa hôi"),
            ("Sở LĐ - TB & XH", "sơ lao đông thương binh va xa hôi"),
            ("Bộ GTVT", "bô giao thông vân tai"),
            (
                "Ban Tuyên giáo TƯ; Văn phòng TW",
                "ban tuyên giao trung ương văn phong trung ương",
            ),
            ("ĐBQH khóa XV", "đai biêu quôc hôi"),
            ("Giám đốc CA tỉnh", "giam đôc công an tinh"),
            // No expansion inside a longer word.
            ("UBNDX", "ubndx"),
            ("CAO", "cao"),
            ("UBTƯ MTTQ", "ubtư măt trân tô quôc"),
            // TP. and TX. need a following space.
            ("Bí thư Thành ủy TP. Vinh", "bi thư thanh uy thanh phô vinh"),
            (
                "Chủ tịch UBND TP Huế",
                "chu tich uy ban nhân dân thanh phô huê",
            ),
            ("Chủ tịch TX.Sơn Tây", "chu tich tx sơn tây"),
            ("Chủ tịch TX Sơn Tây", "chu tich thi xa sơn tây"),
            ("HCMTP Huế", "hcmtp huê"),
            // Term qualifiers.
            ("Bí thư Tỉnh ủy nhiệm kỳ 2016 - 2021", "bi thư tinh uy"),
            ("Bí thư Tỉnh ủy Nhiệm kỳ 2016–2021", "bi thư tinh uy"),
            (
                "Ủy viên Trung ương Đảng khóa XVI",
                "uy viên trung ương đang",
            ),
            ("Ủy viên BCH khoá 12", "uy viên ban châp hanh"),
            ("Đại biểu Quốc hội Khóa xv", "đai biêu quôc hôi"),
            ("Trưởng khoa Nội", "trương khoa nôi"),
            ("khóa XVIa", "khoa xvia"),
            ("khóa İ", ""),
            ("NHİỆM KỲ 2010-2015", ""),
            // Tones removed, other marks kept; NFD input.
            ("Nguyễn Thị Thủy", "nguyên thi thuy"),
            ("Nguye\u{302}\u{303}n", "nguyên"),
            ("Đặng Văn Ngạn", "đăng văn ngan"),
            // Punctuation to spaces, underscore and digits kept.
            (
                "Phó Chánh Văn phòng - Tổng cục (Đường bộ)",
                "pho chanh văn phong tông cuc đương bô",
            ),
            ("a_b  x²\t\u{1f}y", "a_b x² y"),
            ("", ""),
            ("  ;  ", ""),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "fold({input:?})");
        }
    }

    #[test]
    fn person_key_cases() {
        let cases = [
            ("Lê Hữu Tùng", "lê hưu tung"),
            ("ông Lê Hữu Tùng", "lê hưu tung"),
            ("Bà Nguyễn Thị Hoa", "nguyên thi hoa"),
            ("đồng chí Trần Văn Nam", "trân văn nam"),
            ("Đ/c Trần Văn Nam", "trân văn nam"),
            ("các ông Trần Văn Nam", "trân văn nam"),
            ("Anh Thư", "thư"),
            ("Ông", "ông"),
            ("  Ông\u{a0}Tùng ", "tung"),
            // Decomposed: composed first.
            ("O\u{302}ng Le\u{302} Tu\u{300}ng", "lê tung"),
        ];
        for (input, want) in cases {
            assert_eq!(person_key(input), want, "person_key({input:?})");
        }
    }

    #[test]
    fn person_match_cases() {
        use Match::*;
        let cases = [
            ("Lê Hữu Tùng", "Lê Hữu Tùng", Strict),
            ("ông Lê Hữu Tùng", "Lê Hữu Tùng", Strict),
            ("Lê Hữu Tung", "Lê Hữu Tùng", Strict),
            ("Tùng", "Lê Hữu Tùng", Lenient),
            ("Hữu Tùng", "Lê Hữu Tùng", Lenient),
            ("ông Tùng", "Lê Hữu Tùng", Lenient),
            ("Lê Hữu", "Lê Hữu Tùng", None),
            ("Lê Hữu Tùng", "Tùng", None),
            ("Ngọc Tùng", "Lê Hữu Tùng", None),
            ("", "Lê Hữu Tùng", None),
            ("ông", "", None),
        ];
        for (pred, gold, want) in cases {
            assert_eq!(
                person_match(pred, gold),
                want,
                "person_match({pred:?}, {gold:?})"
            );
        }
    }

    #[test]
    fn post_match_cases() {
        use Match::*;
        let alts = vec!["Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Kim Động".to_string()];
        let concurrent_alts =
            vec!["Bí thư Huyện ủy Kim Động; Chủ tịch HĐND huyện Kim Động".to_string()];
        let cases: [(&str, &str, &[String], Match); 16] = [
            ("Giám đốc Sở Y tế", "Giám đốc Sở Y tế", &[], Strict),
            (
                "GĐ Sở Y tế tỉnh Nam Định",
                "Giám đốc Sở Y tế tỉnh Nam Định",
                &[],
                Strict,
            ),
            // A part of the prediction equals a `;` part of the gold.
            (
                "Bí thư Huyện ủy",
                "Bí thư Huyện ủy; Chủ tịch HĐND huyện",
                &[],
                Strict,
            ),
            (
                "Tỉnh ủy viên, Bí thư Huyện ủy",
                "Bí thư Huyện ủy",
                &[],
                Strict,
            ),
            // The gold is not split on commas.
            (
                "Bí thư Huyện ủy",
                "Tỉnh ủy viên, Bí thư Huyện ủy",
                &[],
                None,
            ),
            // An alternative.
            (
                "Phó Chủ nhiệm UBKT Huyện ủy Kim Động",
                "Phó Chủ nhiệm UBKT Huyện ủy",
                &alts,
                Strict,
            ),
            // A `;` part of an alternative, as of the gold.
            (
                "Chủ tịch HĐND huyện Kim Động",
                "Bí thư Huyện ủy; Chủ tịch HĐND huyện",
                &concurrent_alts,
                Strict,
            ),
            (
                "Bí thư Huyện ủy Kim Động",
                "Bí thư Huyện ủy; Chủ tịch HĐND huyện",
                &concurrent_alts,
                Strict,
            ),
            // 60% leading run, both ways: 9 of 11 words, 5 of 8 words.
            (
                "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
                "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Kim Động",
                &[],
                Lenient,
            ),
            (
                "Giám đốc Sở Y tế tỉnh Nam Định",
                "Giám đốc Sở Y tế",
                &[],
                Lenient,
            ),
            // 3 of 6 words is too short; not a leading run.
            ("Giám đốc Sở", "Giám đốc Sở Y tế Nghệ", &[], None),
            (
                "Sở Y tế tỉnh Nam Định",
                "Giám đốc Sở Y tế tỉnh Nam Định",
                &[],
                None,
            ),
            // Exactly 60%: 3 of 5 words.
            ("Giám đốc Sở", "Giám đốc Sở Y tế", &[], Lenient),
            // Empty gold matches only an empty prediction.
            ("", "", &[], Strict),
            (" ; ", "", &[], Strict),
            ("Giám đốc", "", &[], None),
        ];
        for (pred, gold, alts, want) in cases {
            assert_eq!(
                post_match(pred, gold, alts),
                want,
                "post_match({pred:?}, {gold:?})"
            );
        }
        assert_eq!(post_match("", "Giám đốc Sở Y tế", &[]), None);
    }

    #[test]
    fn date_match_cases() {
        use Match::*;
        let cases = [
            ("2018-05-01", "2018-05-01", Strict),
            ("", "", Strict),
            (" 2018 ", "2018", Strict),
            ("2018", "2018-05", Lenient),
            ("2018-05-01", "2018-05", Lenient),
            ("2018-05", "2018", Lenient),
            ("--06-20", "2017-06-20", Lenient),
            ("2017-06-20", "--06-20", Lenient),
            ("--06", "2017-06", None),
            ("--06-20", "--06-21", None),
            ("2016-06-20", "2017-06-20", None),
            ("2019", "2018", None),
            ("", "2018", None),
            ("2018", "", None),
        ];
        for (pred, gold, want) in cases {
            assert_eq!(
                date_match(pred, gold),
                want,
                "date_match({pred:?}, {gold:?})"
            );
        }
    }

    #[test]
    fn python_floats() {
        let cases = [
            (0.8, "0.8"),
            (1.0, "1.0"),
            (0.0, "0.0"),
            (2.0 / 3.0, "0.6667"),
            (0.03125, "0.0312"),
            (0.00015, "0.0001"),
            (0.99996, "1.0"),
        ];
        for (x, want) in cases {
            assert_eq!(py_float_repr(py_round4(x)), want, "{x}");
        }
        let reprs = [
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (123.25, "123.25"),
            (-0.5, "-0.5"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
        ];
        for (x, want) in reprs {
            assert_eq!(py_float_repr(x), want, "{x}");
        }
    }

    #[test]
    fn json_dumps_keeps_order() {
        let src = r#"{"z": 1, "a": [true, null, 2.5], "q": "x\"\n\u0001é", "z": {"k": []}}"#;
        let json: Json = serde_json::from_str(src).unwrap();
        assert_eq!(
            json.dumps(),
            r#"{"z": {"k": []}, "a": [true, null, 2.5], "q": "x\"\n\u0001é"}"#
        );
    }

    #[test]
    fn greedy_pairing_prefers_best_key_then_first() {
        let gold = vec![GoldDoc {
            doc_id: "d".to_string(),
            records: vec![GoldRecord {
                person: "Trần Văn Nam".to_string(),
                to_post: "Giám đốc Sở Xây dựng".to_string(),
                date: "2020-03".to_string(),
                ..GoldRecord::default()
            }],
        }];
        let preds = vec![
            Prediction::new("d", "Nam", "", "Giám đốc Sở Xây dựng", "2020-03"),
            Prediction::new("d", "Trần Văn Nam", "", "Giám đốc Sở Xây dựng", "2020"),
            Prediction::new(
                "d",
                "Trần Văn Nam",
                "",
                "Giám đốc Sở Xây dựng",
                "2020-03-01",
            ),
            Prediction::new("x", "Trần Văn Nam", "", "Giám đốc Sở Xây dựng", "2020-03"),
        ];
        let ev = evaluate(&gold, &preds);
        assert_eq!((ev.gold_records, ev.pred_records, ev.matched), (1, 3, 1));
        // The strict person wins; of the two equal keys, the first.
        let partial = &ev.mismatches[0];
        assert_eq!(partial.kind, MismatchKind::Partial);
        assert_eq!(partial.pred.as_ref().unwrap().date.as_deref(), Some("2020"));
        assert_eq!(
            partial.to_string(),
            "partial d {\"gold\": {\"person\": \"Trần Văn Nam\", \"from_post\": \"\", \
             \"to_post\": \"Giám đốc Sở Xây dựng\", \"date\": \"2020-03\"}, \"pred\": \
             {\"person\": \"Trần Văn Nam\", \"from_post\": \"\", \"to_post\": \
             \"Giám đốc Sở Xây dựng\", \"date\": \"2020\"}}"
        );
    }

    #[test]
    fn empty_evaluation() {
        let ev = evaluate(&[], &[]);
        assert_eq!(
            ev.to_json(),
            "{\"gold_records\": 0, \"pred_records\": 0, \"matched\": 0, \"precision\": 0.0, \
             \"recall\": 0.0, \"f1\": 0.0, \"strict_f1\": 0.0, \"from_post_strict_acc\": 0.0, \
             \"from_post_lenient_acc\": 0.0, \"date_exact_acc\": 0.0, \"date_lenient_acc\": 0.0}"
        );
        assert_eq!(ev.errors_report(), "");
    }
}
