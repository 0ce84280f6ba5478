//! Story text that a reader's browser finds where Readability does not look: pages rendered by
//! script hold their article in `<noscript>` or a `<template>` the script clones, in the
//! JSON-LD `articleBody`, or in the application state the server embeds for the script
//! (`__NEXT_DATA__`, `window.__INITIAL_STATE__`…). Readability drops `<noscript>`, never
//! sees a template's contents and does not read scripts, so such a page gave "too little
//! text" or "not an article".
//!
//! Only looked for when the page's visible text is short ([`crate::article::html`] decides),
//! and only this page's article is taken: the JSON object holding the body must carry the
//! page's headline (or URL), a body the page marks as not free (`isAccessibleForFree: false`)
//! is never read, and a JSON-LD body cut short (an ellipsis at its end, or a `wordCount` far
//! above its length) is a teaser, not the story.
//!
//! Cost: nothing on pages with enough visible text; otherwise one parse of the page and of
//! the JSON scripts it holds.

use crate::article::gate::words_in;
use crate::article::meta;
use dom_query::{Document, NodeRef, Selection};
use serde_json::{Map, Value};

/// Where the page held its story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HiddenSource {
    /// `<noscript>` or `<template>` markup.
    Markup,
    /// The JSON-LD article's `articleBody`.
    LinkedData,
    /// The application state embedded for the page's script.
    State,
}

/// A story found outside the page's visible markup, as HTML paragraphs to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiddenStory {
    /// The story as HTML (`<p>` paragraphs, or the markup the page held).
    pub html: String,
    /// Words of its text.
    pub words: usize,
    /// Where it was found.
    pub source: HiddenSource,
}

/// Fewest words of a `<noscript>` or `<template>` worth showing.
const MIN_MARKUP_WORDS: usize = 30;

/// Fewest words of a paragraph of prose in embedded JSON.
const MIN_PARAGRAPH_WORDS: usize = 8;

/// Fewest words of a story found in JSON.
const MIN_STORY_WORDS: usize = 20;

/// Largest script read as JSON (bytes).
const MAX_SCRIPT_BYTES: usize = 3_000_000;

/// Deepest JSON nesting walked.
const MAX_DEPTH: usize = 24;

/// Share of a headline's words the page's title must hold for the JSON object to be this
/// page's article.
const TITLE_SHARE: f64 = 0.7;

/// The page `html` with its `<noscript>` and `<template>` elements that hold 30 words or more
/// shown as plain `<div>`s, as a browser renders them (a template once its script has cloned
/// it); `None` when the page has none.
pub fn unwrapped_markup(html: &str) -> Option<String> {
    let doc = Document::from(html);
    let mut shown = 0;
    let nodes: Vec<NodeRef> = doc.select("body noscript, body template").nodes().to_vec();
    for node in nodes {
        let sel = Selection::from(node);
        let inner = if node.node_name().as_deref() == Some("template") {
            template_contents(&sel.html())
        } else {
            sel.inner_html().to_string()
        };
        let shown_text = Document::from(format!("<html><body>{inner}</body></html>")).select("body").text();
        let words = words_in(&shown_text);
        if words >= MIN_MARKUP_WORDS {
            sel.replace_with_html(format!("<div>{inner}</div>"));
            shown += 1;
        }
    }
    (shown > 0).then(|| doc.html().to_string())
}

/// The contents of a `<template>` from its serialised HTML.
fn template_contents(outer: &str) -> String {
    let start = outer.find('>').map_or(0, |i| i + 1);
    let end = outer.rfind("</template>").unwrap_or(outer.len()).max(start);
    outer[start..end].to_string()
}

/// The page's story from its JSON-LD `articleBody` or its embedded application state, the
/// longer of the two, when one holds this page's article.
pub fn embedded_story(doc: &Document) -> Option<HiddenStory> {
    let titles = page_titles(doc);
    let linked = linked_data_story(doc, &titles);
    let state = state_story(doc, &titles);
    [linked, state].into_iter().flatten().max_by_key(|s| s.words)
}

