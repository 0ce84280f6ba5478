//! The digest as a person reads it in a terminal.

use crate::extract::{AnchorSource, Digest, Evidence};
use std::fmt::Write;

/// Renders `digest` as text: headline, date, summary, actors and timeline, each item with the
/// reference of the sentence it came from.
pub fn render(digest: &Digest) -> String {
    let mut out = String::new();
    let a = &digest.article;
    let _ = writeln!(out, "{}", a.title.as_deref().unwrap_or("(untitled article)"));
    let mut facts = Vec::new();
    if let Some(site) = &a.site {
        facts.push(site.clone());
    }
    if let Some(byline) = &a.byline {
        facts.push(format!("by {byline}"));
    }
    match (a.published, a.anchor) {
        (Some(date), AnchorSource::Given) => facts.push(format!("published {date} (given)")),
        (Some(date), _) => facts.push(format!("published {date}")),
        (None, AnchorSource::Given) => facts.push("publication date given on the command line".into()),
        (None, _) => {
            facts.push("no publication date found: dates resolved against today (use --published)".into())
        }
    }
    facts.push(format!("{} words", a.words));
    let _ = writeln!(out, "{}", facts.join(" · "));

    let _ = writeln!(out, "\nSummary");
    if digest.summary.is_empty() {
        let _ = writeln!(out, "  (no sentence long enough to summarise)");
    }
    for line in &digest.summary {
        let _ = writeln!(out, "  • {} {}", line.text, reference(&line.evidence));
    }

    let _ = writeln!(out, "\nKey actors");
    if digest.actors.is_empty() {
        let _ = writeln!(out, "  (none found)");
    }
    for actor in &digest.actors {
        let role = actor.role.as_deref().map(|r| format!(" — {r}")).unwrap_or_default();
        let evidence = actor.evidence.first().map(reference).unwrap_or_default();
        let _ = writeln!(out, "  • {}{role} {evidence}", actor.name);
    }

    let _ = writeln!(out, "\nTimeline");
    if digest.timeline.is_empty() {
        let _ = writeln!(out, "  (no dated events)");
    }
    for entry in &digest.timeline {
        let _ = writeln!(out, "  • {} — {} {}", entry.label, entry.event, reference(&entry.evidence));
    }
    out
}

/// "[s3 @120–250]": sentence 3, bytes 120 to 250 of the text.
fn reference(evidence: &Evidence) -> String {
    format!("[s{} @{}–{}]", evidence.sentence, evidence.start, evidence.end)
}
