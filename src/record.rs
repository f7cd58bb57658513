//! The output unit: one personnel move.

use serde::Serialize;

/// Which field of a [`crate::Document`] the evidence sentence was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    #[default]
    Text,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
        }
    }
}

/// One rotation record, as defined in ANNOTATION.md, with its provenance.
///
/// Field order is the column order of the CSV output.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct Record {
    pub doc_id: String,
    pub person: String,
    pub from_post: String,
    pub to_post: String,
    /// ISO 8601 partial date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `--MM-DD`, `--MM` or empty.
    pub date: String,
    /// The document's move word (bổ nhiệm, điều động, luân chuyển, bầu, …).
    pub kind: String,
    /// The date phrase as written.
    pub date_text: String,
    /// The sentence the move was read from (normalized).
    pub evidence: String,
    pub evidence_field: Field,
    /// Byte offsets of the evidence sentence in the original, un-normalized field.
    pub evidence_start: usize,
    pub evidence_end: usize,
    pub from_place: String,
    pub from_place_code: String,
    pub to_place: String,
    pub to_place_code: String,
    pub to_place_code_2025: String,
    /// Name of the extraction rule that produced the record.
    pub rule: String,
    /// How likely the record is right, from 0 to 1 ([`crate::decide`]): of the records
    /// near confidence p, about p were right in cross-validation on the gold.
    pub confidence: f32,
}

/// 64-bit FNV-1a: a hash that gives the same value on every machine and in every version
/// of Rust (unlike `std`'s `DefaultHasher`), for ids that must survive a rerun.
///
/// Fields are separated by the byte 0x1F (the unit separator), so that `("ab", "c")` and
/// `("a", "bc")` differ.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StableHasher(u64);

impl StableHasher {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    pub(crate) fn new() -> StableHasher {
        StableHasher(Self::OFFSET)
    }

    /// Hashes the bytes of `field`, then a separator.
    pub(crate) fn field(&mut self, field: &str) -> &mut StableHasher {
        for &b in field.as_bytes().iter().chain([&0x1F]) {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(Self::PRIME);
        }
        self
    }

    /// The hash as 16 lower-case hexadecimal digits.
    pub(crate) fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

/// A record with its stable id, as every output writes it: `record_id` first, then the
/// record's columns.
///
/// The id is derived from the document id and the record's folded person and `to_post`
/// (folded as `canbo eval` compares them: [`eval::person_key`], [`eval::fold`]), so it
/// is the same in every run, with any number of threads, on any machine, and in either
/// tone style:
///
/// ```
/// use canbo::record::{Identified, Record};
///
/// let record = |person: &str, to_post: &str| Record {
///     doc_id: "vd-1".into(),
///     person: person.into(),
///     to_post: to_post.into(),
///     ..Record::default()
/// };
/// let ids = |records| -> Vec<String> {
///     Identified::all(records).into_iter().map(|r| r.record_id).collect()
/// };
/// let first = ids(vec![
///     record("Lê Văn Hòa", "Chủ tịch UBND huyện"),
///     record("Lê Văn Hòa", "Bí thư Huyện ủy"),
/// ]);
/// assert_eq!(first[0].len(), 16);
/// // Another spelling of the same person and post gives the same id.
/// assert_eq!(ids(vec![record("ông Lê Văn Hoà", "Chủ tịch Ủy ban nhân dân huyện")])[0], first[0]);
/// // A second record of the same person and post in a document is told apart.
/// let twice = ids(vec![record("Lê Văn Hòa", "Bí thư Huyện ủy"); 2]);
/// assert_eq!(twice[1], format!("{}-2", twice[0]));
/// ```
///
/// [`eval::person_key`]: crate::eval::person_key
/// [`eval::fold`]: crate::eval::fold
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Identified {
    /// FNV-1a (64 bits, 16 hex digits) of the document id, the folded person and the
    /// folded `to_post`, each followed by the byte 0x1F; the n-th record (n ≥ 2) of a
    /// document with the same hash gets `-n` after it.
    pub record_id: String,
    #[serde(flatten)]
    pub record: Record,
    /// The folded person: with `post_key`, what makes records of several documents one
    /// move ([`crate::moves`]).
    #[serde(skip)]
    pub person_key: String,
    /// The folded `to_post`.
    #[serde(skip)]
    pub post_key: String,
}

impl Identified {
    /// `records` with their ids, in the same order. The records of one document must be
    /// given together (as [`crate::Extractor::extract`] returns them): the suffix that
    /// tells apart two records of a document with the same person and post counts them
    /// in order.
    pub fn all(records: Vec<Record>) -> Vec<Identified> {
        let mut seen: std::collections::HashMap<String, u32> = Default::default();
        records
            .into_iter()
            .map(|record| {
                let person_key = crate::eval::person_key(&record.person);
                let post_key = crate::eval::fold(&record.to_post);
                let hash = StableHasher::new()
                    .field(&record.doc_id)
                    .field(&person_key)
                    .field(&post_key)
                    .hex();
                let n = seen.entry(hash.clone()).or_default();
                *n += 1;
                let record_id = match *n {
                    1 => hash,
                    n => format!("{hash}-{n}"),
                };
                Identified {
                    record_id,
                    record,
                    person_key,
                    post_key,
                }
            })
            .collect()
    }
}

/// One document as the outputs keep it: where it came from, what it is, and its records
/// with their ids. A database has a row for every document read, records or not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    pub doc_id: String,
    /// The file the document was read from (`-` for standard input).
    pub file: Option<String>,
    /// Its line in a JSON Lines file (1-based).
    pub line: Option<u64>,
    pub url: Option<String>,
    /// The publication date as the input gives it.
    pub date: Option<String>,
    pub title: Option<String>,
    /// Bytes of text and title.
    pub bytes: u64,
    pub records: Vec<Identified>,
}

