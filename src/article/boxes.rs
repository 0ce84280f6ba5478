//! Boxes inside the article column that are not the article: embedded social posts
//! (`data/embed_selectors.txt`), newsletter sign-ups, subscription prompts and audio players
//! (`data/promo_phrases.txt`, or an e-mail field). They sit between the story's paragraphs, where the
//! link-list pruning (`prune`) leaves them, and they are mostly prose, so Readability keeps
//! them. They are removed from the page before the main text is chosen.
//!
//! A box is the largest element around the sign that holds at most 80 words, at most one
//! short paragraph of prose (besides the promotion's own lines), and sits among at least twice its words: a short story whose
//! only container also holds a sign-up line is left whole. Cost: one selector pass for the
//! embeds and the e-mail fields, one search of the page's text for the phrases and, only when
//! one is there, a walk over its text runs; the word counts are only taken around the few
//! signs found.

use dom_query::{Document, NodeRef};
use std::sync::LazyLock;

/// Selectors of embedded social posts (`data/embed_selectors.txt`), joined into one.
static EMBEDS: LazyLock<String> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/embed_selectors.txt"))
        .collect::<Vec<_>>()
        .join(", ")
});

thread_local! {
    /// The embed selectors, compiled once a thread.
    static EMBED_MATCHER: Option<dom_query::Matcher> = dom_query::Matcher::new(EMBEDS.as_str()).ok();
    /// The standfirst candidates' selector, compiled once a thread.
    static STANDFIRST_MATCHER: Option<dom_query::Matcher> = dom_query::Matcher::new(STANDFIRST_CANDIDATES).ok();
    /// The sign-up field's selector, compiled once a thread.
    static SIGNUP_MATCHER: Option<dom_query::Matcher> = dom_query::Matcher::new(SIGNUP_FIELDS).ok();
}

/// Phrases only promotions print (`data/promo_phrases.txt`), as one case-insensitive pattern:
/// each text run of the page is searched once, without lowercasing it.
static PROMO_PHRASES: LazyLock<regex::Regex> = LazyLock::new(|| {
    let phrases: Vec<String> = crate::extract::lexicon::word_list(include_str!("data/promo_phrases.txt"))
        .map(regex::escape)
        .collect();
    regex::Regex::new(&format!("(?i){}", phrases.join("|"))).expect("promotion phrases")
});

/// The field of a newsletter sign-up form.
const SIGNUP_FIELDS: &str = "input[type=email]";

/// Most words of a promotion box (a sign-up's title, pitch, form and legal line).
const MAX_PROMO_WORDS: usize = 80;

/// Words a paragraph needs to count as prose; a box holds at most one, of fewer than
/// [`MAX_PITCH_WORDS`].
const MIN_PROSE_WORDS: usize = 20;

/// Most words of the one paragraph of prose a box may hold (a newsletter's pitch).
const MAX_PITCH_WORDS: usize = 40;

/// Longest text run searched for a promotion phrase (characters): phrases stand in short runs.
const MAX_RUN_CHARS: usize = 400;

/// Elements a box never grows into: the page and its article containers.
const CONTAINERS: &[&str] = &["html", "body", "article", "main"];

/// Elements whose text runs are not page text.
const NOT_TEXT: &[&str] = &["script", "style", "noscript", "template", "textarea", "title"];

/// Removes from `doc` the embedded posts and promotion boxes among its text.
/// Returns how many boxes were removed.
pub fn drop_boxes(doc: &Document) -> usize {
    let signs = signs_of(doc);
    let mut boxes: Vec<NodeRef> = signs.embeds;
    for field in &signs.signup_fields {
        boxes.extend(box_around(field, MAX_PROMO_WORDS));
    }
    // Most pages print no promotion phrase: one search of the runs' text spares a search of
    // each run.
    if has_promo_phrase(&signs.run_text) {
        for (parent, range) in &signs.runs {
            if has_promo_phrase(&signs.run_text[range.clone()]) {
                boxes.extend(box_around(parent, MAX_PROMO_WORDS));
            }
        }
    }
    boxes.extend(standfirsts(signs.standfirst_candidates));
    let removed = boxes.len();
    for b in boxes {
        b.remove_from_parent();
    }
    removed
}

