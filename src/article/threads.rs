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
