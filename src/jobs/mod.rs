//! The durable queue's workers and what each [`Job`] does: digest a link, digest pasted text,
//! answer a question in a thread, answer a slash command, delete replies to a deleted message.
//!
//! Jobs talk to Slack through the small [`SlackApi`] trait that `slack` implements; this
//! module never imports `slack_morphism`. What a reply says is a [`Reply`]; how it looks in
//! Slack is `slack::render`'s business.

pub mod intake;
mod run;

pub use run::{Worker, WorkerSettings};

use crate::extract::{Answer, Digest, Published};
use serde::{Deserialize, Serialize};
use std::future::Future;
use thiserror::Error;

/// One unit of work, stored as JSON until done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Job {
    /// Digest the article behind a link shared in a message.
    Link {
        /// Channel of the message.
        channel: String,
        /// The message's `ts` (reacted to).
        message_ts: String,
        /// The thread to reply in.
        thread_ts: String,
        /// The link as shared.
        url: String,
        /// Links of the same message left out (said in the reply).
        skipped: usize,
        /// Ignore the URL cache ("Re-run").
        rerun: bool,
    },
    /// Digest article text pasted in a message.
    Text {
        /// Channel of the message.
        channel: String,
        /// The message's `ts`.
        message_ts: String,
        /// The thread to reply in.
        thread_ts: String,
        /// The pasted text.
        text: String,
    },
    /// Answer a follow-up question in a thread that holds a digest.
    Question {
        /// Channel of the thread.
        channel: String,
        /// The question's `ts`.
        message_ts: String,
        /// The thread.
        thread_ts: String,
        /// The question.
        question: String,
    },
    /// `/lede …`: a link, text or `help`, answered through the command's `response_url`.
    Command {
        /// Where the command was run.
        channel: String,
        /// Slack's `response_url` for the command.
        response_url: String,
        /// What followed `/lede`.
        text: String,
        /// Show the answer to the caller only.
        ephemeral: bool,
    },
    /// "Show full timeline" was pressed: post the whole timeline of the thread's digest.
    Timeline {
        /// Channel of the thread.
        channel: String,
        /// The thread that holds the digest.
        thread_ts: String,
    },
    /// Someone added the `:newspaper:` reaction to a message: digest what it holds.
    Reaction {
        /// Channel of the message.
        channel: String,
        /// The message's `ts`.
        message_ts: String,
    },
    /// The source message was deleted: delete lede's replies to it.
    Delete {
        /// Channel of the message.
        channel: String,
        /// The deleted message's `ts`.
        message_ts: String,
        /// The replies to delete, when fixed when the job was made (an edit: the new
        /// digests' replies must survive); `None`: every reply to the message at run time.
        #[serde(default)]
        replies: Option<Vec<String>>,
    },
}

impl Job {
    /// The channel and message this job answers, for the store's reply index.
    pub fn message(&self) -> (Option<String>, Option<String>) {
        match self {
            Job::Link { channel, message_ts, .. }
            | Job::Text { channel, message_ts, .. }
            | Job::Question { channel, message_ts, .. } => (Some(channel.clone()), Some(message_ts.clone())),
            Job::Timeline { channel, thread_ts } => (Some(channel.clone()), Some(thread_ts.clone())),
            Job::Command { channel, .. } | Job::Reaction { channel, .. } => (Some(channel.clone()), None),
            Job::Delete { .. } => (None, None),
        }
    }
}

/// What lede says in a reply, before it is dressed for Slack.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// "Reading the article…", while the work runs.
    Placeholder {
        /// What is being read (a link, "the pasted text").
        what: String,
    },
    /// A digest.
    Digest(Box<DigestReply>),
    /// An answer to a follow-up question.
    Answer {
        /// The answer.
        answer: Answer,
        /// The quoted sentences, in order.
        quotes: Vec<String>,
    },
    /// Something went wrong: said plainly, with what to do.
    Failure {
        /// What was being read.
        what: String,
        /// Why it failed and what to do.
        reason: String,
    },
    /// `/lede help`.
    Help,
    /// The whole timeline of a digest, after "Show full timeline" (one or more messages).
    FullTimeline(Box<DigestReply>),
}

/// A digest as a reply, with what the reply needs beyond the digest.
#[derive(Debug, Clone, PartialEq)]
pub struct DigestReply {
    /// The digest.
    pub digest: Digest,
    /// The article text the digest's evidence points into.
    pub text: String,
    /// How long it took, in milliseconds.
    pub elapsed_ms: u64,
    /// When the digest comes from the cache: a link to the thread where it was first posted.
    pub earlier: Option<String>,
    /// Links of the same message that were left out.
    pub skipped: usize,
    /// Where the "Re-run" and "Show full timeline" buttons point: `channel|thread_ts|url`.
    pub action_value: Option<String>,
    /// When the article was published, as precisely as its page says.
    pub published: Option<Published>,
    /// When the page says it was last updated.
    pub modified: Option<Published>,
    /// A mark put on the message (a `block_id`) so that lede can find a reply it posted
    /// through a `response_url`, which gives no `ts`, in the channel's history.
    pub marker: Option<String>,
}

impl DigestReply {
    /// A digest of `text` with nothing more to say: no timing, no buttons, no dates shown
    /// beyond the digest's own.
    pub fn new(digest: Digest, text: String) -> DigestReply {
        DigestReply {
            digest,
            text,
            elapsed_ms: 0,
            earlier: None,
            skipped: 0,
            action_value: None,
            published: None,
            modified: None,
            marker: None,
        }
    }
}

/// Why a Slack call failed.
#[derive(Debug, Error)]
pub enum SlackApiError {
    /// Slack answered `ok: false`.
    #[error("slack refused the call: {0}")]
    Refused(String),
    /// Could not reach Slack, or a bad answer.
    #[error("slack call failed: {0}")]
    Transport(String),
}

/// The few Slack Web API calls jobs make. `slack` implements it; tests may fake it.
pub trait SlackApi: Send + Sync + 'static {
    /// Posts `reply` in `channel` (in the thread `thread_ts`, if any); returns its `ts`.
    fn post(
        &self,
        channel: &str,
        thread_ts: Option<&str>,
        reply: &Reply,
    ) -> impl Future<Output = Result<String, SlackApiError>> + Send;
    /// Replaces the message `ts` with `reply`.
    fn update(
        &self,
        channel: &str,
        ts: &str,
        reply: &Reply,
    ) -> impl Future<Output = Result<(), SlackApiError>> + Send;
    /// Adds the reaction `name` to the message `ts`.
    fn react(
        &self,
        channel: &str,
        ts: &str,
        name: &str,
    ) -> impl Future<Output = Result<(), SlackApiError>> + Send;
    /// Deletes lede's message `ts`.
    fn delete(&self, channel: &str, ts: &str) -> impl Future<Output = Result<(), SlackApiError>> + Send;
    /// The text and thread of the message `ts`, if lede can read it.
    fn message(
        &self,
        channel: &str,
        ts: &str,
    ) -> impl Future<Output = Result<Option<(String, Option<String>)>, SlackApiError>> + Send;
    /// The `ts` of a recent message in `channel` that carries `marker` (see
    /// [`DigestReply::marker`]), if lede can read the channel.
    fn find_marked(
        &self,
        channel: &str,
        marker: &str,
    ) -> impl Future<Output = Result<Option<String>, SlackApiError>> + Send;
    /// Answers a slash command through its `response_url`.
    fn respond(
        &self,
        response_url: &str,
        reply: &Reply,
        ephemeral: bool,
    ) -> impl Future<Output = Result<(), SlackApiError>> + Send;
}
