//! Article text a page hides until the reader clicks "Read more": the rest of the story in a
//! sibling container of the visible part, marked `display:none`, `hidden` or `aria-hidden`.
//! Readability drops every hidden element, so such a story lost its second half.
//!
//! A hidden element is shown again when it holds paragraphs of prose, one of the three
//! elements before it is a visible container of prose of the same kind (sharing a class name:
//! `article__body--preview` and `article__body--rest` share `article__body`), a "Read more"
//! control (`data/read_more_controls.txt`) stands between the two or just after it, and its
//! text is not already there (a hidden copy of the same text stays hidden). Without the
//! control, hidden tab panels and templates of landing pages were shown (WCXB dev).

use dom_query::{Document, NodeRef};
use std::sync::LazyLock;

/// Labels of "Read more" controls (`data/read_more_controls.txt`), lowercase.
static CONTROLS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/read_more_controls.txt")).collect()
});

/// Elements that may be hidden by their attributes.
#[cfg(test)]
const HIDING: &str = "[hidden], [aria-hidden], [style]";

/// The first [`MAX_HIDDEN`] hidden elements of the page, in document order: those of
/// `doc.select(HIDING)` that [`is_hidden`] accepts, found in one walk (`is_hidden` reads the
/// same three attributes, so no selector list is matched on every element).
fn hidden_elements(doc: &Document) -> Vec<NodeRef<'_>> {
    doc.root().descendants_it().filter(|n| n.is_element() && is_hidden(n)).take(MAX_HIDDEN).collect()
}

/// Words of paragraph text a hidden element must hold to be a continuation.
const MIN_HIDDEN_WORDS: usize = 40;

/// Words of paragraph text the visible part before it must hold.
const MIN_VISIBLE_WORDS: usize = 20;

/// How many elements before the hidden one are looked at (the visible part, a button row).
const SIBLINGS_BACK: usize = 3;

/// How many hidden elements of a page are looked at, against pathological pages (nested
/// hidden elements would each count the same paragraphs again).
const MAX_HIDDEN: usize = 500;

/// Shows again the hidden continuations of the article in `doc`; returns how many.
pub fn reveal_continuations(doc: &Document) -> usize {
    let mut revealed = 0;
    for node in &hidden_elements(doc) {
        if paragraph_words(node) < MIN_HIDDEN_WORDS {
            continue;
        }
        let classes = class_names(node);
        if classes.is_empty() {
            continue;
        }
        let head: String = node.text().split_whitespace().take(12).collect::<Vec<_>>().join(" ");
        let mut sibling = node.prev_element_sibling();
        let mut control = node.next_element_sibling().is_some_and(|after| holds_control(&after));
        for _ in 0..SIBLINGS_BACK {
            let Some(before) = sibling else { break };
            let same_kind = class_names(&before).iter().any(|c| classes.contains(c));
            if same_kind && !is_hidden(&before) && paragraph_words(&before) >= MIN_VISIBLE_WORDS {
                let seen: String = before.text().split_whitespace().collect::<Vec<_>>().join(" ");
                if control && !seen.contains(&head) {
                    node.remove_attrs(&["hidden", "aria-hidden", "style"]);
                    revealed += 1;
                }
                break;
            }
            control |= holds_control(&before);
            sibling = before.prev_element_sibling();
        }
    }
    revealed
}

/// True when the element is, or holds, a "Read more" control.
fn holds_control(node: &NodeRef) -> bool {
    std::iter::once(*node)
        .chain(node.descendants_it())
        .filter(|n| n.is_element())
        .any(|n| is_read_more(&n.text()))
}

/// True when `text` is a "Read more" control's label (`data/read_more_controls.txt`), trailing
/// dots and arrows aside.
pub(crate) fn is_read_more(text: &str) -> bool {
    let label = text.trim().trim_end_matches(['.', '…', '›', '»', '→', '+', ' ']).trim();
    label.len() <= 40 && CONTROLS.contains(&label.to_lowercase().as_str())
}

