//! Pages rendered by React's streaming server (Next.js app router and others) send parts of
//! the story late, at the end of the body, as `<div hidden id="S:n">` segments, with a script
//! that moves each into the place of its `<template id="B:n">` (or `P:n`) placeholder. Without
//! the script the story's sections stay hidden at the end of the page, and Readability, which
//! drops hidden elements, never reads them. Each segment whose placeholder is on the page is
//! moved into its place, as the browser would.
//!
//! Cost: one selector pass for `div[hidden][id^="S:"]`; the placeholders are looked up only on
//! pages that have segments.

use dom_query::{Document, NodeRef};

/// Segments streamed late by the server.
const SEGMENTS: &str = r#"div[hidden][id^="S:"]"#;

/// Moves the streamed segments of `doc` into their placeholders. Returns how many it moved.
pub fn place_streamed_segments(doc: &Document) -> usize {
    let segments: Vec<NodeRef> = doc.select(SEGMENTS).nodes().to_vec();
    let mut moved = 0;
    for segment in segments {
        let Some(id) = segment.attr("id") else { continue };
        let Some(key) = id.strip_prefix("S:").filter(|k| k.chars().all(|c| c.is_ascii_alphanumeric())) else {
            continue;
        };
        let placeholder = doc.select(&format!(r#"template[id="B:{key}"], template[id="P:{key}"]"#));
        let Some(place) = placeholder.nodes().first().copied() else { continue };
        for child in segment.children() {
            place.insert_before(&child);
        }
        place.remove_from_parent();
        segment.remove_from_parent();
        moved += 1;
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_section_takes_its_placeholders_place() {
        let html = r#"<html><body><main><h1>Index funds</h1><p>Intro.</p><!--$?--><template id="B:0"></template><!--/$--><p>Outro.</p></main>
            <div hidden id="S:0"><h2>How they work</h2><p>An index fund tracks an index.</p></div>
            <div hidden id="S:9"><p>A segment with no placeholder stays hidden.</p></div></body></html>"#;
        let doc = Document::from(html);
        assert_eq!(place_streamed_segments(&doc), 1);
        let main = doc.select("main").text().to_string();
        let (intro, rest) = main.split_once("Intro.").expect("intro");
        assert!(!intro.contains("index fund"));
        assert!(rest.find("An index fund tracks").expect("moved") < rest.find("Outro.").expect("outro"));
        assert!(doc.select("template").is_empty());
        assert!(doc.select(r#"div[hidden][id="S:9"]"#).exists());
    }
}
