//! Named-entity mentions: who and what an article names (people, organisations, places,
//! other names), found by a statistical tagger trained by the project (see `models/README.md`).
//!
//! The tagger is a greedy averaged perceptron over BILOU tags with rich features (see
//! [`features`]); its weights are embedded in the binary (`models/ner.bin`) and loaded once.
//! Each [`Mention`] carries CoNLL's coarse label ([`EntityLabel`]) and a finer [`MentionKind`]
//! read from the gazetteers.

pub mod clusters;
pub mod facilities;
pub mod features;
pub mod gazetteer;
pub mod glued;
pub mod model;
pub mod offices;
pub mod openings;
pub mod orgs;
pub mod particles;
pub mod people;
pub mod possessives;

use crate::extract::doc::Doc;
use crate::extract::span::Span;
use features::{DocContext, N_TAGS, OUTSIDE, Prepared, Tag, allowed, tag_label, tag_position};
use gazetteer::{GAZETTEER, GazetteerKind};
use model::Model;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::LazyLock;

/// The coarse label of a mention, as in CoNLL-2003.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityLabel {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
    /// Any other name: nationalities, events, works, products.
    Misc,
}

impl EntityLabel {
    /// The four labels in tag order.
    pub const ALL: [EntityLabel; 4] =
        [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc, EntityLabel::Misc];

    /// The CoNLL name: `PER`, `ORG`, `LOC`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    /// Reads a CoNLL name (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn parse(name: &str) -> Option<EntityLabel> {
        EntityLabel::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// The finer kind of a mention, for actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A country.
    Country,
    /// A city (capitals included).
    City,
    /// Another place: region, sea, continent, street.
    Place,
    /// A nationality or other group adjective: "Chinese", "Palestinians".
    Nationality,
    /// Anything else with a name.
    Other,
}

/// One entity mention in a `Doc`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where it is in the text.
    pub span: Span,
    /// CoNLL label.
    pub label: EntityLabel,
    /// Finer kind.
    pub kind: MentionKind,
    /// Index of its sentence in the `Doc`.
    pub sentence: usize,
    /// Indices of its tokens in [`Doc::tokens`].
    pub tokens: Range<usize>,
}

/// An entity found in a sentence given as words: token range and label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordEntity {
    /// Word indices in the sentence.
    pub words: Range<usize>,
    /// Label.
    pub label: EntityLabel,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    // The embedded file is checked by a test; a broken build falls back to tagging nothing.
    Model::from_bytes(include_bytes!("../../../models/ner.bin")).unwrap_or_default()
});

/// The embedded model (loaded on first use).
pub fn embedded_model() -> &'static Model {
    &MODEL
}

/// Tags one sentence (as words) greedily, left to right, keeping the BILOU sequence valid.
pub fn tag_words(model: &Model, words: &[&str], ctx: &DocContext) -> Vec<Tag> {
    let prepared = Prepared::new(words);
    let mut tags = Vec::with_capacity(words.len());
    let mut features = Vec::with_capacity(64);
    let (mut prev, mut prev2) = (OUTSIDE, OUTSIDE);
    for i in 0..words.len() {
        features.clear();
        prepared.static_features(i, ctx, &mut features);
        prepared.dynamic_features(i, prev, prev2, &mut features);
        let mut scores = [0f32; N_TAGS];
        model.score(&features, &mut scores);
        let last = i + 1 == words.len();
        let tag = best_tag(&scores, prev, last);
        tags.push(tag);
        prev2 = prev;
        prev = tag;
    }
    tags
}

/// The best-scoring tag that may follow `prev` (and, at the end, that closes any entity).
pub fn best_tag(scores: &[f32; N_TAGS], prev: Tag, last: bool) -> Tag {
    let mut best = None;
    for (t, &s) in scores.iter().enumerate() {
        let t = t as Tag;
        if !allowed(prev, t) || (last && matches!(tag_position(t), Some(0 | 1))) {
            continue;
        }
        if best.is_none_or(|(_, bs)| s > bs) {
            best = Some((t, s));
        }
    }
    best.map_or(OUTSIDE, |(t, _)| t)
}

