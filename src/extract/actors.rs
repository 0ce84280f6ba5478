//! Key actors: entity mentions merged into the people, organisations and places of the story,
//! with their roles in the article's own words, ranked by salience.
//!
//! Merging (documented choices, each tested):
//! - a person's surname or given name alone ("Blinken") joins the fuller name ("Antony Blinken"),
//!   and so do initials ("A. Blinken");
//!   titles are already cut from the name by the tagger ("Secretary of State Antony Blinken");
//! - a country's names, short forms and demonyms join ("the United States", "the US",
//!   "American"), from the country table; a capital joins its country only as a metonym, when a
//!   verb of speech or stance follows it ("Beijing said", "Washington has warned");
//! - an acronym joins its expansion ("WHO" ↔ "World Health Organization", or any name whose
//!   initials it spells), abbreviations are expanded ("State Dept." = "State Department") and
//!   company suffixes are ignored ("Boeing Co." = "Boeing");
//! - close spelling variants of one name in one article join (one edit apart, 5+ letters).
//!
//! Roles come from titles before a name ("White House spokesman John Kirby") and appositions
//! ("John Kirby, a White House spokesman,", "his Chinese counterpart, Qin Gang"), as written.
//! A later definite description made of that title ("The Foreign Minister demanded …") counts
//! as a mention of the one actor who holds it (it adds to `mentions`, not to `aliases`, which
//! are names).
//! Salience counts mentions, the headline, the lead, how early the actor appears and whether it
//! opens a sentence (a rough stand-in for being the subject of a main clause).

use crate::extract::digest::{Actor, ActorKind, Evidence};
use crate::extract::doc::{BlockKind, Doc};
use crate::extract::furniture::{in_story, story_starts};
use crate::extract::ner::gazetteer::{GAZETTEER, GazetteerKind, normalize};
use crate::extract::ner::{EntityLabel, Mention, MentionKind};
use crate::extract::span::Span;
use crate::extract::timex::lexicon::{WordClass, classes};
use crate::extract::{lexicon, terms};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How many actors the digest shows by default.
pub const DEFAULT_MAX_ACTORS: usize = 8;

/// Longest role phrase, in tokens.
const ROLE_MAX_TOKENS: usize = 12;
/// Most describing words before the title of an apposition ("a research associate professor").
const ROLE_MODIFIERS: usize = 3;

static ORG_ROLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| rows(include_str!("ner/data/org_roles.txt")));
/// Roles of people: `person_roles.txt` and the players' roles the tagger's rules read
/// (`player_roles.txt`: "striker", "skipper"), but not "team-mate", which says too little
/// alone.
static PERSON_ROLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut roles = rows(include_str!("ner/data/person_roles.txt"));
    roles.extend(KIN_ROLES.iter());
    roles.extend(lexicon::tagged_words(include_str!("ner/data/player_roles.txt"), "role"));
    roles.remove("team-mate");
    roles.remove("teammate");
    roles
});
/// Family ties and relations (`kin_roles.txt`): roles of people, read more narrowly.
static KIN_ROLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lexicon::tagged_words(include_str!("ner/data/kin_roles.txt"), "kin").collect());
/// The words that may describe a relation before it ("business partner").
static KIN_DESCRIBING: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lexicon::tagged_words(include_str!("ner/data/kin_roles.txt"), "before").collect());
static METONYM_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| rows(include_str!("ner/data/metonym_verbs.txt")));
static AFFILIATE_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| rows(include_str!("ner/data/affiliate_words.txt")));

/// True when the longer name adds to the shorter one a word naming another body: "Cardiff
/// City Supporters Club" beside "Cardiff City" or "Cardiff".
fn names_an_affiliate(long: &[String], short: &[String]) -> bool {
    long.iter().any(|w| AFFILIATE_WORDS.contains(w.as_str()) && !short.contains(w))
}

/// Abbreviations expanded before names are compared.
const ABBREVIATIONS: &str = include_str!("ner/data/name_abbreviations.tsv");
static EXPANSIONS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    ABBREVIATIONS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
});

fn rows(table: &'static str) -> HashSet<&'static str> {
    crate::extract::lexicon::word_list(table).collect()
}

/// An actor with the mentions it was merged from (for evaluation and answers).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMentions {
    /// The actor as the digest shows it.
    pub actor: Actor,
    /// Every mention's span, in text order.
    pub spans: Vec<Span>,
}

/// One cluster of mentions while merging.
#[derive(Debug)]
struct Cluster {
    label: EntityLabel,
    kind: MentionKind,
    /// The country, when the cluster is one.
    country: Option<&'static str>,
    /// Lowercase words of the fullest name, abbreviations expanded, suffixes dropped.
    words: Vec<String>,
    /// Indices into the mention list.
    members: Vec<usize>,
}

