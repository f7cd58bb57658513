//! From gazetteer hits to typed mentions: tokens, persons and posts of one sentence.
//!
//! A sentence is cut into [`Token`]s (words, numbers, punctuation); each token knows the
//! gazetteer hit that starts on it. On top of that, [`Sentence`] finds persons
//! (honorific + name, or a surname-led run of capitalised words) and posts (a title,
//! then the organisation and place words that follow it).

use rustc_hash::FxHashSet;
use std::ops::Range;

use crate::date::{find_dates, may_hold_date, DateMention};
use crate::gazetteer::{Category, Entry, Gazetteer, Hit};
use crate::normalize::fold_case;
use crate::place::PlaceIndex;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct(char),
}

/// One token of a sentence; spans are byte offsets in the normalized field text.
#[derive(Clone, Debug)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Lower-cased text.
    pub folded: compact_str::CompactString,
    /// The gazetteer entries of the hit that starts here, and the token after its end.
    pub hit: Option<(Vec<u32>, usize)>,
    /// Index of the date mention that covers this token.
    pub date: Option<usize>,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

/// A person mentioned in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Tokens of the whole mention (honorific included).
    pub tokens: Range<usize>,
    /// Tokens of the name alone; empty for a bare pronoun ("ông được bổ nhiệm").
    pub name_tokens: Range<usize>,
    pub name: String,
}

/// A post: a title with its organisation and place, or an organisation alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    pub tokens: Range<usize>,
    pub text: String,
    /// Starts with an organisation rather than a title.
    pub org_only: bool,
}

/// Lower-case words that end a post (verbs and function words).
const POST_STOP: &[&str] = &[
    "được", "đã", "sẽ", "đang", "vừa", "mới", "về", "làm", "từ", "thay", "giữ", "cho", "là", "khi",
    "trước", "sau", "nay", "kể", "ngày", "tháng", "năm", "theo", "với", "thì", "mà", "này", "đó",
    "để", "vào", "đến", "lên", "sang", "nhận", "trở", "ông", "bà", "cùng", "cũng", "có", "không",
    "tới", "ra", "khóa", "khoá", "kiêm", "nhưng", "hay", "hoặc", "bởi", "do", "vì", "tại", "trong",
    "ở", "nhằm", "gồm", "các", "những", "người", "tuổi", "thôi", "nguyên", "hiện", "lần", "thứ",
    "anh", "chị", "nghỉ", "sinh", "quê", "chịu", "tiếp", "và", "của", "hồi", "lúc", "vẫn", "nên",
    "rồi", "đây", "ấy", "kia", "nữa", "bị", "trao", "tặng", "chúc", "nói", "như", "vậy", "nhiều",
    "trả", "hơn", "gần", "đi", "luôn", "phải", "cần", "muốn", "xin", "đề", "rằng", "chưa", "đều",
    "cả", "hết", "bất", "dù", "mặc", "nhất", "gửi", "ngay", "rất", "khiến", "song", "còn", "dưới",
    "khoảng", "một", "hứa",
];

/// Words of administrative units, which make a title more than a title alone.
const UNIT_WORDS: &[&str] = &["tỉnh", "huyện", "xã", "quận", "phường", "thành", "thị"];

/// Two-word phrases that end a post ("cho biết", "nhiệm kỳ").
const POST_STOP_PAIRS: &[(&str, &str)] = &[
    ("nhiệm", "kỳ"),
    ("cho", "biết"),
    ("chỉ", "sau"),
    ("chỉ", "trong"),
    ("chỉ", "mới"),
    ("chỉ", "còn"),
    ("báo", "cáo"),
    ("sở", "hữu"),
    ("dẫn", "dắt"),
    ("chúng", "tôi"),
    ("chúng", "ta"),
    ("phát", "biểu"),
    ("chính", "thức"),
    ("công", "tác"),
    ("nhiệm", "vụ"),
    ("quyết", "định"),
    ("chức", "vụ"),
    ("vị", "trí"),
    ("kết", "quả"),
    ("cách", "đây"),
    ("chuẩn", "bị"),
    ("thông", "báo"),
    ("tuyên", "bố"),
    ("công", "bố"),
    ("diễn", "ra"),
    ("thời", "gian"),
    ("giai", "đoạn"),
    ("trách", "nhiệm"),
    ("phụ", "trách"),
    ("tham", "gia"),
    ("đồng", "chí"),
    ("bổ", "nhiệm"),
    ("điều", "động"),
    ("luân", "chuyển"),
    ("nghỉ", "hưu"),
    ("tiếp", "tục"),
    ("chuyển", "công"),
    ("trân", "trọng"),
    ("cảm", "ơn"),
    ("chúc", "mừng"),
    ("tặng", "hoa"),
    ("sự", "việc"),
    ("nhận", "xét"),
    ("trả", "lời"),
    ("đầu", "tiên"),
    // "tổng thống dân cử đầu tiên": elected by the people, said of the holder.
    ("dân", "cử"),
    ("hoạt", "động"),
    ("lại", "hoạt"),
    // "Quyền Giám đốc Nhà hát X bắt đầu từ ngày 1-6": when the post starts.
    ("bắt", "đầu"),
    // "… Công ty X thực hiện công tác cứu nạn": what the body does.
    ("thực", "hiện"),
    // "bằng" of means ("đắc cử tổng thống bằng một chiến dịch …"), not "đồng bằng".
    ("bằng", "một"),
    ("bằng", "cách"),
    ("bằng", "việc"),
    ("bằng", "những"),
    ("bằng", "các"),
    ("giao", "phó"),
];

/// Capitalised words that start a sentence, not a name inside a post: where the text has
/// no full stop between a caption and the next sentence ("… MTTQ Việt Nam Ngoài ra, …").
const CAPITAL_STOP: &[&str] = &[
    "ngoài", "theo", "trong", "sau", "trước", "tuy", "hiện", "ngày", "sáng", "chiều", "tối",
    "trưa", "tại", "với", "cũng", "do", "vì", "khi", "như", "còn", "nhưng", "để", "được", "đã",
    "ông", "bà", "từ", "về", "là", "này", "đây", "hôm", "tháng", "dự", "qua", "việc", "cùng",
    "bên", "kể", "lúc", "ảnh", "cụ", "dưới", "sắp", "mới",
];

/// The words of [`CAPITAL_STOP`] no Vietnamese given name is: a Vietnamese name that
/// runs into one, followed by lower-case words, ends before it ("Ảnh: Phạm Hải Trước đó,
/// …", where a caption's credit runs into the next sentence). "Hiện", "Sáng", "Như" are
/// given names too, and stay.
const NOT_GIVEN_NAMES: &[&str] = &[
    "ngoài", "theo", "trong", "sau", "trước", "tuy", "ngày", "tại", "với", "cũng", "do", "vì",
    "khi", "còn", "nhưng", "để", "đã", "ông", "bà", "về", "là", "này", "đây", "hôm", "tháng",
    "qua", "việc", "cùng", "bên", "kể", "lúc", "ảnh", "dưới", "sắp", "mới",
];

/// Lower-case particles inside foreign names: "Mohammed bin Salman", "Staffan de
/// Mistura", "Alexander van der Bellen", "Lula da Silva".
const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "bint", "van", "von", "der", "de", "da", "dos", "del", "di", "du", "al",
];

/// The titles of a diplomatic mission, whose post names the country it is posted to
/// after "tại" ("Đại sứ Việt Nam tại Ai Cập").
const DIPLOMATIC_TITLES: &[&str] = &["đại sứ", "tổng lãnh sự", "lãnh sự"];

/// Nouns of bodies that a post may point back to with "này" ("Giám đốc cơ quan này"). Not
/// "nước" (country): "ngoại trưởng nước này" is named by its country, or not at all.
const BODIES_POINTED_BACK: &[&str] = &[
    "cơ quan",
    "tổ chức",
    "đơn vị",
    "bộ",
    "sở",
    "ban",
    "ngành",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thành phố",
    "công ty",
    "tập đoàn",
    "ngân hàng",
    "trường",
    "viện",
    "bệnh viện",
    "câu lạc bộ",
    "clb",
    "đội",
    "đội bóng",
    "đảng",
    "hội",
    "liên đoàn",
    "văn phòng",
    "ủy ban",
    "tòa án",
    "cục",
    "quỹ",
    "khoa",
    "phòng",
    "hãng",
    "nhà hát",
    "đại học",
];

/// Words after which a clause starts, whose subject may be a family name alone ("ngay
/// khi Trump nhậm chức", "và Macron trở thành …").
const SUBJECT_BEFORE: &[&str] = &["khi", "và", "nhưng", "rằng", "thì", "lúc", "song", "còn"];

/// [`NOT_BEFORE_PERSON`] as a set: it is looked up before most capitalised words.
fn not_before_person() -> &'static FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_BEFORE_PERSON.iter().copied().collect())
}

/// Words that, before a capitalised run, show it is a place or institution, not a person.
const NOT_BEFORE_PERSON: &[&str] = &[
    "xã",
    "châu",
    "đh",
    "cđ",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "thị",
    "trấn",
    "thành",
    "phố",
    "đường",
    "phố",
    "trường",
    "cầu",
    "giải",
    "chùa",
    "đền",
    "khu",
    "tp",
    "tp.",
    "tx",
    "tx.",
    "q.",
    "p.",
    "thpt",
    "thcs",
    "bệnh",
    "viện",
    "ấp",
    "thôn",
    "bản",
    "làng",
    "sông",
    "núi",
    "hẻm",
    "học",
    "tưởng",
    "lộ",
    "cảng",
    "sân",
    "bay",
    "chợ",
    "bang",
    "tiểu",
    "hạt",
    "vùng",
    // "tốt nghiệp đại học Whitman ở Walla Walla": after a preposition of place.
    "ở",
    "tại",
];

/// Countries, regions and seats of government (`gazetteers/countries.tsv`): no name
/// starts with one, and a foreign name ends at one. Lower-cased, in both tone styles, with
/// the first words of the names apart so that most words are ruled out by one lookup.
struct Countries {
    names: rustc_hash::FxHashSet<String>,
    first_words: rustc_hash::FxHashSet<String>,
}

fn countries() -> &'static Countries {
    use crate::normalize::ToneStyle;
    static COUNTRIES: std::sync::OnceLock<Countries> = std::sync::OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let mut countries = Countries {
            names: Default::default(),
            first_words: Default::default(),
        };
        let names = include_str!("../gazetteers/countries.tsv")
            .lines()
            .skip(1)
            .filter_map(|line| line.split('\t').next())
            .filter(|name| !name.trim().is_empty());
        for name in names {
            for style in [ToneStyle::Old, ToneStyle::New] {
                let key = fold_case(&crate::tone::restyle(name.trim(), style));
                let first = key.split(' ').next().unwrap_or_default().to_string();
                countries.first_words.insert(first);
                countries.names.insert(key);
            }
        }
        countries
    })
}

/// Is `folded` (lower case, words joined by one space) a country's name ("hong kong")?
pub(crate) fn is_country(folded: &str) -> bool {
    countries().names.contains(folded)
}

/// Words that show a run of capitalised foreign words names an organisation or a place
/// ("Kaspersky Lab", "Wall Street Journal"), lower-cased (`gazetteers/name_stops.tsv`).
fn name_stops() -> &'static rustc_hash::FxHashSet<String> {
    static STOPS: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    STOPS.get_or_init(|| {
        include_str!("../gazetteers/name_stops.tsv")
            .lines()
            .skip(1)
            .filter_map(|line| line.split('\t').next())
            .filter(|w| !w.trim().is_empty())
            .map(|w| fold_case(w.trim()))
            .collect()
    })
}

/// Common given names of Europe and the Americas, lower-cased and without accents
/// (`gazetteers/given_names.tsv`).
fn given_names() -> &'static rustc_hash::FxHashSet<&'static str> {
    static NAMES: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../gazetteers/given_names.tsv")
            .lines()
            .skip(1)
            .filter_map(|line| line.split('\t').next())
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .collect()
    })
}

/// Is `folded` (lower case) a common given name of Europe or the Americas ("gary",
/// "françois")? Accents are ignored.
fn is_given_name(folded: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    if folded.is_ascii() {
        // The list is of capitalised words: look it up with the first letter raised.
        let mut word = folded.to_string();
        word[..1].make_ascii_uppercase();
        return given_names().contains(word.as_str());
    }
    // ("Sâm", "Lục" are Vietnamese syllables, not "Sam" or "Luc".)
    if is_vietnamese_syllable(folded) {
        return false;
    }
    let plain: String = folded.nfd().filter(char::is_ascii).collect();
    !plain.is_empty() && is_given_name(&plain)
}

/// A word that is no Vietnamese syllable, or a hyphenated one with such a part
/// ("Kyung-wha", "Jae-in"; not "Gòn-Chợ").
pub(crate) fn is_foreign_word(folded: &str) -> bool {
    // A part with Vietnamese letters is Vietnamese ("gòn-chợ"); only plain letters may
    // spell a foreign word, which the syllable test then tells apart.
    folded
        .split('-')
        .any(|part| !part.is_empty() && part.is_ascii() && !is_vietnamese_syllable(part))
}

/// Which foreign family names written alone ("Macron tuyên thệ nhậm chức") are persons.
/// A capitalised foreign word alone is as often a place, a brand or a news agency
/// ("Seattle", "Sacombank", "Yonhap"); it names a person when the document also gives a
/// full name that ends with it ("Emmanuel Macron").
#[derive(Clone, Copy, Debug, Default)]
pub enum FamilyNames<'n> {
    /// None: a person needs an honorific, a title or a full name.
    #[default]
    None,
    /// Every word that could be one: for a sentence read before the rest of its
    /// document, which must find at least the persons the whole document would.
    Any,
    /// The last words (folded) of the foreign full names the document gives.
    Of(&'n FxHashSet<String>),
}

