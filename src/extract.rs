//! Stage 4: rotation records from the mentions of each sentence.
//!
//! For every move word ("bổ nhiệm", "được bầu", "luân chuyển", …) that is not planned or
//! a re-appointment, the extractor finds who moved (the person after the move word in a
//! decision, else the nearest one before it), the new post (the first post after the move
//! word, or after a cue such as "làm", "giữ chức"), the earlier post (after "từ",
//! "nguyên", "khi đó là", or in apposition to the person) and the date (an effective date
//! first). Records of one document are then completed and merged: short names get the full
//! name, a return gets the earlier post, and repeats of one move become one record.

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

use crate::date::{best_date, DateMention, PartialDate};
use crate::decide::{Candidate, Features, Model};
use crate::gazetteer::{Category, Entry, Gazetteer, GazetteerError};
use crate::mention::{FamilyNames, Person, Post, Sentence, SentenceHits, Token, TokenKind};
use crate::normalize::{fold_case, Normalized, Normalizer, ToneStyle};
use crate::place::{PlaceIndex, ResolvedPlace};
use crate::prefilter::{Mark, MoveFilter};
use crate::record::Field;
use crate::segment::{ending, opening, sentences, sentences_through};
use crate::{Document, Record};

/// Configures and builds an [`Extractor`].
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    tone_style: ToneStyle,
    gazetteer_dir: Option<PathBuf>,
    model: Option<Model>,
    min_confidence: Option<f32>,
}

/// An error while building an [`Extractor`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("gazetteer: {0}")]
    Gazetteer(#[from] GazetteerError),
    #[error("move-word filter: {0}")]
    Prefilter(aho_corasick::BuildError),
}

impl ExtractorBuilder {
    /// Tone-mark style of the output strings (default: old, "hòa", "ủy").
    pub fn tone_style(&mut self, style: ToneStyle) -> &mut Self {
        self.tone_style = style;
        self
    }

    /// A directory whose TSV files extend the built-in gazetteers.
    pub fn gazetteer_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.gazetteer_dir = Some(dir.into());
        self
    }

    /// The model that gives each candidate record its confidence (default: the built-in
    /// one, [`Model::builtin`]).
    pub fn model(&mut self, model: Model) -> &mut Self {
        self.model = Some(model);
        self
    }

    /// Keep the records whose confidence is at least this (default: the model's
    /// threshold, the one that gave the best F1 in cross-validation). 0 keeps every
    /// candidate.
    pub fn min_confidence(&mut self, min: f32) -> &mut Self {
        self.min_confidence = Some(min);
        self
    }

    pub fn build(&self) -> Result<Extractor, Error> {
        let normalizer = Normalizer::new(self.tone_style);
        let gazetteer = Gazetteer::load(&normalizer, self.gazetteer_dir.as_deref())?;
        let move_filter = MoveFilter::new(gazetteer.move_keys()).map_err(Error::Prefilter)?;
        let model = self
            .model
            .clone()
            .unwrap_or_else(|| Model::builtin().clone());
        Ok(Extractor {
            normalizer,
            gazetteer,
            move_filter,
            min_confidence: self.min_confidence.unwrap_or(model.threshold()),
            model,
        })
    }
}

/// Extracts records from documents. Build once (the gazetteers are compiled then) and
/// share between threads.
#[derive(Debug)]
pub struct Extractor {
    normalizer: Normalizer,
    gazetteer: Gazetteer,
    move_filter: MoveFilter,
    model: Model,
    min_confidence: f32,
}

/// A record before document-level completion, with spans for provenance.
#[derive(Clone, Debug)]
struct Draft {
    person: String,
    /// The name was a pronoun or a single word, to be completed from the document.
    short_name: bool,
    /// Called "bà" (true) or "ông" (false) in the move's sentence.
    female: Option<bool>,
    from_post: Vec<String>,
    to_post: Vec<String>,
    date: PartialDate,
    date_text: String,
    kind: String,
    field: Field,
    sentence: Range<usize>,
    rule: &'static str,
    /// A return to an earlier post ("trở lại vị trí công tác cũ") without its post.
    is_return: bool,
    /// The new post is a unit without a title ("nhận công tác tại Quận ủy X").
    unit_only: bool,
    /// The date is that of an earlier sentence, not one of the move's own sentence.
    date_inherited: bool,
    /// The date is the one the article's lead opens with (see [`LEAD_SENTENCES`]): as
    /// weak as an inherited one where two reports of a move are merged.
    date_from_lead: bool,
    /// How the date is told: 2 an effective date, 1 a decision's date, 0 otherwise.
    date_rank: u8,
    /// Read from "trước khi được bổ nhiệm làm X, …": a move told as the time before it,
    /// whose own report is elsewhere.
    recap: bool,
    /// Read from the mark of a new post alone ("ông A, tân Bí thư X").
    marked_new: bool,
    /// "tân Bí thư X Nguyễn Văn A": the post named with its holder, a record only when
    /// the document reports no other move of that person.
    mention_only: bool,
    /// Taking office ("nhậm chức") without the post after it: the post comes from the
    /// name's title in the sentence or elsewhere in the document.
    takes_office: bool,
    /// "tân Tổng thống" with no name by it: the person is the one the document names
    /// with that title ("Tổng thống Donald Trump"), found in [`Extractor::complete`].
    holder_by_title: bool,
    /// A later step of posts taken in turn ("lần lượt … A, B, C": B and C), whose date
    /// the sentence does not give.
    in_turn: bool,
    order: usize,
    /// How the sentence tells the move, for the decision.
    signals: Signals,
    /// The person folded by [`fold_key`], once the name is final (in
    /// [`Extractor::complete`]).
    person_key: String,
}

/// What a move's sentence says around it: the features of [`crate::decide`] that one
/// sentence gives.
#[derive(Clone, Debug, Default)]
struct Signals {
    /// The move word's class (appoint, approve, replace, return, new, handover, office).
    class: String,
    /// Tokens between the person and the move word.
    gap: usize,
    /// The person is named after the move word ("bổ nhiệm ông A").
    person_after: bool,
    /// Named persons in the sentence.
    persons: usize,
    /// Words in the sentence.
    words: usize,
    /// A cue of a plan or proposal anywhere in the sentence.
    plan: bool,
    /// The sentence quotes someone, or asks.
    quoted: bool,
    question: bool,
    /// The move is told in passing, as the time of something else ("kể từ khi ông X
    /// nhậm chức", "sau một tuần nhậm chức").
    time_clause: bool,
    /// The move is the time after or before which the sentence's own news happens ("Sau
    /// khi ông X nhậm chức, …", "trước khi Trump nhậm chức"): a date it does not give is
    /// not the move's.
    after_clause: bool,
    /// The move is told in a relative clause set off from its sentence ("Cuối tháng 1,
    /// A, nhân vật được ông B bổ nhiệm làm C, lên tiếng …"): the sentence's date is not
    /// the move's (one of the sentences before may be).
    relative_clause: bool,
    /// The new post has its cue ("giữ chức", "làm") or stands right after the move.
    cued: bool,
    /// The name as read in the sentence: its words, Vietnamese syllables or not, and
    /// whether it starts with a surname of the list.
    name_words: usize,
    foreign_name: bool,
    surname: bool,
}

/// What the drafts of a document's move sentences, read one by one, say of its records.
///
/// A record comes from a draft that [`Extractor::complete`] keeps, and every draft comes
/// from a sentence with a move word, or goes on with a decision that does (and is a
/// draft that makes a record possible). `complete` drops a return without its post
/// ("trở lại vị trí cũ") unless another move gives an earlier post. All other drafts may
/// make records, as far as one sentence tells.
#[derive(Debug, Default)]
struct Evidence {
    /// A return without its post was read.
    bare_return: bool,
    /// A draft that is no return, with an earlier post, was read.
    earlier_post: bool,
}

impl Evidence {
    /// Adds the drafts of a sentence: can the document give a record now?
    fn add(&mut self, drafts: &[Draft]) -> bool {
        for d in drafts {
            if d.is_return {
                self.bare_return = true;
            } else if !d.from_post.is_empty() {
                self.earlier_post = true;
            }
            if !d.is_return {
                return true;
            }
        }
        self.bare_return && self.earlier_post
    }
}

/// A name seen in the document, for resolving short names and pronouns.
#[derive(Clone, Debug)]
struct NameSeen {
    name: String,
    /// The name by [`fold_case`].
    folded: String,
    order: usize,
    /// Written short in that sentence ("ông Macron"), the full name from before.
    short: bool,
    /// Called "bà" (true) or "ông" (false) there ([`honorific_gender`]).
    female: Option<bool>,
}

/// "Trước khi về VATM, ông Dũng là Chánh văn phòng Cục HKVN": the posts a person held
/// before the move the first clause names.
#[derive(Clone, Debug)]
struct HeldBefore {
    person: String,
    /// The folded words that name the move's post or unit ("vatm", "giám đốc sở").
    target: String,
    posts: Vec<String>,
}

/// What the document says about its persons outside their moves.
#[derive(Debug, Default)]
struct Seen {
    names: Vec<NameSeen>,
    /// (name, sentence order, posts in apposition to it)
    appositions: Vec<(String, usize, Vec<String>)>,
    held_before: Vec<HeldBefore>,
    /// (name, posts) a person leaves: "miễn nhiệm chức vụ A đối với ông X", "ông X thôi
    /// giữ chức A".
    left: Vec<(String, Vec<String>)>,
    /// (name, post) where the post is written right before the name: "Tổng thống Mỹ
    /// Donald Trump".
    titled: Vec<(String, String)>,
    /// The (name, post) of `titled` only ever told as a former post ("cựu Tổng thống
    /// Park Geun-hye"): not the holder a "tân" mark points to.
    titled_former: HashSet<(String, String)>,
    /// The sentences (by order) whose first person is a bare pronoun: "Ông giành chiến
    /// thắng …, vượt xa ông B". Their pronoun goes on with someone named before, and the
    /// names after it there are others.
    pronoun_led: HashSet<usize>,
}

struct FieldText {
    field: Field,
    norm: Normalized,
}

impl Extractor {
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The confidence a record needs to be kept ([`ExtractorBuilder::min_confidence`]).
    pub fn min_confidence(&self) -> f32 {
        self.min_confidence
    }

    /// The records of one document, in document order.
    ///
    /// Most articles tell no move: only the sentences with a move word are analysed
    /// first, and the whole document only when one of them gives a record. The result is
    /// that of [`Extractor::extract_exhaustive`].
    pub fn extract(&self, doc: &Document) -> Vec<Record> {
        let title = doc.title.as_deref().map(|t| (Field::Title, t));
        let mut evidence = Evidence::default();
        let any = title
            .into_iter()
            .chain([(Field::Text, doc.text.as_str())])
            .any(|(field, raw)| self.raw_draft(field, &one_space(raw), &mut evidence));
        if !any {
            return Vec::new();
        }
        self.decide(self.candidates(doc))
    }

    /// The records of one document, every sentence analysed (no shortcut): the reference
    /// that [`Extractor::extract`] must equal.
    pub fn extract_exhaustive(&self, doc: &Document) -> Vec<Record> {
        self.decide(self.candidates(doc))
    }

    /// Every candidate record of one document with its features and confidence, before
    /// the threshold: what `canbo train` learns from.
    pub fn candidates(&self, doc: &Document) -> Vec<Candidate> {
        let fields = self.normalize_fields(doc);
        let mut candidates = self.extract_fields(doc, &fields);
        for c in &mut candidates {
            c.record.confidence = round3(self.model.confidence(&c.features));
        }
        candidates
    }

    /// The records among the candidates whose confidence reaches the threshold.
    fn decide(&self, candidates: Vec<Candidate>) -> Vec<Record> {
        candidates
            .into_iter()
            .filter(|c| c.record.confidence >= self.min_confidence)
            .map(|c| c.record)
            .collect()
    }

    fn normalize_fields(&self, doc: &Document) -> Vec<FieldText> {
        let mut fields = Vec::with_capacity(2);
        if let Some(title) = doc.title.as_deref() {
            fields.push(FieldText {
                field: Field::Title,
                norm: self.normalizer.normalize(title),
            });
        }
        fields.push(FieldText {
            field: Field::Text,
            norm: self.normalizer.normalize(&doc.text),
        });
        fields
    }

    /// Do the sentences with a move word in the raw `text` of a field, once normalized,
    /// give drafts that can make a record (see [`Evidence`])? Only the lines the
    /// [`MoveFilter`] marks are looked at, and of those only the sentences with a move
    /// word; a line is normalized only when one of them (or a sentence next to it) is not
    /// normalized already.
    ///
    /// The runs of spaces of `text` are made one first ([`one_space`]), as the normalizer
    /// makes them, so that the filter reads each text once: a move word written across
    /// two spaces ("bổ  nhiệm") is found, and no line is read again for it. (Where two
    /// spaces are left, their line is normalized.)
    fn raw_draft(&self, field: Field, text: &str, evidence: &mut Evidence) -> bool {
        let mut marks = self.move_filter.marks(text).peekable();
        // The end of the line looked at last (its line break): the next line starts after
        // the last line break from there on.
        let mut searched = 0;
        while let Some(&(at, _)) = marks.peek() {
            let start = memchr::memrchr(b'\n', &text.as_bytes()[searched..at])
                .map_or(searched, |i| searched + i + 1);
            let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
            searched = end;
            let mut moves = Vec::new();
            let mut unusual = false;
            while let Some((at, mark)) = marks.next_if(|&(at, _)| at < end) {
                match mark {
                    Mark::Move => moves.push(at - start),
                    Mark::Unusual | Mark::Spaces => unusual = true,
                }
            }
            let line = &text[start..end];
            let found = if unusual {
                let norm = self.normalizer.normalize(line);
                self.text_draft(field, norm.as_str(), evidence)
            } else {
                self.line_draft(field, line, &moves, evidence)
            };
            if found {
                return true;
            }
        }
        false
    }

    /// [`Extractor::raw_draft`] for one raw line that differs from its normalized form
    /// at most by tone marks, glued words and spaces at its ends, given the offsets of
    /// its move-word spellings.
    fn line_draft(
        &self,
        field: Field,
        line: &str,
        moves: &[usize],
        evidence: &mut Evidence,
    ) -> bool {
        // Spaces at the ends of a line are dropped by the normalizer.
        let trimmed = line.trim_start_matches(' ');
        let offset = line.len() - trimmed.len();
        let trimmed = trimmed.trim_end_matches([' ', '\r']);
        // The sentences up to the one after the last move word.
        let last = moves.iter().max().map_or(0, |&m| m.saturating_sub(offset));
        let spans = sentences_through(trimmed, last);
        for (k, span) in spans.iter().enumerate() {
            if !moves
                .iter()
                .any(|&m| m >= offset && span.contains(&(m - offset)))
            {
                continue;
            }
            // The sentence, the end of the one before and the start of the one after
            // (where its boundaries were decided) must read the same once normalized; if
            // not, the line is normalized.
            let reads_same = |text: &str| self.normalizer.normalizes_to_itself(text);
            let before = k.checked_sub(1).map(|j| &trimmed[spans[j].clone()]);
            let after = spans.get(k + 1).map(|r| &trimmed[r.clone()]);
            let bounds_same = before.is_none_or(|b| reads_same(ending(b)))
                && after.is_none_or(|a| reads_same(opening(a)));
            let sentence = &trimmed[span.clone()];
            match bounds_same.then(|| self.raw_sentence_draft(field, sentence, evidence)) {
                Some(Some(true)) => return true,
                Some(Some(false)) => {}
                _ => {
                    let norm = self.normalizer.normalize(line);
                    return self.text_draft(field, norm.as_str(), evidence);
                }
            }
        }
        false
    }

    /// [`Extractor::raw_draft`] for normalized `text`.
    fn text_draft(&self, field: Field, text: &str, evidence: &mut Evidence) -> bool {
        // The small move-word automaton first, over the whole text: most sentences have
        // no move word. (No move word runs from one sentence into the next.)
        let moves = self.gazetteer.move_starts(text);
        let Some(&last) = moves.iter().max() else {
            return false;
        };
        sentences_through(text, last).into_iter().any(|span| {
            moves.iter().any(|m| span.contains(m))
                && self.sentence_draft(field, text, span, evidence)
        })
    }

    /// [`Extractor::sentence_draft`] for a raw `sentence` whose ends read the same once
    /// normalized, or `None` when the sentence itself may not.
    ///
    /// Most sentences with a move word fail the gate ([`may_tell_move`]). Their raw text
    /// is not checked in full: the gazetteer finds its keys in either tone style, so only
    /// a glued word that the normalizer splits could give the sentence other hits.
    fn raw_sentence_draft(
        &self,
        field: Field,
        sentence: &str,
        evidence: &mut Evidence,
    ) -> Option<bool> {
        let hits = SentenceHits::find(&self.gazetteer, sentence, 0..sentence.len());
        if !may_tell_move(&hits) {
            let same = !Normalizer::may_split_glued(sentence, hits.folded())
                || self.normalizer.normalizes_to_itself(sentence);
            return same.then_some(false);
        }
        if !self.normalizer.normalizes_to_itself(sentence) {
            return None;
        }
        Some(self.add_drafts(hits, field, evidence))
    }

    /// Do the drafts of the sentence `span` of normalized `text`, with those before, make a
    /// record possible?
    fn sentence_draft(
        &self,
        field: Field,
        text: &str,
        span: Range<usize>,
        evidence: &mut Evidence,
    ) -> bool {
        let hits = SentenceHits::find(&self.gazetteer, text, span);
        may_tell_move(&hits) && self.add_drafts(hits, field, evidence)
    }

    /// Analyses a sentence that passed the gate and adds its drafts to `evidence`: can
    /// the document give a record now?
    fn add_drafts(&self, hits: SentenceHits, field: Field, evidence: &mut Evidence) -> bool {
        let mut drafts = Vec::new();
        let s = hits.analyse();
        self.sentence_drafts(&s, field, 0, &mut drafts);
        if evidence.add(&drafts) {
            return true;
        }
        // The rest of the document is not read yet: each family name the sentence writes
        // alone may be one it gives in full, and so a person, or not. Every choice is
        // tried (a new person may also take a post from another).
        let written = s.family_names_written(FamilyNames::Any);
        if written.len() > MAX_FAMILY_NAMES_TRIED {
            return true;
        }
        (1..1usize << written.len()).any(|choice| {
            let known: FxHashSet<String> = (0..written.len())
                .filter(|k| choice & (1 << k) != 0)
                .map(|k| written[k].to_string())
                .collect();
            let s = hits.analyse_knowing(FamilyNames::Of(&known));
            let mut drafts = Vec::new();
            self.sentence_drafts(&s, field, 0, &mut drafts);
            evidence.add(&drafts)
        })
    }

    fn extract_fields(&self, doc: &Document, fields: &[FieldText]) -> Vec<Candidate> {
        let doc_date = doc.date.as_deref().and_then(PartialDate::parse_iso);

        let mut drafts = Vec::new();
        let mut seen = Seen::default();
        let mut order = 0;
        // Every date with a year the document gives, for year-less dates.
        let mut dated: Vec<PartialDate> = Vec::new();
        // The body first so that the title's short forms can use its names; the title
        // sorts first again at the end.
        // Each sentence with its hits, kept for analysing it again with the family names.
        let analysed: Vec<Vec<(SentenceHits, Sentence)>> = fields
            .iter()
            .rev()
            .map(|f| {
                let text = f.norm.as_str();
                sentences(text)
                    .into_iter()
                    .map(|span| {
                        let hits = SentenceHits::find(&self.gazetteer, text, span);
                        let s = hits.analyse();
                        (hits, s)
                    })
                    .collect()
            })
            .collect();
        // "Macron tuyên thệ …": the foreign family names of the full names the document
        // gives are persons when written alone.
        let family_names: FxHashSet<String> = analysed
            .iter()
            .flatten()
            .flat_map(|(_, s)| &s.persons)
            .filter(|p| p.name_tokens.len() >= 2)
            .filter_map(|p| p.name.rsplit_once(' ').map(|(_, last)| fold_case(last)))
            .filter(|last| crate::mention::is_foreign_word(last))
            .chain(
                analysed
                    .iter()
                    .flatten()
                    .flat_map(|(_, s)| s.titled_family_names())
                    .map(str::to_string),
            )
            .collect();
        let known = FamilyNames::Of(&family_names);
        for (f, field_sentences) in fields.iter().rev().zip(analysed) {
            let text = f.norm.as_str();
            let mut last_date: Option<(PartialDate, String, usize)> = None;
            // The move word of the previous sentence's decision, for a sentence that goes
            // on with the list ("Ông B, Y, giữ chức Z.").
            let mut decision: Option<String> = None;
            // The drafts a sentence that states the decisions' term can still date: those
            // after the last such sentence.
            let mut term_from = drafts.len();
            // "Chiều 21/6, tại Phủ Chủ tịch, … lễ trao quyết định …": the date the lead
            // opens with, for the moves of the paragraphs right after it.
            let field_from = drafts.len();
            let mut lead: Option<(PartialDate, String, usize)> = None;
            let first_order = order + 1;
            for (hits, mut s) in field_sentences {
                order += 1;
                if !family_names.is_empty() && !s.family_names_written(known).is_empty() {
                    s = hits.analyse_knowing(known);
                }
                if order == first_order && f.field == Field::Text && lead.is_none() {
                    lead = s
                        .dates
                        .iter()
                        .enumerate()
                        .find(|&(i, d)| {
                            !d.period
                                && (s.token_at_byte(d.span.start) <= 2 || dates_move_after(&s, i))
                        })
                        .map(|(_, d)| (d.date, text[d.span.clone()].to_string(), order));
                }
                for p in &s.persons {
                    // Full names, and foreign names of one word ("Márquez-Ortiz") for pronouns.
                    if p.name_tokens.len() >= 2
                        || (p.name_tokens.len() == 1 && p.name.contains('-'))
                    {
                        seen.names.push(NameSeen {
                            name: p.name.clone(),
                            folded: fold_case(&p.name),
                            order,
                            short: false,
                            female: honorific_gender(&s, p),
                        });
                    } else if p.name_tokens.len() == 1 {
                        // "ông Macron", named in full before: the person is named here too.
                        let short = format!(" {}", fold_case(&p.name));
                        let full = seen
                            .names
                            .iter()
                            .rev()
                            .find(|n| n.folded.ends_with(&short))
                            .or_else(|| {
                                // "ông Moon" of "Moon Jae-in", "ông Tập" of "Tập Cận
                                // Bình": the family name first, if no name ends with it.
                                let first = format!("{} ", &short[1..]);
                                seen.names
                                    .iter()
                                    .rev()
                                    .find(|n| n.folded.starts_with(&first))
                            });
                        if let Some(full) = full.cloned() {
                            seen.names.push(NameSeen {
                                order,
                                short: true,
                                female: honorific_gender(&s, p),
                                ..full
                            });
                        } else if family_names.contains(&short[1..]) {
                            // "Tổng thống Biden", never named in full: the name as written.
                            seen.names.push(NameSeen {
                                name: p.name.clone(),
                                folded: short[1..].to_string(),
                                order,
                                short: false,
                                female: honorific_gender(&s, p),
                            });
                        }
                    }
                }
                if s.persons.first().is_some_and(|p| leads_with_pronoun(&s, p)) {
                    seen.pronoun_led.insert(order);
                }
                for p in s.persons.iter().filter(|p| !p.name.is_empty()) {
                    if let Some(post) = title_before(&s, p) {
                        let pair = (p.name.clone(), office_of(&post.text));
                        let start = post.tokens.start;
                        let former = start > 0 && s.word_is(start - 1, &["cựu", "nguyên", "cố"]);
                        if former && !seen.titled.contains(&pair) {
                            seen.titled_former.insert(pair.clone());
                        } else if !former {
                            seen.titled_former.remove(&pair);
                        }
                        seen.titled.push(pair);
                    }
                    let (posts, _) = self.apposition(&s, p.tokens.end);
                    if !posts.is_empty() {
                        seen.appositions.push((
                            p.name.clone(),
                            order,
                            posts.into_iter().map(|p| p.text).collect(),
                        ));
                    }
                }
                seen.held_before.extend(self.held_before(&s));
                seen.left.extend(self.left_posts(&s));
                // "Bắc Ninh: Chủ tịch UBND tỉnh …": a roundup's next section takes no date
                // and no term from the sections before it.
                let section = opens_section(&s);
                if section.is_some() {
                    last_date = None;
                    lead = None;
                    term_from = drafts.len();
                }
                let before = drafts.len();
                self.sentence_drafts(&s, f.field, order, &mut drafts);
                if drafts.len() == before {
                    if let Some(kind) = decision.as_deref() {
                        self.continuation_drafts(&s, f.field, order, kind, &mut drafts);
                    }
                }
                // "Theo danh sách được bổ nhiệm, A được chỉ định làm X.": a list of
                // appointees, told in the passive, goes on in the sentences after.
                let list = announces_list(&s);
                decision = drafts[before..]
                    .iter()
                    .find(|d| {
                        d.rule == "decision"
                            || (list
                                && !d.mention_only
                                && !d.recap
                                && !d.signals.time_clause
                                && NAMING_VERBS.contains(&d.kind.as_str()))
                    })
                    .map(|d| d.kind.clone());
                // A sentence without a date of its own takes the date of the sentence
                // before that announced the event ("Ngày 13-7, HĐND … Ông A được bầu …").
                // "được bổ nhiệm cách đây 4 năm": a sentence that tells its time relative
                // to another takes no date from the sentences around it.
                let relative = told_relatively(&s);
                if let Some((date, date_text, at)) = last_date.as_ref().filter(|_| !relative) {
                    if order - at <= 2 {
                        for d in drafts[before..].iter_mut().filter(|d| {
                            d.date == PartialDate::default()
                                && !d.signals.time_clause
                                && !d.signals.after_clause
                                && !d.mention_only
                                && !d.in_turn
                        }) {
                            d.date = *date;
                            d.date_text = date_text.clone();
                            d.date_inherited = true;
                        }
                    }
                }
                // "Quyết định có hiệu lực từ ngày 1/7", "Thời hạn giữ chức vụ kể từ ngày
                // 10/2": a sentence that states when the decisions just told take effect
                // dates their moves, not the moves told after it.
                let term = drafts.len() == before && states_term(&s);
                if term {
                    // "Các quyết định trên có hiệu lực từ …": all the decisions just told.
                    let reach = if s.tokens.windows(3).any(|w| {
                        matches!(w[0].folded.as_str(), "các" | "những")
                            && w[1].folded == "quyết"
                            && w[2].folded == "định"
                    }) {
                        8
                    } else {
                        2
                    };
                    if let Some(d) = s.dates.iter().find(|d| d.effective && !d.period) {
                        for draft in drafts[term_from..].iter_mut().filter(|dr| {
                            order - dr.order <= reach
                                && dr.date_rank < 2
                                && !dr.signals.time_clause
                                && !dr.mention_only
                        }) {
                            draft.date = d.date;
                            draft.date_text = text[d.span.clone()].to_string();
                            // The decision's own effective date, as good as one its
                            // sentence gives.
                            draft.date_rank = 2;
                            draft.date_inherited = false;
                        }
                    }
                    term_from = drafts.len();
                }
                // A sentence that tells when a post was held ("từ năm 2005 đến tháng
                // 4/2017, ông giữ chức …") gives no date to the moves after it.
                // "…, tin từ Cổng TTĐT Chính phủ cho biết ngày 7.2.2017.": the date of a
                // report is no move's.
                match best_date(&s.dates) {
                    _ if term => last_date = None,
                    Some(_) if s.dates.iter().any(|d| d.period) => last_date = None,
                    Some(d) if reported_on(&s, d) || dates_a_past_post(&s, d) => last_date = None,
                    Some(d) => {
                        // The time of the event the sentence opens with ("Chiều 26/6, …
                        // trao quyết định … từ ngày 1/7") dates what follows, not the date
                        // one move takes effect.
                        let opens = section.unwrap_or(0) + 2;
                        let d = s
                            .dates
                            .iter()
                            .find(|o| !o.period && s.token_at_byte(o.span.start) <= opens)
                            .unwrap_or(d);
                        last_date = Some((d.date, text[d.span.clone()].to_string(), order));
                    }
                    None => {}
                }
                dated.extend(s.dates.iter().map(|d| d.date).filter(|d| d.year.is_some()));
            }
            if let Some((date, date_text, at)) = &lead {
                // Not a move told as the past ("Trước đó, …", "nhậm chức cách đây 1 năm")
                // or the future ("chuẩn bị lên chức").
                let told_apart = |d: &Draft| {
                    let sentence = fold_case(text.get(d.sentence.clone()).unwrap_or(""));
                    ["từng", "chuẩn bị", "trước khi", "sau đó"]
                        .iter()
                        .chain(RELATIVE_TIMES)
                        .any(|w| sentence.contains(w))
                };
                for d in drafts[field_from..].iter_mut().filter(|d| {
                    d.date == PartialDate::default()
                        && !d.in_turn
                        && d.order - at <= LEAD_SENTENCES
                        && !d.signals.time_clause
                        && !d.signals.after_clause
                        // (A relative clause takes none from its own sentence.)
                        && (!d.signals.relative_clause || d.order != *at)
                        && !d.mention_only
                        && !d.recap
                        && !told_apart(d)
                }) {
                    d.date = *date;
                    d.date_text = date_text.clone();
                    d.date_from_lead = true;
                }
            }
        }
        if doc_date.is_none() {
            for d in drafts.iter_mut() {
                d.date = year_from_text(d.date, &dated);
            }
        }
        self.complete(doc, fields, drafts, &seen, doc_date)
    }

