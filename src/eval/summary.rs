//! `lede eval summary`: our summaries and Lead-3 against reference summaries, side by side.
//!
//! Input: JSON Lines, one article a line, with `article` (the text), `reference` (the
//! reference summary; CNN/DM highlights are joined by " . " and are split back into one per
//! line) and, optionally, `article_lines` (a sentence split; Lead-3 is its first three items,
//! as in the published figures, else the first three of the story sentences lede's summary
//! chooses from: body sentences, glued sentences taken apart, furniture left out).

use crate::eval::rouge::{self, Rouge};
use crate::extract::Doc;
use crate::extract::summary::{self, FEATURE_COUNT, FEATURE_NAMES, SummaryOptions, Weights, word_count};
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

/// Reads the data file's rows.
fn read_rows(path: &str) -> Result<Vec<Row>, SummaryEvalError> {
    let data =
        std::fs::read_to_string(path).map_err(|e| SummaryEvalError::Read(path.into(), e.to_string()))?;
    let mut rows = Vec::new();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        rows.push(
            serde_json::from_str(line)
                .map_err(|e| SummaryEvalError::Parse(path.into(), n + 1, e.to_string()))?,
        );
    }
    if rows.is_empty() {
        return Err(SummaryEvalError::Empty(path.into()));
    }
    Ok(rows)
}

/// The reference with one highlight a line (CNN/DM joins them with " . ").
fn reference_lines(row: &Row) -> String {
    row.reference.split(" . ").map(str::trim).collect::<Vec<_>>().join("\n")
}

/// Lead-3 for a row: the first three of `article_lines` when given, else of the story sentences.
fn lead3_lines(row: &Row, doc: &Doc) -> Vec<String> {
    match &row.article_lines {
        Some(lines) => lines.iter().take(3).cloned().collect(),
        None => summary::story_sentences(doc)
            .into_iter()
            .take(3)
            .map(|e| doc.span_text(e.span()).to_string())
            .collect(),
    }
}

/// Scores lede's summaries and Lead-3 on the JSON Lines file at `path`.
pub fn evaluate(path: &str, options: &SummaryOptions) -> Result<SummaryReport, SummaryEvalError> {
    evaluate_with(path, options, &summary::WEIGHTS)
}

/// [`evaluate`] with other summary weights.
pub fn evaluate_with(
    path: &str,
    options: &SummaryOptions,
    weights: &Weights,
) -> Result<SummaryReport, SummaryEvalError> {
    let mut report = SummaryReport::default();
    for row in read_rows(path)? {
        let reference = reference_lines(&row);
        let doc = Doc::new(&row.article);
        let ours: Vec<String> =
            summary::summarize_with(&doc, options, weights).into_iter().map(|l| l.text).collect();
        let lead3 = lead3_lines(&row, &doc);
        for (system, lines) in [(&mut report.ours, ours), (&mut report.lead3, lead3)] {
            let candidate = lines.iter().map(|l| l.replace('\n', " ")).collect::<Vec<_>>().join("\n");
            system.articles.push(rouge::score(&reference, &candidate));
            system.words.push(lines.iter().map(|l| word_count(l)).sum());
        }
    }
    Ok(report)
}

/// Summary weights fitted on a data file, and how well weights fitted on one half do on the
/// other.
#[derive(Debug, Clone)]
pub struct FitReport {
    /// Weights fitted on the whole file (the headline weight is kept as it is: no data set has
    /// headlines).
    pub weights: Weights,
    /// 2-fold cross-validation: (lede's R1, Lead-3's R1) × 100 on the odd-numbered articles
    /// with weights fitted on the even-numbered ones, and the reverse.
    pub folds: [(f64, f64); 2],
}

/// Ridge penalty of the fit.
pub const RIDGE_LAMBDA: f64 = 1.0;

/// One article prepared for fitting: its candidate summaries' features and ROUGE-1 F1.
struct FitArticle {
    features: Vec<[f64; FEATURE_COUNT]>,
    targets: Vec<f64>,
}

/// Fits the summary weights on the file at `path` by ridge regression of each candidate
/// summary's ROUGE-1 F1 on its features (both centred per article, so only the ranking within
/// an article counts), and cross-validates the fit on two halves (even- and odd-numbered
/// articles).
pub fn fit(path: &str, options: &SummaryOptions) -> Result<FitReport, SummaryEvalError> {
    let rows = read_rows(path)?;
    let articles: Vec<FitArticle> = rows
        .iter()
        .map(|row| {
            let reference = rouge::tokenize(&reference_lines(row));
            let doc = Doc::new(&row.article);
            let (features, targets) = summary::candidate_summaries(&doc, options)
                .into_iter()
                .map(|c| {
                    let text: Vec<&str> = c.lines.iter().map(|e| doc.span_text(e.span())).collect();
                    (c.features, rouge::rouge_n(&reference, &rouge::tokenize(&text.join("\n")), 1).f1)
                })
                .unzip();
            FitArticle { features, targets }
        })
        .collect();
    let all: Vec<usize> = (0..rows.len()).collect();
    let weights = solve_ridge(&articles, &all);
    let mut folds = [(0.0, 0.0); 2];
    for (fold, slot) in folds.iter_mut().enumerate() {
        let train: Vec<usize> = all.iter().copied().filter(|i| i % 2 == fold).collect();
        let w = solve_ridge(&articles, &train);
        let (mut ours, mut lead) = (Vec::new(), Vec::new());
        for row in all.iter().filter(|i| *i % 2 != fold).map(|&i| &rows[i]) {
            let reference = reference_lines(row);
            let doc = Doc::new(&row.article);
            let lines: Vec<String> = summary::summarize_with(&doc, options, &w)
                .into_iter()
                .map(|l| l.text.replace('\n', " "))
                .collect();
            ours.push(100.0 * rouge::score(&reference, &lines.join("\n")).rouge1.f1);
            let lead3: Vec<String> = lead3_lines(row, &doc).iter().map(|l| l.replace('\n', " ")).collect();
            lead.push(100.0 * rouge::score(&reference, &lead3.join("\n")).rouge1.f1);
        }
        *slot = (mean(&ours), mean(&lead));
    }
    Ok(FitReport { weights, folds })
}

