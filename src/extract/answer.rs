//! Answers to follow-up questions, from the article alone.
//!
//! [`answer`] takes the article's [`Digest`] and [`Doc`] and a question, and returns an
//! [`Answer`]: a short reply, the sentence(s) it rests on as evidence, and whether the article
//! answers at all. Nothing comes from outside the article: when it does not say, the answer
//! says so plainly and tells what the article does cover.
//!
//! How: the question's kind comes from how it opens (`answer/words.tsv`); the sentences are
//! ranked by BM25 over their terms, with the names, numbers and dates of the question weighted
//! double and a bonus for sentences that hold what the kind asks for (a date for *when*, a
//! number for *how many*, a cause for *why*, a place for *where*, speech for *what did X say*).
//! *Who is X* uses the digest's actors and their roles when it has them, else X's first
//! mention. *When* prefers the timeline's entries when the digest has them. The question is
//! declined when a name it asks about is not in the article, or when the best sentence covers
//! too little of what the question is about.

use crate::extract::digest::{Actor, ActorKind, Digest, Evidence};
use crate::extract::doc::{BlockKind, Doc};
use crate::extract::token::TokenKind;
use crate::extract::{lexicon, porter, terms};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// "Who will replace Papermaster?": a person or organization.
    Who,
    /// "Who is Bob Mansfield?": an actor's role.
    WhoIs,
    /// "What did Jobs say about …?": reported speech.
    WhatSaid,
    /// "How many / how much / how long / how old": an amount.
    HowMany,
    /// "When …": a date or time.
    When,
    /// "Where …": a place.
    Where,
    /// "Why …": a cause.
    Why,
    /// "How …" (manner).
    How,
    /// "What / which …", or anything else.
    What,
}

/// A reply to a question, with the sentences it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    /// The short reply: in the article's words when it answers; when it does not, a plain
    /// statement of that and of what the article covers.
    pub reply: String,
    /// Whether the article answers the question.
    pub answered: bool,
    /// What the question asks for.
    pub kind: QuestionKind,
    /// The quoted sentence(s) the reply rests on; empty when the article does not answer.
    pub evidence: Vec<Evidence>,
}

/// Share of the question's weighted terms the chosen sentence must hold.
const MIN_COVERAGE: f64 = 0.45;

/// The same, when one of the question's words is nowhere in the article.
const MIN_COVERAGE_WITH_ABSENT: f64 = 0.6;

/// Score factor for a sentence with one of the question's names of several words, whole.
const NAME_PHRASE_BONUS: f64 = 1.2;

/// BM25 parameters.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Weight of a name's or a number's terms in the question, against 1 for other words.
const NAME_WEIGHT: f64 = 2.0;

/// Score factor for a sentence that holds what the kind asks for, and for one that lacks it
/// when the kind needs it (dates, amounts).
const KIND_BONUS: f64 = 1.5;
const KIND_MISSING: f64 = 0.4;

/// The answerer's word lists (`answer/words.tsv`).
#[derive(Debug, Default)]
struct Words {
    openings: Vec<(String, QuestionKind)>,
    ignore: HashSet<String>,
    speech: HashSet<&'static str>,
    time: HashSet<&'static str>,
    joiner: HashSet<&'static str>,
    number: HashSet<&'static str>,
    cause: Vec<&'static str>,
    place: HashSet<&'static str>,
    event_ignore: HashSet<String>,
    same: HashMap<String, String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w = Words::default();
    let rows =
        include_str!("answer/words.tsv").lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    for row in rows {
        let mut cells = row.split('\t');
        let (Some(kind), Some(word)) = (cells.next(), cells.next()) else { continue };
        match kind {
            "question" => {
                let k = match cells.next().unwrap_or("") {
                    "who" => QuestionKind::Who,
                    "who_is" => QuestionKind::WhoIs,
                    "what_said" => QuestionKind::WhatSaid,
                    "how_many" => QuestionKind::HowMany,
                    "when" => QuestionKind::When,
                    "where" => QuestionKind::Where,
                    "why" => QuestionKind::Why,
                    "how" => QuestionKind::How,
                    _ => QuestionKind::What,
                };
                w.openings.push((word.to_string(), k));
            }
            "ignore" => {
                w.ignore.insert(porter::stem(word));
            }
            "speech" => {
                w.speech.insert(word);
            }
            "time" => {
                w.time.insert(word);
            }
            "joiner" => {
                w.joiner.insert(word);
            }
            "number" => {
                w.number.insert(word);
            }
            "cause" => w.cause.push(word),
            "place" => {
                w.place.insert(word);
            }
            "event_ignore" => {
                w.event_ignore.insert(porter::stem(word));
            }
            "same" => {
                if let Some(target) = cells.next() {
                    w.same.insert(porter::stem(word), porter::stem(target));
                }
            }
            _ => {}
        }
    }
    // Longest opening first, so "who is" wins over "who".
    w.openings.sort_by_key(|(opening, _)| std::cmp::Reverse(opening.len()));
    w
});

/// A question, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// What it asks for.
    pub kind: QuestionKind,
    /// Its terms (stemmed content words) with their weights.
    pub terms: Vec<(String, f64)>,
    /// The names it mentions, as written ("Louis Gallois", "iPhone 5").
    pub names: Vec<String>,
    /// For *who is X*: X.
    pub subject: Option<String>,
    /// For *how long*: the amount must be a duration ("22 days").
    pub wants_duration: bool,
}

