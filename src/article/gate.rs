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
    /// It shows a video or audio player and declares no article: a short text beside it that
    /// is no story is the player's caption (a video page).
    pub player: bool,
}

/// Elements of a video or audio player.
const PLAYERS: &str = "video, audio, amp-video, amp-audio";

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
    verdict_with(words_in(text), Some(text), kind, html)
}

/// Words of `text`: its whitespace-separated tokens, where a token in a script written
/// without spaces (Chinese, Japanese, Thai…) counts one word for every two of its characters,
/// so that a 400-character Chinese story is not judged a three-word teaser.
pub fn words_in(text: &str) -> usize {
    text.split_whitespace()
        .map(|token| {
            let unspaced = token.chars().filter(|c| is_unspaced_script(*c)).count();
            if unspaced == 0 { 1 } else { unspaced.div_ceil(2) }
        })
        .sum()
}

/// True for a character of a script written without spaces between words (CJK ideographs,
/// kana, Thai, Lao, Khmer, Myanmar), or of Korean, whose spaced words carry their particles
/// (a word of four syllables is two English ones).
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x2FFFF)
}

fn verdict_with(words: usize, text: Option<&str>, kind: &PageKind, html: &str) -> Verdict {
    if words >= MAX_MEDIA_WORDS {
        return Verdict::Article;
    }
    // Prose outweighs a type declared beside it: a story under a video's or a match's type is
    // an article; under a listing's type only when `og:type` says article too (a CMS that
    // stamps `CollectionPage` on every page).
    // A gallery's captions read like one-sentence paragraphs: under a gallery's type only
    // paragraphs of prose make a story.
    let story = text.is_some_and(|t| {
        prose_paragraphs(t) >= MIN_STORY_PARAGRAPHS || (is_story(t) && !declares_gallery(kind))
    });
    let og_article = kind.og_type.as_deref().is_some_and(|t| t == "article" || t.starts_with("article:"));
    let other = declares_other(kind) && !(story && (declares_media(kind) || og_article));
    if words >= MAX_TEASER_WORDS {
        // Only a listing's cards can still turn the text away: the page is parsed again only
        // when its HTML has headings enough for them.
        // A page that declares an article is parsed only when its text holds the teasers'
        // dates (`is_declared_listing`).
        let listing = heading_tags(html) >= MIN_CARDS
            && text.is_some_and(|t| {
                (!kind.ld_article || date_lines(t) >= MIN_CARDS)
                    && is_declared_listing(&Document::from(html), t, kind, false)
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
    text.lines().filter(|l| words_in(l) >= MIN_PROSE_WORDS).count()
}

/// Media types, and a match's event: a story can embed one (`data/non_article_types.txt`
/// holds them with the listings, which cannot).
const MEDIA_TYPES: &[&str] = &["VideoObject", "ImageGallery", "MediaGallery", "AudioObject", "SportsEvent"];

/// True when the page declares a video, audio or gallery (JSON-LD, or `og:type video.*`).
fn declares_media(kind: &PageKind) -> bool {
    kind.ld_types.iter().any(|t| MEDIA_TYPES.contains(&t.as_str()))
        || kind.og_type.as_deref().is_some_and(|o| o == "video" || o.starts_with("video."))
}

/// Gallery types, whose text is captions.
const GALLERY_TYPES: &[&str] = &["ImageGallery", "MediaGallery"];

/// True when the page declares a photo gallery (JSON-LD).
fn declares_gallery(kind: &PageKind) -> bool {
    kind.ld_types.iter().any(|t| GALLERY_TYPES.contains(&t.as_str()))
}

/// The gate's rules, once the signs are read.
fn judge(words: usize, other: bool, signs: &PageSigns) -> Verdict {
    // A headline from the table ("404 jobs to go…", "Login trouble…") does not turn away a
    // text that reads as a story.
    if other || (signs.not_article_headline && !signs.declares_article && !signs.story) {
        return Verdict::NotArticle;
    }
    if signs.paywall {
        return Verdict::TooLittleText;
    }
    if words >= MIN_ARTICLE_WORDS || ((signs.declares_article || signs.story) && words >= MIN_BRIEF_WORDS) {
        return Verdict::Article;
    }
    if words == 0 || signs.not_article_headline || signs.player {
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
    // The first `<h1>` shown: a hidden sign-in modal's heading is not the page's headline.
    let h1 = doc
        .select("h1")
        .nodes()
        .iter()
        .find(|n| !is_hidden(n) && !n.ancestors_it(None).any(|a| is_hidden(&a)))
        .map(|n| n.text().to_string())
        .unwrap_or_default();
    // A template without `<h1>` (a `<div class="title">`) shows its headline as the first
    // short line of the text read.
    let first_line = text
        .and_then(|t| t.lines().map(str::trim).find(|l| !l.is_empty()))
        .filter(|l| words_in(l) <= MAX_SUBHEAD_WORDS)
        .unwrap_or_default()
        .to_string();
    let headlines = [h1, doc.select("title").text().to_string(), first_line];
    let not_article_headline = headlines.iter().any(|h| is_non_article_headline(h));
    let opening = text.map(opening_words).unwrap_or_default();
    let served = |s: &Selection| !opening.is_empty() && squeeze(&s.text()).contains(&opening);
    // The part JSON-LD marks as not free is in the page with the text read: it is served.
    let served_part = kind.paywalled_parts.iter().any(|sel| doc.try_select(sel).is_some_and(|s| served(&s)));
    // A part whose selector matches nothing on the page is a template's leftover (the
    // paywalled container renamed): no part is marked on this page.
    let marked_parts = kind
        .paywalled_parts
        .iter()
        .any(|sel| dom_query::Matcher::new(sel).is_err() || doc.try_select(sel).is_some());
    // `isAccessibleForFree: false` with no part marked and no wall shown: a metered site
    // serving the whole text, when that text is a complete story. A marked part that is not
    // served keeps it a teaser.
    let story = text.is_some_and(is_story);
    let cut_short = text.is_some_and(|t| is_cut_short(t, kind));
    let closed =
        kind.accessible_for_free == Some(false) && !served_part && !(story && !marked_parts && !cut_short);
    // Before `has_paywall`, which strips the page's furniture from `doc`.
    let listing = text.is_some_and(|t| is_declared_listing(&doc, t, kind, !declares_article));
    let wall_after = !story && text.is_some_and(|t| !is_one_paragraph_brief(t) && shows_wall_after(&doc, t));
    let paywall = closed || wall_after || has_paywall(&doc, &served, text, story);
    // A brief told in one paragraph is a story too, once no paywall is shown (a teaser's lede
    // is one paragraph as well, so it does not open a wall the way `story` does above).
    let story = story || text.is_some_and(is_one_paragraph_brief);
    // A player on a page that declares no article: a short text beside it is its caption.
    let player = !declares_article
        && doc
            .select(PLAYERS)
            .nodes()
            .iter()
            .any(|n| !is_hidden(n) && !n.ancestors_it(None).any(|a| is_hidden(&a)));
    PageSigns { declares_article, paywall, not_article_headline, listing, story, player }
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
/// places), and 40 words or more. Three sentences of which two hold eight words or more are a
/// short story too (a brief told in short paragraphs, a live blog's entries, a Q&A).
fn is_story(text: &str) -> bool {
    let all: Vec<String> = paragraph_lines(text).into_iter().filter(|l| !is_neutral_line(l)).collect();
    let furniture = |l: &str| !ends_sentence(l) && words_in(l) <= MAX_SUBHEAD_WORDS;
    // Short lines before the first sentence are furniture, but the one right before it, which
    // is read as its heading (a comment's author, a teaser's headline count against a story).
    // A menu's items (three words or fewer each) read with a table layout's text are skipped
    // whatever their number; only three longer lines are.
    let mut start = 0;
    let mut longer = 0;
    while all.get(start).is_some_and(|l| furniture(l))
        && all.get(start + 1).is_some_and(|next| !ends_sentence(next))
    {
        if words_in(&all[start]) > MAX_MENU_WORDS {
            if longer == MAX_LEADING_LINES {
                break;
            }
            longer += 1;
        }
        start += 1;
    }
    // After the last sentence: up to two short lines are furniture (a rail's title and what is
    // left of its links: "More videos"), and two or more short lines holding figures are the
    // story's data (a match's score lines, a forecast), counted with its words.
    let mut end = all.len();
    while end > start + 1
        && !ends_sentence(&all[end - 1])
        && (words_in(&all[end - 1]) <= MAX_TRAILING_WORDS || is_data_line(&all[end - 1]))
    {
        end -= 1;
    }
    let tail = &all[end..];
    let data: Vec<&String> = tail.iter().filter(|l| is_data_line(l)).collect();
    let data_words = if data.len() >= MIN_DATA_LINES {
        data.iter().map(|l| words_in(l)).sum()
    } else if tail.len() <= MAX_TRAILING_LINES && tail.iter().all(|l| words_in(l) <= MAX_TRAILING_WORDS) {
        0
    } else {
        return false;
    };
    let lines = &all[start..end];
    let words: usize = lines.iter().map(|l| words_in(l)).sum::<usize>() + data_words;
    let mut sentences = 0;
    let mut headings = 0;
    for (i, line) in lines.iter().enumerate() {
        if ends_sentence(line) {
            sentences += 1;
        } else if words_in(line) <= MAX_SUBHEAD_WORDS
            && lines
                .get(i + 1)
                .is_some_and(|next| ends_sentence(next) && words_in(next) >= MIN_WIRE_PARAGRAPH_WORDS)
        {
            headings += 1;
        } else {
            return false;
        }
    }
    let at_least = |n: usize| lines.iter().filter(|l| ends_sentence(l) && words_in(l) >= n).count();
    words >= MIN_STORY_WORDS
        && headings < sentences
        && (at_least(MIN_STORY_PARAGRAPH_WORDS) >= 2
            || at_least(MIN_WIRE_PARAGRAPH_WORDS) >= MIN_WIRE_PARAGRAPHS
            || (sentences >= MIN_SHORT_STORY_SENTENCES && at_least(MIN_WIRE_PARAGRAPH_WORDS) >= 2))
}

/// The non-empty lines of `text`, trimmed, with the lines of a hard-wrapped paragraph (wire
/// copy in a `<pre>`: a line that ends no sentence, then one that opens in lower case) joined.
fn paragraph_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut after_blank = true;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        match lines.last_mut() {
            Some(prev)
                if !after_blank
                    && !ends_sentence(prev)
                    && line.chars().next().is_some_and(char::is_lowercase) =>
            {
                prev.push(' ');
                prev.push_str(line);
            }
            _ => lines.push(line.to_string()),
        }
        after_blank = false;
    }
    lines
}

/// True for a short line of figures after a story (a score line "Arlow Town 2 (Penn 81)", a
/// forecast "Tomorrow: sunny, 6C"): a digit, ten words at most, and no price (an offer box's
/// "Digital: 1 pound a week" is a wall's, not the story's).
fn is_data_line(line: &str) -> bool {
    static PRICE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)[£$€¥]|\b(?:pounds?|pence|dollars?|euros?|cents?)\b|\b(?:a|per) (?:day|week|month|year)\b",
        )
        .expect("regex")
    });
    words_in(line) <= MAX_SUBHEAD_WORDS && line.chars().any(|c| c.is_ascii_digit()) && !PRICE.is_match(line)
}

