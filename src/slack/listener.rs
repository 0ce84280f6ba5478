//! The HTTP Events API: `POST /slack/events`, `/slack/commands`, `/slack/interactivity`
//! behind slack-morphism's signature check (stale or future timestamps over five minutes are
//! refused), and `GET /healthz`. An event is answered 200 only after its jobs are stored.

use crate::jobs::Job;
use crate::jobs::intake::{Context, Incoming, jobs_for};
use crate::slack::bot::BotState;
use crate::slack::client::content;
use crate::slack::render::{ACTION_FULL_TIMELINE, ACTION_RERUN, render};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::Value;
use slack_morphism::prelude::*;
use std::sync::Arc;

/// Largest request body taken (Slack's payloads are far smaller).
const MAX_BODY_BYTES: u64 = 1024 * 1024;

/// The router of `lede serve`.
pub fn router(state: Arc<BotState>, signing_secret: &str) -> Router {
    let env: Arc<SlackHyperListenerEnvironment> = Arc::new(
        SlackClientEventsListenerEnvironment::new(state.client.clone()).with_error_handler(on_error),
    );
    let listener: SlackEventsAxumListener<SlackHyperHttpsConnector> = SlackEventsAxumListener::new(env);
    let secret: SlackSigningSecret = signing_secret.to_string().into();
    Router::new()
        .route(
            "/slack/events",
            post(push_events).layer(
                listener.events_layer(&secret).with_event_extractor(SlackEventsExtractors::push_event()),
            ),
        )
        .route(
            "/slack/commands",
            post(commands).layer(
                listener.events_layer(&secret).with_event_extractor(SlackEventsExtractors::command_event()),
            ),
        )
        .route(
            "/slack/interactivity",
            post(interactions).layer(
                listener
                    .events_layer(&secret)
                    .with_event_extractor(SlackEventsExtractors::interaction_event()),
            ),
        )
        .layer(axum::middleware::from_fn(limit_body))
        .layer(Extension(state))
        .route("/healthz", get(|| async { "ok" }))
}

/// Refuses bodies over [`MAX_BODY_BYTES`] before the signature layer reads them whole.
async fn limit_body(request: Request<Body>, next: Next) -> Response {
    let declared = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match declared {
        Some(n) if n <= MAX_BODY_BYTES => next.run(request).await,
        _ => StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    }
}

fn on_error(
    err: Box<dyn std::error::Error + Send + Sync>,
    _client: Arc<SlackHyperClient>,
    _state: SlackClientEventsUserState,
) -> HttpStatusCode {
    use slack_morphism::signature_verifier::{
        SlackEventAbsentSignatureError, SlackEventSignatureVerifierError,
    };
    if err.downcast_ref::<SlackEventSignatureVerifierError>().is_some()
        || err.downcast_ref::<SlackEventAbsentSignatureError>().is_some()
    {
        tracing::warn!("refused a request with a bad, missing or stale signature");
        HttpStatusCode::UNAUTHORIZED
    } else {
        tracing::warn!(error = %err, "unreadable Slack payload");
        HttpStatusCode::OK
    }
}

async fn push_events(
    Extension(state): Extension<Arc<BotState>>,
    Extension(event): Extension<SlackPushEvent>,
    headers: HeaderMap,
    body: String,
) -> Response {
    match event {
        SlackPushEvent::UrlVerification(v) => v.challenge.into_response(),
        SlackPushEvent::EventCallback(cb) => {
            let retry = headers.get("x-slack-retry-num").and_then(|v| v.to_str().ok()).unwrap_or("0");
            let raw: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
            let inner = raw.get("event").cloned().unwrap_or(Value::Null);
            match accept_event(&state, cb.event_id.as_ref(), &inner) {
                Ok(n) => {
                    tracing::debug!(event_id = %cb.event_id, retry, jobs = n, "event taken");
                    StatusCode::OK.into_response()
                }
                Err(e) => {
                    tracing::error!(error = %e, "cannot store an event; Slack will retry");
                    StatusCode::SERVICE_UNAVAILABLE.into_response()
                }
            }
        }
        SlackPushEvent::AppRateLimited(_) => {
            tracing::warn!("Slack says lede is over its event rate limit");
            StatusCode::OK.into_response()
        }
    }
}