/// Entities from a BILOU tag sequence (lenient: an unclosed entity ends at its last token).
pub fn entities_from_tags(tags: &[Tag]) -> Vec<WordEntity> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let (label, position) = match (tag_label(t), tag_position(t)) {
            (Some(l), Some(p)) => (l, p),
            _ => {
                if let Some((s, l)) = open.take() {
                    out.push(word_entity(s, i, l));
                }
                continue;
            }
        };
        match (open, position) {
            (Some((s, l)), 1) if l == label => open = Some((s, l)),
            (Some((s, l)), 2) if l == label => {
                out.push(word_entity(s, i + 1, l));
                open = None;
            }
            _ => {
                if let Some((s, l)) = open.take() {
                    out.push(word_entity(s, i, l));
                }
                match position {
                    0 | 1 => open = Some((i, label)),
                    _ => out.push(word_entity(i, i + 1, label)),
                }
            }
        }
    }
    if let Some((s, l)) = open {
        out.push(word_entity(s, tags.len(), l));
    }
    out
}

fn word_entity(start: usize, end: usize, label: u8) -> WordEntity {
    WordEntity { words: start..end, label: EntityLabel::ALL[label as usize % 4] }
}

/// Tags a pre-tokenized document (sentences of words) with the embedded model, then makes the
/// labels consistent across the document (see [`consistent_labels`]).
pub fn tag_document(sentences: &[Vec<&str>]) -> Vec<Vec<WordEntity>> {
    tag_document_with(&MODEL, sentences)
}

/// [`tag_document`] with another model (to compare weights files without rebuilding).
pub fn tag_document_with(model: &Model, sentences: &[Vec<&str>]) -> Vec<Vec<WordEntity>> {
    let mut ctx = DocContext::new(sentences.iter().map(Vec::as_slice));
    let mut tagged: Vec<Vec<WordEntity>> = Vec::with_capacity(sentences.len());
    for words in sentences {
        // A headline in capitals is tagged as it would be written in running text.
        let tags = tag_words(model, words, &ctx);
        ctx.remember(words, &tags);
        tagged.push(
            entities_from_tags(&tags)
                .into_iter()
                .filter_map(|e| without_trailing_numbers(words, e))
                .filter_map(|e| without_title_or_article(words, e))
                .collect(),
        );
        if let Some(entities) = tagged.last_mut() {
            offices::split_at_offices(words, entities);
            possessives::split_at_possessives(words, entities);
        }
    }
    openings::restore_given_names(sentences, &mut tagged);
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        orgs::apply(words, entities);
        facilities::apply(words, entities);
        people::apply(words, entities);
        particles::apply(words, entities);
        for e in entities.iter_mut() {
            if is_event_name(words, e) || is_model_name(words, e) || is_demonym_person(words, e) {
                e.label = EntityLabel::Misc;
            }
        }
        add_quoted_titles(words, entities);
    }
    people::named_by_role(sentences, &mut tagged);
    if ctx.is_sporty() {
        // elsewhere a lone word is too often another entity's: "Howe's Brigade" … "Camp Howe"
        people::surnames_of_people(sentences, &mut tagged);
    }
    consistent_labels(sentences, &mut tagged);
    propagate_names(sentences, &mut tagged);
    orgs::acronyms_of_organisations(sentences, &mut tagged);
    glued::split_glued_names(sentences, &mut tagged);
    // after the one-label-per-name pass: a town is a team in "beat Detroit 4-3" and a place in
    // "meet again in Detroit"
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        orgs::places_after_locatives(words, entities);
    }
    tagged
}

static EVENT_WORDS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| crate::extract::lexicon::word_list(include_str!("data/event_words.txt")).collect());

