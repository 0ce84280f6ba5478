//! Features of the tagger: what the averaged perceptron sees at each token.
//!
//! Each feature is a string-like key (template number + its values) hashed to a `u32`. Static
//! features depend on the words only and are computed once per sentence; dynamic ones depend on
//! the tags already chosen to the left (greedy decoding). Templates: the word, its neighbours
//! (±2), word shapes, prefixes and suffixes, casing and position, word pairs, gazetteer matches
//! (with their position inside the match) and document-level casing: whether the word is seen
//! capitalised mid-sentence, or in lower case, elsewhere in the same document.

use crate::extract::ner::clusters::{WordCluster, cluster};
use crate::extract::ner::gazetteer::{GAZETTEER, GazetteerKind};
use std::collections::HashMap;

/// Number of BILOU tags: `O` plus B/I/L/U for each of the four labels.
pub const N_TAGS: usize = 17;

/// A tag index: 0 = O; `1 + 4 * label + position` with position 0 = B, 1 = I, 2 = L, 3 = U.
pub type Tag = u8;

/// The outside tag.
pub const OUTSIDE: Tag = 0;

/// Position of a tag inside its entity: 0 = B, 1 = I, 2 = L, 3 = U (none for `O`).
pub fn tag_position(tag: Tag) -> Option<u8> {
    (tag != OUTSIDE).then(|| (tag - 1) % 4)
}

/// Label index (0 PER, 1 ORG, 2 LOC, 3 MISC) of a tag (none for `O`).
pub fn tag_label(tag: Tag) -> Option<u8> {
    (tag != OUTSIDE).then(|| (tag - 1) / 4)
}

/// The tag for `label` index at `position` (0 = B, 1 = I, 2 = L, 3 = U).
pub fn make_tag(label: u8, position: u8) -> Tag {
    1 + 4 * label + position
}

/// True when `next` may follow `prev` in a BILOU sequence.
pub fn allowed(prev: Tag, next: Tag) -> bool {
    let open = matches!(tag_position(prev), Some(0 | 1));
    match (open, tag_position(next)) {
        (true, Some(1 | 2)) => tag_label(prev) == tag_label(next),
        (true, _) => false,
        (false, Some(1 | 2)) => false,
        (false, _) => true,
    }
}

/// Casing seen for a word (by its lowercase form) across one document.
#[derive(Debug, Clone, Copy, Default)]
struct CaseSeen(u8);

const CAPITALISED_MID_SENTENCE: u8 = 1;
const LOWERCASE: u8 = 2;
const CAPITALISED_AT_START: u8 = 4;

/// Document-level facts the features read: how each word is cased elsewhere in the document.
#[derive(Debug, Clone, Default)]
pub struct DocContext {
    case: HashMap<String, CaseSeen>,
    /// Labels already given to each capitalised word (lowercase) earlier in the document:
    /// counts for O, PER, ORG, LOC, MISC.
    history: HashMap<String, [u16; 5]>,
    /// True for a sports report (see [`is_sports_report`]): towns there often name teams.
    sporty: bool,
}

static SPORTS_WORDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!("data/sports_words.txt")).collect()
    });

/// True for a results line or score: "Leeds 2 Arsenal 1", "beat Arsenal 2-1".
fn has_score(words: &[&str]) -> bool {
    let number = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let score = |w: &str| w.split_once('-').is_some_and(|(a, b)| number(a) && number(b));
    let numbers = words.iter().filter(|w| number(w)).count();
    let capitals = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.iter().any(|w| score(w)) || (words.len() <= 14 && numbers >= 2 && capitals >= 2)
}

