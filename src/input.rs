//! Reading documents: `.txt` files, JSON Lines files, directories of them, and standard
//! input, gzip-compressed or not.
//!
//! ```
//! use canbo::input::{Item, Reader, Source};
//!
//! let jsonl = "{\"id\": \"a\", \"text\": \"Ông Lê Văn Tám được bầu giữ chức Chủ tịch UBND xã.\"}\n\
//!              {\"id\": \"b\"}\n";
//! let mut reader = Reader::from_bytes("mem.jsonl", jsonl.as_bytes().to_vec());
//! let items: Vec<Item> = reader.by_ref().collect();
//! assert!(matches!(&items[0], Item::Document(d) if d.id == "a"));
//! assert!(matches!(&items[1], Item::Skipped(s) if s.to_string() == "mem.jsonl:2: no text"));
//! ```
//!
//! Reading is streaming: a JSON Lines file is read one line at a time, so memory stays
//! flat whatever the size of the input. Nothing is dropped silently: a line or file that
//! cannot be read comes out as [`Item::Skipped`], a text that had to be repaired as
//! [`Item::Warning`] followed by the document.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

/// One article: an id, an optional title, the body text and an optional ISO date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    /// Publication date as given by the input (ISO 8601, possibly with a time).
    pub date: Option<String>,
    pub url: Option<String>,
    /// The file it was read from (`-` for standard input), when read by a [`Reader`].
    pub file: Option<String>,
    /// Its line in a JSON Lines file (1-based).
    pub line: Option<u64>,
}

impl Document {
    /// A document with only an id and a body.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Size of the document's text and title in bytes.
    pub fn len(&self) -> usize {
        self.text.len() + self.title.as_ref().map_or(0, String::len)
    }

    /// True when both text and title are empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Why something in the input was skipped or repaired, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file (`-` for standard input).
    pub file: String,
    /// 1-based line number for JSON Lines input.
    pub line: Option<u64>,
    pub reason: Reason,
}

/// What went wrong with a piece of input.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// The file could not be opened or read.
    Unreadable(String),
    /// The line is not a JSON object.
    MalformedJson(String),
    /// The object has no `text` (or it is null).
    NoText,
    /// The object's `text` is a number, an array, an object or a boolean.
    TextNotString,
    /// The object has no `id` or `doc_id`.
    NoId,
    /// The object's `id` (or `doc_id`) is empty or blank.
    EmptyId,
    /// Invalid UTF-8 was replaced with U+FFFD (a warning: the document is still read).
    InvalidUtf8,
    /// Neither the file's name nor its content tells how to read it (the detail says
    /// what it looks like).
    UnknownKind(String),
    /// Found in a directory, and neither a file nor a directory (a FIFO, a socket, a
    /// device): not opened.
    NotRegular,
    /// A directory that is one of its own ancestors through a symbolic link (the
    /// ancestor's path): not followed (a warning: nothing is lost).
    SymlinkLoop(String),
    /// A file or directory already read under another name (that name): not read again
    /// (a warning: nothing is lost).
    AlreadyRead(String),
}

impl Reason {
    /// A short name for the run's summary.
    pub fn label(&self) -> &'static str {
        match self {
            Reason::Unreadable(_) => "unreadable",
            Reason::MalformedJson(_) => "malformed JSON",
            Reason::NoText => "no text",
            Reason::TextNotString => "text is not a string",
            Reason::NoId => "no id",
            Reason::EmptyId => "empty id",
            Reason::InvalidUtf8 => "invalid UTF-8 (decoded lossily)",
            Reason::UnknownKind(_) => "unknown file kind",
            Reason::NotRegular => "not a regular file",
            Reason::SymlinkLoop(_) => "symlink loop",
            Reason::AlreadyRead(_) => "already read",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Unreadable(e) => write!(f, "unreadable: {e}"),
            Reason::MalformedJson(e) => write!(f, "malformed JSON: {e}"),
            Reason::UnknownKind(what) => write!(f, "unknown file kind: {what}"),
            Reason::SymlinkLoop(ancestor) => write!(
                f,
                "symlink loop, not followed (the same directory as {ancestor})"
            ),
            Reason::AlreadyRead(first) => write!(f, "already read as {first}, not read again"),
            other => f.write_str(other.label()),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

/// What the reader yields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Document(Document),
    /// Input that gave no document.
    Skipped(Diagnostic),
    /// Input that was repaired; the document follows.
    Warning(Diagnostic),
}

/// Where documents come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A `.txt` file, a JSON Lines file (`.jsonl`, `.ndjson`, `.json`), either possibly
    /// gzip-compressed, a file whose content tells its kind (see [`Reader::new`]), or a
    /// directory holding such files.
    Path(PathBuf),
    /// JSON Lines on standard input, possibly gzip-compressed.
    Stdin,
}

