//! Socket Mode: no public URL needed. Slack acks an envelope only after its callback returns
//! and reads one frame at a time per connection, so callbacks store the work and return.

use crate::slack::bot::BotState;
use crate::slack::config::Secret;
use crate::slack::listener::{accept_command, accept_event, accept_interaction};
use slack_morphism::prelude::*;
use std::sync::Arc;

async fn on_push(
    event: SlackPushEventCallback,
    _client: Arc<SlackHyperClient>,
    states: SlackClientEventsUserState,
) -> UserCallbackResult<()> {
    let state = states.read().await.get_user_state::<Arc<BotState>>().cloned();
    let Some(state) = state else { return Ok(()) };
    let value = serde_json::to_value(&event.event)?;
    accept_event(&state, event.event_id.as_ref(), &value)?;
    Ok(())
}

async fn on_command(
    cmd: SlackCommandEvent,
    _client: Arc<SlackHyperClient>,
    states: SlackClientEventsUserState,
) -> UserCallbackResult<SlackCommandEventResponse> {
    let state = states.read().await.get_user_state::<Arc<BotState>>().cloned();
    let Some(state) = state else {
        return Ok(SlackCommandEventResponse::new(
            SlackMessageContent::new().with_text("lede is starting".into()),
        ));
    };
    Ok(accept_command(&state, &cmd)?)
}

async fn on_interaction(
    event: SlackInteractionEvent,
    _client: Arc<SlackHyperClient>,
    states: SlackClientEventsUserState,
) -> UserCallbackResult<()> {
    let state = states.read().await.get_user_state::<Arc<BotState>>().cloned();
    if let Some(state) = state {
        accept_interaction(&state, &event);
    }
    Ok(())
}

fn on_error(
    err: Box<dyn std::error::Error + Send + Sync>,
    _client: Arc<SlackHyperClient>,
    _state: SlackClientEventsUserState,
) -> HttpStatusCode {
    tracing::error!(error = %err, "Socket Mode callback failed; Slack will redeliver");
    HttpStatusCode::SERVICE_UNAVAILABLE
}

/// Connects over Socket Mode with `connections` sockets and starts listening.
pub async fn start(
    state: Arc<BotState>,
    app_token: &Secret,
    connections: u32,
) -> anyhow::Result<SlackClientSocketModeListener<SlackClientHyperHttpsConnector>> {
    let callbacks = SlackSocketModeListenerCallbacks::new()
        .with_push_events(on_push)
        .with_command_events(on_command)
        .with_interaction_events(on_interaction);
    let env = Arc::new(
        SlackClientEventsListenerEnvironment::new(state.client.clone())
            .with_error_handler(on_error)
            .with_user_state(state),
    );
    let config = SlackClientSocketModeConfig::new().with_max_connections_count(connections);
    let listener = SlackClientSocketModeListener::new(&config, env, callbacks);
    listener.listen_for(&SlackApiToken::new(app_token.expose().to_string().into())).await?;
    listener.start().await;
    Ok(listener)
}
