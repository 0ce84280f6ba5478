//! `lede entities` and `lede eval ner|actors` as a user runs them.

use std::process::Command;

fn lede(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lede")).args(args).output().expect("lede runs")
}

#[test]
fn entities_as_json() {
    let out = lede(&["entities", "--format", "json", "tests/fixtures/blinken-beijing.txt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let text = std::fs::read_to_string("tests/fixtures/blinken-beijing.txt").expect("fixture");
    let items = items.as_array().expect("an array");
    assert!(!items.is_empty());
    for item in items {
        let (start, end) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
        assert_eq!(item["text"].as_str(), Some(&text[start..end]));
        assert!(matches!(item["label"].as_str(), Some("PER" | "ORG" | "LOC" | "MISC")));
    }
    assert!(
        items.iter().any(|i| i["text"] == "Antony Blinken" && i["label"] == "PER" && i["kind"] == "person")
    );
}

#[test]
fn bad_input_is_one_line_and_status_2() {
    for args in [
        &["entities", "no/such/file.txt"][..],
        &["eval", "ner", "no/such/file.conll"][..],
        &["eval", "actors", "no/such/dir"][..],
    ] {
        let out = lede(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("lede: ") && err.trim_end().lines().count() == 1, "{err}");
    }
}

#[test]
fn eval_ner_scores_a_conll_file() {
    let dir = std::env::temp_dir().join(format!("lede-eval-ner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("tiny.conll");
    // Written for this test: two sentences, IOB1 tags.
    std::fs::write(
        &file,
        "Antony I-PER\nBlinken I-PER\nvisited O\nBeijing I-LOC\n. O\n\nHe O\nleft O\n. O\n",
    )
    .expect("write");
    let out = lede(&["eval", "ner", file.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("overall") && report.contains("2 sentences"), "{report}");
    let _ = std::fs::remove_dir_all(&dir);
}