    /// The posts persons leave in a sentence: "miễn nhiệm (chức vụ) A đối với ông X", "ông
    /// X thôi giữ chức A", "ông X được miễn nhiệm chức vụ A".
    fn left_posts(&self, s: &Sentence) -> Vec<(String, Vec<String>)> {
        let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
        let mut out = Vec::new();
        let n = s.tokens.len();
        let mut k = 0;
        while k < n {
            let after = if word(k) == "miễn" && word(k + 1) == "nhiệm" {
                let mut j = k + 2;
                if word(j) == "chức" && matches!(word(j + 1), "vụ" | "danh") {
                    j += 2;
                }
                Some(j)
            } else {
                s.cue_at(k)
                    .filter(|&(c, _)| c == "from")
                    .filter(|_| word(k) == "thôi")
                    .map(|(_, end)| end)
            };
            let Some(j) = after else {
                k += 1;
                continue;
            };
            let posts = s.post_list_at(j, false);
            let Some(end) = posts.last().map(|p| p.tokens.end) else {
                k = j;
                continue;
            };
            // "… đối với ông X" after the posts, else the person named before.
            let object = (end..n.min(end + 3))
                .find(|&i| word(i) == "đối" && word(i + 1) == "với")
                .and_then(|i| s.person_at(i + 2));
            let subject = s
                .persons
                .iter()
                .rev()
                .find(|p| p.tokens.end <= k && !is_agent(s, p));
            if let Some(p) = object.or(subject).filter(|p| !p.name.is_empty()) {
                out.push((p.name.clone(), posts.into_iter().map(|p| p.text).collect()));
            }
            k = end;
        }
        // "… đến giữ chức Trưởng ban Tuyên giáo thay ông B": B leaves the post the
        // sentence gives to another.
        for p in s.persons.iter().filter(|p| !p.name.is_empty()) {
            let start = p.tokens.start;
            let thay = if start >= 1 && word(start - 1) == "thay" {
                start - 1
            } else if start >= 2 && word(start - 2) == "thay" && word(start - 1) == "thế" {
                start - 2
            } else {
                continue;
            };
            let post = (thay.saturating_sub(24)..thay)
                .filter(|&i| s.hit_at(i, Category::Title).is_some())
                .find_map(|i| s.post_at(i, false).filter(|q| q.tokens.end == thay));
            // ("Quyền Giám đốc FBI thay ông B": B was the director, not acting.)
            if let Some(post) = post {
                let held = match post.text.split_once(' ') {
                    Some((acting, rest)) if fold_case(acting) == "quyền" => rest.to_string(),
                    _ => post.text,
                };
                out.push((p.name.clone(), vec![held]));
            }
        }
        out
    }

    /// "Trước khi (được điều chuyển) về X, ông A (đã có nhiều năm) là/làm/giữ chức P":
    /// the posts P that A held before the move to X.
    fn held_before(&self, s: &Sentence) -> Option<HeldBefore> {
        let word = |i: usize| s.tokens.get(i).map_or("", |t| t.folded.as_str());
        if word(0) != "trước" || word(1) != "khi" {
            return None;
        }
        let comma = (2..s.tokens.len()).find(|&k| s.tokens[k].is_punct(','))?;
        // The target: what follows the move words and cues of the first clause.
        let mut k = 2;
        while k < comma {
            if let Some((_, end)) = s.hit_at(k, Category::Move) {
                k = end;
            } else if let Some((_, end)) = s.cue_at(k).filter(|(c, _)| matches!(*c, "to" | "unit"))
            {
                k = end;
            } else if word(k) == "được" {
                k += 1;
            } else {
                break;
            }
        }
        let target = move_key(&[s.text_of(k..comma).to_string()]);
        let person = s.person_at(comma + 1).filter(|p| !p.name.is_empty())?;
        // The verb of the post held, a few words after the name.
        let mut j = person.tokens.end;
        let limit = (j + 6).min(s.tokens.len());
        while j < limit {
            if s.tokens[j].is_punct(',') || s.tokens[j].is_punct('.') {
                return None;
            }
            if let Some((c, end)) = s.cue_at(j) {
                if matches!(c, "to" | "be" | "from") {
                    j = end;
                    break;
                }
            }
            j += 1;
        }
        let posts = s.post_list_at(j, false);
        if target.is_empty() || posts.is_empty() || j == limit {
            return None;
        }
        Some(HeldBefore {
            person: person.name.clone(),
            target,
            posts: posts.into_iter().map(|p| p.text).collect(),
        })
    }

    /// What the moves of sentence `s` need of the whole sentence.
    /// A post with its abbreviations written out, folded: "Giám đốc Sở TN&MT" is "giám đốc
    /// sở tài nguyên và môi trường".
    fn spelled_out(&self, post: &str) -> String {
        let abbreviations = self.gazetteer.abbreviations();
        let words: Vec<&str> = post
            .split_whitespace()
            .map(|w| {
                abbreviations
                    .iter()
                    .find(|(abbr, _)| abbr == w)
                    .map_or(w, |(_, full)| full.as_str())
            })
            .collect();
        fold_case(&words.join(" "))
    }

