//! The worker pool: takes stored jobs in order and does them, recording each reply's `ts`
//! before anything else so that a resumed job updates its reply instead of posting twice.

use crate::article::acquire::{AcquireError, from_url};
use crate::article::fetch::{FetchSettings, Fetcher};
use crate::article::from_plain_text;
use crate::article::link::normalize_url;
use crate::extract::digest::digest_doc;
use crate::extract::{Anchor, Article, Digest, DigestOptions, Doc, answer};
use crate::jobs::{DigestReply, Job, Reply, SlackApi, SlackApiError};
use crate::store::{Store, StoredJob};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{Notify, watch};

/// Tries of a job that fails because Slack cannot be reached.
const MAX_ATTEMPTS: u32 = 5;

/// First retry delay, doubled at each try (5 s, 10 s, 20 s…).
const RETRY_BASE_SECONDS: i64 = 5;

/// Waits before each look for a `/lede` reply in the channel's history.
const FIND_MARKED_WAITS_MS: [u64; 4] = [100, 400, 1000, 2500];

/// How long a digest of a link is reused for the same link.
const LINK_CACHE_SECONDS: i64 = 7 * 24 * 3600;

/// Settings of the worker pool.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Jobs run at once.
    pub workers: usize,
    /// How pages are fetched.
    pub fetch: FetchSettings,
    /// `/lede` answers only the caller.
    pub ephemeral_commands: bool,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        WorkerSettings { workers: 4, fetch: FetchSettings::default(), ephemeral_commands: false }
    }
}

/// The worker pool's shared state: the store, Slack, and a bell rung when jobs are queued.
pub struct Worker<A: SlackApi> {
    store: Arc<Store>,
    slack: Arc<A>,
    fetcher: Fetcher,
    settings: WorkerSettings,
    bell: Notify,
}

impl<A: SlackApi> Worker<A> {
    /// A pool over `store` that answers through `slack`.
    pub fn new(store: Arc<Store>, slack: Arc<A>, settings: WorkerSettings) -> anyhow::Result<Arc<Worker<A>>> {
        let fetcher = Fetcher::new(settings.fetch.clone())?;
        Ok(Arc::new(Worker { store, slack, fetcher, settings, bell: Notify::new() }))
    }

    /// Wakes the workers: call after queuing jobs.
    pub fn ring(&self) {
        self.bell.notify_waiters();
        self.bell.notify_one();
    }

    /// The store.
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Whether `/lede` answers only the caller.
    pub fn ephemeral_commands(&self) -> bool {
        self.settings.ephemeral_commands
    }

    /// Requeues jobs a stopped process left running, then runs the pool until `stop` turns
    /// true; jobs in flight at that moment finish (or, if they fail to, are queued again).
    pub async fn run(self: Arc<Self>, stop: watch::Receiver<bool>) -> anyhow::Result<()> {
        let resumed = self.store.resume()?;
        if resumed > 0 {
            tracing::info!(resumed, "resuming unfinished jobs");
        }
        let mut tasks = Vec::new();
        for _ in 0..self.settings.workers.max(1) {
            let me = self.clone();
            let mut stop = stop.clone();
            tasks.push(tokio::spawn(async move {
                loop {
                    if *stop.borrow() {
                        break;
                    }
                    match me.store.claim() {
                        Ok(Some(job)) => me.run_one(job).await,
                        Ok(None) => {
                            tokio::select! {
                                _ = me.bell.notified() => {}
                                _ = stop.changed() => {}
                                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                            }
                        }
                        Err(e) => {
                            tracing::error!(error = %e, "cannot take a job");
                            tokio::time::sleep(Duration::from_secs(1)).await;
                        }
                    }
                }
            }));
        }
        for task in tasks {
            let _ = task.await;
        }
        Ok(())
    }