impl Source {
    /// `-` is standard input, anything else a path.
    pub fn parse(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::Path(PathBuf::from(arg))
        }
    }
}

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// The whole file is one document, its id the path.
    Text,
    /// One JSON object a line.
    JsonLines,
}

/// The format a file's name tells: `.txt`, or `.jsonl`, `.ndjson`, `.json`, each
/// optionally followed by `.gz`.
fn format_of(path: &Path) -> Option<InputFormat> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json") {
        Some(InputFormat::JsonLines)
    } else if name.ends_with(".txt") {
        Some(InputFormat::Text)
    } else {
        None
    }
}

/// Bytes of an unknown file looked at to tell its kind.
const SNIFF_BYTES: usize = 4096;

/// A format and the reader to read it with, or what the file looks like.
type Sniffed = Result<(InputFormat, Box<dyn BufRead + Send>), String>;

/// The format of a file whose name does not tell it, from its first bytes (after
/// decompression): JSON Lines when the first non-blank character is `{`; text when the
/// name ends in `.gz`; otherwise what the file looks like, for the diagnostic. The
/// reader given back starts at the start of the file.
fn sniff(mut reader: Box<dyn BufRead + Send>, path: &Path) -> io::Result<Sniffed> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut reader)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)?;
    let body = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&head);
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    let gz_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let format = match first {
        Some(b'{') => InputFormat::JsonLines,
        _ if gz_name => InputFormat::Text,
        None => return Ok(Err("empty".into())),
        Some(_) => {
            let what = [
                (&b"BZh"[..], "bzip2-compressed, which is not supported"),
                (b"\xfd7zXZ\0", "xz-compressed, which is not supported"),
                (
                    b"\x28\xb5\x2f\xfd",
                    "zstd-compressed, which is not supported",
                ),
                (b"PK\x03\x04", "a zip archive, which is not supported"),
                (b"%PDF", "a PDF document"),
            ]
            .iter()
            .find(|(magic, _)| head.starts_with(magic))
            .map_or(
                "not JSON Lines, and not named .txt (--input-format txt reads it as text)",
                |(_, what)| what,
            );
            return Ok(Err(what.into()));
        }
    };
    Ok(Ok((format, Box::new(io::Cursor::new(head).chain(reader)))))
}

/// What tells two paths apart as files: device and inode on Unix, the canonical path
/// elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

/// The [`FileId`] of `path` (symbolic links followed); `None` when it cannot be read.
fn file_id(path: &Path) -> Option<FileId> {
    id_of(path, &std::fs::metadata(path).ok()?)
}

/// The [`FileId`] of `path`, whose metadata is `meta`.
#[cfg(unix)]
fn id_of(_path: &Path, meta: &std::fs::Metadata) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    Some(FileId((meta.dev(), meta.ino())))
}

#[cfg(not(unix))]
fn id_of(path: &Path, _meta: &std::fs::Metadata) -> Option<FileId> {
    std::fs::canonicalize(path).ok().map(FileId)
}

/// A piece of input as read, before any parsing: a JSON line, or an item already made
/// (a text file's document, a file that could not be read).
///
/// [`Reader::next_unit`] hands these out so that the parsing of JSON, the costly part
/// of reading, can run on other threads ([`Unit::into_items`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unit {
    Item(Item),
    Line(RawLine),
}

