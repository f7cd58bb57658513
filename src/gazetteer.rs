//! Stage 3: the word lists canbo knows (titles, organisations, honorifics, surnames, move
//! words, place types, abbreviations) and a matcher over normalized text.
//!
//! Lists are plain TSV files with a header row, embedded in the binary from `gazetteers/`
//! and extended by the files of the same names in a directory given at run time.
//!
//! ```
//! use canbo::gazetteer::{Category, Gazetteer};
//! use canbo::normalize::Normalizer;
//!
//! let normalizer = Normalizer::default();
//! let gazetteer = Gazetteer::builtin(&normalizer).unwrap();
//! let text = normalizer.normalize("Ông Lê Hữu Tùng được bổ nhiệm giữ chức Phó Bí thư Huyện ủy");
//! let hits = gazetteer.find(text.as_str());
//! let cats: Vec<Category> = hits.iter().map(|h| gazetteer.entry(h).category).collect();
//! // "Phó Bí thư Huyện ủy" is one title: the longest entry wins.
//! assert_eq!(cats, [Category::Honorific, Category::Move, Category::Cue, Category::Title]);
//! ```

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::normalize::ToneStyle;

use crate::normalize::{fold_case, Normalizer};

/// What a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// A post's title: "Phó Bí thư", "Giám đốc".
    Title,
    /// The head of an organisation's name: "Sở", "Huyện ủy", "Ủy ban Kiểm tra".
    Organisation,
    /// A word before a person's name: "ông", "đồng chí", "Đại tá".
    Honorific,
    /// A word that tells a move: "bổ nhiệm", "được bầu".
    Move,
    /// A word that gives the role of what follows or qualifies a move: "từ", "giữ chức",
    /// "dự kiến", "tái bổ nhiệm".
    Cue,
    /// "xã", "huyện", "thành phố".
    PlaceType,
}

/// One entry of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub category: Category,
    /// As written in the list, normalized.
    pub text: String,
    /// Second column: the kind of a title or organisation, the kind of move (the document's
    /// move word family), or the class of a cue (`from`, `to`, `plan`, `again`, …).
    pub kind: String,
    /// Third column where it has one: level of a title, class of a move word.
    pub class: String,
    /// All upper case in the list (an abbreviation): matched with its case.
    case_sensitive: bool,
}

/// A match of an entry in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Range<usize>,
    pub entry: u32,
}

/// An error in a gazetteer file or directory.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{file}: {source}")]
    Io {
        file: PathBuf,
        source: std::io::Error,
    },
    /// The directory given does not exist or is not a directory.
    #[error("{dir}: {reason}")]
    Dir { dir: PathBuf, reason: String },
    /// A `.tsv` file in the directory that is none of the gazetteer files (a misspelt
    /// name would otherwise be ignored).
    #[error("{file}: not a gazetteer file (they are {known})")]
    UnknownFile { file: PathBuf, known: String },
    /// A row (or the header) of a file is wrong.
    #[error("{file}:{line}: {problem}")]
    Row {
        file: String,
        /// 1-based.
        line: usize,
        problem: RowError,
    },
    #[error("building the automaton: {0}")]
    Automaton(#[from] aho_corasick::BuildError),
}

/// What is wrong with a row or the header of a gazetteer file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RowError {
    #[error("no header row")]
    NoHeader,
    #[error("the header is \"{found}\", not \"{expected}\"")]
    WrongHeader { found: String, expected: String },
    #[error("{found} cells, the header has {expected}")]
    TooManyCells { found: usize, expected: usize },
    #[error("{found} cells, at least {min} needed ({columns})")]
    TooFewCells {
        found: usize,
        min: usize,
        columns: String,
    },
    #[error("empty {column}")]
    Empty { column: String },
    #[error("unknown {column} \"{value}\" (one of: {allowed})")]
    UnknownValue {
        column: String,
        value: String,
        allowed: String,
    },
    /// Each syllable such as "hòa"/"hoà" doubles the spellings of a key.
    #[error("the key has more than {MAX_TONE_VARIANTS} spellings in the two tone styles")]
    TooManyToneVariants { variants: usize },
}

/// A parsed TSV file: the header and the rows, each with as many cells as the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    /// The 1-based line of the header.
    pub header_line: usize,
    pub rows: Vec<Vec<String>>,
    /// The 1-based line of each row.
    pub lines: Vec<usize>,
    /// How many cells each row had before it was padded to the header's width.
    pub widths: Vec<usize>,
}

impl Table {
    /// Parses TSV text with a header row; blank lines and lines starting with `#` are
    /// skipped; missing trailing cells are empty. A row with more cells than the header
    /// is an error.
    pub fn parse(file: &str, text: &str) -> Result<Table, GazetteerError> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let Some((header_index, header)) = lines.next() else {
            return Err(GazetteerError::Row {
                file: file.into(),
                line: 1,
                problem: RowError::NoHeader,
            });
        };
        let header: Vec<String> = header.split('\t').map(|h| h.trim().to_string()).collect();
        let mut table = Table {
            header_line: header_index + 1,
            header,
            rows: Vec::new(),
            lines: Vec::new(),
            widths: Vec::new(),
        };
        for (i, line) in lines {
            let mut cells: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
            if cells.len() > table.header.len() {
                return Err(GazetteerError::Row {
                    file: file.into(),
                    line: i + 1,
                    problem: RowError::TooManyCells {
                        found: cells.len(),
                        expected: table.header.len(),
                    },
                });
            }
            table.widths.push(cells.len());
            cells.resize(table.header.len(), String::new());
            table.rows.push(cells);
            table.lines.push(i + 1);
        }
        Ok(table)
    }

    fn column(&self, row: &[String], index: usize) -> String {
        row.get(index).cloned().unwrap_or_default()
    }

    /// Checks the header and every row against `schema`.
    fn validate(&self, file: &str, schema: &Schema) -> Result<(), GazetteerError> {
        let error = |line: usize, problem: RowError| GazetteerError::Row {
            file: file.into(),
            line,
            problem,
        };
        let expected: Vec<&str> = schema.columns.iter().map(|(name, _)| *name).collect();
        if self.header != expected {
            return Err(error(
                self.header_line,
                RowError::WrongHeader {
                    found: self.header.join(" "),
                    expected: expected.join(" "),
                },
            ));
        }
        let needed = schema
            .columns
            .iter()
            .filter(|(_, rule)| !matches!(rule, Rule::Optional))
            .count();
        for ((row, &line), &width) in self.rows.iter().zip(&self.lines).zip(&self.widths) {
            if width < needed {
                return Err(error(
                    line,
                    RowError::TooFewCells {
                        found: width,
                        min: needed,
                        columns: expected[..needed].join(" "),
                    },
                ));
            }
            for ((name, rule), cell) in schema.columns.iter().zip(row) {
                let problem = match rule {
                    Rule::Optional => None,
                    _ if cell.is_empty() => Some(RowError::Empty {
                        column: name.to_string(),
                    }),
                    Rule::OneOf(allowed) if !allowed.contains(&cell.as_str()) => {
                        Some(RowError::UnknownValue {
                            column: name.to_string(),
                            value: cell.clone(),
                            allowed: allowed.join(", "),
                        })
                    }
                    Rule::Key => match tone_variant_count(cell) {
                        variants if variants > MAX_TONE_VARIANTS => {
                            Some(RowError::TooManyToneVariants { variants })
                        }
                        _ => None,
                    },
                    Rule::Required | Rule::OneOf(_) => None,
                };
                if let Some(problem) = problem {
                    return Err(error(line, problem));
                }
            }
        }
        Ok(())
    }
}

