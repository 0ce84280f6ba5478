//! The summary: two or three of the article's own sentences, within a word budget.
//!
//! News is written lead-first, so the summary is chosen among the first few sentences of the
//! story, but not blindly the first three: every combination of one to three of the first
//! [`LOOKAHEAD`] eligible sentences that fits the budget is scored, and the best one wins. The
//! score (weights in `summary/weights.tsv`, fitted on the CNN/DM dev half) rewards covering the
//! terms the article keeps repeating, a length near what a reader wants, the lead positions,
//! and penalises first-person sentences (quotes, columns); when the text opens with a headline,
//! sentences that use the headline's terms are preferred (a hand-set weight: no dev set has
//! headlines). Page furniture (bylines, photo
//! credits, "Read more", "Sign up"…, see [`crate::extract::furniture`]), headings, datelines,
//! questions (teasers) and near-duplicates are never chosen. Sentences are quoted whole: a cut
//! sentence could misquote the article.

use crate::extract::digest::{Evidence, SummaryLine};
use crate::extract::doc::{BlockKind, Doc};
use crate::extract::furniture::{is_furniture, lead_in_end};
use crate::extract::lexicon::table_rows;
use crate::extract::terms;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Settings of the summary.
#[derive(Debug, Clone)]
pub struct SummaryOptions {
    /// Most words in the whole summary.
    pub max_words: usize,
    /// Most sentences.
    pub max_sentences: usize,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions { max_words: 75, max_sentences: 3 }
    }
}

/// How many eligible sentences from the top of the story are considered.
pub const LOOKAHEAD: usize = 6;

/// Shortest sentence worth a summary line, in words.
const MIN_WORDS: usize = 5;

/// Above this many words a sentence counts as long (often a caption run into the text).
const LONG_WORDS: usize = 45;

/// The length the `words` feature is measured against.
const REFERENCE_WORDS: f64 = 75.0;

/// Term overlap (Jaccard) at which a sentence repeats another.
const NEAR_DUPLICATE: f64 = 0.7;

// Seam for the key actors (issue #4): once the digest has actors, a feature "share of the top
// actors named" can join FEATURE_NAMES (the summary would then take the actors as input) and be
// fitted with `lede eval summary --fit` like the others.

/// How many features a candidate summary has (see [`FEATURE_NAMES`]).
pub const FEATURE_COUNT: usize = 14;

/// The features of a candidate summary, in the order of [`Weights`] and of
/// `summary/weights.tsv`: length over 75 words and its square; for each of the first six
/// eligible sentences, whether it is in; the share of the article's repeated terms covered
/// (weighted by how many sentences use them, and with log weights); how many sentences speak in
/// the first person; how many are over 45 words; the sum of the sentences' centrality (mean log
/// document frequency of their terms); the sum of their shares of the headline's terms.
pub const FEATURE_NAMES: [&str; FEATURE_COUNT] = [
    "words",
    "words_squared",
    "position_0",
    "position_1",
    "position_2",
    "position_3",
    "position_4",
    "position_5",
    "coverage",
    "log_coverage",
    "first_person",
    "long",
    "centrality",
    "headline",
];

/// Weights of the candidate score, one per feature of [`FEATURE_NAMES`].
pub type Weights = [f64; FEATURE_COUNT];

/// The weights lede uses, read from `summary/weights.tsv`.
pub static WEIGHTS: LazyLock<Weights> = LazyLock::new(|| {
    let mut w = [0.0; FEATURE_COUNT];
    for row in table_rows(include_str!("summary/weights.tsv")) {
        let Some((name, value)) = row.split_once('\t') else { continue };
        if let (Some(slot), Ok(value)) =
            (FEATURE_NAMES.iter().position(|n| *n == name), value.trim().parse::<f64>())
        {
            w[slot] = value;
        }
    }
    w
});

/// Furniture patterns, lowercase: (prefixes, substrings, lead-in ends).
/// One sentence the summary may use.
struct Candidate {
    /// Where it is.
    sentence: Evidence,
    /// Rank among the eligible sentences of the story.
    position: usize,
    words: usize,
    terms: HashSet<String>,
    first_person: bool,
    centrality: f64,
    /// Share of the headline's terms that the sentence uses (0 without a headline).
    headline: f64,
}

/// Picks the summary sentences of `doc` (see the module documentation). If no sentence fits
/// the budget, the first eligible one is the summary on its own, whole.
pub fn summarize(doc: &Doc, options: &SummaryOptions) -> Vec<SummaryLine> {
    summarize_with(doc, options, &WEIGHTS)
}