/// The first step of [`Sentence::analyse`]: the gazetteer hits of one sentence, found
/// on its folded text. Most sentences that hold a move word tell no move, and their hits
/// alone often show it (no title, no organisation), before the costlier tokens, dates
/// and persons are worked out.
///
/// ```
/// use canbo::gazetteer::{Category, Gazetteer};
/// use canbo::mention::SentenceHits;
/// use canbo::normalize::Normalizer;
///
/// let gazetteer = Gazetteer::builtin(&Normalizer::default()).unwrap();
/// let text = "Ông Trần Văn Bình được bổ nhiệm làm Giám đốc Sở Y tế.";
/// let hits = SentenceHits::find(&gazetteer, text, 0..text.len());
/// assert!(hits.any(|e| e.category == Category::Move));
/// assert!(hits.any(|e| e.category == Category::Title));
/// let sentence = hits.analyse();
/// assert_eq!(sentence.persons[0].name, "Trần Văn Bình");
/// ```
#[derive(Debug)]
pub struct SentenceHits<'a> {
    gazetteer: &'a Gazetteer,
    text: &'a str,
    span: Range<usize>,
    folded: String,
    /// Spans are offsets in `text`.
    hits: Vec<Hit>,
}

impl<'a> SentenceHits<'a> {
    /// The gazetteer hits of the sentence `span` of the normalized `text`.
    pub fn find(gazetteer: &'a Gazetteer, text: &'a str, span: Range<usize>) -> SentenceHits<'a> {
        let sentence = &text[span.clone()];
        let folded = fold_case(sentence);
        let mut hits = gazetteer.find_folded(sentence, &folded);
        for h in &mut hits {
            h.span = h.span.start + span.start..h.span.end + span.start;
        }
        SentenceHits {
            gazetteer,
            text,
            span,
            folded,
            hits,
        }
    }

    /// The sentence lower-cased by [`fold_case`].
    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// The sentence's span in the text (hits' spans are offsets in the text too).
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// Does an entry of some hit satisfy `predicate`? Hits are those of the gazetteer
    /// alone: the analysis may still drop a move word that turns out to be part of a
    /// name ("phường Tân Định").
    pub fn any(&self, predicate: impl Fn(&Entry) -> bool) -> bool {
        let entries = self.gazetteer.entries();
        self.hits
            .iter()
            .any(|h| predicate(&entries[h.entry as usize]))
    }

    /// The start of the first hit (in the text) whose entry satisfies `predicate`.
    pub fn first_start(&self, predicate: impl Fn(&Entry, &Range<usize>) -> bool) -> Option<usize> {
        let entries = self.gazetteer.entries();
        self.hits
            .iter()
            .filter(|h| predicate(&entries[h.entry as usize], &h.span))
            .map(|h| h.span.start)
            .min()
    }

    /// Does an entry of some hit satisfy `predicate`, given the span of the hit?
    pub fn any_span(&self, predicate: impl Fn(&Entry, &Range<usize>) -> bool) -> bool {
        let entries = self.gazetteer.entries();
        self.hits
            .iter()
            .any(|h| predicate(&entries[h.entry as usize], &h.span))
    }

    /// The spaces between byte offsets `from` and `to` of the text: about the number of
    /// words between two hits.
    pub fn spaces_between(&self, from: usize, to: usize) -> usize {
        self.text
            .as_bytes()
            .get(from..to)
            .map_or(0, |b| memchr::memchr_iter(b' ', b).count())
    }

    /// Can a post start with its title at the word after offset `end` (the end of a hit),
    /// as [`Sentence::post_at`] reads one: is there a title hit there, or "quyền" and a
    /// title hit after it?
    pub fn may_start_title(&self, end: usize) -> bool {
        let is_title = |at: usize| {
            let entries = self.gazetteer.entries();
            self.hits.iter().any(|h| {
                h.span.start == at && entries[h.entry as usize].category == Category::Title
            })
        };
        let next_word = |at: usize| {
            let rest = &self.text[at..self.span.end];
            at + rest.len() - rest.trim_start().len()
        };
        let at = next_word(end);
        let rest = &self.text[at..self.span.end];
        let acting = rest.len() > "quyền".len()
            && rest.is_char_boundary("quyền".len())
            && fold_case(&rest[.."quyền".len()]) == "quyền";
        is_title(at) || (acting && is_title(next_word(at + "quyền".len())))
    }

    /// Can the sentence name a person? A person starts with an honorific, a surname
    /// written with a capital, or (a foreign name) follows a title or holds a capitalised
    /// word that is no Vietnamese syllable.
    pub fn may_name_person(&self) -> bool {
        self.any(|e| matches!(e.category, Category::Honorific | Category::Title))
            || self.text[self.span.clone()]
                .split(|c: char| !crate::normalize::is_alphanumeric(c))
                .zip(
                    self.folded
                        .split(|c: char| !crate::normalize::is_alphanumeric(c)),
                )
                .any(|(word, folded)| {
                    word.starts_with(char::is_uppercase)
                        && (self.gazetteer.is_surname_folded(folded) || is_foreign_word(folded))
                })
    }

    /// The whole analysis: tokens, dates and persons.
    pub fn analyse(&self) -> Sentence<'a> {
        self.analyse_knowing(FamilyNames::None)
    }

    /// [`SentenceHits::analyse`], where the family names `known` written alone are
    /// persons too. The hits are kept, for analysing the sentence again knowing other
    /// names.
    pub fn analyse_knowing(&self, known: FamilyNames) -> Sentence<'a> {
        let SentenceHits {
            gazetteer,
            text,
            ref span,
            ref folded,
            ref hits,
        } = *self;
        let span = span.clone();
        let sentence = &text[span.clone()];
        let mut tokens = tokenize(sentence, folded, span.start);
        attach_hits(&mut tokens, hits);
        drop_moves_in_names(gazetteer, &mut tokens);
        let mut dates = if may_hold_date(sentence, folded) {
            find_dates(sentence)
        } else {
            Vec::new()
        };
        for d in &mut dates {
            d.span = d.span.start + span.start..d.span.end + span.start;
        }
        for (i, d) in dates.iter().enumerate() {
            // Tokens are in order: those inside the date are one run.
            let first = tokens.partition_point(|t| t.span.start < d.span.start);
            for t in tokens[first..]
                .iter_mut()
                .take_while(|t| t.span.end <= d.span.end)
            {
                t.date = Some(i);
            }
        }
        let mut s = Sentence {
            text,
            span,
            tokens,
            dates,
            persons: Vec::new(),
            gazetteer,
        };
        let mut persons = s.find_persons(known);
        persons.retain(|p| !s.is_credit(p));
        s.persons = persons;
        s
    }
}

/// Words for a relative, which before a post make the name after it the relative's
/// ("Phu nhân Tổng thống Pháp A", "con trai Chủ tịch tập đoàn B"), in folded words.
const RELATIVES: &[&[&str]] = &[
    &["phu", "nhân"],
    &["vợ"],
    &["chồng"],
    &["con", "trai"],
    &["con", "gái"],
    &["ái", "nữ"],
    &["mẹ"],
    &["cha"],
];

/// Everything canbo knows of one sentence.
#[derive(Debug)]
pub struct Sentence<'a> {
    /// The normalized field text (spans are offsets in it).
    pub text: &'a str,
    pub span: Range<usize>,
    pub tokens: Vec<Token>,
    pub dates: Vec<DateMention>,
    pub persons: Vec<Person>,
    gazetteer: &'a Gazetteer,
}

