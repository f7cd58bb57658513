//! Administrative units: resolving the place that a post names to its GSO code.
//!
//! The register is embedded in the binary: the units before the July 2025 reform
//! (63 provinces, 696 districts, 10,051 communes), the units after it (34 provinces,
//! 3,321 communes), the official old → new conversion table and older names of units
//! (see `gazetteers/PLACES.md` for how these files are generated).
//!
//! A post such as "Bí thư Đảng ủy xã Song Mai, huyện Kim Động" names places at *place
//! positions*: after a type word (`xã`, `huyện`, `tỉnh`, `TP`, …), after a committee
//! word (`Huyện ủy`, `Thành ủy`, …), after a separator that continues a chain of
//! places (`xã Song Mai - Kim Động`) and, for provinces only, at the end of a post
//! after an organisation ("Giám đốc Sở Tài chính Bình Định"). Names elsewhere (in a
//! person's name, in an organisation's name) are never looked up, so "Minh" or "Hòa"
//! in "Nguyễn Văn Minh" resolve to nothing.
//!
//! A name may denote several units. [`PlaceIndex::resolve`] narrows the candidates
//! in this order:
//!
//! 1. the type word: types only rise (xã → thị trấn → phường, huyện → thị xã →
//!    thành phố), so "phường Song Mai" is not a unit that is still a xã, while
//!    "xã Song Mai" may be a unit that has become a phường since;
//! 2. the other places named in the post (the parents of the chain);
//! 3. the places named in the whole document ([`PlaceContext`]): the candidate whose
//!    province and district the document names most often, if it is alone at the top;
//! 4. the document's year (a retired unit such as Hà Tây does not exist after 2008);
//! 5. between siblings of one name (huyện and thị xã Kỳ Anh), the exact type word.
//!
//! A name that stays ambiguous gets no code. A post with a committee word but no name
//! ("Bí thư Huyện ủy") takes the document's unit of that level when the document
//! names one far more often than any other.
//!
//! ```
//! use canbo::place::PlaceIndex;
//!
//! let index = PlaceIndex::builtin();
//! let ctx = index.context("", Some(2015));
//! let place = index.resolve("Bí thư Đảng ủy xã Song Mai, huyện Kim Động", &ctx).unwrap();
//! assert_eq!(place.code, "12301");
//! assert_eq!(place.name, "Xã Song Mai");
//! ```
//!
//! Matching works on lower-cased text in NFC with the old tone placement ("hòa",
//! "thủy"), the same canonical form as the embedded names; it never folds letters to
//! ASCII, except to look up the ASCII keys of older names (`vietnamadminunits`
//! aliases such as "datrach" for xã Dạ Trạch, today xã Phạm Hồng Thái) after a type
//! word.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use compact_str::CompactString;
use unicode_normalization::UnicodeNormalization;

const PRE_2025: &str = include_str!("../gazetteers/places_pre2025.tsv");
const REG_2025: &str = include_str!("../gazetteers/places_2025.tsv");
const OLD_TO_NEW: &str = include_str!("../gazetteers/places_old_to_new.tsv");
const ALIASES: &str = include_str!("../gazetteers/place_aliases.tsv");

/// Extra names of provinces that the registers spell otherwise:
/// (name as written in text, province code, register).
const EXTRA_NAMES: &[(&str, &str, Era)] = &[
    ("Thừa Thiên Huế", "46", Era::Pre2025),
    ("Thừa Thiên - Huế", "46", Era::Pre2025),
    ("HCM", "79", Era::Pre2025),
    ("HCM", "79", Era::Since2025),
    ("TPHCM", "79", Era::Pre2025),
    ("TPHCM", "79", Era::Since2025),
    ("TT-Huế", "46", Era::Pre2025),
    ("BR-VT", "77", Era::Pre2025),
];

/// The level of an administrative unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Tỉnh or thành phố trực thuộc trung ương.
    Province,
    /// Quận, huyện, thị xã, thành phố thuộc tỉnh (abolished in July 2025).
    District,
    /// Xã, phường, thị trấn, đặc khu.
    Commune,
}

impl Level {
    fn parse(s: &str) -> Option<Level> {
        match s {
            "province" => Some(Level::Province),
            "district" => Some(Level::District),
            "commune" => Some(Level::Commune),
            _ => None,
        }
    }

    /// The bit of this level in a set of levels.
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Which register a unit belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Era {
    /// The register before the reform of 1 July 2025 (and retired older units).
    Pre2025,
    /// The register since 1 July 2025.
    Since2025,
}

/// The type word of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnitType {
    /// tỉnh
    Tinh,
    /// thành phố (province-level or district-level)
    ThanhPho,
    /// quận
    Quan,
    /// huyện
    Huyen,
    /// thị xã
    ThiXa,
    /// xã
    Xa,
    /// phường
    Phuong,
    /// thị trấn
    ThiTran,
    /// đặc khu
    DacKhu,
}

impl UnitType {
    fn parse(s: &str) -> Option<UnitType> {
        Some(match s {
            "tỉnh" => UnitType::Tinh,
            "thành phố" => UnitType::ThanhPho,
            "quận" => UnitType::Quan,
            "huyện" => UnitType::Huyen,
            "thị xã" => UnitType::ThiXa,
            "xã" => UnitType::Xa,
            "phường" => UnitType::Phuong,
            "thị trấn" => UnitType::ThiTran,
            "đặc khu" => UnitType::DacKhu,
            _ => return None,
        })
    }

    /// The type word with a capital, as it starts a canonical full name.
    pub fn title(self) -> &'static str {
        match self {
            UnitType::Tinh => "Tỉnh",
            UnitType::ThanhPho => "Thành phố",
            UnitType::Quan => "Quận",
            UnitType::Huyen => "Huyện",
            UnitType::ThiXa => "Thị xã",
            UnitType::Xa => "Xã",
            UnitType::Phuong => "Phường",
            UnitType::ThiTran => "Thị trấn",
            UnitType::DacKhu => "Đặc khu",
        }
    }
}

/// One administrative unit of the embedded registers.
#[derive(Clone, Debug)]
pub struct Unit {
    /// GSO code, zero-padded (2 digits for provinces, 3 for districts, 5 for communes).
    pub code: String,
    /// Name without the type word ("Song Mai").
    pub name: String,
    /// Type word.
    pub unit_type: UnitType,
    /// Level.
    pub level: Level,
    /// Register.
    pub era: Era,
    /// Last year of a retired unit (Hà Tây: 2008).
    pub until: Option<i32>,
    /// The unit that covers this one after the 2025 reform, if a single one does.
    pub code_2025: Option<String>,
    parent: Option<u32>,
    successor: Option<u32>,
}

impl Unit {
    /// Canonical full name with its type word ("Xã Song Mai").
    pub fn full_name(&self) -> String {
        format!("{} {}", self.unit_type.title(), self.name)
    }
}

/// The unit a post names, as resolved by [`PlaceIndex::resolve`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedPlace {
    /// GSO code of the unit (in the register of the document's time).
    pub code: String,
    /// Canonical full name with the type word, e.g. "Xã Song Mai".
    pub name: String,
    /// Level of the unit.
    pub level: Level,
    /// Code of the unit that covers it after the July 2025 reform (None for retired
    /// units and for communes split between several new ones).
    pub code_2025: Option<String>,
}

/// What a document says about places: the provinces and districts it names (with
/// counts, keyed by GSO code) and its year. Built by [`PlaceIndex::context`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceContext {
    counts: FastMap<String, u32>,
    /// The same counts by unit (of the register of the document's time).
    units: FastMap<u32, u32>,
    year: Option<i32>,
}

impl PlaceContext {
    /// An empty context with a year.
    pub fn with_year(year: Option<i32>) -> PlaceContext {
        PlaceContext {
            counts: FastMap::default(),
            units: FastMap::default(),
            year,
        }
    }

    /// The document's year.
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// How often the document names the province or district with this code.
    pub fn count(&self, code: &str) -> u32 {
        self.counts.get(code).copied().unwrap_or(0)
    }
}

/// Index of all administrative units, built once from the embedded registers.
#[derive(Clone, Debug)]
pub struct PlaceIndex {
    units: Vec<Unit>,
    /// Lower-cased canonical name, or the first tokens of one ("thừa", "thừa thiên",
    /// "thừa thiên huế") → units of that name, levels of the names it begins. A
    /// window of tokens that is no key begins no name.
    by_name: FastMap<String, Names>,
    /// ASCII key of an older or alternative name → units (ordered, to tell whether a
    /// key begins one).
    by_alias: BTreeMap<String, Vec<u32>>,
    /// Longest name in tokens.
    max_tokens: usize,
}

/// What the name index holds for a key.
#[derive(Clone, Debug, Default)]
struct Names {
    /// The units of this name (none when the key only begins longer names).
    units: Vec<u32>,
    /// The levels of the names that begin with the key, itself included: a set of
    /// [`Level::bit`]s.
    begin: u8,
}

