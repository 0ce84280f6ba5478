//! People whose names hold lower-case particles: "Ursula von der Leyen", "Luiz Inacio Lula da
//! Silva", "Juan Martin del Potro", "Mohammed bin Salman" (`data/name_particles.txt`).
//!
//! The tagger seldom sees such names whole: it tags the given names alone ("Juan Martin"), the
//! surname as another entity ("Leyen" as an organisation) or nothing at all. Two repairs, per
//! sentence:
//! - a person followed by particles and a capitalised word takes them in, and so does a person
//!   followed by a hyphenated surname ("Abu Bakr al-Baghdadi");
//! - capitalised words, particles and capitalised words that no other entity claims (or that a
//!   person or one stray word claims) are one person, unless the gazetteers know the phrase as a
//!   place or organisation ("Rio de Janeiro") or it holds an organisation word ("Banco do Brasil").

use super::gazetteer::{GAZETTEER, GazetteerKind};
use super::orgs::capitalised;
use super::{EntityLabel, WordEntity};
use crate::extract::lexicon;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// The rows of `name_particles.txt`: (particles, words that make a phrase no person's name,
/// prefixes of hyphenated surnames).
type Words = (HashSet<&'static str>, HashSet<&'static str>, HashSet<&'static str>);

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let table = include_str!("data/name_particles.txt");
    (
        lexicon::tagged_words(table, "particle").collect(),
        lexicon::tagged_words(table, "other").collect(),
        lexicon::tagged_words(table, "prefix").collect(),
    )
});

/// Most particles in a row ("van der", "de la").
const MAX_PARTICLES: usize = 3;

/// Most capitalised words on either side of the particles.
const MAX_SIDE_WORDS: usize = 3;

/// True for a lower-case name particle.
fn is_particle(word: &str) -> bool {
    WORDS.0.contains(word)
}

/// True for a word that may be part of a person's name: capitalised, not a title, not a word
/// that opens sentences, not a word of organisations or places.
fn name_word(word: &str) -> bool {
    capitalised(word)
        && word.chars().any(char::is_lowercase)
        && !GAZETTEER.is(word, GazetteerKind::Title)
        && !GAZETTEER.is_org_word(&word.to_lowercase())
        && !WORDS.1.contains(word.to_lowercase().as_str())
        && !lexicon::is_sentence_starter(word)
}

/// The person name with particles around word `at` (a particle), as a word range: up to three
/// name words before, the particles, one to three name words after.
fn name_around(words: &[&str], at: usize) -> Option<Range<usize>> {
    let mut start = at;
    while start > 0 && at - start < MAX_SIDE_WORDS && name_word(words[start - 1]) {
        start -= 1;
    }
    let mut mid = at;
    while mid < words.len() && mid - at < MAX_PARTICLES && is_particle(words[mid]) {
        mid += 1;
    }
    let mut end = mid;
    while end < words.len() && end - mid < MAX_SIDE_WORDS && name_word(words[end]) {
        end += 1;
    }
    (start < at && end > mid).then_some(start..end)
}

/// True when the gazetteers know the phrase as something other than a person.
fn known_non_person(words: &[&str]) -> bool {
    let phrase = words.join(" ");
    [GazetteerKind::Country, GazetteerKind::Capital, GazetteerKind::Place, GazetteerKind::Organization]
        .into_iter()
        .any(|kind| GAZETTEER.is(&phrase, kind))
}

