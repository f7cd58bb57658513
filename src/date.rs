//! Dates: finding the date phrases of Vietnamese news and writing them as ISO 8601
//! partial dates.
//!
//! ```
//! use canbo::date::{find_dates, PartialDate};
//!
//! let text = "Từ ngày 1/7/2017, ông được bổ nhiệm; cuối năm 2015 ông về xã.";
//! let dates = find_dates(text);
//! assert_eq!(dates[0].date.to_iso(), "2017-07-01");
//! assert!(dates[0].effective);
//! assert_eq!(dates[1].date.to_iso(), "2015");
//! assert_eq!(PartialDate { year: None, month: Some(6), day: Some(26) }.to_iso(), "--06-26");
//! ```

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

/// A date known to the year, the month or the day; any part may be missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `--MM-DD`, `--MM`, or empty.
    pub fn to_iso(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, _) => String::new(),
        }
    }

    /// Is `other` this date told more precisely: it agrees on every part this one gives
    /// and gives more ("2016" → "2016-09-09", "--06" → "--06-22")?
    pub fn refines_to(&self, other: &PartialDate) -> bool {
        fn agrees<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            a.is_none() || a == b
        }
        let parts = |d: &PartialDate| {
            usize::from(d.year.is_some())
                + usize::from(d.month.is_some())
                + usize::from(d.day.is_some())
        };
        *self != PartialDate::default()
            && agrees(self.year, other.year)
            && agrees(self.month, other.month)
            && agrees(self.day, other.day)
            && parts(other) > parts(self)
    }

    /// Parses the leading `YYYY-MM-DD` of an ISO date or date-time (a document's date).
    pub fn parse_iso(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        let year: i32 = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7).and_then(|m| m.parse::<u8>().ok());
        let day = s.get(8..10).and_then(|d| d.parse::<u8>().ok());
        Some(PartialDate {
            year: Some(year),
            month: month.filter(|m| (1..=12).contains(m)),
            day: day.filter(|d| (1..=31).contains(d)),
        })
    }

    /// Gives a year-less date the year of `reference` (a document's date): the same
    /// year, or the year before when the date would fall after the reference.
    pub fn resolve_year(self, reference: Option<PartialDate>) -> PartialDate {
        let (Some(reference), None, Some(month)) = (reference, self.year, self.month) else {
            return self;
        };
        let Some(ref_year) = reference.year else {
            return self;
        };
        // News reports what happened, or takes effect, up to about a month ahead; a date
        // further ahead than that is from the year before.
        let after = reference
            .month
            .is_some_and(|ref_month| month > ref_month + 1);
        PartialDate {
            year: Some(if after { ref_year - 1 } else { ref_year }),
            ..self
        }
    }

    fn has_year(&self) -> bool {
        self.year.is_some()
    }
}

/// A date phrase found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Byte span of the phrase in the searched text.
    pub span: Range<usize>,
    pub date: PartialDate,
    /// Introduced by "từ", "kể từ", "có hiệu lực": when the move takes effect.
    pub effective: bool,
    /// The date of a decision ("Quyết định số 439-QĐ/TW ngày 6/2/2017").
    pub decision: bool,
    /// The start of a period ("từ năm 2005 đến tháng 4/2017", "từ 2012 đến nay"): when
    /// a post was held, not when a move took effect.
    pub period: bool,
}

fn date_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Longest first; that a word ends here is checked after the match (a Unicode `\b`
        // would keep the regex off its fast engines).
        let month_word = r"mười một|mười hai|giêng|chạp|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười";
        Regex::new(&format!(
            r"(?xi)
            (?P<eff>(?:kể\s+)?từ\s+(?:ngày\s+)?|có\s+hiệu\s+lực\s+(?:từ\s+)?(?:ngày\s+)?)?
            (?:
                # 1/7/2017, 1-7-2017, 26.6.2017, ngày 1 tháng 7 năm 2017
                (?:ngày\s+)?(?P<d1>[0-9]{{1,2}})\s*(?:[/.-]\s*|\s+tháng\s+)(?P<m1>[0-9]{{1,2}})
                  (?:\s*(?:[/.-]\s*|\s+năm\s+)(?P<y1>(?:19|20)[0-9]{{2}}))?(?P<tail1>[/.-]?[0-9]|\s*[/-]\s*[[:alpha:]])?
              | # tháng 5 năm 2018, tháng 5/2018, tháng 4-2016, tháng 6.2017, tháng hai
                (?P<pre2>đầu|cuối|giữa|hạ\s+tuần|thượng\s+tuần|trung\s+tuần)?\s*tháng\s+
                  (?:(?P<m2>[0-9]{{1,2}})|(?P<mw>{month_word}))
                  (?:\s*(?:[/.-]\s*|\s+năm\s+)(?P<y2>(?:19|20)[0-9]{{2}}))?
              | # năm 2010, cuối năm 2015, (the bare year of a CV line is not taken)
                (?:(?:đầu|cuối|giữa|trong|từ|vào|hồi)\s+)?năm\s+(?P<y3>(?:19|20)[0-9]{{2}})
              | # 8.2017, 7/1994 (month and year)
                (?-u:\b)(?P<m4>[0-9]{{1,2}})[/.](?P<y4>(?:19|20)[0-9]{{2}})(?-u:\b)
            )"
        ))
        .expect("the date pattern is valid")
    })
}

