//! The too-little-text gate: whether the text read from a page is an article to digest, a
//! teaser behind a paywall, or no article at all.
//!
//! A word count alone cannot tell a 50-word news brief from a 50-word paywall teaser, so the
//! gate reads what the page says about itself: an article declared in its metadata or marked
//! in its HTML is digested even when short; paywall words (`data/paywall_phrases.txt`), a
//! paywall container or `isAccessibleForFree: false` make a short text a teaser; media pages,
//! listings and forms (`data/non_article_types.txt`, `data/non_article_titles.txt`) are not
//! articles. Long texts are articles whatever the page says.

use crate::article::html::MIN_ARTICLE_WORDS;
use crate::article::meta::PageKind;
use dom_query::{Document, Selection};
use std::sync::LazyLock;

/// Fewest words of a short article that the page declares to be one (a news brief, a
/// correction).
pub const MIN_BRIEF_WORDS: usize = 20;

/// Most words of a teaser: a text this long or longer is an article even behind a paywall
/// sign (pages serve the whole text to some readers and keep the paywall markup).
pub const MAX_TEASER_WORDS: usize = 150;

/// Most words of a page that declares itself a media page or a listing and is judged not an
/// article: captions and summaries add up, a story embedded beside a video does not stop
/// being one.
pub const MAX_MEDIA_WORDS: usize = 300;

/// What the gate says of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// An article: digest it.
    Article,
    /// A teaser or paywall: too little text.
    TooLittleText,
    /// A listing, a media page, a form or an error page.
    NotArticle,
}

/// What a page shows about itself, beyond its metadata.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageSigns {
    /// Its metadata or markup says it is an article: a JSON-LD article type, `og:type`
    /// article, schema.org article microdata, or a marked article body.
    pub declares_article: bool,
    /// It shows a paywall: the words of one, a paywall container with text, or
    /// `isAccessibleForFree: false`.
    pub paywall: bool,
    /// Its headline is an error page's, a search page's or a sign-in form's.
    pub not_article_headline: bool,
    /// The text read is mostly the teasers of a listing: cards that each open with a linked
    /// headline (a section front, a tag archive, search results, an event listing). On a page
    /// whose JSON-LD declares an article, only when the teasers are dated and six or more of
    /// the headlines link to the site's own pages.
    pub listing: bool,
    /// The text read is a story: paragraphs of prose that end their sentences (a short news
    /// brief on a page that declares nothing).
    pub story: bool,
}

/// Judges a page of which `words` words of main text were read: `kind` is what its
/// metadata declares, `html` the page (parsed again only when the text is short).
pub fn verdict(words: usize, kind: &PageKind, html: &str) -> Verdict {
    verdict_with(words, None, kind, html)
}

/// Judges a page from the main `text` read from it, which also tells signs of the page's
/// furniture from signs about the article: a story of several paragraphs beside an embedded
/// video is an article, a paywall container or paywalled part that holds the text read is
/// the served article, not a wall.
pub fn verdict_of_text(text: &str, kind: &PageKind, html: &str) -> Verdict {
    verdict_with(text.split_whitespace().count(), Some(text), kind, html)
}

fn verdict_with(words: usize, text: Option<&str>, kind: &PageKind, html: &str) -> Verdict {
    if words >= MAX_MEDIA_WORDS {
        return Verdict::Article;
    }
    let story = text.is_some_and(|t| prose_paragraphs(t) >= MIN_STORY_PARAGRAPHS);
    let other = declares_other(kind) && !(story && declares_media(kind));
    if words >= MAX_TEASER_WORDS {
        // Only a listing's cards can still turn the text away: the page is parsed again only
        // when its HTML has headings enough for them.
        // A page that declares an article is parsed only when its text holds the teasers'
        // dates (`is_declared_listing`).
        let listing = heading_tags(html) >= MIN_CARDS
            && text.is_some_and(|t| {
                (!kind.ld_article || date_lines(t) >= MIN_CARDS)
                    && is_declared_listing(&Document::from(html), t, kind)
            });
        return if other || listing { Verdict::NotArticle } else { Verdict::Article };
    }
    let signs = page_signs_for(html, kind, text);
    judge(words, other || signs.listing, &signs)
}

/// Opening tags of headings `<h1>`…`<h5>` in `html` (a cheap count, before any parse).
fn heading_tags(html: &str) -> usize {
    html.as_bytes()
        .windows(3)
        .filter(|w| w[0] == b'<' && (w[1] == b'h' || w[1] == b'H') && (b'1'..=b'5').contains(&w[2]))
        .count()
}

/// Paragraphs of prose a text needs to be a story rather than a media page's captions.
const MIN_STORY_PARAGRAPHS: usize = 3;

/// Words a line needs to be a paragraph of prose (captions and summaries are shorter).
const MIN_PROSE_WORDS: usize = 20;

/// Lines of `text` that are paragraphs of prose.
fn prose_paragraphs(text: &str) -> usize {
    text.lines().filter(|l| l.split_whitespace().count() >= MIN_PROSE_WORDS).count()
}

