//! Key actors of a short story written for these tests (tests/fixtures/blinken-beijing.txt):
//! merged across aliases, with roles from titles and appositions.

use lede::extract::{Actor, ActorKind, Anchor, AnchorSource, Article, DigestOptions, digest};

fn actors() -> Vec<Actor> {
    let text = include_str!("fixtures/blinken-beijing.txt").to_string();
    let article = Article { text, ..Article::default() };
    let date = jiff::civil::date(2023, 6, 15);
    let anchor = Anchor { date, source: AnchorSource::Given };
    digest(&article, anchor, &DigestOptions::default()).actors
}

fn find<'a>(actors: &'a [Actor], name: &str) -> &'a Actor {
    actors.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("{name} not in {actors:#?}"))
}

#[test]
fn surname_joins_the_full_name_and_title_gives_the_role() {
    let actors = actors();
    let blinken = find(&actors, "Antony Blinken");
    assert_eq!(blinken.kind, ActorKind::Person);
    assert!(blinken.aliases.contains(&"Blinken".to_string()));
    assert_eq!(blinken.role.as_deref(), Some("US Secretary of State"));
    assert_eq!(actors.iter().filter(|a| a.name.contains("Blinken")).count(), 1);
}

#[test]
fn apposition_before_the_name_gives_the_role() {
    let actors = actors();
    assert_eq!(find(&actors, "Qin Gang").role.as_deref(), Some("Chinese counterpart"));
}

#[test]
fn country_names_demonyms_and_metonyms_merge() {
    let actors = actors();
    let us = find(&actors, "US");
    for alias in ["American", "Americans", "Washington"] {
        assert!(us.aliases.contains(&alias.to_string()), "{alias} not in {:?}", us.aliases);
    }
    let china = find(&actors, "China");
    assert!(china.aliases.contains(&"Chinese".to_string()));
}

#[test]
fn abbreviations_merge() {
    let actors = actors();
    let state = find(&actors, "State Department");
    assert!(state.aliases.contains(&"State Dept.".to_string()));
}

#[test]
fn evidence_and_salience_are_sound() {
    let text = include_str!("fixtures/blinken-beijing.txt");
    let actors = actors();
    assert!(actors.len() <= 8 && !actors.is_empty());
    for a in &actors {
        assert!((0.0..=1.0).contains(&a.salience));
        assert!(a.mentions >= 1 && !a.evidence.is_empty());
        for e in &a.evidence {
            assert!(e.start < e.end && e.end <= text.len());
        }
    }
    for pair in actors.windows(2) {
        assert!(pair[0].salience >= pair[1].salience);
    }
}

#[test]
fn apposition_after_the_name_gives_the_role() {
    let text = include_str!("fixtures/blinken-beijing.txt");
    let doc = lede::extract::Doc::new(text);
    let mentions = lede::extract::ner::mentions(&doc);
    let all = lede::extract::actors::find_actors(&doc, &mentions);
    let kirby = all.iter().find(|a| a.actor.name == "John Kirby").expect("Kirby is an actor");
    assert_eq!(kirby.actor.role.as_deref(), Some("White House spokesman"));
    assert_eq!(kirby.spans.len(), kirby.actor.mentions);
}

#[test]
fn an_apposition_may_end_at_the_speech_verb_or_go_on_after_its_title() {
    let text = "Boeing unveils new jet\n\nScott Carson, president and CEO of Boeing Commercial Airplanes said the day was a wonderful one. \
                The post will be filled by Bob Mansfield, Apple's senior vice president for Macintosh engineering. \
                Carson and Mansfield spoke again on Monday. Mansfield, a man who likes jets, left. \
                Mark Papermaster, formerly an Apple executive overseeing hardware engineering, is stepping down. \
                Papermaster, who likes jets, left.";
    let doc = lede::extract::Doc::new(text);
    let mentions = lede::extract::ner::mentions(&doc);
    let all = lede::extract::actors::find_actors(&doc, &mentions);
    let role = |name: &str| all.iter().find(|a| a.actor.name == name).and_then(|a| a.actor.role.clone());
    assert_eq!(role("Scott Carson").as_deref(), Some("president and CEO of Boeing Commercial Airplanes"));
    assert_eq!(
        role("Bob Mansfield").as_deref(),
        Some("Apple's senior vice president for Macintosh engineering")
    );
}

