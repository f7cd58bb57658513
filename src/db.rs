//! Databases: the SQLite archive canbo writes itself (`canbo extract --format sqlite -o
//! archive.db`), and the schema of SQLite and PostgreSQL (`canbo schema`).
//!
//! ```
//! use canbo::db::{Database, Dialect};
//! use canbo::record::{Extraction, Record};
//! use canbo::Document;
//!
//! let dir = std::env::temp_dir().join(format!("canbo-db-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let path = dir.join("archive.db");
//! let doc = Document::new("vd-1", "…");
//! let record = Record {
//!     doc_id: "vd-1".into(),
//!     person: "Lê Văn Hòa".into(),
//!     to_post: "Chủ tịch UBND huyện Kim Động".into(),
//!     date: "2017-07-01".into(),
//!     ..Record::default()
//! };
//! let batch = [Extraction::new(&doc, vec![record])];
//! for _ in 0..2 {
//!     // Loading the same documents again adds nothing.
//!     let mut db = Database::create_or_open(&path).unwrap();
//!     db.load(&batch).unwrap();
//!     db.finish().unwrap();
//! }
//! let moves = canbo::db::career(&path, Some("ông Lê Văn Hoà")).unwrap();
//! assert_eq!(moves.len(), 1);
//! assert_eq!((moves[0].date.as_str(), moves[0].doc_ids.len()), ("2017-07-01", 1));
//! assert!(canbo::db::schema(Dialect::Postgres).contains("CREATE TABLE IF NOT EXISTS records"));
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
//!
//! # Tables
//!
//! * `documents`: one row per document read, with or without records;
//! * `records`: one row per record, the columns of the CSV output in the same order (so
//!   the CSV loads into it as it is), with their types;
//! * `moves`: one row per move, however many documents report it ([`crate::moves`]);
//! * `move_sources`: which records (of which documents) report each move;
//! * `places_2025`: the administrative units since July 2025, each with its province, to
//!   find the moves into one province by `to_place_code_2025` (a province or a commune).
//!
//! # Loading
//!
//! Each batch of documents is loaded in one transaction, together with the moves it
//! changes, so the database is consistent after every batch. A document already in the
//! database is replaced: its records, and its reports of moves, go, and the new ones are
//! added; when the new rows are the rows it has (the same document read again by the same
//! canbo), nothing is written, so two loads of the same input leave identical tables,
//! `processed_at` included.
//!
//! A database that does not exist yet is built under a temporary name beside the target
//! and renamed when the load ends, like the CSV output: an interrupted run leaves no file
//! at the target's name. A database that exists is loaded in place: an interrupted run
//! leaves the batches committed before it, each whole, and running it again completes it.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};

use crate::moves::{self, Report};
use crate::output::AtomicFile;
use crate::place::{Era, Level, PlaceIndex};
use crate::record::{Extraction, StableHasher};

/// The `application_id` of canbo's SQLite databases ("canb").
pub const APPLICATION_ID: i64 = 0x6361_6e62;

/// The version of the schema, kept in SQLite's `user_version`.
pub const SCHEMA_VERSION: i64 = 1;

/// An error opening, reading or writing a database. Every one names the file.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// SQLite failed (the file is not a database, the disk is full, …).
    #[error("{}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    /// The file could not be created, stated or renamed.
    #[error("{source}")]
    Io { source: io::Error },
    /// The target exists and is not a regular file (a directory, a device).
    #[error("{}: not a regular file; a database must be one", path.display())]
    NotAFile { path: PathBuf },
    /// An SQLite database with tables of its own, not made by canbo.
    #[error("{}: an SQLite database not made by canbo; not writing into it", path.display())]
    Foreign { path: PathBuf },
    /// A canbo database of another schema version.
    #[error(
        "{}: a canbo database of schema version {found}; this canbo reads and writes version {}",
        path.display(),
        SCHEMA_VERSION
    )]
    SchemaVersion { path: PathBuf, found: i64 },
}

/// A function that names `path` in an SQLite error.
fn sqlite_error(path: &Path) -> impl Fn(rusqlite::Error) -> DbError + Copy + '_ {
    move |source| DbError::Sqlite {
        path: path.to_path_buf(),
        source,
    }
}

/// An I/O error that names `path`.
fn io_error(path: &Path, e: io::Error) -> DbError {
    DbError::Io {
        source: io::Error::new(e.kind(), format!("{}: {e}", path.display())),
    }
}

/// The SQL dialect of [`schema`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// The type of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Type {
    Text,
    Integer,
    Real,
    /// An ISO 8601 time (UTC): text in SQLite, `timestamptz` in PostgreSQL.
    Timestamp,
}

/// One column of a table.
struct Column {
    name: &'static str,
    ty: Type,
    not_null: bool,
    /// What it holds, a comment in the DDL.
    about: &'static str,
    /// The table and column it refers to (a foreign key in SQLite).
    references: Option<&'static str>,
}

const fn column(name: &'static str, ty: Type, about: &'static str) -> Column {
    Column {
        name,
        ty,
        not_null: false,
        about,
        references: None,
    }
}

const fn required(name: &'static str, ty: Type, about: &'static str) -> Column {
    Column {
        not_null: true,
        ..column(name, ty, about)
    }
}

const fn refers(column: Column, to: &'static str) -> Column {
    Column {
        references: Some(to),
        ..column
    }
}