/// Every actor of `doc`, most salient first, from its entity `mentions`.
pub fn find_actors(doc: &Doc, mentions: &[Mention]) -> Vec<ActorMentions> {
    let text = doc.text();
    // A dateline ("RIVERTON (Lede Wire) —") says where the story was filed and by which
    // agency, a byline or a photo credit who wrote it or took the picture: none of them is
    // an actor of the story.
    let starts = story_starts(doc);
    let mut order: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].kind != MentionKind::Other)
        .filter(|&i| doc.sentences().get(mentions[i].sentence).is_none_or(|s| s.kind != BlockKind::Dateline))
        .filter(|&i| in_story(&starts, mentions[i].sentence, mentions[i].span.start))
        .collect();
    // Fullest names first, so that short forms find them ("Mr Cooper" is as short as "Cooper").
    let length = |m: &Mention| {
        let courtesy = m
            .span
            .text(text)
            .split_whitespace()
            .next()
            .is_some_and(|w| HONORIFICS.contains(&w.to_lowercase().as_str()));
        m.tokens.len() - usize::from(courtesy && m.tokens.len() > 1)
    };
    order.sort_by_key(|&i| (std::cmp::Reverse(length(&mentions[i])), mentions[i].span.start));
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = ClusterIndex::default();
    for i in order {
        let m = &mentions[i];
        let name = bare_name(m.span.text(text));
        let country = country_of(doc, m, &name);
        let words = name_words(&name);
        if words.is_empty() {
            continue;
        }
        // A short form that fits several actors ("Apple" beside "Apple Corps" and "Apple
        // Computer") joins none of them, unless one has exactly that name, or only one has its
        // label ("Jobs", a person, beside "Steve Jobs" and a mis-tagged "U.S. Jobs").
        let fits: Vec<usize> = index
            .candidates(&words, country)
            .into_iter()
            .filter(|&c| same_actor(&clusters[c], m, country, &words))
            .collect();
        let found = match fits.as_slice() {
            [one] => Some(*one),
            [] => None,
            many => many.iter().copied().find(|&c| clusters[c].words == words).or_else(|| {
                let same: Vec<usize> =
                    many.iter().copied().filter(|&c| clusters[c].label == m.label).collect();
                (same.len() == 1).then(|| same[0])
            }),
        };
        match found {
            Some(c) => clusters[c].members.push(i),
            None => {
                index.add(clusters.len(), &words, country);
                clusters.push(Cluster {
                    label: m.label,
                    kind: if country.is_some() && m.kind != MentionKind::Nationality {
                        MentionKind::Country
                    } else {
                        m.kind
                    },
                    country,
                    words,
                    members: vec![i],
                });
            }
        }
    }
    // A place named once, and only as a modifier of other words ("the United States airframer
    // Boeing", "Russian flag carrier Aeroflot"), describes another actor rather than taking part.
    let mut out: Vec<(f64, ActorMentions)> = clusters
        .into_iter()
        .filter(|c| {
            !(matches!(actor_kind(c.kind), ActorKind::Place | ActorKind::Group)
                && c.members.len() == 1
                && c.members.iter().all(|&i| is_modifier(doc, &mentions[i])))
        })
        .map(|mut c| build(doc, mentions, &mut c))
        .collect();
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.spans[0].cmp(&b.1.spans[0])));
    let mut out: Vec<ActorMentions> = out.into_iter().map(|(_, a)| a).collect();
    add_title_mentions(doc, &mut out);
    out
}

/// True when a mention modifies the next word instead of naming a participant: a demonym or a
/// place name right before a word of the same phrase ("Irish low cost airline", "US airtanker
/// contract", "Chinese Foreign Minister"), not before a verb or a function word ("the US said",
/// "Americans are").
fn is_modifier(doc: &Doc, m: &Mention) -> bool {
    let tokens = doc.tokens();
    let sentence_end = doc.sentences().get(m.sentence).map_or(m.tokens.end, |s| s.tokens.end);
    if m.tokens.end >= sentence_end || m.tokens.end >= tokens.len() {
        return false;
    }
    let text = doc.span_text(m.span);
    if text.ends_with("'s") || text.ends_with("’s") {
        return false;
    }
    let next = doc.span_text(tokens[m.tokens.end].span);
    let lower = next.to_lowercase();
    let Some(first) = next.chars().next() else { return false };
    if !first.is_alphabetic()
        || terms::is_stopword(&lower)
        || lexicon::is_speech_verb(&lower)
        || METONYM_VERBS.contains(lower.as_str())
        || lower.ends_with("ed")
    {
        return false;
    }
    m.kind == MentionKind::Nationality || first.is_lowercase()
}

/// The title at the end of a role, as lowercase words: "Chinese Foreign Minister" →
/// ["foreign", "minister"]; "a White House spokesman" → ["spokesman"].
fn role_title(role: &str) -> Option<Vec<String>> {
    let words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
    (0..words.len()).find_map(|i| {
        let tail = &words[i..];
        GAZETTEER.is(&tail.join(" "), GazetteerKind::Title).then(|| tail.to_vec())
    })
}

/// "The Foreign Minister demanded …" after "Chinese Foreign Minister Qin Gang": a definite
/// description made of an actor's title is one more mention of that actor, when exactly one
/// actor holds that title and the description comes after the actor is introduced and is not
/// itself followed by a name.
fn add_title_mentions(doc: &Doc, actors: &mut [ActorMentions]) {
    let titles: Vec<Option<Vec<String>>> =
        actors.iter().map(|a| a.actor.role.as_deref().and_then(role_title)).collect();
    let mut holders: HashMap<&Vec<String>, usize> = HashMap::new();
    for title in titles.iter().flatten() {
        *holders.entry(title).or_default() += 1;
    }
    let tokens = doc.tokens();
    let lower: Vec<String> = tokens.iter().map(|t| doc.span_text(t.span).to_lowercase()).collect();
    for (a, title) in titles.iter().enumerate() {
        let Some(title) = title else { continue };
        if holders.get(title).copied().unwrap_or(0) != 1 {
            continue;
        }
        let first = actors[a].spans[0].start;
        let n = title.len();
        let mut found = Vec::new();
        for i in 0..tokens.len().saturating_sub(n) {
            if lower[i] != "the" || tokens[i].span.start <= first || lower[i + 1..=i + n] != title[..] {
                continue;
            }
            let next_is_name = tokens
                .get(i + n + 1)
                .is_some_and(|t| doc.span_text(t.span).chars().next().is_some_and(char::is_uppercase));
            let span = Span::new(tokens[i].span.start, tokens[i + n].span.end);
            if !next_is_name && !actors.iter().any(|x| x.spans.iter().any(|s| s.overlaps(span))) {
                found.push(span);
            }
        }
        let actor = &mut actors[a];
        actor.actor.mentions += found.len();
        actor.spans.extend(found);
        actor.spans.sort();
    }
}

