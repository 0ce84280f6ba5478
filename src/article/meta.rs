//! Page metadata: headline, outlet, byline, publication and modification dates, canonical
//! address and language, read from JSON-LD, `<meta>` tags, `<time>` elements and the URL.
//!
//! Publication date is where extractors are weakest, so it is read in a fixed order of trust:
//! JSON-LD `datePublished` (also inside `@graph`), `article:published_time`, the other meta
//! names in [`PUBLISHED_META`], `<time datetime>` and `itemprop` markup, the URL
//! (`/2023/06/15/`), then a dated line near the top of the page. The first plausible date wins:
//! not a placeholder, not in the future, not after the modification date.

use crate::article::date::{date_in_url, parse_date, plausible};
use crate::extract::Published;
use dom_query::{Document, Matcher, NodeRef, Selection};
use jiff::civil::Date;
use regex::Regex;
use serde_json::{Map, Value};
use std::sync::LazyLock;

/// `<meta>` names and properties that carry the publication date, most trusted first.
pub const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dc.date.created",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "date",
    "displaydate",
    "published",
    "published-date",
    "published_date",
    "w-published-date",
    "article:published",
];

/// `<meta>` names and properties that carry the modification date.
pub const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "revised",
];

/// `<meta>` names that carry the author.
const AUTHOR_META: &[&str] =
    &["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"];

/// `<meta>` names of scholarly pages that carry one author each.
const CITATION_AUTHOR_META: &[&str] = &["citation_author", "citation_authors", "dc.creator"];

/// JSON-LD types of a story: what may carry this page's article body (also read by
/// [`crate::article::hidden`]).
pub(crate) const STORY_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "Report",
];

/// Other JSON-LD types that describe the page's text itself, for its headline, byline and dates.
const OTHER_ARTICLE_TYPES: &[&str] =
    &["TechArticle", "ScholarlyArticle", "SocialMediaPosting", "DiscussionForumPosting", "Blog"];

/// True for a JSON-LD type that describes the article itself.
fn is_article_type(t: &str) -> bool {
    STORY_TYPES.contains(&t) || OTHER_ARTICLE_TYPES.contains(&t)
}

/// What a page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// Headline.
    pub title: Option<String>,
    /// Outlet name.
    pub site: Option<String>,
    /// Author(s).
    pub byline: Option<String>,
    /// Publication date.
    pub published: Option<Published>,
    /// Last modification date.
    pub modified: Option<Published>,
    /// `<link rel=canonical>`.
    pub canonical: Option<String>,
    /// The page's declared language (`<html lang>`), as a lowercase primary tag: "en".
    pub language: Option<String>,
    /// What the page says it is: its JSON-LD `@type`s and `og:type`, and whether it says it
    /// is not free to read (for the too-little-text gate, [`crate::article::gate`]).
    pub kind: PageKind,
}

/// What a page declares itself to be, in its metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageKind {
    /// Every JSON-LD `@type` on the page ("NewsArticle", "VideoObject", "WebPage"…).
    pub ld_types: Vec<String>,
    /// True when a JSON-LD object is one of the article types.
    pub ld_article: bool,
    /// `og:type`, lowercased ("article", "website", "video.other").
    pub og_type: Option<String>,
    /// `isAccessibleForFree` as the page gives it (JSON-LD or microdata), if it does.
    pub accessible_for_free: Option<bool>,
    /// `cssSelector`s of the parts that JSON-LD marks as not free (`hasPart`): where the page
    /// holds the paywalled text, if it serves it.
    pub paywalled_parts: Vec<String>,
    /// `wordCount` of the JSON-LD article, if it gives one: how long the whole story is.
    pub word_count: Option<usize>,
}

/// Facts from JSON-LD article objects.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    published: Option<String>,
    /// `datePublished` of an object that is not an article (a `WebPage`, in `@graph`).
    page_published: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    /// Every `@type` seen.
    types: Vec<String>,
    /// True when an object is of an article type ([`is_article_type`]).
    article: bool,
    /// `isAccessibleForFree` of any object, false if any says false.
    free: Option<bool>,
    /// `cssSelector`s of the parts marked not free.
    paywalled_parts: Vec<String>,
    /// `wordCount` of the first article object that gives one.
    word_count: Option<usize>,
}

/// Reads the metadata of `doc`, fetched from `url`, on `today`.
pub fn read_meta(doc: &Document, html: &str, url: Option<&str>, today: Date) -> PageMeta {
    let ld = json_ld(doc);
    let metas = meta_tags(doc);
    let meta = |names: &[&str]| -> Vec<String> {
        names
            .iter()
            .flat_map(|n| metas.iter().filter(move |(k, _)| k == n).map(|(_, v)| v.clone()))
            .filter(|v| !v.trim().is_empty())
            .collect()
    };

    let modified = ld
        .modified
        .iter()
        .chain(meta(MODIFIED_META).iter())
        .filter_map(|s| parse_date(s))
        .find(|p| plausible(p.date(), today));

    let publisher = ld.publisher.clone().map(clean);
    let site = meta(&["og:site_name", "application-name"]).into_iter().next().or(ld.publisher).map(clean);
    let title = ld
        .headline
        .or_else(|| meta(&["og:title", "twitter:title"]).into_iter().next())
        .or_else(|| text_of(&doc.select("title")))
        .map(|t| strip_site_suffix(&clean(t), site.as_deref()));
    // The headline as the page prints it (its first `<h1>`) is preferred over the metadata's
    // (often an SEO variant) when the two share at least half of the `<h1>`'s words; an `<h1>`
    // that shares less is the site's name or a section title.
    let h1 = doc
        .select_single("h1")
        .nodes()
        .first()
        .map(|n| clean(Selection::from(*n).text().to_string()))
        .filter(|h| (3..=30).contains(&h.split_whitespace().count()));
    let title = match h1 {
        Some(h) if title.as_ref().is_none_or(|t| words_overlap(t, &h) >= 0.5) => Some(h),
        _ => title,
    };
    // Each source is read only if the ones before it gave nothing usable.
    // Each is worked out at most once: several rules below consult them.
    let (printed_once, times_once, by_headline_once) =
        (std::cell::OnceCell::new(), std::cell::OnceCell::new(), std::cell::OnceCell::new());
    // The page's whole visible text is built at most once, and only if a rule needs it.
    let page_text: PageText = std::cell::LazyCell::new(Box::new(|| visible_text(html)));
    let printed = || *printed_once.get_or_init(|| dated_line(doc, &page_text, title.as_deref()));
    let times = || times_once.get_or_init(|| time_elements(doc, title.as_deref())).clone();
    let by_headline =
        || *by_headline_once.get_or_init(|| date_by_headline(doc, &page_text, title.as_deref()));
    let sources: [&dyn Fn() -> Vec<Published>; 6] = [
        &|| ld.published.as_deref().and_then(parse_date).into_iter().collect(),
        &|| meta(PUBLISHED_META).iter().filter_map(|s| parse_date(s)).collect(),
        &|| ld.page_published.as_deref().and_then(parse_date).into_iter().collect(),
        &times,
        &|| published_in_source(html),
        &|| url.and_then(date_in_url).map(Published::Day).into_iter().chain(printed()).collect(),
    ];
    /// Sources before this one are the page's metadata.
    const METADATA_SOURCES: usize = 3;
    let found = sources.iter().enumerate().find_map(|(i, source)| {
        let metadata = i < METADATA_SOURCES;
        source().into_iter().filter(|p| plausible(p.date(), today)).find_map(|p| match modified {
            Some(m) if p.date() > m.date() => {
                if metadata {
                    after_update(p, m, &by_headline)
                } else {
                    None
                }
            }
            _ => Some((metadata, p)),
        })
    });
    let published = match found {
        Some((true, p)) => Some(checked_metadata_date(p, modified, url, &times, &printed, today)),
        Some((false, p)) => Some(p),
        // A date printed on the page is what readers see; it is kept even when the page's own
        // modification metadata is older (that metadata is the less reliable of the two there).
        None => printed().filter(|p| plausible(p.date(), today)),
    };

    let byline = if ld.authors.is_empty() {
        meta(AUTHOR_META)
            .into_iter()
            .filter(|a| !a.starts_with("http"))
            .map(|a| clean_byline(&join_names(&names_in_meta(&a))))
            .find(|a| plausible_byline(a))
    } else {
        Some(clean_byline(&join_names(&ld.authors))).filter(|a| plausible_byline(a))
    }
    .or_else(|| printed_byline(doc))
    .or_else(|| byline_in_text(html, &needles(doc, title.as_deref())));
    // A byline that names the outlet (or its domain) rather than a person gives way to the
    // name printed in the page's author markup, if there is one.
    let byline = match byline {
        Some(b) if names_the_outlet(&b, [site.as_deref(), publisher.as_deref()]) => printed_byline(doc)
            .filter(|p| !names_the_outlet(p, [site.as_deref(), publisher.as_deref()]))
            .or(Some(b)),
        other => other,
    };
    // Papers list every author in `citation_author` tags (one name each), where the other
    // sources name only the first: the whole list is the byline.
    let cited: Vec<String> =
        meta(CITATION_AUTHOR_META).into_iter().map(clean).filter(|a| plausible_byline(a)).collect();
    let byline = match byline {
        Some(b) if cited.len() >= 2 && cited.iter().any(|c| c.eq_ignore_ascii_case(b.trim())) => {
            Some(join_names(&cited))
        }
        None if cited.len() >= 2 => Some(join_names(&cited)),
        other => other,
    };
    let canonical = doc.select("link[rel=canonical]").attr("href").map(|h| h.to_string());
    let language = doc
        .select("html")
        .attr("lang")
        .map(|l| l.split(['-', '_']).next().unwrap_or("").trim().to_lowercase())
        .filter(|l| (2..=3).contains(&l.len()));
    let free_meta = meta(&["isaccessibleforfree"]).into_iter().find_map(|v| free_value(&v));
    let kind = PageKind {
        ld_types: ld.types,
        ld_article: ld.article,
        og_type: meta(&["og:type"]).into_iter().next().map(|t| t.trim().to_lowercase()),
        accessible_for_free: match (ld.free, free_meta) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (a, b) => a.or(b),
        },
        paywalled_parts: ld.paywalled_parts,
        word_count: ld.word_count,
    };
    PageMeta { title, site, byline, published, modified, canonical, language, kind }
}

