//! Stage 2: sentence segmentation of normalized text.
//!
//! [`sentences`] splits text (normally the output of
//! [`Normalizer`](crate::normalize::Normalizer)) into sentences with a few
//! rules tuned for Vietnamese news:
//!
//! * a line break always ends a sentence;
//! * `.`, `!`, `?`, `…` and `...`, with any closing quotes or brackets after
//!   them, end a sentence when followed by white space and the start of a new
//!   sentence: an upper-case letter or an opening quote (after `!` and `?`
//!   also a digit);
//! * a full stop does not end a sentence after an abbreviation or an initial
//!   (`TP.`, `Q.`, `ThS.`, `PGS.TS.`, `v.v.`, `B. Obama`, `Nguyễn V. A`), nor
//!   inside numbers and dates (`1.000`, `26.6.2017`, `ngày 26. 6`), nor when
//!   no space follows it (`TP.HCM`), except that a word of two or more letters
//!   glued to a capitalised word (`Hà Nội.Sáng nay`) is split;
//! * semicolons do not end sentences;
//! * a sentence longer than [`MAX_SENTENCE_BYTES`] (a decree's list of hundreds of
//!   appointees, or text without punctuation) is cut at its last `;` before that length,
//!   else at a comma, else after "và", else at a space, so that the analysis of a sentence takes bounded
//!   time and its evidence bounded space.
//!
//! ```
//! let text = "Sáng 22.6, TS. Lê Văn A nhậm chức. Ông nói: “Tôi sẽ cố gắng.” Sau đó, ông về TP.HCM.";
//! let got: Vec<&str> = canbo::segment::sentences(text).into_iter().map(|r| &text[r]).collect();
//! assert_eq!(got, [
//!     "Sáng 22.6, TS. Lê Văn A nhậm chức.",
//!     "Ông nói: “Tôi sẽ cố gắng.”",
//!     "Sau đó, ông về TP.HCM.",
//! ]);
//! ```

use std::ops::Range;

/// The longest sentence, in bytes: longer ones are cut into pieces. One sentence in
/// 190,000 of real news is longer.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Words that a full stop after them does not end a sentence (the last part of a dotted
/// token such as `PGS.TS` is looked up, as is the whole token).
fn is_listed_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "BS" | "CK"
            | "CKI"
            | "CKII"
            | "Dr"
            | "GS"
            | "GSTS"
            | "Jr"
            | "KS"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "NXB"
            | "Nxb"
            | "PGS"
            | "St"
            | "TP"
            | "TS"
            | "TSKH"
            | "TT"
            | "TX"
            | "Th"
            | "Th.S"
            | "ThS"
            | "Ths"
            | "Tp"
            | "Tr"
            | "Tx"
            | "tp"
            | "tr"
            | "tx"
            | "vv"
    )
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[')
}

/// Longest token (in chars) [`token_before`] looks at; this keeps long runs of
/// dots and letters without spaces linear.
const MAX_TOKEN: usize = 24;

/// The run of letters, dots and ampersands that ends at byte `end` (e.g. `PGS.TS`,
/// `P&G`: its last letter is no initial), at most [`MAX_TOKEN`] characters.
fn token_before(text: &str, end: usize) -> &str {
    let head = text.get(..end).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .take(MAX_TOKEN)
        .take_while(|&(_, c)| crate::normalize::is_alphabetic(c) || c == '.' || c == '&')
        .last()
        .map_or(end, |(i, _)| i);
    head.get(start..).unwrap_or("")
}

/// The end of a sentence that [`sentences`] reads to end it there: its terminators and
/// closing quotes, and before them more than the abbreviation and year tests look at,
/// from the start of a word. Text that normalizing leaves unchanged here and in the next
/// sentence's [`opening`] is cut at the same place once normalized.
///
/// ```
/// use canbo::segment::{ending, opening};
///
/// let sentence = "Ngày 1/7, ông Nguyễn Văn A được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh.”";
/// assert_eq!(ending(sentence), "nhiệm làm Giám đốc Sở Tài chính tỉnh.”");
/// assert_eq!(opening("Sáng nay, ông về."), "Sáng");
/// ```
pub fn ending(sentence: &str) -> &str {
    let body = sentence.trim_end_matches(|c| is_terminator(c) || is_closer(c));
    let Some((from, _)) = body.char_indices().rev().nth(MAX_TOKEN + 8) else {
        return sentence;
    };
    sentence[..from]
        .rfind(' ')
        .map_or(sentence, |k| &sentence[k + 1..])
}

