//! `lede eval extract`: article extraction against the WCXB article pages (word F1, title,
//! author and date accuracy) and the Scrapinghub benchmark (shingle F1), scored as each
//! benchmark defines it.

use crate::article::decode::decode;
use crate::article::from_html;
use crate::article::html::{BodySteps, body_text};
use anyhow::{Context, Result, bail};
use jiff::civil::Date;
use regex::Regex;
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Instant;

/// One page's outcome.
#[derive(Debug, Clone, Default)]
struct Page {
    id: String,
    body: String,
    title: Option<String>,
    author: Option<String>,
    published: Option<Date>,
    modified: Option<Date>,
    error: Option<String>,
}

/// Runs every benchmark found at `path` (a benchmark folder, or their parent) and returns the
/// report.
pub fn run(path: &Path, today: Date) -> Result<String> {
    let mut report = String::new();
    let mut found = false;
    for dir in candidate_dirs(path) {
        if dir.join("expected.tsv").is_file() {
            let results = crate::eval::gate::run_gate(&dir, today)?;
            if let Some(dump) = std::env::var_os("LEDE_EVAL_DUMP") {
                for r in &results {
                    let _ = std::fs::write(Path::new(&dump).join(format!("{}.txt", r.page.file)), &r.text);
                    // A page turned away: the text the gate judged, to see why.
                    if r.outcome != crate::eval::gate::Outcome::Article
                        && let Ok(bytes) = std::fs::read(dir.join(&r.page.file))
                    {
                        let html = crate::article::decode::decode(&bytes, None);
                        let judged = crate::article::html::body_text(
                            &html,
                            None,
                            crate::article::html::BodySteps::ALL,
                        );
                        let _ = std::fs::write(
                            Path::new(&dump).join(format!("{}.refused.txt", r.page.file)),
                            judged,
                        );
                    }
                }
            }
            report.push_str(&crate::eval::gate::report(&dir, &results));
            found = true;
        } else if dir.join("ground-truth.json").is_file() && dir.join("html").is_dir() {
            report.push_str(&scrapinghub(&dir, today)?);
            found = true;
        } else if dir.join("dev/ground-truth").is_dir() || dir.join("ground-truth").is_dir() {
            report.push_str(&wcxb(&dir, today)?);
            found = true;
        }
    }
    if !found {
        bail!(
            "{}: no extraction benchmark here (expected WCXB's ground-truth/, Scrapinghub's ground-truth.json or a gate set's expected.tsv)",
            path.display()
        );
    }
    Ok(report)
}

fn candidate_dirs(path: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![path.to_path_buf()];
    let is_benchmark = |p: &Path| {
        p.join("ground-truth.json").is_file()
            || p.join("expected.tsv").is_file()
            || p.join("ground-truth").is_dir()
            || p.join("dev/ground-truth").is_dir()
    };
    if is_benchmark(path) {
        return dirs;
    }
    if let Ok(entries) = std::fs::read_dir(path) {
        let mut subs: Vec<PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
        subs.sort();
        dirs.extend(subs);
    }
    dirs
}

fn read_gz(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).with_context(|| format!("open {}", path.display()))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .with_context(|| format!("gunzip {}", path.display()))?;
    Ok(bytes)
}

fn extract_page(id: &str, bytes: &[u8], url: Option<&str>, today: Date) -> (Page, f64) {
    let html = decode(bytes, None);
    let start = Instant::now();
    let result = from_html(&html, url, today);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let page = match result {
        Ok(a) => Page {
            id: id.to_string(),
            body: a.article.text,
            title: a.article.title,
            author: a.article.byline,
            published: a.article.published.map(|p| p.date()),
            modified: a.modified.map(|p| p.date()),
            error: None,
        },
        Err(e) => Page { id: id.to_string(), error: Some(e.to_string()), ..Page::default() },
    };
    (page, ms)
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("regex"));

/// Per-page word F1 over bags of lowercase `\w+` tokens (WCXB).
pub fn word_f1(truth: &str, predicted: &str) -> f64 {
    word_prf(truth, predicted).2
}

/// Per-page word precision, recall and F1 (WCXB).
pub fn word_prf(truth: &str, predicted: &str) -> (f64, f64, f64) {
    let bag = |s: &str| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for w in WORD.find_iter(&s.to_lowercase()) {
            *m.entry(w.as_str().to_string()).or_default() += 1;
        }
        m
    };
    let (t, p) = (bag(truth), bag(predicted));
    let overlap: usize = p.iter().map(|(w, n)| (*n).min(*t.get(w).unwrap_or(&0))).sum();
    let (nt, np): (usize, usize) = (t.values().sum(), p.values().sum());
    if overlap == 0 || nt == 0 || np == 0 {
        return (0.0, 0.0, 0.0);
    }
    let (precision, recall) = (overlap as f64 / np as f64, overlap as f64 / nt as f64);
    (precision, recall, 2.0 * precision * recall / (precision + recall))
}

