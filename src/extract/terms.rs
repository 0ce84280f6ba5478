//! Terms: the content words of a text, lowercased and stemmed, for comparing sentences with
//! each other (the summary) and with a question (answers).
//!
//! A term is a run of ASCII letters and digits (after lowercasing; any other character
//! separates, as in ROUGE), at least three characters long, not a function word from
//! `terms/stopwords.txt`, Porter-stemmed.

use crate::extract::porter;
use std::collections::HashSet;
use std::sync::LazyLock;

static STOPWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| crate::extract::lexicon::word_list(include_str!("terms/stopwords.txt")).collect());

/// True for a function word ("the", "said", "who"), any case.
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(word.to_lowercase().as_str())
}

/// The terms of `text`, in order, repeats kept.
pub fn terms(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_ascii_lowercase() && !c.is_ascii_digit())
        .filter(|w| w.len() > 2 && !STOPWORDS.contains(w))
        .map(porter::stem)
        .collect()
}

/// The distinct terms of `text`.
pub fn term_set(text: &str) -> HashSet<String> {
    terms(text).into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_stemmed() {
        assert_eq!(
            terms("The CEO resigned after the antenna problems, he said."),
            ["ceo", "resign", "antenna", "problem"]
        );
        assert!(is_stopword("When"));
        assert!(terms("").is_empty());
    }
}
