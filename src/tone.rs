//! Tone-mark placement in open syllables with `oa`, `oe` and `uy`.
//!
//! Vietnamese has two conventions for where the tone mark goes when an open
//! syllable (no final consonant) has the vowel pairs `oa`, `oe` or `uy`: the
//! "old" style puts it on the first vowel (`hòa`, `khỏe`, `thủy`), the "new"
//! style on the second (`hoà`, `khoẻ`, `thuỷ`). Every other syllable is written
//! the same way in both styles, so it is left untouched: closed syllables
//! (`hoàng`, `toán`, `quyết`), three-vowel nuclei (`ngoài`, `khuỷu`), and
//! syllables where `u` belongs to the consonant `qu` (`quý`, `quỳnh`, `quả`),
//! and words that do not start with a Vietnamese initial consonant (`Chloé`).
//!
//! The functions here expect NFC text (as produced by
//! [`Normalizer`](crate::normalize::Normalizer)); decomposed marks are not
//! recognised as vowels.
//!
//! ```
//! use canbo::normalize::ToneStyle;
//! use canbo::tone::restyle;
//!
//! assert_eq!(restyle("Chủ tịch UBND huyện Thuỵ Anh", ToneStyle::Old), "Chủ tịch UBND huyện Thụy Anh");
//! assert_eq!(restyle("hòa bình", ToneStyle::New), "hoà bình");
//! ```

use std::borrow::Cow;

use crate::normalize::ToneStyle;

/// Row of `a`, `o`, `e`, `u`, `y`, `i` in [`GRID`].
const A: u8 = 0;
const E: u8 = 3;
const I: u8 = 5;
const O: u8 = 6;
const U: u8 = 9;
const Y: u8 = 11;

/// What a vowel letter is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Vowel {
    /// Row in [`GRID`] (the letter without tone, e.g. `ô`).
    base: u8,
    /// Column in [`GRID`]: 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below.
    tone: u8,
    upper: bool,
}

