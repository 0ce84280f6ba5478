//! Gazetteers: countries (with their other names, demonyms and capitals), other places,
//! well-known organisations, given names, organisation words and titles. Data tables under
//! `ner/data/`, loaded once.

use crate::extract::lexicon::table_rows;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazetteerKind {
    /// A country by one of its names: "France", "the US".
    Country,
    /// A demonym or national adjective: "French", "Americans".
    Demonym,
    /// A capital city (also a metonym of its country's government).
    Capital,
    /// Another place: a city, region, sea, continent.
    Place,
    /// A well-known organisation or its acronym.
    Organization,
    /// A common given name.
    FirstName,
    /// A title or role: "president", "spokesman".
    Title,
}

impl GazetteerKind {
    /// All kinds, in a fixed order (the index is used in feature names).
    pub const ALL: [GazetteerKind; 7] = [
        GazetteerKind::Country,
        GazetteerKind::Demonym,
        GazetteerKind::Capital,
        GazetteerKind::Place,
        GazetteerKind::Organization,
        GazetteerKind::FirstName,
        GazetteerKind::Title,
    ];

    /// A small number naming the kind in feature hashes.
    pub fn index(self) -> u8 {
        self as u8
    }
}

/// One country of `countries.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    /// Its usual English name: "United States".
    pub name: &'static str,
    /// Other names: "US", "America".
    pub aliases: Vec<&'static str>,
    /// Demonyms and adjectives: "American".
    pub demonyms: Vec<&'static str>,
    /// Capitals: "Washington".
    pub capitals: Vec<&'static str>,
}

/// Every gazetteer table, indexed by lowercased phrase.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Lowercased phrase (tokens joined by one space) → kinds (bit set over `GazetteerKind`).
    phrases: HashMap<String, u8>,
    /// Lowercased country name, alias, demonym or capital → index in `countries`.
    country_of: HashMap<String, usize>,
    /// The countries.
    pub countries: Vec<Country>,
    /// Lowercased acronym → lowercased full name, and back.
    acronyms: HashMap<String, String>,
    /// Lowercase words that end or head organisation names.
    org_words: HashMap<String, ()>,
    /// Longest phrase, in tokens.
    pub longest: usize,
    /// First words of every phrase, with the longest phrase each starts.
    first_words: HashMap<String, usize>,
}

/// The gazetteer, built once from the bundled tables.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::bundled);