    fn layout(&self, s: &Sentence) -> Layout {
        let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
        let mut layout = Layout {
            named_persons: s.persons.iter().filter(|p| !p.name.is_empty()).count(),
            words: s.tokens.iter().filter(|t| t.is_word()).count(),
            plan: (0..s.tokens.len()).any(|k| s.cue_at(k).is_some_and(|(c, _)| c == "plan")),
            quoted: s.text[s.span.clone()].contains(['"', '“', '”']),
            question: s.text[s.span.clone()].contains('?'),
            ..Layout::default()
        };
        for (k, t) in s.tokens.iter().enumerate() {
            if t.is_punct(';') {
                layout.semicolons.push(k);
            }
            // "làm tân Thủ tướng": the mark of a new post after its cue is no move of
            // its own.
            let new_after_cue = s
                .hit_at(k, Category::Move)
                .is_some_and(|(e, _)| e.class == "new")
                && (k.saturating_sub(3)..k).any(|j| {
                    s.cue_at(j)
                        .is_some_and(|(c, end)| end == k && matches!(c, "to" | "be"))
                });
            if s.hit_at(k, Category::Move).is_some() && !self.continues_move(s, k) && !new_after_cue
            {
                layout.breaks.push(k);
            }
        }
        // The move words that tell a move of their own (not "thay ông X", "trao quyết
        // định", "tân", nor the second word of one decision: "hiệp thương, cử").
        let mut i = 0;
        // The end of the move word before: one right after it is the same move ("được
        // bầu bổ sung").
        let mut previous_end = usize::MAX;
        while i < s.tokens.len() {
            match s.hit_at(i, Category::Move) {
                Some((e, end)) => {
                    let adjacent = i == previous_end;
                    previous_end = end.max(i + 1);
                    // "trở thành tổng thống khi nhậm chức hồi tháng 2": one event (not
                    // "Từ khi nhậm chức ngày 10/5, ông A … chỉ định B", two).
                    let when = i >= 1
                        && word(i - 1) == "khi"
                        && !(i >= 2 && matches!(word(i - 2), "trước" | "sau" | "từ"));
                    if !matches!(e.class.as_str(), "replace" | "handover" | "new")
                        && !self.continues_move(s, i)
                        && !when
                        && !adjacent
                    {
                        layout.anchors.push(i);
                    }
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
        layout
    }

    /// Drafts from one sentence.
    fn sentence_drafts(&self, s: &Sentence, field: Field, order: usize, out: &mut Vec<Draft>) {
        let n = s.tokens.len();
        let start = out.len();
        // Worked out at the first move word: most sentences have none.
        let layout = std::cell::OnceCell::new();
        let mut i = 0;
        while i < n {
            let Some((entry, end)) = s.hit_at(i, Category::Move) else {
                i += 1;
                continue;
            };
            let (class, kind) = (entry.class.as_str(), entry.kind.as_str());
            // "Trớ trêu thay,", "May thay!": an exclamation, no one replaced.
            let exclaims = kind == "thay"
                && s.tokens
                    .get(end)
                    .is_some_and(|t| t.is_punct(',') || t.is_punct('!'));
            if exclaims
                || country_as_subject(s, i, kind)
                || body_as_passive_subject(s, i)
                || self.is_negated(s, i)
                || names_posts_vaguely(s, end)
                || !adds_a_person(s, i, end, kind)
                || (kind == "trở lại" && !returns_someone(s, i))
            {
                i = end;
                continue;
            }
            let layout = layout.get_or_init(|| self.layout(s));
            let mut clause_end =
                self.move_drafts(s, layout, field, order, i, end, class, kind, out);
            // "…; ông B, Y, giữ chức Z": clauses after ";" that start with a person take
            // the same move word; not "…; bổ nhiệm ông B …", which has its own (read
            // with the same one, its post would go to the person named before).
            let own_move = |semi: usize| {
                let k = self.skip_fillers(s, semi + 1);
                s.hit_at(k, Category::Move).is_some()
            };
            // (Not after posts taken in turn, which run on across ";" as one list.)
            let in_turn = told_in_turn(s, i);
            while let Some(semi) = clause_end
                .filter(|&c| c < n && s.tokens[c].is_punct(';') && !own_move(c) && !in_turn)
            {
                clause_end =
                    self.move_drafts(s, layout, field, order, semi, semi + 1, class, kind, out);
            }
            // The next move word may start a move of its own ("trở lại công tác tại X, trở
            // thành Phó Hiệu trưởng"); one told twice merges later.
            i = end;
        }
        // "người được bổ nhiệm làm Bộ trưởng là thượng nghị sĩ A chính thức nhậm chức":
        // taking office of the post the sentence says the person leaves is the move to
        // the new one, told again.
        let sentence_drafts = &out[start..];
        let leaves = |d: &Draft| {
            d.signals.class == "office"
                && sentence_drafts.iter().any(|e| {
                    e.person == d.person && e.from_post.iter().any(|f| d.to_post.contains(f))
                })
        };
        let drop: Vec<bool> = sentence_drafts.iter().map(leaves).collect();
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            k <= start || !drop[k - start - 1]
        });
    }

    /// A sentence without a move word that goes on with the previous sentence's decision:
    /// it opens with a person, the posts in apposition, and the new post ("Ông B, Y, giữ
    /// chức Z.").
    fn continuation_drafts(
        &self,
        s: &Sentence,
        field: Field,
        order: usize,
        kind: &str,
        out: &mut Vec<Draft>,
    ) {
        let has_move = (0..s.tokens.len()).any(|i| s.hit_at(i, Category::Move).is_some());
        // "Các Phó Chủ tịch gồm các ông A, B và C": the rest of the body just elected.
        let members = s.tokens.first().is_some_and(|t| t.folded == "các")
            && s.post_at(1, false).is_some_and(|p| {
                let j = p.tokens.end;
                s.tokens
                    .get(j)
                    .is_some_and(|t| matches!(t.folded.as_str(), "gồm" | "là"))
                    && s.persons
                        .iter()
                        .any(|q| q.tokens.start == j + 1 && !q.name.is_empty())
            });
        // "Thị trưởng thành phố X, ông A làm …", "Chuyên gia môi trường, bà B làm …": the
        // person set off by a comma after a post or a description of him.
        let opening = described_opening(s).unwrap_or(0);
        let opens_with_person = members || s.person_at(opening).is_some_and(|p| !p.name.is_empty());
        if has_move {
            return;
        }
        // "Ông A sinh ngày 5/2/1966, từng là B, rồi là C": a life told after the decision,
        // no appointee of it.
        let life = s.tokens.iter().any(|t| t.folded == "từng")
            || s.tokens
                .windows(2)
                .any(|w| w[0].folded == "sinh" && matches!(w[1].folded.as_str(), "ngày" | "năm"));
        if life {
            return;
        }
        let layout = self.layout(s);
        let n = s.tokens.len();
        let first = out.len();
        let mut clause_end = if opens_with_person {
            self.move_drafts(
                s,
                &layout,
                field,
                order,
                opening.saturating_sub(1),
                opening,
                "appoint",
                kind,
                out,
            )
        } else {
            None
        };
        // "Ông B, Y, giữ chức Z; bà C, …": the clauses after ";" go on with the list.
        while let Some(semi) = clause_end.filter(|&c| c < n && s.tokens[c].is_punct(';')) {
            clause_end = self.move_drafts(
                s,
                &layout,
                field,
                order,
                semi,
                semi + 1,
                "appoint",
                kind,
                out,
            );
        }
        // "…; ông C làm Z, bà D thuộc đảng E làm W và cựu Bộ trưởng F, ông G làm V": each
        // person who opens a clause, with the cue of a new post after him, and the post
        // before him as the one he leaves.
        for p in s.persons.iter().filter(|p| !p.name.is_empty()) {
            if out[first..].iter().any(|d| d.person == p.name) {
                continue;
            }
            let held = title_before(s, p);
            let mut lead = held.as_ref().map_or(p.tokens.start, |h| h.tokens.start);
            if lead > 0 && s.word_is(lead - 1, &["cựu", "nguyên"]) {
                lead -= 1;
            }
            let opens = lead == 0
                || s.tokens[lead - 1].is_punct(';')
                || s.tokens[lead - 1].is_punct(',')
                || s.tokens[lead - 1].folded == "và";
            let end = p.tokens.end;
            let cued = to_cue_after(s, end).is_some()
                || (s.tokens.get(end).is_some_and(|t| t.is_punct(','))
                    && s.word_is(end + 1, &["thuộc"])
                    && to_cue_after(s, end + 1).is_some());
            if !opens || !cued {
                continue;
            }
            let start = p.tokens.start;
            self.move_drafts(
                s,
                &layout,
                field,
                order,
                start.saturating_sub(1),
                start,
                "appoint",
                kind,
                out,
            );
        }
        for d in out[first..].iter_mut().filter(|d| d.from_post.is_empty()) {
            let held = s
                .persons
                .iter()
                .find(|p| p.name == d.person)
                .and_then(|p| title_before(s, p));
            if let Some(held) = held {
                d.from_post.push(held.text);
            }
        }
    }

    /// Plans, proposals, re-appointments and general talk before the move word.
    fn is_negated(&self, s: &Sentence, at: usize) -> bool {
        let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
        // "được bầu lại", "bổ nhiệm lại": nothing changes.
        if let Some((_, end)) = s.hit_at(at, Category::Move) {
            if word(end) == "lại" {
                return true;
            }
            // "trở thành một trong những HLV xuất sắc nhất": one of many, a figure of
            // speech, no post.
            if word(end) == "một" && word(end + 1) == "trong" {
                return true;
            }
        }
        if let Some((entry, end)) = s.hit_at(at, Category::Move) {
            // "đánh giá cao vị tổng thống đắc cử trẻ tuổi này": "vị" and a title name
            // someone by the post just won, with no name after; the sentence tells what
            // another does.
            // So does a title just won after "và", "với" ("Thủ tướng A và Tổng thống đắc
            // cử Mỹ đã trao đổi …"): the subject is the other.
            let title_as_noun = (at.saturating_sub(8)..at).any(|k| {
                k >= 1
                    && s.word_is(k - 1, &["vị", "và", "với"])
                    && s.hit_at(k, Category::Title).is_some()
                    && s.post_at(k, false).is_some_and(|p| p.tokens.end == at)
            });
            if entry.class == "office" && title_as_noun && s.person_at(end).is_none() {
                return true;
            }
            // "chấp nhận chức vụ này rồi đổi ý": "chấp nhận" (to accept) is one word, and
            // the offer accepted is no move word.
            if entry.kind == "nhận chức" && at >= 1 && s.word_is(at - 1, &["chấp"]) {
                return true;
            }
            // "chuyển sang sự nghiệp HLV", "bước vào sự nghiệp chính trị": a career, not a
            // post.
            if s.word_is(end, &["sự"]) && s.word_is(end + 1, &["nghiệp"]) {
                return true;
            }
            let next = s.tokens.get(end);
            let plain_word = |k: usize| {
                s.tokens.get(k).is_some_and(|t| {
                    t.is_word() && !t.capitalized && t.hit.is_none() && s.person_at(k).is_none()
                })
            };
            match entry.kind.as_str() {
                // "trở thành huấn luyện viên thứ tư giành chức vô địch …": a feat, counted
                // among those who did it, not a post taken.
                "trở thành" if achievement_after(s, end) => return true,
                // "Trước khi về hưu, ông đảm nhận cương vị A": the last post held.
                "đảm nhận" | "đảm nhiệm"
                    if (1..at).any(|k| {
                        s.word_is(k - 1, &["trước"])
                            && s.word_is(k, &["khi"])
                            && (k + 1..(k + 4).min(at)).any(|j| s.word_is(j, &["hưu"]))
                    }) =>
                {
                    return true;
                }
                // "trở thành phu nhân của một CEO", "trở thành con dâu của …": a relative.
                "trở thành"
                    if s.word_is(end, &["vợ", "chồng", "mẹ", "cha", "bố"])
                        || (s.word_is(end, &["phu"]) && s.word_is(end + 1, &["nhân"]))
                        || (s.word_is(end, &["con"])
                            && s.word_is(end + 1, &["trai", "gái", "dâu", "rể", "nuôi"])) =>
                {
                    return true;
                }
                // "tiếp nhận thông tin", "tiếp nhận 3 bệnh nhân": things or people
                // received, not a post (a post, a unit, a person or "làm", "về" … are).
                "tiếp nhận"
                    if next.is_some_and(|t| t.kind == TokenKind::Number)
                        || (plain_word(end)
                            && !s.word_is(
                                end,
                                &[
                                    "chức", "vị", "công", "nhiệm", "quyền", "cán", "lại", "và",
                                    "làm", "về", "vào", "giữ", "cương",
                                ],
                            )) =>
                {
                    return true;
                }
                // "bàn thắng được công nhận, …", "… được công nhận do trọng tài …": a goal
                // or a result, recognised; no post follows.
                "công nhận"
                    if next.is_none_or(|t| !t.is_word())
                        || s.word_is(end, &["do", "vì", "bởi", "nhờ", "hợp"]) =>
                {
                    return true;
                }
                // "trở lại thăm nước Nga", "quay lại Việt Nam": a visit, no post.
                "trở lại" | "quay lại" | "về lại" | "quay về"
                    if s.word_is(end, &["thăm", "du"])
                        || (s.country_len(end) > 0
                            && s.cue_at(end + s.country_len(end)).is_none()) =>
                {
                    return true;
                }
                // "quay lại clip", "nơi quay lại \"clip nóng\"": filmed.
                "quay lại"
                    if next.is_some_and(|t| t.is_punct('"') || t.is_punct('“'))
                        || s.word_is(end, &["clip", "video", "cảnh", "hình", "khoảnh", "toàn"]) =>
                {
                    return true;
                }
                _ => {}
            }
        }
        // "không trở thành thẩm phán", "không thể trở thành", "chưa từng nhậm chức":
        // denied (not "không lâu sau, ông được bổ nhiệm", nor "không chỉ").
        if at > 0 && word(at - 1) == "không"
            || at > 1 && word(at - 2) == "không" && matches!(word(at - 1), "thể" | "hề")
        {
            return true;
        }
        // "hiện đang đảm nhận cương vị A": a post held now, not taken.
        let holding = s.hit_at(at, Category::Move).is_some_and(|(e, _)| {
            matches!(e.kind.as_str(), "đảm nhận" | "đảm nhiệm" | "kiêm nhiệm")
        });
        // So is "vẫn đảm nhiệm vai trò A" (still holds).
        if holding && at > 0 && matches!(word(at - 1), "đang" | "vẫn") {
            return true;
        }
        // "Trên mọi cương vị được giao, …", "hoàn thành nhiệm vụ được giao": the posts or
        // tasks a person was given, named by what they are, not a move.
        let given = s
            .hit_at(at, Category::Move)
            .is_some_and(|(e, _)| e.kind == "giao");
        if given
            && at >= 2
            && matches!(
                (word(at - 2), word(at - 1)),
                ("cương", "vị")
                    | ("chức", "vụ")
                    | ("nhiệm", "vụ")
                    | ("vị", "trí")
                    | ("trọng", "trách")
                    | ("công", "việc")
                    | ("trách", "nhiệm")
            )
        {
            return true;
        }
        // "muốn trở thành Chủ tịch Real", "mong trở thành", "ước mơ … để trở thành kế toán": a
        // wish to become
        // (not "Mong muốn của ông khi được bổ nhiệm …", nor a request granted: "nguyện vọng
        // muốn quay lại giữ chức …").
        let becomes = s
            .hit_at(at, Category::Move)
            .is_some_and(|(e, _)| e.kind == "trở thành");
        if becomes {
            let wish = (at.saturating_sub(10)..at).any(|k| {
                (matches!(word(k), "muốn" | "mong")
                    || (word(k) == "ước" && word(k + 1) == "mơ")
                    || (word(k) == "mơ" && word(k + 1) == "ước")
                    // "với mục tiêu trở thành …", "hy vọng trở thành", "tham vọng": an aim.
                    || (word(k) == "mục" && word(k + 1) == "tiêu")
                    || (matches!(word(k), "hy" | "hi") && word(k + 1) == "vọng")
                    || (word(k) == "tham" && word(k + 1) == "vọng")
                    || (word(k) == "khao" && word(k + 1) == "khát"))
                    && !s.tokens[k..at].iter().any(|t| {
                        t.is_punct(';')
                            || t.is_punct('.')
                            || matches!(t.folded.as_str(), "của" | "khi")
                    })
            });
            if wish {
                return true;
            }
        }
        // "Chủ tịch A yêu cầu chuyển công tác Hiệu trưởng B": a demand, not a move made
        // (not "Do yêu cầu công tác, ông C được điều động …", the reason of one).
        let demanded = at >= 2
            && word(at - 2) == "yêu"
            && word(at - 1) == "cầu"
            && !(at >= 3 && matches!(word(at - 3), "theo" | "do" | "vì" | "của"));
        if demanded {
            return true;
        }
        // "Theo đó, …", "Theo quyết định, …": the sentence tells what was decided.
        let decided = s.word_is(0, &["theo"])
            && (s.word_is(1, &["đó"]) && s.tokens.get(2).is_some_and(|t| t.is_punct(','))
                || s.word_is(1, &["quyết"]) && s.word_is(2, &["định"]));
        // "giới thiệu ông X, A, B để hiệp thương giữ chức …": the purpose of a proposal,
        // however long the name and its posts.
        let purpose = (at.saturating_sub(2)..at).any(|k| word(k) == "để");
        let from = if purpose {
            (0..at)
                .rev()
                .find(|&k| s.tokens[k].is_punct(';') || s.tokens[k].is_punct(':'))
                .map_or(0, |k| k + 1)
        } else {
            // A name counts as one word: "đề nghị cho bác sỹ Chu Văn A được về lại …".
            let from = at.saturating_sub(8);
            let names: usize = s
                .persons
                .iter()
                .filter(|p| p.tokens.start >= from && p.tokens.end <= at)
                .map(|p| p.tokens.len().saturating_sub(1))
                .sum();
            from.saturating_sub(names)
        };
        for k in from..at {
            // "A được xem là ứng viên hàng đầu kế nhiệm …", "B là ứng cử viên thay thế":
            // a candidate for the post, not its holder.
            let candidate = word(k) == "ứng"
                && (word(k + 1) == "viên" || (word(k + 1) == "cử" && word(k + 2) == "viên"));
            let j = if k >= 1 && matches!(word(k - 1), "một" | "các" | "những") {
                k - 1
            } else {
                k
            };
            if candidate && j >= 1 && matches!(word(j - 1), "là" | "như") {
                return true;
            }
            if let Some((class, _)) = s.cue_at(k) {
                // "sẽ gặp tân Tổng thống X": the mark of a new post tells a move made,
                // whatever the sentence plans; so does "sẽ" in what a decision says
                // ("Theo đó, ông A sẽ trở thành Bộ trưởng Y tế").
                let mark = s
                    .hit_at(at, Category::Move)
                    .is_some_and(|(e, _)| e.class == "new")
                    || (word(k) == "sẽ" && decided);
                // "chấp thuận đề nghị của Thủ tướng về việc bổ nhiệm …": a proposal
                // approved is a move decided.
                let approved = class == "plan"
                    && word(k) == "đề"
                    && (k.saturating_sub(3)..k).any(|j| {
                        matches!(
                            (word(j), word(j + 1)),
                            ("chấp", "thuận")
                                | ("phê", "chuẩn")
                                | ("thông", "qua")
                                | ("đồng", "ý")
                                | ("nhất", "trí")
                        )
                    });
                if matches!(class, "plan" | "again" | "held")
                    && !(class == "plan" && (mark || approved))
                {
                    // Only within the clause, and not across "khi" ("từng là A trước khi
                    // được bầu làm B", "sẽ tiếp tục kiêm nhiệm A khi trở thành B").
                    if !s.tokens[k..at].iter().any(|t| {
                        t.is_punct(';')
                            || t.is_punct('.')
                            || (matches!(class, "held" | "again") && t.folded == "khi")
                    }) {
                        return true;
                    }
                }
            }
        }
        // "ông sẽ bắt tay vào việc ngay sau khi nhậm chức ngày 10/5": the time of a plan
        // is a move still to come.
        if time_clause_opener(s, at).is_some() {
            let opener = (0..at)
                .rev()
                .find(|&k| s.word_is(k, &["khi", "lúc", "điểm"]))
                .unwrap_or(at);
            let clause_start = (0..opener)
                .rev()
                .find(|&k| matches!(s.tokens[k].kind, TokenKind::Punct(_)))
                .map_or(0, |k| k + 1);
            if (clause_start..opener).any(|k| s.word_is(k, &["sẽ"])) {
                return true;
            }
        }
        false
    }

    /// Is the move word at `at` used as a noun: "việc bổ nhiệm", "quyết định điều động",
    /// "công tác luân chuyển", "phiếu bầu" (a ballot)?
    fn is_nominal(&self, s: &Sentence, at: usize) -> bool {
        const BEFORE: &[&str] = &[
            "việc", "cuộc", "đợt", "lễ", "vụ", "tác", "định", "hoạch", "trình", "chuẩn", "sơ",
            "điểm", "đoạn", "hợp", "phiếu",
        ];
        let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
        // "được bà B ký quyết định bổ nhiệm làm …" is a passive move, not a noun.
        let signed = at >= 3 && word(at - 3) == "ký" && word(at - 2) == "quyết";
        at > 0 && BEFORE.contains(&word(at - 1)) && !signed && !received_decision(s, at)
    }

    /// Drafts for the move word at tokens `at..move_end`. Returns the token where its
    /// clause ends, or `None` when it gave no record.
    #[allow(clippy::too_many_arguments)]
    fn move_drafts(
        &self,
        s: &Sentence,
        layout: &Layout,
        field: Field,
        order: usize,
        mut at: usize,
        mut move_end: usize,
        class: &str,
        kind: &str,
        out: &mut Vec<Draft>,
    ) -> Option<usize> {
        // A decision naming many persons, each with a post of his own, is read one
        // person at a time, in a loop (a list may hold thousands).
        loop {
            let step = self.clause_drafts(s, layout, field, order, at, move_end, class, kind, out);
            match step? {
                ClauseEnd::At(end) => return Some(end),
                ClauseEnd::NextPerson(next) => (at, move_end) = (next - 1, next),
            }
        }
    }

    /// Drafts for the move word at tokens `at..move_end`, up to the end of its clause or
    /// to the next person of a decision with a post of his own.
    #[allow(clippy::too_many_arguments)]
    fn clause_drafts(
        &self,
        s: &Sentence,
        layout: &Layout,
        field: Field,
        order: usize,
        at: usize,
        move_end: usize,
        class: &str,
        kind: &str,
        out: &mut Vec<Draft>,
    ) -> Option<ClauseEnd> {
        let n = s.tokens.len();
        let clause_start = layout.clause_start(at);

        // Decision style: the persons right after the move word ("bổ nhiệm ông A, X; bà
        // B, Y và ông C giữ chức …"), each with the posts in apposition to it.
        let mut k = self.skip_fillers(s, move_end);
        let mut subjects: Vec<(Person, Vec<Post>)> = Vec::new();
        // "bổ nhiệm 2 Phó Chủ tịch là ông A, X, và ông B, Y": the posts counted, then
        // the persons of the decision, who take them unless a post of their own follows.
        let mut counted_posts: Vec<Post> = Vec::new();
        if class != "replace" {
            k = self.person_list(s, k, &mut subjects);
            // "Bộ Chính trị phân công ông làm Bí thư …": a pronoun as the object of an
            // appointing verb, with the new post's cue right after it.
            if subjects.is_empty() && appoints_actively(s, at, kind) {
                if let Some(pronoun) = s.person_at(k).filter(|p| {
                    p.name.is_empty()
                        && s.word_is(p.tokens.start, &["ông", "bà"])
                        && s.cue_at(p.tokens.end).is_some_and(|(c, _)| c == "to")
                }) {
                    k = pronoun.tokens.end;
                    // ("A cảm ơn Ban Chấp hành đã tin tưởng tiến cử bà giữ chức …", "B
                    // cho biết Bộ đã bổ nhiệm ông làm …": the one who speaks of it; not
                    // the agent, "Thủ tướng C bổ nhiệm ông làm …".)
                    let speaker = s.persons.iter().find(|p| {
                        !p.name.is_empty()
                            && p.tokens.end <= at
                            && (p.tokens.end..at).any(|j| speaks_of(s, j))
                    });
                    subjects.push((speaker.unwrap_or(pronoun).clone(), Vec::new()));
                }
            }
            if subjects.is_empty() {
                if let Some((posts, list)) = self.counted_then_named(s, move_end, k) {
                    k = self.person_list(s, list, &mut subjects);
                    counted_posts = posts;
                }
            }
            // "bầu Tổng giám đốc Phạm Văn A giữ chức …": the post held, then the name.
            if subjects.is_empty() && class != "new" {
                let held = s.post_list_at(k, false);
                if let Some(mut end) = held.last().map(|p| p.tokens.end) {
                    // "chỉ định Tỉnh trưởng tỉnh X, Lee Nak-yon, làm …": the name set off
                    // by commas.
                    // (Only after an appointing verb in the active voice, and with the
                    // comma that closes it: not "được đưa về làm A, ông B làm C".)
                    let set_off = s.tokens.get(end).is_some_and(|t| t.is_punct(','))
                        && NAMING_VERBS.contains(&kind)
                        && !(at > 0 && s.tokens[at - 1].folded == "được");
                    if set_off {
                        end += 1;
                    }
                    let closed =
                        |k: usize| !set_off || s.tokens.get(k).is_some_and(|t| t.is_punct(','));
                    if let Some(person) = s
                        .person_at(end)
                        .filter(|p| !p.name.is_empty() && closed(p.tokens.end))
                    {
                        let person = person.clone();
                        k = self.apposition(s, person.tokens.end).1;
                        if set_off && s.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
                            k += 1;
                        }
                        let after = self.skip_fillers(s, k);
                        // Only when a new post follows with its cue ("giữ chức", "làm"),
                        // or a unit ("về công tác tại"), or a body joined ("chỉ định Thứ
                        // trưởng A tham gia Ban Chấp hành … và giữ chức …").
                        let joins = s.word_is(after, &["tham"])
                            && s.word_is(after + 1, &["gia"])
                            && s.hit_at(after + 2, Category::Organisation).is_some();
                        if joins {
                            subjects.push((person, held));
                            k = after + 2;
                        } else if s
                            .cue_at(after)
                            .is_some_and(|(c, _)| matches!(c, "to" | "unit"))
                        {
                            subjects.push((person, held));
                            k = after;
                        } else {
                            k = self.skip_fillers(s, move_end);
                        }
                    }
                }
            }
        }
        let decision = !subjects.is_empty();
        // A post right here, after the move word and its persons, is its new post.
        let direct = k;
        let clause_end = layout.clause_end(k, n);

        // The posts of the clause after that, by their cues.
        let mut to_posts: Vec<Post> = Vec::new();
        let mut cued_to = false;
        let mut from_posts: Vec<Post> = Vec::new();
        let mut pending_cue: Option<&str> = None;
        let mut after_replace = class == "replace";
        // The first person named after the move word, for a sentence that opens with a
        // subjectless clause ("Sau ba năm được luân chuyển …, ông X trở lại …").
        let mut first_after: Option<Person> = None;
        // Where the next person of a decision starts, with a post of his own.
        let mut split: Option<usize> = None;
        // "trước khi luân chuyển về làm B … là A": "là" gives the earlier post.
        let word = |i: usize| s.tokens.get(i).map_or("", |t| t.folded.as_str());
        // ("Trước khi được bổ nhiệm", "Trước khi về nhận nhiệm vụ mới".)
        let before_khi = skip_back(s, at, &["được", "về", "lên", "sang", "đến"]);
        let prior =
            before_khi >= 2 && word(before_khi - 2) == "trước" && word(before_khi - 1) == "khi";
        while k < clause_end {
            // "Bên cạnh bầu bổ sung 2 thành viên, X cũng miễn nhiệm … đối với ông A": a
            // removal after a comma starts another act, whose persons leave.
            if s.word_is(k, &["miễn", "bãi"])
                && s.word_is(k + 1, &["nhiệm"])
                && s.tokens[move_end..k].iter().any(|t| t.is_punct(','))
            {
                break;
            }
            if let Some(person) = s.person_at(k).cloned() {
                let next = person.tokens.end;
                if after_replace || person.name.is_empty() {
                    // A pronoun that opens the main clause after a time clause ("Sau khi
                    // nhậm chức, ông …") is its subject, whoever is named later.
                    let opens_clause = !after_replace
                        && person.tokens.start > 0
                        && s.tokens[person.tokens.start - 1].is_punct(',');
                    if opens_clause && first_after.is_none() {
                        first_after = Some(person.clone());
                    }
                    // The predecessor ("thay ông X"): skip him and his apposition.
                    after_replace = false;
                    k = self.apposition(s, next).1;
                    continue;
                }
                if subjects.is_empty() && matches!(pending_cue, Some("subject")) && class != "new" {
                    // "… đối với ông X, A1, A2".
                    k = self.person_list(s, k, &mut subjects);
                    pending_cue = None;
                    continue;
                }
                // "bầu ông A giữ chức X và ông B giữ chức Y": the next person of the
                // decision, with a post of his own.
                let joined =
                    k > 0 && (s.tokens[k - 1].folded == "và" || s.tokens[k - 1].is_punct(','));
                if cued_to && !subjects.is_empty() && joined {
                    split = Some(k);
                    break;
                }
                // "bổ nhiệm nhà ngoại giao Kang Kyung-wha giữ chức …": a few words that
                // describe the person stand between the appointing verb and the name, and
                // the new post follows with its cue.
                if subjects.is_empty() && to_posts.is_empty() && described(s, kind, direct, k) {
                    if let Some(cue) = to_cue_after(s, next) {
                        let held = title_before(s, &person).into_iter().collect();
                        subjects.push((person, held));
                        k = cue;
                        continue;
                    }
                }
                // "A, giám đốc bóng đá mới được bổ nhiệm, …, và B là giám đốc C": "và", a
                // name, "là": another clause, of B's post.
                if k > 0
                    && s.tokens[k - 1].folded == "và"
                    && s.cue_at(next).is_some_and(|(c, _)| c == "be")
                {
                    break;
                }
                first_after.get_or_insert(person);
                k = self.apposition(s, next).1;
                continue;
            }
            if let Some((cue, end)) = s.cue_at(k) {
                // ("thay cho ông X": the one replaced, not the one a thing is for.)
                if matches!(cue, "from" | "to" | "be" | "subject" | "unit")
                    && !(after_replace && cue == "subject")
                {
                    pending_cue = Some(cue);
                }
                k = end;
                continue;
            }
            if let Some((entry, end)) = s.hit_at(k, Category::Move) {
                // "điều động, bổ nhiệm": a second move word of the same decision; "…, thay
                // (cho) ông X": the predecessor follows.
                after_replace |= entry.class == "replace";
                k = end;
                continue;
            }
            // "được bổ nhiệm năm 2015 bởi Chủ tịch tỉnh": the agent's title is no post
            // taken.
            if s.word_is(k.wrapping_sub(1), &["bởi"]) {
                if let Some(agent) = s.post_at(k, false) {
                    k = agent.tokens.end;
                    continue;
                }
            }
            let org_ok = matches!(pending_cue, Some("to") | Some("unit"));
            let posts = s.post_list_at(k, org_ok);
            let Some(last) = posts.last() else {
                // "được bổ nhiệm vào hôm 17/5, Nhà Trắng …": a cue's post comes before
                // any comma ("vào" was the day's).
                // ... and a cue of the person ("cho", "đối với") comes right before the
                // name ("cử giáo viên tới dạy cho con học ở nhà - anh A cho hay" names
                // no one moved).
                if s.tokens[k].is_punct(',') || pending_cue == Some("subject") {
                    pending_cue = None;
                }
                k += 1;
                continue;
            };
            let end = last.tokens.end;
            // "bằng chuyên viên chính", "ngạch chuyên viên": a grade or a diploma, no post.
            if k > 0 && matches!(word(k - 1), "bằng" | "ngạch" | "hệ" | "lớp") {
                pending_cue = None;
                k = end;
                continue;
            }
            // "bầu bổ sung 5 chức danh Phó Trưởng ban": posts counted, no one named.
            if subjects.is_empty() && to_posts.is_empty() && counted(s, move_end, k) {
                // … unless they are named after it ("2 Phó Chủ tịch mới là ông A và ông B").
                let j = if word(end) == "mới" { end + 1 } else { end };
                let named = (matches!(word(j), "là" | "gồm" | ":")
                    && s.person_at(j + 1).is_some_and(|p| !p.name.is_empty()))
                    // "bổ nhiệm 2 Thẩm phán … đối với ông A và ông B".
                    || (j..j + 4).any(|i| {
                        word(i) == "đối"
                            && word(i + 1) == "với"
                            && s.person_at(i + 2).is_some_and(|p| !p.name.is_empty())
                    });
                if !named {
                    return None;
                }
            }
            // "Bí thư tỉnh Yên Bái Phạm Thị Thanh Trà": a post naming someone else.
            let names_someone = s.person_at(end).is_some_and(|p| !p.name.is_empty());
            // ... but right after an appointing verb, the post is the new one of the person
            // it names: "bổ nhiệm Thủ tướng Edouard Philippe" (with a cue after the name,
            // "bầu Tổng giám đốc A giữ chức Y", the post was read above as the one held).
            if names_someone
                && k == direct
                && subjects.is_empty()
                && to_posts.is_empty()
                && NAMING_VERBS.contains(&kind)
            {
                if let Some(person) = s.person_at(end).cloned() {
                    k = self.apposition(s, person.tokens.end).1;
                    subjects.push((person, Vec::new()));
                    to_posts = posts;
                    // "Barca đã bổ nhiệm HLV A": a title alone belongs to the body that
                    // appoints, named right before the verb.
                    if let [post] = to_posts.as_mut_slice() {
                        if let Some(body) = appointing_body(s, at).filter(|_| bare_post(s, post)) {
                            post.text = format!("{} {body}", post.text);
                        }
                    }
                    cued_to = true;
                    continue;
                }
            }
            // "kế nhiệm Tổng thống Boris Yeltsin": the successor takes the post of the
            // predecessor it names (unless a cue names another: "… làm Thủ tướng"). Not
            // "thay thế" (to replace), which news uses as much for rumours and candidates
            // ("ứng viên thay thế HLV A") as for moves made.
            if names_someone && k == direct && to_posts.is_empty() && kind == "kế nhiệm" {
                to_posts = posts;
                k = end;
                continue;
            }
            match pending_cue {
                // ... except the post a "tân" marks, named with its holder (which only
                // dates a move the document reports).
                _ if names_someone && !(class == "new" && k == direct) => {}
                Some("from") => from_posts.extend(posts),
                // "trước khi luân chuyển về làm B … là A", "Trước khi được bổ nhiệm làm B,
                // ông X đã có nhiều năm làm A": what he was before.
                Some("be") if prior => from_posts.extend(posts),
                // ... in a clause of its own, after the name or a comma (not "trước khi trở
                // thành A vào năm 2012 và B"); so is the post of the main clause's subject,
                // named after a comma ("Trước khi về nhận nhiệm vụ mới tại Hải Phòng, ông A
                // giữ chức vụ Chánh Văn phòng Bộ Nội vụ").
                Some("to") | Some("unit")
                    if prior
                        && ((cued_to
                            && (first_after.is_some()
                                || to_posts.last().is_some_and(|t| {
                                    s.tokens[t.tokens.end..k].iter().any(|x| x.is_punct(','))
                                })))
                            || first_after.as_ref().is_some_and(|p| {
                                s.tokens[move_end..p.tokens.start]
                                    .iter()
                                    .any(|x| x.is_punct(','))
                            })) =>
                {
                    from_posts.extend(posts)
                }
                _ if k == direct => {
                    to_posts = posts;
                    cued_to = true;
                }
                Some("to") | Some("be") | Some("unit") if !cued_to => {
                    to_posts = posts;
                    cued_to = true;
                }
                // "đến nhận công tác tại Sở Nội vụ, giữ chức vụ Giám đốc Sở Nội vụ": the
                // unit, then the post in it (so also "chỉ định vào Ban Chấp hành, Ban
                // Thường vụ và giữ chức Bí thư": the post, with the bodies around it).
                Some("to") if to_posts.iter().all(|p| p.org_only) => to_posts = posts,
                // A post without a cue counts only close to the move word, in its clause
                // ("kể từ khi nhậm chức, trong đó có Chủ tịch A" names someone else's).
                // (Not the partner of an act: "đắc cử và điện đàm với Chủ tịch X".)
                _ if to_posts.is_empty()
                    && k <= direct + 6
                    && !s.tokens[direct..k].iter().any(|t| t.is_punct(','))
                    && !matches!(word(k.wrapping_sub(1)), "với" | "cùng") =>
                {
                    to_posts = posts
                }
                _ => {}
            }
            pending_cue = None;
            k = end;
        }
        // "Chức danh Giám đốc Sở X được giao cho ông A": the post, named before the move
        // word, is given to the person after it.
        if to_posts.is_empty() && decision && word(at) == "được" && word(move_end) == "cho" {
            to_posts.extend(
                (at.saturating_sub(24)..at)
                    .filter(|&k| s.hit_at(k, Category::Title).is_some())
                    .find_map(|k| s.post_at(k, false).filter(|p| p.tokens.end == at)),
            );
        }
        // "cử giáo viên tới dạy", "điều chuyển giáo viên": an appointing verb in the
        // active voice whose object is a bare title in lower case moves the group that
        // title names, no one the sentence names.
        let generic =
            |p: &Post| p.text.starts_with(char::is_lowercase) && p.text.split(' ').count() <= 2;
        if subjects.is_empty()
            && appoints_actively(s, at, kind)
            && to_posts
                .first()
                .is_some_and(|p| p.tokens.start == direct && generic(p))
            && s.person_at(to_posts[0].tokens.end).is_none()
        {
            return None;
        }
        // "Clifton, người được bổ nhiệm bởi Tổng thống Bush": appointed, in the passive,
        // to no post the clause names: the post the person is known by.
        // ("người được Tổng thống Ronald Reagan bổ nhiệm năm 1987": the agent between.)
        let agent = s
            .persons
            .iter()
            .find(|p| p.tokens.end == at && !p.name.is_empty() && is_agent(s, p))
            .map(|p| title_before(s, p).map_or(p.tokens.start, |t| t.tokens.start)..at)
            .filter(|span| span.start > 0 && word(span.start - 1) == "được");
        let appointed_bare = to_posts.is_empty()
            && !decision
            && !prior
            && NAMING_VERBS.contains(&kind)
            && (word(at) == "được" || (at > 0 && word(at - 1) == "được") || agent.is_some())
            && s.tokens.get(move_end).is_none_or(|t| {
                let rest = &s.text[t.span.start..s.span.end];
                bare_after(&fold_case(rest.split(' ').next().unwrap_or("")))
            });
        if to_posts.is_empty() {
            to_posts = counted_posts;
        }
        if to_posts.is_empty() && !matches!(class, "return" | "office") && !appointed_bare {
            return None;
        }
        // "trở thành nghị sỹ Cộng hòa đầu tiên đề cập …", "trở thành tổng thống đầu tiên bị
        // phế truất": the first to do something, a figure of speech, not a post taken
        // (but "… đầu tiên của Hàn Quốc" is the post).
        if kind == "trở thành" {
            if let Some(last) = to_posts.last() {
                let e = last.tokens.end;
                let first = s.word_is(e, &["đầu"]) && s.word_is(e + 1, &["tiên"]);
                let then_acts = s.tokens.get(e + 2).is_some_and(|t| {
                    t.is_word()
                        && !t.capitalized
                        && !matches!(
                            t.folded.as_str(),
                            "của"
                                | "tại"
                                | "ở"
                                | "trong"
                                | "và"
                                | "vào"
                                | "năm"
                                | "từ"
                                | "hồi"
                                | "khi"
                                | "sau"
                                | "ngày"
                                | "tháng"
                        )
                });
                if first && then_acts {
                    return None;
                }
            }
        }
        // "bổ nhiệm 2 Phó Chủ tịch mới là ông A và ông B": the persons after the post.
        if subjects.is_empty() {
            if let Some(last) = to_posts.last() {
                let mut j = last.tokens.end;
                if s.tokens.get(j).is_some_and(|t| t.folded == "mới") {
                    j += 1;
                }
                if s.tokens
                    .get(j)
                    .is_some_and(|t| matches!(t.folded.as_str(), "là" | "gồm" | ":"))
                {
                    self.person_list(s, j + 1, &mut subjects);
                }
                // "người được ông A bổ nhiệm làm Bộ trưởng là thượng nghị sĩ B": the one
                // moved is named after "là", with the post he holds.
                let relative = (at.saturating_sub(5)..at).any(|i| word(i) == "người");
                if subjects.is_empty() && relative && word(j) == "là" {
                    let held = s.post_list_at(j + 1, false);
                    let end = held.last().map_or(j + 1, |p| p.tokens.end);
                    if let Some(p) = s.person_at(end).filter(|p| !p.name.is_empty()) {
                        subjects.push((p.clone(), held));
                    }
                }
            }
        }
        // "Kể từ khi ông A đắc cử tổng thống Mỹ, Thủ tướng B …": a comma closes a time
        // clause, and the posts after it are of the main clause.
        if told_in_passing(s, at) || time_clause_opener(s, at).is_some() {
            to_posts.retain(|p| {
                p.tokens.start <= move_end
                    || !s.tokens[move_end..p.tokens.start]
                        .iter()
                        .any(|t| t.is_punct(','))
            });
            cued_to &= !to_posts.is_empty();
        }
        // "tân Tổng thống Mỹ Donald Trump": a title with a name, mostly a mere mention.
        let mut mention_only = false;
        let mut holder_by_title = false;
        // "Tổng thống đắc cử Moon Jae-in", "Tổng thống Mỹ mới đắc cử A": a post marked as
        // newly won after its title, then its holder; like "tân", mostly a mention.
        let mut marked_after = false;
        // ("Tổng thống đắc cử Pháp A": the country of the post may follow the mark.)
        let country = s.country_len(move_end);
        let holder = s
            .person_at(move_end + country)
            .filter(|p| !p.name.is_empty());
        if class == "office" && subjects.len() <= 1 && (to_posts.is_empty() || holder.is_some()) {
            // ("Tổng thống Pháp vừa nhậm chức A", "… vừa mới đắc cử".)
            let title_end = skip_back(s, at, &["mới", "vừa"]);
            let post = (title_end.saturating_sub(12)..title_end)
                .filter(|&k| s.hit_at(k, Category::Title).is_some())
                .find_map(|k| s.post_at(k, false).filter(|p| p.tokens.end == title_end))
                .filter(|p| !s.after_relative(p.tokens.start));
            if let (Some(holder), Some(mut post)) = (holder, post) {
                if country > 0 {
                    let of = s.text_of(move_end..move_end + country);
                    post.text = format!("{} {of}", post.text);
                }
                subjects = vec![(holder.clone(), Vec::new())];
                to_posts.clear();
                to_posts.push(post);
                mention_only = true;
                marked_after = true;
            }
        }
        // "tân Giám đốc": the mark of a new post stands right before it.
        let first_post = to_posts.first().map(|p| p.tokens.start);
        if class == "new" && !(cued_to && first_post == Some(move_end)) {
            return None;
        }
        // "con trai tân Chủ tịch A": the post is someone else's.
        if class == "new" && first_post.is_some_and(|k| s.after_relative(k)) {
            return None;
        }
        // ... and its person is named with it: "tân Giám đốc Sở X Nguyễn Văn A", or
        // "ông A, tân Giám đốc …", "bà B – tân Bộ trưởng …".
        if class == "new" && subjects.is_empty() {
            let end = to_posts[to_posts.len() - 1].tokens.end;
            let set_off = |t: &Token| t.is_punct(',') || t.is_punct('-') || t.is_punct('–');
            // ... or "tân Thủ tướng Anh, bà A, …": set off by commas after the post (or
            // after a post that opens the sentence, "Tân Bí thư X, ông B phát biểu"),
            // with "ông" or "bà" (not "gặp tân Tổng thống Mỹ, ông C cho biết …").
            let apposed = s
                .tokens
                .get(end)
                .is_some_and(|t| t.is_punct(','))
                .then(|| s.person_at(end + 1))
                .flatten()
                .filter(|p| {
                    let closed = s
                        .tokens
                        .get(p.tokens.end)
                        .is_none_or(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct('('));
                    p.tokens.start < p.name_tokens.start && (closed || at == 0)
                });
            let after = s
                .person_at(end)
                .or(apposed)
                .filter(|p| !p.name.is_empty())
                .cloned();
            let before = s
                .persons
                .iter()
                .find(|p| {
                    // (Not a source: "Theo ông A, tân Tổng thống Mỹ …".)
                    let source = p.tokens.start > 0 && word(p.tokens.start - 1) == "theo";
                    !p.name.is_empty()
                        && !source
                        && (p.tokens.end == at
                            || (p.tokens.end + 1 == at && set_off(&s.tokens[p.tokens.end])))
                })
                .cloned();
            mention_only = after.is_some();
            match after.or(before) {
                Some(p) => subjects.push((p, Vec::new())),
                // "sắc lệnh của tân Tổng thống": the holder is named elsewhere with the
                // title; a record only when the document reports no other move of theirs.
                // (Not "các tân tổng thống", any of them, nor "Tân Giám đốc FBI là ai?".)
                // Others named in the sentence are not the holder: "Cố vấn của ông Trump
                // Michael Flynn nói chính quyền của tân Tổng thống Mỹ …".
                None if !((at > 0 && s.word_is(at - 1, &["các", "những"]))
                    || s.tokens.last().is_some_and(|t| t.is_punct('?'))) =>
                {
                    holder_by_title = true;
                    mention_only = true;
                    // The title and the capitalised words after it ("tân HLV trưởng",
                    // "tân Tổng thống Mỹ"), not the verb the clause goes on with
                    // ("tân Tổng thống thường chỉ ngủ").
                    let post = &mut to_posts[0];
                    if let Some((_, title_end)) = s.hit_at(post.tokens.start, Category::Title) {
                        let mut end = title_end;
                        while end < post.tokens.end && s.tokens[end].capitalized {
                            end += 1;
                        }
                        post.tokens.end = end;
                        post.text = s.text_of(post.tokens.start..end).to_string();
                    }
                    let nobody = Person {
                        tokens: at..at,
                        name_tokens: at..at,
                        name: String::new(),
                    };
                    subjects.push((nobody, Vec::new()));
                }
                None => return None,
            }
        }
        // "lễ nhậm chức của tân Tổng thống X": the person a move named as a thing
        // belongs to, with the post named before the name.
        if subjects.is_empty() && s.tokens.get(move_end).is_some_and(|t| t.folded == "của") {
            let mut j = move_end + 1;
            if s.tokens.get(j).is_some_and(|t| t.folded == "tân") {
                j += 1;
            }
            let posts = s.post_list_at(j, false);
            let end = posts.last().map_or(j, |p| p.tokens.end);
            if let Some(p) = s.person_at(end).filter(|p| !p.name.is_empty()) {
                if to_posts.is_empty() {
                    to_posts = posts;
                }
                subjects.push((p.clone(), Vec::new()));
            }
        }
        // "quyết định bổ nhiệm", "việc bổ nhiệm": a move named as a thing has its person
        // after it or nowhere.
        if subjects.is_empty() && self.is_nominal(s, at) {
            return None;
        }

        // The official who hands over a decision is not the one who moves.
        if subjects.is_empty() && class == "handover" {
            return None;
        }
        // No person after the move word: the nearest one before it in the clause.
        if subjects.is_empty() {
            // Not the predecessor ("thay ông X"), nor someone named in an aside
            // ("Bà A (cháu ông B) từ … lên làm …").
            // Nor the official who hands over or signs the decision ("Ông A trao quyết
            // định … công nhận ông B …").
            // Not a passive subject: "ông A được bà B ký quyết định bổ nhiệm".
            let hands_over = |p: &Person| {
                (p.tokens.end..at).any(|k| {
                    s.hit_at(k, Category::Move)
                        .is_some_and(|(e, _)| e.class == "handover")
                        && !s.tokens[p.tokens.end..k].iter().any(|t| t.folded == "được")
                })
            };
            // ("vợ ông đã … được cử về làm giáo viên": the pronoun owns the subject.)
            let owned = |p: &Person| p.name.is_empty() && s.after_relative(p.tokens.start);
            let before = |p: &&Person| {
                p.tokens.end <= at
                    && !owned(p)
                    && !self.is_predecessor(s, p)
                    && !in_parentheses(s, p.tokens.start, at)
                    && !is_agent(s, p)
                    && !after_preposition(s, p)
                    && !hands_over(p)
            };
            // "ông A đã thắng bà B và trở thành Tổng thống": a move joined to the verb
            // before it by "và" shares its subject, the first person of the clause, not
            // the object next to it.
            let k = skip_back(
                s,
                at,
                &["đã", "chính", "thức", "sẽ", "cũng", "được", "vừa", "lên"],
            );
            let joined = k > 0 && s.tokens[k - 1].folded == "và";
            let mut in_clause = s
                .persons
                .iter()
                .filter(before)
                .filter(|p| p.tokens.start >= clause_start);
            let nearest = if joined {
                in_clause.next()
            } else {
                in_clause.next_back()
            };
            // "kể từ khi nhậm chức Tổng thống Walker …", "sau khi nhậm chức, Trump …": a
            // time clause without a subject of its own shares that of the clause after
            // it, not that of the words before it ("Ông A nói rằng kể từ khi …").
            let subjectless_since = s
                .tokens
                .get(k.wrapping_sub(1))
                .is_some_and(|t| t.folded == "khi")
                && !prior;
            // (Not one of a list it includes: "kể từ khi nhậm chức, trong đó bao gồm Chủ
            // tịch A".)
            let listed = |p: &Person| {
                let start = title_before(s, p).map_or(p.tokens.start, |t| t.tokens.start);
                (start.saturating_sub(2)..start).any(|k| s.word_is(k, &["gồm", "như"]))
            };
            let since_subject = first_after
                .as_ref()
                .filter(|p| subjectless_since && !after_preposition(s, p) && !listed(p));
            // "chuyến công du đầu tiên của nhà lãnh đạo Mỹ kể từ khi nhậm chức": the time
            // clause tells of an owner the sentence names by a noun, not of anyone named.
            if subjectless_since && since_subject.is_none() {
                let opener = (k.saturating_sub(4)..k)
                    .rev()
                    .find(|&i| !s.word_is(i, &["kể", "từ", "khi", "sau", "trước"]))
                    .map_or(0, |i| i + 1);
                let owner = (opener.saturating_sub(6)..opener)
                    .rev()
                    .take_while(|&i| s.tokens[i].is_word())
                    .find(|&i| s.word_is(i, &["của"]));
                // ("của mình", his own, is the subject's.)
                if owner.is_some_and(|o| {
                    o + 1 < opener
                        && !s.word_is(o + 1, &["mình"])
                        && !s
                            .persons
                            .iter()
                            .any(|p| (o..opener).contains(&p.tokens.start))
                }) {
                    return None;
                }
            }
            // ... or, with none after it, that of the clause before it: not the object
            // of its verb ("… tới Berlin gặp Thủ tướng Đức A, như mọi tổng thống Pháp sau
            // khi nhậm chức").
            let subject_ok = |p: &&Person| {
                !subjectless_since || since_subject.is_some() || stands_as_subject(s, p)
            };
            // "Ông A cho biết, trước khi được bổ nhiệm …, ông B từng làm …": the one who
            // speaks is not the one his words tell of, named after the move.
            let told_of = nearest
                .filter(|p| speaks_before(s, p, at))
                .and(first_after.as_ref().filter(|p| !after_preposition(s, p)));
            // "Rất nhiều cựu cầu thủ được bổ nhiệm làm giám đốc": a subject of many, named
            // by what they are, right before the move: no one the sentence names moves.
            // (The subject opens its clause: not "đề bạt vào Nội các và được bổ nhiệm",
            // "áp đảo các đối thủ để trở thành".)
            let opens = |i: usize| {
                let j = if s.word_is(i.wrapping_sub(1), &["rất", "có", "cả"]) {
                    i - 1
                } else {
                    i
                };
                j == 0 || !s.tokens[j - 1].is_word()
            };
            // ("cả hai đều trở thành …": both, of a pair the sentence has named before.)
            let counted = |i: usize| {
                s.word_is(i, &["hai", "ba", "bốn"]) && s.word_is(i.wrapping_sub(1), &["cả"])
            };
            let many = (k.saturating_sub(5)..k).find(|&i| {
                (s.word_is(i, &["nhiều", "những", "các"]) || counted(i))
                    && opens(i)
                    && !s.tokens[i..k].iter().any(|t| {
                        !t.is_word()
                            || t.capitalized
                            || matches!(t.folded.as_str(), "để" | "và" | "mà" | "thì" | "khi")
                    })
                    && s.persons
                        .iter()
                        .all(|p| p.tokens.end <= i || p.tokens.start >= k)
            });
            if many.is_some() && nearest.is_some_and(|p| p.tokens.end <= many.unwrap_or(0)) {
                return None;
            }
            // "… giữ chức A thay ông X đến nhận nhiệm vụ là B": the one replaced, named
            // right before a move word of going to other work, is its subject (X goes to
            // B). Not "kế nhiệm ông X trở thành …", whose subject takes X's post.
            let goes_elsewhere =
                matches!(kind, "nhận nhiệm vụ" | "nhận công tác" | "chuyển công tác");
            // (Also "thay thế ông X, Chủ tịch HĐQT nhận nhiệm vụ mới …", with his post set
            // off after the name.)
            let replaced = |p: &Person| {
                let b = p.tokens.start;
                (b > 0 && s.tokens[b - 1].folded == "thay")
                    || (b > 1
                        && s.tokens[b - 1].folded == "thế"
                        && s.tokens[b - 2].folded == "thay")
            };
            let predecessor_moves = s.persons.iter().find(|p| {
                goes_elsewhere
                    && (p.tokens.end == k || self.apposition(s, p.tokens.end).1 == k)
                    && replaced(p)
                    && !p.name.is_empty()
            });
            // "thay cho ông A - người được bổ nhiệm làm B", "ông A, người vừa được bầu
            // làm B": a relative clause right after a name tells of that person, even the
            // one replaced.
            // ("…, người đang lên nắm quyền tại …": words of time between.)
            let head = relative_head(s, k);
            let set_off = |h: usize| h >= 1 && is_set_off(&s.tokens[h - 1]);
            let relative_subject = head.filter(|&h| set_off(h)).and_then(|h| {
                s.persons
                    .iter()
                    .find(|p| !p.name.is_empty() && p.tokens.end == h - 1)
            });
            // "… nhưng sau đó người được bầu chọn làm đại sứ lại …": the one chosen,
            // whoever it is, not anyone named (but "ông A là người được bầu …" is A).
            let anyone = relative_subject.is_none()
                && head.is_some_and(|h| {
                    !(set_off(h) || (h >= 1 && matches!(word(h - 1), "là" | "chính")))
                });
            if anyone {
                return None;
            }
            // "A điện đàm với ông B, sau khi tỷ phú New York đắc cử tổng thống Mỹ": a time
            // clause whose subject is a description, of someone taking a post (not a body
            // that appoints), tells of the one named last before it, whatever the
            // preposition before him.
            let described = (k.saturating_sub(6)..k)
                .find(|&j| s.word_is(j, &["khi"]))
                .filter(|&j| {
                    j + 1 < k
                        && !NAMING_VERBS.contains(&kind)
                        && !appoints_actively(s, at, kind)
                        && s.tokens[j + 1..k].iter().all(|t| t.is_word())
                        && !s.tokens[j + 1].capitalized
                        && !s
                            .persons
                            .iter()
                            .any(|p| (j + 1..k).contains(&p.tokens.start))
                })
                .and_then(|j| {
                    s.persons
                        .iter()
                        .rev()
                        .find(|p| !p.name.is_empty() && p.tokens.end <= j && !is_agent(s, p))
                });
            let person = relative_subject
                .or(predecessor_moves)
                .or(since_subject)
                .or(described)
                .or(told_of)
                .or(nearest.filter(subject_ok))
                .or_else(|| {
                    // "ông A muốn sa thải ông B ngay sau khi nhậm chức": past the object
                    // of the clause's verb, a time clause without a subject of its own
                    // tells of the clause's subject. (Only of a post taken, not of an
                    // appointing verb, nor in "cho đến khi bổ nhiệm Cục trưởng mới".)
                    let shared = subjectless_since
                        && since_subject.is_none()
                        && !NAMING_VERBS.contains(&kind)
                        && !appoints_actively(s, at, kind)
                        && !s.word_is(k.wrapping_sub(2), &["đến", "tới"]);
                    // (So does the agent of a passive: "nước đầu tiên được ông A chọn
                    // thăm sau khi nhậm chức".)
                    s.persons
                        .iter()
                        .filter(|_| shared)
                        .filter(|p| {
                            p.tokens.end <= at
                                && p.tokens.start >= clause_start
                                && !p.name.is_empty()
                                && !owned(p)
                                && !self.is_predecessor(s, p)
                                && !in_parentheses(s, p.tokens.start, at)
                                && !after_preposition(s, p)
                                && !hands_over(p)
                        })
                        .rfind(|p| is_agent(s, p) || stands_as_subject(s, p))
                })
                .or_else(|| {
                    let free = !subjectless_since || since_subject.is_some();
                    s.persons.iter().rev().filter(|_| free).find(before)
                })
                .or_else(|| {
                    // Only for a move in the sentence's opening clause (after a date
                    // that opens the sentence: "Hôm 20-1, ngày nhậm chức Tổng thống, ông
                    // A …").
                    let from = date_opening_end(s).unwrap_or(0);
                    let opening = !s.tokens[from..at]
                        .iter()
                        .any(|t| t.is_punct(',') || t.is_punct(':'));
                    // (Not the agent of a passive: "chấp thuận người được Tổng thống A
                    // lựa chọn là ông B".)
                    first_after
                        .as_ref()
                        .filter(|p| opening && !after_preposition(s, p) && !is_agent(s, p))
                })?;
            // "Tổng thống A tới Rome, chuyến thăm đầu tiên của ông kể từ khi nhậm chức": a
            // pronoun that owns something stands for the one its sentence named first; so
            // does the subject of a time clause ("Tổng thống A ký lệnh này kể từ khi ông
            // nhậm chức"), when that one stands as the sentence's subject and is the only
            // one named before it (not in "Bà A là người đầu tiên gặp ông B sau khi ông
            // nhậm chức").
            let owner = person.name.is_empty()
                && person.tokens.start > 0
                && word(person.tokens.start - 1) == "của";
            // ("… trước thời điểm ông nhậm chức", "… lúc ông nhậm chức" too.)
            // ("…, mặc dù ông nhận nhiệm vụ chưa lâu", "vì ông": a clause of concession or
            // cause goes with the main clause's subject too.)
            let at_time = |k: usize| {
                matches!(word(k), "khi" | "lúc" | "dù" | "tuy" | "vì")
                    || (word(k) == "điểm" && k > 0 && word(k - 1) == "thời")
            };
            let in_time_clause = person.name.is_empty()
                && person.tokens.start > 0
                && at_time(person.tokens.start - 1)
                && {
                    // One person, however often named.
                    let mut named = s
                        .persons
                        .iter()
                        .filter(|p| !p.name.is_empty() && p.tokens.end < person.tokens.start)
                        .map(|p| fold_case(&p.name));
                    named
                        .next()
                        .is_some_and(|first| named.all(|other| other == first))
                };
            // (... or owns what the sentence is about: "chuyến thăm đầu tiên của Chủ tịch
            // A tới Hong Kong kể từ khi ông lên nắm quyền".)
            let owns = |p: &Person| {
                let start = title_before(s, p).map_or(p.tokens.start, |t| t.tokens.start);
                start > 0 && word(start - 1) == "của"
            };
            let person = match s.persons.iter().find(|p| {
                (owner
                    || (in_time_clause && (stands_as_subject(s, p) || owns(p) || is_agent(s, p))))
                    && !p.name.is_empty()
                    && p.tokens.end < person.tokens.start
                    && (before(p) || is_agent(s, p))
            }) {
                Some(named) => named,
                None => person,
            };
            // An appointing verb in the active voice ("Tổng thống X bổ nhiệm … làm thư
            // ký"): the person before it is the one who appoints (not in "ông A được bà B
            // ký quyết định bổ nhiệm").
            let passive = s.tokens[person.tokens.end.min(at)..at]
                .iter()
                .any(|t| matches!(t.folded.as_str(), "được" | "bị"))
                || received_decision(s, at);
            // A decision's wording names the person first and the new post by its cue or
            // another move word ("Đồng chí A, …, thôi giữ chức X và bổ nhiệm giữ chức Y",
            // "trước khi luân chuyển về làm Y"): that person moves.
            let next = self.skip_fillers(s, move_end);
            let cued = s.cue_at(next).is_some() || s.hit_at(next, Category::Move).is_some();
            if !passive && !cued && appoints_actively(s, at, kind) {
                return None;
            }
            // "Phó Chủ tịch A ký văn bản chấp thuận đề xuất …": the one who approves, named
            // before the approving verb in the active voice, is not the one approved.
            let approving = matches!(kind, "phê chuẩn" | "chấp thuận")
                && person.tokens.end <= at
                && !passive
                && !(at > 0 && matches!(word(at - 1), "được" | "bị"));
            if approving {
                return None;
            }
            // "ông Tập gửi lời chúc mừng nhà tỷ phú Mỹ đắc cử tổng thống": the one who
            // congratulates is not the one elected.
            let congratulates = s.tokens[person.tokens.end.min(at)..at]
                .windows(2)
                .any(|w| w[0].folded == "chúc" && w[1].folded == "mừng");
            if congratulates {
                return None;
            }
            // Its apposition and the "từ"/"khi đó là" posts between it and the move.
            let (mut appos, mut j) = self.apposition(s, person.tokens.end);
            // Appointed to no post named: only the passive's own subject, right before
            // it ("Thẩm phán A, 69 tuổi, người được bổ nhiệm …").
            if appointed_bare {
                let from = s.skip_age(j + usize::from(word(j) == ","));
                let subject_of_passive = (from..at).all(|i| {
                    agent.as_ref().is_some_and(|a| a.contains(&i))
                        || s.tokens[i].is_punct(',')
                        || matches!(
                            word(i),
                            "người" | "đã" | "vừa" | "mới" | "cũng" | "chính" | "thức" | "được"
                        )
                });
                if !subject_of_passive {
                    return None;
                }
            }
            let mut cue: Option<&str> = None;
            while j < at {
                // Another person (the signer of a passive move): what follows is about them.
                if s.person_at(j).is_some_and(|p| !p.name.is_empty()) {
                    break;
                }
                if let Some((c, end)) = s.cue_at(j) {
                    cue = Some(c);
                    j = end;
                    continue;
                }
                let posts = s.post_list_at(j, false);
                if let Some(last) = posts.last() {
                    let end = last.tokens.end;
                    if cue == Some("from") {
                        from_posts.extend(posts);
                    }
                    cue = None;
                    j = end;
                    continue;
                }
                j += 1;
            }
            // No apposition: the post written before the name ("Phó Giám đốc FBI Andrew
            // McCabe đảm nhiệm …") is the one held.
            if appos.is_empty() {
                appos.extend(title_before(s, person));
            }
            // "Giám đốc FBI gần đây nhất là A, người được bổ nhiệm năm 2013": the post
            // the clause opens with, that the name after "là" holds.
            if appos.is_empty() && appointed_bare {
                appos.extend(copula_subject(s, person, clause_start));
            }
            // ... except when taking office: "Tổng thống Mỹ Donald Trump nhậm chức".
            if (class == "office" || appointed_bare) && to_posts.is_empty() {
                to_posts = std::mem::take(&mut appos);
            }
            // An apposition that is the new post itself ("tân Giám đốc").
            appos.retain(|p| !to_posts.iter().any(|t| t.text == p.text));
            subjects.push((person.clone(), appos));
            // "Ông A và ông B được bầu giữ chức X", "Bộ trưởng A, Thứ trưởng B và ông C
            // nhậm chức": the persons joined to the subject by "và" (and by the commas
            // of a list that "và" closes) move with it.
            // (Only a subject right before the move: not "A và B – người mới được …",
            // nor "ông A và ông B có cuộc gặp … sau khi tân tổng thống nhậm chức".)
            let right_before = person.tokens.end <= at
                && at - person.tokens.end <= 4
                && s.tokens[person.tokens.end..at].iter().all(|t| {
                    t.is_word()
                        && !t.capitalized
                        && !matches!(t.folded.as_str(), "và" | "khi" | "người")
                });
            if right_before {
                let at_subject = subjects.len() - 1;
                for (n, joined) in joined_before(s, person).into_iter().enumerate() {
                    let mut held: Vec<Post> = title_before(s, joined).into_iter().collect();
                    held.retain(|p| !to_posts.iter().any(|t| t.text == p.text));
                    subjects.insert(at_subject + n, (joined.clone(), held));
                }
            }
        }

        // Date: effective first, in the clause, then anywhere in the sentence.
        let in_clause = |d: &&DateMention| {
            let t = s.token_at_byte(d.span.start);
            t >= clause_start && t < clause_end
        };
        let mut own = self.own_dates(s, layout, at, move_end);
        // "kể từ khi ông X nhậm chức": a move told as the time of something else has only
        // the date written right after it ("nhậm chức hôm 20/1"; not "kể từ khi nhậm
        // chức, hôm 9/2, ông gửi thư", the date of the main clause).
        // So has one told as the time before the sentence's news ("Ngày 16/1, ít ngày
        // trước khi Trump nhậm chức, …").
        // (Or after its post, in its clause: "trước khi ông lên chức Giám đốc điều hành
        // từ giữa năm 2014".)
        if told_in_passing(s, at) || time_clause_opener(s, at) == Some(("trước", true)) {
            own.retain(|d| {
                let t = s.token_at_byte(d.span.start);
                t >= move_end
                    && t <= move_end + 8
                    && !s.tokens[move_end..t].iter().any(|x| x.is_punct(','))
                    && !(move_end..t).any(|k| s.hit_at(k, Category::Move).is_some())
            });
        }
        // "Cuối tháng 1, đến lượt A, nhân vật được ông B bổ nhiệm làm C, lên tiếng …": a
        // move told in a relative clause set off from the sentence has no date of the
        // words before the clause.
        if let Some(h) = set_off_relative(s, at) {
            own.retain(|d| s.token_at_byte(d.span.start) >= h);
        }
        // "A thay thế ông B, người đã nhận chức này rồi đổi ý vào tháng 12-2016": a
        // relative clause set off after the move tells of the one it describes, with
        // its own dates.
        if let Some(h) = (move_end..s.tokens.len().min(move_end + 30)).find(|&h| {
            s.word_is(h, &["người"])
                && h >= 2
                && is_set_off(&s.tokens[h - 1])
                && s.person_ending_at(h - 1).is_some()
        }) {
            own.retain(|d| s.token_at_byte(d.span.start) < h);
        }
        // "tân Tổng thống Macron … hội đàm ngày 29/5": a date after the mark of a new post
        // is that of what the new holder does; one that opens the sentence ("Sáng 10/5,
        // … đón tân Bí thư …") may be the move's.
        if class == "new" {
            own.retain(|d| s.token_at_byte(d.span.start) < at);
        }
        let clause_dates: Vec<_> = own.iter().filter(in_clause).cloned().collect();
        let date = best_date(&clause_dates).or_else(|| best_date(&own));
        // "những ngày đầu nhậm chức", "năm đầu cầm quyền": the first days in office, a
        // time after the move, dated by nothing the sentence says.
        let early_in_office = at >= 2
            && s.word_is(at - 1, &["đầu"])
            && s.word_is(at - 2, &["ngày", "tuần", "tháng", "năm"]);
        let date = date.filter(|_| !early_in_office);
        let (mut date_value, date_text) = date
            .map(|d| (d.date, s.text[d.span.clone()].to_string()))
            .unwrap_or_default();
        let date_rank = date.map_or(0, |d| if d.effective { 2 } else { u8::from(d.decision) });
        // "Từ năm 1999 đến 2006, ông đảm nhiệm chức vụ A": a post held for a period, no
        // move.
        // "ông A kiêm nhiệm chức vụ B từ ngày 6/1/2016", "đảm nhiệm vị trí C từ năm 2012": a
        // post held since a date, as "giữ chức B từ năm 2015" (not "được giao kiêm nhiệm …
        // từ ngày 1/7" nor "quyết định phân công ông A kiêm nhiệm B từ ngày 1/6", a
        // decision taking effect).
        // (A time since the move, "Kể từ khi đảm nhận vị trí CEO từ năm 2011", is none.)
        let passive = at > 0 && s.tokens[at - 1].folded == "được";
        let held_since = date.is_some_and(|d| d.effective)
            && !told_in_passing(s, at)
            && !passive
            && !(0..at).any(|k| s.hit_at(k, Category::Move).is_some());
        // "Trong suốt 5 năm đảm nhiệm cương vị CEO": a post held for a length of time.
        if (date.is_some_and(|d| d.period || held_since) || held_for_a_time(s, at))
            && matches!(kind, "đảm nhiệm" | "đảm nhận" | "kiêm nhiệm")
        {
            return None;
        }
        // "Sau ba năm được luân chuyển …, cuối năm 2018, …": the move was three years
        // before the sentence's date.
        if let (Some(years), Some(year)) = (years_before(s, at), date_value.year) {
            date_value = PartialDate {
                year: Some(year - years),
                month: None,
                day: None,
            };
        }
        // "Tháng 10/2016, bốn tháng sau khi ông A nhậm chức, …": the move was four months
        // before the sentence's date ("… trước khi …": after it).
        // (Not a date the clause gives its move: "một tháng sau khi ông A nhậm chức vào
        // tháng 4/2016".)
        let dated_outside = date.is_some_and(|d| {
            let t = s.token_at_byte(d.span.start);
            t < at || s.tokens[at..t].iter().any(|x| x.is_punct(','))
        });
        if let Some(months) = months_from_clause(s, at).filter(|_| dated_outside) {
            date_value = shift_months(date_value, months);
        }

        let rule = match class {
            "return" => "return",
            _ if decision => "decision",
            _ => "move",
        };
        for (person, appos) in subjects {
            // The posts in apposition, unless a "từ"/"thôi giữ chức" post says otherwise
            // (one that only shortens an apposition keeps the apposition).
            let appos: Vec<String> = appos.iter().map(|p| p.text.clone()).collect();
            let cued: Vec<String> = from_posts.iter().map(|p| p.text.clone()).collect();
            let shortens = |c: &String| {
                let c = fold_key(c);
                appos.iter().any(|a| fold_key(a).starts_with(&c))
            };
            let from = if cued.is_empty() || (!appos.is_empty() && cued.iter().all(shortens)) {
                appos
            } else {
                cued
            };
            let signals = self.signals(s, layout, &person, at, move_end, class, cued_to);
            let chain_from = out.len();
            out.push(Draft {
                female: honorific_gender(s, &person),
                short_name: person.name_tokens.len() < 2,
                person: person.name,
                from_post: from,
                to_post: to_posts.iter().map(|p| office_of(&p.text)).collect(),
                date: date_value,
                date_text: date_text.clone(),
                kind: kind.to_string(),
                field,
                sentence: s.span.clone(),
                rule,
                is_return: class == "return" && to_posts.is_empty(),
                takes_office: (class == "office" || appointed_bare) && to_posts.is_empty(),
                unit_only: !to_posts.is_empty() && to_posts.iter().all(|p| p.org_only),
                date_inherited: false,
                date_from_lead: false,
                date_rank,
                recap: prior,
                marked_new: class == "new" || marked_after,
                mention_only,
                holder_by_title,
                in_turn: false,
                order,
                signals,
                person_key: String::new(),
            });
            // "lần lượt được bổ nhiệm làm A, B, C": A, then B from A, then C from B;
            // the sentence's date is that of the first.
            if told_in_turn(s, at) && out[chain_from].to_post.len() >= 2 {
                let whole = out.pop().expect("pushed above");
                let mut from = whole.from_post.clone();
                for (k, post) in whole.to_post.iter().enumerate() {
                    let mut step = whole.clone();
                    step.from_post = std::mem::replace(&mut from, vec![post.clone()]);
                    step.to_post = vec![post.clone()];
                    if k > 0 {
                        step.date = PartialDate::default();
                        step.date_text.clear();
                        step.in_turn = true;
                    }
                    out.push(step);
                }
            }
        }
        Some(match split {
            Some(next) => ClauseEnd::NextPerson(next),
            None => ClauseEnd::At(clause_end),
        })
    }