/// The page's own names for its article, as word lists: `og:title`, `<title>`, `<h1>`s, and
/// its canonical URL and `og:url` (as one-word lists).
fn page_titles(doc: &Document) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for sel in ["meta[property='og:title']", "meta[name='twitter:title']"] {
        if let Some(c) = doc.select(sel).attr("content") {
            out.push(title_words(&c));
        }
    }
    out.push(title_words(&doc.select("title").text()));
    for h1 in doc.select("h1").iter() {
        out.push(title_words(&h1.text()));
    }
    for sel in ["link[rel=canonical]", "meta[property='og:url']"] {
        let attr = if sel.starts_with("link") { "href" } else { "content" };
        if let Some(u) = doc.select(sel).attr(attr) {
            out.push(vec![url_key(&u)]);
        }
    }
    out.retain(|t| !t.is_empty());
    out
}

/// Lowercased words of a title; a run of a script written without spaces (Chinese, Japanese,
/// Thai…, which the gate counts more than one word: [`words_in`]) is split into its
/// characters, so that a Chinese headline is matched character by character, not as one word.
fn title_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            if words_in(w) > 1 { w.chars().map(String::from).collect() } else { vec![w.to_lowercase()] }
        })
        .collect()
}

/// A URL without scheme, query, fragment and trailing slash, lowercased.
fn url_key(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once("://").map_or(url, |(_, rest)| rest);
    let url = url.split(['?', '#']).next().unwrap_or(url);
    url.trim_end_matches('/').to_lowercase()
}

/// True when `headline` names the page's article: the page's title holds most of its words
/// (three at least), or it is the page's URL.
fn names_page(headline: &str, titles: &[Vec<String>]) -> bool {
    if headline.contains("://") || headline.starts_with('/') {
        let key = url_key(headline);
        return titles
            .iter()
            .any(|t| t.len() == 1 && (t[0] == key || (headline.starts_with('/') && t[0].ends_with(&key))));
    }
    let words = title_words(headline);
    if words.len() < 3 {
        return false;
    }
    titles.iter().any(|t| {
        let held = words.iter().filter(|w| t.contains(w)).count();
        held as f64 >= TITLE_SHARE * words.len() as f64
    })
}

/// The `articleBody` of this page's JSON-LD article, when it is free to read and whole.
fn linked_data_story(doc: &Document, titles: &[Vec<String>]) -> Option<HiddenStory> {
    let values = meta::linked_data(doc);
    let mut objects = Vec::new();
    for value in &values {
        meta::json_ld_objects(value, &mut objects);
    }
    objects
        .into_iter()
        .filter(|o| is_story(o))
        .filter_map(|o| article_body(o, titles))
        .max_by_key(|s| s.words)
}

/// True for a JSON-LD object of a story type ([`meta::STORY_TYPES`]).
fn is_story(object: &Map<String, Value>) -> bool {
    let typed = |t: &Value| t.as_str().is_some_and(|t| meta::STORY_TYPES.contains(&t));
    match object.get("@type") {
        Some(Value::Array(types)) => types.iter().any(typed),
        Some(t) => typed(t),
        None => false,
    }
}

/// True when a JSON-LD value says "not free" (`false` or `"False"`).
fn not_free(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(b)) => !b,
        Some(Value::String(s)) => s.trim().eq_ignore_ascii_case("false"),
        _ => false,
    }
}

/// The story of one JSON-LD article object.
fn article_body(map: &Map<String, Value>, titles: &[Vec<String>]) -> Option<HiddenStory> {
    let body = map.get("articleBody")?.as_str()?.trim();
    let parts = match map.get("hasPart") {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(part) => vec![part],
        None => Vec::new(),
    };
    if not_free(map.get("isAccessibleForFree"))
        || parts.iter().any(|p| not_free(p.get("isAccessibleForFree")))
    {
        return None;
    }
    let own =
        ["headline", "name", "alternativeHeadline", "url", "mainEntityOfPage", "@id"].iter().any(
            |k| match map.get(*k) {
                Some(Value::String(s)) => names_page(s, titles),
                Some(Value::Object(o)) => {
                    o.get("@id").and_then(Value::as_str).is_some_and(|s| names_page(s, titles))
                }
                _ => false,
            },
        );
    if !own || cut_off(body) {
        return None;
    }
    let text = if body.contains('<') && body.contains("</p>") { strip_tags(body) } else { body.to_string() };
    let words = words_in(&text);
    let declared = match map.get("wordCount") {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    };
    if words < MIN_STORY_WORDS || declared.is_some_and(|d| d as usize > words * 2) {
        return None;
    }
    let html = if body.contains("</p>") { body.to_string() } else { paragraphs_html(body.split('\n')) };
    Some(HiddenStory { html, words, source: HiddenSource::LinkedData })
}