impl<'a> Sentence<'a> {
    /// Analyses the sentence `span` of the normalized `text`.
    pub fn analyse(gazetteer: &'a Gazetteer, text: &'a str, span: Range<usize>) -> Sentence<'a> {
        SentenceHits::find(gazetteer, text, span).analyse()
    }

    /// The family names of `known` (folded) that the sentence writes alone, outside the
    /// persons it has found: those that [`SentenceHits::analyse_knowing`] would add.
    pub fn family_names_written(&self, known: FamilyNames) -> Vec<&str> {
        let mut names: Vec<&str> = (0..self.tokens.len())
            .filter(|&i| {
                self.bare_family_name_at(i, known)
                    && !self.persons.iter().any(|p| p.tokens.contains(&i))
            })
            .map(|i| self.tokens[i].folded.as_str())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The foreign family names the sentence writes alone right after a title
    /// ("Tổng thống Biden", "Thủ tướng Modi"), outside the persons it has found: a
    /// document that never gives their full name still names a person with them.
    /// Only after the title of a state or a foreign office, which takes a person's name
    /// (not "Chủ tịch Sacombank"), and not a word capitalised inside ("VietBank").
    pub fn titled_family_names(&self) -> Vec<&str> {
        let office_before = |i: usize| {
            (i.saturating_sub(6)..i).any(|k| {
                self.tokens[k]
                    .hit
                    .as_ref()
                    .is_some_and(|(_, end)| *end == i)
                    && self.entries_at(k).any(|e| {
                        e.category == Category::Title
                            && matches!(e.kind.as_str(), "state" | "foreign")
                    })
            })
        };
        let capital_inside = |i: usize| {
            let text = self.text_of(i..i + 1);
            text.char_indices()
                .skip(1)
                .any(|(j, c)| c.is_uppercase() && !text[..j].ends_with('-'))
        };
        (0..self.tokens.len())
            .filter(|&i| {
                office_before(i)
                    && !capital_inside(i)
                    && self.bare_family_name_at(i, FamilyNames::Any)
                    && !self.persons.iter().any(|p| p.tokens.contains(&i))
            })
            .map(|i| self.tokens[i].folded.as_str())
            .collect()
    }

    /// The text of tokens `range`, as written.
    pub fn text_of(&self, range: Range<usize>) -> &'a str {
        if range.is_empty() || range.end > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[range.start].span.start..self.tokens[range.end - 1].span.end]
    }

    /// The entries of the hit starting at token `i`, if any.
    pub fn entries_at(&self, i: usize) -> impl Iterator<Item = &'a Entry> + '_ {
        let g = self.gazetteer;
        self.tokens
            .get(i)
            .and_then(|t| t.hit.as_ref())
            .into_iter()
            .flat_map(move |(entries, _)| entries.iter().map(move |&e| &g.entries()[e as usize]))
    }

    /// The hit of `category` starting at token `i`: its first entry and end token.
    pub fn hit_at(&self, i: usize, category: Category) -> Option<(&'a Entry, usize)> {
        let end = self.tokens.get(i)?.hit.as_ref()?.1;
        self.entries_at(i)
            .find(|e| e.category == category)
            .map(|e| (e, end))
    }

    /// The cue class ("from", "to", "plan", …) of the cue hit at token `i`.
    pub fn cue_at(&self, i: usize) -> Option<(&'a str, usize)> {
        if self.not_a_cue(i) {
            return None;
        }
        self.hit_at(i, Category::Cue)
            .map(|(e, end)| (e.kind.as_str(), end))
    }

    /// Is the cue word at `i` the second half of a compound instead: "Tài nguyên"
    /// (resources, as in "Phòng Tài nguyên") is no "nguyên" (former)?
    fn not_a_cue(&self, i: usize) -> bool {
        let word = |k: usize| self.tokens.get(k).map_or("", |t| t.folded.as_str());
        let pair = |k: usize| (word(k.wrapping_sub(1)), word(k));
        // "xã Tân Thành", "phường Xuân Thành": a capitalised word that goes on a name is
        // part of it, no cue ("thành", "sang", "về").
        let capital = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.capitalized)
        };
        if capital(i) && i > 0 && capital(i - 1) {
            return true;
        }
        // "Bộ trưởng Chuyển giao Sinh thái": a capitalised word right after a title names
        // the post's remit.
        if capital(i) && i > 0 && self.title_ends_at(i) {
            return true;
        }
        match word(i) {
            // "tài nguyên" (resources).
            "nguyên" => i > 0 && word(i - 1) == "tài",
            // "dựa vào Quốc hội", "tập trung vào Bộ Tài chính": relying on or aiming at
            // a body, no one's new post.
            "vào" => {
                i > 0
                    && (matches!(word(i - 1), "dựa" | "trông" | "tin" | "nhắm")
                        || matches!(
                            pair(i - 1),
                            ("phụ", "thuộc") | ("tập", "trung") | ("đầu", "tư") | ("can", "thiệp")
                        ))
            }
            // "Cần Thơ", "Cần Giờ": a place, not a need.
            "cần" => self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.is_word() && t.capitalized),
            _ => false,
        }
    }

    pub fn word_is(&self, i: usize, words: &[&str]) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| words.contains(&t.folded.as_str()))
    }

    /// "Ảnh: Lê Minh Lý", "(Nguồn: Trần Hà)": a bare name after the credit of a photo is
    /// its author, run into the text; the person a caption shows has an honorific or a
    /// title ("Ảnh: Ông A phát biểu").
    fn is_credit(&self, p: &Person) -> bool {
        let k = p.tokens.start;
        let credit = k >= 2
            && p.name_tokens.start == k
            && self.tokens[k - 1].is_punct(':')
            && self.word_is(k - 2, &["ảnh", "nguồn"]);
        // "chiến dịch Paul Bunyan", "chiến dịch Bão táp sa mạc": an operation named
        // after someone is no one.
        let named_after = k >= 2
            && p.name_tokens.start == k
            && self.word_is(k - 2, &["chiến"])
            && self.word_is(k - 1, &["dịch"]);
        credit || named_after
    }

    /// Persons of the sentence, in order.
    fn find_persons(&self, known: FamilyNames) -> Vec<Person> {
        let mut persons = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            // "tỉnh Bà Rịa", "huyện Đông Anh": a capitalised honorific inside a place's
            // name is no person.
            if self.tokens[i].capitalized
                && i > 0
                && self.tokens[i - 1].is_word()
                && self.hit_at(i, Category::Honorific).is_some()
                && self.in_unit_name(i)
            {
                i += 1;
                continue;
            }
            if let Some((entry, end)) = self.hit_at(i, Category::Honorific) {
                // Honorifics can chain: "Đại tá, PGS.TS", "ông Đại tá".
                let mut name_start = end;
                while let Some((_, e2)) = self.hit_at(name_start, Category::Honorific) {
                    name_start = e2;
                }
                let plural = entry.text.starts_with("các") || entry.text.starts_with("Các");
                // "gồm các ông: A, B và C": a list may follow a colon.
                if plural && self.tokens.get(name_start).is_some_and(|t| t.is_punct(':')) {
                    name_start += 1;
                }
                // "Luật sư Hoa Kỳ", "thái tử Ả Rập Saudi": a country, not a name; but a
                // one-word country before a foreign word after "ông", "bà" or an occupation
                // is a given name ("ông Jordan Vogt-Roberts", "bà Georgia Hall"; not
                // "Quốc vương Qatar Sheik Hamad").
                let country = self.country_len(name_start);
                let personal = entry.text.chars().next().is_some_and(char::is_lowercase);
                let given_name = country == 1
                    && personal
                    && self.tokens.get(name_start + 1).is_some_and(|t| {
                        t.is_word()
                            && t.capitalized
                            && t.hit.is_none()
                            && is_foreign_word(&t.folded)
                            && self.country_len(name_start + 1) == 0
                    });
                let name_end = if country > 0 && !given_name {
                    name_start
                } else {
                    self.name_run(name_start)
                };
                // "Tiến sĩ Kinh tế" is no person: titles of rank or degree take full names.
                let long_enough = name_end > name_start + 1 || entry.kind == "honorific";
                if name_end > name_start && long_enough {
                    persons.push(self.person(i..name_end, name_start..name_end));
                    i = name_end;
                    // "các ông X, Y và Z": the names that follow in a list.
                    while plural && i < n {
                        let sep = i;
                        let ok = self
                            .tokens
                            .get(sep)
                            .is_some_and(|t| t.is_punct(',') || (t.folded == "và"));
                        if !ok {
                            break;
                        }
                        let end = self.name_run(sep + 1);
                        if end <= sep + 1 {
                            break;
                        }
                        persons.push(self.person(sep + 1..end, sep + 1..end));
                        i = end;
                    }
                    continue;
                }
                // A bare pronoun: "ông được bổ nhiệm" (not a rank or degree alone; "bị
                // cáo buộc" is "accused of", no "bị cáo").
                let accused = self.word_is(name_start, &["buộc"]);
                // "ông chủ Điện Kremlin", "bà chủ": the owner or boss, a noun.
                let boss = self.word_is(name_start, &["chủ"]);
                // "bà mẹ", "bà con", "ông bà": mothers, folks, grandparents.
                let kin = (self.tokens[i].folded == "bà"
                    && self.word_is(name_start, &["mẹ", "con"]))
                    || (self.tokens[i].folded == "ông" && self.word_is(name_start, &["bà"]));
                if !plural
                    && !accused
                    && !boss
                    && !kin
                    && self.tokens[i].is_word()
                    && entry.kind == "honorific"
                {
                    persons.push(Person {
                        tokens: i..name_start,
                        name_tokens: name_start..name_start,
                        name: String::new(),
                    });
                }
                i = name_start.max(i + 1);
                continue;
            }
            // "Thủ tướng Canada Marie Tremblay": a country is never part of a name.
            let country = self.country_len(i);
            if country > 0 {
                i += country;
                continue;
            }
            // "Phó Giám đốc FBI Andrew McCabe": a foreign name right after a post's title.
            let place_word_before = || self.place_word_before(i);
            // ... or set off by commas after it ("Tỉnh trưởng tỉnh X, Lee Nak-yon, làm …").
            let set_off = || {
                i >= 2
                    && self.tokens[i - 1].is_punct(',')
                    && (i.saturating_sub(12)..i - 1).any(|k| {
                        self.hit_at(k, Category::Title).is_some()
                            && self
                                .post_at(k, false)
                                .is_some_and(|p| p.tokens.end == i - 1)
                    })
                    && self.tokens[self.name_run(i)..]
                        .first()
                        .is_some_and(|t| t.is_punct(','))
            };
            // ... or a romanised name ("Hong Nam-ki") after a whole post with lower-case
            // words in its body, which may end in a word that is mostly a place's
            // ("Thứ trưởng Bộ Khoa học Hong Nam-ki").
            let whole_post_before = || {
                self.tokens
                    .get(i + 1)
                    .is_some_and(|t| t.is_word() && t.folded.contains('-'))
                    && (i.saturating_sub(12)..i).any(|k| {
                        self.hit_at(k, Category::Title).is_some()
                            && self.post_at(k, false).is_some_and(|p| p.tokens.end == i)
                    })
            };
            if self.tokens[i].capitalized
                && ((!place_word_before() && (self.post_ends_at(i) || set_off()))
                    || whole_post_before())
                && self.foreign_name_at(i)
                && !self.ends_body_name(i)
            {
                let end = self.foreign_tail(i, self.name_run(i));
                if end >= i + 2 && !self.organisation_name_at(i) {
                    let start = self.given_name_start(i, end);
                    persons.push(self.person(start..end, start..end));
                    i = end;
                    continue;
                }
            }
            if self.tokens[i].capitalized
                && self.gazetteer.is_surname_folded(&self.tokens[i].folded)
            {
                let end = self.name_run(i);
                // "Chủ tịch UBND tỉnh Nguyễn Văn Trì": a title that ends in the kind of
                // unit, its name left out, then the holder (not "huyện Trần Văn Thời", a
                // unit of the register).
                let unit_kind_ends_title = i > 0
                    && self.word_is(i - 1, &["tỉnh", "tp", "phố", "huyện", "quận"])
                    && self.title_ends_at(i)
                    && end - i >= 3;
                let before_ok = !self.place_word_before(i) || unit_kind_ends_title;
                let prev_cap_word = i > 0
                    && self.tokens[i - 1].is_word()
                    && self.tokens[i - 1].capitalized
                    && self.tokens[i - 1].hit.is_none();
                // Without an honorific: three or four syllables ("Phạm Thị Thanh Trà"), or
                // two right after a title ("Bí thư Lê Tùng").
                let after_title = i > 0 && self.title_ends_at(i);
                let len = end - i;
                let ok_len = (3..=4).contains(&len) || (len == 2 && after_title);
                // "Bí thư Huyện ủy Kim Bôi": a place, not a person.
                let place = ok_len && PlaceIndex::builtin().is_unit_name(self.text_of(i..end));
                if ok_len && !place && before_ok && (!prev_cap_word || len >= 3) {
                    let start = self.given_name_start(i, end);
                    persons.push(self.person(start..end, start..end));
                    i = end;
                    continue;
                }
            }
            // "bổ nhiệm Edouard Philippe làm Thủ tướng": a foreign name on its own.
            // (Not the end of a body's name without a title: "làm việc tại Nhà máy Kỹ
            // thuật Tatra Kolín".)
            if self.tokens[i].capitalized && !place_word_before() && !self.ends_body_name(i) {
                // Right after a title, a first word such as "Do" or "Han" is the name's.
                let end = self.foreign_run(i, i > 0 && self.title_ends_at(i));
                if end > i {
                    let start = self.given_name_start(i, end);
                    persons.push(self.person(start..end, start..end));
                    i = end;
                    continue;
                }
                // "Macron tuyên thệ nhậm chức", "Tổng thống Trump nhậm chức": a foreign
                // family name alone, which the document names in full elsewhere.
                if self.bare_family_name_at(i, known) {
                    persons.push(self.person(i..i + 1, i..i + 1));
                    i += 1;
                    continue;
                }
            }
            i += 1;
        }
        persons
    }

    /// Does a relative's word come right before the post at `k` ("Phu nhân Tổng thống
    /// Pháp A", "con trai tân Chủ tịch B")? The name after that post is the relative's,
    /// and the post someone else's.
    pub fn after_relative(&self, k: usize) -> bool {
        let k = if k > 0 && matches!(self.tokens[k - 1].folded.as_str(), "tân" | "cựu") {
            k - 1
        } else {
            k
        };
        // "Vợ chồng tân Tổng thống A": the couple, A among them.
        let couple = k >= 2 && self.word_is(k - 2, &["vợ"]) && self.word_is(k - 1, &["chồng"]);
        !couple
            && RELATIVES.iter().any(|words| {
                k >= words.len()
                    && words
                        .iter()
                        .zip(&self.tokens[k - words.len()..k])
                        .all(|(w, t)| t.folded == *w)
            })
    }

    /// Does a post (a title, then capitalised words or an acronym) end right before `i`?
    fn post_ends_at(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|k| {
            self.hit_at(k, Category::Title).is_some_and(|(_, end)| {
                end == i
                    || (end < i
                        && self.tokens[end..i]
                            .iter()
                            .all(|t| t.is_word() && t.capitalized))
            })
        })
    }

    /// Does the name of a firm without a title ("Nhà máy Kỹ thuật", "Công ty") end right
    /// before token `i`, so that the capitalised words from `i` go on with it?
    fn ends_body_name(&self, i: usize) -> bool {
        (i.saturating_sub(12)..i).any(|k| {
            self.tokens[k].capitalized
                && self
                    .hit_at(k, Category::Organisation)
                    .is_some_and(|(e, _)| e.kind == "enterprise")
                && self.hit_at(k, Category::Title).is_none()
                && !self.title_ends_at(k)
                && self.tokens[k].hit.as_ref().is_some_and(|(_, end)| {
                    *end <= i
                        && self.tokens[*end..i].iter().all(|t| {
                            t.is_word()
                                && t.hit.is_none()
                                && !matches!(
                                    t.folded.as_str(),
                                    "của" | "và" | "với" | "cho" | "tại" | "ở" | "là" | "làm"
                                )
                        })
                })
        })
    }

    /// Does a title hit end right before token `i`?
    fn title_ends_at(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i).any(|k| {
            self.tokens[k]
                .hit
                .as_ref()
                .is_some_and(|(_, end)| *end == i)
                && self.hit_at(k, Category::Title).is_some()
        })
    }

    fn person(&self, mut tokens: Range<usize>, mut name_tokens: Range<usize>) -> Person {
        // "Vương Dân Vương Dân": a caption's name run into the same name is one name.
        let len = name_tokens.len();
        if len >= 4 && len % 2 == 0 {
            let half = name_tokens.start + len / 2;
            let same = (name_tokens.start..half)
                .all(|k| self.tokens[k].folded == self.tokens[k + len / 2].folded);
            if same {
                name_tokens.end = half;
                tokens.end = tokens.end.min(half).max(name_tokens.end);
            }
        }
        Person {
            name: self.text_of(name_tokens.clone()).to_string(),
            tokens,
            name_tokens,
        }
    }

    /// End of a run of capitalised name words starting at `start` (at most 6).
    fn name_run(&self, start: usize) -> usize {
        let mut i = start;
        while i < self.tokens.len() && i < start + 6 {
            let t = &self.tokens[i];
            let is_initial = t.is_word()
                && is_initials(&t.folded)
                && self.tokens.get(i + 1).is_some_and(|n| n.is_punct('.'));
            if i > start && !t.capitalized && NAME_PARTICLES.contains(&t.folded.as_str()) {
                let particle = |k: usize| {
                    self.tokens.get(k).is_some_and(|t| {
                        !t.capitalized && NAME_PARTICLES.contains(&t.folded.as_str())
                    })
                };
                let k = if particle(i + 1) { i + 2 } else { i + 1 };
                let named = self.tokens.get(k).is_some_and(|n| {
                    n.is_word() && n.capitalized && n.hit.is_none() && is_foreign_word(&n.folded)
                });
                if named && is_foreign_word(&self.tokens[i - 1].folded) {
                    i = k;
                    continue;
                }
            }
            if !(t.is_word() && t.capitalized) {
                break;
            }
            // "Donald Trump Thuật ngữ này …": a Vietnamese word with its marks after a
            // foreign name, followed by lower-case words, starts the next sentence.
            if i >= start + 2
                && !t.folded.is_ascii()
                && is_vietnamese_syllable(&t.folded)
                && self.tokens[start..i]
                    .iter()
                    .all(|w| w.is_word() && is_foreign_word(&w.folded))
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && !n.capitalized)
            {
                break;
            }
            // "Phạm Hải Trước đó, …": the next sentence starts inside the name.
            if i >= start + 2
                && NOT_GIVEN_NAMES.contains(&t.folded.as_str())
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && !n.capitalized)
            {
                break;
            }
            // A capitalised "Anh" inside a name is the name, not the honorific "anh".
            // A title or organisation ends the name, unless every word of it is
            // capitalised like a name ("Đinh Công Sứ" holds no "Công sứ").
            let hit_end = t.hit.as_ref().map_or(i, |h| h.1);
            let all_caps_words = hit_end > i + 1
                && self.tokens[i..hit_end]
                    .iter()
                    .all(|w| w.is_word() && w.capitalized);
            // "Lê Văn Khoa,": a one-word organisation with no name after it is a given
            // name ("Khoa Ngữ văn" would be the faculty).
            let bare_org = hit_end == i + 1
                && !self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.capitalized)
                && self
                    .entries_at(i)
                    .all(|e| e.category == Category::Organisation);
            if i > start
                && !all_caps_words
                && !bare_org
                && self.entries_at(i).any(|e| {
                    matches!(e.category, Category::Title | Category::Organisation)
                        || (e.category == Category::Honorific
                            && e.text.chars().next().is_some_and(char::is_uppercase))
                })
            {
                break;
            }
            // "đồng chí Trường Chinh": a one-word organisation ("Trường", "Khoa") that a
            // name word follows is a name's first word (not "ông Trường Đại học …").
            let org_word_named = hit_end == i + 1
                && self
                    .entries_at(i)
                    .all(|e| e.category == Category::Organisation)
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.capitalized && n.hit.is_none());
            if i == start
                && !org_word_named
                && (self.hit_at(i, Category::Title).is_some()
                    || self.hit_at(i, Category::Organisation).is_some()
                    || self.hit_at(i, Category::PlaceType).is_some())
            {
                break;
            }
            // All-caps words of 2+ letters are abbreviations, not names.
            let letters: Vec<char> = self.text_of(i..i + 1).chars().collect();
            if !is_initial && letters.len() >= 2 && letters.iter().all(|c| !c.is_lowercase()) {
                break;
            }
            i += if is_initial { 2 } else { 1 };
        }
        // "Nguyễn Đức Hưởng Đại hội": the last word starts a common compound.
        const COMPOUND_STARTS: &[(&str, &str)] = &[
            ("đại", "hội"),
            ("hội", "nghị"),
            ("hội", "đồng"),
            ("ngân", "hàng"),
            ("công", "ty"),
            ("ủy", "ban"),
            ("bộ", "trưởng"),
            ("chủ", "tịch"),
            ("giám", "đốc"),
            ("thủ", "tướng"),
        ];
        if i >= start + 3 {
            let last = self.tokens[i - 1].folded.as_str();
            let next = self.tokens.get(i).filter(|t| t.is_word() && !t.capitalized);
            if next.is_some_and(|t| COMPOUND_STARTS.contains(&(last, t.folded.as_str()))) {
                i -= 1;
            }
        }
        i
    }

    /// Is the title at `start..end` the abbreviation "TP" (also "thành phố") before the
    /// name of an administrative unit ("TP Yên Bái", "TP. Vinh")? Then it is a city.
    fn abbreviates_a_city(&self, start: usize, end: usize) -> bool {
        if end != start + 1 || !matches!(self.tokens[start].folded.as_str(), "tp" | "tp.") {
            return false;
        }
        let places = PlaceIndex::builtin();
        let capitalised = self.tokens[end..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word() && t.capitalized)
            .count();
        // ("… thành tựu của TP, …": "TP" alone, with no body after it, is the city.)
        capitalised == 0
            || (1..=capitalised).any(|len| places.is_unit_name(self.text_of(end..end + len)))
    }

    /// Does a word that names a place or an institution stand right before token `i`
    /// ("tỉnh", "trường", "bang"), making a capitalised run there no person? Not
    /// "liên bang" (federal): "Thẩm phán liên bang James Robart".
    fn place_word_before(&self, i: usize) -> bool {
        i > 0
            && not_before_person().contains(self.tokens[i - 1].folded.as_str())
            && !(i >= 2
                && self.tokens[i - 1].folded == "bang"
                && self.tokens[i - 2].folded == "liên")
    }

    /// The person whose name tokens start at `i`.
    pub fn person_at(&self, i: usize) -> Option<&Person> {
        // Persons are found left to right, without overlap.
        let k = self.persons.partition_point(|p| p.tokens.start < i);
        self.persons.get(k).filter(|p| p.tokens.start == i)
    }

    /// The person whose mention ends right before token `i`, if any.
    pub fn person_ending_at(&self, i: usize) -> Option<&Person> {
        let k = self.persons.partition_point(|p| p.tokens.end < i);
        self.persons.get(k).filter(|p| p.tokens.end == i)
    }

    /// The first token that starts at or after byte `pos` of the text (the number of
    /// tokens when there is none).
    pub fn token_at_byte(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// The post starting at token `start` (a title, or an organisation when `org_ok`).
    pub fn post_at(&self, start: usize, org_ok: bool) -> Option<Post> {
        let n = self.tokens.len();
        // "quyền Giám đốc": an acting post.
        // (Not "chính quyền Tổng thống X", the administration.)
        let acting = self.tokens.get(start).is_some_and(|t| t.folded == "quyền")
            && !(start > 0 && crate::gazetteer::holds_power(&self.tokens[start - 1].folded))
            && self.hit_at(start + 1, Category::Title).is_some();
        let title_at = if acting { start + 1 } else { start };
        // "cúp Nhà vua Tây Ban Nha", "giải Chủ tịch nước": a trophy's name.
        if start > 0 && self.word_is(start - 1, &["cúp", "giải"]) {
            return None;
        }
        let (mut i, org_only) = if let Some((title, end)) = self.hit_at(title_at, Category::Title) {
            // "Phó", "Trưởng": a post only before an organisation.
            if title.kind == "prefix" && self.hit_at(end, Category::Organisation).is_none() {
                return None;
            }
            // "TP Yên Bái" is the city, not a "Trưởng phòng".
            if self.abbreviates_a_city(title_at, end) {
                return None;
            }
            // "Nữ hoàng quảng cáo", "ông hoàng nhạc pop": a monarch's title before a
            // common noun is a figure of speech ("Nữ hoàng Anh", "Quốc vương Jordan" are
            // posts).
            let monarch = matches!(
                fold_case(&title.text).as_str(),
                "nữ hoàng" | "hoàng đế" | "quốc vương"
            );
            if monarch
                && self.tokens.get(end).is_some_and(|t| {
                    t.is_word()
                        && !t.capitalized
                        && t.hit.is_none()
                        && !POST_STOP.contains(&t.folded.as_str())
                        && !matches!(t.folded.as_str(), "khi" | "của" | "và" | "từ" | "vào")
                })
            {
                return None;
            }
            (end, false)
        } else if org_ok
            && self.tokens.get(start).is_some_and(|t| t.capitalized)
            // Not inside a capitalised name ("về Hải Phòng" is no "Phòng").
            && !(start > 0 && self.tokens[start - 1].capitalized && self.tokens[start - 1].is_word())
        {
            let (_, end) = self.hit_at(start, Category::Organisation)?;
            (end, true)
        } else {
            return None;
        };
        let mut last = i;
        let title_end = i;
        let mut body = false;
        let mut lower_run = 0;
        while i < n && i < start + 30 {
            let t = &self.tokens[i];
            // A long lower-case name that runs to the end of its clause is whole ("Ban
            // Quản lý dự án đầu tư xây dựng công trình giao thông;").
            let whole_run = lower_run > 3;
            if t.capitalized || t.kind != TokenKind::Word {
                lower_run = 0;
            }
            if t.date.is_some() {
                break;
            }
            match t.kind {
                TokenKind::Punct('-') | TokenKind::Punct('–') => {
                    // "Phó Chủ tịch - Tổng Thư ký", "Ban Kinh tế - Ngân sách", "Song Mai - Kim Động".
                    let next = self.tokens.get(i + 1);
                    // "… Bí thư Thành ủy TP.HCM - Nguồn ảnh: Zing.vn": a caption's credit.
                    let credit = self.word_is(i + 1, &["nguồn", "ảnh"])
                        && (self.word_is(i + 2, &["ảnh"])
                            || self.tokens.get(i + 2).is_some_and(|t| t.is_punct(':')));
                    if next.is_some_and(|n| n.is_word() && n.capitalized)
                        && !credit
                        && self.hit_at(i + 1, Category::Honorific).is_none()
                        && self.person_at(i + 1).is_none()
                    {
                        i += 1;
                        continue;
                    }
                    break;
                }
                TokenKind::Punct('(') => {
                    // A short acronym in parentheses: "(FBI)", "(BVSKBMTE & KHHGĐ)".
                    let acronym = |k: usize| {
                        self.tokens[k].is_word()
                            && self.text_of(k..k + 1).chars().all(|c| !c.is_lowercase())
                    };
                    let joint =
                        |k: usize| matches!(self.tokens[k].kind, TokenKind::Punct('&' | '-' | '/'));
                    let close = (i + 2..(i + 6).min(n)).find(|&k| self.tokens[k].is_punct(')'));
                    if let Some(close) = close
                        .filter(|&c| acronym(i + 1) && (i + 1..c).all(|k| acronym(k) || joint(k)))
                    {
                        i = close + 1;
                        last = i;
                        continue;
                    }
                    break;
                }
                TokenKind::Punct('&') | TokenKind::Punct('/') => {
                    i += 1;
                    continue;
                }
                // "Bộ Văn hóa, Thể thao và Du lịch": fields of one body's name.
                TokenKind::Punct(',') if body || i > title_end => {
                    match self.field_list_end(i + 1) {
                        Some(end) => {
                            i = end;
                            last = end;
                            continue;
                        }
                        None => {
                            if whole_run {
                                last = i;
                            }
                            break;
                        }
                    }
                }
                TokenKind::Punct(_) => {
                    if whole_run {
                        last = i;
                    }
                    break;
                }
                // "… Trùng Khánh 2 năm sau đó": a number that counts time is no part of
                // the name before it.
                TokenKind::Number
                    if self.word_is(i + 1, &["năm", "tháng", "tuần", "ngày", "tuổi"]) =>
                {
                    break;
                }
                TokenKind::Number => {
                    i += 1;
                    last = i;
                    continue;
                }
                TokenKind::Word => {}
            }
            // ("Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em": "bà mẹ", mothers, is no one.)
            let mothers = t.folded == "bà" && self.word_is(i + 1, &["mẹ"]);
            let honorific = self.hit_at(i, Category::Honorific).is_some()
                && !mothers
                && !(t.capitalized && i > 0 && self.in_unit_name(i));
            if self.person_at(i).is_some() || honorific {
                break;
            }
            // "Đại sứ Việt Nam tại Ai Cập": a mission's post names where it is.
            let posted_at = t.folded == "tại"
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.capitalized)
                && self.person_at(i + 1).is_none()
                && DIPLOMATIC_TITLES.iter().any(|title| {
                    let words: Vec<&str> = title.split(' ').collect();
                    words.len() <= title_end - title_at
                        && words
                            .iter()
                            .enumerate()
                            .all(|(j, w)| self.word_is(title_at + j, &[w]))
                });
            if posted_at {
                i += 1;
                continue;
            }
            // "… thuộc Cơ quan An ninh Phủ Tổng thống được chỉ định làm người đứng đầu cơ
            // quan này": a title whose body is pointed back to, named earlier in the
            // sentence (not after a title that names its body: "Giám đốc Sở Nội vụ tỉnh
            // này"; a body named in another sentence is left out, as before).
            if !body && i == title_end && title_end - title_at <= 4 {
                if let Some(named) = self.body_pointed_back(start, i) {
                    return Some(Post {
                        tokens: start..named.0,
                        text: format!("{} {}", self.text_of(start..title_end), named.1),
                        org_only,
                    });
                }
            }
            if let Some(entries) = t.hit.as_ref() {
                let cats: Vec<Category> = self.entries_at(i).map(|e| e.category).collect();
                let end = entries.1;
                if cats.contains(&Category::Title) && !cats.contains(&Category::Organisation) {
                    // A new title after an organisation starts a new post, unless joined by a dash.
                    let joined = i > 0
                        && matches!(
                            self.tokens[i - 1].kind,
                            TokenKind::Punct('-') | TokenKind::Punct('–')
                        );
                    if body && !joined {
                        break;
                    }
                    i = end;
                    last = i;
                    continue;
                }
                // A one-word organisation in lower case ("trường", "ban") is an ordinary
                // word; place types ("xã", "tỉnh") are written in lower case.
                let org = cats.contains(&Category::Organisation) && (t.capitalized || end > i + 1);
                if org || cats.contains(&Category::PlaceType) {
                    body = true;
                    i = end;
                    last = i;
                    continue;
                }
                if cats.contains(&Category::Move)
                    || (cats.contains(&Category::Cue) && !self.not_a_cue(i))
                {
                    // "và" as a cue never ends a post by itself; other cues do.
                    break;
                }
            }
            if t.capitalized && CAPITAL_STOP.contains(&t.folded.as_str()) && !self.in_unit_name(i) {
                break;
            }
            // "Thủ tướng Canada Marie Tremblay", "Đặc khu trưởng Hong Kong Carrie Lam": a
            // country, whole, is the post's.
            let country = if t.capitalized {
                self.country_len(i)
            } else {
                0
            };
            // (Not a second one right after a country: "Đại sứ du lịch Việt Nam Jordan
            // Vogt Roberts", where it opens the name.)
            if country > 0
                && self.tokens.get(i + country).is_some_and(|t| t.capitalized)
                && (i.saturating_sub(3)..i).any(|j| self.country_len(j) == i - j)
            {
                break;
            }
            if country > 0 {
                body = true;
                i += country;
                last = i;
                continue;
            }
            // "Thống đốc bang Utah Jon Huntsman": the place a place word names first.
            let names_place = i > 0
                && i == last
                && matches!(self.tokens[i - 1].folded.as_str(), "bang" | "tỉnh" | "vùng");
            // "Giám đốc FBI James B. Comey": a foreign name after the post.
            // (Not the words of a body before a given name: "Chủ tịch Goldman Gary Cohn".)
            let body_before_name = || {
                let k = self.persons.partition_point(|p| p.tokens.start <= i);
                self.persons.get(k).is_some_and(|p| {
                    p.tokens.start <= i + 2
                        && (i..p.tokens.start).all(|j| self.tokens[j].capitalized)
                        && self.given_name_start(i, p.tokens.end) == p.tokens.start
                })
            };
            // (Nor the name of a firm: "Công ty Xuất nhập khẩu Petrimex Bratislava".)
            let firm_name = || org_only && self.ends_body_name(i);
            if t.capitalized
                && !names_place
                && self.foreign_name_at(i)
                && !self.organisation_name_at(i)
                && !body_before_name()
                && !firm_name()
            {
                break;
            }
            if t.capitalized {
                body = true;
                i += 1;
                last = i;
                continue;
            }
            if t.folded == "và" || t.folded == "của" {
                // "Sở Tài nguyên và Môi trường", "Ban Kinh tế của HĐND": only before a
                // capitalised word that is not a new title or person.
                let next_ok = self.tokens.get(i + 1).is_some_and(|n| {
                    n.is_word()
                        && n.capitalized
                        && self.hit_at(i + 1, Category::Title).is_none()
                        && self.hit_at(i + 1, Category::Honorific).is_none()
                        && self.person_at(i + 1).is_none()
                });
                // "… công trình nông nghiệp và phát triển nông thôn;": inside a long
                // lower-case name, which is kept only if it runs to the end of its clause.
                let inside_long = t.folded == "và"
                    && lower_run >= 2
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| n.is_word() && !n.capitalized && n.hit.is_none());
                if next_ok || inside_long {
                    i += 1;
                    if inside_long {
                        lower_run += 1;
                    }
                    continue;
                }
                // "… phòng kế hoạch tài chính và được giao …": "và" then a verb ends the
                // clause, and with it the long name.
                if whole_run && t.folded == "và" {
                    last = i;
                }
                // "cố vấn chính sách cao cấp của Tổng thư ký LHQ": the lower-case words
                // before "của" and the one it serves are all the title's.
                let serves = self.tokens.get(i + 1).is_some_and(|n| n.capitalized)
                    && (self.hit_at(i + 1, Category::Title).is_some()
                        || self.hit_at(i + 1, Category::Honorific).is_some()
                        || self.person_at(i + 1).is_some());
                if t.folded == "của" && !body && lower_run > 3 && lower_run <= 8 && serves {
                    last = i;
                }
                break;
            }
            // "Tổng thống Pháp sáng 14/5", "… chiều nay": a time of day ends the post.
            if matches!(
                t.folded.as_str(),
                "sáng" | "chiều" | "tối" | "trưa" | "đêm" | "hôm"
            ) && self.tokens.get(i + 1).is_some_and(|n| {
                n.date.is_some() || matches!(n.folded.as_str(), "nay" | "qua" | "mai")
            }) {
                break;
            }
            // "Tổng Giám đốc mới của WHO", "Thủ tướng thứ 40 của Nepal": which holder,
            // between the title and its body.
            let mark = self.holder_mark_len(i);
            if mark > 0
                && self.word_is(i + mark, &["của"])
                && self.tokens.get(i + mark + 1).is_some_and(|n| {
                    let k = i + mark + 1;
                    n.is_word()
                        && n.capitalized
                        && self.hit_at(k, Category::Title).is_none()
                        && self.hit_at(k, Category::Honorific).is_none()
                        && self.person_at(k).is_none()
                })
            {
                // ("nữ Ngoại trưởng đầu tiên của Hàn Quốc": the first one is the
                // holder's distinction, and the post ends before it.)
                if self.word_is(i, &["đầu"]) {
                    break;
                }
                i += mark + 1;
                continue;
            }
            // "đại sứ Mỹ kế tiếp tại Bắc Kinh": the mark, then where a mission is.
            if mark == 2 && self.word_is(i, &["kế", "tiếp"]) {
                if self.word_is(i + mark, &["tại"]) {
                    i += mark;
                    continue;
                }
                break;
            }
            // "Bí thư thứ nhất Đại sứ quán …": an ordinal then the body; "Phó Chánh Văn
            // phòng thứ hai của cơ quan này": the ordinal is the post's, the rest names
            // the body in passing.
            // (Not a count of holders: "Thủ tướng thứ 40 của nước này".)
            let rank = self.word_is(i, &["thứ"]) && self.word_is(i + 1, &["nhất", "hai", "ba"]);
            if rank && i == title_end {
                if self.hit_at(i + mark, Category::Organisation).is_some() {
                    i += mark;
                    continue;
                }
                if self.word_is(i + mark, &["của"]) {
                    last = i + mark;
                    break;
                }
            }
            // "Tổng thống Pháp trẻ nhất": an adjective right after the title or its country
            // describes the holder ("Hội Doanh nhân trẻ" names a body).
            if t.folded == "trẻ"
                && (self.title_ends_at(i)
                    || (i.saturating_sub(3)..i).any(|j| self.country_len(j) == i - j))
            {
                break;
            }
            // "công tố viên đặc biệt điều tra mối quan hệ …", "… giám sát cuộc điều tra",
            // "… lãnh đạo cuộc điều tra":
            // the task of a title without its body is no part of the post.
            if !body
                && ((t.folded == "điều" && self.word_is(i + 1, &["tra"]))
                    || (t.folded == "giám" && self.word_is(i + 1, &["sát"]))
                    || (t.folded == "lãnh" && self.word_is(i + 1, &["đạo"])))
            {
                break;
            }
            // "hàng không" (aviation) is no negation.
            let compound = i > 0 && self.tokens[i - 1].folded == "hàng" && t.folded == "không";
            // "Vụ Thị trường trong nước" (domestic): part of a body's name.
            let compound =
                compound || (body && t.folded == "trong" && self.word_is(i + 1, &["nước"]));
            // "An toàn vệ sinh thực phẩm", "Hội Sinh viên": "sinh" in a noun, not "born".
            let compound = compound
                || (t.folded == "sinh"
                    && ((i > 0 && self.word_is(i - 1, &["vệ", "học", "dân", "hồi"]))
                        || self.word_is(i + 1, &["viên", "thái", "học", "hoạt", "vật", "kế"])));
            // "bộ trưởng phụ trách các vấn đề châu Âu": a title alone is named by its remit.
            // A title alone: no body's abbreviation or unit in it ("Phó Chủ tịch UBND tỉnh"
            // is one entry of the list).
            let bare_title = || {
                (title_at..title_end).all(|j| {
                    let word = self.text_of(j..j + 1);
                    let abbreviation =
                        word.chars().count() >= 2 && word.chars().all(|c| !c.is_lowercase());
                    let unit = UNIT_WORDS.contains(&self.tokens[j].folded.as_str());
                    !abbreviation && !unit
                })
            };
            if i == title_end
                && !body
                && self.word_is(i, &["phụ"])
                && self.stop_pair_at(i)
                && bare_title()
            {
                if let Some(end) = self.remit_end(i + 2) {
                    last = end;
                }
                break;
            }
            // "Vụ Tài chính các ngân hàng và Tổ chức tài chính", "Ban Quản lý các khu công
            // nghiệp tỉnh Bắc Ninh": "các" inside a body's name, which goes on to a
            // capitalised word.
            let compound = compound || (body && t.folded == "các" && self.goes_on_to_name(i + 1));
            // "Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em": mothers, inside a body's name.
            let compound = compound || (body && t.folded == "bà" && self.word_is(i + 1, &["mẹ"]));
            let stop = POST_STOP.contains(&t.folded.as_str()) && !compound && !self.not_a_cue(i);
            if (stop || self.stop_pair_at(i)) && !self.spelled_by_acronym(i) {
                // "Phó Hiệu trưởng trường này": the lower-case words before a demonstrative
                // name the place in passing, not the post.
                // (Not the end of a name before the unit: "Phòng Kinh tế và Hạ tầng huyện
                // này" keeps "Hạ tầng".)
                if matches!(t.folded.as_str(), "này" | "đó" | "ấy" | "kia" | "trên") {
                    let mut j = i;
                    while j > title_end && {
                        let w = &self.tokens[j - 1];
                        let ends_name = j >= 2
                            && self.tokens[j - 2].capitalized
                            && (UNIT_WORDS.contains(&self.tokens[j].folded.as_str())
                                || self.tokens[j].hit.is_some());
                        w.is_word() && !w.capitalized && !ends_name
                    } {
                        j -= 1;
                    }
                    last = last.min(j);
                }
                break;
            }
            // Lower-case words: up to two right after a capitalised one are the rest of its
            // name ("Sở Tài chính", "Phòng kỹ thuật"); more are kept only as a bridge to
            // capitalised words that follow ("Trung tâm phát triển quỹ đất tỉnh Yên Bái",
            // "Ban bồi thường giải phóng mặt bằng Q.Tân Phú"), or when they run to the end
            // of the clause (up to sixteen).
            lower_run += 1;
            if lower_run > 16 {
                break;
            }
            if i + 1 == n && lower_run > 3 {
                last = n;
            }
            i += 1;
            if lower_run <= 3 {
                last = i;
            }
            continue;
        }
        // An organisation alone is a post only with its name ("Vụ Công nghiệp", not "Đảng";
        // nor "Tổ quốc", the fatherland, where "Tổ" is no team).
        let fatherland =
            org_only && self.word_is(start, &["tổ"]) && self.word_is(start + 1, &["quốc"]);
        // "… lãnh đạo cuộc", "… điều tra mối": a noun of kind or plural ends no post; its
        // head noun was cut off ("nội các", the cabinet, is whole).
        while last > title_end && {
            let t = &self.tokens[last - 1];
            t.is_word()
                && !t.capitalized
                && (matches!(t.folded.as_str(), "cuộc" | "mối" | "những")
                    || (t.folded == "các" && !self.word_is(last - 2, &["nội"])))
        } {
            last -= 1;
        }
        if last <= start || (org_only && last < start + 2) || fatherland {
            return None;
        }
        // The full stop of a sentence that ends on an abbreviation ("… Thành ủy TP.") is
        // the sentence's.
        Some(Post {
            tokens: start..last,
            text: self.text_of(start..last).trim_end_matches('.').to_string(),
            org_only,
        })
    }

    /// Do one to three lower-case words from `i` end a title that an acronym in
    /// parentheses gives ("Giám đốc hoạt động (COO)", "giám đốc vận hành (COO)")?
    fn spelled_by_acronym(&self, i: usize) -> bool {
        (i + 1..i + 4).any(|j| {
            self.tokens.get(j).is_some_and(|t| t.is_punct('('))
                && self.tokens[i..j]
                    .iter()
                    .all(|t| t.is_word() && !t.capitalized)
                && self.tokens.get(j + 1).is_some_and(|t| {
                    let w = self.text_of(j + 1..j + 2);
                    t.is_word()
                        && (2..=5).contains(&w.chars().count())
                        && w.chars().all(|c| c.is_ascii_uppercase())
                })
                && self.tokens.get(j + 2).is_some_and(|t| t.is_punct(')'))
        })
    }

    /// Do up to four lower-case words from `i` (no verb or function word but "và") lead
    /// to a capitalised word?
    fn goes_on_to_name(&self, i: usize) -> bool {
        for t in self.tokens.iter().skip(i).take(5) {
            if !t.is_word() {
                return false;
            }
            if t.capitalized {
                return true;
            }
            if t.folded != "và" && POST_STOP.contains(&t.folded.as_str()) {
                return false;
            }
        }
        false
    }

    /// "(của) cơ quan này", "tập đoàn này" at `i`, for a post starting at `post`: the
    /// body of that kind named last before the post in the sentence ("Cơ quan tình báo
    /// quốc gia"), as "của" and its name, with the token after "này".
    fn body_pointed_back(&self, post: usize, i: usize) -> Option<(usize, String)> {
        let of = self.word_is(i, &["của"]);
        let start = i + usize::from(of);
        let len = (1..=2).find(|&len| {
            let words: Vec<&str> = (start..start + len)
                .map(|k| self.tokens.get(k).map_or("", |t| t.folded.as_str()))
                .collect();
            BODIES_POINTED_BACK.contains(&words.join(" ").as_str())
                && self.word_is(start + len, &["này"])
        })?;
        let kind: Vec<&str> = (start..start + len)
            .map(|k| self.tokens[k].folded.as_str())
            .collect();
        let named = (0..post).rev().find_map(|k| {
            let same_kind = (0..len).all(|j| self.word_is(k + j, &[kind[j]]));
            let t = &self.tokens[k];
            let name = self.tokens.get(k + len).is_some_and(|n| n.capitalized);
            (same_kind && (t.capitalized || name))
                .then(|| self.post_at(k, true))
                .flatten()
                .filter(|p| p.tokens.end <= post && p.tokens.len() > len)
        })?;
        let of = if of { "của " } else { "" };
        Some((start + len + 1, format!("{of}{}", named.text)))
    }

    /// The words at `i` that tell which holder of a post is meant ("mới", "thứ 45", "thứ
    /// hai", "đầu tiên", "kế tiếp"): how many; 0 when there are none.
    fn holder_mark_len(&self, i: usize) -> usize {
        const ORDINALS: &[&str] = &[
            "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
        ];
        let Some(t) = self.tokens.get(i) else {
            return 0;
        };
        match t.folded.as_str() {
            "mới" => 1,
            "đầu" if self.word_is(i + 1, &["tiên"]) => 2,
            // "đại sứ kế tiếp", "Tổng thống tiếp theo": the next holder.
            "kế" if self.word_is(i + 1, &["tiếp"]) => 2,
            "tiếp" if self.word_is(i + 1, &["theo"]) => 2,
            "thứ"
                if self.tokens.get(i + 1).is_some_and(|n| {
                    n.kind == TokenKind::Number || ORDINALS.contains(&n.folded.as_str())
                }) =>
            {
                2
            }
            _ => 0,
        }
    }

    /// The end of the remit of a title, from token `i` after "phụ trách": two to eight
    /// words ("các vấn đề châu Âu", "kinh tế đối ngoại"), up to punctuation, a date, a
    /// person, a move word or a verb.
    fn remit_end(&self, i: usize) -> Option<usize> {
        const INSIDE: &[&str] = &["các", "những", "và", "của", "với"];
        let mut j = i;
        while j < self.tokens.len() && j < i + 8 {
            let t = &self.tokens[j];
            let stop = !t.is_word()
                || t.date.is_some()
                || self.person_at(j).is_some()
                || self.hit_at(j, Category::Move).is_some()
                || self.cue_at(j).is_some()
                || self.stop_pair_at(j)
                || (POST_STOP.contains(&t.folded.as_str())
                    && !INSIDE.contains(&t.folded.as_str())
                    // "vấn đề" (matters) is no verb.
                    && !(t.folded == "đề" && j > i && self.tokens[j - 1].folded == "vấn"));
            if stop {
                break;
            }
            j += 1;
        }
        // "phụ trách lĩnh vực này": a remit told by pointing back names nothing.
        if self.word_is(j, &["này", "đó", "ấy", "kia", "trên"]) {
            return None;
        }
        // Not ending on a joining word ("các vấn đề kinh tế và").
        while j > i && INSIDE.contains(&self.tokens[j - 1].folded.as_str()) {
            j -= 1;
        }
        (j >= i + 2).then_some(j)
    }

    /// Is token `i` part of the name of an administrative unit ("Bà" in "Bà Rịa", "Anh"
    /// in "Đông Anh"): two to four capitalised words around it that the register knows?
    fn in_unit_name(&self, i: usize) -> bool {
        let capital = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.capitalized)
        };
        let places = PlaceIndex::builtin();
        (i.saturating_sub(3)..=i)
            .filter(|&s| (s..=i).all(capital))
            .any(|s| {
                (i + 1..=(s + 4).min(self.tokens.len()))
                    .take_while(|&e| capital(e - 1))
                    .any(|e| e >= s + 2 && places.is_unit_name(self.text_of(s..e)))
            })
    }

    /// The end of the fields that close a body's name after a comma, from token `i`:
    /// capitalised words, each with at most two lower-case words after it, joined by
    /// commas and, before the last, by "và" ("Thể thao và Du lịch" in "Bộ Văn hóa, Thể
    /// thao và Du lịch"; "Hạ tầng và Vận tải"). None when something else follows the
    /// comma: a title, a person, a move word, a date, or words that are not joined by
    /// "và" at the end.
    fn field_list_end(&self, mut i: usize) -> Option<usize> {
        let plain = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.date.is_none())
                && self.person_at(k).is_none()
                && self.entries_at(k).all(|e| {
                    !matches!(
                        e.category,
                        Category::Title | Category::Honorific | Category::Move | Category::Cue
                    )
                })
        };
        let limit = i + 12;
        let mut joined = false;
        while i < limit {
            // A field: a capitalised word, then up to two lower-case ones.
            if !(plain(i) && self.tokens[i].capitalized) {
                return None;
            }
            i += 1;
            let mut lower = 0;
            while lower < 2
                && plain(i)
                && !self.tokens[i].capitalized
                && self.tokens[i].folded != "và"
            {
                i += 1;
                lower += 1;
            }
            if joined {
                return Some(i);
            }
            match self.tokens.get(i) {
                Some(t) if t.is_punct(',') => i += 1,
                Some(t) if t.folded == "và" => {
                    joined = true;
                    i += 1;
                }
                _ => return None,
            }
        }
        None
    }

    /// The number of tokens of a country's name starting at token `i` ("Hàn Quốc",
    /// "Mỹ"), 0 when none starts there.
    #[inline]
    pub fn country_len(&self, i: usize) -> usize {
        // Most tokens are no capitalised word: told here, without a call.
        match self.tokens.get(i) {
            Some(first) if first.is_word() && first.capitalized => self.country_len_from(i, first),
            _ => 0,
        }
    }

    /// [`Sentence::country_len`] where token `i`, `first`, is a capitalised word.
    fn country_len_from(&self, i: usize, first: &Token) -> usize {
        let countries = countries();
        if !countries.first_words.contains(first.folded.as_str()) {
            return 0;
        }
        // Room for the longest names looked up (four words), so that it grows at most once.
        let mut key = String::with_capacity(64);
        key.push_str(&first.folded);
        let mut best = usize::from(countries.names.contains(&key));
        for len in 2..=4 {
            match self.tokens.get(i + len - 1) {
                Some(t) if t.is_word() => {
                    key.push(' ');
                    key.push_str(&t.folded);
                    if countries.names.contains(&key) {
                        best = len;
                    }
                }
                _ => break,
            }
        }
        best
    }

    /// The end of a foreign name starting at `i`, without an honorific or a title before
    /// it ("bổ nhiệm Edouard Philippe làm …"): two to five capitalised words (or
    /// initials) outside the gazetteers, at least one of them no Vietnamese syllable,
    /// none of them a country. `i` when there is none. Its first word may be one that
    /// starts sentences ("Do", "Theo") only `after_title`.
    /// Do the capitalised words from token `i` name an organisation ("Kaspersky Lab",
    /// "Goldman Sachs Group"): is one of the first four a word of the name-stop list?
    fn organisation_name_at(&self, i: usize) -> bool {
        self.tokens[i..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word() && t.capitalized)
            .any(|t| name_stops().contains(t.folded.as_str()))
    }

    /// Is token `k` a family name that reads as a Vietnamese function word ("Cho Kuk",
    /// "Cho Hyun-ock")? It is capitalised inside the sentence, only a cue or move word
    /// would match it, and a romanised given name follows.
    fn family_name_as_cue(&self, k: usize) -> bool {
        let romanised = self.tokens.get(k + 1).is_some_and(|t| {
            t.is_word() && t.capitalized && t.folded.is_ascii() && t.hit.is_none()
        });
        k > 0
            && romanised
            && self.tokens[k - 1].is_word()
            && self.tokens[k].capitalized
            && self.tokens[k]
                .hit
                .as_ref()
                .is_some_and(|(_, end)| *end == k + 1)
            && self
                .entries_at(k)
                .all(|e| matches!(e.category, Category::Cue | Category::Move))
    }

    fn foreign_run(&self, i: usize, after_title: bool) -> usize {
        // The first word is foreign, a surname ("Kim Jong-un") or written without
        // Vietnamese letters ("Lee Jae-won"): "Tháp Trump", "Điện Elysee" name places.
        let first = &self.tokens[i];
        let first_ok = first.is_word()
            && first.capitalized
            && (first.hit.is_none() || self.family_name_as_cue(i))
            && (first.folded.is_ascii()
                || is_foreign_word(&first.folded)
                || self.gazetteer.is_surname_folded(&first.folded));
        // "The Voice Kids": nor the rest of a run a word of organisations opens.
        let after_stop = i > 0
            && self.tokens[i - 1].capitalized
            && name_stops().contains(self.tokens[i - 1].folded.as_str());
        if !first_ok || after_stop {
            return i;
        }
        let n = self.tokens.len();
        let mut j = i;
        let (mut words, mut foreign) = (0, false);
        while j < n && words < 5 {
            let t = &self.tokens[j];
            // "Mohammed bin Salman", "van der Bellen": particles between capitalised words.
            if j > i && !t.capitalized && NAME_PARTICLES.contains(&t.folded.as_str()) {
                let mut k = j;
                while self
                    .tokens
                    .get(k)
                    .is_some_and(|t| !t.capitalized && NAME_PARTICLES.contains(&t.folded.as_str()))
                {
                    k += 1;
                }
                let named = self
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() && t.capitalized && t.hit.is_none());
                if !named || k > j + 2 {
                    break;
                }
                j = k;
                continue;
            }
            let hit = t.hit.is_some() && !(j == i && self.family_name_as_cue(i));
            if !(t.is_word() && t.capitalized) || hit || self.country_len(j) > 0 {
                break;
            }
            if j > i && (CAPITAL_STOP.contains(&t.folded.as_str()) || t.folded == "tân") {
                break;
            }
            // "Việt Nam-Cuba": a country joined by a hyphen.
            if t.folded.contains('-')
                && t.folded
                    .split('-')
                    .any(|part| countries().names.contains(part))
            {
                break;
            }
            // "Ford Tăng Thái Hậu": a Vietnamese name starts after a foreign word (but
            // "Chan Chung Sing" is one name, all of whose words could be Vietnamese until
            // its last).
            if j > i && foreign && self.gazetteer.is_surname_folded(&t.folded) {
                break;
            }
            let text = self.text_of(j..j + 1);
            let initial =
                is_initials(text) && self.tokens.get(j + 1).is_some_and(|p| p.is_punct('.'));
            // All-caps words of 2+ letters are abbreviations, not names.
            if !initial && text.chars().count() >= 2 && text.chars().all(|c| !c.is_lowercase()) {
                break;
            }
            if j == i && initial {
                break;
            }
            if name_stops().contains(t.folded.as_str()) {
                return i;
            }
            foreign |= !initial && is_foreign_word(&t.folded);
            words += 1;
            j += if initial { 2 } else { 1 };
        }
        if words >= 2
            && foreign
            && (after_title || !CAPITAL_STOP.contains(&self.tokens[i].folded.as_str()))
        {
            j
        } else {
            i
        }
    }

    /// Where the foreign name of the run `start..end` begins: at a common given name
    /// after one or two words of a body ("Chủ tịch Goldman Gary Cohn", "chuyên gia
    /// Goldman Sachs Steven Mnuchin"); at `start` when the run opens with a given name or
    /// an initial follows its first word ("Wilbur L. Ross").
    fn given_name_start(&self, start: usize, end: usize) -> usize {
        let first = &self.tokens[start];
        let initial_next = self.tokens.get(start + 2).is_some_and(|t| t.is_punct('.'))
            && is_initials(self.text_of(start + 1..start + 2));
        if end - start < 3 || is_given_name(&first.folded) || initial_next {
            return start;
        }
        (start + 1..(start + 3).min(end - 1))
            .find(|&k| self.tokens[k].is_word() && is_given_name(&self.tokens[k].folded))
            .unwrap_or(start)
    }

    /// The end of the foreign name `start..end` without the capitalised words that start
    /// the next sentence where a caption runs into it ("Moon Jae-in Theo …", "Moon Jae-in
    /// Tân Tổng thống …"): those of [`CAPITAL_STOP`], "tân", and a country.
    fn foreign_tail(&self, start: usize, end: usize) -> usize {
        (start + 1..end)
            .find(|&j| {
                let w = self.tokens[j].folded.as_str();
                self.tokens[j].capitalized
                    && (CAPITAL_STOP.contains(&w) || w == "tân" || self.country_len(j) > 0)
            })
            .unwrap_or(end)
    }

    /// Is token `i` a foreign family name written alone ("Macron", "Friedland",
    /// "Moore-Bick") that `known` counts as a person? One capitalised word, no Vietnamese
    /// syllable, outside the gazetteers, no abbreviation, no country; where a subject
    /// stands: first in its sentence or clause, after a title ("Tổng thống Trump") or a
    /// conjunction ("khi Trump nhậm chức"), not after a preposition ("của Macron").
    fn bare_family_name_at(&self, i: usize, known: FamilyNames) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        // The cheap tests first: most tokens are no capitalised word outside the hits.
        if !(t.is_word() && t.capitalized && t.hit.is_none()) {
            return false;
        }
        let is_known = match known {
            FamilyNames::None => return false,
            FamilyNames::Any => true,
            FamilyNames::Of(names) => names.contains(t.folded.as_str()),
        };
        let capital_word = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.capitalized)
        };
        is_known
            && t.folded.chars().count() >= 3
            && self
                .text_of(i..i + 1)
                .chars()
                .skip(1)
                .any(char::is_lowercase)
            && is_foreign_word(&t.folded)
            && !CAPITAL_STOP.contains(&t.folded.as_str())
            && !name_stops().contains(t.folded.as_str())
            && self.country_len(i) == 0
            // (nor the end of one: "Kong" of "Hong Kong").
            && (i == 0 || self.country_len(i - 1) < 2)
            && !capital_word(i + 1)
            && (i == 0
                || self.title_ends_at(i)
                || self.tokens[i - 1].kind != TokenKind::Word
                || SUBJECT_BEFORE.contains(&self.tokens[i - 1].folded.as_str())
                // "Tổng thống đắc cử Carter": after the title and its mark.
                || (i >= 2 && self.word_is(i - 2, &["đắc"]) && self.word_is(i - 1, &["cử"])))
    }

    /// Two or more capitalised words at `i` that are not Vietnamese syllables: a foreign
    /// name ("James B. Comey", "Rex Tillerson").
    fn foreign_name_at(&self, i: usize) -> bool {
        // Two acronyms are no name: "Giám đốc ĐHQG TP.HCM".
        let acronym = |k: usize| k < self.tokens.len() && is_acronym(self.text_of(k..k + 1));
        if acronym(i) && acronym(i + 1) {
            return false;
        }
        let foreign = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.is_word()
                    && t.capitalized
                    && t.hit.is_none()
                    && !is_vietnamese_syllable(&t.folded)
            })
        };
        // "Han Mi-ra", "Moon Jae-in": a romanised given name, hyphenated and without
        // Vietnamese letters, after a family name that may look Vietnamese.
        let romanised = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.is_word()
                    && t.capitalized
                    && t.folded.is_ascii()
                    && t.folded.split('-').filter(|p| !p.is_empty()).count() == 2
                    // Not two countries ("Việt Nam-Cuba").
                    && !t.folded.split('-').any(|p| countries().names.contains(p))
                    // Nor a country cut at its hyphen ("Triều Tiên-Mỹ"); "Hong Nam-ki" is
                    // a name, though "Hong Kong" is a place.
                    && !t.folded.split('-').next().is_some_and(|first| {
                        let before = self.tokens[k - 1].folded.as_str();
                        countries().first_words.contains(before)
                            && countries().names.contains(format!("{before} {first}").as_str())
                    })
            })
        };
        let plain = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.is_word() && t.capitalized && (t.hit.is_none() || self.family_name_as_cue(k))
            })
        };
        (foreign(i)
            && (foreign(i + 1)
                || self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.is_word() && t.capitalized && is_initials(&t.folded))))
            || (plain(i) && romanised(i + 1))
    }

    fn stop_pair_at(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.tokens.get(i), self.tokens.get(i + 1)) else {
            return false;
        };
        !a.capitalized && POST_STOP_PAIRS.contains(&(a.folded.as_str(), b.folded.as_str()))
    }

    /// Posts separated by ",", "và" or ";" starting at `start` (skipping an age "51 tuổi,").
    pub fn post_list_at(&self, start: usize, org_ok: bool) -> Vec<Post> {
        let mut posts = Vec::new();
        let mut i = self.skip_age(start);
        while let Some(post) = self.post_at(i, org_ok && posts.is_empty()) {
            let end = post.tokens.end;
            // "…; Nghị sỹ Kim Hyun-mee giữ chức …": after a separator, a title before a
            // name opens the next person's clause, it is no post of this list.
            if !posts.is_empty() && self.person_at(end).is_some_and(|p| !p.name.is_empty()) {
                break;
            }
            posts.push(post);
            let sep = self.tokens.get(end);
            let is_sep = sep.is_some_and(|t| {
                t.is_punct(',') || t.is_punct(';') || t.folded == "và" || t.folded == "kiêm"
            });
            if !is_sep || self.hit_at(end + 1, Category::Title).is_none() {
                break;
            }
            i = end + 1;
        }
        posts
    }

    /// Skips "51 tuổi," at `i`.
    /// The token after a year of birth in parentheses at `i` ("(SN 1968)", "(sinh năm
    /// 1970)", "(1970)"), or `i`.
    pub fn skip_birth(&self, i: usize) -> usize {
        let t = |k: usize| self.tokens.get(k);
        if !t(i).is_some_and(|t| t.is_punct('(')) {
            return i;
        }
        let mut k = i + 1;
        while t(k).is_some_and(|t| matches!(t.folded.as_str(), "sn" | "sinh" | "năm")) && k < i + 4
        {
            k += 1;
        }
        let year = t(k).is_some_and(|t| {
            t.kind == TokenKind::Number && t.folded.len() == 4 && t.folded.starts_with(['1', '2'])
        });
        if year && t(k + 1).is_some_and(|t| t.is_punct(')')) {
            k + 2
        } else {
            i
        }
    }

    /// After ", sinh ngày 24/4/1975," or ", SN 1975," at `i` (a date of birth set off
    /// in an apposition): the token after its comma; else `i`.
    pub fn skip_born(&self, i: usize) -> usize {
        if !self.word_is(i, &["sinh", "sn"]) {
            return i;
        }
        let mut k = i + 1;
        while self.word_is(k, &["ngày", "năm", "tháng"]) && k < i + 3 {
            k += 1;
        }
        let start = k;
        while self
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number || t.date.is_some() || t.is_punct('/'))
        {
            k += 1;
        }
        match self.tokens.get(k) {
            Some(t) if k > start && t.is_punct(',') => k + 1,
            _ => i,
        }
    }

    pub fn skip_age(&self, i: usize) -> usize {
        let t = |k: usize| self.tokens.get(k);
        if t(i).is_some_and(|t| t.kind == TokenKind::Number)
            && t(i + 1).is_some_and(|t| t.folded == "tuổi")
        {
            if t(i + 2).is_some_and(|t| t.is_punct(',')) {
                return i + 3;
            }
            return i + 2;
        }
        i
    }
}