    /// What the sentence says around the move of `person` at `at..move_end`.
    #[allow(clippy::too_many_arguments)]
    fn signals(
        &self,
        s: &Sentence,
        layout: &Layout,
        person: &Person,
        at: usize,
        move_end: usize,
        class: &str,
        cued: bool,
    ) -> Signals {
        let person_after = person.tokens.start >= move_end;
        let gap = if person_after {
            person.tokens.start - move_end
        } else {
            at.saturating_sub(person.tokens.end)
        };
        let name = &s.tokens[person.name_tokens.clone()];
        Signals {
            class: class.to_string(),
            gap,
            person_after,
            persons: layout.named_persons,
            words: layout.words,
            plan: layout.plan,
            quoted: layout.quoted,
            question: layout.question,
            time_clause: told_in_passing(s, at),
            // (A recap without its subject, "Trước khi nhận nhiệm vụ X, ông A …", may
            // take the date of the sentence before that told the move.)
            after_clause: matches!(
                time_clause_opener(s, at),
                Some(("sau", _) | ("trước", true))
            ),
            relative_clause: set_off_relative(s, at).is_some(),
            cued,
            name_words: name.iter().filter(|t| t.is_word()).count(),
            foreign_name: name
                .iter()
                .any(|t| t.is_word() && !crate::mention::is_vietnamese_syllable(&t.folded)),
            surname: name
                .first()
                .is_some_and(|t| self.gazetteer.is_surname_folded(&t.folded)),
        }
    }

