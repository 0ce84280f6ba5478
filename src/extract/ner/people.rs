//! People the tagger takes for organisations or places.
//!
//! - Titled people: "education minister Lord Nash", "the Duchess of Cambridge". A name opened by
//!   a title of nobility or knighthood, or by such a title before "of", is a person
//!   (`data/peer_titles.txt`).
//! - Players and other people named by their role, which sports reports mostly take for teams:
//!   a name right after a role or title ("striker Kwabena Osei-Tutu", "strikers Jordan Rhodes and
//!   Rudy Gestede", "the £6m signing Tiago Maranhao"), a role opening the name ("Defender Luka
//!   Dragovic" → "Luka Dragovic"), or an age in apposition ("Maranhao, 24, …")
//!   (`data/player_roles.txt`). The cue makes the name a person wherever it appears.
//! - In sports reports, a name whose last word alone is a person elsewhere in the article
//!   ("Arnaud Pellissier" … "Pellissier said").
//!
//! Names holding a team or organisation word ("Blackburn Rovers"), or that the gazetteers know
//! as places or organisations, are never made people by a role.

use super::gazetteer::{GAZETTEER, GazetteerKind};
use super::orgs::capitalised;
use super::{EntityLabel, WordEntity};
use crate::extract::lexicon;
use std::collections::{HashMap, HashSet};
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

/// The rows of `player_roles.txt`.
struct PlayerRoles {
    /// Roles before a name.
    roles: HashSet<&'static str>,
    /// Words before "signing" that make it a noun.
    signing: HashSet<&'static str>,
    /// Words of team names.
    teams: HashSet<&'static str>,
}

static PLAYER_ROLES: LazyLock<PlayerRoles> = LazyLock::new(|| {
    let table = include_str!("data/player_roles.txt");
    PlayerRoles {
        roles: lexicon::tagged_words(table, "role").collect(),
        signing: lexicon::tagged_words(table, "signing").collect(),
        teams: lexicon::tagged_words(table, "team").collect(),
    }
});

/// Whether a word is a role before a name, and whether it is plural ("strikers"). Titles in
/// general are not: many are adjectives too ("the official YouTube channel").
fn role(word: &str) -> Option<bool> {
    let lower = word.to_lowercase();
    let is_role = |w: &str| PLAYER_ROLES.roles.contains(w);
    if is_role(&lower) {
        return Some(false);
    }
    lower.strip_suffix('s').filter(|w| is_role(w)).map(|_| true)
}

/// True for a name a role may make a person: capitalised words, none of them a word of teams
/// or organisations, and not a place, organisation or nationality the gazetteers know.
fn may_be_person(name: &[&str]) -> bool {
    let phrase = name.join(" ");
    let known = [
        GazetteerKind::Country,
        GazetteerKind::Capital,
        GazetteerKind::Place,
        GazetteerKind::Organization,
        GazetteerKind::Demonym,
    ]
    .into_iter()
    .any(|kind| GAZETTEER.is(&phrase, kind));
    !name.is_empty()
        && !known
        && name.iter().all(|w| capitalised(w))
        // an acronym is no part of a person's name: "EU Energy"
        && !name.iter().any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        && !name.iter().any(|w| {
            let lower = w.to_lowercase();
            PLAYER_ROLES.teams.contains(lower.as_str()) || GAZETTEER.is_org_word(&lower)
        })
}

/// True for "signing" used as a noun before a name: "the £6m signing", "new signing".
fn is_signing_noun(words: &[&str], at: usize) -> bool {
    if !words[at].eq_ignore_ascii_case("signing") || at == 0 {
        return false;
    }
    let before = words[at - 1].to_lowercase();
    // "£40m" may come as one word or as "£" "40m"
    let amount =
        before.starts_with(['£', '$', '€']) || before.chars().next().is_some_and(|c| c.is_ascii_digit());
    amount || PLAYER_ROLES.signing.contains(before.as_str())
}

/// True for an age in apposition right after the name: "Maranhao , 24 ,".
fn age_follows(words: &[&str], end: usize) -> bool {
    let age = |w: &str| w.len() == 2 && w.parse::<u8>().is_ok_and(|n| (15..=99).contains(&n));
    words.get(end) == Some(&",")
        && words.get(end + 1).is_some_and(|w| age(w))
        && words.get(end + 2) == Some(&",")
}

