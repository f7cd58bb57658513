//! Stage 0: finding, in the raw text, the few places where a move may be told.
//!
//! Most sentences of a news archive tell no move, and normalizing them is the most
//! expensive thing the pipeline does. A [`MoveFilter`] is one aho-corasick automaton
//! over the *raw* bytes that knows every spelling the [normalizer](crate::normalize)
//! unifies into a move word: upper and lower case of every letter, both tone styles
//! ("hoà"/"hòa"), and words glued at a lower → upper boundary ("đượcBổ nhiệm"). It
//! also knows the characters and runs the normalizer drops or rewrites (invisible
//! characters, combining marks, unusual spaces, `Ð`, control characters, two spaces in
//! a row), so a line without any [`Mark`] holds no move word even once normalized.
//! Where the only marks are [`Mark::Move`] and [`Mark::Spaces`], the normalized line
//! differs from the raw one only by its tone marks, glued words and spaces.
//!
//! ```
//! use canbo::prefilter::{Mark, MoveFilter};
//!
//! let filter = MoveFilter::new(["bổ nhiệm", "điều động"]).unwrap();
//! let text = "Hôm qua, UBND tỉnh ĐIỀU ĐỘNG ông A.\nTrời mưa.\nÔng B được\u{200B}bổ nhiệm.";
//! let marks: Vec<(usize, Mark)> = filter.marks(text).collect();
//! assert_eq!(marks, [(22, Mark::Move), (74, Mark::Unusual), (77, Mark::Move)]);
//! ```

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, BuildError, MatchKind};

use crate::normalize::ToneStyle;
use crate::tone::restyle_syllable;

/// What the raw text holds at a [`MoveFilter`] match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// A spelling of a move word (not checked for word boundaries).
    Move,
    /// A character or run the normalizer drops or rewrites: the text around it must be
    /// normalized before anything can be said about it.
    Unusual,
    /// Two spaces in a row, which the normalizer makes one.
    Spaces,
}

/// Finds the spellings of move words, and unusual characters, in raw text.
#[derive(Clone, Debug)]
pub struct MoveFilter {
    automaton: AhoCorasick,
    /// Patterns from this index on are [`Mark::Unusual`], but the last, two spaces.
    first_unusual: usize,
    spaces: usize,
}

impl MoveFilter {
    /// A filter for move words given as folded (lower-case), normalized keys.
    ///
    /// Only keys that do not contain another key are needed: "được bổ nhiệm" is found
    /// through "bổ nhiệm".
    pub fn new<I, S>(move_keys: I) -> Result<MoveFilter, BuildError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut keys: Vec<String> = move_keys
            .into_iter()
            .map(|k| k.as_ref().trim().to_string())
            .filter(|k| !k.is_empty())
            .collect();
        keys.sort_by_key(String::len);
        keys.dedup();
        let minimal: Vec<&String> = keys
            .iter()
            .filter(|k| {
                !keys
                    .iter()
                    .any(|o| o.len() < k.len() && k.contains(o.as_str()))
            })
            .collect();
        let mut patterns: Vec<Vec<u8>> = Vec::new();
        for key in minimal {
            for spelling in spellings(key) {
                patterns.push(spelling.into_bytes());
            }
        }
        patterns.sort();
        patterns.dedup();
        let first_unusual = patterns.len();
        patterns.extend(unusual_patterns());
        let spaces = patterns.len();
        patterns.push(b"  ".to_vec());
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)?;
        Ok(MoveFilter {
            automaton,
            first_unusual,
            spaces,
        })
    }

    /// Heap memory used by the filter's automaton, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
    }

    /// Byte offsets in `raw` where a move-word spelling or an unusual character starts,
    /// in order. Matches do not overlap; a line holds a move word once normalized only
    /// if it holds a mark.
    pub fn marks<'t>(&'t self, raw: &'t str) -> impl Iterator<Item = (usize, Mark)> + 't {
        self.automaton.find_iter(raw).map(|m| {
            let p = m.pattern().as_usize();
            let mark = if p < self.first_unusual {
                Mark::Move
            } else if p < self.spaces {
                Mark::Unusual
            } else {
                Mark::Spaces
            };
            (m.start(), mark)
        })
    }
}

