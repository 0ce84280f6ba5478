//! Page furniture: the lines a web page or a wire copy carries that are not the story — a
//! byline ("By Jo Marsh · June 14, 2023"), a photo credit, "Read more", "Updated: …", a video
//! player's notice glued to the sentence after it.
//!
//! The summary never quotes them, the byline's author is not an actor of the story and an
//! "Updated" stamp is not an event of its timeline. The phrases are a table
//! (`lexicon/furniture.tsv`) so that an editor can extend it.

use crate::extract::doc::Doc;
use crate::extract::lexicon::table_rows;
use std::sync::LazyLock;

/// Most words of a byline line ("By Jane Smith and John Doe, Reuters").
const BYLINE_MAX_WORDS: usize = 8;

/// The phrases of `lexicon/furniture.tsv`, by kind.
#[derive(Default)]
struct Furniture {
    /// A sentence that starts with one of these is furniture.
    prefixes: Vec<&'static str>,
    /// A sentence that contains one of these is furniture.
    contains: Vec<&'static str>,
    /// The end of a run of sharing buttons glued to the first sentence.
    lead_in_ends: Vec<&'static str>,
    /// The words that open a publication stamp ("Published", "Last updated").
    stamps: Vec<&'static str>,
    /// The lowercase words a stamp's date may hold ("3 hours ago", "at 10:05 GMT").
    stamp_words: Vec<&'static str>,
}

static FURNITURE: LazyLock<Furniture> = LazyLock::new(|| {
    let mut furniture = Furniture::default();
    for row in table_rows(include_str!("lexicon/furniture.tsv")) {
        match row.split_once('\t') {
            Some(("prefix", text)) => furniture.prefixes.push(text),
            Some(("contains", text)) => furniture.contains.push(text),
            Some(("lead_in_end", text)) => furniture.lead_in_ends.push(text),
            Some(("stamp", text)) => furniture.stamps.push(text),
            Some(("stamp_word", text)) => furniture.stamp_words.push(text),
            _ => {}
        }
    }
    furniture
});

/// True for a sentence that is page furniture rather than story: a byline, a photo credit,
/// "Read more", "Sign up for our newsletter", "This story has been updated"…
pub fn is_furniture(sentence: &str) -> bool {
    let lower = sentence.trim().to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    let furniture = &*FURNITURE;
    if furniture.prefixes.iter().any(|p| lower.starts_with(p))
        || furniture.contains.iter().any(|c| lower.contains(c))
    {
        return true;
    }
    if is_stamp(sentence, lower) {
        return true;
    }
    // A byline: "By Jane Smith", "By Jane Smith and John Doe, Reuters".
    lower.starts_with("by ")
        && sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
            <= BYLINE_MAX_WORDS
        && !sentence.trim_end().ends_with('.')
}

/// True for a publication stamp pasted with the story: "Published 12 March 2025", "Updated 3
/// hours ago", "Last updated at 10:05 GMT, Monday 12 March". After the stamp's opening words
/// come only numbers, capitalised words and the words of a date (`stamp_word` rows), so that
/// "Updated figures were released on Monday" stays story.
fn is_stamp(sentence: &str, lower: &str) -> bool {
    let furniture = &*FURNITURE;
    let Some(stamp) = furniture
        .stamps
        .iter()
        .find(|s| lower.strip_prefix(**s).is_some_and(|rest| rest.starts_with([' ', ','])))
    else {
        return false;
    };
    let skip = stamp.split_whitespace().count();
    let words: Vec<&str> = sentence
        .split_whitespace()
        .skip_while(|w| !w.chars().any(char::is_alphanumeric))
        .skip(skip)
        .collect();
    !words.is_empty()
        && words.iter().any(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                || w.eq_ignore_ascii_case("yesterday")
                || w.eq_ignore_ascii_case("today")
        })
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | '(' | ')'));
            bare.is_empty()
                || bare.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
                || furniture.stamp_words.contains(&bare.to_lowercase().as_str())
        })
}

/// True when sentence `index` of `doc` is page furniture (see [`is_furniture`]).
pub fn is_furniture_sentence(doc: &Doc, index: usize) -> bool {
    index < doc.sentences().len() && is_furniture(doc.sentence_text(index))
}

/// Where the story starts in `lower` (a lowercased sentence) when a run of sharing buttons
/// is glued before it ("Share this with Email Facebook … Copy this link The council…"): the
/// byte just past the last such run's end.
pub fn lead_in_end(lower: &str) -> Option<usize> {
    FURNITURE.lead_in_ends.iter().filter_map(|m| lower.find(m).map(|at| at + m.len())).max()
}