/// A Vietnamese number word from one to twelve ("ba" → 3, "mười hai" → 12).
pub fn number_word(word: &str) -> Option<u8> {
    Some(match word {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" => 12,
        _ => return None,
    })
}

/// A month written as a word: "tháng hai", "tháng tư", "tháng Giêng", "tháng Chạp".
fn month_of_word(word: &str) -> Option<u8> {
    match word.to_lowercase().as_str() {
        "giêng" => Some(1),
        "tư" => Some(4),
        "chạp" => Some(12),
        other => number_word(other),
    }
}

/// Can `text` hold a date phrase at all? Every phrase [`find_dates`] takes has a digit
/// (0-9) or the word "tháng"; `folded` is the [`fold_case`](crate::normalize::fold_case)
/// of `text`. Most sentences have neither, and this is much cheaper than the search.
pub fn may_hold_date(text: &str, folded: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || memchr::memmem::find(folded.as_bytes(), "tháng".as_bytes()).is_some()
}

/// Every date phrase of `text`, in order.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    for caps in date_regex().captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
        let date = if let (Some(d), Some(m)) = (num("d1"), num("m1")) {
            if caps.name("tail1").is_some() || !is_day_month(text, whole.start(), d, m) {
                continue;
            }
            PartialDate {
                year: num("y1"),
                month: Some(m as u8),
                day: Some(d as u8),
            }
        } else if caps.name("m2").is_some() || caps.name("mw").is_some() {
            let month = match (num("m2"), caps.name("mw")) {
                (Some(m), _) if (1..=12).contains(&m) => m as u8,
                (None, Some(w)) => match month_of_word(w.as_str()) {
                    Some(m) if !text[w.end()..].starts_with(char::is_alphanumeric) => m,
                    _ => continue,
                },
                _ => continue,
            };
            // "tháng năm" alone is too ambiguous ("năm" is also "year").
            if caps
                .name("mw")
                .is_some_and(|w| w.as_str().eq_ignore_ascii_case("năm"))
                && num("y2").is_none()
            {
                continue;
            }
            PartialDate {
                year: num("y2"),
                month: Some(month),
                day: None,
            }
        } else if let Some(y) = num("y3") {
            PartialDate {
                year: Some(y),
                month: None,
                day: None,
            }
        } else if let (Some(m), Some(y)) = (num("m4"), num("y4")) {
            if !(1..=12).contains(&m) {
                continue;
            }
            PartialDate {
                year: Some(y),
                month: Some(m as u8),
                day: None,
            }
        } else {
            continue;
        };
        // "sinh năm 1965", "sinh ngày 12.8.1962": a birth date is no move's date.
        let before = text[..whole.start()].trim_end();
        if before.ends_with("sinh") || before.ends_with("Sinh") {
            continue;
        }
        // The date of a decree or a law ("Nghị định 108/2014/NĐ-CP ngày 20-11-2014") is
        // no move's date; that of a decision is the move's.
        let act = act_before(before);
        if act == Some(Act::Law) {
            continue;
        }
        let period = starts_period(&text[whole.end()..]);
        let effective = caps.name("eff").is_some() && !period;
        // The effective marker is not part of the date phrase as written.
        let start = caps.name("eff").map_or(whole.start(), |e| e.end());
        let phrase = text[start..whole.end()].trim_start();
        let start = whole.end() - phrase.len();
        out.push(DateMention {
            span: start..whole.end(),
            date,
            effective,
            decision: act == Some(Act::Decision),
            period,
        });
    }
    out
}