/// True for a name headed by an event word: "Battle of Gettysburg", "UEFA Cup", or the event
/// word alone ("the Championship", "the Olympics") (CoNLL MISC).
fn is_event_name(words: &[&str], e: &WordEntity) -> bool {
    if e.label == EntityLabel::Per || e.label == EntityLabel::Misc {
        return false;
    }
    let first = words[e.words.start].to_lowercase();
    let last = words[e.words.end - 1].to_lowercase();
    if e.words.len() == 1 {
        return EVENT_WORDS.contains(first.as_str());
    }
    let of_follows = words.get(e.words.start + 1).is_some_and(|w| *w == "of");
    EVENT_WORDS.contains(last.as_str()) || (of_follows && EVENT_WORDS.contains(first.as_str()))
}

/// True for a "person" that is a nationality word: "the Briton" stands for someone already
/// named, and is no name of its own (CoNLL MISC).
fn is_demonym_person(words: &[&str], e: &WordEntity) -> bool {
    e.label == EntityLabel::Per
        && e.words.len() == 1
        && GAZETTEER.is(words[e.words.start], GazetteerKind::Demonym)
}

/// True for a "person" whose name holds a digit: a product or model ("A350 XWB", "iPhone 4"),
/// never a person's name.
fn is_model_name(words: &[&str], e: &WordEntity) -> bool {
    e.label == EntityLabel::Per
        && words[e.words.clone()].iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// A short title-case phrase alone inside quotation marks is the title of a work (CoNLL MISC):
/// `the single " Good Day "`. Long quotes, lower-case words and phrases already tagged are left.
fn add_quoted_titles(words: &[&str], entities: &mut Vec<WordEntity>) {
    let is_quote = |w: &str| matches!(w, "\"" | "“" | "”" | "``" | "''");
    let mut i = 0;
    let mut added = Vec::new();
    while i < words.len() {
        if !is_quote(words[i]) {
            i += 1;
            continue;
        }
        let Some(close) = (i + 1..words.len().min(i + 8)).find(|&j| is_quote(words[j])) else {
            i += 1;
            continue;
        };
        let inner = i + 1..close;
        let title_case = !inner.is_empty()
            && inner.clone().all(|j| {
                let w = words[j];
                w.chars().next().is_some_and(char::is_uppercase)
                    || (w.len() <= 3 && w.chars().all(char::is_lowercase))
            })
            && words[inner.start].chars().next().is_some_and(char::is_uppercase)
            && words[inner.end - 1].chars().next().is_some_and(char::is_uppercase);
        let free = !entities.iter().any(|e| e.words.start < inner.end && inner.start < e.words.end);
        let sentence_like =
            inner.len() == 1 && crate::extract::lexicon::is_sentence_starter(words[inner.start]);
        if title_case && free && !sentence_like && close > i + 1 {
            added.push(WordEntity { words: inner.clone(), label: EntityLabel::Misc });
        }
        i = close + 1;
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|e| e.words.start);
    }
}

/// Longest title, in words, looked for inside a person mention.
const TITLE_MAX_WORDS: usize = 5;

/// Longest name, in words, that [`propagate_names`] looks for elsewhere.
const PROPAGATED_NAME_MAX_WORDS: usize = 8;

