//! Stage 1: Vietnamese text normalization with a byte map back to the original.
//!
//! [`Normalizer::normalize`] makes one pass over a document and produces a
//! [`Normalized`] text in which the same word is always spelled the same way:
//!
//! * Unicode NFC, including decomposed input (`e` + U+0323 + U+0302 → `ệ`).
//!   Combining marks that stand on nothing (at the start, after a space or
//!   punctuation) are removed, as are repeated identical marks on one letter and
//!   Vietnamese diacritics that cannot combine with the Latin letter they follow
//!   (two tone marks on one vowel). On Latin letters a circumflex or breve typed
//!   after the tone mark still combines (`e` + U+0301 + U+0302 → `ế`), a small
//!   deliberate deviation from strict NFC.
//! * Invisible characters are removed: zero-width space/joiners, word joiner,
//!   byte order mark, soft hyphen, bidi controls and control characters except
//!   `\n` and `\t`. `\r\n` and lone `\r` become `\n`.
//! * Unicode spaces become a plain space; runs of spaces and tabs collapse to
//!   one space; spaces around line breaks and runs of more than one blank line
//!   are removed.
//! * `Ð`/`ð` (eth, often typed for đ) become `Đ`/`đ`.
//! * Tone marks in open `oa`/`oe`/`uy` syllables follow one [`ToneStyle`]
//!   (see [`crate::tone`]).
//! * Glued words are split: `ôngLê` → `ông Lê`, `PBTThường trực` →
//!   `PBT Thường trực`, while mixed-case tokens such as `iPhone`, `McCabe`,
//!   `ThS`, `LienVietPostBank` and all-caps abbreviations stay intact.
//!
//! Every byte offset of the normalized text maps to a byte offset of the
//! original (always on a character boundary), so spans found in normalized
//! text can be reported in the original.
//!
//! ```
//! use canbo::normalize::{Normalizer, ToneStyle};
//!
//! let original = "Ông\u{00A0}Lê  Văn Hoà,\u{200B} Bí thưTỉnh uỷ";
//! let n = Normalizer::new(ToneStyle::Old).normalize(original);
//! assert_eq!(n.as_str(), "Ông Lê Văn Hòa, Bí thư Tỉnh ủy");
//! let start = n.as_str().find("Văn Hòa").unwrap();
//! let span = n.original_span(start..start + "Văn Hòa".len());
//! assert_eq!(&original[span], "Văn Hoà");
//! ```

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use unicode_normalization::char::{
    canonical_combining_class, compose, decompose_canonical, is_combining_mark,
};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::tone;

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
#[derive(Clone, Debug)]
pub struct Normalized {
    text: String,
    /// `map[i]` = original offset of normalized byte `i`; `map.len() == text.len() + 1`.
    ///
    /// Offsets are stored as `u32`; for originals larger than 4 GiB they saturate.
    map: Vec<u32>,
}

impl Default for Normalized {
    /// Empty text, mapping offset 0 to 0.
    fn default() -> Normalized {
        Normalized {
            text: String::new(),
            map: vec![0],
        }
    }
}

impl Normalized {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the normalized text in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether the normalized text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Consumes `self`, returning the normalized text.
    pub fn into_string(self) -> String {
        self.text
    }

    /// Original byte offset of a normalized byte offset (`0..=len`; larger
    /// offsets are clamped to `len`).
    ///
    /// The result is always a character boundary of the original. An offset
    /// inside a multi-byte character maps to the start of that character's
    /// source; the end of the text maps to the end of the last source
    /// character that produced output.
    pub fn to_original(&self, offset: usize) -> usize {
        let i = offset.min(self.map.len().saturating_sub(1));
        self.map.get(i).map_or(0, |&o| o as usize)
    }

    /// Original byte range of a normalized byte range.
    ///
    /// Characters removed by normalization (e.g. a zero-width space) that sit
    /// inside the range, or just before the character at its end, are included.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        let start = self.to_original(span.start);
        let end = self.to_original(span.end).max(start);
        start..end
    }
}

/// Upper-case abbreviations that are split from a capitalised word glued to
/// them (`UBNDTỉnh` → `UBND Tỉnh`).
const ABBREVIATIONS: &[&str] = &[
    "BCH", "BCHTW", "BTV", "CA", "CAND", "ĐBQH", "GĐ", "GS", "HĐND", "HĐQT", "HU", "MTTQ", "PBT",
    "PCT", "PGĐ", "PGS", "PTGĐ", "QĐND", "QU", "TAND", "TGĐ", "ThS", "TS", "TU", "TƯ", "TW",
    "UBKT", "UBMTTQ", "UBND", "UVBTV", "UVTW", "VKSND",
];

/// Lower-case Vietnamese words without diacritics that are often glued to a
/// following name (`anhTuan`, `theoHà`). Words with a Vietnamese letter (`ông`,
/// `bà`, `chị`, `và`, `của`, `là`, `tại`, `thư`, …) need no list. Capitalised
/// forms are not matched, to keep names such as `ChoLon` whole.
const GLUE_WORDS: &[&str] = &["anh", "cho", "con", "em", "khi", "sau", "theo", "trong"];

/// Normalizes text; build once, share between threads.
#[derive(Clone, Debug)]
pub struct Normalizer {
    style: ToneStyle,
    abbreviations: HashSet<Box<str>>,
    /// Length in chars of the longest abbreviation.
    max_abbreviation: usize,
}

impl Default for Normalizer {
    fn default() -> Normalizer {
        Normalizer::new(ToneStyle::default())
    }
}

impl Normalizer {
    /// A normalizer that writes tone marks in `style`, with the built-in list
    /// of glued abbreviations.
    pub fn new(style: ToneStyle) -> Normalizer {
        Normalizer {
            style,
            abbreviations: ABBREVIATIONS.iter().map(|&a| Box::from(a)).collect(),
            max_abbreviation: ABBREVIATIONS
                .iter()
                .map(|a| a.chars().count())
                .max()
                .unwrap_or(0),
        }
    }

