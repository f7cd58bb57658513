//! Python bindings (cargo feature `python`): the native module `canbo._canbo`, which the
//! package `canbo` (`python/canbo/__init__.py`) re-exports. maturin builds it from
//! `pyproject.toml`: `pip install .`.
//!
//! The API mirrors the Rust one. `canbo.Extractor` wraps an [`Extractor`], built once and
//! shared by threads; `extract` reads one document, `extract_many` a stream of them (dicts,
//! or lines of JSON Lines parsed as the command line parses them) on a thread pool of its
//! own with the GIL released, yielding records in input order.
//! `canbo.Record` has an attribute for every column of `canbo extract` ([`COLUMNS`]), with
//! the same values, and the evidence's offsets in Python's string indices.
//!
//! Nothing from Python reaches the extractor unchecked: a value of the wrong type is a
//! `TypeError`, a wrong value a `ValueError`, and a panic in the extractor is caught and
//! raised as a `RuntimeError` naming the document.

use std::any::Any;
use std::collections::VecDeque;
use std::ffi::CString;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex, TryLockError};

use pyo3::create_exception;
use pyo3::exceptions::{
    PyFileNotFoundError, PyKeyError, PyNotADirectoryError, PyOSError, PyRuntimeError, PyTypeError,
    PyUnicodeWarning, PyUserWarning, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyInt, PyIterator, PyMapping, PyString, PyTuple};
use pyo3::IntoPyObjectExt;
use rayon::prelude::*;

use crate::extract::Error as BuildError;
use crate::gazetteer::GazetteerError;
use crate::input::{Diagnostic, Item, RawLine, Unit};
use crate::normalize::ToneStyle;
use crate::output::COLUMNS;
use crate::place::PlaceIndex;
use crate::record::Field;
use crate::{Document, Extractor, Record};

/// `extract_many` hands the thread pool documents in chunks of at most this many…
const CHUNK_DOCS: usize = 512;
/// …or of about this many bytes of text, as the command line does.
const CHUNK_BYTES: usize = 16 << 20;
/// Chunks being extracted at once, at most: memory stays bounded, and the workers go on
/// with the next chunk while Python reads the one after it.
const IN_FLIGHT: usize = 3;

