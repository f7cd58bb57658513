//! Stage 0: finding, in the raw text, the few places where a move may be told.
//!
//! Most sentences of a news archive tell no move, and normalizing them is the most
//! expensive thing the pipeline does. A [`MoveFilter`] finds, in the *raw* bytes, every
//! spelling the [normalizer](crate::normalize) unifies into a move word: upper and
//! lower case of every letter, both tone styles ("hoà"/"hòa"), and words glued at a
//! lower → upper boundary ("đượcBổ nhiệm"). It also finds the characters and runs the
//! normalizer drops or rewrites (invisible characters, combining marks, unusual
//! spaces, `Ð`, control characters, two spaces in a row), so a line without any
//! [`Mark`] holds no move word even once normalized. Where the only marks are
//! [`Mark::Move`] and [`Mark::Spaces`], the normalized line differs from the raw one
//! only by its tone marks, glued words and spaces.
//!
//! ```
//! use canbo::prefilter::{Mark, MoveFilter};
//!
//! let filter = MoveFilter::new(["bổ nhiệm", "điều động"]).unwrap();
//! let text = "Hôm qua, UBND tỉnh ĐIỀU ĐỘNG ông A.\nTrời mưa.\nÔng B được\u{200B}bổ nhiệm.";
//! let marks: Vec<(usize, Mark)> = filter.marks(text).collect();
//! assert_eq!(marks, [(22, Mark::Move), (74, Mark::Unusual), (77, Mark::Move)]);
//! ```
//!
//! # How
//!
//! One pass over the bytes, 32 at a time with AVX2 (one at a time elsewhere), looks
//! at every window of 8 bytes for two things at once:
//!
//! * A *fingerprint* of a move word: for each key, the 3 bytes before and the 5 from
//!   the start of its least likely syllable (by the byte frequencies of news text),
//!   in any case and tone style, glued or not. The fingerprints are grouped in 16
//!   buckets; a window matches a bucket when each of its bytes is one the bucket
//!   accepts at that place, tested with nibble tables as in the Teddy algorithm of
//!   Hyperscan and `aho-corasick`. About one window in 500 of news text matches;
//!   there the fingerprints of the bucket are tested exactly, and the keys of those
//!   that match are compared with the text, character by character, from each start
//!   the fingerprint allows.
//! * An unusual character or two spaces: a few comparisons of the lead byte and the
//!   one or two after it let through every character the normalizer changes (and a
//!   few more); there the exact list of unusual byte sequences decides.
//!
//! No automaton is walked byte by byte, and the tables (some 30 KB, most of it the
//! exact fingerprints, which few windows reach) stay in the caches closest to the
//! processor.

use aho_corasick::BuildError;

use crate::normalize::ToneStyle;
use crate::tone::restyle_syllable;

/// Bytes of a window the fingerprints look at.
const WINDOW: usize = 8;
/// Bytes of a window before the start of the syllable a fingerprint is anchored at.
const BEFORE: usize = 3;
/// Buckets of fingerprints (two sets of eight for the vector tables).
const BUCKETS: usize = 16;
/// Fingerprints grouped one by one into buckets at most (see [`cluster`]).
const MAX_GROUPS: usize = 256;

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
    keys: Vec<Key>,
    /// For each bucket, the fingerprints it holds.
    buckets: Vec<Vec<Anchor>>,
    /// `accept[k][b]`: the buckets (bits) that accept byte `b` at place `k` of a window.
    /// A window past either end of the text reads zero bytes there, which only a
    /// place that accepts anything accepts.
    accept: Box<[[u16; 256]; WINDOW]>,
    /// The same as nibble tables for the vector search: `low[k][half][n]` holds, for
    /// the buckets `8 * half..8 * half + 8`, those accepting a byte of low nibble `n`
    /// at place `k`; `high` for the high nibble. A bucket accepts a byte there when
    /// both do (a superset of `accept`).
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    low: [[[u8; 16]; 2]; WINDOW],
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    high: [[[u8; 16]; 2]; WINDOW],
    unusual: Unusual,
    /// Whether the vector search can run on this processor.
    avx2: bool,
}

/// A move key: its syllables, each in every spelling of its letters.
#[derive(Clone, Debug)]
struct Key {
    /// For each syllable, its forms (one per tone style), each a list of characters
    /// with the other case the filter accepts for it.
    syllables: Vec<Vec<Vec<(char, char)>>>,
}

/// The fingerprints of a key in a bucket: the key, the syllable they are anchored at,
/// and where the key may start, counted back from the start of that syllable (one
/// value per byte length of what comes before it), when a space comes before the
/// syllable (or it is the first) and when the syllable is glued to the one before.
#[derive(Clone, Debug, Default)]
struct Anchor {
    key: usize,
    syllable: usize,
    spaced: Vec<usize>,
    glued: Vec<usize>,
    /// The bytes the fingerprints accept at each place of the window, as bit sets:
    /// a quick test before the key is compared with the text.
    print: [[u64; 4]; WINDOW],
}

impl Anchor {
    fn accepts(&self, window: &[u8; WINDOW]) -> bool {
        // The anchoring syllable first.
        (BEFORE..WINDOW)
            .chain(0..BEFORE)
            .all(|k| self.print[k][usize::from(window[k] >> 6)] >> (window[k] & 63) & 1 == 1)
    }

    fn add(&mut self, other: &Anchor) {
        for (a, b) in self
            .print
            .iter_mut()
            .flatten()
            .zip(other.print.iter().flatten())
        {
            *a |= b;
        }
        for (to, from) in [
            (&mut self.spaced, &other.spaced),
            (&mut self.glued, &other.glued),
        ] {
            for &b in from {
                if !to.contains(&b) {
                    to.push(b);
                }
            }
        }
    }
}

/// A set of bytes at each place of a window.
type Fingerprint = [[bool; 256]; WINDOW];

impl MoveFilter {
    /// A filter for move words given as folded (lower-case), normalized keys.
    ///
    /// Only keys that do not contain another key are needed: "được bổ nhiệm" is found
    /// through "bổ nhiệm". Building does not fail at present; the error type is that
    /// of the automata the filter was once made of.
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
        let keys: Vec<Key> = minimal.iter().map(|k| Key::new(k)).collect();