/// What one walk over the page finds for [`drop_boxes`], in document order.
struct Signs<'a> {
    /// Elements the embed selectors (`data/embed_selectors.txt`) match.
    embeds: Vec<NodeRef<'a>>,
    /// Elements [`SIGNUP_FIELDS`] matches.
    signup_fields: Vec<NodeRef<'a>>,
    /// Elements [`STANDFIRST_CANDIDATES`] matches.
    standfirst_candidates: Vec<NodeRef<'a>>,
    /// The page's text runs that may hold a promotion phrase (trimmed, not empty, at most
    /// [`MAX_RUN_CHARS`] bytes, not inside a [`NOT_TEXT`] element): each one's parent and
    /// its place in `run_text`.
    runs: Vec<(NodeRef<'a>, std::ops::Range<usize>)>,
    /// Those runs' text, one line each (no promotion phrase holds a line break).
    run_text: String,
}

/// The class names the embed selectors require, when every selector is a plain
/// `element.class` (an element without one of them as a substring of its class cannot match);
/// `None` otherwise (every element is then checked against the selectors).
static EMBED_CLASSES: LazyLock<Option<Vec<String>>> = LazyLock::new(|| {
    let plain =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    crate::extract::lexicon::word_list(include_str!("data/embed_selectors.txt"))
        .map(|selector| match selector.split_once('.') {
            Some((element, class)) if plain(element) && plain(class) => Some(class.to_string()),
            _ => None,
        })
        .collect()
});

/// The substrings [`STANDFIRST_CANDIDATES`] looks for in a class (each of its selectors is a
/// `[class*=…]`); `None` if one is not of that form (every element is then checked against the
/// selector).
static STANDFIRST_SUBSTRINGS: LazyLock<Option<Vec<&'static str>>> = LazyLock::new(|| {
    STANDFIRST_CANDIDATES
        .split(',')
        .map(|s| s.trim().strip_prefix("[class*=").and_then(|s| s.strip_suffix(']')))
        .map(|s| s.filter(|s| !s.is_empty() && !s.contains(['"', '\'', ' ', '[', ']'])))
        .collect()
});

/// Every class substring the embed and standfirst selectors look for, as one pattern: most
/// classes hold none, and one search tells (`None` when a selector is not of the plain forms).
static SELECTOR_CLASSES: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    let embeds = EMBED_CLASSES.as_ref()?;
    let standfirsts = STANDFIRST_SUBSTRINGS.as_ref()?;
    let parts: Vec<String> =
        embeds.iter().map(String::as_str).chain(standfirsts.iter().copied()).map(regex::escape).collect();
    regex::Regex::new(&parts.join("|")).ok()
});

/// True when `class` holds one of `parts`, or when there are no parts to look for (`None`:
/// every element may match).
fn class_holds<S: AsRef<str>>(class: Option<&str>, parts: Option<&[S]>) -> bool {
    match parts {
        Some(parts) => class.is_some_and(|c| parts.iter().any(|p| c.contains(p.as_ref()))),
        None => true,
    }
}

/// One walk over `doc`: the elements the embed, sign-up and standfirst selectors match (each
/// confirmed by its selector, tried only on elements that can match it) and the text runs
/// a promotion phrase may stand in. Each element's class is read once, without a copy.
fn signs_of(doc: &Document) -> Signs<'_> {
    let mut signs = Signs {
        embeds: Vec::new(),
        signup_fields: Vec::new(),
        standfirst_candidates: Vec::new(),
        runs: Vec::new(),
        run_text: String::new(),
    };
    let embed_classes = EMBED_CLASSES.as_deref();
    let standfirst_substrings = STANDFIRST_SUBSTRINGS.as_deref();
    EMBED_MATCHER.with(|embed| {
        STANDFIRST_MATCHER.with(|standfirst| {
            SIGNUP_MATCHER.with(|signup| {
                for node in doc.root().descendants_it() {
                    // (may match an embed, may match a standfirst, is an `input`), or the
                    // trimmed length of a text run.
                    let (element, text_len) =
                        node.query_or((None, None), |tree_node| match &tree_node.data {
                            dom_query::NodeData::Element(e) => {
                                let class = e
                                    .attrs
                                    .iter()
                                    .find(|a| a.name.local == dom_query::local_name!("class"))
                                    .map(|a| &*a.value);
                                // One search rules most classes out of both kinds.
                                let ruled_out = match (SELECTOR_CLASSES.as_ref(), class) {
                                    (Some(gate), Some(class)) => !gate.is_match(class),
                                    (Some(_), None) => true,
                                    (None, _) => false,
                                };
                                let facts = (
                                    !ruled_out && class_holds(class, embed_classes),
                                    !ruled_out && class_holds(class, standfirst_substrings),
                                    e.name.local == dom_query::local_name!("input"),
                                );
                                (Some(facts), None)
                            }
                            dom_query::NodeData::Text { contents } => {
                                let trimmed = contents.trim();
                                if trimmed.is_empty() || trimmed.len() > MAX_RUN_CHARS {
                                    (None, None)
                                } else {
                                    let start = signs.run_text.len();
                                    signs.run_text.push_str(trimmed);
                                    (None, Some(start..signs.run_text.len()))
                                }
                            }
                            _ => (None, None),
                        });
                    if let Some((may_embed, may_standfirst, input)) = element {
                        if may_embed && embed.as_ref().is_some_and(|m| node.is_match(m)) {
                            signs.embeds.push(node);
                        }
                        if input && signup.as_ref().is_some_and(|m| node.is_match(m)) {
                            signs.signup_fields.push(node);
                        }
                        if may_standfirst && standfirst.as_ref().is_some_and(|m| node.is_match(m)) {
                            signs.standfirst_candidates.push(node);
                        }
                    }
                    if let Some(range) = text_len {
                        match node.parent().filter(|p| !NOT_TEXT.iter().any(|t| p.has_name(t))) {
                            Some(parent) => {
                                signs.run_text.push('\n');
                                signs.runs.push((parent, range));
                            }
                            None => signs.run_text.truncate(range.start),
                        }
                    }
                }
            })
        })
    });
    signs
}