/// True when a body ends cut off: an ellipsis, "[…]", or "Read more".
fn cut_off(body: &str) -> bool {
    let end = body.trim_end();
    end.ends_with('…')
        || end.ends_with("...")
        || end.ends_with("[…]")
        || end.to_lowercase().ends_with("read more")
}

/// Text of an HTML string, its tags removed.
fn strip_tags(html: &str) -> String {
    Document::from(format!("<html><body>{html}</body></html>")).select("body").text().to_string()
}

/// `<p>` paragraphs of the non-empty lines given, escaped.
fn paragraphs_html<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    lines
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("<p>{}</p>", html_escape::encode_text(l)))
        .collect()
}

/// Scripts that hold a page's application state: Next.js's `__NEXT_DATA__`, Nuxt's, and
/// `window.__NAME__ = {…}` assignments (`__INITIAL_STATE__`, `__PRELOADED_STATE__`,
/// `__APOLLO_STATE__`…).
fn state_values(doc: &Document) -> Vec<Value> {
    let mut out = Vec::new();
    for script in doc.select("script").iter() {
        let kind = script.attr("type").map(|t| t.to_ascii_lowercase());
        if kind.as_deref().is_some_and(|t| t.contains("ld+json")) {
            continue;
        }
        let raw = script.text();
        if raw.len() > MAX_SCRIPT_BYTES || raw.len() < 200 {
            continue;
        }
        let raw = raw.trim();
        let json = if kind.as_deref().is_some_and(|t| t.contains("json")) {
            raw
        } else if raw.starts_with("window.__") || raw.starts_with("self.__") || raw.starts_with("var __") {
            let (Some(start), Some(end)) = (raw.find('{'), raw.rfind('}')) else { continue };
            if end <= start {
                continue;
            }
            &raw[start..=end]
        } else {
            continue;
        };
        if let Ok(value) = serde_json::from_str::<Value>(json) {
            out.push(value);
        }
    }
    out
}

/// The story held in the page's embedded application state: the body (an HTML string, a
/// string of paragraphs, or an array of paragraph blocks) of the object that carries the
/// page's headline.
fn state_story(doc: &Document, titles: &[Vec<String>]) -> Option<HiddenStory> {
    let mut best: Option<HiddenStory> = None;
    for value in state_values(doc) {
        walk_state(&value, titles, 0, &mut best);
    }
    best
}

/// Walks a state value: an object that carries the page's headline gives its body (a value
/// of its own, or of an object one level down: `{headline, content: {body}}`).
fn walk_state(value: &Value, titles: &[Vec<String>], depth: usize, best: &mut Option<HiddenStory>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Object(map) => {
            let names = map.iter().any(|(k, v)| {
                matches!(k.as_str(), "headline" | "title" | "name" | "seoTitle")
                    && v.as_str().is_some_and(|s| names_page(s, titles))
            });
            if names {
                for (key, v) in map {
                    if key.contains("related") || key.contains("recommend") {
                        continue;
                    }
                    let inner = v.as_object().into_iter().flat_map(|o| o.values());
                    for candidate in std::iter::once(v).chain(inner) {
                        if let Some(story) = body_of(candidate) {
                            keep_longer(best, story);
                        }
                    }
                }
            }
            map.values().for_each(|v| walk_state(v, titles, depth + 1, best));
        }
        Value::Array(items) => items.iter().for_each(|v| walk_state(v, titles, depth + 1, best)),
        _ => {}
    }
}

/// Keeps the longer story.
fn keep_longer(best: &mut Option<HiddenStory>, story: HiddenStory) {
    if best.as_ref().is_none_or(|b| story.words > b.words) {
        *best = Some(story);
    }
}