/// Reads a question: its kind, terms and names.
pub fn parse_question(question: &str) -> Question {
    let words = &*WORDS;
    let trimmed = question.trim().trim_end_matches(['?', '.', '!', ' ']);
    let lower = trimmed.to_lowercase();
    let mut kind = QuestionKind::What;
    let mut rest = trimmed;
    for (opening, k) in &words.openings {
        let boundary = lower.get(opening.len()..).is_some_and(|after| {
            after.is_empty() || after.starts_with(|c: char| !c.is_alphanumeric() && c != '\'')
        });
        if lower.starts_with(opening.as_str()) && boundary {
            kind = *k;
            rest = trimmed.get(opening.len()..).unwrap_or("").trim();
            break;
        }
    }
    let last_word = lower.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    if kind == QuestionKind::WhatSaid && !words.speech.contains(last_word) {
        kind = QuestionKind::What;
    }
    let names = name_phrases(trimmed);
    let mut subject = None;
    if kind == QuestionKind::WhoIs {
        let candidate = rest.trim_start_matches("the ").trim_start_matches("a ").trim();
        if !candidate.is_empty() && is_name_phrase(candidate) {
            subject = Some(strip_possessive(candidate).to_string());
        } else {
            kind = QuestionKind::Who;
        }
    }
    let name_terms: HashSet<String> = names.iter().flat_map(|n| answer_terms(n)).collect();
    let mut seen = HashSet::new();
    let mut weighted = Vec::new();
    for term in answer_terms(trimmed) {
        let ignored = words.ignore.contains(&term)
            || (matches!(kind, QuestionKind::Where | QuestionKind::When | QuestionKind::What)
                && words.event_ignore.contains(&term));
        if ignored || !seen.insert(term.clone()) {
            continue;
        }
        let weight = if name_terms.contains(&term) || term.chars().any(|c| c.is_ascii_digit()) {
            NAME_WEIGHT
        } else {
            1.0
        };
        weighted.push((term, weight));
    }
    // Short numbers ("4" in "iPhone 4") are below the terms' length floor; keep them.
    for token in trimmed.split(|c: char| !c.is_alphanumeric()) {
        if !token.is_empty()
            && token.len() <= 2
            && token.chars().all(|c| c.is_ascii_digit())
            && seen.insert(token.into())
        {
            weighted.push((token.to_string(), NAME_WEIGHT));
        }
    }
    let wants_duration = lower.starts_with("how long");
    Question { kind, terms: weighted, names, subject, wants_duration }
}

/// Words of a question with a capital letter (after the first word), run together into
/// names, with a number that follows a name ("iPhone 4").
fn name_phrases(question: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for (i, raw) in question.split_whitespace().enumerate() {
        let word = strip_possessive(raw.trim_matches(|c: char| !c.is_alphanumeric()));
        let capital = i > 0 && word != "I" && word.chars().any(char::is_uppercase);
        let number_after_name =
            !current.is_empty() && !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
        if capital || number_after_name {
            current.push(word);
        } else if !current.is_empty() {
            names.push(current.join(" "));
            current.clear();
        }
        if raw.ends_with([',', ';', ':']) && !current.is_empty() {
            names.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        names.push(current.join(" "));
    }
    names
}

fn is_name_phrase(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first_is_capital = words.next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    first_is_capital
        && text.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().any(char::is_uppercase)
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(w, "of" | "de" | "and")
        })
}

fn strip_possessive(word: &str) -> &str {
    word.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’'])
}

/// One sentence that may answer, with its terms counted for BM25.
struct Passage {
    sentence: usize,
    terms: HashMap<String, usize>,
    length: usize,
}

/// Answers `question` about the article of `digest` and `doc` (see the module documentation).
pub fn answer(digest: &Digest, doc: &Doc, question: &str) -> Answer {
    let q = parse_question(question);
    if let Some(missing) = q.names.iter().find(|name| !mentions(doc, name)) {
        return decline(digest, q.kind, Some(missing));
    }
    if q.kind == QuestionKind::WhoIs
        && let Some(subject) = &q.subject
        && let Some(found) = who_is(digest, doc, subject)
    {
        return found;
    }
    if q.terms.is_empty()
        && q.names.is_empty()
        && let Some(found) = about_the_story(digest, doc, &q)
    {
        return found;
    }
    let passages: Vec<Passage> = body_sentences(doc)
        .map(|i| {
            let mut counts = HashMap::new();
            let list = sentence_terms(doc.sentence_text(i));
            for term in &list {
                *counts.entry(term.clone()).or_insert(0) += 1;
            }
            Passage { sentence: i, terms: counts, length: list.len() }
        })
        .collect();
    if passages.is_empty() || q.terms.is_empty() {
        return decline(digest, q.kind, None);
    }
    let n = passages.len() as f64;
    let average = passages.iter().map(|p| p.length).sum::<usize>() as f64 / n;
    let idf = |term: &str| {
        let df = passages.iter().filter(|p| p.terms.contains_key(term)).count() as f64;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    };
    let idfs: Vec<f64> = q.terms.iter().map(|(t, _)| idf(t)).collect();
    let timeline = timeline_sentences(digest);
    let mut best: Option<(f64, &Passage)> = None;
    for passage in &passages {
        let mut score = 0.0;
        for ((term, weight), idf) in q.terms.iter().zip(&idfs) {
            let tf = passage.terms.get(term).copied().unwrap_or(0) as f64;
            if tf > 0.0 {
                let norm = K1 * (1.0 - B + B * passage.length as f64 / average.max(1.0));
                score += weight * idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        if score <= 0.0 {
            continue;
        }
        let text = doc.sentence_text(passage.sentence);
        let has = holds_kind(q.kind, doc, passage.sentence, &q, &timeline);
        score *= match (has, q.kind) {
            (true, _) => KIND_BONUS,
            (false, QuestionKind::When | QuestionKind::HowMany) => KIND_MISSING,
            (false, _) => 1.0,
        };
        // The question's names as written, not just their words.
        let lower = text.to_lowercase();
        for name in &q.names {
            if name.contains(' ') && contains_phrase(&lower, &name.to_lowercase()) {
                score *= NAME_PHRASE_BONUS;
            }
        }
        // Earlier sentences win ties: news puts the essentials first.
        score += 0.01 / (1.0 + passage.sentence as f64);
        if text.trim_end().ends_with('?') {
            score *= 0.5;
        }
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, passage));
        }
    }
    let Some((_, passage)) = best else {
        return decline(digest, q.kind, None);
    };
    let covered: f64 = q
        .terms
        .iter()
        .zip(&idfs)
        .filter(|((t, _), _)| passage.terms.contains_key(t.as_str()))
        .map(|((_, w), idf)| w * idf)
        .sum();
    let total: f64 = q.terms.iter().zip(&idfs).map(|((_, w), idf)| w * idf).sum();
    let needs_kind = matches!(q.kind, QuestionKind::When | QuestionKind::HowMany);
    let coverage = covered / total.max(f64::MIN_POSITIVE);
    // A word the question is about that the article never uses ("cost", "pilots"): the
    // article likely does not say, unless the sentence covers nearly all the rest.
    let absent =
        q.terms.iter().any(|(t, w)| *w == 1.0 && !passages.iter().any(|p| p.terms.contains_key(t.as_str())));
    if coverage < MIN_COVERAGE
        || (absent && coverage < MIN_COVERAGE_WITH_ABSENT)
        || (needs_kind && !holds_kind(q.kind, doc, passage.sentence, &q, &timeline))
    {
        return decline(digest, q.kind, None);
    }
    // a "who" question whose best sentence names no one else: the article does not say who
    if q.kind == QuestionKind::Who && other_name(doc, passage.sentence, &q).is_none() {
        return decline(digest, q.kind, None);
    }
    let reply = reply_for(q.kind, digest, doc, passage.sentence, &q);
    Answer { reply, answered: true, kind: q.kind, evidence: vec![Evidence::sentence(doc, passage.sentence)] }
}

