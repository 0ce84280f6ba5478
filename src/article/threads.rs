//! Reader comment threads, found by their shape rather than their class names: three or more
//! items of one list that each carry a "Reply" control (`data/reply_controls.txt`). Readability
//! drops containers whose class or id says "comment", but comment systems name theirs
//! otherwise ("talk", "responses", "conversation", generated names), and forty comments
//! outweigh a short story, so the thread was read as the article. Threads are removed from the
//! page before the main text is chosen.
//!
//! The thread is the outermost element with three or more children holding a control; it is
//! never the page, its `<body>`, `<main>` or the element holding the headline. Cost: one
//! selector pass over the page's links and buttons, whose text is read only when it is short.
//!
//! Old templates carry no reply control; their thread opens on a heading that counts it
//! ("20 comments", `data/comment_headings.txt`). On a page that has too little text for
//! Readability's first pass, Readability looks again without its class-name filter and reads
//! such a thread with the story, so the element a comment heading opens goes too.

use dom_query::{Document, NodeId, NodeRef};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Texts of reply controls (`data/reply_controls.txt`), lowercased.
static REPLY_CONTROLS: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/reply_controls.txt"))
        .map(|w| w.to_lowercase())
        .collect()
});

/// Fewest comments that make a thread.
const MIN_COMMENTS: usize = 3;

/// Longest text of a reply control (characters).
const MAX_CONTROL_CHARS: usize = 24;

/// Elements a thread never is: the page and its main containers.
const NEVER: &[&str] = &["html", "body", "main"];

/// Removes the reader comment threads of `doc`. Returns how many it removed.
pub fn drop_comment_threads(doc: &Document) -> usize {
    drop_threads_with_controls(doc) + drop_headed_threads(doc)
}

/// Headings that open a thread (`data/comment_headings.txt`), lowercased.
static COMMENT_HEADINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/comment_headings.txt"))
        .map(|w| w.to_lowercase())
        .collect()
});

/// Elements a thread's heading is.
const HEADINGS: &str = "h2, h3, h4, h5, h6";

/// True when `text` is a comment heading, with or without its count ("20 comments",
/// "Comments (4)").
fn is_comment_heading(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ':'))
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let phrase = words.join(" ").to_lowercase();
    COMMENT_HEADINGS.contains(&phrase)
}

/// Removes the elements that open on a comment heading and hold [`MIN_COMMENTS`] or more
/// elements after it; never the page's main containers or the element holding the headline.
fn drop_headed_threads(doc: &Document) -> usize {
    let mut removed = 0;
    for heading in doc.select(HEADINGS).nodes() {
        if !is_comment_heading(&heading.text()) {
            continue;
        }
        let Some(parent) = heading.parent() else { continue };
        let opens = parent.first_element_child().is_some_and(|first| first.id == heading.id);
        let comments = parent.element_children().len().saturating_sub(1);
        if opens
            && comments >= MIN_COMMENTS
            && !parent.node_name().is_some_and(|name| NEVER.contains(&name.as_ref()))
            && !dom_query::Selection::from(parent).select("h1").exists()
        {
            parent.remove_from_parent();
            removed += 1;
        }
    }
    removed
}

