//! Names glued across a lost sentence break or a dropped preposition. Captions and live
//! commentary often run into the next sentence without a stop ("…the second round of the
//! Masters Vonn looked stressed…"), and American news drops the "on" before a weekday ("back at
//! Augusta Friday"). The tagger then reads two things as one name, which becomes a key actor no
//! one in the story is called. When a name read once is another name of the story followed by a
//! person of the story, or by a weekday, a reader sees the parts, and so do we.

use std::collections::HashMap;

use crate::extract::ner::facilities::is_venue_word;
use crate::extract::ner::gazetteer::{GAZETTEER, GazetteerKind};
use crate::extract::ner::{EntityLabel, WordEntity};

/// Days of the week, which end no name of a place or organisation that a story also names
/// without them.
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// How many times a one-word name must be read alone before it may open a glued pair.
const ONE_WORD_NAME_READINGS: usize = 3;

/// Splits, in every sentence, each name that is two names of the document run together (see
/// the module documentation). The name must be read only once in the document, and both parts
/// must be read elsewhere on their own: the first as a name, the second as a person (in full, or
/// the surname of one named in full). A one-word first part that is a given name, a person, or
/// the first word of a name read as a person stays whole ("Hillary Clinton" beside "Hillary"
/// and "Bill Clinton"). A weekday after a name
/// read elsewhere on its own is cut off.
pub fn split_glued_names(sentences: &[Vec<&str>], tagged: &mut [Vec<WordEntity>]) {
    let mut seen: HashMap<Vec<&str>, (usize, EntityLabel)> = HashMap::new();
    let mut surnames: HashMap<&str, usize> = HashMap::new();
    for (words, entities) in sentences.iter().zip(tagged.iter()) {
        for e in entities {
            let w = &words[e.words.clone()];
            seen.entry(w.to_vec()).or_insert((0, e.label)).0 += 1;
            if e.label == EntityLabel::Per && w.len() > 1 {
                *surnames.entry(w[w.len() - 1]).or_default() += 1;
            }
        }
    }
    let named_alone = |w: &[&str]| seen.get(w).map(|&(_, label)| label);
    // "Ashgrove Park" misread as a person gives no surname "Park"
    let person = |w: &[&str], whole_is_person: bool| {
        let own = usize::from(whole_is_person && w.len() == 1);
        named_alone(w) == Some(EntityLabel::Per)
            || w.len() == 1 && !is_venue_word(w[0]) && surnames.get(w[0]).is_some_and(|&n| n > own)
    };
    // A one-word first part must be a known place or organisation, or read alone as a name
    // several times: a given name the tagger misread alone once or twice (a founder's given name as a place)
    // would otherwise cut a company named for its founder ("Aurelio Ferri") in two.
    let known_alone = |w: &[&str]| {
        w.len() > 1
            || seen.get(w).is_some_and(|&(n, _)| n >= ONE_WORD_NAME_READINGS)
            || [
                GazetteerKind::Country,
                GazetteerKind::Capital,
                GazetteerKind::Place,
                GazetteerKind::Organization,
            ]
            .into_iter()
            .any(|kind| GAZETTEER.is(w[0], kind))
    };
    for (words, entities) in sentences.iter().zip(tagged.iter_mut()) {
        let mut out = Vec::with_capacity(entities.len());
        for e in entities.drain(..) {
            let w = &words[e.words.clone()];
            let once = seen.get(w).is_some_and(|&(n, _)| n == 1);
            if !once || w.len() < 2 {
                out.push(e);
                continue;
            }
            if WEEKDAYS.contains(&w[w.len() - 1])
                && let Some(label) = named_alone(&w[..w.len() - 1])
            {
                out.push(WordEntity { words: e.words.start..e.words.end - 1, label });
                continue;
            }
            if let Some(at) = demonym_before_person(w, person) {
                let at = e.words.start + at;
                out.push(WordEntity { words: e.words.start..at, label: EntityLabel::Misc });
                out.push(WordEntity { words: at..e.words.end, label: EntityLabel::Per });
                continue;
            }
            if let Some(at) = place_before_person(w, |first: &[&str]| {
                seen.get(first)
                    .is_some_and(|&(n, label)| n >= ONE_WORD_NAME_READINGS && label != EntityLabel::Per)
            }) {
                let label = named_alone(&w[..at]).unwrap_or(EntityLabel::Loc);
                let at = e.words.start + at;
                out.push(WordEntity { words: e.words.start..at, label });
                out.push(WordEntity { words: at..e.words.end, label: EntityLabel::Per });
                continue;
            }
            let whole_is_person = e.label == EntityLabel::Per;
            let split = (1..w.len()).find_map(|k| {
                let (first, rest) = w.split_at(k);
                let first_label = named_alone(first).filter(|_| known_alone(first))?;
                // one word before a surname, read as one person, is most likely a given name the
                // tagger also misread alone ("Natasha" as a place)
                let given_name = k == 1
                    && (whole_is_person
                        || first_label == EntityLabel::Per
                        || GAZETTEER.is(first[0], GazetteerKind::FirstName));
                (!given_name && person(rest, whole_is_person)).then_some((k, first_label))
            });
            match split {
                Some((k, first_label)) => {
                    let at = e.words.start + k;
                    out.push(WordEntity { words: e.words.start..at, label: first_label });
                    out.push(WordEntity { words: at..e.words.end, label: EntityLabel::Per });
                }
                None => out.push(e),
            }
        }
        *entities = out;
    }
}