/// Media types, and a match's event: a story can embed one (`data/non_article_types.txt`
/// holds them with the listings, which cannot).
const MEDIA_TYPES: &[&str] = &["VideoObject", "ImageGallery", "MediaGallery", "AudioObject", "SportsEvent"];

/// True when the page declares a video, audio or gallery (JSON-LD, or `og:type video.*`).
fn declares_media(kind: &PageKind) -> bool {
    kind.ld_types.iter().any(|t| MEDIA_TYPES.contains(&t.as_str()))
        || kind.og_type.as_deref().is_some_and(|o| o == "video" || o.starts_with("video."))
}

/// The gate's rules, once the signs are read.
fn judge(words: usize, other: bool, signs: &PageSigns) -> Verdict {
    if other || (signs.not_article_headline && !signs.declares_article) {
        return Verdict::NotArticle;
    }
    if signs.paywall {
        return Verdict::TooLittleText;
    }
    if words >= MIN_ARTICLE_WORDS || ((signs.declares_article || signs.story) && words >= MIN_BRIEF_WORDS) {
        return Verdict::Article;
    }
    if words == 0 || signs.not_article_headline {
        return Verdict::NotArticle;
    }
    Verdict::TooLittleText
}

/// Reads the signs of `html`, whose metadata declares `kind`.
pub fn page_signs(html: &str, kind: &PageKind) -> PageSigns {
    page_signs_for(html, kind, None)
}

/// The signs of `html`, knowing the main `text` read from it (if given).
fn page_signs_for(html: &str, kind: &PageKind, text: Option<&str>) -> PageSigns {
    let doc = Document::from(html);
    let declares_article = kind.ld_article
        || kind.og_type.as_deref().is_some_and(|t| t == "article" || t.starts_with("article:"))
        || doc.select("[itemtype*=Article], [itemtype*=BlogPosting]").exists()
        || doc.select(MARKED_BODY).exists()
        || doc.select("article").length() == 1;
    let headlines = [doc.select("h1").first().text().to_string(), doc.select("title").text().to_string()];
    let not_article_headline = headlines.iter().any(|h| is_non_article_headline(h));
    let opening = text.map(opening_words).unwrap_or_default();
    let served = |s: &Selection| !opening.is_empty() && squeeze(&s.text()).contains(&opening);
    // The part JSON-LD marks as not free is in the page with the text read: it is served.
    let served_part = kind.paywalled_parts.iter().any(|sel| doc.try_select(sel).is_some_and(|s| served(&s)));
    // `isAccessibleForFree: false` with no part marked and no wall shown: a metered site
    // serving the whole text, when that text is a complete story. A marked part that is not
    // served keeps it a teaser.
    let story = text.is_some_and(is_story);
    let cut_short = text.is_some_and(|t| is_cut_short(t, kind));
    let closed = kind.accessible_for_free == Some(false)
        && !served_part
        && !(story && kind.paywalled_parts.is_empty() && !cut_short);
    // Before `has_paywall`, which strips the page's furniture from `doc`.
    let listing = text.is_some_and(|t| is_declared_listing(&doc, t, kind));
    let paywall = closed || has_paywall(&doc, &served);
    // A brief told in one paragraph is a story too, once no paywall is shown (a teaser's lede
    // is one paragraph as well, so it does not open a wall the way `story` does above).
    let story = story || text.is_some_and(is_one_paragraph_brief);
    PageSigns { declares_article, paywall, not_article_headline, listing, story }
}

/// A text is a part of its story when the JSON-LD article declares at least this many times
/// its words (`wordCount`).
const CUT_SHORT_RATIO: usize = 2;

/// True when the page's JSON-LD declares the article at least twice as long as the text read
/// (`wordCount`): a server-truncated teaser that ends on a full sentence, however complete it
/// reads.
fn is_cut_short(text: &str, kind: &PageKind) -> bool {
    let words = text.split_whitespace().count();
    kind.word_count.is_some_and(|declared| declared >= CUT_SHORT_RATIO * words.max(1))
}

/// Words a story's text needs at least.
const MIN_STORY_WORDS: usize = 40;

/// Words a paragraph of a story needs (two of them at least).
const MIN_STORY_PARAGRAPH_WORDS: usize = 15;

/// True when `text` reads as a complete story: at least two paragraphs of prose, every line
/// ending a sentence (no teaser cut off with an ellipsis, no lines of headlines, dates or
/// places), and 40 words or more.
fn is_story(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let words: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
    let ends_sentence = |l: &str| {
        !l.ends_with("...")
            && !l.ends_with('…')
            && l.trim_end_matches(['"', '\'', '”', '’', ')']).ends_with(['.', '!', '?'])
    };
    words >= MIN_STORY_WORDS
        && lines.iter().filter(|l| l.split_whitespace().count() >= MIN_STORY_PARAGRAPH_WORDS).count() >= 2
        && lines.iter().all(|l| ends_sentence(l))
}

/// Words a news brief told in one paragraph needs at least.
const MIN_ONE_PARAGRAPH_WORDS: usize = 50;