/// A publication date from the page's metadata, checked against what the page shows:
/// - when it is the same stamp as the modification date (a CMS that sets both on every save),
///   an earlier date marked up or printed by the headline is the publication date;
/// - a UTC timestamp is given the publisher's offset when a `<time>` of the page shows the
///   same instant with one, or the day the URL names when that is the day before (an evening
///   publication west of Greenwich).
fn checked_metadata_date(
    published: Published,
    modified: Option<Published>,
    url: Option<&str>,
    times: &dyn Fn() -> Vec<Published>,
    printed: &dyn Fn() -> Option<Published>,
    today: Date,
) -> Published {
    if modified.is_some_and(|m| same_stamp(published, m)) {
        let shown = times().into_iter().next().or_else(printed);
        if let Some(shown) = shown.filter(|s| plausible(s.date(), today) && s.date() < published.date()) {
            return shown;
        }
    }
    if let Published::Instant(ts, offset) = published
        && offset.seconds() == 0
    {
        if let Some(local) = times().into_iter().find(
            |t| matches!(t, Published::Instant(t_ts, t_offset) if *t_ts == ts && t_offset.seconds() != 0),
        ) {
            return local;
        }
        if let Some(day) = url.and_then(date_in_url)
            && published.date().yesterday().is_ok_and(|y| y == day)
        {
            return Published::Day(day);
        }
    }
    published
}

/// A metadata publication date later than the modification date: the date shown by the
/// headline when it is earlier (the metadata's is a re-publication stamp), the metadata's when
/// the headline shows the same day or it is at most a day after the update (clocks and zones
/// of two systems), else none. The flag says whether the date is still the metadata's.
fn after_update(
    published: Published,
    modified: Published,
    by_headline: &dyn Fn() -> Option<Published>,
) -> Option<(bool, Published)> {
    match by_headline() {
        Some(shown) if shown.date() < published.date() => Some((false, shown)),
        Some(shown) if shown.date() == published.date() => Some((true, published)),
        _ if modified.date().tomorrow().is_ok_and(|t| published.date() <= t) => Some((true, published)),
        _ => None,
    }
}

/// True when two metadata dates are one stamp: instants at most ten minutes apart, or the
/// same day when either is a bare day.
fn same_stamp(a: Published, b: Published) -> bool {
    match (a, b) {
        (Published::Instant(x, _), Published::Instant(y, _)) => (x.as_second() - y.as_second()).abs() <= 600,
        _ => a.date() == b.date(),
    }
}

/// The share of the words of `b` that `a` also has (lowercase).
fn words_overlap(a: &str, b: &str) -> f64 {
    let a: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
    let bw: Vec<String> = b.split_whitespace().map(str::to_lowercase).collect();
    if bw.is_empty() {
        return 0.0;
    }
    bw.iter().filter(|w| a.contains(w)).count() as f64 / bw.len() as f64
}

/// All `<meta>` key/value pairs, keys lowercased (`name`, `property` or `itemprop`).
fn meta_tags(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for node in doc.select("meta").nodes() {
        let sel = Selection::from(*node);
        let Some(content) = sel.attr("content").or_else(|| sel.attr("datetime")) else {
            continue;
        };
        for key in ["name", "property", "itemprop", "http-equiv"] {
            if let Some(k) = sel.attr(key) {
                out.push((k.trim().to_lowercase(), content.to_string()));
            }
        }
    }
    out
}

/// Dates marked up in the body: `<time datetime>`, `itemprop=datePublished`, those around
/// the headline first. A `<time>` that the page labels as an update ("Updated <time>…") is
/// not the publication date. A UTC `datetime` whose printed text is the day before is the
/// day the text shows (the publisher's calendar).
fn time_elements(doc: &Document, title: Option<&str>) -> Vec<Published> {
    let mut scopes = headline_scopes(doc, title);
    scopes.push(doc.select("html"));
    times_in(&scopes)
}

/// The first date marked up in each of `scopes`, for each kind of markup.
fn times_in(scopes: &[Selection]) -> Vec<Published> {
    let mut out = Vec::new();
    for scope in scopes {
        // A scope of one element (the whole page is one) is walked once for the elements any
        // of the selectors can match (a `<time>` or an `itemprop`), in document order; each
        // selector then looks only at those.
        let candidates: Option<Vec<NodeRef>> = match scope.nodes() {
            [root] => Some(
                root.descendants_it()
                    .filter(|n| {
                        n.query_or(false, |t| {
                            t.as_element().is_some_and(|e| {
                                e.name.local == dom_query::local_name!("time")
                                    || e.attrs
                                        .iter()
                                        .any(|a| a.name.local == dom_query::local_name!("itemprop"))
                            })
                        })
                    })
                    .collect(),
            ),
            _ => None,
        };
        for selector in ["[itemprop=datePublished]", "time[pubdate]", "time[datetime]"] {
            let Ok(matcher) = Matcher::new(selector) else { continue };
            let nodes: Box<dyn Iterator<Item = NodeRef>> = match &candidates {
                Some(candidates) => Box::new(candidates.iter().copied().filter(|n| n.is_match(&matcher))),
                None => scope.select_matcher_iter(&matcher),
            };
            for node in nodes {
                let sel = Selection::from(node);
                // The words before the element in its parent; none when it prints nothing (the
                // parent's text, a `<head>`'s scripts, is not built then).
                let shown = sel.text();
                let label = if shown.is_empty() { Default::default() } else { sel.parent().text() };
                let label = label.split(shown.as_ref()).next().unwrap_or("");
                if UPDATED_CUE.is_match(label.trim_end()) {
                    continue;
                }
                let raw = sel.attr("datetime").or_else(|| sel.attr("content")).map(|t| t.to_string());
                if let Some(p) = raw.as_deref().and_then(parse_date) {
                    out.push(shown_day(p, &sel.text()));
                    break;
                }
            }
        }
    }
    out
}

/// The day a `<time>` element prints, when its UTC `datetime` falls on the next day.
fn shown_day(p: Published, text: &str) -> Published {
    let Published::Instant(_, offset) = p else { return p };
    let shown = dates_in(text).first().and_then(|&(start, end)| parse_printed(&text[start..end]));
    match shown {
        Some(shown) if offset.seconds() == 0 && p.date().yesterday().is_ok_and(|y| y == shown.date()) => {
            shown
        }
        _ => p,
    }
}

/// The page's headlines: its `<h1>` elements; when it has none, the `<h2>` elements that share
/// at least half their words with the title, or the title half of theirs.
fn headlines<'a>(doc: &'a Document, title: Option<&str>) -> Vec<Selection<'a>> {
    let h1s: Vec<Selection<'a>> = first_matches(doc, "h1", 3).into_iter().map(Selection::from).collect();
    if !h1s.is_empty() {
        return h1s;
    }
    let Some(title) = title else { return Vec::new() };
    doc.select("h2")
        .nodes()
        .iter()
        .map(|n| Selection::from(*n))
        .filter(|h| {
            let text = h.text();
            words_overlap(title, &text).max(words_overlap(&text, title)) >= 0.5
        })
        .take(3)
        .collect()
}

/// The first `limit` elements of `doc` that `selector` matches, in document order (as
/// `Document::select` finds them): the walk stops there instead of crossing the whole page.
fn first_matches<'a>(doc: &'a Document, selector: &str, limit: usize) -> Vec<NodeRef<'a>> {
    let Ok(matcher) = Matcher::new(selector) else { return Vec::new() };
    Selection::from(doc.root()).select_matcher_iter(&matcher).take(limit).collect()
}

/// The part of the page around the first headline: the headline's ancestor up to four levels
/// up, as long as it stays short (a header, not the whole page).
fn headline_region<'a>(doc: &'a Document, title: Option<&str>) -> Option<Selection<'a>> {
    let mut node = headlines(doc, title).into_iter().next()?;
    for _ in 0..4 {
        let parent = node.parent();
        if parent.nodes().first().is_none_or(|p| text_longer_than(p, HEADER_TEXT_CHARS * 4)) {
            break;
        }
        node = parent;
    }
    Some(node)
}

/// True when the text under `node` is longer than `limit` bytes; stops counting there (the
/// whole text of a page's top elements is costly to build).
fn text_longer_than(node: &dom_query::NodeRef, limit: usize) -> bool {
    let mut length = 0;
    node.descendants_it().filter(|d| d.is_text()).any(|d| {
        length += d.text().len();
        length > limit
    })
}

/// The headline's region and the three elements that follow it (where a byline and its date
/// stand when the headline's parent is the whole page).
fn headline_scopes<'a>(doc: &'a Document, title: Option<&str>) -> Vec<Selection<'a>> {
    let Some(region) = headline_region(doc, title) else { return Vec::new() };
    let mut scopes = vec![region.clone()];
    let mut next = region.nodes().first().and_then(|n| n.next_element_sibling());
    while let Some(node) = next.filter(|_| scopes.len() < 4) {
        next = node.next_element_sibling();
        scopes.push(Selection::from(node));
    }
    scopes
}