fn list(cell: Option<&'static str>) -> Vec<&'static str> {
    cell.unwrap_or("").split(';').map(str::trim).filter(|s| !s.is_empty()).collect()
}

impl Gazetteer {
    /// Builds the gazetteer from the tables under `ner/data/`.
    pub fn bundled() -> Gazetteer {
        let mut g = Gazetteer::default();
        for row in table_rows(include_str!("data/countries.tsv")) {
            let mut cells = row.split('\t');
            let Some(name) = cells.next().map(str::trim) else { continue };
            let country = Country {
                name,
                aliases: list(cells.next()),
                demonyms: list(cells.next()),
                capitals: list(cells.next()),
            };
            let index = g.countries.len();
            for n in std::iter::once(&name).chain(&country.aliases) {
                g.add(n, GazetteerKind::Country);
                g.country_of.insert(n.to_lowercase(), index);
            }
            for d in &country.demonyms {
                g.add(d, GazetteerKind::Demonym);
                g.country_of.insert(d.to_lowercase(), index);
            }
            for c in &country.capitals {
                g.add(c, GazetteerKind::Capital);
                g.country_of.entry(c.to_lowercase()).or_insert(index);
            }
            g.countries.push(country);
        }
        for row in table_rows(include_str!("data/places.txt")) {
            g.add(row.trim(), GazetteerKind::Place);
        }
        for row in table_rows(include_str!("data/organizations.txt")) {
            let mut cells = row.split('\t');
            let name = cells.next().unwrap_or("").trim();
            g.add(name, GazetteerKind::Organization);
            if let Some(acronym) = cells.next().map(str::trim).filter(|a| !a.is_empty()) {
                g.add(acronym, GazetteerKind::Organization);
                g.acronyms.insert(acronym.to_lowercase(), name.to_lowercase());
                g.acronyms.insert(name.to_lowercase(), acronym.to_lowercase());
            }
        }
        for row in table_rows(include_str!("data/first_names.txt")) {
            g.add(row.trim(), GazetteerKind::FirstName);
        }
        for row in table_rows(include_str!("data/titles.txt")) {
            g.add(row.trim(), GazetteerKind::Title);
        }
        for row in table_rows(include_str!("data/org_words.txt")) {
            g.org_words.insert(row.trim().to_lowercase(), ());
        }
        g
    }

    fn add(&mut self, phrase: &str, kind: GazetteerKind) {
        let key = normalize(phrase);
        let len = key.split(' ').count();
        self.longest = self.longest.max(len);
        let first = key.split(' ').next().unwrap_or("").to_string();
        let longest = self.first_words.entry(first).or_insert(0);
        *longest = (*longest).max(len);
        *self.phrases.entry(key).or_insert(0) |= 1 << kind.index();
    }

    /// The kinds of a phrase (bit set over [`GazetteerKind::index`]); 0 when unknown.
    pub fn kinds(&self, phrase: &str) -> u8 {
        self.phrases.get(phrase).copied().unwrap_or(0)
    }

    /// True when `phrase` (any case, tokens separated by spaces) has this kind.
    pub fn is(&self, phrase: &str, kind: GazetteerKind) -> bool {
        self.kinds(&normalize(phrase)) & (1 << kind.index()) != 0
    }

    /// The country a name, alias, demonym or capital refers to.
    pub fn country(&self, phrase: &str) -> Option<&Country> {
        let key = normalize(phrase);
        let key = key.strip_prefix("the ").unwrap_or(&key);
        self.country_of.get(key).map(|&i| &self.countries[i])
    }

    /// The other form of a known acronym or its expansion ("un" ↔ "united nations").
    pub fn acronym_pair(&self, phrase: &str) -> Option<&str> {
        self.acronyms.get(&normalize(phrase)).map(String::as_str)
    }

    /// True for a lowercase word that ends or heads organisation names ("ministry", "inc.").
    pub fn is_org_word(&self, lower: &str) -> bool {
        self.org_words.contains_key(lower)
    }

    /// Longest gazetteer match at each token of a lowercased sentence: for token `i`, the
    /// kinds bit set and the position (0 = single, 1 = begin, 2 = inside, 3 = last).
    pub fn matches(&self, lower: &[String]) -> Vec<Option<(u8, u8)>> {
        let mut out = vec![None; lower.len()];
        let mut i = 0;
        let mut key = String::new();
        while i < lower.len() {
            let mut found = None;
            let longest = self.first_words.get(lower[i].as_str()).copied().unwrap_or(0);
            for len in (1..=longest.min(lower.len() - i)).rev() {
                key.clear();
                for (n, w) in lower[i..i + len].iter().enumerate() {
                    if n > 0 {
                        key.push(' ');
                    }
                    key.push_str(w);
                }
                if let Some(&kinds) = self.phrases.get(key.as_str()) {
                    found = Some((len, kinds));
                    break;
                }
            }
            match found {
                Some((len, kinds)) => {
                    for (n, slot) in out[i..i + len].iter_mut().enumerate() {
                        let position = if len == 1 {
                            0
                        } else if n == 0 {
                            1
                        } else if n + 1 == len {
                            3
                        } else {
                            2
                        };
                        *slot = Some((kinds, position));
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Lowercases and joins whitespace-separated words with one space.
pub fn normalize(phrase: &str) -> String {
    phrase.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_aliases_and_demonyms() {
        let g = &*GAZETTEER;
        assert_eq!(g.country("the US").map(|c| c.name), Some("United States"));
        assert_eq!(g.country("Americans").map(|c| c.name), Some("United States"));
        assert_eq!(g.country("Beijing").map(|c| c.name), Some("China"));
        assert!(g.is("Secretary of State", GazetteerKind::Title));
        assert!(g.is("new york", GazetteerKind::Place));
        assert_eq!(g.acronym_pair("UN"), Some("united nations"));
        assert!(g.country("Atlantis").is_none());
    }

    #[test]
    fn longest_match_wins() {
        let words: Vec<String> =
            ["in", "new", "york", "city", "today"].iter().map(|s| s.to_string()).collect();
        let m = GAZETTEER.matches(&words);
        assert!(m[0].is_none());
        assert_eq!(m[1].map(|x| x.1), Some(1));
        assert_eq!(m[3].map(|x| x.1), Some(3));
        assert!(m[4].is_none());
    }
}
