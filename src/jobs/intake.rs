//! Which messages lede acts on, and how: a Slack message, reduced to the facts that matter,
//! becomes zero or more [`Job`]s. Pure: the store lookup it needs is passed in.

use crate::article::link::normalize_url;
use crate::jobs::Job;

/// Most links of one message that get a digest; the rest are counted in the reply.
pub const MAX_LINKS_PER_MESSAGE: usize = 3;

/// Words from which a message counts as pasted article text.
pub const PASTED_TEXT_WORDS: usize = 120;

/// An @mention with fewer words than this and no link is a greeting or a question about lede
/// itself ("@lede hi", "@lede what can you do?"): it gets the help text, not a digest.
pub const SHORT_MENTION_WORDS: usize = 30;

/// Which messages trigger a digest (`LEDE_TRIGGER`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trigger {
    /// Every link in every channel lede is in (the default).
    All,
    /// Only in these channels.
    Channels(Vec<String>),
    /// Only when lede is @mentioned.
    Mention,
    /// Only when someone adds the `:newspaper:` reaction to a message (or @mentions lede).
    Reaction,
}

/// The reaction that asks for a digest under [`Trigger::Reaction`].
pub const DIGEST_REACTION: &str = "newspaper";

impl Trigger {
    /// Parses `all`, `mention` or `channels:C1,C2`.
    pub fn parse(raw: &str) -> Option<Trigger> {
        let raw = raw.trim();
        match raw {
            "" | "all" => Some(Trigger::All),
            "mention" => Some(Trigger::Mention),
            "reaction" => Some(Trigger::Reaction),
            _ => {
                let list = raw.strip_prefix("channels:")?;
                let ids: Vec<String> =
                    list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
                (!ids.is_empty()).then_some(Trigger::Channels(ids))
            }
        }
    }
}

/// What a Slack message event says, reduced to what intake needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Incoming {
    /// Channel id.
    pub channel: String,
    /// The message's `ts`.
    pub ts: String,
    /// The thread it is in, if any (equal to `ts` for a thread's parent).
    pub thread_ts: Option<String>,
    /// Author's user id.
    pub user: Option<String>,
    /// Set when a bot or app posted it.
    pub bot_id: Option<String>,
    /// Slack's subtype (`message_changed`, `message_deleted`, …).
    pub subtype: Option<String>,
    /// The text, in Slack's markup.
    pub text: String,
    /// For `message_changed`: the text before the edit.
    pub previous_text: Option<String>,
    /// For `message_deleted`: the deleted message's `ts`.
    pub deleted_ts: Option<String>,
    /// Came as an `app_mention` event.
    pub app_mention: bool,
}

/// What intake knows beyond the message.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// lede's own user id (from `auth.test`).
    pub bot_user: Option<&'a str>,
    /// The trigger setting.
    pub trigger: &'a Trigger,
    /// Whether the thread `(channel, thread_ts)` holds a digest.
    pub thread_has_digest: bool,
    /// lede's replies to the message so far (for an edit, the ones to replace).
    pub replies: &'a [String],
}

/// The jobs a message asks for; empty when lede should stay silent.
pub fn jobs_for(msg: &Incoming, ctx: &Context<'_>) -> Vec<Job> {
    if msg.bot_id.is_some() || (msg.user.is_some() && msg.user.as_deref() == ctx.bot_user) {
        return Vec::new();
    }
    match msg.subtype.as_deref() {
        None | Some("file_share") | Some("thread_broadcast") => {}
        Some("message_deleted") => {
            return msg
                .deleted_ts
                .iter()
                .map(|ts| Job::Delete { channel: msg.channel.clone(), message_ts: ts.clone(), replies: None })
                .collect();
        }
        Some("message_changed") => return edited_links(msg, ctx),
        Some(_) => return Vec::new(),
    }
    let mentioned = msg.app_mention || ctx.bot_user.is_some_and(|u| msg.text.contains(&format!("<@{u}>")));
    let in_thread = msg.thread_ts.as_deref().is_some_and(|t| t != msg.ts);
    let thread_ts = msg.thread_ts.clone().unwrap_or_else(|| msg.ts.clone());
    let links = links_in(&msg.text);
    let plain = strip_markup(&msg.text);
    if in_thread && ctx.thread_has_digest && links.is_empty() {
        if plain.is_empty() {
            return Vec::new();
        }
        return vec![Job::Question {
            channel: msg.channel.clone(),
            message_ts: msg.ts.clone(),
            thread_ts,
            question: plain,
        }];
    }
    let allowed = match ctx.trigger {
        Trigger::All => !in_thread || mentioned,
        Trigger::Channels(ids) => mentioned || (!in_thread && ids.contains(&msg.channel)),
        Trigger::Mention | Trigger::Reaction => mentioned,
    };
    if !allowed {
        return Vec::new();
    }
    if !links.is_empty() {
        let skipped = links.len().saturating_sub(MAX_LINKS_PER_MESSAGE);
        let taken = links.len().min(MAX_LINKS_PER_MESSAGE);
        return links
            .into_iter()
            .take(MAX_LINKS_PER_MESSAGE)
            .enumerate()
            .map(|(i, url)| Job::Link {
                channel: msg.channel.clone(),
                message_ts: msg.ts.clone(),
                thread_ts: thread_ts.clone(),
                url,
                skipped: if i + 1 == taken { skipped } else { 0 },
                rerun: false,
            })
            .collect();
    }
    let words = plain.split_whitespace().count();
    if words >= PASTED_TEXT_WORDS || (mentioned && words > 0) {
        return vec![Job::Text {
            channel: msg.channel.clone(),
            message_ts: msg.ts.clone(),
            thread_ts,
            text: plain,
        }];
    }
    Vec::new()
}