/// A combination of sentences the summary may be, with its features.
#[derive(Debug, Clone, PartialEq)]
pub struct CandidateSummary {
    /// Its sentences, in reading order.
    pub lines: Vec<Evidence>,
    /// Its features, in the order of [`FEATURE_NAMES`].
    pub features: [f64; FEATURE_COUNT],
}

/// Every combination the summary chooses from, with its features (to fit the weights).
pub fn candidate_summaries(doc: &Doc, options: &SummaryOptions) -> Vec<CandidateSummary> {
    let (_, combinations) = prepare(doc, options);
    combinations
}

/// [`summarize`] with other weights (to measure weights before they are kept).
pub fn summarize_with(doc: &Doc, options: &SummaryOptions, weights: &Weights) -> Vec<SummaryLine> {
    let (story, combinations) = prepare(doc, options);
    let quote = |e: &Evidence| &doc.text()[e.start..e.end];
    let mut best: Option<(f64, &CandidateSummary)> = None;
    for combination in &combinations {
        let score: f64 = combination.features.iter().zip(weights).map(|(f, w)| f * w).sum();
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, combination));
        }
    }
    let mut chosen: Vec<Evidence> = best.map(|(_, c)| c.lines.clone()).unwrap_or_default();
    if chosen.is_empty() {
        let fallback = story.iter().copied().find(|e| !is_question(quote(e))).or(story.first().copied());
        chosen.extend(fallback);
    }
    chosen.into_iter().map(|e| SummaryLine { text: quote(&e).to_string(), evidence: e }).collect()
}

/// The story sentences of `doc` and the candidate combinations of its first ones.
fn prepare(doc: &Doc, options: &SummaryOptions) -> (Vec<Evidence>, Vec<CandidateSummary>) {
    let story = story_sentences(doc);
    let quote = |e: &Evidence| &doc.text()[e.start..e.end];
    let headline: HashSet<String> = match doc.sentences().first() {
        Some(first) if first.kind == BlockKind::Heading => terms::term_set(doc.sentence_text(0)),
        _ => HashSet::new(),
    };
    let story_terms: Vec<HashSet<String>> = story.iter().map(|e| terms::term_set(quote(e))).collect();
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for set in &story_terms {
        for term in set {
            *frequency.entry(term.as_str()).or_insert(0) += 1;
        }
    }
    let candidates: Vec<Candidate> = story
        .iter()
        .zip(&story_terms)
        .enumerate()
        .take(LOOKAHEAD)
        .filter_map(|(position, (&sentence, set))| {
            let text = quote(&sentence);
            let words = word_count(text);
            if words < MIN_WORDS
                || words > options.max_words
                || is_question(text)
                || opens_with_quote(text)
                || lost_its_stop(text)
            {
                return None;
            }
            let log_sum: f64 = set
                .iter()
                .map(|t| frequency.get(t.as_str()).copied().unwrap_or(0))
                .filter(|&f| f >= 2)
                .map(|f| (f as f64).ln())
                .sum();
            Some(Candidate {
                sentence,
                position,
                words,
                terms: set.clone(),
                first_person: has_first_person(text),
                centrality: log_sum / (set.len() + 1) as f64,
                headline: if headline.is_empty() {
                    0.0
                } else {
                    headline.intersection(set).count() as f64 / headline.len() as f64
                },
            })
        })
        .collect();
    let combinations = combinations_of(&candidates, &frequency, options);
    (story, combinations)
}

/// The story's sentences in reading order, as quotable spans: body sentences that are not
/// furniture, with sentences glued together by a missing space ("at home.Half of parents",
/// common in text copied from web pages) taken apart, and a sharing-buttons lead-in ("Share
/// this with Email Facebook … Copy this link") cut off.
pub fn story_sentences(doc: &Doc) -> Vec<Evidence> {
    let mut story = Vec::new();
    for i in 0..doc.sentences().len() {
        if doc.sentences()[i].kind != BlockKind::Body {
            continue;
        }
        let span = doc.sentences()[i].span;
        let text = doc.sentence_text(i);
        let mut start = 0;
        for cut in glue_points(text).into_iter().chain([text.len()]) {
            let mut piece_start = start;
            let lower = text[start..cut].to_lowercase();
            // Offsets of the lowercased text are the text's own only when lowercasing kept
            // its length (it does for all but a few letters, such as "İ").
            if let Some(at) = lead_in_end(&lower)
                && lower.len() == cut - start
                && text.is_char_boundary(start + at)
            {
                piece_start = start + at;
            }
            let piece = &text[piece_start..cut];
            let trimmed_start = piece_start + (piece.len() - piece.trim_start().len());
            let trimmed_end = cut - (piece.len() - piece.trim_end().len());
            if trimmed_end > trimmed_start && !is_furniture(&text[trimmed_start..trimmed_end]) {
                story.push(Evidence {
                    sentence: i,
                    start: span.start + trimmed_start,
                    end: span.start + trimmed_end,
                });
            }
            start = cut;
        }
    }
    story
}