/// One line of a JSON Lines source, not yet decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawLine {
    pub file: Arc<str>,
    /// 1-based.
    pub line: u64,
    pub bytes: Vec<u8>,
}

impl Unit {
    /// Bytes of input in this unit.
    pub fn len(&self) -> usize {
        match self {
            Unit::Item(Item::Document(doc)) => doc.len(),
            Unit::Item(_) => 0,
            Unit::Line(line) => line.bytes.len(),
        }
    }

    /// True when the unit holds no bytes of input.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items of this unit: a document (after a warning when its UTF-8 was repaired),
    /// or the reason it was skipped.
    pub fn into_items(self) -> Vec<Item> {
        let RawLine { file, line, bytes } = match self {
            Unit::Item(item) => return vec![item],
            Unit::Line(raw) => raw,
        };
        let mut items = Vec::with_capacity(1);
        // simdutf8 validates Vietnamese text (mostly multi-byte) many times faster
        // than the standard library; the slow path only finds where it went wrong.
        let text = match simdutf8::basic::from_utf8(&bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => {
                items.push(Item::Warning(Diagnostic {
                    file: file.to_string(),
                    line: Some(line),
                    reason: Reason::InvalidUtf8,
                }));
                String::from_utf8_lossy(&bytes)
            }
        };
        items.push(match parse_json_line(&text) {
            Ok(doc) => Item::Document(Document {
                file: Some(file.to_string()),
                line: Some(line),
                ..doc
            }),
            Err(reason) => Item::Skipped(Diagnostic {
                file: file.to_string(),
                line: Some(line),
                reason,
            }),
        });
        items
    }
}

/// A streaming reader over several sources, yielding [`Item`]s in input order (or
/// [`Unit`]s, with [`Reader::next_unit`]).
pub struct Reader {
    /// Files and standard input still to open, in order.
    queue: VecDeque<Pending>,
    current: Option<Lines>,
    /// Units ready to be handed out (a warning and its document).
    ready: VecDeque<Unit>,
    /// Items of the last unit, for the iterator.
    items: VecDeque<Item>,
    bytes_read: u64,
    /// The format of files whose name does not tell it (otherwise their content does).
    forced: Option<InputFormat>,
    /// Every file and directory queued, and the path it was queued under.
    seen: HashMap<FileId, PathBuf>,
    /// Sources (files, standard input) opened and read, and those that could not be.
    sources_read: u64,
    sources_failed: u64,
}

enum Pending {
    File(PathBuf),
    Stdin,
    Bytes { name: String, data: Vec<u8> },
    Error(Diagnostic),
    Warning(Diagnostic),
}

struct Lines {
    name: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line: u64,
    /// The start of a line that runs past the end of the reader's buffer.
    buf: Vec<u8>,
}

impl Reader {
    /// A reader over `sources`; directories are expanded to the files under them, in
    /// sorted order, each directory once (a symbolic link back to a directory being
    /// read is reported, not followed).
    ///
    /// Each file and directory is read once, however many names lead to it: a repeat
    /// gives a warning ([`Reason::AlreadyRead`]). A file's kind is told by its name
    /// (`.txt`, `.jsonl`, `.ndjson`, `.json`, optionally `.gz`), else by
    /// [`Reader::input_format`], else by its content (JSON Lines when it starts with
    /// `{`; text when it is named `.gz`); a file of unknown kind is skipped
    /// ([`Reason::UnknownKind`]). Gzip is detected by its magic bytes.
    pub fn new(sources: &[Source]) -> Reader {
        let mut reader = Reader {
            queue: VecDeque::new(),
            current: None,
            ready: VecDeque::new(),
            items: VecDeque::new(),
            bytes_read: 0,
            forced: None,
            seen: HashMap::new(),
            sources_read: 0,
            sources_failed: 0,
        };
        for source in sources {
            match source {
                Source::Stdin => reader.queue.push_back(Pending::Stdin),
                Source::Path(path) if path.is_dir() => reader.expand_dir(path, &mut Vec::new()),
                Source::Path(path) => reader.push_file(path, file_id(path)),
            }
        }
        reader
    }

