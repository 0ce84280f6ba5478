//! The too-little-text gate against a manifest of pages (`tests/fixtures/article-gate`):
//! each page's expected outcome (an article, too little text, not an article) and, for
//! articles, the first and last words its body must hold. A page `NAME.html` with a
//! `NAME.body.txt` beside it (`tests/fixtures/article-pages`) is also scored against that body
//! with the WCXB word F1 and the Scrapinghub shingle score of [`crate::eval::extract`]. Used by
//! `lede eval extract` on a folder with an `expected.tsv`, and by `tests/article_gate.rs` and
//! `tests/article_pages.rs`.

use crate::article::{ArticleError, from_html};
use crate::eval::extract::{ShingleScore, shingle_counts, word_prf};
use anyhow::{Context, Result};
use jiff::civil::Date;
use std::path::Path;

/// What reading a page gave, as the manifest words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// An article was read.
    Article,
    /// Too little text: a teaser or a paywall.
    TooLittleText,
    /// Not an article: a listing, a media page, a form.
    NotArticle,
    /// The page was empty.
    Empty,
}

impl Outcome {
    /// The manifest's word for the outcome.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Article => "article",
            Outcome::TooLittleText => "too-little-text",
            Outcome::NotArticle => "not-article",
            Outcome::Empty => "empty",
        }
    }
}

/// One page of the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatePage {
    /// File name inside the folder.
    pub file: String,
    /// Kind of page: brief, teaser, not-article, article.
    pub kind: String,
    /// Expected outcome.
    pub expected: String,
    /// Words of the body as written (articles and teasers).
    pub body_words: Option<usize>,
    /// First words the body must hold (articles only).
    pub first: Option<String>,
    /// Last words the body must hold (articles only).
    pub last: Option<String>,
}

/// An article body scored against the body written for the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyScore {
    /// Word precision, recall and F1 (bags of lowercase `\w+` tokens, as WCXB scores).
    pub word: (f64, f64, f64),
    /// Shingle counts normalised to sum to one: (tp, fp, fn), as Scrapinghub scores.
    pub shingle: (f64, f64, f64),
}

/// One page's result against the manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct GateResult {
    /// The page.
    pub page: GatePage,
    /// What lede gave.
    pub outcome: Outcome,
    /// Words of body text found (the article's, or the count the error reports).
    pub words: usize,
    /// For articles: the body holds the first and last words.
    pub body_ok: bool,
    /// The body text read (empty when no article was read).
    pub text: String,
    /// The body scored against `NAME.body.txt`, when the folder has one for the page (a page
    /// with no article scores zero).
    pub score: Option<BodyScore>,
}

impl GateResult {
    /// True when the outcome is the expected one (and an article's body is complete).
    pub fn passed(&self) -> bool {
        self.outcome.as_str() == self.page.expected && (self.outcome != Outcome::Article || self.body_ok)
    }
}

/// Reads `expected.tsv` in `dir`: file, kind, expected, body words, first words, last words,
/// note (tab-separated; `#` lines are comments; `-` for none).
pub fn read_manifest(dir: &Path) -> Result<Vec<GatePage>> {
    let path = dir.join("expected.tsv");
    let text = std::fs::read_to_string(&path).with_context(|| format!("read {}", path.display()))?;
    let field = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty() && *s != "-").map(str::to_string);
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some(GatePage {
                file: field(cols.first().copied())?,
                kind: field(cols.get(1).copied())?,
                expected: field(cols.get(2).copied())?,
                body_words: field(cols.get(3).copied()).and_then(|n| n.parse().ok()),
                first: field(cols.get(4).copied()),
                last: field(cols.get(5).copied()),
            })
        })
        .collect())
}

/// Reads every page of the manifest in `dir` with [`from_html`] on `today`.
pub fn run_gate(dir: &Path, today: Date) -> Result<Vec<GateResult>> {
    read_manifest(dir)?
        .into_iter()
        .map(|page| {
            let path = dir.join(&page.file);
            let bytes = std::fs::read(&path).with_context(|| format!("read {}", path.display()))?;
            let html = crate::article::decode::decode(&bytes, None);
            let truth = std::fs::read_to_string(body_path(dir, &page.file)).ok();
            Ok(judge(page, from_html(&html, None, today).map(|a| a.article.text), truth.as_deref()))
        })
        .collect()
}

