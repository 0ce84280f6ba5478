//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1, computed as Google's `rouge-score` package
//! (0.1.2, `use_stemmer=True`) computes them, so that our figures compare with published ones:
//! lowercase, every run of characters outside `[a-z0-9]` is a separator, the Porter stemmer
//! (NLTK's variant) on tokens longer than three characters.

use crate::extract::porter;
use std::collections::HashMap;

/// Precision, recall and F1 of one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    /// Share of the candidate found in the reference.
    pub precision: f64,
    /// Share of the reference found in the candidate.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

impl Score {
    fn new(precision: f64, recall: f64) -> Score {
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Score { precision, recall, f1 }
    }
}

/// The four ROUGE measures of one candidate against one reference.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rouge {
    /// Unigram overlap.
    pub rouge1: Score,
    /// Bigram overlap.
    pub rouge2: Score,
    /// Longest common subsequence over the whole texts.
    pub rouge_l: Score,
    /// Summary-level LCS over sentences, one per line (what CNN/DM papers report as "RL").
    pub rouge_lsum: Score,
}

/// Scores `candidate` against `reference`; both hold one sentence per line (lines matter
/// only for ROUGE-Lsum).
pub fn score(reference: &str, candidate: &str) -> Rouge {
    let ref_tokens = tokenize(reference);
    let cand_tokens = tokenize(candidate);
    let ref_lines: Vec<Vec<String>> = reference.split('\n').filter(|l| !l.is_empty()).map(tokenize).collect();
    let cand_lines: Vec<Vec<String>> =
        candidate.split('\n').filter(|l| !l.is_empty()).map(tokenize).collect();
    Rouge {
        rouge1: ngram_score(&ref_tokens, &cand_tokens, 1),
        rouge2: ngram_score(&ref_tokens, &cand_tokens, 2),
        rouge_l: lcs_score(&ref_tokens, &cand_tokens),
        rouge_lsum: summary_lcs_score(&ref_lines, &cand_lines),
    }
}

/// ROUGE-N of already tokenized texts (see [`tokenize`]): cheaper when one reference is
/// scored against many candidates.
pub fn rouge_n(reference: &[String], candidate: &[String], n: usize) -> Score {
    ngram_score(reference, candidate, n)
}

/// Tokens as `rouge-score` cuts them: lowercase alphanumeric runs, stemmed when longer than
/// three characters.
pub fn tokenize(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_ascii_lowercase() && !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .map(|t| if t.len() > 3 { porter::stem(t) } else { t.to_string() })
        .filter(|t| !t.is_empty())
        .collect()
}

fn ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts = HashMap::new();
    if tokens.len() >= n {
        for gram in tokens.windows(n) {
            *counts.entry(gram).or_insert(0) += 1;
        }
    }
    counts
}

fn ngram_score(reference: &[String], candidate: &[String], n: usize) -> Score {
    let ref_grams = ngrams(reference, n);
    let cand_grams = ngrams(candidate, n);
    let overlap: usize =
        ref_grams.iter().map(|(gram, &count)| count.min(cand_grams.get(gram).copied().unwrap_or(0))).sum();
    let ref_total: usize = ref_grams.values().sum();
    let cand_total: usize = cand_grams.values().sum();
    Score::new(overlap as f64 / cand_total.max(1) as f64, overlap as f64 / ref_total.max(1) as f64)
}

/// The LCS length table: `t[i][j]` is the LCS of `a[..i]` and `b[..j]`.
fn lcs_table(a: &[String], b: &[String]) -> Vec<Vec<u32>> {
    let mut t = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            t[i][j] = if a[i - 1] == b[j - 1] { t[i - 1][j - 1] + 1 } else { t[i - 1][j].max(t[i][j - 1]) };
        }
    }
    t
}

fn lcs_score(reference: &[String], candidate: &[String]) -> Score {
    if reference.is_empty() || candidate.is_empty() {
        return Score::default();
    }
    let lcs = f64::from(lcs_table(reference, candidate)[reference.len()][candidate.len()]);
    Score::new(lcs / candidate.len() as f64, lcs / reference.len() as f64)
}

/// Indices into `reference` of one LCS with `candidate`, backtracked as `rouge-score` does.
fn lcs_indices(reference: &[String], candidate: &[String]) -> Vec<usize> {
    let t = lcs_table(reference, candidate);
    let (mut i, mut j) = (reference.len(), candidate.len());
    let mut found = Vec::new();
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            found.push(i - 1);
            i -= 1;
            j -= 1;
        } else if t[i][j - 1] > t[i - 1][j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    found
}

fn summary_lcs_score(reference: &[Vec<String>], candidate: &[Vec<String>]) -> Score {
    let ref_total: usize = reference.iter().map(Vec::len).sum();
    let cand_total: usize = candidate.iter().map(Vec::len).sum();
    if ref_total == 0 || cand_total == 0 {
        return Score::default();
    }
    let mut ref_left: HashMap<&str, usize> = HashMap::new();
    for token in reference.iter().flatten() {
        *ref_left.entry(token).or_insert(0) += 1;
    }
    let mut cand_left: HashMap<&str, usize> = HashMap::new();
    for token in candidate.iter().flatten() {
        *cand_left.entry(token).or_insert(0) += 1;
    }
    let mut hits = 0usize;
    for sentence in reference {
        let mut union: Vec<usize> = candidate.iter().flat_map(|c| lcs_indices(sentence, c)).collect();
        union.sort_unstable();
        union.dedup();
        for index in union {
            let token = sentence[index].as_str();
            let (Some(r), Some(c)) = (ref_left.get(token).copied(), cand_left.get(token).copied()) else {
                continue;
            };
            if r > 0 && c > 0 {
                hits += 1;
                ref_left.insert(token, r - 1);
                cand_left.insert(token, c - 1);
            }
        }
    }
    Score::new(hits as f64 / cand_total as f64, hits as f64 / ref_total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn tokenizes_like_rouge_score() {
        assert_eq!(
            tokenize("The Zürich-based firm's CEO resigned, 2009!"),
            ["the", "z", "rich", "base", "firm", "s", "ceo", "resign", "2009"]
        );
    }

    #[test]
    fn unigrams_and_bigrams() {
        let r = score("the cat sat on the mat", "the cat lay on the mat");
        assert!(close(r.rouge1.f1, 5.0 / 6.0));
        assert!(close(r.rouge2.precision, 3.0 / 5.0));
        assert!(close(r.rouge_l.f1, 5.0 / 6.0));
    }

    #[test]
    fn summary_level_lcs_counts_each_token_once() {
        // Reference sentence 1 shares "police arrested" with both candidate lines; the union
        // and the count limits keep it from being counted twice.
        let r = score("police arrested a man\nhe was released", "police arrested him\npolice arrested a man");
        // Reference tokens: police arrest a man he was releas (7); candidate: 7 tokens.
        assert!(close(r.rouge_lsum.recall, 4.0 / 7.0), "{:?}", r.rouge_lsum);
        assert!(close(r.rouge_lsum.precision, 4.0 / 7.0));
    }

    #[test]
    fn empty_sides_score_zero() {
        assert_eq!(score("", "something here").rouge1.f1, 0.0);
        assert_eq!(score("something", "").rouge_lsum.f1, 0.0);
        assert_eq!(score("a b", "c d").rouge_l.f1, 0.0);
    }
}