        // Each key's fingerprints at its least likely syllable, then the fingerprints
        // grouped so that each bucket stays unlikely.
        let mut prints: Vec<(Fingerprint, Anchor)> = Vec::new();
        for (index, key) in keys.iter().enumerate() {
            let mut best: Option<(f64, Vec<(Fingerprint, Anchor)>)> = None;
            let anchors = if key.syllables.len() == 1 {
                0..1
            } else {
                1..key.syllables.len()
            };
            for syllable in anchors {
                let candidates = key.fingerprints(index, syllable);
                let p: f64 = candidates.iter().map(|(f, _)| likelihood(f)).sum();
                if best.as_ref().is_none_or(|(q, _)| p < *q) {
                    best = Some((p, candidates));
                }
            }
            prints.extend(best.map(|(_, c)| c).unwrap_or_default());
        }
        let groups = cluster(prints.iter().map(|(f, _)| *f).collect(), BUCKETS);

        let mut buckets = vec![Vec::new(); BUCKETS];
        let mut accept = Box::new([[0u16; 256]; WINDOW]);
        let mut low = [[[0u8; 16]; 2]; WINDOW];
        let mut high = [[[0u8; 16]; 2]; WINDOW];
        for (bucket, members) in groups.iter().enumerate() {
            let bit = 1u16 << bucket;
            for &m in members {
                let (print, anchor) = &prints[m];
                let entries: &mut Vec<Anchor> = &mut buckets[bucket];
                match entries.iter_mut().find(|a| a.key == anchor.key) {
                    Some(a) => a.add(anchor),
                    None => entries.push(anchor.clone()),
                }
                for k in 0..WINDOW {
                    for b in (0..256).filter(|&b| print[k][b]) {
                        accept[k][b] |= bit;
                        low[k][bucket / 8][b & 15] |= 1 << (bucket % 8);
                        high[k][bucket / 8][b >> 4] |= 1 << (bucket % 8);
                    }
                }
            }
        }
        Ok(MoveFilter {
            keys,
            buckets,
            accept,
            low,
            high,
            unusual: Unusual::new(),
            avx2: has_avx2(),
        })
    }

    /// Heap and inline memory used by the filter's tables, in bytes.
    pub fn memory_usage(&self) -> usize {
        let keys: usize = self
            .keys
            .iter()
            .flat_map(|k| &k.syllables)
            .flatten()
            .map(|form| form.len() * std::mem::size_of::<(char, char)>() + 24)
            .sum();
        let anchors: usize = self
            .buckets
            .iter()
            .flatten()
            .map(|a| std::mem::size_of::<Anchor>() + (a.spaced.len() + a.glued.len()) * 8)
            .sum();
        std::mem::size_of::<MoveFilter>()
            + std::mem::size_of::<[[u16; 256]; WINDOW]>()
            + keys
            + anchors
            + self.unusual.memory_usage()
    }

    /// Byte offsets in `raw` where a move-word spelling or an unusual character starts,
    /// in order. Marks do not overlap (of two spellings that do, the first is marked);
    /// a line holds a move word once normalized only if it holds a mark.
    pub fn marks<'t>(&'t self, raw: &'t str) -> impl Iterator<Item = (usize, Mark)> + 't {
        self.find(raw, self.avx2).into_iter()
    }

    /// The marks of `raw`, found with the vector search if `vector` (and AVX2 is there).
    fn find(&self, raw: &str, vector: bool) -> Vec<(usize, Mark)> {
        self.search(raw, vector).finish()
    }

    /// Every window of `raw` looked at, with the vector search if `vector`.
    fn search<'f, 't>(&'f self, raw: &'t str, vector: bool) -> Search<'f, 't> {
        let mut search = Search {
            filter: self,
            text: raw,
            moves: Vec::new(),
            others: Vec::new(),
            spaces_end: 0,
        };
        // Windows that start before the text, for keys at its very start.
        search.scalar(-(BEFORE as isize), 0);
        #[cfg(target_arch = "x86_64")]
        if vector && self.avx2 {
            // SAFETY: AVX2 is there (checked when the filter was built).
            unsafe { search.avx2() };
            return search;
        }
        let _ = vector;
        search.scalar(0, raw.len());
        search
    }
}

/// Nibble tables of the lead bytes that start an unusual character whatever follows
/// (and a few that never do), for the vector search: a byte is one when the entries
/// of its low and high nibbles share a bit. Bit 0: 00–1F but line breaks; bit 1: 10–1F,
/// D0–DF, F0–FF; bit 2: 7F; bit 3: C2, C7–CF; bit 4: E0, E3–EF.
#[rustfmt::skip]
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
const LEAD_LOW: [u8; 16] = [
    0b10011, 0b00011, 0b01011, 0b10011, 0b10011, 0b10011, 0b10011, 0b11011,
    0b11011, 0b11011, 0b11010, 0b11011, 0b11011, 0b11010, 0b11011, 0b11111,
];
#[rustfmt::skip]
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
const LEAD_HIGH: [u8; 16] = [
    0b00001, 0b00010, 0, 0, 0, 0, 0, 0b00100,
    0, 0, 0, 0, 0b01000, 0b00010, 0b10000, 0b00010,
];

/// The nibble tables of a [`MoveFilter`] in vector registers.
#[cfg(target_arch = "x86_64")]
struct Tables {
    low: [[std::arch::x86_64::__m256i; 2]; WINDOW],
    high: [[std::arch::x86_64::__m256i; 2]; WINDOW],
}

#[cfg(test)]
impl MoveFilter {
    /// The starts of all move-word spellings, overlapping ones too, and the other
    /// marks, found with the vector search or not.
    fn parts(&self, raw: &str, vector: bool) -> (Vec<usize>, Vec<(usize, Mark)>) {
        let search = self.search(raw, vector);
        let mut moves: Vec<usize> = search.moves.iter().map(|m| m.0).collect();
        moves.sort_unstable();
        moves.dedup();
        (moves, search.others)
    }
}

