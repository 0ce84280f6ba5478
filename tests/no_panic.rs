//! Summary and answers on arbitrary text and questions: no panic, and every quote is a valid
//! byte range of the text that holds what it claims to quote.

use lede::extract::digest::digest_doc;
use lede::extract::{Anchor, AnchorSource, Article, DigestOptions, Doc, answer};
use proptest::prelude::*;

fn check(text: &str, question: &str) {
    let article = Article { text: text.to_string(), ..Article::default() };
    let doc = Doc::new(text);
    let anchor = Anchor { date: jiff::civil::date(2024, 1, 1), source: AnchorSource::Given };
    let digest = digest_doc(&article, &doc, anchor, &DigestOptions::default());
    for line in &digest.summary {
        assert!(text.get(line.evidence.start..line.evidence.end) == Some(line.text.as_str()));
    }
    let a = answer(&digest, &doc, question);
    assert_eq!(a.answered, !a.evidence.is_empty());
    for e in &a.evidence {
        assert!(text.get(e.start..e.end).is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text(text in "\\PC{0,400}", question in "\\PC{0,60}") {
        check(&text, &question);
    }

    #[test]
    fn news_like_text(
        words in proptest::collection::vec(
            prop_oneof!["[A-Z][a-z]{1,8}", "[a-z]{1,9}", "[0-9]{1,4}", Just("İstanbul".to_string()),
                        Just("said.".to_string()), Just("\"".to_string()), Just("May".to_string()),
                        Just("because".to_string()), Just("home.Half".to_string()), Just("\n\n".to_string())],
            0..120),
        question in prop_oneof![Just("Who is İstanbul Mayor?"), Just("Why did it happen?"),
                                Just("When was it?"), Just("How many were there?"), Just("Where?"),
                                Just("What did Ali say?")]
    ) {
        check(&words.join(" "), question);
    }
}
