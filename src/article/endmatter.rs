//! The matter that closes a page after its story: an author box ("About the Author …"), a
//! press release's media contacts and its wire `SOURCE` line. Readability keeps them in the
//! article container; a reader stops before them.

use std::sync::LazyLock;

/// Headings that open the end matter (`data/end_matter.txt`), lowercased, each with whether
/// it may run on into a capitalised name.
static OPENINGS: LazyLock<Vec<(String, bool)>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("data/end_matter.txt"))
        .map(|l| match l.strip_suffix('*') {
            Some(heading) => (heading.trim().to_lowercase(), true),
            None => (l.to_lowercase(), false),
        })
        .collect()
});

/// Most words from the end matter's heading to the end of the text: an author's bio or a
/// contact block is short; a heading followed by more is a section of the story.
pub const MAX_END_WORDS: usize = 150;

/// True for a line that opens the end matter: a heading of the table alone or followed by a
/// colon ("Media contact:"), or one marked so followed by a capitalised word ("About the
/// Author Jo Marsh…", "SOURCE Greymoss Dairy"); not "Source of the leak was…", "Contacts
/// between the two sides…" nor "Contact Harbour Music today".
fn opens_end_matter(line: &str) -> bool {
    OPENINGS.iter().any(|(heading, runs_on)| {
        let Some(rest) = line
            .get(..heading.len())
            .filter(|head| head.eq_ignore_ascii_case(heading))
            .and_then(|_| line.get(heading.len()..))
        else {
            return false;
        };
        rest.trim().is_empty()
            || rest.starts_with(':')
            || (*runs_on
                && rest.starts_with(char::is_whitespace)
                && rest.trim_start().chars().next().is_some_and(char::is_uppercase))
    })
}

/// The text without its end matter: from the first line after the text's first line that
/// opens it ([`opens_end_matter`]) to the end, when that holds at most [`MAX_END_WORDS`]
/// words.
pub fn without_end_matter(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let mut words_after = vec![0; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        words_after[i] = words_after[i + 1] + crate::article::gate::words_in(lines[i]);
    }
    let cut = (first + 1..lines.len())
        .find(|&i| words_after[i] <= MAX_END_WORDS && opens_end_matter(lines[i].trim()));
    match cut {
        Some(i) => lines[..i].join("\n").trim_end().to_string(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The ferry to Lowmoor Island will run twice a day from March, the operator said on Tuesday.\n\nTickets go on sale next week.";

    #[test]
    fn an_author_box_after_the_story_goes() {
        let text = format!(
            "{STORY}\n\nAbout the Author\n\nPetra Quill is a transport reporter who has covered island crossings for nine years."
        );
        assert_eq!(without_end_matter(&text), STORY);
        let inline = format!("{STORY}\n\nAbout the author: Petra Quill writes about ferries and buses.");
        assert_eq!(without_end_matter(&inline), STORY);
    }

    #[test]
    fn a_press_release_loses_its_contacts_and_source_line() {
        let text = format!(
            "{STORY}\n\nAbout Lowmoor Ferries\n\nLowmoor Ferries runs three boats and employs 80 people.\n\nMedia contact:\nIrma Vell\n555-0142\npress@lowmoor.example\n\nSOURCE Lowmoor Ferries\n\nRelated Links"
        );
        let kept = without_end_matter(&text);
        assert!(kept.ends_with("employs 80 people."), "{kept}");
        let source_only = format!("{STORY}\n\nSOURCE Lowmoor Ferries");
        assert_eq!(without_end_matter(&source_only), STORY);
    }

    #[test]
    fn story_lines_that_open_with_the_same_words_stay() {
        for last in [
            "Source of the delay was a cracked propeller, engineers found.",
            "Contacts between the operator and the council will resume in May.",
            "Contact tracing was not needed, the health board said.",
            "Contact Lowmoor Ferries today to book a crossing for your group.",
        ] {
            let text = format!("{STORY}\n\n{last}");
            assert_eq!(without_end_matter(&text), text);
        }
    }

    #[test]
    fn a_long_section_under_the_heading_stays() {
        let long = "The crossing takes forty minutes in calm weather and longer in winter. ".repeat(14);
        let text = format!("{STORY}\n\nAbout the author\n\n{long}");
        assert_eq!(without_end_matter(&text), text);
    }

    #[test]
    fn the_first_line_is_never_cut() {
        let text = "Contact: the ferry office opens at eight.\n\nMore boats will run in summer.";
        assert_eq!(without_end_matter(text), text);
    }
}
