//! Organisation patterns, applied to the tagger's output: a name ending in an organisation word
//! ("Acme Holdings", "Leeds FC"), an institution "X of Y" ("Bank of England", "University of
//! Chicago"), and an acronym in brackets after its expansion ("Food and Drug Administration (
//! FDA )"). The words are data (`data/org_heads.txt`); names the gazetteers know as countries or
//! places are left alone ("West Bank").

use crate::extract::lexicon;
use crate::extract::ner::gazetteer::{GAZETTEER, GazetteerKind};
use crate::extract::ner::{EntityLabel, WordEntity};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The words of `org_heads.txt`: (last words, first words before "of").
static HEADS: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> = LazyLock::new(|| {
    let table = include_str!("data/org_heads.txt");
    (lexicon::tagged_words(table, "end").collect(), lexicon::tagged_words(table, "of").collect())
});

/// True for a word that opens with a capital letter.
pub(super) fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True for a name the gazetteers know as a place: "West Bank", "Soviet Union".
fn is_known_place(words: &[&str]) -> bool {
    let phrase = words.join(" ");
    [GazetteerKind::Country, GazetteerKind::Capital, GazetteerKind::Place]
        .into_iter()
        .any(|kind| GAZETTEER.is(&phrase, kind))
}

/// Relabels and extends the entities of one sentence by the organisation patterns.
pub fn apply(words: &[&str], entities: &mut Vec<WordEntity>) {
    let (ends, ofs) = &*HEADS;
    for e in entities.iter_mut() {
        if e.label == EntityLabel::Org || e.words.len() < 2 {
            continue;
        }
        let name = &words[e.words.clone()];
        let last = name[name.len() - 1].to_lowercase();
        let first = name[0].to_lowercase();
        let headed = ends.contains(last.as_str()) && capitalised(name[name.len() - 1]);
        let institution = name[1] == "of" && ofs.contains(first.as_str());
        if (headed || institution) && !is_known_place(name) {
            e.label = EntityLabel::Org;
        }
    }
    // "Bank of [England]": a capitalised head word and "of" just before a name make one
    // organisation with it.
    for e in entities.iter_mut() {
        let s = e.words.start;
        if s < 2 || words[s - 1] != "of" || !capitalised(words[s - 2]) {
            continue;
        }
        let head = words[s - 2].to_lowercase();
        let free = s < 3 || !capitalised(words[s - 3]) || words[s - 3] == "The";
        if ofs.contains(head.as_str()) && free && !is_known_place(&words[s - 2..e.words.end]) {
            e.words.start = s - 2;
            e.label = EntityLabel::Org;
        }
    }
    // "Expansion ( ACR )": the acronym is named like its expansion.
    let mut added = Vec::new();
    for e in entities.iter() {
        let a = e.words.end + 1;
        let is_acronym = |w: &str| {
            (2..=8).contains(&w.chars().count())
                && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        };
        if e.label == EntityLabel::Org
            && e.words.len() >= 2
            && words.get(e.words.end) == Some(&"(")
            && words.get(a + 1) == Some(&")")
            && words.get(a).is_some_and(|w| is_acronym(w))
        {
            added.push(a);
        }
    }
    for a in added {
        match entities.iter_mut().find(|e| e.words.contains(&a)) {
            Some(e) if e.words == (a..a + 1) => e.label = EntityLabel::Org,
            Some(_) => {}
            None => entities.push(WordEntity { words: a..a + 1, label: EntityLabel::Org }),
        }
    }
    // A name grown leftwards swallows any name it now covers.
    entities.sort_by_key(|e| (e.words.start, std::cmp::Reverse(e.words.end)));
    let mut end = 0;
    entities.retain(|e| {
        let keep = e.words.start >= end;
        if keep {
            end = e.words.end;
        }
        keep
    });
}

/// The initials of a multi-word name, small joining words left out: "Federal Bureau of
/// Investigation" → "FBI". None for a one-word name.
fn initials(name: &[&str]) -> Option<String> {
    let letters: String = name
        .iter()
        .filter(|w| !matches!(**w, "of" | "and" | "the" | "for" | "&" | "de" | "on"))
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (letters.chars().count() >= 2 && name.len() >= 2).then_some(letters)
}

