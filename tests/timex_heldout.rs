//! The tagger on news-style TimeML documents written for this project (not taken from any
//! corpus): `tests/fixtures/timex-heldout/`, a check that the rules carry beyond TimeBank and
//! AQUAINT. Figures in docs/QUALITY.md come from `lede eval timex` on the same folder.

use lede::eval::timex::{Counts, files, read_gold, score, tag};
use std::path::Path;

/// The counts of lede against one folder of written stories, which must hold `files_expected` files.
fn group(folder: &str, files_expected: usize) -> Counts {
    let mut total = Counts::default();
    let paths = files(Path::new(folder)).expect("fixture folder");
    assert_eq!(paths.len(), files_expected);
    for path in paths {
        let doc = read_gold(&path).expect("TimeML fixture");
        assert!(doc.dct.is_some(), "{}", path.display());
        let (counts, _) = score(&doc, &tag(&doc, jiff::civil::date(2000, 1, 1)));
        total.add(&counts);
    }
    total
}

#[test]
fn the_written_news_documents_score_above_their_floor() {
    let total = group("tests/fixtures/timex-heldout", 3);
    assert_eq!(total.gold, 61);
    assert!(total.relaxed_prf().2 >= 0.95, "relaxed F1 {:.3}", total.relaxed_prf().2);
    assert!(total.value_f1() >= 0.92, "value F1 {:.3}", total.value_f1());
}

/// The second group (`tests/fixtures/timex-heldout2/`): five stories written before the fourth
/// round of rules, in genres the first group does not cover.
#[test]
fn the_second_group_of_written_stories_scores_above_its_floor() {
    let total = group("tests/fixtures/timex-heldout2", 5);
    assert_eq!(total.gold, 118);
    // blind, before the fourth round: relaxed F1 0.974, value F1 0.880; after it 0.983 / 0.949;
    // after the fifth 0.987 / 0.953
    assert!(total.relaxed_prf().2 >= 0.97, "relaxed F1 {:.3}", total.relaxed_prf().2);
    assert!(total.value_f1() >= 0.93, "value F1 {:.3}", total.value_f1());
}

/// The catalogue (`tests/fixtures/timex-catalogue/`): nine stories written to cover, kind by
/// kind, what the TimeML guidelines mark (holidays, parts of days, eras, vague references,
/// anaphora, durations, sets, fiscal periods, wire-service dates, clock times) and what they do
/// not (ages, rates of speed), annotated before the fifth round of rules.
#[test]
fn the_catalogue_of_expression_kinds_scores_above_its_floor() {
    let total = group("tests/fixtures/timex-catalogue", 9);
    assert_eq!(total.gold, 239);
    // blind: relaxed F1 0.935, value F1 0.766 (after the annotation corrections); after the
    // fifth round 0.960 / 0.841
    assert!(total.relaxed_prf().2 >= 0.95, "relaxed F1 {:.3}", total.relaxed_prf().2);
    assert!(total.value_f1() >= 0.83, "value F1 {:.3}", total.value_f1());
}

/// The second catalogue (`tests/fixtures/timex-catalogue2/`): ten stories in genres the other
/// groups lack (an obituary, markets, a ceasefire, a vaccine trial, a spending bill, a launch, a
/// police report, an anniversary feature, a British-style sports story, a news transcript),
/// annotated before the seventh round of rules.
#[test]
fn the_second_catalogue_scores_above_its_floor() {
    let total = group("tests/fixtures/timex-catalogue2", 10);
    assert_eq!(total.gold, 247);
    // blind, before the seventh round (246 as first written): relaxed F1 0.946, value F1 0.806;
    // after it, with the annotation corrections of docs/QUALITY.md: 0.960 / 0.880
    assert!(total.relaxed_prf().2 >= 0.95, "relaxed F1 {:.3}", total.relaxed_prf().2);
    assert!(total.value_f1() >= 0.86, "value F1 {:.3}", total.value_f1());
}

/// The third catalogue (`tests/fixtures/timex-catalogue3/`): nine stories in the style of
/// 2012–2013 wire copy (results, an election count, a verdict, a typhoon, a flu cluster, a cup
/// tie, a Mars lander, a state visit, holiday sales), aimed at recall and annotated before lede
/// was run on them (the tenth round).
#[test]
fn the_third_catalogue_scores_above_its_floor() {
    let total = group("tests/fixtures/timex-catalogue3", 9);
    // 162 until "seven to 10 days" became one expression, as TBAQ marks length ranges (timex22)
    assert_eq!(total.gold, 161);
    // blind (161 as first written): relaxed F1 0.943, value F1 0.860
    assert!(total.relaxed_prf().2 >= 0.94, "relaxed F1 {:.3}", total.relaxed_prf().2);
    assert!(total.value_f1() >= 0.89, "value F1 {:.3}", total.value_f1());
}