#[pymodule(name = "_canbo")]
fn native_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyExtractor>()?;
    m.add_class::<PyRecord>()?;
    m.add_class::<RecordIterator>()?;
    m.add("InputWarning", m.py().get_type::<InputWarning>())?;
    m.add("COLUMNS", PyTuple::new(m.py(), COLUMNS)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

/// Extracts the personnel moves of officials from Vietnamese news text.
///
/// Build it once (the word lists are compiled then, in about 20 ms) and use it from any
/// number of threads: it is immutable, and extract() and extract_many() release the GIL
/// while they work.
///
/// tone_style: where tone marks go in the output strings, "old" ("hòa", "ủy", the
///     majority in news) or "new" ("hoà", "uỷ").
/// gazetteers: a directory of TSV files whose rows extend the built-in word lists
///     (as `canbo extract --gazetteers DIR`); a missing directory is a
///     FileNotFoundError, a bad file or row a ValueError naming it.
/// min_confidence: keep the records whose confidence is at least this, from 0 to 1
///     (0 keeps every candidate); None keeps those at or above the model's threshold,
///     as `canbo extract` does.
///
/// >>> import canbo
/// >>> extractor = canbo.Extractor()
/// >>> [r] = extractor.extract("Ông Lê Văn Hòa được bổ nhiệm giữ chức Giám đốc Sở Tài chính.")
/// >>> r.person, r.to_post
/// ('Lê Văn Hòa', 'Giám đốc Sở Tài chính')
#[pyclass(frozen, name = "Extractor", module = "canbo")]
pub struct PyExtractor {
    extractor: Arc<Extractor>,
    tone_style: ToneStyle,
    gazetteers: Option<PathBuf>,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (tone_style = "old", gazetteers = None, min_confidence = None))]
    fn new(
        py: Python<'_>,
        tone_style: &str,
        gazetteers: Option<PathBuf>,
        min_confidence: Option<f64>,
    ) -> PyResult<Self> {
        let style = match tone_style {
            "old" => ToneStyle::Old,
            "new" => ToneStyle::New,
            other => {
                return Err(PyValueError::new_err(format!(
                    "tone_style must be 'old' or 'new', not {}",
                    py_repr(py, other)
                )))
            }
        };
        let mut builder = Extractor::builder();
        builder.tone_style(style);
        if let Some(dir) = &gazetteers {
            check_dir(dir)?;
            builder.gazetteer_dir(dir);
        }
        if let Some(min) = min_confidence {
            if !(0.0..=1.0).contains(&min) {
                return Err(PyValueError::new_err(format!(
                    "min_confidence must be between 0 and 1, not {min}"
                )));
            }
            builder.min_confidence(min as f32);
        }
        let built = py.detach(|| {
            catch_unwind(|| {
                let extractor = builder.build();
                // The register of places, built on its first use otherwise.
                PlaceIndex::builtin();
                extractor
            })
        });
        let extractor = built
            .map_err(|panic| {
                PyRuntimeError::new_err(internal_error("building the extractor", panic.as_ref()))
            })?
            .map_err(build_error)?;
        Ok(PyExtractor {
            extractor: Arc::new(extractor),
            tone_style: style,
            gazetteers,
        })
    }

    /// "old" or "new": where tone marks go in the output strings.
    #[getter]
    fn tone_style(&self) -> &'static str {
        match self.tone_style {
            ToneStyle::Old => "old",
            ToneStyle::New => "new",
        }
    }

    /// The directory of extra gazetteer rows, or None.
    #[getter]
    fn gazetteers(&self) -> Option<PathBuf> {
        self.gazetteers.clone()
    }

    /// The confidence a record needs to be kept.
    #[getter]
    fn min_confidence(&self) -> f64 {
        shortest_f64(self.extractor.min_confidence())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let gazetteers = match &self.gazetteers {
            Some(dir) => py_repr(py, &dir.to_string_lossy()),
            None => "None".into(),
        };
        format!(
            "canbo.Extractor(tone_style='{}', gazetteers={gazetteers}, min_confidence={})",
            self.tone_style(),
            self.min_confidence()
        )
    }

    /// The records of one document (a list of canbo.Record), in document order.
    ///
    /// text: the body of the article (str).
    /// doc_id: its id (str or int), the records' doc_id; None gives "".
    /// title: its title (str or None); a move may be read from it too.
    /// date: its publication date, an ISO 8601 str ("2017-06-27", a time may follow) or a
    ///     datetime.date; dates without a year ("ngày 1/7") take its year.
    ///
    /// A wrong type is a TypeError. The GIL is released while the document is read.
    #[pyo3(signature = (text, doc_id = None, title = None, date = None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        doc_id: Option<&Bound<'_, PyAny>>,
        title: Option<&Bound<'_, PyAny>>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<PyRecord>> {
        let doc = Document {
            id: doc_id
                .map_or(Ok(None), |v| id_value(v, "doc_id"))?
                .unwrap_or_default(),
            title: title.map_or(Ok(None), |v| optional_text(v, "title"))?,
            text: required_text(text, "text")?,
            date: date.map_or(Ok(None), |v| date_value(v, "date"))?,
            url: None,
            ..Document::default()
        };
        let extractor = &*self.extractor;
        let records = py
            .detach(|| extract_located(extractor, &doc))
            .map_err(PyRuntimeError::new_err)?;
        Ok(records.into_iter().map(PyRecord::from).collect())
    }

    /// An iterator over the records (canbo.Record) of many documents, in input order,
    /// read on a pool of `threads` threads (None: one per core) with the GIL released.
    ///
    /// docs: any iterable whose items are documents, either
    ///   - dicts (or other mappings) with the keys of canbo's JSON Lines input: "text"
    ///     (str), and optionally "id" (or "doc_id"), "title" and "date", as the arguments
    ///     of extract(); other keys are ignored, and None or NaN (a pandas gap) stands for
    ///     a missing value; or
    ///   - lines of JSON Lines (bytes or str), parsed on the pool exactly as
    ///     `canbo extract` parses them (an "id" is needed; a blank line is skipped):
    ///     extract_many(open("news.jsonl", "rb")) is the fastest way to read a file.
    ///
    /// errors: what an item that is not a document does. "raise" (the default): it
    ///     raises TypeError or ValueError naming its index, after the records of the
    ///     documents before it. "warn": it is skipped with a canbo.InputWarning naming its
    ///     index and what is wrong, as `canbo extract` skips and reports a bad line.
    ///     "skip": it is skipped silently. The iterator counts the documents read and the
    ///     items skipped (its `documents` and `skipped`).
    ///
    /// The input is read lazily, a chunk at a time, so a stream of any length takes
    /// bounded memory. Invalid UTF-8 in a line is decoded lossily with a UnicodeWarning,
    /// as the command line does.
    #[pyo3(signature = (docs, threads = None, errors = "raise"))]
    fn extract_many(
        &self,
        docs: &Bound<'_, PyAny>,
        threads: Option<i64>,
        errors: &str,
    ) -> PyResult<RecordIterator> {
        let on_error = match errors {
            "raise" => OnError::Raise,
            "warn" => OnError::Warn,
            "skip" => OnError::Skip,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be 'raise', 'warn' or 'skip', not {}",
                    py_repr(docs.py(), other)
                )))
            }
        };
        if docs.is_instance_of::<PyString>()
            || docs.is_instance_of::<PyBytes>()
            || docs.is_instance_of::<PyDict>()
        {
            return Err(PyTypeError::new_err(format!(
                "extract_many takes an iterable of documents (dicts), not one {}; \
                 for one document use extract()",
                type_name(docs)
            )));
        }
        let docs = docs.try_iter().map_err(|_| {
            PyTypeError::new_err(format!(
                "extract_many takes an iterable of documents (dicts), not {}",
                type_name(docs)
            ))
        })?;
        let threads = match threads {
            None => 0,
            Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
            Some(n) => {
                return Err(PyValueError::new_err(format!(
                    "threads must be at least 1 (or None for one per core), not {n}"
                )))
            }
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("canbo-{i}"))
            // Extraction catches its panics; one elsewhere in a job must not abort Python:
            // its chunk is then reported as lost.
            .panic_handler(|_| {})
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("starting the thread pool: {e}")))?;
        Ok(RecordIterator {
            stream: Mutex::new(Stream {
                extractor: Arc::clone(&self.extractor),
                pool,
                docs: Some(docs.unbind()),
                on_error,
                read: 0,
                in_flight: VecDeque::new(),
                ready: VecDeque::new(),
                failure: None,
            }),
            counts: Counts::default(),
        })
    }
}