/// Elements whose class may name a standfirst, a kicker or a subtitle (checked by
/// [`STANDFIRST_CLASSES`] on the class's words).
const STANDFIRST_CANDIDATES: &str = "[class*=standfirst], [class*=dek], [class*=Dek], [class*=subtitle], [class*=Subtitle], [class*=kicker], [class*=Kicker], [class*=strapline]";

/// Words of a class name (split at `-`, `_` and lower-to-upper case changes) that name the
/// headline's companions: not the article's text (WCXB dev labels leave a marked dek,
/// subtitle or standfirst out on 12 of 18 pages looked at in the seventh round).
const STANDFIRST_CLASSES: &[&str] = &["standfirst", "dek", "subtitle", "kicker", "strapline"];

/// Most words of a standfirst.
const MAX_STANDFIRST_WORDS: usize = 60;

/// Most standfirsts a page has (a kicker and a dek): more elements of those classes are the
/// parts of cards (product subtitles, labels), which are left to the other steps.
const MAX_STANDFIRSTS: usize = 2;

/// The standfirsts, deks, subtitles and kickers of the page: elements whose class names one,
/// of at most 60 words, holding no headline and no paragraph of their own; none when there
/// are more than two.
fn standfirsts(candidates: Vec<NodeRef<'_>>) -> Vec<NodeRef<'_>> {
    let found: Vec<NodeRef<'_>> = candidates
        .into_iter()
        .filter(|n| {
            n.class().is_some_and(|c| class_words(&c).any(|w| STANDFIRST_CLASSES.contains(&w.as_str())))
        })
        .filter(|n| !CONTAINERS.iter().any(|c| n.has_name(c)))
        .filter(|n| (1..=MAX_STANDFIRST_WORDS).contains(&words_up_to(n, MAX_STANDFIRST_WORDS + 1)))
        .filter(|n| !n.descendants_it().any(|d| d.has_name("h1") || d.has_name("p")))
        .collect();
    if found.len() > MAX_STANDFIRSTS { Vec::new() } else { found }
}

/// The words of a class attribute, lowercase: "Story_dek__zz article-hero__subTitle" gives
/// story, dek, zz, article, hero, sub, title.
fn class_words(class: &str) -> impl Iterator<Item = String> + '_ {
    class.split(|c: char| c.is_whitespace() || c == '-' || c == '_').filter(|w| !w.is_empty()).flat_map(|w| {
        let mut parts = Vec::new();
        let mut current = String::new();
        let mut previous_lower = false;
        for c in w.chars() {
            if c.is_uppercase() && previous_lower && !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
            current.extend(c.to_lowercase());
        }
        parts.push(current);
        parts
    })
}

/// True when a text holds a promotion phrase.
fn has_promo_phrase(text: &str) -> bool {
    PROMO_PHRASES.is_match(text)
}

/// Words of an element's text (`node.text().split_whitespace().count()`), counted over its
/// text runs without joining them (a word may run on from one run into the next) and only up
/// to `limit`: the smaller of the two.
fn words_up_to(node: &NodeRef, limit: usize) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for n in std::iter::once(*node).chain(node.descendants_it()) {
        n.query_or((), |tree_node| {
            if let dom_query::NodeData::Text { contents } = &tree_node.data {
                for c in contents.chars() {
                    let space = c.is_whitespace();
                    if !space && !in_word {
                        count += 1;
                    }
                    in_word = !space;
                }
            }
        });
        if count >= limit {
            return limit;
        }
    }
    count
}

