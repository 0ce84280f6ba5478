//! The `lede` binary as a user meets it: output formats, the digest contract, and one clear
//! line for every mistake a user can make.

use lede::extract::{AnchorSource, Digest};
use std::io::Write;
use std::process::{Command, Output, Stdio};

const FIXTURE: &str = "tests/fixtures/council-budget.txt";

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede")).args(args).output().expect("run lede")
}

fn lede_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lede");
    // The command may refuse before reading everything; a broken pipe is fine then.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().expect("wait for lede")
}

/// Exit status 2 and exactly one stderr line, `lede: …`, that contains `needle`.
fn assert_user_error(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line expected, got: {stderr}");
    assert!(lines[0].starts_with("lede: "), "{stderr}");
    assert!(lines[0].contains(needle), "{needle:?} not in {stderr}");
    assert!(!stderr.contains("panicked"));
}

fn digest_json(args: &[&str]) -> (Digest, serde_json::Value) {
    let out = lede(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let digest: Digest = serde_json::from_value(value.clone()).expect("the contract's shape");
    (digest, value)
}

fn keys(value: &serde_json::Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value.as_object().expect("object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

#[test]
fn text_digest_reads_like_a_digest() {
    let out = lede(&["digest", FIXTURE]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Riverton council approves budget after all-night session\n"));
    assert!(text.contains("published 2023-06-14"));
    assert!(text.contains("Summary\n  • The Riverton city council approved a $48.5m budget"));
    assert!(text.contains("Key actors") && text.contains("Timeline"));
    assert!(text.contains("[s3 @"), "summary lines carry their sentence reference: {text}");
}

#[test]
fn json_digest_follows_the_contract() {
    let (digest, value) = digest_json(&["digest", "--format", "json", FIXTURE]);
    assert_eq!(keys(&value), ["actors", "article", "summary", "timeline"]);
    assert_eq!(
        keys(&value["article"]),
        ["anchor", "byline", "language", "published", "site", "title", "url", "words"]
    );
    assert_eq!(keys(&value["summary"][0]), ["evidence", "text"]);
    assert_eq!(keys(&value["summary"][0]["evidence"]), ["end", "sentence", "start"]);
    assert_eq!(value["article"]["published"], "2023-06-14");
    assert_eq!(value["article"]["anchor"], "published");
    assert_eq!(
        digest.article.title.as_deref(),
        Some("Riverton council approves budget after all-night session")
    );

    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let words: usize = digest.summary.iter().map(|l| l.text.split_whitespace().count()).sum();
    assert!(!digest.summary.is_empty() && words <= 75);
    for line in &digest.summary {
        assert_eq!(&text[line.evidence.start..line.evidence.end], line.text, "evidence quotes the text");
    }
    // The dateline is not a summary sentence.
    assert!(!digest.summary[0].text.starts_with("RIVERTON"));
}

#[test]
fn anchor_says_where_the_date_came_from() {
    let (d, _) = digest_json(&["digest", "--format", "json", "--published", "2023-07-01", FIXTURE]);
    assert_eq!(d.article.anchor, AnchorSource::Given);
    let out =
        lede_stdin(&["digest", "--format", "json", "-"], b"The council met today. It approved the budget.");
    assert!(out.status.success());
    let d: Digest = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d.article.anchor, AnchorSource::Assumed);
    assert_eq!(d.article.published, None);
}

#[test]
fn several_inputs_give_json_lines_in_order() {
    let out = lede(&["digest", "--format", "json", FIXTURE, "examples/boeing-787-dreamliner-unveiled.txt"]);
    assert!(out.status.success());
    let lines: Vec<Digest> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1].article.title.as_deref(), Some("Boeing unveils new 787 Dreamliner"));
}

#[test]
fn a_bad_input_in_a_batch_keeps_its_line_and_the_others() {
    let out = lede(&["digest", "--format", "json", "no-such-file.txt", FIXTURE]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["input"], "no-such-file.txt");
    assert!(lines[0]["error"].as_str().unwrap().contains("no such file"));
    assert!(lines[1]["summary"].is_array());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("lede: no-such-file.txt: no such file"));
}

