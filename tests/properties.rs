//! Property tests on generated Vietnamese-like text: the normalizer, the segmenter and the
//! extractor never panic, the normalizer's byte map is monotone and lands on character
//! boundaries, and every span given back slices its text on character boundaries.
//!
//! The text is built from pieces that stress each stage: syllables in both tone-mark
//! styles, precomposed and decomposed, in any case; abbreviations with dots; numbers and
//! dates; sentence ends, quotes and line breaks; invisible and control characters, stray
//! combining marks, words glued together; and arbitrary characters.

use std::sync::OnceLock;

use canbo::normalize::{Normalizer, ToneStyle};
use canbo::segment::{sentences, sentences_through};
use canbo::{Document, Extractor};
use proptest::prelude::*;

/// Pieces of text, each a plausible fragment of Vietnamese news or a troublemaker.
const PIECES: &[&str] = &[
    // Syllables and words, old and new tone style, upper and lower case.
    "ông",
    "bà",
    "Nguyễn",
    "Văn",
    "Thị",
    "Hòa",
    "Hoà",
    "hòa",
    "thủy",
    "thuỷ",
    "Ủy",
    "Uỷ",
    "ban",
    "được",
    "bổ nhiệm",
    "điều động",
    "luân chuyển",
    "bầu",
    "giữ chức",
    "Phó",
    "Chủ tịch",
    "Bí thư",
    "Tỉnh ủy",
    "Huyện ủy",
    "Giám đốc",
    "Sở",
    "Tài chính",
    "xã",
    "huyện",
    "tỉnh",
    "Nam Định",
    "Thái Bình",
    "thay",
    "tân",
    "trở lại",
    "nguyên",
    "từ",
    "ngày",
    "tháng",
    "năm",
    "ĐỖ QUANG HƯNG",
    "quý",
    "khỏe",
    "khoẻ",
    // Decomposed (NFD) letters and a stray combining mark.
    "Nguye\u{302}\u{303}n",
    "Ho\u{300}a",
    "\u{301}",
    "a\u{323}\u{302}",
    // Abbreviations, initials, numbers, dates.
    "UBND",
    "HĐND",
    "TP.",
    "TP.HCM",
    "PGS.TS.",
    "Th.S",
    "N.V.A.",
    "1.000",
    "26.6",
    "1/7/2017",
    "15-3-2019",
    "2018",
    "từ ngày 1/10",
    // Sentence ends, quotes, brackets, punctuation.
    ".",
    ". ",
    "!",
    "?",
    "…",
    "...",
    ", ",
    ";",
    ":",
    "“",
    "”",
    "\"",
    "(",
    ")",
    "-",
    "–",
    // White space and line breaks.
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "\u{a0}",
    // Invisible and control characters, look-alikes.
    "\u{200b}",
    "\u{200c}",
    "\u{feff}",
    "\u{ad}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "Ð",
    "ð",
    "\u{fffd}",
    // Glued words.
    "ôngLê",
    "PBTThường trực",
    "UBNDTỉnh",
    "theoHà",
    "anhTuấn",
    // Other scripts and emoji.
    "中文",
    "🇻🇳",
    "ﬁ",
    "İ",
    "ß",
];

/// A piece from the list, or an arbitrary character.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// A sentence that reports a move, from parts that vary, with a troublemaker from
/// [`piece`] somewhere in it.
fn move_sentence() -> impl Strategy<Value = String> {
    let pick = |items: &'static [&'static str]| proptest::sample::select(items);
    (
        pick(&["Ông", "Bà", "Đồng chí", "Thiếu tướng", "PGS.TS."]),
        pick(&[
            "Nguyễn Văn Hòa",
            "Lê Thị Thủy",
            "Hoàng Minh Quý",
            "Trần Ðức Khỏe",
        ]),
        pick(&[
            "Phó Giám đốc Sở Tài chính",
            "Phó Chủ tịch UBND huyện Hải Hậu",
            "Chánh Văn phòng Tỉnh ủy",
        ]),
        pick(&[
            "được bổ nhiệm giữ chức",
            "được bầu làm",
            "được điều động về làm",
            "thay ông Lê Văn Tám làm",
        ]),
        pick(&[
            "Giám đốc Sở Tài chính tỉnh Nam Định",
            "Chủ tịch UBND huyện Hải Hậu",
            "Bí thư Huyện ủy Vụ Bản",
        ]),
        pick(&["", " từ ngày 1/7/2017", " ngày 15-3-2019", " năm 2020"]),
        (0usize..12, piece()),
    )
        .prop_map(|(honorific, name, from, verb, to, date, (at, noise))| {
            let mut words: Vec<String> = format!("{honorific} {name}, {from}, {verb} {to}{date}.")
                .split(' ')
                .map(str::to_string)
                .collect();
            let at = at.min(words.len());
            words.insert(at, noise);
            words.join(" ")
        })
}

