//! The running bot: the store, the worker pool and the Slack client, started together and
//! stopped gracefully (in-flight jobs finish; anything unfinished resumes at the next start).

use crate::article::fetch::FetchSettings;
use crate::jobs::intake::Trigger;
use crate::jobs::{Worker, WorkerSettings};
use crate::slack::client::{SlackWeb, build_client};
use crate::slack::config::BotConfig;
use crate::store::Store;
use anyhow::Context as _;
use slack_morphism::prelude::*;
use std::sync::Arc;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How long an event id (and a message's `channel:ts`) is remembered for dedup.
const EVENT_KEY_SECONDS: i64 = 48 * 3600;

/// What the listeners share.
pub struct BotState {
    /// The Web API client.
    pub client: Arc<SlackHyperClient>,
    /// The Web API as the jobs see it.
    pub web: Arc<SlackWeb>,
    /// The worker pool (and through it, the store).
    pub worker: Arc<Worker<SlackWeb>>,
    /// Which messages trigger a digest.
    pub trigger: Trigger,
    /// lede's own user id.
    pub bot_user: Option<String>,
}

/// A started bot: workers running, ready to take events.
pub struct Bot {
    /// Shared state for the listeners.
    pub state: Arc<BotState>,
    stop: watch::Sender<bool>,
    workers: JoinHandle<anyhow::Result<()>>,
}

impl Bot {
    /// Opens the store, asks Slack who lede is (`auth.test`: a bad token stops start-up) and
    /// starts the workers, which first resume unfinished jobs.
    pub async fn start(config: &BotConfig, fetch: FetchSettings) -> anyhow::Result<Bot> {
        crate::article::fetch::install_crypto_provider();
        let store = Arc::new(Store::open_url(&config.database_url).context("LEDE_DATABASE_URL")?);
        let client = Arc::new(build_client(config.slack_api_url.as_deref()).context("Slack client")?);
        let timezone = jiff::tz::TimeZone::get(&config.timezone).context("LEDE_TIMEZONE")?;
        let web = Arc::new(SlackWeb::new(client.clone(), &config.bot_token, timezone));
        let identity = web.identity().await.context("auth.test failed: check SLACK_BOT_TOKEN")?;
        let settings =
            WorkerSettings { workers: config.workers, fetch, ephemeral_commands: config.ephemeral_commands };
        let worker = Worker::new(store, web.clone(), settings)?;
        let (stop, rx) = watch::channel(false);
        let workers = tokio::spawn(worker.clone().run(rx));
        let store = worker.store().clone();
        let mut stopping = stop.subscribe();
        tokio::spawn(async move {
            // Event ids are kept two days: Slack's last retry comes minutes after the first try.
            loop {
                if let Err(e) = store.forget_events(EVENT_KEY_SECONDS) {
                    tracing::warn!(error = %e, "cannot forget old event ids");
                }
                tokio::select! {
                    _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
                    _ = stopping.changed() => break,
                }
            }
        });
        let state = Arc::new(BotState {
            client,
            web,
            worker,
            trigger: config.trigger.clone(),
            bot_user: identity.user_id,
        });
        Ok(Bot { state, stop, workers })
    }

    /// Stops taking jobs; waits for those in flight.
    pub async fn shutdown(self) -> anyhow::Result<()> {
        let _ = self.stop.send(true);
        self.state.worker.ring();
        self.workers.await??;
        Ok(())
    }
}

/// Runs `lede serve`: HTTP on `LEDE_BIND`, or Socket Mode; stops on Ctrl-C or SIGTERM.
pub async fn serve(config: BotConfig, fetch: FetchSettings, socket: bool) -> anyhow::Result<()> {
    let bot = Bot::start(&config, fetch).await?;
    if socket {
        let token = config.app_token.clone().context("SLACK_APP_TOKEN is not set")?;
        let listener = crate::slack::socket::start(bot.state.clone(), &token, 2).await?;
        tracing::info!("lede is listening over Socket Mode");
        shutdown_signal().await;
        listener.shutdown().await;
    } else {
        let secret = config.signing_secret.clone().context("SLACK_SIGNING_SECRET is not set")?;
        let app = crate::slack::listener::router(bot.state.clone(), secret.expose());
        let tcp = tokio::net::TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        tracing::info!(address = %config.bind, "lede is listening for Slack events");
        axum::serve(tcp, app).with_graceful_shutdown(shutdown_signal()).await?;
    }
    bot.shutdown().await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
