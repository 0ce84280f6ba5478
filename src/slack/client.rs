//! The Web API client: slack-morphism over an http-or-https connector (so tests can point
//! `LEDE_SLACK_API_URL` at a fake on 127.0.0.1), with rate control on: a 429 is retried after
//! its `Retry-After`, so no reply is lost.

use crate::jobs::{Reply, SlackApi, SlackApiError};
use crate::slack::config::Secret;
use crate::slack::render::{Rendered, render_in, render_messages};
use slack_morphism::errors::SlackClientError;
use slack_morphism::prelude::*;
use std::sync::Arc;

/// How many of a channel's latest messages are searched for a `/lede` reply's marker.
const FIND_MARKED_LOOKBACK: u16 = 20;

/// How many times a rate-limited call is retried.
const MAX_RETRIES: usize = 5;

/// Builds the Web API client; `api_url` replaces `https://slack.com/api` (no trailing slash).
pub fn build_client(api_url: Option<&str>) -> std::io::Result<SlackHyperClient> {
    crate::article::fetch::install_crypto_provider();
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_native_roots()
        .or_else(|_| {
            // No certificate store (a bare container): plain-http fakes still work.
            Ok::<_, std::io::Error>(
                hyper_rustls::HttpsConnectorBuilder::new().with_tls_config(
                    rustls::ClientConfig::builder()
                        .with_root_certificates(rustls::RootCertStore::empty())
                        .with_no_client_auth(),
                ),
            )
        })?
        .https_or_http()
        .enable_http1()
        .enable_http2()
        .build();
    let mut connector = SlackClientHyperConnector::with_connector(https)
        .with_rate_control(SlackApiRateControlConfig::new().with_max_retries(MAX_RETRIES));
    if let Some(base) = api_url {
        connector = connector.with_slack_api_url(base.trim_end_matches('/'));
    }
    Ok(SlackClient::new(connector))
}

/// lede's identity in the workspace, from `auth.test`.
#[derive(Debug, Clone, Default)]
pub struct BotIdentity {
    /// The bot's user id (messages from it are ignored; `<@id>` is a mention).
    pub user_id: Option<String>,
}

/// The Web API as the jobs see it.
pub struct SlackWeb {
    client: Arc<SlackHyperClient>,
    timezone: jiff::tz::TimeZone,
    token: SlackApiToken,
    http: reqwest::Client,
}

impl SlackWeb {
    /// A Web API handle with the bot token.
    pub fn new(client: Arc<SlackHyperClient>, bot_token: &Secret, timezone: jiff::tz::TimeZone) -> SlackWeb {
        crate::article::fetch::install_crypto_provider();
        let token = SlackApiToken::new(bot_token.expose().to_string().into());
        SlackWeb { client, timezone, token, http: reqwest::Client::new() }
    }

    /// Asks Slack who lede is.
    pub async fn identity(&self) -> Result<BotIdentity, SlackApiError> {
        let session = self.client.open_session(&self.token);
        let me = session.auth_test().await.map_err(error)?;
        Ok(BotIdentity { user_id: Some(me.user_id.to_string()) })
    }

    /// Posts one rendered message (in the thread `thread_ts`, if any); returns its `ts`.
    async fn post_rendered(
        &self,
        channel: &str,
        thread_ts: Option<&str>,
        rendered: &Rendered,
    ) -> Result<String, SlackApiError> {
        let session = self.client.open_session(&self.token);
        let mut req = SlackApiChatPostMessageRequest::new(channel.into(), content(rendered))
            .with_unfurl_links(false)
            .with_unfurl_media(false);
        if let Some(ts) = thread_ts {
            req = req.with_thread_ts(ts.into());
        }
        // Not `chat_post_message`: its built-in throttle allows one post a second for the whole
        // workspace. Slack's own limit is about one a second per channel, with bursts; a 429
        // is still retried after its Retry-After by the rate controller.
        let posted: SlackApiChatPostMessageResponse =
            session.http_session_api.http_post("chat.postMessage", &req, None).await.map_err(error)?;
        Ok(posted.ts.to_string())
    }
}