/// Reduces a raw `event` object to an [`Incoming`] message, if it is one.
pub fn incoming(event: &Value) -> Option<Incoming> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let kind = event.get("type").and_then(Value::as_str)?;
    let app_mention = match kind {
        "message" => false,
        "app_mention" => true,
        _ => return None,
    };
    let channel = s(event, "channel")?;
    let subtype = s(event, "subtype");
    let mut msg = Incoming { channel, subtype: subtype.clone(), app_mention, ..Default::default() };
    let body = match subtype.as_deref() {
        Some("message_changed") => {
            msg.previous_text = event.get("previous_message").and_then(|p| s(p, "text"));
            event.get("message")?
        }
        Some("message_deleted") => {
            msg.deleted_ts = s(event, "deleted_ts");
            msg.ts = s(event, "ts").unwrap_or_default();
            return Some(msg);
        }
        _ => event,
    };
    msg.ts = s(body, "ts")?;
    msg.thread_ts = s(body, "thread_ts");
    msg.user = s(body, "user");
    msg.bot_id = s(body, "bot_id");
    msg.text = s(body, "text").unwrap_or_default();
    Some(msg)
}

/// Turns one event into stored jobs (or nothing) and wakes the workers. Returns the number of
/// jobs queued; 0 for duplicates and events lede ignores.
pub fn accept_event(
    state: &BotState,
    event_id: &str,
    event: &Value,
) -> Result<usize, crate::store::StoreError> {
    let store = state.worker.store();
    if event.get("type").and_then(Value::as_str) == Some("reaction_added") {
        let item = event.get("item").cloned().unwrap_or(Value::Null);
        let field = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let reaction = event.get("reaction").and_then(Value::as_str).unwrap_or("");
        let (channel, ts) = (field("channel"), field("ts"));
        let jobs = if field("type") == "message" {
            crate::jobs::intake::jobs_for_reaction(&channel, &ts, reaction, &state.trigger)
        } else {
            Vec::new()
        };
        let rows: Vec<(String, Option<String>, Option<String>)> = jobs
            .iter()
            .filter_map(|j| serde_json::to_string(j).ok().map(|p| (p, Some(channel.clone()), None)))
            .collect();
        let key = format!("reaction:{channel}:{ts}");
        return match store.accept(event_id, Some(&key), &rows)? {
            crate::store::Accepted::Queued(n) if n > 0 => {
                state.worker.ring();
                Ok(n)
            }
            _ => Ok(0),
        };
    }
    let Some(msg) = incoming(event) else {
        store.accept(event_id, None, &[])?;
        return Ok(0);
    };
    let thread_has_digest = match msg.thread_ts.as_deref() {
        Some(t) if t != msg.ts => store.thread(&msg.channel, t)?.is_some(),
        _ => false,
    };
    let replies = if msg.subtype.as_deref() == Some("message_changed") {
        store.replies_to(&msg.channel, &msg.ts)?
    } else {
        Vec::new()
    };
    let ctx = Context {
        bot_user: state.bot_user.as_deref(),
        trigger: &state.trigger,
        thread_has_digest,
        replies: &replies,
    };
    let jobs = jobs_for(&msg, &ctx);
    let rows: Vec<(String, Option<String>, Option<String>)> = jobs
        .iter()
        .filter_map(|job| {
            let (channel, ts) = job.message();
            serde_json::to_string(job).ok().map(|p| (p, channel, ts))
        })
        .collect();
    let key = (msg.subtype.is_none() || msg.subtype.as_deref() == Some("file_share"))
        .then(|| format!("{}:{}", msg.channel, msg.ts));
    let taken = store.accept(event_id, key.as_deref(), &rows)?;
    match taken {
        crate::store::Accepted::Queued(n) if n > 0 => {
            state.worker.ring();
            Ok(n)
        }
        _ => Ok(0),
    }
}