/// The top `max` actors of `doc`.
pub fn actors(doc: &Doc, mentions: &[Mention], max: usize) -> Vec<Actor> {
    find_actors(doc, mentions).into_iter().take(max).map(|a| a.actor).collect()
}

/// The name without a leading "the" or a trailing possessive.
fn bare_name(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix("the ").or_else(|| t.strip_prefix("The ")).unwrap_or(t);
    let t = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")).unwrap_or(t);
    let t = t.trim_end_matches(['\'', '’', ' ']);
    t.trim().to_string()
}

/// Lowercase words of a name, abbreviations expanded and company suffixes dropped.
fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = normalize(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            EXPANSIONS.iter().find(|(a, _)| *a == w).map_or_else(|| w.to_string(), |(_, b)| b.to_string())
        })
        .collect();
    while words.len() > 1 && words.last().is_some_and(|w| w.is_empty() || w == "-") {
        words.pop();
    }
    words.retain(|w| !w.is_empty());
    // "Mr Cooper" is the "Terry Cooper" of the lead
    if words.len() > 1 && HONORIFICS.contains(&words[0].as_str()) {
        words.remove(0);
    }
    words
}

/// Courtesy and religious titles written before a name ("Mr Cooper", "Dr. Ruiz", "Sister
/// Gertrud", "Father Byrne"): left out when names are compared, kept in the name shown.
const HONORIFICS: [&str; 18] = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "sister", "brother", "father", "fr",
    "fr.", "rev", "rev.", "reverend",
];

/// The country a mention stands for: its names and demonyms always; a capital only as a
/// metonym (a verb of speech or stance follows).
fn country_of(doc: &Doc, m: &Mention, name: &str) -> Option<&'static str> {
    if !matches!(m.label, EntityLabel::Loc | EntityLabel::Misc | EntityLabel::Org) {
        return None;
    }
    let g = &*GAZETTEER;
    let country = g.country(name)?;
    if g.is(name, GazetteerKind::Country) || g.is(name, GazetteerKind::Demonym) {
        return Some(country.name);
    }
    // A capital: look at the next word or two.
    let tokens = doc.tokens();
    let next: Vec<String> = tokens[m.tokens.end.min(tokens.len())..(m.tokens.end + 2).min(tokens.len())]
        .iter()
        .map(|t| doc.span_text(t.span).to_lowercase())
        .collect();
    let speaks = next.iter().any(|w| lexicon::is_speech_verb(w) || METONYM_VERBS.contains(w.as_str()));
    speaks.then_some(country.name)
}

/// Whether a mention belongs to a cluster.
fn same_actor(c: &Cluster, m: &Mention, country: Option<&'static str>, words: &[String]) -> bool {
    if let (Some(a), Some(b)) = (c.country, country) {
        return a == b;
    }
    if c.country.is_some() || country.is_some() {
        return false;
    }
    if c.words == words {
        return true;
    }
    let person = c.label == EntityLabel::Per;
    // Initials: "J. Smith" or "J.R. Smith" for "John Ronald Smith".
    if person && m.label == EntityLabel::Per && words.len() >= 2 && words.len() <= c.words.len() {
        let (given, surname) = words.split_at(words.len() - 1);
        let initials_fit = given.iter().zip(&c.words).all(|(w, full)| {
            let letters: Vec<char> = w.chars().filter(|ch| ch.is_alphabetic()).collect();
            (letters.len() == 1 || w.ends_with('.'))
                && full.starts_with(letters.first().copied().unwrap_or(' '))
        });
        if c.words.last() == surname.first() && initials_fit && given.iter().all(|w| w.len() <= 4) {
            return true;
        }
    }
    // A middle name left out: "Marie Ratcliffe" for "Marie Teresa Ratcliffe".
    if person
        && m.label == EntityLabel::Per
        && words.len() >= 2
        && words.len() < c.words.len()
        && c.words.first() == words.first()
        && c.words.last() == words.last()
    {
        return true;
    }
    // A person's surname or given name alone (any label: the tagger may mislabel it).
    if person
        && words.len() < c.words.len()
        && (c.words.ends_with(words) || (words.len() == 1 && c.words[0] == words[0]))
    {
        return m.label == EntityLabel::Per || words.len() == 1;
    }
    let g = &*GAZETTEER;
    let known_place = |w: &[String]| {
        let p = w.join(" ");
        g.is(&p, GazetteerKind::Place) || g.is(&p, GazetteerKind::Country) || g.is(&p, GazetteerKind::Capital)
    };
    if c.label != EntityLabel::Per && !known_place(words) && c.words.len() > words.len() {
        // Whatever the tagger's labels: the last word of an organisation-like name alone
        // ("Lingus" for "Aer Lingus"), or the name without its company words ("Aer Lingus"
        // for "Aer Lingus Group PLC").
        let mut core = c.words.clone();
        while core.len() > 1 && core.last().is_some_and(|x| g.is_org_word(x)) {
            core.pop();
        }
        if words.len() == 1 && core.len() > 1 && core.last() == Some(&words[0]) && !g.is_org_word(&words[0]) {
            return true;
        }
        if core.len() < c.words.len() && core == words {
            return true;
        }
    }
    if c.label != m.label && !(is_org_like(c.label) && is_org_like(m.label)) {
        return false;
    }
    if c.label == EntityLabel::Org || m.label == EntityLabel::Org {
        if is_acronym_of(words, &c.words) || is_acronym_of(&c.words, words) {
            return true;
        }
        if g.acronym_pair(&words.join(" ")).is_some_and(|p| p == c.words.join(" ")) {
            return true;
        }
        // "Boeing" and "Boeing Company": the same once the organisation words are dropped.
        let core = |w: &[String]| -> Vec<String> {
            let mut v: Vec<String> = w.to_vec();
            while v.len() > 1 && v.last().is_some_and(|x| g.is_org_word(x)) {
                v.pop();
            }
            v
        };
        if core(words) == core(&c.words) {
            return true;
        }
        // "Northrop" or "Grumman" for "Northrop Grumman", "A380" for "Airbus A380" (not a
        // place, and not a bare organisation word such as "Airlines").
        if words.len() == 1
            && c.words.len() >= 2
            && m.label != EntityLabel::Loc
            && (c.words[0] == words[0] || c.words.last() == Some(&words[0]))
            && !g.is_org_word(&words[0])
            && !names_an_affiliate(&c.words, words)
        {
            return true;
        }
        // "Apple" and "Apple Computer"; "Air Force" and "US Air Force".
        let both_org = c.label == EntityLabel::Org && m.label == EntityLabel::Org;
        if both_org
            && words.len() < c.words.len()
            && (c.words.starts_with(words) || (words.len() >= 2 && c.words.ends_with(words)))
            && !names_an_affiliate(&c.words, words)
        {
            return true;
        }
    }
    let a = words.join(" ");
    let b = c.words.join(" ");
    a.chars().count() >= 5 && b.chars().count() >= 5 && within_one_edit(&a, &b)
}

