//! `lede eval actors`: key actors against MEANTIME (NewsReader CAT XML) entity instances.
//!
//! Each document's tokens are joined back into text (one sentence a paragraph: the first is the
//! headline) and digested. Gold: the entity instances of type PER, ORG or LOC with at least two
//! mentions (`REFERS_TO`), at least one of them a name (`syntactic_type` NAM or PRE.NAM). An
//! actor matches the gold entity that most of its mentions match; a mention matches a gold
//! mention when one holds the other and both end on the same word (the head), or, when no
//! mention of the actor matches that way, when ours opens the gold mention and the gold one
//! goes on with a post-modifier ("Toulouse" in "Toulouse , France"; for recall and precision;
//! alias splits count head matches only). A name inside another entity's mention as a modifier
//! ("US" in "the US manufacturer") matches nothing.
//!
//! Measures: recall of the gold entities (by all actors, and by the digest's top 8); precision
//! of the top 5 (an actor is right when it matches any gold entity, products included), judged
//! on the top-5 actors named in the annotated sentences: MEANTIME annotates only the headline
//! and the first five sentences of each article, so an actor named only later is in no gold
//! list, right or wrong (the figure counting those as wrong is printed too); alias splits (gold
//! entities matched by two or more actors, over those matched).

use crate::extract::Doc;
use crate::extract::actors::{DEFAULT_MAX_ACTORS, find_actors};
use crate::extract::ner::model::Model;
use crate::extract::ner::{embedded_model, mentions_with};
use crate::extract::span::Span;
use std::collections::HashMap;
use std::fmt::Write;

/// One MEANTIME document, read back into text.
#[derive(Debug, Clone, Default)]
pub struct MeantimeDoc {
    /// The text: tokens joined by spaces, sentences separated by blank lines.
    pub text: String,
    /// Gold entities: type and the spans of their mentions in `text`.
    pub entities: Vec<GoldEntity>,
    /// Where the annotated part of `text` ends: the end of the last sentence holding an entity
    /// or event mention. MEANTIME annotates only the headline and the first sentences of each
    /// article (sentences 0–5); names after that are in no gold list.
    pub annotated_end: usize,
}