/// The records of Extractor.extract_many(), in input order.
///
/// Documents are read from the input a chunk at a time while the thread pool extracts
/// the chunks before, so the first record comes after the first chunk (512 documents)
/// is read, and memory stays bounded however long the input.
#[pyclass(frozen, name = "RecordIterator", module = "canbo")]
pub struct RecordIterator {
    stream: Mutex<Stream>,
    counts: Counts,
}

/// What an `extract_many` has read so far (outside the stream's lock, so that they can be
/// read while another thread waits for records).
#[derive(Default)]
struct Counts {
    documents: AtomicUsize,
    skipped: AtomicUsize,
}

/// What `extract_many` does with an item of its input that is not a document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Warn,
    Skip,
}

create_exception!(
    canbo,
    InputWarning,
    PyUserWarning,
    "An item of Extractor.extract_many's input that is not a document, skipped (errors=\"warn\")."
);

#[pymethods]
impl RecordIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<PyRecord>> {
        let mut stream = match self.stream.try_lock() {
            Ok(stream) => stream,
            Err(TryLockError::WouldBlock) => {
                return Err(PyValueError::new_err(
                    "this RecordIterator is already being read by another thread",
                ))
            }
            // Only a panic of ours, raised before, leaves the lock poisoned.
            Err(TryLockError::Poisoned(_)) => {
                return Err(PyRuntimeError::new_err(
                    "this RecordIterator failed earlier (a bug: please report it)",
                ))
            }
        };
        stream.next(py, &self.counts)
    }

    /// The documents read so far (and extracted: their records are yielded or ready).
    #[getter]
    fn documents(&self) -> usize {
        self.counts.documents.load(Ordering::Relaxed)
    }

    /// The items of the input skipped so far (errors="warn" or "skip").
    #[getter]
    fn skipped(&self) -> usize {
        self.counts.skipped.load(Ordering::Relaxed)
    }
}

