//! `lede eval actors`: key actors against MEANTIME (NewsReader CAT XML) entity instances.
//!
//! Each document's tokens are joined back into text (one sentence a paragraph: the first is the
//! headline) and digested. Gold: the entity instances of type PER, ORG or LOC with at least two
//! mentions (`REFERS_TO`), at least one of them a name (`syntactic_type` NAM or PRE.NAM). An
//! actor matches the gold entity that most of its mentions match; a mention matches a gold
//! mention when one holds the other and both end on the same word (the head), or, when no
//! mention of the actor matches that way, when the two overlap (for recall and precision; alias
//! splits count head matches only).
//!
//! Measures: recall of the gold entities (by all actors, and by the digest's top 8); precision
//! of the top 5 (an actor is right when it matches any gold entity, products included); alias
//! splits (gold entities matched by two or more actors, over those matched).

use crate::extract::Doc;
use crate::extract::actors::{DEFAULT_MAX_ACTORS, find_actors};
use crate::extract::ner::mentions;
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
        last_sentence = Some(sentence);
        let start = text.len();
        text.push_str(&word);
        token_span.insert(id, Span::new(start, text.len()));
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
        let spans: Vec<Span> = body
            .split("<token_anchor ")
            .skip(1)
            .filter_map(|a| attr(&format!(" {a}"), "t_id").and_then(|t| token_span.get(t).copied()))
            .collect();
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
    MeantimeDoc { text, entities }
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

/// Scores one document.
pub fn score_doc(doc: &MeantimeDoc, score: &mut ActorScore) {
    score.documents += 1;
    let d = Doc::new(&doc.text);
    let found = mentions(&d);
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
            (vote(&heads_match), vote(&|m: Span, s: Span| m.overlaps(s)))
        })
        .collect();
    // Splits count strict (head) matches only: an overlap is not proof that two actors are one
    // entity ("Qatar" inside the gold "Qatar Airways" is the country, rightly apart).
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
    for (a, b) in best.iter().take(5).enumerate() {
        if b.is_none() && std::env::var_os("LEDE_ACTOR_ERRORS").is_some() {
            eprintln!("wrong top-5 actor {:?} {:?}", actors[a].actor.name, actors[a].actor.kind);
        }
        score.top5 += 1;
        score.top5_right += usize::from(b.is_some());
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
        "top-5 precision         {:.3} ({}/{})",
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
    }
}
