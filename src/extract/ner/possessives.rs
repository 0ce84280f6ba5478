//! Possessives inside a tagged name: the tagger, which seldom saw a bare apostrophe in
//! training, reads "Brendan Rodgers' Liverpool" as one name. When the owner is a person's
//! name, a reader sees two names, the owner and the owned ("Brendan Rodgers" and
//! "Liverpool"), and the owner then joins the actor "Rodgers". Names that hold a possessive
//! of their own ("the Workers' Party", "St John's Wood", "King's College") are left whole:
//! they do not open with a given name.

use crate::extract::ner::gazetteer::{GAZETTEER, GazetteerKind};
use crate::extract::ner::offices::gazetteer_label;
use crate::extract::ner::{EntityLabel, WordEntity};

/// The tokens that mark a possessive: "'s", "’s" and the bare apostrophe of "Rodgers'".
const POSSESSIVE_MARKS: &[&str] = &["'s", "’s", "'S", "’S", "'", "’"];

/// Splits each entity of one sentence at a possessive inside it (see the module
/// documentation). Entities stay in word order.
pub fn split_at_possessives(words: &[&str], entities: &mut Vec<WordEntity>) {
    if !entities.iter().any(|e| possessive_at(words, e).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(entities.len() + 1);
    for e in entities.drain(..) {
        let Some(at) = possessive_at(words, &e) else {
            out.push(e);
            continue;
        };
        let owner = e.words.start..at;
        let owned = at + 1..e.words.end;
        out.push(WordEntity { words: owner, label: EntityLabel::Per });
        let owned_label = match e.label {
            // "[Tom Brady's Patriots]" tagged as a person: the owned part is no person, and
            // unknown words are left out rather than guessed
            EntityLabel::Per => gazetteer_label(&words[owned.clone()]),
            label => Some(label),
        };
        if let Some(label) = owned_label {
            out.push(WordEntity { words: owned, label });
        }
    }
    *entities = out;
}

/// The word index of a possessive mark inside entity `e` that ends a person's name (two or
/// more capitalised words opening with a common given name) and is followed by a capital.
fn possessive_at(words: &[&str], e: &WordEntity) -> Option<usize> {
    let capitalised = |k: usize| words.get(k).and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    let opens_with_given_name = GAZETTEER.is(words[e.words.start], GazetteerKind::FirstName);
    (e.words.start + 2..e.words.end.saturating_sub(1)).find(|&k| {
        opens_with_given_name
            && POSSESSIVE_MARKS.contains(&words[k])
            && (e.words.start..k).all(capitalised)
            && capitalised(k + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(sentence: &str, start: usize, end: usize, label: EntityLabel) -> Vec<(String, EntityLabel)> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut entities = vec![WordEntity { words: start..end, label }];
        split_at_possessives(&words, &mut entities);
        entities.iter().map(|e| (words[e.words.clone()].join(" "), e.label)).collect()
    }

    #[test]
    fn an_owner_and_the_owned_are_two_names() {
        assert_eq!(
            split("by Brendan Rodgers ' Liverpool , who", 1, 5, EntityLabel::Org),
            vec![
                ("Brendan Rodgers".to_string(), EntityLabel::Per),
                ("Liverpool".to_string(), EntityLabel::Org)
            ]
        );
        assert_eq!(
            split("James Murdoch ’s News Corp", 0, 5, EntityLabel::Org),
            vec![
                ("James Murdoch".to_string(), EntityLabel::Per),
                ("News Corp".to_string(), EntityLabel::Org)
            ]
        );
        // a "person" that owns something unknown keeps only the person
        assert_eq!(
            split("Tom Brady 's Patriots won", 0, 4, EntityLabel::Per),
            vec![("Tom Brady".to_string(), EntityLabel::Per)]
        );
    }

    #[test]
    fn names_without_a_possessive_inside_are_left_alone() {
        assert_eq!(
            split("Brendan Rodgers ' side", 0, 2, EntityLabel::Per),
            vec![("Brendan Rodgers".to_string(), EntityLabel::Per)]
        );
        assert_eq!(
            split("the Workers ' Party", 1, 4, EntityLabel::Org),
            vec![("Workers ' Party".to_string(), EntityLabel::Org)]
        );
        assert_eq!(
            split("St John 's Wood", 0, 4, EntityLabel::Loc),
            vec![("St John 's Wood".to_string(), EntityLabel::Loc)]
        );
    }
}