    /// Adds abbreviations (e.g. `"BQL"`) that are split from a capitalised
    /// word glued after them (`BQLDự án` → `BQL Dự án`). An abbreviation is
    /// matched case-sensitively; it should end in an upper-case letter.
    pub fn with_abbreviations<I, S>(mut self, abbreviations: I) -> Normalizer
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for a in abbreviations {
            let a = a.as_ref();
            self.max_abbreviation = self.max_abbreviation.max(a.chars().count());
            self.abbreviations.insert(Box::from(a));
        }
        self
    }

    /// The tone style this normalizer writes.
    pub fn tone_style(&self) -> ToneStyle {
        self.style
    }

    /// Is `line` (text without a line break) already normalized? When this returns
    /// true, [`Normalizer::normalize`] gives `line` back unchanged; it may return false
    /// for a line that normalizes to itself. One cheap pass over the bytes, about ten
    /// times faster than normalizing: it lets the extractor read most lines of an
    /// archive as they are.
    ///
    /// ```
    /// use canbo::normalize::{Normalizer, ToneStyle};
    ///
    /// let n = Normalizer::new(ToneStyle::Old);
    /// assert!(n.is_normalized_line("Ông Lê Văn Hòa được bầu giữ chức Chủ tịch UBND tỉnh."));
    /// assert!(!n.is_normalized_line("Ông Lê Văn Hoà")); // new tone style
    /// assert!(!n.is_normalized_line("ôngLê Văn Hòa")); // glued words
    /// assert!(!n.is_normalized_line("Ông  Lê")); // two spaces
    /// ```
    pub fn is_normalized_line(&self, line: &str) -> bool {
        self.normalized_prefix(line) == line.len()
    }

    /// Does [`Normalizer::normalize`] give `line` (text without a line break) back
    /// unchanged? The exact answer to what [`Normalizer::is_normalized_line`] may only
    /// guess: that cheap pass is tried first, and the line is normalized only when it
    /// cannot tell. It rejects every word with a capital after a small letter, which
    /// the normalizer splits only when the parts are words ("ôngLê"), not in a name
    /// such as "iPhone", "McCain" or "VietNamNet"; a sentence of a short line is
    /// checked here rather than the whole line normalized.
    ///
    /// ```
    /// use canbo::normalize::{Normalizer, ToneStyle};
    ///
    /// let n = Normalizer::new(ToneStyle::Old);
    /// assert!(!n.is_normalized_line("Ông A mua iPhone."));
    /// assert!(n.normalizes_to_itself("Ông A mua iPhone."));
    /// assert!(!n.normalizes_to_itself("ôngLê Văn Hòa"));
    /// ```
    pub fn normalizes_to_itself(&self, line: &str) -> bool {
        self.is_normalized_line(line) || self.normalize(line).as_str() == line
    }

    /// Can normalizing split a glued word of `text` ("ôngLê", "PBTThường"): does a
    /// capital follow a small letter, or two capitals come before a small letter?
    /// `folded` is its [`fold_case`], which shows the capitals: false means no word is
    /// split (but the tone marks may still move).
    pub fn may_split_glued(text: &str, folded: &str) -> bool {
        let (t, f) = (text.as_bytes(), folded.as_bytes());
        if t.len() != f.len() {
            return true;
        }
        let capital = |c: char| fold_char(c) != c;
        let small = |c: char| is_alphabetic(c) && !capital(c);
        let mut i = 0;
        while let Some(k) = first_difference(&t[i..], &f[i..]) {
            // A byte of a capital: its character, and the ones around it.
            let mut start = i + k;
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let Some(c) = text[start..].chars().next() else {
                return true;
            };
            let end = start + c.len_utf8();
            match text[..start].chars().next_back() {
                Some(p) if small(p) => return true,
                Some(p) if capital(p) && text[end..].chars().next().is_some_and(small) => {
                    return true
                }
                _ => {}
            }
            i = end;
        }
        false
    }

    /// The length of the longest start of `line` (text without a line break, starting
    /// a line or a word) that [`Normalizer::normalize`] leaves unchanged whatever
    /// follows: all of `line` when it is normalized, else up to a space before the
    /// first word that would change.
    fn normalized_prefix(&self, line: &str) -> usize {
        let bytes = line.as_bytes();
        if bytes.first() == Some(&b' ') {
            return 0;
        }
        // Where the checked words end: before a space, after a word found unchanged.
        let mut cut = 0;
        // The current run of letters (a word as `finish_word` sees it).
        let mut word_start = 0;
        let mut in_word = false;
        let mut word_ascii = true;
        // Case of the last two letters of the word: glued words show as lower → upper,
        // or upper, upper → lower (an abbreviation glued to a word).
        let (mut prev, mut prev2) = (Case::None, Case::None);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_lowercase() && in_word && prev != Case::Upper {
                // The common case: a lower-case letter going on with a word.
                let mut j = i + 1;
                while j < bytes.len() && bytes[j].is_ascii_lowercase() {
                    j += 1;
                }
                (prev2, prev) = (if j - i >= 2 { Case::Lower } else { prev }, Case::Lower);
                i = j;
                continue;
            }
            let (case, len) = if b < 0x80 {
                if b.is_ascii_lowercase() {
                    (Case::Lower, 1)
                } else if b.is_ascii_uppercase() {
                    (Case::Upper, 1)
                } else if b == b' ' {
                    if bytes.get(i + 1) == Some(&b' ') {
                        return cut;
                    }
                    (Case::None, 1)
                } else if b.is_ascii_graphic() {
                    (Case::None, 1)
                } else {
                    return cut; // tab, carriage return, control characters
                }
            } else if let Some(fast) = vietnamese_letter_case(bytes, i) {
                fast
            } else {
                let Some((c, case)) = decode(bytes, i).and_then(|c| Some((c, case_of(c)?))) else {
                    return cut;
                };
                (case, c.len_utf8())
            };
            if case == Case::None {
                if in_word && !word_ascii && self.restyles(&line[word_start..i]) {
                    return cut;
                }
                if b == b' ' {
                    cut = i;
                }
                in_word = false;
            } else {
                if !in_word {
                    (in_word, word_start, word_ascii) = (true, i, true);
                    (prev, prev2) = (Case::None, Case::None);
                }
                word_ascii &= len == 1;
                let glued = (prev == Case::Lower && case == Case::Upper)
                    || (prev2 == Case::Upper && prev == Case::Upper && case == Case::Lower);
                if glued {
                    return cut;
                }
                (prev2, prev) = (prev, case);
            }
            i += len;
        }
        // A space at the end is dropped.
        if bytes.last() == Some(&b' ')
            || (in_word && !word_ascii && self.restyles(&line[word_start..]))
        {
            return cut;
        }
        line.len()
    }

    /// Would the normalizer move a tone mark in this word?
    fn restyles(&self, word: &str) -> bool {
        tone::may_restyle(word)
            && !matches!(tone::restyle_syllable(word, self.style), Cow::Borrowed(_))
    }

    /// Normalizes `original` (see the [module documentation](self)).
    pub fn normalize(&self, original: &str) -> Normalized {
        let mut state = State::new(self, original.len());
        state.run(original);
        Normalized {
            text: state.out,
            map: state.map,
        }
    }
}

/// The case of a letter, or `None` for anything else, in [`Normalizer::is_normalized_line`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    None,
    Lower,
    Upper,
}

