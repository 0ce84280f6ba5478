//! The too-little-text gate on the invented pages of `tests/fixtures/article-gate`: short
//! complete briefs are articles, paywall teasers are too little text, listings, media pages
//! and forms are not articles, and normal stories keep their whole body.

use jiff::civil::date;
use lede::eval::gate::{Outcome, run_gate};
use std::path::Path;

#[test]
fn every_page_of_the_gate_set_gets_its_expected_outcome() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/article-gate");
    let results = run_gate(&dir, date(2026, 11, 30)).expect("the gate set reads");
    assert_eq!(results.len(), 25, "the manifest lists every page");
    let misses: Vec<String> = results
        .iter()
        .filter(|r| !r.passed())
        .map(|r| {
            format!(
                "{}: expected {}, got {} ({} words)",
                r.page.file,
                r.page.expected,
                r.outcome.as_str(),
                r.words
            )
        })
        .collect();
    assert!(misses.is_empty(), "{}", misses.join("\n"));
    // Articles are read without much of the page around them (navigation, related links).
    for r in results.iter().filter(|r| r.outcome == Outcome::Article) {
        let written = r.page.body_words.expect("articles give their length");
        assert!(r.words <= written + written / 4 + 10, "{}: {} words for {written}", r.page.file, r.words);
    }
    // Each kind is there, and too-little-text says how much was found.
    for kind in ["brief", "teaser", "not-article", "article"] {
        assert!(results.iter().any(|r| r.page.kind == kind), "{kind}");
    }
    assert!(results.iter().filter(|r| r.outcome == Outcome::TooLittleText).all(|r| r.words > 0));
}
