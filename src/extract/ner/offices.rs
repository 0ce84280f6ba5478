//! Offices and honours written as capitals beside a name (`data/office_abbreviations.txt`):
//! the tagger, whose title features know "Mayor" but not "MP", reads "Hartlepool MP Iain
//! Wright" as one organisation and keeps "QC" in "Tom Little QC". Applied to its output:
//! the words after the office are the person, the words before it the constituency or party
//! (a place unless the gazetteers know an organisation), and an honour after a name is cut.

use crate::extract::ner::gazetteer::{GAZETTEER, GazetteerKind};
use crate::extract::ner::{EntityLabel, WordEntity};
use std::collections::HashSet;
use std::sync::LazyLock;

static OFFICES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/office_abbreviations.txt")).collect()
});

/// True for an office or honour written beside a name: "MP", "QC", "OBE".
pub fn is_office(word: &str) -> bool {
    OFFICES.contains(word)
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// Splits each entity of one sentence at an office written inside it (see the module
/// documentation). Entities stay in word order.
pub fn split_at_offices(words: &[&str], entities: &mut Vec<WordEntity>) {
    let mut out = Vec::with_capacity(entities.len());
    for e in entities.drain(..) {
        let Some(at) = e.words.clone().find(|&k| is_office(words[k])) else {
            out.push(e);
            continue;
        };
        let before = e.words.start..at;
        let after = at + 1..e.words.end;
        let push_before = |out: &mut Vec<WordEntity>| {
            if let Some(label) = gazetteer_label(&words[before.clone()]) {
                out.push(WordEntity { words: before.clone(), label });
            }
        };
        let names =
            |r: &std::ops::Range<usize>| !r.is_empty() && words[r.clone()].iter().all(|w| capitalised(w));
        // an organisation that opens with the letters is its own name ("MP Materials")
        let opens_organisation = before.is_empty() && e.label != EntityLabel::Per;
        if before.is_empty() && after.is_empty() {
            // an office alone ("MPs") names no one
        } else if opens_organisation {
            out.push(e);
        } else if names(&after) {
            // "Hartlepool MP [Iain Wright]": the name is a person's
            push_before(&mut out);
            out.push(WordEntity { words: after, label: EntityLabel::Per });
        } else if words.get(after.start) == Some(&"for") && names(&(after.start + 1..after.end)) {
            // "Labour MP for [Leeds North]": the constituency is a place
            push_before(&mut out);
            out.push(WordEntity { words: after.start + 1..after.end, label: EntityLabel::Loc });
        } else if after.is_empty() && e.label == EntityLabel::Per {
            // "[Tom Little] QC": the honour is not part of the name
            out.push(WordEntity { words: before, label: e.label });
        } else if after.is_empty() {
            // "Labour MSP" names the party, if anything, not an organisation "Labour MSP"
            push_before(&mut out);
        } else {
            out.push(e);
        }
    }
    *entities = out;
}

/// The label the gazetteers give a phrase cut from a tagged name, when they know it: a party
/// before an office is an organisation, a constituency a place ("Hartlepool MP"). Unknown
/// words are left out rather than guessed; the actor's role still quotes them.
pub(super) fn gazetteer_label(words: &[&str]) -> Option<EntityLabel> {
    let phrase = words.join(" ");
    if words.is_empty() {
        None
    } else if GAZETTEER.is(&phrase, GazetteerKind::Organization) {
        Some(EntityLabel::Org)
    } else if [GazetteerKind::Country, GazetteerKind::Capital, GazetteerKind::Place]
        .into_iter()
        .any(|kind| GAZETTEER.is(&phrase, kind))
    {
        Some(EntityLabel::Loc)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(sentence: &str, start: usize, end: usize, label: EntityLabel) -> Vec<(String, EntityLabel)> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut entities = vec![WordEntity { words: start..end, label }];
        split_at_offices(&words, &mut entities);
        entities.iter().map(|e| (words[e.words.clone()].join(" "), e.label)).collect()
    }

    #[test]
    fn an_office_between_a_constituency_and_a_name_splits_them() {
        assert_eq!(
            split("London MP Iain Wright said so", 0, 4, EntityLabel::Org),
            vec![("London".to_string(), EntityLabel::Loc), ("Iain Wright".to_string(), EntityLabel::Per)]
        );
        // a constituency the gazetteers do not know is left to the role, not guessed
        assert_eq!(
            split("Hartlepool MP Iain Wright said so", 0, 4, EntityLabel::Org),
            vec![("Iain Wright".to_string(), EntityLabel::Per)]
        );
        assert_eq!(
            split("the Labour MP for Leeds North said", 1, 6, EntityLabel::Org),
            vec![("Leeds North".to_string(), EntityLabel::Loc)]
        );
        assert_eq!(
            split("MP Iain Wright said so", 0, 3, EntityLabel::Per),
            vec![("Iain Wright".to_string(), EntityLabel::Per)]
        );
    }

    #[test]
    fn an_honour_after_a_name_is_cut() {
        assert_eq!(
            split("Tom Little QC said so", 0, 3, EntityLabel::Per),
            vec![("Tom Little".to_string(), EntityLabel::Per)]
        );
    }

    #[test]
    fn names_without_an_office_are_left_alone() {
        assert_eq!(
            split("Acme Holdings said so", 0, 2, EntityLabel::Org),
            vec![("Acme Holdings".to_string(), EntityLabel::Org)]
        );
        assert_eq!(
            split("MP Materials said so", 0, 2, EntityLabel::Org),
            vec![("MP Materials".to_string(), EntityLabel::Org)]
        );
        assert_eq!(split("Labour MSP Duncan said", 0, 2, EntityLabel::Org), vec![]);
        assert_eq!(
            split("Scotland MSP Duncan said", 0, 2, EntityLabel::Org),
            vec![("Scotland".to_string(), EntityLabel::Loc)]
        );
        // an office alone names no one
        assert_eq!(split("MPs will vote", 0, 1, EntityLabel::Org), vec![]);
    }
}