/// The case of a character of two or three bytes in [`Normalizer::normalized_prefix`]
/// (`Case::None` for punctuation it lets through), or `None` when a line with it must be
/// normalized.
fn case_of(c: char) -> Option<Case> {
    Some(match c {
        // Latin-1 punctuation and symbols (not the no-break space, the soft
        // hyphen, or the letters ª µ º).
        '\u{00A1}'..='\u{00A9}'
        | '«'
        | '¬'
        | '\u{00AE}'..='\u{00B4}'
        | '\u{00B6}'..='\u{00B9}'
        | '\u{00BB}'..='\u{00BF}'
        | '×'
        | '÷' => Case::None,
        'Ð' | 'ð' => return None,
        '\u{00C0}'..='\u{00DE}' | 'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' | 'Ư' => Case::Upper,
        '\u{00DF}'..='\u{00FF}' | 'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' => Case::Lower,
        '\u{1EA0}'..='\u{1EF9}' if u32::from(c) % 2 == 0 => Case::Upper,
        '\u{1EA0}'..='\u{1EF9}' => Case::Lower,
        // Dashes, quotes, bullets, ellipsis, per mille, primes…
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' => Case::None,
        _ => return None,
    })
}

/// The case and length of the character at `i` for the most common characters of
/// Vietnamese text, as [`Normalizer::normalized_prefix`] reads them once decoded:
/// `À`…`ÿ` (`C3`), `Ă Đ Ĩ Ũ Ơ Ư` and their small letters (`C4`…`C6`), `Ạ`…`ỹ` (`E1 BA
/// A0`…`E1 BB B9`, capitals even). `None` for any other character.
fn vietnamese_letter_case(bytes: &[u8], i: usize) -> Option<(Case, usize)> {
    let b1 = *bytes.get(i + 1)?;
    match bytes[i] {
        // × and ÷ are no letters; Ð and ð are rewritten (left to `case_of`).
        0xC3 if matches!(b1, 0x97 | 0xB7) => Some((Case::None, 2)),
        0xC3 if matches!(b1, 0x90 | 0xB0) => None,
        0xC3 if (0x80..=0x9E).contains(&b1) => Some((Case::Upper, 2)),
        0xC3 if (0x9F..=0xBF).contains(&b1) => Some((Case::Lower, 2)),
        0xC4 if matches!(b1, 0x82 | 0x90 | 0xA8) => Some((Case::Upper, 2)),
        0xC4 if matches!(b1, 0x83 | 0x91 | 0xA9) => Some((Case::Lower, 2)),
        0xC5 if b1 == 0xA8 => Some((Case::Upper, 2)),
        0xC5 if b1 == 0xA9 => Some((Case::Lower, 2)),
        0xC6 if matches!(b1, 0xA0 | 0xAF) => Some((Case::Upper, 2)),
        0xC6 if matches!(b1, 0xA1 | 0xB0) => Some((Case::Lower, 2)),
        0xE1 if matches!(b1, 0xBA | 0xBB) => {
            let b2 = *bytes.get(i + 2)?;
            let letter = match b1 {
                0xBA => (0xA0..=0xBF).contains(&b2),
                _ => (0x80..=0xB9).contains(&b2),
            };
            // Capitals are even code points, and so even third bytes.
            letter.then_some((
                if b2 % 2 == 0 {
                    Case::Upper
                } else {
                    Case::Lower
                },
                3,
            ))
        }
        _ => None,
    }
}