/// How many body sentences, from the top, make the lead that a question about the story as
/// a whole is answered from: the summary reads the first six too.
const LEAD_SENTENCES: usize = 6;

/// How many key actors a question about who is in the story is answered with.
const STORY_ACTORS: usize = 3;

/// A question about the story as a whole, with no word of its own ("What happened?", "Where
/// did it happen?", "When was this?", "Who is involved?", "Why?"): news puts the essentials in
/// its lead, so the answer is the first lead sentence that holds what the kind asks for, the
/// summary's own sentences first; for *who*, the key actors. None when the lead does not say.
fn about_the_story(digest: &Digest, doc: &Doc, q: &Question) -> Option<Answer> {
    if q.kind == QuestionKind::Who {
        return story_actors(digest, doc, q.kind);
    }
    // an amount or a cause of what? The lead's "after …" is seldom the story's cause.
    if matches!(q.kind, QuestionKind::HowMany | QuestionKind::WhoIs | QuestionKind::Why) {
        return None;
    }
    let body: Vec<usize> = body_sentences(doc).collect();
    let lead = body.iter().copied().take(LEAD_SENTENCES);
    // reported speech is seldom in the lead: the first quotation of the story
    let candidates: Vec<usize> = if q.kind == QuestionKind::WhatSaid {
        body
    } else {
        digest.summary.iter().map(|line| line.evidence.sentence).chain(lead).collect()
    };
    let timeline = timeline_sentences(digest);
    let fits = |i: usize| match q.kind {
        // "What happened?", "How did it happen?": the lead itself
        QuestionKind::What | QuestionKind::How => true,
        // a dated event, not "for one week"
        QuestionKind::When => timeline.contains(&i),
        QuestionKind::WhatSaid => opens_quotation(doc.sentence_text(i)),
        _ => holds_kind(q.kind, doc, i, q, &timeline),
    };
    let Some(i) = candidates.into_iter().find(|&i| fits(i)) else {
        return (q.kind == QuestionKind::Where).then(|| story_place(digest, doc)).flatten();
    };
    let reply = reply_for(q.kind, digest, doc, i, q);
    Some(Answer { reply, answered: true, kind: q.kind, evidence: vec![Evidence::sentence(doc, i)] })
}

/// True when sentence `i` is the story's own text (a paragraph or a list item), not its
/// headline, byline or a caption: answers quote the story.
fn is_body(doc: &Doc, i: usize) -> bool {
    doc.sentences().get(i).is_some_and(|s| matches!(s.kind, BlockKind::Body | BlockKind::ListItem))
}

/// The story's own sentences, in order (see [`is_body`]).
fn body_sentences<'a>(doc: &'a Doc) -> impl Iterator<Item = usize> + 'a {
    (0..doc.sentences().len()).filter(move |&i| is_body(doc, i))
}

/// The sentences that give the digest's timeline entries: they hold a dated event.
fn timeline_sentences(digest: &Digest) -> HashSet<usize> {
    digest.timeline.iter().map(|e| e.evidence.sentence).collect()
}

/// True when a sentence quotes someone: a double quotation mark, or a single one opening a
/// word ("'We lost,' she said"), not an apostrophe ("the woman's").
fn opens_quotation(text: &str) -> bool {
    text.contains(['"', '“', '‘'])
        || text.char_indices().any(|(at, c)| {
            c == '\''
                && text[..at].chars().next_back().is_none_or(char::is_whitespace)
                && text[at + 1..].starts_with(char::is_alphanumeric)
        })
}

/// Where an actor is named in the story's text: its first evidence in a body sentence rather
/// than the headline, which often gives only a surname.
fn body_evidence<'a>(doc: &Doc, actor: &'a Actor) -> Option<&'a Evidence> {
    let in_body = |e: &&Evidence| is_body(doc, e.sentence);
    actor.evidence.iter().find(in_body).or(actor.evidence.first())
}

/// *Where did it happen*, when no lead sentence says "in …": the story's first key place.
fn story_place(digest: &Digest, doc: &Doc) -> Option<Answer> {
    let place = digest.actors.iter().find(|a| a.kind == ActorKind::Place)?;
    let evidence = *body_evidence(doc, place)?;
    Some(Answer {
        reply: place.name.clone(),
        answered: true,
        kind: QuestionKind::Where,
        evidence: vec![evidence],
    })
}