/// A story in one state value: an HTML string with two or more paragraphs, a string of two or
/// more prose paragraphs (or one of 60 words and more), or an array of two or more paragraph
/// blocks (strings, or objects whose text fields hold a paragraph).
fn body_of(value: &Value) -> Option<HiddenStory> {
    let story = match value {
        Value::String(s) if s.matches("</p>").count() >= 2 => {
            let words = words_in(&strip_tags(s));
            HiddenStory { html: s.clone(), words, source: HiddenSource::State }
        }
        Value::String(s) => {
            let paragraphs: Vec<&str> = s.split('\n').filter(|l| is_prose(l)).collect();
            let words = words_in(s);
            if paragraphs.len() < 2 && !(paragraphs.len() == 1 && words >= 60) {
                return None;
            }
            HiddenStory { html: paragraphs_html(s.split('\n')), words, source: HiddenSource::State }
        }
        Value::Array(items) => {
            let paragraphs: Vec<String> = items.iter().filter_map(block_text).collect();
            if paragraphs.iter().filter(|p| is_prose(p)).count() < 2 {
                return None;
            }
            let words = paragraphs.iter().map(|p| words_in(p)).sum();
            HiddenStory {
                html: paragraphs_html(paragraphs.iter().map(String::as_str)),
                words,
                source: HiddenSource::State,
            }
        }
        _ => return None,
    };
    (story.words >= MIN_STORY_WORDS).then_some(story)
}

/// Keys of a paragraph block that hold its text.
const TEXT_KEYS: &[&str] = &["text", "content", "value", "html", "body", "children", "paragraph"];