    /// Reads files whose name does not tell their kind as `format`, instead of telling
    /// it by their content.
    pub fn input_format(mut self, format: InputFormat) -> Reader {
        self.forced = Some(format);
        self
    }

    /// The input path (a file given, or found in a directory given) that is the same
    /// file as `path`, if any.
    pub fn input_named(&self, path: &Path) -> Option<&Path> {
        self.seen.get(&file_id(path)?).map(PathBuf::as_path)
    }

    /// Files and standard input opened and read so far.
    pub fn sources_read(&self) -> u64 {
        self.sources_read
    }

    /// Files, directories and standard input that could not be opened or read, or
    /// whose kind is unknown, so far.
    pub fn sources_failed(&self) -> u64 {
        self.sources_failed
    }

    /// Queues a file, unless the same file (`id`, if known) is queued already.
    fn push_file(&mut self, path: &Path, id: Option<FileId>) {
        if let Some(id) = id {
            if let Some(first) = self.seen.get(&id) {
                let reason = Reason::AlreadyRead(first.display().to_string());
                self.queue
                    .push_back(Pending::Warning(diagnostic(path, reason)));
                return;
            }
            self.seen.insert(id, path.to_path_buf());
        }
        self.queue.push_back(Pending::File(path.to_path_buf()));
    }

