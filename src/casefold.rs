//! Lower-casing Vietnamese text fast, for [`fold_case`](crate::normalize::fold_case).
//!
//! Nearly every character of Vietnamese text is folded by one of a few byte rules, each
//! looking at a byte and the two before it:
//!
//! * an ASCII capital gains 0x20;
//! * `À`…`Þ` (`C3 80`…`C3 9E`, not `×`) become `à`…`þ` (second byte + 0x20);
//! * `Ă Đ Ĩ Ũ Ơ Ư` become `ă đ ĩ ũ ơ ư` (second byte + 1);
//! * the capitals of Latin Extended Additional, `Ạ`…`Ỹ` (`E1 BA A0`…`E1 BB B9`), are
//!   even and their small letters odd (third byte | 1);
//! * the small letters among them, `C2` symbols and general punctuation (`E2 80`…`E2 82`)
//!   stay as they are.
//!
//! With AVX2 the rules run 32 bytes at a time. A text with any other character (another
//! script, combining marks, rarer Latin letters) is folded character by character.
//!
//! ```
//! assert_eq!(canbo::normalize::fold_case("ĐẠI HỘI Đảng bộ TỈNH"), "đại hội đảng bộ tỉnh");
//! ```

/// `text` lower-cased as [`fold_case`](crate::normalize::fold_case) folds each
/// character, or `None` when it holds a character the byte rules do not cover, or when
/// it is too short for the vectors (or they are missing).
pub(crate) fn fold_bytes(text: &str) -> Option<String> {
    let src = text.as_bytes();
    if src.len() < 34 || !has_avx2() {
        return None;
    }
    let mut dst = vec![0u8; src.len()];
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: AVX2 is there.
        let (done, other) = unsafe { fold_avx2(src, &mut dst) };
        if other {
            return None;
        }
        fold_scalar(src, &mut dst, 0..2)?;
        fold_scalar(src, &mut dst, done..src.len())?;
    }
    // Every byte was folded by a rule that maps a character onto one of the same length;
    // checked all the same, with the vector validator.
    simdutf8::basic::from_utf8(&dst).ok()?;
    // SAFETY: `dst` was just checked to be UTF-8.
    Some(unsafe { String::from_utf8_unchecked(dst) })
}

/// [`fold_byte`] on `src[range]` into `dst`; `None` on a character no rule covers.
fn fold_scalar(src: &[u8], dst: &mut [u8], range: std::ops::Range<usize>) -> Option<()> {
    for i in range {
        let p2 = if i >= 2 { src[i - 2] } else { 0 };
        let p1 = if i >= 1 { src[i - 1] } else { 0 };
        let (b, other) = fold_byte(p2, p1, src[i]);
        if other {
            return None;
        }
        dst[i] = b;
    }
    Some(())
}

/// One byte folded given the two before it, and whether it is part of a character the
/// rules do not cover.
fn fold_byte(p2: u8, p1: u8, b: u8) -> (u8, bool) {
    match (p2, p1, b) {
        (_, _, b'A'..=b'Z') => (b + 0x20, false),
        (_, _, 0x00..=0x7F) => (b, false),
        // Lead bytes the rules know: their characters are decided on their later bytes.
        (_, _, 0xC2..=0xC6 | 0xE1 | 0xE2) => (b, false),
        (_, _, 0xC0..=0xFF) => (b, true),
        (_, 0xC3, 0x80..=0x9E) if b != 0x97 => (b + 0x20, false),
        (_, 0xC2 | 0xC3, _) => (b, false),
        (_, 0xC4, 0x82 | 0x90 | 0xA8) | (_, 0xC5, 0xA8) | (_, 0xC6, 0xA0 | 0xAF) => (b + 1, false),
        (_, 0xC4, 0x83 | 0x91 | 0xA9) | (_, 0xC5, 0xA9) | (_, 0xC6, 0xA1 | 0xB0) => (b, false),
        (_, 0xC4..=0xC6, _) => (b, true),
        (_, 0xE1, 0xBA | 0xBB) | (_, 0xE2, 0x80..=0x82) => (b, false),
        (_, 0xE1 | 0xE2, _) => (b, true),
        (0xE1, 0xBA, 0xA0..=0xBF) | (0xE1, 0xBB, 0x80..=0xB9) => (b | 1, false),
        (0xE1, _, _) => (b, true),
        // The third byte of a general punctuation mark.
        (0xE2, _, _) => (b, false),
        // A continuation byte whose lead byte was flagged already.
        _ => (b, false),
    }
}

fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// [`fold_byte`] on the bytes from 2 up to a multiple of 32 bytes after it: how far it
/// got, and whether it met a character the rules do not cover.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn fold_avx2(src: &[u8], dst: &mut [u8]) -> (usize, bool) {
    use std::arch::x86_64::*;
    let splat = |b: u8| _mm256_set1_epi8(b as i8);
    let eq = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, splat(b));
    let within = |v: __m256i, lo: u8, hi: u8| {
        _mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_max_epu8(v, splat(lo)), v),
            _mm256_cmpeq_epi8(_mm256_min_epu8(v, splat(hi)), v),
        )
    };
    let or = |a: __m256i, b: __m256i| _mm256_or_si256(a, b);
    let and = |a: __m256i, b: __m256i| _mm256_and_si256(a, b);
    let andnot = |a: __m256i, b: __m256i| _mm256_andnot_si256(a, b);
    let mut other = _mm256_setzero_si256();
    let mut i = 2;
    while i + 32 <= src.len() {
        // SAFETY: i - 2 ≥ 0 and i + 32 ≤ len; unaligned loads and stores.
        let (v, p1, p2) = unsafe {
            (
                _mm256_loadu_si256(src.as_ptr().add(i).cast()),
                _mm256_loadu_si256(src.as_ptr().add(i - 1).cast()),
                _mm256_loadu_si256(src.as_ptr().add(i - 2).cast()),
            )
        };
        let (c3, c4, c5, c6) = (eq(p1, 0xC3), eq(p1, 0xC4), eq(p1, 0xC5), eq(p1, 0xC6));
        let (e1, e2) = (eq(p1, 0xE1), eq(p1, 0xE2));
        let plus_20 = or(
            within(v, b'A', b'Z'),
            and(c3, andnot(eq(v, 0x97), within(v, 0x80, 0x9E))),
        );
        let plus_1 = or(
            and(c4, or(eq(v, 0x82), or(eq(v, 0x90), eq(v, 0xA8)))),
            or(and(c5, eq(v, 0xA8)), and(c6, or(eq(v, 0xA0), eq(v, 0xAF)))),
        );
        let small = or(
            and(c4, or(eq(v, 0x83), or(eq(v, 0x91), eq(v, 0xA9)))),
            or(and(c5, eq(v, 0xA9)), and(c6, or(eq(v, 0xA1), eq(v, 0xB0)))),
        );
        let after_e1 = eq(p2, 0xE1);
        let (ba, bb) = (and(after_e1, eq(p1, 0xBA)), and(after_e1, eq(p1, 0xBB)));
        let in_ba = and(ba, within(v, 0xA0, 0xBF));
        let in_bb = and(bb, within(v, 0x80, 0xB9));
        let or_1 = or(in_ba, in_bb);
        // Lead bytes of other characters, and second or third bytes no rule knows.
        let odd_lead = or(
            within(v, 0xC7, 0xE0),
            or(within(v, 0xE3, 0xFF), within(v, 0xC0, 0xC1)),
        );
        let odd_latin = andnot(or(plus_1, small), or(c4, or(c5, c6)));
        let odd_e1 = or(
            andnot(or(eq(v, 0xBA), eq(v, 0xBB)), e1),
            andnot(or(in_ba, in_bb), or(ba, bb)),
        );
        let odd_e2 = andnot(within(v, 0x80, 0x82), e2);
        other = or(other, or(odd_lead, or(odd_latin, or(odd_e1, odd_e2))));
        let folded = _mm256_or_si256(
            _mm256_add_epi8(
                _mm256_add_epi8(v, and(plus_20, splat(0x20))),
                and(plus_1, splat(1)),
            ),
            and(or_1, splat(1)),
        );
        // SAFETY: as for the loads.
        unsafe { _mm256_storeu_si256(dst.as_mut_ptr().add(i).cast(), folded) };
        i += 32;
    }
    (i, _mm256_movemask_epi8(other) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold_case;

    fn by_chars(s: &str) -> String {
        s.chars().map(crate::normalize::fold_char).collect()
    }

    /// Every character, at every offset of a vector, folds as the character-by-character
    /// path folds it (or is left to that path).
    #[test]
    fn every_character_at_every_offset() {
        // All of the planes up to CJK, and a sample of the rest (their lead bytes are
        // all flagged alike).
        let chars = (0..0x3000).chain((0x3000..=0x10FFFF).step_by(61));
        for c in chars.filter_map(char::from_u32) {
            for pad in [0, 1, 29, 30, 31, 32, 33] {
                let text = format!("{}{c}Ạ ĐỨC ư{}", "a".repeat(pad), "Ô".repeat(20));
                if let Some(got) = fold_bytes(&text) {
                    assert_eq!(
                        got,
                        by_chars(&text),
                        "{c:?} (U+{:04X}) after {pad}",
                        c as u32
                    );
                }
            }
        }
    }

    #[test]
    fn vietnamese_text_takes_the_byte_rules() {
        let cases = [
            ("", ""),
            ("Ô", "ô"),
            ("ĐẢNG ỦY Tỉnh", "đảng ủy tỉnh"),
            (
                "PHÓ CHỦ TỊCH UBND TỈNH BÌNH ĐỊNH – “Ông Nguyễn Văn Ả” nhận quyết định…",
                "phó chủ tịch ubnd tỉnh bình định – “ông nguyễn văn ả” nhận quyết định…",
            ),
            (
                "Ă Â Ê Ô Ơ Ư Đ Ĩ Ũ À Á Ả Ã Ạ Ằ Ắ Ẳ Ẵ Ặ Ầ Ấ Ẩ Ẫ Ậ Ỳ Ý Ỷ Ỹ Ỵ 30°C",
                "ă â ê ô ơ ư đ ĩ ũ à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ ỳ ý ỷ ỹ ỵ 30°c",
            ),
        ];
        let long = |s: &str| format!("{s} {}", "NGÀY HỘI ".repeat(4));
        for (text, want) in cases {
            assert_eq!(fold_case(text), want);
            let (text, want) = (long(text), long(want).to_lowercase());
            if has_avx2() {
                assert_eq!(fold_bytes(&text).as_deref(), Some(want.as_str()), "{text}");
            }
            assert_eq!(fold_case(&text), want);
        }
        for text in ["Ω Ḁ", "chữ Hán 漢", "Ā", "Ỻ", "a\u{0301}"] {
            let text = long(text);
            assert_eq!(fold_bytes(&text), None, "{text}");
            assert_eq!(fold_case(&text), by_chars(&text));
        }
    }
}