/// The text of one block of a body array: a string, or the text fields of an object (nested
/// children joined), without tags.
fn block_text(value: &Value) -> Option<String> {
    fn gather(value: &Value, out: &mut String, depth: usize) {
        if depth > 6 {
            return;
        }
        match value {
            Value::String(s) => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                out.push_str(s);
            }
            Value::Array(items) => items.iter().for_each(|v| gather(v, out, depth + 1)),
            Value::Object(map) => {
                for key in TEXT_KEYS {
                    if let Some(v) = map.get(*key) {
                        gather(v, out, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    gather(value, &mut out, 0);
    let text = if out.contains('<') && out.contains('>') { strip_tags(&out) } else { out };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// True for a paragraph of prose: eight words or more, ending a sentence.
fn is_prose(line: &str) -> bool {
    let line = line.trim();
    words_in(line) >= MIN_PARAGRAPH_WORDS
        && line
            .trim_end_matches(['"', '\'', '”', '’', ')', '“', '」', '』', '）'])
            .ends_with(['.', '!', '?', ':', '。', '！', '？', '：'])
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: [&str; 3] = [
        "The Millbrook ferry will stop running on Sundays from May, the operator said on Monday.",
        "Passenger numbers on Sundays fell by a third last year, and the crew agreement makes the day costly.",
        "The council said it would ask the operator to keep the Sunday service during the summer holidays.",
    ];

    fn ld(extra: &str) -> String {
        format!(
            r#"<html><head><title>Ferry to stop Sunday sailings | Millbrook Echo</title><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Ferry to stop Sunday sailings","articleBody":"{}"{extra}}}</script></head><body><div id=app></div></body></html>"#,
            STORY.join("\\n")
        )
    }

    #[test]
    fn the_json_ld_body_of_this_pages_article_is_its_story() {
        let story = embedded_story(&Document::from(ld(""))).expect("the JSON-LD body");
        assert_eq!(story.source, HiddenSource::LinkedData);
        assert_eq!(story.html.matches("<p>").count(), 3);
        assert!(story.words > 40);
    }

    #[test]
    fn a_closed_cut_or_foreign_json_ld_body_is_not_read() {
        for extra in [
            r#","isAccessibleForFree":"False""#,
            r#","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false}"#,
            r#","wordCount":900"#,
        ] {
            assert_eq!(embedded_story(&Document::from(ld(extra))), None, "{extra}");
        }
        let cut = ld("").replace("summer holidays.", "summer holidays…");
        assert_eq!(embedded_story(&Document::from(cut)), None);
        // Another article's body (a related story's JSON-LD) is not this page's.
        let other = ld("").replace(
            r#""headline":"Ferry to stop Sunday sailings""#,
            r#""headline":"Harbour fees frozen for small boats""#,
        );
        assert_eq!(embedded_story(&Document::from(other)), None);
    }

    #[test]
    fn a_chinese_story_in_the_state_object_counts_its_words_as_the_gate_does() {
        // Written without spaces: split on spaces, each paragraph would be one "word", never
        // prose, the headline one word (too few to name the page), and the story never found.
        let paragraphs = [
            "米尔布鲁克渡轮公司周一表示，从五月起周日的航班将全部停开，工作日的班次保持不变。",
            "去年周日的乘客人数下降了三分之一，而船员协议又使周日的运营成本大幅上升。",
            "镇议会表示，将要求公司在暑假期间保留周日航班，并在下次会议上讨论补贴方案。",
        ];
        let blocks: Vec<String> = paragraphs.iter().map(|p| format!(r#"{{"text":"{p}"}}"#)).collect();
        let html = format!(
            r#"<html><head><title>渡轮周日停航 - 米尔布鲁克回声报</title></head><body><div id=app></div><script type="application/json">{{"article":{{"headline":"渡轮周日停航","body":[{}]}}}}</script></body></html>"#,
            blocks.join(",")
        );
        let story = embedded_story(&Document::from(html.as_str())).expect("the state body");
        assert_eq!(story.source, HiddenSource::State);
        assert!(story.words >= 50, "{}", story.words);
    }

    #[test]
    fn the_body_blocks_of_the_state_object_that_carries_the_headline_are_the_story() {
        let blocks: Vec<String> =
            STORY.iter().map(|p| format!(r#"{{"type":"paragraph","text":"{p}"}}"#)).collect();
        let related = r#"{"headline":"Harbour fees frozen for small boats","body":[{"text":"Owners of boats under eight metres will pay the same mooring fees as last year."},{"text":"The harbour board decided so at its meeting on Tuesday evening in the town hall."},{"text":"Larger boats will pay five percent more from the first of April next year."}]}"#;
        let html = format!(
            r#"<html><head><title>Ferry to stop Sunday sailings - Millbrook Echo</title></head><body><div id=__next><h1>Ferry to stop Sunday sailings</h1></div><script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"article":{{"headline":"Ferry to stop Sunday sailings","body":[{}]}},"more":[{related}]}}}}}}</script></body></html>"#,
            blocks.join(",")
        );
        let story = embedded_story(&Document::from(html.as_str())).expect("the state body");
        assert_eq!(story.source, HiddenSource::State);
        assert!(story.html.contains("Millbrook ferry") && !story.html.contains("mooring"));
        // Without the page's headline on the object, the body is not taken.
        let unowned = html.replace(r#""headline":"Ferry to stop Sunday sailings","#, "");
        assert_eq!(embedded_story(&Document::from(unowned)), None);
    }

    #[test]
    fn an_html_string_in_a_window_state_is_read() {
        let body: String = STORY.iter().map(|p| format!("<p>{p}<\\/p>")).collect();
        let html = format!(
            r#"<html><head><title>Ferry to stop Sunday sailings | WXYZ</title></head><body><div id=root></div><script>window.__INITIAL_STATE__ = {{"user":{{}},"story":{{"title":"Ferry to stop Sunday sailings","body":"{body}"}}}};</script></body></html>"#
        );
        let story = embedded_story(&Document::from(html.as_str())).expect("the state body");
        assert!(story.html.starts_with("<p>The Millbrook ferry"));
    }

    #[test]
    fn noscript_and_template_stories_are_shown_and_short_ones_left() {
        let paragraphs: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
        let page = format!(
            "<html><body><noscript>Please enable JavaScript.</noscript><noscript><article>{paragraphs}</article></noscript><template id=t><div>{paragraphs}</div></template></body></html>"
        );
        let shown = unwrapped_markup(&page).expect("shown");
        let doc = Document::from(shown);
        assert_eq!(doc.select("noscript").length(), 1, "the short notice stays");
        assert!(doc.select("template").is_empty());
        assert_eq!(doc.select("div > p").length(), 3);
        assert_eq!(doc.select("article > p").length(), 3);
        assert_eq!(
            unwrapped_markup("<html><body><noscript>Enable JavaScript.</noscript></body></html>"),
            None
        );
    }
}
