//! Pruning the block Readability chose: a second look at its sub-blocks by text and link
//! density, so that related-links lists, share bars, author boxes and other page furniture
//! inside the article container do not reach the digest.
//!
//! Readability picks the container well but keeps what sits inside it. Each element of the
//! container is weighed once: how much of its text is link text. A block that is mostly links
//! is dropped when it sits near the start or the end of the article text (related links,
//! tags, share bars), never in the middle (product names, sources), and only when it holds a
//! small share of the container's text, so a wrapper is never taken for furniture.
//! Dropping blocks by their class names ("related", "share"…) was measured and lowered F1 on
//! WCXB dev, so it is not done.

use dom_query::{NodeId, NodeRef};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Elements weighed as blocks.
const BLOCK_TAGS: &[&str] = &[
    "div", "section", "aside", "nav", "ul", "ol", "dl", "table", "td", "p", "figure", "footer", "header",
    "form",
];

/// A block whose link text is more than this share of its text is a list of links.
const MAX_LINK_DENSITY: f64 = 0.8;

/// A link block is furniture when at most this much article text (characters, not link text)
/// lies before it or after it in the container.
const EDGE_CHARS: usize = 1000;

/// A block is only dropped when it holds less than this share of the container's text.
const MAX_SHARE_OF_TEXT: f64 = 0.25;

/// A rail of story cards after a short story may hold up to this share of the container's
/// text (a brief read together with six dated cards is mostly cards).
const MAX_RAIL_SHARE: f64 = 0.75;

/// Article text (characters, not link text) that must lie before a rail of cards, which
/// must end the container: a wrapper of the story itself has none before it.
const MIN_TEXT_BEFORE_RAIL: usize = 200;

/// Most words of one card of a rail (a headline, a line of summary and a date): a story's
/// sections under linked subheads hold more.
const MAX_RAIL_CARD_WORDS: usize = 30;

/// Text and link-text length (characters, white space not counted) of every element below
/// the container, measured once, bottom up.
type Sizes = HashMap<NodeId, (usize, usize)>;

/// How deep the measuring walk goes; deeper subtrees are measured as flat text.
const MAX_DEPTH: usize = 256;

/// Hosts of share and follow buttons (`data/share_hosts.txt`): links to them are furniture
/// even though they leave the site.
static SHARE_HOSTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::extract::lexicon::word_list(include_str!("data/share_hosts.txt")).collect());

/// Second-level labels under which country domains register sites (`co.uk`, `com.au`).
const COUNTRY_SECOND_LEVELS: &[&str] =
    &["co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic"];

/// The site part of a host: its last two labels, or three under a country's second-level
/// suffix (`bbc.co.uk`, `abc.net.au`).
fn site_of(host: &str) -> &str {
    let host = host.trim_end_matches('.');
    let labels: Vec<&str> = host.rsplitn(4, '.').collect();
    let keep = match labels.as_slice() {
        [tld, second, _, ..] if tld.len() == 2 && COUNTRY_SECOND_LEVELS.contains(second) => 3,
        _ => 2,
    };
    match host.char_indices().filter(|(_, c)| *c == '.').map(|(i, _)| i).rev().nth(keep - 1) {
        Some(i) => &host[i + 1..],
        None => host,
    }
}

/// True when a link is page furniture by where it points: another page of the same site
/// (related stories, tags, sections), a place in the page (a table of contents, which repeats
/// the subheads) or a share button. Links to other sites (the article's sources, the things
/// it recommends) are the article's own.
fn is_furniture_link(href: &str, site: Option<&str>) -> bool {
    let Ok(url) = url::Url::parse(href) else { return true };
    let Some(host) = url.host_str() else { return true };
    let host = host.to_ascii_lowercase();
    if SHARE_HOSTS
        .iter()
        .any(|s| host.strip_suffix(s).is_some_and(|rest| rest.is_empty() || rest.ends_with('.')))
    {
        return true;
    }
    site.is_none_or(|site| site_of(&host) == site)
}