/// A gold entity instance.
#[derive(Debug, Clone, Default)]
pub struct GoldEntity {
    /// `PER`, `ORG`, `LOC`, `PRO`, `FIN`, `MIX`.
    pub kind: String,
    /// Its descriptor (for reports).
    pub descriptor: String,
    /// Spans of its mentions in the text.
    pub mentions: Vec<Span>,
    /// True when at least one mention is a name.
    pub named: bool,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Reads one CAT XML document.
pub fn read_meantime(xml: &str) -> MeantimeDoc {
    let mut text = String::new();
    let mut token_span: HashMap<&str, Span> = HashMap::new();
    let mut token_sentence: HashMap<&str, usize> = HashMap::new();
    let mut sentence_end: Vec<usize> = Vec::new();
    let mut last_sentence: Option<&str> = None;
    let mut rest = xml;
    while let Some(i) = rest.find("<token ") {
        rest = &rest[i..];
        let Some(close) = rest.find('>') else { break };
        let tag = &rest[..close];
        let Some(end) = rest.find("</token>") else { break };
        let word = unescape(rest[close + 1..end].trim());
        let (id, sentence) = (attr(tag, "t_id").unwrap_or(""), attr(tag, "sentence").unwrap_or(""));
        if last_sentence.is_some_and(|s| s != sentence) {
            text.push_str("\n\n");
        } else if last_sentence.is_some() {
            text.push(' ');
        }
        if last_sentence != Some(sentence) {
            sentence_end.push(0);
        }
        last_sentence = Some(sentence);
        let start = text.len();
        text.push_str(&word);
        token_span.insert(id, Span::new(start, text.len()));
        token_sentence.insert(id, sentence_end.len() - 1);
        if let Some(end) = sentence_end.last_mut() {
            *end = text.len();
        }
        rest = &rest[end..];
    }
    // Mentions: m_id → (span, named).
    let mut mention: HashMap<&str, (Span, bool)> = HashMap::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<ENTITY_MENTION ") {
        rest = &rest[i..];
        let close = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..close];
        let end = rest.find("</ENTITY_MENTION>").unwrap_or(rest.len());
        let body = &rest[..end];
        let mut spans: Vec<Span> = body
            .split("<token_anchor ")
            .skip(1)
            .filter_map(|a| attr(&format!(" {a}"), "t_id").and_then(|t| token_span.get(t).copied()))
            .collect();
        // A possessive ending is no part of the name: "A380 's" is the mention "A380".
        spans.sort();
        if spans.len() > 1 && spans.last().is_some_and(|l| matches!(l.text(&text), "'s" | "'" | "’s" | "’"))
        {
            spans.pop();
        }
        if let (Some(id), Some(first), Some(last)) =
            (attr(tag, "m_id"), spans.iter().min(), spans.iter().max())
        {
            let named = matches!(attr(tag, "syntactic_type"), Some("NAM" | "PRE.NAM"));
            mention.insert(id, (Span::new(first.start, last.end), named));
        }
        rest = &rest[end.min(rest.len())..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[1..];
    }
    let mut entities: HashMap<&str, GoldEntity> = HashMap::new();
    for part in xml.split("<ENTITY ").skip(1) {
        let tag = &part[..part.find('>').unwrap_or(part.len())];
        let tag = format!(" {tag}");
        if let Some(id) = attr(&tag, "m_id") {
            let id = &part[part.find(id).unwrap_or(0)..][..id.len()];
            entities.insert(
                id,
                GoldEntity {
                    kind: attr(&tag, "ent_type").unwrap_or("").to_string(),
                    descriptor: unescape(attr(&tag, "TAG_DESCRIPTOR").unwrap_or("")),
                    ..GoldEntity::default()
                },
            );
        }
    }
    for part in xml.split("<REFERS_TO ").skip(1) {
        let body = &part[..part.find("</REFERS_TO>").unwrap_or(part.len())];
        let Some(target) =
            body.split("<target ").nth(1).and_then(|t| attr(&format!(" {t}"), "m_id").map(str::to_string))
        else {
            continue;
        };
        let Some(entity) = entities.get_mut(target.as_str()) else { continue };
        for source in body.split("<source ").skip(1) {
            if let Some(id) = attr(&format!(" {source}"), "m_id")
                && let Some(&(span, named)) = mention.get(id)
            {
                entity.mentions.push(span);
                entity.named |= named;
            }
        }
    }
    let mut entities: Vec<GoldEntity> = entities.into_values().filter(|e| !e.mentions.is_empty()).collect();
    entities.sort_by_key(|e| e.mentions.iter().min().copied());
    // The annotated part: up to the last sentence with an entity or event mention.
    let last_annotated = ["<ENTITY_MENTION ", "<EVENT_MENTION "]
        .iter()
        .flat_map(|tag| xml.split(tag).skip(1))
        .flat_map(|part| {
            let body = &part[..part.find("_MENTION>").unwrap_or(part.len())];
            body.split("<token_anchor ")
                .skip(1)
                .filter_map(|a| attr(&format!(" {a}"), "t_id").and_then(|t| token_sentence.get(t).copied()))
        })
        .max();
    let annotated_end = last_annotated.and_then(|s| sentence_end.get(s).copied()).unwrap_or(0);
    MeantimeDoc { text, entities, annotated_end }
}

/// The counts behind `lede eval actors`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorScore {
    /// Documents read.
    pub documents: usize,
    /// Gold key entities (PER/ORG/LOC, 2+ mentions, named).
    pub gold: usize,
    /// Of those, matched by any actor.
    pub found: usize,
    /// Of those, matched by one of the top 8 actors.
    pub found_top: usize,
    /// Top-5 actors produced.
    pub top5: usize,
    /// Top-5 actors that match a gold entity.
    pub top5_right: usize,
    /// Top-5 actors with a mention in the annotated part of the text (the others cannot be
    /// judged: the annotators did not read where they are named).
    pub top5_judged: usize,
    /// Of those, the ones that match a gold entity.
    pub top5_judged_right: usize,
    /// Gold entities (any) matched by at least one actor.
    pub matched: usize,
    /// Gold entities matched by two or more actors.
    pub split: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// True when two mentions share their last word (the head of an English name or noun phrase)
/// and one holds the other: "Toulouse" does not match the gold "Toulouse, France", "France" does.
fn heads_match(gold: Span, ours: Span) -> bool {
    gold.end == ours.end && (gold.contains(ours) || ours.contains(gold))
}