/// *Who is in the story*: its key people and organisations, with their roles, each pointing
/// at its sentence.
fn story_actors(digest: &Digest, doc: &Doc, kind: QuestionKind) -> Option<Answer> {
    let actors: Vec<&Actor> =
        digest.actors.iter().filter(|a| a.kind != ActorKind::Place).take(STORY_ACTORS).collect();
    if actors.is_empty() {
        return None;
    }
    let reply = actors
        .iter()
        .map(|a| match &a.role {
            Some(role) => format!("{} ({role})", a.name),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut evidence: Vec<Evidence> = Vec::new();
    for e in actors.iter().filter_map(|a| body_evidence(doc, a)) {
        if !evidence.iter().any(|x| x.sentence == e.sentence) {
            evidence.push(*e);
        }
    }
    Some(Answer { reply, answered: true, kind, evidence })
}

/// The terms of a text for matching questions with sentences: [`terms::terms`], with words
/// that mean the same mapped to one (`same` rows of `answer/words.tsv`).
fn answer_terms(text: &str) -> Vec<String> {
    let same = &WORDS.same;
    terms::terms(text).into_iter().map(|t| same.get(&t).cloned().unwrap_or(t)).collect()
}

/// A sentence's terms, plus its short numbers ("4" in "iPhone 4").
fn sentence_terms(text: &str) -> Vec<String> {
    let mut list = answer_terms(text);
    list.extend(
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty() && t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_string),
    );
    list
}

/// True when the article names `name`: the exact words, or (for names of several words, none
/// of them a number) all its words in one sentence ("Mayor Lee" for "Mayor Ann Lee").
fn mentions(doc: &Doc, name: &str) -> bool {
    let name = name.to_lowercase();
    if contains_phrase(&doc.text().to_lowercase(), &name) {
        return true;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() > 1
        && !words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && (0..doc.sentences().len()).any(|i| {
            let sentence = doc.sentence_text(i).to_lowercase();
            words.iter().all(|w| contains_phrase(&sentence, w))
        })
}

/// `phrase` (lowercase) occurs in `text` (lowercase) as whole words.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return true;
    }
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// True when sentence `i` holds what a question of `kind` asks for.
fn holds_kind(kind: QuestionKind, doc: &Doc, i: usize, q: &Question, timeline: &HashSet<usize>) -> bool {
    let text = doc.sentence_text(i);
    match kind {
        QuestionKind::When => timeline.contains(&i) || !time_phrases(doc, i).is_empty(),
        QuestionKind::HowMany => !amount_phrases(doc, i, q).is_empty(),
        QuestionKind::Why => cause_clause(text).is_some(),
        QuestionKind::Where => place_phrase(doc, i, q).is_some(),
        QuestionKind::WhatSaid => {
            text.contains(['"', '“', '”', '‘'])
                || text.split(|c: char| !c.is_alphanumeric()).any(lexicon::is_speech_verb)
        }
        QuestionKind::Who | QuestionKind::WhoIs => other_name(doc, i, q).is_some(),
        QuestionKind::How | QuestionKind::What => false,
    }
}

/// The words of sentence `i` as (text, lowercase, token kind, byte span).
fn words_of<'t>(doc: &Doc<'t>, i: usize) -> Vec<(&'t str, String, TokenKind, (usize, usize))> {
    doc.sentence_tokens(i)
        .iter()
        .map(|t| {
            let text = doc.span_text(t.span);
            (text, text.to_lowercase(), t.kind, (t.span.start, t.span.end))
        })
        .collect()
}

fn is_year(word: &str) -> bool {
    let digits = word.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches('s');
    digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && (1800..=2100).contains(&digits.parse::<u32>().unwrap_or(0))
}

/// Runs of words that form a phrase of marked words, joined across joiner words and numbers:
/// byte ranges into the text. `mark` says which words anchor a phrase.
fn phrases(
    words: &[(&str, String, TokenKind, (usize, usize))],
    mark: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let joiner = &WORDS.joiner;
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !mark(i) {
            i += 1;
            continue;
        }
        let mut start = i;
        while start > 0
            && (joiner.contains(words[start - 1].1.as_str())
                || mark(start - 1)
                || words[start - 1].2 == TokenKind::Symbol)
        {
            start -= 1;
        }
        let mut end = i;
        let mut j = i + 1;
        while j < words.len() {
            let w = &words[j];
            let comma_before_year = w.0 == "," && j + 1 < words.len() && is_year(&words[j + 1].1);
            if mark(j) || w.2 == TokenKind::Number {
                end = j;
            } else if !(joiner.contains(w.1.as_str()) || comma_before_year || w.2 == TokenKind::Symbol) {
                break;
            }
            j += 1;
        }
        // Trim joiners at the start, but keep one leading preposition ("in May 2008").
        while start < i
            && joiner.contains(words[start].1.as_str())
            && start + 1 < i
            && joiner.contains(words[start + 1].1.as_str())
        {
            start += 1;
        }
        out.push((words[start].3.0, words[end].3.1));
        i = j.max(end + 1);
    }
    out
}

/// Time expressions of sentence `i`: "in August or September of this year", "on July 2".
fn time_phrases(doc: &Doc, i: usize) -> Vec<(usize, usize)> {
    let words = words_of(doc, i);
    let time = &WORDS.time;
    let is_time = |k: usize| {
        let w = &words[k].1;
        time.contains(w.as_str())
            || is_year(w)
            || (w.contains('/') && w.chars().filter(|c| c.is_ascii_digit()).count() >= 4)
    };
    // "may" is a month only before a number ("May 2008", "May 5").
    let mark = |k: usize| {
        if words[k].1 == "may" {
            return words.get(k + 1).is_some_and(|n| n.2 == TokenKind::Number) && words[k].0 == "May";
        }
        if words[k].1 == "march" && words[k].0 == "march" {
            return false;
        }
        is_time(k)
    };
    phrases(&words, mark)
}