/// A table: its columns and its indices.
struct Table {
    name: &'static str,
    about: &'static str,
    /// The column that is the primary key.
    key: &'static str,
    columns: &'static [Column],
    indices: &'static [&'static [&'static str]],
}

use Type::{Integer, Real, Text, Timestamp};

const DOCUMENTS: Table = Table {
    name: "documents",
    key: "doc_id",
    about: "one row per document read, with or without records",
    columns: &[
        required("doc_id", Text, "the document's id"),
        column(
            "file",
            Text,
            "the file it was read from (- for standard input)",
        ),
        column("line", Integer, "its line in a JSON Lines file"),
        column("url", Text, "its url, as the input gives it"),
        column("date", Text, "its publication date, as the input gives it"),
        column("title", Text, "its title"),
        column("bytes", Integer, "bytes of text and title"),
        column("records", Integer, "records extracted from it"),
        column("canbo_version", Text, "the canbo that wrote its rows"),
        column(
            "processed_at",
            Timestamp,
            "when its rows were written (UTC), kept by a load that gives the same rows",
        ),
        column(
            "fingerprint",
            Text,
            "a hash of its rows, which tells a load whether they change",
        ),
    ],
    indices: &[],
};

const RECORDS: Table = Table {
    name: "records",
    key: "record_id",
    about: "one row per record: the columns of the CSV output, in its order",
    columns: &[
        required(
            "record_id",
            Text,
            "stable id: document, folded person and to_post",
        ),
        refers(
            required("doc_id", Text, "the document"),
            "documents (doc_id)",
        ),
        column("person", Text, "full name, without honorifics"),
        column("from_post", Text, "the post held before the move"),
        column("to_post", Text, "the post taken up"),
        column("date", Text, "ISO 8601 partial date of the move"),
        column("kind", Text, "the document's move word"),
        column("date_text", Text, "the date phrase as written"),
        column("evidence", Text, "the sentence the move was read from"),
        required("evidence_field", Text, "title or text"),
        required(
            "evidence_start",
            Integer,
            "byte offset of the sentence in the field",
        ),
        required("evidence_end", Integer, "byte offset of its end"),
        column("from_place", Text, "the unit from_post names"),
        column("from_place_code", Text, "its GSO code"),
        column("to_place", Text, "the unit to_post names"),
        column("to_place_code", Text, "its GSO code"),
        column(
            "to_place_code_2025",
            Text,
            "GSO code of the unit that covers to_place after July 2025",
        ),
        column("rule", Text, "the extraction rule"),
        required("confidence", Real, "how likely the record is right, 0 to 1"),
    ],
    indices: &[
        &["doc_id"],
        &["person"],
        &["to_place_code"],
        &["to_place_code_2025"],
        &["date"],
    ],
};

const MOVES: Table = Table {
    name: "moves",
    key: "move_id",
    about: "one row per move, however many documents report it",
    columns: &[
        required(
            "move_id",
            Text,
            "stable id: folded person, to_post and date",
        ),
        column(
            "person",
            Text,
            "full name, as its most precisely dated report gives it",
        ),
        column(
            "to_post",
            Text,
            "the post taken up, as that report gives it",
        ),
        column(
            "from_post",
            Text,
            "the post held before, from the first report that gives it",
        ),
        column("date", Text, "the most precise date of its reports"),
        column("to_place", Text, "the unit to_post names"),
        column("to_place_code", Text, "its GSO code"),
        column("to_place_code_2025", Text, "its unit after July 2025"),
        column("documents", Integer, "documents that report it"),
        column("confidence", Real, "the highest confidence of its records"),
        required("person_key", Text, "the folded person"),
        required("post_key", Text, "the folded to_post"),
    ],
    indices: &[
        &["person_key", "post_key"],
        &["person"],
        &["to_place_code_2025"],
        &["date"],
    ],
};

const MOVE_SOURCES: Table = Table {
    name: "move_sources",
    key: "record_id",
    about: "the records that report each move, one row per record",
    columns: &[
        refers(required("move_id", Text, "the move"), "moves (move_id)"),
        refers(
            required("record_id", Text, "a record that reports it"),
            "records (record_id)",
        ),
        refers(
            required("doc_id", Text, "the record's document"),
            "documents (doc_id)",
        ),
    ],
    indices: &[&["move_id"], &["doc_id"]],
};

const PLACES_2025: Table = Table {
    name: "places_2025",
    key: "code",
    about: "the administrative units since July 2025 (GSO), for queries by province",
    columns: &[
        required(
            "code",
            Text,
            "GSO code: 2 digits for a province, 5 for a commune",
        ),
        column("name", Text, "name without the type word"),
        column("unit_type", Text, "tỉnh, thành phố, xã, phường, đặc khu"),
        column("level", Text, "province or commune"),
        column(
            "province_code",
            Text,
            "the province: its own code, or the commune's",
        ),
    ],
    indices: &[&["province_code"]],
};

/// Every table, in the order they are created.
const TABLES: [&Table; 5] = [&DOCUMENTS, &RECORDS, &MOVES, &MOVE_SOURCES, &PLACES_2025];

/// The DDL of canbo's tables, in `dialect`, and the rows of `places_2025`: `CREATE TABLE
/// IF NOT EXISTS`, `CREATE INDEX IF NOT EXISTS` and `INSERT … ON CONFLICT DO NOTHING`, so
/// that running it twice does no harm.
///
/// The `records` table has the columns of the CSV output in their order, so that the CSV
/// loads into it as it is (`\copy records FROM 'out.csv' CSV HEADER` in `psql`). An empty
/// CSV field loads as `NULL`, so every column that may be empty may be `NULL`; canbo
/// writes `NULL` for an empty string in SQLite too. PostgreSQL gets no foreign keys: its
/// records come from a CSV that carries no documents.
pub fn schema(dialect: Dialect) -> String {
    let mut sql = String::new();
    let name = match dialect {
        Dialect::Sqlite => "SQLite",
        Dialect::Postgres => "PostgreSQL",
    };
    sql.push_str(&format!(
        "-- canbo's tables ({name}), schema version {SCHEMA_VERSION}.\n"
    ));
    if dialect == Dialect::Sqlite {
        sql.push_str(&format!(
            "PRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = {SCHEMA_VERSION};\n"
        ));
    }
    for table in TABLES {
        sql.push_str(&format!(
            "\n-- {}\nCREATE TABLE IF NOT EXISTS {} (\n",
            table.about, table.name
        ));
        let width = table
            .columns
            .iter()
            .map(|c| c.name.len())
            .max()
            .unwrap_or(0);
        for (i, c) in table.columns.iter().enumerate() {
            let ty = match (dialect, c.ty) {
                (Dialect::Sqlite, Text | Timestamp) => "TEXT",
                (Dialect::Sqlite, Integer) => "INTEGER",
                (Dialect::Sqlite, Real) => "REAL",
                (Dialect::Postgres, Text) => "text",
                (Dialect::Postgres, Integer) => "bigint",
                (Dialect::Postgres, Real) => "real",
                (Dialect::Postgres, Timestamp) => "timestamptz",
            };
            let mut line = format!("    {:width$} {ty}", c.name);
            if c.name == table.key {
                line.push_str(" PRIMARY KEY");
            } else if c.not_null {
                line.push_str(" NOT NULL");
            }
            if let (Dialect::Sqlite, Some(to)) = (dialect, c.references) {
                line.push_str(&format!(" REFERENCES {to}"));
            }
            let comma = if i + 1 < table.columns.len() { "," } else { "" };
            sql.push_str(&format!("{line}{comma} -- {}\n", c.about));
        }
        sql.push_str(");\n");
        for columns in table.indices {
            sql.push_str(&format!(
                "CREATE INDEX IF NOT EXISTS {}_{} ON {} ({});\n",
                table.name,
                columns.join("_"),
                table.name,
                columns.join(", ")
            ));
        }
    }
    sql.push_str(&places_2025());
    sql
}

/// The rows of `places_2025`, from the register embedded in canbo, as `INSERT`
/// statements of 500 rows that leave the rows already there as they are.
fn places_2025() -> String {
    let places = PlaceIndex::builtin();
    let quote = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let rows: Vec<String> = places
        .units()
        .iter()
        .filter(|u| u.era == Era::Since2025)
        .map(|u| {
            let province = std::iter::successors(Some(u), |u| places.parent(u))
                .find(|u| u.level == Level::Province)
                .map_or("NULL".to_string(), |p| quote(&p.code));
            let level = match u.level {
                Level::Province => "province",
                Level::District => "district",
                Level::Commune => "commune",
            };
            format!(
                "({}, {}, {}, {}, {province})",
                quote(&u.code),
                quote(&u.name),
                quote(&u.unit_type.title().to_lowercase()),
                quote(level)
            )
        })
        .collect();
    let mut sql = format!(
        "\n-- The {} units of {}: a record's to_place_code_2025 is a province or a commune,\n\
         -- province_code is the province of either.\n",
        rows.len(),
        PLACES_2025.name
    );
    let names: Vec<&str> = PLACES_2025.columns.iter().map(|c| c.name).collect();
    for chunk in rows.chunks(500) {
        sql.push_str(&format!(
            "INSERT INTO {} ({}) VALUES\n{}\nON CONFLICT ({}) DO NOTHING;\n",
            PLACES_2025.name,
            names.join(", "),
            chunk.join(",\n"),
            PLACES_2025.key
        ));
    }
    sql
}

/// `INSERT INTO table (every column) VALUES (?1, …)`.
fn insert(table: &Table) -> String {
    let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let values: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({})",
        table.name,
        names.join(", "),
        values.join(", ")
    )
}