/// What a column of a gazetteer file may hold.
#[derive(Clone, Copy, Debug)]
enum Rule {
    /// The entry itself: not empty, and not too many spellings in the two tone styles.
    Key,
    /// Not empty.
    Required,
    /// One of these values.
    OneOf(&'static [&'static str]),
    /// Anything, or nothing (a note).
    Optional,
}

/// The columns of a gazetteer file, in order.
struct Schema {
    columns: &'static [(&'static str, Rule)],
}

/// The `kind` of a title or an organisation.
const SECTORS: &[&str] = &[
    "party",
    "state",
    "front",
    "mass",
    "army",
    "police",
    "court",
    "procuracy",
    "enterprise",
    "education",
    "health",
    "sport",
    "foreign",
    "other",
    "prefix",
];
/// The `level` of a title, an organisation or a place type.
const LEVELS: &[&str] = &["central", "province", "district", "commune", "any"];
/// The `class` of a move word (README, "Gazetteers").
const MOVE_CLASSES: &[&str] = &[
    "appoint", "approve", "replace", "return", "new", "handover", "office",
];
/// The `class` of a cue (gazetteers/README.md).
const CUE_CLASSES: &[&str] = &[
    "from", "to", "unit", "subject", "plan", "again", "held", "be", "leave", "noun",
];

const TITLES: Schema = Schema {
    columns: &[
        ("title", Rule::Key),
        ("kind", Rule::OneOf(SECTORS)),
        ("level", Rule::OneOf(LEVELS)),
        ("note", Rule::Optional),
    ],
};
const ORGANISATIONS: Schema = Schema {
    columns: &[
        ("head", Rule::Key),
        ("kind", Rule::OneOf(SECTORS)),
        ("level", Rule::OneOf(LEVELS)),
        ("note", Rule::Optional),
    ],
};
const HONORIFICS: Schema = Schema {
    columns: &[
        ("honorific", Rule::Key),
        (
            "kind",
            Rule::OneOf(&["honorific", "rank", "academic", "occupation"]),
        ),
    ],
};
const MOVES: Schema = Schema {
    columns: &[
        ("phrase", Rule::Key),
        ("kind", Rule::Required),
        ("class", Rule::OneOf(MOVE_CLASSES)),
        ("note", Rule::Optional),
    ],
};
const CUES: Schema = Schema {
    columns: &[
        ("phrase", Rule::Key),
        ("class", Rule::OneOf(CUE_CLASSES)),
        ("note", Rule::Optional),
    ],
};
const PLACE_TYPES: Schema = Schema {
    columns: &[
        ("type", Rule::Key),
        ("level", Rule::OneOf(LEVELS)),
        ("note", Rule::Optional),
    ],
};
const SURNAME_COLUMNS: Schema = Schema {
    columns: &[("surname", Rule::Key), ("note", Rule::Optional)],
};
const ABBREVIATION_COLUMNS: Schema = Schema {
    columns: &[
        ("abbr", Rule::Key),
        ("expansion", Rule::Required),
        ("category", Rule::OneOf(&["org", "title", "place", "other"])),
    ],
};

/// The most spellings a key may have in the two tone styles (each syllable such as
/// "hòa"/"hoà" doubles them).
pub const MAX_TONE_VARIANTS: usize = 256;

/// The files of the place registers, built in and never read from a gazetteer
/// directory.
const PLACE_FILES: &[&str] = &[
    "places_2025.tsv",
    "places_pre2025.tsv",
    "places_old_to_new.tsv",
    "place_aliases.tsv",
];

/// The files of a gazetteer directory, the category each holds, its columns and its
/// built-in text.
const FILES: &[(&str, Category, &Schema, &str)] = &[
    (
        "titles.tsv",
        Category::Title,
        &TITLES,
        include_str!("../gazetteers/titles.tsv"),
    ),
    (
        "organisations.tsv",
        Category::Organisation,
        &ORGANISATIONS,
        include_str!("../gazetteers/organisations.tsv"),
    ),
    (
        "honorifics.tsv",
        Category::Honorific,
        &HONORIFICS,
        include_str!("../gazetteers/honorifics.tsv"),
    ),
    (
        "moves.tsv",
        Category::Move,
        &MOVES,
        include_str!("../gazetteers/moves.tsv"),
    ),
    (
        "cues.tsv",
        Category::Cue,
        &CUES,
        include_str!("../gazetteers/cues.tsv"),
    ),
    (
        "place_types.tsv",
        Category::PlaceType,
        &PLACE_TYPES,
        include_str!("../gazetteers/place_types.tsv"),
    ),
];