/// The state of one [`MoveFilter::find`].
struct Search<'f, 't> {
    filter: &'f MoveFilter,
    text: &'t str,
    /// Move-word spellings found: start and end.
    moves: Vec<(usize, usize)>,
    /// Unusual characters and double spaces, in order.
    others: Vec<(usize, Mark)>,
    /// End of the last [`Mark::Spaces`], so that a run of spaces is marked every
    /// other space, as non-overlapping matches would be.
    spaces_end: usize,
}

impl Search<'_, '_> {
    /// Windows `from..to` (which may start before the text) one at a time.
    fn scalar(&mut self, from: isize, to: usize) {
        let bytes = self.text.as_bytes();
        let accept = &self.filter.accept;
        for w in from..to as isize {
            let mut bits = u16::MAX;
            for (k, accept) in accept.iter().enumerate() {
                let b = usize::try_from(w + k as isize)
                    .ok()
                    .and_then(|p| bytes.get(p))
                    .copied()
                    .unwrap_or(0);
                bits &= accept[b as usize];
                if bits == 0 {
                    break;
                }
            }
            if bits != 0 {
                self.candidate(w, bits);
            }
            if let Ok(p) = usize::try_from(w) {
                self.other(p);
            }
        }
    }

    /// All windows from 0, 32 at a time; the last ones from a copy of the end of the
    /// text followed by zeros.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn avx2(&mut self) {
        use std::arch::x86_64::*;