/// Sentences a news brief told in one paragraph needs at least.
const MIN_ONE_PARAGRAPH_SENTENCES: usize = 3;

/// True when `text` is a news brief told in one paragraph: its only line holds 50 words or
/// more in three or more sentences and ends one ("A water main burst under Dock Road early on
/// Thursday… Repairs will take until Saturday. Bottled water is available at the leisure
/// centre.").
fn is_one_paragraph_brief(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let [line] = lines.as_slice() else { return false };
    let chars: Vec<char> = line.chars().collect();
    let sentences = 1 + chars
        .windows(3)
        .filter(|w| matches!(w[0], '.' | '!' | '?') && w[1] == ' ' && w[2].is_uppercase())
        .count();
    line.split_whitespace().count() >= MIN_ONE_PARAGRAPH_WORDS
        && sentences >= MIN_ONE_PARAGRAPH_SENTENCES
        && !line.ends_with("...")
        && line.trim_end_matches(['"', '\'', '”', '’', ')']).ends_with(['.', '!', '?'])
}

/// Headlines that are links, the opening of a teaser card.
const LINK_HEADINGS: &str = "a h1, a h2, a h3, a h4, a h5, h1 a, h2 a, h3 a, h4 a, h5 a";

/// Headlines of teaser cards that open by script rather than by a link (`onclick`,
/// `data-href`): plain-text cards.
const CLICKABLE_HEADINGS: &str =
    "[onclick] h2, [onclick] h3, [onclick] h4, [data-href] h2, [data-href] h3, [data-href] h4";

/// Fewest teaser cards on a listing.
const MIN_CARDS: usize = 4;

/// Share of the text read (words) found in teaser cards that makes it a listing.
const LISTING_SHARE: f64 = 0.6;

/// True when `text`, read from `doc`, is mostly the teasers of a listing. A card is the
/// largest element around a linked headline (or the headline of a card that opens by script) that holds no other linked headline (outside
/// the navigation, footer and asides); a text read that lies mostly inside four cards or
/// more is a listing. A story's linked subheads are cards of their headline
/// alone, so its paragraphs are not in them.
fn is_listing(doc: &Document, text: &str) -> bool {
    let anchors: Vec<dom_query::NodeRef> = doc
        .select(&format!("{LINK_HEADINGS}, {CLICKABLE_HEADINGS}"))
        .nodes()
        .iter()
        .copied()
        .filter(|n| {
            !n.ancestors_it(None)
                .any(|a| a.node_name().is_some_and(|t| matches!(t.as_ref(), "nav" | "footer" | "aside")))
        })
        .collect();
    if anchors.len() < MIN_CARDS {
        return false;
    }
    let mut under: std::collections::HashMap<dom_query::NodeId, usize> = std::collections::HashMap::new();
    for a in &anchors {
        for n in std::iter::once(*a).chain(a.ancestors_it(None)) {
            *under.entry(n.id).or_default() += 1;
        }
    }
    let mut cards: Vec<String> = Vec::new();
    for a in &anchors {
        let mut card = *a;
        for n in a.ancestors_it(None) {
            if under.get(&n.id).copied().unwrap_or(0) > 1 || !n.is_element() {
                break;
            }
            card = n;
        }
        let t = squeeze(&card.text());
        if !cards.contains(&t) {
            cards.push(t);
        }
    }
    if cards.len() < MIN_CARDS {
        return false;
    }
    let (mut inside, mut total) = (0, 0);
    let mut hit = vec![false; cards.len()];
    for line in text.lines().map(squeeze).filter(|l| !l.is_empty()) {
        let n = line.split(' ').count();
        total += n;
        if let Some(i) = cards.iter().position(|c| c.contains(&line)) {
            inside += n;
            hit[i] = true;
        }
    }
    // The text runs through several teasers, not one card's worth of a page.
    hit.iter().filter(|h| **h).count() >= MIN_CARDS && inside as f64 >= total as f64 * LISTING_SHARE
}

/// Fewest linked headlines to the site's own pages that make a listing of a page whose
/// JSON-LD declares an article (some CMSs declare `Article` on every page, section fronts
/// included).
const MIN_DECLARED_CARDS: usize = 6;

/// True when `text`, read from `doc`, is a listing's ([`is_listing`]); when the page declares
/// an article, the teasers must also be stamped with their dates or times (four lines or
/// more) and their linked headlines lead to six or more pages of the site: a story's list of
/// recommendations (hotels, products, sources) links to other sites, a hub of courses or
/// guides shows no dates (WCXB dev keeps such a hub's text as its main content).
fn is_declared_listing(doc: &Document, text: &str, kind: &PageKind) -> bool {
    is_listing(doc, text)
        && (!kind.ld_article || (date_lines(text) >= MIN_CARDS && site_headlines(doc) >= MIN_DECLARED_CARDS))
}

/// Lines of `text` that are only a date or a time of publication ("2 hours ago", "Oct. 1",
/// "14 September 2021"): the stamps of a news listing's teasers.
fn date_lines(text: &str) -> usize {
    static DATE_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^(?:(?:updated|published|posted)\s+)?(?:\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})$",
        )
        .expect("regex")
    });
    text.lines().map(str::trim).filter(|l| DATE_LINE.is_match(l)).count()
}