/// Lines of figures after a story that make a box of results (one is an offer's price or a
/// page count).
const MIN_DATA_LINES: usize = 2;

/// Sentences of a short story told in short paragraphs, two of them of eight words or more.
const MIN_SHORT_STORY_SENTENCES: usize = 3;

/// Most words of a menu's item (a table layout's navigation read with its text).
const MAX_MENU_WORDS: usize = 3;

/// Most short lines after a story's last sentence read as furniture.
const MAX_TRAILING_LINES: usize = 2;

/// Short lines before a story's first sentence that are read as furniture (a breadcrumb, a
/// kicker, the headline).
const MAX_LEADING_LINES: usize = 3;

/// Most words of a line after a story's last sentence read as furniture (a rail's title
/// whose links were pruned: "More videos").
const MAX_TRAILING_WORDS: usize = 4;

/// Most words of a subhead between a story's paragraphs ("What happens next").
const MAX_SUBHEAD_WORDS: usize = 10;

/// Words of a paragraph of a story told in one-sentence paragraphs (wire and tabloid style),
/// of which it needs four at least.
const MIN_WIRE_PARAGRAPH_WORDS: usize = 8;

/// Paragraphs of eight words or more that make a story told in one-sentence paragraphs.
const MIN_WIRE_PARAGRAPHS: usize = 4;