/// True when the element's own attributes hide it (`hidden`, `aria-hidden="true"`, an inline
/// `display:none` or `visibility:hidden`).
pub fn is_hidden(node: &NodeRef) -> bool {
    // The attributes are read in place (no copy of each value).
    node.query_or(false, |t| {
        t.as_element().is_some_and(|e| {
            if e.has_attr("hidden")
                || e.attr_ref(dom_query::local_name!("aria-hidden")).is_some_and(|v| v.trim() == "true")
            {
                return true;
            }
            e.attr_ref(dom_query::local_name!("style")).is_some_and(|style| {
                let style: String =
                    style.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
                style.split(';').any(|d| d.starts_with("display:none") || d.starts_with("visibility:hidden"))
            })
        })
    })
}

/// Words in the element's `<p>` descendants.
fn paragraph_words(node: &NodeRef) -> usize {
    node.descendants_it().filter(|d| d.has_name("p")).map(|p| p.text().split_whitespace().count()).sum()
}

/// The element's class names.
fn class_names(node: &NodeRef) -> Vec<String> {
    node.class().map(|c| c.split_whitespace().map(str::to_string).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "<p>The council agreed on Thursday to charge for parking in the four town-centre car parks, a decision traders said would drive shoppers to the retail park outside town.</p>";

    fn story(rest_attrs: &str, rest: &str) -> Document {
        Document::from(format!(
            r#"<html><body><article><div class="story__body story__body--preview">{PARA}{PARA}</div>
            <div class="more"><button>Read more</button></div>
            <div class="story__body story__body--rest" {rest_attrs}>{rest}</div></article></body></html>"#
        ))
    }

    #[test]
    fn the_hidden_rest_of_a_story_is_shown() {
        let rest = "<p>Traders reacted angrily, saying footfall was already down by a fifth since 2019.</p><p>The chamber of trade has collected more than 4,000 signatures on a petition against the plan.</p><p>The council says other towns that brought in charges saw little change in the number of visitors.</p>";
        for attrs in [
            r#"style="display:none""#,
            "hidden",
            r#"aria-hidden="true""#,
            r#"style="color: red; display: none !important""#,
        ] {
            let doc = story(attrs, rest);
            assert_eq!(reveal_continuations(&doc), 1, "{attrs}");
            assert!(doc.select(".story__body--rest").nodes().iter().all(|n| !is_hidden(n)));
        }
    }

    #[test]
    fn hidden_elements_are_those_the_selector_finds() {
        let doc = Document::from(
            r#"<div hidden><p style="display: none">a</p></div><span aria-hidden="true">b</span>
            <span aria-hidden="false">c</span><i style="color:red">d</i><b style="VISIBILITY: hidden">e</b>
            <svg><g style="display:none"></g></svg><p>f</p>"#,
        );
        let by_selector: Vec<NodeRef> =
            doc.select(HIDING).nodes().iter().copied().filter(|n| is_hidden(n)).collect();
        assert_eq!(by_selector.len(), 5);
        let ids = |nodes: &[NodeRef]| nodes.iter().map(|n| n.id).collect::<Vec<_>>();
        assert_eq!(ids(&hidden_elements(&doc)), ids(&by_selector));
    }

    #[test]
    fn other_hidden_text_stays_hidden() {
        // A hidden copy of the visible text, a hidden modal of another kind, a short hidden note,
        // a hidden panel of the same kind with no "Read more" control (tabs, templates).
        let copy = story(r#"style="display:none""#, &format!("{PARA}{PARA}"));
        assert_eq!(reveal_continuations(&copy), 0);
        let modal = Document::from(format!(
            r#"<html><body><div class="story__body">{PARA}{PARA}</div><div class="modal" style="display:none">{PARA}{PARA}</div></body></html>"#
        ));
        assert_eq!(reveal_continuations(&modal), 0);
        let short = story("hidden", "<p>Thanks for reading.</p>");
        assert_eq!(reveal_continuations(&short), 0);
        let tabs = Document::from(format!(
            r#"<html><body><div class="tab-panel">{PARA}{PARA}</div><div class="tab-panel" style="display:none">{PARA}<p>Another tab with different text about the trial of the new parking scheme and what traders made of it.</p></div></body></html>"#
        ));
        assert_eq!(reveal_continuations(&tabs), 0);
    }
}