/// Scrapinghub's per-page shingle counts, normalised to sum to 1: (tp, fp, fn).
pub fn shingle_counts(truth: &str, predicted: &str) -> (f64, f64, f64) {
    fn shingles(s: &str) -> HashMap<Vec<&str>, usize> {
        let tokens: Vec<&str> = WORD.find_iter(s).map(|m| m.as_str()).collect();
        let mut out = HashMap::new();
        if tokens.is_empty() {
            return out;
        }
        let n = 4.min(tokens.len());
        for window in tokens.windows(n) {
            *out.entry(window.to_vec()).or_default() += 1;
        }
        out
    }
    let (a, b) = (shingles(truth), shingles(predicted));
    let tp: usize = b.iter().map(|(k, n)| (*n).min(*a.get(k).unwrap_or(&0))).sum();
    let fp: usize = b.values().sum::<usize>() - tp;
    let fn_: usize = a.values().sum::<usize>() - tp;
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 { (0.0, 0.0, 0.0) } else { (tp as f64 / sum, fp as f64 / sum, fn_ as f64 / sum) }
}

/// Scrapinghub's shingle score over a set of pages: per-page precision and recall, averaged
/// over pages; F1 of the two means.
#[derive(Debug, Default)]
pub(crate) struct ShingleScore {
    precisions: Vec<f64>,
    recalls: Vec<f64>,
}

impl ShingleScore {
    fn add(&mut self, truth: &str, predicted: &str) {
        self.add_counts(shingle_counts(truth, predicted));
    }

    /// Adds one page's normalised counts (tp, fp, fn).
    pub(crate) fn add_counts(&mut self, (tp, fp, fn_): (f64, f64, f64)) {
        if tp + fp > 0.0 {
            self.precisions.push(if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fp) });
        }
        if tp + fn_ > 0.0 {
            self.recalls.push(if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fn_) });
        }
    }

    pub(crate) fn precision(&self) -> f64 {
        mean(&self.precisions)
    }

    pub(crate) fn recall(&self) -> f64 {
        mean(&self.recalls)
    }

    pub(crate) fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
    }
}

fn scrapinghub(dir: &Path, today: Date) -> Result<String> {
    let truth: HashMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json"))?)?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let (mut shingles, mut times, mut errors) = (ShingleScore::default(), Vec::new(), 0);
    for id in ids {
        let bytes = read_gz(&dir.join("html").join(format!("{id}.html.gz")))?;
        let url = truth[id]["url"].as_str();
        let (page, ms) = extract_page(id, &bytes, url, today);
        times.push(ms);
        errors += usize::from(page.error.is_some());
        shingles.add(truth[id]["articleBody"].as_str().unwrap_or(""), &page.body);
    }
    let (f1, p, r) = (shingles.f1(), shingles.precision(), shingles.recall());
    Ok(format!(
        "scrapinghub ({}): {} pages  shingle F1 {:.4}  P {:.3}  R {:.3}  no-article {}  median {:.1} ms/page\n",
        dir.display(),
        times.len(),
        f1,
        p,
        r,
        errors,
        median(&mut times)
    ))
}