fn is_org_like(label: EntityLabel) -> bool {
    matches!(label, EntityLabel::Org | EntityLabel::Misc)
}

/// True when `short` is one word whose letters are the initials of `long`'s words (small
/// function words skipped): "who" / "world health organization".
fn is_acronym_of(short: &[String], long: &[String]) -> bool {
    if short.len() != 1 || long.len() < 2 {
        return false;
    }
    let letters: String = short[0].chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && acronyms(long).contains(&letters)
}

/// The acronyms a name of two words or more may have: initials, or whole short words ("US Air
/// Force" = "usaf"), with or without its company suffixes ("EADS" = "European Aeronautic
/// Defence and Space NV"); small function words are skipped.
fn acronyms(long: &[String]) -> Vec<String> {
    if long.len() < 2 {
        return Vec::new();
    }
    let mut long: Vec<&str> = long
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
        .collect();
    let mut tries = vec![long.clone()];
    while long.len() > 2 && long.last().is_some_and(|w| GAZETTEER.is_org_word(w)) {
        long.pop();
        tries.push(long.clone());
    }
    let mut out = Vec::new();
    for words in tries {
        out.push(words.iter().filter_map(|w| w.chars().next()).collect::<String>());
        out.push(
            words
                .iter()
                .map(|w| if w.len() <= 2 { w.to_string() } else { w.chars().take(1).collect() })
                .collect(),
        );
    }
    out
}

/// Where to look for the actor a mention may belong to: clusters by word, by acronym, by the
/// ends of their name (for spelling variants) and by country. Only clusters found here are
/// compared in full, so merging stays fast on long texts with many names.
#[derive(Default)]
struct ClusterIndex {
    by_key: HashMap<String, Vec<usize>>,
    by_country: HashMap<&'static str, Vec<usize>>,
}

impl ClusterIndex {
    fn keys(words: &[String]) -> Vec<String> {
        let joined = words.join(" ");
        let chars: Vec<char> = joined.chars().collect();
        let mut keys: Vec<String> = words.iter().map(|w| format!("w:{w}")).collect();
        keys.extend(acronyms(words).into_iter().map(|a| format!("w:{a}")));
        // One edit leaves the first or the last three letters of a long enough name intact.
        if chars.len() >= 5 {
            keys.push(format!("a:{}", chars[..3].iter().collect::<String>()));
            keys.push(format!("z:{}", chars[chars.len() - 3..].iter().collect::<String>()));
        }
        if let Some(pair) = GAZETTEER.acronym_pair(&joined) {
            keys.extend(pair.split(' ').map(|w| format!("w:{w}")));
        }
        keys
    }

    fn add(&mut self, cluster: usize, words: &[String], country: Option<&'static str>) {
        for key in Self::keys(words) {
            let list = self.by_key.entry(key).or_default();
            if list.last() != Some(&cluster) {
                list.push(cluster);
            }
        }
        if let Some(c) = country {
            self.by_country.entry(c).or_default().push(cluster);
        }
    }

