//! Writing records as CSV (RFC 4180, with a header row) or JSON Lines.
//!
//! ```
//! use canbo::output::{Format, RecordWriter};
//! use canbo::record::{Identified, Record};
//!
//! let records = Identified::all(vec![Record {
//!     doc_id: "d1".into(),
//!     person: "Lê Hữu Tùng".into(),
//!     ..Record::default()
//! }]);
//! let mut writer = RecordWriter::new(Vec::new(), Format::Csv);
//! writer.write(&records[0]).unwrap();
//! let text = String::from_utf8(writer.finish().unwrap()).unwrap();
//! assert!(text.starts_with("record_id,doc_id,person,from_post,to_post,date,kind,"));
//! let row = text.lines().nth(1).unwrap();
//! assert_eq!(row, format!("{},d1,Lê Hữu Tùng,,,,,,,text,0,0,,,,,,,0", records[0].record_id));
//! ```
//!
//! [`AtomicFile`] writes a file so that it appears under its name complete or not at all.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::record::Identified;

/// Output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Csv,
    JsonLines,
}

/// Column names, in output order.
pub const COLUMNS: &[&str] = &[
    "record_id",
    "doc_id",
    "person",
    "from_post",
    "to_post",
    "date",
    "kind",
    "date_text",
    "evidence",
    "evidence_field",
    "evidence_start",
    "evidence_end",
    "from_place",
    "from_place_code",
    "to_place",
    "to_place_code",
    "to_place_code_2025",
    "rule",
    "confidence",
];

/// Writes records one at a time; the CSV header is written before the first record, or by
/// [`RecordWriter::finish`] when there were none.
pub struct RecordWriter<W: Write> {
    inner: Inner<W>,
    header_written: bool,
}

enum Inner<W: Write> {
    /// Boxed: the CSV writer is ten times the size of the other.
    Csv(Box<csv::Writer<W>>),
    JsonLines(io::BufWriter<W>),
}

impl<W: Write> RecordWriter<W> {
    pub fn new(out: W, format: Format) -> RecordWriter<W> {
        let inner = match format {
            Format::Csv => Inner::Csv(Box::new(
                csv::WriterBuilder::new()
                    .has_headers(false)
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(out),
            )),
            Format::JsonLines => Inner::JsonLines(io::BufWriter::with_capacity(1 << 16, out)),
        };
        RecordWriter {
            inner,
            header_written: false,
        }
    }

    pub fn format(&self) -> Format {
        match self.inner {
            Inner::Csv(_) => Format::Csv,
            Inner::JsonLines(_) => Format::JsonLines,
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header_written {
            if let Inner::Csv(w) = &mut self.inner {
                w.write_record(COLUMNS).map_err(csv_error)?;
            }
            self.header_written = true;
        }
        Ok(())
    }

    /// Writes one record, its id first.
    pub fn write(&mut self, identified: &Identified) -> io::Result<()> {
        self.header()?;
        let record = &identified.record;
        match &mut self.inner {
            Inner::Csv(w) => {
                let (start, end) = (
                    record.evidence_start.to_string(),
                    record.evidence_end.to_string(),
                );
                let confidence = record.confidence.to_string();
                w.write_record([
                    identified.record_id.as_str(),
                    &record.doc_id,
                    &record.person,
                    &record.from_post,
                    &record.to_post,
                    &record.date,
                    &record.kind,
                    &record.date_text,
                    &record.evidence,
                    record.evidence_field.as_str(),
                    &start,
                    &end,
                    &record.from_place,
                    &record.from_place_code,
                    &record.to_place,
                    &record.to_place_code,
                    &record.to_place_code_2025,
                    &record.rule,
                    &confidence,
                ])
                .map_err(csv_error)
            }
            Inner::JsonLines(w) => {
                serde_json::to_writer(&mut *w, identified)?;
                w.write_all(b"\n")
            }
        }
    }

    /// Writes the header if nothing was written, flushes, and gives back the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.header()?;
        match self.inner {
            Inner::Csv(w) => w.into_inner().map_err(|e| e.into_error()),
            Inner::JsonLines(w) => w.into_inner().map_err(|e| e.into_error()),
        }
    }
}

/// A CSV error as an I/O error of the kind of the I/O error under it, if any (so that
/// a broken pipe shows as one).
fn csv_error(e: csv::Error) -> io::Error {
    let kind = match e.kind() {
        csv::ErrorKind::Io(io) => io.kind(),
        _ => io::ErrorKind::Other,
    };
    io::Error::new(kind, e)
}