/// A name tagged somewhere in the document is a name wherever else it appears with the same
/// capitals, and so is the surname of a person named in full ("Blinken" in a headline after
/// "Antony Blinken" in the body). Lone words that commonly open sentences are left alone.
pub fn propagate_names(sentences: &[Vec<&str>], tagged: &mut [Vec<WordEntity>]) {
    use std::collections::HashMap;
    let mut names: HashMap<Vec<&str>, EntityLabel> = HashMap::new();
    for (words, entities) in sentences.iter().zip(tagged.iter()) {
        for e in entities {
            let w = &words[e.words.clone()];
            if w.len() > 1 || !crate::extract::lexicon::is_sentence_starter(w[0]) {
                names.entry(w.to_vec()).or_insert(e.label);
            }
            if e.label == EntityLabel::Per && w.len() > 1 {
                names.entry(vec![w[w.len() - 1]]).or_insert(EntityLabel::Per);
            }
        }
    }
    // Names of more than a few words are not propagated (and a run-on "name" cannot make the
    // search quadratic).
    names.retain(|k, _| {
        k.len() <= PROPAGATED_NAME_MAX_WORDS
            && (k.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase())) || k.len() > 1)
    });
    if names.is_empty() {
        return;
    }
    let longest = names.keys().map(Vec::len).max().unwrap_or(1);
    // In a headline written in capitals, names match whatever their case.
    let shouted: HashMap<Vec<String>, EntityLabel> =
        names.iter().map(|(k, &l)| (k.iter().map(|w| w.to_uppercase()).collect(), l)).collect();
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        let shouting = features::is_shouting(words);
        let mut covered = vec![false; words.len()];
        for e in entities.iter() {
            covered[e.words.clone()].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        let mut added = Vec::new();
        while i < words.len() {
            if covered[i] {
                i += 1;
                continue;
            }
            let mut hit = None;
            for len in (1..=longest.min(words.len() - i)).rev() {
                if covered[i..i + len].iter().any(|&c| c) {
                    continue;
                }
                let label = if shouting {
                    let key: Vec<String> = words[i..i + len].iter().map(|w| w.to_uppercase()).collect();
                    shouted.get(&key).copied()
                } else {
                    names.get(&words[i..i + len]).copied()
                };
                if let Some(label) = label {
                    hit = Some((len, label));
                    break;
                }
            }
            match hit {
                Some((len, label)) => {
                    added.push(WordEntity { words: i..i + len, label });
                    i += len;
                }
                None => i += 1,
            }
        }
        if !added.is_empty() {
            entities.extend(added);
            entities.sort_by_key(|e| e.words.start);
        }
    }
}

/// True for a word without a letter: "1996-08-30", "3", "(".
fn has_no_letter(word: &str) -> bool {
    !word.chars().any(char::is_alphabetic)
}

static NOT_NAMES: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| crate::extract::lexicon::word_list(include_str!("data/not_names.txt")).collect());

/// Cuts an entity before the first word without a letter ("Suwan 1 3 0" → "Suwan"): a name
/// never runs on into a score or a date. Trailing lower-case words and punctuation are cut too
/// ("iPhone 3GS will" → "iPhone 3GS"), and lone words that are not names ("The", "We", "UTC")
/// are dropped.
fn without_trailing_numbers(words: &[&str], mut e: WordEntity) -> Option<WordEntity> {
    let cut = (e.words.start..e.words.end)
        .find(|&i| has_no_letter(words[i]) && !matches!(words[i], "&" | "-" | "'" | "." | "+"));
    if let Some(cut) = cut {
        e.words.end = cut;
    }
    while e.words.len() > 1 {
        let last = words[e.words.end - 1];
        if has_no_letter(last) && !last.chars().any(|c| c.is_ascii_digit())
            || last.chars().next().is_some_and(char::is_lowercase)
            || matches!(last, "'s" | "’s" | "'S")
        {
            e.words.end -= 1;
        } else {
            break;
        }
    }
    if e.words.len() == 1 {
        let w = words[e.words.start];
        let lower = w.to_lowercase();
        if NOT_NAMES.contains(lower.as_str())
            || (crate::extract::lexicon::is_sentence_starter(w) && !GAZETTEER.is(w, GazetteerKind::Country))
            || w.contains('$')
        {
            return None;
        }
    }
    (!e.words.is_empty() && !has_no_letter(words[e.words.start])).then_some(e)
}