/// True when `line` ends a sentence: a full stop, question or exclamation mark in any script,
/// before closing quotation marks or brackets (`.“`, `. »`, `。」`), and no ellipsis.
fn ends_sentence(line: &str) -> bool {
    let l = line
        .trim_end_matches(['"', '\'', '”', '’', '“', '»', '«', '›', '」', '』', ')', '）', ' ', '\u{a0}']);
    !l.ends_with("...") && !l.ends_with('…') && l.ends_with(['.', '!', '?', '。', '！', '？', '؟', '।'])
}

/// True for a line a story may carry that is not a sentence and says nothing of the page: a
/// date or time stamp ("14.05.2019", "Posted 2 December 2017", a live blog's "16:40") or a credit in brackets
/// ("(Reporting by …; Editing by …)") or a contact line with an e-mail address, or a short
/// line naming a web address (a print view's footer).
fn is_neutral_line(line: &str) -> bool {
    static NUMERIC_DATE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b").expect("regex"));
    static CONTACT: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"[\w.+-]+@[\w-]+\.[\w.]+").expect("regex"));
    // A print view's footer names the site's address ("Printed from www.example.com").
    static WEB_ADDRESS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(?i)\bwww\.[\w-]+\.[\w.]+|\bhttps?://\S+").expect("regex"));
    // A live blog's entry stamp ("16:40", "9.05am", "11:30 GMT").
    static CLOCK: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|h))?(?:\s+[a-z]{2,4})?$")
            .expect("regex")
    });
    (line.starts_with('(') && line.ends_with(')'))
        || CLOCK.is_match(line)
        || (line.split_whitespace().count() <= 12 && (CONTACT.is_match(line) || WEB_ADDRESS.is_match(line)))
        || date_lines(line) == 1
        || (line.split_whitespace().count() <= 6 && NUMERIC_DATE.is_match(line))
}

/// Words a news brief told in one paragraph needs at least.
const MIN_ONE_PARAGRAPH_WORDS: usize = 50;

/// Sentences a news brief told in one paragraph needs at least.
const MIN_ONE_PARAGRAPH_SENTENCES: usize = 3;

/// True when `text` is a news brief told in one paragraph: its only line holds 50 words or
/// more in three or more sentences, or 30 words or more after a wire dateline, and ends one ("A water main burst under Dock Road early on
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
    // A wire brief opens on its dateline ("SANTERRA —", "HALDEN FALLS, Minn. (Wire) --"), a
    // teaser's lede does not: one sentence of 30 words under a dateline is a brief.
    static DATELINE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^()—–\n]{1,30}?)?\s*(?:\([^)\n]{2,40}\)\s*)?(?:—|–|--|-)\s",
        )
        .expect("regex")
    });
    let words = words_in(line);
    ends_sentence(line)
        && ((words >= MIN_ONE_PARAGRAPH_WORDS && sentences >= MIN_ONE_PARAGRAPH_SENTENCES)
            || (words >= MIN_DATELINE_BRIEF_WORDS && DATELINE.is_match(line)))
}

/// Words of a one-paragraph wire brief that opens on its dateline.
const MIN_DATELINE_BRIEF_WORDS: usize = 30;

/// Headlines that are links, the opening of a teaser card.
const LINK_HEADINGS: &str = "a h1, a h2, a h3, a h4, a h5, h1 a, h2 a, h3 a, h4 a, h5 a";

/// Headlines of teaser cards that open by script rather than by a link (`onclick`,
/// `data-href`): plain-text cards.
const CLICKABLE_HEADINGS: &str =
    "[onclick] h2, [onclick] h3, [onclick] h4, [data-href] h2, [data-href] h3, [data-href] h4";

/// Headlines of teaser cards that open by a "Read more" link beside an unlinked headline: a
/// heading `<h2>`…`<h4>` whose parent holds such a link (and no linked heading of its own).
fn read_more_headings(doc: &Document) -> Vec<dom_query::NodeRef<'_>> {
    doc.select("h2, h3, h4")
        .nodes()
        .iter()
        .copied()
        .filter(|h| {
            Selection::from(*h).select("a").is_empty()
                && h.parent().is_some_and(|p| {
                    Selection::from(p)
                        .select("a[href]")
                        .nodes()
                        .iter()
                        .any(|a| crate::article::reveal::is_read_more(&a.text()))
                })
        })
        .collect()
}

/// Words of a link that stands alone as a teaser's headline (a menu's items are shorter).
const HEADLINE_LINK_WORDS: std::ops::RangeInclusive<usize> = 3..=20;

/// Words of text beside each link in the element that holds headline links (a date, a
/// separator), more than a paragraph of prose with a link in it holds.
const MAX_WORDS_BESIDE_LINK: usize = 3;

/// Links that stand alone as teasers' headlines on a page without headings: a table row's
/// link, a `<div class="title">` link, a line of a `<br>`-separated archive. Three to twenty
/// words, in an element whose text outside its links is three words a link at most.
fn headline_links(doc: &Document) -> Vec<dom_query::NodeRef<'_>> {
    doc.select("a[href]")
        .nodes()
        .iter()
        .copied()
        .filter(|a| {
            HEADLINE_LINK_WORDS.contains(&a.text().split_whitespace().count())
                && a.parent().is_some_and(|p| {
                    let links = Selection::from(p).select("a");
                    let link_words: usize =
                        links.nodes().iter().map(|l| l.text().split_whitespace().count()).sum();
                    let all = p.text().split_whitespace().count();
                    all.saturating_sub(link_words) <= MAX_WORDS_BESIDE_LINK * links.length()
                })
        })
        .collect()
}

/// Fewest teaser cards on a listing.
const MIN_CARDS: usize = 4;

/// Share of the text read (words) found in teaser cards that makes it a listing.
const LISTING_SHARE: f64 = 0.6;