/// Every raw spelling of a folded key the normalizer turns into it: each syllable in
/// either tone style, each non-ASCII letter in either case (ASCII letters are matched
/// without case), and each space also left out before a capital ("đượcBổ").
fn spellings(key: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for (i, syllable) in key.split(' ').enumerate() {
        let mut forms: Vec<String> = vec![syllable.to_string()];
        for style in [ToneStyle::Old, ToneStyle::New] {
            let form = restyle_syllable(syllable, style).into_owned();
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
        let mut next = Vec::new();
        for prefix in &out {
            for form in &forms {
                for cased in case_forms(form) {
                    if i > 0 {
                        next.push(format!("{prefix} {cased}"));
                        if cased.chars().next().is_some_and(char::is_uppercase) {
                            next.push(format!("{prefix}{cased}"));
                        }
                    } else {
                        next.push(cased);
                    }
                }
            }
        }
        out = next;
    }
    out
}

/// `word` with each non-ASCII letter in lower and upper case (when both are one
/// character of the same length in UTF-8), and its first letter in both cases.
fn case_forms(word: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for (i, c) in word.chars().enumerate() {
        let mut forms = vec![c];
        let mut upper = c.to_uppercase();
        if let (Some(u), None) = (upper.next(), upper.next()) {
            if u != c && u.len_utf8() == c.len_utf8() && (!c.is_ascii() || i == 0) {
                forms.push(u);
            }
        }
        out = out
            .iter()
            .flat_map(|prefix| {
                forms.iter().map(move |&f| {
                    let mut s = prefix.clone();
                    s.push(f);
                    s
                })
            })
            .collect();
    }
    out
}

/// Bytes and runs the normalizer drops or rewrites, as UTF-8 (or as the lead bytes of
/// whole blocks where combining marks live).
fn unusual_patterns() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    // Control characters and the tab (not '\n', and not '\r', which only ends a line).
    for b in (0x00..=0x1F).chain([0x7F]) {
        if b != b'\n' && b != b'\r' {
            out.push(vec![b]);
        }
    }
    let mut chars = |range: std::ops::RangeInclusive<u32>| {
        for c in range.filter_map(char::from_u32) {
            out.push(c.to_string().into_bytes());
        }
    };
    // C1 controls and the no-break space, the soft hyphen, eth (for đ).
    chars(0x80..=0xA0);
    chars(0xAD..=0xAD);
    chars(0xD0..=0xD0);
    chars(0xF0..=0xF0);
    // Spaces, zero-width characters, direction marks, separators, word joiners, the
    // combining marks for symbols, the Kelvin sign (K in NFC), the ideographic space,
    // combining kana marks, the byte order mark.
    chars(0x1680..=0x1680);
    chars(0x2000..=0x200F);
    chars(0x2028..=0x202F);
    chars(0x205F..=0x206F);
    chars(0x20D0..=0x20FF);
    chars(0x2126..=0x212B);
    chars(0x3000..=0x3000);
    chars(0x302A..=0x302F);
    chars(0x3099..=0x309A);
    chars(0xFEFF..=0xFEFF);
    // Whole blocks by their UTF-8 prefix: combining diacritical marks (U+0300–U+037F),
    // and the scripts with combining marks of their own, rare in Vietnamese news.
    for lead in [
        0xCC, 0xCD, 0xD2, 0xD6, 0xD7, 0xD8, 0xD9, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF,
    ] {
        out.push(vec![lead]);
    }
    out.push(vec![0xE0]); // U+0800–U+0FFF: Samaritan, Indic scripts, Thai, Tibetan…
    for second in 0x80..=0xB7 {
        out.push(vec![0xE1, second]); // U+1000–U+1DFF, up to the combining supplement
    }
    for second in [0x99, 0x9A, 0x9B].into_iter().chain(0xA0..=0xAF) {
        out.push(vec![0xEA, second]); // U+A640–U+A6FF, U+A800–U+ABFF
    }
    for block in [0xB3, 0xB5, 0xB7] {
        out.push(vec![0xE2, block]); // Coptic, Tifinagh and Cyrillic marks
    }
    out.push(vec![0xEF, 0xAC]); // U+FB00–U+FB3F: a Hebrew mark
    out.push(vec![0xEF, 0xB8]); // U+FE00–U+FE3F: variation selectors, half marks
    for second in 0x90..=0x9E {
        out.push(vec![0xF0, second]); // U+10000–U+1EFFF
    }
    for lead in 0xF1..=0xF4 {
        out.push(vec![lead]); // planes 4–16: tags, variation selectors supplement
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    fn filter() -> MoveFilter {
        MoveFilter::new(["bổ nhiệm", "được bổ nhiệm", "hòa giải", "thay", "thủy"]).unwrap()
    }

    #[test]
    fn spellings_the_normalizer_unifies() {
        let cases: &[(&str, &[Mark])] = &[
            ("Ông A được bổ nhiệm.", &[Mark::Move]),
            ("ÔNG A ĐƯỢC BỔ NHIỆM", &[Mark::Move]),
            ("Ông A được Bổ Nhiệm", &[Mark::Move]),
            ("Ông A đượcBổ nhiệm", &[Mark::Move]),
            ("Ông A được bổNhiệm", &[Mark::Move]),
            ("hoà giải", &[Mark::Move]),
            ("HOÀ GIẢI", &[Mark::Move]),
            ("Thuỷ", &[Mark::Move]),
            ("Ông A được bổ\u{00A0}nhiệm", &[Mark::Unusual]),
            ("Ông A được bổ  nhiệm", &[Mark::Spaces]),
            ("Ông A được bổ\tnhiệm", &[Mark::Unusual]),
            ("Ông A được bô\u{0309} nhiệm", &[Mark::Unusual]),
            ("Ông A được\u{200B} bổ nhiệm", &[Mark::Unusual, Mark::Move]),
            ("Ðồng chí", &[Mark::Unusual]),
            ("Trời hôm nay mưa to.", &[]),
            ("bổ sung nhiệm vụ", &[]),
        ];
        let f = filter();
        for (text, want) in cases {
            let got: Vec<Mark> = f.marks(text).map(|(_, m)| m).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }

    /// Every character the normalizer drops or rewrites in the middle of a line is a
    /// mark, or starts with the bytes of one: a line without marks can only change by
    /// tone style, glue splitting and spaces at its ends.
    #[test]
    fn every_character_the_normalizer_changes_is_unusual() {
        let f = MoveFilter::new(["thay"]).unwrap();
        let n = Normalizer::new(ToneStyle::Old);
        let mut checked = 0;
        let mut missed = Vec::new();
        // All of Unicode but the big blocks of ideographs, syllables and private use
        // (letters the normalizer keeps, or maps to other ideographs).
        let skipped = [
            0x3400..=0x9FFF,
            0xAC00..=0xD7A3,
            0xE000..=0xF8FF,
            0x20000..=0x10FFFF,
        ];
        for c in (0..=0x10FFFFu32)
            .filter(|c| !skipped.iter().any(|r| r.contains(c)))
            .filter_map(char::from_u32)
        {
            if c == '\n' || c == '\r' {
                continue;
            }
            for line in [format!("a {c}b"), format!("a{c} b"), format!("a {c} b")] {
                let out = n.normalize(&line);
                let out = out.as_str();
                // A change that could make a move word: a character that vanishes, or
                // one that becomes a space, an ASCII letter or a Vietnamese letter.
                let new_letter = out.chars().any(|ch| {
                    !line.contains(ch)
                        && (ch.is_ascii_alphanumeric()
                            || ch == ' '
                            || ch.is_alphabetic() && ch < '\u{0250}')
                });
                if out.chars().count() < line.chars().count() || new_letter {
                    checked += 1;
                    if !f.marks(&line).any(|(_, m)| m != Mark::Move) {
                        missed.push(format!("{:X}", u32::from(c)));
                    }
                }
            }
        }
        assert!(missed.is_empty(), "{} missed: {missed:?}", missed.len());
        assert!(checked > 1000, "{checked}");
    }

    /// Every usual way of writing a key is among its spellings: lower case, capitalised,
    /// all capitals, either tone style, glued to the word before.
    #[test]
    fn spellings_cover_the_usual_forms() {
        let cases: &[(&str, &[&str])] = &[
            (
                "hòa giải",
                &[
                    "hòa giải",
                    "hoà giải",
                    "Hoà Giải",
                    "HOÀ GIẢI",
                    "HÒA GIẢI",
                    "hòaGiải",
                ],
            ),
            (
                "được bổ nhiệm",
                &[
                    "Được bổ nhiệm",
                    "ĐƯỢC BỔ NHIỆM",
                    "đượcBổ nhiệm",
                    "được bổNhiệm",
                ],
            ),
            ("thủy", &["thủy", "thuỷ", "Thuỷ", "THỦY", "THUỶ"]),
            ("kế nhiệm", &["kế nhiệm", "Kế Nhiệm", "KẾ NHIỆM"]),
        ];
        for (key, forms) in cases {
            let all: Vec<String> = spellings(key)
                .iter()
                .map(|s| s.to_ascii_lowercase())
                .collect();
            for form in *forms {
                assert!(all.contains(&form.to_ascii_lowercase()), "{key}: {form}");
            }
        }
    }
}
