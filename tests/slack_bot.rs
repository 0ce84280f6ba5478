//! The bot end to end, without Slack: signed events to the real listener, a fake Web API on
//! 127.0.0.1 that records every call, and a local page server for article links.

mod support;

use lede::article::fetch::FetchSettings;
use lede::article::guard::AllowList;
use lede::slack::{Bot, BotConfig};
use serde_json::Value;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use support::fake_slack::*;

struct Running {
    bot: Bot,
    addr: SocketAddr,
    http: reqwest::Client,
}

fn temp_db(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    std::env::temp_dir().join(format!("lede-test-{name}-{}-{nanos}.db", std::process::id()))
}

fn config(fake: &Fake, db: &std::path::Path, extra: &[(&str, &str)]) -> BotConfig {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("SLACK_BOT_TOKEN".into(), "xoxb-test-token".into());
    vars.insert("SLACK_SIGNING_SECRET".into(), SECRET.into());
    vars.insert("LEDE_SLACK_API_URL".into(), fake.api_url());
    vars.insert("LEDE_DATABASE_URL".into(), format!("sqlite://{}", db.display()));
    for (k, v) in extra {
        vars.insert(k.to_string(), v.to_string());
    }
    BotConfig::from_vars(|k| vars.get(k).cloned(), false).unwrap()
}

async fn start(fake: &Fake, db: &std::path::Path) -> Running {
    start_with(fake, db, &[]).await
}

async fn start_with(fake: &Fake, db: &std::path::Path, extra: &[(&str, &str)]) -> Running {
    let fetch = FetchSettings { allow: AllowList::parse(&fake.addr.to_string()), ..FetchSettings::default() };
    let bot = Bot::start(&config(fake, db, extra), fetch).await.unwrap();
    let app = lede::slack::listener::router(bot.state.clone(), SECRET);
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = tcp.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(tcp, app).await });
    lede::article::fetch::install_crypto_provider();
    Running { bot, addr, http: reqwest::Client::new() }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/slack/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

async fn send_event(run: &Running, body: &str, extra: &[(&str, &str)]) -> reqwest::Response {
    post_signed(&run.http, run.addr, "/slack/events", "application/json", body, now(), extra).await
}