fn measure(
    node: &NodeRef,
    in_link: bool,
    depth: usize,
    sizes: &mut Sizes,
    site: Option<&str>,
) -> (usize, usize) {
    if node.is_text() {
        let n = node.text().chars().filter(|c| !c.is_whitespace()).count();
        return (n, if in_link { n } else { 0 });
    }
    if !node.is_element() {
        return (0, 0);
    }
    let in_link = in_link
        || (node.has_name("a") && node.attr("href").is_none_or(|href| is_furniture_link(&href, site)));
    let size = if depth >= MAX_DEPTH {
        let n = node.text().chars().filter(|c| !c.is_whitespace()).count();
        (n, if in_link { n } else { 0 })
    } else {
        node.children_it(false).fold((0, 0), |(t, l), child| {
            let (ct, cl) = measure(&child, in_link, depth + 1, sizes, site);
            (t + ct, l + cl)
        })
    };
    sizes.insert(node.id, size);
    size
}

/// True when `node` is a link list: a block whose text is mostly link text, holding a small
/// share of the container's `total` text.
fn is_link_block(node: &NodeRef, sizes: &Sizes, total: usize) -> bool {
    let Some(name) = node.node_name() else { return false };
    if !BLOCK_TAGS.contains(&name.as_ref()) {
        return false;
    }
    let Some(&(len, links)) = sizes.get(&node.id) else { return false };
    if len == 0 || len as f64 > total as f64 * MAX_SHARE_OF_TEXT {
        return false;
    }
    links as f64 > len as f64 * MAX_LINK_DENSITY
}

/// Headings a card of another story opens with.
const CARD_HEADINGS: &str = "h2, h3, h4, h5, h6";

/// Fewest linked headlines in a block of story cards.
const MIN_CARDS: usize = 2;

/// Most words of one card (its headline, summary and date).
const MAX_CARD_WORDS: usize = 60;

/// The link a heading is: the link around it, or a link inside it holding all its text.
fn heading_link(heading: &NodeRef) -> Option<String> {
    if let Some(a) = heading.ancestors_it(Some(4)).find(|a| a.has_name("a")) {
        return a.attr("href").map(|h| h.to_string());
    }
    let text = heading.text().split_whitespace().collect::<Vec<_>>().join(" ");
    heading
        .descendants_it()
        .filter(|d| d.has_name("a"))
        .find(|a| a.text().split_whitespace().collect::<Vec<_>>().join(" ") == text)
        .and_then(|a| a.attr("href").map(|h| h.to_string()))
}

/// True when `node` is a block of cards of other stories ("Related", "More from…"): two or
/// more headlines that link to pages of the site, with a summary or a date each at most,
/// holding a small share of the container's `total` text. Their summaries keep the link
/// density of such a block low, so [`is_link_block`] misses it.
fn is_card_block(node: &NodeRef, sizes: &Sizes, total: usize, cards: &Cards) -> bool {
    is_card_block_of_share(node, sizes, total, cards, MAX_SHARE_OF_TEXT)
}

/// [`is_card_block`] for a block holding at most `max_share` of the container's text.
fn is_card_block_of_share(
    node: &NodeRef,
    sizes: &Sizes,
    total: usize,
    cards: &Cards,
    max_share: f64,
) -> bool {
    let Some(name) = node.node_name() else { return false };
    if !BLOCK_TAGS.contains(&name.as_ref()) {
        return false;
    }
    let Some(&(len, _)) = sizes.get(&node.id) else { return false };
    if len == 0 || len as f64 > total as f64 * max_share {
        return false;
    }
    let cards = cards.get(&node.id).copied().unwrap_or(0);
    cards >= MIN_CARDS && node.text().split_whitespace().count() <= cards * MAX_CARD_WORDS
}

/// How many headlines linking to the site lie under each element of the container, counted
/// once for the whole container.
type Cards = HashMap<NodeId, usize>;