fn wcxb(dir: &Path, today: Date) -> Result<String> {
    let truth_dir = if dir.join("dev/ground-truth").is_dir() { dir.join("dev") } else { dir.to_path_buf() };
    let mut files: Vec<PathBuf> = std::fs::read_dir(truth_dir.join("ground-truth"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut f1s, mut times) = (Vec::new(), Vec::new());
    let (mut body_precisions, mut body_recalls) = (Vec::new(), Vec::new());
    let mut shingles = ShingleScore::default();
    let (mut title_ok, mut author_ok, mut author_n, mut date_ok, mut date_found, mut date_n, mut errors) =
        (0, 0, 0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut steps = std::env::var_os("LEDE_EVAL_STEPS").map(|_| StepReport::default());
    for file in &files {
        let gt: Value = serde_json::from_str(&std::fs::read_to_string(file)?)?;
        let id = file.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        let bytes = read_gz(&truth_dir.join("html").join(format!("{id}.html.gz")))?;
        let (page, ms) = extract_page(&id, &bytes, gt["url"].as_str(), today);
        times.push(ms);
        errors += usize::from(page.error.is_some());
        if let Some(dir) = std::env::var_os("LEDE_EVAL_DUMP") {
            let _ = std::fs::write(Path::new(&dir).join(format!("{id}.txt")), &page.body);
        }
        let g = &gt["ground_truth"];
        if let Some(body) = g["main_content"].as_str().filter(|b| !b.trim().is_empty()) {
            let (precision, recall, f1) = word_prf(body, &page.body);
            f1s.push(f1);
            body_precisions.push(precision);
            body_recalls.push(recall);
            shingles.add(body, &page.body);
            if let Some(steps) = steps.as_mut() {
                let html = decode(&bytes, None);
                steps.add(&page.id, body, &html, gt["url"].as_str(), recall);
            }
            if f1 < 0.8 {
                misses.push(format!(
                    "{} body F1 {f1:.3} ({} vs {} words){}",
                    page.id,
                    page.body.split_whitespace().count(),
                    body.split_whitespace().count(),
                    page.error.as_deref().map(|e| format!(" error: {e}")).unwrap_or_default()
                ));
            }
        }
        if let Some(title) = g["title"].as_str() {
            let ok = page.title.as_deref().is_some_and(|t| same_text(t, title));
            title_ok += usize::from(ok);
            if !ok {
                misses.push(format!("{} title: truth {title:?} got {:?}", page.id, page.title));
            }
        }
        if let Some(author) = g["author"].as_str().filter(|a| !a.trim().is_empty()) {
            author_n += 1;
            let ok = page.author.as_deref().is_some_and(|a| same_text(a, author));
            author_ok += usize::from(ok);
            if !ok {
                misses.push(format!("{} author: truth {author:?} got {:?}", page.id, page.author));
            }
        }
        if let Some(date) = g["publish_date"].as_str().and_then(|d| d.parse::<Date>().ok()) {
            date_n += 1;
            date_found += usize::from(page.published.is_some());
            let ok = page.published == Some(date);
            date_ok += usize::from(ok);
            if !ok {
                misses.push(format!(
                    "{} date: truth {date} got {:?} modified {:?} {}",
                    page.id,
                    page.published,
                    page.modified,
                    if page.modified == Some(date) { "=MOD" } else { "" }
                ));
            }
        }
    }
    let mut report = format!(
        "wcxb ({}): {} pages  body word F1 {:.4} (P {:.3} R {:.3})  shingle F1 {:.4} (P {:.3} R {:.3})  title {}/{} ({:.1} %)  author {}/{} ({:.1} %)  date {}/{} ({:.1} %, found {})  no-article {}  median {:.1} ms/page\n",
        truth_dir.display(),
        files.len(),
        mean(&f1s),
        mean(&body_precisions),
        mean(&body_recalls),
        shingles.f1(),
        shingles.precision(),
        shingles.recall(),
        title_ok,
        files.len(),
        pct(title_ok, files.len()),
        author_ok,
        author_n,
        pct(author_ok, author_n),
        date_ok,
        date_n,
        pct(date_ok, date_n),
        date_found,
        errors,
        median(&mut times),
    );
    if let Some(steps) = steps {
        report.push_str(&steps.render());
    }
    if std::env::var_os("LEDE_EVAL_VERBOSE").is_some() {
        for m in misses {
            report.push_str(&format!("  {m}\n"));
        }
    }
    Ok(report)
}

/// The body steps of `article::html` one by one against Readability's own text
/// (`LEDE_EVAL_STEPS=1`): each step's mean word P/R/F1 when it alone is switched off, and the
/// pages where our recall is more than 0.02 below Readability's, with the step that made the
/// difference.
#[derive(Debug, Default)]
struct StepReport {
    /// Per variant: its name and page scores.
    variants: Vec<(&'static str, PageScores)>,
    /// Pages where a step cut article text: (id, ours, Readability's, cause, recalls per variant).
    cuts: Vec<(String, f64, f64, String)>,
}

/// Word precision, recall and F1 of each page.
#[derive(Debug, Default)]
struct PageScores {
    precisions: Vec<f64>,
    recalls: Vec<f64>,
    f1s: Vec<f64>,
}

/// The variants compared: name and steps.
const VARIANTS: [(&str, BodySteps); 14] = [
    ("readability alone", BodySteps::NONE),
    ("all steps, no gate", BodySteps::ALL),
    ("without marked body", BodySteps { marked_body: false, ..BodySteps::ALL }),
    ("without density", BodySteps { density: false, ..BodySteps::ALL }),
    ("without pruning", BodySteps { prune: false, ..BodySteps::ALL }),
    ("without furniture", BodySteps { furniture: false, ..BodySteps::ALL }),
    ("without reveal", BodySteps { reveal: false, ..BodySteps::ALL }),
    ("without captions", BodySteps { captions: false, ..BodySteps::ALL }),
    ("without boxes", BodySteps { boxes: false, ..BodySteps::ALL }),
    ("without asides", BodySteps { asides: false, ..BodySteps::ALL }),
    ("without whole dense block", BodySteps { whole_dense: false, ..BodySteps::ALL }),
    ("without streamed segments", BodySteps { streamed: false, ..BodySteps::ALL }),
    ("without hidden stories", BodySteps { hidden: false, ..BodySteps::ALL }),
    ("without comment threads", BodySteps { threads: false, ..BodySteps::ALL }),
];

impl StepReport {
    fn add(&mut self, id: &str, truth: &str, html: &str, url: Option<&str>, ours: f64) {
        if self.variants.is_empty() {
            self.variants = VARIANTS.iter().map(|(name, _)| (*name, PageScores::default())).collect();
        }
        let mut recalls = Vec::new();
        for (i, (_, steps)) in VARIANTS.iter().enumerate() {
            let (p, r, f) = word_prf(truth, &body_text(html, url, *steps));
            let scores = &mut self.variants[i].1;
            scores.precisions.push(p);
            scores.recalls.push(r);
            scores.f1s.push(f);
            recalls.push(r);
        }
        let alone = recalls[0];
        if ours < alone - 0.02 {
            let cause = if recalls[1] >= alone - 0.02 {
                "gate (too little text)".to_string()
            } else {
                let (best, r) = (2..VARIANTS.len())
                    .map(|i| (i, recalls[i]))
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                    .unwrap_or((0, 0.0));
                if r >= alone - 0.02 {
                    VARIANTS[best].0.trim_start_matches("without ").to_string()
                } else if r > recalls[1] + 0.005 {
                    format!("{} in part", VARIANTS[best].0.trim_start_matches("without "))
                } else {
                    "several steps".to_string()
                }
            };
            let detail = recalls[1..].iter().map(|r| format!("{r:.3}")).collect::<Vec<_>>().join(" ");
            self.cuts.push((id.to_string(), ours, alone, format!("{cause}  [{detail}]")));
        }
    }

    fn render(&self) -> String {
        let mut out = String::from("  body steps (word P / R / F1 over pages with a body):\n");
        for (name, s) in &self.variants {
            out.push_str(&format!(
                "    {name:<22} {:.4} / {:.4} / {:.4}\n",
                mean(&s.precisions),
                mean(&s.recalls),
                mean(&s.f1s)
            ));
        }
        out.push_str(&format!(
            "  pages where our recall is > 0.02 below Readability's: {} (recalls: all, no marked, no density, no prune, no furniture)\n",
            self.cuts.len()
        ));
        for (id, ours, alone, cause) in &self.cuts {
            out.push_str(&format!("    {id} recall {ours:.3} vs {alone:.3}: {cause}\n"));
        }
        out
    }
}

/// Title/author match after normalisation: equal, or one contains the other.
fn same_text(got: &str, truth: &str) -> bool {
    let norm = |s: &str| {
        WORD.find_iter(&s.to_lowercase()).map(|m| m.as_str().to_string()).collect::<Vec<_>>().join(" ")
    };
    let (g, t) = (norm(got), norm(truth));
    !g.is_empty() && (g == t || g.contains(&t) || (t.contains(&g) && g.len() * 2 >= t.len()))
}

fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() { 0.0 } else { xs.iter().sum::<f64>() / xs.len() as f64 }
}

fn median(xs: &mut [f64]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_f1_is_a_bag_of_words_f1() {
        assert!((word_f1("a b c d", "a b c d") - 1.0).abs() < 1e-9);
        assert!((word_f1("a b c d", "a b") - 2.0 * 1.0 * 0.5 / 1.5).abs() < 1e-9);
        assert_eq!(word_f1("a b", ""), 0.0);
        assert!((word_f1("The cat", "the CAT") - 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_shingle_score_averages_pages_then_takes_f1() {
        let mut score = ShingleScore::default();
        score.add("a b c d e", "a b c d e");
        score.add("a b c d e f g", "");
        // Page 2 has no predicted shingles: it counts for recall (0), not for precision.
        assert!((score.precision() - 1.0).abs() < 1e-9);
        assert!((score.recall() - 0.5).abs() < 1e-9);
        assert!((score.f1() - 2.0 * 0.5 / 1.5).abs() < 1e-9);
    }

    #[test]
    fn shingles_normalise_to_one() {
        let (tp, fp, fn_) = shingle_counts("a b c d e", "a b c d e");
        assert_eq!((tp, fp, fn_), (1.0, 0.0, 0.0));
        let (tp, fp, fn_) = shingle_counts("a b c d e f", "a b c d x");
        assert!((tp + fp + fn_ - 1.0).abs() < 1e-9 && tp > 0.0 && fp > 0.0 && fn_ > 0.0);
    }
}