impl Vowel {
    fn to_char(self) -> Option<char> {
        let lower = *GRID
            .get(usize::from(self.base))?
            .get(usize::from(self.tone))?;
        if self.upper {
            let mut up = lower.to_uppercase();
            match (up.next(), up.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        } else {
            Some(lower)
        }
    }
}

/// Index into [`VOWELS`] of every character in `first..first + N`, or `u8::MAX`.
const fn dense_index<const N: usize>(first: u32) -> [u8; N] {
    let mut table = [u8::MAX; N];
    let mut i = 0;
    while i < VOWELS.len() {
        let c = VOWELS[i].0 as u32;
        if c >= first && c < first + N as u32 {
            table[(c - first) as usize] = i as u8;
        }
        i += 1;
    }
    table
}

/// Vowels from `A` (U+0041) to `ư` (U+01B0).
const LATIN_FIRST: u32 = 0x41;
const LATIN: [u8; 0x1B1 - 0x41] = dense_index(LATIN_FIRST);
/// Vowels in Latin Extended Additional, U+1EA0..=U+1EF9.
const EXTENDED_FIRST: u32 = 0x1EA0;
const EXTENDED: [u8; 0x5A] = dense_index(EXTENDED_FIRST);

fn vowel(c: char) -> Option<Vowel> {
    let u = u32::from(c);
    let i = if let Some(&i) = u
        .checked_sub(LATIN_FIRST)
        .and_then(|k| LATIN.get(k as usize))
    {
        i
    } else {
        *u.checked_sub(EXTENDED_FIRST)
            .and_then(|k| EXTENDED.get(k as usize))?
    };
    let &(_, base, tone, upper) = VOWELS.get(usize::from(i))?;
    Some(Vowel { base, tone, upper })
}

/// Returns true if `onset` is a Vietnamese initial consonant (or empty), so
/// foreign words such as "Chloé" are left alone.
fn is_onset(onset: &[char]) -> bool {
    const ONSETS: &[&str] = &[
        "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
        "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
    ];
    if onset.is_empty() {
        return true;
    }
    if onset.len() > 3 {
        return false;
    }
    ONSETS.iter().any(|o| {
        o.chars().count() == onset.len()
            && o.chars().zip(onset).all(|(a, &b)| b.to_lowercase().eq([a]))
    })
}

/// Whether vowels `a`, `b` may be an `oa`, `oe` or `uy` pair.
fn ends_in_pair(a: char, b: char) -> bool {
    let second = match b {
        'a' | 'e' | 'y' | 'A' | 'E' | 'Y' => true,
        _ if b.is_ascii() => false,
        _ => vowel(b).is_some_and(|v| matches!(v.base, A | E | Y)),
    };
    second && vowel(a).is_some_and(|v| matches!(v.base, O | U))
}

/// Cheap test on a run of letters: false when [`restyle_chars`] certainly
/// leaves it alone (it does not end in an `oa`, `oe` or `uy` pair).
pub(crate) fn may_restyle(word: &str) -> bool {
    let mut rev = word.chars().rev();
    match (rev.next(), rev.next()) {
        (Some(b), Some(a)) => ends_in_pair(a, b),
        _ => false,
    }
}

/// Moves the tone mark of one syllable (a slice of NFC letters) to where
/// `style` puts it. Returns true if the syllable was changed.
///
/// Only open syllables whose whole nucleus is `oa`, `oe` or `uy` are touched.
pub(crate) fn restyle_chars(syllable: &mut [char], style: ToneStyle) -> bool {
    if let [.., a, b] = syllable {
        if !ends_in_pair(*a, *b) {
            return false;
        }
    } else {
        return false;
    }
    let Some(first) = syllable.iter().position(|&c| vowel(c).is_some()) else {
        return false;
    };
    if !is_onset(&syllable[..first]) {
        return false;
    }
    let mut start = first;
    let onset_is = |s: &[char], x: char| s.len() == 1 && s[0].eq_ignore_ascii_case(&x);
    let rest = &syllable[start..];
    // "qu": the u belongs to the consonant ("quý", "quả").
    // "gi" + vowel: the i belongs to the consonant ("già", "giữ").
    if (onset_is(&syllable[..first], 'q') && vowel(rest[0]).is_some_and(|v| v.base == U))
        || (onset_is(&syllable[..first], 'g')
            && vowel(rest[0]).is_some_and(|v| v.base == I)
            && rest.get(1).is_some_and(|&c| vowel(c).is_some()))
    {
        start += 1;
    }
    // The nucleus must be exactly two vowels and end the syllable.
    if syllable.len() != start + 2 {
        return false;
    }
    let (Some(v1), Some(v2)) = (vowel(syllable[start]), vowel(syllable[start + 1])) else {
        return false;
    };
    if !matches!((v1.base, v2.base), (O, A) | (O, E) | (U, Y)) {
        return false;
    }
    let tone = match (v1.tone, v2.tone) {
        (0, 0) => return false,
        (t, 0) | (0, t) => t,
        _ => return false,
    };
    let (n1, n2) = match style {
        ToneStyle::Old => (Vowel { tone, ..v1 }, Vowel { tone: 0, ..v2 }),
        ToneStyle::New => (Vowel { tone: 0, ..v1 }, Vowel { tone, ..v2 }),
    };
    if (n1, n2) == (v1, v2) {
        return false;
    }
    let (Some(c1), Some(c2)) = (n1.to_char(), n2.to_char()) else {
        return false;
    };
    syllable[start] = c1;
    syllable[start + 1] = c2;
    true
}

/// Puts the tone mark of a single syllable where `style` wants it.
///
/// Returns the syllable unchanged (borrowed) when it is not an open `oa`/`oe`/`uy`
/// syllable or already in `style`. `syllable` should be one word of NFC letters;
/// for longer text use [`restyle`].
///
/// ```
/// use canbo::normalize::ToneStyle;
/// use canbo::tone::restyle_syllable;
///
/// assert_eq!(restyle_syllable("uỷ", ToneStyle::Old), "ủy");
/// assert_eq!(restyle_syllable("HÒA", ToneStyle::New), "HOÀ");
/// assert_eq!(restyle_syllable("quý", ToneStyle::New), "quý");
/// ```
pub fn restyle_syllable(syllable: &str, style: ToneStyle) -> Cow<'_, str> {
    if syllable.is_ascii() {
        return Cow::Borrowed(syllable);
    }
    let mut chars: Vec<char> = syllable.chars().collect();
    if restyle_chars(&mut chars, style) {
        Cow::Owned(chars.into_iter().collect())
    } else {
        Cow::Borrowed(syllable)
    }
}