/// `NAME.body.txt` beside `NAME.html`.
fn body_path(dir: &Path, file: &str) -> std::path::PathBuf {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    dir.join(format!("{stem}.body.txt"))
}

fn judge(page: GatePage, result: Result<String, ArticleError>, truth: Option<&str>) -> GateResult {
    let text = result.as_ref().map(String::clone).unwrap_or_default();
    let score = truth.map(|t| BodyScore { word: word_prf(t, &text), shingle: shingle_counts(t, &text) });
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (outcome, words, body_ok) = match result {
        Ok(text) => {
            let body = squeeze(&text);
            let holds = |w: &Option<String>| w.as_ref().is_none_or(|w| body.contains(&squeeze(w)));
            let ok = holds(&page.first) && holds(&page.last);
            (Outcome::Article, body.split(' ').filter(|w| !w.is_empty()).count(), ok)
        }
        Err(ArticleError::TooLittleText { words }) => (Outcome::TooLittleText, words, false),
        Err(ArticleError::NotArticle) => (Outcome::NotArticle, 0, false),
        Err(ArticleError::Empty) => (Outcome::Empty, 0, false),
    };
    GateResult { page, outcome, words, body_ok, text, score }
}

/// Precision, recall and F1.
pub type Prf = (f64, f64, f64);

/// Mean word precision, recall and F1, and the shingle precision, recall and F1, over the pages
/// that have a written body; `None` when none has.
pub fn body_scores(results: &[GateResult]) -> Option<(Prf, Prf)> {
    let scores: Vec<BodyScore> = results.iter().filter_map(|r| r.score).collect();
    if scores.is_empty() {
        return None;
    }
    let n = scores.len() as f64;
    let mean = |f: fn(&BodyScore) -> f64| scores.iter().map(f).sum::<f64>() / n;
    let word = (mean(|s| s.word.0), mean(|s| s.word.1), mean(|s| s.word.2));
    let mut shingles = ShingleScore::default();
    for s in &scores {
        shingles.add_counts(s.shingle);
    }
    Some((word, (shingles.precision(), shingles.recall(), shingles.f1())))
}

/// The report of `lede eval extract` on a gate folder: every page, then passes per kind.
pub fn report(dir: &Path, results: &[GateResult]) -> String {
    let mut out = format!("article gate ({}): {} pages\n", dir.display(), results.len());
    for r in results {
        out.push_str(&format!(
            "  {} {:<34} {:<12} expected {:<16} got {:<16} {:>4} words (written {}){}{}\n",
            if r.passed() { "ok  " } else { "MISS" },
            r.page.file,
            r.page.kind,
            r.page.expected,
            r.outcome.as_str(),
            r.words,
            r.page.body_words.map_or("-".to_string(), |n| n.to_string()),
            if r.outcome == Outcome::Article && !r.body_ok { " (body incomplete)" } else { "" },
            r.score.map_or(String::new(), |s| format!(
                "  word F1 {:.3} (P {:.3} R {:.3})",
                s.word.2, s.word.0, s.word.1
            ))
        ));
    }
    let mut kinds: Vec<&str> = results.iter().map(|r| r.page.kind.as_str()).collect();
    kinds.dedup();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let of: Vec<&GateResult> = results.iter().filter(|r| r.page.kind == kind).collect();
        let passed = of.iter().filter(|r| r.passed()).count();
        out.push_str(&format!("  {kind}: {passed}/{}\n", of.len()));
    }
    let passed = results.iter().filter(|r| r.passed()).count();
    out.push_str(&format!("  all: {passed}/{}\n", results.len()));
    if let Some((w, s)) = body_scores(results) {
        out.push_str(&format!(
            "  body word F1 {:.4} (P {:.3} R {:.3})  shingle F1 {:.4} (P {:.3} R {:.3}) over {} written bodies\n",
            w.2,
            w.0,
            w.1,
            s.2,
            s.0,
            s.1,
            results.iter().filter(|r| r.score.is_some()).count()
        ));
    }
    out
}