    fn candidates(&self, words: &[String], country: Option<&'static str>) -> Vec<usize> {
        let mut out: Vec<usize> = Self::keys(words)
            .iter()
            .filter_map(|k| self.by_key.get(k))
            .flatten()
            .copied()
            .chain(country.and_then(|c| self.by_country.get(c)).into_iter().flatten().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// True when two strings are at most one insertion, deletion or substitution apart.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let mut i = 0;
    while i < short.len() && short[i] == long[i] {
        i += 1;
    }
    if short.len() == long.len() {
        short[i + 1.min(short.len() - i)..] == long[i + 1.min(long.len() - i)..]
    } else {
        short[i..] == long[i + 1..]
    }
}

/// Builds the actor of a cluster and its salience score.
fn build(doc: &Doc, mentions: &[Mention], c: &mut Cluster) -> (f64, ActorMentions) {
    let text = doc.text();
    c.members.sort_by_key(|&i| mentions[i].span.start);
    let members: Vec<&Mention> = c.members.iter().map(|&i| &mentions[i]).collect();
    let mut aliases: Vec<String> = Vec::new();
    for m in &members {
        let a = bare_name(m.span.text(text));
        if !aliases.contains(&a) {
            aliases.push(a);
        }
    }
    let (name, kind) = match c.country {
        // A country: its fullest name in the article, else its usual name ("Chinese",
        // "Beijing said" → China).
        Some(country) => {
            let named = aliases
                .iter()
                .filter(|a| GAZETTEER.is(a, GazetteerKind::Country))
                .max_by_key(|a| (a.split_whitespace().count(), a.len()))
                .cloned();
            (named.unwrap_or_else(|| country.to_string()), ActorKind::Place)
        }
        None => {
            // "Thomas Kennedy" before the transcript's "THOMAS KENNEDY"
            let fullest = aliases
                .iter()
                .max_by_key(|a| (a.split_whitespace().count(), !shouted(a), a.len()))
                .cloned()
                .unwrap_or_default();
            let kind = actor_kind(c.kind);
            let name = if kind == ActorKind::Person && shouted(&fullest) && fullest.contains(' ') {
                title_case(&fullest)
            } else {
                fullest
            };
            (name, kind)
        }
    };
    let role = members
        .iter()
        .find_map(|m| role_of(doc, m).map(|r| (if shouted(&r) { r.to_lowercase() } else { r }, m.sentence)));
    let first = members[0].sentence;
    let mut evidence = vec![Evidence::sentence(doc, first)];
    if let Some((_, s)) = &role
        && *s != first
    {
        evidence.push(Evidence::sentence(doc, *s));
    }
    let score = salience_score(doc, &members);
    let actor = Actor {
        name,
        kind,
        role: role.map(|(r, _)| r),
        aliases,
        mentions: members.len(),
        salience: (score / (score + 2.0) * 100.0).round() / 100.0,
        evidence,
    };
    (score, ActorMentions { actor, spans: members.iter().map(|m| m.span).collect() })
}

/// Written all in capitals, as transcripts and datelines write names ("SACHA PFEIFFER, HOST:").
fn shouted(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !text.chars().any(char::is_lowercase)
}

/// "SERGIO MARTINEZ-BELTRAN" → "Sergio Martinez-Beltran", "O'BRIEN" → "O'Brien": the first
/// letter of each run of letters kept, the rest lowercased.
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

fn actor_kind(kind: MentionKind) -> ActorKind {
    match kind {
        MentionKind::Person => ActorKind::Person,
        MentionKind::Organization | MentionKind::Other => ActorKind::Organization,
        MentionKind::Country | MentionKind::City | MentionKind::Place => ActorKind::Place,
        MentionKind::Nationality => ActorKind::Group,
    }
}

/// Mentions (log), headline, lead, first position, sentence openings.
fn salience_score(doc: &Doc, members: &[&Mention]) -> f64 {
    let sentences = doc.sentences();
    let n = sentences.len().max(1) as f64;
    let body: Vec<usize> =
        (0..sentences.len()).filter(|&i| sentences[i].kind == BlockKind::Body).take(2).collect();
    let headline =
        members.iter().any(|m| sentences[m.sentence].kind == BlockKind::Heading && m.sentence <= 1);
    let lead = members.iter().any(|m| body.contains(&m.sentence));
    let first = members.iter().map(|m| m.sentence).min().unwrap_or(0) as f64;
    let opens = members.iter().filter(|m| sentences[m.sentence].tokens.start == m.tokens.start).count();
    (1.0 + members.len() as f64).ln()
        + if headline { 1.0 } else { 0.0 }
        + if lead { 0.6 } else { 0.0 }
        + 0.5 * (1.0 - first / n)
        + 0.3 * (opens.min(3) as f64)
}

/// True for a courtesy title ("Sir Peter Lampl", "Dr Ann Lee"): part of how a person is
/// addressed, not of their role.
fn is_courtesy(w: &str) -> bool {
    matches!(w, "Sir" | "Dame" | "Dr" | "Dr." | "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Miss")
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "whose"
    )
}

/// True for a word that may be part of a role phrase before or around a name. A weekday or a
/// month is a date, not a title ("the sacking on Wednesday of Managing Director Paul
/// Downton"); "May" may be a name.
fn is_role_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    let date_word = lower != "may"
        && classes(&lower).iter().any(|c| matches!(c, WordClass::Weekday(_) | WordClass::Month(_)));
    if date_word {
        return false;
    }
    w.chars().next().is_some_and(char::is_uppercase)
        || is_numbered_ordinal(&lower)
        || GAZETTEER.is(&lower, GazetteerKind::Title)
        || PERSON_ROLES.contains(lower.as_str())
        || ORG_ROLES.contains(lower.as_str())
        || matches!(
            lower.as_str(),
            "of" | "and"
                | "'s"
                | "’s"
                | "-"
                | "for"
                | "deputy"
                | "former"
                | "formerly"
                | "acting"
                | "senior"
                | "foreign"
                | "national"
                | "security"
        )
}

/// True for an ordinal written in figures ("13th", "22nd"): "the 13th seed".
fn is_numbered_ordinal(lower: &str) -> bool {
    let digits = lower.trim_end_matches(char::is_alphabetic);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&lower[digits.len()..], "st" | "nd" | "rd" | "th")
}

static ROLE_STOP_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| rows(include_str!("ner/data/role_stop_words.txt")));

/// True for a lowercase word that may describe a title ("research" in "a research associate
/// professor", "shift" in "shift worker"): not a function word, a preposition, a counting
/// word, an adverb or a past tense.
fn is_describing_word(w: &str) -> bool {
    let verb_or_adverb = w.ends_with("ly") || (w.len() > 5 && w.ends_with("ed"));
    !w.is_empty()
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && !terms::is_stopword(w)
        && !ROLE_STOP_WORDS.contains(w)
        && !verb_or_adverb
}