/// Vietnamese-like text: up to 80 pieces and move sentences, joined by a space or glued.
fn text() -> impl Strategy<Value = String> {
    let part = prop_oneof![8 => piece(), 1 => move_sentence()];
    proptest::collection::vec((part, any::<bool>()), 0..80).prop_map(|pieces| {
        let mut text = String::new();
        for (piece, space) in pieces {
            text.push_str(&piece);
            if space {
                text.push(' ');
            }
        }
        text
    })
}

/// `cases` cases, or `PROPTEST_CASES` when set (for a longer hunt:
/// `PROPTEST_CASES=20000 cargo test --release --test properties`).
fn config(cases: u32) -> ProptestConfig {
    match std::env::var("PROPTEST_CASES") {
        Ok(_) => ProptestConfig::default(),
        Err(_) => ProptestConfig::with_cases(cases),
    }
}

fn normalizers() -> &'static [Normalizer; 2] {
    static N: OnceLock<[Normalizer; 2]> = OnceLock::new();
    N.get_or_init(|| {
        [
            Normalizer::new(ToneStyle::Old),
            Normalizer::new(ToneStyle::New),
        ]
    })
}

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| {
        Extractor::builder()
            .build()
            .expect("built-in gazetteers load")
    })
}

/// `spans` are in order, do not overlap, are not empty, lie on character boundaries of
/// `text` and slice it to trimmed, non-empty text.
fn check_sentences(text: &str, spans: &[std::ops::Range<usize>]) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for span in spans {
        prop_assert!(span.start < span.end, "empty span {span:?}");
        prop_assert!(
            span.len() <= canbo::segment::MAX_SENTENCE_BYTES,
            "{span:?} too long"
        );
        prop_assert!(span.start >= last_end, "{span:?} overlaps or goes back");
        let Some(sentence) = text.get(span.clone()) else {
            return Err(TestCaseError::fail(format!(
                "{span:?} is not on character boundaries of {text:?}"
            )));
        };
        prop_assert_eq!(sentence.trim(), sentence);
        prop_assert!(!sentence.is_empty());
        last_end = span.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(512))]

    /// The byte map is monotone, maps into the original on character boundaries, and
    /// ends at most at the original's end; every normalized span maps to an original
    /// span that slices it.
    #[test]
    fn normalizer_byte_map_is_monotone_on_char_boundaries(original in text()) {
        for normalizer in normalizers() {
            let normalized = normalizer.normalize(&original);
            let text = normalized.as_str();
            let mut last = 0;
            for offset in 0..=text.len() {
                let at = normalized.to_original(offset);
                prop_assert!(at >= last, "map goes back at {offset}: {last} then {at}");
                prop_assert!(original.is_char_boundary(at), "{at} inside a character");
                last = at;
            }
            prop_assert!(last <= original.len());
            for span in sentences(text) {
                let back = normalized.original_span(span.clone());
                prop_assert!(back.start <= back.end);
                prop_assert!(original.get(back.clone()).is_some(), "{back:?} of {original:?}");
            }
        }
    }

    /// Sentences of raw or normalized text are ordered, trimmed, non-empty slices on
    /// character boundaries; `sentences_through` gives a prefix of them.
    #[test]
    fn segmenter_spans_give_back_their_text(original in text(), at in 0usize..400) {
        let normalized = normalizers()[0].normalize(&original);
        for text in [original.as_str(), normalized.as_str()] {
            let all = sentences(text);
            check_sentences(text, &all)?;
            let through = sentences_through(text, at);
            prop_assert!(through.len() <= all.len());
            prop_assert_eq!(&all[..through.len()], &through[..]);
        }
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// Extraction never panics, and each record's evidence span slices its field on
    /// character boundaries.
    #[test]
    fn extraction_spans_slice_their_field(title in text(), body in text()) {
        let doc = Document {
            title: Some(title.clone()),
            ..Document::new("prop", body.clone())
        };
        for record in extractor().extract(&doc) {
            let field = match record.evidence_field.as_str() {
                "title" => &title,
                _ => &body,
            };
            let span = record.evidence_start..record.evidence_end;
            prop_assert!(field.get(span.clone()).is_some(), "{span:?} of {field:?}");
        }
    }
}

/// The generated text is not vacuous: a good share of it gives records.
#[test]
fn generated_text_often_tells_a_move() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = text();
    let (mut with_records, total) = (0, 200);
    for _ in 0..total {
        let body = strategy.new_tree(&mut runner).expect("a value").current();
        with_records += usize::from(!extractor().extract(&Document::new("p", body)).is_empty());
    }
    assert!(
        with_records * 2 >= total,
        "{with_records} of {total} gave records"
    );
}