const SURNAMES: &str = include_str!("../gazetteers/surnames.tsv");
const ABBREVIATIONS: &str = include_str!("../gazetteers/abbreviations.tsv");

/// The compiled lists. Build once; share between threads.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// For each automaton pattern, the entries with that key.
    by_pattern: Vec<Vec<u32>>,
    /// A DFA of its own type (not behind `AhoCorasick`), so that its walk is inlined.
    keys: KeyTrie,
    /// The bytes a key of `automaton` starts with.
    first_bytes: [bool; 256],
    /// The first words (runs of letters and digits) of the keys of `automaton`.
    first_words: FxHashMap<Box<[u8]>, u32>,
    /// The move words alone, for finding the sentences worth analysing.
    moves: AhoCorasick,
    surnames: FxHashSet<String>,
    /// Upper-case abbreviations and their expansions.
    abbreviations: Vec<(String, String)>,
}

impl Gazetteer {
    /// The lists built into the binary.
    pub fn builtin(normalizer: &Normalizer) -> Result<Gazetteer, GazetteerError> {
        Gazetteer::load(normalizer, None)
    }

    /// The built-in lists extended by the files of the same names in `dir` (a file may be
    /// missing). Every file is checked: its header, and in each row the number of cells,
    /// a key, and the values of the columns that have a closed set; the first problem is
    /// the error, with its file and line. A `.tsv` file in `dir` that is no gazetteer
    /// file is an error too; other files are ignored.
    pub fn load(normalizer: &Normalizer, dir: Option<&Path>) -> Result<Gazetteer, GazetteerError> {
        if let Some(dir) = dir {
            check_dir(dir)?;
        }
        let read_extra = |name: &str| -> Result<Option<(String, String)>, GazetteerError> {
            let Some(dir) = dir else { return Ok(None) };
            let path = dir.join(name);
            if !path.exists() {
                return Ok(None);
            }
            std::fs::read_to_string(&path)
                .map(|text| Some((path.display().to_string(), text)))
                .map_err(|source| GazetteerError::Io { file: path, source })
        };
        // Each file's tables, the built-in one first, all checked.
        let tables = |name: &str, builtin: &str, schema: &Schema| {
            let mut sources = vec![(name.to_string(), builtin.to_string())];
            sources.extend(read_extra(name)?);
            sources
                .into_iter()
                .map(|(file, text)| {
                    let table = Table::parse(&file, &text)?;
                    table.validate(&file, schema)?;
                    Ok(table)
                })
                .collect::<Result<Vec<Table>, GazetteerError>>()
        };
        let mut entries = Vec::new();
        for &(name, category, schema, builtin) in FILES {
            for table in tables(name, builtin, schema)? {
                for row in &table.rows {
                    let text = normalizer.normalize(&row[0]).as_str().to_string();
                    let case_sensitive = text.chars().any(char::is_uppercase)
                        && !text.chars().any(char::is_lowercase);
                    entries.push(Entry {
                        category,
                        text,
                        kind: table.column(row, 1),
                        class: table.column(row, 2),
                        case_sensitive,
                    });
                }
            }
        }
        let mut surnames = FxHashSet::default();
        for table in tables("surnames.tsv", SURNAMES, &SURNAME_COLUMNS)? {
            for row in table.rows {
                let surname = fold_case(normalizer.normalize(&row[0]).as_str());
                surnames.extend(tone_variants(&surname));
            }
        }
        let mut abbreviations = Vec::new();
        for table in tables("abbreviations.tsv", ABBREVIATIONS, &ABBREVIATION_COLUMNS)? {
            for row in &table.rows {
                let abbr = normalizer.normalize(&row[0]).as_str().to_string();
                let expansion = normalizer
                    .normalize(&table.column(row, 1))
                    .as_str()
                    .to_string();
                abbreviations.push((abbr, expansion));
            }
        }
        Gazetteer::from_entries(entries, surnames, abbreviations)
    }

