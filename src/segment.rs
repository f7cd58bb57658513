//! Stage 2: sentence segmentation. (Interim version.)

use std::ops::Range;

/// Byte ranges of the sentences of `text`, in order, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let end_here = b[i] == b'\n'
            || ((b[i] == b'.' || b[i] == b'!' || b[i] == b'?')
                && i + 2 < b.len()
                && b[i + 1] == b' '
                && text[i + 2..].chars().next().is_some_and(char::is_uppercase)
                && !text[..i].ends_with("TP")
                && !text[..i].ends_with("Tp"));
        if end_here {
            push(text, start, i + 1, &mut out);
            start = i + 1;
        }
        i += 1;
    }
    push(text, start, text.len(), &mut out);
    out
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[start..end];
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        let lead = s.len() - s.trim_start().len();
        out.push(start + lead..start + lead + trimmed.len());
    }
}