/// Could `word` (lower case) be a Vietnamese syllable? Used to tell foreign names apart:
/// "Chan Chun Sing" and "Ong Ye Kung" are romanised, since Vietnamese writes no "ing", no
/// "ye" without a final consonant and no "k" before "u".
///
/// The test is on the spelling: an onset, a vowel group Vietnamese writes (its marks
/// optional, so untoned Vietnamese passes) and a final consonant that group can take.
///
/// ```
/// use canbo::mention::is_vietnamese_syllable;
///
/// for word in ["nguyễn", "quyền", "giường", "khuya", "xoong", "chan", "nam", "nung"] {
///     assert!(is_vietnamese_syllable(word), "{word}");
/// }
/// for word in ["sing", "ye", "kung", "swee", "hean", "jae", "trump"] {
///     assert!(!is_vietnamese_syllable(word), "{word}");
/// }
/// ```
pub fn is_vietnamese_syllable(word: &str) -> bool {
    const ONSETS: &[&str] = &[
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
        "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
    ];
    const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    let is_vowel = |c: char| {
        matches!(
            toneless(c),
            'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
        )
    };
    let Some(v) = word.find(is_vowel) else {
        return false;
    };
    let after_vowels = word[v..]
        .find(|c: char| !is_vowel(c))
        .map_or(word.len(), |k| v + k);
    let (mut onset, coda) = (&word[..v], &word[after_vowels..]);
    if !(ONSETS.contains(&onset) && CODAS.contains(&coda)) {
        return false;
    }
    // The vowels without tone or letter marks: untoned writing keeps only these.
    // Each is an ASCII letter: a few bytes on the stack, no allocation (this runs for
    // every capitalised word).
    let mut buf = [0u8; 8];
    let mut len = 0;
    for c in word[v..after_vowels].chars() {
        let plain = match toneless(c) {
            'ă' | 'â' => 'a',
            'ê' => 'e',
            'ô' | 'ơ' => 'o',
            'ư' => 'u',
            c => c,
        };
        if len == buf.len() || !plain.is_ascii() {
            return false;
        }
        buf[len] = plain as u8;
        len += 1;
    }
    let mut vowels = &buf[..len];
    // "gi" and "qu" are onsets whose vowel is written with the next ("gieo", "quyền").
    if onset == "g" && vowels.len() > 1 && vowels[0] == b'i' {
        onset = "gi";
        vowels = &vowels[1..];
    }
    if onset == "q" {
        if vowels.first() != Some(&b'u') || vowels.len() == 1 {
            return false;
        }
        vowels = &vowels[1..];
    }
    let front = matches!(vowels.first(), Some(b'e' | b'i' | b'y'));
    // "k", "gh", "ngh" go before the front vowels, "c" before the others.
    let onset_fits = match onset {
        "k" | "gh" | "ngh" => front,
        "c" => !front,
        _ => true,
    };
    // The bytes are ASCII letters, so they are a `str`.
    onset_fits && std::str::from_utf8(vowels).is_ok_and(|v| vowel_group_takes(v, coda))
}

