//! Stage 1: Vietnamese text normalization with a byte map back to the original.
//! (Interface stub; the real implementation replaces this file.)

use std::ops::Range;

/// Where tone marks go in open syllables with `oa`, `oe`, `uy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ToneStyle {
    /// "hòa", "ủy" (the majority in news).
    #[default]
    Old,
    /// "hoà", "uỷ".
    New,
}

/// Normalized text plus, for every byte offset of it, the byte offset in the original.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    text: String,
    /// `map[i]` = original offset of normalized byte `i`; `map.len() == text.len() + 1`.
    map: Vec<usize>,
}

impl Normalized {
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Original byte offset of a normalized byte offset (`0..=len`).
    pub fn to_original(&self, offset: usize) -> usize {
        self.map[offset.min(self.map.len() - 1)]
    }
    /// Original byte range of a normalized byte range.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        self.to_original(span.start)..self.to_original(span.end)
    }
}

/// Normalizes text; build once, share between threads.
#[derive(Clone, Debug, Default)]
pub struct Normalizer {
    style: ToneStyle,
}

impl Normalizer {
    pub fn new(style: ToneStyle) -> Normalizer {
        Normalizer { style }
    }
    pub fn tone_style(&self) -> ToneStyle {
        self.style
    }
    pub fn normalize(&self, original: &str) -> Normalized {
        Normalized {
            text: original.to_string(),
            map: (0..=original.len()).collect(),
        }
    }
}

/// Lower-cases `s` character by character, keeping every character's UTF-8 length
/// (a character whose lower case has another length is kept as it is), so byte
/// offsets in the result are offsets in `s`.
pub fn fold_case(s: &str) -> String {
    s.to_lowercase()
}