/// Counts the linked headlines under every element of `root` (a page at `site`).
fn count_cards(root: &NodeRef, site: Option<&str>) -> Cards {
    let mut cards = Cards::new();
    for heading in dom_query::Selection::from(*root).select(CARD_HEADINGS).nodes() {
        if heading_link(heading).is_some_and(|href| is_furniture_link(&href, site)) {
            for n in heading.ancestors_it(Some(MAX_DEPTH)) {
                *cards.entry(n.id).or_default() += 1;
                if n.id == root.id {
                    break;
                }
            }
        }
    }
    cards
}

/// A link block found by the walk, with the article text (not link text) before it.
struct Candidate<'a> {
    node: NodeRef<'a>,
    text_before: usize,
}

/// Finds the link blocks under `node`, in document order, counting the article text seen.
fn walk<'a>(
    node: &NodeRef<'a>,
    (sizes, total, cards, prose_total): (&Sizes, usize, &Cards, usize),
    seen: &mut usize,
    out: &mut Vec<Candidate<'a>>,
    depth: usize,
) {
    for child in node.children_it(false) {
        let (len, links) = if child.is_text() {
            (child.text().chars().filter(|c| !c.is_whitespace()).count(), 0)
        } else {
            sizes.get(&child.id).copied().unwrap_or((0, 0))
        };
        let prose = len.saturating_sub(links);
        if !child.is_element() {
            *seen += prose;
        } else if is_link_block(&child, sizes, total)
            || is_card_block(&child, sizes, total, cards)
            || is_rail(&child, (sizes, total, cards, prose_total), *seen)
        {
            out.push(Candidate { node: child, text_before: *seen });
            *seen += prose;
        } else if depth < MAX_DEPTH {
            walk(&child, (sizes, total, cards, prose_total), seen, out, depth + 1);
        } else {
            *seen += prose;
        }
    }
}

/// True when `node`, with `seen` characters of article text before it, is a rail of story
/// cards that ends the container: a card block of up to [`MAX_RAIL_SHARE`] of its text, after
/// a story of [`MIN_TEXT_BEFORE_RAIL`] characters or more, with no more than a block's edge
/// of text after it, of short cards ([`MAX_RAIL_CARD_WORDS`]). A short story read with a long
/// rail is mostly rail.
fn is_rail(
    node: &NodeRef,
    (sizes, total, cards, prose_total): (&Sizes, usize, &Cards, usize),
    seen: usize,
) -> bool {
    let (len, links) = sizes.get(&node.id).copied().unwrap_or((0, 0));
    let after = prose_total.saturating_sub(seen + len.saturating_sub(links));
    if seen < MIN_TEXT_BEFORE_RAIL || after > EDGE_CHARS {
        return false;
    }
    let card_rail = is_card_block_of_share(node, sizes, total, cards, MAX_RAIL_SHARE)
        && node.text().split_whitespace().count()
            <= cards.get(&node.id).copied().unwrap_or(0) * MAX_RAIL_CARD_WORDS;
    card_rail || is_link_rail(node, sizes, total)
}

/// Fewest links in a rail of bare headlines.
const MIN_RAIL_LINKS: usize = 3;

/// True when `node` is a list of bare headlines (a "Related stories" `<ul>` of links to the
/// site) holding up to [`MAX_RAIL_SHARE`] of the container's `total` text: under a short
/// story such a list outweighs the quarter a link block elsewhere may hold.
fn is_link_rail(node: &NodeRef, sizes: &Sizes, total: usize) -> bool {
    let Some(name) = node.node_name() else { return false };
    if !BLOCK_TAGS.contains(&name.as_ref()) {
        return false;
    }
    let Some(&(len, links)) = sizes.get(&node.id) else { return false };
    len > 0
        && len as f64 <= total as f64 * MAX_RAIL_SHARE
        && links as f64 > len as f64 * MAX_LINK_DENSITY
        && dom_query::Selection::from(*node).select("a[href]").length() >= MIN_RAIL_LINKS
}