/// Does the vowel group `vowels` (without marks: 'â' as 'a', 'ư' as 'u', …) take the
/// final consonant `coda` ("" for none) in some Vietnamese syllable?
fn vowel_group_takes(vowels: &str, coda: &str) -> bool {
    // Groups that end in a glide take no final consonant ("ai", "ươu", "uây").
    const GLIDED: &[&str] = &[
        "ai", "ao", "au", "ay", "eo", "eu", "iu", "oi", "ui", "uu", "ieu", "yeu", "oai", "oay",
        "oao", "oeo", "uai", "uay", "uoi", "uou", "uyu",
    ];
    // Groups that take no final consonant either ("mía", "của", "khuya").
    const OPEN: &[&str] = &["ia", "uya"];
    // Groups that need one ("tiên", "yêm", "khuyết").
    const CLOSED: &[&str] = &["ie", "ye", "uye"];
    // Groups that take a final consonant or none ("của", "tuân", "muốn", "thuở").
    const ANY: &[&str] = &[
        "a", "e", "i", "o", "u", "y", "oa", "oe", "oo", "ua", "ue", "uo",
    ];
    match vowels {
        // "i" and "y" alone end in "nh" and "ch", never in "ng" and "c" ("inh", not "ing").
        "i" | "y" | "uy" => !matches!(coda, "ng" | "c"),
        v if GLIDED.contains(&v) || OPEN.contains(&v) => coda.is_empty(),
        v if CLOSED.contains(&v) => !coda.is_empty(),
        v => ANY.contains(&v),
    }
}