/// The box around `node`: its largest ancestor-or-self of at most `max_words` words that holds
/// no more than one short paragraph of prose, when its parent holds at least twice its words.
fn box_around<'a>(node: &NodeRef<'a>, max_words: usize) -> Option<NodeRef<'a>> {
    let mut best: Option<(NodeRef<'a>, usize)> = None;
    let mut current = Some(*node);
    while let Some(el) = current.filter(|n| n.is_element() && !CONTAINERS.iter().any(|c| n.has_name(c))) {
        // Counted only as far as the limit: a larger count would break the loop all the same.
        let count = words_up_to(&el, max_words.saturating_add(1));
        if count > max_words || !holds_little_prose(&el) {
            break;
        }
        best = Some((el, count));
        current = el.parent();
    }
    let (el, count) = best?;
    let needed = 2 * count.max(1);
    let around = el.parent().map(|p| words_up_to(&p, needed)).unwrap_or(0);
    (around >= needed).then_some(el)
}

/// True when `el` holds at most one paragraph of prose, and a short one (a paragraph with a
/// promotion phrase, such as a sign-up's legal line, is not prose).
fn holds_little_prose(el: &NodeRef) -> bool {
    let mut prose = std::iter::once(*el)
        .chain(el.descendants_it())
        .filter(|n| n.has_name("p"))
        .map(|p| p.text())
        .filter(|t| !has_promo_phrase(t))
        .map(|t| t.split_whitespace().count())
        .filter(|w| *w >= MIN_PROSE_WORDS);
    match (prose.next(), prose.next()) {
        (None, _) => true,
        (Some(w), None) => w < MAX_PITCH_WORDS,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_standfirst_kicker_or_subtitle_is_removed() {
        let head = r#"<span class="kicker">Wildlife</span><p class="Story_dek__zz">Thirty years after the last sighting, a reintroduction is paying off.</p>"#;
        let text = text_after(&format!("{head}{PARA}{PARA}{PARA}"));
        for gone in ["Wildlife", "Thirty years"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert_eq!(text.matches("The county board").count(), 3);
        // Class words, not letters: a "desktop" or "subtitles-on" class names nothing here.
        let kept = r#"<p class="desktop-only">The board meets again in June.</p><div class="video-subtitles">Captions are on.</div>"#;
        let text = text_after(&format!("{kept}{PARA}{PARA}"));
        assert!(text.contains("meets again") && text.contains("Captions"), "{text}");
        // Three or more are the parts of cards, not a standfirst.
        let cards = r#"<div class="card__subtitle">Video doorbell</div><div class="card__subtitle">Indoor camera</div><div class="card__subtitle">Floodlight camera</div>"#;
        let text = text_after(&format!("{PARA}{cards}{PARA}"));
        assert!(text.contains("Video doorbell") && text.contains("Floodlight camera"), "{text}");
        assert_eq!(
            class_words("Story_dek__zz article-hero__subTitle").collect::<Vec<_>>(),
            ["story", "dek", "zz", "article", "hero", "sub", "title"]
        );
    }

    #[test]
    fn the_walk_finds_what_the_selectors_find() {
        let page = r#"<html><body><div class="story"><blockquote class="twitter-tweet x">A</blockquote>
            <blockquote class="twitter-tweets">B</blockquote><div class="fb-post">C</div><p class="fb-post">D</p>
            <span class="kicker">K</span><p class="Story_dek__zz">E</p><div class="deck">F</div><h2 class="Dek">G</h2>
            <input type="email"><input type="EMAIL"><input type="text" class="email"><textarea>Sign up for our newsletter</textarea>
            <p>Listen to this   <b>article</b> now</p><script>enter your email address</script></div></body></html>"#;
        let doc = Document::from(page);
        let signs = signs_of(&doc);
        let ids = |nodes: &[NodeRef]| nodes.iter().map(|n| n.id).collect::<Vec<_>>();
        assert!(EMBED_CLASSES.is_some() && STANDFIRST_SUBSTRINGS.is_some() && SELECTOR_CLASSES.is_some());
        assert_eq!(ids(&signs.embeds), ids(doc.select(EMBEDS.as_str()).nodes()));
        assert_eq!(signs.embeds.len(), 2);
        assert_eq!(ids(&signs.standfirst_candidates), ids(doc.select(STANDFIRST_CANDIDATES).nodes()));
        assert_eq!(signs.standfirst_candidates.len(), 3);
        assert_eq!(ids(&signs.signup_fields), ids(doc.select(SIGNUP_FIELDS).nodes()));
        assert_eq!(signs.signup_fields.len(), 2);
        // The runs: trimmed, one a line, none from a script or a text field.
        assert_eq!(
            signs.run_text.lines().collect::<Vec<_>>(),
            ["A", "B", "C", "D", "K", "E", "F", "G", "Listen to this", "article", "now"]
        );
        let runs: Vec<_> = signs.runs.iter().map(|(p, r)| (p.id, &signs.run_text[r.clone()])).collect();
        let texts: Vec<_> =
            doc.root().descendants_it().filter(|n| n.is_text()).map(|n| (n, n.text())).collect();
        let expected: Vec<_> = texts
            .iter()
            .filter_map(|(n, t)| Some((n.parent()?, t.trim())))
            .filter(|(p, t)| {
                !NOT_TEXT.iter().any(|x| p.has_name(x)) && !t.is_empty() && t.len() <= MAX_RUN_CHARS
            })
            .map(|(p, t)| (p.id, t))
            .collect();
        assert_eq!(runs, expected);
        for node in doc.root().descendants_it() {
            let count = node.text().split_whitespace().count();
            assert_eq!(words_up_to(&node, usize::MAX), count);
            assert_eq!(words_up_to(&node, 3), count.min(3));
        }
    }

    const PARA: &str = "<p>The county board approved the new shelter on Monday after a long debate about its cost, its staff and the neighbours who had asked for a smaller building.</p>";

    fn body_of(inner: &str) -> Document {
        Document::from(format!(
            "<html><body><nav><a href='/'>Home</a></nav><div class='story'>{inner}</div></body></html>"
        ))
    }

    fn text_after(inner: &str) -> String {
        let doc = body_of(inner);
        drop_boxes(&doc);
        doc.select("div.story").text().to_string()
    }

    #[test]
    fn embedded_posts_are_removed() {
        let tweet = r##"<blockquote class="twitter-tweet"><p>Whole street was cheering him in</p>&mdash; Sam (@sam) <a href="#">April 28, 2019</a></blockquote>"##;
        let insta = r##"<blockquote class="instagram-media"><a href="#">View this post on Instagram</a><p>Mile 20 and still smiling</p></blockquote>"##;
        let text = text_after(&format!("{PARA}{tweet}{PARA}{insta}{PARA}"));
        assert!(!text.contains("cheering") && !text.contains("Mile 20"), "{text}");
        assert_eq!(text.matches("The county board").count(), 3);
        // A quotation of the article's own is not an embed.
        let quote = "<blockquote><p>We are not abandoning anybody, the manager said.</p></blockquote>";
        assert!(text_after(&format!("{PARA}{quote}{PARA}")).contains("abandoning"));
    }

    #[test]
    fn a_newsletter_box_and_a_subscribe_prompt_are_removed() {
        let signup = r#"<div class="nl"><h3>Get the Morning Ledger</h3><p>Our free newsletter brings you the valley's most important stories, farm prices and weather every weekday at six in the morning. Join 20,000 readers.</p><form><label>Email address</label><input type="email" name="email"><button>Sign up</button></form><p>By signing up, you agree to our Terms of Use and acknowledge that your information will be used as described in our Privacy Policy.</p></div>"#;
        let prompt = r#"<div class="prompt"><h3>Support local journalism</h3><p>Subscribe today for unlimited digital access. Just $1 for six months.</p><p>Already a subscriber? <a href="/login">Log in</a></p></div>"#;
        let text = text_after(&format!("{PARA}{signup}{PARA}{prompt}{PARA}"));
        for gone in ["Morning Ledger", "Our free newsletter", "By signing up", "Support local", "Already a"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert_eq!(text.matches("The county board").count(), 3);
    }

    #[test]
    fn a_short_story_beside_a_promotion_line_is_left_whole() {
        // The story and the sign-up line share the only container: there is no box to remove.
        let brief = "<p>The county board approved the shelter on Monday after a short debate.</p><p>Sign up for our newsletter to get the county's news.</p>";
        let doc = Document::from(format!("<html><body><div class='story'>{brief}</div></body></html>"));
        drop_boxes(&doc);
        assert!(doc.select("div.story").text().contains("approved the shelter"));
        // A box never grows over two paragraphs of prose: the story's paragraphs beside the
        // promotion's line stay.
        let story = format!(
            "{PARA}<div><p>Listen to this article.</p><p>The board spent two hours on the cost of the shelter and its staff before it voted, and two members asked for a delay.</p><p>The chair said the vote was the hardest of her eight years on the board, and that the neighbours had been heard.</p></div>{PARA}{PARA}"
        );
        let text = text_after(&story);
        assert!(text.contains("hardest of her eight years"), "{text}");
    }
}
