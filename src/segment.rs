//! Stage 2: sentence segmentation. (Interface stub.)

use std::ops::Range;

/// Byte ranges of the sentences of `text`, in order, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    vec![0..text.len()]
}