/// Ridge regression over the articles `use_articles`; the headline weight is kept.
fn solve_ridge(articles: &[FitArticle], use_articles: &[usize]) -> Weights {
    let mut xtx = [[0.0; FEATURE_COUNT]; FEATURE_COUNT];
    let mut xty = [0.0; FEATURE_COUNT];
    for article in use_articles.iter().map(|&i| &articles[i]).filter(|a| !a.features.is_empty()) {
        let n = article.features.len() as f64;
        let mut mean_x = [0.0; FEATURE_COUNT];
        for f in &article.features {
            for (m, v) in mean_x.iter_mut().zip(f) {
                *m += v / n;
            }
        }
        let mean_y = article.targets.iter().sum::<f64>() / n;
        for (f, y) in article.features.iter().zip(&article.targets) {
            let x: Vec<f64> = f.iter().zip(&mean_x).map(|(v, m)| v - m).collect();
            for a in 0..FEATURE_COUNT {
                xty[a] += x[a] * (y - mean_y);
                for b in 0..FEATURE_COUNT {
                    xtx[a][b] += x[a] * x[b];
                }
            }
        }
    }
    for (k, row) in xtx.iter_mut().enumerate() {
        row[k] += RIDGE_LAMBDA;
    }
    let mut w = gaussian_solve(xtx, xty);
    if let Some(headline) = FEATURE_NAMES.iter().position(|n| *n == "headline") {
        w[headline] = summary::WEIGHTS[headline];
    }
    w
}

/// Solves `a · x = b` by Gaussian elimination with partial pivoting (`a` is positive definite
/// here, thanks to the ridge term).
fn gaussian_solve(mut a: [[f64; FEATURE_COUNT]; FEATURE_COUNT], mut b: [f64; FEATURE_COUNT]) -> Weights {
    let n = FEATURE_COUNT;
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs())).unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        if a[col][col].abs() < 1e-12 {
            continue;
        }
        for row in col + 1..n {
            let factor = a[row][col] / a[col][col];
            let pivot_row = a[col];
            for (cell, p) in a[row][col..].iter_mut().zip(&pivot_row[col..]) {
                *cell -= factor * p;
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = [0.0; FEATURE_COUNT];
    for row in (0..n).rev() {
        let rest: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-12 { 0.0 } else { (b[row] - rest) / a[row][row] };
    }
    x
}

impl FitReport {
    /// The fit as `lede eval summary --fit` prints it: the weights in `weights.tsv` form, then
    /// the cross-validated figures.
    pub fn render(&self) -> String {
        let mut out =
            format!("# weights fitted on this file (ridge, lambda {RIDGE_LAMBDA}; headline kept as set)\n");
        for (name, w) in FEATURE_NAMES.iter().zip(&self.weights) {
            let _ = writeln!(out, "{name}\t{w:.4}");
        }
        let [(a, la), (b, lb)] = self.folds;
        let _ = writeln!(
            out,
            "2-fold cross-validated R1 (weights fitted on one half, scored on the other): lede {:.2} \
             (halves {a:.2}, {b:.2}), Lead-3 {:.2} (halves {la:.2}, {lb:.2}), difference {:+.2}",
            (a + b) / 2.0,
            (la + lb) / 2.0,
            (a + b - la - lb) / 2.0
        );
        out
    }
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
    fn gaussian_solve_solves_a_diagonal_and_a_coupled_system() {
        let mut a = [[0.0; FEATURE_COUNT]; FEATURE_COUNT];
        let mut b = [0.0; FEATURE_COUNT];
        for k in 0..FEATURE_COUNT {
            a[k][k] = 2.0;
            b[k] = k as f64;
        }
        a[0][1] = 1.0;
        a[1][0] = 1.0;
        b[0] = 3.0; // 2x + y = 3, x + 2y = 3 → x = y = 1
        b[1] = 3.0;
        let x = gaussian_solve(a, b);
        assert!((x[0] - 1.0).abs() < 1e-9 && (x[1] - 1.0).abs() < 1e-9);
        assert!((x[5] - 2.5).abs() < 1e-9);
    }

    #[test]
    fn fit_runs_on_a_small_file() {
        let dir = std::env::temp_dir().join(format!("lede-summary-fit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("tiny.jsonl");
        let article = "The council approved the new budget on Monday night after a long debate. \
                       Schools get more money for teachers and books this year. \
                       Roads get less money than last year, the council said. \
                       The mayor was not there at all for the budget vote.";
        let mut lines = String::new();
        for _ in 0..4 {
            let row = serde_json::json!({"article": article, "reference": "council approved budget . schools get more money"});
            lines.push_str(&format!("{row}\n"));
        }
        std::fs::write(&path, lines).unwrap();
        let report = fit(&path.to_string_lossy(), &SummaryOptions::default()).unwrap();
        assert!(report.weights.iter().all(|w| w.is_finite()));
        assert!(report.render().contains("cross-validated"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn standard_error_of_known_values() {
        assert!((standard_error(&[1.0, 2.0, 3.0, 4.0]) - (5.0f64 / 3.0 / 4.0).sqrt()).abs() < 1e-12);
    }
}