/// Relabels as people the names a role or an age marks, wherever else in the article the same
/// name appears: the cue is the reader's evidence for every mention.
pub fn named_by_role(sentences: &[Vec<&str>], tagged: &mut [Vec<WordEntity>]) {
    let mut people: HashSet<String> = HashSet::new();
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        marked_in_sentence(words, entities, &mut people);
    }
    if people.is_empty() {
        return;
    }
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        for e in entities.iter_mut().filter(|e| e.label != EntityLabel::Per) {
            if people.contains(&words[e.words.clone()].join(" ")) {
                e.label = EntityLabel::Per;
            }
        }
    }
}

/// Relabels the names of one sentence that a role or an age marks, and collects them.
fn marked_in_sentence(words: &[&str], entities: &mut [WordEntity], people: &mut HashSet<String>) {
    // a plural role reaches the names listed after it: "strikers A and B"
    let mut listed_after: Option<usize> = None;
    for e in entities.iter_mut() {
        let (start, end) = (e.words.start, e.words.end);
        let joined_to_list = listed_after.is_some_and(|after| {
            start > after && words[after..start].iter().all(|w| matches!(*w, "," | "and"))
        });
        listed_after = None;
        let tagged_person = e.label == EntityLabel::Per;
        let opening = !tagged_person
            && role(words[start]) == Some(false)
            && e.words.len() >= 3
            && may_be_person(&words[start + 1..end]);
        if opening {
            e.words.start += 1;
            e.label = EntityLabel::Per;
            people.insert(words[e.words.clone()].join(" "));
            continue;
        }
        if !may_be_person(&words[start..end]) {
            continue;
        }
        let before = start.checked_sub(1);
        let plural_role = before.and_then(|b| role(words[b]));
        let marked = plural_role.is_some()
            || before.is_some_and(|b| is_signing_noun(words, b))
            || age_follows(words, end)
            || joined_to_list;
        // a name the tagger already reads as a person is still collected: its cue is the
        // evidence for the mentions it did not read so ("Riverside striker Tomasz Okonjo-Hale")
        if marked {
            e.label = EntityLabel::Per;
            people.insert(words[start..end].join(" "));
            if plural_role == Some(true) || joined_to_list {
                listed_after = Some(end);
            }
        }
    }
}