/// Which units a place position admits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot {
    province: bool,
    district: bool,
    commune: bool,
    /// At province level only a `thành phố` (TP, Thành ủy) fits.
    city_only: bool,
}

impl Slot {
    const PROVINCE: Slot = Slot {
        province: true,
        district: false,
        commune: false,
        city_only: false,
    };
    const CITY: Slot = Slot {
        province: true,
        district: true,
        commune: false,
        city_only: true,
    };
    const DISTRICT: Slot = Slot {
        province: false,
        district: true,
        commune: false,
        city_only: false,
    };
    const COMMUNE: Slot = Slot {
        province: false,
        district: false,
        commune: true,
        city_only: false,
    };
    /// Higher than a unit of `level`, for the type-less parents of a chain.
    fn above(level: Level) -> Slot {
        Slot {
            province: level != Level::Province,
            district: level == Level::Commune,
            commune: false,
            city_only: false,
        }
    }

    /// The levels this slot admits, as a set of [`Level::bit`]s.
    fn levels(self) -> u8 {
        [
            (self.province, Level::Province),
            (self.district, Level::District),
            (self.commune, Level::Commune),
        ]
        .into_iter()
        .filter(|&(admits, _)| admits)
        .fold(0, |levels, (_, level)| levels | level.bit())
    }

    fn admits(self, unit: &Unit) -> bool {
        match unit.level {
            Level::Province => {
                self.province && (!self.city_only || unit.unit_type == UnitType::ThanhPho)
            }
            Level::District => self.district,
            Level::Commune => self.commune,
        }
    }
}

/// A token of canonical text, borrowed from [`Canonical::lower`].
#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    /// Lower-cased canonical text.
    lower: &'a str,
    /// A word (letters, digits, inner apostrophes), not punctuation.
    word: bool,
    /// Starts with an upper-case letter or a digit.
    cap: bool,
}

/// A place named at a place position.
#[derive(Clone, Debug)]
struct Mention {
    start: usize,
    end: usize,
    cands: Vec<u32>,
    /// The type word or committee word before the name, if any.
    want: Option<UnitType>,
}