    /// Queues the files under `dir`, in sorted order, each directory once;
    /// `ancestors` are the directories being expanded, outermost first.
    fn expand_dir(&mut self, dir: &Path, ancestors: &mut Vec<(FileId, PathBuf)>) {
        let id = file_id(dir);
        if let Some(id) = &id {
            if let Some((_, ancestor)) = ancestors.iter().find(|(a, _)| a == id) {
                let reason = Reason::SymlinkLoop(ancestor.display().to_string());
                self.queue
                    .push_back(Pending::Warning(diagnostic(dir, reason)));
                return;
            }
            if let Some(first) = self.seen.get(id) {
                let reason = Reason::AlreadyRead(first.display().to_string());
                self.queue
                    .push_back(Pending::Warning(diagnostic(dir, reason)));
                return;
            }
            self.seen.insert(id.clone(), dir.to_path_buf());
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                let reason = Reason::Unreadable(e.to_string());
                self.queue
                    .push_back(Pending::Error(diagnostic(dir, reason)));
                return;
            }
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => {
                    let reason = Reason::Unreadable(e.to_string());
                    self.queue
                        .push_back(Pending::Error(diagnostic(dir, reason)));
                }
            }
        }
        paths.sort();
        let pushed = id.is_some();
        if let Some(id) = id {
            ancestors.push((id, dir.to_path_buf()));
        }
        for path in paths {
            // Symbolic links are followed.
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => self.expand_dir(&path, ancestors),
                Ok(meta) if meta.is_file() => self.push_file(&path, id_of(&path, &meta)),
                Ok(_) => {
                    let diag = diagnostic(&path, Reason::NotRegular);
                    self.queue.push_back(Pending::Error(diag));
                }
                Err(e) => {
                    let reason = Reason::Unreadable(e.to_string());
                    self.queue
                        .push_back(Pending::Error(diagnostic(&path, reason)));
                }
            }
        }
        if pushed {
            ancestors.pop();
        }
    }

    /// A reader over JSON Lines held in memory (gzip is detected too).
    pub fn from_bytes(name: impl Into<String>, data: Vec<u8>) -> Reader {
        let mut reader = Reader::new(&[]);
        reader.queue.push_back(Pending::Bytes {
            name: name.into(),
            data,
        });
        reader
    }

    /// Bytes of input consumed so far (after decompression).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    fn open_next(&mut self) -> bool {
        let Some(pending) = self.queue.pop_front() else {
            return false;
        };
        match pending {
            Pending::Error(diag) => {
                self.sources_failed += 1;
                self.ready.push_back(Unit::Item(Item::Skipped(diag)));
            }
            Pending::Warning(diag) => self.ready.push_back(Unit::Item(Item::Warning(diag))),
            Pending::Stdin => {
                match maybe_gunzip(Box::new(BufReader::with_capacity(1 << 16, io::stdin()))) {
                    Ok(reader) => self.read_lines("-".into(), reader),
                    Err(e) => self.skip_file("-", e),
                }
            }
            Pending::Bytes { name, data } => match maybe_gunzip(Box::new(io::Cursor::new(data))) {
                Ok(reader) => self.read_lines(name, reader),
                Err(e) => self.skip_file(&name, e),
            },
            Pending::File(path) => self.open_file(&path),
        }
        true
    }

    /// Opens a file, tells its kind, and reads it (a text) or starts reading its lines.
    fn open_file(&mut self, path: &Path) {
        let name = path.display().to_string();
        let opened = File::open(path)
            .and_then(|f| maybe_gunzip(Box::new(BufReader::with_capacity(1 << 16, f))));
        let reader = match opened {
            Ok(reader) => reader,
            Err(e) => return self.skip_file(&name, e),
        };
        let (format, mut reader) = match format_of(path).or(self.forced) {
            Some(format) => (format, reader),
            None => match sniff(reader, path) {
                Ok(Ok(sniffed)) => sniffed,
                Ok(Err(what)) => {
                    self.sources_failed += 1;
                    let diag = diagnostic(path, Reason::UnknownKind(what));
                    return self.ready.push_back(Unit::Item(Item::Skipped(diag)));
                }
                Err(e) => return self.skip_file(&name, e),
            },
        };
        if format == InputFormat::JsonLines {
            return self.read_lines(name, reader);
        }
        let mut data = Vec::new();
        match reader.read_to_end(&mut data) {
            Err(e) => self.skip_file(&name, e),
            Ok(n) => {
                self.sources_read += 1;
                self.bytes_read += n as u64;
                let text = self.decode(data, &name, None);
                let doc = Document {
                    file: Some(name.clone()),
                    ..Document::new(name, text)
                };
                self.ready.push_back(Unit::Item(Item::Document(doc)));
            }
        }
    }

    /// Starts reading JSON Lines from `reader`.
    fn read_lines(&mut self, name: String, reader: Box<dyn BufRead + Send>) {
        self.sources_read += 1;
        self.current = Some(Lines::new(name, reader));
    }

    fn skip_file(&mut self, name: &str, e: io::Error) {
        self.sources_failed += 1;
        self.ready.push_back(Unit::Item(Item::Skipped(Diagnostic {
            file: name.to_string(),
            line: None,
            reason: Reason::Unreadable(e.to_string()),
        })));
    }

    /// UTF-8 decoding, lossy with a warning.
    fn decode(&mut self, data: Vec<u8>, file: &str, line: Option<u64>) -> String {
        match String::from_utf8(data) {
            Ok(s) => s,
            Err(e) => {
                self.ready.push_back(Unit::Item(Item::Warning(Diagnostic {
                    file: file.to_string(),
                    line,
                    reason: Reason::InvalidUtf8,
                })));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        }
    }

    /// Reads the next line of the current JSON Lines source into an item.
    fn next_line(&mut self) {
        let Some(lines) = self.current.as_mut() else {
            return;
        };
        match read_line(&mut *lines.reader, &mut lines.buf) {
            Ok(None) => self.current = None,
            Err(e) => {
                let diag = Diagnostic {
                    file: lines.name.to_string(),
                    line: Some(lines.line + 1),
                    reason: Reason::Unreadable(e.to_string()),
                };
                self.current = None;
                self.ready.push_back(Unit::Item(Item::Skipped(diag)));
            }
            Ok(Some(bytes)) => {
                lines.line += 1;
                self.bytes_read += bytes.len() as u64;
                // Blank, or a byte-order mark alone.
                let body = bytes.strip_prefix("\u{feff}".as_bytes());
                if body.unwrap_or(&bytes).iter().all(u8::is_ascii_whitespace) {
                    return;
                }
                self.ready.push_back(Unit::Line(RawLine {
                    file: lines.name.clone(),
                    line: lines.line,
                    bytes,
                }));
            }
        }
    }

    /// The next unit of input, unparsed; `None` at the end of the last source.
    pub fn next_unit(&mut self) -> Option<Unit> {
        loop {
            if let Some(unit) = self.ready.pop_front() {
                return Some(unit);
            }
            if self.current.is_some() {
                self.next_line();
            } else if !self.open_next() {
                return None;
            }
        }
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.items.pop_front() {
                return Some(item);
            }
            let unit = self.next_unit()?;
            self.items.extend(unit.into_items());
        }
    }
}

