//! One move, many articles: the records of several documents that report the same move,
//! merged into one.
//!
//! An aggregator carries a story from several outlets, and an article recounts moves other
//! articles told. Two records are reports of the same move when their person and their
//! `to_post` are equal after folding (as `canbo eval` folds them:
//! [`crate::eval::person_key`], [`crate::eval::fold`]) and their dates are
//! [compatible](dates_compatible).
//!
//! ```
//! use canbo::moves::{merge, Report};
//!
//! let report = |doc_id, date| Report {
//!     person_key: "lê văn hoa",
//!     post_key: "chu tich uy ban nhân dân huyên",
//!     date,
//!     doc_id,
//!     record_id: doc_id,
//! };
//! let reports = [
//!     report("a", "2017-07-01"),
//!     report("b", "2017-07"),
//!     report("c", ""),
//!     report("d", "2010"),
//! ];
//! // Two moves: July 2017, told by a, b and c (undated), and one of 2010, told by d.
//! assert_eq!(merge(&reports), [vec![0, 1, 2], vec![3]]);
//! ```

use std::cmp::Reverse;

use crate::record::StableHasher;

/// What merging needs to know of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report<'a> {
    /// The folded person ([`crate::eval::person_key`]).
    pub person_key: &'a str,
    /// The folded `to_post` ([`crate::eval::fold`]).
    pub post_key: &'a str,
    /// The ISO 8601 partial date of the record, or empty.
    pub date: &'a str,
    pub doc_id: &'a str,
    pub record_id: &'a str,
}

/// A partial date's parts: year, month, day.
type Parts = (Option<u32>, Option<u32>, Option<u32>);

/// The parts of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `--MM-DD` or `--MM`; `None` for anything
/// else (the empty date included).
fn parts(date: &str) -> Option<Parts> {
    fn number(s: &str, len: usize) -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    }
    let (year, rest) = match date.strip_prefix("--") {
        Some(rest) => (None, Some(rest)),
        None => match date.split_once('-') {
            Some((year, rest)) => (Some(number(year, 4)?), Some(rest)),
            None => (Some(number(date, 4)?), None),
        },
    };
    let (month, day) = match rest.map(|rest| rest.split_once('-').ok_or(rest)) {
        None => (None, None),
        Some(Ok((month, day))) => (Some(number(month, 2)?), Some(number(day, 2)?)),
        Some(Err(month)) => (Some(number(month, 2)?), None),
    };
    Some((year, month, day))
}

/// How precise a date is, for choosing the date of a move: a full date, then year and
/// month, a year, month and day without a year, a month alone, and no date.
fn precision(date: &str) -> u8 {
    match parts(date) {
        Some((Some(_), Some(_), Some(_))) => 5,
        Some((Some(_), Some(_), None)) => 4,
        Some((Some(_), None, _)) => 3,
        Some((None, Some(_), Some(_))) => 2,
        Some((None, _, _)) => 1,
        None => 0,
    }
}

/// Whether two dates can be the date of one move: equal, or one a less precise form of the
/// other, every part it gives (year, month, day) the same in the other (`2017` and
/// `2017-07-01`, `--07-01` and `2017-07-01`; not `--07-01` and `2017`, which only do not
/// contradict each other). The empty date is compatible with every date; a string that is
/// no ISO partial date only with itself and the empty date.
///
/// ```
/// use canbo::moves::dates_compatible;
///
/// assert!(dates_compatible("2017", "2017-07-01"));
/// assert!(dates_compatible("--07-01", "2017-07-01"));
/// assert!(dates_compatible("", "2010"));
/// assert!(!dates_compatible("2017-06", "2017-07-01"));
/// assert!(!dates_compatible("--07-01", "2017"));
/// assert!(!dates_compatible("2010", "2017"));
/// ```
pub fn dates_compatible(a: &str, b: &str) -> bool {
    if a == b || a.is_empty() || b.is_empty() {
        return true;
    }
    // Every part `a` gives, `b` gives the same.
    let within = |a: Parts, b: Parts| {
        let part = |x: Option<u32>, y: Option<u32>| x.is_none() || x == y;
        part(a.0, b.0) && part(a.1, b.1) && part(a.2, b.2)
    };
    match (parts(a), parts(b)) {
        (Some(a), Some(b)) => within(a, b) || within(b, a),
        _ => false,
    }
}

