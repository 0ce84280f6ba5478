//! `<aside>`s that are part of the story: a "What we know so far" box or a fact box set among
//! the story's paragraphs, whose items are sentences the story refers to. Readability drops
//! every `<aside>` and the density extractor counts them as noise, so such a box is renamed
//! to a `<div>` before either runs. Asides of links (related stories), of short labels (a
//! stats box: "Possession 54%"), or holding a form, a button or navigation are left alone.
//!
//! Cost: one selector pass for `aside`; the text of the few asides found and of their
//! parents' direct `<p>` children is read only when the page has one.

use dom_query::{Document, NodeRef};

/// Fewest words an aside must hold to be read as a box of the story.
const MIN_BOX_WORDS: usize = 15;

/// Most words of a story box.
const MAX_BOX_WORDS: usize = 250;

/// Fewest paragraphs of the story (direct `<p>` children of the aside's parent, of
/// [`MIN_STORY_PARAGRAPH_WORDS`] or more) the aside must sit among.
const MIN_STORY_PARAGRAPHS: usize = 2;

/// Words a sibling paragraph needs to count as the story's.
const MIN_STORY_PARAGRAPH_WORDS: usize = 15;

/// Fewest sentence items (list items or paragraphs of [`MIN_SENTENCE_WORDS`]+ words that end
/// a sentence) a story box holds.
const MIN_SENTENCES: usize = 2;

/// Words an item needs to count as a sentence.
const MIN_SENTENCE_WORDS: usize = 6;

/// Highest share of link text in a story box.
const MAX_LINK_SHARE: f64 = 0.3;

/// Elements a story box never holds.
const NOT_IN_BOX: &str = "form, input, button, nav, iframe, select, textarea";

/// Renames the story's own `<aside>` boxes in `doc` to `<div>`s. Returns how many.
pub fn keep_story_asides(doc: &Document) -> usize {
    let asides: Vec<NodeRef> = doc.select("aside").nodes().to_vec();
    let mut kept = 0;
    for aside in asides {
        if is_story_box(&aside) {
            aside.rename("div");
            kept += 1;
        }
    }
    kept
}

/// True for an aside among the story's paragraphs whose text is sentences, not links.
fn is_story_box(aside: &NodeRef) -> bool {
    let text = aside.text();
    let words = text.split_whitespace().count();
    if !(MIN_BOX_WORDS..=MAX_BOX_WORDS).contains(&words) {
        return false;
    }
    let sel = dom_query::Selection::from(*aside);
    if sel.select(NOT_IN_BOX).exists() || sel.select("aside").exists() {
        return false;
    }
    let chars = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    let links: usize =
        sel.select("a").nodes().iter().map(|a| a.text().chars().filter(|c| !c.is_whitespace()).count()).sum();
    if links as f64 > chars as f64 * MAX_LINK_SHARE {
        return false;
    }
    let sentences: Vec<usize> = sel
        .select("li, p")
        .nodes()
        .iter()
        .map(|n| n.text().trim().to_string())
        .filter(|t| ends_sentence(t))
        .map(|t| t.split_whitespace().count())
        .filter(|w| *w >= MIN_SENTENCE_WORDS)
        .collect();
    // Most of the box is sentences (its heading aside).
    if sentences.len() < MIN_SENTENCES || sentences.iter().sum::<usize>() * 5 < words * 3 {
        return false;
    }
    let Some(parent) = aside.parent() else { return false };
    let story_paragraphs = parent
        .children_it(false)
        .filter(|c| c.has_name("p") && c.text().split_whitespace().count() >= MIN_STORY_PARAGRAPH_WORDS)
        .count();
    story_paragraphs >= MIN_STORY_PARAGRAPHS
}

/// True for a text that ends a sentence (a full stop, question or exclamation mark, maybe
/// inside a closing quote or bracket).
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')']);
    t.ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(aside: &str) -> String {
        let para = "<p>The fire started in a storage building on Thursday morning and twelve engines were sent to the site shortly after eleven.</p>";
        format!(
            "<html><body><article><h1>Fire</h1><div class=\"body\">{para}{aside}{para}</div></article></body></html>"
        )
    }

    #[test]
    fn a_box_of_sentences_among_the_paragraphs_is_the_story() {
        let html = page(
            "<aside class=\"factbox\"><h3>What we know so far</h3><ul><li>The fire started in a building storing plastic pellets, the company says.</li><li>Nobody has been reported injured; 40 staff were evacuated.</li><li>The school will stay closed on Friday.</li></ul></aside>",
        );
        let doc = Document::from(html);
        assert_eq!(keep_story_asides(&doc), 1);
        assert!(!doc.select("aside").exists());
        assert!(doc.select("div.factbox li").exists());
    }

    #[test]
    fn link_boxes_stats_boxes_and_sidebars_stay_asides() {
        for aside in [
            // Related stories: links.
            "<aside><h3>Related</h3><ul><li><a href=\"/a\">Council rates to rise by three per cent next year.</a></li><li><a href=\"/b\">Surf club celebrates its hundredth year with a parade.</a></li></ul></aside>",
            // A stats box: labels, not sentences.
            "<aside><h3>Match stats</h3><ul><li>Possession 54% 46%</li><li>Shots on target 7 3</li><li>Corners 6 2</li><li>Fouls committed 11 14</li></ul></aside>",
            // A sign-up box.
            "<aside><p>Get the morning briefing in your inbox every weekday before seven o'clock.</p><p>It is free and you can leave at any time you like.</p><form><input type=\"email\"></form></aside>",
        ] {
            let doc = Document::from(page(aside));
            assert_eq!(keep_story_asides(&doc), 0, "{aside}");
        }
        // A box of sentences that is not among the story's paragraphs (the page's sidebar).
        let sidebar = "<html><body><article><p>One short line.</p></article><aside><p>Our newsroom is funded by readers like you and by local foundations.</p><p>We have covered the county since 1871 without a break.</p></aside></body></html>";
        assert_eq!(keep_story_asides(&Document::from(sidebar)), 0);
    }
}
