//! `lede eval ner`: entity mentions against a CoNLL-format file, scored like `conlleval`
//! (exact match of span and label; precision, recall and F1 overall and per label).
//!
//! The file's own tokens are tagged (no re-tokenization), so boundaries are comparable.
//! Research switches (environment): `LEDE_NER_MODEL=FILE` scores another weights file instead of
//! the embedded one; `LEDE_NER_ERRORS=1` prints every sentence with a missed or wrong entity to
//! stderr.

use crate::extract::ner::model::Model;
use crate::extract::ner::{EntityLabel, WordEntity, embedded_model, tag_document_with};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::ops::Range;

/// One sentence of a CoNLL file: words and their tags as written (`B-PER`, `I-LOC`, `O`…).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllSentence {
    /// The words.
    pub words: Vec<String>,
    /// One tag per word.
    pub tags: Vec<String>,
}

/// One document of a CoNLL file (documents are separated by `-DOCSTART-` lines).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllDocument {
    /// Its sentences.
    pub sentences: Vec<ConllSentence>,
}

/// Reads CoNLL text: one token per line, the word first and the tag last (space or tab
/// separated), blank lines between sentences, `-DOCSTART-` lines between documents wherever
/// they are (some copies put them at the end of each document).
pub fn read_conll(text: &str) -> Vec<ConllDocument> {
    let mut docs = Vec::new();
    let mut doc = ConllDocument::default();
    let mut sentence = ConllSentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !sentence.words.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            if !sentence.words.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let mut fields = line.split([' ', '\t']).filter(|f| !f.is_empty());
        let Some(word) = fields.next() else { continue };
        let tag = fields.next_back().unwrap_or("O");
        sentence.words.push(word.to_string());
        sentence.tags.push(tag.to_string());
    }
    if !sentence.words.is_empty() {
        doc.sentences.push(sentence);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Entities of a tag sequence with `conlleval` chunk rules (IOB1 and IOB2 alike): a chunk
/// starts at `B-`, or at `I-` after `O` or after another type. `label` maps a type name to
/// a label; types it rejects are left out.
pub fn chunks(tags: &[String], label: impl Fn(&str) -> Option<EntityLabel>) -> Vec<WordEntity> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, kind) = match tag.split_once('-') {
            Some((p, k)) if matches!(p, "B" | "I" | "E" | "S" | "L" | "U") => (p, k),
            _ => ("O", ""),
        };
        let continues = prefix == "I" || prefix == "E" || prefix == "L";
        match &open {
            Some((_, k)) if continues && k == kind => {}
            _ => {
                if let Some((s, k)) = open.take()
                    && let Some(l) = label(&k)
                {
                    out.push(WordEntity { words: s..i, label: l });
                }
                if prefix != "O" {
                    open = Some((i, kind.to_string()));
                }
            }
        }
        if matches!(prefix, "E" | "S" | "L" | "U")
            && let Some((s, k)) = open.take()
            && let Some(l) = label(&k)
        {
            out.push(WordEntity { words: s..i + 1, label: l });
        }
    }
    if let Some((s, k)) = open
        && let Some(l) = label(&k)
    {
        out.push(WordEntity { words: s..tags.len(), label: l });
    }
    out
}

/// Counts for one label (or all): true positives, predicted, gold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted entities that match a gold one exactly.
    pub correct: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Gold entities.
    pub gold: usize,
}

impl Counts {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        percent(self.correct, self.predicted)
    }
    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        percent(self.correct, self.gold)
    }
    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn percent(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 }
}

/// The result of `lede eval ner`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NerScore {
    /// All labels together.
    pub overall: Counts,
    /// Per label.
    pub by_label: BTreeMap<EntityLabel, Counts>,
    /// Documents, sentences and tokens scored.
    pub documents: usize,
    /// Sentences scored.
    pub sentences: usize,
    /// Tokens scored.
    pub tokens: usize,
}