/// How many different pages of the page's own site its linked headlines lead to (outside the
/// navigation, footer and asides): relative links, or links to the host of its canonical
/// address.
fn site_headlines(doc: &Document) -> usize {
    let host = doc
        .select("link[rel=canonical], meta[property='og:url']")
        .nodes()
        .iter()
        .find_map(|n| n.attr("href").or_else(|| n.attr("content")))
        .and_then(|u| url::Url::parse(&u).ok())
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let on_site = |href: &str| {
        let href = href.trim();
        if href.starts_with("//") || href.is_empty() || href.starts_with('#') {
            return false;
        }
        match url::Url::parse(href) {
            Ok(u) => {
                matches!(u.scheme(), "http" | "https")
                    && host
                        .as_deref()
                        .is_some_and(|h| u.host_str().is_some_and(|x| x.eq_ignore_ascii_case(h)))
            }
            Err(_) => !href.contains(':'),
        }
    };
    let mut pages: Vec<String> = Vec::new();
    for n in doc.select(LINK_HEADINGS).nodes() {
        if n.ancestors_it(None)
            .any(|a| a.node_name().is_some_and(|t| matches!(t.as_ref(), "nav" | "footer" | "aside")))
        {
            continue;
        }
        let link = if n.has_name("a") { Some(*n) } else { n.ancestors_it(None).find(|a| a.has_name("a")) };
        if let Some(href) = link.and_then(|a| a.attr("href")).filter(|h| on_site(h))
            && !pages.iter().any(|p| p.as_str() == href.as_ref())
        {
            pages.push(href.to_string());
        }
    }
    pages.len()
}

/// Words of a text's opening looked for in a container to tell that it holds the text.
const OPENING_WORDS: usize = 8;

/// The first words of `text`, white space squeezed (empty for a shorter text).
fn opening_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(OPENING_WORDS).collect();
    if words.len() < OPENING_WORDS { String::new() } else { words.join(" ") }
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Elements that mark an article's body (besides a single `<article>`).
const MARKED_BODY: &str =
    "[itemprop=articleBody], .entry-content, .post-content, .article-body, .article-content, .story-body";

/// Containers that hold a paywall, by class or id.
const PAYWALL_CONTAINERS: &str = "[class*=paywall], [id*=paywall], [class*=Paywall], [id*=Paywall], [class*=regwall], [id*=regwall], [class*=meter-wall], [class*=meterwall]";

/// True when the page shows a paywall: a visible container with words in it that is not the
/// served article (`served`), or paywall words in the page's visible text.
fn has_paywall(doc: &Document, served: &dyn Fn(&Selection) -> bool) -> bool {
    let container = doc.select(PAYWALL_CONTAINERS).nodes().iter().any(|n| {
        let s = Selection::from(*n);
        s.text().split_whitespace().count() >= 3 && !is_hidden(n) && !served(&s)
    });
    container || {
        let text = visible_text(doc).to_lowercase();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        PAYWALL_PHRASES.iter().any(|p| text.contains(p.as_str()))
    }
}

/// The text of the page's body that speaks of this page: without scripts and styles, hidden
/// elements (a paywall modal kept as a template), the navigation, header, footer and asides,
/// and link lists ("Subscriber exclusive" badges on other stories).
fn visible_text(doc: &Document) -> String {
    let body = doc.select("body");
    body.select("script, style, noscript, template, nav, header, footer, aside, li a").remove();
    for node in body.select("[hidden], [aria-hidden], [style]").nodes() {
        if is_hidden(node) {
            node.remove_from_parent();
        }
    }
    body.text().to_string()
}

/// True when the element's own attributes hide it.
fn is_hidden(node: &dom_query::NodeRef) -> bool {
    crate::article::reveal::is_hidden(node)
}

/// Paywall words (`data/paywall_phrases.txt`), lowercased.
static PAYWALL_PHRASES: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/paywall_phrases.txt"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .collect()
});

/// Types of pages that are not articles (`data/non_article_types.txt`): JSON-LD types, and
/// `og:` types (a trailing `.*` for a family).
static NON_ARTICLE_TYPES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/non_article_types.txt")).collect()
});

/// Headlines of pages that are not articles (`data/non_article_titles.txt`).
static NON_ARTICLE_TITLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/non_article_titles.txt"))
        .map(str::to_lowercase)
        .collect()
});

/// True when the page declares a media, listing, search or profile type and no article type.
pub fn declares_other(kind: &PageKind) -> bool {
    if kind.ld_article {
        return false;
    }
    NON_ARTICLE_TYPES.iter().any(|t| match t.strip_prefix("og:") {
        Some(og) => kind.og_type.as_deref().is_some_and(|o| match og.strip_suffix(".*") {
            Some(family) => o == family || o.starts_with(&format!("{family}.")),
            None => o == og,
        }),
        None => kind.ld_types.iter().any(|l| l == t),
    })
}