/// A vowel without its tone mark ('ế' → 'ê'); other characters as they are.
fn toneless(c: char) -> char {
    use std::sync::OnceLock;
    use unicode_normalization::char::compose;
    if c.is_ascii() {
        return c;
    }
    // Every toned Vietnamese vowel, lower and upper case, to its base, by its place in
    // the two blocks that hold them (Latin-1 to Latin Extended-B, Latin Extended
    // Additional); '\0' where a character is none of them.
    const LATIN: std::ops::Range<u32> = 0xC0..0x250;
    const ADDITIONAL: std::ops::Range<u32> = 0x1E00..0x1F00;
    static TABLE: OnceLock<(Vec<char>, Vec<char>)> = OnceLock::new();
    let (latin, additional) = TABLE.get_or_init(|| {
        let mut latin = vec!['\0'; LATIN.len()];
        let mut additional = vec!['\0'; ADDITIONAL.len()];
        let mut insert = |toned: char, base: char| {
            let code = u32::from(toned);
            let slot = if LATIN.contains(&code) {
                latin.get_mut((code - LATIN.start) as usize)
            } else if ADDITIONAL.contains(&code) {
                additional.get_mut((code - ADDITIONAL.start) as usize)
            } else {
                None
            };
            // Every toned vowel is in one of the blocks (a test checks it).
            if let Some(slot) = slot {
                *slot = base;
            }
        };
        // The letters without a tone are their own base (no decomposition for them).
        for plain in "ăâêôơưđĂÂÊÔƠƯĐ".chars() {
            insert(plain, plain);
        }
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".chars() {
            for tone in ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'] {
                if let Some(toned) = compose(base, tone) {
                    insert(toned, base);
                }
            }
        }
        (latin, additional)
    });
    let code = u32::from(c);
    let base = if LATIN.contains(&code) {
        latin.get((code - LATIN.start) as usize)
    } else if ADDITIONAL.contains(&code) {
        additional.get((code - ADDITIONAL.start) as usize)
    } else {
        None
    };
    match base {
        Some(&base) if base != '\0' => base,
        _ => toneless_slow(c),
    }
}

