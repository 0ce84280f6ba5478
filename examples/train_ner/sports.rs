//! Synthetic sports reports for training (`train_ner --sports N`).
//!
//! In sports results and match reports a town or a country names a *team* ("Leeds beat
//! Arsenal 2-1", "England were bowled out for 210", "Chicago 5 Boston 3"), which news NER
//! conventions label ORG, not LOC. No licence-clean training set teaches this, so we write our
//! own: documents of results lines, standings rows, match-report sentences and headlines from
//! the templates of `sports.txt`, with team slots filled from our own town, club and country
//! lists (`sports.txt`, `src/extract/ner/data/countries.tsv`) and labelled ORG; players are PER,
//! venues and players' countries LOC, nationalities MISC. Deterministic for a given seed.

use super::rng::Rng;
use lede::extract::ner::{EntityLabel, WordEntity};

/// One generated sentence: words and their entities.
pub type Sentence = (Vec<String>, Vec<WordEntity>);

const SPORTS_TXT: &str = include_str!("sports.txt");
const COUNTRIES_TSV: &str = include_str!("../../src/extract/ner/data/countries.tsv");
const PLACES_TXT: &str = include_str!("../../src/extract/ner/data/places.txt");
const FIRST_NAMES_TXT: &str = include_str!("../../src/extract/ner/data/first_names.txt");

/// The tables of `sports.txt` and the gazetteer lists it draws on.
struct Tables {
    towns: Vec<&'static str>,
    clubwords: Vec<&'static str>,
    nicknames: Vec<&'static str>,
    surnames: Vec<&'static str>,
    nations: Vec<&'static str>,
    countries: Vec<&'static str>,
    demonyms: Vec<&'static str>,
    places: Vec<&'static str>,
    first_names: Vec<&'static str>,
    /// (sport, template) pairs.
    templates: Vec<(&'static str, &'static str)>,
    headlines: Vec<(&'static str, &'static str)>,
    datelines: Vec<&'static str>,
}

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Tables {
    fn load() -> Tables {
        let mut t = Tables {
            towns: Vec::new(),
            clubwords: Vec::new(),
            nicknames: Vec::new(),
            surnames: Vec::new(),
            nations: Vec::new(),
            countries: Vec::new(),
            demonyms: Vec::new(),
            places: Vec::new(),
            first_names: data_lines(FIRST_NAMES_TXT).collect(),
            templates: Vec::new(),
            headlines: Vec::new(),
            datelines: Vec::new(),
        };
        let mut section = "";
        for line in data_lines(SPORTS_TXT) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            match section {
                "towns" => t.towns.push(line),
                "clubwords" => t.clubwords.push(line),
                "nicknames" => t.nicknames.push(line),
                "surnames" => t.surnames.push(line),
                "nations" => t.nations.push(line),
                "datelines" => t.datelines.push(line),
                "templates" | "headlines" => {
                    if let Some((sport, template)) = line.split_once('|') {
                        let list = if section == "templates" { &mut t.templates } else { &mut t.headlines };
                        list.push((sport, template));
                    }
                }
                _ => {}
            }
        }
        for row in data_lines(COUNTRIES_TSV) {
            let mut cells = row.split('\t');
            if let Some(name) = cells.next() {
                t.countries.push(name.trim());
            }
            // Other names too ("US", "Britain"): a player's country is often written short.
            if let Some(aliases) = cells.next() {
                t.countries.extend(aliases.split(';').map(str::trim).filter(|a| !a.is_empty()));
            }
            if let Some(demonym) = cells.next().and_then(|d| d.split(';').next()).filter(|d| !d.is_empty()) {
                t.demonyms.push(demonym.trim());
            }
        }
        t.nations.extend(t.countries.iter().copied());
        // Places as written with a capital (not "the Bronx").
        t.places =
            data_lines(PLACES_TXT).filter(|p| p.chars().next().is_some_and(char::is_uppercase)).collect();
        t
    }
}

const SPORTS: [&str; 12] = [
    "football",
    "cricket",
    "rugby",
    "baseball",
    "basketball",
    "hockey",
    "tennis",
    "golf",
    "athletics",
    "cycling",
    "skiing",
    "swimming",
];

/// A team of one document: its full name and a short form used in some mentions.
struct Team {
    full: String,
    short: Option<String>,
}

fn make_team(t: &Tables, sport: &str, rng: &mut Rng) -> Team {
    let national = matches!(sport, "football" | "cricket" | "rugby") && rng.chance(25);
    if national {
        return Team { full: rng.pick(&t.nations).to_string(), short: None };
    }
    let town = rng.pick(&t.towns);
    let with = match sport {
        "football" | "rugby" if rng.chance(35) => Some(rng.pick(&t.clubwords)),
        "baseball" | "basketball" | "hockey" if rng.chance(35) => Some(rng.pick(&t.nicknames)),
        _ => None,
    };
    match with {
        Some(w) => Team { full: format!("{town} {w}"), short: Some(town.to_string()) },
        None => Team { full: town.to_string(), short: None },
    }
}