/// The first word of a sentence: all [`sentences`] reads of it to start it there.
pub fn opening(sentence: &str) -> &str {
    sentence.split(' ').next().unwrap_or(sentence)
}

/// Whether `head` ends with a year ("tháng 7/2006", "năm 2006"): a full stop after it ends
/// the sentence even before a number ("… năm 2006. 1 năm sau, …"), which a day and month
/// ("ngày 26. 6") do not.
fn ends_with_year(head: &str) -> bool {
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    digits == 4
        && (head.ends_with(|c: char| c.is_ascii_digit()))
        && matches!(&head[head.len() - 4..head.len() - 2], "19" | "20")
}

/// Whether a full stop after `token` belongs to an abbreviation or initial.
fn is_abbreviation(token: &str) -> bool {
    let token = token.trim_start_matches('.');
    // The part after the last dot; most tokens (a word ending a sentence) have none.
    // (Byte searches: the token is short, and a dot is one byte.)
    let dot = token.bytes().rposition(|b| b == b'.');
    let last = dot.map_or(token, |k| &token[k + 1..]);
    let mut chars = last.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial
        || is_listed_abbreviation(last)
        || (dot.is_some()
            && (is_listed_abbreviation(token) || token.split('.').all(|s| s.chars().count() == 1)))
}

/// Whether `rest` starts with a word that opens sentences and is never a name (not
/// "Sáng", "Hiện", "Được", which are given names: "Nguyễn V. Sáng") nor a place's (not
/// "Bà": "TP. Bà Rịa"):
/// after it, a full stop ends the sentence even behind an abbreviation or an initial
/// ("… Bí thư Thành ủy TP. Sắp tới, …", "… ông Nguyễn Văn A. Sau đó, …").
fn opens_sentence(rest: &str) -> bool {
    let word = rest
        .split(|c: char| !crate::normalize::is_alphabetic(c))
        .next()
        .unwrap_or("");
    matches!(
        word,
        "Các"
            | "Chiều"
            | "Cũng"
            | "Đây"
            | "Khi"
            | "Ngày"
            | "Ngoài"
            | "Những"
            | "Nhưng"
            | "Ông"
            | "Sắp"
            | "Sau"
            | "Tại"
            | "Theo"
            | "Tối"
            | "Trong"
            | "Trước"
            | "Ảnh"
    )
}

/// Byte ranges of the sentences of `text`, in order, trimmed of surrounding
/// white space; empty sentences are skipped.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences_through(text, usize::MAX)
}

