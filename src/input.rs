//! Reading documents: `.txt`, `.jsonl`, directories, standard input.

/// One article: an id, an optional title, the body text and an optional ISO date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    /// Publication date as given by the input (ISO 8601, possibly with a time).
    pub date: Option<String>,
    pub url: Option<String>,
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
}