/// Amounts of sentence `i`: "between 210 and 330 passengers", "US$29", "2.5 percent".
fn amount_phrases(doc: &Doc, i: usize, q: &Question) -> Vec<(usize, usize)> {
    let words = words_of(doc, i);
    let number = &WORDS.number;
    // A number right after a capitalized word belongs to a name: "iPhone 4", "Boeing 787".
    // ("About 900 firefighters": a capital that only opens the sentence names nothing)
    let in_name = |k: usize| {
        k > 0
            && words[k - 1].2 == TokenKind::Word
            && words[k - 1].0.chars().any(char::is_uppercase)
            && !(k == 1 && (terms::is_stopword(&words[0].1) || lexicon::is_sentence_starter(&words[0].1)))
    };
    let duration_follows =
        |k: usize| words.get(k + 1).is_some_and(|w| WORDS.time.contains(w.1.as_str()) && !is_year(&w.1));
    let mark = |k: usize| {
        let (text, lower, kind, _) = &words[k];
        if q.wants_duration && !duration_follows(k) {
            return false;
        }
        (*kind == TokenKind::Number && !is_year(lower) && !in_name(k))
            || number.contains(lower.as_str())
            || (text.chars().any(|c| c.is_ascii_digit()) && text.contains('$'))
    };
    let mut spans = phrases(&words, mark);
    // "the fourth quarter", "half": a share or an ordinal alone counts nothing
    spans.retain(|&(start, end)| {
        words.iter().filter(|w| w.3.0 >= start && w.3.1 <= end).any(|w| {
            w.2 == TokenKind::Number
                || !matches!(
                    w.1.as_str(),
                    "half" | "third" | "one-third" | "quarter" | "percent" | "per" | "cent"
                )
        })
    });
    // Take the counted word too: "15,000 people", "22 days".
    for span in &mut spans {
        if let Some(next) = words.iter().position(|w| w.3.0 >= span.1)
            && let Some(w) = words.get(next)
            && w.2 == TokenKind::Word
            && w.0.chars().next().is_some_and(char::is_lowercase)
            && !terms::is_stopword(&w.1)
        {
            span.1 = w.3.1;
        }
    }
    spans
}

/// The cause clause of a sentence: from the first cause marker to the end.
fn cause_clause(text: &str) -> Option<&str> {
    WORDS.cause.iter().find_map(|marker| {
        let (at, _) = find_ignore_case(text, marker, |before, after| {
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })?;
        Some(text[at..].trim_end_matches(['.', ' ']))
    })
}

/// The first occurrence of `needle` in `text`, ignoring case, that `accept` (given the
/// characters before and after it) takes: its byte range in `text`. Offsets are mapped back
/// through the lowercasing, which may change a text's length ("İ").
fn find_ignore_case(
    text: &str,
    needle: &str,
    accept: impl Fn(Option<char>, Option<char>) -> bool,
) -> Option<(usize, usize)> {
    let needle = needle.to_lowercase();
    if needle.is_empty() {
        return None;
    }
    let mut lower = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        for l in c.to_lowercase() {
            for _ in 0..l.len_utf8() {
                origin.push(i);
            }
            lower.push(l);
        }
    }
    origin.push(text.len());
    lower.match_indices(&needle).find_map(|(i, _)| {
        let (start, end) = (origin[i], origin[i + needle.len()]);
        let (before, after) = (text[..start].chars().next_back(), text[end..].chars().next());
        (start < end && accept(before, after)).then_some((start, end))
    })
}

/// A place phrase: a place preposition followed (within two words) by a capitalized name.
fn place_phrase(doc: &Doc, i: usize, q: &Question) -> Option<(usize, usize)> {
    let words = words_of(doc, i);
    let place = &WORDS.place;
    let asked: HashSet<String> =
        q.names.iter().flat_map(|n| n.split_whitespace().map(str::to_lowercase)).collect();
    let is_capitalized = |w: &str| is_capitalized(w) && !asked.contains(&w.to_lowercase());
    for (k, w) in words.iter().enumerate() {
        if !place.contains(w.1.as_str()) {
            continue;
        }
        // "in May" is a date, not a place
        let Some(first) = (k + 1..(k + 4).min(words.len()))
            .find(|&j| is_capitalized(words[j].0))
            .filter(|&j| !WORDS.time.contains(words[j].1.as_str()))
            // "in the north of Mali", not "in 2010 but Villa"
            .filter(|&j| {
                words[k + 1..j].iter().all(|b| {
                    b.0.chars().all(char::is_lowercase)
                        && !matches!(b.0, "but" | "and" | "or" | "when" | "while")
                })
            })
        else {
            continue;
        };
        let mut end = first;
        while end + 1 < words.len()
            && (is_capitalized(words[end + 1].0)
                || (words[end + 1].0 == "," && words.get(end + 2).is_some_and(|n| is_capitalized(n.0))))
        {
            end += 1;
        }
        return Some((w.3.0, words[end].3.1));
    }
    None
}

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The first name in sentence `i` that the question does not already name.
fn other_name(doc: &Doc, i: usize, q: &Question) -> Option<(usize, usize)> {
    let words = words_of(doc, i);
    let asked: HashSet<String> =
        q.names.iter().flat_map(|n| n.split_whitespace().map(str::to_lowercase)).collect();
    let name_like = |k: usize| {
        let (text, lower, kind, _) = &words[k];
        *kind == TokenKind::Word
            && text.chars().any(char::is_uppercase)
            && !asked.contains(strip_possessive(lower))
            && !(k == 0 && (terms::is_stopword(lower) || lexicon::is_sentence_starter(lower)))
    };
    // "in late September": a month or a weekday names no one (but "Theresa May" goes on)
    let start = (0..words.len()).find(|&k| name_like(k) && !WORDS.time.contains(words[k].1.as_str()))?;
    let mut end = start;
    while end + 1 < words.len()
        && (name_like(end + 1)
            || (words[end + 1].1 == "of" && words.get(end + 2).is_some() && name_like(end + 2)))
    {
        end += 1;
    }
    Some((words[start].3.0, words[end].3.1))
}