impl PlaceIndex {
    /// The index of the embedded registers, built on first use.
    pub fn builtin() -> &'static PlaceIndex {
        static INDEX: OnceLock<PlaceIndex> = OnceLock::new();
        INDEX.get_or_init(|| PlaceIndex::from_tsv(PRE_2025, REG_2025, OLD_TO_NEW, ALIASES))
    }

    /// Builds an index from the four TSV files (header row first; malformed rows are
    /// skipped).
    pub fn from_tsv(pre2025: &str, reg2025: &str, old_to_new: &str, aliases: &str) -> PlaceIndex {
        let mut units: Vec<Unit> = Vec::with_capacity(14_300);
        let mut pre_code: FastMap<&str, u32> = map_with_capacity(11_000);
        let mut new_code: FastMap<&str, u32> = map_with_capacity(3_400);
        for (text, era) in [(pre2025, Era::Pre2025), (reg2025, Era::Since2025)] {
            let first = units.len();
            let mut parents = Vec::new();
            for line in text.lines().skip(1) {
                let Some([code, name, typ, parent, level]) = fields(line) else {
                    continue;
                };
                let (Some(unit_type), Some(level)) = (UnitType::parse(typ), Level::parse(level))
                else {
                    continue;
                };
                let codes = if era == Era::Pre2025 {
                    &mut pre_code
                } else {
                    &mut new_code
                };
                codes.insert(code, units.len() as u32);
                parents.push(parent);
                units.push(Unit {
                    code: code.to_string(),
                    name: name.to_string(),
                    unit_type,
                    level,
                    era,
                    until: None,
                    code_2025: (era == Era::Since2025).then(|| code.to_string()),
                    parent: None,
                    successor: None,
                });
            }
            let codes = if era == Era::Pre2025 {
                &pre_code
            } else {
                &new_code
            };
            for (i, parent) in parents.into_iter().enumerate() {
                units[first + i].parent = codes.get(parent).copied();
            }
        }

        // Old → new: a commune goes to its single new commune; a district and a
        // province go to the new province that covers them.
        // old code → its new code, or None when it went to several.
        let mut targets: FastMap<&str, Option<&str>> = map_with_capacity(10_700);
        for line in old_to_new.lines().skip(1) {
            let Some([old, _, _, _, new, ..]) = fields::<9>(line) else {
                continue;
            };
            targets
                .entry(old)
                .and_modify(|t| {
                    if *t != Some(new) {
                        *t = None;
                    }
                })
                .or_insert(Some(new));
        }
        for i in 0..units.len() {
            if units[i].era != Era::Pre2025 {
                continue;
            }
            let key = match (units[i].level, units[i].parent) {
                (Level::District, Some(p)) => units[p as usize].code.as_str(),
                (Level::District, None) => continue,
                _ => units[i].code.as_str(),
            };
            if let Some(&Some(only)) = targets.get(key) {
                units[i].code_2025 = Some(only.to_string());
            }
        }

        let mut by_alias: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for line in aliases.lines().skip(1) {
            let Some([key, typ, code, level, name, until, successor]) = fields(line) else {
                continue;
            };
            let id = match pre_code.get(code) {
                Some(&id) => id,
                None if !name.is_empty() => {
                    let (Some(unit_type), Some(level)) =
                        (UnitType::parse(typ), Level::parse(level))
                    else {
                        continue;
                    };
                    let id = units.len() as u32;
                    units.push(Unit {
                        code: code.to_string(),
                        name: name.to_string(),
                        unit_type,
                        level,
                        era: Era::Pre2025,
                        until: until.parse().ok(),
                        code_2025: None,
                        parent: None,
                        successor: pre_code.get(successor).copied(),
                    });
                    id
                }
                None => continue,
            };
            by_alias.entry(key.to_string()).or_default().push(id);
        }

        let mut by_name: FastMap<String, Vec<u32>> = map_with_capacity(12_000);
        let mut max_tokens = 1;
        for (id, unit) in units.iter().enumerate() {
            let (key, len) = name_key(&unit.name);
            max_tokens = max_tokens.max(len);
            by_name.entry(key).or_default().push(id as u32);
        }
        for &(name, code, era) in EXTRA_NAMES {
            let codes = if era == Era::Pre2025 {
                &pre_code
            } else {
                &new_code
            };
            if let Some(&id) = codes.get(code) {
                let name = Canonical::new(name);
                let tokens = name.tokens();
                max_tokens = max_tokens.max(tokens.len());
                by_name.entry(join(&tokens).into()).or_default().push(id);
            }
        }
        // Every name, and the first tokens of every name. Tokens have no spaces: the
        // first tokens of a key end before a space.
        let mut names: FastMap<String, Names> = map_with_capacity(by_name.len() * 9 / 8);
        for (key, ids) in by_name {
            let levels = ids
                .iter()
                .fold(0, |levels, &id| levels | units[id as usize].level.bit());
            for (end, _) in key.match_indices(' ') {
                match names.get_mut(&key[..end]) {
                    Some(begun) => begun.begin |= levels,
                    None => {
                        let begun = Names {
                            units: Vec::new(),
                            begin: levels,
                        };
                        names.insert(key[..end].to_string(), begun);
                    }
                }
            }
            let entry = names.entry(key).or_default();
            entry.units = ids;
            entry.begin |= levels;
        }
        PlaceIndex {
            units,
            by_name: names,
            by_alias,
            max_tokens,
        }
    }

    /// Is `name` (without a type word, any case) the name of an administrative unit?
    ///
    /// ```
    /// let places = canbo::place::PlaceIndex::builtin();
    /// assert!(places.is_unit_name("Kim Bôi"));
    /// assert!(!places.is_unit_name("Đinh Công Sứ"));
    /// ```
    pub fn is_unit_name(&self, name: &str) -> bool {
        self.by_name
            .get(join(&Canonical::new(name).tokens()).as_str())
            .is_some_and(|names| !names.units.is_empty())
    }

    /// All units (both registers and retired units).
    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    /// The unit `unit` lies in: a commune's district (before 2025) or province (since),
    /// a district's province; `None` for a province.
    ///
    /// ```
    /// use canbo::place::{Era, Level, PlaceIndex};
    ///
    /// let places = PlaceIndex::builtin();
    /// let commune = places
    ///     .units()
    ///     .iter()
    ///     .find(|u| u.era == Era::Since2025 && u.level == Level::Commune)
    ///     .unwrap();
    /// assert_eq!(places.parent(commune).map(|p| p.level), Some(Level::Province));
    /// ```
    pub fn parent(&self, unit: &Unit) -> Option<&Unit> {
        unit.parent.and_then(|i| self.units.get(i as usize))
    }

    /// The places a whole document names: provinces and districts named unambiguously
    /// at a place position or as a bare province name, with their ancestors, counted.
    pub fn context(&self, document_text: &str, year: Option<i32>) -> PlaceContext {
        let text = Canonical::new(document_text);
        let tokens = text.tokens();
        let mut mentions = self.mentions(&tokens, year);
        // Bare province names anywhere ("tại Hưng Yên").
        let mut covered = vec![false; tokens.len()];
        for m in &mentions {
            for c in covered.iter_mut().take(m.end).skip(m.start) {
                *c = true;
            }
        }
        let mut i = 0;
        while i < tokens.len() {
            if !covered[i] && tokens[i].word && tokens[i].cap {
                if let Some(m) = self.name_at(&tokens, i, Slot::PROVINCE, year, false) {
                    i = m.end;
                    mentions.push(m);
                    continue;
                }
            }
            i += 1;
        }
        let mut ctx = PlaceContext::with_year(year);
        for m in &mentions {
            let [only] = m.cands[..] else { continue };
            let mut cur = Some(only);
            while let Some(id) = cur {
                let unit = &self.units[id as usize];
                if unit.level != Level::Commune {
                    *ctx.counts.entry(unit.code.clone()).or_insert(0) += 1;
                    *ctx.units.entry(id).or_insert(0) += 1;
                }
                cur = unit.parent;
            }
        }
        ctx
    }

    /// The most specific unit that `post` names, or `None` when it names none or the
    /// name stays ambiguous after using the post, the document context and the year.
    pub fn resolve(&self, post: &str, ctx: &PlaceContext) -> Option<ResolvedPlace> {
        self.resolve_with(post, ctx.year, || ctx)
    }

    /// [`PlaceIndex::resolve`] with the document context made only when the post needs
    /// it (a type word without a name, or a name of several units); `year` is the
    /// context's year.
    pub fn resolve_with<'c>(
        &self,
        post: &str,
        year: Option<i32>,
        ctx: impl Fn() -> &'c PlaceContext,
    ) -> Option<ResolvedPlace> {
        let post = Canonical::new(post);
        let tokens = post.tokens();
        let mut mentions = self.mentions(&tokens, year);
        if let Some(m) = self.trailing(&tokens, &mentions, year) {
            mentions.push(m);
        }
        let mut order: Vec<usize> = (0..mentions.len()).collect();
        order.sort_by_key(|&i| {
            let level = mentions[i]
                .cands
                .iter()
                .map(|&c| self.units[c as usize].level)
                .max();
            (std::cmp::Reverse(level), mentions[i].start)
        });
        let id = if mentions.is_empty() {
            self.implicit(&tokens, &ctx)?
        } else {
            order
                .into_iter()
                .find_map(|i| self.pick(i, &mentions, year, &ctx))?
        };
        let unit = &self.units[id as usize];
        Some(ResolvedPlace {
            code: unit.code.clone(),
            name: unit.full_name(),
            level: unit.level,
            code_2025: unit.code_2025.clone(),
        })
    }

    /// A post with a type or committee word but no name ("Bí thư Huyện ủy", "Chủ tịch
    /// UBND tỉnh") names the document's own unit of that level, when the document
    /// names one such unit far more often than any other: at least once and no other,
    /// or at least three times and three times as often as the next.
    fn implicit<'c>(&self, tokens: &[Token], ctx: &impl Fn() -> &'c PlaceContext) -> Option<u32> {
        let (slot, want) = (0..tokens.len())
            .filter_map(|i| marker(tokens, i))
            .map(|(slot, want, _)| (slot, want))
            .filter(|(slot, _)| !slot.commune)
            .max_by_key(|&(slot, _)| slot.district)?;
        let mut counts: Vec<(u32, u32)> = ctx()
            .units
            .iter()
            .filter(|&(&id, _)| {
                let unit = &self.units[id as usize];
                slot.admits(unit)
                    && (unit.level == Level::Province || rank(unit.unit_type) >= rank(want))
            })
            .map(|(&id, &n)| (n, id))
            .collect();
        counts.sort_unstable_by(|a, b| b.cmp(a));
        match counts[..] {
            [(_, id)] => Some(id),
            [(first, id), (second, _), ..] if first >= 3 && first >= 3 * second => Some(id),
            _ => None,
        }
    }

    /// Narrows the candidates of mention `i`: parents in the post, document, year.
    fn pick<'c>(
        &self,
        i: usize,
        mentions: &[Mention],
        year: Option<i32>,
        ctx: &impl Fn() -> &'c PlaceContext,
    ) -> Option<u32> {
        let mut cands = mentions[i].cands.clone();
        // Units are upgraded (xã → thị trấn → phường, huyện → thị xã → thành phố), never
        // downgraded: "phường X" is not a unit that is still a xã, while "xã X" may be
        // a unit that became a phường since.
        if let (true, Some(want)) = (cands.len() > 1, mentions[i].want) {
            let kept: Vec<u32> = cands
                .iter()
                .copied()
                .filter(|&c| rank(self.units[c as usize].unit_type) >= rank(want))
                .collect();
            if !kept.is_empty() {
                cands = kept;
            }
        }
        if cands.len() > 1 {
            for (j, other) in mentions.iter().enumerate() {
                if j == i {
                    continue;
                }
                let kept: Vec<u32> = cands
                    .iter()
                    .copied()
                    .filter(|&c| other.cands.iter().any(|&a| self.is_ancestor(a, c)))
                    .collect();
                if !kept.is_empty() {
                    cands = kept;
                }
            }
        }
        if cands.len() > 1 {
            let ctx = ctx();
            let scores: Vec<u32> = cands.iter().map(|&c| self.score(c, ctx)).collect();
            let best = scores.iter().copied().max().unwrap_or(0);
            if best > 0 && scores.iter().filter(|&&s| s == best).count() == 1 {
                cands = cands
                    .into_iter()
                    .zip(scores)
                    .filter(|&(_, s)| s == best)
                    .map(|(c, _)| c)
                    .collect();
            }
        }
        if cands.len() > 1 {
            if let Some(year) = year {
                let kept: Vec<u32> = cands
                    .iter()
                    .copied()
                    .filter(|&c| self.units[c as usize].until.is_none_or(|u| year <= u))
                    .collect();
                if !kept.is_empty() {
                    cands = kept;
                }
            }
        }
        // Siblings of one name differ by type ("huyện Kỳ Anh" and "thị xã Kỳ Anh" in
        // Hà Tĩnh; "xã Yên Viên" and "thị trấn Yên Viên" in Gia Lâm).
        if cands.len() > 1 {
            let parent = self.units[cands[0] as usize].parent;
            if cands
                .iter()
                .all(|&c| self.units[c as usize].parent == parent)
            {
                let want = mentions[i].want;
                cands.retain(|&c| Some(self.units[c as usize].unit_type) == want);
            }
        }
        match cands[..] {
            [only] => Some(only),
            _ => None,
        }
    }

    /// Document-context score: how often the document names the unit or its ancestors.
    fn score(&self, id: u32, ctx: &PlaceContext) -> u32 {
        let mut total = 0;
        let mut cur = Some(id);
        while let Some(c) = cur {
            let unit = &self.units[c as usize];
            total += ctx.count(&unit.code);
            cur = unit.parent;
        }
        total
    }

    /// Whether unit `a` contains unit `c` (a retired unit contains what its successor
    /// contains; units of the two registers are compared by level and code).
    fn is_ancestor(&self, a: u32, c: u32) -> bool {
        let anc = &self.units[a as usize];
        let mut cur = self.units[c as usize].parent;
        while let Some(p) = cur {
            let unit = &self.units[p as usize];
            if p == a
                || anc.successor == Some(p)
                || (unit.level == anc.level && unit.code == anc.code)
            {
                return true;
            }
            cur = unit.parent;
        }
        false
    }

    /// Places named after type words and committee words, with the type-less
    /// parents that continue a chain.
    fn mentions(&self, tokens: &[Token], year: Option<i32>) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].lower == "tphcm" {
                if let Some(m) = self.name_at(tokens, i, Slot::PROVINCE, year, false) {
                    out.push(m);
                }
                i += 1;
                continue;
            }
            let Some((slot, want, len)) = marker(tokens, i) else {
                i += 1;
                continue;
            };
            let mut j = i + len;
            if tokens.get(j).is_some_and(|t| t.lower == ".") {
                j += 1;
            }
            let Some(mut m) = self.name_at(tokens, j, slot, year, true) else {
                i = j;
                continue;
            };
            m.want = Some(want);
            i = m.end;
            let mut level = self.level_of(&m);
            out.push(m);
            // Type-less parents: "xã Song Mai - Kim Động", "huyện Kim Động, Hưng Yên".
            while let Some(sep) = tokens.get(i) {
                if !matches!(sep.lower, "," | "-" | "thuộc") || level == Level::Province {
                    break;
                }
                if marker(tokens, i + 1).is_some() {
                    break;
                }
                match self.name_at(tokens, i + 1, Slot::above(level), year, false) {
                    Some(parent) => {
                        i = parent.end;
                        level = self.level_of(&parent);
                        out.push(parent);
                    }
                    None => break,
                }
            }
        }
        out
    }

    /// The most specific level among a mention's candidates.
    fn level_of(&self, m: &Mention) -> Level {
        m.cands
            .iter()
            .map(|&c| self.units[c as usize].level)
            .max()
            .unwrap_or(Level::Province)
    }

    /// A province named without a type word at the end of a post, after at least
    /// one other word ("Giám đốc Sở Tài chính Bình Định").
    fn trailing(
        &self,
        tokens: &[Token],
        mentions: &[Mention],
        year: Option<i32>,
    ) -> Option<Mention> {
        let mut end = tokens.len();
        while end > 0 && !tokens[end - 1].word {
            end -= 1;
        }
        if mentions.iter().any(|m| m.end >= end) {
            return None;
        }
        let mut start = end;
        while start > 0
            && end - start < self.max_tokens
            && (tokens[start - 1].cap || tokens[start - 1].lower == "-")
        {
            start -= 1;
        }
        // Longest suffix first, never the whole post, never a person's name right
        // after a title ("Chủ tịch Hồ Chí Minh").
        (start.max(1)..end).find_map(|s| {
            if TITLE_ENDS.contains(&tokens[s - 1].lower) {
                return None;
            }
            let m = self.lookup(&tokens[s..end], Slot::PROVINCE, year, false)?;
            Some(Mention {
                start: s,
                end,
                cands: m,
                want: None,
            })
        })
    }

    /// The longest name at `start` that fits `slot`.
    fn name_at(
        &self,
        tokens: &[Token],
        start: usize,
        slot: Slot,
        year: Option<i32>,
        after_marker: bool,
    ) -> Option<Mention> {
        let first = tokens.get(start)?;
        if !first.word || !first.cap {
            return None;
        }
        // The window grows over words and dashes while it begins a name that fits the
        // slot or, after a marker, the ASCII key of an older name.
        let levels = slot.levels();
        let mut key = CompactString::default();
        let mut end = start;
        while end < tokens.len()
            && end - start < self.max_tokens
            && (tokens[end].word || tokens[end].lower == "-")
        {
            push_token(&mut key, tokens[end].lower);
            let begins = self
                .by_name
                .get(key.as_str())
                .is_some_and(|names| names.begin & levels != 0)
                || (after_marker && self.begins_alias(&ascii_key(&tokens[start..=end])));
            if !begins {
                break;
            }
            end += 1;
        }
        (start + 1..=end).rev().find_map(|e| {
            if !tokens[e - 1].word {
                return None;
            }
            let cands = self.lookup(&tokens[start..e], slot, year, after_marker)?;
            Some(Mention {
                start,
                end: e,
                cands,
                want: None,
            })
        })
    }

    /// Does some older name have an ASCII key that begins with `prefix`?
    fn begins_alias(&self, prefix: &str) -> bool {
        use std::ops::Bound;
        self.by_alias
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .next()
            .is_some_and(|(key, _)| key.starts_with(prefix))
    }

    /// Units named `window` that fit `slot` in the register of `year`. `after_marker`:
    /// the window follows a type or committee word, so older names (ASCII alias keys)
    /// are looked up too; without one, "Hồ Chí Minh" is a person or an organisation
    /// named after him, not the city.
    fn lookup(
        &self,
        window: &[Token],
        slot: Slot,
        year: Option<i32>,
        after_marker: bool,
    ) -> Option<Vec<u32>> {
        let key = join(window);
        if !after_marker && key == "hồ chí minh" {
            return None;
        }
        let by_name = self.by_name.get(key.as_str()).map(|n| n.units.as_slice());
        let mut cands = self.select(by_name.unwrap_or(&[]), slot, year);
        if cands.is_empty() && after_marker {
            if let Some(ids) = self.by_alias.get(ascii_key(window).as_str()) {
                cands = self.select(ids, slot, year);
            }
        }
        (!cands.is_empty()).then_some(cands)
    }

    /// Candidates that fit `slot`, from the register of the document's time: the
    /// 2025 register from 2026 on, the older one before (falling back to the other
    /// register where it fits: older names in new documents, new names in 2025).
    fn select(&self, ids: &[u32], slot: Slot, year: Option<i32>) -> Vec<u32> {
        let fits: Vec<u32> = ids
            .iter()
            .copied()
            .filter(|&id| slot.admits(&self.units[id as usize]))
            .collect();
        let prefer = if year.is_some_and(|y| y >= 2026) {
            Era::Since2025
        } else {
            Era::Pre2025
        };
        let mut out: Vec<u32> = fits
            .iter()
            .copied()
            .filter(|&id| self.units[id as usize].era == prefer)
            .collect();
        if out.is_empty() && (prefer == Era::Since2025 || year.is_none_or(|y| y >= 2025)) {
            out = fits;
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Last words of titles and forms of address: a capitalised name right after one is a
/// person's name ("Chủ tịch Hồ Chí Minh", "ông Thái Bình").
const TITLE_ENDS: &[&str] = &[
    "tịch",
    "thư",
    "đốc",
    "trưởng",
    "phó",
    "viên",
    "nhiệm",
    "ông",
    "bà",
    "anh",
    "chị",
    "chí",
];

/// The `N` tab-separated fields of a line, or None when it has another number.
fn fields<const N: usize>(line: &str) -> Option<[&str; N]> {
    let mut out = [""; N];
    let mut parts = line.split('\t');
    for slot in out.iter_mut() {
        *slot = parts.next()?;
    }
    parts.next().is_none().then_some(out)
}

/// A hash map with a fast non-cryptographic hasher (keys are short strings and codes;
/// building the index hashes some 40,000 of them).
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

fn map_with_capacity<K, V>(capacity: usize) -> FastMap<K, V> {
    HashMap::with_capacity_and_hasher(capacity, BuildHasherDefault::default())
}

/// The multiply-rotate hasher of rustc (FxHash).
#[derive(Clone, Copy, Debug, Default)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Rank of a type within its level: a unit's type only ever rises.
fn rank(t: UnitType) -> u8 {
    match t {
        UnitType::Tinh | UnitType::Huyen | UnitType::Xa => 0,
        UnitType::ThiXa | UnitType::ThiTran => 1,
        UnitType::ThanhPho | UnitType::Quan | UnitType::Phuong => 2,
        UnitType::DacKhu => 3,
    }
}

/// A type word or committee word at `i`: the units it admits and its length in tokens.
fn marker(tokens: &[Token], i: usize) -> Option<(Slot, UnitType, usize)> {
    use UnitType::*;
    let w = |k: usize| tokens.get(i + k).map_or("", |t| t.lower);
    let found = match (w(0), w(1)) {
        // "Tỉnh ủy viên", "Thành ủy viên": a member, not a place position.
        ("tỉnh" | "thành" | "huyện" | "quận" | "thị", "ủy") if w(2) == "viên" => {
            return None
        }
        ("tỉnh", "ủy") => (Slot::PROVINCE, Tinh, 2),
        ("thành", "ủy") | ("thành", "phố") => (Slot::CITY, ThanhPho, 2),
        ("huyện", "ủy") => (Slot::DISTRICT, Huyen, 2),
        ("quận", "ủy") => (Slot::DISTRICT, Quan, 2),
        ("thị", "ủy") | ("thị", "xã") => (Slot::DISTRICT, ThiXa, 2),
        ("thị", "trấn") => (Slot::COMMUNE, ThiTran, 2),
        ("đặc", "khu") => (Slot::COMMUNE, DacKhu, 2),
        ("tỉnh", _) => (Slot::PROVINCE, Tinh, 1),
        ("tp", _) => (Slot::CITY, ThanhPho, 1),
        ("huyện", _) => (Slot::DISTRICT, Huyen, 1),
        ("quận", _) => (Slot::DISTRICT, Quan, 1),
        ("tx", _) => (Slot::DISTRICT, ThiXa, 1),
        ("xã", _) => (Slot::COMMUNE, Xa, 1),
        ("phường", _) => (Slot::COMMUNE, Phuong, 1),
        ("tt", _) => (Slot::COMMUNE, ThiTran, 1),
        ("q", ".") => (Slot::DISTRICT, Quan, 1),
        ("p", ".") => (Slot::COMMUNE, Phuong, 1),
        _ => return None,
    };
    Some(found)
}

/// NFC text with the old tone placement in open syllables ending in `oa`, `oe`,
/// `uy` ("hoà" → "hòa", "thuỷ" → "thủy"), typographic apostrophes and dashes made
/// plain. Case is kept.
///
/// Most text is canonical already and is returned as it is, without a copy.
pub fn canonical(text: &str) -> Cow<'_, str> {
    // Only characters beyond ASCII matter: ASCII passes the NFC quick check and never
    // changes. What changes in NFC text are curly quotes and dashes, and the vowel
    // that ends a word with a tone mark to move. The text is copied from the first
    // change.
    let mut nfc = NfcQuickCheck::default();
    let mut out = String::new();
    let mut copied = 0;
    for (i, c) in non_ascii(text) {
        if !nfc.push(text, i, c) {
            return Cow::Owned(canonical_slow(text));
        }
        let end = i + c.len_utf8();
        let (start, with) = match c {
            '\u{2019}' | '\u{2018}' => (i, Cow::Borrowed("'")),
            '\u{2013}' | '\u{2014}' => (i, Cow::Borrowed("-")),
            _ if matches!(text[..i].bytes().last(), Some(b'o' | b'O' | b'u' | b'U'))
                && !text[end..].chars().next().is_some_and(continues_word) =>
            {
                let start = word_start(text, i);
                let word = &text[start..end];
                if !moves_tone(word) {
                    continue;
                }
                (start, Cow::Owned(canonical_slow(word)))
            }
            _ => continue,
        };
        out.push_str(&text[copied..start]);
        out.push_str(&with);
        copied = end;
    }
    if !nfc.passes(text) {
        return Cow::Owned(canonical_slow(text));
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// The characters of `text` beyond ASCII, with their byte offsets.
fn non_ascii(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let i = at + text.as_bytes()[at..].iter().position(|b| !b.is_ascii())?;
        let c = text[i..].chars().next()?;
        at = i + c.len_utf8();
        Some((i, c))
    })
}

/// Where the word that goes on to the character at `i` starts.
fn word_start(text: &str, i: usize) -> usize {
    text[..i]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| continues_word(c))
        .last()
        .map_or(i, |(start, _)| start)
}