/// An empty string as `NULL`.
fn text(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// A count or an offset as SQLite's integer.
fn integer(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

/// A confidence as SQLite's double: the value of its shortest decimal form (as the CSV
/// writes it), so that 0.85 reads back as 0.85, not 0.8500000238418579.
fn real(p: f32) -> f64 {
    p.to_string().parse().unwrap_or(f64::from(p))
}

/// How a load went: documents added, replaced, and read again with the same rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadStats {
    pub added: u64,
    pub replaced: u64,
    pub unchanged: u64,
}

/// An SQLite database being loaded. See the [module](self) for what loading does.
pub struct Database {
    /// `None` only once closed.
    conn: Option<Connection>,
    /// The target, for messages.
    path: PathBuf,
    /// A new database, built under a temporary name and renamed by [`Database::finish`].
    new: Option<AtomicFile>,
    /// The time of this load, for `processed_at`.
    now: String,
    stats: LoadStats,
}

impl Database {
    /// Opens the database at `path` to load into it, or, when there is no file there,
    /// starts a new one beside it (put in place by [`Database::finish`]). A file that is
    /// not an SQLite database, or one not made by canbo, is refused and left as it is.
    pub fn create_or_open(path: impl AsRef<Path>) -> Result<Database, DbError> {
        let path = path.as_ref().to_path_buf();
        let (conn, new) = match fs::metadata(&path) {
            Ok(meta) if meta.is_file() => (open(&path, &path, false)?, None),
            Ok(_) => return Err(DbError::NotAFile { path }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let file = AtomicFile::create(&path).map_err(|source| DbError::Io { source })?;
                let temp = file.temp_path().unwrap_or(&path).to_path_buf();
                (open(&temp, &path, true)?, Some(file))
            }
            Err(e) => return Err(io_error(&path, e)),
        };
        let sqlite = sqlite_error(&path);
        let now = conn
            .query_row("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')", [], |r| {
                r.get(0)
            })
            .map_err(sqlite)?;
        Ok(Database {
            conn: Some(conn),
            path,
            new,
            now,
            stats: LoadStats::default(),
        })
    }

    /// Loads a batch of documents, and the moves they change, in one transaction.
    pub fn load(&mut self, docs: &[Extraction]) -> Result<(), DbError> {
        let Some(conn) = self.conn.as_mut() else {
            return Ok(());
        };
        let sqlite = sqlite_error(&self.path);
        let tx = conn.transaction().map_err(sqlite)?;
        let stats = load(&tx, docs, &self.now).map_err(sqlite)?;
        tx.commit().map_err(sqlite)?;
        self.stats.added += stats.added;
        self.stats.replaced += stats.replaced;
        self.stats.unchanged += stats.unchanged;
        Ok(())
    }

    /// Ends the load: closes the database and, when it is new, puts it in place.
    pub fn finish(mut self) -> Result<LoadStats, DbError> {
        let sqlite = sqlite_error(&self.path);
        if let Some(conn) = self.conn.take() {
            if self.new.is_some() {
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))
                    .map_err(sqlite)?;
            }
            conn.close().map_err(|(_, e)| sqlite(e))?;
        }
        if let Some(file) = self.new.take() {
            file.commit().map_err(|source| DbError::Io { source })?;
        }
        Ok(self.stats)
    }
}