/// Where dates are printed in `text` ([`DATE_IN_TEXT`]), as byte ranges. A year-first match
/// that is the tail of a headline ("Guide 2026 Dec 26, 2025") is read again from its month.
fn dates_in(text: &str) -> Vec<(usize, usize)> {
    static YEAR_THEN_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:19|20)\d{2} [A-Za-z]+\.? \d{1,2},? (?:19|20)\d{2}\b").expect("regex")
    });
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(m) = DATE_IN_TEXT.find_at(text, at) {
        if !word_bounded(text, m.start(), m.end()) {
            at = next_char(text, m.start());
            continue;
        }
        if YEAR_THEN_DATE.is_match(&text[m.start()..]) {
            at = m.start() + 5;
            continue;
        }
        out.push((m.start(), m.end()));
        at = m.end();
    }
    out
}

/// True for a Unicode word character, as the regex crate's `\w` has it (near enough: letters,
/// digits, marks and `_`).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || matches!(c, '\u{300}'..='\u{36f}')
}

/// True when `text[start..end]` starts and ends on word boundaries in the Unicode sense.
/// The patterns match with ASCII boundaries (`(?-u:\b)`), which the regex crate's fast engines
/// handle on any text; a Unicode `\b` sends every page with a curly quote to its slowest
/// engine. This check gives back the Unicode meaning ("2024年" is not a date's end).
fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let after = text[end..].chars().next();
    let boundary =
        |a: Option<char>, b: Option<char>| a.is_some_and(is_word_char) != b.is_some_and(is_word_char);
    boundary(before, first) && boundary(last, after)
}

/// The byte index of the character after the one at `at`.
fn next_char(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(text.len(), |c| at + c.len_utf8())
}

/// A publication date that scripts and attributes carry outside JSON-LD and `<meta>`:
/// `"datePublished":"2025-11-17T09:00:00-05:00"` in a script or an escaped attribute,
/// `data-pubdate="2022-10-05"`.
static PUBLISHED_IN_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?:datePublished|publishDate|date_published|publish_date|data-pubdate|published_at|publishedAt)(?:&quot;|\\?["'])?\s*[:=]\s*(?:&quot;|\\?["'])(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)"#,
    )
    .expect("regex")
});

/// The first plausible publication date written in the page's source outside its metadata.
fn published_in_source(html: &str) -> Vec<Published> {
    PUBLISHED_IN_SOURCE.captures_iter(html).take(5).filter_map(|c| parse_date(&c[1])).collect()
}

/// A date as pages print it: "Aug 04, 2025", "23 Oct 2025", "2025-08-04".
static DATE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})(?-u:\b)",
    )
    .expect("regex")
});

/// Words before a printed date that say it is the publication date.
static PUBLISHED_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(published|posted|first published|released|date)\W*(on|at)?\W*(the)?\W*$")
        .expect("regex")
});

/// Words before a printed date that say it is an update.
static UPDATED_CUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(updated|modified|edited|revised)\W*(on|at)?\W*$").expect("regex"));

/// How much text around the headline is searched for a printed date.
const HEADER_TEXT_CHARS: usize = 1500;

/// How far around the headline's place in the page text a printed date is looked for.
const AROUND_TITLE_BEFORE: usize = 200;
const AROUND_TITLE_AFTER: usize = 400;

/// The page's visible text ([`visible_text`] of the whole page), built on first use.
type PageText<'a> = std::cell::LazyCell<String, Box<dyn FnOnce() -> String + 'a>>;

/// Elements whose class or id says they hold a date or a byline: what
/// [`DATED_ELEMENTS`] matches, tested in one walk that reads each class and id once.
fn is_dated_element(n: &NodeRef) -> bool {
    const DATED_CLASSES: [&str; 6] = ["date", "Date", "publish", "ublication", "posted", "byline"];
    n.query_or(false, |node| {
        node.as_element().is_some_and(|e| {
            e.class().is_some_and(|c| DATED_CLASSES.iter().any(|d| c.contains(d)))
                || e.attr("id").is_some_and(|id| id.contains("date"))
        })
    })
}

/// The selector [`is_dated_element`] follows.
#[cfg(test)]
const DATED_ELEMENTS: &str = "[class*=date], [class*=Date], [id*=date], [class*=publish], [class*=ublication], [class*=posted], [class*=byline]";

/// A date printed near the headline ("Published: Jan 23, 2024", "Updated on 23 Oct 2025"), or
/// in an element whose class says it holds the date. A date cued as the publication date wins;
/// else the first date that is not cued as an update; else the first date.
fn dated_line(doc: &Document, page_text: &PageText, title: Option<&str>) -> Option<Published> {
    let needles = needles(doc, title);
    if !needles.is_empty() {
        let text: &str = page_text;
        if let Some(date) = originally_published(text) {
            return Some(date);
        }
        if let Some(date) = printed_by_headline(text, &needles) {
            return Some(date);
        }
    }
    let mut texts: Vec<String> = Vec::new();
    if let Some(region) = headline_region(doc, title) {
        // Tags become spaces, so "2018</p><p>Last" does not glue into one word.
        texts.push(visible_text(&region.html()));
    }
    texts.extend(
        doc.root()
            .descendants_it()
            .filter(is_dated_element)
            .take(20)
            .map(|n| visible_text(&Selection::from(n).html()))
            .filter(|t| t.len() <= 300),
    );
    // A date printed beside the author's name ("Ana Duarte · April 8, 2024").
    texts.extend(
        author_markup(doc)
            .take(5)
            .collect::<Vec<_>>()
            .into_iter()
            .flat_map(|n| {
                let parent = Selection::from(n).parent();
                [parent.parent(), parent]
            })
            .map(|s| visible_text(&s.html()))
            .filter(|t| t.len() <= 300),
    );
    texts.iter().find_map(|text| printed_date(text)).or_else(|| cued_date_anywhere(page_text))
}

/// The first date printed within a few hundred characters of the headline's text (`needles`:
/// the title and the headlines, cut to 40 characters) in the page's visible text.
fn printed_by_headline(text: &str, needles: &[String]) -> Option<Published> {
    for needle in needles {
        for (at, _) in text.match_indices(needle.as_str()).take(5) {
            let start = text.floor_char_boundary(at.saturating_sub(AROUND_TITLE_BEFORE));
            let end = text.floor_char_boundary((at + needle.len() + AROUND_TITLE_AFTER).min(text.len()));
            if let Some(date) = printed_date(&text[start..end]) {
                return Some(date);
            }
        }
    }
    None
}

/// The date the page shows by its headline: a `<time>` in the headline's region, else a date
/// printed next to the headline's text.
fn date_by_headline(doc: &Document, page_text: &PageText, title: Option<&str>) -> Option<Published> {
    let scopes = headline_scopes(doc, title);
    if let Some(date) = times_in(&scopes).into_iter().next() {
        return Some(date);
    }
    let needles = needles(doc, title);
    if needles.is_empty() {
        return None;
    }
    printed_by_headline(page_text, &needles)
}

/// What the headline is looked for by in the page's text: the title and the headlines, cut
/// to their first 40 characters.
fn needles(doc: &Document, title: Option<&str>) -> Vec<String> {
    let h1_texts =
        headlines(doc, title).into_iter().map(|h| h.text().split_whitespace().collect::<Vec<_>>().join(" "));
    title
        .map(str::to_string)
        .into_iter()
        .chain(h1_texts)
        .filter(|t| t.len() >= 12)
        .map(|t| t.chars().take(40).collect())
        .collect()
}

/// "This article was originally published on 26 Sep 2019": a page that says when it first
/// appeared, wherever it says it.
fn originally_published(text: &str) -> Option<Published> {
    static ORIGINALLY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(originally|first) (published|posted)\W*(on|in)?\W*(the)?\W*$").expect("regex")
    });
    dates_in(text).into_iter().find_map(|(start, end)| {
        let before = &text[text.floor_char_boundary(start.saturating_sub(40))..start];
        ORIGINALLY.is_match(before).then(|| parse_printed(&text[start..end])).flatten()
    })
}

/// The last resort: a date anywhere on the page that a cue labels as the publication date
/// ("Posted on Nov 21, 2018", "Published: Jan 23, 2024"), else as the last update.
fn cued_date_anywhere(text: &str) -> Option<Published> {
    let mut updated = None;
    for (start, end) in dates_in(text) {
        let before = &text[text.floor_char_boundary(start.saturating_sub(30))..start];
        if PUBLISHED_CUE.is_match(before) {
            if let Some(date) = parse_printed(&text[start..end]) {
                return Some(date);
            }
        } else if updated.is_none() && UPDATED_CUE.is_match(before) {
            updated = parse_printed(&text[start..end]);
        }
    }
    updated
}

/// The page's text as a reader sees it, roughly: scripts and styles dropped, tags to spaces,
/// common entities decoded, white space collapsed.
/// Scripts, styles, `<noscript>` and comments: what a reader never sees. The pattern
/// [`without_hidden`] follows (a scan, several times faster than the regex on whole pages).
#[cfg(test)]
static HIDDEN_HTML: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<script.*?</script>|<style.*?</style>|<noscript.*?</noscript>|<!--.*?-->")
        .expect("regex")
});

