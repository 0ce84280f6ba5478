//! `lede eval timeline DIR`: the digest's timeline entries against what a journalist expects of
//! them. DIR holds plain-text stories (dated by their dateline) and `expected.jsonl`, one line
//! per expected entry — `story`, `value` (and `end` for a range), `in` (words of the sentence it
//! comes from), `event` (words its event phrase must contain), `not` (words it must not) — or per
//! sentence that must give no entry (`story`, `none`: words of that sentence).
//!
//! Counted per story and overall: expected entries found with the right date, event phrases
//! meeting their criteria, spurious entries (those no expectation claims), and event phrases
//! that alter a quotation ([`alters_a_quotation`]).

use crate::article::from_plain_text;
use crate::eval::FixtureSetError;
use crate::extract::timeline::{alters_a_quotation, timeline};
use crate::extract::{Doc, TimelineEntry};
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::Path;

/// One line of `expected.jsonl`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The story's file name, in the same folder.
    pub story: String,
    /// The entry's TIMEX3 value.
    #[serde(default)]
    pub value: Option<String>,
    /// The end of a range, as a TIMEX3 value.
    #[serde(default)]
    pub end: Option<String>,
    /// Words of the sentence the entry comes from.
    #[serde(default, rename = "in")]
    pub sentence: Option<String>,
    /// Words the event phrase must contain.
    #[serde(default)]
    pub event: Vec<String>,
    /// Words the event phrase must not contain.
    #[serde(default)]
    pub not: Vec<String>,
    /// Words of a sentence that must give no entry.
    #[serde(default)]
    pub none: Option<String>,
}

/// The counts of one story (or of all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryCounts {
    /// Entries expected.
    pub expected: usize,
    /// Expected entries found with the right date in the right sentence.
    pub found: usize,
    /// Found entries whose event phrase meets its criteria.
    pub events: usize,
    /// Entries lede gave that no expectation claims.
    pub spurious: usize,
    /// Of those, entries from a sentence that must give none.
    pub from_no_entry: usize,
    /// Entries whose event phrase alters a quotation.
    pub altered: usize,
    /// Entries lede gave.
    pub system: usize,
}

impl EntryCounts {
    fn add(&mut self, other: &EntryCounts) {
        self.expected += other.expected;
        self.found += other.found;
        self.events += other.events;
        self.spurious += other.spurious;
        self.from_no_entry += other.from_no_entry;
        self.altered += other.altered;
        self.system += other.system;
    }
}

/// The outcome of the whole set.
#[derive(Debug, Clone, Default)]
pub struct TimelineReport {
    /// Each story's name and counts, in the order of `expected.jsonl`.
    pub stories: Vec<(String, EntryCounts)>,
    /// Every disagreement, one line each.
    pub errors: Vec<String>,
}

impl TimelineReport {
    /// The counts over all stories.
    pub fn overall(&self) -> EntryCounts {
        let mut all = EntryCounts::default();
        for (_, c) in &self.stories {
            all.add(c);
        }
        all
    }

    /// The report as `lede eval timeline` prints it (with `errors`, every disagreement too).
    pub fn render(&self, errors: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<16} {:>8} {:>6} {:>7} {:>6} {:>9} {:>8}",
            "story", "expected", "found", "events", "lede", "spurious", "altered"
        );
        for (name, c) in &self.stories {
            let _ = writeln!(
                out,
                "{:<16} {:>8} {:>6} {:>7} {:>6} {:>9} {:>8}",
                name, c.expected, c.found, c.events, c.system, c.spurious, c.altered
            );
        }
        if errors {
            for e in &self.errors {
                let _ = writeln!(out, "  {e}");
            }
        }
        let all = self.overall();
        let pct = |n: usize, d: usize| if d == 0 { 0.0 } else { 100.0 * n as f64 / d as f64 };
        let _ = writeln!(
            out,
            "\noverall: {} stories, {} expected entries, {} entries",
            self.stories.len(),
            all.expected,
            all.system
        );
        let _ = writeln!(
            out,
            "  found with the right date  {} ({:.1} %)",
            all.found,
            pct(all.found, all.expected)
        );
        let _ = writeln!(
            out,
            "  event phrase right         {} ({:.1} %)",
            all.events,
            pct(all.events, all.expected)
        );
        let _ = writeln!(
            out,
            "  spurious entries          {} ({} from sentences that must give none)",
            all.spurious, all.from_no_entry
        );
        let _ = writeln!(out, "  quotations altered        {}", all.altered);
        out
    }
}

/// Runs the set in folder `dir`.
pub fn evaluate(dir: &Path) -> Result<TimelineReport, FixtureSetError> {
    let list = dir.join("expected.jsonl");
    let name = list.display().to_string();
    let text =
        std::fs::read_to_string(&list).map_err(|e| FixtureSetError::Read(name.clone(), e.to_string()))?;
    let mut expectations: Vec<Expectation> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: Expectation = serde_json::from_str(line)
            .map_err(|e| FixtureSetError::Parse(name.clone(), n + 1, e.to_string()))?;
        expectations.push(item);
    }
    let mut stories: Vec<String> = Vec::new();
    for e in &expectations {
        if !stories.contains(&e.story) {
            stories.push(e.story.clone());
        }
    }
    let mut report = TimelineReport::default();
    for story in stories {
        let path = dir.join(&story);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| FixtureSetError::Read(path.display().to_string(), e.to_string()))?;
        let article =
            from_plain_text(text).map_err(|e| FixtureSetError::Article(story.clone(), e.to_string()))?;
        let doc = Doc::new(&article.text);
        let anchor = article.published.map_or(jiff::civil::date(2000, 1, 1), |p| p.date());
        let entries = timeline(&doc, anchor);
        let mine: Vec<&Expectation> = expectations.iter().filter(|e| e.story == story).collect();
        let counts = score_story(&story, &doc, &entries, &mine, &mut report.errors);
        report.stories.push((story, counts));
    }
    Ok(report)
}