fn updates_with_digest(fake: &Fake) -> Vec<Call> {
    fake.calls("chat.update").into_iter().filter(|c| c.body.to_string().contains("Summary")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn url_verification_echoes_the_challenge() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("verify")).await;
    let response = send_event(&run, &fixture("url_verification.json"), &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    let health = run.http.get(format!("http://{}/healthz", run.addr)).send().await.unwrap();
    assert_eq!(health.status(), 200);
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_gets_eyes_a_placeholder_and_the_digest_in_its_thread_then_answers_follow_ups() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("link")).await;
    let body = fixture("message_link.json").replace("{{URL}}", &fake.article_url());
    assert_eq!(send_event(&run, &body, &[]).await.status(), 200);
    assert!(
        fake.wait_for(|f| !updates_with_digest(f).is_empty()).await,
        "no digest: {:?}",
        fake.state.calls.lock().unwrap()
    );

    let reactions = fake.calls("reactions.add");
    assert_eq!(reactions.len(), 1);
    assert_eq!(reactions[0].body["name"], "eyes");
    assert_eq!(reactions[0].body["timestamp"], "1700000000.000100");
    let posts = fake.calls("chat.postMessage");
    assert_eq!(posts.len(), 1, "one placeholder");
    assert_eq!(posts[0].body["thread_ts"], "1700000000.000100");
    assert_eq!(posts[0].body["channel"], "C123ABC456");
    assert!(posts[0].body["text"].as_str().unwrap().contains("Reading"));
    let update = &updates_with_digest(&fake)[0];
    assert_eq!(update.body["ts"], "1700001000.000001", "the placeholder is replaced");
    let blocks = update.body["blocks"].as_array().expect("blocks");
    assert_eq!(blocks[0]["type"], "header");
    assert!(blocks[0]["text"]["text"].as_str().unwrap().contains("Harbour bridge"));
    assert!(update.body.to_string().contains("Timeline"));
    assert!(
        update.body.to_string().contains("published 14 February 2024, 08:30 UTC (UTC)"),
        "{}",
        update.body
    );

    // A follow-up in the thread is answered there, quoting the article.
    let reply = fixture("thread_reply.json")
        .replace("{{THREAD}}", "1700000000.000100")
        .replace("{{TEXT}}", "When were the joints installed?");
    assert_eq!(send_event(&run, &reply, &[]).await.status(), 200);
    assert!(fake.wait_for(|f| f.calls("chat.postMessage").len() == 2).await);
    let answer = &fake.calls("chat.postMessage")[1];
    assert_eq!(answer.body["thread_ts"], "1700000000.000100");
    assert!(answer.body.to_string().contains("1987"), "{}", answer.body);

    // Another bot's message is ignored.
    let other = fixture("bot_message.json").replace("{{URL}}", &fake.article_url());
    assert_eq!(send_event(&run, &other, &[]).await.status(), 200);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(fake.calls("chat.postMessage").len(), 2);
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_and_the_app_mention_twin_give_exactly_one_reply() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("dedup")).await;
    let body = fixture("message_link.json").replace("{{URL}}", &fake.article_url());
    let twin = fixture("app_mention_link.json").replace("{{URL}}", &fake.article_url());
    assert_eq!(send_event(&run, &body, &[]).await.status(), 200);
    assert_eq!(
        send_event(&run, &body, &[("x-slack-retry-num", "1"), ("x-slack-retry-reason", "http_timeout")])
            .await
            .status(),
        200
    );
    assert_eq!(send_event(&run, &twin, &[]).await.status(), 200);
    assert!(fake.wait_for(|f| !updates_with_digest(f).is_empty()).await);
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(fake.calls("chat.postMessage").len(), 1);
    assert_eq!(fake.calls("reactions.add").len(), 1);
    assert_eq!(updates_with_digest(&fake).len(), 1);
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_mention_gets_the_help_text_in_its_thread() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("short-mention")).await;
    let body = fixture("app_mention_link.json")
        .replace("Worth a read: <{{URL}}|harbour bridge story>", "hello, what can you do?")
        .replace("Ev0MENTION01", "Ev0MENTION02");
    assert_eq!(send_event(&run, &body, &[]).await.status(), 200);
    assert!(fake.wait_for(|f| !f.calls("chat.postMessage").is_empty()).await);
    let posts = fake.calls("chat.postMessage");
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].body["thread_ts"], "1700000000.000100");
    assert!(posts[0].body.to_string().contains("digests news articles"), "{}", posts[0].body);
    assert!(fake.calls("reactions.add").is_empty(), "no :eyes: for a greeting");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pasted_text_is_digested_even_through_a_rate_limit() {
    let fake = Fake::start().await;
    fake.throttle("chat.postMessage", 1);
    let run = start(&fake, &temp_db("pasted")).await;
    let body = fixture("message_pasted.json").replace("{{TEXT}}", &json_text(&fixture("pasted.txt")));
    assert_eq!(send_event(&run, &body, &[]).await.status(), 200);
    assert!(fake.wait_for(|f| !f.calls("chat.postMessage").is_empty()).await);
    assert_eq!(fake.calls("chat.postMessage#429").len(), 1, "Slack said 429 once");
    let posts = fake.calls("chat.postMessage");
    assert_eq!(posts.len(), 1, "retried after Retry-After, posted once");
    assert_eq!(posts[0].body["thread_ts"], "1700000500.000200");
    let text = posts[0].body.to_string();
    assert!(text.contains("cycling plan") && text.contains("Summary"), "{text}");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_and_stale_signatures_are_refused_and_nothing_is_posted() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("signature")).await;
    let body = fixture("message_link.json").replace("{{URL}}", &fake.article_url());
    let ts = now().to_string();
    let forged = run
        .http
        .post(format!("http://{}/slack/events", run.addr))
        .header("content-type", "application/json")
        .header("x-slack-request-timestamp", &ts)
        .header("x-slack-signature", sign("not-the-secret", &ts, &body))
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
    let unsigned =
        run.http.post(format!("http://{}/slack/events", run.addr)).body(body.clone()).send().await.unwrap();
    assert_eq!(unsigned.status(), 401);
    let stale =
        post_signed(&run.http, run.addr, "/slack/events", "application/json", &body, now() - 301, &[]).await;
    assert_eq!(stale.status(), 401);
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert!(fake.calls("chat.postMessage").is_empty() && fake.calls("reactions.add").is_empty());
    run.bot.shutdown().await.unwrap();
}