fn toneless_slow(c: char) -> char {
    use unicode_normalization::UnicodeNormalization;
    let kept: String = std::iter::once(c)
        .nfd()
        .filter(|m| !matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'))
        .nfc()
        .collect();
    kept.chars().next().unwrap_or(c)
}

/// Splits `sentence` into tokens; `folded` is its [`fold_case`], `base` its offset in
/// the field.
fn tokenize(sentence: &str, folded: &str, base: usize) -> Vec<Token> {
    // About one token in four bytes or more (a syllable and its space): few sentences
    // make the vector grow.
    let mut tokens = Vec::with_capacity(sentence.len() / 4 + 4);
    let mut chars = sentence.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if crate::normalize::is_alphanumeric(c) {
            let mut end = start + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            let mut last = c;
            while let Some(&(j, d)) = chars.peek() {
                // "De Vosđã": "đ" starts a Vietnamese syllable, never ends one, so a word
                // glued after a letter starts there.
                if d == 'đ' && last.is_alphabetic() {
                    break;
                }
                last = d;
                if crate::normalize::is_alphanumeric(d) {
                    all_digits &= d.is_ascii_digit();
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                // Inner joiners: "TP.HCM", "TN&MT", "NN-PTNT", "H'Mông", "1.000", "26/6".
                if matches!(d, '.' | '&' | '-' | '\'' | '/' | ',') {
                    let after = sentence[j + d.len_utf8()..].chars().next();
                    let joins = match d {
                        ',' => all_digits && after.is_some_and(|a| a.is_ascii_digit()),
                        _ => after.is_some_and(crate::normalize::is_alphanumeric),
                    };
                    if joins {
                        chars.next();
                        continue;
                    }
                }
                break;
            }
            let word = &sentence[start..end];
            // "TP." "TX." "Q.": a short abbreviation keeps its full stop.
            if word.len() <= 3
                && matches!(
                    word,
                    "TP" | "Tp"
                        | "TX"
                        | "Tx"
                        | "Q"
                        | "P"
                        | "H"
                        | "TT"
                        | "ThS"
                        | "TS"
                        | "PGS"
                        | "GS"
                        | "BS"
                        | "Th"
                )
                && sentence[end..].starts_with('.')
            {
                chars.next();
                end += 1;
            }
            let word = &sentence[start..end];
            let kind = if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                span: base + start..base + end,
                kind,
                capitalized: c.is_uppercase(),
                folded: folded.get(start..end).unwrap_or(word).into(),
                hit: None,
                date: None,
            });
        } else {
            let p = match c {
                '“' | '”' | '«' | '»' | '"' => '"',
                '—' => '–',
                other => other,
            };
            tokens.push(Token {
                span: base + start..base + start + c.len_utf8(),
                kind: TokenKind::Punct(p),
                capitalized: false,
                folded: compact_str::CompactString::from(c.encode_utf8(&mut [0; 4]) as &str),
                hit: None,
                date: None,
            });
        }
    }
    drop_bullets(&mut tokens);
    tokens
}