/// The state of one `extract_many`.
struct Stream {
    extractor: Arc<Extractor>,
    pool: rayon::ThreadPool,
    /// The documents not read yet; `None` once the input ended or failed.
    docs: Option<Py<PyIterator>>,
    on_error: OnError,
    /// Items of the input read so far: the index of the next one.
    read: usize,
    /// The outcomes of each chunk handed to the pool, oldest first.
    in_flight: VecDeque<mpsc::Receiver<Vec<Outcome>>>,
    /// Records received and not yet yielded.
    ready: VecDeque<Located>,
    /// What to raise once the records before it are yielded.
    failure: Option<PyErr>,
}

/// One item of `extract_many`'s input, as the pool takes it.
enum Input {
    /// A document read from a dict.
    Document(Document),
    /// A line of JSON Lines, parsed on the pool as `canbo extract` parses it.
    Line { index: usize, bytes: Vec<u8> },
}

/// What one item of the input gave.
struct Outcome {
    /// A warning about the input, which was still read (invalid UTF-8, decoded lossily).
    warning: Option<String>,
    records: Result<Vec<Located>, Failure>,
}

/// Why an item of the input gave no records.
enum Failure {
    /// A line that is no document (a `ValueError`).
    Input(String),
    /// canbo failed on the document (a `RuntimeError`).
    Bug(String),
}

impl Stream {
    fn next(&mut self, py: Python<'_>, counts: &Counts) -> PyResult<Option<PyRecord>> {
        loop {
            if let Some(record) = self.ready.pop_front() {
                return Ok(Some(PyRecord::from(record)));
            }
            self.fill(py, counts);
            let Some(chunk) = self.in_flight.pop_front() else {
                // Raised once; the iterator is exhausted after it, as a generator is.
                return self.failure.take().map_or(Ok(None), Err);
            };
            let Ok(outcomes) = py.detach(move || chunk.recv()) else {
                self.fail(PyRuntimeError::new_err(
                    "canbo: a worker thread failed (a bug: please report it)",
                ));
                continue;
            };
            for outcome in outcomes {
                if let Some(warning) = outcome.warning {
                    if let Err(e) = warn_unicode(py, warning) {
                        self.fail(e);
                        break;
                    }
                }
                match outcome.records {
                    Ok(records) => {
                        counts.documents.fetch_add(1, Ordering::Relaxed);
                        self.ready.extend(records);
                    }
                    Err(Failure::Input(message)) => {
                        if let Err(e) = self.skip(py, counts, PyValueError::new_err(message)) {
                            self.fail(e);
                            break;
                        }
                    }
                    Err(Failure::Bug(message)) => {
                        self.fail(PyRuntimeError::new_err(message));
                        break;
                    }
                }
            }
        }
    }

    /// Reads chunks of the input and hands them to the pool until `IN_FLIGHT` are there
    /// or the input ends.
    fn fill(&mut self, py: Python<'_>, counts: &Counts) {
        while self.in_flight.len() < IN_FLIGHT {
            let Some(docs) = &self.docs else { return };
            let mut docs = docs.bind(py).clone();
            let mut chunk = Vec::with_capacity(CHUNK_DOCS);
            let mut bytes = 0;
            let mut ended = None;
            while chunk.len() < CHUNK_DOCS && bytes < CHUNK_BYTES {
                let Some(item) = docs.next() else {
                    ended = Some(None);
                    break;
                };
                let index = self.read;
                self.read += 1;
                // An error of the input itself (its iterator raised) ends the stream;
                // one of an item may be skipped.
                let item = match item {
                    Ok(item) => {
                        input(&item, index).or_else(|e| self.skip(py, counts, e).map(|()| None))
                    }
                    Err(e) => Err(e),
                };
                match item {
                    Ok(Some(input)) => {
                        bytes += match &input {
                            Input::Document(doc) => doc.len(),
                            Input::Line { bytes, .. } => bytes.len(),
                        };
                        chunk.push(input);
                    }
                    Ok(None) => {}
                    Err(e) => {
                        ended = Some(Some(e));
                        break;
                    }
                }
            }
            if !chunk.is_empty() {
                self.spawn(chunk);
            }
            if let Some(failure) = ended {
                self.docs = None;
                self.failure = failure;
            }
        }
    }