        let filter = self.filter;
        let table = |t: &[u8; 16]| {
            // SAFETY: 16 bytes read from a 16-byte array.
            unsafe { _mm256_broadcastsi128_si256(_mm_loadu_si128(t.as_ptr().cast())) }
        };
        let mut tables = Tables {
            low: [[_mm256_setzero_si256(); 2]; WINDOW],
            high: [[_mm256_setzero_si256(); 2]; WINDOW],
        };
        for k in 0..WINDOW {
            for half in 0..2 {
                tables.low[k][half] = table(&filter.low[k][half]);
                tables.high[k][half] = table(&filter.high[k][half]);
            }
        }
        let lead_low = table(&LEAD_LOW);
        let lead_high = table(&LEAD_HIGH);
        let bytes = self.text.as_bytes();
        // The end of the text, followed by zeros.
        let mut tail = [0u8; 64 + WINDOW];
        // The first block that would read past the end.
        let tail_start = match bytes.len().checked_sub(32 + WINDOW - 1) {
            Some(fit) => (fit / 32 + 1) * 32,
            None => 0,
        };
        let mut w = 0;
        while w < bytes.len() {
            let (at, valid) = if w + 32 + WINDOW - 1 <= bytes.len() {
                // SAFETY: `bytes[w..w + 32 + WINDOW - 1]` is there to read.
                (unsafe { bytes.as_ptr().add(w) }, u32::MAX)
            } else {
                if w == tail_start {
                    tail[..bytes.len() - w].copy_from_slice(&bytes[w..]);
                }
                let n = bytes.len() - w;
                let valid = if n >= 32 { u32::MAX } else { (1 << n) - 1 };
                // SAFETY: `w - tail_start < 64`: `tail[w - tail_start..][..32 + WINDOW - 1]`
                // is there to read.
                (unsafe { tail.as_ptr().add(w - tail_start) }, valid)
            };
            use std::arch::x86_64::*;

            // SAFETY: every load reads 32 bytes from `at + k`, `k < WINDOW`.
            let load = |k: usize| unsafe { _mm256_loadu_si256(at.add(k).cast()) };
            let nibble = _mm256_set1_epi8(0x0F);
            let splat = |b: u8| _mm256_set1_epi8(b as i8);
            // The buckets that accept byte `v` at place `k`, with `r` those that
            // accept the places before.
            let place = |k: usize, v: __m256i, r: (__m256i, __m256i)| {
                let lo = _mm256_and_si256(v, nibble);
                let hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
                let half = |h: usize, r: __m256i| {
                    _mm256_and_si256(
                        r,
                        _mm256_and_si256(
                            _mm256_shuffle_epi8(tables.low[k][h], lo),
                            _mm256_shuffle_epi8(tables.high[k][h], hi),
                        ),
                    )
                };
                (half(0, r.0), half(1, r.1))
            };
            let (v0, v1, v2) = (load(0), load(1), load(2));
            // The places from the anchor on first: in nine blocks of ten of news
            // text, no window gets past them.
            let mut r = (_mm256_set1_epi8(-1), _mm256_set1_epi8(-1));
            for k in BEFORE..WINDOW {
                r = place(k, load(k), r);
            }
            let mut found = _mm256_or_si256(r.0, r.1);
            let mut moves = 0;
            if _mm256_testz_si256(found, found) == 0 {
                for (k, v) in [v0, v1, v2].into_iter().enumerate().take(BEFORE) {
                    r = place(k, v, r);
                }
                found = _mm256_or_si256(r.0, r.1);
                let zero = _mm256_setzero_si256();
                moves = !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(found, zero)) as u32) & valid;
            }
            let (r0, r1) = r;

            // Lead bytes of the characters the normalizer may change, loosely: those
            // that start one whatever follows (control characters but line breaks,
            // delete, C2 and the lead bytes from C7 on but E1 and E2), looked up by
            // their nibbles, and those that do by what follows.
            let eq = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, splat(b));
            let le = |v: __m256i, b: u8| _mm256_cmpeq_epi8(_mm256_min_epu8(v, splat(b)), v);
            let or = |a: __m256i, b: __m256i| _mm256_or_si256(a, b);
            let and = |a: __m256i, b: __m256i| _mm256_and_si256(a, b);
            let andnot = |a: __m256i, b: __m256i| _mm256_andnot_si256(a, b);
            let leads = and(
                _mm256_shuffle_epi8(lead_low, and(v0, nibble)),
                _mm256_shuffle_epi8(lead_high, and(_mm256_srli_epi16(v0, 4), nibble)),
            );
            let spaces = and(eq(v0, b' '), eq(v1, b' '));
            let c3 = and(eq(v0, 0xC3), eq(or(v1, splat(0x20)), 0xB0));
            let e1 = and(eq(v0, 0xE1), le(v1, 0xB7));
            // E2 80 (general punctuation) with a third byte other than 80–8F and
            // A8–AF is common (quotes, dashes) and never unusual.
            let punctuation = andnot(
                or(le(v2, 0x8F), eq(and(v2, splat(0xF8)), 0xA8)),
                eq(v1, 0x80),
            );
            let e2 = andnot(punctuation, eq(v0, 0xE2));
            let odd = or(or(leads, spaces), or(c3, or(e1, e2)));
            let zero = _mm256_setzero_si256();
            let others = !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(odd, zero)) as u32) & valid;

            if moves | others != 0 {
                let mut buckets = [[0u8; 32]; 2];
                // SAFETY: 32 bytes stored into 32-byte arrays.
                unsafe {
                    _mm256_storeu_si256(buckets[0].as_mut_ptr().cast(), r0);
                    _mm256_storeu_si256(buckets[1].as_mut_ptr().cast(), r1);
                }
                let mut all = moves | others;
                while all != 0 {
                    let i = all.trailing_zeros() as usize;
                    all &= all - 1;
                    if moves & (1 << i) != 0 {
                        let bits = u16::from(buckets[0][i]) | u16::from(buckets[1][i]) << 8;
                        self.candidate((w + i) as isize, bits);
                    }
                    if others & (1 << i) != 0 {
                        self.other(w + i);
                    }
                }
            }
            w += 32;
        }
    }

    /// A window at `w` that the buckets `bits` accept: the keys of those buckets are
    /// compared with the text from each start their fingerprints allow.
    fn candidate(&mut self, w: isize, bits: u16) {
        let anchor = w + BEFORE as isize;
        let Ok(anchor) = usize::try_from(anchor) else {
            return;
        };
        if anchor >= self.text.len() {
            return;
        }
        let bytes = self.text.as_bytes();
        let space = anchor > 0 && bytes[anchor - 1] == b' ';
        let mut window = [0u8; WINDOW];
        for (k, b) in window.iter_mut().enumerate() {
            if let Some(&x) = usize::try_from(w + k as isize)
                .ok()
                .and_then(|p| bytes.get(p))
            {
                *b = x;
            }
        }
        let mut bits = bits;
        while bits != 0 {
            let bucket = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            for a in &self.filter.buckets[bucket] {
                let glued = a.syllable > 0 && !space;
                let backs = if glued { &a.glued } else { &a.spaced };
                if backs.is_empty() || !a.accepts(&window) || !self.text.is_char_boundary(anchor) {
                    continue;
                }
                // The anchoring syllable first, then the whole key.
                let key = &self.filter.keys[a.key];
                let rest = &self.text[anchor..];
                if !key.syllables[a.syllable]
                    .iter()
                    .any(|form| match_form(rest, form, glued).is_some())
                {
                    continue;
                }
                for &back in backs {
                    if let Some(start) = anchor.checked_sub(back) {
                        if let Some(end) = key.match_at(self.text, start) {
                            self.moves.push((start, end));
                        }
                    }
                }
            }
        }
    }

    /// Position `p`, which may start an unusual character or two spaces.
    fn other(&mut self, p: usize) {
        let bytes = self.text.as_bytes();
        if bytes[p] == b' ' {
            if bytes.get(p + 1) == Some(&b' ') && p >= self.spaces_end {
                self.others.push((p, Mark::Spaces));
                self.spaces_end = p + 2;
            }
        } else if self.filter.unusual.at(bytes, p) {
            self.others.push((p, Mark::Unusual));
        }
    }

    /// All marks in order, moves that overlap an earlier one left out.
    fn finish(mut self) -> Vec<(usize, Mark)> {
        self.moves.sort_unstable();
        let mut marks = Vec::with_capacity(self.moves.len() + self.others.len());
        let mut others = self.others.into_iter().peekable();
        let mut end = 0;
        for (start, stop) in self.moves {
            if start < end {
                continue;
            }
            end = stop;
            while let Some(o) = others.next_if(|o| o.0 < start) {
                marks.push(o);
            }
            marks.push((start, Mark::Move));
        }
        marks.extend(others);
        marks
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

impl Key {
    fn new(key: &str) -> Key {
        let syllables = key
            .split(' ')
            .map(|syllable| {
                let mut forms: Vec<String> = vec![syllable.to_string()];
                for style in [ToneStyle::Old, ToneStyle::New] {
                    let form = restyle_syllable(syllable, style).into_owned();
                    if !forms.contains(&form) {
                        forms.push(form);
                    }
                }
                forms
                    .iter()
                    .map(|f| f.chars().map(|c| (c, other_case(c))).collect())
                    .collect()
            })
            .collect();
        Key { syllables }
    }

    /// The end of a spelling of the key that starts at `start` in `text`, if one does:
    /// its syllables in any tone style, each letter in the case of the key or the
    /// other, each space also left out before a syllable that starts with a capital
    /// or an ASCII letter.
    fn match_at(&self, text: &str, start: usize) -> Option<usize> {
        if !text.is_char_boundary(start) {
            return None;
        }
        let bytes = text.as_bytes();
        let mut pos = start;
        for (i, forms) in self.syllables.iter().enumerate() {
            let mut glued = false;
            if i > 0 {
                if bytes.get(pos) == Some(&b' ') {
                    pos += 1;
                } else {
                    glued = true;
                }
            }
            let rest = &text[pos..];
            pos += forms
                .iter()
                .find_map(|form| match_form(rest, form, glued))?;
        }
        Some(pos)
    }

    /// The fingerprints of the key around the start of its syllable `anchor` (0: the
    /// start of the key): one for each way of gluing its syllables that gives other
    /// bytes in the window, each with the tone styles and cases together.
    fn fingerprints(&self, key: usize, anchor: usize) -> Vec<(Fingerprint, Anchor)> {
        let n = self.syllables.len();
        let mut out: Vec<(Fingerprint, Anchor)> = Vec::new();
        for glue in 0u32..1 << (n - 1) {
            // Bit i - 1: the space before syllable i is left out.
            let glued = |i: usize| i > 0 && glue >> (i - 1) & 1 == 1;
            let mut print = [[false; 256]; WINDOW];
            let mut entry = Anchor {
                key,
                syllable: anchor,
                ..Anchor::default()
            };
            // Every choice of a form for each syllable.
            let mut choice = vec![0; n];
            loop {
                let forms: Vec<&[(char, char)]> = (0..n)
                    .map(|i| self.syllables[i][choice[i]].as_slice())
                    .collect();
                if (1..n).all(|i| !glued(i) || can_glue(forms[i])) {
                    // The bytes of this spelling, each with its other case.
                    let mut bytes: Vec<[u8; 2]> = Vec::new();
                    let mut back = 0;
                    for (i, form) in forms.iter().enumerate() {
                        if i > 0 && !glued(i) {
                            bytes.push([b' '; 2]);
                        }
                        if i == anchor {
                            back = bytes.len();
                        }
                        for (j, &(lower, upper)) in form.iter().enumerate() {
                            let (mut a, mut b) = ([0; 4], [0; 4]);
                            let lower_bytes = lower.encode_utf8(&mut a).as_bytes();
                            let upper_bytes = upper.encode_utf8(&mut b).as_bytes();
                            // Glued: a capital (any case for ASCII letters).
                            let capital = j == 0 && glued(i) && !lower.is_ascii_alphabetic();
                            for (&x, &y) in lower_bytes.iter().zip(upper_bytes) {
                                bytes.push(if capital { [y, y] } else { [x, y] });
                            }
                        }
                    }
                    let backs = if glued(anchor) {
                        &mut entry.glued
                    } else {
                        &mut entry.spaced
                    };
                    if !backs.contains(&back) {
                        backs.push(back);
                    }
                    for (k, place) in print.iter_mut().enumerate() {
                        match (back + k).checked_sub(BEFORE).filter(|&q| q < bytes.len()) {
                            Some(q) => {
                                for b in bytes[q] {
                                    place[b as usize] = true;
                                    if b.is_ascii_alphabetic() {
                                        place[b.to_ascii_lowercase() as usize] = true;
                                        place[b.to_ascii_uppercase() as usize] = true;
                                    }
                                }
                            }
                            None => *place = [true; 256],
                        }
                    }
                }
                // The next choice of forms.
                let mut i = 0;
                while i < n && choice[i] + 1 == self.syllables[i].len() {
                    choice[i] = 0;
                    i += 1;
                }
                if i == n {
                    break;
                }
                choice[i] += 1;
            }
            if entry.spaced.is_empty() && entry.glued.is_empty() {
                continue;
            }
            for (bits, place) in entry.print.iter_mut().zip(&print) {
                for b in (0..256).filter(|&b| place[b]) {
                    bits[b >> 6] |= 1 << (b & 63);
                }
            }
            match out.iter_mut().find(|(p, _)| *p == print) {
                Some((_, a)) => a.add(&entry),
                None => out.push((print, entry)),
            }
        }
        out
    }
}

/// The length of `form` at the start of `rest`, where a character of the form may
/// also be in its other case; `glued`: the form follows the syllable before without a
/// space, so it must start with a capital, or an ASCII letter.
fn match_form(rest: &str, form: &[(char, char)], glued: bool) -> Option<usize> {
    let mut len = 0;
    let mut chars = rest.chars();
    for (j, &(lower, upper)) in form.iter().enumerate() {
        let t = chars.next()?;
        if t != lower && t != upper {
            return None;
        }
        if j == 0 && glued && !(lower.is_ascii_alphabetic() || t == upper && upper != lower) {
            return None;
        }
        len += t.len_utf8();
    }
    Some(len)
}

/// Can a syllable spelled `form` be glued to the one before: does it start with a
/// letter that has a capital?
fn can_glue(form: &[(char, char)]) -> bool {
    form.first()
        .is_some_and(|&(lower, upper)| lower.is_ascii_alphabetic() || upper != lower)
}

/// The other case of `c` that the filter accepts for it: any case of an ASCII letter,
/// the capital of a letter when it is one character of the same length in UTF-8,
/// else `c` itself.
fn other_case(c: char) -> char {
    if c.is_ascii() {
        return if c.is_ascii_lowercase() {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        };
    }
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) if u.len_utf8() == c.len_utf8() => u,
        _ => c,
    }
}