#[test]
fn a_later_title_is_a_mention_of_its_holder() {
    let text = include_str!("fixtures/qin-foreign-minister.txt");
    let doc = lede::extract::Doc::new(text);
    let mentions = lede::extract::ner::mentions(&doc);
    let all = lede::extract::actors::find_actors(&doc, &mentions);
    let qin = all.iter().find(|a| a.actor.name == "Qin Gang").expect("Qin Gang is an actor");
    assert_eq!(qin.actor.role.as_deref(), Some("Chinese Foreign Minister"));
    let said = text.find("The Foreign Minister").expect("in the text");
    assert!(qin.spans.iter().any(|s| s.start == said), "{:?}", qin.spans);
    assert_eq!(qin.actor.mentions, qin.spans.len());
}

mod no_panics {
    use lede::extract::actors::find_actors;
    use lede::extract::ner::mentions;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_text_gives_sound_actors(text in "([A-Z][a-z]{0,8}|[a-z]{1,8}|[.,;:'\"()\\-–—$%0-9]|\\s|\\n\\n|É|ß|US|U\\.S\\.|the|The|, a|President|spokesman){0,80}") {
            let doc = lede::extract::Doc::new(&text);
            let found = mentions(&doc);
            for m in &found {
                prop_assert!(m.span.end <= text.len() && text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            }
            for a in find_actors(&doc, &found) {
                prop_assert!((0.0..=1.0).contains(&a.actor.salience));
                prop_assert!(a.actor.mentions == a.spans.len());
            }
        }
    }
}

#[test]
fn initials_join_the_full_name() {
    let text = "Antony Blinken arrived on Sunday. A. Blinken met officials. Blinken left.";
    let doc = lede::extract::Doc::new(text);
    let mentions = lede::extract::ner::mentions(&doc);
    let all = lede::extract::actors::find_actors(&doc, &mentions);
    let people: Vec<_> = all.iter().filter(|a| a.actor.name.contains("Blinken")).collect();
    assert_eq!(people.len(), 1, "{all:#?}");
    assert_eq!(people[0].actor.name, "Antony Blinken");
}

#[test]
fn roles_take_describing_words_and_prefer_the_one_naming_an_organisation() {
    let text = include_str!("fixtures/roles-study.txt");
    let doc = lede::extract::Doc::new(text);
    let mentions = lede::extract::ner::mentions(&doc);
    let all = lede::extract::actors::find_actors(&doc, &mentions);
    let role = |surname: &str| {
        all.iter().find(|a| a.actor.name.ends_with(surname)).and_then(|a| a.actor.role.clone())
    };
    // a bare title before the name gives way to an apposition that names the organisation
    assert_eq!(
        role("Okafor").as_deref(),
        Some("director of the Sleep and Stress Laboratory at Northfield University Medical Center")
    );
    // describing words before the title, and the role going on after "at"
    assert_eq!(role("Reuss").as_deref(), Some("research associate professor at the University of Lisbon"));
    // a relative clause ends the role
    assert_eq!(role("Lindqvist").as_deref(), Some("psychologist in Malmo"));
    // a title naming the body comes first
    assert_eq!(role("Alvarez").as_deref(), Some("Council member"));
}

/// A radio transcript writes speakers in capitals; the digest names them as people write them.
#[test]
fn transcript_speakers_are_named_in_ordinary_case() {
    let text = "SACHA PFEIFFER, HOST:\n\nTeachers in Texas are protesting a bill.\n\n\
                THOMAS KENNEDY: We stand with the teachers.\n\n\
                Thomas Kennedy leads the Texas State Building Trades. Kennedy said the union would help."
        .to_string();
    let article = Article { text, ..Article::default() };
    let anchor = Anchor { date: jiff::civil::date(2023, 10, 17), source: AnchorSource::Given };
    let actors = digest(&article, anchor, &DigestOptions::default()).actors;
    let names: Vec<&str> = actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Thomas Kennedy"), "{names:?}");
    let shouted = |n: &&str| n.contains(' ') && !n.chars().any(char::is_lowercase);
    assert!(!names.iter().any(shouted), "{names:?}");
}

fn actors_of(text: &str) -> Vec<Actor> {
    let article = Article { text: text.to_string(), ..Article::default() };
    let anchor = Anchor { date: jiff::civil::date(2023, 6, 15), source: AnchorSource::Given };
    digest(&article, anchor, &DigestOptions::default()).actors
}