/// Where a person's name starts after a place or organisation the story names often on its
/// own, glued to it by a caption that lost its stop ("…lost at Kelbrook Frank Delany
/// scores…"): a given name and at least one more capitalised word follow a name read alone
/// several times (`often_alone`) that is no given name itself ("Chelsea Clinton", "Georgia May
/// Jagger" stay whole).
fn place_before_person(w: &[&str], often_alone: impl Fn(&[&str]) -> bool) -> Option<usize> {
    (1..w.len().saturating_sub(1)).find(|&k| {
        let (first, rest) = w.split_at(k);
        often_alone(first)
            && !first.iter().any(|x| GAZETTEER.is(x, GazetteerKind::FirstName))
            && GAZETTEER.is(rest[0], GazetteerKind::FirstName)
            // "Kings XI Punjab": a numeral in capitals is no "Xi"
            && rest[0].chars().skip(1).all(char::is_lowercase)
            && rest.iter().all(|x| x.starts_with(char::is_uppercase))
            && !GAZETTEER.is_org_word(&rest[rest.len() - 1].to_lowercase())
    })
}

/// Where a person's name starts after a demonym glued before it without a comma ("Dutchman
/// Piet de Vries", "Brazilian Ana Lima"): the name opens with a given name or ends with the
/// surname of a person of the story (`person`), and is no organisation ("German Marshall Fund").
fn demonym_before_person(w: &[&str], person: impl Fn(&[&str], bool) -> bool) -> Option<usize> {
    let rest = w.get(1..).filter(|rest| rest.len() >= 2)?;
    let last = rest[rest.len() - 1];
    let named = GAZETTEER.is(rest[0], GazetteerKind::FirstName) || person(&rest[rest.len() - 1..], false);
    (GAZETTEER.is(w[0], GazetteerKind::Demonym)
        && named
        && rest.iter().all(|x| x.starts_with(char::is_uppercase))
        && !GAZETTEER.is_org_word(&last.to_lowercase()))
    .then_some(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(words: &[&str], name: &str, label: EntityLabel) -> WordEntity {
        let n: Vec<&str> = name.split(' ').collect();
        let start = (0..words.len()).find(|&i| words[i..].starts_with(&n)).expect("name in sentence");
        WordEntity { words: start..start + n.len(), label }
    }

    /// Tags `sentences` with `names` (name, label, sentence index), splits, and lists the names.
    fn split(sentences: &[&str], names: &[(&str, EntityLabel, usize)]) -> Vec<(String, EntityLabel)> {
        let sentences: Vec<Vec<&str>> = sentences.iter().map(|s| s.split(' ').collect()).collect();
        let mut tagged: Vec<Vec<WordEntity>> = vec![Vec::new(); sentences.len()];
        for &(name, label, s) in names {
            tagged[s].push(entity(&sentences[s], name, label));
        }
        split_glued_names(&sentences, &mut tagged);
        sentences
            .iter()
            .zip(&tagged)
            .flat_map(|(words, entities)| {
                entities.iter().map(|e| (words[e.words.clone()].join(" "), e.label))
            })
            .collect()
    }

    #[test]
    fn a_caption_run_into_a_sentence_gives_two_names() {
        use EntityLabel::*;
        let got = split(
            &[
                "Marta Olsen cheered from the stands at the Regatta .",
                "She watched the final of the Regatta Olsen looked calm throughout .",
                "Olsen said the Regatta was the best she had seen .",
                "The Regatta returns next summer .",
            ],
            &[
                ("Marta Olsen", Per, 0),
                ("Regatta", Misc, 0),
                ("Regatta Olsen", Org, 1),
                ("Olsen", Per, 2),
                ("Regatta", Misc, 2),
                ("Regatta", Misc, 3),
            ],
        );
        assert!(got.contains(&("Regatta".to_string(), Misc)), "{got:?}");
        assert!(!got.iter().any(|(n, _)| n == "Regatta Olsen"), "{got:?}");
        assert_eq!(got.iter().filter(|(n, l)| n == "Olsen" && *l == Per).count(), 2, "{got:?}");
    }

    #[test]
    fn two_people_run_together_are_two_people() {
        use EntityLabel::*;
        let got = split(
            &["Petra Lind beat Ana Kovac .", "Petra Lind Kovac could not answer .", "Kovac left ."],
            &[("Petra Lind", Per, 0), ("Ana Kovac", Per, 0), ("Petra Lind Kovac", Per, 1), ("Kovac", Per, 2)],
        );
        assert_eq!(got[2], ("Petra Lind".to_string(), Per));
        assert_eq!(got[3], ("Kovac".to_string(), Per));
    }

    #[test]
    fn a_demonym_before_a_person_is_no_part_of_the_name() {
        use EntityLabel::*;
        let got = split(
            &["Dutchman Joost Verhoef won the stage .", "Verhoef Jansen said so .", "Mr Verhoef left ."],
            &[("Dutchman Joost Verhoef", Org, 0), ("Mr Verhoef", Per, 2)],
        );
        assert_eq!(got[0], ("Dutchman".to_string(), Misc));
        assert_eq!(got[1], ("Joost Verhoef".to_string(), Per));
        let got = split(&["The German Marshall Fund paid ."], &[("German Marshall Fund", Org, 0)]);
        assert_eq!(got, vec![("German Marshall Fund".to_string(), Org)]);
    }

    #[test]
    fn a_person_glued_after_a_place_read_often_is_split_off() {
        use EntityLabel::*;
        let got = split(
            &[
                "They won at Kelbrook .",
                "Kelbrook was full .",
                "He scored at Kelbrook .",
                "Rovers lost at Kelbrook Frank Delany finds the net .",
            ],
            &[
                ("Kelbrook", Loc, 0),
                ("Kelbrook", Loc, 1),
                ("Kelbrook", Loc, 2),
                ("Kelbrook Frank Delany", Org, 3),
            ],
        );
        assert_eq!(got[3], ("Kelbrook".to_string(), Loc));
        assert_eq!(got[4], ("Frank Delany".to_string(), Per));
        // read alone only once: a name of its own
        let got = split(
            &["They won at Kelbrook .", "Kelbrook Frank Delany scored ."],
            &[("Kelbrook", Loc, 0), ("Kelbrook Frank Delany", Per, 1)],
        );
        assert_eq!(got[1], ("Kelbrook Frank Delany".to_string(), Per));
        let three = ["Kings won .", "Kings lost .", "Kings drew ."];
        let mut sentences = three.to_vec();
        sentences.push("Kings XI Punjab play Friday .");
        let got = split(
            &sentences,
            &[("Kings", Org, 0), ("Kings", Org, 1), ("Kings", Org, 2), ("Kings XI Punjab", Org, 3)],
        );
        assert_eq!(got[3], ("Kings XI Punjab".to_string(), Org));
    }

    #[test]
    fn a_weekday_after_a_place_is_cut_off() {
        use EntityLabel::*;
        let got = split(
            &["Crowds gathered in Dunmore .", "The mayor was back in Dunmore Friday to open it ."],
            &[("Dunmore", Loc, 0), ("Dunmore Friday", Loc, 1)],
        );
        assert_eq!(got[1], ("Dunmore".to_string(), Loc));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_given_name_before_a_relative_stays_one_person() {
        use EntityLabel::*;
        let names = [("Bill Harlow", Per, 0), ("Hillary", Per, 1), ("Hillary Harlow", Per, 2)];
        let got = split(&["Bill Harlow spoke .", "Hillary waved .", "Hillary Harlow then spoke ."], &names);
        assert!(got.contains(&("Hillary Harlow".to_string(), Per)), "{got:?}");
        // a given name the tagger misread alone as a place
        let names = [("Jon Pell", Per, 0), ("Zerina", Loc, 1), ("Zerina Pell", Per, 2)];
        let got = split(&["Jon Pell scored .", "Zerina said no .", "Zerina Pell then spoke ."], &names);
        assert!(got.contains(&("Zerina Pell".to_string(), Per)), "{got:?}");
    }

    #[test]
    fn a_founder_s_company_or_a_park_stays_whole() {
        use EntityLabel::*;
        // "Aurelio Ferri" the firm, beside its founder misread alone as a place
        let names =
            [("Sara Ferri", Per, 0), ("Aurelio", Loc, 1), ("Aurelio", Loc, 2), ("Aurelio Ferri", Org, 3)];
        let sentences =
            ["Sara Ferri runs it .", "Aurelio died .", "Aurelio had sons .", "Aurelio Ferri grew ."];
        assert!(split(&sentences, &names).contains(&("Aurelio Ferri".to_string(), Org)));
        // "Park" is the surname of no one because "Ashgrove Park" was misread as a person
        let names =
            [("Ashgrove Park", Per, 0), ("Ashgrove Reservoir", Org, 1), ("Ashgrove Reservoir Park", Loc, 2)];
        let sentences =
            ["Ashgrove Park opened .", "Ashgrove Reservoir filled .", "Ashgrove Reservoir Park is new ."];
        assert!(split(&sentences, &names).contains(&("Ashgrove Reservoir Park".to_string(), Loc)));
    }

    #[test]
    fn a_name_read_twice_or_whose_parts_are_not_names_stays_whole() {
        use EntityLabel::*;
        // a company named for its founder, whose first word is no name of the story
        let got = split(
            &["Tom Fenwick founded it .", "Castlebar Fenwick went bust ."],
            &[("Tom Fenwick", Per, 0), ("Castlebar Fenwick", Org, 1)],
        );
        assert!(got.contains(&("Castlebar Fenwick".to_string(), Org)), "{got:?}");
        // a name read twice is a name, not an accident of punctuation
        let got = split(
            &["Leeds Fenwick won .", "Tom Fenwick played .", "Leeds Fenwick lost .", "Leeds was quiet ."],
            &[
                ("Leeds Fenwick", Org, 0),
                ("Tom Fenwick", Per, 1),
                ("Leeds Fenwick", Org, 2),
                ("Leeds", Loc, 3),
            ],
        );
        assert_eq!(got.iter().filter(|(n, _)| n == "Leeds Fenwick").count(), 2, "{got:?}");
    }
}
