//! The follow-up question set (`tests/fixtures/qa.jsonl`, written for the project over the
//! articles in `examples/`) against a floor the answerer reaches; `lede eval qa` prints the
//! figures (docs/QUALITY.md).

use lede::eval::qa;

#[test]
fn question_set_meets_its_floor() {
    let report = qa::evaluate("tests/fixtures/qa.jsonl")
        .expect("the question set and examples/ are in the repository");
    let (right, answerable) = report.answerable();
    let (declined, unanswerable) = report.unanswerable();
    assert!(answerable >= 45 && unanswerable >= 15, "the set shrank: {answerable} + {unanswerable}");
    print!("{}", report.render("tests/fixtures/qa.jsonl"));
    // Floors a little under what the answerer reached when they were set (docs/QUALITY.md).
    assert!(right * 100 >= answerable * 85, "answerable right: {right}/{answerable}");
    assert!(declined * 100 >= unanswerable * 85, "unanswerable declined: {declined}/{unanswerable}");
}

#[test]
fn every_answer_quotes_the_article_or_declines() {
    let report = qa::evaluate("tests/fixtures/qa.jsonl").expect("question set");
    for outcome in &report.outcomes {
        let a = &outcome.answer;
        assert_eq!(a.answered, !a.evidence.is_empty(), "{}", outcome.item.question);
        assert!(!a.reply.trim().is_empty());
    }
}

/// Checks the question set at `path` answers and declines at least the given percentages.
fn meets_floor(path: &str, answered_pct: usize, declined_pct: usize) {
    let report = qa::evaluate(path).expect("question set in the repository");
    let (right, answerable) = report.answerable();
    let (declined, unanswerable) = report.unanswerable();
    assert!(right * 100 >= answerable * answered_pct, "{path}: answerable right: {right}/{answerable}");
    assert!(declined * 100 >= unanswerable * declined_pct, "{path}: declined: {declined}/{unanswerable}");
}

#[test]
fn holdout_set_stays_above_its_floor() {
    // Written after the answerer was tuned and scored once (docs/QUALITY.md): 22/25 and 6/6.
    meets_floor("tests/fixtures/qa-holdout.jsonl", 80, 80);
}

#[test]
fn story_set_stays_above_its_floor() {
    // Written blind over the held-out news stories (docs/QUALITY.md): 42/51 and 5/8 at first,
    // 46/51 and 6/8 after the general changes that run prompted.
    meets_floor("tests/fixtures/qa-stories.jsonl", 85, 70);
}

#[test]
fn questions_about_the_whole_story_are_answered_from_its_lead() {
    // "What happened?", "Where did it happen?": no word of their own to match. Written blind
    // (docs/QUALITY.md): 0/16 answered before the lead was read for them, 12/16 at first.
    meets_floor("tests/fixtures/qa-lead.jsonl", 80, 100);
}