    /// The dates of the move word at `at..move_end`. In a sentence that tells several
    /// moves, a date belongs to the moves it is not separated from by another move word
    /// ("Năm 2010, ông được bầu vào Ban Chấp hành … và đến giữa nhiệm kỳ, tháng 5/2013,
    /// ông được bầu bổ sung vào Bộ Chính trị"); a move word without such a date takes the
    /// dates that open the sentence before any move word.
    fn own_dates(
        &self,
        s: &Sentence,
        layout: &Layout,
        at: usize,
        move_end: usize,
    ) -> Vec<DateMention> {
        let anchors = &layout.anchors;
        // A move word that goes on with a decision reads from where the decision starts.
        let me = if anchors.binary_search(&at).is_ok() {
            at
        } else {
            anchors[..anchors.partition_point(|&a| a < at)]
                .last()
                .copied()
                .unwrap_or(at)
        };
        let me_end = if me == at {
            move_end.max(at + 1)
        } else {
            me + 1
        };
        // The only move word of the sentence: every date is its own.
        if anchors.is_empty() || (anchors.len() == 1 && anchors[0] == me) {
            return s.dates.clone();
        }
        // Mine: the dates after the move word before it and before the move word after it.
        let before = anchors[..anchors.partition_point(|&a| a < me)].last();
        let after = anchors.get(anchors.partition_point(|&a| a < me_end));
        let first = s
            .dates
            .partition_point(|d| before.is_some_and(|&b| s.token_at_byte(d.span.start) < b));
        let last = s
            .dates
            .partition_point(|d| after.is_none_or(|&a| s.token_at_byte(d.span.start) < a));
        // (Not a date written right after the move word before, which is that move's:
        // "Từ khi nhậm chức ngày 10/5, ông A … chỉ định ông B làm thủ tướng".)
        let previous_end = before.and_then(|&b| s.hit_at(b, Category::Move).map(|(_, end)| end));
        let its_own = |d: &DateMention| {
            let t = s.token_at_byte(d.span.start);
            previous_end.is_some_and(|end| {
                t >= end
                    && t <= end + 2
                    && s.tokens[end..t]
                        .iter()
                        .all(|x| matches!(x.folded.as_str(), "ngày" | "vào" | "hôm" | "từ"))
            })
        };
        let mine: Vec<DateMention> = s.dates[first..last.max(first)]
            .iter()
            .filter(|d| !its_own(d))
            .cloned()
            .collect();
        if !mine.is_empty() {
            return mine;
        }
        // None: the dates that open the sentence, before any move word.
        let opening = s
            .dates
            .partition_point(|d| s.token_at_byte(d.span.start) < anchors[0]);
        s.dates[..opening].to_vec()
    }

    /// Skips what may stand between a move word and its object: "cho", "đối với", a
    /// date, "và" opening the last clause of a list.
    fn skip_fillers(&self, s: &Sentence, mut k: usize) -> usize {
        while let Some(t) = s.tokens.get(k) {
            if t.date.is_some() {
                k += 1;
            } else if let Some(("subject", end)) = s.cue_at(k) {
                k = end;
            } else if t.is_punct(':') && s.person_at(k + 1).is_some() {
                // "bổ nhiệm: ông A, X; bà B, Y": the list of a decision.
                k += 1;
            } else if t.folded == "và" && k > 0 && s.tokens[k - 1].is_punct(';') {
                // "…; và ông C làm Z": the last clause of a list.
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// A list of persons starting at `k`, each with its apposition, separated by ",",
    /// ";" or "và". Returns the token after the list (`k` when there is none).
    fn person_list(&self, s: &Sentence, mut k: usize, out: &mut Vec<(Person, Vec<Post>)>) -> usize {
        loop {
            let Some(person) = s.person_at(k).filter(|p| !p.name.is_empty()).cloned() else {
                return k;
            };
            let (appos, next) = self.apposition(s, person.tokens.end);
            out.push((person, appos));
            k = next;
            let sep = s
                .tokens
                .get(k)
                .is_some_and(|t| t.is_punct(',') || t.is_punct(';') || t.folded == "và");
            let after_sep = if sep { k + 1 } else { k };
            if s.person_at(after_sep).is_some_and(|p| !p.name.is_empty()) {
                k = after_sep;
            } else {
                return k;
            }
        }
    }

    /// "bổ nhiệm 2 Phó Chủ tịch là ông A …", "bầu ba Phó Giám đốc gồm: bà B, …": the
    /// posts a count names within a few words of the move word ending at `move_end`
    /// (from `k` on), and the token where the persons after "là", "gồm" or ":" start.
    fn counted_then_named(
        &self,
        s: &Sentence,
        move_end: usize,
        k: usize,
    ) -> Option<(Vec<Post>, usize)> {
        let word = |i: usize| s.tokens.get(i).map_or("", |t| t.folded.as_str());
        (k..(k + 3).min(s.tokens.len())).find_map(|start| {
            if !counted(s, move_end, start) {
                return None;
            }
            let posts = s.post_list_at(start, false);
            let mut j = posts.last()?.tokens.end;
            if word(j) == "mới" {
                j += 1;
            }
            if word(j) == "gồm" && word(j + 1) == ":" {
                j += 1;
            }
            let named = matches!(word(j), "là" | "gồm" | ":")
                && s.person_at(j + 1).is_some_and(|p| !p.name.is_empty());
            named.then_some((posts, j + 1))
        })
    }

    /// A move word inside the clause that belongs to the same decision.
    fn continues_move(&self, s: &Sentence, k: usize) -> bool {
        k > 0
            && (s.tokens[k - 1].is_punct(',') || s.tokens[k - 1].folded == "và")
            && s.person_at(k.saturating_sub(2)).is_none()
    }

    /// Is `p` the object of "thay" (the person replaced)?
    fn is_predecessor(&self, s: &Sentence, p: &Person) -> bool {
        let start = p.tokens.start;
        (start.saturating_sub(4)..start).any(|k| {
            s.hit_at(k, Category::Move)
                .is_some_and(|(e, end)| e.class == "replace" && (end == start || end + 1 == start))
        })
    }

    /// The posts in apposition after a name: ", A, B," / " - A" / " (51 tuổi, A)" /
    /// " A" / ", khi đó là A". Returns them and the token after.
    fn apposition(&self, s: &Sentence, at: usize) -> (Vec<Post>, usize) {
        let n = s.tokens.len();
        // "Ông A (SN 1968) - Phó Bí thư …": the year of birth first.
        let mut k = s.skip_birth(at);
        let mut closing: Option<char> = None;
        if k < n {
            match s.tokens[k].kind {
                TokenKind::Punct('(') => {
                    closing = Some(')');
                    k += 1;
                }
                TokenKind::Punct(',')
                | TokenKind::Punct('-')
                | TokenKind::Punct('–')
                | TokenKind::Punct(':') => k += 1,
                _ => {}
            }
        }
        k = s.skip_born(s.skip_age(k));
        // ", khi đó là A", ", nguyên A", ", nguyên là A", ", cựu A" (former).
        if let Some(("from", end)) = s.cue_at(k) {
            if s.tokens[end - 1].folded == "nguyên" && s.word_is(end, &["là"]) {
                k = end + 1;
            } else {
                k = end;
            }
        } else if s.word_is(k, &["cựu"]) {
            k += 1;
        }
        // ", người (sau này / hiện / từng) là A": a relative clause that says who he is
        // (or will be: that post is no apposition, only skipped).
        let mut later = false;
        if k > at && s.word_is(k, &["người"]) {
            let mut j = k + 1;
            while j < k + 4
                && s.word_is(
                    j,
                    &[
                        "sau", "này", "hiện", "từng", "đang", "khi", "đó", "vốn", "nay",
                    ],
                )
            {
                later |= s.word_is(j, &["sau"]);
                j += 1;
            }
            if s.word_is(j, &["là"]) {
                k = j + 1;
            }
        }
        let posts = s.post_list_at(k, false);
        let Some(last) = posts.last() else {
            return (Vec::new(), at);
        };
        let mut end = last.tokens.end;
        // "… Nguyễn Văn A Chủ tịch Quốc hội Nguyễn Thị B": the post is B's; so is it in
        // "cố vấn của ông A, cựu thị trưởng New York, Rudy Giuliani, …" (a name set off
        // without an honorific).
        let named_after = |k: usize| {
            s.person_at(k)
                .is_some_and(|p| !p.name.is_empty() && p.tokens.start == p.name_tokens.start)
        };
        if closing.is_none()
            && (s.person_at(end).is_some_and(|p| !p.name.is_empty())
                || (s.tokens.get(end).is_some_and(|t| t.is_punct(',')) && named_after(end + 1)))
        {
            return (Vec::new(), at);
        }
        // "… về trường hợp ông A, Tổng bí thư cho hay …": a bare title that a verb of
        // speaking follows without a comma is the subject of the next clause, someone
        // else.
        let bare = posts.len() == 1
            && s.hit_at(posts[0].tokens.start, Category::Title)
                .is_some_and(|(_, title_end)| title_end == end);
        if closing.is_none() && bare && speaks_of(s, end) {
            return (Vec::new(), at);
        }
        if let Some(c) = closing {
            if s.tokens.get(end).is_some_and(|t| t.is_punct(c)) {
                end += 1;
            }
        } else if s.tokens.get(end).is_some_and(|t| t.is_punct(',')) {
            end += 1;
        }
        if later {
            return (Vec::new(), end);
        }
        (posts, end)
    }

    /// Document-level completion: names, returns, dates, dedup, provenance.
    fn complete(
        &self,
        doc: &Document,
        fields: &[FieldText],
        mut drafts: Vec<Draft>,
        seen: &Seen,
        doc_date: Option<PartialDate>,
    ) -> Vec<Candidate> {
        let (names, appositions) = (&seen.names, &seen.appositions);
        // "tân Tổng thống" alone: the one person the document names with that title
        // ("Tổng thống Donald Trump"), and the title as written with the name; nobody
        // when it names none or several. The mark's post may run on into the clause's
        // verb ("tân Tổng thống thường chỉ ngủ"): lower-case words after the title are
        // no part of it, capitalised ones are ("tân Tổng thống Hoa Kỳ" is no
        // "Tổng thống Putin").
        // A move of the document to that post names its new holder first ("bổ nhiệm tân
        // Thủ tướng" of "bổ nhiệm ông A làm Thủ tướng Pháp … thay thế Thủ tướng B").
        let moved_to: Vec<(String, String)> = drafts
            .iter()
            .filter(|d| !d.holder_by_title && !d.person.is_empty())
            .flat_map(|d| d.to_post.iter().map(|p| (d.person.clone(), p.clone())))
            .collect();
        let mut unknown_holder = vec![false; drafts.len()];
        for (k, d) in drafts
            .iter_mut()
            .enumerate()
            .filter(|(_, d)| d.holder_by_title)
        {
            let mark = d.to_post.join(" ");
            // The title with more words than the mark only when they name where it is
            // ("Tổng thống Mỹ"), not what its holder is ("Tổng thống mãn nhiệm").
            let fits = |office: &str| {
                let (office_key, mark_key) = (fold_key(office), fold_key(&mark));
                if office_key.starts_with(&mark_key) {
                    let words = mark_key.split(' ').count();
                    return office
                        .split_whitespace()
                        .skip(words)
                        .all(|w| w.starts_with(char::is_uppercase));
                }
                // "tân HLV trưởng" of "HLV Ernesto Valverde" (but "tân Tổng thống Hoa Kỳ"
                // is none of "Tổng thống Putin").
                let words = office_key.split(' ').count();
                mark_key.starts_with(&office_key)
                    && mark
                        .split_whitespace()
                        .skip(words)
                        .all(|w| !w.starts_with(char::is_uppercase))
            };
            let moved: Vec<&(String, String)> =
                moved_to.iter().filter(|(_, post)| fits(post)).collect();
            let mut holders: Vec<&(String, String)> = if moved.is_empty() {
                seen.titled
                    .iter()
                    .filter(|pair| fits(&pair.1) && !seen.titled_former.contains(pair))
                    .collect()
            } else {
                moved
            };
            holders.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
            // "Donald Trump" and "Trump" are one holder.
            let full = holders.first().map(|(name, _)| fold_key(name));
            let one = full.as_ref().is_some_and(|full| {
                holders.iter().all(|(name, _)| {
                    let name = fold_key(name);
                    name == *full || ends_with_words(full, &name)
                })
            });
            match holders.first().filter(|_| one) {
                Some((name, office)) => {
                    d.person = name.clone();
                    if fold_key(office).len() > fold_key(&mark).len() {
                        d.to_post = vec![office.clone()];
                    }
                    // "Tổng thống Macron": the full name, if the document gives it.
                    d.short_name = !name.contains(' ');
                }
                None => unknown_holder[k] = true,
            }
        }
        let mut k = 0;
        drafts.retain(|_| {
            k += 1;
            !unknown_holder[k - 1]
        });
        // Short names → the full name; then pronouns, which prefer a person who moves.
        for pronouns in [false, true] {
            let movers: HashSet<String> = drafts
                .iter()
                .filter(|d| !d.person.is_empty() && !d.short_name && !d.to_post.is_empty())
                .map(|d| fold_case(&d.person))
                .collect();
            for d in drafts.iter_mut() {
                // "Tổng thống Mỹ Donald Trump … Ivanka Trump … ông Trump đắc cử tổng
                // thống": the one full name the document gives with the post of the move.
                if d.short_name && !d.person.is_empty() && !pronouns {
                    if let Some(full) = titled_with_post(&d.person, &d.to_post, seen) {
                        d.person = full;
                        d.short_name = false;
                        continue;
                    }
                }
                if (d.short_name && !d.person.is_empty() && !pronouns)
                    || (d.person.is_empty() && pronouns)
                {
                    if let Some(full) = resolve_name(&d.person, d.order, d.female, seen, &movers) {
                        d.person = full;
                        d.short_name = false;
                    }
                }
            }
        }
        // A foreign name written without the rest of a hyphenated word ("Miguel Diaz" in a
        // caption, "Miguel Diaz-Canel" in the text; "Moon Jae" cut at a line's end) is
        // the longer name. (Not a Vietnamese one with a credit: "Vũ Huy Hoàng-PV".)
        for d in drafts.iter_mut().filter(|d| !d.person.is_empty()) {
            let folded = fold_case(&d.person);
            let last = folded.rsplit(' ').next().unwrap_or("");
            if crate::mention::is_vietnamese_syllable(last) {
                continue;
            }
            let cut = format!("{folded}-");
            let rest_is_word = |n: &&NameSeen| {
                n.name
                    .get(cut.len()..)
                    .and_then(|rest| rest.split(' ').next())
                    .is_some_and(|w| w.chars().any(char::is_lowercase))
            };
            if let Some(n) = seen
                .names
                .iter()
                .filter(|n| n.folded.starts_with(&cut))
                .find(rest_is_word)
            {
                d.person = n.name.clone();
            }
        }
        // A name still of one Vietnamese syllable ("Hà", "Tùng") is no full name: unknown.
        drafts.retain(|d| {
            !d.person.is_empty()
                && (d.person.contains(' ')
                    || d.person.contains('-')
                    || !crate::mention::is_vietnamese_syllable(&fold_case(&d.person)))
        });
        // Returns: the post held before the earlier move of the same person.
        let snapshot = drafts.clone();
        for d in drafts.iter_mut().filter(|d| d.is_return) {
            let earlier = snapshot
                .iter()
                .filter(|e| {
                    !e.is_return
                        && fold_case(&e.person) == fold_case(&d.person)
                        && !e.from_post.is_empty()
                })
                .min_by_key(|e| e.order);
            if let Some(e) = earlier {
                d.to_post = e.from_post.clone();
                d.from_post = e.to_post.clone();
                d.is_return = false;
            }
        }
        // Taking office without the post: the post written before the person's name
        // elsewhere in the document ("Tổng thống Mỹ Donald Trump").
        for d in drafts.iter_mut().filter(|d| d.takes_office) {
            let person = fold_key(&d.person);
            let of_person = |(name, _): &&(String, String)| {
                let name = fold_key(name);
                name == person || name.ends_with(&format!(" {person}"))
            };
            // The first, told in full where another place writes more of it ("Giám đốc
            // James Comey" … "Giám đốc FBI James Comey").
            let titled = seen.titled.iter().find(of_person).map(|first| {
                let key = fold_key(&first.1);
                seen.titled
                    .iter()
                    .filter(of_person)
                    .filter(|(_, post)| fold_key(post).starts_with(&format!("{key} ")))
                    .max_by_key(|(_, post)| post.len())
                    .unwrap_or(first)
            });
            if let Some((name, post)) = titled {
                d.to_post = vec![post.clone()];
                if d.person.split_whitespace().count() < name.split_whitespace().count() {
                    d.person = name.clone();
                }
            }
        }
        // "Tổng thống Trump hy vọng …", "HLV Mourinho": a post that holds the last word
        // of another foreign name of the document is that person's post.
        let tails: HashSet<&str> = names
            .iter()
            .filter_map(|n| n.folded.rsplit_once(' ').map(|(_, tail)| tail))
            .filter(|tail| crate::mention::is_foreign_word(tail))
            .collect();
        if !tails.is_empty() {
            for d in drafts.iter_mut() {
                let own = fold_case(d.person.rsplit(' ').next().unwrap_or(""));
                // (Not the last word of a country: "Kong" of "Hong Kong".)
                let names_other = |post: &String| {
                    let words: Vec<String> = post.split_whitespace().map(fold_case).collect();
                    let in_country = |j: usize| {
                        (j.saturating_sub(3)..j)
                            .any(|i| crate::mention::is_country(&words[i..=j].join(" ")))
                    };
                    post.split_whitespace().enumerate().skip(1).any(|(j, w)| {
                        let f = &words[j];
                        w.starts_with(char::is_uppercase)
                            && *f != own
                            && tails.contains(f.as_str())
                            && !in_country(j)
                    })
                };
                d.to_post.retain(|p| !names_other(p));
                d.from_post.retain(|p| !names_other(p));
            }
        }
        drafts.retain(|d| !d.is_return && !d.to_post.is_empty());
        // The names are final: fold each once (a document may give thousands of drafts).
        for d in drafts.iter_mut() {
            d.person_key = fold_key(&d.person);
        }
        // "A được bổ nhiệm làm X. Ông A kiêm nhiệm Y": a post held concurrently, told
        // right after a move and undated, is part of that move.
        let mut concurrent_of_move = vec![false; drafts.len()];
        for i in 0..drafts.len() {
            if drafts[i].kind != "kiêm nhiệm" {
                continue;
            }
            let main = (0..drafts.len())
                .filter(|&j| {
                    let (m, c) = (&drafts[j], &drafts[i]);
                    m.kind != "kiêm nhiệm"
                        && !concurrent_of_move[j]
                        && m.person_key == c.person_key
                        && m.order <= c.order
                        && c.order - m.order <= 2
                        // Not a later move with its own date ("tháng 9/2009 kiêm nhiệm").
                        && (c.date == PartialDate::default() || c.date == m.date)
                })
                .max_by_key(|&j| drafts[j].order);
            if let Some(j) = main {
                let posts = drafts[i].to_post.clone();
                for post in posts {
                    if !drafts[j].to_post.contains(&post) {
                        drafts[j].to_post.push(post);
                    }
                }
                concurrent_of_move[i] = true;
            }
        }
        let mut k = 0;
        drafts.retain(|_| {
            k += 1;
            !concurrent_of_move[k - 1]
        });
        // "tân Bí thư TP.HCM Nguyễn Văn A" names the post of a move the document tells
        // anyway, often in other words: it only dates an undated report of that move.
        let marked: Vec<Draft> = drafts.iter().filter(|d| d.marked_new).cloned().collect();
        for m in &marked {
            let person = &m.person_key;
            let others: Vec<usize> = (0..drafts.len())
                .filter(|&i| !drafts[i].marked_new && drafts[i].person_key == *person)
                .collect();
            // (Several reports of one move, which merge into one record, are one.)
            let one_move = others
                .windows(2)
                .all(|w| move_key(&drafts[w[0]].to_post) == move_key(&drafts[w[1]].to_post));
            if !one_move {
                continue;
            }
            for &only in &others {
                let d = &mut drafts[only];
                // (Not a move told as the time of the news: "Ngày 30/5, tân Tổng thống A
                // … trước khi ông nhậm chức".)
                if d.date == PartialDate::default()
                    && m.date != PartialDate::default()
                    && !d.signals.time_clause
                    && !d.signals.after_clause
                {
                    d.date = m.date;
                    d.date_text = m.date_text.clone();
                    d.date_inherited = m.date_inherited;
                    d.date_from_lead = m.date_from_lead;
                }
            }
        }
        let reported: rustc_hash::FxHashSet<String> = drafts
            .iter()
            .filter(|d| !d.marked_new)
            .map(|d| d.person_key.clone())
            .collect();
        drafts.retain(|d| !d.marked_new || !reported.contains(&d.person_key));
        // A post named with its holder is a record without a date: the sentence's date is
        // that of what it reports, not of the move.
        for d in drafts.iter_mut().filter(|d| d.mention_only) {
            d.date = PartialDate::default();
            d.date_text.clear();
        }
        // A unit joined and a titled post in it are one move: the post ("đến nhận công tác
        // tại Trường X và bổ nhiệm giữ chức Hiệu trưởng Trường X"), when told in the same
        // sentence, or when the unit comes without a date of its own ("được bổ nhiệm làm
        // Trưởng ban Tuyên giáo Thành ủy … Việc điều chuyển ông từ UBND sang Thành ủy …").
        let titled: Vec<(String, Range<usize>, String, PartialDate)> = drafts
            .iter()
            .filter(|d| !d.unit_only)
            .map(|d| {
                (
                    d.person_key.clone(),
                    d.sentence.clone(),
                    fold_key(&d.to_post.join(" ")),
                    d.date,
                )
            })
            .collect();
        drafts.retain(|d| {
            if !d.unit_only {
                return true;
            }
            let unit = fold_key(&d.to_post.join(" "));
            let undated = d.date_inherited || d.date_from_lead || d.date == PartialDate::default();
            !titled.iter().any(|(p, s, post, date)| {
                *p == d.person_key
                    && contains_words(post, &unit)
                    && (*s == d.sentence || undated || *date == d.date)
            })
        });
        // "Trước khi về X, ông A là P": P is the earlier post of A's first move to X.
        for h in &seen.held_before {
            let person = fold_key(&h.person);
            let first = drafts
                .iter_mut()
                .filter(|d| {
                    let who = &d.person_key;
                    (*who == person || ends_with_words(who, &person)) && d.from_post.is_empty() && {
                        let to = move_key(&d.to_post);
                        to.starts_with(&h.target) || contains_words(&to, &h.target)
                    }
                })
                .min_by_key(|d| (d.date.year.is_none(), d.date, d.order));
            if let Some(d) = first {
                d.from_post = h.posts.clone();
            }
        }
        // A post the person leaves ("miễn nhiệm chức vụ A đối với ông X") is the earlier
        // post of his latest move to another post.
        // The fullest wording first ("Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm"
        // before "Chi cục trưởng Chi cục ATVSTP").
        let mut left: Vec<&(String, Vec<String>)> = seen.left.iter().collect();
        left.sort_by_key(|(_, posts)| std::cmp::Reverse(posts.join("; ").chars().count()));
        for (name, posts) in left {
            let person = fold_key(name);
            let left = move_key(posts);
            let latest = drafts
                .iter_mut()
                .filter(|d| {
                    let who = &d.person_key;
                    (*who == person || ends_with_words(who, &person))
                        && !same_post(&move_key(&d.to_post), &left)
                })
                .max_by_key(|d| (d.date.year.is_some(), d.date, d.order));
            if let Some(d) = latest.filter(|d| d.from_post.is_empty()) {
                d.from_post = posts.clone();
            }
        }
        // A post the person takes later is none held before: "thôi giữ chức Bí thư Thành
        // ủy" is not the earlier post of the move to the Politburo a month before the
        // move to that post.
        // (A return to it is, of course: "trở lại làm Phó Chánh Thanh tra".)
        let later_posts: Vec<(String, PartialDate, String)> = drafts
            .iter()
            .filter(|d| d.date.year.is_some() && d.signals.class != "return")
            .map(|d| (d.person_key.clone(), d.date, move_key(&d.to_post)))
            .collect();
        for d in drafts.iter_mut().filter(|d| d.date.year.is_some()) {
            let from = move_key(&d.from_post);
            if !from.is_empty()
                && later_posts.iter().any(|(p, date, to)| {
                    *p == d.person_key && *date > d.date && same_post(to, &from)
                })
            {
                d.from_post.clear();
            }
        }
        // A career: a dated move without its earlier post left the post the person's
        // latest earlier move gave.
        let mut by_person: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, d) in drafts.iter().enumerate() {
            by_person.entry(&d.person_key).or_default().push(i);
        }
        let mut careers: Vec<(usize, Vec<String>)> = Vec::new();
        for same in by_person.values() {
            for &i in same {
                let d = &drafts[i];
                let (Some(year), true) = (d.date.year, d.from_post.is_empty()) else {
                    continue;
                };
                let previous = same
                    .iter()
                    .map(|&j| &drafts[j])
                    .filter(|e| e.date.year.is_some_and(|y| y < year))
                    .max_by_key(|e| e.date);
                if let Some(e) = previous.filter(|e| move_key(&e.to_post) != move_key(&d.to_post)) {
                    careers.push((i, e.to_post.clone()));
                }
            }
        }
        for (i, to) in careers {
            drafts[i].from_post = to;
        }
        // An earlier post stated elsewhere in the document ("ông X, Giám đốc Sở Y, cho
        // biết"): the first apposition of the person that is none of its new posts.
        let mut new_posts: HashMap<String, Vec<String>> = HashMap::new();
        for d in &drafts {
            new_posts
                .entry(d.person_key.clone())
                .or_default()
                .push(fold_key(&d.to_post.join(" ")));
        }
        // Each apposition's name, folded, and the positions of the names in the list.
        let mut apposition_at: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (name, _, _)) in appositions.iter().enumerate() {
            apposition_at.entry(fold_key(name)).or_default().push(i);
        }
        for d in drafts.iter_mut().filter(|d| d.from_post.is_empty()) {
            let person = &d.person_key;
            let own = new_posts.get(person).map_or(&[][..], Vec::as_slice);
            // The person's name or the end of it ("Tùng" for "Lê Hữu Tùng").
            let mut at: Vec<usize> = std::iter::once(person.as_str())
                .chain(person.match_indices(' ').map(|(k, _)| &person[k + 1..]))
                .filter_map(|name| apposition_at.get(name))
                .flatten()
                .copied()
                .collect();
            at.sort_unstable();
            let found = at
                .into_iter()
                .map(|i| &appositions[i])
                .find(|(_, _, posts)| {
                    posts.iter().all(|p| {
                        let p = fold_key(p);
                        !own.iter().any(|to| same_post(to, &p))
                    })
                });
            if let Some((_, _, posts)) = found {
                d.from_post = posts.clone();
            }
        }
        // Title first, then body, each in order.
        drafts.sort_by_key(|d| (d.field != Field::Title, d.order));

        // One record per (person, new post): merge repeats, keeping what each adds.
        let mut merged: Vec<Draft> = Vec::new();
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        for d in drafts {
            let key = (d.person_key.clone(), move_key(&d.to_post));
            // A post told shorter ("Phó Chủ tịch" for "Phó Chủ tịch HĐQT") is the same move
            // unless their years tell two moves apart.
            let existing = index.get(&key).copied().or_else(|| {
                merged.iter().position(|m| {
                    m.person_key == key.0
                        && {
                            let a = move_key(&m.to_post);
                            a.starts_with(&key.1)
                                || key.1.starts_with(&a)
                                || told_shorter(&a, &key.1)
                                || same_by_initials(&a, &key.1)
                        }
                        && (m.date.year.is_none()
                            || d.date.year.is_none()
                            || m.date.year == d.date.year
                            || m.date_inherited
                            || d.date_inherited
                            || m.date_from_lead
                            || d.date_from_lead)
                })
            });
            match existing {
                Some(i) => {
                    let m = &mut merged[i];
                    // The move's own report gives its wording and date, not a recap.
                    if m.recap && !d.recap {
                        let from = std::mem::take(&mut m.from_post);
                        *m = Draft {
                            from_post: if d.from_post.is_empty() {
                                from
                            } else {
                                d.from_post.clone()
                            },
                            ..d
                        };
                        continue;
                    }
                    // A body spelled out in one and by its initials in the other: the
                    // wording of the one that dates the move (a caption tells it again).
                    if same_by_initials(&move_key(&m.to_post), &move_key(&d.to_post)) {
                        let own_date = |x: &Draft| {
                            x.date != PartialDate::default()
                                && !x.date_inherited
                                && !x.date_from_lead
                        };
                        if own_date(&d) && !own_date(m) {
                            m.to_post = d.to_post.clone();
                        }
                    } else if m.to_post.join("; ").len() < d.to_post.join("; ").len() {
                        m.to_post = d.to_post.clone();
                    }
                    if m.from_post.is_empty() && move_key(&d.from_post) != move_key(&m.to_post) {
                        m.from_post = d.from_post.clone();
                    }
                    // The date the move's own sentence gives, the more precise of two that
                    // agree ("năm 2016" and "ngày 9-9-2016").
                    let none = PartialDate::default();
                    let weak = |x: &Draft| x.date_inherited || x.date_from_lead;
                    let better = d.date != none
                        && (m.date == none
                            || (weak(m) && !weak(&d))
                            || (!weak(&d)
                                && (m.date.refines_to(&d.date) || d.date_rank > m.date_rank)));
                    if better {
                        m.date = d.date;
                        m.date_text = d.date_text.clone();
                        m.date_inherited = d.date_inherited;
                        m.date_from_lead = d.date_from_lead;
                        m.date_rank = d.date_rank;
                    }
                    if m.field == Field::Title && d.field == Field::Text {
                        m.field = d.field;
                        m.sentence = d.sentence.clone();
                        m.kind = d.kind.clone();
                    }
                }
                None => {
                    index.insert(key, merged.len());
                    merged.push(d);
                }
            }
        }

        let places = PlaceIndex::builtin();
        // The places the document names, read once a post needs them.
        let year = doc_date.and_then(|d| d.year);
        let context = std::cell::OnceCell::new();
        let ctx = || {
            context.get_or_init(|| {
                let body = fields.last().map_or("", |f| f.norm.as_str());
                places.context(body, year)
            })
        };
        let resolve = |posts: &[String]| -> Option<ResolvedPlace> {
            // The most specific unit any of the posts names.
            posts
                .iter()
                .filter_map(|p| places.resolve_with(p, year, ctx))
                .max_by_key(|r| r.level)
        };
        // The register's names, in the output's tone style like every other string.
        let style = self.normalizer.tone_style();
        let place_name = |p: &ResolvedPlace| crate::tone::restyle(&p.name, style).into_owned();
        // "Thủ tướng A được bầu vào cương vị Thủ tướng Việt Nam", "HLV A được bổ nhiệm
        // làm HLV mới của CLB", "Tổng thống Mỹ A … nhậm chức tổng thống": the title the
        // article names him by is the one he takes (one is the other's first words), not
        // one he held before.
        // (Abbreviations written out: "Giám đốc Sở TN&MT" is "Giám đốc Sở Tài nguyên và
        // Môi trường tỉnh Yên Bái".)
        for d in merged.iter_mut() {
            if let ([from], [to, ..]) = (d.from_post.as_slice(), d.to_post.as_slice()) {
                let (from, to) = (self.spelled_out(from), self.spelled_out(to));
                let (from, to): (Vec<&str>, Vec<&str>) = (
                    from.split_whitespace().collect(),
                    to.split_whitespace().collect(),
                );
                let n = from.len().min(to.len());
                if from[..n] == to[..n] {
                    d.from_post.clear();
                }
            }
        }
        let mut records_of: HashMap<String, usize> = HashMap::new();
        for d in &merged {
            *records_of.entry(d.person_key.clone()).or_default() += 1;
        }
        let records_in_doc = merged.len();
        merged
            .into_iter()
            .map(|d| {
                let from_place = resolve(&d.from_post);
                let to_place = resolve(&d.to_post);
                let same_person = records_of[&d.person_key];
                let features =
                    candidate_features(&d, records_in_doc, same_person, to_place.is_some());
                let norm = &fields
                    .iter()
                    .find(|f| f.field == d.field)
                    .unwrap_or(&fields[fields.len() - 1])
                    .norm;
                let original = norm.original_span(d.sentence.clone());
                let record = Record {
                    doc_id: doc.id.clone(),
                    person: d.person,
                    from_post: d.from_post.join("; "),
                    to_post: d.to_post.join("; "),
                    date: d.date.resolve_year(doc_date).to_iso(),
                    kind: d.kind,
                    date_text: d.date_text,
                    evidence: norm
                        .as_str()
                        .get(d.sentence.clone())
                        .unwrap_or_default()
                        .to_string(),
                    evidence_field: d.field,
                    evidence_start: original.start,
                    evidence_end: original.end,
                    rule: d.rule.to_string(),
                    from_place: from_place.as_ref().map(place_name).unwrap_or_default(),
                    from_place_code: from_place.map(|p| p.code).unwrap_or_default(),
                    to_place: to_place.as_ref().map(place_name).unwrap_or_default(),
                    to_place_code: to_place
                        .as_ref()
                        .map(|p| p.code.clone())
                        .unwrap_or_default(),
                    to_place_code_2025: to_place.and_then(|p| p.code_2025).unwrap_or_default(),
                    confidence: 0.0,
                };
                Candidate { record, features }
            })
            .collect()
    }
}

/// The features of [`crate::decide`] for a completed draft: how its sentence tells the
/// move, what its name and posts look like, and what else the document reports.
fn candidate_features(
    d: &Draft,
    records_in_doc: usize,
    same_person: usize,
    to_place: bool,
) -> Features {
    fn bin(f: &mut Features, name: &str, value: usize, edges: &[usize]) {
        let k = edges.iter().take_while(|&&e| value >= e).count();
        let label = match (k.checked_sub(1).map(|i| edges[i]), edges.get(k)) {
            (None, Some(hi)) => format!("{name}<{hi}"),
            (Some(lo), Some(hi)) => format!("{name}={lo}..{hi}"),
            (Some(lo), None) => format!("{name}>={lo}"),
            (None, None) => name.to_string(),
        };
        f.set(label);
    }
    let s = &d.signals;
    let mut f = Features::default();
    f.set(format!("rule={}", d.rule));
    f.set(format!("class={}", s.class));
    f.set(format!("kind={}", d.kind));
    f.set_if("field=title", d.field == Field::Title);
    f.set_if("marked_new", d.marked_new);
    f.set_if("mention_only", d.mention_only);
    f.set_if("takes_office", d.takes_office);
    f.set_if("recap", d.recap);
    f.set_if("unit_only", d.unit_only);
    f.set_if("person_after", s.person_after);
    f.set_if("plan_cue", s.plan);
    f.set_if("quoted", s.quoted);
    f.set_if("question", s.question);
    f.set_if("time_clause", s.time_clause);
    f.set_if("cued", s.cued);
    bin(&mut f, "gap", s.gap, &[1, 2, 4, 8, 16]);
    bin(&mut f, "persons", s.persons, &[1, 2, 3, 5]);
    bin(&mut f, "words", s.words, &[12, 25, 40, 70]);
    // The name.
    bin(&mut f, "name_words", s.name_words, &[2, 3, 4, 5]);
    f.set_if("name_foreign", s.foreign_name);
    f.set_if("name_surname", s.surname);
    f.set_if("name_completed", s.name_words < 2 && d.person.contains(' '));
    // The posts.
    let to = d.to_post.join("; ");
    let to_words = to.split_whitespace().count();
    bin(&mut f, "to_words", to_words, &[2, 3, 5, 8, 12]);
    f.set_if("to_posts>1", d.to_post.len() > 1);
    f.set_if(
        "to_capital",
        to.chars().next().is_some_and(char::is_uppercase),
    );
    let last = d
        .to_post
        .last()
        .and_then(|p| p.split_whitespace().last())
        .unwrap_or("");
    f.set_if(
        "to_last_lower",
        last.chars().next().is_some_and(char::is_lowercase),
    );
    f.set_if("to_place", to_place);
    let head: Vec<String> = to.split_whitespace().take(2).map(fold_case).collect();
    f.set(format!("to_head={}", head.join(" ")));
    f.set_if("from_post", !d.from_post.is_empty());
    // The date.
    let precision = match (d.date.year, d.date.month, d.date.day) {
        (None, None, _) => "none",
        (_, None, _) => "year",
        (_, Some(_), None) => "month",
        _ => "day",
    };
    f.set(format!("date={precision}"));
    f.set_if("date_inherited", d.date_inherited);
    f.set_if("date_effective", d.date_rank == 2);
    // The document.
    bin(&mut f, "doc_records", records_in_doc, &[2, 3, 5, 9]);
    bin(&mut f, "person_records", same_person, &[2, 3]);
    f
}

/// Does the sentence state the term of a decision or a post told before it ("Quyết
/// định có hiệu lực từ ngày …", "Thời hạn giữ chức vụ là 5 năm"): its words, no date but
/// the term's start, and no move word (one that names the decision, "công bố quyết định
/// luân chuyển …, có hiệu lực từ ngày 1/6", announces the moves told after it)?
/// "Tổng thống Hàn Quốc ngày 11/6 đã chỉ định …": is the date mention `i` of the
/// sentence right before a move word, as its time?
fn dates_move_after(s: &Sentence, i: usize) -> bool {
    let Some(last) = s.tokens.iter().rposition(|t| t.date == Some(i)) else {
        return false;
    };
    let k = (last + 1..s.tokens.len())
        .find(|&k| !matches!(s.tokens[k].folded.as_str(), "đã" | "vừa" | "mới"))
        .unwrap_or(s.tokens.len());
    s.hit_at(k, Category::Move).is_some()
}

/// "ông A" (false), "bà B" (true): the gender the honorific of a person's mention
/// gives; none after a relative's word ("chồng bà Dick Devos": the honorific is the
/// wife's).
fn honorific_gender(s: &Sentence, p: &Person) -> Option<bool> {
    const RELATIVES: &[&str] = &["chồng", "vợ", "con", "cha", "bố", "mẹ", "anh", "chị", "em"];
    if p.tokens.start > 0 && RELATIVES.contains(&s.tokens[p.tokens.start - 1].folded.as_str()) {
        return None;
    }
    s.tokens[p.tokens.start..p.name_tokens.start]
        .iter()
        .find_map(|t| match t.folded.as_str() {
            "bà" | "chị" => Some(true),
            "ông" | "anh" => Some(false),
            _ => None,
        })
}

/// Is the date mention `d` the date of a report that ends its sentence ("… cho biết
/// ngày 7.2.2017.", "… đưa tin hôm 3/5")?
fn reported_on(s: &Sentence, d: &DateMention) -> bool {
    let first = s.token_at_byte(d.span.start);
    let Some(last) = s.tokens.iter().rposition(|t| t.span.start < d.span.end) else {
        return false;
    };
    let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
    // "ngày" or "hôm" may stand before the date's own words.
    let k = if first > 0 && matches!(word(first - 1), "ngày" | "hôm") {
        first - 1
    } else {
        first
    };
    let reported = k >= 2
        && matches!(
            (word(k - 2), word(k - 1)),
            ("cho", "biết") | ("đưa", "tin") | ("thông", "tin")
        );
    reported && s.tokens[last + 1..].iter().all(|t| !t.is_word())
}

/// Does the date `d` tell when a post was once held ("từng là Đại sứ tại Mỹ hồi năm
/// 2005")? It dates no move of the sentences after it.
fn dates_a_past_post(s: &Sentence, d: &DateMention) -> bool {
    let first = s.token_at_byte(d.span.start);
    (first.saturating_sub(12)..first).any(|k| s.tokens[k].folded == "từng")
}

/// Words that tell a time relative to another ("cách đây 4 năm", "hồi đầu năm", "năm
/// ngoái", "trước đó"): a move told so is not dated by the sentences around it.
const RELATIVE_TIMES: &[&str] = &[
    "cách đây",
    "trước đó",
    "hồi đầu năm",
    "năm ngoái",
    "năm trước",
    "tháng trước",
    "tuần trước",
];

/// Does the sentence tell a time relative to another ([`RELATIVE_TIMES`])?
fn told_relatively(s: &Sentence) -> bool {
    let words: Vec<&str> = s.tokens.iter().map(|t| t.folded.as_str()).collect();
    RELATIVE_TIMES.iter().any(|phrase| {
        let phrase: Vec<&str> = phrase.split(' ').collect();
        words.windows(phrase.len()).any(|w| w == phrase.as_slice())
    })
}

fn states_term(s: &Sentence) -> bool {
    // ... a move word, that is, other than the one the term is of ("thời hạn bổ nhiệm").
    let term_of =
        |k: usize| k >= 2 && s.tokens[k - 2].folded == "thời" && s.tokens[k - 1].folded == "hạn";
    if (0..s.tokens.len()).any(|k| s.hit_at(k, Category::Move).is_some() && !term_of(k)) {
        return false;
    }
    let words = s.tokens.windows(2).any(|w| {
        matches!(
            (w[0].folded.as_str(), w[1].folded.as_str()),
            ("hiệu", "lực") | ("thời", "hạn")
        )
    });
    words && s.dates.iter().all(|d| d.effective && !d.period)
}

/// Does the post at `k` go on with a rank among its holders and a feat ("huấn luyện viên
/// thứ tư giành chức vô địch", "HLV đầu tiên đoạt cúp")? Not a rank with its body or its
/// election ("nữ Thủ tướng đầu tiên của Anh", "… đầu tiên được bầu").
fn achievement_after(s: &Sentence, k: usize) -> bool {
    const FEATS: &[&str] = &[
        "giành", "đạt", "vô", "thắng", "ghi", "đoạt", "lọt", "đưa", "giúp", "mang",
    ];
    const ORDINALS: &[&str] = &[
        "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    let Some(post) = s.post_at(k, false) else {
        return false;
    };
    let j = post.tokens.end;
    let rank = (s.word_is(j, &["thứ"])
        && s.tokens
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Number || ORDINALS.contains(&t.folded.as_str())))
        || (s.word_is(j, &["đầu"]) && s.word_is(j + 1, &["tiên"]))
        || (s.word_is(j, &["duy"]) && s.word_is(j + 1, &["nhất"]));
    rank && s.word_is(j + 2, FEATS)
}