/// A file written under a temporary name beside its target (same directory, so on the
/// same file system) and renamed over the target by [`AtomicFile::commit`]: the target
/// holds either what it held before or the whole new content, never part of it. Dropped
/// without a commit (an error, a panic), the temporary file is removed and the target is
/// untouched; a process killed outright leaves at most the hidden temporary file
/// (`.NAME.canbo-PID-N.tmp`), never a cut file under the target's name.
///
/// A target that exists and is not a regular file (`/dev/null`, `/dev/full`, a FIFO) is
/// written in place: it cannot be replaced. A symbolic link is followed, and the file it
/// points to replaced. Every error names the target.
///
/// ```
/// use std::io::Write;
/// use canbo::output::AtomicFile;
///
/// let dir = std::env::temp_dir().join(format!("canbo-atomic-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let target = dir.join("ra.csv");
/// std::fs::write(&target, "cũ\n").unwrap();
/// let mut file = AtomicFile::create(&target).unwrap();
/// file.write_all("mới\n".as_bytes()).unwrap();
/// assert_eq!(std::fs::read_to_string(&target).unwrap(), "cũ\n"); // not yet
/// file.commit().unwrap();
/// assert_eq!(std::fs::read_to_string(&target).unwrap(), "mới\n");
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
#[derive(Debug)]
pub struct AtomicFile {
    /// The target as given, for messages.
    target: PathBuf,
    /// The file renamed over, the target with its symbolic links followed.
    destination: PathBuf,
    /// The temporary file, or `None` when writing straight to a special file.
    temp: Option<PathBuf>,
    file: File,
}