/// True when `text`, read from `doc`, is mostly the teasers of a listing. A card is the
/// largest element around a linked headline (or the headline of a card that opens by script) that holds no other linked headline (outside
/// the navigation, footer and asides); a text read that lies mostly inside four cards or
/// more is a listing. A story's linked subheads are cards of their headline
/// alone, so its paragraphs are not in them. On a `plain` page (one that declares no article)
/// links that stand alone as headlines are cards too ([`headline_links`]), and a line holding a
/// card's headline as half its words or more is the card's ("1 March: Snow closes roads").
fn is_listing(doc: &Document, text: &str, plain: bool) -> bool {
    let mut seen = std::collections::HashSet::new();
    let anchors: Vec<dom_query::NodeRef> = doc
        .select(&format!("{LINK_HEADINGS}, {CLICKABLE_HEADINGS}"))
        .nodes()
        .iter()
        .copied()
        .chain(read_more_headings(doc))
        .chain(if plain { headline_links(doc) } else { Vec::new() })
        .filter(|n| {
            !n.ancestors_it(None)
                .any(|a| a.node_name().is_some_and(|t| matches!(t.as_ref(), "nav" | "footer" | "aside")))
        })
        .filter(|n| seen.insert(n.id))
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
    let mut card_lines: Vec<Vec<String>> = vec![Vec::new(); cards.len()];
    let mut outside = String::new();
    for line in text.lines().map(squeeze).filter(|l| !l.is_empty()) {
        let n = line.split(' ').count();
        total += n;
        let in_card = |c: &String| {
            c.contains(&line)
                || (plain && !c.is_empty() && line.contains(c.as_str()) && 2 * c.split(' ').count() >= n)
        };
        if let Some(i) = cards.iter().position(in_card) {
            inside += n;
            hit[i] = true;
            if !card_lines[i].contains(&line) {
                card_lines[i].push(line);
            }
        } else if ends_sentence(&line) || words_in(&line) > MAX_SUBHEAD_WORDS {
            // The rail's own title is no part of the story outside it.
            outside.push_str(&line);
            outside.push('\n');
        }
    }
    // A story read with a rail of related cards is a story: the text outside the cards is
    // one (a listing's introduction is a line).
    if is_story(&outside) {
        return false;
    }
    // The text runs through several teasers, not one card's worth of a page; a card that holds
    // a section of prose under its linked heading (a guide's entries) is no teaser.
    let teasers = hit.iter().zip(&card_lines).filter(|(h, lines)| **h && !is_story_section(lines)).count();
    teasers >= MIN_CARDS && inside as f64 >= total as f64 * LISTING_SHARE
}

/// Words of prose under a linked heading that make a section of a story rather than a
/// teaser's summary.
const MIN_SECTION_WORDS: usize = 30;

/// True when a card's `lines` of text are a section of a story: 30 words or more of
/// sentences under short headings, with no date stamp and no teaser cut off ("…").
fn is_story_section(lines: &[String]) -> bool {
    let prose: usize = lines.iter().filter(|l| ends_sentence(l)).map(|l| words_in(l)).sum();
    prose >= MIN_SECTION_WORDS
        && lines.iter().all(|l| ends_sentence(l) || (words_in(l) <= MAX_SUBHEAD_WORDS && !is_neutral_line(l)))
}

/// Fewest linked headlines to the site's own pages that make a listing of a page whose
/// JSON-LD declares an article (some CMSs declare `Article` on every page, section fronts
/// included).
const MIN_DECLARED_CARDS: usize = 6;

/// True when `text`, read from `doc`, is a listing's ([`is_listing`]); when the page declares
/// an article, the teasers must also be stamped with their dates or times (four lines or
/// more) and their linked headlines lead to six or more pages of the site: a story's list of
/// recommendations (hotels, products, sources) links to other sites, a hub of courses or
/// guides shows no dates (WCXB dev keeps such a hub's text as its main content). `plain`:
/// the page declares no article, so links standing alone count as headlines ([`is_listing`]).
fn is_declared_listing(doc: &Document, text: &str, kind: &PageKind, plain: bool) -> bool {
    is_listing(doc, text, plain)
        && (!kind.ld_article || (date_lines(text) >= MIN_CARDS && site_headlines(doc) >= MIN_DECLARED_CARDS))
}

