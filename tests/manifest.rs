//! Both app manifests are valid for slack-morphism's `SlackAppManifest` and ask for what lede uses.

use slack_morphism::prelude::SlackAppManifest;

fn manifest(name: &str) -> (SlackAppManifest, serde_json::Value) {
    let path = format!("{}/manifest/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let value: serde_json::Value = serde_norway::from_str(&text).unwrap();
    let typed: SlackAppManifest =
        serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    (typed, value)
}

const SCOPES: &[&str] = &[
    "app_mentions:read",
    "channels:history",
    "groups:history",
    "im:history",
    "mpim:history",
    "chat:write",
    "commands",
    "reactions:read",
    "reactions:write",
    "links:read",
];
const EVENTS: &[&str] =
    &["app_mention", "message.channels", "message.groups", "message.im", "message.mpim", "reaction_added"];

#[test]
fn both_manifests_deserialize_and_ask_for_the_same_things() {
    for (name, socket) in [("slack-app.yaml", false), ("slack-app-socket.yaml", true)] {
        let (typed, value) = manifest(name);
        assert_eq!(typed.display_information.name, "lede");
        let scopes = value.pointer("/oauth_config/scopes/bot").and_then(|v| v.as_array()).unwrap();
        for scope in SCOPES {
            assert!(scopes.iter().any(|s| s == scope), "{name} lacks {scope}");
        }
        let events =
            value.pointer("/settings/event_subscriptions/bot_events").and_then(|v| v.as_array()).unwrap();
        for event in EVENTS {
            assert!(events.iter().any(|e| e == event), "{name} lacks {event}");
        }
        assert_eq!(value.pointer("/settings/socket_mode_enabled").and_then(|v| v.as_bool()), Some(socket));
        assert_eq!(
            value.pointer("/features/slash_commands/0/command").and_then(|v| v.as_str()),
            Some("/lede")
        );
        assert_eq!(value.pointer("/settings/interactivity/is_enabled").and_then(|v| v.as_bool()), Some(true));
        let has_urls = value.pointer("/settings/event_subscriptions/request_url").is_some();
        assert_eq!(has_urls, !socket, "{name}: request URLs only over HTTP");
    }
}
