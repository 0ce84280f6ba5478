//! A fake Slack for tests: a Web API on 127.0.0.1 that records every call and answers as
//! Slack does, a `response_url` sink, a page server for article links, and signed requests.

#![allow(dead_code)]

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const SECRET: &str = "test-signing-secret";
pub const BOT_USER: &str = "UBOT00001";

/// One recorded call.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
}

#[derive(Default)]
pub struct FakeState {
    pub calls: Mutex<Vec<Call>>,
    /// Method → how many 429s to answer before succeeding.
    pub throttle: Mutex<HashMap<String, usize>>,
    next_ts: Mutex<u64>,
    /// Method → how many times to fail with a 503 before succeeding.
    pub outage: Mutex<HashMap<String, usize>>,
    /// What `apps.connections.open` returns (Socket Mode).
    pub ws_url: Mutex<String>,
    /// The text of the message `conversations.history` returns.
    pub history_text: Mutex<String>,
    /// Messages posted in channels through a `response_url`, with the `ts` Slack gave them:
    /// `conversations.history` returns them too, newest first.
    pub responded: Mutex<Vec<Value>>,
}

#[derive(Clone)]
pub struct Fake {
    pub state: Arc<FakeState>,
    pub addr: SocketAddr,
}

impl Fake {
    pub async fn start() -> Fake {
        let state = Arc::new(FakeState::default());
        let app = Router::new()
            .route("/api/{method}", any(api))
            .route("/respond/{id}", post(respond))
            .route("/article", get(article))
            .route("/slow-article/{n}", get(slow_article))
            .with_state(state.clone());
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = tcp.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(tcp, app).await });
        Fake { state, addr }
    }

    pub fn api_url(&self) -> String {
        format!("http://{}/api", self.addr)
    }

    pub fn article_url(&self) -> String {
        format!("http://{}/article", self.addr)
    }

    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.state.calls.lock().unwrap().iter().filter(|c| c.method == method).cloned().collect()
    }

    pub fn throttle(&self, method: &str, times: usize) {
        self.state.throttle.lock().unwrap().insert(method.to_string(), times);
    }

    /// Waits until `check` holds (up to 15 s); false if it never does.
    pub async fn wait_for(&self, check: impl Fn(&Fake) -> bool) -> bool {
        for _ in 0..300 {
            if check(self) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }
}

async fn api(
    State(state): State<Arc<FakeState>>,
    Path(method): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    body: String,
) -> Response {
    let mut parsed: Value = serde_json::from_str(&body).unwrap_or_else(|_| json!(query));
    if parsed.is_null() {
        parsed = json!({});
    }
    {
        let mut outage = state.outage.lock().unwrap();
        if let Some(left) = outage.get_mut(&method)
            && *left > 0
        {
            *left -= 1;
            state.calls.lock().unwrap().push(Call { method: format!("{method}#503"), body: parsed });
            return (StatusCode::SERVICE_UNAVAILABLE, "upstream connect error").into_response();
        }
    }
    {
        let mut throttle = state.throttle.lock().unwrap();
        if let Some(left) = throttle.get_mut(&method)
            && *left > 0
        {
            *left -= 1;
            state.calls.lock().unwrap().push(Call { method: format!("{method}#429"), body: parsed });
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "1"), ("content-type", "application/json")],
                r#"{"ok":false,"error":"ratelimited"}"#,
            )
                .into_response();
        }
    }
    state.calls.lock().unwrap().push(Call { method: method.clone(), body: parsed.clone() });
    let channel = parsed.get("channel").cloned().unwrap_or(json!("C123ABC456"));
    let answer = match method.as_str() {
        "auth.test" => json!({"ok": true, "url": "https://newsroom.slack.com/", "team": "Newsroom",
                              "user": "lede", "team_id": "T123ABC456", "user_id": BOT_USER, "bot_id": "BLEDE0001"}),
        "chat.postMessage" => {
            let ts = {
                let mut n = state.next_ts.lock().unwrap();
                *n += 1;
                format!("1700001000.{:06}", *n)
            };
            json!({"ok": true, "channel": channel, "ts": ts,
                   "message": {"type": "message", "ts": ts, "text": parsed.get("text").cloned().unwrap_or(json!("")),
                               "bot_id": "BLEDE0001", "user": BOT_USER}})
        }
        "chat.update" => {
            json!({"ok": true, "channel": channel, "ts": parsed.get("ts").cloned().unwrap_or(json!("")),
                                 "text": parsed.get("text").cloned().unwrap_or(json!("")),
                                 "message": {"text": parsed.get("text").cloned().unwrap_or(json!(""))}})
        }
        "chat.delete" => {
            json!({"ok": true, "channel": channel, "ts": parsed.get("ts").cloned().unwrap_or(json!(""))})
        }
        "reactions.add" => json!({"ok": true}),
        "conversations.history" => {
            let ts = parsed.get("latest").cloned().unwrap_or(json!("1.1"));
            let mut messages: Vec<Value> = state.responded.lock().unwrap().iter().rev().cloned().collect();
            messages.push(json!({"type": "message", "user": "U1", "ts": ts,
                                 "text": state.history_text.lock().unwrap().clone()}));
            json!({"ok": true, "has_more": false, "messages": messages})
        }
        "apps.connections.open" => json!({"ok": true, "url": state.ws_url.lock().unwrap().clone()}),
        _ => json!({"ok": false, "error": "unknown_method"}),
    };
    ([("content-type", "application/json")], answer.to_string()).into_response()
}

async fn respond(State(state): State<Arc<FakeState>>, Path(id): Path<String>, body: String) -> StatusCode {
    let parsed: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    if parsed["response_type"] == "in_channel" {
        let ts = {
            let mut n = state.next_ts.lock().unwrap();
            *n += 1;
            format!("1700002000.{:06}", *n)
        };
        let message = json!({"type": "message", "subtype": "bot_message", "bot_id": "BLEDE0001", "ts": ts,
                             "text": parsed["text"], "blocks": parsed["blocks"]});
        state.responded.lock().unwrap().push(message);
    }
    state.calls.lock().unwrap().push(Call { method: format!("response_url/{id}"), body: parsed });
    StatusCode::OK
}

async fn article(_headers: HeaderMap) -> Response {
    ([("content-type", "text/html; charset=utf-8")], include_str!("../fixtures/slack/article.html"))
        .into_response()
}

async fn slow_article(Path(_n): Path<String>) -> Response {
    tokio::time::sleep(Duration::from_secs(3)).await;
    article(HeaderMap::new()).await
}

/// Slack's v0 signature of `body` at `ts`.
pub fn sign(secret: &str, ts: &str, body: &str) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("v0:{ts}:{body}").as_bytes());
    format!("v0={}", hex::encode(mac.finalize().into_bytes()))
}

pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// Posts `body` to the bot at `path`, signed as Slack would sign it at `ts`.
pub async fn post_signed(
    http: &reqwest::Client,
    bot: SocketAddr,
    path: &str,
    content_type: &str,
    body: &str,
    ts: i64,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let ts = ts.to_string();
    let mut req = http
        .post(format!("http://{bot}{path}"))
        .header("content-type", content_type)
        .header("x-slack-request-timestamp", &ts)
        .header("x-slack-signature", sign(SECRET, &ts, body))
        .body(body.to_string());
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

/// A JSON-escaped string body for a fixture placeholder.
pub fn json_text(text: &str) -> String {
    let quoted = serde_json::to_string(text).unwrap();
    quoted[1..quoted.len() - 1].to_string()
}