impl Lines {
    fn new(name: String, reader: Box<dyn BufRead + Send>) -> Lines {
        Lines {
            name: name.into(),
            reader,
            line: 0,
            buf: Vec::new(),
        }
    }
}

/// The next line of `reader`, its line break included, in a vector of its own length;
/// `None` at the end of the input. What [`BufRead::read_until`] reads, without growing
/// a vector line after line: a line that the reader's buffer holds whole (most) is
/// copied once, straight out of it; `partial` keeps the start of one that is not.
fn read_line(reader: &mut dyn BufRead, partial: &mut Vec<u8>) -> io::Result<Option<Vec<u8>>> {
    partial.clear();
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((!partial.is_empty()).then(|| partial.clone()));
        }
        let Some(i) = memchr::memchr(b'\n', available) else {
            partial.extend_from_slice(available);
            let n = available.len();
            reader.consume(n);
            continue;
        };
        let line = if partial.is_empty() {
            available[..=i].to_vec()
        } else {
            partial.extend_from_slice(&available[..=i]);
            partial.clone()
        };
        reader.consume(i + 1);
        return Ok(Some(line));
    }
}

/// Wraps `reader` in a gzip decoder when it starts with the gzip magic bytes.
fn maybe_gunzip(mut reader: Box<dyn BufRead + Send>) -> io::Result<Box<dyn BufRead + Send>> {
    let head = reader.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let decoder = flate2::bufread::MultiGzDecoder::new(reader);
        Ok(Box::new(BufReader::with_capacity(1 << 16, decoder)))
    } else {
        Ok(reader)
    }
}

/// A diagnostic about a whole file or directory.
fn diagnostic(path: &Path, reason: Reason) -> Diagnostic {
    Diagnostic {
        file: path.display().to_string(),
        line: None,
        reason,
    }
}

/// The fields of one JSON Lines document; unknown fields are ignored.
#[derive(Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    doc_id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    url: Option<serde_json::Value>,
}