    /// Extracts a chunk on the pool; its outcomes come back on the channel queued last.
    fn spawn(&mut self, chunk: Vec<Input>) {
        let (send, receive) = mpsc::sync_channel(1);
        let extractor = Arc::clone(&self.extractor);
        self.pool.spawn(move || {
            let outcomes: Vec<Outcome> = chunk
                .into_par_iter()
                .map(|input| outcome(&extractor, input))
                .collect();
            // The receiver is gone only when the iterator was dropped.
            let _ = send.send(outcomes);
        });
        self.in_flight.push_back(receive);
    }

    /// An item that is not a document (`error`, a TypeError or ValueError): skipped, with
    /// a warning or without, or `Err` to end the stream with (as `errors` says).
    fn skip(&self, py: Python<'_>, counts: &Counts, error: PyErr) -> PyResult<()> {
        let is_input =
            error.is_instance_of::<PyTypeError>(py) || error.is_instance_of::<PyValueError>(py);
        if self.on_error == OnError::Raise || !is_input {
            return Err(error);
        }
        counts.skipped.fetch_add(1, Ordering::Relaxed);
        if self.on_error == OnError::Warn {
            let message = CString::new(error.value(py).to_string()).unwrap_or_default();
            PyErr::warn(py, &py.get_type::<InputWarning>(), &message, 1)?;
        }
        Ok(())
    }

    /// Ends the stream with `error`, after the records already received.
    fn fail(&mut self, error: PyErr) {
        self.docs = None;
        self.in_flight.clear();
        self.failure = Some(error);
    }
}