#[test]
fn user_errors_are_one_clear_line() {
    assert_user_error(&lede(&["digest", "no-such-file.txt"]), "no-such-file.txt: no such file");
    assert_user_error(&lede(&["digest", "tests"]), "is a directory");
    assert_user_error(
        &lede(&["digest", "--published", "2023-13-45", FIXTURE]),
        "\"2023-13-45\" is not a date",
    );
    assert_user_error(&lede(&["digest", "--published", "last week", FIXTURE]), "YYYY-MM-DD");
    assert_user_error(
        &lede(&["digest", "http://127.0.0.1/story"]),
        "127.0.0.1 is a loopback address, which lede does not fetch",
    );
    assert_user_error(
        &lede(&["digest", "http://169.254.169.254/latest/"]),
        "link-local (cloud metadata) address",
    );
    assert_user_error(&lede(&["article", "http://localhost/"]), "loopback address");
    assert_user_error(&lede(&["digest", "--max-words", "0", FIXTURE]), "--max-words");
    assert_user_error(&lede(&["digest", "--format", "yaml", FIXTURE]), "yaml");
    assert_user_error(&lede(&["digest"]), "PATH");
    assert_user_error(&lede(&["frobnicate"]), "frobnicate");
}

#[test]
fn bad_stdin_is_refused_clearly() {
    assert_user_error(&lede_stdin(&["digest", "-"], b""), "empty");
    assert_user_error(&lede_stdin(&["digest", "-"], b"  \n\t \n"), "empty");
    assert_user_error(
        &lede_stdin(&["digest", "-"], b"Caf\xe9 owners protest.\n"),
        "not UTF-8 text (bad byte at offset 3)",
    );
    assert_user_error(
        &lede_stdin(&["digest", "-"], b"<!DOCTYPE html><html><body><p>Hi</p></body></html>"),
        "words of article text",
    );
    let huge = vec![b'a'; 5 * 1024 * 1024 + 10];
    assert_user_error(&lede_stdin(&["digest", "-"], &huge), "larger than 5 MB");
}

#[test]
fn help_and_version_are_not_errors() {
    let out = lede(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("digest"));
    assert!(lede(&["--version"]).status.success());
}

#[test]
fn a_byte_order_mark_is_dropped() {
    let out = lede_stdin(
        &["digest", "--format", "json", "-"],
        "\u{feff}Headline here\n\nThe council met today to vote.".as_bytes(),
    );
    assert!(out.status.success());
    let d: Digest = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d.article.title.as_deref(), Some("Headline here"));
    assert_eq!(d.summary[0].evidence.start, "Headline here\n\n".len());
}

#[test]
fn html_files_are_read_as_pages() {
    let (d, _) = digest_json(&["digest", "--format", "json", "tests/fixtures/council-budget.html"]);
    assert_eq!(d.article.title.as_deref(), Some("Riverton council approves budget after all-night session"));
    assert_eq!(d.article.site.as_deref(), Some("The Riverton Star"));
    assert_eq!(d.article.byline.as_deref(), Some("Jo Marsh"));
    assert_eq!(d.article.published, Some(jiff::civil::date(2023, 6, 14)));
    assert_eq!(d.article.anchor, AnchorSource::Published);
    assert_eq!(d.article.language.as_deref(), Some("en"));
    assert!(d.summary[0].text.starts_with("The Riverton city council approved"));
}

/// Serves the HTML fixture to every request on a loopback port, for `requests` requests.
fn serve_fixture(requests: usize) -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let page = std::fs::read("tests/fixtures/council-budget.html").unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                page.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&page);
        }
    });
    port
}

#[test]
fn links_are_fetched_when_the_newsroom_allows_the_host() {
    let port = serve_fixture(2);
    let url = format!("http://127.0.0.1:{port}/news/2023/06/14/budget?utm_source=slack#top");
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["digest", "--format", "json", &url])
        .env("LEDE_FETCH_ALLOW", format!("127.0.0.1:{port}"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let d: Digest = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d.article.url, Some(format!("http://127.0.0.1:{port}/news/2023/06/14/budget")));
    assert_eq!(d.article.published, Some(jiff::civil::date(2023, 6, 14)));

    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["article", "--format", "json", &url])
        .env("LEDE_FETCH_ALLOW", format!("127.0.0.1:{port}"))
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(keys(&value), ["byline", "language", "modified", "published", "site", "text", "title", "url"]);
    assert_eq!(value["published"], "2023-06-14T09:30:00-05:00");
    assert_eq!(value["modified"], "2023-06-14T16:00:00-05:00");

    // The same link without the allow-list setting is refused before any request.
    let out = lede(&["digest", &url]);
    assert_user_error(&out, "loopback address");
}

#[test]
fn a_bad_fetch_setting_is_named() {
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["digest", FIXTURE])
        .env("LEDE_FETCH_TIMEOUT", "soon")
        .output()
        .unwrap();
    assert_user_error(&out, "LEDE_FETCH_TIMEOUT");
}