/// The byte length of the opening of `text` that spells `word` (lowercase ASCII) in any case,
/// as the regex crate's `(?i)` reads it (`ſ` is a long `s`), if it does.
fn caseless_prefix(text: &str, word: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if c.to_ascii_lowercase() != w && !(w == 's' && c == 'ſ') {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

/// Where `closer` (a lowercase end tag, `</script>`) first stands in `text`, in any case: its
/// byte range.
fn find_caseless(text: &str, closer: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    while let Some(i) = text[at..].find("</") {
        let start = at + i;
        if let Some(len) = caseless_prefix(&text[start..], closer) {
            return Some((start, start + len));
        }
        at = start + 2;
    }
    None
}

/// `html` with each script, style, `<noscript>` and comment replaced by a space: what
/// `HIDDEN_HTML.replace_all(html, " ")` gives (leftmost element first, each to its nearest end
/// tag; an element without one is left), in one scan.
fn without_hidden(html: &str) -> std::borrow::Cow<'_, str> {
    const BLOCKS: [(&str, &str); 3] =
        [("<script", "</script>"), ("<style", "</style>"), ("<noscript", "</noscript>")];
    let (mut out, mut copied, mut at) = (String::new(), 0, 0);
    // Once an element has no end tag after it, no later one of its kind has.
    let mut unclosed = [false; 4];
    while let Some(i) = html[at..].find('<') {
        let start = at + i;
        let rest = &html[start..];
        let mut end = None;
        if let Some(comment) = rest.strip_prefix("<!--") {
            if !unclosed[3] {
                match comment.find("-->") {
                    Some(j) => end = Some(start + 4 + j + 3),
                    None => unclosed[3] = true,
                }
            }
        } else if let Some((k, len)) = BLOCKS
            .iter()
            .enumerate()
            .find_map(|(k, (open, _))| caseless_prefix(rest, open).map(|len| (k, len)))
            && !unclosed[k]
        {
            match find_caseless(&rest[len..], BLOCKS[k].1) {
                Some((_, e)) => end = Some(start + len + e),
                None => unclosed[k] = true,
            }
        }
        match end {
            Some(end) => {
                out.push_str(&html[copied..start]);
                out.push(' ');
                (copied, at) = (end, end);
            }
            None => at = start + 1,
        }
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

/// `html` with every tag (`<…>`, to the next `>`) replaced by `with`: what the pattern
/// `(?s)<[^>]*>` replaced gives, in one scan.
fn tags_replaced<'a>(html: &'a str, with: &str) -> std::borrow::Cow<'a, str> {
    let (mut out, mut copied, mut at) = (String::new(), 0, 0);
    while let Some(i) = html[at..].find('<') {
        let start = at + i;
        let Some(j) = html[start + 1..].find('>') else { break };
        out.push_str(&html[copied..start]);
        out.push_str(with);
        (copied, at) = (start + j + 2, start + j + 2);
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

fn visible_text(html: &str) -> String {
    let text = without_hidden(html);
    let text = tags_replaced(&text, " ");
    // "2022-11-23T08:10" → "2022-11-23 T08:10", so the day stands as a word.
    static ISO_T: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{4}-\d{2}-\d{2})T(\d)").expect("regex"));
    let text = ISO_T.replace_all(&text, "$1 T$2");
    static NUMERIC_ENTITY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"&#(x[0-9a-fA-F]+|[0-9]+);").expect("regex"));
    let text = NUMERIC_ENTITY.replace_all(&text, |caps: &regex::Captures| {
        let code = &caps[1];
        let n = if let Some(hex) = code.strip_prefix('x') {
            u32::from_str_radix(hex, 16).ok()
        } else {
            code.parse().ok()
        };
        n.and_then(char::from_u32).map(String::from).unwrap_or_default()
    });
    // In this order (one replacement can make the next one's entity: "&amp;#39;"); each is
    // copied only when the text holds it.
    const ENTITIES: [(&str, &str); 10] = [
        ("&nbsp;", " "),
        ("&#160;", " "),
        ("&amp;", "&"),
        ("&#39;", "'"),
        ("&#039;", "'"),
        ("&rsquo;", "’"),
        ("&quot;", "\""),
        ("&#8217;", "’"),
        ("&ndash;", "–"),
        ("&mdash;", "—"),
    ];
    let mut text = text.into_owned();
    for (entity, with) in ENTITIES {
        if text.contains(entity) {
            text = text.replace(entity, with);
        }
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The publication date printed in `text` (a page's visible text, or the header lines of a
/// pasted article): the first date cued "Published"/"Posted", else the first not cued
/// "Updated", else the first.
pub(crate) fn printed_date(text: &str) -> Option<Published> {
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut first = None;
    let mut not_update = None;
    for (start, end) in dates_in(&text) {
        let Some(date) = parse_printed(&text[start..end]) else { continue };
        let before = &text[text.floor_char_boundary(start.saturating_sub(30))..start];
        if PUBLISHED_CUE.is_match(before) {
            return Some(date);
        }
        first.get_or_insert(date);
        if !UPDATED_CUE.is_match(before) {
            not_update.get_or_insert(date);
        }
    }
    not_update.or(first)
}

fn parse_printed(raw: &str) -> Option<Published> {
    if raw.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '/') {
        return numeric_date(raw).map(Published::Day);
    }
    if let Some(date) = year_first_date(raw) {
        return Some(Published::Day(date));
    }
    static ORDINAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d)(st|nd|rd|th)\b").expect("regex"));
    let cleaned = ORDINAL.replace_all(raw, "$1").replace(',', "");
    let cleaned = cleaned.replace("  ", " ");
    parse_date(&cleaned).or_else(|| {
        let (a, rest) = cleaned.split_once(' ')?;
        let (b, year) = rest.rsplit_once(' ')?;
        parse_date(&format!("{a} {b}, {year}"))
    })
}

/// "23.07.2025", "15/12/2025", "10/31/2024": day and month are told apart only when one of
/// them is over 12; an ambiguous "3/4/2025" is not guessed.
fn numeric_date(raw: &str) -> Option<Date> {
    let parts: Vec<&str> = raw.split(['.', '/']).collect();
    let [a, b, y] = parts.as_slice() else { return None };
    let (a, b, y): (i8, i8, i16) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let dotted = raw.contains('.');
    let (day, month) = match (a > 12, b > 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        // Dotted dates are day-first wherever they are written.
        (false, false) if dotted => (a, b),
        _ => return None,
    };
    Date::new(y, month, day).ok()
}

/// "2023 Jan 7" (journal citations).
fn year_first_date(raw: &str) -> Option<Date> {
    let mut words = raw.split_whitespace();
    let (y, m, d) = (words.next()?, words.next()?, words.next()?);
    if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Date::strptime("%d %b %Y", format!("{d} {} {y}", &m[..m.len().min(3)])).ok()
}

/// The JSON values of the page's JSON-LD scripts (CDATA wrappers and a closing ";" trimmed;
/// scripts that do not parse are skipped).
pub(crate) fn linked_data(doc: &Document) -> Vec<Value> {
    doc.select("script[type='application/ld+json']")
        .iter()
        .filter_map(|script| {
            let raw = script.text();
            let raw = raw
                .trim()
                .trim_start_matches("//<![CDATA[")
                .trim_end_matches("//]]>")
                .trim()
                .trim_end_matches(';');
            serde_json::from_str(raw).ok()
        })
        .collect()
}

/// Deepest nesting of arrays and `@graph`s walked in a JSON-LD value.
const JSON_LD_DEPTH: usize = 6;

/// Every object of a JSON-LD value, inside arrays and `@graph`s, each `@graph`'s objects
/// before the object that holds it.
pub(crate) fn json_ld_objects<'a>(value: &'a Value, out: &mut Vec<&'a Map<String, Value>>) {
    fn walk<'a>(value: &'a Value, out: &mut Vec<&'a Map<String, Value>>, depth: usize) {
        if depth > JSON_LD_DEPTH {
            return;
        }
        match value {
            Value::Array(items) => items.iter().for_each(|v| walk(v, out, depth + 1)),
            Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    walk(graph, out, depth + 1);
                }
                out.push(map);
            }
            _ => {}
        }
    }
    walk(value, out, 0);
}

fn json_ld(doc: &Document) -> JsonLd {
    let mut out = JsonLd::default();
    for value in linked_data(doc) {
        let mut objects = Vec::new();
        json_ld_objects(&value, &mut objects);
        for map in objects {
            read_json_ld_object(map, &mut out);
        }
    }
    out
}

/// Adds what one JSON-LD object says of the page.
fn read_json_ld_object(map: &Map<String, Value>, out: &mut JsonLd) {
    let is_article = match map.get("@type") {
        Some(Value::String(t)) => is_article_type(t),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(is_article_type)),
        _ => false,
    };
    match map.get("@type") {
        Some(Value::String(t)) => out.types.push(t.clone()),
        Some(Value::Array(ts)) => out.types.extend(ts.iter().filter_map(Value::as_str).map(str::to_string)),
        _ => {}
    }
    out.article |= is_article;
    // Said of the object or of one of its parts (`hasPart`: the paywalled section).
    let parts = match map.get("hasPart") {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(part) => vec![part],
        None => Vec::new(),
    };
    for part in &parts {
        let closed = matches!(part.get("isAccessibleForFree"), Some(Value::Bool(false)))
            || part.get("isAccessibleForFree").and_then(Value::as_str).and_then(free_value) == Some(false);
        if let Some(selector) = part.get("cssSelector").and_then(Value::as_str).filter(|_| closed) {
            out.paywalled_parts.push(selector.to_string());
        }
    }
    let free = std::iter::once(map.get("isAccessibleForFree"))
        .chain(parts.iter().map(|part| part.get("isAccessibleForFree")))
        .filter_map(|v| match v {
            Some(Value::Bool(b)) => Some(*b),
            Some(Value::String(s)) => free_value(s),
            _ => None,
        })
        .reduce(|a, b| a && b);
    if let Some(free) = free {
        out.free = Some(out.free.unwrap_or(true) && free);
    }
    let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_string);
    if !is_article {
        out.page_published = out.page_published.take().or_else(|| text("datePublished"));
        return;
    }
    out.headline = out.headline.take().or_else(|| text("headline")).or_else(|| text("name"));
    out.word_count = out.word_count.or_else(|| match map.get("wordCount") {
        Some(Value::Number(n)) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    });
    out.published = out.published.take().or_else(|| text("datePublished")).or_else(|| text("dateCreated"));
    out.modified = out.modified.take().or_else(|| text("dateModified"));
    if out.authors.is_empty() {
        out.authors = names(map.get("author"));
    }
    if out.publisher.is_none() {
        out.publisher = names(map.get("publisher")).into_iter().next();
    }
}