/// The item at `index` of `extract_many`'s input: a document from a dict, or a line of
/// JSON Lines (`None` when it is blank, as `canbo extract` skips it).
fn input(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Option<Input>> {
    let bytes = if let Ok(line) = item.cast::<PyBytes>() {
        line.as_bytes().to_vec()
    } else if let Ok(line) = item.cast::<PyString>() {
        string(line, &format!("document {index}"))?.into_bytes()
    } else {
        return document(item, index).map(|doc| Some(Input::Document(doc)));
    };
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    Ok(Some(Input::Line { index, bytes }))
}

/// The records of one item of the input (on the pool).
fn outcome(extractor: &Extractor, input: Input) -> Outcome {
    let (doc, warning) = match input {
        Input::Document(doc) => (doc, None),
        Input::Line { index, bytes } => {
            let line = RawLine {
                file: Arc::from("extract_many"),
                line: index as u64,
                bytes,
            };
            let said = |d: Diagnostic| format!("document {index}: {}", d.reason);
            let (mut doc, mut warning) = (None, None);
            for item in Unit::Line(line).into_items() {
                match item {
                    Item::Document(d) => doc = Some(d),
                    Item::Warning(d) => warning = Some(said(d)),
                    Item::Skipped(d) => {
                        return Outcome {
                            warning,
                            records: Err(Failure::Input(said(d))),
                        }
                    }
                }
            }
            let Some(doc) = doc else {
                return Outcome {
                    warning,
                    records: Err(Failure::Input(format!("document {index}: no document"))),
                };
            };
            (doc, warning)
        }
    };
    Outcome {
        warning,
        records: extract_located(extractor, &doc).map_err(Failure::Bug),
    }
}

/// A record, with the evidence's offsets counted in characters.
struct Located {
    record_id: String,
    record: Record,
    start: usize,
    end: usize,
}

/// The records of one document with their offsets in characters; a panic in the
/// extractor becomes an error naming the document.
fn extract_located(extractor: &Extractor, doc: &Document) -> Result<Vec<Located>, String> {
    let records = catch_unwind(AssertUnwindSafe(|| extractor.extract(doc))).map_err(|panic| {
        internal_error(&format!("reading document {:?}", doc.id), panic.as_ref())
    })?;
    // The ids the CLI writes (`record_id`, stable across runs and machines).
    Ok(crate::record::Identified::all(records)
        .into_iter()
        .map(|identified| {
            let record = identified.record;
            let field = match record.evidence_field {
                Field::Title => doc.title.as_deref().unwrap_or_default(),
                Field::Text => &doc.text,
            };
            Located {
                record_id: identified.record_id,
                start: char_index(field, record.evidence_start),
                end: char_index(field, record.evidence_end),
                record,
            }
        })
        .collect())
}

/// The index in characters (code points, Python's string index) of byte offset `byte` of
/// `text`: the number of characters that start before it.
fn char_index(text: &str, byte: usize) -> usize {
    let before = &text.as_bytes()[..byte.min(text.len())];
    // Every byte but a UTF-8 continuation byte (0b10xx_xxxx) starts a character.
    before.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// One personnel move: who moved, from which post, to which post, and when, with the
/// sentence it was read from.
///
/// Its attributes are the columns of `canbo extract` (canbo.COLUMNS), with the same
/// values, and the evidence's offsets in Python string indices:
///
/// field[r.start:r.end] is the evidence sentence as written in the field it was read
/// from (r.evidence_field: "title" or "text"), and r.evidence is that sentence
/// normalized; r.start_byte and r.end_byte (the command line's evidence_start and
/// evidence_end) are the same offsets in bytes of UTF-8.
///
/// to_dict() gives the columns in order, then "start" and "end".
#[pyclass(frozen, eq, get_all, name = "Record", module = "canbo")]
#[derive(Clone, Debug, PartialEq)]
pub struct PyRecord {
    /// A stable id: 16 hex digits from the document id, the folded person and to_post.
    record_id: String,
    /// The document's id.
    doc_id: String,
    /// The full name of who moved, without honorifics.
    person: String,
    /// The post held before the move ("" if not told); concurrent posts joined by "; ".
    from_post: String,
    /// The post taken up.
    to_post: String,
    /// ISO 8601 partial date: YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, --MM, or "".
    date: String,
    /// The document's move word (bổ nhiệm, điều động, luân chuyển, bầu, …).
    kind: String,
    /// The date phrase as written.
    date_text: String,
    /// The sentence the move was read from, normalized.
    evidence: String,
    /// The field the evidence is in: "title" or "text".
    evidence_field: String,
    /// Byte offset (UTF-8) where the evidence starts in its field.
    evidence_start: usize,
    /// Byte offset (UTF-8) where the evidence ends in its field.
    evidence_end: usize,
    /// The most specific administrative unit from_post names.
    from_place: String,
    /// from_place's GSO code.
    from_place_code: String,
    /// The most specific administrative unit to_post names.
    to_place: String,
    /// to_place's GSO code.
    to_place_code: String,
    /// The unit that covers to_place after the July 2025 reform.
    to_place_code_2025: String,
    /// The extraction rule that produced the record.
    rule: String,
    /// How likely the record is right, from 0 to 1.
    confidence: f64,
    /// Where the evidence starts in its field, in characters: field[start:end].
    start: usize,
    /// Where the evidence ends in its field, in characters.
    end: usize,
}

/// Declares the columns of a [`PyRecord`], in the order of `canbo extract`'s output, and
/// gives a record's values in that order.
macro_rules! columns {
    ($($column:ident),+ $(,)?) => {
        const RECORD_COLUMNS: &[&str] = &[$(stringify!($column)),+];

        impl PyRecord {
            fn columns<'py>(
                &self,
                py: Python<'py>,
            ) -> PyResult<Vec<(&'static str, Bound<'py, PyAny>)>> {
                Ok(vec![$((stringify!($column), (&self.$column).into_bound_py_any(py)?)),+])
            }
        }
    };
}

columns!(
    record_id,
    doc_id,
    person,
    from_post,
    to_post,
    date,
    kind,
    date_text,
    evidence,
    evidence_field,
    evidence_start,
    evidence_end,
    from_place,
    from_place_code,
    to_place,
    to_place_code,
    to_place_code_2025,
    rule,
    confidence,
);

// A column added to the output must be added to the Python record too (the field, its
// conversion below, `columns!` and `_canbo.pyi`).
const _: () = assert!(
    same_names(RECORD_COLUMNS, COLUMNS),
    "the columns of canbo.Record are not output::COLUMNS"
);

/// Are `a` and `b` the same names in the same order? (A `const fn`, for the assertion.)
const fn same_names(a: &[&str], b: &[&str]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        let (x, y) = (a[i].as_bytes(), b[i].as_bytes());
        if x.len() != y.len() {
            return false;
        }
        let mut j = 0;
        while j < x.len() {
            if x[j] != y[j] {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

impl From<Located> for PyRecord {
    fn from(located: Located) -> PyRecord {
        let r = located.record;
        PyRecord {
            record_id: located.record_id,
            doc_id: r.doc_id,
            person: r.person,
            from_post: r.from_post,
            to_post: r.to_post,
            date: r.date,
            kind: r.kind,
            date_text: r.date_text,
            evidence: r.evidence,
            evidence_field: r.evidence_field.as_str().to_owned(),
            evidence_start: r.evidence_start,
            evidence_end: r.evidence_end,
            from_place: r.from_place,
            from_place_code: r.from_place_code,
            to_place: r.to_place,
            to_place_code: r.to_place_code,
            to_place_code_2025: r.to_place_code_2025,
            rule: r.rule,
            confidence: shortest_f64(r.confidence),
            start: located.start,
            end: located.end,
        }
    }
}

#[pymethods]
impl PyRecord {
    /// Byte offset (UTF-8) where the evidence starts in its field (= evidence_start).
    #[getter]
    fn start_byte(&self) -> usize {
        self.evidence_start
    }

    /// Byte offset (UTF-8) where the evidence ends in its field (= evidence_end).
    #[getter]
    fn end_byte(&self) -> usize {
        self.evidence_end
    }

    /// The record as a dict: the columns of canbo.COLUMNS in order (as a line of
    /// `canbo extract --format jsonl`), then "start" and "end".
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (name, value) in self.columns(py)? {
            dict.set_item(name, value)?;
        }
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "canbo.Record(doc_id={}, person={}, from_post={}, to_post={}, date={}, \
             confidence={}, start={}, end={})",
            py_repr(py, &self.doc_id),
            py_repr(py, &self.person),
            py_repr(py, &self.from_post),
            py_repr(py, &self.to_post),
            py_repr(py, &self.date),
            self.confidence,
            self.start,
            self.end
        )
    }
}

/// The document at `index` of `extract_many`'s input.
fn document(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Document> {
    let get = |key: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
        if let Ok(dict) = item.cast::<PyDict>() {
            return dict.get_item(key);
        }
        let mapping = item.cast::<PyMapping>().map_err(|_| {
            PyTypeError::new_err(format!(
                "document {index}: a document is a dict with \"text\" (and \"id\", \
                 \"title\", \"date\") or a line of JSON Lines (str or bytes), not {}",
                type_name(item)
            ))
        })?;
        match mapping.get_item(key) {
            Ok(value) => Ok(Some(value)),
            Err(e) if e.is_instance_of::<PyKeyError>(item.py()) => Ok(None),
            Err(e) => Err(e),
        }
    };
    // Each field is named with the document's index in messages and warnings.
    let name = |key: &str| format!("document {index}: \"{key}\"");
    let text = match get("text")? {
        Some(text) if !is_missing(&text) => required_text(&text, &name("text"))?,
        _ => {
            return Err(PyValueError::new_err(format!(
                "document {index}: no \"text\""
            )))
        }
    };
    // "id", else "doc_id", the first that is not blank (as in canbo's JSON Lines input).
    let mut id = None;
    for key in ["id", "doc_id"] {
        if let Some(value) = get(key)? {
            id = id_value(&value, &name(key))?.filter(|id| !id.trim().is_empty());
            if id.is_some() {
                break;
            }
        }
    }
    let title = match get("title")? {
        Some(title) => optional_text(&title, &name("title"))?,
        None => None,
    };
    let date = match get("date")? {
        Some(date) => date_value(&date, &name("date"))?,
        None => None,
    };
    Ok(Document {
        id: id.unwrap_or_default(),
        title,
        text,
        date,
        url: None,
        ..Document::default()
    })
}

/// None, or a float NaN (how pandas marks a missing value).
fn is_missing(value: &Bound<'_, PyAny>) -> bool {
    value.is_none() || value.cast::<PyFloat>().is_ok_and(|f| f.value().is_nan())
}

/// A text field, which must be a `str`.
fn required_text(value: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    let text = value.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("{name} must be a str, not {}", type_name(value)))
    })?;
    string(text, name)
}

