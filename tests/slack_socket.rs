//! Socket Mode against a fake `apps.connections.open` that hands out a local `ws://` URL: the
//! envelopes are acknowledged and the work is done as over HTTP.

mod support;

use futures_util::{SinkExt, StreamExt};
use lede::article::fetch::FetchSettings;
use lede::article::guard::AllowList;
use lede::slack::{Bot, BotConfig};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use support::fake_slack::*;
use tokio_tungstenite::tungstenite::Message;

const HELLO: &str = r#"{"type":"hello","num_connections":1,"debug_info":{"host":"applink-fake"},"connection_info":{"app_id":"A1"}}"#;

async fn fake_socket(envelopes: Vec<String>) -> (String, Arc<Mutex<Vec<String>>>) {
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = tcp.local_addr().unwrap();
    let received = Arc::new(Mutex::new(Vec::new()));
    let seen = received.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = tcp.accept().await {
            let seen = seen.clone();
            let envelopes = envelopes.clone();
            tokio::spawn(async move {
                let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else { return };
                let _ = ws.send(Message::Text(HELLO.into())).await;
                for envelope in envelopes {
                    let _ = ws.send(Message::Text(envelope.into())).await;
                }
                while let Some(Ok(frame)) = ws.next().await {
                    if let Message::Text(text) = frame {
                        seen.lock().unwrap().push(text.to_string());
                    }
                }
            });
        }
    });
    (format!("ws://{addr}/link"), received)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn socket_mode_acks_envelopes_and_digests_the_link() {
    let fake = Fake::start().await;
    let event = format!(
        r#"{{"type":"events_api","envelope_id":"env-1","accepts_response_payload":false,"payload":{{"team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvSock1","event_time":1700000000,"event":{{"type":"message","channel":"C1","user":"U1","text":"<{}>","ts":"1700000000.000100","channel_type":"channel"}}}}}}"#,
        fake.article_url()
    );
    let command = r#"{"type":"slash_commands","envelope_id":"env-2","accepts_response_payload":true,"payload":{"team_id":"T1","channel_id":"C1","user_id":"U1","command":"/lede","text":"help","response_url":"https://hooks.slack.com/commands/T1/1/abc","trigger_id":"1.2.3"}}"#;
    let (ws_url, received) = fake_socket(vec![event, command.to_string()]).await;
    *fake.state.ws_url.lock().unwrap() = ws_url;

    let db = std::env::temp_dir().join(format!("lede-test-socket-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut vars: HashMap<&str, String> = HashMap::new();
    vars.insert("SLACK_BOT_TOKEN", "xoxb-test".into());
    vars.insert("SLACK_APP_TOKEN", "xapp-test".into());
    vars.insert("LEDE_SLACK_API_URL", fake.api_url());
    vars.insert("LEDE_DATABASE_URL", format!("sqlite://{}", db.display()));
    let config = BotConfig::from_vars(|k| vars.get(k).cloned(), true).unwrap();
    let fetch = FetchSettings { allow: AllowList::parse(&fake.addr.to_string()), ..FetchSettings::default() };
    let bot = Bot::start(&config, fetch).await.unwrap();
    let listener =
        lede::slack::socket::start(bot.state.clone(), config.app_token.as_ref().unwrap(), 1).await.unwrap();

    let acked = |id: &str| received.lock().unwrap().iter().any(|t| t.contains(id));
    assert!(
        fake.wait_for(|_| acked("env-1") && acked("env-2")).await,
        "acks: {:?}",
        received.lock().unwrap()
    );
    let help_ack = received.lock().unwrap().iter().find(|t| t.contains("env-2")).cloned().unwrap();
    assert!(help_ack.contains("/lede"), "the help comes back in the ack: {help_ack}");
    assert!(
        fake.wait_for(|f| f
            .calls("chat.update")
            .iter()
            .any(|c| c.body.to_string().contains("Harbour bridge")))
            .await
    );
    assert_eq!(fake.calls("apps.connections.open").len(), 1);
    assert_eq!(fake.calls("reactions.add").len(), 1);
    assert_eq!(fake.calls("chat.postMessage").len(), 1);
    listener.shutdown().await;
    bot.shutdown().await.unwrap();
    let _ = std::fs::remove_file(&db);
}

/// Socket Mode sees events only as slack-morphism's types; turned back into JSON they must say
/// what the raw HTTP body says.
#[test]
fn typed_events_say_what_the_raw_payload_says() {
    use slack_morphism::prelude::SlackPushEvent;
    let dir = format!("{}/tests/fixtures/slack", env!("CARGO_MANIFEST_DIR"));
    for name in ["message_link.json", "app_mention_link.json", "thread_reply.json", "reaction_added.json"] {
        let raw = std::fs::read_to_string(format!("{dir}/{name}"))
            .unwrap()
            .replace("{{URL}}", "https://example.org/a")
            .replace("{{TEXT}}", "who decided?")
            .replace("{{THREAD}}", "1700000000.000100");
        let value: serde_json::Value = serde_json::from_str(&raw).unwrap();
        let typed: SlackPushEvent = serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{name}: {e}"));
        let SlackPushEvent::EventCallback(cb) = typed else { panic!("{name}: not an event_callback") };
        let again = serde_json::to_value(&cb.event).unwrap();
        assert_eq!(
            lede::slack::listener::incoming(&again),
            lede::slack::listener::incoming(&value["event"]),
            "{name}"
        );
        if name == "reaction_added.json" {
            assert_eq!(again["reaction"], "newspaper");
            assert_eq!(again["item"]["type"], "message", "{again}");
            assert_eq!(again["item"]["ts"], "1700000000.000100");
            assert_eq!(again["item"]["channel"], "C123ABC456");
        }
    }
}
