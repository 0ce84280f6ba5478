//! `lede timex` and the digest's timeline, run as a user would.

use std::process::Command;

fn lede(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lede")).args(args).output().expect("lede runs")
}

const TRIP: &str = "tests/fixtures/timex-trip.txt";

#[test]
fn timex_json_lists_expressions_with_values() {
    let out = lede(&["timex", "--published", "2023-06-14", "--format", "json", TRIP]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(String, String)> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["text"].as_str().unwrap().to_string(), i["value"].as_str().unwrap().to_string()))
        .collect();
    let want = [
        ("a week", "P1W"),
        ("Wednesday", "2023-06-14"),
        ("16", "2023-06-16"),
        ("21 June", "2023-06-21"),
        ("Last night", "2023-06-13TNI"),
        ("February", "2023-02"),
        ("late April", "2023-04"),
        ("three years", "P3Y"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(got, want);
    let text = std::fs::read_to_string(TRIP).unwrap();
    for item in items.as_array().unwrap() {
        let (s, e) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], item["text"].as_str().unwrap());
    }
}

#[test]
fn a_bad_published_date_is_a_usage_error_naming_it() {
    let out = lede(&["timex", "--published", "the 45th of Smarch", TRIP]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("lede: ") && err.contains("the 45th of Smarch"), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn digest_json_carries_a_sorted_timeline_with_evidence() {
    let out = lede(&["digest", "--published", "2023-06-14", "--format", "json", TRIP]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let digest: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let timeline = digest["timeline"].as_array().unwrap();
    let labels: Vec<&str> = timeline.iter().map(|e| e["label"].as_str().unwrap()).collect();
    assert_eq!(
        labels,
        ["February 2023", "late April 2023", "the night of 13 June 2023", "14 June 2023", "16–21 June 2023"]
    );
    let trip = timeline.last().unwrap();
    assert_eq!(trip["end"], "2023-06-21");
    assert_eq!(trip["tense"], "future");
    let text = std::fs::read_to_string(TRIP).unwrap();
    let (s, e) = (
        trip["evidence"]["start"].as_u64().unwrap() as usize,
        trip["evidence"]["end"].as_u64().unwrap() as usize,
    );
    assert!(text[s..e].contains("from 16 to 21 June"));
}

#[test]
fn without_a_date_the_anchor_is_assumed_and_no_timex_is_no_error() {
    let dir = std::env::temp_dir().join(format!("lede-timex-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("plain.txt");
    std::fs::write(&path, "Nothing in this sentence says when.\n").unwrap();
    let out = lede(&["digest", "--format", "json", path.to_str().unwrap()]);
    assert!(out.status.success());
    let digest: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(digest["article"]["anchor"], "assumed");
    assert_eq!(digest["timeline"], serde_json::json!([]));
    let out = lede(&["timex", "--format", "json", path.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(), serde_json::json!([]));
    let _ = std::fs::remove_dir_all(&dir);
}