/// Across a document: a word in capitals that spells the initials of an organisation named in
/// full ("National Collegiate Athletic Association" … "NCAA") is that organisation too, tagged or
/// not (untagged ones only from three letters on).
pub fn acronyms_of_organisations(sentences: &[Vec<&str>], tagged: &mut [Vec<WordEntity>]) {
    let mut known: HashSet<String> = HashSet::new();
    for (words, entities) in sentences.iter().zip(tagged.iter()) {
        for e in entities.iter().filter(|e| e.label == EntityLabel::Org) {
            known.extend(initials(&words[e.words.clone()]));
        }
    }
    if known.is_empty() {
        return;
    }
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        for (i, w) in words.iter().enumerate() {
            let letters = w.chars().count();
            if letters < 2 || !w.chars().all(|c| c.is_ascii_uppercase()) || !known.contains(*w) {
                continue;
            }
            match entities.iter_mut().find(|e| e.words.contains(&i)) {
                Some(e) if e.words == (i..i + 1) => e.label = EntityLabel::Org,
                Some(_) => {}
                None if letters >= 3 => {
                    entities.push(WordEntity { words: i..i + 1, label: EntityLabel::Org })
                }
                None => {}
            }
        }
        entities.sort_by_key(|e| e.words.start);
    }
}

/// Words after which a known place is where something happens, not a team or a government:
/// "in Detroit", "at Chelmsford".
const LOCATIVES: [&str; 5] = ["in", "at", "near", "outside", "across"];

/// A name the gazetteers know as a place, tagged as an organisation right after a locative
/// preposition, is the place ("the game in Detroit"; "beat Detroit 4-3" stays a team).
pub fn places_after_locatives(words: &[&str], entities: &mut [WordEntity]) {
    for e in entities.iter_mut() {
        let after_locative =
            e.words.start > 0 && LOCATIVES.contains(&words[e.words.start - 1].to_lowercase().as_str());
        if e.label == EntityLabel::Org && after_locative && is_known_place(&words[e.words.clone()]) {
            e.label = EntityLabel::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, given: &[(std::ops::Range<usize>, EntityLabel)]) -> Vec<(String, EntityLabel)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut entities: Vec<WordEntity> =
            given.iter().map(|(r, l)| WordEntity { words: r.clone(), label: *l }).collect();
        apply(&words, &mut entities);
        entities.into_iter().map(|e| (words[e.words].join(" "), e.label)).collect()
    }

    #[test]
    fn organisation_words_and_institutions() {
        assert_eq!(
            run("shares in Acme Holdings fell", &[(2..4, EntityLabel::Per)]),
            [("Acme Holdings".to_string(), EntityLabel::Org)]
        );
        assert_eq!(
            run("the Bank of England said", &[(3..4, EntityLabel::Loc)]),
            [("Bank of England".to_string(), EntityLabel::Org)]
        );
        assert_eq!(
            run("a professor at the University of Chicago", &[(6..7, EntityLabel::Loc)]),
            [("University of Chicago".to_string(), EntityLabel::Org)]
        );
    }

    #[test]
    fn known_places_and_other_names_stay() {
        assert_eq!(
            run("in the West Bank today", &[(2..4, EntityLabel::Loc)]),
            [("West Bank".to_string(), EntityLabel::Loc)]
        );
        assert_eq!(
            run("the Gulf of Mexico", &[(3..4, EntityLabel::Loc)]),
            [("Mexico".to_string(), EntityLabel::Loc)]
        );
    }

    #[test]
    fn initials_of_a_named_organisation_elsewhere() {
        let sentences: Vec<Vec<&str>> = vec![
            "The National Collegiate Athletic Association said".split(' ').collect(),
            "NCAA rules and the NCAA board".split(' ').collect(),
        ];
        let mut tagged = vec![
            vec![WordEntity { words: 1..5, label: EntityLabel::Org }],
            vec![WordEntity { words: 0..1, label: EntityLabel::Loc }],
        ];
        acronyms_of_organisations(&sentences, &mut tagged);
        let found: Vec<_> = tagged[1].iter().map(|e| (e.words.clone(), e.label)).collect();
        assert_eq!(found, [(0..1, EntityLabel::Org), (4..5, EntityLabel::Org)]);
    }

    #[test]
    fn acronym_after_its_expansion() {
        assert_eq!(
            run("the Food and Drug Administration ( FDA ) said", &[(1..5, EntityLabel::Org)]),
            [
                ("Food and Drug Administration".to_string(), EntityLabel::Org),
                ("FDA".to_string(), EntityLabel::Org)
            ]
        );
    }
}
