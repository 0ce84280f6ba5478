//! Titled people the tagger takes for organisations or places: "education minister Lord Nash",
//! "the Duchess of Cambridge". A name opened by a title of nobility or knighthood, or by such a
//! title before "of", is a person. The titles are data (`data/peer_titles.txt`).

use super::{EntityLabel, WordEntity};
use crate::extract::lexicon;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The rows of `peer_titles.txt`: (titles before a name, titles before "of").
static TITLES: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> = LazyLock::new(|| {
    let table = include_str!("data/peer_titles.txt");
    (lexicon::tagged_words(table, "before").collect(), lexicon::tagged_words(table, "of").collect())
});

/// Relabels as people the entities of one sentence that a title of nobility opens.
pub fn apply(words: &[&str], entities: &mut [WordEntity]) {
    let (before, of) = &*TITLES;
    for e in entities.iter_mut() {
        if e.label == EntityLabel::Per || e.words.len() < 2 {
            continue;
        }
        let name = &words[e.words.clone()];
        let first = name[0].to_lowercase();
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let titled = before.contains(first.as_str()) && capital(name[1]);
        let styled = name.len() >= 3 && name[1] == "of" && of.contains(first.as_str()) && capital(name[2]);
        if (titled || styled) && capital(name[0]) {
            e.label = EntityLabel::Per;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(sentence: &str, start: usize, end: usize, label: EntityLabel) -> EntityLabel {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut entities = vec![WordEntity { words: start..end, label }];
        apply(&words, &mut entities);
        entities[0].label
    }

    #[test]
    fn peers_and_royal_styles_are_people() {
        assert_eq!(label("education minister Lord Nash said", 2, 4, EntityLabel::Org), EntityLabel::Per);
        assert_eq!(label("the Duchess of Cambridge visited", 1, 4, EntityLabel::Loc), EntityLabel::Per);
    }

    #[test]
    fn other_names_stay() {
        // a ground named after a man, and an institution "of" a place
        assert_eq!(label("at Lord 's yesterday", 1, 3, EntityLabel::Loc), EntityLabel::Loc);
        assert_eq!(label("the Bank of England said", 1, 4, EntityLabel::Org), EntityLabel::Org);
    }
}
