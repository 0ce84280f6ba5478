//! `lede ask` and `lede eval summary|qa` from the outside: output, quotes, exit statuses.

use std::process::Command;

fn lede(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lede")).args(args).output().expect("lede runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const BOEING: &str = "examples/boeing-787-dreamliner-unveiled.txt";

#[test]
fn ask_answers_with_a_quote() {
    let (code, out, _) = lede(&["ask", BOEING, "When is the first flight expected?"]);
    assert_eq!(code, 0);
    // The timeline resolves "August … of this year" against the publication date.
    assert!(out.starts_with("August or September 2007"), "{out}");
    assert!(out.contains("> The first flight is expected"), "{out}");
}

#[test]
fn ask_json_quotes_byte_offsets_of_the_input() {
    let (code, out, _) = lede(&["ask", "--format", "json", BOEING, "Who is Scott Carson?"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["answered"], true);
    assert_eq!(v["kind"], "who_is");
    let text = std::fs::read_to_string(BOEING).unwrap();
    let e = &v["evidence"][0];
    let (start, end) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], e["text"].as_str().unwrap());
}

#[test]
fn ask_declines_plainly() {
    let (code, out, _) = lede(&["ask", BOEING, "What did the Federal Aviation Administration say?"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("The article does not mention"), "{out}");
    assert!(!out.contains('>'), "no quote when declining: {out}");
}

#[test]
fn ask_bad_input_is_one_line_and_status_2() {
    let (code, _, err) = lede(&["ask", "no/such/file.txt", "Who?"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("lede: ") && err.trim().lines().count() == 1, "{err}");
    let (code, _, err) = lede(&["ask", BOEING, "  "]);
    assert_eq!(code, 2);
    assert!(err.starts_with("lede: "), "{err}");
}

#[test]
fn eval_summary_and_qa_report_bad_files() {
    let (code, _, err) = lede(&["eval", "summary", "no/such.jsonl"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("lede: no/such.jsonl"), "{err}");
    let (code, _, err) = lede(&["eval", "summary", BOEING]);
    assert_eq!(code, 2);
    assert!(err.contains("line 1"), "{err}");
    let (code, out, _) = lede(&["eval", "qa", "tests/fixtures/qa.jsonl"]);
    assert_eq!(code, 0);
    assert!(out.contains("unanswerable declined"), "{out}");
}