/// The looser match, when no mention of an actor matches by its head: our mention opens the
/// gold one (after a determiner) and the gold one goes on with a post-modifier, so that ours is
/// still its head ("Toulouse" in "Toulouse , France", "Heathrow" in "Heathrow airport" is not,
/// "Everett Factory" in "their Everett Factory near Seattle"). A name used as a modifier inside
/// another entity's mention ("US" in "the US manufacturer", "Irish" in "Irish low cost airline")
/// is not a mention of that entity.
fn opens_match(text: &str, gold: Span, ours: Span) -> bool {
    if !gold.contains(ours) || ours.end >= gold.end {
        return false;
    }
    let head = text[gold.start..ours.start].trim();
    let determiner = head.is_empty()
        || matches!(
            head.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        );
    let rest = text[ours.end..gold.end].trim_start();
    let word = rest.split_whitespace().next().unwrap_or("");
    determiner
        && (rest.starts_with(',')
            || rest.starts_with('(')
            || matches!(word, "in" | "near" | "at" | "on" | "which" | "who" | "that"))
}

/// Scores one document.
pub fn score_doc(doc: &MeantimeDoc, score: &mut ActorScore) {
    score_doc_with(embedded_model(), doc, score);
}

/// [`score_doc`] with another NER model.
pub fn score_doc_with(model: &Model, doc: &MeantimeDoc, score: &mut ActorScore) {
    score.documents += 1;
    let d = Doc::new(&doc.text);
    let found = mentions_with(model, &d);
    let actors = find_actors(&d, &found);
    // Each actor's best gold entity: the one most of its mentions overlap.
    let votes: Vec<(Option<usize>, Option<usize>)> = actors
        .iter()
        .map(|a| {
            let vote = |matches: &dyn Fn(Span, Span) -> bool| {
                let mut counts: HashMap<usize, usize> = HashMap::new();
                for s in &a.spans {
                    for (g, e) in doc.entities.iter().enumerate() {
                        if e.mentions.iter().any(|m| matches(*m, *s)) {
                            *counts.entry(g).or_default() += 1;
                        }
                    }
                }
                counts.into_iter().max_by_key(|&(g, c)| (c, std::cmp::Reverse(g))).map(|(g, _)| g)
            };
            (vote(&heads_match), vote(&|m: Span, s: Span| opens_match(&doc.text, m, s)))
        })
        .collect();
    // Splits count strict (head) matches only: the looser match is not proof that two actors
    // are one entity.
    let strict: Vec<Option<usize>> = votes.iter().map(|b| b.0).collect();
    let best: Vec<Option<usize>> = votes.iter().map(|b| b.0.or(b.1)).collect();
    let key =
        |e: &GoldEntity| matches!(e.kind.as_str(), "PER" | "ORG" | "LOC") && e.mentions.len() >= 2 && e.named;
    for (g, e) in doc.entities.iter().enumerate() {
        let by: Vec<usize> = (0..actors.len()).filter(|&a| best[a] == Some(g)).collect();
        let by_strict: Vec<usize> = (0..actors.len()).filter(|&a| strict[a] == Some(g)).collect();
        if !by_strict.is_empty() {
            score.matched += 1;
            if by_strict.len() >= 2 {
                score.split += 1;
                if std::env::var_os("LEDE_ACTOR_ERRORS").is_some() {
                    let names: Vec<(&str, &[String])> = by_strict
                        .iter()
                        .map(|&a| (actors[a].actor.name.as_str(), actors[a].actor.aliases.as_slice()))
                        .collect();
                    eprintln!("split {} {:?}: {:?}", e.kind, e.descriptor, names);
                }
            }
        }
        if key(e) {
            score.gold += 1;
            score.found += usize::from(!by.is_empty());
            score.found_top += usize::from(by.iter().any(|&a| a < DEFAULT_MAX_ACTORS));
        }
    }
    if std::env::var_os("LEDE_ACTOR_DOCS").is_some() {
        eprintln!("== {}", doc.text.lines().next().unwrap_or(""));
        for e in &doc.entities {
            let names: Vec<&str> = e.mentions.iter().map(|m| m.text(&doc.text)).collect();
            eprintln!("   gold {} {:?} {:?}", e.kind, e.descriptor, names);
        }
        for (a, b) in best.iter().enumerate().take(8) {
            let spans: Vec<&str> = actors[a].spans.iter().map(|m| m.text(&doc.text)).collect();
            eprintln!(
                "   ours {} {:?} {:?} -> {:?}",
                a,
                actors[a].actor.kind,
                spans,
                b.map(|g| doc.entities[g].descriptor.as_str())
            );
        }
    }
    for (a, b) in best.iter().take(5).enumerate() {
        let judged = actors[a].spans.iter().any(|s| s.start < doc.annotated_end);
        if b.is_none() && std::env::var_os("LEDE_ACTOR_ERRORS").is_some() {
            let judged = if judged { "" } else { " (not judged: named after the annotated part)" };
            eprintln!("wrong top-5 actor {:?} {:?}{judged}", actors[a].actor.name, actors[a].actor.kind);
        }
        score.top5 += 1;
        score.top5_right += usize::from(b.is_some());
        if judged {
            score.top5_judged += 1;
            score.top5_judged_right += usize::from(b.is_some());
        }
    }
}