/// The token after the name that heads a section of a roundup, with a colon: "Bắc Ninh:
/// Chủ tịch UBND tỉnh …", "Tổng cục Đường bộ Việt Nam: …" (not a speaker's words, "Ông
/// A: …").
fn opens_section(s: &Sentence) -> Option<usize> {
    let colon = s.tokens.iter().take(8).position(|t| t.is_punct(':'))?;
    let head = &s.tokens[..colon];
    // A place or a body ("Hà Nội", "TP.HCM", "Tổng cục Đường bộ Việt Nam"), not a field
    // of a CV ("Dân tộc:", "Trình độ học vấn:").
    let named = !head.is_empty()
        && head.iter().all(Token::is_word)
        && head.first().is_some_and(|t| t.capitalized)
        && head.last().is_some_and(|t| t.capitalized)
        && (PlaceIndex::builtin().is_unit_name(s.text_of(0..colon))
            || s.country_len(0) == colon
            || s.hit_at(0, Category::Organisation).is_some())
        && s.persons.iter().all(|p| p.tokens.start >= colon);
    named.then_some(colon + 1)
}

/// Is the move word at `at` told in passing, as the time of something else: after
/// "(kể) từ khi" with at most its subject between ("kể từ khi ông X nhậm chức"), or
/// after a duration ("sau một tuần nhậm chức")?
fn told_in_passing(s: &Sentence, at: usize) -> bool {
    const NUMBERS: &[&str] = &[
        "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài", "mấy",
    ];
    let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
    let mut k = skip_back(s, at, &["được", "lên", "chính", "thức", "vừa", "mới", "đã"]);
    if let Some(p) = s.person_ending_at(k).filter(|p| p.tokens.start < k) {
        // The subject with its title ("kể từ khi Tổng thống Donald Trump nhậm chức").
        k = title_before(s, p).map_or(p.tokens.start, |t| t.tokens.start);
    }
    if k == 0 {
        return false;
    }
    // Right before the move word ("sau một tuần nhậm chức"; not "sau ba năm được luân
    // chuyển …, cuối năm 2018", which dates the move from the sentence's date).
    let duration = at >= 2
        && word(at) != "được"
        && years_before(s, at).is_none()
        && matches!(word(at - 1), "tuần" | "tháng" | "ngày" | "năm")
        && (s.tokens[at - 2].kind == TokenKind::Number || NUMBERS.contains(&word(at - 2)));
    // "kể từ khi", "từ khi", "kể từ sau khi" (not "trước khi", a recap, nor "cho đến khi",
    // "sau khi", which narrate the sentence's own time).
    let since = time_noun_before(s, k).is_some_and(|t| {
        t >= 1 && (word(t - 1) == "từ" || (t >= 2 && word(t - 1) == "sau" && word(t - 2) == "từ"))
    });
    since || duration
}

/// The first token of "người" or "nhân vật" heading the relative clause the move word at `at` (or the cue
/// of its post) is in: "…, người vừa được bầu làm …", "người đang lên nắm quyền",
/// "người được bầu chọn làm …" (a move word right before).
fn relative_head(s: &Sentence, at: usize) -> Option<usize> {
    const TIME_WORDS: &[&str] = &["đang", "đã", "vừa", "mới", "sẽ", "cũng"];
    let mut who = skip_back(s, at, TIME_WORDS);
    if let Some(j) = (who.saturating_sub(3)..who).find(|&j| {
        s.hit_at(j, Category::Move)
            .is_some_and(|(_, end)| end == who)
    }) {
        who = skip_back(s, skip_back(s, j, &["được"]), TIME_WORDS);
    }
    // (The agent of a passive between: "nhân vật được ông A bổ nhiệm làm …".)
    if let Some(p) = s.person_ending_at(who).filter(|p| p.tokens.start < who) {
        let start = title_before(s, p).map_or(p.tokens.start, |t| t.tokens.start);
        if start >= 1 && s.word_is(start - 1, &["được"]) {
            who = skip_back(s, start - 1, TIME_WORDS);
        }
    }
    if who >= 1 && s.word_is(who - 1, &["người"]) {
        Some(who - 1)
    } else if who >= 2 && s.word_is(who - 1, &["vật"]) && s.word_is(who - 2, &["nhân"]) {
        Some(who - 2)
    } else {
        None
    }
}

/// Does a comma or a dash set off what follows ("ông A, người …", "A – người …")?
fn is_set_off(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Punct(',' | '-' | '–'))
}

/// The head of the relative clause ([`relative_head`]) of the move word at `at`, when a
/// comma or a dash sets the clause off from a sentence whose news is no move: "Cuối
/// tháng 1, A, nhân vật được ông B bổ nhiệm làm C, lên tiếng …" (not "Năm 2016, bà A
/// nhận chức B thay ông C - người được điều động làm D", one reshuffle).
fn set_off_relative(s: &Sentence, at: usize) -> Option<usize> {
    relative_head(s, at).filter(|&h| {
        h >= 1
            && is_set_off(&s.tokens[h - 1])
            && !(0..h).any(|k| s.hit_at(k, Category::Move).is_some())
    })
}

/// Where the word of time that ends right before token `k` starts: "khi", "lúc" or
/// "thời điểm" ("trước thời điểm ông nhậm chức" is "trước khi ông nhậm chức").
fn time_noun_before(s: &Sentence, k: usize) -> Option<usize> {
    if k >= 1 && s.word_is(k - 1, &["khi", "lúc"]) {
        Some(k - 1)
    } else if k >= 2 && s.word_is(k - 1, &["điểm"]) && s.word_is(k - 2, &["thời"]) {
        Some(k - 2)
    } else {
        None
    }
}

/// The word before "khi" that opens the time clause of the move word at `at`, with at
/// most its subject between, and whether the subject is there: "sau" in "Sau khi Tổng
/// thống X nhậm chức, các nhà phân tích …", "trước" in "ít ngày trước khi Trump nhậm
/// chức, …" (not "từ sau khi", a time since).
fn time_clause_opener(s: &Sentence, at: usize) -> Option<(&'static str, bool)> {
    let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
    let mut k = skip_back(s, at, &["được", "lên", "chính", "thức", "vừa", "mới", "đã"]);
    let mut subject = false;
    if let Some(p) = s.person_ending_at(k).filter(|p| p.tokens.start < k) {
        // The subject with its title ("Tổng thống Philippines Rodrigo Duterte").
        k = title_before(s, p).map_or(p.tokens.start, |t| t.tokens.start);
        subject = true;
    }
    let t = time_noun_before(s, k).filter(|&t| t >= 1)?;
    match word(t - 1) {
        "sau" if !(t >= 2 && word(t - 2) == "từ") => Some(("sau", subject)),
        "trước" => Some(("trước", subject)),
        _ => None,
    }
}

/// Is a body the subject of the passive move word at `at` ("đơn vị được chủ tàu chỉ
/// định làm dịch vụ đại lý", "công ty được giao làm chủ đầu tư")? A unit, a firm or an
/// office right before "được", with at most a few words of the agent between.
fn body_as_passive_subject(s: &Sentence, at: usize) -> bool {
    const BODIES: &[(&str, &str)] = &[
        ("đơn", "vị"),
        ("công", "ty"),
        ("doanh", "nghiệp"),
        ("nhà", "thầu"),
        ("cơ", "quan"),
        ("tổ", "chức"),
    ];
    let Some(passive) = (at.saturating_sub(6)..=at)
        .rev()
        .take_while(|&k| k == at || s.tokens[k].is_word())
        .find(|&k| s.word_is(k, &["được"]))
    else {
        return false;
    };
    passive >= 2
        && BODIES
            .iter()
            .any(|(a, b)| s.word_is(passive - 2, &[a]) && s.word_is(passive - 1, &[b]))
}

/// Does a country (or a body of people) stand right before the move word at `at` as the
/// one that takes the role ("Việt Nam đã đảm nhiệm thành công vai trò Chủ tịch ASEAN", "Nhật Bản trở
/// thành thành viên …")? Not before an appointing verb, whose object is the mover
/// ("Việt Nam bổ nhiệm ông A").
fn country_as_subject(s: &Sentence, at: usize, kind: &str) -> bool {
    if NAMING_VERBS.contains(&kind) || matches!(kind, "cử" | "điều động" | "luân chuyển")
    {
        return false;
    }
    let k = skip_back(
        s,
        at,
        &["đã", "vừa", "mới", "sẽ", "đang", "cũng", "chính", "thức"],
    );
    // The country opens the clause, or follows what is wished or granted it ("chúc
    // mừng Việt Nam", "ủng hộ Việt Nam", "giúp Lào"): not the country of a post or a body
    // ("Tổng thống Mỹ nhậm chức", "Quốc hội Hàn Quốc chấp thuận"), a place ("về Bắc Kinh
    // nhận chức", "tỷ phú New York") or the agent of a passive ("được Liên hợp quốc chọn").
    let opens = |j: usize| {
        j == 0
            || !s.tokens[j - 1].is_word()
            || s.word_is(j - 1, &["mừng", "hộ", "giúp", "để", "khi", "rằng", "và"])
    };
    // ... or a body of people that takes power, with its name or country ("quân đội
    // Myanmar lên nắm quyền", "phiến quân Al-Qaeda trở thành …").
    let group = (k.saturating_sub(6)..k).any(|j| {
        let head = GROUP_SUBJECTS
            .iter()
            .map(|g| g.split(' ').collect::<Vec<_>>())
            .find(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(n, w)| s.word_is(j + n, &[w]))
            })
            .map_or(0, |words| words.len());
        head > 0
            && opens(j)
            && s.tokens[j + head..k]
                .iter()
                .all(|t| t.is_word() && t.capitalized)
            && !s.persons.iter().any(|p| (j..k).contains(&p.tokens.start))
    });
    group || (k.saturating_sub(4)..k).any(|j| s.country_len(j) == k - j && opens(j))
}

/// Bodies of people named as the subject of a move ([`country_as_subject`]).
const GROUP_SUBJECTS: &[&str] = &[
    "quân đội",
    "chính phủ",
    "chính quyền",
    "phiến quân",
    "lực lượng",
    "đảng",
    "liên minh",
    "phe",
];

/// Does a length of time stand right before the move word at `at` ("suốt 5 năm đảm
/// nhiệm", "sau hai năm đảm nhận")?
fn held_for_a_time(s: &Sentence, at: usize) -> bool {
    const NUMBERS: &[&str] = &[
        "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài", "mấy",
        "nhiều",
    ];
    at >= 2
        && s.word_is(at - 1, &["tuần", "tháng", "năm"])
        && (s.tokens[at - 2].kind == TokenKind::Number || s.word_is(at - 2, NUMBERS))
}