/// Groups reports into moves, and gives the indices of each move's reports.
///
/// Reports of one person and post are taken from the most precise date to the least (then
/// by date, document and record id, so the result does not depend on the order of
/// `reports`): each dated report joins the first move whose date (its first report's) is
/// compatible with its own, or starts a move; an undated report joins the move with the
/// most reports (the first of them on a tie), or starts one when there is none. A move's
/// first index is the report that gives it its date. Moves come by person and post, the
/// more precisely dated first. A report without a person or a post after folding is a
/// move of its own: nothing tells what it could be merged with.
pub fn merge(reports: &[Report<'_>]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..reports.len()).collect();
    order.sort_by_key(|&i| {
        let r = &reports[i];
        (
            r.person_key,
            r.post_key,
            Reverse(precision(r.date)),
            r.date.is_empty(),
            r.date,
            r.doc_id,
            r.record_id,
        )
    });
    let mut moves: Vec<Vec<usize>> = Vec::new();
    let mut start = 0;
    for group in order.chunk_by(|&a, &b| {
        (reports[a].person_key, reports[a].post_key) == (reports[b].person_key, reports[b].post_key)
    }) {
        for &i in group {
            let date = reports[i].date;
            let join = if reports[i].person_key.is_empty() || reports[i].post_key.is_empty() {
                None
            } else if date.is_empty() {
                // The first of the moves with the most reports.
                (start..moves.len()).rev().max_by_key(|&m| moves[m].len())
            } else {
                (start..moves.len()).find(|&m| dates_compatible(reports[moves[m][0]].date, date))
            };
            match join {
                Some(m) => moves[m].push(i),
                None => moves.push(vec![i]),
            }
        }
        start = moves.len();
    }
    moves
}

/// The id of the move whose first report (as [`merge`] gives it) is `seed`: FNV-1a (64
/// bits, 16 hex digits) of its folded person, its folded post and its date, each followed
/// by the byte 0x1F. The moves of one person and post have pairwise incompatible dates,
/// so their ids differ. A move without a person or a post, never merged, takes the id of
/// its record instead (hashed after three empty fields).
pub fn move_id(seed: &Report<'_>) -> String {
    let mut h = StableHasher::new();
    if seed.person_key.is_empty() || seed.post_key.is_empty() {
        h.field("").field("").field("").field(seed.record_id);
    } else {
        h.field(seed.person_key)
            .field(seed.post_key)
            .field(seed.date);
    }
    h.hex()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_into_parts() {
        let cases: &[(&str, Option<Parts>)] = &[
            ("2017", Some((Some(2017), None, None))),
            ("2017-07", Some((Some(2017), Some(7), None))),
            ("2017-07-01", Some((Some(2017), Some(7), Some(1)))),
            ("--07-01", Some((None, Some(7), Some(1)))),
            ("--07", Some((None, Some(7), None))),
            ("", None),
            ("--", None),
            ("2017-", None),
            ("2017-7", None),
            ("17", None),
            ("2017-07-01-02", None),
            ("năm 2017", None),
            ("2017-07-01T10:00", None),
        ];
        for &(date, want) in cases {
            assert_eq!(parts(date), want, "{date:?}");
        }
    }

    #[test]
    fn compatible_dates() {
        let cases = [
            ("2017-07-01", "2017-07-01", true),
            ("2017", "2017-07", true),
            ("2017-07", "2017-07-01", true),
            ("--07-01", "2017-07-01", true),
            ("--07", "2017-07-01", true),
            ("--07-01", "2017", false),
            ("--07", "2017", false),
            ("--07", "--07-01", true),
            ("", "2017-07-01", true),
            ("x", "", true),
            ("x", "x", true),
            ("x", "2017", false),
            ("2017-07-01", "2017-07-02", false),
            ("2017-06", "2017-07-01", false),
            ("--06-01", "2017-07", false),
            ("2016", "2017-07-01", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(dates_compatible(a, b), want, "{a:?} {b:?}");
            assert_eq!(dates_compatible(b, a), want, "{b:?} {a:?}");
        }
    }

    fn report<'a>(person: &'a str, post: &'a str, date: &'a str, doc: &'a str) -> Report<'a> {
        Report {
            person_key: person,
            post_key: post,
            date,
            doc_id: doc,
            record_id: doc,
        }
    }

    /// (reports as (person, post, date, doc), moves as lists of docs, seed first).
    #[test]
    fn merging() {
        type Case = (
            &'static [(&'static str, &'static str, &'static str, &'static str)],
            &'static [&'static [&'static str]],
        );
        let cases: &[Case] = &[
            (&[], &[]),
            (&[("an", "gd", "", "a")], &[&["a"]]),
            // Same person and post, dates less and more precise: one move, the most
            // precise date first.
            (
                &[
                    ("an", "gd", "2017", "a"),
                    ("an", "gd", "2017-07-01", "b"),
                    ("an", "gd", "", "c"),
                ],
                &[&["b", "a", "c"]],
            ),
            // Another post, another person: other moves.
            (
                &[
                    ("an", "gd", "2017", "a"),
                    ("an", "ct", "2017", "b"),
                    ("binh", "gd", "2017", "c"),
                ],
                &[&["b"], &["a"], &["c"]],
            ),
            // Incompatible dates: two moves; the undated report joins the larger.
            (
                &[
                    ("an", "gd", "2010", "a"),
                    ("an", "gd", "2017-07", "b"),
                    ("an", "gd", "2017", "c"),
                    ("an", "gd", "", "d"),
                ],
                &[&["b", "c", "d"], &["a"]],
            ),
            // A year compatible with two months joins the first.
            (
                &[
                    ("an", "gd", "2017", "a"),
                    ("an", "gd", "2017-07", "b"),
                    ("an", "gd", "2017-05", "c"),
                ],
                &[&["c", "a"], &["b"]],
            ),
            // Two reports in one document (a collision of keys) stay in one move.
            (
                &[("an", "gd", "", "a"), ("an", "gd", "", "a")],
                &[&["a", "a"]],
            ),
            // Without a person or a post, nothing is merged.
            (
                &[
                    ("", "gd", "2017", "a"),
                    ("", "gd", "2017", "b"),
                    ("an", "", "", "c"),
                    ("an", "", "", "d"),
                ],
                &[&["a"], &["b"], &["c"], &["d"]],
            ),
        ];
        for &(input, want) in cases {
            let reports: Vec<Report> = input
                .iter()
                .map(|&(p, t, d, doc)| report(p, t, d, doc))
                .collect();
            let got: Vec<Vec<&str>> = merge(&reports)
                .into_iter()
                .map(|m| m.into_iter().map(|i| reports[i].doc_id).collect())
                .collect();
            assert_eq!(got, want, "{input:?}");
            // The order of the input does not matter.
            let mut reversed = reports.clone();
            reversed.reverse();
            let again: Vec<Vec<&str>> = merge(&reversed)
                .into_iter()
                .map(|m| m.into_iter().map(|i| reversed[i].doc_id).collect())
                .collect();
            assert_eq!(again, want, "reversed {input:?}");
        }
    }

    #[test]
    fn move_ids_are_fixed() {
        let id = |person, post, date, record| {
            move_id(&Report {
                person_key: person,
                post_key: post,
                date,
                doc_id: "a",
                record_id: record,
            })
        };
        let hash = StableHasher::new()
            .field("an")
            .field("gd")
            .field("2017")
            .hex();
        assert_eq!(id("an", "gd", "2017", "r1"), hash);
        assert_eq!(
            id("an", "gd", "2017", "r2"),
            hash,
            "the move's, not the record's"
        );
        assert_ne!(id("an", "gd", "2017-07", "r1"), hash);
        // Without a person or a post, the record's.
        assert_ne!(id("", "gd", "2017", "r1"), id("", "gd", "2017", "r2"));
        assert_ne!(id("an", "", "", "r1"), id("an", "", "", "r2"));
    }
}
