//! Given names lost at a sentence's opening. A capitalised first word tells nothing, so the
//! tagger often leaves an unusual given name out of the person it opens: "Grant Allen, 38, of
//! Harlow" becomes "Allen", and so does "‘Grant Allen used other people…" after a quotation
//! mark. The word is put back when the document shows it is a name.

use super::gazetteer::{GAZETTEER, GazetteerKind};
use super::{EntityLabel, WordEntity};
use crate::extract::lexicon;
use std::collections::{HashMap, HashSet};

/// Longest person mention, in words, that a given name is put in front of.
const MAX_NAME_WORDS: usize = 2;

/// Gazetteer kinds that make a word something other than a given name.
const NOT_GIVEN_NAMES: [GazetteerKind; 5] = [
    GazetteerKind::Country,
    GazetteerKind::Demonym,
    GazetteerKind::Capital,
    GazetteerKind::Place,
    GazetteerKind::Title,
];

/// Puts a capitalised word back in front of the person mention it opens, at the start of a
/// sentence, a quotation or after a colon, when the document shows the word is a given name:
/// it is a common given name, or the same two words open a person's name at least twice. The
/// word must never be written in lower case in the document ("Police Smith" is safe: "police"
/// is), must not commonly open sentences ("Meanwhile Allen…"), and must not be a place or a title.
pub fn restore_given_names(sentences: &[Vec<&str>], tagged: &mut [Vec<WordEntity>]) {
    let lowercase: HashSet<String> = sentences
        .iter()
        .flatten()
        .filter(|w| w.starts_with(char::is_lowercase))
        .map(|w| w.to_lowercase())
        .collect();
    let mut openings: HashMap<(&str, &str), usize> = HashMap::new();
    for (words, entities) in sentences.iter().zip(tagged.iter()) {
        for e in entities {
            if let Some(given) = opening_word(words, entities, e) {
                *openings.entry((given, words[e.words.start])).or_default() += 1;
            }
        }
    }
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        let restored: Vec<usize> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                opening_word(words, entities, e).is_some_and(|given| {
                    !lowercase.contains(&given.to_lowercase())
                        && (GAZETTEER.is(given, GazetteerKind::FirstName)
                            || openings.get(&(given, words[e.words.start])).is_some_and(|&n| n >= 2))
                })
            })
            .map(|(i, _)| i)
            .collect();
        for i in restored {
            entities[i].words.start -= 1;
        }
    }
}

/// The word in front of a short person mention that may be its given name: capitalised, the
/// first word of the sentence or of a quotation, in no other mention, and not a word that
/// commonly opens sentences, a place or a title.
fn opening_word<'a>(words: &[&'a str], entities: &[WordEntity], e: &WordEntity) -> Option<&'a str> {
    if e.label != EntityLabel::Per || e.words.len() > MAX_NAME_WORDS || e.words.start == 0 {
        return None;
    }
    let at = e.words.start - 1;
    let word = words[at];
    let opens = at == 0 || matches!(words[at - 1], "‘" | "“" | "\"" | "'" | "``" | ":" | "(");
    let mut letters = word.chars();
    let shaped = letters.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && letters.all(char::is_lowercase);
    let free = !entities.iter().any(|o| o.words.contains(&at));
    let ordinary =
        lexicon::is_sentence_starter(word) || NOT_GIVEN_NAMES.iter().any(|&k| GAZETTEER.is(word, k));
    (opens && shaped && free && !ordinary).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(words: std::ops::Range<usize>) -> WordEntity {
        WordEntity { words, label: EntityLabel::Per }
    }

    fn names(sentences: &[Vec<&str>], tagged: &[Vec<WordEntity>]) -> Vec<String> {
        sentences
            .iter()
            .zip(tagged)
            .flat_map(|(words, es)| es.iter().map(|e| words[e.words.clone()].join(" ")))
            .collect()
    }

    #[test]
    fn a_given_name_opening_two_sentences_is_restored() {
        let sentences = vec![
            vec!["Grant", "Allen", ",", "38", ",", "travelled", "."],
            vec!["‘", "Grant", "Allen", "used", "people", ".", "’"],
            vec!["Allen", "was", "jailed", "."],
        ];
        let mut tagged = vec![vec![person(1..2)], vec![person(2..3)], vec![person(0..1)]];
        restore_given_names(&sentences, &mut tagged);
        assert_eq!(names(&sentences, &tagged), ["Grant Allen", "Grant Allen", "Allen"]);
    }

    #[test]
    fn a_common_given_name_is_restored_once() {
        let sentences = vec![vec!["Mark", "Hughes", "said", "so", "."]];
        let mut tagged = vec![vec![person(1..2)]];
        restore_given_names(&sentences, &mut tagged);
        assert_eq!(names(&sentences, &tagged), ["Mark Hughes"]);
    }

    #[test]
    fn ordinary_words_are_not_given_names() {
        let sentences = vec![
            vec!["Meanwhile", "Allen", "left", "."],
            vec!["Meanwhile", "Allen", "stayed", "."],
            vec!["Police", "Smith", "said", "."],
            vec!["Police", "Smith", "left", "."],
            vec!["the", "police", "came", "."],
            vec!["Grant", "Allen", "left", "."],
        ];
        let mut tagged = vec![
            vec![person(1..2)],
            vec![person(1..2)],
            vec![person(1..2)],
            vec![person(1..2)],
            vec![],
            vec![person(1..2)],
        ];
        restore_given_names(&sentences, &mut tagged);
        // "Grant" opens a name only once and is no common given name: left out too
        assert_eq!(names(&sentences, &tagged), ["Allen", "Allen", "Smith", "Smith", "Allen"]);
    }

    #[test]
    fn only_at_an_opening() {
        let sentences =
            vec![vec!["He", "met", "Grant", "Allen", "."], vec!["They", "met", "Grant", "Allen", "."]];
        let mut tagged = vec![vec![person(3..4)], vec![person(3..4)]];
        restore_given_names(&sentences, &mut tagged);
        assert_eq!(names(&sentences, &tagged), ["Allen", "Allen"]);
    }
}