fn string_of(value: Option<serde_json::Value>) -> Option<String> {
    match value? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn parse_json_line(line: &str) -> Result<Document, Reason> {
    let doc: JsonDoc = serde_json::from_str(line.trim_start_matches('\u{feff}'))
        .map_err(|e| Reason::MalformedJson(e.to_string()))?;
    let text = match doc.text {
        Some(serde_json::Value::String(s)) => s,
        None | Some(serde_json::Value::Null) => return Err(Reason::NoText),
        Some(_) => return Err(Reason::TextNotString),
    };
    // `id`, else `doc_id`; one that is there but blank is an error, not a document
    // without a name.
    let ids = [string_of(doc.id), string_of(doc.doc_id)];
    let id = match ids.iter().flatten().find(|id| !id.trim().is_empty()) {
        Some(id) => id.clone(),
        None if ids.iter().any(Option::is_some) => return Err(Reason::EmptyId),
        None => return Err(Reason::NoId),
    };
    Ok(Document {
        id,
        title: string_of(doc.title).filter(|t| !t.trim().is_empty()),
        text,
        date: string_of(doc.date).filter(|d| !d.trim().is_empty()),
        url: string_of(doc.url),
        ..Document::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(data: &[u8]) -> Vec<Item> {
        Reader::from_bytes("t.jsonl", data.to_vec()).collect()
    }

    #[test]
    fn json_lines_fields_and_problems() {
        let data = "{\"id\": \"x1\", \"title\": \"Tân Bí thư\", \"text\": \"Ông A.\", \"date\": \"2017-06-27\"}\n\
                    \n\
                    {\"doc_id\": 42, \"text\": \"Bà B.\"}\n\
                    {\"id\": \"x3\", \"text\": \n\
                    {\"id\": \"x4\"}\n\
                    {\"text\": \"không có mã\"}\n\
                    {\"id\": \"\", \"text\": \"Bà C.\"}\n\
                    {\"id\": \" \", \"doc_id\": \"\", \"text\": \"Bà C.\"}\n\
                    {\"id\": \"\", \"doc_id\": \"x9\", \"text\": \"Bà D.\"}\n\
                    {\"id\": \"x10\", \"text\": 5}\n\
                    {\"id\": \"x11\", \"text\": null}\n";
        let got = items(data.as_bytes());
        assert_eq!(got.len(), 10);
        let Item::Document(first) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(first.id, "x1");
        assert_eq!(first.title.as_deref(), Some("Tân Bí thư"));
        assert_eq!(first.date.as_deref(), Some("2017-06-27"));
        assert!(matches!(&got[1], Item::Document(d) if d.id == "42" && d.text == "Bà B."));
        assert!(matches!(&got[7], Item::Document(d) if d.id == "x9" && d.text == "Bà D."));
        let skipped: Vec<String> = got[2..]
            .iter()
            .filter(|i| !matches!(i, Item::Document(_)))
            .map(|i| match i {
                Item::Skipped(d) => {
                    format!("{}:{}:{}", d.file, d.line.unwrap_or(0), d.reason.label())
                }
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            skipped,
            [
                "t.jsonl:4:malformed JSON",
                "t.jsonl:5:no text",
                "t.jsonl:6:no id",
                "t.jsonl:7:empty id",
                "t.jsonl:8:empty id",
                "t.jsonl:10:text is not a string",
                "t.jsonl:11:no text",
            ]
        );
    }

    #[test]
    fn lines_are_read_as_read_until_reads_them() {
        let data = b"{\"a\": 1}\n\nlonger than the buffer\r\nlast, without a break";
        for capacity in [1, 2, 3, 7, 64] {
            let mut expected = Vec::new();
            let mut reader = BufReader::with_capacity(capacity, &data[..]);
            loop {
                let mut line = Vec::new();
                if reader.read_until(b'\n', &mut line).unwrap() == 0 {
                    break;
                }
                expected.push(line);
            }
            let mut got = Vec::new();
            let mut reader = BufReader::with_capacity(capacity, &data[..]);
            let mut partial = Vec::new();
            while let Some(line) = read_line(&mut reader, &mut partial).unwrap() {
                got.push(line);
            }
            assert_eq!(got, expected, "buffer of {capacity} bytes");
        }
    }

    #[test]
    fn invalid_utf8_is_a_warning_then_the_document() {
        let mut data = b"{\"id\": \"u\", \"text\": \"Ch\xff t\xe1ch\"}\n".to_vec();
        data.extend_from_slice(b"{\"id\": \"v\", \"text\": \"ok\"}\n");
        let got = items(&data);
        assert!(
            matches!(&got[0], Item::Warning(d) if d.line == Some(1) && d.reason == Reason::InvalidUtf8)
        );
        assert!(matches!(&got[1], Item::Document(d) if d.id == "u" && d.text.contains('\u{fffd}')));
        assert!(matches!(&got[2], Item::Document(d) if d.id == "v"));
    }

    #[test]
    fn gzip_is_detected_by_magic_bytes() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all("{\"id\": \"g\", \"text\": \"Ông Nông Văn Dũng.\"}\n".as_bytes())
            .unwrap();
        let got = items(&enc.finish().unwrap());
        assert!(matches!(&got[..], [Item::Document(d)] if d.text == "Ông Nông Văn Dũng."));
    }

    #[test]
    fn missing_file_is_skipped_with_its_name() {
        let got: Vec<Item> = Reader::new(&[Source::parse("/nonexistent/canbo/x.jsonl")]).collect();
        assert!(
            matches!(&got[..], [Item::Skipped(d)] if d.file == "/nonexistent/canbo/x.jsonl" && d.reason.label() == "unreadable")
        );
    }
}