/// Applies [`restyle_syllable`] to every run of letters in `text` (e.g. a
/// gazetteer entry), so entries are canonicalised the way
/// [`Normalizer`](crate::normalize::Normalizer) canonicalises documents.
pub fn restyle(text: &str, style: ToneStyle) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut chars: Vec<char> = Vec::new();
    let mut run_start = None;
    let ends = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    for (i, c) in ends {
        if c.is_alphabetic() {
            run_start.get_or_insert(i);
            continue;
        }
        let Some(s) = run_start.take() else { continue };
        let Some(word) = text.get(s..i) else { continue };
        if word.is_ascii() {
            continue;
        }
        chars.clear();
        chars.extend(word.chars());
        if restyle_chars(&mut chars, style) {
            out.push_str(&text[copied..s]);
            out.extend(chars.iter());
            copied = i;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Lower-case vowels: one row per base letter (a ă â e ê i o ô ơ u ư y), one
/// column per tone (none, grave, acute, hook, tilde, dot below).
const GRID: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// Every Vietnamese vowel letter (NFC), sorted by char: (char, base row, tone, upper case).
const VOWELS: [(char, u8, u8, bool); 144] = [
    ('A', 0, 0, true),
    ('E', 3, 0, true),
    ('I', 5, 0, true),
    ('O', 6, 0, true),
    ('U', 9, 0, true),
    ('Y', 11, 0, true),
    ('a', 0, 0, false),
    ('e', 3, 0, false),
    ('i', 5, 0, false),
    ('o', 6, 0, false),
    ('u', 9, 0, false),
    ('y', 11, 0, false),
    ('À', 0, 1, true),
    ('Á', 0, 2, true),
    ('Â', 2, 0, true),
    ('Ã', 0, 4, true),
    ('È', 3, 1, true),
    ('É', 3, 2, true),
    ('Ê', 4, 0, true),
    ('Ì', 5, 1, true),
    ('Í', 5, 2, true),
    ('Ò', 6, 1, true),
    ('Ó', 6, 2, true),
    ('Ô', 7, 0, true),
    ('Õ', 6, 4, true),
    ('Ù', 9, 1, true),
    ('Ú', 9, 2, true),
    ('Ý', 11, 2, true),
    ('à', 0, 1, false),
    ('á', 0, 2, false),
    ('â', 2, 0, false),
    ('ã', 0, 4, false),
    ('è', 3, 1, false),
    ('é', 3, 2, false),
    ('ê', 4, 0, false),
    ('ì', 5, 1, false),
    ('í', 5, 2, false),
    ('ò', 6, 1, false),
    ('ó', 6, 2, false),
    ('ô', 7, 0, false),
    ('õ', 6, 4, false),
    ('ù', 9, 1, false),
    ('ú', 9, 2, false),
    ('ý', 11, 2, false),
    ('Ă', 1, 0, true),
    ('ă', 1, 0, false),
    ('Ĩ', 5, 4, true),
    ('ĩ', 5, 4, false),
    ('Ũ', 9, 4, true),
    ('ũ', 9, 4, false),
    ('Ơ', 8, 0, true),
    ('ơ', 8, 0, false),
    ('Ư', 10, 0, true),
    ('ư', 10, 0, false),
    ('Ạ', 0, 5, true),
    ('ạ', 0, 5, false),
    ('Ả', 0, 3, true),
    ('ả', 0, 3, false),
    ('Ấ', 2, 2, true),
    ('ấ', 2, 2, false),
    ('Ầ', 2, 1, true),
    ('ầ', 2, 1, false),
    ('Ẩ', 2, 3, true),
    ('ẩ', 2, 3, false),
    ('Ẫ', 2, 4, true),
    ('ẫ', 2, 4, false),
    ('Ậ', 2, 5, true),
    ('ậ', 2, 5, false),
    ('Ắ', 1, 2, true),
    ('ắ', 1, 2, false),
    ('Ằ', 1, 1, true),
    ('ằ', 1, 1, false),
    ('Ẳ', 1, 3, true),
    ('ẳ', 1, 3, false),
    ('Ẵ', 1, 4, true),
    ('ẵ', 1, 4, false),
    ('Ặ', 1, 5, true),
    ('ặ', 1, 5, false),
    ('Ẹ', 3, 5, true),
    ('ẹ', 3, 5, false),
    ('Ẻ', 3, 3, true),
    ('ẻ', 3, 3, false),
    ('Ẽ', 3, 4, true),
    ('ẽ', 3, 4, false),
    ('Ế', 4, 2, true),
    ('ế', 4, 2, false),
    ('Ề', 4, 1, true),
    ('ề', 4, 1, false),
    ('Ể', 4, 3, true),
    ('ể', 4, 3, false),
    ('Ễ', 4, 4, true),
    ('ễ', 4, 4, false),
    ('Ệ', 4, 5, true),
    ('ệ', 4, 5, false),
    ('Ỉ', 5, 3, true),
    ('ỉ', 5, 3, false),
    ('Ị', 5, 5, true),
    ('ị', 5, 5, false),
    ('Ọ', 6, 5, true),
    ('ọ', 6, 5, false),
    ('Ỏ', 6, 3, true),
    ('ỏ', 6, 3, false),
    ('Ố', 7, 2, true),
    ('ố', 7, 2, false),
    ('Ồ', 7, 1, true),
    ('ồ', 7, 1, false),
    ('Ổ', 7, 3, true),
    ('ổ', 7, 3, false),
    ('Ỗ', 7, 4, true),
    ('ỗ', 7, 4, false),
    ('Ộ', 7, 5, true),
    ('ộ', 7, 5, false),
    ('Ớ', 8, 2, true),
    ('ớ', 8, 2, false),
    ('Ờ', 8, 1, true),
    ('ờ', 8, 1, false),
    ('Ở', 8, 3, true),
    ('ở', 8, 3, false),
    ('Ỡ', 8, 4, true),
    ('ỡ', 8, 4, false),
    ('Ợ', 8, 5, true),
    ('ợ', 8, 5, false),
    ('Ụ', 9, 5, true),
    ('ụ', 9, 5, false),
    ('Ủ', 9, 3, true),
    ('ủ', 9, 3, false),
    ('Ứ', 10, 2, true),
    ('ứ', 10, 2, false),
    ('Ừ', 10, 1, true),
    ('ừ', 10, 1, false),
    ('Ử', 10, 3, true),
    ('ử', 10, 3, false),
    ('Ữ', 10, 4, true),
    ('ữ', 10, 4, false),
    ('Ự', 10, 5, true),
    ('ự', 10, 5, false),
    ('Ỳ', 11, 1, true),
    ('ỳ', 11, 1, false),
    ('Ỵ', 11, 5, true),
    ('ỵ', 11, 5, false),
    ('Ỷ', 11, 3, true),
    ('ỷ', 11, 3, false),
    ('Ỹ', 11, 4, true),
    ('ỹ', 11, 4, false),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_consistent() {
        assert!(VOWELS.windows(2).all(|w| w[0].0 < w[1].0));
        for &(c, base, tone, upper) in VOWELS.iter() {
            assert_eq!(Vowel { base, tone, upper }.to_char(), Some(c));
            assert_eq!(vowel(c), Some(Vowel { base, tone, upper }));
        }
        let vowels = VOWELS.iter().filter(|v| vowel(v.0).is_some()).count();
        assert_eq!(vowels, 144);
        for c in [
            'b', 'đ', 'Đ', '1', ' ', '\u{1EFA}', '\u{1E9F}', '\u{01B1}', '@', 'ÿ',
        ] {
            assert_eq!(vowel(c), None, "{c}");
        }
    }

    #[test]
    fn syllables() {
        // (input, old style, new style)
        let cases = [
            ("hòa", "hòa", "hoà"),
            ("hoà", "hòa", "hoà"),
            ("hóa", "hóa", "hoá"),
            ("khoẻ", "khỏe", "khoẻ"),
            ("thủy", "thủy", "thuỷ"),
            ("Thuỵ", "Thụy", "Thuỵ"),
            ("uỷ", "ủy", "uỷ"),
            ("Ủy", "Ủy", "Uỷ"),
            ("HOÀ", "HÒA", "HOÀ"),
            ("HÒA", "HÒA", "HOÀ"),
            ("Hoà", "Hòa", "Hoà"),
            ("xoè", "xòe", "xoè"),
            ("loã", "lõa", "loã"),
            ("tuỳ", "tùy", "tuỳ"),
            ("hoạ", "họa", "hoạ"),
            ("đoá", "đóa", "đoá"),
            // Untouched: qu, gi, closed syllables, other nuclei, no tone.
            ("quý", "quý", "quý"),
            ("quỳnh", "quỳnh", "quỳnh"),
            ("quả", "quả", "quả"),
            ("Quý", "Quý", "Quý"),
            ("già", "già", "già"),
            ("giữ", "giữ", "giữ"),
            ("hoàng", "hoàng", "hoàng"),
            ("toán", "toán", "toán"),
            ("quyết", "quyết", "quyết"),
            ("thuyết", "thuyết", "thuyết"),
            ("Nguyễn", "Nguyễn", "Nguyễn"),
            ("ngoài", "ngoài", "ngoài"),
            ("khuỷu", "khuỷu", "khuỷu"),
            ("hoa", "hoa", "hoa"),
            ("huy", "huy", "huy"),
            ("thuê", "thuê", "thuê"),
            ("hoặc", "hoặc", "hoặc"),
            ("", "", ""),
            // Not Vietnamese onsets: foreign words keep their accents.
            ("Chloé", "Chloé", "Chloé"),
            ("Froé", "Froé", "Froé"),
            ("Nghoè", "Nghòe", "Nghoè"),
            ("ĐOÁ", "ĐÓA", "ĐOÁ"),
        ];
        for (input, old, new) in cases {
            assert_eq!(restyle_syllable(input, ToneStyle::Old), old, "old {input}");
            assert_eq!(restyle_syllable(input, ToneStyle::New), new, "new {input}");
        }
    }

    #[test]
    fn text() {
        let cases = [
            (
                "Ban Thường vụ Tỉnh uỷ Khánh Hoà",
                ToneStyle::Old,
                "Ban Thường vụ Tỉnh ủy Khánh Hòa",
            ),
            (
                "Sở Y tế - Văn hóa, thủy lợi",
                ToneStyle::New,
                "Sở Y tế - Văn hoá, thuỷ lợi",
            ),
            ("ông Quý, bà Thủy.", ToneStyle::New, "ông Quý, bà Thuỷ."),
            ("không đổi", ToneStyle::Old, "không đổi"),
            ("ASCII only", ToneStyle::New, "ASCII only"),
        ];
        for (input, style, want) in cases {
            assert_eq!(restyle(input, style), want, "{input}");
        }
        assert!(matches!(
            restyle("không đổi", ToneStyle::Old),
            Cow::Borrowed(_)
        ));
    }
}
