//! The summary: a few of the article's own sentences, lead first, within a word budget.

use crate::extract::digest::{Evidence, SummaryLine};
use crate::extract::doc::{BlockKind, Doc};
use std::collections::HashSet;

/// Settings of the summary.
#[derive(Debug, Clone)]
pub struct SummaryOptions {
    /// Most words in the whole summary.
    pub max_words: usize,
    /// Most sentences.
    pub max_sentences: usize,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions { max_words: 75, max_sentences: 3 }
    }
}

/// Shortest sentence worth a summary line, in words.
const MIN_WORDS: usize = 5;

/// Word overlap (Jaccard) at which a sentence repeats one already chosen.
const NEAR_DUPLICATE: f64 = 0.7;

/// Picks the summary sentences: body sentences in reading order, skipping short ones,
/// questions (teasers) and near-duplicates, while they fit the budget. If even the first
/// candidate is longer than the budget, it alone is the summary: a cut sentence would
/// misquote the article.
pub fn summarize(doc: &Doc, options: &SummaryOptions) -> Vec<SummaryLine> {
    let candidates: Vec<usize> = (0..doc.sentences().len())
        .filter(|&i| doc.sentences()[i].kind == BlockKind::Body)
        .filter(|&i| {
            let text = doc.sentence_text(i);
            word_count(text) >= MIN_WORDS && !text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?')
        })
        .collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut chosen_words: Vec<HashSet<String>> = Vec::new();
    let mut budget = options.max_words;
    let lookahead = 2 * options.max_sentences + 2;
    for &i in candidates.iter().take(lookahead) {
        if chosen.len() == options.max_sentences {
            break;
        }
        let text = doc.sentence_text(i);
        let words = word_count(text);
        let vocabulary = vocabulary(text);
        if words > budget || chosen_words.iter().any(|seen| jaccard(seen, &vocabulary) >= NEAR_DUPLICATE) {
            continue;
        }
        budget -= words;
        chosen.push(i);
        chosen_words.push(vocabulary);
    }
    if chosen.is_empty()
        && let Some(&first) = candidates.first()
    {
        chosen.push(first);
    }
    chosen
        .into_iter()
        .map(|i| SummaryLine { text: doc.sentence_text(i).to_string(), evidence: Evidence::sentence(doc, i) })
        .collect()
}

/// Words as a reader counts them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn vocabulary(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 { 0.0 } else { a.intersection(b).count() as f64 / union as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(text: &str, max_words: usize) -> Vec<String> {
        let doc = Doc::new(text);
        summarize(&doc, &SummaryOptions { max_words, max_sentences: 3 }).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn takes_the_lead_within_budget() {
        let text = "Headline here\n\nThe council approved the budget on Monday night. \
                    It includes money for new schools and roads. \
                    Critics said the plan was rushed through. Nobody else spoke at all today.";
        assert_eq!(
            summary(text, 75),
            vec![
                "The council approved the budget on Monday night.",
                "It includes money for new schools and roads.",
                "Critics said the plan was rushed through."
            ]
        );
        assert_eq!(summary(text, 17).len(), 2);
    }

    #[test]
    fn skips_questions_duplicates_and_headings() {
        let text = "Who pays for the new bridge across the river?\n\n\
                    The state will pay for the new bridge, officials said. \
                    The state will pay for the new bridge, officials said on Monday. \
                    Construction starts in May and lasts two years.";
        assert_eq!(
            summary(text, 75),
            vec![
                "The state will pay for the new bridge, officials said.",
                "Construction starts in May and lasts two years."
            ]
        );
    }

    #[test]
    fn an_overlong_lead_is_kept_whole() {
        let long = format!("{}.", vec!["word"; 90].join(" "));
        assert_eq!(summary(&long, 75), vec![long.clone()]);
    }

    #[test]
    fn evidence_points_at_the_sentence() {
        let text = "Title line\n\nFirst body sentence is right here. Second one follows it now.";
        let doc = Doc::new(text);
        for line in summarize(&doc, &SummaryOptions::default()) {
            assert_eq!(&text[line.evidence.start..line.evidence.end], line.text);
        }
    }
}