/// Joins the parts of names with particles in one sentence (see the module documentation).
pub fn apply(words: &[&str], entities: &mut Vec<WordEntity>) {
    let mut at = 1;
    while at < words.len() {
        if !is_particle(words[at]) || is_particle(words[at - 1]) {
            at += 1;
            continue;
        }
        let Some(name) = name_around(words, at) else {
            at += 1;
            continue;
        };
        let overlapping: Vec<&WordEntity> =
            entities.iter().filter(|e| e.words.start < name.end && name.start < e.words.end).collect();
        // Only persons, or one-word strays the tagger mislabelled ("Leyen"), inside the name:
        // a place or organisation the tagger found whole ("Santiago de Cuba") stays.
        let claimed_otherwise = overlapping.iter().any(|e| {
            e.words.start < name.start
                || e.words.end > name.end
                || (e.label != EntityLabel::Per && (e.words.len() > 1 || e.words.start < at))
        });
        if claimed_otherwise || known_non_person(&words[name.clone()]) {
            at = name.end;
            continue;
        }
        entities.retain(|e| !(e.words.start < name.end && name.start < e.words.end));
        entities.push(WordEntity { words: name.clone(), label: EntityLabel::Per });
        entities.sort_by_key(|e| e.words.start);
        at = name.end;
    }
    // "Abu Bakr al-Baghdadi": a prefixed surname after a person is part of the name
    for i in 0..entities.len() {
        let end = entities[i].words.end;
        if entities[i].label == EntityLabel::Per
            && words.get(end).is_some_and(|w| prefixed_surname(w))
            && !entities.iter().any(|e| e.words.contains(&end))
        {
            entities[i].words.end = end + 1;
        }
    }
}

/// True for a surname written with a lower-case prefix and a hyphen: "al-Baghdadi", "el-Sisi".
fn prefixed_surname(word: &str) -> bool {
    word.split_once('-').is_some_and(|(prefix, rest)| {
        WORDS.2.contains(prefix) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(sentence: &str, tagged: &[(usize, usize, EntityLabel)]) -> Vec<String> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut entities: Vec<WordEntity> =
            tagged.iter().map(|&(s, e, label)| WordEntity { words: s..e, label }).collect();
        apply(&words, &mut entities);
        entities.iter().map(|e| format!("{:?} {}", e.label, words[e.words.clone()].join(" "))).collect()
    }

    #[test]
    fn a_person_takes_in_particles_and_surname() {
        use EntityLabel::*;
        assert_eq!(
            joined("They praised Juan Martin del Potro on Monday", &[(2, 4, Per), (5, 6, Per)]),
            ["Per Juan Martin del Potro"]
        );
        // the tagger took the surname for an organisation
        assert_eq!(
            joined("Ursula von der Leyen met the press", &[(0, 1, Per), (3, 4, Org)]),
            ["Per Ursula von der Leyen"]
        );
    }

    #[test]
    fn untagged_names_with_particles_are_people() {
        use EntityLabel::*;
        assert_eq!(
            joined("He met Luiz Inacio Lula da Silva in Brasilia", &[(8, 9, Loc)]),
            ["Per Luiz Inacio Lula da Silva", "Loc Brasilia"]
        );
        assert_eq!(
            joined("A call from Crown Prince Mohammed bin Salman followed", &[]),
            ["Per Mohammed bin Salman"]
        );
        assert_eq!(joined("Abu Bakr al-Baghdadi was alive", &[(0, 2, Per)]), ["Per Abu Bakr al-Baghdadi"]);
        // a prefix before a lower-case word is no surname
        assert_eq!(joined("Ali Hassan al-based group", &[(0, 2, Per)]), ["Per Ali Hassan"]);
    }

    #[test]
    fn places_and_organisations_with_particles_stay() {
        use EntityLabel::*;
        // tagged whole as a place
        assert_eq!(
            joined("They landed in Santiago de Cuba at noon", &[(3, 6, Loc)]),
            ["Loc Santiago de Cuba"]
        );
        // an organisation word
        assert!(joined("Shares of Banco do Brasil rose", &[]).is_empty());
        // a place the gazetteer knows, or a word of places
        assert!(joined("The match in Rio de Janeiro ended", &[]).is_empty());
        assert!(joined("The summit in Mar del Plata ended", &[]).is_empty());
        // a lower-case word before the particle: no name
        assert!(joined("the house of the de Vries family", &[]).is_empty());
    }
}