/// Counts of each byte in `benches/data/sample.txt` (news-like Vietnamese written for
/// the benchmarks): how likely a byte is in the text, to choose fingerprints that
/// rarely match.
#[rustfmt::skip]
const BYTE_COUNTS: [u16; 256] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    684, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 53, 4, 23, 8,
    17, 14, 18, 6, 2, 5, 1, 6, 1, 1, 0, 1, 0, 0, 0, 0,
    0, 2, 30, 17, 12, 0, 0, 8, 16, 1, 0, 8, 4, 4, 17, 0,
    20, 5, 0, 9, 45, 6, 14, 0, 5, 2, 0, 0, 0, 0, 0, 0,
    0, 46, 26, 127, 2, 3, 0, 127, 229, 100, 0, 18, 17, 36, 278, 32,
    22, 14, 28, 7, 105, 70, 31, 0, 3, 49, 0, 0, 0, 0, 0, 0,
    0, 13, 0, 21, 0, 3, 0, 33, 0, 14, 0, 25, 0, 3, 0, 0,
    11, 73, 0, 5, 2, 9, 0, 1, 0, 23, 0, 7, 0, 14, 1, 14,
    38, 66, 10, 29, 0, 24, 1, 32, 1, 20, 6, 5, 9, 24, 0, 13,
    51, 8, 3, 30, 27, 0, 0, 1, 0, 4, 84, 272, 0, 5, 0, 22,
    0, 0, 0, 193, 87, 4, 65, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 354, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/// The probability of each byte in news text (from [`BYTE_COUNTS`], each count one
/// more so that no byte is impossible).
fn byte_probabilities() -> [f64; 256] {
    let total: f64 = BYTE_COUNTS.iter().map(|&c| f64::from(c) + 1.0).sum();
    let mut p = [0.0; 256];
    for (p, &c) in p.iter_mut().zip(&BYTE_COUNTS) {
        *p = (f64::from(c) + 1.0) / total;
    }
    p
}

/// How likely a window of news text is to match `print`, bytes taken independently.
fn likelihood(print: &Fingerprint) -> f64 {
    let p = byte_probabilities();
    print
        .iter()
        .map(|place| (0..256).filter(|&b| place[b]).map(|b| p[b]).sum::<f64>())
        .product()
}