    fn from_entries(
        entries: Vec<Entry>,
        surnames: FxHashSet<String>,
        abbreviations: Vec<(String, String)>,
    ) -> Result<Gazetteer, GazetteerError> {
        let mut pattern_of: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut by_pattern: Vec<Vec<u32>> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let key = fold_case(&entry.text);
            let p = *pattern_of.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                by_pattern.push(Vec::new());
                patterns.len() - 1
            });
            if !by_pattern[p].iter().any(|&e| entries[e as usize] == *entry) {
                by_pattern[p].push(i as u32);
            }
        }
        // Each key also in the other tone style ("ủy ban", "uỷ ban"), so that text matches
        // the same keys before and after the normalizer restyles it (see `find_folded`).
        let spellings: Vec<(String, u32)> = patterns
            .iter()
            .enumerate()
            .flat_map(|(p, key)| tone_variants(key).into_iter().map(move |k| (k, p as u32)))
            .collect();
        let keys = KeyTrie::new(&spellings);
        let mut first_bytes = [false; 256];
        let mut first_words = FxHashMap::default();
        for (p, _) in &spellings {
            if let Some(&b) = p.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
            // The first word of a key is a path of the trie, which leads to its node.
            let word = &p.as_bytes()[..word_end(p, 0)];
            if let Some(node) = keys.walk(word).filter(|_| !word.is_empty()) {
                first_words.insert(word.into(), node);
            }
        }
        let move_keys: Vec<String> = entries
            .iter()
            .filter(|e| e.category == Category::Move)
            .map(|e| fold_case(&e.text))
            .collect();
        let moves = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&move_keys)?;
        Ok(Gazetteer {
            entries,
            by_pattern,
            keys,
            first_bytes,
            first_words,
            moves,
            surnames,
            abbreviations,
        })
    }

    /// The entry of a hit.
    pub fn entry(&self, hit: &Hit) -> &Entry {
        &self.entries[hit.entry as usize]
    }

    /// All entries, in list order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Is `word` (one syllable, any case) a known surname?
    pub fn is_surname(&self, word: &str) -> bool {
        self.is_surname_folded(&fold_case(word))
    }

    /// [`Gazetteer::is_surname`] for a word already [folded](fold_case).
    pub fn is_surname_folded(&self, folded: &str) -> bool {
        self.surnames.contains(folded)
    }

    /// Upper-case abbreviations (UBND, PBT, …) and their expansions.
    pub fn abbreviations(&self) -> &[(String, String)] {
        &self.abbreviations
    }

    /// The folded keys of the move words (what [`Gazetteer::move_starts`] looks for).
    pub fn move_keys(&self) -> impl Iterator<Item = String> + '_ {
        self.entries
            .iter()
            .filter(|e| e.category == Category::Move)
            .map(|e| fold_case(&e.text))
    }

    /// Byte offsets in normalized `text` where a move word starts: every sentence in which
    /// [`Gazetteer::find`] gives a [`Category::Move`] hit holds one of them (all move words
    /// are matched, overlapping ones too, so nothing can hide one).
    pub fn move_starts(&self, text: &str) -> Vec<usize> {
        let folded = fold_case(text);
        self.moves
            .find_overlapping_iter(&folded)
            .filter(|m| is_boundary(text, m.start()) && is_boundary(text, m.end()))
            .map(|m| m.start())
            .collect()
    }

    /// Non-overlapping matches in normalized `text`, leftmost-longest, each starting and
    /// ending at a word boundary; abbreviations match only with their case. Where a
    /// key is shared by entries of several categories, one hit per entry is returned.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.find_folded(text, &fold_case(text))
    }

    /// [`Gazetteer::find`] given `folded`, the [`fold_case`] of `text`.
    ///
    /// A hit starts where a word may start, so the automaton runs anchored there alone:
    /// the longest key at each such offset, as a leftmost-longest search finds it,
    /// without walking through the inside of words.
    pub fn find_folded(&self, text: &str, folded: &str) -> Vec<Hit> {
        debug_assert_eq!(text.len(), folded.len());
        let bytes = folded.as_bytes();
        // About a hit in twenty bytes of news text: few sentences make the vector grow.
        let mut hits = Vec::with_capacity(folded.len() / 16 + 4);
        let mut at = 0;
        while at < folded.len() {
            // The word that starts here, if one does (a letter or digit; most other
            // characters are spaces, told without a call). Folding keeps ASCII bytes
            // ASCII, letters and digits as they are, so the folded byte tells.
            let end = match WORD_BYTES[usize::from(bytes[at])] {
                WORD_STOP => at,
                _ => word_end(text, at),
            };
            let tried = if end > at {
                // A key can start here only if its first word is this one (it must end
                // where a word ends).
                let Some(&node) = self.first_words.get(&bytes[at..end]) else {
                    at = end;
                    continue;
                };
                // "chính quyền Tổng thống Trump" (the administration), "nắm quyền", "cầm
                // quyền": no acting post ("quyền Tổng thống") starts there.
                if &bytes[at..end] == "quyền".as_bytes() && holds_power(&folded[..at]) {
                    at = end;
                    continue;
                }
                // Keys that end inside the word give no hit: the walk goes on from its end.
                let longest = self
                    .keys
                    .longest_from(node, &bytes[end..])
                    .map(|(len, key)| (end + len, key));
                self.hit_from(text, folded, at, longest).ok_or(end)
            } else {
                let next = at + text[at..].chars().next().map_or(1, char::len_utf8);
                if self.first_bytes[usize::from(bytes[at])] {
                    self.hit_at(text, folded, at).ok_or(next)
                } else {
                    Err(next)
                }
            };
            match tried {
                Ok((end, entries)) => {
                    for &e in entries {
                        if self.has_case(&self.entries[e as usize], text, at..end) {
                            hits.push(Hit {
                                span: at..end,
                                entry: e,
                            });
                        }
                    }
                    // A hit ends where a word ends, or with a character that is no letter.
                    at = end;
                    let ends_word = text[..end]
                        .chars()
                        .next_back()
                        .is_some_and(crate::normalize::is_alphanumeric);
                    if ends_word {
                        at = word_end(text, at);
                    }
                }
                // Past the word (or the character) that starts no hit.
                Err(next) => at = next,
            }
        }
        hits
    }

    /// The hit that starts at `at`, a word boundary: its end and its entries. It is the
    /// longest key there, if that ends at a word boundary and has an entry for its case.
    fn hit_at(&self, text: &str, folded: &str, at: usize) -> Option<(usize, &[u32])> {
        self.hit_from(text, folded, at, self.longest_at(folded.as_bytes(), at))
    }

    /// [`Gazetteer::hit_at`] given the longest key at `at` (its end and pattern).
    fn hit_from(
        &self,
        text: &str,
        folded: &str,
        at: usize,
        longest: Option<(usize, u32)>,
    ) -> Option<(usize, &[u32])> {
        let (mut end, mut pattern) = longest?;
        // "giữ chức Vụ trưởng": a cue written in lower case does not take the
        // capitalised word that starts a title; a shorter entry may match instead.
        if let Some(cut) = self.capital_inside_cue(text, at..end, pattern) {
            (end, pattern) = self.longest_at(&folded.as_bytes()[..cut], at)?;
        }
        let entries = &self.by_pattern[pattern as usize][..];
        let cased = entries
            .iter()
            .any(|&e| self.has_case(&self.entries[e as usize], text, at..end));
        (cased && is_boundary(text, end)).then_some((end, entries))
    }

    /// The longest key that starts at `at` of `folded`: its end and pattern.
    fn longest_at(&self, folded: &[u8], at: usize) -> Option<(usize, u32)> {
        let (len, key) = self.keys.longest_prefix(&folded[at..])?;
        Some((at + len, key))
    }

    /// Does `text[span]` have the case `entry` needs (abbreviations match only as
    /// written)?
    fn has_case(&self, entry: &Entry, text: &str, span: Range<usize>) -> bool {
        !entry.case_sensitive || text.get(span) == Some(entry.text.as_str())
    }
}