impl Extraction {
    /// The document's description and its records, given ids ([`Identified::all`]).
    pub fn new(doc: &crate::Document, records: Vec<Record>) -> Extraction {
        Extraction {
            doc_id: doc.id.clone(),
            file: doc.file.clone(),
            line: doc.line,
            url: doc.url.clone(),
            date: doc.date.clone(),
            title: doc.title.clone(),
            bytes: doc.len() as u64,
            records: Identified::all(records),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FNV-1a's published test vectors (without the separator), and ours with it.
    #[test]
    fn stable_hasher_is_fnv1a() {
        let plain = |s: &str| {
            let mut h = StableHasher::new();
            for &b in s.as_bytes() {
                h.0 = (h.0 ^ u64::from(b)).wrapping_mul(StableHasher::PRIME);
            }
            h.hex()
        };
        assert_eq!(plain(""), "cbf29ce484222325");
        assert_eq!(plain("a"), "af63dc4c8601ec8c");
        assert_eq!(plain("foobar"), "85944171f73967e8");
        assert_eq!(StableHasher::new().field("a").hex(), plain("a\u{1f}"));
        assert_ne!(
            StableHasher::new().field("ab").field("c").hex(),
            StableHasher::new().field("a").field("bc").hex()
        );
    }

    /// Ids are fixed for all time: these are what the README's recipe gives.
    #[test]
    fn record_ids_are_fixed() {
        let cases = [
            ("vd-1", "Lê Văn Hòa", "Chủ tịch UBND huyện Kim Động", ""),
            (
                "vd-1",
                "Ông Lê Văn Hoà",
                "Chủ tịch Ủy ban nhân dân huyện Kim Động",
                "",
            ),
            ("vd-2", "Lê Văn Hòa", "Chủ tịch UBND huyện Kim Động", ""),
            ("vd-1", "Lê Văn Hòa", "Bí thư Huyện ủy khóa XX", ""),
        ];
        let ids: Vec<String> = cases
            .iter()
            .map(|&(doc_id, person, to_post, _)| {
                let record = Record {
                    doc_id: doc_id.into(),
                    person: person.into(),
                    to_post: to_post.into(),
                    ..Record::default()
                };
                Identified::all(vec![record]).remove(0).record_id
            })
            .collect();
        let want = StableHasher::new()
            .field("vd-1")
            .field("lê văn hoa")
            .field("chu tich uy ban nhân dân huyên kim đông")
            .hex();
        assert_eq!(ids[0], want);
        assert_eq!(ids[1], ids[0], "honorific, tone style, abbreviation");
        assert_ne!(ids[2], ids[0], "another document");
        assert_ne!(ids[3], ids[0], "another post");
        assert!(ids
            .iter()
            .all(|id| id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit())));
    }
}