/// The nibble masks of a bucket: for each place, the low and the high nibbles of
/// the bytes it accepts (it then accepts every byte made of one of each).
#[derive(Clone, Copy, PartialEq)]
struct Nibbles([(u16, u16); WINDOW]);

impl Nibbles {
    fn of(print: &Fingerprint) -> Nibbles {
        let mut n = [(0, 0); WINDOW];
        for (k, place) in print.iter().enumerate() {
            for b in (0..256).filter(|&b| place[b]) {
                n[k].0 |= 1 << (b & 15);
                n[k].1 |= 1 << (b >> 4);
            }
        }
        Nibbles(n)
    }

    fn union(&self, other: &Nibbles) -> Nibbles {
        let mut n = self.0;
        for (a, b) in n.iter_mut().zip(&other.0) {
            a.0 |= b.0;
            a.1 |= b.1;
        }
        Nibbles(n)
    }

    fn likelihood(&self, p: &[f64; 256]) -> f64 {
        self.0
            .iter()
            .map(|&(low, high)| {
                if low == u16::MAX && high == u16::MAX {
                    return 1.0;
                }
                let mut sum = 0.0;
                for h in (0..16).filter(|h| high >> h & 1 == 1) {
                    for l in (0..16).filter(|l| low >> l & 1 == 1) {
                        sum += p[h << 4 | l];
                    }
                }
                sum
            })
            .product()
    }
}

/// Groups `prints` into `n` buckets (some empty when there are fewer), merging
/// the two groups whose union is least likely to match more than they did apart, as
/// long as there are more than `n`. (With more than [`MAX_GROUPS`] prints, neighbours
/// in the order of their nibbles from the anchor on are merged first, two by two,
/// for a time quadratic in at most that many.)
fn cluster(prints: Vec<Fingerprint>, n: usize) -> Vec<Vec<usize>> {
    let p = byte_probabilities();
    let mut groups: Vec<(Nibbles, Vec<usize>)> = prints
        .iter()
        .enumerate()
        .map(|(i, f)| (Nibbles::of(f), vec![i]))
        .collect();
    if groups.len() > MAX_GROUPS {
        groups.sort_by_key(|g| {
            let mut k = g.0 .0;
            k.rotate_left(BEFORE);
            k
        });
        while groups.len() > MAX_GROUPS {
            let mut merged = Vec::with_capacity(groups.len() / 2 + 1);
            let mut pairs = groups.into_iter();
            while let Some((a, mut members)) = pairs.next() {
                match pairs.next() {
                    Some((b, more)) => {
                        members.extend(more);
                        merged.push((a.union(&b), members));
                    }
                    None => merged.push((a, members)),
                }
            }
            groups = merged;
        }
    }
    let mut alone: Vec<f64> = groups.iter().map(|g| g.0.likelihood(&p)).collect();
    let cost = |groups: &[(Nibbles, Vec<usize>)], alone: &[f64], i: usize, j: usize| {
        groups[i].0.union(&groups[j].0).likelihood(&p) - alone[i] - alone[j]
    };
    let mut costs: Vec<Vec<f64>> = (0..groups.len())
        .map(|i| (0..i).map(|j| cost(&groups, &alone, i, j)).collect())
        .collect();
    while groups.len() > n {
        let mut best = (f64::INFINITY, 0, 0);
        for (i, row) in costs.iter().enumerate() {
            for (j, &c) in row.iter().enumerate() {
                if c < best.0 {
                    best = (c, i, j);
                }
            }
        }
        // Merge i into j (j < i), then drop i.
        let (_, i, j) = best;
        let (nibbles, members) = groups.remove(i);
        costs.remove(i);
        for row in costs.iter_mut().skip(i) {
            row.remove(i);
        }
        alone.remove(i);
        groups[j].0 = groups[j].0.union(&nibbles);
        groups[j].1.extend(members);
        alone[j] = groups[j].0.likelihood(&p);
        for k in 0..groups.len() {
            if k != j {
                let c = cost(&groups, &alone, k.max(j), k.min(j));
                costs[k.max(j)][k.min(j)] = c;
            }
        }
    }
    let mut out: Vec<Vec<usize>> = groups.into_iter().map(|g| g.1).collect();
    out.resize(n, Vec::new());
    out
}

/// The byte sequences of [`unusual_patterns`], for a quick test at one position.
#[derive(Clone, Debug)]
struct Unusual {
    /// For each first byte: 0, no sequence starts with it; 1, it is one; 2, a longer
    /// sequence may start with it.
    lead: [u8; 256],
    /// Two-byte sequences: a bit set indexed by both bytes.
    pairs: Box<[u64; 1024]>,
    /// Three-byte sequences, sorted.
    triples: Vec<[u8; 3]>,
}

impl Unusual {
    fn new() -> Unusual {
        let mut u = Unusual {
            lead: [0; 256],
            pairs: Box::new([0; 1024]),
            triples: Vec::new(),
        };
        for p in unusual_patterns() {
            match *p.as_slice() {
                [a] => u.lead[a as usize] = 1,
                [a, b] => {
                    u.lead[a as usize] = u.lead[a as usize].max(2);
                    let i = usize::from(a) << 8 | usize::from(b);
                    u.pairs[i / 64] |= 1 << (i % 64);
                }
                [a, b, c] => {
                    u.lead[a as usize] = u.lead[a as usize].max(2);
                    u.triples.push([a, b, c]);
                }
                _ => unreachable!("unusual sequences are one to three bytes"),
            }
        }
        u.triples.sort_unstable();
        u.triples.dedup();
        u
    }

    /// Does one of the sequences start at `p` in `bytes`?
    fn at(&self, bytes: &[u8], p: usize) -> bool {
        let b0 = bytes[p];
        match self.lead[b0 as usize] {
            0 => false,
            1 => true,
            _ => {
                let Some(&b1) = bytes.get(p + 1) else {
                    return false;
                };
                let i = usize::from(b0) << 8 | usize::from(b1);
                if self.pairs[i / 64] >> (i % 64) & 1 == 1 {
                    return true;
                }
                bytes
                    .get(p + 2)
                    .is_some_and(|&b2| self.triples.binary_search(&[b0, b1, b2]).is_ok())
            }
        }
    }

    fn memory_usage(&self) -> usize {
        std::mem::size_of::<[u64; 1024]>() + self.triples.capacity() * 3
    }
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