/// Fills one template: named slots become labelled words, number slots numbers.
fn fill(template: &str, t: &Tables, teams: &[Team], rng: &mut Rng) -> Sentence {
    let mut words: Vec<String> = Vec::new();
    let mut entities: Vec<WordEntity> = Vec::new();
    // Three different teams for {T} {U} {W}.
    let mut order: Vec<usize> = (0..teams.len()).collect();
    for i in (1..order.len()).rev() {
        let j = rng.below(i + 1);
        order.swap(i, j);
    }
    let surname = |rng: &mut Rng| rng.pick(&t.surnames).to_string();
    for token in template.split_whitespace() {
        let (text, label) = match token {
            "{T}" | "{U}" | "{W}" => {
                let k = match token {
                    "{T}" => 0,
                    "{U}" => 1,
                    _ => 2,
                };
                let team = &teams[order[k % order.len()]];
                let name = match &team.short {
                    Some(short) if rng.chance(30) => short.clone(),
                    _ => team.full.clone(),
                };
                (name, Some(EntityLabel::Org))
            }
            "{P}" => (format!("{} {}", rng.pick(&t.first_names), surname(rng)), Some(EntityLabel::Per)),
            "{S}" | "{Q}" => (surname(rng), Some(EntityLabel::Per)),
            "{C}" => (rng.pick(&t.countries).to_string(), Some(EntityLabel::Loc)),
            "{V}" => (rng.pick(&t.places).to_string(), Some(EntityLabel::Loc)),
            "{D}" => (rng.pick(&t.demonyms).to_string(), Some(EntityLabel::Misc)),
            _ => (numbers(token, rng), None),
        };
        let start = words.len();
        words.extend(text.split_whitespace().map(str::to_string));
        if let Some(label) = label {
            entities.push(WordEntity { words: start..words.len(), label });
        }
    }
    (words, entities)
}

/// Replaces the number slots inside a word.
fn numbers(token: &str, rng: &mut Rng) -> String {
    let mut out = String::new();
    let mut rest = token;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else { break };
        let slot = &rest[open + 1..open + close];
        let value = match slot {
            "n" => rng.range(0, 5).to_string(),
            "r" => rng.range(100, 450).to_string(),
            "k" => rng.range(1, 10).to_string(),
            "b" => rng.range(70, 130).to_string(),
            "h" => rng.range(0, 12).to_string(),
            "g" => rng.range(64, 78).to_string(),
            "m" => rng.range(1, 90).to_string(),
            "o" => rng.range(20, 60).to_string(),
            "x" => rng.range(1, 40).to_string(),
            "s" => {
                let lost = rng.range(0, 5);
                if rng.chance(50) { format!("6-{lost}") } else { format!("{lost}-6") }
            }
            other => format!("{{{other}}}"),
        };
        out.push_str(&value);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// `n` sports documents (a headline and 4–12 sentences each), deterministic for `seed`.
pub fn documents(n: usize, seed: u64) -> Vec<Vec<Sentence>> {
    let t = Tables::load();
    let mut rng = Rng(seed | 1);
    let mut docs = Vec::with_capacity(n);
    for _ in 0..n {
        let sport = SPORTS[rng.below(SPORTS.len())];
        let teams: Vec<Team> = (0..rng.range(4, 8)).map(|_| make_team(&t, sport, &mut rng)).collect();
        let of_sport = |list: &[(&'static str, &'static str)], any: bool| -> Vec<&'static str> {
            list.iter().filter(|(s, _)| *s == sport || (any && *s == "any")).map(|(_, l)| *l).collect()
        };
        let headlines = of_sport(&t.headlines, true);
        let templates = of_sport(&t.templates, false);
        let general = of_sport(&t.templates, true);
        let mut doc = Vec::new();
        let (mut words, entities) = fill(rng.pick(&headlines), &t, &teams, &mut rng);
        // Some headlines in capitals, as wire services print them.
        if rng.chance(30) {
            words = words.iter().map(|w| w.to_uppercase()).collect();
        }
        doc.push((words, entities));
        // Half of the reports carry a dateline, its place often in capitals.
        if rng.chance(50) {
            let (mut words, entities) = fill(rng.pick(&t.datelines), &t, &teams, &mut rng);
            if rng.chance(50) {
                words = words.iter().map(|w| w.to_uppercase()).collect();
            }
            doc.push((words, entities));
        }
        // Results columns repeat one template; reports mix them.
        let column = rng.chance(40).then(|| rng.pick(&templates));
        for _ in 0..rng.range(4, 12) {
            let template = match column {
                Some(c) if rng.chance(80) => c,
                _ => rng.pick(&general),
            };
            doc.push(fill(template, &t, &teams, &mut rng));
        }
        docs.push(doc);
    }
    docs
}