/// The character of two or three bytes starting at `i` (all that
/// [`Normalizer::is_normalized_line`] lets through), or None.
fn decode(bytes: &[u8], i: usize) -> Option<char> {
    let cont = |k: usize| bytes.get(i + k).map(|&b| u32::from(b & 0x3F));
    let b = u32::from(bytes[i]);
    let code = match b {
        0xC2..=0xDF => ((b & 0x1F) << 6) | cont(1)?,
        0xE0..=0xEF => ((b & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?,
        _ => return None,
    };
    char::from_u32(code)
}

/// The offset of the first byte where `a` and `b` differ (they have the same length).
fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    let chunks = a.chunks_exact(8).zip(b.chunks_exact(8));
    for (n, (x, y)) in chunks.enumerate() {
        let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        let diff = word(x) ^ word(y);
        if diff != 0 {
            return Some(n * 8 + diff.trailing_zeros() as usize / 8);
        }
    }
    let tail = a.len() / 8 * 8;
    a[tail..]
        .iter()
        .zip(&b[tail..])
        .position(|(x, y)| x != y)
        .map(|k| tail + k)
}

/// Converts an original offset to its stored form.
fn off(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// More marks than this on one letter are dropped (the Unicode stream-safe limit).
const MAX_MARKS: usize = 30;

/// The state of one normalization pass.
struct State<'a> {
    cfg: &'a Normalizer,
    out: String,
    map: Vec<u32>,
    /// Start (in `out`) of the run of letters being written.
    word_start: Option<usize>,
    /// A space waiting for the next visible character, with its original offset.
    pending_space: Option<u32>,
    /// Original end offset of the last source character that produced output.
    last_end: u32,
    /// Scratch buffers, reused for every cluster and word.
    cluster: Vec<char>,
    word: Vec<(char, u32)>,
    letters: Vec<char>,
    splits: Vec<usize>,
    key: String,
    /// Copy lines that are normalized already at once (off only to test that path).
    copy_lines: bool,
}

impl<'a> State<'a> {
    fn new(cfg: &'a Normalizer, capacity: usize) -> State<'a> {
        State {
            cfg,
            out: String::with_capacity(capacity),
            map: Vec::with_capacity(capacity + 1),
            word_start: None,
            pending_space: None,
            last_end: 0,
            cluster: Vec::new(),
            word: Vec::new(),
            letters: Vec::new(),
            splits: Vec::new(),
            key: String::new(),
            copy_lines: true,
        }
    }

    fn run(&mut self, src: &str) {
        let bytes = src.as_bytes();
        let mut i = 0;
        // The end of the line `i` is in, once looked up.
        let mut line_end = 0;
        while i < bytes.len() {
            // At the start of a word, the words up to the next one that would change are
            // copied at once.
            let word_starts = i == 0 || matches!(bytes[i - 1], b' ' | b'\n');
            if self.copy_lines && word_starts && self.word_start.is_none() {
                if line_end < i {
                    line_end = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |k| i + k);
                }
                let n = self.cfg.normalized_prefix(&src[i..line_end]);
                if n > 0 {
                    self.copy(src, i, i + n);
                    i += n;
                    continue;
                }
            }
            let b = bytes[i];
            if b < 0x80 {
                // Fast path: an ASCII byte not followed by a possible combining mark.
                let next_plain = !may_start_mark(bytes, i + 1);
                if b.is_ascii_alphabetic() && next_plain {
                    // A run of ASCII letters; its last letter is left out when a
                    // combining mark may follow it.
                    self.emit(char::from(b), i, i + 1, true);
                    let mut j = i + 1;
                    while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
                        j += 1;
                    }
                    if may_start_mark(bytes, j) {
                        j -= 1;
                    }
                    if let Some(run) = src.get(i + 1..j) {
                        self.out.push_str(run);
                        self.map.extend((i + 1..j).map(off));
                        self.last_end = off(j);
                    }
                    i = j.max(i + 1);
                    continue;
                }
                if b.is_ascii_graphic() && next_plain {
                    self.emit(char::from(b), i, i + 1, false);
                    i += 1;
                    continue;
                }
                match b {
                    b' ' | b'\t' => self.space(i),
                    b'\n' => self.newline(i, i + 1),
                    b'\r' if bytes.get(i + 1) == Some(&b'\n') => {}
                    b'\r' => self.newline(i, i + 1),
                    _ if !b.is_ascii_graphic() => {} // other control characters
                    _ => {
                        i = self.cluster(src, i, char::from(b));
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            let Some(c) = src.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            i = self.cluster(src, i, c);
        }
        self.finish_word();
        self.map.push(self.last_end);
    }

    /// Writes `src[start..end]`, words that normalizing leaves as they are (see
    /// [`Normalizer::normalized_prefix`]), after the space pending before them; each
    /// byte maps to the start of its character, as [`State::emit`] maps them.
    fn copy(&mut self, src: &str, start: usize, end: usize) {
        if let Some(p) = self.pending_space.take() {
            self.out.push(' ');
            self.map.push(p);
        }
        let words = &src[start..end];
        self.out.push_str(words);
        let mut char_start = off(start);
        for (k, &b) in words.as_bytes().iter().enumerate() {
            if b & 0xC0 != 0x80 {
                char_start = off(start + k);
            }
            self.map.push(char_start);
        }
        self.last_end = off(end);
    }

    /// Writes `c`, produced by original bytes `start..end`.
    fn emit(&mut self, c: char, start: usize, end: usize, letter: bool) {
        if !letter {
            self.finish_word();
        }
        if let Some(p) = self.pending_space.take() {
            self.out.push(' ');
            self.map.push(p);
        }
        if letter && self.word_start.is_none() {
            self.word_start = Some(self.out.len());
        }
        self.out.push(c);
        let o = off(start);
        self.map.extend(std::iter::repeat_n(o, c.len_utf8()));
        self.last_end = off(end);
    }

    fn space(&mut self, start: usize) {
        self.finish_word();
        if self.pending_space.is_none() && !self.out.is_empty() && !self.out.ends_with('\n') {
            self.pending_space = Some(off(start));
        }
    }

    fn newline(&mut self, start: usize, end: usize) {
        self.finish_word();
        self.pending_space = None;
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        self.out.push('\n');
        self.map.push(off(start));
        self.last_end = off(end);
    }

    /// Handles the character `c` at `start` with the combining marks after it;
    /// returns the offset after them.
    fn cluster(&mut self, src: &str, start: usize, c: char) -> usize {
        let mut end = start + c.len_utf8();
        let rest = if may_start_mark(src.as_bytes(), end) {
            src.get(end..).unwrap_or("")
        } else {
            ""
        };
        let marks_len: usize = rest
            .chars()
            .take_while(|&m| maybe_mark(m))
            .map(char::len_utf8)
            .sum();
        let marks = rest.get(..marks_len).unwrap_or("");
        end += marks_len;
        let c = match c {
            'Ð' => 'Đ',
            'ð' => 'đ',
            _ => c,
        };
        if marks.is_empty() || !is_letter(c) {
            // Marks on a space, punctuation, digit or invisible character
            // stand on nothing and are dropped.
            self.single(c, start, end);
            return end;
        }
        self.compose_cluster(c, marks, start, end);
        end
    }

    /// Handles a character without combining marks after it.
    fn single(&mut self, c: char, start: usize, end: usize) {
        match c {
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{0080}'..='\u{009F}' => {}
            '\u{2028}' | '\u{2029}' => self.newline(start, end),
            '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => self.space(start),
            ' ' | '\t' => self.space(start),
            '\n' => self.newline(start, end),
            _ if c < '\u{0300}'
                || ('\u{1E00}'..='\u{1EFF}').contains(&c)
                || ('\u{2010}'..='\u{206F}').contains(&c) =>
            {
                if !c.is_control() {
                    self.emit(c, start, end, is_letter(c));
                }
            }
            _ if c.is_control() || is_combining_mark(c) => {}
            _ if is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes => {
                self.emit(c, start, end, is_letter(c));
            }
            _ => {
                for d in std::iter::once(c).nfc() {
                    self.emit(d, start, end, is_letter(d));
                }
            }
        }
    }

    /// Composes letter `c` with the combining `marks` after it (canonical
    /// composition of one starter), dropping duplicate marks and Vietnamese
    /// diacritics that cannot combine with a Latin letter.
    fn compose_cluster(&mut self, c: char, marks: &str, start: usize, end: usize) {
        let buf = &mut self.cluster;
        buf.clear();
        decompose_canonical(c, |d| buf.push(d));
        for m in marks.chars() {
            decompose_canonical(m, |d| buf.push(d));
        }
        buf.truncate(MAX_MARKS + 1);
        // Canonical ordering: stable insertion sort of each run of non-starters.
        // On a Latin letter, circumflex and breve also go before the tone marks
        // of the same class, so "e" + acute + circumflex still gives "ế".
        let latin = is_latin(buf[0]);
        let key = |m: char| {
            let ccc = u16::from(canonical_combining_class(m));
            let shape = latin && matches!(m, '\u{0302}' | '\u{0306}');
            (ccc, ccc * 2 + u16::from(!shape))
        };
        for i in 2..buf.len() {
            let mut j = i;
            while j > 1 {
                let ((_, a), (ccc, b)) = (key(buf[j - 1]), key(buf[j]));
                if ccc == 0 || a <= b {
                    break;
                }
                buf.swap(j - 1, j);
                j -= 1;
            }
        }
        // Remove repeated identical marks.
        let mut kept = 1;
        for i in 1..buf.len() {
            let m = buf[i];
            if !buf[1..kept].contains(&m) {
                buf[kept] = m;
                kept += 1;
            }
        }
        buf.truncate(kept);
        // Compose.
        let mut starter = buf[0];
        let mut kept = 1;
        let mut last_ccc: Option<u8> = None;
        for i in 1..buf.len() {
            let m = buf[i];
            let ccc = canonical_combining_class(m);
            let blocked = last_ccc.is_some_and(|l| l == 0 || l >= ccc);
            if !blocked {
                if let Some(x) = compose(starter, m) {
                    starter = x;
                    continue;
                }
            }
            if is_latin(starter) && ('\u{0300}'..='\u{036F}').contains(&m) {
                continue;
            }
            buf[kept] = m;
            kept += 1;
            last_ccc = Some(ccc);
        }
        buf[0] = starter;
        buf.truncate(kept);
        for i in 0..kept {
            let d = self.cluster[i];
            self.emit(d, start, end, true);
        }
    }

    /// Called when a run of letters ends: splits glued words and restyles tone
    /// marks, rewriting the run in `out` if anything changed.
    fn finish_word(&mut self) {
        let Some(ws) = self.word_start.take() else {
            return;
        };
        let Some(word) = self.out.get(ws..) else {
            return;
        };
        let bytes = word.as_bytes();
        if bytes.is_ascii() && !bytes.iter().skip(1).any(u8::is_ascii_uppercase) {
            return;
        }
        // Most words have no capital inside (nothing to split) and do not end
        // in `oa`/`oe`/`uy` (no tone to move): leave them without copying.
        if !word.chars().skip(1).any(is_upper) && !tone::may_restyle(word) {
            return;
        }
        self.word.clear();
        for (k, ch) in word.char_indices() {
            let o = self.map.get(ws + k).copied().unwrap_or(self.last_end);
            self.word.push((ch, o));
        }
        self.letters.clear();
        self.letters.extend(self.word.iter().map(|&(ch, _)| ch));
        find_splits(&self.letters, self.cfg, &mut self.splits, &mut self.key);
        let mut changed = !self.splits.is_empty();
        let mut seg_start = 0;
        for seg_end in self.splits.iter().copied().chain([self.letters.len()]) {
            if let Some(seg) = self.letters.get_mut(seg_start..seg_end) {
                changed |= tone::restyle_chars(seg, self.cfg.style);
            }
            seg_start = seg_end;
        }
        if !changed {
            return;
        }
        self.out.truncate(ws);
        self.map.truncate(ws);
        let mut next_split = self.splits.iter().copied().peekable();
        for (k, (&ch, &(_, o))) in self.letters.iter().zip(self.word.iter()).enumerate() {
            if next_split.peek() == Some(&k) {
                next_split.next();
                self.out.push(' ');
                self.map.push(o);
            }
            self.out.push(ch);
            self.map.extend(std::iter::repeat_n(o, ch.len_utf8()));
        }
    }
}

/// A Latin letter (Basic Latin to Latin Extended-B, or Latin Extended Additional).
fn is_latin(c: char) -> bool {
    c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Cheap test on the bytes at `i`: false when no combining mark starts there
/// (end of text, ASCII, a character below U+0300 or in U+1E00..=U+1EFF).
fn may_start_mark(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..).unwrap_or(&[]) {
        [] => false,
        [b, ..] if *b < 0xCC => false,
        [0xE1, b, ..] if (0xB8..=0xBB).contains(b) => false,
        _ => true,
    }
}

/// `is_combining_mark` with a fast path for letters that are certainly not marks.
fn maybe_mark(c: char) -> bool {
    c >= '\u{0300}' && !('\u{1E00}'..='\u{1EFF}').contains(&c) && is_combining_mark(c)
}

/// `char::is_alphabetic` with a fast path for ASCII and Vietnamese letters.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if is_vietnamese_letter(c) {
        c != '\u{00D7}' && c != '\u{00F7}'
    } else {
        c.is_alphabetic()
    }
}

/// `char::is_uppercase` with a fast path for ASCII and Vietnamese letters.
fn is_upper(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_uppercase(),
        '\u{00C0}'..='\u{00DE}' => c != '\u{00D7}',
        '\u{00DF}'..='\u{00FF}' => false,
        // Latin Extended Additional pairs capitals (even) with small letters (odd).
        '\u{1EA0}'..='\u{1EF9}' => u32::from(c) % 2 == 0,
        _ => c.is_uppercase(),
    }
}