/// Stores a `/lede` command and returns the immediate answer.
pub fn accept_command(
    state: &BotState,
    cmd: &SlackCommandEvent,
) -> Result<SlackCommandEventResponse, crate::store::StoreError> {
    let text = cmd.text.clone().unwrap_or_default();
    if text.trim().is_empty() || text.trim().eq_ignore_ascii_case("help") {
        let rendered = render(&crate::jobs::Reply::Help);
        return Ok(SlackCommandEventResponse::new(content(&rendered))
            .with_response_type(SlackMessageResponseType::Ephemeral));
    }
    let job = Job::Command {
        channel: cmd.channel_id.to_string(),
        response_url: cmd.response_url.0.to_string(),
        text,
        ephemeral: state.worker.ephemeral_commands(),
    };
    let payload = serde_json::to_string(&job).unwrap_or_default();
    state.worker.store().enqueue(&payload, Some(cmd.channel_id.as_ref()), None)?;
    state.worker.ring();
    Ok(SlackCommandEventResponse::new(
        SlackMessageContent::new().with_text(":hourglass_flowing_sand: Reading the article…".into()),
    )
    .with_response_type(SlackMessageResponseType::Ephemeral))
}

async fn commands(
    Extension(state): Extension<Arc<BotState>>,
    Extension(cmd): Extension<SlackCommandEvent>,
) -> Response {
    match accept_command(&state, &cmd) {
        Ok(answer) => Json(answer).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "cannot store a command");
            Json(SlackCommandEventResponse::new(
                SlackMessageContent::new()
                    .with_text("lede cannot take work right now; try again in a minute.".into()),
            ))
            .into_response()
        }
    }
}

/// Handles a button press: "Re-run" queues a fresh digest; "Show full timeline" queues the
/// whole timeline. Both are stored jobs, so a press is not lost to a restart.
pub fn accept_interaction(state: &Arc<BotState>, event: &SlackInteractionEvent) {
    let value = serde_json::to_value(event).unwrap_or(Value::Null);
    let Some(actions) = value.get("actions").and_then(Value::as_array) else { return };
    // A digest posted by `/lede` did not know its own `ts`: the press says where it is.
    let pressed_on = value.pointer("/container/message_ts").and_then(Value::as_str).unwrap_or("");
    for action in actions {
        let id = action.get("action_id").and_then(Value::as_str).unwrap_or("");
        let Some(v) = action.get("value").and_then(Value::as_str) else { continue };
        let mut parts = v.splitn(3, '|');
        let (Some(channel), Some(thread_ts), Some(url)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let thread_ts = if thread_ts.is_empty() { pressed_on } else { thread_ts };
        if channel.is_empty() || thread_ts.is_empty() {
            continue;
        }
        let job = if id == ACTION_RERUN && !url.is_empty() {
            Job::Link {
                channel: channel.into(),
                message_ts: thread_ts.into(),
                thread_ts: thread_ts.into(),
                url: url.into(),
                skipped: 0,
                rerun: true,
            }
        } else if id == ACTION_FULL_TIMELINE {
            Job::Timeline { channel: channel.into(), thread_ts: thread_ts.into() }
        } else {
            continue;
        };
        let (c, ts) = job.message();
        match serde_json::to_string(&job)
            .map(|p| state.worker.store().enqueue(&p, c.as_deref(), ts.as_deref()))
        {
            Ok(Ok(_)) => state.worker.ring(),
            Ok(Err(e)) => tracing::error!(error = %e, "cannot store a button press"),
            Err(e) => tracing::error!(error = %e, "cannot encode a button press"),
        }
    }
}

async fn interactions(
    Extension(state): Extension<Arc<BotState>>,
    Extension(event): Extension<SlackInteractionEvent>,
) -> StatusCode {
    accept_interaction(&state, &event);
    StatusCode::OK
}
