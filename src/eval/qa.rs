//! `lede eval qa`: follow-up answers against a question set (JSON Lines: `file`, `question`,
//! `answerable`, and for answerable questions `expected`, a piece of text the quoted evidence
//! must contain). Article paths are relative to the working directory.

use crate::article::from_plain_text;
use crate::eval::FixtureSetError;
use crate::eval::timex::read_timeml;
use crate::extract::digest::digest_doc;
use crate::extract::{Anchor, AnchorSource, Answer, DigestOptions, Doc, answer};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt::Write as _;

/// One question of the set.
#[derive(Debug, Clone, Deserialize)]
pub struct QaItem {
    /// The article: a plain-text file, or a TimeML `.tml` file (its text, dated by its
    /// creation time).
    pub file: String,
    /// The question as a reader would ask it.
    pub question: String,
    /// Whether the article answers it.
    pub answerable: bool,
    /// For answerable questions: text the quoted evidence must contain.
    #[serde(default)]
    pub expected: Option<String>,
}

/// One question's outcome.
#[derive(Debug, Clone)]
pub struct QaOutcome {
    /// The question.
    pub item: QaItem,
    /// lede's answer.
    pub answer: Answer,
    /// The quoted evidence, joined.
    pub quoted: String,
    /// Right: answered with the expected evidence, or declined when it should.
    pub correct: bool,
}

/// The outcomes of a whole set.
#[derive(Debug, Clone, Default)]
pub struct QaReport {
    /// Every question's outcome, in file order.
    pub outcomes: Vec<QaOutcome>,
}

impl QaReport {
    /// (right, total) over the answerable questions.
    pub fn answerable(&self) -> (usize, usize) {
        self.count(true)
    }

    /// (declined, total) over the unanswerable questions.
    pub fn unanswerable(&self) -> (usize, usize) {
        self.count(false)
    }

    fn count(&self, answerable: bool) -> (usize, usize) {
        let items: Vec<&QaOutcome> =
            self.outcomes.iter().filter(|o| o.item.answerable == answerable).collect();
        (items.iter().filter(|o| o.correct).count(), items.len())
    }

    /// The report as `lede eval qa` prints it: every miss, then the shares.
    pub fn render(&self, path: &str) -> String {
        let mut out = String::new();
        for o in self.outcomes.iter().filter(|o| !o.correct) {
            let _ = writeln!(
                out,
                "miss: {} | {} | expected {} | got: {} [{}]",
                o.item.file,
                o.item.question,
                o.item.expected.as_deref().unwrap_or("a decline"),
                o.answer.reply,
                o.quoted
            );
        }
        let (a, at) = self.answerable();
        let (u, ut) = self.unanswerable();
        let share = |x: usize, n: usize| if n == 0 { 0.0 } else { 100.0 * x as f64 / n as f64 };
        let _ = writeln!(out, "qa: {path} ({} questions)", at + ut);
        let _ = writeln!(out, "answerable answered correctly: {a}/{at} ({:.1}%)", share(a, at));
        let _ = writeln!(out, "unanswerable declined: {u}/{ut} ({:.1}%)", share(u, ut));
        let _ = writeln!(out, "all correct: {}/{} ({:.1}%)", a + u, at + ut, share(a + u, at + ut));
        out
    }
}

/// Runs the question set at `path`.
pub fn evaluate(path: &str) -> Result<QaReport, FixtureSetError> {
    let data =
        std::fs::read_to_string(path).map_err(|e| FixtureSetError::Read(path.into(), e.to_string()))?;
    let mut articles: HashMap<String, (String, Option<jiff::civil::Date>)> = HashMap::new();
    let mut report = QaReport::default();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let item: QaItem = serde_json::from_str(line)
            .map_err(|e| FixtureSetError::Parse(path.into(), n + 1, e.to_string()))?;
        if !articles.contains_key(&item.file) {
            let raw = std::fs::read_to_string(&item.file)
                .map_err(|e| FixtureSetError::Read(item.file.clone(), e.to_string()))?;
            let entry = if item.file.ends_with(".tml") {
                let gold = read_timeml(&item.file, &raw);
                (gold.text, gold.dct)
            } else {
                (raw, None)
            };
            articles.insert(item.file.clone(), entry);
        }
        let (text, dct) = articles[&item.file].clone();
        let article =
            from_plain_text(text).map_err(|e| FixtureSetError::Article(item.file.clone(), e.to_string()))?;
        let doc = Doc::new(&article.text);
        let date = dct.or(article.published.map(|p| p.date())).unwrap_or(jiff::civil::date(2000, 1, 1));
        let anchor = Anchor { date, source: AnchorSource::Published };
        let digest = digest_doc(&article, &doc, anchor, &DigestOptions::default());
        let answer = answer(&digest, &doc, &item.question);
        let quoted = answer.evidence.iter().map(|e| doc.span_text(e.span())).collect::<Vec<_>>().join(" ");
        let correct = match (&item.expected, item.answerable) {
            (Some(expected), true) => {
                answer.answered && quoted.to_lowercase().contains(&expected.to_lowercase())
            }
            (None, true) => answer.answered,
            (_, false) => !answer.answered,
        };
        report.outcomes.push(QaOutcome { item, answer, quoted, correct });
    }
    Ok(report)
}