/// A Latin letter with a diacritic, as in Vietnamese words (`ô`, `đ`, `ự`).
fn is_vietnamese_letter(c: char) -> bool {
    ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Finds where spaces go in a glued run of letters `w` (char indices; a space
/// goes before each).
///
/// A lower-to-upper boundary (with a letter after the capital) splits when the word before it (its lower-case
/// run plus one leading capital) contains a Vietnamese letter or is a glue
/// word, or when it has 2+ letters and the capitalised syllable after it
/// contains a Vietnamese letter. An upper-case run followed by a capitalised
/// word splits when the run without its last letter is a known abbreviation.
fn find_splits(w: &[char], cfg: &Normalizer, splits: &mut Vec<usize>, key: &mut String) {
    splits.clear();
    let mut seg = 0;
    for k in 1..w.len() {
        let (prev, cur) = (w[k - 1], w[k]);
        // A lone capital at the end ("loạI") is more likely a typo than a word.
        let more = w.get(k + 1).is_some_and(|&c| is_letter(c));
        if prev.is_lowercase() && is_upper(cur) && more {
            let mut s = k - 1;
            while s > seg && w[s - 1].is_lowercase() {
                s -= 1;
            }
            if s > seg && is_upper(w[s - 1]) {
                s -= 1;
            }
            let before = &w[s..k];
            let mut e = k + 1;
            while e < w.len() && w[e].is_lowercase() {
                e += 1;
            }
            let after = &w[k..e];
            let mut glue = || {
                key.clear();
                key.extend(before);
                GLUE_WORDS.contains(&key.as_str())
            };
            if before.iter().any(|&c| is_vietnamese_letter(c))
                || (before.len() >= 2 && after.iter().any(|&c| is_vietnamese_letter(c)))
                || glue()
            {
                splits.push(k);
                seg = k;
            }
        } else if k > seg
            && k - seg <= cfg.max_abbreviation
            && is_upper(prev)
            && is_upper(cur)
            && w.get(k + 1).is_some_and(|c| c.is_lowercase())
        {
            key.clear();
            key.extend(&w[seg..k]);
            if cfg.abbreviations.contains(key.as_str()) {
                splits.push(k);
                seg = k;
            }
        }
    }
}

/// Lower-cases `s` character by character, keeping every character's UTF-8 length
/// (a character whose lower case has another length is kept as it is), so byte
/// offsets in the result are offsets in `s`.
///
/// ```
/// assert_eq!(canbo::normalize::fold_case("ĐẢNG ỦY Tỉnh"), "đảng ủy tỉnh");
/// ```
pub fn fold_case(s: &str) -> String {
    if let Some(folded) = crate::casefold::fold_bytes(s) {
        return folded;
    }
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(fold_char(c));
    }
    out
}

/// The lower case of `c` when it has the same length in UTF-8, else `c`; fast for
/// ASCII and Vietnamese letters.
pub(crate) fn fold_char(c: char) -> char {
    let code = u32::from(c);
    let folded = match c {
        _ if c.is_ascii() => return c.to_ascii_lowercase(),
        '\u{00C0}'..='\u{00DE}' if c != '×' => code + 0x20,
        '\u{00DF}'..='\u{00FF}' | 'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' => return c,
        // Dashes, quotes, ellipsis and other general punctuation have no case.
        '\u{2000}'..='\u{206F}' => return c,
        'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' => code + 1,
        'Ư' => u32::from('ư'),
        // Latin Extended Additional pairs capitals (even) with small letters (odd).
        '\u{1EA0}'..='\u{1EF9}' => code | 1,
        _ => {
            let mut lower = c.to_lowercase();
            return match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
        }
    };
    char::from_u32(folded).unwrap_or(c)
}

/// `char::is_alphabetic` with a fast path for ASCII and Vietnamese letters.
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if is_vietnamese_letter(c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphabetic()
    }
}