/// True when `needle` occurs in `hay` as whole words, whatever the case.
fn has_words(hay: &str, needle: &str) -> bool {
    let hay = hay.to_lowercase();
    let needle = needle.to_lowercase();
    hay.match_indices(&needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = hay[i + m.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// Whether an event phrase meets an expectation's criteria; the words that fail if not.
fn event_faults(event: &str, expected: &Expectation) -> Vec<String> {
    let missing = expected.event.iter().filter(|w| !has_words(event, w)).map(|w| format!("lacks {w:?}"));
    let extra = expected.not.iter().filter(|w| has_words(event, w)).map(|w| format!("has {w:?}"));
    missing.chain(extra).collect()
}

fn score_story(
    story: &str,
    doc: &Doc,
    entries: &[TimelineEntry],
    expected: &[&Expectation],
    errors: &mut Vec<String>,
) -> EntryCounts {
    let mut counts = EntryCounts { system: entries.len(), ..EntryCounts::default() };
    let sentence = |e: &TimelineEntry| doc.sentence_text(e.evidence.sentence);
    let mut claimed = vec![false; entries.len()];
    for exp in expected {
        let Some(value) = &exp.value else { continue };
        counts.expected += 1;
        let candidates: Vec<usize> = (0..entries.len())
            .filter(|&k| {
                let e = &entries[k];
                !claimed[k]
                    && &e.value == value
                    && e.end == exp.end
                    && exp.sentence.as_deref().is_none_or(|s| sentence(e).contains(s))
            })
            .collect();
        let best = candidates.iter().copied().find(|&k| event_faults(&entries[k].event, exp).is_empty());
        let Some(k) = best.or(candidates.first().copied()) else {
            let near: Vec<String> = entries
                .iter()
                .filter(|e| exp.sentence.as_deref().is_none_or(|s| sentence(e).contains(s)))
                .map(|e| {
                    format!("{}{}", e.value, e.end.as_ref().map(|x| format!("/{x}")).unwrap_or_default())
                })
                .collect();
            errors.push(format!(
                "{story}: missed {value}{} in {:?} (lede there: {})",
                exp.end.as_ref().map(|x| format!("/{x}")).unwrap_or_default(),
                exp.sentence.as_deref().unwrap_or(""),
                if near.is_empty() { "nothing".to_string() } else { near.join(", ") }
            ));
            continue;
        };
        claimed[k] = true;
        counts.found += 1;
        let faults = event_faults(&entries[k].event, exp);
        if faults.is_empty() {
            counts.events += 1;
        } else {
            errors.push(format!("{story}: {} event {:?} {}", value, entries[k].event, faults.join(", ")));
        }
    }
    let no_entry: Vec<&str> = expected.iter().filter_map(|e| e.none.as_deref()).collect();
    for (k, e) in entries.iter().enumerate() {
        if alters_a_quotation(sentence(e), &e.event) {
            counts.altered += 1;
            errors.push(format!("{story}: {} event {:?} alters a quotation", e.value, e.event));
        }
        if claimed[k] {
            continue;
        }
        counts.spurious += 1;
        let forbidden = no_entry.iter().any(|n| sentence(e).contains(n));
        if forbidden {
            counts.from_no_entry += 1;
        }
        errors.push(format!(
            "{story}: spurious {} ({:?}) event {:?}{}",
            e.value,
            e.text,
            e.event,
            if forbidden { " from a sentence that must give none" } else { "" }
        ));
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_whole() {
        assert!(has_words("the council said on Monday", "Council said"));
        assert!(!has_words("the councillors said", "council"));
        assert!(has_words("…approved a budget", "approved"));
    }

    #[test]
    fn a_story_is_scored_against_its_expectations() {
        let text = "The council approved the budget on Monday, the clerk said. Taxes rise in July.";
        let doc = Doc::new(text);
        let entries = timeline(&doc, jiff::civil::date(2023, 6, 14));
        let line = |s: &str| serde_json::from_str::<Expectation>(s).unwrap();
        let expected = [
            line(
                r#"{"story": "s", "value": "2023-06-12", "in": "approved", "event": ["approved"], "not": ["Monday"]}"#,
            ),
            // a wrong date: missed, and the July entry is spurious
            line(r#"{"story": "s", "value": "2023-08", "in": "Taxes", "event": ["Taxes"]}"#),
            line(r#"{"story": "s", "none": "Taxes rise"}"#),
        ];
        let refs: Vec<&Expectation> = expected.iter().collect();
        let mut errors = Vec::new();
        let c = score_story("s", &doc, &entries, &refs, &mut errors);
        assert_eq!((c.expected, c.found, c.events), (2, 1, 1), "{errors:?}");
        assert_eq!((c.spurious, c.from_no_entry, c.altered), (1, 1, 0), "{errors:?}");
    }
}
