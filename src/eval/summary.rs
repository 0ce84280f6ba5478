//! `lede eval summary`: our summaries and Lead-3 against reference summaries, side by side.
//!
//! Input: JSON Lines, one article a line, with `article` (the text), `reference` (the
//! reference summary; CNN/DM highlights are joined by " . " and are split back into one per
//! line) and, optionally, `article_lines` (a sentence split; Lead-3 is its first three items,
//! as in the published figures, else the first three of the story sentences lede's summary
//! chooses from: body sentences, glued sentences taken apart, furniture left out).

use crate::eval::rouge::{self, Rouge};
use crate::extract::Doc;
use crate::extract::summary::{self, SummaryOptions, word_count};
use serde::Deserialize;
use std::fmt::Write as _;
use thiserror::Error;

/// Why a summary data file could not be scored.
#[derive(Debug, Error)]
pub enum SummaryEvalError {
    /// The file cannot be read.
    #[error("{0}: cannot read it: {1}")]
    Read(String, String),
    /// A line is not the JSON we expect.
    #[error("{0}, line {1}: {2}")]
    Parse(String, usize, String),
    /// No article in the file.
    #[error("{0}: no articles in it")]
    Empty(String),
}

/// One line of the data file.
#[derive(Debug, Deserialize)]
struct Row {
    article: String,
    reference: String,
    #[serde(default)]
    article_lines: Option<Vec<String>>,
}

/// The scores of one system over a data set, article by article.
#[derive(Debug, Clone, Default)]
pub struct SystemScores {
    /// Per-article ROUGE.
    pub articles: Vec<Rouge>,
    /// Per-article summary length in words.
    pub words: Vec<usize>,
}

impl SystemScores {
    fn mean(&self, pick: impl Fn(&Rouge) -> f64) -> f64 {
        mean(&self.articles.iter().map(pick).collect::<Vec<_>>())
    }
}

/// Ours and Lead-3 over one data file.
#[derive(Debug, Clone, Default)]
pub struct SummaryReport {
    /// lede's summaries.
    pub ours: SystemScores,
    /// The first three sentences.
    pub lead3: SystemScores,
}

/// Scores lede's summaries and Lead-3 on the JSON Lines file at `path`.
pub fn evaluate(path: &str, options: &SummaryOptions) -> Result<SummaryReport, SummaryEvalError> {
    let data =
        std::fs::read_to_string(path).map_err(|e| SummaryEvalError::Read(path.into(), e.to_string()))?;
    let mut report = SummaryReport::default();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let row: Row = serde_json::from_str(line)
            .map_err(|e| SummaryEvalError::Parse(path.into(), n + 1, e.to_string()))?;
        let reference = row.reference.split(" . ").map(str::trim).collect::<Vec<_>>().join("\n");
        let doc = Doc::new(&row.article);
        let ours: Vec<String> = summary::summarize(&doc, options).into_iter().map(|l| l.text).collect();
        let lead3: Vec<String> = match &row.article_lines {
            Some(lines) => lines.iter().take(3).cloned().collect(),
            None => summary::story_sentences(&doc)
                .into_iter()
                .take(3)
                .map(|e| doc.span_text(e.span()).to_string())
                .collect(),
        };
        for (system, lines) in [(&mut report.ours, ours), (&mut report.lead3, lead3)] {
            let candidate = lines.iter().map(|l| l.replace('\n', " ")).collect::<Vec<_>>().join("\n");
            system.articles.push(rouge::score(&reference, &candidate));
            system.words.push(lines.iter().map(|l| word_count(l)).sum());
        }
    }
    if report.ours.articles.is_empty() {
        return Err(SummaryEvalError::Empty(path.into()));
    }
    Ok(report)
}

impl SummaryReport {
    /// How many of lede's summaries are longer than `max_words` (only when no sentence fits:
    /// the first one is then kept whole rather than cut).
    pub fn over_budget(&self, max_words: usize) -> usize {
        self.ours.words.iter().filter(|&&w| w > max_words).count()
    }

    /// The report as `lede eval summary` prints it: mean F1 × 100 of each measure for both
    /// systems, then the paired difference with its standard error.
    pub fn render(&self, path: &str) -> String {
        let mut out = String::new();
        let n = self.ours.articles.len();
        let _ = writeln!(out, "summary: {path} ({n} articles; ROUGE F1 x 100, mean over articles)");
        let _ = writeln!(
            out,
            "{:<8} {:>6} {:>6} {:>6} {:>6} {:>7}",
            "system", "R1", "R2", "RL", "RLsum", "words"
        );
        for (name, s) in [("lede", &self.ours), ("Lead-3", &self.lead3)] {
            let words = mean(&s.words.iter().map(|&w| w as f64).collect::<Vec<_>>());
            let _ = writeln!(
                out,
                "{name:<8} {:>6.2} {:>6.2} {:>6.2} {:>6.2} {words:>7.1}",
                100.0 * s.mean(|r| r.rouge1.f1),
                100.0 * s.mean(|r| r.rouge2.f1),
                100.0 * s.mean(|r| r.rouge_l.f1),
                100.0 * s.mean(|r| r.rouge_lsum.f1),
            );
        }
        let _ = write!(out, "lede - Lead-3 (paired, mean ± standard error):");
        type Pick = fn(&Rouge) -> f64;
        let measures: [(&str, Pick); 3] =
            [("R1", |r| r.rouge1.f1), ("R2", |r| r.rouge2.f1), ("RLsum", |r| r.rouge_lsum.f1)];
        for (name, pick) in measures {
            let diffs: Vec<f64> = self
                .ours
                .articles
                .iter()
                .zip(&self.lead3.articles)
                .map(|(a, b)| 100.0 * (pick(a) - pick(b)))
                .collect();
            let _ = write!(out, "  {name} {:+.2} ± {:.2}", mean(&diffs), standard_error(&diffs));
        }
        let _ = writeln!(out);
        let budget = SummaryOptions::default().max_words;
        let _ = writeln!(out, "lede summaries over {budget} words: {} of {n}", self.over_budget(budget));
        out
    }
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() { 0.0 } else { values.iter().sum::<f64>() / values.len() as f64 }
}

/// Standard error of the mean (sample standard deviation / √n).
fn standard_error(values: &[f64]) -> f64 {
    let n = values.len();
    if n < 2 {
        return 0.0;
    }
    let m = mean(values);
    let variance = values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (n - 1) as f64;
    (variance / n as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_small_file_with_lead3_beside() {
        let dir = std::env::temp_dir().join(format!("lede-summary-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("tiny.jsonl");
        let article = "The council approved the new budget on Monday night. Schools get more money. \
                       Roads get less than last year. The mayor was not there at all.";
        let line = serde_json::json!({"article": article, "reference": "council approved budget . schools get more money"});
        std::fs::write(&path, format!("{line}\n\n")).unwrap();
        let path = path.to_string_lossy().to_string();
        let report = evaluate(&path, &SummaryOptions::default()).unwrap();
        assert_eq!(report.ours.articles.len(), 1);
        assert!(report.lead3.mean(|r| r.rouge1.recall) > 0.99);
        assert!(report.render(&path).contains("Lead-3"));
        assert!(matches!(
            evaluate(&format!("{path}.missing"), &SummaryOptions::default()),
            Err(SummaryEvalError::Read(..))
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn standard_error_of_known_values() {
        assert!((standard_error(&[1.0, 2.0, 3.0, 4.0]) - (5.0f64 / 3.0 / 4.0).sqrt()).abs() < 1e-12);
    }
}