/// True for the headline of an error page, a search page or a sign-in form.
fn is_non_article_headline(headline: &str) -> bool {
    let h = headline.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    !h.is_empty()
        && NON_ARTICLE_TITLES.iter().any(|t| match t.strip_prefix('*') {
            Some(anywhere) => h.contains(anywhere),
            None => {
                h.starts_with(t.as_str()) && h[t.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(og: Option<&str>, ld: &[&str], ld_article: bool) -> PageKind {
        PageKind {
            ld_types: ld.iter().map(|t| t.to_string()).collect(),
            ld_article,
            og_type: og.map(str::to_string),
            accessible_for_free: None,
            paywalled_parts: Vec::new(),
            word_count: None,
        }
    }

    const PLAIN: &str = "<html><head><title>Elm Street closed next week</title></head><body><nav><a href=/>Home</a></nav><div class=main><h1>Elm Street closed next week</h1><p>Elm Street will be closed from Monday.</p></div></body></html>";

    #[test]
    fn a_short_text_is_an_article_when_the_page_declares_one() {
        assert_eq!(verdict(40, &kind(Some("article"), &[], false), PLAIN), Verdict::Article);
        assert_eq!(verdict(40, &kind(None, &["NewsArticle"], true), PLAIN), Verdict::Article);
        let marked = PLAIN.replace("<div class=main>", "<div itemprop=articleBody>");
        assert_eq!(verdict(40, &kind(Some("website"), &[], false), &marked), Verdict::Article);
        let one =
            PLAIN.replace("<div class=main>", "<article>").replace("</div></body>", "</article></body>");
        assert_eq!(verdict(40, &kind(None, &[], false), &one), Verdict::Article);
        // Without any sign it stays too little text; under 20 words even a declared article is.
        assert_eq!(verdict(40, &kind(Some("website"), &[], false), PLAIN), Verdict::TooLittleText);
        assert_eq!(verdict(12, &kind(Some("article"), &[], false), PLAIN), Verdict::TooLittleText);
        // Cards of a listing are several <article>s: no sign.
        let cards = PLAIN.replace("<div class=main>", "<article>a</article><article>b</article><div>");
        assert_eq!(verdict(40, &kind(None, &[], false), &cards), Verdict::TooLittleText);
    }

    #[test]
    fn paywall_signs_make_a_short_text_a_teaser() {
        let article = kind(Some("article"), &["NewsArticle"], true);
        let words = PLAIN.replace(
            "</div></body>",
            "<div class=box><h3>Subscribe to continue   reading</h3></div></div></body>",
        );
        assert_eq!(verdict(40, &article, &words), Verdict::TooLittleText);
        assert_eq!(verdict(120, &article, &words), Verdict::TooLittleText);
        assert_eq!(verdict(160, &article, &words), Verdict::Article, "long texts are articles");
        let container = PLAIN
            .replace("</div></body>", "<div id=paywall-gate>Premium: start a trial today</div></div></body>");
        assert_eq!(verdict(40, &article, &container), Verdict::TooLittleText);
        // An empty paywall placeholder, or a "Subscribe" button, is no sign.
        let empty =
            PLAIN.replace("</div></body>", "<div class=paywall></div><a href=/s>Subscribe</a></div></body>");
        assert_eq!(verdict(40, &article, &empty), Verdict::Article);
        let closed = PageKind { accessible_for_free: Some(false), ..article.clone() };
        assert_eq!(verdict(100, &closed, PLAIN), Verdict::TooLittleText);
        // Paywall words inside a script are not shown to readers.
        let script =
            PLAIN.replace("</body>", "<script>var t='subscribe to continue reading'</script></body>");
        assert_eq!(verdict(40, &article, &script), Verdict::Article);
    }

    /// Four paragraphs of a complete short story (about 110 words).
    const STORY: &str = "Police closed a stretch of the Marlow Road on Thursday after a sinkhole about four metres wide opened in the southbound lane outside the garden centre.\n\nNo vehicles fell into the hole, which appeared shortly after six in the morning. A bus driver who saw the road dip stopped and called the police.\n\nEngineers said a collapsed Victorian drain was the likely cause, and the road is expected to stay closed for at least two weeks.\n\nDiversions are signed through the town centre, and residents of the nearest homes were told they did not need to leave.";

    fn story_page(furniture: &str) -> String {
        let paragraphs: String = STORY.split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
        format!(
            "<html><head><title>Sinkhole closes road</title></head><body><nav><a href=/>Home</a></nav><h1>Sinkhole closes road</h1><div class=story-text>{paragraphs}</div>{furniture}</body></html>"
        )
    }

    #[test]
    fn a_story_beside_an_embedded_video_is_an_article() {
        let video = kind(None, &["VideoObject"], false);
        assert_eq!(verdict_of_text(STORY, &video, &story_page("")), Verdict::Article);
        let og_video = kind(Some("video.other"), &[], false);
        assert_eq!(verdict_of_text(STORY, &og_video, &story_page("")), Verdict::Article);
        // A video page's caption lines, and a listing's summaries, are no story.
        let captions = "Drone footage of the sinkhole.\n\nThe road from above on Thursday morning.";
        assert_eq!(verdict_of_text(captions, &video, &story_page("")), Verdict::NotArticle);
        let listing = kind(Some("website"), &["CollectionPage"], false);
        assert_eq!(verdict_of_text(STORY, &listing, &story_page("")), Verdict::NotArticle);
    }

    #[test]
    fn a_match_centre_is_not_an_article_but_a_report_beside_its_event_is() {
        let event = kind(Some("website"), &["SportsEvent"], false);
        let lines: String = (1..=12)
            .map(|m| format!("{}' Yellow card: Player {m} (Riverton Athletic)\n\n", m * 7))
            .chain(["Full time: Northgate United 2 Riverton Athletic 1 at Mill Park on Saturday afternoon."
                .to_string()])
            .collect();
        assert!(lines.split_whitespace().count() >= MIN_ARTICLE_WORDS);
        assert_eq!(verdict_of_text(&lines, &event, &story_page("")), Verdict::NotArticle);
        assert_eq!(verdict_of_text(STORY, &event, &story_page("")), Verdict::Article);
    }

    #[test]
    fn paywall_signs_in_the_furniture_are_no_sign() {
        let plain = kind(None, &[], false);
        // Badges on links to other stories and a navigation link.
        let badges = story_page(
            "<ul><li><a href=/x>Subscriber exclusive: the harbour fight</a></li></ul><nav><a href=/p>Premium content</a></nav>",
        );
        assert_eq!(verdict_of_text(STORY, &plain, &badges), Verdict::Article);
        // A hidden paywall modal kept as a template.
        let modal = story_page(
            r#"<div class="paywall-modal" style="display:none"><p>You've reached your limit of free articles. Subscribe to continue reading.</p></div>"#,
        );
        assert_eq!(verdict_of_text(STORY, &plain, &modal), Verdict::Article);
        // The same modal shown is a wall.
        let shown = modal.replace(r#" style="display:none""#, "");
        assert_eq!(verdict_of_text(STORY, &plain, &shown), Verdict::TooLittleText);
        // A paywall class on the container that holds the story: the story is served.
        let wrapper = story_page("").replace("class=story-text", "class=\"story-text paywall\"");
        assert_eq!(verdict_of_text(STORY, &plain, &wrapper), Verdict::Article);
    }

    #[test]
    fn a_paywalled_part_served_in_the_page_is_the_article() {
        let metered = PageKind {
            accessible_for_free: Some(false),
            paywalled_parts: vec![".story-text".to_string()],
            ..kind(None, &["NewsArticle"], true)
        };
        assert_eq!(verdict_of_text(STORY, &metered, &story_page("")), Verdict::Article);
        // Not served: the part is not in the page, or holds another text.
        let elsewhere = PageKind { paywalled_parts: vec![".locked".to_string()], ..metered.clone() };
        assert_eq!(verdict_of_text(STORY, &elsewhere, &story_page("")), Verdict::TooLittleText);
        // No part marked and no wall shown: a complete story is served whole (a metered
        // site); a teaser cut off, or a lone paragraph, is not.
        let no_part = PageKind { paywalled_parts: Vec::new(), ..metered.clone() };
        assert_eq!(verdict_of_text(STORY, &no_part, &story_page("")), Verdict::Article);
        let cut = STORY.replace("did not need to leave.", "did not need to leave, but…");
        assert_eq!(verdict_of_text(&cut, &no_part, &story_page("")), Verdict::TooLittleText);
        let lede = STORY.split("\n\n").next().unwrap_or_default();
        assert_eq!(verdict_of_text(lede, &no_part, &story_page("")), Verdict::TooLittleText);
        // A complete-looking story that the JSON-LD declares far longer is cut short; one
        // it declares about as long is whole.
        let longer = PageKind { word_count: Some(1480), ..no_part.clone() };
        assert_eq!(verdict_of_text(STORY, &longer, &story_page("")), Verdict::TooLittleText);
        let words = STORY.split_whitespace().count();
        let as_long = PageKind { word_count: Some(words + 5), ..no_part.clone() };
        assert_eq!(verdict_of_text(STORY, &as_long, &story_page("")), Verdict::Article);
        let free = PageKind { accessible_for_free: None, word_count: Some(1480), ..no_part.clone() };
        assert_eq!(verdict_of_text(STORY, &free, &story_page("")), Verdict::Article, "no paywall sign");
        let bad_selector = PageKind { paywalled_parts: vec!["[[".to_string()], ..metered };
        assert_eq!(verdict_of_text(STORY, &bad_selector, &story_page("")), Verdict::TooLittleText);
    }

    #[test]
    fn a_short_story_is_an_article_on_a_page_that_declares_nothing() {
        let plain = kind(None, &[], false);
        let brief = "A fire at a recycling yard sent thick smoke over the east side of the town on Tuesday afternoon.\n\nCrews from three stations were called at about two and had the blaze under control by five.\n\nNobody was hurt in the fire.";
        assert_eq!(verdict_of_text(brief, &plain, &story_page("")), Verdict::Article);
        // Lines that are not sentences (headlines, dates), a lone paragraph, or too few words.
        let lines = format!("{brief}\n\nMore from the newsroom\n\n12 March 2019");
        assert_eq!(verdict_of_text(&lines, &plain, &story_page("")), Verdict::TooLittleText);
        let one = brief.replace("\n\n", " ");
        assert_eq!(verdict_of_text(&one, &plain, &story_page("")), Verdict::TooLittleText);
        let notice = "Sorry, the page you asked for could not be found on this site.\n\nTry the home page, or search the site for what you need.";
        assert_eq!(verdict_of_text(notice, &plain, &story_page("")), Verdict::TooLittleText);
    }

    #[test]
    fn a_brief_told_in_one_paragraph_is_an_article_unless_a_wall_is_shown() {
        let plain = kind(None, &[], false);
        let brief = "A water main burst under Dock Road in Lowfield early on Thursday, flooding cellars on both sides of the street and closing the road between Quay Lane and the swing bridge. Lowfield Water said repairs would take until Saturday. About 300 homes may have low pressure until then, and bottled water is available at the leisure centre.";
        assert_eq!(verdict_of_text(brief, &plain, &story_page("")), Verdict::Article);
        // Two sentences, or fewer than 50 words, or a line cut off: not enough to tell.
        let two = "A water main burst under Dock Road in Lowfield early on Thursday, flooding cellars on both sides of the street and closing the road between Quay Lane and the swing bridge for most of the day. Lowfield Water said repairs would take until Saturday and that about 300 homes may have low pressure.";
        assert_eq!(verdict_of_text(two, &plain, &story_page("")), Verdict::TooLittleText);
        let cut = brief.replace("leisure centre.", "leisure centre...");
        assert_eq!(verdict_of_text(&cut, &plain, &story_page("")), Verdict::TooLittleText);
        // A wall shown on the page keeps a one-paragraph lede a teaser.
        let closed = kind(None, &[], false);
        let closed = PageKind { accessible_for_free: Some(false), ..closed };
        assert_eq!(verdict_of_text(brief, &closed, &story_page("")), Verdict::TooLittleText);
        let wall = story_page("<div class=paywall><p>Subscribe to continue reading</p></div>");
        assert_eq!(verdict_of_text(brief, &plain, &wall), Verdict::TooLittleText);
    }

    /// A section front: five teaser cards, each a linked headline, a summary and a time.
    fn listing_page() -> (String, String) {
        let teasers = [
            (
                "Council approves leisure centre",
                "The new centre at Brook Fields will have a pool, a climbing wall and a sports hall.",
            ),
            (
                "Van stolen from builders' merchant",
                "The van was taken from the yard on Canal Street overnight with tools worth thousands.",
            ),
            (
                "Crossing patrol retires after 31 years",
                "Pupils lined the pavement to say goodbye to her on her last morning at the school.",
            ),
            (
                "Roadworks to last until March",
                "Drivers face overnight closures while the carriageway between the roundabouts is resurfaced.",
            ),
            (
                "Hospital names new chief executive",
                "The new chief executive currently runs a trust in the Midlands and starts in the new year.",
            ),
        ];
        let cards: String = teasers
            .iter()
            .map(|(h, s)| {
                format!(
                    "<div class=teaser><a href=/n><h3>{h}</h3></a><p>{s}</p><span>2 hours ago</span></div>"
                )
            })
            .collect();
        let text: Vec<String> = teasers.iter().map(|(h, s)| format!("{h}\n\n{s}\n\n2 hours ago")).collect();
        (
            format!(
                "<html><head><title>News</title></head><body><nav><a href=/>Home</a></nav><h1>News</h1><main>{cards}</main></body></html>"
            ),
            text.join("\n\n"),
        )
    }

    #[test]
    fn a_text_of_teaser_cards_is_a_listing() {
        let (html, text) = listing_page();
        assert_eq!(verdict_of_text(&text, &kind(Some("website"), &[], false), &html), Verdict::NotArticle);
        let long = format!("{text}\n\n{text}");
        assert_eq!(verdict_of_text(&long, &kind(None, &[], false), &html), Verdict::NotArticle, "150+ words");
        // A story whose subheads are links: each card is its headline alone.
        let sections: String = STORY
            .split("\n\n")
            .enumerate()
            .map(|(i, p)| format!("<h2><a href=/s{i}>Part {i}</a></h2><p>{p}</p>"))
            .collect();
        let page = format!(
            "<html><body><h1>Sinkhole closes road</h1><div class=story>{sections}</div></body></html>"
        );
        assert_eq!(verdict_of_text(STORY, &kind(None, &[], false), &page), Verdict::Article);
        // Related cards beside a story do not make it a listing.
        let beside = html
            .replace("<main>", &format!("<div class=story-text>{}</div><main>", STORY.replace("\n\n", " ")));
        assert_eq!(verdict_of_text(STORY, &kind(None, &[], false), &beside), Verdict::Article);
    }

    #[test]
    fn plain_text_cards_that_open_by_script_are_a_listing() {
        let (html, text) = listing_page();
        let plain = html
            .replace("<div class=teaser><a href=/n>", "<div class=teaser onclick=\"location.href='/n'\">")
            .replace("</h3></a>", "</h3>");
        assert!(!plain.contains("<a href=/n>"));
        assert_eq!(verdict_of_text(&text, &kind(None, &[], false), &plain), Verdict::NotArticle);
        // Unlinked subheads of a story are not cards.
        let unlinked = html.replace("<a href=/n>", "").replace("</h3></a>", "</h3>");
        assert_eq!(verdict_of_text(&text, &kind(None, &[], false), &unlinked), Verdict::Article);
    }

    #[test]
    fn a_listing_that_declares_an_article_is_still_a_listing() {
        let (html, text) = listing_page();
        let declared = kind(Some("article"), &["Article"], true);
        // Five cards leading to one page: too little to overrule the declaration.
        assert_eq!(verdict_of_text(&text, &declared, &html), Verdict::Article);
        // Seven cards leading to seven of the site's own stories.
        let extra = "<div class=teaser><a href=/n><h3>Bakery wins award</h3></a><p>The bakery on Mill Lane was named the best in the county.</p><span>3 hours ago</span></div>";
        let mut seven = html.replace("</main>", &format!("{extra}{extra}</main>"));
        for i in 0..7 {
            seven = seven.replacen("href=/n>", &format!("href=/news/2023/10/0{i}/story>"), 1);
        }
        let seven_text = format!(
            "{text}\n\nBakery wins award\n\nThe bakery on Mill Lane was named the best in the county.\n\n3 hours ago"
        );
        assert_eq!(verdict_of_text(&seven_text, &declared, &seven), Verdict::NotArticle);
        // The same cards without their dates: a hub of guides, not a news listing.
        let undated = seven_text.replace("2 hours ago", "Guide").replace("3 hours ago", "Guide");
        assert_eq!(verdict_of_text(&undated, &declared, &seven), Verdict::Article);
        assert_eq!(date_lines("2 hours ago\nOct. 1\nSept. 30\n14 September 2021\nIt rained on Oct. 1"), 4);
        // A story's recommendations link to other sites: the declaration stands.
        let mut out = html.replace("</main>", &format!("{extra}{extra}</main>"));
        for i in 0..7 {
            out = out.replacen("href=/n>", &format!("href=https://shop{i}.example/item>"), 1);
        }
        assert_eq!(verdict_of_text(&seven_text, &declared, &out), Verdict::Article);
        assert_eq!(verdict_of_text(&seven_text, &kind(None, &[], false), &out), Verdict::NotArticle);
    }

    #[test]
    fn headings_are_counted_without_a_parse() {
        assert_eq!(heading_tags("<H1>a</H1><h2 class=x>b</h2><h3>c</h3><h6>d</h6><hr><header>"), 3);
    }

    #[test]
    fn media_pages_listings_and_forms_are_not_articles() {
        assert_eq!(verdict(10, &kind(Some("video.other"), &[], false), PLAIN), Verdict::NotArticle);
        assert_eq!(
            verdict(200, &kind(Some("website"), &["CollectionPage"], false), PLAIN),
            Verdict::NotArticle
        );
        assert_eq!(
            verdict(120, &kind(Some("article"), &["ImageGallery"], false), PLAIN),
            Verdict::NotArticle
        );
        assert_eq!(verdict(400, &kind(None, &["VideoObject"], false), PLAIN), Verdict::Article, "long text");
        // A video embedded in an article does not make it a video page.
        assert_eq!(verdict(40, &kind(None, &["NewsArticle", "VideoObject"], true), PLAIN), Verdict::Article);
        let error = PLAIN.replace("Elm Street closed next week", "Page not found");
        assert_eq!(verdict(40, &kind(Some("website"), &[], false), &error), Verdict::NotArticle);
        assert_eq!(verdict(100, &kind(Some("website"), &[], false), &error), Verdict::NotArticle);
        let login = PLAIN.replace("Elm Street closed next week", "Log in to the Harbour Post");
        assert_eq!(verdict(30, &kind(None, &[], false), &login), Verdict::NotArticle);
        // A headline that only starts like one is a word of its own.
        let logistics = PLAIN.replace("Elm Street closed next week", "Logins fail at city hall");
        assert_eq!(verdict(100, &kind(None, &[], false), &logistics), Verdict::Article);
        // A newsletter's sign-up page and a story's comments page, unless the page declares an
        // article.
        let signup = PLAIN.replace("Elm Street closed next week", "Sign up for The Morning Brief");
        assert_eq!(verdict(68, &kind(Some("website"), &[], false), &signup), Verdict::NotArticle);
        assert_eq!(verdict(68, &kind(Some("article"), &[], false), &signup), Verdict::Article);
        let comments =
            PLAIN.replace("Elm Street closed next week", "Comments: Cinema to become climbing centre");
        assert_eq!(verdict(19, &kind(None, &[], false), &comments), Verdict::NotArticle);
        assert_eq!(verdict(0, &kind(None, &[], false), PLAIN), Verdict::NotArticle);
    }
}