impl Drop for Database {
    /// A new database not finished is removed, with SQLite's files beside it.
    fn drop(&mut self) {
        drop(self.conn.take());
        if let Some(temp) = self.new.as_ref().and_then(AtomicFile::temp_path) {
            for suffix in ["-wal", "-shm", "-journal"] {
                let mut side = temp.as_os_str().to_owned();
                side.push(suffix);
                let _ = fs::remove_file(side);
            }
        }
    }
}

/// Opens the SQLite file `file` (the database at `path`, or its temporary file) to write,
/// checks that it is canbo's, or makes it so when it is empty, and sets WAL mode. A
/// temporary file, which becomes the database only when it is complete, is written
/// without a journal on disk and without waiting for the disk, and gets WAL mode when
/// it is finished.
fn open(file: &Path, path: &Path, temporary: bool) -> Result<Connection, DbError> {
    let sqlite = sqlite_error(path);
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(file, flags).map_err(sqlite)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(sqlite)?;
    let fresh = check(&conn, path)?;
    let (journal, synchronous) = match temporary {
        true => ("MEMORY", "OFF"),
        false => ("WAL", "NORMAL"),
    };
    conn.pragma_update_and_check(None, "journal_mode", journal, |_| Ok(()))
        .map_err(sqlite)?;
    conn.pragma_update(None, "synchronous", synchronous)
        .map_err(sqlite)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sqlite)?;
    if fresh {
        conn.execute_batch(&schema(Dialect::Sqlite))
            .map_err(sqlite)?;
    }
    Ok(conn)
}

/// Checks that `conn` holds a canbo database of this schema version; true when it is an
/// empty database, to be made one.
fn check(conn: &Connection, path: &Path) -> Result<bool, DbError> {
    let sqlite = sqlite_error(path);
    let pragma = |name| -> Result<i64, DbError> {
        conn.pragma_query_value(None, name, |r| r.get(0))
            .map_err(sqlite)
    };
    let (application_id, version) = (pragma("application_id")?, pragma("user_version")?);
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(sqlite)?;
    match application_id {
        APPLICATION_ID if version == SCHEMA_VERSION => Ok(false),
        APPLICATION_ID => Err(DbError::SchemaVersion {
            path: path.to_path_buf(),
            found: version,
        }),
        0 if objects == 0 => Ok(true),
        _ => Err(DbError::Foreign {
            path: path.to_path_buf(),
        }),
    }
}

/// A hash of everything a load writes of a document but the time and canbo's version.
fn fingerprint(doc: &Extraction) -> String {
    let mut h = StableHasher::new();
    let line = doc.line.map(|l| l.to_string());
    for field in [&doc.file, &line, &doc.url, &doc.date, &doc.title] {
        h.field(field.as_deref().unwrap_or(""));
    }
    h.field(&doc.bytes.to_string());
    for r in &doc.records {
        let c = &r.record;
        h.field(&r.record_id);
        for field in [
            &c.doc_id,
            &c.person,
            &c.from_post,
            &c.to_post,
            &c.date,
            &c.kind,
            &c.date_text,
            &c.evidence,
            c.evidence_field.as_str(),
            &c.evidence_start.to_string(),
            &c.evidence_end.to_string(),
            &c.from_place,
            &c.from_place_code,
            &c.to_place,
            &c.to_place_code,
            &c.to_place_code_2025,
            &c.rule,
            &c.confidence.to_string(),
        ] {
            h.field(field);
        }
    }
    h.hex()
}