/// `char::is_alphanumeric` with a fast path for ASCII and Vietnamese letters.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_vietnamese_letter(c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast paths agree with the standard library on every character.
    #[test]
    fn fast_case_and_class_agree_with_std() {
        for c in (0..=0x2FFFFu32).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let want = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(fold_char(c), want, "U+{:04X}", u32::from(c));
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                u32::from(c)
            );
            assert_eq!(
                is_alphabetic(c),
                c.is_alphabetic(),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    /// The fast path for Vietnamese letters reads them as `case_of` does.
    #[test]
    fn letter_case_fast_path_agrees() {
        let mut fast = 0;
        for c in ('\u{80}'..='\u{FFFF}').filter(|c| c.len_utf8() <= 3) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let Some((case, len)) = vietnamese_letter_case(bytes, 0) {
                fast += 1;
                assert!(case_of(c) == Some(case), "U+{:04X}", u32::from(c));
                assert_eq!(len, c.len_utf8());
            }
        }
        assert_eq!(fast, 64 - 2 + 12 + 90);
    }

    /// Checks the invariants of the offset map for `original`:
    /// length, monotonicity, and that every char-boundary range of the output
    /// maps to a valid range of the original.
    fn check_map(original: &str, n: &Normalized) {
        let text = n.as_str();
        assert_eq!(n.map.len(), text.len() + 1, "map length for {original:?}");
        assert!(
            n.map.windows(2).all(|w| w[0] <= w[1]),
            "monotone for {original:?}"
        );
        assert!(
            n.map.iter().all(|&o| original.is_char_boundary(o as usize)),
            "boundaries for {original:?}: {:?} {:?}",
            n.as_str(),
            n.map
        );
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for (a, &s) in bounds.iter().enumerate() {
            for &e in &bounds[a..] {
                let span = n.original_span(s..e);
                assert!(
                    original.get(span.clone()).is_some(),
                    "{original:?}: {s}..{e} -> {span:?}"
                );
            }
        }
        // Every offset, not only char boundaries, maps to a boundary.
        for i in 0..=text.len() + 2 {
            assert!(original.is_char_boundary(n.to_original(i)));
        }
    }

    /// Normalizes without the (quadratic) map check, for large inputs.
    /// Whole lines copied at once give what the character-by-character path gives.
    #[test]
    fn normalized_lines_are_copied_as_they_are() {
        let mut texts: Vec<String> = [
            "Ông Lê Văn Hòa được bầu làm Chủ tịch.\nBà Trần Thị Thủy nghỉ hưu.",
            "\n\n\nDòng một\n\n\n\nDòng hai\n",
            "  Dòng có khoảng trắng đầu\nDòng thường\r\nDòng CRLF\r\n",
            "Ông Hoà về Thanh Hoá\nPBTThường trực Huyện ủy\nôngLê Văn A",
            "Dòng cuối không xuống dòng: “được điều động” – 1/7/2017…",
            "a\n \nb  c\n\u{200B}d\ne\u{301}",
            "Ông A về Thanh Hoá, ông B về Thanh Hóa; bà C làm Phó Chủ tịch UBND tỉnh Khánh Hoà.",
            "ông . bà \u{301}c d\te\u{A0}f  \u{200B} g ôngLê Văn Hòa , PBTThường trực",
            "Hà Nội.Sáng nay, ông Nguyễn Văn Thủy được bổ nhiệm.  ",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // The project's own example articles.
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(corpus.join("txt")).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        let articles = std::fs::read_to_string(corpus.join("articles.jsonl")).unwrap();
        for line in articles.lines() {
            let article: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(article["text"].as_str().unwrap().to_string());
        }
        assert!(texts.len() > 40);
        for style in [ToneStyle::Old, ToneStyle::New] {
            let n = Normalizer::new(style);
            for text in &texts {
                let fast = n.normalize(text);
                let mut state = State::new(&n, text.len());
                state.copy_lines = false;
                state.run(text);
                assert_eq!(fast.text, state.out, "{text:?}");
                assert_eq!(fast.map, state.map, "{text:?}");
            }
        }
    }

    fn norm_fast(input: &str) -> String {
        Normalizer::default().normalize(input).into_string()
    }

    fn norm(style: ToneStyle, input: &str) -> Normalized {
        let n = Normalizer::new(style).normalize(input);
        check_map(input, &n);
        n
    }

    #[test]
    fn normalize_table() {
        use ToneStyle::{New, Old};
        let cases: &[(&str, ToneStyle, &str)] = &[
            ("", Old, ""),
            ("Ông Lê Văn Tám", Old, "Ông Lê Văn Tám"),
            // NFD input.
            ("Nguye\u{0302}\u{0303}n", Old, "Nguyễn"),
            ("Vie\u{0323}\u{0302}t Nam", Old, "Việt Nam"),
            ("e\u{0302}\u{0323}", Old, "ệ"),
            (
                "e\u{0301}\u{0302} a\u{0300}\u{0306} o\u{0309}\u{031B}",
                Old,
                "ế ằ ở",
            ),
            ("a\u{0323}\u{0302} A\u{0302}\u{0323}", Old, "ậ Ậ"),
            ("Thu\u{1EF5}\u{0323}", Old, "Thụy"),
            ("hoa\u{0300}", Old, "hòa"),
            // Stray and duplicate combining marks.
            ("\u{0301}Hà Nội", Old, "Hà Nội"),
            ("Hà \u{0300}Nội", Old, "Hà Nội"),
            ("tỉnh,\u{0303} thành", Old, "tỉnh, thành"),
            ("Thu\u{1EF5}\u{0323} Anh", New, "Thuỵ Anh"),
            ("a\u{0301}\u{0301}", Old, "á"),
            ("ạ\u{0309}", Old, "ạ"),
            ("12\u{0301}3", Old, "123"),
            // Invisible characters.
            ("\u{FEFF}Bộ\u{200B} Nội vụ", Old, "Bộ Nội vụ"),
            ("Bộ Nội\u{FEFF} vụ\u{200D}", Old, "Bộ Nội vụ"),
            ("Thủ\u{00AD}tướng", Old, "Thủtướng"),
            ("Ban\u{0008} Bí thư\u{0007}", Old, "Ban Bí thư"),
            ("a\u{2060}b\u{200C}c", Old, "abc"),
            ("dòng 1\r\ndòng 2\rdòng 3", Old, "dòng 1\ndòng 2\ndòng 3"),
            ("a\u{0085}b", Old, "ab"),
            // Spaces.
            ("Sở\u{00A0}Y\u{2009}tế", Old, "Sở Y tế"),
            ("  Hà \t  Nội  ", Old, "Hà Nội"),
            ("Hà Nội \n\n\n\n  Huế\n", Old, "Hà Nội\n\nHuế\n"),
            ("a\u{2028}b", Old, "a\nb"),
            // Eth.
            ("ÐẢNG ỦY ðồng chí", Old, "ĐẢNG ỦY đồng chí"),
            ("Ð\u{0323}", Old, "Đ"),
            // Tone style.
            ("Khánh Hoà, Tỉnh uỷ, khoẻ", Old, "Khánh Hòa, Tỉnh ủy, khỏe"),
            ("Khánh Hòa, Tỉnh ủy, khỏe", New, "Khánh Hoà, Tỉnh uỷ, khoẻ"),
            ("HOÀ BÌNH, THUỶ LỢI", Old, "HÒA BÌNH, THỦY LỢI"),
            (
                "quý, Quỳnh, quả, già, giữ",
                New,
                "quý, Quỳnh, quả, già, giữ",
            ),
            (
                "hoàng, toán, quyết, thuyết",
                New,
                "hoàng, toán, quyết, thuyết",
            ),
            ("Hoa\u{0300}", Old, "Hòa"),
            // Glued words.
            ("ôngLê Văn A", Old, "ông Lê Văn A"),
            ("Bí thưLê Minh", Old, "Bí thư Lê Minh"),
            ("ÔngNguyễn", Old, "Ông Nguyễn"),
            ("anhTuan", Old, "anh Tuan"),
            (
                "ChoLon AnTuTu TPBank VinaPhone",
                Old,
                "ChoLon AnTuTu TPBank VinaPhone",
            ),
            ("MaiHình: Lê Minh", Old, "Mai Hình: Lê Minh"),
            ("tinhThần", Old, "tinh Thần"),
            ("thuỷĐiện", Old, "thủy Điện"),
            ("vàHà\u{200B}Nội", Old, "và Hà Nội"),
            ("Khuđược", Old, "Khuđược"),
            ("loạI độnC.", Old, "loạI độnC."),
            ("đồngUSD", Old, "đồng USD"),
            ("VietBankthay", Old, "VietBankthay"),
            ("LienVietPostBank", Old, "LienVietPostBank"),
            (
                "iPhone McCabe ThS TS VinGroup",
                Old,
                "iPhone McCabe ThS TS VinGroup",
            ),
            ("TP.HCM TPHCM PGS.TS HĐND", Old, "TP.HCM TPHCM PGS.TS HĐND"),
            (
                "TN&MT NN-PTNT KH&ĐT GD&ĐT",
                Old,
                "TN&MT NN-PTNT KH&ĐT GD&ĐT",
            ),
            ("ĐBQH ThS.BS UBMTTQ", Old, "ĐBQH ThS.BS UBMTTQ"),
            // Abbreviation glue.
            ("PBTThường trực", Old, "PBT Thường trực"),
            ("UBNDTỉnh", Old, "UBND Tỉnh"),
            ("GĐSở Tài chính", Old, "GĐ Sở Tài chính"),
            ("ThSNguyễn", Old, "ThS Nguyễn"),
            ("ôngUBNDTỉnh", Old, "ông UBND Tỉnh"),
            ("BQLDự án", Old, "BQLDự án"),
            ("UBND", Old, "UBND"),
        ];
        for &(input, style, want) in cases {
            assert_eq!(norm(style, input).as_str(), want, "input {input:?}");
        }
    }

    #[test]
    fn extra_abbreviations() {
        let n = Normalizer::new(ToneStyle::Old).with_abbreviations(["BQL"]);
        let input = "Trưởng BQLDự án";
        let out = n.normalize(input);
        check_map(input, &out);
        assert_eq!(out.as_str(), "Trưởng BQL Dự án");
    }

    #[test]
    fn spans_round_trip() {
        // (original, normalized range as text, expected original text)
        let cases = [
            ("ông\u{00A0}\u{00A0}Lê Hoà", "Lê Hòa", "Lê Hoà"),
            ("ôngLê", "ông", "ông"),
            ("ôngLê", "Lê", "Lê"),
            (
                "Nguye\u{0302}\u{0303}n Văn",
                "Nguyễn",
                "Nguye\u{0302}\u{0303}n",
            ),
            ("a\u{200B}bc", "abc", "a\u{200B}bc"),
            ("UBNDTỉnh Nam Định", "Tỉnh Nam Định", "Tỉnh Nam Định"),
            ("UBNDTỉnh Nam Định", "UBND", "UBND"),
            ("  x  ", "x", "x"),
        ];
        for (original, part, want) in cases {
            let n = norm(ToneStyle::Old, original);
            let s = n.as_str().find(part).expect(part);
            let span = n.original_span(s..s + part.len());
            assert_eq!(&original[span], want, "{original:?} / {part:?}");
        }
        // The end of the text maps to the end of its last visible source.
        let n = norm(ToneStyle::Old, "abc \u{200B} ");
        assert_eq!(n.as_str(), "abc");
        assert_eq!(n.to_original(3), 3);
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = n.original_span(2..1);
        assert_eq!(reversed, 2..2);
    }

    #[test]
    fn map_survives_hostile_input() {
        let inputs = [
            "\u{0301}\u{0301}\u{0301}",
            "\u{200B}\u{FEFF}\u{00AD}",
            "a\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306}\u{0307}\u{0308}",
            "\u{212B}ngstr\u{00F6}m \u{2126}",
            "한국어 \u{1100}\u{1161} 中文",
            "नमस्ते \u{0915}\u{093C}",
            "e\u{0302}\u{200B}\u{0301}",
            "\r\r\n\n\t \u{0008}",
            "ǅa ÆĐÐ \u{1E9E}",
            "😀\u{FE0F}\u{0301}x",
        ];
        for input in inputs {
            let n = norm(ToneStyle::Old, input);
            let _ = norm(ToneStyle::New, input);
            assert!(!n.as_str().contains('\u{200B}'));
        }
        // Long glued runs stay linear.
        let long = "ABc".repeat(100_000);
        assert_eq!(norm_fast(&long), long);
        let many = format!("a{}", "\u{0301}".repeat(10_000));
        assert_eq!(norm(ToneStyle::Old, &many).as_str(), "á");
        assert_eq!(norm(ToneStyle::Old, "\u{212B}").as_str(), "Å");
        assert_eq!(Normalized::default().to_original(5), 0);
        check_map("", &Normalized::default());
    }

    /// Pieces that random test inputs are built from.
    const PIECES: &[&str] = &[
        "a",
        "o",
        "u",
        "y",
        "e",
        "Q",
        "g",
        "i",
        "H",
        "Đ",
        "Ð",
        "ð",
        "ô",
        "ư",
        "ơ",
        "à",
        "ỏ",
        "ẹ",
        "\u{0300}",
        "\u{0301}",
        "\u{0302}",
        "\u{0309}",
        "\u{0323}",
        "\u{031B}",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        ".",
        ",",
        "&",
        "-",
        "\u{200B}",
        "\u{FEFF}",
        "\u{00AD}",
        "\u{0008}",
        "\u{00A0}",
        "\u{2028}",
        "UBND",
        "PBT",
        "ông",
        "Lê",
        "hoà",
        "Thuỷ",
        "HÒA",
        "quý",
        "giữ",
        "Mc",
        "iP",
        "TP.HCM",
        "1.000",
        "\u{212B}",
        "한",
        "\u{1100}",
        "\u{0915}\u{093C}",
        "😀",
    ];

    /// A small deterministic generator (no dependency needed).
    fn random_inputs(count: usize) -> Vec<String> {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..count)
            .map(|_| {
                let len = (next() % 24) as usize;
                (0..len)
                    .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn random_inputs_keep_map_invariants_and_are_idempotent() {
        for style in [ToneStyle::Old, ToneStyle::New] {
            for input in random_inputs(3000) {
                let once = norm(style, &input);
                let twice = norm(style, once.as_str());
                assert_eq!(twice.as_str(), once.as_str(), "idempotent for {input:?}");
            }
        }
    }

    #[test]
    fn glued_words_that_normalizing_splits() {
        let cases: &[(&str, bool)] = &[
            ("ôngLê Văn Bảy", true),
            ("PBTThường trực Huyện ủy", true),
            ("Hà Nội.Sáng nay", false),
            ("Ông Lê Văn Bảy, Phó Chủ tịch UBND tỉnh", false),
            ("ĐẢNG ỦY TỈNH và HĐND", false),
            ("TP.HCM, Q.Hoàn Kiếm", false),
            ("bổ nhiệm đồng chíNguyễn", true),
            ("McCain", true),
            ("Thủy Thuỷ Hòa Hoà", false),
            ("", false),
        ];
        for &(text, want) in cases {
            assert_eq!(
                Normalizer::may_split_glued(text, &fold_case(text)),
                want,
                "{text}"
            );
        }
    }

    /// A line with no unusual character or double space, where no glued word is split,
    /// is normalized by moving tone marks alone.
    #[test]
    fn without_glued_words_only_tone_marks_move() {
        let filter = crate::prefilter::MoveFilter::new(["bổ nhiệm"]).unwrap();
        let articles = include_str!("../corpus/articles.jsonl");
        let mut checked = 0;
        for style in [ToneStyle::Old, ToneStyle::New] {
            let n = Normalizer::new(style);
            for line in articles.split("\\n").flat_map(|l| l.split('"')) {
                let plain = filter
                    .marks(line)
                    .all(|(_, m)| m == crate::prefilter::Mark::Move);
                if !plain
                    || line.trim() != line
                    || Normalizer::may_split_glued(line, &fold_case(line))
                {
                    continue;
                }
                let restyled = crate::tone::restyle(line, style);
                assert_eq!(n.normalize(line).as_str(), restyled, "{line}");
                checked += 1;
            }
        }
        assert!(checked > 200, "{checked} lines checked");
    }

    #[test]
    fn fold_case_table() {
        let cases = [
            ("ĐẢNG ỦY", "đảng ủy"),
            ("Hội Đồng Nhân Dân", "hội đồng nhân dân"),
            ("ỨNG CỬ VIÊN Ở ĐÂY", "ứng cử viên ở đây"),
            ("İstanbul", "İstanbul"),
            ("\u{2126}", "\u{2126}"),
            ("ABC-xyz 123", "abc-xyz 123"),
            ("", ""),
            (
                "Bí thư Tỉnh ủy THÁI BÌNH – “Đắk Lắk”",
                "bí thư tỉnh ủy thái bình – “đắk lắk”",
            ),
            ("Ă ă Ơ ơ Ư ư Ĩ Ũ", "ă ă ơ ơ ư ư ĩ ũ"),
            ("ẞ Σ Ⅻ", "ẞ σ ⅻ"),
        ];
        for (input, want) in cases {
            let got = fold_case(input);
            assert_eq!(got, want, "{input}");
            assert_eq!(got.len(), input.len());
            for (i, _) in input.char_indices() {
                assert!(got.is_char_boundary(i));
            }
        }
    }
}

/// Throughput measurement over the shared corpus (not a test of behaviour):
/// `cargo test --release -- --ignored --nocapture normalize_throughput`.
#[cfg(test)]
mod throughput {
    use super::*;
    use std::io::BufRead;
    use std::time::Instant;

    /// Nanoseconds this thread has run on a CPU (Linux), so the measurement is
    /// less disturbed by other processes on a busy machine.
    fn cpu_ns() -> u64 {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }

    #[test]
    #[ignore = "measurement; needs /work/shared/corpus"]
    fn normalize_throughput() {
        let path = "/work/shared/corpus/news-baomoi-2017.jsonl";
        let Ok(file) = std::fs::File::open(path) else {
            eprintln!("{path} not found; skipping");
            return;
        };
        let texts: Vec<String> = std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .filter_map(|line| {
                let v: serde_json::Value = serde_json::from_str(&line).ok()?;
                Some(v.get("text")?.as_str()?.to_string())
            })
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let normalizer = Normalizer::default();
        let mut out_bytes = 0;
        let mut changed = 0;
        let t = Instant::now();
        let cpu = cpu_ns();
        for text in &texts {
            let n = normalizer.normalize(text);
            out_bytes += n.len();
            changed += usize::from(n.as_str() != text);
        }
        let secs = t.elapsed().as_secs_f64();
        let cpu_secs = (cpu_ns() - cpu) as f64 / 1e9;
        let t = Instant::now();
        let cpu = cpu_ns();
        let mut sentences = 0;
        for text in &texts {
            sentences += crate::segment::sentences(text).len();
        }
        let seg_secs = t.elapsed().as_secs_f64();
        let seg_cpu_secs = (cpu_ns() - cpu) as f64 / 1e9;
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "{} texts, {mb:.1} MB -> {out_bytes} bytes, {changed} changed\n\
             normalize: {secs:.2}s wall = {:.0} MB/s, {cpu_secs:.2}s cpu = {:.0} MB/s\n\
             segment: {seg_secs:.2}s wall = {:.0} MB/s, {seg_cpu_secs:.2}s cpu = {:.0} MB/s, {sentences} sentences",
            texts.len(),
            mb / secs,
            mb / cpu_secs,
            mb / seg_secs,
            mb / seg_cpu_secs,
        );
    }
}
