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