    async fn run_one(&self, stored: StoredJob) {
        let job: Job = match serde_json::from_str(&stored.payload) {
            Ok(job) => job,
            Err(e) => {
                tracing::error!(id = stored.id, error = %e, "unreadable job dropped");
                let _ = self.store.finish(stored.id);
                return;
            }
        };
        tracing::info!(id = stored.id, kind = job_kind(&job), "job started");
        let mut reply_ts = stored.reply_ts.clone();
        let done = self.perform(stored.id, &job, &mut reply_ts).await;
        let slack_down = |e: &anyhow::Error| {
            matches!(e.downcast_ref::<SlackApiError>(), Some(SlackApiError::Transport(_)))
        };
        let result = match done {
            Ok(()) => self.store.finish(stored.id),
            Err(e) if slack_down(&e) && stored.attempts < MAX_ATTEMPTS => {
                let delay = RETRY_BASE_SECONDS << stored.attempts;
                tracing::warn!(id = stored.id, error = %e, delay, "Slack unreachable; the job will be retried");
                self.store.retry_later(stored.id, delay)
            }
            Err(e) => {
                tracing::warn!(id = stored.id, error = %e, "job failed");
                self.store.finish(stored.id)
            }
        };
        if let Err(e) = result {
            tracing::error!(id = stored.id, error = %e, "cannot record the job's end");
        }
    }

    /// Posts `reply` in the thread, or updates the reply already posted for this job.
    async fn say(
        &self,
        id: i64,
        reply_ts: &mut Option<String>,
        channel: &str,
        thread_ts: &str,
        reply: &Reply,
    ) -> anyhow::Result<()> {
        match reply_ts {
            Some(ts) => self.slack.update(channel, ts, reply).await?,
            None => {
                let ts = self.slack.post(channel, Some(thread_ts), reply).await?;
                self.store.set_reply_ts(id, &ts)?;
                *reply_ts = Some(ts);
            }
        }
        Ok(())
    }