/// The first of [`sentences`]: up to the first sentence that starts after offset `at`
/// (the one after the sentence at `at`), or all of them. Segmenting goes left to right,
/// so the rest of a long text is not looked at.
///
/// ```
/// use canbo::segment::{sentences, sentences_through};
///
/// let text = "Ông A nghỉ hưu. Bà B thay ông. Trời mưa. Gió to.";
/// assert_eq!(sentences_through(text, 20), sentences(text)[..3]);
/// ```
pub fn sentences_through(text: &str, at: usize) -> Vec<Range<usize>> {
    // Most texts read here are a paragraph or less: few make the vector grow.
    let mut out = Vec::with_capacity(16);
    // Adds a sentence; true once it starts after `at`.
    let mut push = |r: Range<usize>| {
        let Some(s) = text.get(r.clone()) else {
            return false;
        };
        let trimmed = s.trim_start();
        let mut start = r.start + (s.len() - trimmed.len());
        let end = start + trimmed.trim_end().len();
        while end - start > MAX_SENTENCE_BYTES {
            let cut = cut_point(&text[start..end]) + start;
            out.push(start..start + text[start..cut].trim_end().len());
            if start > at {
                return true;
            }
            start = cut + (text[cut..end].len() - text[cut..end].trim_start().len());
        }
        if start < end {
            out.push(start..end);
        }
        start < end && start > at
    };
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    // Only these bytes can start a line break or a terminator ('…' is E2 80 A6); all of
    // them are character boundaries. Two memchr searches find the next of them, each
    // redone only once passed.
    let (mut next_stop, mut next_other) = (0, 0);
    while i < bytes.len() {
        if next_stop < i {
            next_stop =
                memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        }
        if next_other < i {
            next_other = memchr::memchr2(b'\n', 0xE2, &bytes[i..]).map_or(bytes.len(), |k| i + k);
        }
        i = next_stop.min(next_other);
        if i >= bytes.len() {
            break;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        if c == '\n' {
            if push(start..i) {
                return out;
            }
            start = i + 1;
            i += 1;
            continue;
        }
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        // A run of terminators, then closing quotes and brackets.
        let run_start = i;
        let mut j = i;
        while let Some(t) = char_at(text, j).filter(|&t| is_terminator(t)) {
            j += t.len_utf8();
        }
        let mut k = j;
        while let Some(q) = char_at(text, k).filter(|&q| is_closer(q)) {
            k += q.len_utf8();
        }
        let run = &text[run_start..j];
        let Some(after) = char_at(text, k) else {
            break;
        };
        if !after.is_whitespace() {
            // Glued sentences: "Hà Nội.Sáng nay" (but not "TP.HCM", "Q.Hoàn Kiếm").
            if run == "." && k == j && glued_break(text, run_start, k) {
                if push(start..j) {
                    return out;
                }
                start = j;
            }
            i = j;
            continue;
        }
        let mut m = k;
        while let Some(w) = char_at(text, m).filter(|&w| w.is_whitespace() && w != '\n') {
            m += w.len_utf8();
        }
        let Some(next) = char_at(text, m) else {
            break;
        };
        let starts = next.is_uppercase() || is_opener(next);
        let split = if run.contains(['!', '?']) {
            starts || next.is_numeric()
        } else if run.contains('…') || run.len() > 1 {
            starts
        } else {
            let token = token_before(text, run_start);
            // "F-35C." and "9X." end in a capital but are not initials.
            let glued = text
                .get(..run_start - token.len())
                .and_then(|h| h.chars().next_back())
                .is_some_and(|c| c.is_alphanumeric() || c == '-');
            // A number opens a sentence after a year ("… năm 2006. 1 năm sau, …") or a
            // word in lower case ("… nhậm chức. 4 nguyên tắc …"; not "ngày 26. 6", "Q. 1").
            let lower_word = token.chars().count() >= 2
                && token.chars().all(|c| c.is_lowercase())
                && !is_abbreviation(token);
            (starts && (glued || !is_abbreviation(token) || opens_sentence(&text[m..])))
                || (next.is_numeric() && (lower_word || ends_with_year(&text[..run_start])))
        };
        if split {
            if push(start..k) {
                return out;
            }
            start = m;
        }
        i = m;
    }
    push(start..text.len());
    out
}

/// Where to cut a sentence longer than [`MAX_SENTENCE_BYTES`], within that length but
/// past half of it: before the last person of a list ("; ông", ", bà", "và ông"), so that
/// the next piece goes on with the list; else after the last `;`, else after a comma,
/// else after "và", else at a space, else at a character boundary.
fn cut_point(sentence: &str) -> usize {
    const HALF: usize = MAX_SENTENCE_BYTES / 2;
    let mut limit = MAX_SENTENCE_BYTES;
    while !sentence.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &sentence.as_bytes()[HALF..limit];
    // The position right after the last `separator` in the window.
    let after = |separator: &str| {
        memchr::memmem::rfind(window, separator.as_bytes()).map(|k| HALF + k + separator.len())
    };
    let before_person = ["; ", ", ", " và "]
        .into_iter()
        .flat_map(|sep| ["ông ", "bà "].map(move |honorific| (sep, honorific)))
        .filter_map(|(sep, honorific)| {
            after(&format!("{sep}{honorific}")).map(|end| end - honorific.len())
        })
        .max();
    before_person
        .or_else(|| after(";"))
        .or_else(|| after(","))
        .or_else(|| after(" và "))
        .or_else(|| after(" ").map(|k| k - 1))
        .unwrap_or(limit)
}

/// Whether a full stop at `dot` with no space after it (next sentence at
/// `next`) ends a sentence: the word before is 2+ letters with a lower-case
/// one and no abbreviation, the word after is capitalised.
fn glued_break(text: &str, dot: usize, next: usize) -> bool {
    let token = token_before(text, dot);
    let mut after = text.get(next..).unwrap_or("").chars();
    let capitalised = matches!(
        (after.next(), after.next()),
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase()
    );
    capitalised
        && !token.contains('.')
        && token.chars().count() >= 2
        && token.chars().any(char::is_lowercase)
        && !is_abbreviation(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let ranges = sentences(text);
        for w in ranges.windows(2) {
            assert!(w[0].end <= w[1].start, "ranges in order: {ranges:?}");
        }
        ranges
            .into_iter()
            .map(|r| {
                let s = &text[r];
                assert!(!s.is_empty() && s.trim() == s, "trimmed: {s:?}");
                s
            })
            .collect()
    }

    /// A sentence longer than the bound is cut into pieces no longer than it, each
    /// starting with the next person of a list when there is one.
    #[test]
    fn long_sentences_are_cut_into_bounded_pieces() {
        let item = |i: usize| format!("ông Phạm Văn Hùng {i} giữ chức Phó Giám đốc Sở Tài chính");
        let list = |sep: &str| {
            let items: Vec<String> = (0..300).map(item).collect();
            format!("Tỉnh bổ nhiệm {}.", items.join(sep))
        };
        // (text, what every piece after the first starts with, if anything)
        let cases: Vec<(String, &str)> = vec![
            (list("; "), "ông Phạm Văn Hùng"),
            (list(", "), "ông Phạm Văn Hùng"),
            (list(" và "), "ông Phạm Văn Hùng"),
            ("không dấu câu ".repeat(2000), ""),
            ("đ".repeat(10_000), "đ"),
        ];
        for (text, start) in &cases {
            let pieces = split(text);
            assert!(pieces.len() > 1, "{start}: cut");
            assert_eq!(
                pieces.concat().replace(' ', ""),
                text.trim().replace(' ', "")
            );
            for piece in &pieces {
                assert!(
                    piece.len() <= MAX_SENTENCE_BYTES,
                    "{start}: {} bytes",
                    piece.len()
                );
            }
            for piece in &pieces[1..] {
                let opening: String = piece.chars().take(40).collect();
                assert!(piece.starts_with(start), "{start}: {opening}");
            }
        }
    }

    /// `ending` keeps more than the abbreviation test reads, from a word start.
    #[test]
    fn endings_and_openings() {
        let cases: &[(&str, &str)] = &[
            ("Ông về.", "Ông về."),
            ("", ""),
            (
                "Sau đó ông được điều động về làm Phó Giám đốc Sở Nội vụ tỉnh Hà Giang!!!”",
                "Phó Giám đốc Sở Nội vụ tỉnh Hà Giang!!!”",
            ),
            (
                "Ông nhận quyết định của Chủ tịch UBND tỉnh PGS.TS.BSCKII.NguyễnVănAnhTuấn.",
                "tỉnh PGS.TS.BSCKII.NguyễnVănAnhTuấn.",
            ),
        ];
        for &(sentence, want) in cases {
            let end = ending(sentence);
            assert_eq!(end, want, "{sentence}");
            let body = end.trim_end_matches(|c| is_terminator(c) || is_closer(c));
            assert!(
                body == sentence.trim_end_matches(|c| is_terminator(c) || is_closer(c))
                    || body.chars().count() > MAX_TOKEN + 8,
                "{sentence}"
            );
        }
        assert_eq!(opening("Ông Lê Văn A"), "Ông");
        assert_eq!(opening("“Tôi"), "“Tôi");
        assert_eq!(opening(""), "");
    }

    /// `sentences_through` gives the first of `sentences`, whatever the offset.
    #[test]
    fn sentences_through_an_offset() {
        let texts = [
            "",
            "Một câu",
            "Ông A nghỉ hưu. Bà B thay thế.\nDòng hai! Dòng ba? TS. Lê Văn C về TP.HCM.",
            "  Hà Nội.Sáng nay, ông về.  \n\n Ông về Hà Nội tháng 7/2006. 2 năm sau, ông đi.",
        ];
        for text in texts {
            let all = sentences(text);
            for at in 0..=text.len() {
                let n = all
                    .iter()
                    .position(|r| r.start > at)
                    .map_or(all.len(), |k| k + 1);
                assert_eq!(sentences_through(text, at), all[..n], "{text:?} at {at}");
            }
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("  \n \n", &[]),
            ("Một câu", &["Một câu"]),
            (
                "Ông A nghỉ hưu. Bà B thay thế.",
                &["Ông A nghỉ hưu.", "Bà B thay thế."],
            ),
            (
                "Thật sao! Đúng vậy? Vâng.",
                &["Thật sao!", "Đúng vậy?", "Vâng."],
            ),
            (
                "Có thật không? 20 người đến.",
                &["Có thật không?", "20 người đến."],
            ),
            ("Anh hỏi gì? tôi đáp.", &["Anh hỏi gì? tôi đáp."]),
            (
                "Ông về Hà Nội tháng 7/2006. 2 năm sau, ông làm Bộ trưởng.",
                &[
                    "Ông về Hà Nội tháng 7/2006.",
                    "2 năm sau, ông làm Bộ trưởng.",
                ],
            ),
            ("Ngày 26. 6 năm đó ông về.", &["Ngày 26. 6 năm đó ông về."]),
            (
                "Ông về trụ sở ở Q. 1 sau khi nhậm chức. 4 việc cần làm ngay được nêu ra.",
                &[
                    "Ông về trụ sở ở Q. 1 sau khi nhậm chức.",
                    "4 việc cần làm ngay được nêu ra.",
                ],
            ),
            // An abbreviation or an initial ends the sentence before a word that
            // opens sentences and names no one.
            (
                "Ông được phân công làm Bí thư Thành ủy TP. Sắp tới, đoàn sẽ họp.",
                &[
                    "Ông được phân công làm Bí thư Thành ủy TP.",
                    "Sắp tới, đoàn sẽ họp.",
                ],
            ),
            (
                "Người ký là ông Nguyễn Văn A. Theo quyết định, ông B nghỉ.",
                &[
                    "Người ký là ông Nguyễn Văn A.",
                    "Theo quyết định, ông B nghỉ.",
                ],
            ),
            (
                "Ông trả lời TS. Nguyễn V. Sáng.",
                &["Ông trả lời TS. Nguyễn V. Sáng."],
            ),
            ("Ông về VKSND TP. Bà Rịa.", &["Ông về VKSND TP. Bà Rịa."]),
            (
                "Ông làm việc tại P&G. Sau đó, ông về Masan.",
                &["Ông làm việc tại P&G.", "Sau đó, ông về Masan."],
            ),
            (
                "Dòng một\nDòng hai\n\nDòng ba",
                &["Dòng một", "Dòng hai", "Dòng ba"],
            ),
            (
                "Cuộc họp kéo dài… Sau đó mọi người về.",
                &["Cuộc họp kéo dài…", "Sau đó mọi người về."],
            ),
            (
                "Cuộc họp kéo dài... Sau đó mọi người về.",
                &["Cuộc họp kéo dài...", "Sau đó mọi người về."],
            ),
            (
                "Anh ấy nói “tôi… sẽ đi” rồi về.",
                &["Anh ấy nói “tôi… sẽ đi” rồi về."],
            ),
            ("Chờ mãi... rồi cũng đến.", &["Chờ mãi... rồi cũng đến."]),
            (
                "Ông nói: “Tôi sẽ cố gắng.” Sau đó ông về.",
                &["Ông nói: “Tôi sẽ cố gắng.”", "Sau đó ông về."],
            ),
            (
                "Ông nói: \"Xong rồi!\" Mọi người vỗ tay.",
                &["Ông nói: \"Xong rồi!\"", "Mọi người vỗ tay."],
            ),
            (
                "Buổi lễ kết thúc. “Chúng tôi rất vui”, bà nói.",
                &["Buổi lễ kết thúc.", "“Chúng tôi rất vui”, bà nói."],
            ),
            // Abbreviations and initials.
            ("UBND TP. Hà Nội họp.", &["UBND TP. Hà Nội họp."]),
            ("Ông về Tp. Cần Thơ.", &["Ông về Tp. Cần Thơ."]),
            (
                "Thị xã TX. Sơn Tây và Q. Ba Đình, P. Kim Mã.",
                &["Thị xã TX. Sơn Tây và Q. Ba Đình, P. Kim Mã."],
            ),
            (
                "Th.S Trần B và ThS. Lê C dự.",
                &["Th.S Trần B và ThS. Lê C dự."],
            ),
            (
                "Ths. Lê C và TS. Phạm D dự.",
                &["Ths. Lê C và TS. Phạm D dự."],
            ),
            (
                "PGS.TS. Nguyễn E phát biểu.",
                &["PGS.TS. Nguyễn E phát biểu."],
            ),
            (
                "GS. Hoàng F, BS. Vũ G và KS. Đỗ H.",
                &["GS. Hoàng F, BS. Vũ G và KS. Đỗ H."],
            ),
            (
                "Tổng thống B. Obama thăm Hà Nội.",
                &["Tổng thống B. Obama thăm Hà Nội."],
            ),
            ("Ông Nguyễn V. A được bầu.", &["Ông Nguyễn V. A được bầu."]),
            (
                "Đơn vị nhận tiêm kích F-35C. Sau đó là mẫu 9X. Hết.",
                &["Đơn vị nhận tiêm kích F-35C.", "Sau đó là mẫu 9X.", "Hết."],
            ),
            (
                "Có cam, quýt, v.v. Tất cả đều ngọt.",
                &["Có cam, quýt, v.v. Tất cả đều ngọt."],
            ),
            // Numbers and dates.
            (
                "Thu 1.000 tỷ đồng. Chi 900 tỷ.",
                &["Thu 1.000 tỷ đồng.", "Chi 900 tỷ."],
            ),
            (
                "Ông sinh ngày 12.8.1962 tại Huế.",
                &["Ông sinh ngày 12.8.1962 tại Huế."],
            ),
            (
                "Sáng 22.6 tại Hà Nội, hội nghị khai mạc.",
                &["Sáng 22.6 tại Hà Nội, hội nghị khai mạc."],
            ),
            (
                "Ngày 26.6.2017 và ngày 26. 6 năm sau.",
                &["Ngày 26.6.2017 và ngày 26. 6 năm sau."],
            ),
            (
                "Hội nghị năm 2017. Ông A phát biểu.",
                &["Hội nghị năm 2017.", "Ông A phát biểu."],
            ),
            // TP.HCM and glued sentences.
            (
                "Ông về TP.HCM. Bà ở lại Hà Nội.",
                &["Ông về TP.HCM.", "Bà ở lại Hà Nội."],
            ),
            (
                "Ông công tác tại TP.Hồ Chí Minh.",
                &["Ông công tác tại TP.Hồ Chí Minh."],
            ),
            (
                "Trời mưa ở Hà Nội.Sáng nay tạnh.",
                &["Trời mưa ở Hà Nội.", "Sáng nay tạnh."],
            ),
            (
                "Trang VnExpress.net đưa tin.",
                &["Trang VnExpress.net đưa tin."],
            ),
            // Semicolons do not break.
            (
                "Ông A làm Chủ tịch; ông B làm Phó Chủ tịch.",
                &["Ông A làm Chủ tịch; ông B làm Phó Chủ tịch."],
            ),
            ("Kết thúc.", &["Kết thúc."]),
            ("Kết thúc. ", &["Kết thúc."]),
            ("...", &["..."]),
            ("? ! .", &["? ! ."]),
        ];
        for &(text, want) in cases {
            assert_eq!(split(text), want, "text {text:?}");
        }
    }

    /// Every non-space character of the text is in exactly one sentence.
    #[test]
    fn random_inputs_are_covered() {
        const PIECES: &[&str] = &[
            "Ông", "bà", "A", "TP", "v", "1", "26", ".", ". ", "! ", "? ", "…", "...", " ", "\n",
            "“", "”", "\"", "(", ")", ";", "Đ", "ệ", "\u{0301}",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..5000 {
            let len = (next() % 30) as usize;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let ranges = sentences(&text);
            let mut covered = 0;
            for r in &ranges {
                assert!(text.get(r.clone()).is_some(), "{text:?} {r:?}");
                assert!(r.start >= covered, "in order: {text:?} {ranges:?}");
                assert!(
                    text[covered..r.start].trim().is_empty(),
                    "{text:?} {ranges:?}"
                );
                covered = r.end;
            }
            assert!(text[covered..].trim().is_empty(), "{text:?} {ranges:?}");
            let _ = split(&text);
        }
    }

    #[test]
    fn long_tokens_stay_linear() {
        // No break anywhere: pieces of the longest length a sentence may have.
        let text = "a.B".repeat(200_000);
        let pieces = sentences(&text);
        assert_eq!(pieces.len(), text.len().div_ceil(MAX_SENTENCE_BYTES));
        assert!(pieces[..pieces.len() - 1]
            .iter()
            .all(|r| r.len() == MAX_SENTENCE_BYTES));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            ".",
            "…",
            "”. ",
            ". \u{0301}",
            "a.\u{00A0}B",
            "\n\n.",
            "Ð. Đ",
            "v.v.",
        ] {
            let _ = split(text);
        }
    }
}