impl Gazetteer {
    /// Where a match of cues only, starting in lower case, has a later word written
    /// with a capital: the offset of the space before that word.
    fn capital_inside_cue(&self, text: &str, span: Range<usize>, pattern: u32) -> Option<usize> {
        let entries = &self.by_pattern[pattern as usize];
        if !entries
            .iter()
            .all(|&e| self.entries[e as usize].category == Category::Cue)
        {
            return None;
        }
        let matched = text.get(span.clone())?;
        if !matched.chars().next()?.is_lowercase() {
            return None;
        }
        matched
            .match_indices(' ')
            .find(|&(i, _)| {
                matched[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .map(|(i, _)| span.start + i)
    }
}

/// How [`word_end`] reads a byte that starts a character.
const WORD_STOP: u8 = 0;
/// An ASCII letter or digit.
const WORD_ASCII: u8 = 1;
/// The lead byte of a letter of Latin Extended-A or the start of Extended-B (ă đ ĩ ũ ơ
/// ư …), all letters.
const WORD_LATIN: u8 = 2;
/// 0xC3: À…ÿ, letters but × and ÷.
const WORD_C3: u8 = 3;
/// 0xE1: Latin Extended Additional (ạ ả ấ … ỹ) after 0xB8..=0xBB, all letters.
const WORD_E1: u8 = 4;
/// Anything else: the character decides.
const WORD_OTHER: u8 = 5;

static WORD_BYTES: [u8; 256] = {
    let mut table = [WORD_OTHER; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            WORD_ASCII
        } else {
            WORD_STOP
        };
        b += 1;
    }
    table[0xC3] = WORD_C3;
    table[0xC4] = WORD_LATIN;
    table[0xC5] = WORD_LATIN;
    table[0xC6] = WORD_LATIN;
    table[0xE1] = WORD_E1;
    table
};

/// The end of the run of letters and digits that starts at `at` of `text`.
fn word_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while let Some(&b) = bytes.get(end) {
        let len = match WORD_BYTES[usize::from(b)] {
            WORD_ASCII => 1,
            WORD_STOP => break,
            WORD_LATIN => 2,
            WORD_C3 if !matches!(bytes.get(end + 1), Some(0x97 | 0xB7)) => 2,
            WORD_E1 if matches!(bytes.get(end + 1), Some(0xB8..=0xBB)) => 3,
            _ => match text.get(end..).and_then(|rest| rest.chars().next()) {
                Some(c) if crate::normalize::is_alphanumeric(c) => c.len_utf8(),
                _ => break,
            },
        };
        end += len;
    }
    end
}

/// The folded keys of a [`Gazetteer`] in a byte trie, for the longest key that starts at
/// an offset (what an anchored leftmost-longest search finds). Built in one pass over the
/// sorted keys, each node's children side by side.
#[derive(Clone, Debug)]
struct KeyTrie {
    nodes: Vec<TrieNode>,
    /// The byte of each edge, the children of a node side by side, in byte order.
    labels: Vec<u8>,
    /// The node each edge leads to.
    targets: Vec<u32>,
    /// The children of the root, by byte (`NO_NODE` where none).
    root: Box<[u32; 256]>,
}

#[derive(Clone, Copy, Debug)]
struct TrieNode {
    /// The node's edges: `first..first + len` of `labels` and `targets`.
    first: u32,
    len: u32,
    /// The key that ends here, or `NO_KEY`.
    key: u32,
}

const NO_KEY: u32 = u32::MAX;
const NO_NODE: u32 = u32::MAX;

impl KeyTrie {
    /// The trie of `keys` and their numbers (the first number of a key given twice).
    fn new(keys: &[(String, u32)]) -> KeyTrie {
        let mut sorted: Vec<(&[u8], u32)> = keys.iter().map(|(k, n)| (k.as_bytes(), *n)).collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        sorted.dedup_by(|b, a| a.0 == b.0);
        let mut trie = KeyTrie {
            nodes: Vec::new(),
            labels: Vec::new(),
            targets: Vec::new(),
            root: Box::new([NO_NODE; 256]),
        };
        trie.add_all(&sorted);
        for (&label, &target) in trie
            .labels
            .iter()
            .zip(&trie.targets)
            .take(trie.nodes[0].len as usize)
        {
            trie.root[usize::from(label)] = target;
        }
        trie
    }