/// True when a phrase (lowercase words) holds a title (people) or an organisation noun.
fn names_a_role(words: &[String], label: EntityLabel) -> bool {
    words.iter().any(|w| match label {
        EntityLabel::Per => {
            (GAZETTEER.is(w, GazetteerKind::Title) || PERSON_ROLES.contains(w.as_str()))
                && !matches!(w.as_str(), "mr." | "mrs." | "ms." | "dr." | "miss" | "sir")
        }
        _ => ORG_ROLES.contains(w.as_str()),
    })
}

/// The role a mention's sentence gives: a title before the name, or an apposition.
fn role_of(doc: &Doc, m: &Mention) -> Option<String> {
    if !matches!(m.label, EntityLabel::Per | EntityLabel::Org) {
        return None;
    }
    let tokens = doc.tokens();
    let sentence = &doc.sentences()[m.sentence];
    let word = |i: usize| doc.span_text(tokens[i].span);
    let phrase = |from: usize, to: usize| -> Option<String> {
        let (mut from, mut to) = (from, to);
        while from < to
            && (is_determiner(word(from))
                || matches!(word(from), "of" | "and" | "for" | "," | "-" | "--" | "—" | "–"))
        {
            from += 1;
        }
        while to > from
            && (matches!(word(to - 1), "of" | "and" | "for" | "," | "-" | "--" | "—" | "–")
                || is_courtesy(word(to - 1)))
        {
            to -= 1;
        }
        // "the club's chairman": the possessor belongs to the role, even when it is no role word
        if from < to
            && from > sentence.tokens.start
            && matches!(word(from), "'s" | "’s")
            && word(from - 1).chars().all(char::is_alphanumeric)
        {
            from -= 1;
        }
        if from >= to || to - from > ROLE_MAX_TOKENS {
            return None;
        }
        let lower: Vec<String> = (from..to).map(|i| word(i).to_lowercase()).collect();
        names_a_role(&lower, m.label)
            .then(|| doc.span_text(Span::new(tokens[from].span.start, tokens[to - 1].span.end)).to_string())
    };
    let mut roles: Vec<String> = Vec::new();
    // Title before the name: "White House spokesman John Kirby" (people only).
    if m.label == EntityLabel::Per {
        let mut j = m.tokens.start;
        let mut past_capitals = false;
        while j > sentence.tokens.start && m.tokens.start - j < ROLE_MAX_TOKENS && is_role_word(word(j - 1)) {
            // "his wife Rowing Club chairman Tom Reed": a relation before capitals is another
            // phrase's
            let w = word(j - 1);
            if past_capitals && KIN_ROLES.contains(w.to_lowercase().as_str()) {
                break;
            }
            past_capitals |= w.starts_with(char::is_uppercase);
            j -= 1;
        }
        // "shift worker Phillip Pama", "study author Elizabeth Hoge": describing words before
        // a title
        // (only before a lowercase title word: "his wife Masters chairman" is not a role)
        let titled = j < m.tokens.start
            && word(j).starts_with(char::is_lowercase)
            && names_a_role(&[word(j).to_string()], m.label)
            && names_a_role(
                &(j..m.tokens.start).map(|i| word(i).to_lowercase()).collect::<Vec<_>>(),
                m.label,
            );
        let mut described = 0;
        // a relation takes only its own few describing words, or an age
        let kin = j < m.tokens.start && KIN_ROLES.contains(word(j));
        let describes = |w: &str| {
            is_describing_word(w)
                && (!kin || KIN_DESCRIBING.contains(w) || (w.contains('-') && w.ends_with("-old")))
        };
        while titled && j > sentence.tokens.start && described < ROLE_MODIFIERS && describes(word(j - 1)) {
            j -= 1;
            described += 1;
        }
        // "When Apple CEO Steve Jobs…": a sentence's opening word is not part of the title.
        if j == sentence.tokens.start && j < m.tokens.start && lexicon::is_sentence_starter(word(j)) {
            j += 1;
        }
        // "Sergio Aguero and midfielder Fernandinho": a list's earlier name is not part of
        // the title; "Vice President and Chief Executive" keeps both titles.
        if let Some(and) = (j..m.tokens.start).rev().find(|&i| word(i) == "and")
            && !names_a_role(&(j..and).map(|i| word(i).to_lowercase()).collect::<Vec<_>>(), m.label)
        {
            j = and + 1;
        }
        // The title must end right before the name ("vice president for Macintosh" is not a
        // title of "Macintosh").
        let adjacent = m.tokens.start > sentence.tokens.start
            && !matches!(word(m.tokens.start - 1), "of" | "and" | "for" | "," | "-");
        if j < m.tokens.start
            && adjacent
            && let Some(r) = phrase(j, m.tokens.start)
        {
            roles.push(r);
        }
    }
    // Apposition before: "his Chinese counterpart, Qin Gang".
    let start = m.tokens.start;
    if start >= sentence.tokens.start + 2 && word(start - 1) == "," {
        let mut j = start - 1;
        while j > sentence.tokens.start && start - 1 - j < ROLE_MAX_TOKENS && is_role_word(word(j - 1)) {
            j -= 1;
        }
        if j < start - 1
            && let Some(r) = phrase(j, start - 1)
        {
            roles.push(r);
        }
    }
    // Apposition after: "John Kirby, a White House spokesman, said"; it also ends at a
    // speech verb ("Scott Carson, president of Boeing Commercial Airplanes said").
    let mut end = m.tokens.end;
    // "Jane Doe, 45, a teacher from Leeds": an age stands between the name and its apposition
    let age = |i: usize| word(i).len() <= 3 && word(i).chars().all(|c| c.is_ascii_digit());
    if end + 3 < sentence.tokens.end && word(end) == "," && age(end + 1) && word(end + 2) == "," {
        end += 2;
    }
    if end < sentence.tokens.end && word(end) == "," {
        let ends_role = |i: usize| {
            matches!(word(i), "," | "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”")
                || matches!(word(i), "who" | "which" | "that" | "whose" | "where")
                || lexicon::is_speech_verb(word(i))
        };
        let mut k = end + 1;
        while k < sentence.tokens.end && k - end <= ROLE_MAX_TOKENS && !ends_role(k) {
            k += 1;
        }
        // Cut short: end before a second role ("…at the University of Lisbon and an adviser
        // to…"), else before a name cut in two and the word that brought it in.
        if k - end > ROLE_MAX_TOKENS && k < sentence.tokens.end && !ends_role(k) {
            let second_role = |i: usize| word(i) == "and" && word(i + 1).starts_with(char::is_lowercase);
            if let Some(and) = (end + 2..k - 1).rev().find(|&i| second_role(i)) {
                k = and;
            } else if word(k).starts_with(char::is_uppercase) {
                while k > end + 1 && word(k - 1).starts_with(char::is_uppercase) {
                    k -= 1;
                }
                while k > end + 1 && matches!(word(k - 1), "at" | "in" | "of" | "for" | "the") {
                    k -= 1;
                }
            }
        }
        if k > end + 1
            && let Some(n) = apposition_words(&(end + 1..k).map(word).collect::<Vec<_>>(), m.label)
            && let Some(r) = phrase(end + 1, end + 1 + n)
        {
            roles.push(r);
        }
    }
    // The first found, unless it names no organisation or place and a later one does: "says
    // study author Elizabeth Hoge, director of the Anxiety Disorders Research Program at
    // Georgetown University Medical Center", but "Council member Tom Reyes, a former fire chief".
    let names = |r: &String| r.split_whitespace().any(|w| w.starts_with(char::is_uppercase));
    let first = roles.first()?;
    if names(first) {
        return roles.into_iter().next();
    }
    let named = roles.iter().position(names).unwrap_or(0);
    roles.into_iter().nth(named)
}