/// Removes the threads whose items carry a reply control.
fn drop_threads_with_controls(doc: &Document) -> usize {
    let controls: Vec<NodeRef> = doc
        .select("a, button")
        .nodes()
        .iter()
        .filter(|n| {
            let text = n.text();
            let text = text.trim();
            text.len() <= MAX_CONTROL_CHARS && REPLY_CONTROLS.iter().any(|c| c.eq_ignore_ascii_case(text))
        })
        .copied()
        .collect();
    if controls.len() < MIN_COMMENTS {
        return 0;
    }
    // For each element, its children that hold a control: a thread has three or more.
    let mut holding: HashMap<NodeId, (NodeRef, HashSet<NodeId>)> = HashMap::new();
    for control in &controls {
        let mut child = *control;
        for parent in control.ancestors_it(None) {
            holding.entry(parent.id).or_insert((parent, HashSet::new())).1.insert(child.id);
            child = parent;
        }
    }
    let threads: Vec<NodeRef> = holding
        .values()
        .filter(|(node, children)| {
            children.len() >= MIN_COMMENTS
                && !node.node_name().is_some_and(|name| NEVER.contains(&name.as_ref()))
                && !dom_query::Selection::from(*node).select("h1").exists()
        })
        .map(|(node, _)| *node)
        .collect();
    let ids: Vec<NodeId> = threads.iter().map(|t| t.id).collect();
    let mut removed = 0;
    for thread in threads {
        // A thread inside another (the replies to one comment) goes with it.
        if thread.ancestors_it(None).any(|a| ids.contains(&a.id)) {
            continue;
        }
        thread.remove_from_parent();
        removed += 1;
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(i: usize) -> String {
        format!(
            "<div class=talk-item><b>Reader {i}</b><p>I have lived on this street for twenty years and the parking has never been worse than it is now.</p><a href=#>Reply</a> <a href=#>Like</a></div>"
        )
    }

    #[test]
    fn a_thread_of_comments_with_reply_controls_is_removed() {
        let comments: String = (0..5).map(comment).collect();
        let html = format!(
            "<html><body><article><h1>Cinema to become climbing centre</h1><p>Plans were approved on Thursday.</p></article><section class=talk><h2>5 comments</h2>{comments}</section></body></html>"
        );
        let doc = Document::from(html);
        assert_eq!(drop_comment_threads(&doc), 1);
        assert!(doc.select("section.talk").is_empty());
        assert!(doc.select("article p").exists());
    }

    #[test]
    fn replies_nested_in_a_thread_go_with_it_and_two_comments_stay() {
        let nested = format!(
            "<div class=talk-item>{}<div class=replies>{}{}{}</div></div>",
            comment(0),
            comment(1),
            comment(2),
            comment(3)
        );
        let html = format!(
            "<html><body><h1>Story</h1><p>Text.</p><div class=thread>{nested}{}{}</div></body></html>",
            comment(4),
            comment(5)
        );
        let doc = Document::from(html);
        assert_eq!(drop_comment_threads(&doc), 1);
        assert!(doc.select(".talk-item").is_empty());
        let two = format!(
            "<html><body><h1>Story</h1><div class=thread>{}{}</div></body></html>",
            comment(0),
            comment(1)
        );
        let doc = Document::from(two);
        assert_eq!(drop_comment_threads(&doc), 0);
        assert_eq!(doc.select(".talk-item").length(), 2);
    }

    #[test]
    fn a_thread_under_a_comment_count_heading_is_removed_without_reply_controls() {
        let comment = |i: usize| {
            format!(
                "<div class=c><div>Reader {i}</div><div>The bypass should have been built years ago.</div><div>{i} hours ago</div></div>"
            )
        };
        let comments: String = (1..5).map(comment).collect();
        let html = format!(
            "<html><body><div id=main><h1>Bypass plan delayed again</h1><div class=text><p>The county has put back the bypass by a year.</p></div><div id=talk><h3>4 Comments</h3>{comments}</div></div></body></html>"
        );
        let doc = Document::from(html);
        assert_eq!(drop_comment_threads(&doc), 1);
        assert!(doc.select("#talk").is_empty());
        assert!(doc.select(".text p").exists());
        // A heading that names comments inside the story's own section, not opening it, stays.
        let inside = format!(
            "<html><body><div id=main><h1>Bypass plan</h1><div id=s><p>Text.</p><h3>Comments</h3>{}{}{}</div></div></body></html>",
            comment(1),
            comment(2),
            comment(3)
        );
        let doc = Document::from(inside);
        assert_eq!(drop_comment_threads(&doc), 0);
        assert!(is_comment_heading("Comments (12)"));
        assert!(!is_comment_heading("Comments from the minister"));
    }

    #[test]
    fn a_story_that_holds_its_headline_is_never_a_thread() {
        // "Reply" links inside the story's own container (a forum post and its answers) stay.
        let comments: String = (0..4).map(comment).collect();
        let html = format!(
            "<html><body><div class=post><h1>Question about parking</h1>{comments}</div></body></html>"
        );
        let doc = Document::from(html);
        assert_eq!(drop_comment_threads(&doc), 0);
    }
}