    /// Adds the nodes of the keys `sorted`, depth first, each node's children side by
    /// side, without recursion (a key may be many kilobytes long).
    fn add_all(&mut self, sorted: &[(&[u8], u32)]) {
        // Nodes still to add: the keys under the node (which share their first `depth`
        // bytes), the depth, and the edge that leads to it.
        type Keys<'a> = &'a [(&'a [u8], u32)];
        let mut stack: Vec<(Keys, usize, Option<usize>)> = vec![(sorted, 0, None)];
        while let Some((mut keys, depth, edge)) = stack.pop() {
            let id = self.nodes.len() as u32;
            if let Some(edge) = edge {
                self.targets[edge] = id;
            }
            let mut node = TrieNode {
                first: self.labels.len() as u32,
                len: 0,
                key: NO_KEY,
            };
            // Sorted, the key that ends here comes first (the first of equal keys wins).
            if let Some(((key, number), _)) = keys.split_first() {
                if key.len() == depth {
                    node.key = *number;
                    while keys.first().is_some_and(|(k, _)| k.len() == depth) {
                        keys = &keys[1..];
                    }
                }
            }
            // One edge per next byte; the nodes below them are added next, in order.
            let first = self.labels.len();
            let mut children = Vec::new();
            while let Some(((key, _), _)) = keys.split_first() {
                let byte = key[depth];
                let n = keys.iter().take_while(|(k, _)| k[depth] == byte).count();
                children.push((&keys[..n], depth + 1, Some(self.labels.len())));
                self.labels.push(byte);
                self.targets.push(NO_NODE);
                keys = &keys[n..];
            }
            node.len = (self.labels.len() - first) as u32;
            self.nodes.push(node);
            stack.extend(children.into_iter().rev());
        }
    }

    /// The node reached by walking `bytes` from the root.
    fn walk(&self, bytes: &[u8]) -> Option<u32> {
        bytes.iter().try_fold(0u32, |node, &b| self.child(node, b))
    }

    /// The child of `node` by byte `b`.
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        let next = if node == 0 {
            self.root[usize::from(b)]
        } else {
            let n = self.nodes.get(node as usize)?;
            let edges = n.first as usize..(n.first + n.len) as usize;
            let k = self.labels[edges.clone()].iter().position(|&l| l == b)?;
            self.targets[edges.start + k]
        };
        (next != NO_NODE).then_some(next)
    }

    /// The longest key that goes on from `node` with the start of `bytes` (or ends at
    /// `node`): how many bytes of `bytes` it takes, and its number.
    fn longest_from(&self, node: u32, bytes: &[u8]) -> Option<(usize, u32)> {
        let key = self.nodes.get(node as usize)?.key;
        let mut found = (key != NO_KEY).then_some((0, key));
        let mut node = node;
        for (i, &b) in bytes.iter().enumerate() {
            let Some(next) = self.child(node, b) else {
                break;
            };
            node = next;
            let key = self.nodes[node as usize].key;
            if key != NO_KEY {
                found = Some((i + 1, key));
            }
        }
        found
    }

    /// The length and number of the longest key that starts `bytes`.
    fn longest_prefix(&self, bytes: &[u8]) -> Option<(usize, u32)> {
        self.longest_from(0, bytes)
    }
}

/// Checks that `dir` is a directory and that each `.tsv` file in it is a gazetteer file.
fn check_dir(dir: &Path) -> Result<(), GazetteerError> {
    let dir_error = |reason: String| GazetteerError::Dir {
        dir: dir.to_path_buf(),
        reason,
    };
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(dir_error("not a directory".into())),
        Err(e) => return Err(dir_error(e.to_string())),
    }
    let entries = std::fs::read_dir(dir).map_err(|e| dir_error(e.to_string()))?;
    let known: Vec<&str> = FILES
        .iter()
        .map(|(name, ..)| *name)
        .chain(["surnames.tsv", "abbreviations.tsv"])
        .collect();
    for entry in entries {
        let path = entry.map_err(|e| dir_error(e.to_string()))?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let Some(name) = name.filter(|n| n.ends_with(".tsv")) else {
            continue;
        };
        if !known.contains(&name.as_str()) && !PLACE_FILES.contains(&name.as_str()) {
            return Err(GazetteerError::UnknownFile {
                file: path,
                known: known.join(", "),
            });
        }
    }
    Ok(())
}

/// How many spellings [`tone_variants`] gives `key` (saturating).
fn tone_variant_count(key: &str) -> usize {
    key.split(|c: char| !c.is_alphabetic())
        .filter(|run| !run.is_empty())
        .map(|run| {
            let old = crate::tone::restyle_syllable(run, ToneStyle::Old);
            let new = crate::tone::restyle_syllable(run, ToneStyle::New);
            1 + usize::from(old != run) + usize::from(new != run && new != old)
        })
        .fold(1usize, usize::saturating_mul)
}

/// `key` with each of its syllables in either tone style ("hòa", "hoà"), itself first.
fn tone_variants(key: &str) -> Vec<String> {
    let mut variants = vec![String::new()];
    let mut rest = key;
    while !rest.is_empty() {
        // A run of letters, or of anything else.
        let letters = rest.starts_with(char::is_alphabetic);
        let end = rest
            .find(|c: char| c.is_alphabetic() != letters)
            .unwrap_or(rest.len());
        let (run, after) = rest.split_at(end);
        let mut forms = vec![run.to_string()];
        if letters {
            for style in [ToneStyle::Old, ToneStyle::New] {
                let form = crate::tone::restyle_syllable(run, style).into_owned();
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
        if let [form] = &forms[..] {
            for v in &mut variants {
                v.push_str(form);
            }
        } else {
            variants = variants
                .iter()
                .flat_map(|v| forms.iter().map(move |f| format!("{v}{f}")))
                .collect();
        }
        rest = after;
    }
    variants
}

/// True when offset `at` of `text` is not inside a word.
fn is_boundary(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    !matches!((before, after), (Some(b), Some(a)) if crate::normalize::is_alphanumeric(b) && crate::normalize::is_alphanumeric(a))
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Does the folded text before a "quyền" end with a word that makes it power, not an
/// acting post: "chính quyền" (administration), "nắm quyền", "cầm quyền" (hold power)?
pub(crate) fn holds_power(before: &str) -> bool {
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    matches!(last, "chính" | "nắm" | "cầm" | "giành")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> (Normalizer, Gazetteer) {
        let n = Normalizer::default();
        let g = Gazetteer::builtin(&n).unwrap();
        (n, g)
    }

    /// A lower-case cue stops before a capitalised word ("giữ chức Vụ trưởng", not
    /// "giữ chức vụ" + "trưởng"), and keeps it when written in lower case.
    #[test]
    fn cues_end_before_a_capitalised_title() {
        let (_, g) = gazetteer();
        let cases: &[(&str, &[&str])] = &[
            (
                "giữ chức Vụ trưởng Vụ Pháp chế",
                &["giữ chức", "Vụ trưởng", "Vụ Pháp chế"],
            ),
            ("thôi giữ chức Vụ trưởng", &["thôi giữ chức", "Vụ trưởng"]),
            ("giữ chức vụ Phó Giám đốc", &["giữ chức vụ", "Phó Giám đốc"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = g.find(text).iter().map(|h| &text[h.span.clone()]).collect();
            let mut got = got;
            got.dedup();
            assert_eq!(&got, want, "{text}");
        }
    }

    fn found(text: &str) -> Vec<(String, Category)> {
        let (n, g) = gazetteer();
        let norm = n.normalize(text);
        g.find(norm.as_str())
            .iter()
            .map(|h| {
                (
                    norm.as_str()[h.span.clone()].to_string(),
                    g.entry(h).category,
                )
            })
            .collect()
    }

    /// `KeyTrie::longest_prefix` finds what a scan of all the keys finds.
    #[test]
    fn the_longest_key_at_an_offset() {
        let keys: Vec<String> = [
            "phó",
            "phó chủ tịch",
            "phó chủ tịch ubnd",
            "chủ tịch",
            "chủ",
            "c",
            "ủy ban",
            "ủy ban nhân dân",
            "ubnd",
            "ub",
            "sở",
            "sở y tế",
            "tp.hcm",
            "tân",
        ]
        .iter()
        .map(|k| k.to_string())
        .collect();
        let numbered: Vec<(String, u32)> = keys.iter().cloned().zip(0..).collect();
        let trie = KeyTrie::new(&numbered);
        let texts = [
            "phó chủ tịch ubnd tỉnh",
            "phó chủ tịch ub",
            "phó ch",
            "chủ nhiệm",
            "ủy ban nhân dân tỉnh",
            "sở y tế và sở tài chính",
            "tp.hcm",
            "tân",
            "xã tân",
            "",
            "c",
            "ủy",
        ];
        for text in texts {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let rest = &text.as_bytes()[at..];
                let want = keys
                    .iter()
                    .enumerate()
                    .filter(|(_, k)| rest.starts_with(k.as_bytes()))
                    .max_by_key(|(_, k)| k.len())
                    .map(|(i, k)| (k.len(), i as u32));
                assert_eq!(trie.longest_prefix(rest), want, "{text:?} at {at}");
                // From the node after the first word, the keys no shorter than it.
                let word = word_end(text, at) - at;
                if let Some(node) = trie.walk(&rest[..word]) {
                    let from = trie
                        .longest_from(node, &rest[word..])
                        .map(|(len, key)| (word + len, key));
                    let want = want.filter(|&(len, _)| len >= word);
                    assert_eq!(from, want, "{text:?} at {at}, after {word} bytes");
                }
            }
        }
    }

    #[test]
    fn keys_in_both_tone_styles() {
        let cases: &[(&str, &[&str])] = &[
            ("bổ nhiệm", &["bổ nhiệm"]),
            ("ủy ban", &["ủy ban", "uỷ ban"]),
            (
                "phó chủ tịch huyện ủy",
                &["phó chủ tịch huyện ủy", "phó chủ tịch huyện uỷ"],
            ),
            (
                "hòa thủy",
                &["hòa thủy", "hòa thuỷ", "hoà thủy", "hoà thuỷ"],
            ),
            ("quý", &["quý"]),
            ("tp.hcm", &["tp.hcm"]),
        ];
        for (key, want) in cases {
            assert_eq!(tone_variants(key), *want, "{key}");
        }
    }

    /// The fast paths of `word_end` agree with `is_alphanumeric` on every character.
    #[test]
    fn word_end_of_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("ab{c}c d");
            let want = 2 + text[2..]
                .chars()
                .take_while(|&c| crate::normalize::is_alphanumeric(c))
                .map(char::len_utf8)
                .sum::<usize>();
            assert_eq!(word_end(&text, 0), want, "{c:?}");
        }
    }

    #[test]
    fn matches_are_whole_words_and_longest() {
        use Category::*;
        let cases: &[(&str, &[(&str, Category)])] = &[
            // The longest entry wins: a title with its usual organisation.
            ("Phó Bí thư Huyện đoàn", &[("Phó Bí thư Huyện đoàn", Title)]),
            ("Bí thư Huyện ủy Kim Động", &[("Bí thư Huyện ủy", Title)]),
            // "cử" must not match inside "cửa", nor "bầu" inside "bầuu".
            ("mở cửa hàng", &[]),
            // Nor "ông" inside "không", "công" or "Trông".
            ("không công Trông", &[]),
            // A longer key that fails at its end hides the shorter one at its start:
            // "thay đổix" is no "thay".
            ("thay đổix", &[]),
            ("thay đổi", &[("thay đổi", Cue)]),
            (
                "ông thay ông B",
                &[("ông", Honorific), ("thay", Move), ("ông", Honorific)],
            ),
            (
                "được bầu giữ chức Chủ tịch UBND",
                &[
                    ("được bầu", Move),
                    ("giữ chức", Cue),
                    ("Chủ tịch UBND", Title),
                ],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Category)> =
                want.iter().map(|(s, c)| (s.to_string(), *c)).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn abbreviations_keep_their_case() {
        // "ubnd" in lower case is not the abbreviation.
        assert!(found("ubnd").is_empty());
        assert_eq!(found("UBND").len(), 1);
    }

    #[test]
    fn case_insensitive_titles_and_surnames() {
        assert_eq!(found("huyện ủy viên")[0].1, Category::Title);
        let (_, g) = gazetteer();
        assert!(g.is_surname("Nguyễn") && g.is_surname("NGUYỄN"));
        assert!(g.is_surname_folded("nguyễn") && !g.is_surname_folded("Nguyễn"));
        assert!(!g.is_surname("Huyện"));
    }

    /// A directory of gazetteer files under the system temp dir, removed on drop.
    struct GazDir(PathBuf);

    impl GazDir {
        fn new(files: &[(&str, &str)]) -> GazDir {
            use std::sync::atomic::{AtomicU32, Ordering};
            static N: AtomicU32 = AtomicU32::new(0);
            let dir = std::env::temp_dir().join(format!(
                "canbo-gaz-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::create_dir_all(&dir).unwrap();
            for (name, text) in files {
                std::fs::write(dir.join(name), text).unwrap();
            }
            GazDir(dir)
        }
    }

    impl Drop for GazDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// Each file of a gazetteer directory is checked row by row; the error names the
    /// file and line (or the directory) and says what is wrong.
    #[test]
    fn gazetteer_directories_are_validated() {
        let long_tones = "hòa ".repeat(9);
        let long_tones = format!("phrase\tclass\tnote\n{long_tones}\tto\t\n");
        // (file, its text, the error after `DIR/`; empty when it loads)
        let cases: &[(&str, &str, &str)] = &[
            (
                "titles.tsv",
                "title\tkind\tlevel\tnote\nGiám đốc Cảng vụ\tstate\tprovince\tthêm\n",
                "",
            ),
            // The note may be left out.
            ("titles.tsv", "title\tkind\tlevel\tnote\nGiám đốc Cảng vụ\tstate\tprovince\n", ""),
            ("moves.tsv", "phrase\tkind\tclass\tnote\n# chú thích\n\nđược cử\tcử\tappoint\t\n", ""),
            (
                "titles.tsv",
                "tên\tkind\tlevel\tnote\nGiám đốc\tstate\tany\t\n",
                "titles.tsv:1: the header is \"tên kind level note\", not \"title kind level note\"",
            ),
            (
                "moves.tsv",
                "phrase\tkind\tclass\tnote\nđược cử\tcử\tappoint\t\nđược giao\tgiao\tassign\t\n",
                "moves.tsv:3: unknown class \"assign\" (one of: appoint, approve, replace, return, new, handover, office)",
            ),
            (
                "cues.tsv",
                "phrase\tclass\tnote\n\nsau đó\tlater\t\n",
                "cues.tsv:3: unknown class \"later\" (one of: from, to, unit, subject, plan, again, held, be, leave, noun)",
            ),
            (
                "titles.tsv",
                "title\tkind\tlevel\tnote\nGiám đốc\tnhà nước\tany\t\n",
                "titles.tsv:2: unknown kind \"nhà nước\" (one of: party, state, front, mass, army, police, court, procuracy, enterprise, education, health, sport, foreign, other, prefix)",
            ),
            (
                "organisations.tsv",
                "head\tkind\tlevel\tnote\nSở Du lịch\tstate\ttỉnh\t\n",
                "organisations.tsv:2: unknown level \"tỉnh\" (one of: central, province, district, commune, any)",
            ),
            (
                "titles.tsv",
                "title\tkind\tlevel\tnote\nGiám đốc\tstate\n",
                "titles.tsv:2: 2 cells, at least 3 needed (title kind level)",
            ),
            (
                "honorifics.tsv",
                "honorific\tkind\nông\thonorific\tthừa\n",
                "honorifics.tsv:2: 3 cells, the header has 2",
            ),
            (
                "surnames.tsv",
                "surname\tnote\n\tKinh\n",
                "surnames.tsv:2: empty surname",
            ),
            (
                "moves.tsv",
                "phrase\tkind\tclass\tnote\nđược cử\t\tappoint\t\n",
                "moves.tsv:2: empty kind",
            ),
            (
                "abbreviations.tsv",
                "abbr\texpansion\tcategory\nBQL\tBan Quản lý\torganisation\n",
                "abbreviations.tsv:2: unknown category \"organisation\" (one of: org, title, place, other)",
            ),
            ("place_types.tsv", "", "place_types.tsv:1: no header row"),
            (
                "cues.tsv",
                &long_tones,
                "cues.tsv:2: the key has more than 256 spellings in the two tone styles",
            ),
            (
                "title.tsv",
                "title\tkind\tlevel\tnote\n",
                "title.tsv: not a gazetteer file (they are titles.tsv, organisations.tsv, honorifics.tsv, moves.tsv, cues.tsv, place_types.tsv, surnames.tsv, abbreviations.tsv)",
            ),
            // Other files are ignored, and so are the place registers.
            ("ghi-chu.md", "không phải bảng", ""),
            ("places_2025.tsv", "code\tname\ttype\tparent_code\tlevel\n", ""),
        ];
        let n = Normalizer::default();
        for (name, text, want) in cases {
            let dir = GazDir::new(&[(name, text)]);
            let got = match Gazetteer::load(&n, Some(&dir.0)) {
                Ok(_) => String::new(),
                Err(e) => e.to_string(),
            };
            let want = if want.is_empty() {
                String::new()
            } else {
                format!("{}/{want}", dir.0.display())
            };
            assert_eq!(got, want, "{name}");
        }
        let missing = std::env::temp_dir().join("canbo-gaz-khong-co/con");
        let err = Gazetteer::load(&n, Some(&missing)).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("{}: ", missing.display())),
            "{err}"
        );
        let dir = GazDir::new(&[("titles.tsv", "title\tkind\tlevel\tnote\n")]);
        let file = dir.0.join("titles.tsv");
        let err = Gazetteer::load(&n, Some(&file)).unwrap_err().to_string();
        assert_eq!(err, format!("{}: not a directory", file.display()));
    }

    /// A key of 20 KB builds (the trie is built without recursion, here on a small
    /// stack) and matches.
    #[test]
    fn a_very_long_key_does_not_overflow_the_stack() {
        let long = "sở nội vụ ".repeat(1700) + "tỉnh";
        assert!(long.len() > 20_000);
        let keys = vec![(long.clone(), 0), ("sở nội vụ".to_string(), 1)];
        let trie = std::thread::Builder::new()
            .stack_size(64 << 10)
            .spawn(move || KeyTrie::new(&keys))
            .unwrap()
            .join()
            .expect("no stack overflow");
        let text = format!("{long} Nam Định");
        assert_eq!(trie.longest_prefix(text.as_bytes()), Some((long.len(), 0)));
        let short = "sở nội vụ tỉnh Nam Định";
        assert_eq!(
            trie.longest_prefix(short.as_bytes()),
            Some(("sở nội vụ".len(), 1))
        );
        // Through a gazetteer directory too.
        let titles = format!("title\tkind\tlevel\tnote\nTrưởng {long}\tstate\tany\t\n");
        let dir = GazDir::new(&[("titles.tsv", &titles)]);
        let n = Normalizer::default();
        let g = Gazetteer::load(&n, Some(&dir.0)).unwrap();
        let text = n.normalize(&format!("Ông A, Trưởng {long}, được bổ nhiệm."));
        let hits = g.find(text.as_str());
        assert!(hits.iter().any(|h| h.span.len() > 20_000), "{}", hits.len());
    }

    #[test]
    fn tsv_errors_name_file_and_line() {
        let err = Table::parse("x.tsv", "a\tb\nBí thư\tparty\tthừa\n").unwrap_err();
        assert_eq!(err.to_string(), "x.tsv:2: 3 cells, the header has 2");
        let t = Table::parse("x.tsv", "a\tb\n# chú thích\n\nBí thư\n").unwrap();
        assert_eq!(t.rows, vec![vec!["Bí thư".to_string(), String::new()]]);
    }
}