/// Cuts a leading "the" and the end of a title that reaches into a name ("Secretary of
/// [State Antony Blinken]" → "Antony Blinken"): CoNLL's boundaries, and the name an actor needs.
fn without_title_or_article(words: &[&str], mut e: WordEntity) -> Option<WordEntity> {
    if e.words.len() > 1 && words[e.words.start].eq_ignore_ascii_case("the") {
        e.words.start += 1;
    }
    let is_title = |from: usize, to: usize| GAZETTEER.is(&words[from..to].join(" "), GazetteerKind::Title);
    let reach = e.words.start.saturating_sub(3);
    if e.label == EntityLabel::Per {
        // The last title inside or reaching into the name ends where the name starts:
        // "Aer Lingus Chief Executive [Dermot Mannion]", "Secretary of [State Antony Blinken]".
        // A title that starts inside the name must have two words or more ("Chief Executive"),
        // so that one-word titles that are also names ("General", "King") stay.
        let cut = (e.words.start + 1..=e.words.end).rev().find(|&k| {
            (reach.max(k.saturating_sub(TITLE_MAX_WORDS))..k)
                .any(|from| (from <= e.words.start || k - from >= 2) && is_title(from, k))
        });
        if let Some(k) = cut {
            e.words.start = k;
        }
    } else if (reach..e.words.start).any(|from| is_title(from, e.words.end)) {
        // A whole entity that only ends a title: the "State" of "Secretary of State".
        return None;
    }
    (!e.words.is_empty()).then_some(e)
}

/// One name, one label per document: each entity takes the label most of the same name's
/// mentions have; a lone word that is the last word of a multi-word person name elsewhere
/// ("Duran" after "Roberto Duran") is a person.
pub fn consistent_labels(sentences: &[Vec<&str>], tagged: &mut [Vec<WordEntity>]) {
    use std::collections::HashMap;
    let mut votes: HashMap<String, [usize; 4]> = HashMap::new();
    let mut surnames: HashMap<String, ()> = HashMap::new();
    for (words, entities) in sentences.iter().zip(tagged.iter()) {
        for e in entities {
            let key = words[e.words.clone()].join(" ").to_lowercase();
            votes.entry(key).or_default()[e.label as usize] += 1;
            if e.label == EntityLabel::Per && e.words.len() > 1 {
                surnames.insert(words[e.words.end - 1].to_lowercase(), ());
            }
        }
    }
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        for e in entities.iter_mut() {
            let key = words[e.words.clone()].join(" ").to_lowercase();
            if e.words.len() == 1 && surnames.contains_key(&key) {
                e.label = EntityLabel::Per;
                continue;
            }
            if let Some(v) = votes.get(&key) {
                let (best, &count) =
                    v.iter().enumerate().max_by_key(|&(i, c)| (c, std::cmp::Reverse(i))).unwrap_or((0, &0));
                if count > v[e.label as usize] {
                    e.label = EntityLabel::ALL[best];
                }
            }
        }
    }
}

/// Every entity mention of `doc`, in text order.
pub fn mentions(doc: &Doc) -> Vec<Mention> {
    mentions_with(&MODEL, doc)
}

/// [`mentions`] with another model (to compare weights files without rebuilding).
pub fn mentions_with(model: &Model, doc: &Doc) -> Vec<Mention> {
    let text = doc.text();
    let words: Vec<Vec<&str>> = (0..doc.sentences().len())
        .map(|i| doc.sentence_tokens(i).iter().map(|t| t.span.text(text)).collect())
        .collect();
    let tagged = tag_document_with(model, &words);
    let mut out = Vec::new();
    for (i, entities) in tagged.into_iter().enumerate() {
        let first = doc.sentences()[i].tokens.start;
        let tokens = doc.sentence_tokens(i);
        for e in entities {
            let span = Span::new(tokens[e.words.start].span.start, tokens[e.words.end - 1].span.end);
            let kind = kind_of(e.label, span.text(text));
            out.push(Mention {
                span,
                label: e.label,
                kind,
                sentence: i,
                tokens: first + e.words.start..first + e.words.end,
            });
        }
    }
    out
}

