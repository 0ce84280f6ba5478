//! The embedded tagger on a short story written for these tests (tests/fixtures/blinken-beijing.txt).

use lede::extract::Doc;
use lede::extract::ner::{EntityLabel, mentions};

fn found(text: &str) -> Vec<(String, EntityLabel)> {
    let doc = Doc::new(text);
    mentions(&doc).into_iter().map(|m| (doc.span_text(m.span).to_string(), m.label)).collect()
}

#[test]
fn names_people_places_and_organisations() {
    let text = include_str!("fixtures/blinken-beijing.txt");
    let got = found(text);
    for (name, label) in [
        ("Antony Blinken", EntityLabel::Per),
        ("Qin Gang", EntityLabel::Per),
        ("John Kirby", EntityLabel::Per),
        ("Beijing", EntityLabel::Loc),
        ("State Department", EntityLabel::Org),
        ("Chinese", EntityLabel::Misc),
    ] {
        assert!(got.contains(&(name.to_string(), label)), "{name} as {label:?} not in {got:?}");
    }
}

#[test]
fn spans_point_at_the_text() {
    let text = include_str!("fixtures/blinken-beijing.txt");
    let doc = Doc::new(text);
    for m in mentions(&doc) {
        let t = doc.span_text(m.span);
        assert!(!t.is_empty() && !t.starts_with(' ') && !t.ends_with(' '), "{t:?}");
        assert!(doc.sentences()[m.sentence].span.contains(m.span));
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in ["", " ", "\u{0}", "A", "ÉTATS-UNIS ?!", "x\n\n\n.", &"Smith ".repeat(800)] {
        let doc = Doc::new(text);
        let _ = mentions(&doc);
    }
}