/// `isAccessibleForFree` written as text: "false", "False", "true".
fn free_value(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "false" => Some(false),
        "true" => Some(true),
        _ => None,
    }
}

/// Names from a JSON-LD person/organisation value: a string, an object with `name`, or a list.
fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) if !s.trim().is_empty() && !s.starts_with("http") => {
            vec![s.trim().to_string()]
        }
        Some(Value::Object(map)) => {
            map.get("name").and_then(Value::as_str).map(|s| vec![s.trim().to_string()]).unwrap_or_default()
        }
        Some(Value::Array(items)) => items.iter().flat_map(|v| names(Some(v))).collect(),
        _ => Vec::new(),
    }
}

fn text_of(sel: &Selection) -> Option<String> {
    let text = sel.text().to_string();
    (!text.trim().is_empty()).then_some(text)
}

/// Collapses whitespace and decodes what HTML parsing left.
/// Entities are decoded up to twice: JSON-LD and some `<meta>` values carry them escaped
/// ("&amp;#8217;"), which the HTML parser does not decode.
fn clean(s: String) -> String {
    let mut s = s;
    for _ in 0..2 {
        if !s.contains('&') {
            break;
        }
        s = html_escape::decode_html_entities(&s).into_owned();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Names as one byline, as a reader writes them: "Ana Duarte", "Ana Duarte and Tom Reyes",
/// "Ana Duarte, Tom Reyes, and Li Wei".
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// A `<meta>` author value: one name, or a JSON list of names (`["Ana Duarte"]`).
fn names_in_meta(value: &str) -> Vec<String> {
    if value.trim_start().starts_with('[')
        && let Ok(Value::Array(items)) = serde_json::from_str::<Value>(value)
    {
        return items.iter().filter_map(Value::as_str).map(|s| s.trim().to_string()).collect();
    }
    vec![value.to_string()]
}

/// True when `byline` is the outlet's name (or contains it, or is contained in it) or a domain
/// name ("paperium.net").
fn names_the_outlet(byline: &str, outlets: [Option<&str>; 2]) -> bool {
    let norm = |s: &str| s.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let b = norm(byline);
    let domain = !byline.contains(' ') && byline.contains('.') && !byline.ends_with('.');
    domain
        || (!b.is_empty()
            && outlets
                .into_iter()
                .flatten()
                .map(norm)
                .any(|o| !o.is_empty() && (o.contains(&b) || b.contains(&o))))
}

/// Elements that pages use for the author's name, most specific first.
const AUTHOR_MARKUP: &str = "[itemprop=author] [itemprop=name], [rel=author], a[href*='/author/'], [class*=author-name], [class*=author__name], [class*=AuthorName], [itemprop=author], [class*=byline] a";

/// The elements [`AUTHOR_MARKUP`] matches, in document order, found lazily: the selector is
/// tried only on the elements its parts can match (an `<a>`, an `itemprop` or `rel`
/// attribute, an author-name class), which most elements of a page are not.
fn author_markup(doc: &Document) -> impl Iterator<Item = NodeRef<'_>> {
    let matcher = Matcher::new(AUTHOR_MARKUP).ok();
    let tree = &doc.tree;
    tree.descendant_ids_of_it(&doc.root().id)
        .map(move |id| NodeRef::new(id, tree))
        .filter(may_be_author_markup)
        .filter(move |n| matcher.as_ref().is_some_and(|m| n.is_match(m)))
}

/// True for an element that one of [`AUTHOR_MARKUP`]'s selectors may match, judged by the
/// last part of each: `[itemprop=…]`, `[rel=author]`, `a…`, `[class*=author-name]`,
/// `[class*=author__name]`, `[class*=AuthorName]`.
fn may_be_author_markup(node: &NodeRef) -> bool {
    debug_assert_eq!(
        AUTHOR_MARKUP,
        "[itemprop=author] [itemprop=name], [rel=author], a[href*='/author/'], [class*=author-name], [class*=author__name], [class*=AuthorName], [itemprop=author], [class*=byline] a"
    );
    node.query_or(false, |t| {
        t.as_element().is_some_and(|e| {
            e.name.local == dom_query::local_name!("a")
                || e.attrs.iter().any(|a| {
                    a.name.local == dom_query::local_name!("itemprop")
                        || a.name.local == dom_query::local_name!("rel")
                        || a.name.local == dom_query::local_name!("class")
                            && ["author-name", "author__name", "AuthorName"]
                                .iter()
                                .any(|c| a.value.contains(c))
                })
        })
    })
}

/// A byline printed on the page, when the metadata names no author: the first element marked
/// as the author's that reads like a name (one to six words, no digits).
fn printed_byline(doc: &Document) -> Option<String> {
    author_markup(doc).take(10).find_map(|n| {
        let name = clean_byline(&Selection::from(n).text());
        let words = name.split_whitespace().count();
        ((1..=6).contains(&words)
            && name.len() <= 60
            && !name.chars().any(|c| c.is_ascii_digit())
            && plausible_byline(&name))
        .then_some(name)
    })
}

/// The page's text with every tag as a line break, so a name cannot run on from one element
/// into the next ("Juliette" + "DevOps").
fn text_lines(html: &str) -> String {
    let text = without_hidden(html);
    let text = tags_replaced(&text, "\n");
    let text = text.replace("&nbsp;", " ").replace("&#160;", " ").replace("&amp;", "&");
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A byline's cue ("By", "Written by", "Author:") and the name after it.
static BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)([Ww]ritten|[Pp]osted|[Pp]ublished) by|(?-u:\b)[Bb]y:?|[Aa]uthor:)[ \n]+(\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]*|de|da|van|der|von|del|le)){1,3})(?:\n|$|,| and | ·| \|)")
        .expect("regex")
});

/// "By Nicole Burke", "Written by John Crenshaw": a byline as the page prints it, without
/// markup that says so. "Written by" counts anywhere on the page; a bare "By" only next to
/// the headline (`needles`, see [`printed_by_headline`]). The name is two to four capitalised
/// words within one element.
fn byline_in_text(html: &str, needles: &[String]) -> Option<String> {
    // Only the page's text around its first `<h1>`, and around each "written by", is read: a
    // byline stands there, and the whole page's text costs too much to build for it.
    let around = |at: usize, before: usize, after: usize| {
        let start = html.floor_char_boundary(at.saturating_sub(before));
        let end = html.floor_char_boundary((at + after).min(html.len()));
        text_lines(&html[start..end])
    };
    let head_text = html.find("<h1").map(|at| around(at, 3000, 8000));
    let written_texts =
        || html.match_indices("ritten by").take(5).map(|(at, _)| around(at, 100, 1500)).collect::<Vec<_>>();
    // "Reviewed by", "Photos by", "Edited by" name someone else.
    const NOT_THE_AUTHOR: &[&str] = &[
        "reviewed",
        "edited",
        "photo",
        "photos",
        "photography",
        "illustration",
        "illustrations",
        "illustrated",
        "checked",
        "sponsored",
        "powered",
        "presented",
        "hosted",
        "designed",
        "image",
        "images",
        "video",
        "produced",
        "translated",
    ];
    let name = |haystack: &str, caps: &regex::Captures| {
        let start = caps.get(0).map_or(0, |m| m.start());
        // The cue starts a word in the Unicode sense ([`BY_NAME`] matches ASCII boundaries).
        let cue_glued = !caps[0].starts_with(['A', 'a'])
            && haystack[..start].chars().next_back().is_some_and(is_word_char);
        if cue_glued {
            return None;
        }
        let before = &haystack[haystack.floor_char_boundary(start.saturating_sub(30))..start];
        let word = before.split(|c: char| !c.is_alphabetic()).rfind(|w| !w.is_empty()).unwrap_or("");
        if caps.get(1).is_none() && NOT_THE_AUTHOR.contains(&word.to_lowercase().as_str()) {
            return None;
        }
        let name = caps[2].trim_end_matches(['.', '-']).to_string();
        (plausible_byline(&name) && name.len() <= 60).then_some(name)
    };
    if let Some(text) = head_text.as_deref() {
        for needle in needles {
            for (at, _) in text.match_indices(needle.as_str()).take(5) {
                let start = text.floor_char_boundary(at.saturating_sub(AROUND_TITLE_BEFORE));
                let end = text.floor_char_boundary((at + needle.len() + AROUND_TITLE_AFTER).min(text.len()));
                let window = &text[start..end];
                if let Some(found) = BY_NAME.captures_iter(window).find_map(|c| name(window, &c)) {
                    return Some(found);
                }
            }
        }
    }
    written_texts().iter().find_map(|text| written_by(text, &name))
}

/// The first "Written by NAME" in `text`.
fn written_by(text: &str, name: &dyn Fn(&str, &regex::Captures) -> Option<String>) -> Option<String> {
    BY_NAME
        .captures_iter(text)
        .filter(|c| c.get(1).is_some_and(|w| w.as_str().eq_ignore_ascii_case("written")))
        .find_map(|c| name(text, &c))
}

/// Words that stand where a byline's name should be but are not one.
const NOT_A_NAME: &[&str] = &[
    "by",
    "author",
    "the author",
    "admin",
    "administrator",
    "written by",
    "posted by",
    "learn more",
    "read more",
];