/// Relabels as people the two- and three-word names whose last word alone is a person in the
/// same article ("Arnaud Pellissier won …" … "Pellissier said"), as a reader joins them.
pub fn surnames_of_people(sentences: &[Vec<&str>], tagged: &mut [Vec<WordEntity>]) {
    let mut alone: HashMap<String, [usize; 4]> = HashMap::new();
    for (words, entities) in sentences.iter().zip(tagged.iter()) {
        for e in entities.iter().filter(|e| e.words.len() == 1) {
            alone.entry(words[e.words.start].to_lowercase()).or_default()[e.label as usize] += 1;
        }
    }
    let person = |name: &[&str]| {
        let Some(last) = name.last() else { return false };
        let counts = alone.get(&last.to_lowercase()).copied().unwrap_or_default();
        let per = counts[EntityLabel::Per as usize];
        (2..=3).contains(&name.len())
            && per > 0
            && per > counts.iter().sum::<usize>() - per
            && may_be_person(name)
    };
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        for e in entities.iter_mut() {
            if e.label != EntityLabel::Per && person(&words[e.words.clone()]) {
                e.label = EntityLabel::Per;
            }
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
        let mut tagged = vec![entities];
        named_by_role(&[words], &mut tagged);
        tagged[0][0].label
    }

    #[test]
    fn peers_and_royal_styles_are_people() {
        assert_eq!(label("education minister Lord Nash said", 2, 4, EntityLabel::Org), EntityLabel::Per);
        assert_eq!(label("the Duchess of Cambridge visited", 1, 4, EntityLabel::Loc), EntityLabel::Per);
    }

    #[test]
    fn names_after_a_role_or_with_an_age_are_people() {
        assert_eq!(
            label("Exeter replied through striker Kwabena Osei-Tutu .", 4, 6, EntityLabel::Org),
            EntityLabel::Per
        );
        assert_eq!(label("the £6m signing Tiago Maranhao set up", 3, 5, EntityLabel::Org), EntityLabel::Per);
        assert_eq!(label("Maranhao , 24 , has endured", 0, 1, EntityLabel::Org), EntityLabel::Per);
        let words: Vec<&str> = "Blackburn strikers Jordan Rhodes and Rudy Gestede stay".split(' ').collect();
        let entities = vec![
            WordEntity { words: 0..1, label: EntityLabel::Org },
            WordEntity { words: 2..4, label: EntityLabel::Loc },
            WordEntity { words: 5..7, label: EntityLabel::Org },
        ];
        let mut tagged = vec![entities];
        named_by_role(&[words], &mut tagged);
        let labels: Vec<_> = tagged[0].iter().map(|e| e.label).collect();
        assert_eq!(labels, [EntityLabel::Org, EntityLabel::Per, EntityLabel::Per]);
    }

    #[test]
    fn a_role_opening_a_name_is_cut_off() {
        let words: Vec<&str> = "Defender Luka Dragovic was sent off".split(' ').collect();
        let mut tagged = vec![vec![WordEntity { words: 0..3, label: EntityLabel::Org }]];
        named_by_role(&[words], &mut tagged);
        assert_eq!(tagged[0], [WordEntity { words: 1..3, label: EntityLabel::Per }]);
    }

    #[test]
    fn the_cue_reaches_every_mention_of_the_name() {
        let sentences: Vec<Vec<&str>> = vec![
            "the £9m signing Idrissa Kante-Lemoine".split(' ').collect(),
            "Idrissa Kante-Lemoine joined".split(' ').collect(),
        ];
        let mut tagged = vec![
            vec![WordEntity { words: 3..5, label: EntityLabel::Org }],
            vec![WordEntity { words: 0..2, label: EntityLabel::Org }],
        ];
        named_by_role(&sentences, &mut tagged);
        assert_eq!(tagged[1][0].label, EntityLabel::Per);
    }

    #[test]
    fn the_cue_reaches_other_mentions_when_the_tagger_read_the_cued_one() {
        let sentences: Vec<Vec<&str>> = vec![
            "Tomasz Okonjo-Hale says the goal was his best".split(' ').collect(),
            "Riverside striker Tomasz Okonjo-Hale scored".split(' ').collect(),
        ];
        let mut tagged = vec![
            vec![WordEntity { words: 0..2, label: EntityLabel::Org }],
            vec![WordEntity { words: 2..4, label: EntityLabel::Per }],
        ];
        named_by_role(&sentences, &mut tagged);
        assert_eq!(tagged[0][0].label, EntityLabel::Per);
    }

    #[test]
    fn teams_and_verbs_are_not_people() {
        // a team word, the verb "signing", a score rather than an age
        assert_eq!(label("Blackburn striker Blackburn Rovers", 2, 4, EntityLabel::Org), EntityLabel::Org);
        assert_eq!(label("the official YouTube channel", 2, 3, EntityLabel::Org), EntityLabel::Org);
        assert_eq!(label("the Lords EU Energy sub-committee", 1, 4, EntityLabel::Org), EntityLabel::Org);
        assert_eq!(label("after signing Barcelona 's offer", 2, 3, EntityLabel::Org), EntityLabel::Org);
        assert_eq!(label("the coach of Exeter , 2 , won", 3, 4, EntityLabel::Org), EntityLabel::Org);
    }

    #[test]
    fn a_full_name_follows_its_surname() {
        let sentences: Vec<Vec<&str>> = vec![
            "Arnaud Pellissier won the stage .".split(' ').collect(),
            "\" I waited , \" Pellissier said .".split(' ').collect(),
            "Trump Tower and Goldman Sachs".split(' ').collect(),
        ];
        let mut tagged = vec![
            vec![WordEntity { words: 0..2, label: EntityLabel::Org }],
            vec![WordEntity { words: 5..6, label: EntityLabel::Per }],
            vec![
                WordEntity { words: 0..2, label: EntityLabel::Loc },
                WordEntity { words: 3..5, label: EntityLabel::Org },
            ],
        ];
        surnames_of_people(&sentences, &mut tagged);
        assert_eq!(tagged[0][0].label, EntityLabel::Per);
        assert_eq!(tagged[2][0].label, EntityLabel::Loc);
        assert_eq!(tagged[2][1].label, EntityLabel::Org);
    }

    #[test]
    fn other_names_stay() {
        // a ground named after a man, and an institution "of" a place
        assert_eq!(label("at Lord 's yesterday", 1, 3, EntityLabel::Loc), EntityLabel::Loc);
        assert_eq!(label("the Bank of England said", 1, 4, EntityLabel::Org), EntityLabel::Org);
    }
}