/// Does `after` (the text after a date) go on to the end of a period: "đến tháng 4/2017",
/// "đến nay", "tới năm 2015", "- 2/2014"?
fn starts_period(after: &str) -> bool {
    // The words looked at are in the first few characters.
    let after = first_chars(after.trim_start(), 24).to_lowercase();
    let rest = ["đến ", "tới ", "cho đến ", "- ", "– "]
        .iter()
        .find_map(|w| after.strip_prefix(w));
    rest.is_some_and(|r| {
        let r = r.trim_start();
        r.starts_with(|c: char| c.is_ascii_digit())
            || ["nay", "tháng", "năm", "ngày", "hết", "cuối", "đầu", "giữa"]
                .iter()
                .any(|w| r.starts_with(w))
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Decision,
    Law,
}

/// The act whose number ends `before` ("Quyết định số 439-QĐNS/TW ngày", "Nghị định
/// 108/2014/NĐ-CP ngày"): a date right after it is the act's.
fn act_before(before: &str) -> Option<Act> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)(quyết\s+định|nghị\s+định|thông\s+tư|luật|pháp\s+lệnh|chỉ\s+thị)(?:\s+số)?\s*[0-9][0-9A-Za-zĐđ/.\-–\s]{0,24}?(?:\s+ngày)?\s*$",
        )
        .expect("the act pattern is valid")
    });
    // Only the last few words matter; keep the search short.
    let mut from = before.len().saturating_sub(80);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let caps = re.captures(&before[from..])?;
    let word = caps.get(1)?.as_str().to_lowercase();
    Some(if word.starts_with("quyết") {
        Act::Decision
    } else {
        Act::Law
    })
}

