//! Replies as Block Kit JSON, within Slack's limits: at most 50 blocks, 3,000 characters per
//! section text, a whole message well under ~12k characters, and always a plain-text `text`
//! fallback. A long timeline is cut, with a "Show full timeline" button.

use crate::extract::timeline::key_entries;
use crate::extract::{Digest, Evidence, Published};
use crate::jobs::{DigestReply, Reply};
use jiff::tz::TimeZone;
use serde_json::{Value, json};

/// Most characters in one section text.
pub const MAX_SECTION_CHARS: usize = 3000;
/// Most blocks in a message.
pub const MAX_BLOCKS: usize = 50;
/// Timeline entries shown before "Show full timeline".
pub const TIMELINE_SHOWN: usize = 8;
/// Actors shown.
pub const ACTORS_SHOWN: usize = 6;
/// Longest quote shown under an item.
const QUOTE_CHARS: usize = 220;
/// `action_id` of the "Re-run" button.
pub const ACTION_RERUN: &str = "lede_rerun";
/// `action_id` of the "Show full timeline" button.
pub const ACTION_FULL_TIMELINE: &str = "lede_full_timeline";

/// A message ready for Slack: the fallback text and the blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// Plain-text fallback (notifications, screen readers).
    pub text: String,
    /// Block Kit blocks.
    pub blocks: Vec<Value>,
}

impl Rendered {
    /// `{"text": …, "blocks": […]}`, pasteable into Block Kit Builder.
    pub fn to_json(&self) -> Value {
        json!({"text": self.text, "blocks": self.blocks})
    }
}