/// Removes the link lists near the start or the end of `root` (Readability's article
/// container, from a page at `url`): related links, tag lists, share bars. Link blocks in the
/// middle of the text are kept: there they are the article's own (product names, sources).
/// So are lists of links to other sites (sources, further reading), wherever they are.
pub fn prune(root: &NodeRef, url: Option<&str>) {
    let host =
        url.and_then(|u| url::Url::parse(u).ok()).and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let site = host.as_deref().map(site_of);
    let mut sizes = Sizes::new();
    let (total, total_links) = measure(root, false, 0, &mut sizes, site);
    let mut found = Vec::new();
    let mut seen = 0;
    let cards = count_cards(root, site);
    let prose = total.saturating_sub(total_links);
    walk(root, (&sizes, total.max(1), &cards, prose), &mut seen, &mut found, 0);
    for c in found {
        let (len, links) = sizes.get(&c.node.id).copied().unwrap_or((0, 0));
        let after = prose.saturating_sub(c.text_before + len.saturating_sub(links));
        if c.text_before.min(after) <= EDGE_CHARS {
            c.node.remove_from_parent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn pruned(html: &str) -> String {
        let doc = Document::from(html);
        let root = doc.select("#root");
        let node = root.nodes().first().expect("root");
        prune(node, Some("https://news.example.com/2024/budget"));
        node.text().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    const PARA: &str = "<p>The council approved the budget after a long session that ended a dispute over spending on roads and schools.</p>";

    #[test]
    fn link_lists_at_the_end_go_text_stays() {
        let html = format!(
            r#"<div id="root">{PARA}{PARA}{PARA}
            <ul><li><a href="/a">Mayor resigns</a></li><li><a href="/b">Rates rise</a></li></ul>
            <div><a href="/fb">Facebook</a> <a href="/x">X</a></div></div>"#
        );
        let text = pruned(&html);
        assert!(!text.contains("Mayor resigns"), "{text}");
        assert!(!text.contains("Facebook"), "{text}");
        assert_eq!(text.matches("The council approved").count(), 3);
    }

    #[test]
    fn link_lists_in_the_middle_of_the_text_stay() {
        let html = format!(
            r#"<div id="root">{}<p><a href="/p">Klein Tools MM400</a></p>{}</div>"#,
            PARA.repeat(12),
            PARA.repeat(12)
        );
        assert!(pruned(&html).contains("Klein Tools MM400"));
    }

    #[test]
    fn a_paragraph_with_a_link_in_it_stays() {
        let html = r#"<div id="root"><p>The council <a href="/c">approved</a> the budget after a long session that ended a dispute.</p><p>More text about roads and schools and the spending plan for next year.</p></div>"#;
        assert!(pruned(html).contains("approved the budget"));
    }

    #[test]
    fn a_wrapper_of_links_stays_when_it_holds_most_of_the_text() {
        let html = r#"<div id="root"><div><a href="/1">The council approved the budget after a long session</a></div><p>Short.</p></div>"#;
        assert!(pruned(html).contains("council approved"));
    }

    #[test]
    fn sources_stay_related_links_contents_and_share_bars_go() {
        let html = format!(
            r##"<div id="root"><ul><li><a href="#budget">What the budget funds</a></li><li><a href="#vote">How they voted</a></li></ul>
            {PARA}{PARA}{PARA}
            <ul><li><a href="https://www.treasury.example.org/report.pdf">Treasury spending report 2024</a></li>
            <li><a href="https://stats.example.net/roads">Road statistics by county</a></li></ul>
            <ul><li><a href="https://news.example.com/2024/mayor">Mayor resigns</a></li><li><a href="https://www.example.com/rates">Rates rise</a></li></ul>
            <div><a href="https://www.facebook.com/sharer.php?u=x">Share on Facebook</a> <a href="https://x.com/intent/post">Post on X</a></div></div>"##
        );
        let text = pruned(&html);
        assert!(!text.contains("What the budget funds"), "{text}");
        assert!(text.contains("Treasury spending report"), "{text}");
        assert!(!text.contains("Mayor resigns"), "{text}");
        assert!(!text.contains("Facebook"), "{text}");
    }

    #[test]
    fn cards_of_other_stories_at_the_end_go_linked_subheads_stay() {
        let card = |i: usize| {
            format!(
                r#"<div class="card"><h4><a href="/2024/story-{i}">Bore watchers warned after flood rescue number {i}</a></h4><p>Two people had to be helped from the water after the wave overtopped the bank during the spring tides.</p><p>March 22, 2018</p></div>"#
            )
        };
        let html = format!(
            r#"<div id="root">{}<div class="more">{}{}{}</div></div>"#,
            PARA.repeat(16),
            card(1),
            card(2),
            card(3)
        );
        let text = pruned(&html);
        assert!(!text.contains("Bore watchers"), "{text}");
        assert_eq!(text.matches("The council approved").count(), 16);
        // A story's own sections, each under a linked subhead, are not cards.
        let sections: String = (0..3)
            .map(|i| format!(r#"<h3><a href="/topic/{i}">Part {i}</a></h3>{}"#, PARA.repeat(3)))
            .collect();
        let html = format!(r#"<div id="root">{}<div class="rest">{sections}</div></div>"#, PARA.repeat(24));
        assert!(pruned(&html).contains("Part 2"));
    }

    #[test]
    fn a_rail_of_cards_after_a_short_story_goes_even_when_it_outweighs_the_story() {
        let card = |i: usize| {
            format!(
                r#"<div class="card"><h3><a href="/news/2019/10/{i}/">Bus station to close for weekend {i}</a></h3><p>Buses will use stops on Market Street while the roof of the station is repaired.</p><time>{i} October 2019</time></div>"#
            )
        };
        let rail: String = (1..=6).map(card).collect();
        let html = format!(
            r#"<div id="root">{PARA}{PARA}{PARA}<div class="rail"><h2>More travel news</h2>{rail}</div></div>"#
        );
        let text = pruned(&html);
        assert!(!text.contains("Bus station"), "{text}");
        assert!(!text.contains("Market Street"), "{text}");
        assert_eq!(text.matches("The council approved").count(), 3, "{text}");
        // The same cards with no story before them are the page, not a rail: they stay.
        let html = format!(r#"<div id="root"><div class="rail">{rail}</div><p>Short.</p></div>"#);
        assert!(pruned(&html).contains("Market Street"));
        // A short story whose second half is two sections under linked subheads keeps them:
        // a section holds more than a card's few words.
        let sections: String =
            (0..2).map(|i| format!(r#"<h3><a href="/topic/{i}">Part {i}</a></h3>{PARA}{PARA}"#)).collect();
        let html = format!(r#"<div id="root">{PARA}{PARA}{PARA}<div class="rest">{sections}</div></div>"#);
        assert!(pruned(&html).contains("Part 1"));
    }

    #[test]
    fn a_list_of_bare_headlines_after_a_short_story_goes_even_when_it_outweighs_the_story() {
        let links: String = [
            "Ferry timetable changes from May",
            "Harbour wall repairs start next week",
            "New skipper for the lifeboat crew",
            "Fish market stalls to move indoors",
            "Sea swimmers raise money for hospice",
            "Coastal path closed after rockfall",
            "Pier lights switched on again",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| format!("<li><a href=\"/local/{i}\">{t}</a></li>"))
        .collect();
        let html = format!(
            "<div id=root><p>A fishing boat ran aground on the sandbar at Wexmouth early on Sunday and its three crew were lifted off by the lifeboat.</p><p>The harbour master said the boat would be towed off at high tide on Monday. Nobody was hurt, and the coastguard said no fuel had leaked into the bay.</p><p><b>More local news</b></p><ul>{links}</ul></div>"
        );
        let text = pruned(&html);
        assert!(text.contains("towed off at high tide"), "{text}");
        assert!(!text.contains("Pier lights"), "{text}");
    }

    #[test]
    fn a_site_is_its_last_two_labels_or_three_under_a_country_suffix() {
        assert_eq!(site_of("www.example.com"), "example.com");
        assert_eq!(site_of("news.bbc.co.uk"), "bbc.co.uk");
        assert_eq!(site_of("example.com"), "example.com");
        assert_eq!(site_of("localhost"), "localhost");
        assert_eq!(site_of("www.lemonde.fr"), "lemonde.fr");
        assert_eq!(site_of("www.cnn.de"), "cnn.de");
    }
}