/// The score as text.
pub fn render(s: &ActorScore) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} documents; {} gold key entities (PER/ORG/LOC, 2+ mentions, named)",
        s.documents, s.gold
    );
    let _ = writeln!(out, "recall, all actors      {:.3} ({}/{})", ratio(s.found, s.gold), s.found, s.gold);
    let _ = writeln!(
        out,
        "recall, top {DEFAULT_MAX_ACTORS}         {:.3} ({}/{})",
        ratio(s.found_top, s.gold),
        s.found_top,
        s.gold
    );
    let _ = writeln!(
        out,
        "top-5 precision         {:.3} ({}/{} judged: top-5 actors named in the annotated sentences)",
        ratio(s.top5_judged_right, s.top5_judged),
        s.top5_judged_right,
        s.top5_judged
    );
    let _ = writeln!(
        out,
        "top-5 precision, all    {:.3} ({}/{}, unjudged actors counted wrong)",
        ratio(s.top5_right, s.top5),
        s.top5_right,
        s.top5
    );
    let _ = writeln!(
        out,
        "alias splits            {:.3} ({}/{} matched gold entities)",
        ratio(s.split, s.matched),
        s.split,
        s.matched
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Document doc_id="1">
<token t_id="1" sentence="0" number="0">Apple</token>
<token t_id="2" sentence="0" number="1">sues</token>
<token t_id="3" sentence="1" number="0">Apple</token>
<token t_id="4" sentence="1" number="1">Inc.</token>
<token t_id="5" sentence="1" number="2">said</token>
<Markables>
<ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="11" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY TAG_DESCRIPTOR="Apple Inc." ent_type="ORG" m_id="20"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="10"/><source m_id="11"/><target m_id="20"/></REFERS_TO>
</Relations></Document>"#;

    #[test]
    fn reads_tokens_mentions_and_instances() {
        let doc = read_meantime(XML);
        assert_eq!(doc.text, "Apple sues\n\nApple Inc. said");
        assert_eq!(doc.entities.len(), 1);
        let e = &doc.entities[0];
        assert_eq!(e.kind, "ORG");
        assert!(e.named);
        let texts: Vec<&str> = e.mentions.iter().map(|s| s.text(&doc.text)).collect();
        assert_eq!(texts, vec!["Apple", "Apple Inc."]);
        // Both sentences hold a mention: all the text is annotated.
        assert_eq!(doc.annotated_end, doc.text.len());
    }

    #[test]
    fn the_annotated_part_ends_with_the_last_annotated_sentence() {
        let xml =
            XML.replace(r#"<token_anchor t_id="3"/><token_anchor t_id="4"/>"#, r#"<token_anchor t_id="1"/>"#);
        let doc = read_meantime(&xml);
        assert_eq!(&doc.text[..doc.annotated_end], "Apple sues");
    }

    #[test]
    fn a_name_that_opens_a_gold_mention_matches_only_as_its_head() {
        let text = "Toulouse , France and the US manufacturer and Heathrow airport";
        let span = |s: &str| {
            let i = text.find(s).unwrap_or(0);
            Span::new(i, i + s.len())
        };
        assert!(opens_match(text, span("Toulouse , France"), span("Toulouse")));
        assert!(!opens_match(text, span("the US manufacturer"), span("US")));
        assert!(!opens_match(text, span("Heathrow airport"), span("Heathrow")));
        assert!(!opens_match(text, span("Toulouse"), span("Toulouse")));
    }
}