    async fn perform(&self, id: i64, job: &Job, reply_ts: &mut Option<String>) -> anyhow::Result<()> {
        match job {
            Job::Link { channel, message_ts, thread_ts, url, skipped, rerun } => {
                let key = normalize_url(url).unwrap_or_else(|| url.clone());
                if !rerun
                    && reply_ts.is_none()
                    && let Some(cached) = self.store.cached_link(&key, LINK_CACHE_SECONDS)?
                    && let Ok(digest) = serde_json::from_str::<Digest>(&cached.digest)
                {
                    {
                        let earlier = permalink(&cached.channel, &cached.thread_ts);
                        let reply = Reply::Digest(Box::new(DigestReply {
                            digest,
                            text: cached.text.clone(),
                            elapsed_ms: 0,
                            earlier: Some(earlier),
                            skipped: *skipped,
                            action_value: Some(format!("{channel}|{thread_ts}|{url}")),
                            published: None,
                            modified: None,
                            marker: None,
                        }));
                        self.say(id, reply_ts, channel, thread_ts, &reply).await?;
                        self.store.save_thread(channel, thread_ts, &cached.text, &cached.digest)?;
                        return Ok(());
                    }
                }
                if reply_ts.is_none() {
                    let _ = self.slack.react(channel, message_ts, "eyes").await;
                }
                let placeholder = Reply::Placeholder { what: url.clone() };
                if reply_ts.is_none() {
                    self.say(id, reply_ts, channel, thread_ts, &placeholder).await?;
                }
                let started = Instant::now();
                let today = jiff::Zoned::now().date();
                let reply = match from_url(&self.fetcher, url, today).await {
                    Ok(acquired) => match self.digest_reply(acquired.article, started, *skipped).await {
                        Ok(mut digest) => {
                            digest.action_value = Some(format!("{channel}|{thread_ts}|{url}"));
                            digest.modified = acquired.modified;
                            let json = serde_json::to_string(&digest.digest)?;
                            self.store.save_thread(channel, thread_ts, &digest.text, &json)?;
                            self.store.cache_link(&key, channel, thread_ts, &digest.text, &json)?;
                            Reply::Digest(Box::new(digest))
                        }
                        Err(reason) => Reply::Failure { what: url.clone(), reason },
                    },
                    Err(e) => Reply::Failure { what: url.clone(), reason: acquire_reason(&e) },
                };
                self.say(id, reply_ts, channel, thread_ts, &reply).await
            }
            Job::Text { channel, message_ts, thread_ts, text } => {
                if text.split_whitespace().count() < crate::jobs::intake::SHORT_MENTION_WORDS {
                    return self.say(id, reply_ts, channel, thread_ts, &Reply::Help).await;
                }
                if reply_ts.is_none() {
                    let _ = self.slack.react(channel, message_ts, "eyes").await;
                }
                let what = "the pasted text".to_string();
                let started = Instant::now();
                let reply = match from_plain_text(text.clone()) {
                    Ok(article) => match self.digest_reply(article, started, 0).await {
                        Ok(mut digest) => {
                            digest.action_value = Some(format!("{channel}|{thread_ts}|"));
                            let json = serde_json::to_string(&digest.digest)?;
                            self.store.save_thread(channel, thread_ts, &digest.text, &json)?;
                            Reply::Digest(Box::new(digest))
                        }
                        Err(reason) => Reply::Failure { what, reason },
                    },
                    Err(e) => Reply::Failure { what, reason: format!("{e}") },
                };
                self.say(id, reply_ts, channel, thread_ts, &reply).await
            }
            Job::Question { channel, thread_ts, question, .. } => {
                let Some(thread) = self.store.thread(channel, thread_ts)? else { return Ok(()) };
                let digest: Digest = serde_json::from_str(&thread.digest)?;
                let question = question.clone();
                let reply = tokio::task::spawn_blocking(move || {
                    let doc = Doc::new(&thread.text);
                    let found = answer(&digest, &doc, &question);
                    let quotes =
                        found.evidence.iter().map(|e| doc.span_text(e.span()).trim().to_string()).collect();
                    Reply::Answer { answer: found, quotes }
                })
                .await?;
                self.say(id, reply_ts, channel, thread_ts, &reply).await
            }
            Job::Command { channel, response_url, text, ephemeral } => {
                let text = text.trim();
                let links = crate::jobs::intake::links_in(&format!("<{text}>"));
                let bare = crate::jobs::intake::links_in(text);
                let link = bare.into_iter().next().or_else(|| links.into_iter().next());
                let mut reply = if text.is_empty() || text.eq_ignore_ascii_case("help") {
                    Reply::Help
                } else {
                    let started = Instant::now();
                    let today = jiff::Zoned::now().date();
                    match &link {
                        Some(url) => match from_url(&self.fetcher, url, today).await {
                            Ok(a) => {
                                let mut reply = self.digest_or_failure(a.article, started, url).await;
                                if let Reply::Digest(d) = &mut reply {
                                    d.modified = a.modified;
                                }
                                reply
                            }
                            Err(e) => Reply::Failure { what: url.clone(), reason: acquire_reason(&e) },
                        },
                        None => match from_plain_text(text.to_string()) {
                            Ok(article) => self.digest_or_failure(article, started, "the pasted text").await,
                            Err(e) => {
                                Reply::Failure { what: "the pasted text".into(), reason: e.to_string() }
                            }
                        },
                    }
                };
                if let Reply::Digest(d) = &mut reply {
                    // The digest's own ts is unknown here: a button press supplies it.
                    d.action_value = Some(format!("{channel}||{}", link.as_deref().unwrap_or("")));
                    if !*ephemeral {
                        d.marker = Some(format!("lede-reply-{id}"));
                    }
                }
                self.slack.respond(response_url, &reply, *ephemeral).await?;
                if let Reply::Digest(d) = &reply
                    && let Some(marker) = &d.marker
                {
                    self.link_command_thread(channel, marker, d).await?;
                }
                Ok(())
            }
            Job::Timeline { channel, thread_ts } => {
                if reply_ts.is_some() {
                    return Ok(());
                }
                let Some(thread) = self.store.thread(channel, thread_ts)? else { return Ok(()) };
                let digest: Digest = serde_json::from_str(&thread.digest)?;
                let reply = Reply::FullTimeline(Box::new(DigestReply::new(digest, thread.text)));
                self.say(id, reply_ts, channel, thread_ts, &reply).await
            }
            Job::Reaction { channel, message_ts } => {
                let Some((text, thread_ts)) = self.slack.message(channel, message_ts).await? else {
                    return Ok(());
                };
                let jobs = crate::jobs::intake::jobs_for_requested(channel, message_ts, &text, thread_ts);
                for job in &jobs {
                    let (c, ts) = job.message();
                    self.store.enqueue(&serde_json::to_string(job)?, c.as_deref(), ts.as_deref())?;
                }
                if !jobs.is_empty() {
                    self.ring();
                }
                Ok(())
            }
            Job::Delete { channel, message_ts, replies } => {
                let replies = match replies {
                    Some(fixed) => fixed.clone(),
                    None => self.store.replies_to(channel, message_ts)?,
                };
                for ts in replies {
                    if let Err(e) = self.slack.delete(channel, &ts).await {
                        tracing::warn!(error = %e, "cannot delete a reply");
                    }
                }
                Ok(())
            }
        }
    }