/// The NFC quick check of a text (is `is_nfc_quick` `Yes`?), fed with the characters
/// of the text beyond ASCII, in order.
///
/// The quick check looks up every character that is not ASCII; this one skips the
/// letters of Vietnamese. They are all allowed in NFC and are starters (see
/// [`is_plain_starter`]), and a starter resets what the quick check keeps of the
/// characters before it, so only the runs of other characters between them are
/// checked.
#[derive(Debug, Default)]
struct NfcQuickCheck {
    /// The run of other characters being read.
    run: Option<std::ops::Range<usize>>,
}

impl NfcQuickCheck {
    /// Takes the character `c` at `i` in `text`; false when the check fails.
    fn push(&mut self, text: &str, i: usize, c: char) -> bool {
        if is_plain_starter(c) {
            return true;
        }
        let end = i + c.len_utf8();
        match &mut self.run {
            Some(run) if run.end == i => {
                run.end = end;
                true
            }
            _ => self
                .run
                .replace(i..end)
                .is_none_or(|run| nfc_quick_yes(text, run)),
        }
    }

    /// Does `text` pass, once all its characters beyond ASCII are pushed?
    fn passes(self, text: &str) -> bool {
        self.run.is_none_or(|run| nfc_quick_yes(text, run))
    }
}