/// True when `byline` can be a person's or a desk's name: it has letters and is not a
/// placeholder ("By", "Author", "Learn more") nor a template field left in place of the name
/// ("{{author}}", "${author}"). CMS user names ("sara.r.peter") are kept: pages show them.
pub fn plausible_byline(byline: &str) -> bool {
    let lower = byline.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let template = byline.contains(['{', '}', '$', '%']);
    lower.chars().any(char::is_alphabetic) && !NOT_A_NAME.contains(&lower.as_str()) && !template
}

fn clean_byline(s: &str) -> String {
    let s = clean(s.to_string());
    let lower = s.to_lowercase();
    if lower.starts_with("by ") { s[3..].trim().to_string() } else { s }
}

/// A byline without the date that pages print after the name: "Luke KimDecember 17, 2025" →
/// "Luke Kim", "Ana Duarte · 12/03/2025 · 5 min read" → "Ana Duarte". A byline that is only a
/// date ("August 28, 2025•5 min read") becomes empty.
pub fn without_date(byline: &str) -> String {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? *)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})")
            .expect("regex")
    });
    let separators = |c: char| !c.is_alphanumeric() && !matches!(c, '.' | ')');
    let mut rest = byline.trim();
    // A date before the name: "Dec 17, 2025Julian K. Arni".
    if let Some(m) = DATE.find(rest).filter(|m| m.start() == 0) {
        rest = rest[m.end()..].trim_start_matches(|c: char| separators(c) || c == '.');
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return String::new();
        }
    }
    // A date after it: everything from the date on goes.
    let cut = match DATE.find(rest) {
        Some(m) => &rest[..m.start()],
        None => rest,
    };
    cut.trim_end_matches(separators).trim().to_string()
}

/// True for a news dateline ("LAKESIDE, Jan 9, 2024 (Valley Wire)", "GENEVA, March 3 -"):
/// a place in capitals and a date, which Readability can take for a byline (its byline
/// markers include `dateline`).
pub fn is_dateline(text: &str) -> bool {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*\p{Lu}[\p{Lu} .'\-]*\p{Lu},\s*(?:\p{Lu}\p{Ll}+\.? \d{1,2}\b|\d{1,2} \p{Lu}\p{Ll}+|\d{4}-\d{2}-\d{2})")
            .expect("regex")
    });
    DATELINE.is_match(text)
}