/// Is the move word at `at` told of posts taken in turn ("lần lượt được bổ nhiệm làm A,
/// B, C", "lần lượt đảm nhận các vị trí A, B")? Each post is then a move of its own,
/// from the one before it.
fn told_in_turn(s: &Sentence, at: usize) -> bool {
    let k = skip_back(s, at, &["được"]);
    k >= 2 && s.word_is(k - 2, &["lần"]) && s.word_is(k - 1, &["lượt"])
}

/// Does the move word ending at `end` take posts only counted, never named ("đảm nhiệm
/// nhiều vị trí quan trọng trong Quốc hội", "được cử vào các chức danh của Ủy ban")? Not
/// when the posts follow ("các chức vụ: Phó hiệu trưởng, Hiệu trưởng", "các vị trí như
/// …", "các chức vụ Giám đốc Sở …").
fn names_posts_vaguely(s: &Sentence, end: usize) -> bool {
    let mut k = end;
    if s.word_is(k, &["vào"]) {
        k += 1;
    }
    if s.word_is(k, &["một"]) && s.word_is(k + 1, &["số"]) {
        k += 2;
    } else if s.word_is(k, &["nhiều", "các", "những"]) {
        k += 1;
    } else {
        return false;
    }
    let word = |i: usize| s.tokens.get(i).map_or("", |t| t.folded.as_str());
    let generic = matches!(
        (word(k), word(k + 1)),
        ("vị", "trí")
            | ("chức", "vụ")
            | ("cương", "vị")
            | ("chức", "danh")
            | ("vai", "trò")
            | ("trọng", "trách")
    );
    if !generic {
        return false;
    }
    // "nhiều chức vụ quan trọng tại các tổ chức khác như: …": the list may come a few
    // words later.
    let next = k + 2;
    let named = s.hit_at(next, Category::Title).is_some()
        || (next..(next + 10).min(s.tokens.len()))
            .any(|j| s.word_is(j, &["như", "là", "gồm", "sau"]) || s.tokens[j].is_punct(':'));
    !named
}

/// The office a post names: "Tổng thống đắc cử" (the president-elect) takes office as
/// "Tổng thống".
fn office_of(post: &str) -> String {
    post.replace(" đắc cử", "")
}

/// The post written right before a person's name: "Phó Giám đốc FBI Andrew McCabe"
/// (not after a relative's word: "Phu nhân Tổng thống Pháp A" is no president).
fn title_before(s: &Sentence, person: &Person) -> Option<Post> {
    let start = person.tokens.start;
    // "Hiệu trưởng Đại học Ajou, ông Kim Dong-yeon": a comma before "ông", "bà", when
    // no cue or move word comes before the post (in "bổ nhiệm ông A làm Giám đốc Sở, ông
    // B làm …" the post is A's new one).
    let honorific = person.tokens.start < person.name_tokens.start;
    let comma = honorific && start > 1 && s.tokens[start - 1].is_punct(',');
    // Nor inside a body's name ("Theo Văn phòng Tổng thống Hàn Quốc, ông A"), nor after
    // a preposition ("ở TP Davao, ông A", "Cũng như cựu Thị trưởng New York, ông A").
    let opens_clause = |p: &Post| {
        let mut at = p.tokens.start;
        if at > 0 && matches!(s.tokens[at - 1].folded.as_str(), "cựu" | "nguyên") {
            at -= 1;
        }
        let hit_before = (at.saturating_sub(6)..at).any(|k| {
            s.tokens[k].hit.as_ref().is_some_and(|(_, end)| *end == at)
                && (s.tokens[k].capitalized
                    || s.cue_at(k).is_some()
                    || s.hit_at(k, Category::Move).is_some())
        });
        let before = at.checked_sub(1).map(|k| &s.tokens[k]);
        !hit_before
            && before.is_none_or(|t| {
                let capital_word = t.is_word() && t.capitalized;
                let preposition = matches!(
                    t.folded.as_str(),
                    "ở" | "tại" | "của" | "cho" | "với" | "như" | "theo" | "từ" | "và"
                );
                !capital_word && !preposition
            })
    };
    // A post starts with a gazetteer hit (a title) or "quyền" before one.
    let ends_at = |end: usize| {
        (start.saturating_sub(12)..end)
            .filter(|&k| s.tokens[k].hit.is_some() || s.tokens[k].folded == "quyền")
            .find_map(|k| s.post_at(k, false).filter(|p| p.tokens.end == end))
    };
    ends_at(start)
        .or_else(|| {
            comma
                .then(|| ends_at(start - 1))
                .flatten()
                .filter(opens_clause)
        })
        .filter(|p| !s.after_relative(p.tokens.start))
}

/// What the analysis of each move needs of its whole sentence, worked out once per
/// sentence, so that a sentence of many moves (a decision that names hundreds of
/// appointees) takes time linear in its length.
#[derive(Debug, Default)]
struct Layout {
    /// The move words that tell a move of their own ([`Extractor::own_dates`]).
    anchors: Vec<usize>,
    /// The tokens ";".
    semicolons: Vec<usize>,
    /// The move words that start a clause of their own.
    breaks: Vec<usize>,
    /// Persons named (not pronouns), words, and what the sentence as a whole says.
    named_persons: usize,
    words: usize,
    plan: bool,
    quoted: bool,
    question: bool,
}

impl Layout {
    /// The first token of the clause of token `at`: after the ";" before it.
    fn clause_start(&self, at: usize) -> usize {
        let k = self.semicolons.partition_point(|&j| j < at);
        k.checked_sub(1).map_or(0, |k| self.semicolons[k] + 1)
    }

    /// The end of the clause whose move reads on from token `k`: the next ";" (from `k`
    /// on) or move word of its own (after `k`), else `n`.
    fn clause_end(&self, k: usize, n: usize) -> usize {
        let semi = self
            .semicolons
            .get(self.semicolons.partition_point(|&j| j < k));
        let brk = self.breaks.get(self.breaks.partition_point(|&j| j <= k));
        semi.into_iter().chain(brk).copied().min().unwrap_or(n)
    }
}

/// Where [`Extractor::clause_drafts`] stopped.
enum ClauseEnd {
    /// At the end of the move's clause, this token.
    At(usize),
    /// At the next person of a decision, with a post of his own, at this token.
    NextPerson(usize),
}

/// A confidence as written in the output: three decimals.
fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// `text` with every run of spaces made one space, as the normalizer makes them; as it
/// is when it has none.
fn one_space(text: &str) -> Cow<'_, str> {
    if memchr::memmem::find(text.as_bytes(), b"  ").is_none() {
        return Cow::Borrowed(text);
    }
    let mut one = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(k) = memchr::memmem::find(rest.as_bytes(), b"  ") {
        one.push_str(&rest[..=k]);
        rest = rest[k + 1..].trim_start_matches(' ');
    }
    one.push_str(rest);
    Cow::Owned(one)
}

/// Family names written alone in one sentence whose every choice
/// [`Extractor::add_drafts`] tries; with more, the whole document is read.
const MAX_FAMILY_NAMES_TRIED: usize = 3;

/// Can a sentence with these hits give a draft on its own? A draft needs a move word,
/// a person and a new post, which starts with a title or an organisation after the move
/// word: close to it, or anywhere after a cue of the new post ("làm", "giữ chức"), as
/// [`Extractor::move_drafts`] takes it. The mark of a new post ("tân") needs the title of
/// that post right after it. Taking office ("nhậm chức") may name no post, as the post
/// may be told elsewhere in the document; a return ("trở lại") needs a post somewhere in
/// its sentence.
fn may_tell_move(hits: &SentenceHits) -> bool {
    let is_post = |e: &Entry| matches!(e.category, Category::Title | Category::Organisation);
    let post_after = |at: usize| hits.any_span(|e, span| is_post(e) && span.start >= at);
    let new_post_after = |at: usize| {
        let cue = hits.first_start(|e, span| {
            e.category == Category::Cue
                && matches!(e.kind.as_str(), "to" | "be" | "unit")
                && span.start >= at
        });
        hits.any_span(|e, span| {
            is_post(e)
                && span.start >= at
                && (cue.is_some_and(|c| c <= span.start)
                    || hits.spaces_between(at, span.start) <= NEAR_POST_WORDS)
        })
    };
    // "Chức danh X được giao cho ông A": the post before the move word.
    let given_to = |span: &Range<usize>| {
        hits.folded()
            .get(span.end - hits.span().start..)
            .is_some_and(|rest| rest.starts_with(" cho "))
            && hits.any_span(|e, t| e.category == Category::Title && t.end <= span.start)
    };
    // "A, người được bổ nhiệm năm 2013": appointed, in the passive, to no post named.
    let appointed_bare = |e: &Entry, span: &Range<usize>| {
        let folded = hits.folded();
        let (start, end) = (span.start - hits.span().start, span.end - hits.span().start);
        NAMING_VERBS.contains(&e.kind.as_str())
            && (folded[start..].starts_with("được ")
                // (The agent may stand between: "được Tổng thống Ronald Reagan bổ nhiệm".)
                || folded[..start]
                    .split(' ')
                    .rev()
                    .take(10)
                    .any(|w| w == "được"))
            && bare_after(folded[end..].trim_start())
    };
    hits.any_span(|e, span| {
        e.category == Category::Move
            && match e.class.as_str() {
                "office" => true,
                "return" => post_after(0),
                "new" => hits.may_start_title(span.end),
                _ => new_post_after(span.end) || given_to(span) || appointed_bare(e, span),
            }
    }) && hits.may_name_person()
}

/// "bổ sung" (to add) moves someone only when it adds a person: right before the name
/// ("bổ sung bà A, Vụ trưởng …, làm thành viên") or in the passive ("được bổ sung vào
/// Ban Chấp hành"); "Quyết định bổ sung", "điều tra bổ sung", "bổ sung ngân sách" add
/// no one.
fn adds_a_person(s: &Sentence, at: usize, end: usize, kind: &str) -> bool {
    kind != "bổ sung"
        || (at > 0 && s.tokens[at - 1].folded == "được")
        || s.person_at(end).is_some_and(|p| !p.name.is_empty())
}

/// Is "trở lại" at `at` someone's return, not "again" after a verb or a thing ("hoạt
/// động trở lại", "tham gia trở lại", "Sự trở lại", "công nhân trở lại", "đưa nước Mỹ trở
/// lại")? Past its auxiliaries ("đã", "được điều động quay …"), the word before it ends a
/// person's name or is a pronoun, or opens a clause without a subject ("khi", "để", ",").
fn returns_someone(s: &Sentence, at: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "đã", "sẽ", "được", "vừa", "mới", "chính", "thức", "cũng", "quay", "bất", "ngờ", "chuẩn",
        "bị", "đang", "sắp", "lại", "liền", "ngay", "muốn", "xin",
    ];
    const OPENING: &[&str] = &["khi", "để", "và", "rồi", "thì", "lúc", "sau", "đó", "nay"];
    let mut k = at;
    while k > 0 {
        let t = &s.tokens[k - 1];
        if AUXILIARIES.contains(&t.folded.as_str()) {
            k -= 1;
        } else if let Some(start) = (k.saturating_sub(4)..k)
            .find(|&j| s.hit_at(j, Category::Move).is_some_and(|(_, end)| end == k))
        {
            k = start;
        } else {
            break;
        }
    }
    k == 0
        || !s.tokens[k - 1].is_word()
        || s.person_ending_at(k).is_some()
        || OPENING.contains(&s.tokens[k - 1].folded.as_str())
}

/// Does `p` speak, between its name and the move word at `at` ("Ông A cho biết, …",
/// "…, ông A nói: …")?
fn speaks_before(s: &Sentence, p: &Person, at: usize) -> bool {
    let word = |i: usize| s.tokens.get(i).map_or("", |t| t.folded.as_str());
    (p.tokens.end..at).any(|i| {
        matches!(
            (word(i), word(i + 1)),
            ("cho", "biết") | ("cho", "hay") | ("khẳng", "định") | ("chia", "sẻ") | ("tiết", "lộ")
        ) || word(i) == "nói"
    })
}

/// Does a verb of speaking or thanking start at token `j` ("cảm ơn", "cho biết", "nói",
/// "chia sẻ", "kể", "nhớ lại")?
fn speaks_of(s: &Sentence, j: usize) -> bool {
    const PAIRS: &[(&str, &str)] = &[
        ("cảm", "ơn"),
        ("cho", "biết"),
        ("cho", "hay"),
        ("chia", "sẻ"),
        ("nhớ", "lại"),
        ("tâm", "sự"),
        ("khẳng", "định"),
    ];
    s.word_is(j, &["nói", "kể"])
        || PAIRS
            .iter()
            .any(|(a, b)| s.word_is(j, &[a]) && s.word_is(j + 1, &[b]))
}

/// Does `p` stand where a clause's subject stands: first in its sentence or clause,
/// past its title and honorific ("Tổng thống A hy vọng …", "…, ông A nói"), or after a
/// conjunction ("khi", "và", "nhưng" …), not after a verb or preposition ("gặp Thủ
/// tướng A", "với ông A")?
fn stands_as_subject(s: &Sentence, p: &Person) -> bool {
    // Conjunctions, relatives, "của" (the time clause tells of the owner), and the ends of
    // "cho biết", "tiết lộ", "bối cảnh", "những gì", "tố cáo", "phản ánh", "nhận thấy",
    // which a clause follows.
    const OPENERS: &[&str] = &[
        "khi", "và", "nhưng", "rằng", "thì", "lúc", "song", "còn", "nay", "mà", "dù", "bởi", "vì",
        "nếu", "tuy", "của", "biết", "lộ", "nói", "cảnh", "gì", "cáo", "ánh", "thấy",
    ];
    // "bà hiệu trưởng khi nhận chức …", "Tổng thống A sau khi nhậm chức …": the time
    // clause right after its subject (and the post it is named by).
    let end = s
        .post_at(p.tokens.end, false)
        .map_or(p.tokens.end, |post| post.tokens.end);
    let mut k = end;
    while s
        .tokens
        .get(k)
        .is_some_and(|t| matches!(t.folded.as_str(), "sau" | "trước" | "kể" | "từ"))
    {
        k += 1;
    }
    let time_clause_after = s.tokens.get(k).is_some_and(|t| t.folded == "khi");
    let mut k = p.tokens.start;
    if let Some(j) = (k.saturating_sub(12)..k).find(|&j| {
        s.hit_at(j, Category::Title).is_some() && {
            s.post_at(j, false).is_some_and(|post| post.tokens.end == k)
        }
    }) {
        k = j;
    }
    if let Some(j) = (k.saturating_sub(2)..k).find(|&j| {
        s.hit_at(j, Category::Honorific)
            .is_some_and(|(_, end)| end == k)
    }) {
        k = j;
    }
    if k > 0 && matches!(s.tokens[k - 1].folded.as_str(), "cựu" | "tân") {
        k -= 1;
    }
    // ... unless a verb has it as its object ("gặp gỡ ông B kể từ khi lên nhậm chức").
    let object = k > 0
        && s.tokens[k - 1].is_word()
        && !s.tokens[k - 1].capitalized
        && !OPENERS.contains(&s.tokens[k - 1].folded.as_str());
    (time_clause_after && !object)
        || k == 0
        || !s.tokens[k - 1].is_word()
        || OPENERS.contains(&s.tokens[k - 1].folded.as_str())
}

/// The post that opens the clause and that a copula names `person` by ("Giám đốc FBI gần
/// đây nhất là A"): only a few plain words between the post and "là".
fn copula_subject(s: &Sentence, person: &Person, clause_start: usize) -> Option<Post> {
    let start = person.tokens.start;
    if start < 2 || !s.word_is(start - 1, &["là"]) {
        return None;
    }
    let post = s.post_at(clause_start, false)?;
    let between = &s.tokens[post.tokens.end..start - 1];
    (between.len() <= 4
        && between
            .iter()
            .all(|t| t.is_word() && !t.capitalized && t.hit.is_none()))
    .then_some(post)
}

/// The persons joined to `person` by "và", and by the commas of a list that "và" closes,
/// right before it ("Ông A, bà B và ông C", "Bộ trưởng A và Thứ trưởng B"), in the order
/// written; none after a preposition or the agent of a passive.
fn joined_before<'s>(s: &'s Sentence, person: &'s Person) -> Vec<&'s Person> {
    let mut joined = Vec::new();
    let mut first = person;
    loop {
        let start = title_before(s, first).map_or(first.tokens.start, |t| t.tokens.start);
        let linked = start >= 2
            && (s.word_is(start - 1, &["và"])
                || (!joined.is_empty() && s.tokens[start - 1].is_punct(',')));
        let Some(before) = s
            .persons
            .iter()
            .filter(|_| linked)
            .find(|q| q.tokens.end == start - 1 && !q.name.is_empty())
            .filter(|q| !is_agent(s, q) && !after_preposition(s, q))
        else {
            break;
        };
        joined.push(before);
        first = before;
    }
    joined.reverse();
    joined
}

/// The token after the comma that closes a date opening the sentence ("Hôm 20-1,",
/// "Sáng 10/5,", "Ngày 3 tháng 2,"); `None` when the sentence opens otherwise.
fn date_opening_end(s: &Sentence) -> Option<usize> {
    const TIME_WORDS: &[&str] = &[
        "hôm", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "vào", "năm", "tháng", "hồi", "cuối",
        "đầu", "giữa",
    ];
    let comma = s.tokens.iter().take(8).position(|t| t.is_punct(','))?;
    let dated = s.tokens[..comma].iter().any(|t| t.date.is_some());
    let only_time = s.tokens[..comma]
        .iter()
        .all(|t| t.date.is_some() || TIME_WORDS.contains(&t.folded.as_str()));
    (dated && only_time).then_some(comma + 1)
}

/// Does the folded text after an appointing verb name no post, only the verb's agent or
/// time ("bởi Tổng thống …", "năm 2013", "hôm 17/5", "dưới thời …"), or nothing?
fn bare_after(rest: &str) -> bool {
    const AGENT_OR_TIME: &[&str] = &[
        "bởi", "năm", "hôm", "dưới", "từ", "vào", "mới", "tại", "hồi", "trong", "ngày", "tháng",
    ];
    let first = rest.split(' ').next().unwrap_or("");
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ')'])
        || first.starts_with(|c: char| c.is_ascii_digit())
        || AGENT_OR_TIME.contains(&first)
}

/// How many sentences after an article's lead its opening date still dates a move
/// that gives none of its own.
const LEAD_SENTENCES: usize = 6;

/// How many words may stand between a move word and its new post when no cue comes
/// before the post: the persons of a decision and their posts in apposition.
const NEAR_POST_WORDS: usize = 12;

/// The full name that ends with the short name `short` and that the document writes
/// after the post of the move (`to_post`, folded and compared by [`same_post`]), when
/// exactly one does.
fn titled_with_post(short: &str, to_post: &[String], seen: &Seen) -> Option<String> {
    let post = fold_key(to_post.first()?);
    let short = fold_key(short);
    let mut names = seen
        .titled
        .iter()
        .filter(|(name, title)| {
            let name = fold_key(name);
            name != short && ends_with_words(&name, &short) && same_post(&fold_key(title), &post)
        })
        .map(|(name, _)| name);
    let first = names.next()?;
    names
        .all(|n| fold_key(n) == fold_key(first))
        .then(|| first.clone())
}

/// A short name or pronoun → the full name it stands for: the latest full name before it
/// that ends with it (any full name for a pronoun), else the first one after it.
fn resolve_name(
    short: &str,
    order: usize,
    female: Option<bool>,
    seen: &Seen,
    movers: &HashSet<String>,
) -> Option<String> {
    let names = &seen.names;
    let short_f = fold_case(short);
    let fits = |n: &NameSeen| {
        short_f.is_empty() || {
            let f = &n.folded;
            f.ends_with(&short_f)
                && f.len() > short_f.len()
                && f.as_bytes()[f.len() - short_f.len() - 1] == b' '
        }
    };
    // A pronoun stands for someone named in an earlier sentence, the first one named in
    // the latest sentence that names anyone ("Ông A được Chủ tịch B cất nhắc … Năm 2018,
    // ông kế nhiệm …"), and not someone its own sentence names ("ông kế nhiệm ông B").
    if short_f.is_empty() {
        // (A short name there is often the pronoun's own person: "Ông Nhân … khi ông …".)
        // (Sets, not lists: a document may name thousands.)
        let here: rustc_hash::FxHashSet<&str> = names
            .iter()
            .filter(|n| n.order == order && !n.short)
            .map(|n| n.folded.as_str())
            .collect();
        // ("bà" is none of those only ever called "ông", and the other way round.)
        let called_other: Option<rustc_hash::FxHashSet<&str>> = female.map(|f| {
            names
                .iter()
                .filter(|m| m.female == Some(!f))
                .map(|m| m.folded.as_str())
                .collect()
        });
        let other_gender = |n: &NameSeen| {
            called_other
                .as_ref()
                .is_some_and(|set| set.contains(n.folded.as_str()))
        };
        let latest = names
            .iter()
            .filter(|n| n.order < order && !here.contains(&n.folded.as_str()) && !other_gender(n))
            .map(|n| n.order)
            .max();
        // A sentence led by a pronoun goes on with the person named before it, and
        // those it names are others ("Ông A trở thành ứng viên. Ông thắng, vượt xa ông
        // B. Sáng 10/5, ông tuyên thệ …" is A), so far as the chain goes.
        let mut latest = latest;
        for _ in 0..4 {
            match latest {
                Some(o) if seen.pronoun_led.contains(&o) => {
                    latest = names
                        .iter()
                        .filter(|n| n.order < o && !other_gender(n))
                        .map(|n| n.order)
                        .max();
                }
                _ => break,
            }
        }
        // Of several named there, one who moves elsewhere in the document ("Tổng thống
        // Hollande chào đón ông Macron. Ở tuổi 39, ông trở thành …").
        return latest.and_then(|o| {
            let there: Vec<&NameSeen> = names
                .iter()
                .rev()
                .filter(|n| n.order == o && !here.contains(&n.folded.as_str()) && !other_gender(n))
                .collect();
            there
                .iter()
                .find(|n| movers.contains(&n.folded))
                .or(there.first())
                .map(|n| n.name.clone())
        });
    }
    // A short name may also take a full name from its own sentence; "bà Devos" is
    // Betsy Devos, called "bà" before, rather than her husband Dick Devos named after
    // her, and "ông Trump" none called "bà" ("bà Melania Trump") if another fits.
    let before = |n: &&NameSeen| n.order <= order;
    let called = |want: Option<bool>| {
        move |n: &&NameSeen| {
            let f = n.folded.as_str();
            want.is_some()
                && names
                    .iter()
                    .any(|m| m.folded == f && !m.short && before(&m) && m.female == want)
        }
    };
    let unlike = |n: &&NameSeen| female.is_some() && called(female.map(|f| !f))(n);
    names
        .iter()
        .rev()
        .filter(|n| before(n) && fits(n))
        .find(called(female))
        .or_else(|| {
            names
                .iter()
                .rev()
                .find(|n| before(n) && fits(n) && !unlike(n))
        })
        .or_else(|| names.iter().rev().find(|n| before(n) && fits(n)))
        // The family name first ("ông Moon" of "Moon Jae-in"), if no name ends with it.
        .or_else(|| {
            let first = format!("{} ", short_f.trim_start());
            names
                .iter()
                .rev()
                .find(|n| before(n) && !short_f.trim().is_empty() && n.folded.starts_with(&first))
        })
        .or_else(|| {
            if short_f.is_empty() {
                None
            } else {
                names.iter().find(|n| fits(n))
            }
        })
        // ... or written in full only later ("Bà Kang … Bà Kang Kyung-wha 62 tuổi …").
        .or_else(|| {
            let first = format!("{} ", short_f.trim_start());
            names
                .iter()
                .find(|n| !short_f.trim().is_empty() && n.folded.starts_with(&first))
        })
        .map(|n| n.name.clone())
        .or_else(|| (!short.is_empty()).then(|| short.to_string()))
}

/// Is `p` a bare pronoun ("ông", "bà", "đồng chí") that opens its sentence as its
/// subject, after at most a phrase of time or place set off by a comma ("Sáng 10/5, ông
/// …")? Not one inside a quotation.
fn leads_with_pronoun(s: &Sentence, p: &Person) -> bool {
    let at = p.tokens.start;
    let quoted = |t: &crate::mention::Token| {
        t.is_punct('"') || t.is_punct('“') || t.is_punct('”') || t.is_punct('\'')
    };
    p.name.is_empty()
        && (s.word_is(at, &["ông", "bà"])
            || (s.word_is(at, &["đồng"]) && s.word_is(at + 1, &["chí"])))
        && (at == 0
            || (at <= 8 && s.tokens[at - 1].is_punct(',') && !s.tokens[..at].iter().any(quoted)))
}

/// The verbs whose object may be a post with its new holder: "bổ nhiệm Thủ tướng A".
/// Not "cử" ("cử Phó Thủ tướng A dự hội nghị": a mission).
const NAMING_VERBS: &[&str] = &["bổ nhiệm", "chỉ định", "bầu", "bầu bổ sung", "đề bạt"];

/// Does the sentence announce a list of appointees ("Theo danh sách được bổ nhiệm",
/// "danh sách bổ nhiệm", "nội các mới")? Not a list of candidates ("nằm trong danh
/// sách giám đốc tiềm năng").
fn announces_list(s: &Sentence) -> bool {
    (0..s.tokens.len()).any(|k| {
        let list = s.word_is(k, &["danh"])
            && s.word_is(k + 1, &["sách"])
            && (k + 2..k + 4).any(|j| s.hit_at(j, Category::Move).is_some());
        list || (s.word_is(k, &["nội"]) && s.word_is(k + 1, &["các"]))
    })
}

/// The token after the comma of a sentence that opens with a post or a description of
/// a person, then the person ("Thị trưởng thành phố X, ông A …", "Chuyên gia môi
/// trường, bà B …"); `None` when it opens otherwise ("Trước đó, ông A …").
fn described_opening(s: &Sentence) -> Option<usize> {
    let first = s.tokens.first()?;
    // ("Đồng Chủ tịch đảng X, ông A": one word may come before the title.)
    let describes = (0..2).any(|k| {
        s.hit_at(k, Category::Title).is_some() || s.hit_at(k, Category::Honorific).is_some()
    }) || matches!(first.folded.as_str(), "cựu" | "nguyên" | "chuyên" | "nhân");
    if !describes {
        return None;
    }
    let comma = s.tokens.iter().take(10).position(|t| t.is_punct(','))?;
    let person = s.person_at(comma + 1)?;
    let honorific = person.tokens.start < person.name_tokens.start;
    (honorific && !person.name.is_empty()).then_some(comma + 1)
}

