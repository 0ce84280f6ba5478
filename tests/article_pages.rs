//! Body extraction on the invented pages of `tests/fixtures/article-pages`: each page is a news
//! article in one of the shapes newsroom CMSs produce (paragraphs as `<div>`s, a body split
//! around a promo box, a live blog, AMP, a table layout…), scored against the body written for
//! it before lede was run on it. The floors sit a little under the measured figures
//! (docs/QUALITY.md), so a change that loses text on these shapes fails here.

use jiff::civil::date;
use lede::eval::gate::{Outcome, body_scores, run_gate};
use std::path::Path;

#[test]
fn the_article_pages_are_read_as_articles_with_their_bodies() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/article-pages");
    let results = run_gate(&dir, date(2026, 11, 30)).expect("the page set reads");
    assert_eq!(results.len(), 29, "the manifest lists every page");
    assert!(results.iter().all(|r| r.score.is_some()), "every page has a written body");
    let turned_away: Vec<&str> =
        results.iter().filter(|r| r.outcome != Outcome::Article).map(|r| r.page.file.as_str()).collect();
    assert!(turned_away.is_empty(), "no article on {turned_away:?}");
    let incomplete: Vec<&str> =
        results.iter().filter(|r| !r.passed()).map(|r| r.page.file.as_str()).collect();
    assert!(incomplete.is_empty(), "first or last words missing on {incomplete:?}");
    let ((_, _, word_f1), (_, shingle_r, shingle_f1)) = body_scores(&results).expect("scored");
    assert!(word_f1 >= 0.98, "word F1 {word_f1:.4}");
    assert!(shingle_f1 >= 0.98, "shingle F1 {shingle_f1:.4}");
    assert!(shingle_r >= 0.99, "shingle recall {shingle_r:.4}");
}