/// Byte offsets just after a full stop that ends one sentence and is glued to the next:
/// "home.Half" (two lowercase letters or digits, the stop, a capital, a lowercase letter).
fn glue_points(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    (2..b.len().saturating_sub(2))
        .filter(|&p| {
            matches!(b[p], b'.' | b'!' | b'?')
                && (b[p - 1].is_ascii_lowercase() || b[p - 1].is_ascii_digit())
                && (b[p - 2].is_ascii_lowercase() || b[p - 2].is_ascii_digit())
                && b[p + 1].is_ascii_uppercase()
                && b[p + 2].is_ascii_lowercase()
        })
        .map(|p| p + 1)
        .collect()
}

/// Every set of candidates within the budget, with its features. Sets come in the order: all
/// singles, then pairs, then triples, so that ties keep the earlier set.
fn combinations_of(
    candidates: &[Candidate],
    frequency: &HashMap<&str, usize>,
    options: &SummaryOptions,
) -> Vec<CandidateSummary> {
    let repeated: Vec<f64> = frequency.values().filter(|&&f| f >= 2).map(|&f| f as f64).collect();
    let total: f64 = repeated.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    let log_total: f64 = repeated.iter().map(|f| f.ln()).sum::<f64>().max(f64::MIN_POSITIVE);
    let mut out = Vec::new();
    let mut current = Vec::new();
    for size in 1..=options.max_sentences.min(candidates.len()) {
        combinations(candidates.len(), size, &mut current, 0, &mut |set| {
            let words: usize = set.iter().map(|&c| candidates[c].words).sum();
            if words > options.max_words {
                return;
            }
            if set.iter().enumerate().any(|(n, &a)| {
                set[n + 1..]
                    .iter()
                    .any(|&b| jaccard(&candidates[a].terms, &candidates[b].terms) >= NEAR_DUPLICATE)
            }) {
                return;
            }
            let covered: HashSet<&str> =
                set.iter().flat_map(|&c| candidates[c].terms.iter().map(String::as_str)).collect();
            let (mut coverage, mut log_coverage) = (0.0, 0.0);
            for term in covered {
                let f = frequency.get(term).copied().unwrap_or(0);
                if f >= 2 {
                    coverage += f as f64;
                    log_coverage += (f as f64).ln();
                }
            }
            let length = words as f64 / REFERENCE_WORDS;
            let mut features = [0.0; FEATURE_COUNT];
            features[0] = length;
            features[1] = length * length;
            features[8] = coverage / total;
            features[9] = log_coverage / log_total;
            for &c in set {
                let candidate = &candidates[c];
                if candidate.position < LOOKAHEAD {
                    features[2 + candidate.position] += 1.0;
                }
                features[10] += if candidate.first_person { 1.0 } else { 0.0 };
                features[11] += if candidate.words > LONG_WORDS { 1.0 } else { 0.0 };
                features[12] += candidate.centrality;
                features[13] += candidate.headline;
            }
            let mut lines: Vec<Evidence> = set.iter().map(|&c| candidates[c].sentence).collect();
            lines.sort_unstable_by_key(|e| e.start);
            out.push(CandidateSummary { lines, features });
        });
    }
    out
}

/// Calls `visit` with every increasing `size`-subset of `0..n`.
fn combinations(
    n: usize,
    size: usize,
    current: &mut Vec<usize>,
    from: usize,
    visit: &mut impl FnMut(&[usize]),
) {
    if current.len() == size {
        visit(current);
        return;
    }
    for i in from..n {
        current.push(i);
        combinations(n, size, current, i + 1, visit);
        current.pop();
    }
}

/// Words as a reader counts them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn is_question(text: &str) -> bool {
    text.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?')
}

/// A sentence that ends in no stop: a caption that ran into the story ("…under Margaret
/// Thatcher and Ronald Reagan The document…" is cut after "Reagan"), or a line that is not a
/// sentence. A summary quotes whole sentences.
fn lost_its_stop(text: &str) -> bool {
    !text.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']']).ends_with(['.', '!', '?', '…'])
}

/// A sentence that opens with a quotation mark: a quote as a lead reads as a teaser, and out of
/// context it misleads.
fn opens_with_quote(text: &str) -> bool {
    text.trim_start().starts_with(['"', '“', '‘', '\'', '«'])
}