/// A record as merging into moves needs it.
#[derive(Clone, Debug, Default)]
struct Member {
    record_id: String,
    doc_id: String,
    date: String,
    person: String,
    to_post: String,
    from_post: String,
    to_place: String,
    to_place_code: String,
    to_place_code_2025: String,
    confidence: f64,
}

/// A move's folded person and post.
type MoveKey = (String, String);

/// Loads `docs` in the transaction `tx`.
fn load(tx: &Transaction<'_>, docs: &[Extraction], now: &str) -> rusqlite::Result<LoadStats> {
    let mut stats = LoadStats::default();
    // The moves to merge again, and the records of this batch by move key.
    let mut touched: BTreeSet<MoveKey> = BTreeSet::new();
    let mut fresh: BTreeMap<MoveKey, Vec<Member>> = BTreeMap::new();
    let version = env!("CARGO_PKG_VERSION");
    let mut old_fingerprint =
        tx.prepare_cached("SELECT fingerprint FROM documents WHERE doc_id = ?1")?;
    let mut old_keys = tx.prepare_cached(
        "SELECT DISTINCT m.person_key, m.post_key FROM move_sources s \
         JOIN moves m ON m.move_id = s.move_id WHERE s.doc_id = ?1",
    )?;
    let mut upsert = tx.prepare_cached(&format!(
        "{} ON CONFLICT (doc_id) DO UPDATE SET {}",
        insert(&DOCUMENTS),
        DOCUMENTS.columns[1..]
            .iter()
            .map(|c| format!("{0} = excluded.{0}", c.name))
            .collect::<Vec<_>>()
            .join(", ")
    ))?;
    let mut insert_record = tx.prepare_cached(&insert(&RECORDS))?;
    for doc in docs {
        let fingerprint = fingerprint(doc);
        let old: Option<Option<String>> = old_fingerprint
            .query_row([&doc.doc_id], |r| r.get(0))
            .optional()?;
        match old {
            Some(Some(old)) if old == fingerprint => {
                stats.unchanged += 1;
                continue;
            }
            Some(_) => {
                let keys = old_keys.query_map([&doc.doc_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                for key in keys {
                    touched.insert(key?);
                }
                tx.execute("DELETE FROM move_sources WHERE doc_id = ?1", [&doc.doc_id])?;
                tx.execute("DELETE FROM records WHERE doc_id = ?1", [&doc.doc_id])?;
                for members in fresh.values_mut() {
                    members.retain(|m| m.doc_id != doc.doc_id);
                }
                stats.replaced += 1;
            }
            None => stats.added += 1,
        }
        upsert.execute(params![
            doc.doc_id,
            doc.file.as_deref().and_then(text),
            doc.line.map(integer),
            doc.url.as_deref().and_then(text),
            doc.date.as_deref().and_then(text),
            doc.title.as_deref().and_then(text),
            integer(doc.bytes),
            integer(doc.records.len()),
            version,
            now,
            fingerprint,
        ])?;
        for r in &doc.records {
            let c = &r.record;
            insert_record.execute(params![
                r.record_id,
                c.doc_id,
                text(&c.person),
                text(&c.from_post),
                text(&c.to_post),
                text(&c.date),
                text(&c.kind),
                text(&c.date_text),
                text(&c.evidence),
                c.evidence_field.as_str(),
                integer(c.evidence_start),
                integer(c.evidence_end),
                text(&c.from_place),
                text(&c.from_place_code),
                text(&c.to_place),
                text(&c.to_place_code),
                text(&c.to_place_code_2025),
                text(&c.rule),
                real(c.confidence),
            ])?;
            let key = (r.person_key.clone(), r.post_key.clone());
            touched.insert(key.clone());
            fresh.entry(key).or_default().push(Member {
                record_id: r.record_id.clone(),
                doc_id: c.doc_id.clone(),
                date: c.date.clone(),
                person: c.person.clone(),
                to_post: c.to_post.clone(),
                from_post: c.from_post.clone(),
                to_place: c.to_place.clone(),
                to_place_code: c.to_place_code.clone(),
                to_place_code_2025: c.to_place_code_2025.clone(),
                confidence: real(c.confidence),
            });
        }
    }
    for key in &touched {
        let members = fresh.remove(key).unwrap_or_default();
        merge_again(tx, key, members)?;
    }
    Ok(stats)
}

/// Merges the reports of one person and post again: those in the database and `fresh`.
fn merge_again(tx: &Transaction<'_>, key: &MoveKey, fresh: Vec<Member>) -> rusqlite::Result<()> {
    let (person_key, post_key) = key;
    let mut members: Vec<Member> = {
        let mut reports = tx.prepare_cached(
            "SELECT r.record_id, r.doc_id, r.date, r.person, r.to_post, r.from_post, \
             r.to_place, r.to_place_code, r.to_place_code_2025, r.confidence \
             FROM moves m JOIN move_sources s ON s.move_id = m.move_id \
             JOIN records r ON r.record_id = s.record_id \
             WHERE m.person_key = ?1 AND m.post_key = ?2",
        )?;
        let text = |r: &rusqlite::Row<'_>, i| -> rusqlite::Result<String> {
            Ok(r.get::<_, Option<String>>(i)?.unwrap_or_default())
        };
        let rows = reports.query_map([person_key, post_key], |r| {
            Ok(Member {
                record_id: text(r, 0)?,
                doc_id: text(r, 1)?,
                date: text(r, 2)?,
                person: text(r, 3)?,
                to_post: text(r, 4)?,
                from_post: text(r, 5)?,
                to_place: text(r, 6)?,
                to_place_code: text(r, 7)?,
                to_place_code_2025: text(r, 8)?,
                confidence: r.get(9)?,
            })
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    members.extend(fresh);
    tx.prepare_cached(
        "DELETE FROM move_sources WHERE move_id IN \
         (SELECT move_id FROM moves WHERE person_key = ?1 AND post_key = ?2)",
    )?
    .execute([person_key, post_key])?;
    tx.prepare_cached("DELETE FROM moves WHERE person_key = ?1 AND post_key = ?2")?
        .execute([person_key, post_key])?;
    let reports: Vec<Report<'_>> = members
        .iter()
        .map(|m| Report {
            person_key,
            post_key,
            date: &m.date,
            doc_id: &m.doc_id,
            record_id: &m.record_id,
        })
        .collect();
    let mut insert_move = tx.prepare_cached(&insert(&MOVES))?;
    let mut insert_source = tx.prepare_cached(&insert(&MOVE_SOURCES))?;
    for group in moves::merge(&reports) {
        let group: Vec<&Member> = group.iter().map(|&i| &members[i]).collect();
        let Some(seed) = group.first() else {
            continue;
        };
        let move_id = moves::move_id(&Report {
            person_key,
            post_key,
            date: &seed.date,
            doc_id: &seed.doc_id,
            record_id: &seed.record_id,
        });
        let from_post = group
            .iter()
            .map(|m| m.from_post.as_str())
            .find(|p| !p.is_empty())
            .unwrap_or("");
        let place = group
            .iter()
            .find(|m| !m.to_place_code.is_empty())
            .unwrap_or(seed);
        let documents: HashSet<&str> = group.iter().map(|m| m.doc_id.as_str()).collect();
        let confidence = group.iter().map(|m| m.confidence).fold(0.0, f64::max);
        insert_move.execute(params![
            move_id,
            text(&seed.person),
            text(&seed.to_post),
            text(from_post),
            text(&seed.date),
            text(&place.to_place),
            text(&place.to_place_code),
            text(&place.to_place_code_2025),
            integer(documents.len()),
            confidence,
            person_key,
            post_key,
        ])?;
        for m in group {
            insert_source.execute(params![move_id, m.record_id, m.doc_id])?;
        }
    }
    Ok(())
}

/// One move of a career, as [`career`] gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct CareerMove {
    pub move_id: String,
    /// The folded person: the moves of one person have the same, however their reports
    /// spell the name.
    pub person_key: String,
    pub person: String,
    pub to_post: String,
    pub from_post: String,
    /// ISO 8601 partial date, or empty.
    pub date: String,
    pub to_place_code_2025: String,
    pub confidence: f64,
    /// The documents that report it, sorted.
    pub doc_ids: Vec<String>,
}

/// The moves of the person named `person` (compared folded, as `canbo eval` compares
/// names: [`crate::eval::person_key`]), or of everyone, from the database at `path`: by
/// person, then in time (dated moves by date, then those whose date has no year, then
/// the undated ones).
pub fn career(path: impl AsRef<Path>, person: Option<&str>) -> Result<Vec<CareerMove>, DbError> {
    let path = path.as_ref();
    let sqlite = sqlite_error(path);
    if let Err(e) = fs::metadata(path) {
        return Err(io_error(path, e));
    }
    // Opened to write, and told to write nothing: a connection that may write removes
    // SQLite's WAL files beside the database when it closes; a read-only one leaves them.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(sqlite)?;
    conn.pragma_update(None, "query_only", true)
        .map_err(sqlite)?;
    if check(&conn, path)? {
        return Ok(Vec::new());
    }
    let key = person.map(crate::eval::person_key);
    let mut query = conn
        .prepare(&format!(
            "SELECT m.move_id, m.person, m.to_post, m.from_post, m.date, m.to_place_code_2025, \
             m.confidence, group_concat(s.doc_id, char(31)), m.person_key \
             FROM moves m JOIN move_sources s ON s.move_id = m.move_id {} GROUP BY m.move_id",
            if key.is_some() {
                "WHERE m.person_key = ?1"
            } else {
                ""
            }
        ))
        .map_err(sqlite)?;
    let params = rusqlite::params_from_iter(key.iter());
    let rows = query
        .query_map(params, |r| {
            let text = |i| -> rusqlite::Result<String> {
                Ok(r.get::<_, Option<String>>(i)?.unwrap_or_default())
            };
            let mut doc_ids: Vec<String> = text(7)?.split('\u{1f}').map(String::from).collect();
            doc_ids.sort();
            doc_ids.dedup();
            Ok(CareerMove {
                move_id: text(0)?,
                person_key: text(8)?,
                person: text(1)?,
                to_post: text(2)?,
                from_post: text(3)?,
                date: text(4)?,
                to_place_code_2025: text(5)?,
                confidence: r.get::<_, Option<f64>>(6)?.unwrap_or_default(),
                doc_ids,
            })
        })
        .map_err(sqlite)?;
    let mut moves = rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sqlite)?;
    moves.sort_by_cached_key(|m| {
        let when = (m.date.is_empty(), m.date.starts_with("--"), m.date.clone());
        (
            m.person_key.clone(),
            when,
            m.to_post.clone(),
            m.move_id.clone(),
        )
    });
    Ok(moves)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::tests::Scratch;
    use crate::record::Record;
    use crate::Document;

    #[test]
    fn the_records_table_has_the_columns_of_the_csv_in_order() {
        let names: Vec<&str> = RECORDS.columns.iter().map(|c| c.name).collect();
        assert_eq!(names, crate::output::COLUMNS);
    }

    #[test]
    fn the_sqlite_schema_runs_twice_and_marks_the_database() {
        let conn = Connection::open_in_memory().unwrap();
        for _ in 0..2 {
            conn.execute_batch(&schema(Dialect::Sqlite)).unwrap();
        }
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.sort();
        assert_eq!(
            tables,
            [
                "documents",
                "move_sources",
                "moves",
                "places_2025",
                "records"
            ]
        );
        // 34 provinces and 3,321 communes, each with its province.
        let places: (i64, i64, i64) = conn
            .query_row(
                "SELECT count(*), count(province_code), count(*) FILTER (WHERE level = 'province') \
                 FROM places_2025",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(places, (3355, 3355, 34));
        assert!(
            !check(&conn, Path::new("mem")).unwrap(),
            "canbo's, not empty"
        );
    }

    #[test]
    fn the_postgres_schema_has_its_types_and_no_foreign_keys() {
        let sql = schema(Dialect::Postgres);
        for want in [
            "record_id          text PRIMARY KEY",
            "evidence_start     bigint NOT NULL",
            "confidence         real NOT NULL",
            "processed_at  timestamptz",
            "CREATE INDEX IF NOT EXISTS records_to_place_code_2025 ON records (to_place_code_2025);",
        ] {
            assert!(sql.contains(want), "{want:?} not in\n{sql}");
        }
        assert!(
            !sql.contains("REFERENCES") && !sql.contains("PRAGMA"),
            "{sql}"
        );
    }

    /// A document of `id` whose records are the moves `(person, to_post, date)`.
    fn doc(id: &str, moves: &[(&str, &str, &str)]) -> Extraction {
        let records = moves
            .iter()
            .map(|&(person, to_post, date)| Record {
                doc_id: id.into(),
                person: person.into(),
                to_post: to_post.into(),
                date: date.into(),
                evidence: format!("{person} giữ chức {to_post}."),
                confidence: 0.75,
                ..Record::default()
            })
            .collect();
        Extraction::new(&Document::new(id, "…"), records)
    }

    /// Every row of every table, as text, sorted; without `processed_at` when `time` is
    /// false.
    fn snapshot(path: &Path, time: bool) -> Vec<String> {
        let conn = Connection::open(path).unwrap();
        let mut rows = Vec::new();
        for table in TABLES {
            let mut query = conn
                .prepare(&format!("SELECT * FROM {}", table.name))
                .unwrap();
            let names: Vec<String> = query.column_names().into_iter().map(String::from).collect();
            let mut result = query.query([]).unwrap();
            while let Some(row) = result.next().unwrap() {
                let mut line = table.name.to_string();
                for (i, name) in names.iter().enumerate() {
                    if time || name != "processed_at" {
                        let value: rusqlite::types::Value = row.get(i).unwrap();
                        line.push_str(&format!(" {name}={value:?}"));
                    }
                }
                rows.push(line);
            }
        }
        rows.sort();
        rows
    }

    /// `(person, to_post, date, documents)` of every move.
    fn moves_of(path: &Path) -> Vec<(String, String, String, usize)> {
        let mut moves: Vec<_> = career(path, None)
            .unwrap()
            .into_iter()
            .map(|m| (m.person, m.to_post, m.date, m.doc_ids.len()))
            .collect();
        moves.sort();
        moves
    }

    fn load_all(path: &Path, batches: &[&[Extraction]]) -> LoadStats {
        let mut db = Database::create_or_open(path).unwrap();
        for batch in batches {
            db.load(batch).unwrap();
        }
        db.finish().unwrap()
    }

    const HOA: &str = "Lê Văn Hòa";
    const CT: &str = "Chủ tịch UBND huyện Kim Động";
    const BT: &str = "Bí thư Huyện ủy Kim Động";
    /// The same person and post, as another document writes them.
    const HOA_B: &str = "ông Lê Văn Hoà";
    const CT_B: &str = "Chủ tịch Ủy ban nhân dân huyện Kim Động";

    #[test]
    fn loading_again_adds_nothing_and_replaces_what_changed() {
        let dir = Scratch::new("db-load");
        let path = dir.0.join("archive.db");
        let (a, b) = (
            doc("a", &[(HOA, CT, "2017-07-01")]),
            // The same move, spelled otherwise and less precisely dated, and another.
            doc("b", &[(HOA_B, CT_B, "2017-07"), ("Trần Bình", BT, "")]),
        );
        let first = load_all(&path, &[&[a.clone(), b.clone()]]);
        assert_eq!(
            first,
            LoadStats {
                added: 2,
                replaced: 0,
                unchanged: 0
            }
        );
        let one_move = vec![
            (HOA.to_string(), CT.to_string(), "2017-07-01".to_string(), 2),
            ("Trần Bình".to_string(), BT.to_string(), String::new(), 1),
        ];
        assert_eq!(moves_of(&path), one_move);
        let before = snapshot(&path, true);
        assert_eq!(
            before.iter().filter(|r| r.starts_with("records ")).count(),
            3
        );

        // The same documents again, in two batches: nothing changes, not even the time.
        let again = load_all(&path, &[std::slice::from_ref(&b), std::slice::from_ref(&a)]);
        assert_eq!(
            again,
            LoadStats {
                added: 0,
                replaced: 0,
                unchanged: 2
            }
        );
        assert_eq!(snapshot(&path, true), before);

        // Document a now reports another post: its record and its report of the move go.
        let a2 = doc("a", &[(HOA, BT, "2018")]);
        let replaced = load_all(&path, &[std::slice::from_ref(&a2)]);
        assert_eq!(
            replaced,
            LoadStats {
                added: 0,
                replaced: 1,
                unchanged: 0
            }
        );
        assert_eq!(
            moves_of(&path),
            [
                (HOA.to_string(), BT.to_string(), "2018".to_string(), 1),
                ("Trần Bình".to_string(), BT.to_string(), String::new(), 1),
                // Told by b alone now, as b tells it.
                (
                    HOA_B.to_string(),
                    CT_B.to_string(),
                    "2017-07".to_string(),
                    1
                ),
            ]
        );

        // The same documents loaded at once into a new database, in another order, give
        // the same tables (but the time).
        let other = dir.0.join("other.db");
        load_all(&other, &[&[b, a2]]);
        assert_eq!(snapshot(&other, false), snapshot(&path, false));
    }

    #[test]
    fn a_document_read_twice_in_one_batch_keeps_its_last_rows() {
        let dir = Scratch::new("db-twice");
        let path = dir.0.join("archive.db");
        let stats = load_all(
            &path,
            &[&[doc("a", &[(HOA, CT, "")]), doc("a", &[(HOA, BT, "")])]],
        );
        assert_eq!(
            stats,
            LoadStats {
                added: 1,
                replaced: 1,
                unchanged: 0
            }
        );
        assert_eq!(
            moves_of(&path),
            [(HOA.to_string(), BT.to_string(), String::new(), 1)]
        );
    }

    #[test]
    fn records_without_a_person_or_a_post_are_moves_of_their_own() {
        let dir = Scratch::new("db-keyless");
        let path = dir.0.join("archive.db");
        let batch = [
            doc("a", &[("", CT, "2017"), (HOA, "", "")]),
            doc("b", &[("", CT, "2017"), (HOA, "", "")]),
        ];
        load_all(&path, &[&batch]);
        assert_eq!(moves_of(&path).len(), 4);
    }

    #[test]
    fn a_new_database_appears_only_when_finished() {
        let dir = Scratch::new("db-new");
        let path = dir.0.join("archive.db");
        let mut db = Database::create_or_open(&path).unwrap();
        db.load(&[doc("a", &[(HOA, CT, "")])]).unwrap();
        assert!(!path.exists());
        drop(db);
        assert_eq!(
            dir.names(),
            Vec::<String>::new(),
            "no file, no temporary file"
        );
        load_all(&path, &[&[doc("a", &[(HOA, CT, "")])]]);
        assert_eq!(dir.names(), ["archive.db"]);
    }

    /// What is at the target → the error, and the file left as it was.
    #[test]
    fn what_is_not_a_canbo_database_is_refused() {
        let dir = Scratch::new("db-refused");
        let csv = dir.0.join("ra.csv");
        fs::write(&csv, "doc_id,person\r\nvd-1,Lê Văn Hòa\r\n").unwrap();
        let foreign = dir.0.join("khac.db");
        Connection::open(&foreign)
            .unwrap()
            .execute_batch("CREATE TABLE records (x)")
            .unwrap();
        let newer = dir.0.join("moi.db");
        Connection::open(&newer)
            .unwrap()
            .execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 99;"
            ))
            .unwrap();
        let cases: [(&Path, &str); 4] = [
            (&csv, "file is not a database"),
            (&foreign, "not made by canbo"),
            (&newer, "schema version 99"),
            (&dir.0, "not a regular file"),
        ];
        for (path, want) in cases {
            let before = fs::read(path).ok();
            let err = Database::create_or_open(path).err().expect("refused");
            let message = err.to_string();
            assert!(
                message.starts_with(&path.display().to_string()),
                "{message}"
            );
            assert!(message.contains(want), "{message}");
            assert_eq!(fs::read(path).ok(), before);
        }
    }

    #[test]
    fn empty_strings_are_null_and_numbers_have_their_types() {
        let dir = Scratch::new("db-types");
        let path = dir.0.join("archive.db");
        let mut record = doc("a", &[(HOA, CT, "")]);
        record.records[0].record.to_place_code = "00004".into();
        record.records[0].record.evidence_end = 42;
        load_all(&path, &[&[record]]);
        let conn = Connection::open(&path).unwrap();
        let row: (Option<String>, String, i64, f64, String) = conn
            .query_row(
                "SELECT date, to_place_code, evidence_end, confidence, typeof(evidence_end) FROM records",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        assert_eq!(
            row,
            (None, "00004".to_string(), 42, 0.75, "integer".to_string())
        );
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }
}
