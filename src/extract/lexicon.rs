//! The word lists the segmenter and the timeline read: abbreviations, sentence starters, speech
//! verbs, clause openers.
//!
//! The lists live as plain-text tables beside this file (`lexicon/*.tsv|txt`) so that a
//! journalist or linguist can extend them without touching code.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How a sentence may end after an abbreviation's full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationClass {
    /// A name follows, never a sentence end: "Mr. Smith".
    Title,
    /// A number usually follows: "Jan. 5", "No. 10"; otherwise the sentence may end.
    Numeric,
    /// May end a sentence: "Apple Inc. The company…".
    Terminal,
}

static ABBREVIATIONS: LazyLock<HashMap<&'static str, AbbreviationClass>> = LazyLock::new(|| {
    table_rows(include_str!("lexicon/abbreviations.tsv"))
        .filter_map(|row| {
            let (word, class) = row.split_once('\t')?;
            let class = match class.trim() {
                "title" => AbbreviationClass::Title,
                "numeric" => AbbreviationClass::Numeric,
                "terminal" => AbbreviationClass::Terminal,
                _ => return None,
            };
            Some((word, class))
        })
        .collect()
});

static SENTENCE_STARTERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| table_rows(include_str!("lexicon/sentence_starters.txt")).collect());

static SPEECH_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| table_rows(include_str!("lexicon/speech_verbs.txt")).collect());

static GLUED_OPENERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/glued_openers.txt")).collect());

static GLUED_CONNECTIVES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/glued_connectives.txt")).collect());

static GLUED_AFTER_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/glued_after_names.txt")).collect());

static FIELD_LABELS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/field_labels.txt")).collect());

/// Clause openers: word → whether it is dropped from the front of an event phrase, or opens a
/// relative clause.
static CLAUSE_OPENERS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    table_rows(include_str!("lexicon/clause_openers.tsv"))
        .filter_map(|row| {
            let (word, how) = row.split_once('\t')?;
            Some((word, how.trim()))
        })
        .collect()
});

/// The months' names in order, as dates are written in English: the timeline's labels and the
/// tokenizer's glued days ("Road.14 May") both read them.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Non-empty, non-comment lines of a bundled table, trailing blanks cut (a row's first cell
/// may be empty).
pub fn table_rows(table: &'static str) -> impl Iterator<Item = &'static str> {
    table.lines().map(str::trim_end).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The `word<TAB>kind` rows of a table, each kind read by `kind_of`; rows of a kind it does not
/// know are skipped.
pub fn keyed_rows<T>(
    table: &'static str,
    kind_of: impl Fn(&str) -> Option<T>,
) -> impl Iterator<Item = (&'static str, T)> {
    table_rows(table).filter_map(move |row| {
        let (word, kind) = row.split_once('\t')?;
        Some((word.trim(), kind_of(kind.trim())?))
    })
}

/// The entries of a bundled word list: one per line, trimmed, blank lines and `#` comments
/// skipped.
pub fn word_list(table: &'static str) -> impl Iterator<Item = &'static str> {
    table.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The words of a bundled list's rows written `TAG word` (`end stadium`, `of bank`), for lists
/// that hold several kinds of row.
pub fn tagged_words(table: &'static str, tag: &'static str) -> impl Iterator<Item = &'static str> {
    word_list(table).filter_map(move |line| line.split_once(' ').filter(|(t, _)| *t == tag).map(|(_, w)| w))
}

/// The class of a known abbreviation, full stop included (`"Mr."`); a title after a prefix
/// and a hyphen ("then-Sen.", "ex-Gov.") is that title.
pub fn abbreviation(word: &str) -> Option<AbbreviationClass> {
    ABBREVIATIONS.get(word).copied().or_else(|| {
        let (prefix, title) = word.rsplit_once('-')?;
        let class = ABBREVIATIONS.get(title).copied()?;
        (!prefix.is_empty() && prefix.chars().all(char::is_alphabetic) && class == AbbreviationClass::Title)
            .then_some(class)
    })
}

/// True for a word (any case) that commonly opens a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(word.to_lowercase().as_str())
}

/// For a word (any case) that opens a new clause after a comma ("…, then", "…, which"):
/// `Some(true)` when it is left off the front of an event phrase ("and", "but"), `Some(false)`
/// when it carries meaning ("while", "after").
pub fn clause_opener(word: &str) -> Option<bool> {
    CLAUSE_OPENERS.get(word.to_lowercase().as_str()).map(|how| *how == "drop")
}

/// True for a word that opens a relative clause (any case): "which", "who", "whose".
pub fn is_relative_pronoun(word: &str) -> bool {
    CLAUSE_OPENERS.get(word.to_lowercase().as_str()).is_some_and(|how| *how == "relative")
}

/// True for a capitalised word that opens a sentence whose full stop was lost ("…for stories
/// Her decision…"): a subject pronoun or possessive, written with its capital.
pub fn is_glued_opener(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && GLUED_OPENERS.contains(word.to_lowercase().as_str())
}

/// True for a capitalised sentence adverb that opens a sentence whose full stop was lost when
/// a comma follows it ("…Disney World However, the court heard…").
pub fn is_glued_connective(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && GLUED_CONNECTIVES.contains(word.to_lowercase().as_str())
}

/// True for a capitalised word that opens a sentence whose full stop was lost even right
/// after a name, when a lowercase word follows it ("…working for Minolta After having…").
pub fn is_glued_after_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && GLUED_AFTER_NAMES.contains(word.to_lowercase().as_str())
}

/// True for a word (any case) that opens a field, note or list line ("Update:", "Ingredients:"),
/// not a photo caption, before a colon.
pub fn is_field_label(word: &str) -> bool {
    FIELD_LABELS.contains(word.to_lowercase().as_str())
}

/// True for a verb of speech (any case): "said", "asked"…
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        assert_eq!(abbreviation("Mr."), Some(AbbreviationClass::Title));
        assert_eq!(abbreviation("Jan."), Some(AbbreviationClass::Numeric));
        assert_eq!(abbreviation("Inc."), Some(AbbreviationClass::Terminal));
        assert_eq!(abbreviation("Hello."), None);
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("President"));
        assert!(is_speech_verb("Said"));
    }
}