fn error(e: SlackClientError) -> SlackApiError {
    match e {
        SlackClientError::ApiError(api) => SlackApiError::Refused(api.code),
        other => SlackApiError::Transport(other.to_string()),
    }
}

/// The message content of a rendered reply; blocks that slack-morphism cannot model are
/// dropped in favour of the text.
pub fn content(rendered: &Rendered) -> SlackMessageContent {
    let blocks: Option<Vec<SlackBlock>> =
        serde_json::from_value(serde_json::Value::Array(rendered.blocks.clone())).ok();
    let content = SlackMessageContent::new().with_text(rendered.text.clone());
    match blocks {
        Some(b) if !b.is_empty() => content.with_blocks(b),
        _ => content,
    }
}

impl SlackApi for SlackWeb {
    async fn post(
        &self,
        channel: &str,
        thread_ts: Option<&str>,
        reply: &Reply,
    ) -> Result<String, SlackApiError> {
        let mut first = None;
        for rendered in render_messages(reply, &self.timezone) {
            let ts = self.post_rendered(channel, thread_ts, &rendered).await?;
            first.get_or_insert(ts);
        }
        first.ok_or_else(|| SlackApiError::Transport("nothing to post".into()))
    }

    async fn update(&self, channel: &str, ts: &str, reply: &Reply) -> Result<(), SlackApiError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiChatUpdateRequest::new(
            channel.into(),
            content(&render_in(reply, &self.timezone)),
            ts.into(),
        );
        session.chat_update(&req).await.map_err(error)?;
        Ok(())
    }

    async fn react(&self, channel: &str, ts: &str, name: &str) -> Result<(), SlackApiError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiReactionsAddRequest::new(channel.into(), name.into(), ts.into());
        match session.reactions_add(&req).await {
            Ok(_) => Ok(()),
            Err(SlackClientError::ApiError(api)) if api.code == "already_reacted" => Ok(()),
            Err(e) => Err(error(e)),
        }
    }

    async fn delete(&self, channel: &str, ts: &str) -> Result<(), SlackApiError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiChatDeleteRequest::new(channel.into(), ts.into());
        session.chat_delete(&req).await.map_err(error)?;
        Ok(())
    }

    async fn message(
        &self,
        channel: &str,
        ts: &str,
    ) -> Result<Option<(String, Option<String>)>, SlackApiError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiConversationsHistoryRequest::new()
            .with_channel(channel.into())
            .with_latest(ts.into())
            .with_inclusive(true)
            .with_limit(1);
        let found = session.conversations_history(&req).await.map_err(error)?;
        Ok(found
            .messages
            .into_iter()
            .find(|m| m.origin.ts.to_string() == ts)
            .map(|m| (m.content.text.unwrap_or_default(), m.origin.thread_ts.map(|t| t.to_string()))))
    }

    async fn find_marked(&self, channel: &str, marker: &str) -> Result<Option<String>, SlackApiError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiConversationsHistoryRequest::new()
            .with_channel(channel.into())
            .with_limit(FIND_MARKED_LOOKBACK);
        let found = session.conversations_history(&req).await.map_err(error)?;
        Ok(found.messages.into_iter().find_map(|m| {
            let blocks = serde_json::to_value(&m.content.blocks).unwrap_or_default();
            let marked = blocks.as_array().is_some_and(|blocks| {
                blocks.iter().any(|b| b.get("block_id").and_then(serde_json::Value::as_str) == Some(marker))
            });
            marked.then(|| m.origin.ts.to_string())
        }))
    }

    async fn respond(&self, response_url: &str, reply: &Reply, ephemeral: bool) -> Result<(), SlackApiError> {
        let rendered = render_in(reply, &self.timezone);
        let body = serde_json::json!({
            "response_type": if ephemeral { "ephemeral" } else { "in_channel" },
            "replace_original": false,
            "text": rendered.text,
            "blocks": rendered.blocks,
        });
        let response = self
            .http
            .post(response_url)
            .header("content-type", "application/json; charset=utf-8")
            .body(body.to_string())
            .send()
            .await
            .map_err(|e| SlackApiError::Transport(e.without_url().to_string()))?;
        if !response.status().is_success() {
            return Err(SlackApiError::Transport(format!("response_url answered {}", response.status())));
        }
        Ok(())
    }
}