/// "I", "we" or "my" as a word: the sentence speaks in the first person.
fn has_first_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|w| matches!(w, "I" | "we" | "We" | "my" | "My"))
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 { 0.0 } else { a.intersection(b).count() as f64 / union as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(text: &str, max_words: usize) -> Vec<String> {
        let doc = Doc::new(text);
        summarize(&doc, &SummaryOptions { max_words, max_sentences: 3 }).into_iter().map(|l| l.text).collect()
    }

    fn words(lines: &[String]) -> usize {
        lines.iter().map(|l| word_count(l)).sum()
    }

    #[test]
    fn takes_the_lead_within_budget() {
        let text = "Headline here\n\nThe council approved the budget for schools on Monday night. \
                    The budget includes money for new schools and roads. \
                    Critics said the council rushed the budget through. Nobody else spoke at all today.";
        let lines = summary(text, 75);
        assert_eq!(lines[0], "The council approved the budget for schools on Monday night.");
        assert!(lines.len() >= 2 && words(&lines) <= 75);
        let short = summary(text, 17);
        assert!(words(&short) <= 17 && !short.is_empty());
    }

    #[test]
    fn skips_questions_duplicates_headings_and_furniture() {
        let text = "Who pays for the new bridge across the river?\n\n\
                    By Jane Smith\n\n\
                    Is the state going to pay for the whole new bridge?\n\n\
                    The state will pay for the new bridge, officials said. \
                    The state will pay for the new bridge, officials said on Monday. \
                    Construction of the bridge starts in May and lasts two years.\n\n\
                    Sign up for our newsletter to get bridge news every day.";
        let lines = summary(text, 75);
        assert!(
            lines.iter().all(|l| !l.ends_with('?') && !l.starts_with("By ") && !l.starts_with("Sign up")),
            "{lines:?}"
        );
        assert!(lines.iter().filter(|l| l.starts_with("The state will pay")).count() <= 1, "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("Construction")), "{lines:?}");
    }

    #[test]
    fn an_overlong_lead_is_kept_whole() {
        let long = format!("{}.", vec!["word"; 90].join(" "));
        assert_eq!(summary(&long, 75), vec![long.clone()]);
    }

    #[test]
    fn stays_within_budget_and_in_text_order() {
        let topics = ["harbour", "fleet", "market", "weather", "council", "school", "bridge", "river"];
        let sentences: Vec<String> = topics
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!("The {t} story number {i} has {} details about the {t} and its people.", i + 2)
            })
            .collect();
        let text = sentences.join(" ");
        let doc = Doc::new(&text);
        let lines = summarize(&doc, &SummaryOptions::default());
        assert!((2..=3).contains(&lines.len()), "{lines:?}");
        assert!(lines.windows(2).all(|w| w[0].evidence.start < w[1].evidence.start));
        assert!(lines.iter().map(|l| word_count(&l.text)).sum::<usize>() <= 75);
    }

    #[test]
    fn glued_sentences_are_taken_apart() {
        let text = "Share this withEmailFacebookCopy this linkChildren tried new food at school.Half of the \
                    parents said so in the survey of 2015.The trust paid for it. The site grew 3.5 percent in the U.S. last year.";
        let doc = Doc::new(text);
        let story: Vec<&str> = story_sentences(&doc).iter().map(|e| &text[e.start..e.end]).collect();
        assert_eq!(story[0], "Children tried new food at school.");
        assert_eq!(story[1], "Half of the parents said so in the survey of 2015.");
        assert_eq!(story[2], "The trust paid for it.");
        assert_eq!(story[3], "The site grew 3.5 percent in the U.S. last year.");
        let lines = summarize(&doc, &SummaryOptions::default());
        assert!(lines.iter().all(|l| text[l.evidence.start..l.evidence.end] == l.text));
    }

    #[test]
    fn a_quote_is_not_the_lead() {
        let text = "\u{201c}We will never give up on this town,\u{201d} the mayor told the crowd on the square. \
                    The town council voted on Monday to close the old mill after a fire damaged its roof. \
                    Workers at the mill will be moved to the new plant outside the town next month.";
        let lines = summary(text, 75);
        assert!(!lines.is_empty() && lines.iter().all(|l| !l.starts_with('\u{201c}')), "{lines:?}");
    }

    #[test]
    fn evidence_points_at_the_sentence() {
        let text = "Title line\n\nFirst body sentence is right here. Second one follows it now.";
        let doc = Doc::new(text);
        for line in summarize(&doc, &SummaryOptions::default()) {
            assert_eq!(&text[line.evidence.start..line.evidence.end], line.text);
        }
    }

    #[test]
    fn empty_and_odd_inputs_do_not_panic() {
        for text in ["", "   ", "?", "Hi.", "A b c d e f g h? I j k l m n o p!", "\u{feff}…"] {
            let _ = summary(text, 75);
            let _ = summary(text, 1);
        }
    }
}