impl AtomicFile {
    /// Creates the temporary file beside `target`; nothing is done to `target` itself.
    pub fn create(target: impl AsRef<Path>) -> io::Result<AtomicFile> {
        let target = target.as_ref().to_path_buf();
        let named = |e: io::Error| named_error(&target, e);
        let existing = match fs::metadata(&target) {
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(named(e)),
        };
        if let Some(meta) = &existing {
            if meta.is_dir() {
                return Err(named(io::Error::other("is a directory")));
            }
            if !meta.is_file() {
                let file = OpenOptions::new()
                    .write(true)
                    .open(&target)
                    .map_err(named)?;
                return Ok(AtomicFile {
                    destination: target.clone(),
                    target,
                    temp: None,
                    file,
                });
            }
        }
        let destination = match &existing {
            Some(_) if fs::symlink_metadata(&target).is_ok_and(|m| m.is_symlink()) => {
                fs::canonicalize(&target).map_err(named)?
            }
            _ => target.clone(),
        };
        let Some(name) = destination.file_name() else {
            return Err(named(io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a file name",
            )));
        };
        let dir = match destination.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let (temp, file) = loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let mut temp_name = std::ffi::OsString::from(".");
            temp_name.push(name);
            temp_name.push(format!(".canbo-{}-{n}.tmp", std::process::id()));
            let temp = dir.join(temp_name);
            match OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => break (temp, file),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 1000 => continue,
                Err(e) => return Err(named(e)),
            }
        };
        let atomic = AtomicFile {
            target: target.clone(),
            destination,
            temp: Some(temp),
            file,
        };
        // The new file keeps the permissions of the one it replaces.
        if let Some(meta) = existing {
            atomic
                .file
                .set_permissions(meta.permissions())
                .map_err(named)?;
        }
        Ok(atomic)
    }

    /// The target, as given.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The temporary file, where the content goes until the commit; `None` when the
    /// target is a special file written in place.
    pub fn temp_path(&self) -> Option<&Path> {
        self.temp.as_deref()
    }

    /// Flushes the data to disk and renames the temporary file over the target.
    pub fn commit(mut self) -> io::Result<()> {
        let named = |e: io::Error| named_error(&self.target, e);
        self.file.flush().map_err(named)?;
        let Some(temp) = self.temp.take() else {
            return Ok(());
        };
        let renamed = self
            .file
            .sync_all()
            .and_then(|()| fs::rename(&temp, &self.destination));
        if let Err(e) = renamed {
            let _ = fs::remove_file(&temp);
            return Err(named(e));
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file
            .write(buf)
            .map_err(|e| named_error(&self.target, e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush().map_err(|e| named_error(&self.target, e))
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some(temp) = self.temp.take() {
            let _ = fs::remove_file(temp);
        }
    }
}

/// `e` with `path` in its message, of the same kind.
fn named_error(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::record::{Field, Record};

    fn sample() -> Identified {
        let record = Record {
            doc_id: "vd-1".into(),
            person: "Hoàng Văn Pho".into(),
            from_post: "Phó Chánh Thanh tra Nhà nước huyện Khoái Châu".into(),
            to_post: "Bí thư Đảng ủy xã Dạ Trạch".into(),
            date: "2015".into(),
            kind: "luân chuyển".into(),
            evidence: "Ông Pho, \"người của xã\", được luân chuyển.".into(),
            evidence_field: Field::Text,
            evidence_start: 10,
            evidence_end: 52,
            ..Record::default()
        };
        Identified::all(vec![record]).remove(0)
    }

    #[test]
    fn csv_quotes_and_round_trips() {
        let mut out = Vec::new();
        let mut w = RecordWriter::new(&mut out, Format::Csv);
        w.write(&sample()).unwrap();
        w.finish().unwrap();
        let mut rdr = csv::Reader::from_reader(out.as_slice());
        assert_eq!(rdr.headers().unwrap().iter().collect::<Vec<_>>(), COLUMNS);
        let row = rdr.records().next().unwrap().unwrap();
        assert_eq!(&row[0], sample().record_id);
        assert_eq!(&row[8], "Ông Pho, \"người của xã\", được luân chuyển.");
        assert_eq!(&row[9], "text");
        assert_eq!(&row[10], "10");
    }

    #[test]
    fn empty_csv_has_a_header_and_jsonl_nothing() {
        let mut out = Vec::new();
        RecordWriter::new(&mut out, Format::Csv).finish().unwrap();
        assert_eq!(out.split(|&b| b == b'\n').count(), 2);
        let mut out = Vec::new();
        RecordWriter::new(&mut out, Format::JsonLines)
            .finish()
            .unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn jsonl_has_every_column_in_order() {
        let mut out = Vec::new();
        let mut w = RecordWriter::new(&mut out, Format::JsonLines);
        w.write(&sample()).unwrap();
        w.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        let keys: Vec<String> = text
            .trim_start_matches('{')
            .split(",\"")
            .filter_map(|kv| {
                kv.trim_start_matches('"')
                    .split('"')
                    .next()
                    .map(String::from)
            })
            .filter(|k| COLUMNS.contains(&k.as_str()))
            .collect();
        assert_eq!(keys, COLUMNS);
        let value: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
        assert_eq!(value["record_id"], sample().record_id.as_str());
        assert_eq!(value["evidence_field"], "text");
        assert_eq!(value["to_post"], "Bí thư Đảng ủy xã Dạ Trạch");
    }

    /// A fresh directory under the system temp dir, removed on drop.
    pub(crate) struct Scratch(pub(crate) PathBuf);

    impl Scratch {
        pub(crate) fn new(label: &str) -> Scratch {
            static N: AtomicU32 = AtomicU32::new(0);
            let dir = std::env::temp_dir().join(format!(
                "canbo-output-{label}-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }

        /// The names in the directory, sorted.
        pub(crate) fn names(&self) -> Vec<String> {
            let mut names: Vec<String> = fs::read_dir(&self.0)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    /// (target there before?, commit?) → what the target holds after, and no temporary
    /// file is left beside it.
    #[test]
    fn atomic_file_replaces_only_on_commit() {
        let cases: [(Option<&str>, bool, Option<&str>); 4] = [
            (None, true, Some("bản mới")),
            (None, false, None),
            (Some("bản cũ"), true, Some("bản mới")),
            (Some("bản cũ"), false, Some("bản cũ")),
        ];
        for (before, commit, after) in cases {
            let dir = Scratch::new("commit");
            let target = dir.0.join("ra.csv");
            if let Some(text) = before {
                fs::write(&target, text).unwrap();
            }
            let mut file = AtomicFile::create(&target).unwrap();
            file.write_all("bản mới".as_bytes()).unwrap();
            // Before the commit the target is as it was, the new text in a hidden file.
            assert_eq!(fs::read_to_string(&target).ok().as_deref(), before);
            assert_eq!(dir.names().len(), 1 + usize::from(before.is_some()));
            if commit {
                file.commit().unwrap();
            } else {
                drop(file);
            }
            let case = format!("{before:?}, commit {commit}");
            assert_eq!(fs::read_to_string(&target).ok().as_deref(), after, "{case}");
            let want: Vec<String> = after.iter().map(|_| "ra.csv".to_string()).collect();
            assert_eq!(dir.names(), want, "{case}");
        }
    }

    #[test]
    fn atomic_file_errors_name_the_target() {
        let dir = Scratch::new("errors");
        let err = AtomicFile::create(&dir.0).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("{}: ", dir.0.display())),
            "{err}"
        );
        let missing = dir.0.join("khong-co/ra.csv");
        let err = AtomicFile::create(&missing).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("{}: ", missing.display())),
            "{err}"
        );
        if Path::new("/dev/full").exists() {
            // A special file is written in place, and its errors name it.
            let mut full = AtomicFile::create("/dev/full").unwrap();
            let err = full
                .write_all(&[b'x'; 1 << 16])
                .and_then(|()| full.flush())
                .unwrap_err();
            assert!(err.to_string().starts_with("/dev/full: "), "{err}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn atomic_file_follows_a_link_and_keeps_the_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = Scratch::new("link");
        let real = dir.0.join("that.csv");
        fs::write(&real, "cũ").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.0.join("ra.csv");
        std::os::unix::fs::symlink("that.csv", &link).unwrap();
        let mut file = AtomicFile::create(&link).unwrap();
        file.write_all("mới".as_bytes()).unwrap();
        file.commit().unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "mới");
        let mode = fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(dir.names(), ["ra.csv", "that.csv"]);
    }
}