/// True for a sports report: sports words and results lines, at least one for every two
/// sentences (and three in all).
pub fn is_sports_report<'a, S>(sentences: &[S]) -> bool
where
    S: AsRef<[&'a str]>,
{
    let mut hits = 0usize;
    for sentence in sentences {
        let words = sentence.as_ref();
        hits += usize::from(has_score(words));
        hits += words.iter().filter(|w| SPORTS_WORDS.contains(w.to_lowercase().as_str())).count();
    }
    hits >= 3 && hits * 2 >= sentences.len()
}

impl DocContext {
    /// True for a sports report (see [`is_sports_report`]).
    pub fn is_sporty(&self) -> bool {
        self.sporty
    }

    /// Collects casing over every sentence of a document (sentences given as words).
    pub fn new<'a, S>(sentences: impl IntoIterator<Item = S>) -> DocContext
    where
        S: AsRef<[&'a str]>,
    {
        let mut case: HashMap<String, CaseSeen> = HashMap::new();
        let sentences: Vec<S> = sentences.into_iter().collect();
        let sporty = is_sports_report(&sentences);
        for sentence in &sentences {
            let words = sentence.as_ref();
            if is_shouting(words) {
                continue;
            }
            for (i, w) in words.iter().enumerate() {
                let Some(first) = w.chars().next() else { continue };
                let bit = if first.is_uppercase() {
                    if i == 0 || is_opening(words[i - 1]) {
                        CAPITALISED_AT_START
                    } else {
                        CAPITALISED_MID_SENTENCE
                    }
                } else if first.is_lowercase() {
                    LOWERCASE
                } else {
                    continue;
                };
                case.entry(w.to_lowercase()).or_default().0 |= bit;
            }
        }
        DocContext { case, history: HashMap::new(), sporty }
    }

    /// Remembers the tags given to a sentence's capitalised words, for the sentences after it
    /// (the "prediction history" of Ratinov and Roth 2009).
    pub fn remember(&mut self, words: &[&str], tags: &[Tag]) {
        for (w, &t) in words.iter().zip(tags) {
            if w.chars().next().is_some_and(char::is_uppercase) {
                let slot = tag_label(t).map_or(0, |l| l as usize + 1);
                self.history.entry(w.to_lowercase()).or_default()[slot] += 1;
            }
        }
    }

    /// The label most often given to this word before (0 = O, 1–4 = PER, ORG, LOC, MISC).
    fn remembered(&self, lower: &str) -> Option<u8> {
        let counts = self.history.get(lower)?;
        counts.iter().enumerate().max_by_key(|&(i, c)| (c, std::cmp::Reverse(i))).map(|(i, _)| i as u8)
    }

    fn seen(&self, lower: &str) -> u8 {
        self.case.get(lower).map_or(0, |c| c.0)
    }
}

/// True for a token after which a capital letter says nothing (sentence or quote opening).
fn is_opening(word: &str) -> bool {
    matches!(word, "\"" | "“" | "'" | "‘" | "(" | "[" | "-" | "--" | "—" | "–" | ":" | "``")
}

/// True for a sentence written in capitals: a 1990s wire headline.
pub fn is_shouting(words: &[&str]) -> bool {
    let mut letters = 0;
    let mut upper = 0;
    for w in words {
        for c in w.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    letters >= 6 && upper * 10 >= letters * 9
}

/// FNV-1a over a template number and its parts, folded to 32 bits.
struct Key(u64);

impl Key {
    fn new(template: u8) -> Key {
        let mut k = Key(0xcbf2_9ce4_8422_2325);
        k.byte(template);
        k
    }
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
    fn str(mut self, s: &str) -> Key {
        for b in s.bytes() {
            self.byte(b);
        }
        self.byte(0xff);
        self
    }
    fn num(mut self, n: u8) -> Key {
        self.byte(n);
        self.byte(0xfe);
        self
    }
    fn done(self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

/// Word shape: upper → X, lower → x, digit → d, others kept; runs collapsed to one.
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if last != Some(s) {
            out.push(s);
            last = Some(s);
        }
        if out.len() >= 8 {
            break;
        }
    }
    out
}

/// The clusters of a word: as written; else (capitals, or a sentence's first word) in title
/// case; else in lower case.
fn word_cluster(word: &str, lower: &str, shouting: bool) -> Option<WordCluster> {
    if !shouting && let Some(c) = cluster(word) {
        return Some(c);
    }
    let mut chars = lower.chars();
    let title: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    cluster(&title).or_else(|| cluster(lower))
}

/// The words of one sentence, prepared once: lowercase forms, shapes, gazetteer matches.
pub struct Prepared<'w> {
    words: &'w [&'w str],
    lower: Vec<String>,
    shapes: Vec<String>,
    gazetteer: Vec<Option<(u8, u8)>>,
    clusters: Vec<Option<WordCluster>>,
    shouting: bool,
}

impl<'w> Prepared<'w> {
    /// Prepares a sentence given as words.
    pub fn new(words: &'w [&'w str]) -> Prepared<'w> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let shapes = words.iter().map(|w| shape(w)).collect();
        let gazetteer = GAZETTEER.matches(&lower);
        let shouting = is_shouting(words);
        let clusters = words.iter().zip(&lower).map(|(w, l)| word_cluster(w, l, shouting)).collect();
        Prepared { words, lower, shapes, gazetteer, clusters, shouting }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn lower_at(&self, i: isize) -> &str {
        if i < 0 { "<s>" } else { self.lower.get(i as usize).map_or("</s>", String::as_str) }
    }

    fn shape_at(&self, i: isize) -> &str {
        if i < 0 { "<s>" } else { self.shapes.get(i as usize).map_or("</s>", String::as_str) }
    }

    /// The run of capitalised words around token `i` (empty when `i` is not capitalised).
    fn capital_run(&self, i: usize) -> std::ops::Range<usize> {
        let upper = |j: usize| self.words[j].chars().next().is_some_and(char::is_uppercase);
        let cap = |j: usize| {
            upper(j)
                || matches!(self.words[j], "of" | "de" | "&" | "and" | "the" | "for" | "von" | "van" | "al")
        };
        if !upper(i) {
            return i..i;
        }
        // Runs are looked at up to 12 words either side: enough for any name, and linear time
        // on a run-on list of capitalised words.
        let mut start = i;
        while start > 0 && i - start < 12 && cap(start - 1) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < self.words.len() && end - i < 12 && cap(end) {
            end += 1;
        }
        // A run neither starts nor ends on a small joining word.
        while end > i + 1 && !upper(end - 1) {
            end -= 1;
        }
        while start < i && !upper(start) {
            start += 1;
        }
        start..end
    }

    /// Static features of token `i`, appended to `out`.
    pub fn static_features(&self, i: usize, ctx: &DocContext, out: &mut Vec<u32>) {
        let word = self.words[i];
        let lower = self.lower[i].as_str();
        let ii = i as isize;
        let shouting = u8::from(self.shouting);
        out.push(Key::new(0).done());
        out.push(Key::new(1).str(lower).done());
        out.push(Key::new(2).str(self.lower_at(ii - 1)).done());
        out.push(Key::new(3).str(self.lower_at(ii + 1)).done());
        out.push(Key::new(4).str(self.lower_at(ii - 2)).done());
        out.push(Key::new(5).str(self.lower_at(ii + 2)).done());
        out.push(Key::new(6).str(&self.shapes[i]).num(shouting).done());
        out.push(Key::new(7).str(self.shape_at(ii - 1)).num(shouting).done());
        out.push(Key::new(8).str(self.shape_at(ii + 1)).num(shouting).done());
        out.push(
            Key::new(9).str(self.shape_at(ii - 1)).str(&self.shapes[i]).str(self.shape_at(ii + 1)).done(),
        );
        let n = lower.chars().count();
        for len in 2..=4usize {
            if n > len
                && let Some((at, _)) = lower.char_indices().rev().nth(len - 1)
            {
                out.push(Key::new(10).num(len as u8).str(&lower[at..]).done());
            }
        }
        for len in 2..=3usize {
            if n > len
                && let Some((at, _)) = lower.char_indices().nth(len)
            {
                out.push(Key::new(11).num(len as u8).str(&lower[..at]).done());
            }
        }
        let first_upper = word.chars().next().is_some_and(char::is_uppercase);
        let at_start = i == 0 || is_opening(self.words[i - 1]);
        out.push(Key::new(12).num(u8::from(first_upper)).num(u8::from(at_start)).num(shouting).done());
        out.push(Key::new(13).num(n.min(8) as u8).num(u8::from(first_upper)).done());
        out.push(Key::new(14).str(self.lower_at(ii - 1)).str(lower).done());
        out.push(Key::new(15).str(lower).str(self.lower_at(ii + 1)).done());
        // Gazetteer: the kinds of the longest match covering this token, with its position.
        if let Some((kinds, position)) = self.gazetteer[i] {
            for kind in GazetteerKind::ALL {
                if kinds & (1 << kind.index()) != 0 {
                    out.push(Key::new(16).num(kind.index()).num(position).num(u8::from(first_upper)).done());
                }
            }
        }
        for (template, j) in [(17u8, ii - 1), (18, ii + 1)] {
            if j >= 0
                && let Some(Some((kinds, _))) = self.gazetteer.get(j as usize)
            {
                out.push(Key::new(template).num(*kinds).done());
            }
        }
        if GAZETTEER.is_org_word(lower) {
            out.push(Key::new(19).num(u8::from(first_upper)).done());
        }
        // Document-level casing of this word elsewhere, and the label it was given before.
        if first_upper || self.shouting {
            match ctx.remembered(lower) {
                Some(label) => {
                    out.push(Key::new(60).num(label).num(u8::from(at_start)).done());
                    out.push(Key::new(61).num(label).str(&self.shapes[i]).done());
                }
                None => out.push(Key::new(60).num(0xff).num(u8::from(at_start)).done()),
            }
            let seen = ctx.seen(lower);
            out.push(Key::new(20).num(seen).num(u8::from(at_start)).num(shouting).done());
            out.push(Key::new(21).num(seen).str(&self.shapes[i]).done());
        }
        // Capitalised neighbours: inside a run of capitalised words?
        let cap = |j: isize| {
            j >= 0
                && (j as usize) < self.words.len()
                && self.words[j as usize].chars().next().is_some_and(char::is_uppercase)
        };
        out.push(
            Key::new(22)
                .num(u8::from(cap(ii - 1)))
                .num(u8::from(first_upper))
                .num(u8::from(cap(ii + 1)))
                .num(shouting)
                .done(),
        );
        self.run_features(i, out);
        self.cluster_features(i, out);
        self.sports_features(i, ctx, out);
    }

    /// Features seen only in sports reports (none elsewhere), where a town followed by a score
    /// is a team. Part of [`Prepared::static_features`]; the trainer also asks for them alone.
    pub fn sports_features(&self, i: usize, ctx: &DocContext, out: &mut Vec<u32>) {
        if !ctx.sporty {
            return;
        }
        let word = self.words[i];
        let first_upper = word.chars().next().is_some_and(char::is_uppercase);
        let at_start = i == 0 || is_opening(self.words[i - 1]);
        let ii = i as isize;
        let shouting = u8::from(self.shouting);
        out.push(Key::new(70).str(&self.shapes[i]).str(self.shape_at(ii + 1)).num(shouting).done());
        out.push(Key::new(71).str(self.shape_at(ii - 1)).str(&self.shapes[i]).num(shouting).done());
        if let Some((kinds, position)) = self.gazetteer[i] {
            out.push(Key::new(72).num(kinds).num(position).num(u8::from(first_upper)).done());
        }
        let coarse = self.clusters[i].map_or(0xff, |c| c.coarse);
        out.push(Key::new(73).num(coarse).num(u8::from(first_upper)).num(u8::from(at_start)).done());
        if first_upper || self.shouting {
            out.push(Key::new(74).str(&self.lower[i]).done());
            out.push(Key::new(75).str(self.lower_at(ii - 1)).done());
            out.push(Key::new(76).str(self.lower_at(ii + 1)).done());
        }
    }

    /// Word-cluster features of the token and its neighbours.
    fn cluster_features(&self, i: usize, out: &mut Vec<u32>) {
        match self.clusters[i] {
            Some(c) => {
                out.push(Key::new(50).num(c.coarse).done());
                out.push(Key::new(51).num((c.middle >> 8) as u8).num(c.middle as u8).done());
                out.push(Key::new(52).num((c.fine >> 8) as u8).num(c.fine as u8).done());
                out.push(
                    Key::new(53).num((c.middle >> 8) as u8).num(c.middle as u8).str(&self.shapes[i]).done(),
                );
            }
            None => out.push(Key::new(50).num(0xff).done()),
        }
        for (template, j) in [(54u8, i.wrapping_sub(1)), (55, i + 1)] {
            if let Some(Some(c)) = self.clusters.get(j) {
                out.push(Key::new(template).num((c.middle >> 8) as u8).num(c.middle as u8).done());
            }
        }
        // Coarse cluster pairs with the neighbours: "said" after a name, "of" before a place.
        let coarse = |j: usize| self.clusters.get(j).copied().flatten().map_or(0xff, |c| c.coarse);
        out.push(Key::new(56).num(coarse(i.wrapping_sub(1))).num(coarse(i)).done());
        out.push(Key::new(57).num(coarse(i)).num(coarse(i + 1)).done());
    }

    /// Features of the run of capitalised words holding token `i`: its length, the token's
    /// place in it, and the run's first and last words (a given name first, an organisation or
    /// place word last).
    fn run_features(&self, i: usize, out: &mut Vec<u32>) {
        if self.shouting {
            return;
        }
        let run = self.capital_run(i);
        if run.is_empty() {
            return;
        }
        let len = run.len().min(5) as u8;
        let place = if run.len() == 1 {
            0
        } else if i == run.start {
            1
        } else if i + 1 == run.end {
            3
        } else {
            2
        };
        out.push(Key::new(30).num(len).num(place).done());
        out.push(Key::new(31).str(&self.lower[run.end - 1]).num(place).done());
        out.push(Key::new(32).str(&self.lower[run.start]).num(place).done());
        let first_name =
            self.gazetteer[run.start].is_some_and(|(k, _)| k & (1 << GazetteerKind::FirstName.index()) != 0);
        let org_end = GAZETTEER.is_org_word(&self.lower[run.end - 1]);
        out.push(Key::new(33).num(u8::from(first_name)).num(u8::from(org_end)).num(place).done());
        out.push(Key::new(34).str(self.lower_at(run.start as isize - 1)).num(place).done());
    }

    /// Features that depend on the two tags to the left, appended to `out`.
    pub fn dynamic_features(&self, i: usize, prev: Tag, prev2: Tag, out: &mut Vec<u32>) {
        out.push(Key::new(40).num(prev).done());
        out.push(Key::new(41).num(prev).num(prev2).done());
        out.push(Key::new(42).num(prev).str(&self.lower[i]).done());
        out.push(Key::new(43).num(prev).str(&self.shapes[i]).done());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Blinken"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("2023"), "d");
        assert_eq!(shape("McDonald's"), "XxXx'x");
    }

    #[test]
    fn bilou_transitions() {
        let b_per = make_tag(0, 0);
        let l_per = make_tag(0, 2);
        let i_org = make_tag(1, 1);
        assert!(allowed(OUTSIDE, b_per));
        assert!(allowed(b_per, l_per));
        assert!(!allowed(b_per, i_org));
        assert!(!allowed(OUTSIDE, l_per));
        assert!(!allowed(b_per, OUTSIDE));
        assert!(allowed(l_per, OUTSIDE));
    }

    #[test]
    fn shouting_headlines() {
        assert!(is_shouting(&["LEICESTERSHIRE", "TAKE", "OVER", "AT", "TOP"]));
        assert!(!is_shouting(&["Blinken", "visits", "the", "US"]));
    }
}