/// The short reply for a sentence that answers.
fn reply_for(kind: QuestionKind, digest: &Digest, doc: &Doc, i: usize, q: &Question) -> String {
    let text = doc.sentence_text(i);
    let span = |s: (usize, usize)| doc.text()[s.0..s.1].trim().to_string();
    let phrase = match kind {
        QuestionKind::When => {
            when_label(digest, doc, i).or_else(|| nearest(doc, i, q, time_phrases(doc, i)).map(span))
        }
        QuestionKind::HowMany => nearest(doc, i, q, amount_phrases(doc, i, q)).map(span),
        QuestionKind::Where => place_phrase(doc, i, q).map(span),
        QuestionKind::Why => cause_clause(text).map(str::to_string),
        QuestionKind::Who => other_name(doc, i, q).map(span),
        QuestionKind::WhatSaid => quoted(text),
        QuestionKind::WhoIs | QuestionKind::How | QuestionKind::What => None,
    };
    phrase.filter(|p| !p.is_empty()).unwrap_or_else(|| text.trim().to_string())
}

/// The label of the most precise timeline entry of sentence `i` (a month before a year), the
/// first written among equals: the main clause's date usually comes first ("expected in
/// August …, with the first aircraft due in May 2008").
fn when_label(digest: &Digest, doc: &Doc, i: usize) -> Option<String> {
    let sentence = doc.sentences()[i].span;
    let sentence_text = doc.sentence_text(i);
    let entries: Vec<(&crate::extract::digest::TimelineEntry, (usize, usize))> = digest
        .timeline
        .iter()
        .filter(|e| e.evidence.sentence == i)
        .filter_map(|e| {
            let at = sentence.start + sentence_text.find(e.text.as_str())?;
            Some((e, (at, at + e.text.len())))
        })
        .collect();
    let precision = entries.iter().map(|(e, _)| e.value.len()).max()?;
    let (first, at) = entries.iter().filter(|(e, _)| e.value.len() == precision).min_by_key(|(_, s)| s.0)?;
    // "in August or September": the answer is both, as the article gives them
    let text = doc.text();
    let alternative = entries.iter().find(|(_, s)| {
        s.0 > at.1
            && text.get(at.1..s.0).is_some_and(|between| matches!(between.trim(), "or" | "and" | ", or"))
    });
    Some(match alternative {
        Some((second, _)) => {
            let year = second.label.rsplit(' ').next().unwrap_or("");
            let first = first.label.strip_suffix(year).map_or(first.label.as_str(), str::trim_end);
            let joiner = text.get(at.1..).unwrap_or("").trim_start().trim_start_matches(',').trim_start();
            let joiner = if joiner.starts_with("and") { "and" } else { "or" };
            format!("{first} {joiner} {}", second.label)
        }
        None => first.label.clone(),
    })
}

/// Of several phrases of sentence `i`, the one closest to a word of the question.
fn nearest(doc: &Doc, i: usize, q: &Question, spans: Vec<(usize, usize)>) -> Option<(usize, usize)> {
    let words = words_of(doc, i);
    let wanted: HashSet<&str> = q.terms.iter().map(|(t, _)| t.as_str()).collect();
    let anchors: Vec<usize> = words
        .iter()
        .filter(|w| wanted.contains(porter::stem(&w.1).as_str()) || wanted.contains(w.1.as_str()))
        .map(|w| w.3.0)
        .collect();
    spans.into_iter().min_by_key(|s| {
        anchors.iter().map(|&a| a.abs_diff(s.0).min(a.abs_diff(s.1))).min().unwrap_or(usize::MAX)
    })
}

/// The quoted words of a sentence, if it quotes someone.
fn quoted(text: &str) -> Option<String> {
    let open = text.find(['"', '“'])?;
    let rest = &text[open + 1..];
    let close = rest.find(['"', '”']).unwrap_or(rest.len());
    let inner = rest[..close].trim();
    (inner.split_whitespace().count() >= 3).then(|| format!("\u{201c}{inner}\u{201d}"))
}

/// *Who is X*: the actor's role from the digest, else X's first mention in the article.
fn who_is(digest: &Digest, doc: &Doc, subject: &str) -> Option<Answer> {
    let wanted = subject.to_lowercase();
    let surname = wanted.split_whitespace().last().unwrap_or("").to_string();
    let actor = digest.actors.iter().find(|a| {
        a.name.to_lowercase() == wanted
            || a.aliases.iter().any(|alias| alias.to_lowercase() == wanted)
            || a.name.to_lowercase().split_whitespace().last() == Some(surname.as_str())
    });
    if let Some(actor) = actor
        && let Some(role) = &actor.role
    {
        return Some(Answer {
            reply: format!("{}: {role}", actor.name),
            answered: true,
            kind: QuestionKind::WhoIs,
            // the story's sentences first: a headline often gives only a surname
            evidence: actor
                .evidence
                .iter()
                .filter(|e| is_body(doc, e.sentence))
                .chain(actor.evidence.iter().filter(|e| !is_body(doc, e.sentence)))
                .take(2)
                .copied()
                .collect(),
        });
    }
    let body = |i: &usize| is_body(doc, *i);
    let mention = (0..doc.sentences().len())
        .filter(body)
        .find(|&i| contains_phrase(&doc.sentence_text(i).to_lowercase(), &wanted))
        .or_else(|| {
            (0..doc.sentences().len())
                .filter(body)
                .find(|&i| contains_phrase(&doc.sentence_text(i).to_lowercase(), &surname))
        })?;
    let text = doc.sentence_text(mention);
    let reply =
        role_near(text, subject).map_or_else(|| text.trim().to_string(), |role| format!("{subject}: {role}"));
    Some(Answer {
        reply,
        answered: true,
        kind: QuestionKind::WhoIs,
        evidence: vec![Evidence::sentence(doc, mention)],
    })
}