/// Day and month in range, and not a fraction, decision number or score ("65/67 phiếu",
/// "số 05/12", "tỷ số 2-1", "chiến thắng 2-1", "thua 0-3", "hòa 1-1").
fn is_day_month(text: &str, start: usize, d: i32, m: i32) -> bool {
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return false;
    }
    let before = text[..start].trim_end();
    let before = last_chars(before, 8).to_lowercase();
    !["số", "thắng", "thua", "hòa", "hoà", "bại"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// The first `n` characters of `s` (all of it if shorter).
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// The last `n` characters of `s` (all of it if shorter).
fn last_chars(s: &str, n: usize) -> &str {
    s.char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(s, |(i, _)| &s[i..])
}

/// Chooses the date of a move among the date phrases of its sentence: an effective date
/// first, then that of a decision, then one with a year, then the first.
pub fn best_date(mentions: &[DateMention]) -> Option<&DateMention> {
    mentions
        .iter()
        .find(|m| m.effective)
        .or_else(|| mentions.iter().find(|m| m.decision))
        .or_else(|| mentions.iter().find(|m| m.date.has_year()))
        .or_else(|| mentions.first())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold_case;

    #[test]
    fn phrases_to_iso() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Từ ngày 1/7/2017 ông nhận nhiệm vụ",
                "2017-07-01",
                "1/7/2017",
            ),
            (
                "Sáng 26.6.2017, tỉnh tổ chức hội nghị",
                "2017-06-26",
                "26.6.2017",
            ),
            ("Chiều 26/6, tại trụ sở", "--06-26", "26/6"),
            ("Ngày 13-7, HĐND thành phố họp", "--07-13", "Ngày 13-7"),
            (
                "ngày 1 tháng 7 năm 2017",
                "2017-07-01",
                "ngày 1 tháng 7 năm 2017",
            ),
            (
                "từ tháng 5 năm 2018 là Huyện ủy viên",
                "2018-05",
                "tháng 5 năm 2018",
            ),
            ("được bổ nhiệm từ tháng 4-2016", "2016-04", "tháng 4-2016"),
            (
                "Tháng 6.2017 ông được hiệp thương",
                "2017-06",
                "Tháng 6.2017",
            ),
            ("nhận nhiệm vụ hồi giữa tháng hai", "--02", "giữa tháng hai"),
            ("Cuối năm 2015, ông về xã", "2015", "Cuối năm 2015"),
            ("năm 2010 được bổ nhiệm", "2010", "năm 2010"),
            ("tháng 7/1994 ông là cán bộ", "1994-07", "tháng 7/1994"),
        ];
        for (text, iso, phrase) in cases {
            let found = find_dates(text);
            assert!(may_hold_date(text, &fold_case(text)), "{text}");
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].date.to_iso(), *iso, "{text}");
            assert_eq!(&text[found[0].span.clone()], *phrase, "{text}");
        }
    }

    #[test]
    fn first_and_last_characters() {
        assert_eq!(first_chars("đến tháng 4", 5), "đến t");
        assert_eq!(first_chars("đến", 5), "đến");
        assert_eq!(last_chars("Quyết định số", 5), "nh số");
        assert_eq!(last_chars("số", 5), "số");
        assert_eq!(last_chars("", 5), "");
    }

    #[test]
    fn text_without_a_digit_or_month_holds_no_date() {
        let cases: &[(&str, bool)] = &[
            ("Ông được bổ nhiệm giữ chức Giám đốc Sở Nội vụ", false),
            ("NĂM NAY ÔNG VỀ HƯU", false),
            ("hồi THÁNG GIÊNG", true),
            ("Tháng Chạp, ông nhận nhiệm vụ mới", true),
            ("ngày 5", true),
            // Digits of other scripts are no date digits.
            ("ngày ٥/٧", false),
        ];
        for &(text, may) in cases {
            assert_eq!(may_hold_date(text, &fold_case(text)), may, "{text}");
            if !may {
                assert!(find_dates(text).is_empty(), "{text}");
            }
        }
        assert_eq!(find_dates("hồi THÁNG GIÊNG")[0].date.to_iso(), "--01");
    }

    #[test]
    fn the_start_of_a_period_is_no_effective_date() {
        for text in [
            "từ năm 2005 đến tháng 4/2017, ông giữ chức Phó Giám đốc",
            "giữ chức Tổng giám đốc từ 15/7/2009 đến 2/2014",
            "là Cục trưởng từ năm 2012 đến nay",
        ] {
            let found = find_dates(text);
            assert!(found[0].period && !found[0].effective, "{text}: {found:?}");
        }
        let found = find_dates("giữ chức Phó Giám đốc từ ngày 1/7/2017");
        assert!(found[0].effective && !found[0].period);
    }

    #[test]
    fn dates_of_acts() {
        let decision = find_dates("công bố Quyết định số 439-QĐNS/TW ngày 6/2/2017 của Ban Bí thư");
        assert_eq!(decision.len(), 1);
        assert!(decision[0].decision);
        let plain = find_dates("Sáng 8/2, Tỉnh ủy trao quyết định");
        assert!(!plain[0].decision);
        for law in [
            "nghỉ hưu theo Nghị định 108/2014/NĐ-CP ngày 20-11-2014 của Chính phủ",
            "theo Thông tư số 15/2019/TT-BNV ngày 4/12/2019",
        ] {
            assert!(find_dates(law).is_empty(), "{law}");
        }
    }

    #[test]
    fn not_dates() {
        for text in [
            "đạt 65/67 phiếu tán thành",
            "Quyết định số 05/12 của UBND",
            "nhiệm kỳ 2016-2021",
            "tỷ số 2-1 nghiêng về đội khách",
            "đội chủ nhà giành chiến thắng 3-1 trên sân Mỹ Đình",
            "Hà Nội FC thua 0-2, rồi hòa 1-1 ở lượt về",
            "Nghị định 46/2010/NĐ-CP",
            "hơn 1.000 người",
            "ông sinh năm 1965 tại Hà Tĩnh",
            "sinh ngày 12.8.1962",
        ] {
            assert!(
                find_dates(text).is_empty(),
                "{text}: {:?}",
                find_dates(text)
            );
        }
    }

    #[test]
    fn effective_date_is_preferred() {
        let text = "Chiều 26/6, Huyện ủy công bố quyết định, có hiệu lực từ ngày 1/7.";
        let found = find_dates(text);
        assert_eq!(found.len(), 2);
        assert_eq!(best_date(&found).unwrap().date.to_iso(), "--07-01");
    }

    #[test]
    fn year_resolution_against_the_document_date() {
        let doc = PartialDate::parse_iso("2017-06-27T08:00:00");
        let md = |m, d| PartialDate {
            year: None,
            month: Some(m),
            day: Some(d),
        };
        assert_eq!(md(6, 26).resolve_year(doc).to_iso(), "2017-06-26");
        assert_eq!(md(12, 20).resolve_year(doc).to_iso(), "2016-12-20");
        assert_eq!(md(7, 1).resolve_year(doc).to_iso(), "2017-07-01");
        assert_eq!(md(6, 26).resolve_year(None).to_iso(), "--06-26");
    }
}