/// The job a reaction asks for: a digest of the message, under [`Trigger::Reaction`] only.
pub fn jobs_for_reaction(channel: &str, ts: &str, reaction: &str, trigger: &Trigger) -> Vec<Job> {
    if *trigger == Trigger::Reaction && reaction == DIGEST_REACTION {
        vec![Job::Reaction { channel: channel.to_string(), message_ts: ts.to_string() }]
    } else {
        Vec::new()
    }
}

/// The jobs for a message someone explicitly asked lede to read (by reaction).
pub fn jobs_for_requested(channel: &str, ts: &str, text: &str, thread_ts: Option<String>) -> Vec<Job> {
    let msg = Incoming {
        channel: channel.to_string(),
        ts: ts.to_string(),
        thread_ts,
        text: text.to_string(),
        app_mention: true,
        ..Default::default()
    };
    jobs_for(
        &msg,
        &Context { bot_user: None, trigger: &Trigger::All, thread_has_digest: false, replies: &[] },
    )
}

/// An edit that changes the links of a message: the digests are redone (old replies deleted).
fn edited_links(msg: &Incoming, ctx: &Context<'_>) -> Vec<Job> {
    let before = msg.previous_text.as_deref().map(links_in).unwrap_or_default();
    let after = links_in(&msg.text);
    if before == after || after.is_empty() {
        return Vec::new();
    }
    let edited = Incoming { subtype: None, previous_text: None, ..msg.clone() };
    let replies = Some(ctx.replies.to_vec());
    let mut jobs = vec![Job::Delete { channel: msg.channel.clone(), message_ts: msg.ts.clone(), replies }];
    jobs.extend(jobs_for(&edited, ctx).into_iter().map(|job| match job {
        Job::Link { channel, message_ts, thread_ts, url, skipped, .. } => {
            Job::Link { channel, message_ts, thread_ts, url, skipped, rerun: true }
        }
        other => other,
    }));
    if jobs.len() == 1 { Vec::new() } else { jobs }
}

/// The http(s) links of a Slack message, in order, without duplicates: `<url>` and
/// `<url|label>`, with Slack's `&amp;` escapes undone.
pub fn links_in(text: &str) -> Vec<String> {
    let mut links: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { break };
        let inner = &after[..close];
        rest = &after[close + 1..];
        let target = inner.split('|').next().unwrap_or("");
        if !(target.starts_with("http://") || target.starts_with("https://")) {
            continue;
        }
        let url = unescape(target);
        let key = normalize_url(&url).unwrap_or_else(|| url.clone());
        if !seen.contains(&key) {
            seen.push(key);
            links.push(url);
        }
    }
    links
}