/// Adds one sentence's gold and predicted entities to the score.
pub fn add(score: &mut NerScore, gold: &[WordEntity], predicted: &[WordEntity]) {
    let key = |e: &WordEntity| (e.words.clone(), e.label);
    let gold_set: Vec<(Range<usize>, EntityLabel)> = gold.iter().map(key).collect();
    for e in gold {
        score.overall.gold += 1;
        score.by_label.entry(e.label).or_default().gold += 1;
    }
    for e in predicted {
        score.overall.predicted += 1;
        let c = score.by_label.entry(e.label).or_default();
        c.predicted += 1;
        if gold_set.contains(&key(e)) {
            c.correct += 1;
            score.overall.correct += 1;
        }
    }
}

/// Tags every document of a CoNLL file with the embedded model and scores it.
pub fn evaluate(docs: &[ConllDocument]) -> NerScore {
    evaluate_with(embedded_model(), docs)
}

/// Tags every document of a CoNLL file with `model` and scores it.
pub fn evaluate_with(model: &Model, docs: &[ConllDocument]) -> NerScore {
    let mut score = NerScore { documents: docs.len(), ..NerScore::default() };
    for doc in docs {
        let words: Vec<Vec<&str>> =
            doc.sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        let predicted = tag_document_with(model, &words);
        for (sentence, predicted) in doc.sentences.iter().zip(&predicted) {
            score.sentences += 1;
            score.tokens += sentence.words.len();
            let gold = chunks(&sentence.tags, EntityLabel::parse);
            if std::env::var_os("LEDE_NER_ERRORS").is_some() {
                let show = |e: &WordEntity| {
                    format!("{}:{}", sentence.words[e.words.clone()].join(" "), e.label.as_str())
                };
                let missed: Vec<String> = gold.iter().filter(|g| !predicted.contains(g)).map(show).collect();
                let wrong: Vec<String> = predicted.iter().filter(|p| !gold.contains(p)).map(show).collect();
                if !missed.is_empty() || !wrong.is_empty() {
                    eprintln!("{}\n  missed {:?}\n  wrong  {:?}", sentence.words.join(" "), missed, wrong);
                }
            }
            add(&mut score, &gold, predicted);
        }
    }
    score
}

/// The score as a table.
pub fn render(score: &NerScore) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} documents, {} sentences, {} tokens",
        score.documents, score.sentences, score.tokens
    );
    let _ = writeln!(out, "{:<8} {:>7} {:>7} {:>7} {:>7} {:>7}", "label", "P", "R", "F1", "gold", "pred");
    let mut row = |name: &str, c: &Counts| {
        let _ = writeln!(
            out,
            "{:<8} {:>7.2} {:>7.2} {:>7.2} {:>7} {:>7}",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.gold,
            c.predicted
        );
    };
    for (label, c) in &score.by_label {
        row(label.as_str(), c);
    }
    row("overall", &score.overall);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn iob1_and_iob2_chunks() {
        let iob1 = chunks(&tags("I-PER I-PER O I-LOC B-LOC I-ORG"), EntityLabel::parse);
        let spans: Vec<_> = iob1.iter().map(|e| (e.words.clone(), e.label)).collect();
        assert_eq!(
            spans,
            vec![
                (0..2, EntityLabel::Per),
                (3..4, EntityLabel::Loc),
                (4..5, EntityLabel::Loc),
                (5..6, EntityLabel::Org)
            ]
        );
        let iob2 = chunks(&tags("B-PER I-PER B-PER O"), EntityLabel::parse);
        assert_eq!(iob2.len(), 2);
        assert_eq!(iob2[1].words, 2..3);
    }

    #[test]
    fn reader_handles_docstart_anywhere() {
        let text = "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n-DOCSTART- -X- -X- O\n\nPeter NNP I-NP I-PER\n";
        let docs = read_conll(text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences[0].words, vec!["EU", "rejects"]);
        assert_eq!(docs[1].sentences[0].tags, vec!["I-PER"]);
    }

    #[test]
    fn exact_match_scoring() {
        let mut score = NerScore::default();
        let gold = vec![WordEntity { words: 0..2, label: EntityLabel::Per }];
        let predicted = vec![
            WordEntity { words: 0..1, label: EntityLabel::Per },
            WordEntity { words: 0..2, label: EntityLabel::Per },
        ];
        add(&mut score, &gold, &predicted);
        assert_eq!(score.overall, Counts { correct: 1, predicted: 2, gold: 1 });
        assert!((score.overall.f1() - 66.666).abs() < 0.01);
    }
}