/// The NFC quick check of a part of `text`.
fn nfc_quick_yes(text: &str, range: std::ops::Range<usize>) -> bool {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    is_nfc_quick(text[range].chars()) == IsNormalized::Yes
}

/// ASCII and the precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF): allowed in
/// NFC, with combining class 0 (a test checks every one).
fn is_plain_starter(c: char) -> bool {
    c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// A letter, digit or combining mark: part of a word for [`canonical`].
fn continues_word(c: char) -> bool {
    crate::normalize::is_alphanumeric(c) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// A tone mark as a combining character (grave, acute, tilde, hook above, dot below).
fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// Does [`canonical`] move a tone mark in `word`, a run of letters, digits and marks
/// (NFC)? True when the word ends in `oa`, `oe` or `uy` (not after `q`) with the
/// tone mark on the second vowel, and that vowel has no other mark ("hoà", "khoẻ",
/// "thuỷ"; not "quý", "thuế", "hoàng").
///
/// This is what `canonical_slow` looks for in the decomposed text, read from the
/// composed characters: the second vowel is one character that decomposes to the
/// letter and the tone mark, and nothing of the word follows it.
fn moves_tone(word: &str) -> bool {
    let mut chars = word.chars().rev();
    let (Some(c), Some(prev)) = (chars.next(), chars.next()) else {
        return false;
    };
    let pair = match prev {
        'o' | 'O' => &['a', 'A', 'e', 'E'][..],
        'u' | 'U' if !matches!(chars.next(), Some('q' | 'Q')) => &['y', 'Y'][..],
        _ => return false,
    };
    if c.is_ascii() {
        return false;
    }
    let mut parts = ['\0'; 3];
    let mut len = 0;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if let Some(part) = parts.get_mut(len) {
            *part = d;
        }
        len += 1;
    });
    len == 2 && pair.contains(&parts[0]) && is_tone_mark(parts[1])
}

fn canonical_slow(text: &str) -> String {
    let mut chars: Vec<char> = text
        .nfd()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect();
    let mut i = 0;
    while i + 2 < chars.len() {
        let (a, b, t) = (chars[i], chars[i + 1], chars[i + 2]);
        let before_q = i > 0 && matches!(chars[i - 1], 'q' | 'Q');
        let pair = (matches!(a, 'o' | 'O') && matches!(b, 'a' | 'A' | 'e' | 'E'))
            || (matches!(a, 'u' | 'U') && matches!(b, 'y' | 'Y') && !before_q);
        if pair && is_tone_mark(t) && !chars.get(i + 3).is_some_and(|&c| continues_word(c)) {
            chars.swap(i + 1, i + 2);
            i += 3;
        } else {
            i += 1;
        }
    }
    chars.into_iter().nfc().collect()
}

/// A text in [`canonical`] form and lower-cased, for [`Token`]s to borrow from.
struct Canonical<'t> {
    /// The canonical text, case kept.
    text: Cow<'t, str>,
    /// The canonical text lower-cased with [`fold_case`], which keeps the length of
    /// every character: a token has the same byte offsets in both.
    ///
    /// [`fold_case`]: crate::normalize::fold_case
    lower: String,
}

impl<'t> Canonical<'t> {
    fn new(text: &'t str) -> Canonical<'t> {
        let text = canonical(text);
        let lower = crate::normalize::fold_case(&text);
        debug_assert_eq!(text.len(), lower.len());
        Canonical { text, lower }
    }

    /// Splits the text into words (letters, digits, inner apostrophes) and single
    /// punctuation characters, lower-cased.
    fn tokens(&self) -> Vec<Token<'_>> {
        use crate::normalize::is_alphanumeric;
        let text = &*self.text;
        let char_at = |i: usize| text[i..].chars().next();
        let mut out = Vec::with_capacity(text.len() / 4);
        let mut end = 0;
        while let Some(c) = char_at(end) {
            let start = end;
            end += c.len_utf8();
            if c.is_whitespace() {
                continue;
            }
            let word = is_alphanumeric(c);
            if word {
                while let Some(next) = char_at(end) {
                    if is_alphanumeric(next) {
                        end += next.len_utf8();
                    } else if next == '\'' && char_at(end + 1).is_some_and(is_alphanumeric) {
                        end += 1;
                    } else {
                        break;
                    }
                }
            }
            out.push(Token {
                lower: &self.lower[start..end],
                word,
                cap: word && (c.is_uppercase() || c.is_numeric()),
            });
        }
        out
    }
}

/// The key of a register name and its length in tokens. The registers are NFC with the
/// old tone placement already (the generator writes them so), and almost all names are
/// words and " - " separated by single spaces, whose key is the name lower-cased; other
/// names ("N.T Phong Hải") go through the tokenizer.
fn name_key(name: &str) -> (String, usize) {
    let simple = !name.starts_with(['\'', ' ', '-'])
        && !name.ends_with(['\'', ' ', '-'])
        && !name.contains("  ")
        && !name.contains("''")
        && name.split(' ').all(|w| {
            w == "-"
                || w.chars()
                    .all(|c| crate::normalize::is_alphanumeric(c) || c == '\'')
        })
        && !name.contains(" '")
        && !name.contains("' ");
    if simple && unicode_normalization::is_nfc(name) {
        (crate::normalize::fold_case(name), name.split(' ').count())
    } else {
        let name = Canonical::new(name);
        let tokens = name.tokens();
        (join(&tokens).into(), tokens.len())
    }
}

/// Tokens joined with single spaces: the key of the name index. Most keys are short
/// enough to stay inline, without an allocation.
fn join(tokens: &[Token]) -> CompactString {
    let mut key = CompactString::default();
    for t in tokens {
        push_token(&mut key, t.lower);
    }
    key
}

/// Appends a token to a key of the name index.
fn push_token(key: &mut CompactString, token: &str) {
    if !key.is_empty() {
        key.push(' ');
    }
    key.push_str(token);
}