/// The message as plain text: mentions and links removed, labels kept, escapes undone.
pub fn strip_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let inner = &after[..close];
        if let Some((_, label)) = inner.split_once('|')
            && !inner.starts_with('@')
            && !inner.starts_with('#')
        {
            out.push_str(label);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    unescape(out.trim())
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(text: &str) -> Incoming {
        Incoming {
            channel: "C1".into(),
            ts: "1.1".into(),
            user: Some("U1".into()),
            text: text.into(),
            ..Default::default()
        }
    }

    fn ctx(trigger: &Trigger) -> Context<'_> {
        Context { bot_user: Some("UBOT"), trigger, thread_has_digest: false, replies: &[] }
    }

    #[test]
    fn links_are_read_from_slack_markup() {
        let links = links_in(
            "see <https://a.example/x?a=1&amp;b=2|this> and <https://b.example/y> <@U1> <https://a.example/x?a=1&amp;b=2>",
        );
        assert_eq!(links, vec!["https://a.example/x?a=1&b=2".to_string(), "https://b.example/y".to_string()]);
    }

    #[test]
    fn a_link_gives_a_link_job_in_the_messages_thread() {
        let jobs = jobs_for(&msg("<https://a.example/x>"), &ctx(&Trigger::All));
        assert!(
            matches!(&jobs[..], [Job::Link { thread_ts, url, .. }] if thread_ts == "1.1" && url == "https://a.example/x")
        );
    }

    #[test]
    fn more_than_three_links_are_counted() {
        let text = (0..5).map(|i| format!("<https://a.example/{i}>")).collect::<Vec<_>>().join(" ");
        let jobs = jobs_for(&msg(&text), &ctx(&Trigger::All));
        assert_eq!(jobs.len(), 3);
        assert!(matches!(jobs[2], Job::Link { skipped: 2, .. }));
    }

    #[test]
    fn bots_and_lede_itself_are_ignored() {
        let mut m = msg("<https://a.example/x>");
        m.bot_id = Some("B1".into());
        assert!(jobs_for(&m, &ctx(&Trigger::All)).is_empty());
        let mut m = msg("<https://a.example/x>");
        m.user = Some("UBOT".into());
        assert!(jobs_for(&m, &ctx(&Trigger::All)).is_empty());
    }

    #[test]
    fn short_chatter_is_ignored_and_long_text_digested() {
        assert!(jobs_for(&msg("good morning all"), &ctx(&Trigger::All)).is_empty());
        let long = "word ".repeat(130);
        assert!(matches!(&jobs_for(&msg(&long), &ctx(&Trigger::All))[..], [Job::Text { .. }]));
    }

    #[test]
    fn a_reply_in_a_digest_thread_is_a_question() {
        let mut m = msg("<@UBOT> who is the minister?");
        m.thread_ts = Some("0.5".into());
        m.ts = "2.2".into();
        let c = Context { thread_has_digest: true, ..ctx(&Trigger::All) };
        assert!(
            matches!(&jobs_for(&m, &c)[..], [Job::Question { question, thread_ts, .. }] if question == "who is the minister?" && thread_ts == "0.5")
        );
        let c = ctx(&Trigger::All);
        let mut quiet = m.clone();
        quiet.text = "who is the minister?".into();
        assert!(jobs_for(&quiet, &c).is_empty());
    }

    #[test]
    fn triggers_limit_where_lede_acts() {
        let m = msg("<https://a.example/x>");
        assert!(jobs_for(&m, &ctx(&Trigger::Mention)).is_empty());
        assert!(jobs_for(&m, &ctx(&Trigger::Channels(vec!["C2".into()]))).is_empty());
        assert_eq!(jobs_for(&m, &ctx(&Trigger::Channels(vec!["C1".into()]))).len(), 1);
        assert_eq!(
            Trigger::parse("channels:C1, C2"),
            Some(Trigger::Channels(vec!["C1".into(), "C2".into()]))
        );
        assert_eq!(Trigger::parse("sometimes"), None);
        assert!(jobs_for(&m, &ctx(&Trigger::Reaction)).is_empty());
        assert_eq!(jobs_for_reaction("C1", "1.1", "newspaper", &Trigger::Reaction).len(), 1);
        assert!(jobs_for_reaction("C1", "1.1", "thumbsup", &Trigger::Reaction).is_empty());
        assert!(jobs_for_reaction("C1", "1.1", "newspaper", &Trigger::All).is_empty());
        assert!(matches!(
            &jobs_for_requested("C1", "1.1", "<https://a.example/x>", None)[..],
            [Job::Link { .. }]
        ));
    }

    #[test]
    fn deletes_and_link_edits_redo_the_reply() {
        let mut m = msg("");
        m.subtype = Some("message_deleted".into());
        m.deleted_ts = Some("1.1".into());
        assert!(matches!(&jobs_for(&m, &ctx(&Trigger::All))[..], [Job::Delete { .. }]));
        let mut e = msg("<https://b.example/new>");
        e.subtype = Some("message_changed".into());
        e.previous_text = Some("<https://a.example/old>".into());
        assert!(matches!(
            &jobs_for(&e, &ctx(&Trigger::All))[..],
            [Job::Delete { .. }, Job::Link { rerun: true, .. }]
        ));
        e.previous_text = Some("<https://b.example/new>".into());
        assert!(jobs_for(&e, &ctx(&Trigger::All)).is_empty(), "an unfurl changes no link");
    }
}