/// Escapes `&`, `<` and `>` as Slack's mrkdwn requires.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Cuts `text` to at most `max` characters, with an ellipsis when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn section(text: &str) -> Value {
    json!({"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION_CHARS)}})
}

fn context(text: &str) -> Value {
    json!({"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, MAX_SECTION_CHARS)}]})
}

fn quote(text: &str, evidence: &Evidence) -> String {
    let q =
        text.get(evidence.start..evidence.end).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
    format!("> _{}_", escape(&clip(&q, QUOTE_CHARS)))
}

/// Renders any reply, with times in UTC.
pub fn render(reply: &Reply) -> Rendered {
    render_in(reply, &TimeZone::UTC)
}

/// A publication time for the newsroom: "15 June 2023, 09:30 CEST (Europe/Paris)", or the
/// day alone when the page gives no time.
pub fn when(published: &Published, tz: &TimeZone) -> String {
    match published {
        Published::Day(d) => d.strftime("%-d %B %Y").to_string(),
        Published::Instant(ts, _) => {
            let local = ts.to_zoned(tz.clone());
            let name = tz.iana_name().unwrap_or("UTC");
            format!("{} ({name})", local.strftime("%-d %B %Y, %H:%M %Z"))
        }
    }
}

/// Renders any reply, with times in the newsroom's zone `tz`.
pub fn render_in(reply: &Reply, tz: &TimeZone) -> Rendered {
    match reply {
        Reply::Placeholder { what } => {
            let text = format!(":hourglass_flowing_sand: Reading {}…", escape(what));
            Rendered { blocks: vec![section(&text)], text }
        }
        Reply::Digest(d) => render_digest(d, tz),
        Reply::FullTimeline(d) => render_messages(reply, tz).into_iter().next().unwrap_or_else(|| {
            let text = format!(
                "No dated events in {}.",
                escape(d.digest.article.title.as_deref().unwrap_or("the article"))
            );
            Rendered { blocks: vec![section(&text)], text }
        }),
        Reply::Answer { answer, quotes } => {
            let mut blocks = vec![section(&escape(&answer.reply))];
            for q in quotes.iter().take(3) {
                blocks.push(context(&format!("> _{}_", escape(&clip(q, 600)))));
            }
            Rendered { text: clip(&escape(&answer.reply), MAX_SECTION_CHARS), blocks }
        }
        Reply::Failure { what, reason } => {
            let text = format!(":warning: Could not digest {}: {}", escape(what), escape(reason));
            Rendered { blocks: vec![section(&text)], text: clip(&text, MAX_SECTION_CHARS) }
        }
        Reply::Help => {
            let text = "*lede* digests news articles: a short summary, the key actors and a timeline, each quoting the article.\n\
                • `/lede <link>`: digest the article behind a link\n\
                • `/lede <article text>`: digest pasted text (a paywalled article, say)\n\
                • share a link in a channel lede is in: the digest comes in the thread\n\
                • reply in a digest's thread with a question: lede answers from the article, quoting it\n\
                Slash commands cannot be used inside threads: ask follow-ups as plain replies.";
            Rendered { blocks: vec![section(text)], text: text.to_string() }
        }
    }
}

/// Every message a reply takes: one, except for a full timeline too long for one message.
pub fn render_messages(reply: &Reply, tz: &TimeZone) -> Vec<Rendered> {
    match reply {
        Reply::FullTimeline(d) => full_timeline(&d.digest, &d.text)
            .into_iter()
            .map(|text| Rendered { blocks: vec![section(&text)], text })
            .collect(),
        other => vec![render_in(other, tz)],
    }
}

fn render_digest(d: &DigestReply, tz: &TimeZone) -> Rendered {
    let digest: &Digest = &d.digest;
    let info = &digest.article;
    let title = info.title.clone().unwrap_or_else(|| "Article digest".into());
    let mut header =
        json!({"type": "header", "text": {"type": "plain_text", "text": clip(&title, 150), "emoji": false}});
    if let Some(marker) = &d.marker {
        header["block_id"] = json!(clip(marker, 255));
    }
    let mut blocks = vec![header];
    let mut facts = Vec::new();
    if let Some(site) = &info.site {
        facts.push(escape(site));
    }
    match (&d.published, info.published) {
        (Some(p), _) => facts.push(format!("published {}", when(p, tz))),
        (None, Some(p)) => facts.push(format!("published {}", p.strftime("%-d %B %Y"))),
        (None, None) => {}
    }
    if let Some(m) = &d.modified {
        let updated = when(m, tz);
        if d.published.as_ref().map(|p| when(p, tz)) != Some(updated.clone()) {
            facts.push(format!("updated {updated}"));
        }
    }
    if let Some(by) = &info.byline {
        facts.push(format!("by {}", escape(by)));
    }
    if let Some(url) = &info.url {
        facts.push(format!("<{}|source>", url.replace('|', "%7C").replace('>', "%3E")));
    }
    if !facts.is_empty() {
        blocks.push(context(&facts.join(" · ")));
    }
    if let Some(earlier) = &d.earlier {
        blocks.push(context(&format!(
            ":recycle: Digested before, in <{earlier}|this thread>; press Re-run for a fresh one."
        )));
    }
    if !digest.summary.is_empty() {
        let lines: Vec<String> = digest.summary.iter().map(|s| escape(&s.text)).collect();
        blocks.push(section(&format!("*Summary*\n{}", lines.join(" "))));
    }
    if !digest.actors.is_empty() {
        let mut text = String::from("*Key actors*");
        for actor in digest.actors.iter().take(ACTORS_SHOWN) {
            text.push_str(&format!("\n• *{}*", escape(&actor.name)));
            if let Some(role) = &actor.role {
                text.push_str(&format!(" — {}", escape(role)));
            }
            if let Some(e) = actor.evidence.first() {
                text.push('\n');
                text.push_str(&quote(&d.text, e));
            }
        }
        blocks.push(section(&text));
    }
    let cut = digest.timeline.len() > TIMELINE_SHOWN;
    if !digest.timeline.is_empty() {
        blocks.push(section("*Timeline*"));
        for entry in key_entries(&digest.timeline, info.published, TIMELINE_SHOWN) {
            blocks.push(section(&format!("*{}* — {}", escape(&entry.label), escape(&entry.event))));
            blocks.push(context(&quote(&d.text, &entry.evidence)));
        }
        if cut {
            blocks.push(context(&format!("{} more dated events.", digest.timeline.len() - TIMELINE_SHOWN)));
        }
    }
    if d.skipped > 0 {
        blocks.push(context(&format!(
            "{} more link{} in this message {} skipped: lede digests at most 3 per message.",
            d.skipped,
            if d.skipped == 1 { "" } else { "s" },
            if d.skipped == 1 { "was" } else { "were" }
        )));
    }
    let anchor = match info.anchor {
        crate::extract::AnchorSource::Published => "dates read against the publication date",
        crate::extract::AnchorSource::Given => "dates read against the given date",
        crate::extract::AnchorSource::Assumed => "no publication date found: dates read against today",
    };
    blocks.push(context(&format!(
        "Made by lede's offline extractor from {} words in {} ms · {anchor} · every item quotes the article",
        info.words, d.elapsed_ms
    )));
    if let Some(value) = &d.action_value {
        let mut buttons = Vec::new();
        // The value is `channel|thread_ts|url`; pasted text has no URL to fetch again.
        if value.splitn(3, '|').nth(2).is_some_and(|url| !url.is_empty()) {
            buttons.push(json!({"type": "button", "action_id": ACTION_RERUN, "text": {"type": "plain_text", "text": "Re-run"}, "value": clip(value, 2000)}));
        }
        if cut {
            buttons.push(json!({"type": "button", "action_id": ACTION_FULL_TIMELINE, "text": {"type": "plain_text", "text": "Show full timeline"}, "value": clip(value, 2000)}));
        }
        if !buttons.is_empty() {
            blocks.push(json!({"type": "actions", "elements": buttons}));
        }
    }
    blocks.truncate(MAX_BLOCKS);
    let mut text = format!("Digest: {}", escape(&title));
    if let Some(first) = digest.summary.first() {
        text.push_str(" — ");
        text.push_str(&escape(&first.text));
    }
    Rendered { text: clip(&text, MAX_SECTION_CHARS), blocks }
}

/// The whole timeline as plain messages of at most 3,000 characters each.
pub fn full_timeline(digest: &Digest, text: &str) -> Vec<String> {
    let mut messages = Vec::new();
    let mut current = String::from("*Full timeline*");
    for entry in &digest.timeline {
        let item = format!(
            "\n• *{}* — {}\n{}",
            escape(&entry.label),
            escape(&entry.event),
            quote(text, &entry.evidence)
        );
        if current.chars().count() + item.chars().count() > MAX_SECTION_CHARS {
            messages.push(std::mem::take(&mut current));
        }
        current.push_str(&item);
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::digest::digest;
    use crate::extract::{Anchor, AnchorSource, Article, DigestOptions};
    use jiff::civil::date;

    fn long_reply() -> DigestReply {
        let mut text = String::from("Ministers meet\n\n");
        for day in 1..=28 {
            text.push_str(&format!(
                "The council met on {day} March 2024 to discuss the budget & <the> plan number {day}. "
            ));
        }
        let article = Article { text: text.clone(), ..Default::default() };
        let anchor = Anchor { date: date(2024, 4, 1), source: AnchorSource::Given };
        let digest = digest(&article, anchor, &DigestOptions::default());
        DigestReply {
            digest,
            text,
            elapsed_ms: 12,
            earlier: None,
            skipped: 2,
            action_value: Some("C1|1.1|https://x".into()),
            published: None,
            modified: None,
            marker: None,
        }
    }

    #[test]
    fn a_long_digest_stays_within_slack_limits() {
        let reply = long_reply();
        assert!(reply.digest.timeline.len() > TIMELINE_SHOWN, "fixture has a long timeline");
        let rendered = render(&Reply::Digest(Box::new(reply)));
        assert!(rendered.blocks.len() <= MAX_BLOCKS);
        assert!(!rendered.text.is_empty());
        let json = rendered.to_json().to_string();
        assert!(json.len() < 12_000, "{} bytes", json.len());
        assert!(json.contains(ACTION_FULL_TIMELINE) && json.contains("more links"));
        for block in &rendered.blocks {
            if let Some(t) = block.pointer("/text/text").and_then(Value::as_str) {
                assert!(t.chars().count() <= MAX_SECTION_CHARS);
            }
        }
        assert!(!json.contains("<the>"), "mrkdwn is escaped");
    }

    #[test]
    fn a_marked_digest_carries_its_mark_and_pasted_text_gets_no_rerun() {
        let mut reply = long_reply();
        reply.marker = Some("lede-reply-7".into());
        reply.action_value = Some("C1|1.1|".into());
        let rendered = render(&Reply::Digest(Box::new(reply.clone())));
        assert_eq!(rendered.blocks[0]["block_id"], "lede-reply-7");
        let json = rendered.to_json().to_string();
        assert!(json.contains(ACTION_FULL_TIMELINE) && !json.contains(ACTION_RERUN));
        let parts = render_messages(&Reply::FullTimeline(Box::new(reply)), &TimeZone::UTC);
        assert!(parts.len() > 1, "28 quoted entries need more than one message");
        assert!(parts[0].text.starts_with("*Full timeline*"));
    }

    #[test]
    fn times_are_shown_in_the_newsrooms_zone_and_named() {
        let ts: jiff::Timestamp = "2024-02-14T08:30:00Z".parse().unwrap();
        let p = Published::Instant(ts, jiff::tz::Offset::constant(1));
        let paris = TimeZone::get("Europe/Paris").unwrap();
        assert_eq!(when(&p, &paris), "14 February 2024, 09:30 CET (Europe/Paris)");
        let ny = TimeZone::get("America/New_York").unwrap();
        assert_eq!(when(&p, &ny), "14 February 2024, 03:30 EST (America/New_York)");
        assert_eq!(when(&Published::Day(jiff::civil::date(2024, 2, 14)), &ny), "14 February 2024");
    }

    #[test]
    fn the_full_timeline_is_split_into_short_messages() {
        let reply = long_reply();
        let parts = full_timeline(&reply.digest, &reply.text);
        assert!(!parts.is_empty());
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_SECTION_CHARS));
    }
}