#[test]
fn a_courtesy_title_and_a_given_name_at_an_opening_join_the_full_name() {
    let actors = actors_of(
        "Mr Cooper said the badger was as big as a pig. Grant Cooper, 79, of Langport, was in his \
         garden on Sunday. ‘Grant Cooper is a brave man,’ a neighbour said. A second defendant, \
         Edward Byatt, was cleared. Mr Cooper added that he would stay.",
    );
    let cooper = find(&actors, "Grant Cooper");
    assert!(cooper.aliases.contains(&"Mr Cooper".to_string()), "{:?}", cooper.aliases);
    assert_eq!(actors.iter().filter(|a| a.name.contains("Cooper")).count(), 1, "{actors:#?}");
    assert_eq!(find(&actors, "Edward Byatt").role.as_deref(), Some("defendant"));
}

/// A date before a title is not part of it: "the sacking on Wednesday of Managing Director
/// Paul Downton" gives the role "Managing Director".
#[test]
fn a_weekday_before_a_title_is_not_part_of_the_role() {
    let text = "Stewart applied after the sacking on Wednesday of Managing Director Paul Downton. \
                Downton had been in the post for a year.";
    let doc = lede::extract::Doc::new(text);
    let mentions = lede::extract::ner::mentions(&doc);
    let all = lede::extract::actors::find_actors(&doc, &mentions);
    let downton = all.iter().find(|a| a.actor.name == "Paul Downton").expect("Paul Downton is an actor");
    assert_eq!(downton.actor.role.as_deref(), Some("Managing Director"));
}

/// Players' roles: a position before the name is the role, without the words of the sentence
/// before it ("pulled one back through") or a name listed before it ("Sergio Aguero and").
#[test]
fn a_player_takes_the_position_before_the_name_as_role() {
    let actors = actors_of(
        "Exeter pulled one back through striker Kwabena Osei-Tutu with ten minutes left. \
         Osei-Tutu has scored nine goals this season. City rested Sergio Aguero and midfielder \
         Tomas Ferreira before the cup tie. Ferreira was not pleased.",
    );
    let osei_tutu = find(&actors, "Kwabena Osei-Tutu");
    assert_eq!(osei_tutu.kind, lede::extract::digest::ActorKind::Person);
    assert_eq!(osei_tutu.role.as_deref(), Some("striker"));
    assert_eq!(find(&actors, "Tomas Ferreira").role.as_deref(), Some("midfielder"));
}

/// Roles in the forms news gives them: a possessor before the title ("The club's chairman,"),
/// a courtesy title left out ("chairman Sir Alan Pryce"), an age before the apposition
/// ("Jane Okoro, 45, a teacher"), standings in sport ("the third seed", "Former Open
/// champion"), and relations, which take only their own describing words ("her business
/// partner", not "help mother").
#[test]
fn roles_in_the_forms_news_gives_them() {
    let actors = actors_of(
        "The club's chairman, Tom Reddaway, resigned on Friday. Rowing Trust chairman Sir Alan \
         Pryce said the board would meet. Jane Okoro, 45, a teacher from Leeds, was hurt. \
         Stan Varga, the third seed, lost in four sets. Varga will face 13th seed Omar Lind. Former Open champion Luis del Campo won \
         easily. Volunteers came to help mother Ines Duarte. Her business partner Rosa Kell \
         called. Reddaway left. Pryce stayed. Okoro is recovering. Varga was tired. Del Campo \
         smiled. Duarte thanked them. Kell agreed. Lind rested.",
    );
    let role = |name: &str| find(&actors, name).role.clone();
    assert_eq!(role("Tom Reddaway").as_deref(), Some("club's chairman"));
    assert_eq!(role("Alan Pryce").as_deref(), Some("Rowing Trust chairman"));
    assert_eq!(role("Jane Okoro").as_deref(), Some("teacher from Leeds"));
    assert_eq!(role("Stan Varga").as_deref(), Some("third seed"));
    assert_eq!(role("Omar Lind").as_deref(), Some("13th seed"));
    assert_eq!(role("Luis del Campo").as_deref(), Some("Former Open champion"));
    assert_eq!(role("Ines Duarte").as_deref(), Some("mother"));
    assert_eq!(role("Rosa Kell").as_deref(), Some("business partner"));
}