/// Sends `/lede TEXT` with its `response_url` at the fake; returns the immediate answer.
async fn slash(run: &Running, text: &str, response_url: &str) -> reqwest::Response {
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let form = fixture("slash_command.form")
        .trim()
        .replace("{{TEXT}}", &enc(text))
        .replace("{{RESPONSE_URL}}", &enc(response_url));
    post_signed(
        &run.http,
        run.addr,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &form,
        now(),
        &[],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_command_answers_through_the_response_url_and_its_thread_takes_follow_ups() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("command")).await;
    let response_url = format!("http://{}/respond/1", fake.addr);
    let ack = slash(&run, &fake.article_url(), &response_url).await;
    assert_eq!(ack.status(), 200);
    let ack: Value = serde_json::from_str(&ack.text().await.unwrap()).unwrap_or(Value::Null);
    assert!(ack.to_string().contains("Reading"), "{ack}");
    assert!(fake.wait_for(|f| !f.calls("response_url/1").is_empty()).await);
    let posted = &fake.calls("response_url/1")[0];
    assert_eq!(posted.body["response_type"], "in_channel");
    assert!(posted.body.to_string().contains("Harbour bridge"));

    // The response_url gave no ts: lede finds its message in the channel's history, so a
    // reply in that thread is answered from the article.
    assert!(fake.wait_for(|f| !f.calls("conversations.history").is_empty()).await);
    let digest_ts = fake.state.responded.lock().unwrap()[0]["ts"].as_str().unwrap().to_string();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let reply = fixture("thread_reply.json")
        .replace("{{TEXT}}", "How much will the bridge cost?")
        .replace("{{THREAD}}", &digest_ts);
    send_event(&run, &reply, &[]).await;
    assert!(fake.wait_for(|f| !f.calls("chat.postMessage").is_empty()).await, "the follow-up is answered");
    let answer = &fake.calls("chat.postMessage")[0];
    assert_eq!(answer.body["thread_ts"], digest_ts.as_str());
    assert!(answer.body.to_string().contains("million"), "{}", answer.body);

    // Its buttons work too, though the digest did not know its ts when it was rendered.
    let value = format!("C123ABC456||{}", fake.article_url());
    click(&run, &digest_ts, "lede_full_timeline", "Show full timeline", &value).await;
    assert!(fake.wait_for(|f| f.calls("chat.postMessage").len() >= 2).await);
    let timeline = &fake.calls("chat.postMessage")[1];
    assert_eq!(timeline.body["thread_ts"], digest_ts.as_str());
    assert!(timeline.body["text"].as_str().unwrap().starts_with("*Full timeline*"));

    let ack = slash(&run, "help", &response_url).await;
    assert!(ack.text().await.unwrap().contains("/lede"));
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ephemeral_slash_command_is_answered_to_the_caller_alone() {
    let fake = Fake::start().await;
    let run = start_with(&fake, &temp_db("ephemeral"), &[("LEDE_COMMAND_EPHEMERAL", "true")]).await;
    let response_url = format!("http://{}/respond/2", fake.addr);
    slash(&run, &fake.article_url(), &response_url).await;
    assert!(fake.wait_for(|f| !f.calls("response_url/2").is_empty()).await);
    let posted = &fake.calls("response_url/2")[0];
    assert_eq!(posted.body["response_type"], "ephemeral");
    assert!(posted.body.to_string().contains("Harbour bridge"));
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(fake.calls("conversations.history").is_empty(), "an ephemeral reply has no thread to find");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unfinished_job_is_finished_once_after_a_restart() {
    let fake = Fake::start().await;
    let db = temp_db("resume");
    {
        // A process stopped while running two jobs: one had not posted yet, one had.
        let store = lede::store::Store::open(&db).unwrap();
        let text = fixture("pasted.txt");
        let job = |ts: &str| {
            serde_json::json!({"kind": "text", "channel": "C9", "message_ts": ts, "thread_ts": ts, "text": text}).to_string()
        };
        store.accept("EvA", Some("C9:1.1"), &[(job("1.1"), Some("C9".into()), Some("1.1".into()))]).unwrap();
        store.accept("EvB", Some("C9:2.2"), &[(job("2.2"), Some("C9".into()), Some("2.2".into()))]).unwrap();
        let a = store.claim().unwrap().unwrap();
        let b = store.claim().unwrap().unwrap();
        store.set_reply_ts(b.id, "1700000999.000001").unwrap();
        assert_ne!(a.id, b.id);
    }
    let run = start(&fake, &db).await;
    assert!(
        fake.wait_for(|f| f.calls("chat.postMessage").len() == 1 && !f.calls("chat.update").is_empty()).await
    );
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(fake.calls("chat.postMessage").len(), 1, "the job without a reply posts once");
    let updates = fake.calls("chat.update");
    assert_eq!(updates.len(), 1, "the job with a reply updates it");
    assert_eq!(updates[0].body["ts"], "1700000999.000001");
    assert_eq!(run.bot.state.worker.store().pending().unwrap(), 0);
    run.bot.shutdown().await.unwrap();
}

#[test]
fn slacks_documented_signature_example() {
    let body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    let expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    assert_eq!(sign("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body), expected);
    // The verifier lede runs behind accepts the signature, then refuses the 2018 timestamp as stale.
    use slack_morphism::signature_verifier::{SlackEventSignatureVerifier, SlackEventSignatureVerifierError};
    let verifier = SlackEventSignatureVerifier::new(&"8f742231b10e8888abcd99yyyzzz85a5".to_string().into());
    let err = verifier.verify(expected, body, "1531420618").unwrap_err();
    assert!(matches!(err, SlackEventSignatureVerifierError::IncorrectOrExpiredTimestampError(_)), "{err:?}");
    let tampered = verifier.verify(expected, &body.replace("foobar", "foobaz"), "1531420618").unwrap_err();
    assert!(matches!(tampered, SlackEventSignatureVerifierError::WrongSignatureError(_)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn under_the_reaction_trigger_only_a_newspaper_reaction_digests_a_link() {
    let fake = Fake::start().await;
    let run = start_with(&fake, &temp_db("reaction"), &[("LEDE_TRIGGER", "reaction")]).await;
    let body = fixture("message_link.json").replace("{{URL}}", &fake.article_url());
    assert_eq!(send_event(&run, &body, &[]).await.status(), 200);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(fake.calls("chat.postMessage").is_empty(), "a plain link is left alone");
    *fake.state.history_text.lock().unwrap() = format!("Worth a read: <{}>", fake.article_url());
    assert_eq!(send_event(&run, &fixture("reaction_added.json"), &[]).await.status(), 200);
    assert!(
        fake.wait_for(|f| !updates_with_digest(f).is_empty()).await,
        "{:?}",
        fake.state.calls.lock().unwrap()
    );
    let posts = fake.calls("chat.postMessage");
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].body["thread_ts"], "1700000000.000100");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_the_message_deletes_the_reply() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("delete")).await;
    let body = fixture("message_link.json").replace("{{URL}}", &fake.article_url());
    send_event(&run, &body, &[]).await;
    assert!(fake.wait_for(|f| !updates_with_digest(f).is_empty()).await);
    let deleted = r#"{"token":"XXYYZZ","team_id":"T123ABC456","api_app_id":"A123ABC456","event":{"type":"message","subtype":"message_deleted","hidden":true,"channel":"C123ABC456","ts":"1700000300.000900","deleted_ts":"1700000000.000100","event_ts":"1700000300.000900","channel_type":"channel","previous_message":{"type":"message","user":"U123ABC456","text":"gone","ts":"1700000000.000100"}},"type":"event_callback","event_id":"Ev0DELETE001","event_time":1700000300}"#;
    assert_eq!(send_event(&run, deleted, &[]).await.status(), 200);
    assert!(fake.wait_for(|f| !f.calls("chat.delete").is_empty()).await);
    assert_eq!(fake.calls("chat.delete")[0].body["ts"], "1700001000.000001");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_link_again_gets_the_cached_digest_and_a_rerun_makes_a_fresh_one() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("cache")).await;
    let body = fixture("message_link.json").replace("{{URL}}", &fake.article_url());
    send_event(&run, &body, &[]).await;
    assert!(fake.wait_for(|f| !updates_with_digest(f).is_empty()).await);
    // The same article, shared again later in another message with a tracking tail.
    let again = body
        .replace("Ev0LINK0001", "Ev0LINK0002")
        .replace("1700000000.000100", "1700000600.000100")
        .replace("/article", "/article?utm_source=newsletter");
    send_event(&run, &again, &[]).await;
    assert!(fake.wait_for(|f| f.calls("chat.postMessage").len() == 2).await);
    let cached = &fake.calls("chat.postMessage")[1];
    assert_eq!(cached.body["thread_ts"], "1700000600.000100");
    let shown = cached.body.to_string();
    assert!(
        shown.contains("Digested before") && shown.contains("archives/C123ABC456/p1700000000000100"),
        "{shown}"
    );
    assert_eq!(fake.calls("reactions.add").len(), 1, "no new work for a cached link");

    // "Re-run" from the cached reply: a fresh digest in that thread.
    let value = format!("C123ABC456|1700000600.000100|{}", fake.article_url());
    let ack = click(&run, "1700001000.000002", "lede_rerun", "Re-run", &value).await;
    assert_eq!(ack.status(), 200);
    assert!(
        fake.wait_for(|f| updates_with_digest(f).len() == 2).await,
        "{:?}",
        fake.state.calls.lock().unwrap()
    );
    let fresh = updates_with_digest(&fake)[1].body.to_string();
    assert!(!fresh.contains("Digested before"));
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_fetch_is_told_in_the_thread_with_what_to_do() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("failure")).await;
    let body = fixture("message_link.json").replace("{{URL}}", &format!("http://{}/missing-page", fake.addr));
    send_event(&run, &body, &[]).await;
    assert!(
        fake.wait_for(|f| f
            .calls("chat.update")
            .iter()
            .any(|c| c.body.to_string().contains("Could not digest")))
            .await
    );
    let said = fake.calls("chat.update")[0].body.to_string();
    assert!(said.contains("404") && said.contains("/lede"), "{said}");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_that_slack_could_not_take_is_retried_later() {
    let fake = Fake::start().await;
    fake.state.outage.lock().unwrap().insert("chat.postMessage".into(), 1);
    let run = start(&fake, &temp_db("outage")).await;
    let body = fixture("message_pasted.json").replace("{{TEXT}}", &json_text(&fixture("pasted.txt")));
    send_event(&run, &body, &[]).await;
    assert!(
        fake.wait_for(|f| !f.calls("chat.postMessage").is_empty()).await,
        "{:?}",
        fake.state.calls.lock().unwrap()
    );
    assert_eq!(fake.calls("chat.postMessage#503").len(), 1);
    assert_eq!(fake.calls("chat.postMessage").len(), 1);
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editing_the_link_redoes_the_digest_and_an_unfurl_does_nothing() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("edit")).await;
    let first = format!("http://{}/missing-page", fake.addr);
    let body = fixture("message_link.json").replace("{{URL}}", &first);
    send_event(&run, &body, &[]).await;
    assert!(fake.wait_for(|f| !f.calls("chat.update").is_empty()).await);
    let changed = |id: &str, before: &str, after: &str| {
        format!(
            r#"{{"token":"XXYYZZ","team_id":"T123ABC456","api_app_id":"A123ABC456","event":{{"type":"message","subtype":"message_changed","hidden":true,"channel":"C123ABC456","ts":"1700000400.000500","event_ts":"1700000400.000500","channel_type":"channel","message":{{"type":"message","user":"U123ABC456","text":"Worth a read: <{after}>","ts":"1700000000.000100","edited":{{"user":"U123ABC456","ts":"1700000400.000000"}}}},"previous_message":{{"type":"message","user":"U123ABC456","text":"Worth a read: <{before}>","ts":"1700000000.000100"}}}},"type":"event_callback","event_id":"{id}","event_time":1700000400}}"#
        )
    };
    // An unfurl: same text, no new link.
    send_event(&run, &changed("Ev0UNFURL01", &first, &first), &[]).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(fake.calls("chat.postMessage").len(), 1);
    // The link is corrected.
    send_event(&run, &changed("Ev0EDIT0001", &first, &fake.article_url()), &[]).await;
    assert!(
        fake.wait_for(|f| !updates_with_digest(f).is_empty() && !f.calls("chat.delete").is_empty()).await
    );
    let deleted = fake.calls("chat.delete");
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].body["ts"], "1700001000.000001", "the old reply goes");
    let posts = fake.calls("chat.postMessage");
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1].body["thread_ts"], "1700000000.000100");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn show_full_timeline_posts_every_dated_event_in_the_thread() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("timeline")).await;
    let body = fixture("message_link.json").replace("{{URL}}", &fake.article_url());
    send_event(&run, &body, &[]).await;
    assert!(fake.wait_for(|f| !updates_with_digest(f).is_empty()).await);
    let value = format!("C123ABC456|1700000000.000100|{}", fake.article_url());
    let ack = click(&run, "1700001000.000001", "lede_full_timeline", "Show full timeline", &value).await;
    assert_eq!(ack.status(), 200);
    assert!(fake.wait_for(|f| f.calls("chat.postMessage").len() >= 2).await);
    let posted = &fake.calls("chat.postMessage")[1];
    assert_eq!(posted.body["thread_ts"], "1700000000.000100");
    let text = posted.body["text"].as_str().unwrap();
    assert!(text.starts_with("*Full timeline*") && text.contains("1987"), "{text}");
    run.bot.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_article_not_in_english_is_declined_naming_the_language() {
    let fake = Fake::start().await;
    let run = start(&fake, &temp_db("language")).await;
    let body = fixture("message_pasted.json").replace("{{TEXT}}", &json_text(&fixture("pasted-fr.txt")));
    send_event(&run, &body, &[]).await;
    assert!(fake.wait_for(|f| !f.calls("chat.postMessage").is_empty()).await);
    let said = fake.calls("chat.postMessage")[0].body.to_string();
    assert!(said.contains("not in English (detected: fr)"), "{said}");
    run.bot.shutdown().await.unwrap();
}

/// Sends a signed `block_actions` payload: someone clicked the button `action_id` on lede's
/// message `message_ts`.
async fn click(
    run: &Running,
    message_ts: &str,
    action_id: &str,
    label: &str,
    value: &str,
) -> reqwest::Response {
    let payload = serde_json::json!({
        "type": "block_actions", "team": {"id": "T123ABC456", "domain": "newsroom"},
        "user": {"id": "U123ABC456", "team_id": "T123ABC456"}, "api_app_id": "A123ABC456",
        "trigger_id": "1.2.3", "channel": {"id": "C123ABC456", "name": "desk"},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": "C123ABC456"},
        "actions": [{"type": "button", "action_id": action_id, "block_id": "b1", "value": value,
                     "text": {"type": "plain_text", "text": label}, "action_ts": "1700000700.000000"}]
    });
    let form = format!(
        "payload={}",
        url::form_urlencoded::byte_serialize(payload.to_string().as_bytes()).collect::<String>()
    );
    post_signed(
        &run.http,
        run.addr,
        "/slack/interactivity",
        "application/x-www-form-urlencoded",
        &form,
        now(),
        &[],
    )
    .await
}
