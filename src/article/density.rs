//! A second main-text extractor, by text density: the element of the page that holds the most
//! prose (paragraph-like blocks of text that are not links) for the least other text.
//!
//! Readability scores paragraphs and climbs to their parents, and sometimes settles on one
//! section of a long page, or on a teaser. This extractor weighs every element once, bottom
//! up: *prose* is the text of paragraph-like blocks (`p`, `li`, headings, `blockquote`, `pre`,
//! table cells) long enough to be sentences and not mostly link text; *noise* is every other
//! character under the element. The chosen element maximises `prose − NOISE_WEIGHT × noise`.
//! [`crate::article::html`] reads it when it holds much more prose than Readability's choice.

use dom_query::{Document, NodeRef, Selection};

/// Elements whose text is never prose (navigation, forms, scripts).
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button",
    "select", "iframe", "head",
];

/// Paragraph-like blocks: their text is prose when long enough and not mostly links.
const PARAGRAPHS: &[&str] =
    &["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd", "dt", "figcaption"];

/// Shortest paragraph (characters, white space not counted) counted as prose.
const MIN_PARAGRAPH_CHARS: usize = 20;

/// Highest share of link text in a paragraph counted as prose.
const MAX_LINK_SHARE: f64 = 0.5;

/// How much a character of noise costs against a character of prose.
const NOISE_WEIGHT: f64 = 3.0;

/// How deep the walk goes.
const MAX_DEPTH: usize = 200;

/// The element with the densest prose, as HTML, and its prose word count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DenseBlock {
    /// The element's outer HTML.
    pub html: String,
    /// Words of prose in it.
    pub prose_words: usize,
}

/// Prose and noise under one element.
#[derive(Debug, Clone, Copy, Default)]
struct Weight {
    prose: usize,
    prose_words: usize,
    noise: usize,
}

fn chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Characters of link text under `node`.
fn link_chars(node: &NodeRef) -> usize {
    node.descendants_it().filter(|d| d.has_name("a")).map(|a| chars(&a.text())).sum()
}

struct Walk<'a> {
    best: Option<(f64, NodeRef<'a>, Weight)>,
}

impl<'a> Walk<'a> {
    fn weigh(&mut self, node: &NodeRef<'a>, depth: usize) -> Weight {
        // A text run is weighed where it stands (no copy of its text); an element's name is
        // read without one.
        let (text_weight, name) = node.query_or((None, None), |t| match &t.data {
            dom_query::NodeData::Text { contents } => {
                let n = chars(contents);
                // Bare text between <br>s counts as prose when it is sentence-long.
                let weight = if n >= MIN_PARAGRAPH_CHARS * 2 {
                    Weight { prose: n, prose_words: crate::article::gate::words_in(contents), noise: 0 }
                } else {
                    Weight { noise: n, ..Weight::default() }
                };
                (Some(weight), None)
            }
            dom_query::NodeData::Element(e) => (None, Some(e.name.local.clone())),
            _ => (None, None),
        });
        if let Some(weight) = text_weight {
            return weight;
        }
        let Some(name) = name else { return Weight::default() };
        if SKIPPED.contains(&name.as_ref()) {
            return match name.as_ref() {
                "script" | "style" | "noscript" | "template" | "svg" | "head" => Weight::default(),
                _ => Weight { noise: chars(&node.text()), ..Weight::default() },
            };
        }
        if PARAGRAPHS.contains(&name.as_ref()) || depth >= MAX_DEPTH {
            let text = node.text();
            let n = chars(&text);
            let links = link_chars(node);
            return if n >= MIN_PARAGRAPH_CHARS && (links as f64) <= n as f64 * MAX_LINK_SHARE {
                Weight {
                    prose: n.saturating_sub(links),
                    prose_words: crate::article::gate::words_in(&text),
                    noise: links,
                }
            } else {
                Weight { noise: n, ..Weight::default() }
            };
        }
        let mut total = Weight::default();
        for child in node.children_it(false) {
            let w = self.weigh(&child, depth + 1);
            total.prose += w.prose;
            total.prose_words += w.prose_words;
            total.noise += w.noise;
        }
        let score = total.prose as f64 - NOISE_WEIGHT * total.noise as f64;
        if self.best.as_ref().is_none_or(|(best, _, _)| score > *best) {
            self.best = Some((score, *node, total));
        }
        total
    }
}

/// The page's densest prose element, if it has any prose.
pub fn densest_block(doc: &Document) -> Option<DenseBlock> {
    let body = doc.select_single("body");
    let root = body.nodes().first()?;
    let mut walk = Walk { best: None };
    walk.weigh(root, 0);
    let (_, node, weight) = walk.best?;
    (weight.prose_words > 0).then(|| DenseBlock {
        html: Selection::from(node).html().to_string(),
        prose_words: weight.prose_words,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_article_not_the_page_or_the_sidebar() {
        let para = "<p>The council approved the budget after a long session that ended a dispute over spending on roads.</p>";
        let links = r#"<ul><li><a href="/1">Mayor resigns over the affair</a></li><li><a href="/2">Rates rise again this year</a></li></ul>"#;
        let html = format!(
            r#"<html><body><nav>{links}</nav><div id="main"><div class="story">{para}{para}{para}</div>
            <div class="more">{links}{links}{links}</div></div><footer>{links}</footer></body></html>"#
        );
        let block = densest_block(&Document::from(html)).expect("a block");
        assert!(block.html.starts_with(r#"<div class="story">"#), "{}", block.html);
        assert_eq!(block.prose_words, 51);
    }

    #[test]
    fn a_page_without_prose_has_no_block() {
        let html =
            r#"<html><body><nav><a href="/">Home</a></nav><div><a href="/x">More</a></div></body></html>"#;
        assert_eq!(densest_block(&Document::from(html)), None);
    }
}