/// Is the person at token `k` the object of the appointing verb whose words after it
/// start at `direct`, described by a few words between ("bổ nhiệm nhà ngoại giao kỳ cựu
/// A", "bổ nhiệm Quốc vụ khanh Bộ Tài chính A")? Words, no punctuation, no other move.
fn described(s: &Sentence, kind: &str, direct: usize, k: usize) -> bool {
    NAMING_VERBS.contains(&kind)
        && k > direct
        && k <= direct + 8
        && (direct..k).all(|j| {
            s.tokens[j].is_word()
                // "được bổ nhiệm bởi Tổng thống A": the one who appoints.
                && !matches!(s.tokens[j].folded.as_str(), "bởi" | "do")
                && s.hit_at(j, Category::Move).is_none()
                && s.cue_at(j).is_none()
        })
}

/// The token of the cue of a new post ("làm", "giữ chức") that follows the person ending
/// at `end`, within a few words without punctuation ("A của Trường Đại học B làm …").
/// Not a preposition that is also a cue ("về", "vào", "lên").
fn to_cue_after(s: &Sentence, end: usize) -> Option<usize> {
    const PREPOSITIONS: &[&str] = &["về", "vào", "lên", "sang", "thành"];
    let mut j = end;
    while j < s.tokens.len() && j <= end + 8 && s.tokens[j].is_word() {
        if let Some((cue, cue_end)) = s.cue_at(j) {
            let preposition =
                cue_end == j + 1 && PREPOSITIONS.contains(&s.tokens[j].folded.as_str());
            return (cue == "to" && !preposition).then_some(j);
        }
        if s.hit_at(j, Category::Move).is_some() || s.person_at(j).is_some() {
            return None;
        }
        j += 1;
    }
    None
}

/// Is the move word at `at` (of the document's `kind`) a verb that appoints someone, in
/// the active voice: "bổ nhiệm", "chỉ định", "cử" … without "được" or "bị" before it?
fn appoints_actively(s: &Sentence, at: usize, kind: &str) -> bool {
    const APPOINTING: &[&str] = &[
        "bổ nhiệm",
        "chỉ định",
        "cử",
        "hiệp thương cử",
        "bầu",
        "bầu bổ sung",
        "điều động",
        "điều chuyển",
        "thuyên chuyển",
        "luân chuyển",
        "phân công",
        "đề bạt",
        "cất nhắc",
        "giao quyền",
        "giao nhiệm vụ",
        "giao phụ trách",
        "chọn làm",
    ];
    let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
    if !APPOINTING.contains(&kind) || word(at) == "được" {
        return false;
    }
    let k = skip_back(s, at, &["vừa", "đã", "mới", "chính", "thức", "sẽ", "cũng"]);
    !(k > 0 && matches!(word(k - 1), "được" | "bị"))
}

/// Does "nhận quyết định" (or "nhận quyết định về việc") stand right before the move
/// word at `at`? "Ông A nhận quyết định bổ nhiệm chức vụ B": the one who receives the
/// decision is moved, as in the passive.
fn received_decision(s: &Sentence, at: usize) -> bool {
    let decision = if at >= 2 && s.word_is(at - 1, &["việc"]) && s.word_is(at - 2, &["về"]) {
        at - 2
    } else {
        at
    };
    decision >= 3
        && s.word_is(decision - 3, &["nhận"])
        && s.word_is(decision - 2, &["quyết"])
        && s.word_is(decision - 1, &["định"])
}

/// The first of the tokens right before `at` that are all among `words` (`at` when the
/// token before is none of them): "vừa chính thức" before "bổ nhiệm".
fn skip_back(s: &Sentence, at: usize, words: &[&str]) -> usize {
    let mut k = at;
    while k > 0 && words.contains(&s.tokens[k - 1].folded.as_str()) {
        k -= 1;
    }
    k
}

/// Is `p` the agent of a passive move ("ông A được bà B ký quyết định bổ nhiệm",
/// "được Chủ tịch Raul Castro cất nhắc", "do Chủ tịch C bổ nhiệm"): right after "được" or
/// "do", or after one of them and a title?
fn is_agent(s: &Sentence, p: &Person) -> bool {
    let start = p.tokens.start;
    let titled = (start.saturating_sub(6)..start).any(|k| {
        s.tokens[k].folded == "được"
            && (k + 1 == start
                || s.hit_at(k + 1, Category::Title)
                    .is_some_and(|(_, end)| end == start))
    });
    // "được tân Tổng thống nước Cộng hòa Pháp X chỉ định": a whole post, with the mark
    // of a new or former holder before it.
    // ("được Bộ trưởng Công thương khi đó là ông X bổ nhiệm": the post then held, named
    // before the one who held it.)
    let posted = || {
        let mut post_start = title_before(s, p).map_or(start, |t| t.tokens.start);
        if post_start >= 4
            && s.word_is(post_start - 1, &["là"])
            && s.word_is(post_start - 2, &["đó", "ấy"])
            && s.word_is(post_start - 3, &["khi", "lúc"])
        {
            let then = post_start - 3;
            if let Some(k) = (then.saturating_sub(12)..then).find(|&k| {
                s.post_at(k, false)
                    .is_some_and(|post| post.tokens.end == then)
            }) {
                post_start = k;
            }
        }
        let k = skip_back(s, post_start, &["tân", "cựu", "nguyên"]);
        k > 0 && s.tokens[k - 1].folded == "được"
    };
    // "Mueller do Thứ trưởng Tư pháp Rod Rosenstein bổ nhiệm": the one after "do" (by)
    // acts (not "do ông A được bổ nhiệm …", because he was appointed).
    let by = || {
        let post_start = title_before(s, p).map_or(start, |t| t.tokens.start);
        post_start > 0
            && s.tokens[post_start - 1].folded == "do"
            && !(p.tokens.end..p.tokens.end + 3).any(|k| s.word_is(k, &["được", "bị"]))
    };
    titled || posted() || by()
}

/// The name of the body that appoints, right before the verb at `at` ("Barca đã bổ
/// nhiệm", "Tập đoàn Sao Mai vừa bổ nhiệm"): one to three capitalised words that are no
/// person, no title and no place type, after punctuation or a lower-case word, with the
/// kind of body before them.
fn appointing_body<'s>(s: &'s Sentence, at: usize) -> Option<&'s str> {
    let k = skip_back(s, at, &["đã", "vừa", "mới", "chính", "thức", "sẽ", "cũng"]);
    let mut j = k;
    while j > 0 && k - j < 3 && s.tokens[j - 1].is_word() && s.tokens[j - 1].capitalized {
        j -= 1;
    }
    // "Tập đoàn Sao Mai": the kind of body before its name.
    if let Some(i) = (j.saturating_sub(3)..j).find(|&i| {
        j < k
            && s.tokens[i].capitalized
            && s.hit_at(i, Category::Organisation)
                .is_some_and(|(_, end)| end == j)
    }) {
        j = i;
    }
    let alone = j == 0 || !(s.tokens[j - 1].is_word() && s.tokens[j - 1].capitalized);
    let plain = (j..k).all(|i| {
        !s.persons.iter().any(|p| p.tokens.contains(&i))
            && s.entries_at(i).all(|e| {
                !matches!(
                    e.category,
                    Category::Title | Category::Honorific | Category::PlaceType | Category::Move
                )
            })
    });
    (j < k && alone && plain).then(|| s.text_of(j..k))
}

/// Is the post a title alone, with nothing of a body after it ("HLV", "Giám đốc")?
fn bare_post(s: &Sentence, post: &Post) -> bool {
    post.tokens.len() <= 3
        && post
            .tokens
            .clone()
            .all(|i| s.hit_at(i, Category::Organisation).is_none())
        && s.hit_at(post.tokens.start, Category::Title)
            .is_some_and(|(_, end)| end == post.tokens.end)
}

/// Is the person the object of a preposition ("đối đầu với cựu Tổng thống A", "gửi thư
/// cho ông B")? Then he is not the subject of the move after him, unless a relative
/// clause makes him so ("gặp ông C, người sau đó được bổ nhiệm …"). A possessor ("của
/// ông D") often is the subject: "mong muốn của ông khi được bổ nhiệm".
fn after_preposition(s: &Sentence, p: &Person) -> bool {
    let mut start = title_before(s, p).map_or(p.tokens.start, |t| t.tokens.start);
    // "cho cựu Thủ tướng A", "cho cố Tổng thống B" (the late).
    while start > 0 && matches!(s.tokens[start - 1].folded.as_str(), "cựu" | "nguyên" | "cố") {
        start -= 1;
    }
    // "cho người bạn A", "với vợ A": who the person is to the subject.
    while start > 0
        && matches!(
            s.tokens[start - 1].folded.as_str(),
            "người" | "bạn" | "vợ" | "chồng" | "đồng" | "nghiệp" | "thân"
        )
    {
        start -= 1;
    }
    let word = |k: usize| s.tokens.get(k).map_or("", |t| t.folded.as_str());
    let end = p.tokens.end;
    // "thay cho ông A, người …", "thay cho ông A - người …": a relative clause of his own.
    let relative = s
        .tokens
        .get(end)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('-') || t.is_punct('–'))
        && word(end + 1) == "người";
    // "trình Quốc thư lên Chủ tịch nước A nhân dịp được bổ nhiệm": the one a thing is
    // sent up or to.
    start > 0 && matches!(word(start - 1), "với" | "cho" | "lên" | "tới") && !relative
}

/// A number between a move word and its post ("bầu bổ sung 5 chức danh Phó Trưởng ban",
/// "bổ nhiệm hai phó giám đốc"): tokens `from..to` hold a count.
fn counted(s: &Sentence, from: usize, to: usize) -> bool {
    // Right before the post or its "chức danh", and no decision's number ("số 4105").
    (from.max(to.saturating_sub(3))..to.min(s.tokens.len())).any(|k| {
        let w = s.tokens[k].folded.as_str();
        if k > 0 && s.tokens[k - 1].folded == "số" {
            return false;
        }
        (w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() && s.tokens[k].date.is_none())
            || (crate::date::number_word(w).is_some_and(|n| n >= 2) && w != "năm")
    })
}

/// Is token `i` inside parentheses that close before token `limit`?
fn in_parentheses(s: &Sentence, i: usize, limit: usize) -> bool {
    let open = (0..i)
        .rev()
        .find(|&k| s.tokens[k].is_punct('(') || s.tokens[k].is_punct(')'));
    let close = (i..limit).find(|&k| s.tokens[k].is_punct(')'));
    open.is_some_and(|k| s.tokens[k].is_punct('(')) && close.is_some()
}

/// A year-less date takes its year from a date of the document with the same month and
/// day ("ngày 6/2" when the text also says "6/2/2017"), or from the same month in the
/// latest year the document names ("ngày 22/6" beside "tháng 6/2017" in a 2017 article,
/// but not beside "tháng 5/2013" in a career summary that reaches 2016).
fn year_from_text(date: PartialDate, dated: &[PartialDate]) -> PartialDate {
    if date.year.is_some() || date.month.is_none() {
        return date;
    }
    let same_day = dated
        .iter()
        .find(|d| date.day.is_some() && d.month == date.month && d.day == date.day)
        .and_then(|d| d.year);
    let latest = dated.iter().filter_map(|d| d.year).max();
    let same_month = latest.filter(|&y| {
        dated
            .iter()
            .any(|d| d.year == Some(y) && d.month == date.month)
    });
    match same_day.or(same_month) {
        Some(year) => PartialDate {
            year: Some(year),
            ..date
        },
        None => date,
    }
}

/// "Sau ba năm" / "sau 3 năm" (within the five tokens before the move word at `at`): the
/// number of years.
fn years_before(s: &Sentence, at: usize) -> Option<i32> {
    let from = at.saturating_sub(5);
    (from..at).find_map(|k| {
        let t = |i: usize| s.tokens.get(i).map_or("", |t| t.folded.as_str());
        if t(k) != "sau" || t(k + 2) != "năm" {
            return None;
        }
        let word = t(k + 1);
        let n = crate::date::number_word(word)
            .map(i32::from)
            .or_else(|| word.parse().ok().filter(|n| (1..=50).contains(n)))?;
        Some(n)
    })
}

/// The time between the sentence's date and the move word at `at` that a time clause
/// counts, in months: -4 for "bốn tháng sau khi ông A nhậm chức", +24 for "2 năm trước
/// khi …" (years and months only).
fn months_from_clause(s: &Sentence, at: usize) -> Option<i32> {
    let (opener, _) = time_clause_opener(s, at)?;
    let t = (0..at)
        .rev()
        .find(|&k| s.word_is(k, &["khi", "lúc", "điểm"]))?;
    let t = if s.word_is(t, &["điểm"]) { t - 1 } else { t };
    if t < 3 {
        return None;
    }
    let per = match s.tokens[t - 2].folded.as_str() {
        "năm" => 12,
        "tháng" => 1,
        _ => return None,
    };
    let word = s.tokens[t - 3].folded.as_str();
    let n = crate::date::number_word(word)
        .map(i32::from)
        .or_else(|| word.parse().ok().filter(|n| (1..=50).contains(n)))?;
    Some(if opener == "sau" { -n * per } else { n * per })
}

/// `date` moved by `months`: to the month when it has one, else to the year when the
/// months are whole years; unknown otherwise.
fn shift_months(date: PartialDate, months: i32) -> PartialDate {
    match (date.year, date.month) {
        (Some(year), Some(month)) => {
            let total = year * 12 + i32::from(month) - 1 + months;
            PartialDate {
                year: Some(total.div_euclid(12)),
                month: u8::try_from(total.rem_euclid(12) + 1).ok(),
                day: None,
            }
        }
        (Some(year), None) if months % 12 == 0 => PartialDate {
            year: Some(year + months / 12),
            month: None,
            day: None,
        },
        // No year: only within the year ("ngày 18-5", three months before: "--02").
        (None, Some(month)) if (1..=12).contains(&(i32::from(month) + months)) => PartialDate {
            year: None,
            month: u8::try_from(i32::from(month) + months).ok(),
            day: None,
        },
        _ => PartialDate::default(),
    }
}

/// Two folded posts that may name the same post: one is a leading part of the other, or
/// they open with the same three words ("giám đốc sở tn mt" and "giám đốc sở tài nguyên
/// và môi trường").
fn same_post(a: &str, b: &str) -> bool {
    fn head(s: &str) -> Vec<&str> {
        s.split(' ').take(3).collect()
    }
    a.starts_with(b)
        || b.starts_with(a)
        || (head(a).len() == 3 && head(a) == head(b))
        || marks_holder(a, b)
        || marks_holder(b, a)
}

/// Is `long` the post `short` with words that say which holder it is ("tổng thống thứ
/// 12 của hàn quốc", "ngoại trưởng nữ đầu tiên của hàn quốc" for "tổng thống hàn
/// quốc")? Folded posts.
fn marks_holder(long: &str, short: &str) -> bool {
    const MARKS: &[&str] = &[
        "thứ", "của", "đầu", "tiên", "tiếp", "theo", "mới", "nữ", "đắc", "cử",
    ];
    let mut rest = short.split(' ').peekable();
    let mut marked = false;
    for w in long.split(' ') {
        if rest.peek() == Some(&w) {
            rest.next();
        } else if MARKS.contains(&w) || w.bytes().all(|b| b.is_ascii_digit()) {
            marked = true;
        } else {
            return false;
        }
    }
    marked && rest.next().is_none() && !short.is_empty()
}

/// Are two folded posts one post, with a body written out in one and by its initials in
/// the other ("giám đốc sở tn mt" and "giám đốc sở tài nguyên và môi trường", "chi cục
/// trưởng chi cục atvstp" and "chi cục trưởng an toàn vệ sinh thực phẩm")? A word of a
/// kind of body said again after the title ("chi cục" after "chi cục trưởng") may be left
/// out.
fn same_by_initials(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    a != b && (spells_out(&a, &b) || spells_out(&b, &a))
}

/// Walks `short` and `long` together: equal words, an initialism of `short` spelled by
/// the next words of `long` ("và" spells nothing), or a word said earlier in its own post.
/// At least one initialism must be spelled.
fn spells_out(short: &[&str], long: &[&str]) -> bool {
    fn initial(w: &str) -> Option<char> {
        let c = w.chars().next()?;
        let mut base = c;
        unicode_normalization::char::decompose_canonical(c, |d| {
            if d.is_alphabetic() && base == c {
                base = d;
            }
        });
        Some(base)
    }
    let (mut i, mut j, mut spelled) = (0, 0, false);
    while i < short.len() {
        if j < long.len() && short[i] == long[j] {
            i += 1;
            j += 1;
            continue;
        }
        let word = short[i];
        let initialism = (2..=8).contains(&word.chars().count())
            && word.chars().all(char::is_alphabetic)
            && !crate::mention::is_vietnamese_syllable(word);
        if initialism {
            let mut k = j;
            let mut letters = word.chars().peekable();
            while let (Some(&want), Some(w)) = (letters.peek(), long.get(k)) {
                if *w == "và" {
                    k += 1;
                } else if initial(w) == Some(want) {
                    letters.next();
                    k += 1;
                } else {
                    break;
                }
            }
            if letters.peek().is_none() && k > j {
                i += 1;
                j = k;
                spelled = true;
                continue;
            }
        }
        if j < long.len() && long[..j].contains(&long[j]) {
            j += 1;
            continue;
        }
        if short[..i].contains(&word) {
            i += 1;
            continue;
        }
        return false;
    }
    spelled && j == long.len()
}

/// Is one folded post the other told shorter, with words left out of its middle
/// ("tổng thống timor leste" of "tổng thống nước cộng hòa dân chủ timor leste")? The
/// shorter has two words or more, and both open and end with the same word.
fn told_shorter(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 2 || short.first() != long.first() || short.last() != long.last() {
        return false;
    }
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// The words of posts that tell one move from another: folded, without the words for
/// kinds of administrative unit ("Giám đốc Sở TN-MT tỉnh Yên Bái" and "Giám đốc Sở TN-MT
/// Yên Bái" are one post).
fn move_key(posts: &[String]) -> String {
    const UNIT_WORDS: &[&str] = &[
        "tỉnh",
        "thành",
        "phố",
        "tp",
        "huyện",
        "quận",
        "thị",
        "xã",
        "phường",
        "tx",
    ];
    // "Ngoại trưởng" is "Bộ trưởng Ngoại giao" in one word.
    let key = fold_key(&posts.join(" ")).replace("bộ trưởng ngoại giao", "ngoại trưởng");
    key.split(' ')
        .filter(|w| !UNIT_WORDS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Does the folded name `who` end with the words of `name` ("le huu tung", "tung")?
fn ends_with_words(who: &str, name: &str) -> bool {
    who.len() > name.len()
        && who.ends_with(name)
        && who.as_bytes()[who.len() - name.len() - 1] == b' '
}

/// Does the folded text `hay` hold the words of `needle`, whole?
fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {hay} ").contains(&format!(" {needle} "))
}

/// Lower case, letters and digits only: for comparing names and posts.
fn fold_key(s: &str) -> String {
    fold_case(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> PartialDate {
        PartialDate { year, month, day }
    }

    /// A draft of Lê Văn Bảy's move to Bí thư Huyện ủy: a return without its post, a
    /// mention of the post with its holder, or a plain move, with or without the post
    /// held before.
    fn draft(kind: &str, from: &str) -> Draft {
        Draft {
            person: "Lê Văn Bảy".to_string(),
            short_name: false,
            female: None,
            from_post: [from]
                .into_iter()
                .filter(|f| !f.is_empty())
                .map(String::from)
                .collect(),
            to_post: if kind == "return" {
                Vec::new()
            } else {
                vec!["Bí thư Huyện ủy".to_string()]
            },
            date: PartialDate::default(),
            date_text: String::new(),
            kind: "bổ nhiệm".to_string(),
            field: Field::Text,
            sentence: 0..10,
            rule: "move",
            is_return: kind == "return",
            unit_only: false,
            date_inherited: false,
            date_from_lead: false,
            date_rank: 0,
            recap: false,
            marked_new: kind == "mention",
            mention_only: kind == "mention",
            takes_office: false,
            holder_by_title: false,
            in_turn: false,
            order: 0,
            signals: Signals::default(),
            person_key: String::new(),
        }
    }

    /// The drafts of one sentence: (kind, post held before).
    type Sentence<'a> = &'a [(&'a str, &'a str)];

    /// Which drafts, read sentence by sentence, make a record possible.
    #[test]
    fn evidence_of_records() {
        let cases: &[(&[Sentence], bool)] = &[
            (&[], false),
            (&[&[]], false),
            (&[&[("move", "")]], true),
            // A post named with its holder ("tân Bí thư X Nguyễn Văn A") is a record of its
            // own when the document reports no other move of that person.
            (&[&[("mention", "")]], true),
            (&[&[("mention", "")], &[("mention", "Phó Bí thư")]], true),
            (&[&[("mention", "Phó Bí thư"), ("move", "")]], true),
            (&[&[("return", "")]], false),
            (&[&[("return", "")], &[("mention", "")]], true),
            // The return takes the earlier post another draft gives.
            (&[&[("return", "")], &[("mention", "Phó Bí thư")]], true),
            (&[&[("mention", "Phó Bí thư")], &[("return", "")]], true),
        ];
        for (sentences, want) in cases {
            let mut evidence = Evidence::default();
            let got = sentences.iter().any(|drafts| {
                let drafts: Vec<Draft> = drafts.iter().map(|(k, f)| draft(k, f)).collect();
                evidence.add(&drafts)
            });
            assert_eq!(got, *want, "{sentences:?}");
        }
    }

    #[test]
    fn years_for_year_less_dates() {
        let article = [
            d(Some(2017), Some(6), None),
            d(Some(2016), Some(9), Some(9)),
        ];
        let career = [d(Some(2013), Some(5), None), d(Some(2016), Some(2), None)];
        let cases = [
            // Same day elsewhere: its year.
            (d(None, Some(9), Some(9)), &article[..], "2016-09-09"),
            // Same month in the latest year named: that year.
            (d(None, Some(6), Some(22)), &article[..], "2017-06-22"),
            // Same month, but in an earlier year than the document reaches: no year.
            (d(None, Some(5), Some(10)), &career[..], "--05-10"),
            (d(None, Some(3), Some(1)), &article[..], "--03-01"),
            (d(Some(2015), None, None), &article[..], "2015"),
        ];
        for (date, dated, want) in cases {
            assert_eq!(year_from_text(date, dated).to_iso(), want, "{date:?}");
        }
    }

    #[test]
    fn runs_of_spaces_made_one() {
        let cases = [
            ("", ""),
            ("Ông  Lê Văn   Hòa", "Ông Lê Văn Hòa"),
            ("  bổ  nhiệm  ", " bổ nhiệm "),
            ("không đổi", "không đổi"),
        ];
        for (line, want) in cases {
            assert_eq!(one_space(line), want, "{line:?}");
        }
    }

    #[test]
    fn wordings_of_one_post() {
        let cases = [
            (
                "giám đốc sở tn mt",
                "giám đốc sở tài nguyên và môi trường",
                true,
            ),
            ("bí thư huyện ủy", "bí thư huyện ủy kim động", true),
            ("phó giám đốc sở y tế", "giám đốc sở y tế", false),
            ("chủ tịch", "chủ tịch ubnd tỉnh", true),
            ("tổng thống thứ 45 của mỹ", "tổng thống mỹ", true),
            ("thủ tướng mới của nhật bản", "thủ tướng nhật bản", true),
            ("tổng thống thứ 45 của mỹ", "phó tổng thống mỹ", false),
            ("chủ tịch thường trực ubnd", "chủ tịch ubnd", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_post(a, b), want, "{a} / {b}");
        }
    }

    #[test]
    fn shifting_a_date_by_months_keeps_what_is_known() {
        let cases = [
            (
                d(Some(2016), Some(10), Some(3)),
                -4,
                d(Some(2016), Some(6), None),
            ),
            (
                d(Some(2016), Some(2), None),
                -3,
                d(Some(2015), Some(11), None),
            ),
            (
                d(Some(2016), Some(11), None),
                2,
                d(Some(2017), Some(1), None),
            ),
            (d(Some(2019), None, None), -24, d(Some(2017), None, None)),
            (d(Some(2019), None, None), -4, d(None, None, None)),
            (d(None, Some(5), Some(18)), -3, d(None, Some(2), None)),
            (d(None, Some(2), Some(18)), -3, d(None, None, None)),
        ];
        for (date, months, want) in cases {
            assert_eq!(shift_months(date, months), want, "{date:?} {months}");
        }
    }

    #[test]
    fn a_body_by_its_initials_is_the_same_post() {
        let cases = [
            (
                "giám đốc sở tn mt",
                "giám đốc sở tài nguyên và môi trường",
                true,
            ),
            (
                "chi cục trưởng chi cục atvstp",
                "chi cục trưởng an toàn vệ sinh thực phẩm",
                true,
            ),
            ("chủ tịch ubnd", "chủ tịch ủy ban nhân dân", true),
            (
                "bộ trưởng bộ gd đt",
                "bộ trưởng bộ giáo dục và đào tạo",
                true,
            ),
            // Other bodies, or no initialism at all.
            ("chủ tịch hđnd", "chủ tịch ủy ban nhân dân", false),
            ("giám đốc sở tc", "giám đốc sở tư pháp", false),
            ("giám đốc sở tài chính", "giám đốc sở tài chính", false),
            ("phó giám đốc sở", "giám đốc sở", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_by_initials(a, b), want, "{a} / {b}");
        }
    }

    #[test]
    fn the_gate_keeps_sentences_that_may_tell_a_move() {
        let gazetteer = Gazetteer::builtin(&Normalizer::default()).unwrap();
        let cases = [
            // A post close after the move word, or after its cue however far.
            ("Ông Trần Văn Lộc được bổ nhiệm làm Giám đốc Sở Tư pháp.", true),
            (
                "Tỉnh ủy đã bổ nhiệm ông Trần Văn Lộc, ông Phạm Minh Quang, ông Lò Văn Sơn, ông Hà Thị Mai và ông Vũ Đức Long cùng giữ chức Phó Giám đốc Sở.",
                true,
            ),
            // A post far after the move word, with no cue before it.
            (
                "Sau khi bổ nhiệm xong, mọi người cùng nhau ăn cơm trưa, ai nấy đều vui vẻ kể chuyện cũ với Giám đốc Trần Văn Lộc.",
                false,
            ),
            // Taking office may leave the post to the rest of the document.
            ("Một trăm ngày sau khi ông Lộc nhậm chức, dư luận đã khác.", true),
            // A return needs a post somewhere in its sentence.
            ("Ông Trần Văn Lộc trở lại Sở Tư pháp.", true),
            ("Ông Trần Văn Lộc đã trở lại sau kỳ nghỉ dài.", false),
            // "tân" needs its title right after it.
            ("Tân Giám đốc Sở Trần Văn Lộc phát biểu.", true),
            ("Ông Lộc nói về mùa tân học của Sở.", false),
        ];
        for (text, want) in cases {
            let hits = SentenceHits::find(&gazetteer, text, 0..text.len());
            assert_eq!(may_tell_move(&hits), want, "{text}");
        }
    }
}