    /// Finds the digest a `/lede` command posted through its `response_url` (which gives no
    /// `ts`) by its marker, and records its thread so that replies there get answers. Slack
    /// may show the message a moment after the `response_url` call returns: a few tries.
    async fn link_command_thread(&self, channel: &str, marker: &str, d: &DigestReply) -> anyhow::Result<()> {
        for wait_ms in FIND_MARKED_WAITS_MS {
            tokio::time::sleep(Duration::from_millis(wait_ms)).await;
            match self.slack.find_marked(channel, marker).await {
                Ok(Some(ts)) => {
                    let json = serde_json::to_string(&d.digest)?;
                    self.store.save_thread(channel, &ts, &d.text, &json)?;
                    return Ok(());
                }
                Ok(None) => {}
                Err(e) => {
                    // Typically `not_in_channel`: lede cannot read the channel, so it would not
                    // hear replies there either.
                    tracing::info!(error = %e, "the /lede reply cannot be linked to its thread");
                    return Ok(());
                }
            }
        }
        tracing::info!("the /lede reply was not found in the channel's history");
        Ok(())
    }

    async fn digest_or_failure(&self, article: Article, started: Instant, what: &str) -> Reply {
        match self.digest_reply(article, started, 0).await {
            Ok(d) => Reply::Digest(Box::new(d)),
            Err(reason) => Reply::Failure { what: what.to_string(), reason },
        }
    }

    /// Digests `article` off the async threads; refuses what is not English.
    async fn digest_reply(
        &self,
        article: Article,
        started: Instant,
        skipped: usize,
    ) -> Result<DigestReply, String> {
        let language =
            article.language.clone().or_else(|| crate::article::language::language_of(&article.text));
        if let Some(lang) = language.as_deref().filter(|l| *l != "en") {
            return Err(format!(
                "the article looks like it is not in English (detected: {lang}); lede reads English articles only"
            ));
        }
        let today = jiff::Zoned::now().date();
        let published = article.published;
        let made = tokio::task::spawn_blocking(move || {
            let anchor = Anchor::choose(None, &article, today);
            let doc = Doc::new(&article.text);
            let digest = digest_doc(&article, &doc, anchor, &DigestOptions::default());
            (digest, article.text)
        })
        .await
        .map_err(|_| "the digest could not be made (an internal error); try again".to_string())?;
        Ok(DigestReply {
            digest: made.0,
            text: made.1,
            elapsed_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            earlier: None,
            skipped,
            action_value: None,
            published,
            modified: None,
            marker: None,
        })
    }
}

fn job_kind(job: &Job) -> &'static str {
    match job {
        Job::Link { .. } => "link",
        Job::Text { .. } => "text",
        Job::Question { .. } => "question",
        Job::Command { .. } => "command",
        Job::Timeline { .. } => "timeline",
        Job::Reaction { .. } => "reaction",
        Job::Delete { .. } => "delete",
    }
}

/// Why a link gave no article, worded for the person who shared it.
fn acquire_reason(e: &AcquireError) -> String {
    match e {
        AcquireError::Fetch(f) => format!("{f}; if the page is fine in a browser, paste the text with /lede"),
        AcquireError::Article(a) => a.to_string(),
    }
}

/// A link to a thread in Slack.
pub fn permalink(channel: &str, ts: &str) -> String {
    format!("https://slack.com/archives/{channel}/p{}", ts.replace('.', ""))
}