/// The finer kind of a mention with this label and text.
pub fn kind_of(label: EntityLabel, text: &str) -> MentionKind {
    let g = &*GAZETTEER;
    let bare = text.strip_prefix("the ").or_else(|| text.strip_prefix("The ")).unwrap_or(text);
    match label {
        EntityLabel::Per => MentionKind::Person,
        EntityLabel::Org => MentionKind::Organization,
        EntityLabel::Loc if g.is(bare, GazetteerKind::Country) => MentionKind::Country,
        EntityLabel::Loc if g.is(bare, GazetteerKind::Capital) => MentionKind::City,
        EntityLabel::Loc => MentionKind::Place,
        EntityLabel::Misc if g.is(bare, GazetteerKind::Demonym) => MentionKind::Nationality,
        EntityLabel::Misc => MentionKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::features::make_tag;
    use super::*;

    #[test]
    fn a_name_with_a_digit_is_no_person() {
        let words = ["the", "A350", "XWB"];
        let e = WordEntity { words: 1..3, label: EntityLabel::Per };
        assert!(is_model_name(&words, &e));
        let e = WordEntity { words: 1..3, label: EntityLabel::Org };
        assert!(!is_model_name(&words, &e));
        assert!(!is_model_name(
            &["Mark", "Papermaster"],
            &WordEntity { words: 0..2, label: EntityLabel::Per }
        ));
    }

    #[test]
    fn embedded_model_loads() {
        let bytes = include_bytes!("../../../models/ner.bin");
        assert!(Model::from_bytes(bytes).is_ok());
    }

    #[test]
    fn entities_from_bilou() {
        let per_b = make_tag(0, 0);
        let per_l = make_tag(0, 2);
        let loc_u = make_tag(2, 3);
        let tags = [per_b, per_l, OUTSIDE, loc_u, per_b];
        let e = entities_from_tags(&tags);
        assert_eq!(e.len(), 3);
        assert_eq!(e[0], WordEntity { words: 0..2, label: EntityLabel::Per });
        assert_eq!(e[1], WordEntity { words: 3..4, label: EntityLabel::Loc });
        assert_eq!(e[2].words, 4..5);
    }

    #[test]
    fn best_tag_respects_transitions() {
        let mut scores = [0f32; N_TAGS];
        scores[make_tag(1, 2) as usize] = 5.0; // L-ORG cannot follow O
        scores[make_tag(0, 3) as usize] = 1.0;
        assert_eq!(best_tag(&scores, OUTSIDE, false), make_tag(0, 3));
        scores[make_tag(0, 0) as usize] = 9.0; // B-PER cannot end a sentence
        assert_eq!(best_tag(&scores, OUTSIDE, true), make_tag(0, 3));
    }

    #[test]
    fn events_and_quoted_titles_are_misc() {
        let words = ["the", "Battle", "of", "Gettysburg", "and", "the", "UEFA", "Cup"];
        assert!(is_event_name(&words, &WordEntity { words: 1..4, label: EntityLabel::Loc }));
        assert!(is_event_name(&words, &WordEntity { words: 6..8, label: EntityLabel::Org }));
        assert!(!is_event_name(&words, &WordEntity { words: 3..4, label: EntityLabel::Loc }));
        let words = ["the", "single", "\"", "Good", "Day", "\"", "and", "\"", "we", "won", "\""];
        let mut entities = Vec::new();
        add_quoted_titles(&words, &mut entities);
        assert_eq!(entities, vec![WordEntity { words: 3..5, label: EntityLabel::Misc }]);
    }

    #[test]
    fn kinds_from_gazetteer() {
        assert_eq!(kind_of(EntityLabel::Loc, "the United States"), MentionKind::Country);
        assert_eq!(kind_of(EntityLabel::Loc, "Beijing"), MentionKind::City);
        assert_eq!(kind_of(EntityLabel::Misc, "Chinese"), MentionKind::Nationality);
        assert_eq!(kind_of(EntityLabel::Per, "Qin Gang"), MentionKind::Person);
    }
}