/// The role a sentence gives a name: an apposition after it ("Bob Mansfield, Apple's senior
/// vice president…"), "of …" after it, or title words before it ("Chief Executive Dermot
/// Mannion").
fn role_near(text: &str, name: &str) -> Option<String> {
    let (at, end) = find_ignore_case(text, name, |_, _| true)?;
    let after = &text[end..];
    let after = after.trim_start_matches("'s").trim_start_matches("’s");
    if let Some(rest) = after.strip_prefix(", ") {
        let end = rest.find([',', '.', ';']).unwrap_or(rest.len());
        let mut role = rest[..end].trim();
        if let Some((head, last)) = role.rsplit_once(' ')
            && (lexicon::is_speech_verb(last) || WORDS.speech.contains(last))
        {
            role = head;
        }
        let words = role.split_whitespace().count();
        if (1..=16).contains(&words) && !role.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return Some(role.to_string());
        }
    }
    if let Some(rest) = after.strip_prefix(" of ") {
        let end = rest.find([',', '.', ';']).unwrap_or(rest.len());
        return Some(format!("of {}", rest[..end].trim()));
    }
    let before: Vec<&str> = text[..at].split_whitespace().collect();
    let titles: Vec<&str> =
        before.iter().rev().take_while(|w| is_capitalized(w) && !w.ends_with([',', '.'])).copied().collect();
    (!titles.is_empty()).then(|| titles.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// The answer when the article does not say: plainly that, and what it covers.
fn decline(digest: &Digest, kind: QuestionKind, missing: Option<&String>) -> Answer {
    let mut reply = match missing {
        Some(name) => format!("The article does not mention {name}, so it does not answer that."),
        None => "The article does not say.".to_string(),
    };
    let mut covers: Vec<String> = Vec::new();
    if let Some(title) = &digest.article.title {
        covers.push(format!("\u{201c}{title}\u{201d}"));
    } else if let Some(line) = digest.summary.first() {
        covers.push(format!("\u{201c}{}\u{201d}", line.text.trim()));
    }
    let actors: Vec<&str> = digest.actors.iter().take(3).map(|a| a.name.as_str()).collect();
    if !actors.is_empty() {
        covers.push(format!("who: {}", actors.join(", ")));
    }
    if !digest.timeline.is_empty() {
        let n = digest.timeline.len();
        covers.push(format!("{n} dated event{}", if n == 1 { "" } else { "s" }));
    }
    if !covers.is_empty() {
        reply.push_str(" It covers ");
        reply.push_str(&covers.join("; "));
        reply.push('.');
    }
    Answer { reply, answered: false, kind, evidence: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::digest::digest_doc;
    use crate::extract::{Anchor, AnchorSource, Article, DigestOptions};

    const TEXT: &str = "Council approves new bridge\n\n\
        The city council approved a new bridge over the Elm River on Monday. \
        The bridge will cost $12 million and open in May 2027. \
        Mayor Ann Lee, a former engineer, said the vote was \"a great day for the city\". \
        The old bridge was closed because of cracks found in its pillars.";

    fn ask(question: &str) -> Answer {
        ask_in(TEXT, question)
    }

    fn ask_in(text: &str, question: &str) -> Answer {
        let article = Article { text: text.to_string(), ..Article::default() };
        let doc = Doc::new(text);
        let anchor = Anchor { date: jiff::civil::date(2026, 1, 1), source: AnchorSource::Given };
        let digest = digest_doc(&article, &doc, anchor, &DigestOptions::default());
        answer(&digest, &doc, question)
    }

    fn quote(a: &Answer) -> String {
        a.evidence.iter().map(|e| &TEXT[e.start..e.end]).collect::<Vec<_>>().join(" ")
    }

    const FIRE: &str = "Fire crews gain ground\n\n\
        An inquiry into the floods that hit the valley in late September will report in February, the minister said. \
        Talks had broken down on March 11. \
        About 900 firefighters are working 12-hour shifts. \
        The company's net income fell 27 percent in the fourth quarter, as sales of computers slumped.";

    #[test]
    fn answers_carry_across_word_forms_and_never_name_a_month() {
        let a = ask_in(FIRE, "How many firefighters are working?");
        assert!(a.answered && a.reply.contains("900 firefighters"), "{a:?}");
        // "broken" is a form of "break"
        let a = ask_in(FIRE, "When did talks break down?");
        assert!(a.answered && a.reply.contains("March"), "{a:?}");
        // net income is the profit
        let a = ask_in(FIRE, "Why did profit fall?");
        assert!(a.answered && a.reply.contains("computers"), "{a:?}");
        // "the fourth quarter" counts nothing
        let a = ask_in(FIRE, "How much did net income fall in the fourth quarter?");
        assert!(a.answered && a.reply.contains("27 percent"), "{a:?}");
        // no one is named: "September" is not an answer to "who"
        let a = ask_in(FIRE, "Who is the minister?");
        assert!(!a.answered, "{a:?}");
    }

    #[test]
    fn reads_question_kinds() {
        assert_eq!(parse_question("Who is Ann Lee?").kind, QuestionKind::WhoIs);
        assert_eq!(parse_question("Who is the mayor?").kind, QuestionKind::Who);
        assert_eq!(parse_question("What did the mayor say?").kind, QuestionKind::WhatSaid);
        assert_eq!(parse_question("What did the council approve?").kind, QuestionKind::What);
        assert_eq!(parse_question("how much will it cost").kind, QuestionKind::HowMany);
        assert_eq!(parse_question("Until when?").kind, QuestionKind::When);
        assert_eq!(parse_question("Whose idea?").kind, QuestionKind::Who);
        assert_eq!(parse_question("When will iPhone 5 ship?").names, vec!["iPhone 5"]);
    }

    #[test]
    fn answers_with_quotes() {
        let a = ask("How much will the bridge cost?");
        assert!(a.answered && a.reply.contains("$12 million"), "{a:?}");
        assert!(quote(&a).contains("$12 million"));
        let a = ask("When will the bridge open?");
        assert!(a.answered && a.reply.contains("May 2027"), "{a:?}");
        // The actor's role (her title here), quoting the sentence that also calls her "a former
        // engineer".
        let a = ask("Who is Ann Lee?");
        assert!(a.answered && a.reply.contains("Mayor"), "{a:?}");
        assert!(quote(&a).contains("a former engineer"), "{a:?}");
        let a = ask("Why was the old bridge closed?");
        assert!(a.answered && a.reply.starts_with("because"), "{a:?}");
        let a = ask("What did Mayor Lee say?");
        assert!(a.answered && a.reply.contains("great day"), "{a:?}");
        let a = ask("Where is the new bridge?");
        assert!(a.answered && a.reply.contains("Elm River"), "{a:?}");
    }

    #[test]
    fn a_question_about_the_whole_story_is_answered_from_its_lead() {
        let a = ask("What happened?");
        assert!(a.answered && quote(&a).contains("approved a new bridge"), "{a:?}");
        let a = ask("When did it happen?");
        assert!(a.answered && a.reply.contains("29 December 2025"), "{a:?}");
        assert!(quote(&a).contains("on Monday"), "{a:?}");
        let a = ask("Where did this happen?");
        assert!(a.answered && a.reply.contains("Elm River"), "{a:?}");
        // "take place" and "occur" only say that something happened
        let a = ask("When did this take place?");
        assert!(a.answered && a.reply.contains("29 December 2025"), "{a:?}");
        let a = ask("When did it occur?");
        assert!(a.answered && a.reply.contains("29 December 2025"), "{a:?}");
        let a = ask("What took place?");
        assert!(a.answered && quote(&a).contains("approved a new bridge"), "{a:?}");
        let a = ask("Who is involved?");
        assert!(a.answered && a.reply.contains("Ann Lee"), "{a:?}");
        assert!(quote(&a).contains("Mayor Ann Lee"), "{a:?}");
        // the lead's cause of what? Declined, not guessed.
        assert!(!ask("Why did it happen?").answered);
        assert!(!ask("How many?").answered);
        let a = ask_in("Cup final\n\nThe club last won in 2010 but Villa beat them in the final.", "Where?");
        assert!(!a.reply.contains("2010"), "{a:?}");
    }

    #[test]
    fn who_is_quotes_the_story_before_its_headline() {
        let text = "Ann Lee wins second term\n\n\
            Mayor Ann Lee, a former engineer, won a second term on Sunday. \
            Lee thanked the voters of the east side.";
        let a = ask_in(text, "Who is Ann Lee?");
        assert!(a.answered, "{a:?}");
        let first = a.evidence.first().expect("evidence");
        assert!(text[first.start..first.end].contains("a former engineer"), "{a:?}");
    }

    #[test]
    fn what_was_said_in_the_story_is_its_first_quotation() {
        let a = ask("What did they say?");
        assert!(a.answered && a.reply.contains("a great day for the city"), "{a:?}");
        assert!(opens_quotation("'We lost,' she said."));
        assert!(!opens_quotation("The woman's car was towed."));
    }

    #[test]
    fn declines_what_the_article_does_not_say() {
        let a = ask("What did Governor Smith say about the bridge?");
        assert!(!a.answered && a.evidence.is_empty() && a.reply.contains("Governor Smith"), "{a:?}");
        let a = ask("How many workers will build the tunnel?");
        assert!(!a.answered, "{a:?}");
        assert!(a.reply.contains("Council approves new bridge"), "{a:?}");
    }

    #[test]
    fn uses_the_digests_actors_and_timeline_when_it_has_them() {
        use crate::extract::digest::{Actor, ActorKind, Tense, TimelineEntry};
        use crate::extract::{TimexType, digest::digest_doc};
        let article = Article { text: TEXT.to_string(), ..Article::default() };
        let doc = Doc::new(TEXT);
        let anchor = Anchor { date: jiff::civil::date(2026, 1, 1), source: AnchorSource::Given };
        let mut digest = digest_doc(&article, &doc, anchor, &DigestOptions::default());
        // Hand-made actors and timeline only, whatever the extractors found.
        digest.actors.clear();
        digest.timeline.clear();
        digest.actors.push(Actor {
            name: "Ann Lee".into(),
            kind: ActorKind::Person,
            role: Some("mayor".into()),
            aliases: vec!["Lee".into(), "Ann Lee".into()],
            mentions: 1,
            salience: 1.0,
            evidence: vec![Evidence::sentence(&doc, 3)],
        });
        digest.timeline.push(TimelineEntry {
            value: "2027-05".into(),
            end: None,
            modifier: None,
            kind: TimexType::Date,
            label: "May 2027".into(),
            text: "in May 2027".into(),
            event: "the bridge opens".into(),
            tense: Tense::Future,
            evidence: Evidence::sentence(&doc, 2),
        });
        let a = answer(&digest, &doc, "Who is Ann Lee?");
        assert_eq!(a.reply, "Ann Lee: mayor");
        assert_eq!(a.evidence, vec![Evidence::sentence(&doc, 3)]);
        let a = answer(&digest, &doc, "When does the bridge open?");
        assert_eq!(a.reply, "May 2027");
        let a = answer(&digest, &doc, "Where is Atlantis?");
        assert!(!a.answered && a.reply.contains("Ann Lee") && a.reply.contains("1 dated event."), "{a:?}");
    }

    #[test]
    fn a_date_given_with_an_alternative_is_answered_with_both() {
        use crate::extract::digest::digest_doc;
        let text = "Boeing unveils its new jet\n\nThe first flight is expected in August or September, \
                    with the first deliveries due in May 2028.";
        let article = Article { text: text.to_string(), ..Article::default() };
        let doc = Doc::new(text);
        let anchor = Anchor { date: jiff::civil::date(2027, 7, 8), source: AnchorSource::Given };
        let digest = digest_doc(&article, &doc, anchor, &DigestOptions::default());
        let a = answer(&digest, &doc, "When is the first flight?");
        assert_eq!(a.reply, "August or September 2027");
    }

    #[test]
    fn odd_questions_do_not_panic() {
        for q in ["", "?", "who", "Who is", "what did say", "When é?", "How many 4 5 6?", "\"\""] {
            let a = ask(q);
            assert!(a.answered || a.evidence.is_empty());
        }
    }
}
