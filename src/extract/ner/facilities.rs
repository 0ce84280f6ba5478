//! Venue and street patterns, applied to the tagger's output: a name ending in a venue or street
//! word ("Etihad Stadium", "Elland Road", "Crucible Theatre") or headed by one before "of"
//! ("Stadium of Light") is a place, whatever the tagger called it. Sports and court reports are
//! where the tagger takes grounds for clubs. The words are data (`data/facility_heads.txt`).

use crate::extract::lexicon;
use crate::extract::ner::gazetteer::{GAZETTEER, GazetteerKind};
use crate::extract::ner::orgs::capitalised;
use crate::extract::ner::{EntityLabel, WordEntity};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The rows of `facility_heads.txt`, one set per row kind.
struct Heads {
    ends: HashSet<&'static str>,
    ofs: HashSet<&'static str>,
    streets: HashSet<&'static str>,
}

static HEADS: LazyLock<Heads> = LazyLock::new(|| {
    let table = include_str!("data/facility_heads.txt");
    let words = |tag| lexicon::tagged_words(table, tag).collect();
    Heads { ends: words("end"), ofs: words("of"), streets: words("street") }
});

/// True for a word that ends a venue's or a street's name ("Park", "Stadium", "Road"), any case.
pub fn is_venue_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    HEADS.ends.contains(lower.as_str()) || HEADS.streets.contains(lower.as_str())
}

/// Courtesy titles before a surname: "Mr Street" is a person.
const COURTESY: [&str; 8] = ["mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord"];

/// Relabels as places the entities of one sentence that name a venue or a street.
pub fn apply(words: &[&str], entities: &mut [WordEntity]) {
    let heads = &*HEADS;
    for e in entities.iter_mut() {
        if e.label == EntityLabel::Loc || e.words.len() < 2 {
            continue;
        }
        let name = &words[e.words.clone()];
        let last_word = name[name.len() - 1];
        let last = last_word.to_lowercase();
        let first = name[0].to_lowercase();
        let venue = match e.label {
            EntityLabel::Per => {
                heads.streets.contains(last.as_str())
                    && !GAZETTEER.is(name[0], GazetteerKind::FirstName)
                    && !GAZETTEER.is(&first, GazetteerKind::Title)
                    && !COURTESY.contains(&first.trim_end_matches('.'))
            }
            _ => {
                heads.ends.contains(last.as_str()) || (name[1] == "of" && heads.ofs.contains(first.as_str()))
            }
        };
        if venue && capitalised(last_word) {
            e.label = EntityLabel::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(sentence: &str, tagged: &[(usize, usize, EntityLabel)]) -> Vec<EntityLabel> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut entities: Vec<WordEntity> =
            tagged.iter().map(|&(s, e, label)| WordEntity { words: s..e, label }).collect();
        apply(&words, &mut entities);
        entities.iter().map(|e| e.label).collect()
    }

    #[test]
    fn grounds_and_theatres_are_places() {
        let s = "Leeds play at Elland Road and Cardiff at the Cardiff City Stadium";
        let got = labels(s, &[(0, 1, EntityLabel::Org), (3, 5, EntityLabel::Org), (9, 12, EntityLabel::Org)]);
        assert_eq!(got, [EntityLabel::Org, EntityLabel::Loc, EntityLabel::Loc]);
        let s = "Sunderland lost at the Stadium of Light";
        assert_eq!(labels(s, &[(4, 7, EntityLabel::Org)]), [EntityLabel::Loc]);
    }

    #[test]
    fn a_street_is_a_place_but_a_person_named_like_one_is_not() {
        let s = "Police closed Dalmeny Street after Chris Bridge called";
        let got = labels(s, &[(2, 4, EntityLabel::Per), (5, 7, EntityLabel::Per)]);
        assert_eq!(got, [EntityLabel::Loc, EntityLabel::Per]);
        // a person whose surname is a venue word stays a person
        let s = "Jennifer Park said so";
        assert_eq!(labels(s, &[(0, 2, EntityLabel::Per)]), [EntityLabel::Per]);
        let s = "Mr Street said so";
        assert_eq!(labels(s, &[(0, 2, EntityLabel::Per)]), [EntityLabel::Per]);
    }
}