/// An optional text field: `None`, NaN or blank is none (as in canbo's JSON Lines input).
fn optional_text(value: &Bound<'_, PyAny>, name: &str) -> PyResult<Option<String>> {
    if is_missing(value) {
        return Ok(None);
    }
    let text = required_text(value, name)?;
    Ok(Some(text).filter(|t| !t.trim().is_empty()))
}

/// A document's id: a `str`, or an `int` written in decimal.
fn id_value(value: &Bound<'_, PyAny>, name: &str) -> PyResult<Option<String>> {
    if is_missing(value) {
        Ok(None)
    } else if let Ok(id) = value.cast::<PyString>() {
        string(id, name).map(Some)
    } else if value.is_instance_of::<PyInt>() {
        Ok(Some(value.str()?.to_str()?.to_owned()))
    } else {
        Err(PyTypeError::new_err(format!(
            "{name} must be a str or an int, not {}",
            type_name(value)
        )))
    }
}

/// A publication date: an ISO 8601 `str`, or anything with `isoformat()` (`datetime.date`,
/// `datetime.datetime`, `pandas.Timestamp`).
fn date_value(value: &Bound<'_, PyAny>, name: &str) -> PyResult<Option<String>> {
    if is_missing(value) || value.is_instance_of::<PyString>() {
        return optional_text(value, name);
    }
    if value.hasattr("isoformat")? {
        let iso = value.call_method0("isoformat")?;
        return optional_text(&iso, name);
    }
    Err(PyTypeError::new_err(format!(
        "{name} must be an ISO 8601 str or a datetime.date, not {}",
        type_name(value)
    )))
}

