//! `lede serve` and `lede digest --format blocks`, run as a user would.

use std::process::Command;

fn lede(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lede"));
    cmd.args(args);
    for var in [
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "LEDE_TIMEZONE",
        "LEDE_TRIGGER",
        "LEDE_DATABASE_URL",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("lede runs")
}

#[test]
fn serve_refuses_to_start_without_its_settings_naming_them() {
    let out = lede(&["serve"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("lede: SLACK_BOT_TOKEN is not set"), "{err}");
    assert_eq!(err.lines().count(), 1);

    let out = lede(&["serve", "--socket"], &[("SLACK_BOT_TOKEN", "xoxb-secret-value")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("lede: SLACK_APP_TOKEN is not set"), "{err}");
    assert!(!err.contains("secret-value"), "tokens never appear");

    let out = lede(
        &["serve"],
        &[("SLACK_BOT_TOKEN", "xoxb-1"), ("SLACK_SIGNING_SECRET", "s"), ("LEDE_TRIGGER", "whenever")],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("lede: LEDE_TRIGGER is malformed"), "{err}");
}

#[test]
fn digest_prints_block_kit_json() {
    let out = lede(&["digest", "--format", "blocks", "tests/fixtures/slack/pasted.txt"], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["text"].as_str().unwrap().contains("cycling plan"));
    let blocks = json["blocks"].as_array().unwrap();
    assert_eq!(blocks[0]["type"], "header");
    assert!(blocks.len() <= 50);
    let typed: Vec<slack_morphism::prelude::SlackBlock> =
        serde_json::from_value(json["blocks"].clone()).unwrap();
    assert_eq!(typed.len(), blocks.len(), "every block is one slack-morphism can model");
}