/// "Council approves budget | The Riverton Star" → "Council approves budget".
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · ", " • "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| {
                let (s, t) = (s.to_lowercase(), tail.to_lowercase());
                s == t || s.contains(&t) || t.contains(&s)
            });
            let short_tail = tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3;
            if tail_is_site || (site.is_none() && short_tail && sep != " - ") {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walks_find_what_the_author_and_time_selectors_find() {
        let doc = Document::from(
            r#"<html><head><meta itemprop="datePublished" content="2024-01-02"></head><body>
            <div itemprop="author"><span itemprop="name">Ana Duarte</span></div><a rel="author" href="/x">Jo</a>
            <a href="/author/kai">Kai</a><a href="/authors/no">No</a><span class="post-author-name">Lee</span>
            <p class="byline">By <a href="/p">Pat</a></p><span class="AuthorName">Sam</span><div class="author">Not</div>
            <time datetime="2024-01-03">Jan 3</time><time pubdate>Jan 4</time><span itemprop="dateModified">x</span>
            </body></html>"#,
        );
        let ids = |nodes: Vec<NodeRef>| nodes.iter().map(|n| n.id).collect::<Vec<_>>();
        let expected = ids(doc.select(AUTHOR_MARKUP).nodes().to_vec());
        assert_eq!(expected.len(), 7);
        assert_eq!(ids(author_markup(&doc).collect()), expected);
        // `<time>` markup in a scope of one element, walked once, and in a scope of two.
        let whole = [doc.select("html")];
        let two = [doc.select("head, body")];
        assert_eq!(times_in(&whole).len(), 2);
        assert_eq!(times_in(&whole), times_in(&two));
    }
    use jiff::civil::date;

    const TODAY: Date = date(2026, 11, 29);

    fn meta(html: &str, url: Option<&str>) -> PageMeta {
        read_meta(&Document::from(html), html, url, TODAY)
    }

    #[test]
    fn json_ld_in_a_graph_comes_first() {
        let html = r#"<html lang="en-GB"><head>
            <meta property="article:published_time" content="2023-06-10T08:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","name":"x"},
              {"@type":"NewsArticle","headline":"Council approves budget","datePublished":"2023-06-14T21:30:00-05:00",
               "dateModified":"2023-06-15T10:00:00Z","author":[{"@type":"Person","name":"Ana Duarte"},{"name":"Tom Reyes"}],
               "publisher":{"@type":"Organization","name":"The Riverton Star"}}]}</script>
            <title>Council approves budget | The Riverton Star</title></head><body></body></html>"#;
        let m = meta(html, None);
        assert_eq!(m.title.as_deref(), Some("Council approves budget"));
        assert_eq!(m.byline.as_deref(), Some("Ana Duarte and Tom Reyes"));
        assert_eq!(m.site.as_deref(), Some("The Riverton Star"));
        assert_eq!(m.published.map(|p| p.date()), Some(date(2023, 6, 14)), "publisher's day, not UTC's");
        assert_eq!(m.modified.map(|p| p.date()), Some(date(2023, 6, 15)));
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn meta_tags_then_time_then_url() {
        let m = meta(r#"<meta name="sailthru.date" content="2021-03-04 10:00:00"><title>T</title>"#, None);
        assert_eq!(m.published.map(|p| p.date()), Some(date(2021, 3, 4)));
        let m = meta(r#"<body><time datetime="2020-01-02T10:00:00+01:00">2 Jan</time></body>"#, None);
        assert_eq!(m.published.map(|p| p.date()), Some(date(2020, 1, 2)));
        let m = meta("<body><p>x</p></body>", Some("https://news.example/2019/11/19/story.html"));
        assert_eq!(m.published.map(|p| p.date()), Some(date(2019, 11, 19)));
        let m = meta(r#"<body><div class="post-date">Posted on November 19, 2019</div></body>"#, None);
        assert_eq!(m.published.map(|p| p.date()), Some(date(2019, 11, 19)));
    }

    #[test]
    fn placeholders_future_dates_and_dates_after_the_update_are_rejected() {
        let m = meta(
            r#"<meta property="article:published_time" content="0001-01-01T00:00:00Z">
               <meta name="pubdate" content="2031-01-01"><meta name="date" content="2022-02-02">"#,
            None,
        );
        assert_eq!(m.published.map(|p| p.date()), Some(date(2022, 2, 2)));
        let m = meta(
            r#"<meta property="article:published_time" content="2023-07-01">
               <meta property="article:modified_time" content="2023-06-01"><meta name="date" content="2023-05-30">"#,
            None,
        );
        assert_eq!(m.published.map(|p| p.date()), Some(date(2023, 5, 30)));
    }

    #[test]
    fn dates_printed_by_the_headline() {
        let page = |line: &str| {
            format!(
                "<html><head><title>Council approves the new budget</title></head><body><nav>Home News</nav><h1>Council approves the new budget</h1><p>{line}</p><p>Text.</p></body></html>"
            )
        };
        let day = |line: &str| meta(&page(line), None).published.map(|p| p.date());
        assert_eq!(
            day("By Jo Marsh · Posted on Nov 21, 2018 · Updated Dec 10, 2025"),
            Some(date(2018, 11, 21))
        );
        assert_eq!(day("Last updated Aug 04, 2025"), Some(date(2025, 8, 4)));
        assert_eq!(day("Elliot Raba 23.07.2025 · 6 min read"), Some(date(2025, 7, 23)));
        assert_eq!(day("Updated: 10/31/2024"), Some(date(2024, 10, 31)));
        assert_eq!(day("Posted 15/12/2025 at 19:00"), Some(date(2025, 12, 15)));
        assert_eq!(day("Yucy 3/4/2025"), None, "ambiguous day and month are not guessed");
        assert_eq!(day("Cureus. 2023 Jan 7;15(1)"), Some(date(2023, 1, 7)));
        assert_eq!(day("Rahul Tyagi &#8211; 12 March 2025"), Some(date(2025, 3, 12)));
        let html = "<title>Software Pricing and Cost Guide 2026</title><h1>Software Pricing and Cost Guide 2026</h1><p>Dec 26, 2025 · Mahua Das</p>";
        assert_eq!(
            meta(html, None).published.map(|p| p.date()),
            Some(date(2025, 12, 26)),
            "not '2026 Dec 26'"
        );
    }

    #[test]
    fn a_cued_date_far_from_the_headline_is_the_last_resort() {
        let filler = "<p>Some words of the article that go on for a while. </p>".repeat(30);
        let html = format!(
            "<title>Council approves the new budget</title><h1>Council approves the new budget</h1>{filler}<p>Posted on Nov 21, 2018</p><footer>Last updated: Dec 10, 2025</footer>"
        );
        assert_eq!(meta(&html, None).published.map(|p| p.date()), Some(date(2018, 11, 21)));
        let html = format!(
            "<title>Council approves the new budget</title><h1>Council approves the new budget</h1>{filler}<footer>Last updated: Dec 10, 2025</footer>"
        );
        assert_eq!(meta(&html, None).published.map(|p| p.date()), Some(date(2025, 12, 10)));
    }

    #[test]
    fn dates_outside_the_article_metadata() {
        let day = |html: &str| meta(html, None).published.map(|p| p.date());
        let web_page = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2024-03-17T19:47:39+00:00"}]}</script>"#;
        assert_eq!(day(web_page), Some(date(2024, 3, 17)));
        assert_eq!(day(r#"<meta name="published-date" content="2021-02-16">"#), Some(date(2021, 2, 16)));
        assert_eq!(day(r#"<meta name="published" content="July 17, 2025">"#), Some(date(2025, 7, 17)));
        let escaped =
            r#"<div data-props="{&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"></div>"#;
        assert_eq!(day(escaped), Some(date(2025, 11, 17)));
        assert_eq!(day(r#"<body data-pubdate="2022-10-05"><p>x</p></body>"#), Some(date(2022, 10, 5)));
        let page = "<title>Why the backend moved</title><h1>Why the backend moved</h1><p>Posted on the 15/12/2025 at 19:00</p>";
        assert_eq!(day(page), Some(date(2025, 12, 15)));
        let iso = r#"<title>Why the backend moved</title><h1>Why the backend moved</h1><p><span class="Author_publicationTime">2022-11-23T08:10+02:00</span></p>"#;
        assert_eq!(day(iso), Some(date(2022, 11, 23)));
    }

    #[test]
    fn a_publication_date_after_the_update() {
        let filler = "<p>Some words of the article that go on for a while. </p>".repeat(20);
        let page = |printed: &str| {
            format!(
                r#"<meta property="article:published_time" content="2025-12-18T04:00:04-05:00">
                <meta property="article:modified_time" content="2025-12-17T15:33:55-05:00">
                <body><h1>A year of gardening, looking back</h1><p>{printed}</p>{filler}<aside><span class="article-meta">December 7, 2025</span></aside></body>"#
            )
        };
        let day = |printed: &str| meta(&page(printed), None).published.map(|p| p.date());
        assert_eq!(
            day("By the team"),
            Some(date(2025, 12, 18)),
            "a day after the update: the clocks of two systems"
        );
        assert_eq!(
            day("Published Apr 26, 2023"),
            Some(date(2023, 4, 26)),
            "the headline shows an earlier day"
        );
        let html = r#"<meta property="article:published_time" content="2025-12-13T10:08:00+00:00">
            <meta property="article:modified_time" content="2025-12-09T08:09:01+00:00"><meta name="date" content="2024-12-25">
            <body><h1>Critique Navidad: carved in stone</h1><time datetime="2025-12-13T20:08:00+10:00">December 13, 2025</time></body>"#;
        assert_eq!(
            meta(html, None).published.map(|p| p.date()),
            Some(date(2025, 12, 13)),
            "the headline confirms it"
        );
    }

    #[test]
    fn a_cms_stamp_gives_way_to_the_date_by_the_headline() {
        let stamp = |published: &str, modified: &str, printed: &str| {
            let html = format!(
                r#"<script type="application/ld+json">{{"@type":"BlogPosting","datePublished":"{published}","dateModified":"{modified}"}}</script>
                <body><nav>Home</nav><h1>How much to charge for a yoga class</h1><div class="meta"><span>Shauna Mitchell</span><span>{printed}</span></div><p>Text.</p></body>"#
            );
            meta(&html, None).published.map(|p| p.date())
        };
        // Published and modified are one stamp: the printed, earlier day is the publication.
        assert_eq!(stamp("Jun 24, 2025", "Jun 24, 2025", "August 25, 2024"), Some(date(2024, 8, 25)));
        assert_eq!(
            stamp("2025-12-19T22:02:58Z", "2025-12-19T22:02:45Z", "Dec 18, 2025"),
            Some(date(2025, 12, 18))
        );
        // A real update: the metadata's publication date stands.
        assert_eq!(stamp("2024-06-24", "2025-06-24", "August 25, 2023"), Some(date(2024, 6, 24)));
        // A printed date later than the stamp is not the publication date.
        assert_eq!(stamp("2024-06-24", "2024-06-24", "August 25, 2025"), Some(date(2024, 6, 24)));
    }

    #[test]
    fn a_utc_stamp_takes_the_publishers_day() {
        let day = |html: &str, url: Option<&str>| meta(html, url).published;
        // A `<time>` shows the same instant with the publisher's offset.
        let html = r#"<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">
            <body><h1>Are evangelists in heat?</h1><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time></body>"#;
        let p = day(html, None).unwrap();
        assert_eq!(p.date(), date(2025, 12, 18));
        assert!(matches!(p, Published::Instant(_, o) if o.seconds() == -8 * 3600));
        // The URL names the day before.
        let html = r#"<meta property="article:published_time" content="2025-12-19T02:41:41+00:00"><body><p>x</p></body>"#;
        let url = Some("https://blog.example/2025/12/18/comfort-watches");
        assert_eq!(day(html, url).map(|p| p.date()), Some(date(2025, 12, 18)));
        let url = Some("https://blog.example/2025/12/17/comfort-watches");
        assert_eq!(day(html, url).map(|p| p.date()), Some(date(2025, 12, 19)), "two days off: not this rule");
        // A UTC `<time>` whose own text prints the day before.
        let html = r#"<body><h1>Budget home gym</h1><span itemprop="datePublished"><time datetime="2026-02-24T04:13:00Z">February 23, 2026</time></span></body>"#;
        assert_eq!(day(html, None).map(|p| p.date()), Some(date(2026, 2, 23)));
    }

    #[test]
    fn the_time_by_the_headline_before_times_in_lists() {
        let filler = "<p>Some words of the article that go on for a while. </p>".repeat(150);
        let html = format!(
            r#"<body><aside><ul><li><a href="/a">Careers month</a><time datetime="2025-01-31T12:00:00Z">01/31/2025</time></li></ul></aside>
            <main><div><h1>Candidate experience: consulting firm vs carrier</h1><div class="node__meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Agatha Caleo</div></div>{filler}</main></body>"#
        );
        assert_eq!(meta(&html, None).published.map(|p| p.date()), Some(date(2017, 3, 1)));
    }

    #[test]
    fn printed_dates_by_the_byline_and_without_an_h1() {
        let day = |html: &str| meta(html, None).published.map(|p| p.date());
        let html = r#"<body><div class="hero"><div><p><a href="/blog/author/moses-kim">Moses Kim</a></p><p class="t600">April 8, 2024</p></div></div>
            <div class="promo"><p>Our team shipped a dozen apps in 2019.</p></div></body>"#;
        assert_eq!(day(html), Some(date(2024, 4, 8)));
        let html = r#"<title>7 Ways to Change Your Diet | Koia</title><body><h2>Your cart is empty</h2><h3><span>blog | </span> February 01, 2022 </h3><h2>7 ways to help you change your diet</h2><p>Text.</p></body>"#;
        assert_eq!(day(html), Some(date(2022, 2, 1)));
        let html = r#"<title>Pros and cons of living in a tiny home</title><body><h1>Pros and cons of living in a tiny home</h1><p>30 Sep 2022, 11:07am</p>
            <p>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</p></body>"#;
        assert_eq!(day(html), Some(date(2019, 9, 26)));
    }

    #[test]
    fn entities_left_in_json_ld_and_meta_are_decoded() {
        let html = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget&#8217;s M&#038;A roundup &amp;#8230; again","author":{"name":"Ana Du&#x61;rte"}}</script>"#;
        let m = meta(html, None);
        assert_eq!(m.title.as_deref(), Some("Budget’s M&A roundup … again"));
        assert_eq!(m.byline.as_deref(), Some("Ana Duarte"));
    }

    #[test]
    fn bylines_as_readers_write_them() {
        let ld = |authors: &str| {
            let html = format!(
                r#"<script type="application/ld+json">{{"@type":"Article","author":{authors}}}</script>"#
            );
            meta(&html, None).byline
        };
        assert_eq!(
            ld(r#"[{"name":"Ana Duarte"},{"name":"Tom Reyes"},{"name":"Li Wei"}]"#).as_deref(),
            Some("Ana Duarte, Tom Reyes, and Li Wei")
        );
        let m = meta(r#"<meta name="author" content='["Sergio Martínez"]'>"#, None);
        assert_eq!(m.byline.as_deref(), Some("Sergio Martínez"));
        let m =
            meta(r#"<meta name="author" content="By"><meta name="dc.creator" content="Sara Brown">"#, None);
        assert_eq!(m.byline.as_deref(), Some("Sara Brown"), "a placeholder is skipped");
        assert!(!plausible_byline("The Author") && !plausible_byline(" By ") && plausible_byline("Staff"));
    }

    #[test]
    fn the_printed_headline_before_the_seo_title() {
        let html = r#"<meta property="og:title" content="Budget 2026: Council Approves Plan | Star"><title>x</title>
            <body><h1>Council approves the 2026 budget</h1></body>"#;
        assert_eq!(meta(html, None).title.as_deref(), Some("Council approves the 2026 budget"));
        let html = r#"<meta property="og:title" content="Council approves the budget"><body><h1>The Riverton Star</h1></body>"#;
        assert_eq!(
            meta(html, None).title.as_deref(),
            Some("Council approves the budget"),
            "an h1 that is the site's name"
        );
    }

    #[test]
    fn a_printed_byline_when_the_metadata_names_no_author() {
        let html = r#"<body><h1>Council approves the budget</h1><p class="byline">By <a href="/author/ana-duarte">Ana Duarte</a> · 5 min read</p></body>"#;
        assert_eq!(meta(html, None).byline.as_deref(), Some("Ana Duarte"));
        let html = r#"<body><a href="/author/x">Posted 12 March 2025</a></body>"#;
        assert_eq!(meta(html, None).byline, None, "a date is not a name");
    }

    #[test]
    fn a_byline_that_names_the_outlet_gives_way_to_the_printed_one() {
        let html = r#"<meta property="og:site_name" content="Levitate Media"><meta name="author" content="Levitate Media">
            <body><h1>Mastering short-form video</h1><div class="author-name">Liza Burke</div></body>"#;
        assert_eq!(meta(html, None).byline.as_deref(), Some("Liza Burke"));
        let html = r#"<meta name="author" content="paperium.net"><body><a rel="author" href="/a/nt">Naftali Tishby</a></body>"#;
        assert_eq!(meta(html, None).byline.as_deref(), Some("Naftali Tishby"));
        let html = r#"<meta property="og:site_name" content="Rapid7"><meta name="author" content="Rapid7"><body><p>x</p></body>"#;
        assert_eq!(meta(html, None).byline.as_deref(), Some("Rapid7"), "kept when the page prints no other");
    }

    #[test]
    fn a_byline_printed_as_text() {
        let by = |html: &str| meta(html, None).byline;
        let html = "<title>Grow a kitchen garden</title><body><h1>Grow a kitchen garden</h1><p>Published August 7, 2023 by Nicole Burke</p></body>";
        assert_eq!(by(html).as_deref(), Some("Nicole Burke"));
        let html = "<title>Grow a kitchen garden</title><body><h1>Grow a kitchen garden</h1><p>Medically reviewed by Dr. Ehsan Jazini</p></body>";
        assert_eq!(by(html), None, "a reviewer is not the author");
        let html = "<title>Grow a kitchen garden</title><body><h1>Grow a kitchen garden</h1><p>Written by</p><p>HomeAdvisor</p><p>Reviewed by</p><p>Robert Tschudi</p></body>";
        assert_eq!(by(html), None, "a reviewer is not the author, even in another element");
        let filler = "<p>Some words of the article that go on for a while. </p>".repeat(20);
        let html = format!(
            "<body><h1>Choosing a moving company</h1>{filler}<p>Written by</p><p>John Crenshaw</p></body>"
        );
        assert_eq!(by(&html).as_deref(), Some("John Crenshaw"));
        let html =
            format!("<body><h1>Choosing a moving company</h1>{filler}<p>Made by Hand in Vermont</p></body>");
        assert_eq!(by(&html), None, "a bare 'by' far from the headline is not a byline");
    }

    #[test]
    fn dates_after_the_name_are_cut_from_bylines() {
        assert_eq!(without_date("Luke KimDecember 17, 2025"), "Luke Kim");
        assert_eq!(without_date("Ana Duarte · 12/03/2025 · 5 min read"), "Ana Duarte");
        assert_eq!(without_date("Olive Ryan Sat, 20 Dec, 2025 - 06:36"), "Olive Ryan");
        assert_eq!(without_date("August 28, 2025•5 min read"), "");
        assert_eq!(without_date("Mayank Gupta, CEO of CaseBasix"), "Mayank Gupta, CEO of CaseBasix");
        assert_eq!(without_date("May Li and Mark Jones"), "May Li and Mark Jones");
        assert_eq!(without_date("Dec 17, 2025Julian K. Arni"), "Julian K. Arni");
        assert_eq!(
            without_date("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group"),
            "Niko Matsakis on behalf of Vision Doc group"
        );
    }

    #[test]
    fn site_suffixes() {
        assert_eq!(
            strip_site_suffix("A long headline here | The Star", Some("The Star")),
            "A long headline here"
        );
        assert_eq!(strip_site_suffix("Well - known facts about cats", None), "Well - known facts about cats");
        assert_eq!(strip_site_suffix("Budget passes – BBC News", Some("BBC")), "Budget passes");
    }

    #[test]
    fn the_dated_elements_walk_finds_what_the_selector_finds() {
        let doc = Document::from(
            r#"<div class="post-date">a</div><span class="entry-Date">b</span><p id="update-date">c</p>
            <p id="Date">d</p><div class="publishedOn"><i class="byline-x">e</i></div>
            <div class="publication">f</div><div class="posted-on">g</div><div class="DATE">h</div>"#,
        );
        let ids = |nodes: Vec<NodeRef>| nodes.iter().map(|n| n.id).collect::<Vec<_>>();
        let by_selector = ids(doc.select(DATED_ELEMENTS).nodes().to_vec());
        assert_eq!(by_selector.len(), 7);
        assert_eq!(ids(doc.root().descendants_it().filter(is_dated_element).collect()), by_selector);
    }

    #[test]
    fn hidden_elements_and_tags_are_cut_as_the_patterns_cut_them() {
        let tag = Regex::new(r"(?s)<[^>]*>").expect("regex");
        for html in [
            "<p>Kept</p><script>var a = '<b>';</script><p>also</p>",
            "<SCRIPT type=x>a</ScRiPt>b<Style>c</STYLE>d<noscript><img></noscript>e",
            "<ſcript>x</ſcript>y",
            "<script>never closed <p>text</p>",
            "<script>x</script",
            "<!-->x--> <!---> <!---->z <!-- open",
            "<noscript><script>x</noscript>y</script>",
            "<style>a</style >b</style>",
            "<scriptx</script>",
            "<<script>>",
            "<!-- <script> -->x</script>",
            "é<script>ſ</SCRİPT>ü</script>",
            "<script></scrip<script>t>",
            "<styl<style>e>",
            "a<b",
            "a<b>c<d",
            "no tags at all",
            "",
        ] {
            let hidden = HIDDEN_HTML.replace_all(html, " ");
            assert_eq!(without_hidden(html), hidden, "{html}");
            assert_eq!(tags_replaced(&hidden, " "), tag.replace_all(&hidden, " "), "{html}");
            assert_eq!(tags_replaced(&hidden, "\n"), tag.replace_all(&hidden, "\n"), "{html}");
        }
    }

    #[test]
    fn printed_dates_stand_on_word_boundaries_in_any_script() {
        let found = |t: &str| dates_in(t).into_iter().map(|(a, b)| t[a..b].to_string()).collect::<Vec<_>>();
        assert_eq!(found("Posted “March 5, 2024” by Ana"), ["March 5, 2024"]);
        assert_eq!(found("Publié le 2024-03-05, mis à jour"), ["2024-03-05"]);
        // Glued to letters of another script, it is not a date of its own (as with `\b`).
        assert!(found("发布于2024-03-05").is_empty());
        assert!(found("ß2024-03-05").is_empty());
        assert_eq!(found("x 2024-03-05é 2023-01-02"), ["2023-01-02"]);
    }

    #[test]
    fn what_the_page_declares_itself_to_be() {
        let m = meta(
            r#"<meta property="og:type" content="Article"><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"H","isAccessibleForFree":"False"}]}</script>"#,
            None,
        );
        assert_eq!(m.kind.og_type.as_deref(), Some("article"));
        assert_eq!(m.kind.ld_types, ["WebPage", "NewsArticle"]);
        assert!(m.kind.ld_article);
        assert_eq!(m.kind.accessible_for_free, Some(false));
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":true,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script>"#,
            None,
        );
        assert_eq!(m.kind.accessible_for_free, Some(false), "the paywalled part");
        assert_eq!(m.kind.paywalled_parts, [".paywall"]);
        assert_eq!(m.kind.word_count, None);
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","wordCount":1480}</script>"#,
            None,
        );
        assert_eq!(m.kind.word_count, Some(1480));
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"Article","wordCount":" 912 "}</script>"#,
            None,
        );
        assert_eq!(m.kind.word_count, Some(912));
        let m = meta(
            r#"<meta itemprop="isAccessibleForFree" content="false"><script type="application/ld+json">{"@type":"VideoObject"}</script>"#,
            None,
        );
        assert_eq!(m.kind.accessible_for_free, Some(false));
        assert_eq!(m.kind.ld_types, ["VideoObject"]);
        assert!(!m.kind.ld_article);
        assert_eq!(meta("<title>T</title>", None).kind, PageKind::default());
    }

    #[test]
    fn template_fields_and_link_words_are_not_bylines() {
        assert!(!plausible_byline("Learn More"));
        assert!(!plausible_byline("Written by"));
        assert!(!plausible_byline("{{ page.author }}"));
        assert!(!plausible_byline("${author}"));
        assert!(plausible_byline("sara.r.peter"), "a CMS user name is what the page shows");
        assert!(plausible_byline("Ana Duarte"));
        let m = meta(
            r#"<meta name="author" content="{{ page.author }}"><body><h1>Council approves budget</h1><span class="author-name">Ana Duarte</span></body>"#,
            None,
        );
        assert_eq!(m.byline.as_deref(), Some("Ana Duarte"));
    }

    #[test]
    fn every_author_of_a_paper() {
        let m = meta(
            r#"<meta name="author" content="Ana Duarte"><meta name="citation_author" content="Ana Duarte"><meta name="citation_author_institution" content="Riverton University"><meta name="citation_author" content="Tom Avery"><meta name="citation_author" content="Priya Castell">"#,
            None,
        );
        assert_eq!(m.byline.as_deref(), Some("Ana Duarte, Tom Avery, and Priya Castell"));
        let m = meta(
            r#"<meta name="citation_authors" content="Ana Duarte"><meta name="citation_authors" content="Tom Avery">"#,
            None,
        );
        assert_eq!(m.byline.as_deref(), Some("Ana Duarte and Tom Avery"));
        // A byline that is not among the cited authors (the page's writer) is kept.
        let m = meta(
            r#"<meta name="author" content="Sara Brown"><meta name="citation_author" content="Ana Duarte"><meta name="citation_author" content="Tom Avery">"#,
            None,
        );
        assert_eq!(m.byline.as_deref(), Some("Sara Brown"));
    }

    #[test]
    fn datelines_are_not_bylines() {
        assert!(is_dateline("LAKESIDE, Jan 9, 2024 (Valley Wire)"));
        assert!(is_dateline("GENEVA, March 3 (Valley Wire) -"));
        assert!(is_dateline("NEW YORK, 3 March 2024"));
        assert!(!is_dateline("Ana Duarte, March 3, 2024"));
        assert!(!is_dateline("AP"));
        assert!(!is_dateline("By REUTERS"));
    }
}