/// A word of initials before a full stop: "J" (of "J. Smith"), "H.R" (of "H.R. McMaster").
/// A word of two or more capital letters, perhaps with dots, that is no run of initials:
/// "ĐHQG", "TP.HCM" (not "H.R.", "J").
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !word.chars().any(char::is_lowercase)
        && !is_initials(word.trim_end_matches('.'))
}

fn is_initials(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
    })
}

/// "bổ nhiệm các ông: - A, X; - B, Y": the dash (or "+", "•") that opens an item of a
/// list, first in the sentence or after ":" or ";", and before a word, is no word of
/// the list: the items read as those of a list written in prose.
fn drop_bullets(tokens: &mut Vec<Token>) {
    let bullet = |tokens: &[Token], i: usize| {
        matches!(tokens[i].kind, TokenKind::Punct('-' | '–' | '+' | '•'))
            && (i == 0 || matches!(tokens[i - 1].kind, TokenKind::Punct(':' | ';')))
            && tokens.get(i + 1).is_some_and(Token::is_word)
    };
    if !(0..tokens.len()).any(|i| bullet(tokens, i)) {
        return;
    }
    let drop: Vec<bool> = (0..tokens.len()).map(|i| bullet(tokens, i)).collect();
    let mut i = 0;
    tokens.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// Marks on each token the hit that starts on it.
/// "xã Tân Thông Hội", "huyện Bàu Bàng", "sân bay Tân Sơn Nhất": a capitalised move word
/// of one syllable right after a place type is a word of a place name, and so is "tân"
/// ("new") next to another capitalised word that starts no title.
fn drop_moves_in_names(gazetteer: &Gazetteer, tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if !tokens[i].capitalized || !tokens[i - 1].is_word() {
            continue;
        }
        let after_place_type = (i.saturating_sub(3)..i).any(|k| {
            tokens[k].hit.as_ref().is_some_and(|(entries, end)| {
                *end == i
                    && entries
                        .iter()
                        .any(|&e| gazetteer.entries()[e as usize].category == Category::PlaceType)
            })
        });
        // A title that ends in its place type: "Chủ tịch UBND phường Tân Định".
        let after_place_type = after_place_type
            || matches!(
                tokens[i - 1].folded.as_str(),
                "xã" | "phường" | "trấn" | "huyện" | "quận" | "tỉnh" | "phố" | "thôn" | "ấp"
            );
        // "tân" before a capitalised word that starts no title: "quốc tế Tân Sơn Nhất".
        let before_name = tokens.get(i + 1).is_some_and(|n| {
            n.is_word()
                && n.capitalized
                && n.hit.as_ref().is_none_or(|(entries, _)| {
                    entries.iter().all(|&e| {
                        !matches!(
                            gazetteer.entries()[e as usize].category,
                            Category::Title | Category::Organisation | Category::Honorific
                        )
                    })
                })
        });
        let after_capital = tokens[i - 1].capitalized || before_name;
        let Some((entries, end)) = tokens[i].hit.as_mut() else {
            continue;
        };
        if *end != i + 1 {
            continue;
        }
        entries.retain(|&e| {
            let entry = &gazetteer.entries()[e as usize];
            entry.category != Category::Move
                || !(after_place_type || (after_capital && entry.class == "new"))
        });
        if entries.is_empty() {
            tokens[i].hit = None;
        }
    }
}

fn attach_hits(tokens: &mut [Token], hits: &[Hit]) {
    let mut t = 0;
    let mut h = 0;
    while h < hits.len() {
        let start = hits[h].span.start;
        let end = hits[h].span.end;
        let mut entries = vec![hits[h].entry];
        while h + 1 < hits.len() && hits[h + 1].span == hits[h].span {
            h += 1;
            entries.push(hits[h].entry);
        }
        h += 1;
        while t < tokens.len() && tokens[t].span.start < start {
            t += 1;
        }
        if t >= tokens.len() || tokens[t].span.start != start {
            continue;
        }
        let mut e = t;
        while e < tokens.len() && tokens[e].span.end <= end {
            e += 1;
        }
        if e > t && tokens[e - 1].span.end == end {
            tokens[t].hit = Some((entries, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_given_names_of_the_west() {
        let cases = [
            ("gary", true),
            ("steven", true),
            ("françois", true),
            ("josé", true),
            ("goldman", false),
            ("sachs", false),
            // Vietnamese syllables that lose their marks to a given name are not one.
            ("sâm", false),
            ("lục", false),
            ("jae-in", false),
        ];
        for (word, given) in cases {
            assert_eq!(is_given_name(word), given, "{word}");
        }
    }

    #[test]
    fn toneless_table_agrees_with_decomposition() {
        for c in ('\u{80}'..='\u{2FF}').chain('\u{1E00}'..='\u{1EFF}') {
            assert_eq!(toneless(c), toneless_slow(c), "{c}");
        }
        assert_eq!(toneless('ế'), 'ê');
        assert_eq!(toneless('Ợ'), 'Ơ');
        // Every toned vowel is in the blocks the table covers.
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".chars() {
            for tone in ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'] {
                if let Some(toned) = unicode_normalization::char::compose(base, tone) {
                    assert!(matches!(u32::from(toned), 0xC0..=0x24F | 0x1E00..=0x1EFF));
                }
            }
        }
    }
    use crate::normalize::Normalizer;

    fn with_sentence<R>(text: &str, f: impl FnOnce(&Sentence) -> R) -> R {
        let n = Normalizer::default();
        let g = Gazetteer::builtin(&n).unwrap();
        let norm = n.normalize(text);
        let s = Sentence::analyse(&g, norm.as_str(), 0..norm.as_str().len());
        f(&s)
    }

    /// `may_name_person` is true wherever the analysis finds a person.
    #[test]
    fn a_person_needs_an_honorific_a_title_or_a_surname() {
        let cases: &[(&str, bool)] = &[
            ("Ông Lê Hữu Tùng được điều động về Sở Xây dựng", true),
            ("bà được bầu làm Chủ tịch Hội Phụ nữ", true),
            ("Phó Giám đốc FBI Andrew McCabe được bổ nhiệm", true),
            (
                "Trần Quốc Vượng, Nguyễn Văn Sơn và Lý Thị Mai cùng dự",
                true,
            ),
            ("Bệnh viện tỉnh tiếp nhận thêm ba xe cứu thương", false),
            (
                "Đội bóng Sông Lam Nghệ An thay đổi sơ đồ chiến thuật",
                false,
            ),
            ("giá xăng trở lại mức cũ", false),
        ];
        let n = Normalizer::default();
        let g = Gazetteer::builtin(&n).unwrap();
        for &(text, may) in cases {
            let hits = SentenceHits::find(&g, text, 0..text.len());
            assert_eq!(hits.may_name_person(), may, "{text}");
            let s = hits.analyse();
            assert_eq!(!s.persons.is_empty(), may, "{text}: {:?}", s.persons);
        }
    }

    /// `may_start_title` is true wherever `post_at` reads a post starting with a title
    /// at the word after "tân".
    #[test]
    fn a_title_after_the_mark_of_a_new_post() {
        let cases: &[(&str, bool)] = &[
            ("tân Giám đốc Sở Y tế Lê Văn Bảy", true),
            ("ông Lê Văn Bảy, tân Bí thư Tỉnh ủy", true),
            ("tân quyền Giám đốc Sở Tài chính", true),
            ("TÂN CHỦ TỊCH UBND TỈNH", true),
            ("sân bay Tân Sơn Nhất", false),
            ("ông Nguyễn Văn Tân, Giám đốc Sở", false),
            ("tân, Giám đốc Sở", false),
            ("tân Sở Y tế", false),
            ("tân quyền lợi", false),
        ];
        let n = Normalizer::default();
        let g = Gazetteer::builtin(&n).unwrap();
        for &(text, may) in cases {
            let hits = SentenceHits::find(&g, text, 0..text.len());
            let tan = fold_case(text).find("tân").unwrap() + "tân".len();
            assert_eq!(hits.may_start_title(tan), may, "{text}");
            let s = hits.analyse();
            let after = s.tokens.iter().position(|t| t.span.start >= tan).unwrap();
            assert_eq!(s.post_at(after, false).is_some(), may, "{text}");
        }
    }

    #[test]
    fn persons_after_honorifics_and_surnames() {
        let cases: &[(&str, &[&str])] = &[
            ("Ông Lê Hữu Tùng từ Phó Bí thư Huyện đoàn", &["Lê Hữu Tùng"]),
            ("Bí thư Lê Hữu Tùng luôn lắng nghe", &["Lê Hữu Tùng"]),
            (
                "các ông Nguyễn Xuân Bình, Lê Khắc Nam và Lê Thanh Sơn",
                &["Nguyễn Xuân Bình", "Lê Khắc Nam", "Lê Thanh Sơn"],
            ),
            ("Bí thư Đảng ủy xã Liêu Xá", &[]),
            ("ông Mike Dubke xác nhận", &["Mike Dubke"]),
            ("đồng chí Pho về xã", &["Pho"]),
            // Foreign names without an honorific or a title before them.
            (
                "Nữ hoàng đã chỉ định Olivia Bramwell làm người đứng đầu nội các",
                &["Olivia Bramwell"],
            ),
            ("nhà ngoại giao Park Min-seo sẽ dẫn đầu", &["Park Min-seo"]),
            (
                "Thủ tướng cho biết Jonathan R. Hale đã đồng ý",
                &["Jonathan R. Hale"],
            ),
            // A country is never part of a name; a Vietnamese name after a foreign word is
            // a name of its own.
            (
                "Tổng thống Hàn Quốc Lee Jae-won phát biểu",
                &["Lee Jae-won"],
            ),
            (
                "chuyên gia của Google Trần Minh Hậu cho biết",
                &["Trần Minh Hậu"],
            ),
            // The next sentence run into a caption: a Vietnamese word with its marks
            // after a foreign name, then lower-case words, is none of the name.
            (
                "Tân Tổng thống Mỹ Donald Trump Thuật ngữ này có nghĩa rộng",
                &["Donald Trump"],
            ),
            ("ông Lee Jae-won Hôm qua đã nói", &["Lee Jae-won"]),
            // Organisations and places written like names are none.
            ("theo tờ Wall Street Journal hôm qua", &[]),
            ("hãng Kaspersky Lab vừa công bố", &[]),
            ("thống đốc bang New Hampshire phát biểu", &[]),
            ("du khách đến Tháp Eiffel mỗi ngày", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = with_sentence(text, |s| {
                s.persons
                    .iter()
                    .filter(|p| !p.name.is_empty())
                    .map(|p| p.name.clone())
                    .collect()
            });
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn posts_end_where_they_should() {
        let cases: &[(&str, &str)] = &[
            (
                "Phó Bí thư Huyện đoàn Yên Mỹ được luân chuyển",
                "Phó Bí thư Huyện đoàn Yên Mỹ",
            ),
            (
                "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam khóa VIII",
                "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam",
            ),
            (
                "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái từ ngày 9/9",
                "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái",
            ),
            (
                "Bí thư Đảng ủy xã Song Mai - Kim Động cho biết",
                "Bí thư Đảng ủy xã Song Mai - Kim Động",
            ),
            (
                "Phó Chánh Thanh tra Nhà nước huyện Khoái Châu về xã",
                "Phó Chánh Thanh tra Nhà nước huyện Khoái Châu",
            ),
            (
                "Giám đốc Sở Nội vụ tỉnh này cho đến năm 1997",
                "Giám đốc Sở Nội vụ",
            ),
            (
                "Chủ tịch HĐQT Tổng công ty Cảng hàng không Việt Nam từ tháng 6",
                "Chủ tịch HĐQT Tổng công ty Cảng hàng không Việt Nam",
            ),
            (
                "Trưởng phòng Tài chính - Kế hoạch huyện A Lưới.",
                "Trưởng phòng Tài chính - Kế hoạch huyện A Lưới",
            ),
            (
                "Bí thư Thành ủy TP.HCM - Nguồn ảnh: Zing.vn",
                "Bí thư Thành ủy TP.HCM",
            ),
            (
                "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy báo cáo tình hình",
                "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
            ),
        ];
        for (text, want) in cases {
            let got = with_sentence(text, |s| s.post_at(0, false).map(|p| p.text));
            assert_eq!(got.as_deref(), Some(*want), "{text}");
        }
    }

    /// Words that look like a title or an organisation and are neither.
    #[test]
    fn no_post_here() {
        let cases = [
            // The city, not "Trưởng phòng".
            "TP Yên Bái",
            "TP. Vinh",
            // The fatherland, not a "Tổ" (team).
            "Tổ quốc",
        ];
        for text in cases {
            let got = with_sentence(text, |s| s.post_at(0, true).map(|p| p.text));
            assert_eq!(got, None, "{text}");
        }
    }
}