/// The ASCII key of `vietnamadminunits` aliases: marks dropped, đ → d, letters and
/// digits only, tokens glued.
fn ascii_key(tokens: &[Token]) -> CompactString {
    tokens
        .iter()
        .flat_map(|t| t.lower.nfd())
        .filter_map(|c| match c {
            'đ' | 'Đ' => Some('d'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(era: Era, level: Level) -> usize {
        PlaceIndex::builtin()
            .units()
            .iter()
            .filter(|u| u.era == era && u.level == level && u.until.is_none())
            .count()
    }

    #[test]
    fn register_row_counts() {
        assert_eq!(count(Era::Pre2025, Level::Province), 63);
        assert_eq!(count(Era::Pre2025, Level::District), 696);
        assert_eq!(count(Era::Pre2025, Level::Commune), 10_051);
        assert_eq!(count(Era::Since2025, Level::Province), 34);
        assert_eq!(count(Era::Since2025, Level::District), 0);
        assert_eq!(count(Era::Since2025, Level::Commune), 3_321);
        let rows: Vec<Vec<&str>> = OLD_TO_NEW
            .lines()
            .skip(1)
            .map(|l| l.split('\t').collect())
            .collect();
        let provinces = rows.iter().filter(|r| r[0].len() == 2).count();
        let communes: Vec<_> = rows.iter().filter(|r| r[0].len() == 5).collect();
        let partial = communes.iter().filter(|r| r[8] == "1").count();
        assert_eq!((provinces, communes.len(), partial), (63, 10_565, 1_105));
    }

    #[test]
    fn conversion_parents_corrected() {
        // The official table files these under the wrong old province.
        let parent = |code: &str| {
            OLD_TO_NEW
                .lines()
                .find(|l| l.starts_with(code))
                .and_then(|l| l.split('\t').nth(3))
        };
        assert_eq!(parent("27691\t"), Some("794"));
        assert_eq!(parent("30781\t"), Some("900"));
    }

    #[test]
    fn name_keys_match_the_tokenizer() {
        for unit in PlaceIndex::builtin().units() {
            let name = Canonical::new(&unit.name);
            let tokens = name.tokens();
            let slow = (join(&tokens).into(), tokens.len());
            assert_eq!(name_key(&unit.name), slow, "{}", unit.name);
        }
    }

    #[test]
    fn canonical_fast_path_changes_nothing() {
        // (text, returned as it is)
        let texts = [
            ("Hòa Bình", true),
            ("Hoàng Hóa, Thủy Nguyên", true),
            ("Ủy ban nhân dân tỉnh Quảng Ngãi", true),
            ("Quý Quỳnh ở khu phố Hoà Bình", false),
            ("Đắk R'Lấp", true),
            ("Đắk R’Lấp", false),
            ("Ông Nguyễn Văn Thuỷ được bầu làm Chủ tịch", false),
            ("Xã Thụy Hòa, huyện Thái Thụy", true),
            ("khoẻ", false),
            (
                "Ông A, Phó Chủ tịch UBND xã Hoà Bình – huyện Thuỷ Nguyên, được bầu.",
                false,
            ),
            (
                "“Quý Quỳnh” ở Khánh Hoà; uỷ viên BCH, khu phố Tân Hoà.",
                false,
            ),
            ("Kết quả thu thuế ở Huế quá thấp, quý I", true),
            ("Quý, Thuý và Hoè ở Thanh Hoá", false),
            ("Nguyễn Văn Hòa, Thủy, Khỏe: \"không\" - nghỉ", true),
            ("", true),
            ("Hoà", false),
            ("‘Hoà’ – THUỶ", false),
            ("hoàng hoa hóa QUÝ thuở", true),
            ("Hòa\u{1DC4} và Hoà\u{1DC4}", false),
        ];
        for (text, kept) in texts {
            let got = canonical(text);
            assert_eq!(got, canonical_slow(text), "{text}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), kept, "{text}");
        }
    }

    #[test]
    fn plain_starters_pass_the_quick_check() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        for c in (0..=0x1FFFFu32).filter_map(char::from_u32) {
            if is_plain_starter(c) {
                let quick = is_nfc_quick(std::iter::once(c));
                assert_eq!(quick, IsNormalized::Yes, "U+{:04X}", u32::from(c));
                assert_eq!(canonical_combining_class(c), 0, "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn nfc_quick_check_with_shortcut_agrees() {
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        let texts = [
            "",
            "Hòa Bình",
            "Ủy ban nhân dân tỉnh Quảng Ngãi",
            "Ho\u{300}a Bi\u{300}nh",
            "Hòa\u{300}",
            "a\u{323}\u{302}",
            "Đắk R’Lấp – “Thuỷ” ở Ea Kar",
            "\u{301}Hòa",
            "Hòa \u{1DC4}\u{301}",
            "Hòa \u{301}\u{1DC4}",
            "Hòa \u{1DC4}\u{323}",
            "ạ\u{1DC4}",
            "\u{2126}hm",
            "Tỉnh\u{212B}",
            "Hà Nội 北京 \u{AC00}\u{11A8}",
            "năm 2017 \u{0958}",
        ];
        let mut yes = 0;
        for text in texts {
            let want = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            let mut check = NfcQuickCheck::default();
            let got = non_ascii(text).all(|(i, c)| check.push(text, i, c)) && check.passes(text);
            assert_eq!(got, want, "{text:?}");
            yes += usize::from(want);
        }
        assert!((4..texts.len() - 4).contains(&yes), "{yes}");
    }

    /// [`moves_tone`] is true exactly when [`canonical_slow`] moves a tone mark: every
    /// composed vowel after every `o` and `u` (after `q` or not), at the end of a word
    /// or before a letter, a mark or punctuation.
    #[test]
    fn moves_tone_agrees_with_the_slow_path() {
        let vowels = ('\u{C0}'..='\u{24F}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain("aeyAEY".chars());
        let mut moved = 0;
        for c in vowels {
            for (before, pair, after) in [
                ("h", 'o', ""),
                ("t", 'O', ""),
                ("th", 'u', ""),
                ("TH", 'U', ""),
                ("q", 'u', ""),
                ("Q", 'U', ""),
                ("h", 'o', "n"),
                ("h", 'o', "\u{302}"),
                ("h", 'o', "\u{1DC4}"),
                ("h", 'o', ","),
                ("th", 'u', " Nguyên"),
            ] {
                let text = format!("{before}{pair}{c}{after}");
                let word: String = text.chars().take_while(|&c| continues_word(c)).collect();
                let slow = canonical_slow(&text);
                assert_eq!(
                    moves_tone(&word),
                    slow != text.nfc().collect::<String>(),
                    "{text:?} → {slow:?}"
                );
                moved += usize::from(slow != text);
            }
        }
        assert!(moved > 50, "{moved}");
        // The vowels that move are precomposed Latin letters.
        for c in (0x80..=0x1FFFFu32).filter_map(char::from_u32) {
            if !is_plain_starter(c) {
                for word in [format!("ho{c}"), format!("thu{c}"), format!("O{c}")] {
                    assert!(!moves_tone(&word), "{word:?}");
                }
            }
        }
    }

    #[test]
    fn tokens_are_lower_cased_canonical_words_and_punctuation() {
        // (text, tokens: lower-cased text, then `W` for a capitalised word, `w` for
        // another word, `p` for punctuation)
        let table = [
            ("", vec![]),
            (
                "Bí thư Huyện ủy Đắk R’Lấp",
                vec!["bí W", "thư w", "huyện W", "ủy w", "đắk W", "r'lấp W"],
            ),
            (
                "UBND TP.HCM – xã Hoà Bình, quận 4",
                vec![
                    "ubnd W", "tp W", ". p", "hcm W", "- p", "xã w", "hòa W", "bình W", ", p",
                    "quận w", "4 W",
                ],
            ),
            (
                "“THUỶ” ở 'Ea Kar'\u{a0}năm 2017",
                vec![
                    "“ p", "thủy W", "” p", "ở w", "' p", "ea W", "kar W", "' p", "năm w", "2017 W",
                ],
            ),
        ];
        for (text, want) in table {
            let canon = Canonical::new(text);
            let got: Vec<String> = canon
                .tokens()
                .iter()
                .map(|t| {
                    let kind = match (t.word, t.cap) {
                        (true, true) => 'W',
                        (true, false) => 'w',
                        (false, _) => 'p',
                    };
                    format!("{} {kind}", t.lower)
                })
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn canonical_tone_placement() {
        let cases = [
            ("Hoà Bình", "Hòa Bình"),
            ("Thuỷ Nguyên", "Thủy Nguyên"),
            ("khoẻ", "khỏe"),
            ("Hoàng Hoá", "Hoàng Hóa"),
            ("Quý Quỳnh", "Quý Quỳnh"),
            ("Uỷ ban", "Ủy ban"),
            ("Đắk R’Lấp", "Đắk R'Lấp"),
        ];
        for (input, want) in cases {
            assert_eq!(canonical(input), want, "{input}");
        }
    }

    const HUNG_YEN_DOC: &str = "Ngày 5/3, Ban Thường vụ Tỉnh ủy Hưng Yên công bố quyết định \
        về công tác cán bộ tại huyện Yên Mỹ và huyện Kim Động. Hưng Yên đang sắp xếp lại \
        đội ngũ cán bộ cấp xã.";
    const KHOAI_CHAU_DOC: &str = "Hội nghị do Huyện ủy Khoái Châu (Hưng Yên) tổ chức \
        đã công bố các quyết định điều động cán bộ.";
    const TAY_NINH_DOC: &str = "Tỉnh ủy Tây Ninh vừa trao quyết định chuẩn y cho một \
        số cán bộ chủ chốt của tỉnh Tây Ninh.";

    /// (post, document, year, expected (code, code_2025)).
    type Case = (
        &'static str,
        &'static str,
        Option<i32>,
        Option<(&'static str, Option<&'static str>)>,
    );

    #[test]
    fn resolves_posts() {
        // (post, document, year, expected (code, code_2025))
        let table: &[Case] = &[
            (
                "Bí thư Đảng ủy xã Liêu Xá",
                HUNG_YEN_DOC,
                Some(2015),
                Some(("12067", Some("12064"))),
            ),
            (
                "Bí thư Đảng ủy xã Song Mai",
                HUNG_YEN_DOC,
                Some(2015),
                Some(("12301", Some("12322"))),
            ),
            ("Bí thư Đảng ủy xã Song Mai", "", Some(2015), None),
            (
                "Bí thư Đảng ủy xã Song Mai, huyện Kim Động",
                "",
                None,
                Some(("12301", Some("12322"))),
            ),
            (
                "Chủ tịch UBND xã Song Mai - Kim Động",
                "",
                None,
                Some(("12301", Some("12322"))),
            ),
            (
                "Chủ tịch UBND phường Song Mai",
                "",
                Some(2022),
                Some(("07222", Some("07228"))),
            ),
            (
                "Bí thư Đảng ủy xã Dạ Trạch",
                KHOAI_CHAU_DOC,
                Some(2012),
                Some(("12214", Some("12223"))),
            ),
            (
                "Phó Chánh Thanh tra Nhà nước huyện Khoái Châu",
                KHOAI_CHAU_DOC,
                Some(2012),
                Some(("330", Some("33"))),
            ),
            (
                "Chủ tịch UBND tỉnh Hà Tây",
                "",
                Some(2005),
                Some(("28", None)),
            ),
            (
                "Phó Bí thư Tỉnh ủy Hà Tây",
                "",
                Some(2007),
                Some(("28", None)),
            ),
            (
                "Chủ tịch UBND tỉnh Hà Giang",
                "",
                Some(2018),
                Some(("02", Some("08"))),
            ),
            (
                "Giám đốc Sở Tài chính Bình Định",
                "",
                Some(2019),
                Some(("52", Some("52"))),
            ),
            (
                "Giám đốc Công an Hà Giang",
                "",
                Some(2019),
                Some(("02", Some("08"))),
            ),
            (
                "Bí thư Huyện ủy Kim Động",
                "",
                Some(2016),
                Some(("331", Some("33"))),
            ),
            (
                "Tỉnh ủy viên, Bí thư Huyện ủy Kim Động",
                "",
                Some(2016),
                Some(("331", Some("33"))),
            ),
            (
                "Chủ tịch UBND TP Hải Phòng",
                "",
                Some(2020),
                Some(("31", Some("31"))),
            ),
            (
                "Phó Chủ tịch UBND TP. Hải Phòng",
                "",
                Some(2020),
                Some(("31", Some("31"))),
            ),
            (
                "Giám đốc Công an TP.HCM",
                "",
                Some(2021),
                Some(("79", Some("79"))),
            ),
            (
                "Phó Giám đốc Sở Y tế TPHCM",
                "",
                Some(2021),
                Some(("79", Some("79"))),
            ),
            (
                "Chủ tịch UBND thành phố Hồ Chí Minh",
                "",
                Some(2021),
                Some(("79", Some("79"))),
            ),
            (
                "Bí thư Thành ủy Bắc Ninh",
                "",
                Some(2014),
                Some(("256", Some("24"))),
            ),
            (
                "Bí thư Thành ủy Hà Nội",
                "",
                Some(2014),
                Some(("01", Some("01"))),
            ),
            ("Bí thư Huyện ủy Châu Thành", "", Some(2014), None),
            (
                "Bí thư Huyện ủy Châu Thành",
                TAY_NINH_DOC,
                Some(2014),
                Some(("708", Some("80"))),
            ),
            (
                "Chủ tịch UBND huyện Kỳ Anh",
                "",
                Some(2013),
                Some(("447", Some("42"))),
            ),
            (
                "Chủ tịch UBND thị xã Kỳ Anh",
                "",
                Some(2017),
                Some(("449", Some("42"))),
            ),
            (
                "Bí thư Thị ủy Hoài Nhơn",
                "",
                Some(2021),
                Some(("543", Some("52"))),
            ),
            ("Chủ tịch UBND xã Tân Lập", "", Some(2010), None),
            (
                "Phó Chủ tịch UBND quận Cẩm Lệ, thành phố Đà Nẵng",
                "",
                Some(2018),
                Some(("495", Some("48"))),
            ),
            (
                "Chủ tịch UBND phường Trúc Bạch, quận Ba Đình",
                "",
                Some(2018),
                Some(("00004", Some("00004"))),
            ),
            (
                "Chủ tịch UBND tỉnh Thừa Thiên Huế",
                "",
                Some(2018),
                Some(("46", Some("46"))),
            ),
            (
                "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu",
                "",
                Some(2018),
                Some(("77", Some("79"))),
            ),
            (
                "Chủ tịch UBND tỉnh Hoà Bình",
                "",
                Some(2018),
                Some(("17", Some("25"))),
            ),
            (
                "Bí thư Đặc khu ủy, Chủ tịch UBND đặc khu Phú Quốc",
                "",
                Some(2026),
                Some(("31078", Some("31078"))),
            ),
            (
                "Chủ tịch UBND thành phố Phú Quốc",
                "",
                Some(2021),
                Some(("911", Some("91"))),
            ),
            (
                "Chủ tịch UBND xã Liêu Xá, Yên Mỹ, Hưng Yên",
                "",
                None,
                Some(("12067", Some("12064"))),
            ),
            (
                "Chủ tịch UBND huyện Tĩnh Gia",
                "",
                Some(2015),
                Some(("407", Some("38"))),
            ),
            (
                "Thành ủy viên, Bí thư Quận ủy Thanh Khê",
                "",
                Some(2016),
                Some(("491", Some("48"))),
            ),
            (
                "Phó Trưởng ban quản lý dự án Q.Tân Phú",
                "",
                Some(2016),
                Some(("767", Some("79"))),
            ),
            (
                "Chủ tịch UBND P.4, Q.Tân Bình",
                "",
                Some(2016),
                Some(("26968", Some("26968"))),
            ),
            ("Chủ tịch UBND phường 4", "", Some(2016), None),
            ("Tổng Giám đốc Tập đoàn Hòa Phát", "", Some(2015), None),
            (
                "Phó Chủ tịch UBND tỉnh TT - Huế",
                "",
                Some(2016),
                Some(("46", Some("46"))),
            ),
            (
                "Bí thư Tỉnh ủy BR-VT",
                "",
                Some(2016),
                Some(("77", Some("79"))),
            ),
            (
                "Chủ tịch UBND TP Hà nội",
                "",
                Some(2016),
                Some(("01", Some("01"))),
            ),
            ("Chủ tịch UBND TP Nguyễn Đức Chung", "", Some(2016), None),
            (
                "Chủ tịch UBND thị xã Hà Đông, tỉnh Hà Tây",
                "",
                Some(2006),
                Some(("268", Some("01"))),
            ),
            (
                "Phó Bí thư Huyện ủy",
                KHOAI_CHAU_DOC,
                Some(2012),
                Some(("330", Some("33"))),
            ),
            (
                "Phó Chủ tịch UBND tỉnh",
                HUNG_YEN_DOC,
                Some(2015),
                Some(("33", Some("33"))),
            ),
            ("Phó Bí thư Huyện ủy", HUNG_YEN_DOC, Some(2015), None),
            ("Bộ trưởng Bộ Tài chính", HUNG_YEN_DOC, Some(2015), None),
            (
                "Bí thư Thành ủy Hà Giang",
                "",
                Some(2015),
                Some(("024", Some("08"))),
            ),
            (
                "Chủ tịch UBND phường Ba Đình",
                "",
                Some(2026),
                Some(("00004", Some("00004"))),
            ),
            (
                "Chủ tịch UBND quận Ba Đình",
                "",
                Some(2020),
                Some(("001", Some("01"))),
            ),
            (
                "Phó Bí thư Thành đoàn, Bí thư Đoàn TNCS Hồ Chí Minh",
                "",
                Some(2015),
                None,
            ),
            ("nguyên Chủ tịch Thái Bình", "", Some(2015), None),
            ("Giám đốc Công ty Minh Long", "", Some(2015), None),
            (
                "Trưởng ban Tổ chức, ông Nguyễn Văn Minh Hòa",
                "",
                Some(2015),
                None,
            ),
            (
                "Phó Giám đốc Sở Lao động - Thương binh và Xã hội",
                "",
                Some(2015),
                None,
            ),
        ];
        let index = PlaceIndex::builtin();
        let mut failures = Vec::new();
        for (post, doc, year, want) in table {
            let ctx = index.context(doc, *year);
            let got = index.resolve(post, &ctx);
            let got = got
                .as_ref()
                .map(|p| (p.code.as_str(), p.code_2025.as_deref()));
            if got != *want {
                failures.push(format!("{post:?} ({year:?}): got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn canonical_full_names() {
        let index = PlaceIndex::builtin();
        let ctx = index.context(HUNG_YEN_DOC, Some(2015));
        let cases = [
            ("Bí thư Đảng ủy xã Song Mai", "Xã Song Mai", Level::Commune),
            (
                "Chủ tịch UBND TP Hải Phòng",
                "Thành phố Hải Phòng",
                Level::Province,
            ),
            (
                "Bí thư Huyện ủy Kim Động",
                "Huyện Kim Động",
                Level::District,
            ),
            ("Chủ tịch UBND tỉnh Hà Tây", "Tỉnh Hà Tây", Level::Province),
        ];
        for (post, name, level) in cases {
            let place = index.resolve(post, &ctx);
            assert_eq!(
                place.as_ref().map(|p| (p.name.as_str(), p.level)),
                Some((name, level)),
                "{post}"
            );
        }
    }

    /// `resolve_with` gives what `resolve` gives, and reads the document only for a
    /// post without a name of its own or with a name of several units.
    #[test]
    fn the_context_is_read_only_when_a_post_needs_it() {
        let index = PlaceIndex::builtin();
        let ctx = index.context(HUNG_YEN_DOC, Some(2015));
        let cases = [
            ("Chủ tịch UBND tỉnh Hưng Yên", false),
            ("Bí thư Đảng ủy xã Song Mai, huyện Kim Động", false),
            ("Giám đốc Sở Y tế", false),
            ("Bí thư Huyện ủy", true),
            ("Chủ tịch UBND tỉnh", true),
        ];
        for (post, reads) in cases {
            let read = std::cell::Cell::new(false);
            let got = index.resolve_with(post, ctx.year(), || {
                read.set(true);
                &ctx
            });
            assert_eq!(got, index.resolve(post, &ctx), "{post}");
            assert_eq!(read.get(), reads, "{post}");
        }
    }

    /// The places a document names, as sorted (code, count).
    fn context_counts(doc: &str, year: Option<i32>) -> Vec<(String, u32)> {
        let ctx = PlaceIndex::builtin().context(doc, year);
        let mut counts: Vec<(String, u32)> =
            ctx.counts.iter().map(|(c, &n)| (c.clone(), n)).collect();
        counts.sort();
        counts
    }

    /// (document, year, (code, count) of the provinces and districts it names).
    type ContextCase = (&'static str, Option<i32>, &'static [(&'static str, u32)]);

    #[test]
    fn context_finds_names_inside_longer_capitalised_runs() {
        let table: &[ContextCase] = &[
            ("", Some(2017), &[]),
            (
                "Đoàn công tác về Thái Bình và Hưng Yên.",
                Some(2017),
                &[("33", 1), ("34", 1)],
            ),
            (
                "Ông Nguyễn Thái Bình, Giám đốc Sở",
                Some(2017),
                &[("34", 1)],
            ),
            ("Ông Nguyễn Văn Minh", Some(2017), &[]),
            (
                "Đại biểu Hà Nội Hải Phòng Đà Nẵng",
                Some(2017),
                &[("01", 1), ("31", 1), ("48", 1)],
            ),
            (
                "Bà Rịa - Vũng Tàu, Thừa Thiên - Huế, TT-Huế và TP.HCM",
                Some(2017),
                &[("46", 2), ("77", 1), ("79", 1)],
            ),
            (
                "Ông A về công tác tại xã Song Mai, huyện Kim Động, tỉnh Hưng Yên.",
                Some(2015),
                &[("33", 2), ("331", 1)],
            ),
            (
                "Bí thư Huyện ủy Vũ Thư (Thái Bình) và Chủ tịch UBND TP Hồ Chí Minh; \
                 Hồ Chí Minh không phải tên tỉnh.",
                Some(2017),
                &[("34", 2), ("344", 1), ("79", 1)],
            ),
            (
                "Ông B, Bí thư Đảng ủy xã Dạ Trạch Tổ Chức Hội Nghị Cán Bộ",
                Some(2012),
                &[("33", 1), ("330", 1)],
            ),
            (
                "HÀ NỘI - Sáng nay tại Hà nội, Thanh Hoá và Khánh Hòa",
                Some(2017),
                &[("01", 2), ("38", 1), ("56", 1)],
            ),
        ];
        for &(doc, year, want) in table {
            let want: Vec<(String, u32)> = want.iter().map(|&(c, n)| (c.to_string(), n)).collect();
            assert_eq!(context_counts(doc, year), want, "{doc}");
        }
    }

    #[test]
    fn alias_keys_are_found_by_their_beginning() {
        let index = PlaceIndex::builtin();
        for (prefix, want) in [
            ("", true),
            ("d", true),
            ("datr", true),
            ("datrach", true),
            ("datrachx", false),
            ("zzzz", false),
        ] {
            assert_eq!(index.begins_alias(prefix), want, "{prefix}");
        }
    }

    #[test]
    fn name_index_holds_every_start_of_every_name() {
        let index = PlaceIndex::builtin();
        for (key, names) in &index.by_name {
            if names.units.is_empty() {
                continue;
            }
            let tokens: Vec<&str> = key.split(' ').collect();
            for n in 1..=tokens.len() {
                let prefix = tokens[..n].join(" ");
                let begun = index.by_name.get(&prefix).map_or(0, |n| n.begin);
                for &id in &names.units {
                    let bit = index.units[id as usize].level.bit();
                    assert_eq!(begun & bit, bit, "{prefix:?} of {key:?}");
                }
            }
        }
        assert!(index.max_tokens >= 4, "{}", index.max_tokens);
        assert!(!index.by_name.contains_key("bí thư"));
        assert!(index.by_name["thừa thiên"].units.is_empty());
        assert!(!index.is_unit_name("thừa thiên"));
        assert!(index.is_unit_name("Thừa Thiên Huế"));
        let levels = |key: &str| index.by_name.get(key).map_or(0, |n| n.begin);
        let province = Level::Province.bit();
        assert_eq!(levels("hưng") & province, province);
        assert_eq!(levels("hưng yên") & province, province);
        assert_eq!(levels("nguyễn") & province, 0);
        assert_eq!(Slot::PROVINCE.levels(), province);
        assert_eq!(Slot::COMMUNE.levels(), Level::Commune.bit());
        assert_eq!(Slot::CITY.levels(), province | Level::District.bit());
    }

    #[test]
    fn context_counts_provinces_and_districts() {
        let index = PlaceIndex::builtin();
        let ctx = index.context(HUNG_YEN_DOC, Some(2015));
        assert_eq!(ctx.year(), Some(2015));
        assert!(ctx.count("33") >= 3, "{}", ctx.count("33"));
        assert_eq!(ctx.count("327"), 1);
        assert_eq!(ctx.count("331"), 1);
        assert_eq!(ctx.count("52"), 0);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let index = PlaceIndex::builtin();
        let ctx = index.context("xã", None);
        for post in [
            "",
            "xã",
            "huyện ,",
            "TP.",
            "- - -",
            "Tỉnh ủy",
            "ủy xã Ê'",
            "\u{301}oa\u{301}",
        ] {
            let _ = index.resolve(post, &ctx);
        }
    }

    /// Timing: `cargo test --release --lib place::tests::timing -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn timing() {
        use std::time::Instant;
        let t = Instant::now();
        let index = PlaceIndex::from_tsv(PRE_2025, REG_2025, OLD_TO_NEW, ALIASES);
        let build = t.elapsed();
        let ctx = index.context(HUNG_YEN_DOC, Some(2015));
        let posts = [
            "Bí thư Đảng ủy xã Song Mai, huyện Kim Động",
            "Giám đốc Sở Tài chính Bình Định",
            "Phó Trưởng ban Tuyên giáo Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hưng Yên",
            "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ",
        ];
        let t = Instant::now();
        let mut found = 0;
        for i in 0..14_000 {
            found += usize::from(index.resolve(posts[i % posts.len()], &ctx).is_some());
        }
        let resolve = t.elapsed();
        let long_doc = HUNG_YEN_DOC.repeat(40);
        let t = Instant::now();
        let ctx = index.context(&long_doc, Some(2015));
        let context = t.elapsed();
        println!(
            "build {build:?}; 14,000 posts resolved in {resolve:?} ({found} with a place); \
             context of a {} KB document in {context:?} ({} names Hưng Yên)",
            long_doc.len() / 1024,
            ctx.count("33")
        );
        if !cfg!(debug_assertions) {
            assert!(build.as_millis() < 100, "{build:?}");
        }
    }

    #[test]
    fn index_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<PlaceIndex>();
        check::<PlaceContext>();
        check::<ResolvedPlace>();
    }
}
