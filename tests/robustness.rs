//! No input makes the pipeline panic, and every span it returns points inside the text on
//! character boundaries.

use jiff::civil::date;
use lede::extract::{Anchor, AnchorSource, Article, Digest, DigestOptions, Doc, digest};
use proptest::prelude::*;

fn check_doc(text: &str) {
    let doc = Doc::new(text);
    let mut last_end = 0;
    for (i, s) in doc.sentences().iter().enumerate() {
        assert!(s.span.start <= s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert!(s.span.start >= last_end, "sentences overlap or go backwards");
        last_end = s.span.end;
        for t in doc.sentence_tokens(i) {
            assert!(s.span.contains(t.span), "token outside its sentence");
            assert!(!t.span.is_empty());
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
}

fn check_digest(text: &str, digest: &Digest) {
    for line in &digest.summary {
        assert!(line.evidence.end <= text.len());
        assert_eq!(&text[line.evidence.start..line.evidence.end], line.text);
    }
    for actor in &digest.actors {
        for e in &actor.evidence {
            assert!(e.start <= e.end && e.end <= text.len());
        }
    }
    for entry in &digest.timeline {
        assert!(entry.evidence.start <= entry.evidence.end && entry.evidence.end <= text.len());
    }
}

fn run(text: &str) {
    check_doc(text);
    // The readers in front of the core must not panic either.
    let _ = lede::article::from_plain_text(text.to_string());
    let _ = lede::article::from_html(text, Some("https://news.example/2023/06/14/story"), date(2026, 1, 1));
    let article = Article { text: text.to_string(), ..Article::default() };
    let anchor = Anchor { date: date(2023, 6, 14), source: AnchorSource::Given };
    let d = digest(&article, anchor, &DigestOptions::default());
    check_digest(text, &d);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        run(&text);
    }

    #[test]
    fn prose_like_strings(text in "([A-Z]?[a-z]{0,8}|[0-9.,%$]{1,6}|[.!?…\"'“”‘’()—–-]|Mr\\.|U\\.S\\.|Jan\\.|[ \n\t]{1,3}|- |1\\. |é|中文|🙂){0,80}") {
        run(&text);
    }
}

#[test]
fn awkward_inputs() {
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "...",
        "\"",
        "- ",
        "1.",
        "A.",
        "Mr.",
        "U.S.",
        "'",
        "’s",
        "—",
        "\u{feff}",
        "\r\n\r\n",
        "a\r\nb.\r\nC",
        "WASHINGTON —",
        "WASHINGTON — ",
        "(((((",
        "\"\"\"\"",
        "- - - -",
        "The 45th of Smarch, year 99999.",
        "\u{0}\u{1}\u{7f}",
        "🙂. 🙂! 🙂?",
    ] {
        run(text);
    }
    let para = "<p>The council approved the budget after a long session that ended a dispute.</p>";
    let deep = format!(
        "<html><body>{}{}{}</body></html>",
        "<div><a href='/x'>".repeat(3000),
        para.repeat(20),
        "</a></div>".repeat(3000)
    );
    run(&deep);
    run(&format!(
        "<html><body><article>{}</article><ul>{}</ul></body></html>",
        para.repeat(30),
        "<li><a href='/r'>Related story</a></li>".repeat(500)
    ));
    run(&"word ".repeat(100_000));
    run(&"A. ".repeat(10_000));
}