    /// A reproducible stream of numbers below `n` (xorshift64), for random texts.
    fn xorshift(mut state: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        }
    }
    use crate::normalize::Normalizer;
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

    fn filter() -> MoveFilter {
        MoveFilter::new(["bổ nhiệm", "được bổ nhiệm", "hòa giải", "thay", "thủy"]).unwrap()
    }

    /// The marks of `text` found both ways (with and without the vector search), which
    /// must agree.
    fn marks(f: &MoveFilter, text: &str) -> Vec<(usize, Mark)> {
        let vector = f.find(text, true);
        assert_eq!(vector, f.find(text, false), "{text:?}");
        vector
    }

    /// The minimal keys of the built-in gazetteer.
    fn builtin_keys() -> Vec<String> {
        let normalizer = Normalizer::default();
        let g = crate::gazetteer::Gazetteer::builtin(&normalizer).unwrap();
        let mut keys: Vec<String> = g.move_keys().collect();
        keys.sort();
        keys.dedup();
        keys.iter()
            .filter(|k| {
                !keys
                    .iter()
                    .any(|o| o.len() < k.len() && k.contains(o.as_str()))
            })
            .cloned()
            .collect()
    }

    /// The spellings of a folded key that the filter must find, written out: each
    /// syllable in either tone style, each non-ASCII letter in lower and upper case
    /// (when both are one character of the same length in UTF-8), the first letter
    /// in both cases (other ASCII letters are matched in any case), and each space
    /// also left out before a capital ("đượcBổ"). The filter was once an automaton of
    /// exactly these.
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

    /// The filter as it once was: one automaton of every spelling (ASCII letters in
    /// any case), of the unusual sequences and of two spaces. Gives the starts of all
    /// spellings, overlapping ones too, and the other marks as the filter gives them.
    struct Reference {
        moves: AhoCorasick,
        others: AhoCorasick,
        unusual: usize,
    }

    impl Reference {
        fn new(keys: &[String]) -> Reference {
            // Keys that contain another are found through it.
            let spellings: Vec<String> = keys
                .iter()
                .filter(|k| {
                    !keys
                        .iter()
                        .any(|o| o.len() < k.len() && k.contains(o.as_str()))
                })
                .flat_map(|k| spellings(k))
                .collect();
            let moves = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build(&spellings)
                .unwrap();
            let mut others = unusual_patterns();
            let unusual = others.len();
            others.push(b"  ".to_vec());
            let others = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&others)
                .unwrap();
            Reference {
                moves,
                others,
                unusual,
            }
        }

        fn parts(&self, text: &str) -> (Vec<usize>, Vec<(usize, Mark)>) {
            let mut moves: Vec<usize> = self
                .moves
                .find_overlapping_iter(text)
                .map(|m| m.start())
                .collect();
            moves.sort_unstable();
            moves.dedup();
            let others = self
                .others
                .find_iter(text)
                .map(|m| {
                    let mark = if m.pattern().as_usize() < self.unusual {
                        Mark::Unusual
                    } else {
                        Mark::Spaces
                    };
                    (m.start(), mark)
                })
                .collect();
            (moves, others)
        }
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
            ("Ông A được bổ   nhiệm", &[Mark::Spaces]),
            ("Ông A được bổ    nhiệm", &[Mark::Spaces, Mark::Spaces]),
            ("Ông A được bổ\tnhiệm", &[Mark::Unusual]),
            ("Ông A được bô\u{0309} nhiệm", &[Mark::Unusual]),
            ("Ông A được\u{200B} bổ nhiệm", &[Mark::Unusual, Mark::Move]),
            ("Ðồng chí", &[Mark::Unusual]),
            ("Trời hôm nay mưa to.", &[]),
            ("bổ sung nhiệm vụ", &[]),
            ("thaythế", &[Mark::Move]),
            ("THAY", &[Mark::Move]),
            ("tHaY", &[Mark::Move]),
        ];
        let f = filter();
        for (text, want) in cases {
            let got: Vec<Mark> = marks(&f, text).iter().map(|&(_, m)| m).collect();
            assert_eq!(&got, want, "{text:?}");
            // Also far from the ends of a longer text (where the vector search reads
            // the text itself rather than a copy of its end).
            let long = format!("{0}{text}{0}", "Trời hôm nay mưa to. ".repeat(3));
            let got: Vec<Mark> = marks(&f, &long).iter().map(|&(_, m)| m).collect();
            assert_eq!(&got, want, "{long:?}");
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
        let padding = "Trời hôm nay mưa to. ".repeat(3);
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
                    let long = format!("{padding}{line}{padding}");
                    for text in [&line, &long] {
                        for vector in [true, false] {
                            if !f.find(text, vector).iter().any(|&(_, m)| m != Mark::Move) {
                                missed.push(format!("{:X} {vector}", u32::from(c)));
                            }
                        }
                    }
                }
            }
        }
        assert!(missed.is_empty(), "{} missed: {missed:?}", missed.len());
        assert!(checked > 1000, "{checked}");
    }

    /// The unusual marks are exactly the characters that start with one of the
    /// unusual sequences, for every character of Unicode, both ways, at every place of
    /// the vector blocks.
    #[test]
    fn unusual_marks_are_the_unusual_sequences() {
        let f = MoveFilter::new(["thay"]).unwrap();
        let sequences = unusual_patterns();
        let chars: Vec<char> = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        for (n, chunk) in chars.chunks(61).enumerate() {
            // The characters between letters, from a place that moves with `n`.
            let mut text = "x".repeat(n % 37);
            let mut want = Vec::new();
            for &c in chunk {
                let mut buf = [0; 4];
                let bytes = c.encode_utf8(&mut buf).as_bytes();
                if c != ' ' && sequences.iter().any(|s| bytes.starts_with(s)) {
                    want.push((text.len(), Mark::Unusual));
                }
                text.push(c);
                text.push('x');
            }
            assert_eq!(marks(&f, &text), want, "{text:?}");
        }
    }

    /// Every usual way of writing a key is marked: lower case, capitalised, all
    /// capitals, either tone style, glued to the word before.
    #[test]
    fn the_usual_forms_are_marked() {
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
            let f = MoveFilter::new([key]).unwrap();
            let all: Vec<String> = spellings(key)
                .iter()
                .map(|s| s.to_ascii_lowercase())
                .collect();
            for form in *forms {
                assert!(all.contains(&form.to_ascii_lowercase()), "{key}: {form}");
                let text = format!("Hôm qua {form}.");
                let at = "Hôm qua ".len();
                assert_eq!(marks(&f, &text), [(at, Mark::Move)], "{key}: {form}");
            }
        }
    }

    /// Every spelling of every built-in key, with ASCII letters in other cases too, is
    /// marked where it starts, wherever it stands in the text.
    #[test]
    fn every_spelling_of_every_key_is_marked() {
        let keys = builtin_keys();
        assert!(keys.len() > 30, "{keys:?}");
        let f = MoveFilter::new(&keys).unwrap();
        let mut n = 0usize;
        for key in &keys {
            for spelling in spellings(key) {
                n += 1;
                // ASCII letters in another case, one spelling in two.
                let spelling: String = spelling
                    .chars()
                    .enumerate()
                    .map(|(i, c)| {
                        if (i + n) % 2 == 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect();
                for at in [0, 1, 2, 3, 5, 8, 28, 29, 30, 31, 32, 33, 36, 39, 45] {
                    let before = "x".repeat(at);
                    for after in ["", ".", " xx", " và trời mưa to."] {
                        let text = format!("{before}{spelling}{after}");
                        for vector in [true, false] {
                            let (moves, _) = f.parts(&text, vector);
                            assert!(moves.contains(&at), "{key}: {text:?} {vector}");
                            assert!(
                                f.find(&text, vector).contains(&(at, Mark::Move)),
                                "{key}: {text:?} {vector}"
                            );
                        }
                    }
                }
            }
        }
        assert!(n > 1000, "{n}");
    }

    /// On random texts made of pieces of move words, letters, spaces and unusual
    /// characters, the filter finds the same as the automaton of all spellings: the
    /// same spellings (overlapping ones too), the same unusual characters and spaces.
    #[test]
    fn agrees_with_the_automaton_of_all_spellings() {
        let keys = builtin_keys();
        let f = MoveFilter::new(&keys).unwrap();
        let reference = Reference::new(&keys);
        let mut pieces: Vec<String> = Vec::new();
        for key in &keys {
            for syllable in key.split(' ') {
                for style in [ToneStyle::Old, ToneStyle::New] {
                    let form = restyle_syllable(syllable, style).into_owned();
                    pieces.push(form.clone());
                    pieces.push(form.to_uppercase());
                    let mut chars = form.chars();
                    if let Some(first) = chars.next() {
                        pieces.push(first.to_uppercase().chain(chars).collect());
                    }
                }
            }
            pieces.push(key.clone());
        }
        for p in [
            " ", " ", " ", " ", "  ", "\n", "\r\n", "\t", ".", ", ", "a", "n", "h", "g", "ng",
            "nh", "ơ", "ư", "đ", "Đ", "ệ", "ộ", "ậ", "ấ", "ổ", "ủ", "ỷ", "ỳ", "ý", "ò", "à",
            "\u{00A0}", "\u{200B}", "\u{0301}", "\u{0309}", "Ð", "ð", "“", "”", "–", "…",
            "\u{1680}", "\u{2028}", "\u{FEFF}", "€", "°", "«", "●", "ỏ", "ể", "ễ", "ầ",
        ] {
            pieces.push(p.to_string());
        }
        let mut next = xorshift(0x2545_F491_4F6C_DD1Du64);
        let mut found = 0;
        for _ in 0..3000 {
            let len = next(60);
            let text: String = (0..len)
                .map(|_| pieces[next(pieces.len())].as_str())
                .collect();
            let want = reference.parts(&text);
            found += want.0.len();
            for vector in [true, false] {
                assert_eq!(f.parts(&text, vector), want, "{text:?} {vector}");
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn marks_are_in_order_and_do_not_overlap() {
        let f = filter();
        let text = "Ông A được bổ nhiệm thay ông B, thaythay  \u{200B}  bổ nhiệm hòa giải.";
        let got = marks(&f, text);
        assert!(got.windows(2).all(|w| w[0].0 < w[1].0), "{got:?}");
        assert_eq!(
            got.iter().map(|&(_, m)| m).collect::<Vec<_>>(),
            [
                Mark::Move,
                Mark::Move,
                Mark::Move,
                Mark::Move,
                Mark::Spaces,
                Mark::Unusual,
                Mark::Spaces,
                Mark::Move,
                Mark::Move
            ]
        );
    }

    /// Many more keys than buckets: the filter is built quickly and still finds what
    /// the automaton finds.
    #[test]
    fn many_keys() {
        let syllables = [
            "bổ",
            "nhiệm",
            "điều",
            "động",
            "chuyển",
            "công",
            "tác",
            "nhận",
            "chức",
            "giao",
            "quyền",
            "phó",
            "trưởng",
            "ban",
            "thư",
            "ủy",
            "hòa",
            "quý",
            "thủy",
            "xã",
        ];
        let mut keys: Vec<String> = Vec::new();
        for (i, a) in syllables.iter().enumerate() {
            for (j, b) in syllables.iter().enumerate() {
                if (i + j) % 3 != 0 {
                    keys.push(format!("{a} {b}"));
                }
            }
        }
        let started = std::time::Instant::now();
        let f = MoveFilter::new(&keys).unwrap();
        assert!(started.elapsed().as_secs() < 20);
        let reference = Reference::new(&keys);
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..300 {
            let text: String = (0..next(40))
                .map(|_| {
                    let s = syllables[next(syllables.len())];
                    match next(4) {
                        0 => s.to_uppercase(),
                        1 => format!("{s} "),
                        _ => format!(" {s}"),
                    }
                })
                .collect();
            let want = reference.parts(&text);
            for vector in [true, false] {
                assert_eq!(f.parts(&text, vector), want, "{text:?} {vector}");
            }
        }
    }

    #[test]
    fn the_tables_are_small() {
        let f = MoveFilter::new(builtin_keys()).unwrap();
        assert!(f.memory_usage() < 64 * 1024, "{}", f.memory_usage());
    }
}