/// For each sentence of `doc`, where its story starts (see [`story_start`]), or none when the
/// whole sentence is furniture: computed once, for stages that ask for every mention.
pub fn story_starts(doc: &Doc) -> Vec<Option<usize>> {
    (0..doc.sentences().len())
        .map(|i| {
            (!is_furniture_sentence(doc, i) || has_story_after_lead_in(doc, i)).then(|| story_start(doc, i))
        })
        .collect()
}

/// True when sentence `index` opens with sharing buttons ("Share this with … Copy this link")
/// glued to a sentence of the story: the story after the buttons is kept, not the whole
/// sentence dropped as furniture.
fn has_story_after_lead_in(doc: &Doc, index: usize) -> bool {
    let Some(sentence) = doc.sentences().get(index) else { return false };
    let start = story_start(doc, index);
    start > sentence.span.start
        && doc
            .text()
            .get(start..sentence.span.end)
            .is_some_and(|rest| rest.chars().any(char::is_alphabetic) && !is_furniture(rest))
}

/// True when byte `at` of sentence `index` is story, by the [`story_starts`] of its `Doc`.
pub fn in_story(starts: &[Option<usize>], index: usize, at: usize) -> bool {
    starts.get(index).is_none_or(|start| start.is_some_and(|s| at >= s))
}

/// Where the story starts in sentence `index` of `doc`: the byte just past a run of page
/// furniture glued before it (see [`lead_in_end`]), else the sentence's start.
pub fn story_start(doc: &Doc, index: usize) -> usize {
    let Some(sentence) = doc.sentences().get(index) else { return 0 };
    let text = doc.sentence_text(index);
    let lower = text.to_lowercase();
    // offsets of the lowercased text are the text's own only when lowercasing kept its length
    match lead_in_end(&lower) {
        Some(at) if lower.len() == text.len() && text.is_char_boundary(at) => sentence.span.start + at,
        _ => sentence.span.start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_is_recognised() {
        assert!(is_furniture("Read more: the full report"));
        assert!(is_furniture("By Jane Smith and John Doe"));
        assert!(is_furniture("By Jo Marsh · June 14, 2023"));
        assert!(is_furniture("(AP Photo/Jane Smith) reporting by Reuters"));
        assert!(is_furniture("This story has been updated."));
        assert!(!is_furniture("By Monday the council had voted to approve the plan."));
        assert!(!is_furniture("The mayor said the plan was sound."));
    }

    #[test]
    fn a_publication_stamp_is_furniture_and_a_story_sentence_is_not() {
        assert!(is_furniture("Published 12 March 2025"));
        assert!(is_furniture("Updated 3 hours ago"));
        assert!(is_furniture("Last updated at 10:05 GMT, Monday 12 March 2025."));
        assert!(is_furniture("Posted on March 12, 2025 by Jane Smith"));
        assert!(!is_furniture("Updated figures were released on 12 March."));
        assert!(!is_furniture("Published in 2019, the book sold a million copies."));
        assert!(!is_furniture("Posted"));
    }

    #[test]
    fn a_sharing_lead_in_ends_where_the_story_starts() {
        let lower = "share this with email facebook copy this link the council voted.";
        let at = lead_in_end(lower).unwrap();
        assert_eq!(&lower[at..], " the council voted.");
        assert_eq!(lead_in_end("the council voted."), None);
        let doc = Doc::new("Media playback is not supported on this deviceDel Potro won in four sets.");
        assert_eq!(&doc.text()[story_start(&doc, 0)..], "Del Potro won in four sets.");
        let doc = Doc::new("Scroll down for video Bosses expect a rise in sick days.");
        assert_eq!(&doc.text()[story_start(&doc, 0)..], " Bosses expect a rise in sick days.");
        let doc = Doc::new("Del Potro won in four sets.");
        assert_eq!(story_start(&doc, 0), 0);
        let doc = Doc::new("By Jo Marsh\n\nMedia playback is not supported on this deviceDel Potro won.");
        let starts = story_starts(&doc);
        assert_eq!(starts[0], None);
        assert!(!in_story(&starts, 0, 3) && !in_story(&starts, 1, 13) && in_story(&starts, 1, 60));
    }

    #[test]
    fn a_story_sentence_glued_after_sharing_buttons_is_kept() {
        let text = "Share this withEmailFacebookTwitterCopy this linkThe harbour board met on Monday.";
        let doc = Doc::new(text);
        let starts = story_starts(&doc);
        let at = text.find("The harbour").unwrap();
        assert_eq!(starts[0], Some(at));
        assert!(!in_story(&starts, 0, 3) && in_story(&starts, 0, at + 4));
        // the buttons alone are furniture still
        let doc = Doc::new("Share this withEmailFacebookTwitterCopy this link");
        assert_eq!(story_starts(&doc)[0], None);
    }
}