/// The text of a Python `str`. A str with lone surrogates (which UTF-8 cannot hold, as
/// `json.loads` makes from "\ud800") has each of them read as U+FFFD, with a
/// `UnicodeWarning`: one character for one, so that Python's indices stay right.
fn string(value: &Bound<'_, PyString>, name: &str) -> PyResult<String> {
    if let Ok(text) = value.to_str() {
        return Ok(text.to_owned());
    }
    let py = value.py();
    let utf32 = value.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let utf32 = utf32.cast::<PyBytes>()?.as_bytes();
    let text: String = utf32
        .chunks_exact(4)
        .map(|c| {
            <[u8; 4]>::try_from(c)
                .ok()
                .and_then(|c| char::from_u32(u32::from_le_bytes(c)))
                .unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect();
    warn_unicode(
        py,
        format!("{name} is not valid Unicode (it has lone surrogates): each was read as U+FFFD"),
    )?;
    Ok(text)
}

/// Warns that text was repaired (a `UnicodeWarning`), as `canbo extract` does.
fn warn_unicode(py: Python<'_>, message: String) -> PyResult<()> {
    let message = CString::new(message).unwrap_or_default();
    PyErr::warn(py, &py.get_type::<PyUnicodeWarning>(), &message, 1)
}

/// A missing gazetteer directory is a FileNotFoundError, a file in its place a
/// NotADirectoryError, as Python's own functions raise them.
fn check_dir(dir: &std::path::Path) -> PyResult<()> {
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(PyNotADirectoryError::new_err(format!(
            "gazetteers: {} is not a directory",
            dir.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(PyFileNotFoundError::new_err(
            format!("gazetteers: no directory {}", dir.display()),
        )),
        // Any other error is the builder's to tell.
        Err(_) => Ok(()),
    }
}

/// The error for what the builder refused: the directory (OSError) or its files
/// (ValueError).
fn build_error(e: BuildError) -> PyErr {
    let message = e.to_string();
    match e {
        BuildError::Gazetteer(GazetteerError::Io { .. } | GazetteerError::Dir { .. }) => {
            PyOSError::new_err(message)
        }
        BuildError::Gazetteer(GazetteerError::UnknownFile { .. } | GazetteerError::Row { .. }) => {
            PyValueError::new_err(message)
        }
        _ => PyRuntimeError::new_err(message),
    }
}

/// The message for a panic caught in the crate (raised as a RuntimeError).
fn internal_error(doing: &str, panic: &(dyn Any + Send)) -> String {
    let message = panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic");
    format!("canbo failed {doing} (a bug: please report it): {message}")
}

/// The value of `f`, written in its shortest form (as the command line writes it), as a
/// Python float: 0.873, not 0.8730000257492065.
fn shortest_f64(f: f32) -> f64 {
    f.to_string().parse().unwrap_or(f64::from(f))
}

/// The name of a value's type, for messages.
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".into(), |name| name.to_string())
}

/// Python's `repr` of a string.
fn py_repr(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map_or_else(|_| format!("{s:?}"), |r| r.to_string())
}