/// Lines of `text` that are only a date or a time of publication ("2 hours ago", "Oct. 1",
/// "14 September 2021"): the stamps of a news listing's teasers.
pub(crate) fn date_lines(text: &str) -> usize {
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

/// The paragraphs of prose of `text` before its last, lowercased and squeezed, one a line.
fn own_prose(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let before_last = &lines[..lines.len().saturating_sub(1)];
    before_last
        .iter()
        .filter(|l| ends_sentence(l) && words_in(l) >= MIN_STORY_PARAGRAPH_WORDS)
        .map(|l| squeeze(&l.to_lowercase()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Elements that mark an article's body (besides a single `<article>`).
const MARKED_BODY: &str =
    "[itemprop=articleBody], .entry-content, .post-content, .article-body, .article-content, .story-body";

/// Containers that hold a paywall, by class or id.
const PAYWALL_CONTAINERS: &str = "[class*=paywall], [id*=paywall], [class*=Paywall], [id*=Paywall], [class*=regwall], [id*=regwall], [class*=meter-wall], [class*=meterwall]";

/// True when the page shows a paywall: a visible container with words in it that is not the
/// served article (`served`), or paywall words in the page's visible text.
/// Phrases the text read holds in its paragraphs of prose before the last are the story's own
/// words ("premium content" in a story about a streaming service), not a wall's (a wall read
/// with the text is a short line, or comes last). Beside a complete `story`, a paywall container
/// without any paywall words is an offer ("Get unlimited access from 1 pound a week"), not a
/// wall.
fn has_paywall(doc: &Document, served: &dyn Fn(&Selection) -> bool, text: Option<&str>, story: bool) -> bool {
    let own = text.map(own_prose).unwrap_or_default();
    let walls = |t: &str| {
        let t = squeeze(&t.to_lowercase());
        PAYWALL_PHRASES.iter().any(|p| t.matches(p.as_str()).count() > own.matches(p.as_str()).count())
    };
    let container = doc.select(PAYWALL_CONTAINERS).nodes().iter().any(|n| {
        let s = Selection::from(*n);
        s.text().split_whitespace().count() >= 3
            && !is_hidden(n)
            && !served(&s)
            && (!story || walls(&s.text()))
    });
    container || walls(&visible_text(doc))
}

/// Path segments of sign-up and log-in pages (`data/wall_paths.txt`), lowercased.
static WALL_PATHS: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/wall_paths.txt"))
        .map(|w| w.to_lowercase())
        .collect()
});

/// Most words of a wall's box.
const MAX_WALL_WORDS: usize = 40;

/// How many levels above the element holding the text's last line the wall may sit beside.
const MAX_WALL_LEVELS: usize = 2;

/// True when a link points to a sign-up or log-in page (`data/wall_paths.txt`).
fn links_to_wall(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or_default();
    path.split('/').filter(|s| !s.is_empty()).any(|segment| {
        let segment = segment.to_lowercase();
        let stem = segment.split('.').next().unwrap_or_default();
        WALL_PATHS.iter().any(|w| *w == segment || *w == stem)
    })
}

/// True when the page shows a wall right where the `text` read stops: the element after the
/// one holding its last line (or after its parent) is a short visible box, not the page's
/// footer or navigation, linking to a sign-up or log-in page. A members' box written in words
/// the phrase table does not hold (any language) is told by where it sends the reader.
fn shows_wall_after(doc: &Document, text: &str) -> bool {
    let Some(last) = text.lines().map(str::trim).rfind(|l| !l.is_empty()) else { return false };
    let last = squeeze(last);
    // The deepest element holding the whole last line.
    let holder = doc
        .select("body *")
        .nodes()
        .iter()
        .filter(|n| squeeze(&n.text()).contains(&last))
        .max_by_key(|n| n.ancestors_it(None).count())
        .copied();
    let Some(mut node) = holder else { return false };
    for _ in 0..MAX_WALL_LEVELS {
        if let Some(next) = node.next_element_sibling() {
            let boxed = Selection::from(next);
            let words = words_in(&boxed.text());
            return !next.node_name().is_some_and(|n| matches!(n.as_ref(), "footer" | "nav" | "header"))
                && !is_hidden(&next)
                && (1..=MAX_WALL_WORDS).contains(&words)
                && boxed
                    .select("a[href]")
                    .nodes()
                    .iter()
                    .any(|a| a.attr("href").is_some_and(|h| links_to_wall(&h)));
        }
        let Some(parent) = node.parent() else { return false };
        node = parent;
    }
    false
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
    let h = headline.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('’', "'");
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
        // Not served: the part holds another text. A part that names nothing on the page is a
        // template's leftover: a complete story is served whole unless a wall is shown.
        let other_text = story_page("<div class=locked>Members read on.</div>");
        let elsewhere = PageKind { paywalled_parts: vec![".locked".to_string()], ..metered.clone() };
        assert_eq!(verdict_of_text(STORY, &elsewhere, &other_text), Verdict::TooLittleText);
        assert_eq!(verdict_of_text(STORY, &elsewhere, &story_page("")), Verdict::Article);
        let shown = story_page("<p>Subscribe to continue reading.</p>");
        assert_eq!(verdict_of_text(STORY, &elsewhere, &shown), Verdict::TooLittleText);
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
        // Lines that are not sentences (headlines), a lone paragraph, or too few words. One
        // short line after the story (a rail's title, its links pruned) and a date stamp do
        // not stop it being one.
        let lines =
            format!("{brief}\n\nMore from the newsroom\n\nCouncil tax to rise\n\nBus timetable changes");
        assert_eq!(verdict_of_text(&lines, &plain, &story_page("")), Verdict::TooLittleText);
        let rail = format!("{brief}\n\nMore from the newsroom\n\n12 March 2019");
        assert_eq!(verdict_of_text(&rail, &plain, &story_page("")), Verdict::Article);
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

    #[test]
    fn a_short_lede_before_a_box_linking_to_sign_up_is_a_teaser() {
        // The box's words are in no phrase table; where it sends the reader tells the wall.
        let declared = kind(Some("article"), &[], false);
        let lede = "Die Gemeinde Oberwald schliesst ihr Freibad nach dem Sommer, weil die Sanierung des Beckens mehr als drei Millionen Franken kosten wuerde.";
        let page = |after: &str| {
            format!(
                "<html><head><title>Freibad schliesst</title></head><body><div class=main><h1>Freibad schliesst</h1><div class=text><p>{lede}</p></div>{after}</div><div class=foot><a href=/login>Anmelden</a></div></body></html>"
            )
        };
        let wall = page(
            "<div class=box><p>Weiter mit Plus: alle Berichte aus der Region.</p><a href=/abo/plus>Jetzt testen</a></div>",
        );
        assert_eq!(verdict_of_text(lede, &declared, &wall), Verdict::TooLittleText);
        // A box linking elsewhere, or a log-in link in the page's footer only, is no wall.
        let other = page("<div class=box><p>Mehr aus der Region.</p><a href=/region/>Region</a></div>");
        assert_eq!(verdict_of_text(lede, &declared, &other), Verdict::Article);
        assert_eq!(verdict_of_text(lede, &declared, &page("")), Verdict::Article);
        assert!(links_to_wall("https://example.com/join.htm?from=story"));
        assert!(!links_to_wall("/news/joiners-wanted"));
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
    fn unlinked_headlines_with_read_more_links_are_a_listing() {
        let (html, text) = listing_page();
        let more = html
            .replace("<div class=teaser><a href=/n>", "<div class=teaser>")
            .replace("</h3></a>", "</h3>")
            .replace("<span>2 hours ago</span>", "<a href=/n>Read more</a>");
        let text = text.replace("\n\n2 hours ago", "");
        assert_eq!(verdict_of_text(&text, &kind(None, &[], false), &more), Verdict::NotArticle);
        // A story's subheads beside one "Read more" button are no cards.
        let sections: String =
            STORY.split("\n\n").enumerate().map(|(i, p)| format!("<h3>Part {i}</h3><p>{p}</p>")).collect();
        let story = format!(
            "<html><body><h1>Sinkhole closes road</h1><div class=story>{sections}<a href=/s>Read more</a></div></body></html>"
        );
        assert_eq!(verdict_of_text(STORY, &kind(None, &[], false), &story), Verdict::Article);
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

#[cfg(test)]
mod attack_tests {
    //! The eleventh round's refusal paths (`tests/fixtures/article-gate3`), each on a page
    //! written here.
    use super::*;

    fn kind(og: Option<&str>, ld: &[&str], ld_article: bool) -> PageKind {
        PageKind {
            ld_types: ld.iter().map(|t| t.to_string()).collect(),
            ld_article,
            og_type: og.map(str::to_string),
            ..PageKind::default()
        }
    }

    const BRIEF: &str = "A van carrying bottled water overturned on the Quarry Road near Helmsby on Monday morning.\n\nThe driver was taken to hospital with minor injuries, and the road was closed for four hours while the load was cleared.\n\nPolice asked witnesses to call them.";

    fn page(headline: &str, before: &str, after: &str) -> String {
        let paragraphs: String = BRIEF.split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
        format!(
            "<html><head><title>{headline}</title></head><body>{before}<h1>{headline}</h1><div class=text>{paragraphs}</div>{after}</body></html>"
        )
    }

    #[test]
    fn words_of_unspaced_scripts_are_counted_by_characters() {
        assert_eq!(words_in("two words"), 2);
        // Korean words carry their particles: two syllables a word (4 and 5 syllables).
        assert_eq!(words_in("해안시는 버스요금을"), 5);
        // 27 ideographs and two full-width commas, one token: 14 words.
        assert_eq!(words_in("市政府周二宣布，从明年一月起，市区公共汽车将全部改用电动车"), 14);
        let story = "西川市政府周二宣布，从明年一月起，市区公共汽车将全部改用电动车辆。目前全市共有八百二十辆公交车。\n\n市交通局局长林晓梅说，新车辆将分三批交付，第一批一百五十辆将于春节前投入使用。";
        assert_eq!(
            verdict_of_text(story, &kind(None, &[], false), &page("公交车", "", "")),
            Verdict::Article
        );
    }

    #[test]
    fn stories_come_in_many_shapes() {
        // One-sentence paragraphs, wire style.
        let wire = "Police are searching for a man who robbed a post office on Monday.\n\nHe threatened staff with a hammer and took cash.\n\nNo one was hurt in the raid, which happened at 3pm.\n\nHe ran off along Mill Street towards the canal.\n\nCall 101.";
        assert!(is_story(wire));
        // Subheads between paragraphs, a date line and a wire credit.
        let subheads = format!(
            "14.05.2019\n\n{}\n\nWhat happens next\n\nThe council will decide in June whether to reopen the road to lorries.\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)",
            BRIEF
        );
        assert!(is_story(&subheads));
        // Quotations closed after the full stop, in German and French.
        assert!(is_story(&format!(
            "{BRIEF}\n\nDer Kommandant sagte: „Darauf haben wir zehn Jahre gewartet.“"
        )));
        assert!(is_story(&format!("{BRIEF}\n\n« Les horaires resteront les mêmes pour les élèves. »")));
        // Not a story: two trailing headings, headlines as many as summaries, a teaser cut off.
        // (A rail's title and one headline left of it after a story are furniture since the
        // fourteenth round: `article-gate4`.)
        assert!(is_story(&format!("{BRIEF}\n\nMore from the newsroom\n\nCouncil tax to rise")));
        assert!(!is_story(&format!(
            "{BRIEF}\n\nMore from the newsroom\n\nCouncil tax to rise\n\nMore from the courts"
        )));
        // Lines before the story (a breadcrumb and headline run together), one short line
        // after it, and a contact line are no more than furniture.
        assert!(is_story(&format!("Home\n\nNews\n\nEvents Van overturns\n\n{BRIEF}\n\nMore videos")));
        assert!(is_story(&format!("{BRIEF}\n\nMedia contact: press@helmsby.example")));
        // Five headlines before the story are too many; a menu's one-word items are not
        // (fourteenth round).
        assert!(!is_story(&format!(
            "Council tax to rise again\n\nNew bus route for hospital\n\nSchool wins chess title again\n\nPub reopens under new owners\n\nRoad closed for gas repairs\n\n{BRIEF}"
        )));
        assert!(is_story(&format!("One\n\nTwo\n\nThree\n\nFour\n\nFive\n\n{BRIEF}")));
        let cards = "Council approves leisure centre\n\nThe new centre at Brook Fields will have a pool and a climbing wall.\n\nVan stolen from builders' merchant\n\nThe van was taken from the yard on Canal Street overnight with tools.";
        assert!(!is_story(cards));
        // Nor are a comments page's author lines over one-line comments, the first included.
        let comments = "Pat W\n\nShame about the road, which my children walk along to school every day.\n\n3 hours ago\n\nKev\n\nSix months is a long time to wait for the council to mend it.\n\n2 hours ago";
        assert!(!is_story(comments));
        assert!(!is_story(&BRIEF.replace("call them.", "call them…")));
    }

    #[test]
    fn a_story_under_a_headline_from_the_table_is_an_article() {
        let plain = kind(Some("website"), &[], false);
        let jobs = page("404 jobs to go as bakery closes", "", "");
        assert_eq!(verdict_of_text(BRIEF, &plain, &jobs), Verdict::Article);
        let login = page("Login trouble locks out bank customers", "", "");
        assert_eq!(verdict_of_text(BRIEF, &plain, &login), Verdict::Article);
        // A hidden sign-in modal's heading is not the headline: the page is judged by its own.
        let modal = page("Van overturns", "<div style=\"display:none\"><h1>Sign in</h1></div>", "");
        let signs = page_signs(&modal, &plain);
        assert!(!signs.not_article_headline);
        // An error page's apology is no story.
        let sorry = "Sorry, we could not find that page.\n\nTry the search.";
        assert_eq!(verdict_of_text(sorry, &plain, &page("Page not found", "", "")), Verdict::NotArticle);
    }

    #[test]
    fn a_story_under_a_media_or_listing_type_is_an_article() {
        let video = kind(Some("video.other"), &["VideoObject"], false);
        let wire = (1..=12)
            .map(|i| {
                format!("Crews cleared part {i} of the spilled load from the northbound carriageway by noon.")
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        assert!(words_in(&wire) >= MAX_TEASER_WORDS);
        assert_eq!(verdict_of_text(&wire, &video, &page("Lorry overturns", "", "")), Verdict::Article);
        // A CollectionPage stamped on a story that og:type calls an article.
        let stamped = kind(Some("article"), &["CollectionPage"], false);
        assert_eq!(verdict_of_text(&wire, &stamped, &page("Lorry overturns", "", "")), Verdict::Article);
        let listing = kind(Some("website"), &["CollectionPage"], false);
        assert_eq!(verdict_of_text(&wire, &listing, &page("Lorry overturns", "", "")), Verdict::NotArticle);
        // A gallery's one-sentence captions are no story.
        let captions: String = wire.split("\n\n").take(6).collect::<Vec<_>>().join("\n\n");
        let gallery = kind(Some("website"), &["ImageGallery"], false);
        assert_eq!(verdict_of_text(&captions, &gallery, &page("In pictures", "", "")), Verdict::NotArticle);
    }

    #[test]
    fn paywall_words_of_the_story_itself_or_an_offer_beside_it_are_no_wall() {
        let article = kind(Some("article"), &[], false);
        let own =
            BRIEF.replace("Monday morning.", "Monday morning with premium content for subscribers only.");
        let html = page("Van overturns", "", "")
            .replace("Monday morning.", "Monday morning with premium content for subscribers only.");
        assert_eq!(verdict_of_text(&own, &article, &html), Verdict::Article);
        // A wall read with the text, as its last line, is still a wall.
        let wall_read = format!("{BRIEF}\n\nRegister for free to keep reading");
        let wall_page = page("Van overturns", "", "<h3>Register for free to keep reading</h3>");
        assert_eq!(verdict_of_text(&wall_read, &article, &wall_page), Verdict::TooLittleText);
        let offer = page(
            "Van overturns",
            "",
            "<div class=paywall-promo><p>Get unlimited access from 1 pound a week.</p></div>",
        );
        assert_eq!(verdict_of_text(BRIEF, &article, &offer), Verdict::Article);
        // The same box with a wall's words, or beside a teaser, is a wall.
        let wall =
            offer.replace("Get unlimited access", "Subscribe to continue reading. Get unlimited access");
        assert_eq!(verdict_of_text(BRIEF, &article, &wall), Verdict::TooLittleText);
        let lede = BRIEF.split("\n\n").next().unwrap_or_default();
        assert_eq!(verdict_of_text(lede, &article, &offer), Verdict::TooLittleText);
        // A meter's count of the free articles left is shown beside a served article.
        let meter = page("Van overturns", "<div>You have 3 free articles remaining this month.</div>", "");
        assert_eq!(verdict_of_text(BRIEF, &article, &meter), Verdict::Article);
    }

    #[test]
    fn a_teaser_in_a_script_without_spaces_is_still_a_teaser() {
        // Counted by characters, a Japanese lede is long enough to digest: the wall's words
        // keep it a teaser.
        let lede = "北浜町の商店街で十五日、約四十年続いた老舗の書店が閉店した。最終日には朝から多くの常連客が訪れ、店主に感謝の言葉を伝えた。";
        let article = kind(Some("article"), &[], false);
        let wall = page("書店が閉店", "", "<div class=lock><p>この記事は有料会員限定です。</p></div>");
        assert_eq!(verdict_of_text(lede, &article, &wall), Verdict::TooLittleText);
        assert_eq!(verdict_of_text(lede, &article, &page("書店が閉店", "", "")), Verdict::Article);
    }

    #[test]
    fn a_paywalled_part_that_names_nothing_on_the_page_is_a_leftover() {
        let stale = PageKind {
            accessible_for_free: Some(false),
            paywalled_parts: vec![".premium-body".to_string()],
            ..kind(Some("article"), &["NewsArticle"], true)
        };
        assert_eq!(verdict_of_text(BRIEF, &stale, &page("Van overturns", "", "")), Verdict::Article);
        // The part is on the page and empty: the text is not served.
        let empty = page("Van overturns", "", "<div class=premium-body></div>");
        assert_eq!(verdict_of_text(BRIEF, &stale, &empty), Verdict::TooLittleText);
    }

    #[test]
    fn a_story_read_with_a_rail_of_related_cards_is_no_listing() {
        let cards: String = (1..=6)
            .map(|i| format!("<div class=card><h3><a href=/news/{i}>Story {i} headline here</a></h3><p>A summary of story {i} in a dozen words or so for the rail.</p><time>{i} May</time></div>"))
            .collect();
        let html = page("Van overturns", "", &format!("<div class=rail>{cards}</div>"));
        let rail: String = (1..=6)
            .map(|i| format!("\n\nStory {i} headline here\n\nA summary of story {i} in a dozen words or so for the rail.\n\n{i} May"))
            .collect();
        let text = format!("{BRIEF}{rail}");
        assert_eq!(verdict_of_text(&text, &kind(Some("website"), &[], false), &html), Verdict::Article);
        // The rail alone is a listing.
        assert_eq!(
            verdict_of_text(rail.trim(), &kind(Some("website"), &[], false), &html),
            Verdict::NotArticle
        );
    }
}

#[cfg(test)]
mod section_tests {
    use super::*;

    #[test]
    fn a_guide_of_linked_sections_is_no_listing() {
        let entry = |i: usize| {
            format!(
                "A level walk of {i} miles through beech woods to the old mill, which opens its tea room at weekends and suits pushchairs for most of the way to the stream."
            )
        };
        let sections: String = (1..=5)
            .map(|i| {
                format!("<section><h2><a href=/walks/{i}>Walk {i}</a></h2><p>{}</p></section>", entry(i))
            })
            .collect();
        let html = format!(
            "<html><body><h1>Five walks</h1><p>Our readers recommend five walks.</p>{sections}</body></html>"
        );
        let text: String = std::iter::once("Our readers recommend five walks.".to_string())
            .chain((1..=5).map(|i| format!("Walk {i}\n\n{}", entry(i))))
            .collect::<Vec<_>>()
            .join("\n\n");
        let website = PageKind { og_type: Some("website".to_string()), ..PageKind::default() };
        assert_eq!(verdict_of_text(&text, &website, &html), Verdict::Article);
        // Short summaries with dates under the same headings are teasers.
        let (mut teasers, mut teaser_html) = (text.clone(), html.clone());
        for i in 1..=5 {
            teasers = teasers.replace(&entry(i), &format!("A walk of {i} miles to the mill.\n\n{i} May"));
            teaser_html =
                teaser_html.replace(&entry(i), &format!("A walk of {i} miles to the mill.</p><p>{i} May"));
        }
        assert_eq!(verdict_of_text(&teasers, &website, &teaser_html), Verdict::NotArticle);
    }
}

#[cfg(test)]
mod bare_tests {
    //! The fourteenth round's pages with little markup (`tests/fixtures/article-gate4`): no
    //! JSON-LD, no `og:type`, no `<article>`, often no `<h1>`; each shape on a page written here.
    use super::*;

    /// A page that declares nothing, around `body`.
    fn bare(body: &str) -> String {
        format!("<html><head><title>Ferndale Post</title></head><body>{body}</body></html>")
    }

    fn judged(text: &str, body: &str) -> Verdict {
        verdict_of_text(text, &PageKind::default(), &bare(body))
    }

    #[test]
    fn three_short_paragraphs_are_a_story() {
        // 20, 9 and 12 words: no two paragraphs of 15 words, no four of 8.
        let text = "Ferndale's lido will open two weeks early this year after a warm spring, the town council said on Tuesday evening.\n\nLifeguards have been hired for the whole summer season.\n\nEntry stays free for children under five, and adults pay two pounds.";
        assert!(is_story(text));
        assert_eq!(judged(text, "<div>lido</div>"), Verdict::Article);
        // Two sentences are still a teaser's lede, not a story.
        assert!(!is_story(
            "Ferndale's lido will open two weeks early this year after a warm spring, the town council said on Tuesday evening.\n\nLifeguards have been hired for the whole summer season."
        ));
    }

    #[test]
    fn a_live_blogs_clock_stamps_are_neutral() {
        let text = "The regatta on Ferndale lake is under way. Follow the races here.\n\n15:20\n\nThe last race has been called off because of the wind.\n\n13:05\n\nThe junior crews have finished their heats.\n\n10:40\n\nBoats are on the water and the crowd is growing.";
        assert!(is_story(text));
        assert!(is_neutral_line("9.05am") && is_neutral_line("11:30 GMT") && !is_neutral_line("Arlow 2"));
    }

    #[test]
    fn hard_wrapped_wire_copy_is_read_as_paragraphs() {
        let text = "FERNDALE WIRE\n\nBRIDGE CLOSED AFTER BARGE STRIKE\n\nFERNDALE, Ont. (Ferndale Wire) -- A river barge struck\nthe King Street bridge on Thursday, and engineers closed it to\nall traffic while they inspect the piers.\n\nThe barge's owner said the crew had lost power in a\nstrong current. Nobody was injured.\n\nThe city said the bridge would stay shut for at least a week.";
        assert_eq!(paragraph_lines(text).len(), 5);
        assert!(is_story(text));
    }

    #[test]
    fn a_menus_items_before_the_headline_are_furniture() {
        let story = "The Ferndale food bank has moved to the old fire station on Quay Road after ten years in a church hall.\nVolunteers said the new building had room for a cold store and a waiting area.\n\nThe food bank is open on Mondays and Thursdays.";
        let text =
            format!("Home\nNews\nSport\nWhat's on\nContact us\nFood bank moves to fire station\n{story}");
        assert!(is_story(&text));
        // A fourth longer line before the headline is still too many.
        let long = format!(
            "Ferndale Post online edition\nLocal news and sport\nServing the valley since 1888\nNews from the town hall\nFood bank moves\n{story}"
        );
        assert!(!is_story(&long));
    }

    #[test]
    fn score_lines_after_a_report_are_its_data_and_an_offer_is_not() {
        let report = "Ferndale Rovers beat Millbrook 3-1 on Saturday to reach the county cup final for the first time.\n\nMillbrook scored first through Shaw, but Rovers equalised before half-time and added two more goals late on.\n\nRovers will meet Kingsbridge in the final at the county ground next month.";
        let text = format!(
            "{report}\n\nFerndale Rovers 3 (Hale 40, Obi 81, Pratt 88)\nMillbrook 1 (Shaw 12)\nAttendance: 840"
        );
        assert!(is_story(&text));
        // A price line is no result: the text stays a teaser's.
        let offer = format!("{report}\n\nDigital: 2 pounds a week\nPrint and digital: 4 pounds a week");
        assert!(!is_story(&offer));
        // Two short lines after the last sentence are furniture; three are not.
        assert!(is_story(&format!("{report}\n\nLatest news\nCup draw made")));
        assert!(!is_story(&format!("{report}\n\nLatest news\nCup draw made\nNew coach named")));
    }

    #[test]
    fn a_one_paragraph_brief_under_a_dateline_is_a_story() {
        let wire = "FERNDALE, Ont. — A freight train derailed outside Ferndale early on Sunday, spilling grain across both tracks and halting passenger services between the city and the coast for most of the day, the rail operator said.";
        assert!(is_one_paragraph_brief(wire));
        assert_eq!(judged(wire, "<p>derailed</p>"), Verdict::Article);
        // The same sentence without its dateline could be a teaser's lede.
        let lede = wire.trim_start_matches("FERNDALE, Ont. — ");
        assert!(!is_one_paragraph_brief(lede));
        assert_eq!(judged(lede, "<p>derailed</p>"), Verdict::TooLittleText);
    }

    #[test]
    fn links_standing_alone_as_headlines_make_a_listing() {
        let heads = [
            "Ferry fares to rise in May",
            "New playground for Elm Park",
            "Harbour wall repairs begin",
            "Choir wins county prize",
            "Road closed for resurfacing",
        ];
        let rows: String = heads
            .iter()
            .enumerate()
            .map(|(i, h)| format!("<tr><td>{}/04/2019</td><td><a href=\"/n/{i}\">{h}</a></td></tr>", i + 1))
            .collect();
        let page = format!("<b>Latest news</b><table>{rows}</table>");
        let text = "Latest news\n1/04/2019\n2/04/2019\n3/04/2019\n4/04/2019\n5/04/2019";
        assert_eq!(judged(text, &page), Verdict::NotArticle);
        // An archive of <br>-separated lines: "1 April: headline".
        let lines: Vec<String> = heads
            .iter()
            .enumerate()
            .map(|(i, h)| format!("{} April: <a href=\"/a/{i}\">{h}</a>", i + 1))
            .collect();
        let archive = format!("<font>{}</font>", lines.join("<br>"));
        let text: Vec<String> =
            heads.iter().enumerate().map(|(i, h)| format!("{} April: {h}", i + 1)).collect();
        assert_eq!(judged(&text.join("\n"), &archive), Verdict::NotArticle);
        // A link inside a paragraph of prose is no headline.
        let prose = "<p>The council said <a href=\"/n/1\">ferry fares will rise in May</a> after a review of costs and staffing on the route.</p>";
        assert!(headline_links(&Document::from(bare(prose).as_str())).is_empty());
    }

    #[test]
    fn an_error_pages_apology_in_a_div_is_its_headline() {
        let page = "<div class=\"title\">Oops! We can’t find that page.</div><p>It may have moved. Try these:</p><p><a href=\"/1\">Ferry fares to rise</a></p>";
        let text = "Oops! We can’t find that page.\n\nIt may have moved. Try these:\n\nFerry fares to rise";
        assert_eq!(judged(text, page), Verdict::NotArticle);
    }

    #[test]
    fn a_print_views_footer_is_neutral() {
        let story = "Ferndale's lido will open two weeks early this year after a warm spring, the town council said on Tuesday evening.\n\nLifeguards have been hired for the whole summer season.\n\nEntry stays free for children under five, and adults pay two pounds.";
        assert!(is_story(&format!("{story}\n\nPrinted from www.ferndalepost.example - Close window")));
        assert!(!is_story(&format!("{story}\n\nPrinted from the Ferndale Post - Close window")));
    }

    #[test]
    fn a_short_caption_beside_a_player_is_a_video_page() {
        let page = "<div class=\"title\">Watch: Otters return to the Fern</div><video src=\"/v.mp4\"></video><p>Otters have been filmed on the river Fern for the first time in forty years.</p>";
        let text = "Otters have been filmed on the river Fern for the first time in forty years.";
        assert_eq!(judged(text, page), Verdict::NotArticle);
        // Without the player the same text is a teaser's, too little.
        assert_eq!(judged(text, "<p>Otters</p>"), Verdict::TooLittleText);
    }
}