/// How many of the words after a name and its comma read as its role: title words, names and
/// determiners ("a White House spokesman"), after at most [`ROLE_MODIFIERS`] describing words
/// ("a research associate professor"). A title followed by "of", "for", "at", "in", "from" or
/// "with" may go on in any words ("senior vice president for Macintosh engineering"); after a
/// title, the first other word ends the role ("an Apple executive overseeing hardware" → "an
/// Apple executive").
/// `None` when no title comes before such a word.
fn apposition_words(words: &[&str], label: EntityLabel) -> Option<usize> {
    let mut titled = false;
    let mut modifiers = 0;
    let determined = words.first().is_some_and(|w| is_determiner(w));
    for (n, w) in words.iter().enumerate() {
        // "a research associate professor", "a longtime political consultant": after a
        // determiner, a few describing words may come before the title
        let describes = determined && !titled && modifiers < ROLE_MODIFIERS && is_describing_word(w);
        if describes && !is_role_word(w) {
            modifiers += 1;
            continue;
        }
        if titled && matches!(*w, "of" | "for" | "at" | "in" | "from" | "with") {
            return Some(words.len());
        }
        if !(is_role_word(w) || is_determiner(w)) {
            // "Through its media centre, the terror group makes…" is a clause, not a role: a
            // role with describing words must end where the apposition does
            return (titled && modifiers == 0).then_some(n);
        }
        titled |= names_a_role(&[w.to_lowercase()], label);
    }
    Some(words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_courtesy_title_is_left_out_of_the_compared_name() {
        assert_eq!(name_words("Mr Cooper"), w("cooper"));
        assert_eq!(name_words("Dr. Maria Ruiz"), w("maria ruiz"));
        assert_eq!(name_words("Miss"), w("miss"));
    }

    #[test]
    fn names_in_capitals_read_as_names() {
        assert_eq!(title_case("SERGIO MARTINEZ-BELTRAN"), "Sergio Martinez-Beltran");
        assert_eq!(title_case("CONOR O'BRIEN"), "Conor O'Brien");
        assert!(shouted("HOST") && !shouted("Thomas Kennedy") && !shouted("I"));
    }

    #[test]
    fn a_dateline_names_no_actor() {
        let text = "WASHINGTON (AP) — Mayor Ana Duarte said the council met. Duarte left.";
        let doc = Doc::new(text);
        let found = find_actors(&doc, &crate::extract::ner::mentions(&doc));
        let names: Vec<&str> = found.iter().map(|a| a.actor.name.as_str()).collect();
        assert!(!names.contains(&"WASHINGTON") && !names.contains(&"AP"), "{names:?}");
        assert!(names.contains(&"Ana Duarte"), "{names:?}");
    }

    #[test]
    fn a_name_without_its_middle_name_is_the_same_person() {
        let text = "Marie Teresa Ratcliffe refused to attend. Former midwife Marie Ratcliffe faces 77 \
                    charges. Ms Ratcliffe accepts them. Ms Ratcliffe wrote a letter.";
        let (people, found) = people(text);
        assert_eq!(people, ["Marie Teresa Ratcliffe"], "{found:?}");
        assert_eq!(found[0].actor.mentions, 4, "{found:?}");
    }

    /// The names of the people among the actors of `text`, and all its actors.
    fn people(text: &str) -> (Vec<String>, Vec<ActorMentions>) {
        let doc = Doc::new(text);
        let found = find_actors(&doc, &crate::extract::ner::mentions(&doc));
        let people = found
            .iter()
            .filter(|a| a.actor.kind == ActorKind::Person)
            .map(|a| a.actor.name.clone())
            .collect();
        (people, found)
    }

    #[test]
    fn a_religious_title_and_a_given_name_are_the_person() {
        let text = "Police found nun Gertrud Tiefenbacher dead at the mission. Sister Gertrud had \
                    taught there since 1952. Colleagues said Sister Gertrud was loved.";
        let (people, found) = people(text);
        assert_eq!(people, ["Gertrud Tiefenbacher"], "{found:?}");
    }

    #[test]
    fn a_byline_or_a_photo_credit_names_no_actor() {
        let text = "Council approves budget\n\nBy Jo Marsh · June 14, 2023\n\nMayor Ana Duarte said the \
                    council met. Duarte left.\n\nPhoto: Sam Okafor/Lede Wire";
        let doc = Doc::new(text);
        let found = find_actors(&doc, &crate::extract::ner::mentions(&doc));
        let names: Vec<&str> = found.iter().map(|a| a.actor.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains("Marsh") || n.contains("Okafor")), "{names:?}");
        assert!(names.contains(&"Ana Duarte"), "{names:?}");
    }

    /// A mention of `name` (its `nth` occurrence) with the given label, as the tagger would give it.
    fn mention(doc: &Doc, name: &str, nth: usize, label: EntityLabel, kind: MentionKind) -> Mention {
        let start = doc.text().match_indices(name).nth(nth).map_or(0, |(i, _)| i);
        let span = Span::new(start, start + name.len());
        let tokens: Vec<usize> =
            (0..doc.tokens().len()).filter(|&t| span.contains(doc.tokens()[t].span)).collect();
        let first = tokens.first().copied().unwrap_or(0);
        let sentence =
            (0..doc.sentences().len()).find(|&i| doc.sentences()[i].tokens.contains(&first)).unwrap_or(0);
        Mention { span, label, kind, sentence, tokens: first..tokens.last().map_or(first, |t| t + 1) }
    }

    #[test]
    fn a_short_form_fitting_two_actors_joins_the_one_of_its_label() {
        let text = "Steve Jobs spoke. U.S. Jobs rose. Jobs smiled.";
        let doc = Doc::new(text);
        let found = vec![
            mention(&doc, "Steve Jobs", 0, EntityLabel::Per, MentionKind::Person),
            mention(&doc, "U.S. Jobs", 0, EntityLabel::Org, MentionKind::Organization),
            mention(&doc, "Jobs", 2, EntityLabel::Per, MentionKind::Person),
        ];
        let actors = find_actors(&doc, &found);
        let steve = actors.iter().find(|a| a.actor.name == "Steve Jobs").map(|a| a.actor.mentions);
        assert_eq!(steve, Some(2), "{actors:?}");
        // Two organisations of one label: the short form joins neither.
        let text = "Apple Corps sued. Apple Computer won. Apple said.";
        let doc = Doc::new(text);
        let found = vec![
            mention(&doc, "Apple Corps", 0, EntityLabel::Org, MentionKind::Organization),
            mention(&doc, "Apple Computer", 0, EntityLabel::Org, MentionKind::Organization),
            mention(&doc, "Apple", 2, EntityLabel::Org, MentionKind::Organization),
        ];
        assert_eq!(find_actors(&doc, &found).len(), 3);
    }

    #[test]
    fn a_club_and_its_supporters_club_are_two_actors() {
        let text = "Cardiff City Supporters Club complained. Cardiff City lost. Cardiff said so.";
        let doc = Doc::new(text);
        let org = |name, sentence| mention(&doc, name, sentence, EntityLabel::Org, MentionKind::Organization);
        let found = vec![org("Cardiff City Supporters Club", 0), org("Cardiff City", 1), org("Cardiff", 2)];
        let actors = find_actors(&doc, &found);
        let club = actors.iter().find(|a| a.actor.name == "Cardiff City").map(|a| a.actor.mentions);
        assert_eq!(club, Some(2), "{actors:?}");
        assert_eq!(actors.len(), 2, "{actors:?}");
    }

    #[test]
    fn a_place_named_once_as_a_modifier_is_no_actor() {
        let text = "United States airframer Boeing delayed the jet. Boeing said the Irish airline \
                    Ryanair waits. The US said Boeing must pay.";
        let doc = Doc::new(text);
        let found = find_actors(&doc, &crate::extract::ner::mentions(&doc));
        let names: Vec<&str> = found.iter().map(|a| a.actor.name.as_str()).collect();
        assert!(names.contains(&"Boeing"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Ireland") || *n == "Irish"), "{names:?}");
        // Named again as a participant ("The US said"), the country stays.
        assert!(names.iter().any(|n| n.contains("United States") || *n == "US"), "{names:?}");
    }

    #[test]
    fn modifiers_are_told_from_participants() {
        let doc = Doc::new("The US manufacturer won. The US said no. Irish low cost airlines rose.");
        let found = crate::extract::ner::mentions(&doc);
        let modifier = |name: &str| {
            found
                .iter()
                .filter(|m| m.span.text(doc.text()) == name)
                .map(|m| is_modifier(&doc, m))
                .collect::<Vec<_>>()
        };
        assert_eq!(modifier("US"), vec![true, false]);
        assert_eq!(modifier("Irish"), vec![true]);
    }

    #[test]
    fn acronyms_and_edits() {
        assert!(is_acronym_of(&w("who"), &w("world health organization")));
        assert!(is_acronym_of(&w("eads"), &w("european aeronautic defence and space")));
        assert!(!is_acronym_of(&w("who"), &w("world trade organization")));
        assert!(within_one_edit("qin gang", "qing gang"));
        assert!(within_one_edit("gaddafi", "gadafi"));
        assert!(!within_one_edit("boeing", "being x"));
        assert!(within_one_edit("abc", "abd"));
        assert!(within_one_edit("abc", "abc"));
    }

    #[test]
    fn names_are_normalised() {
        assert_eq!(bare_name("the State Department"), "State Department");
        assert_eq!(name_words("State Dept."), w("state department"));
        assert_eq!(bare_name("Boeing's"), "Boeing");
    }
}
