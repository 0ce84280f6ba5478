//! Plain-text articles: the first line is the headline when it is short and has no final
//! full stop; a line of its own right after it (or first of all) that is a date, such as
//! "Tuesday, January 15, 2008", is the publication date. Else a date printed in a short line
//! of the header above the story ("By Jo Marsh, 12 March 2025", "Published 10 March 2025 |
//! Updated 12 March 2025") is, as a reader pasting from a web page would expect.

use crate::article::ArticleError;
use crate::article::language::language_of;
use crate::article::meta::printed_date;
use crate::extract::segment::is_heading;
use crate::extract::{Article, Published};
use jiff::civil::Date;

/// Date layouts a dateline line may take, tried in order (jiff `strptime` syntax).
const DATELINE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%A, %B %d, %Y",
    "%A, %b %d, %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%A, %d %B %Y",
    "%A %d %B %Y",
    "%d %B %Y",
    "%d %b %Y",
];

/// Words that may introduce a dateline line: "Published: June 14, 2023".
const DATELINE_PREFIXES: &[&str] = &["published:", "published", "posted:", "posted", "updated:", "date:"];

/// Most lines after the headline that may hold a byline or a stamp above the story.
const HEADER_LINES: usize = 6;
/// A line of this many words or more is the story: the header ends there.
const STORY_LINE_WORDS: usize = 40;
/// Most words of a header line that may print the publication date (a byline, a stamp); a
/// longer line is a standfirst, whose dates are the story's.
const STAMP_LINE_WORDS: usize = 15;

/// Reads `text` as a plain-text article. The text is kept whole: every offset of the digest
/// is an offset into it.
pub fn from_plain_text(text: String) -> Result<Article, ArticleError> {
    if text.trim().is_empty() {
        return Err(ArticleError::Empty);
    }
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("");
    let second = lines.next();
    let mut title = None;
    let mut published = None;
    if let Some(date) = dateline_date(first) {
        published = Some(date);
    } else if second.is_some() && is_heading(first) {
        title = Some(first.to_string());
        published = second.and_then(dateline_date);
    }
    let published = published.map(Published::Day).or_else(|| {
        let skip = usize::from(title.is_some());
        header_date(text.lines().map(str::trim).filter(|l| !l.is_empty()).skip(skip))
    });
    let language = language_of(&text);
    Ok(Article { text, title, published, language, ..Article::default() })
}

/// The publication date printed in the short lines above the story: a byline, a stamp.
fn header_date<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Published> {
    let header: Vec<&str> = lines
        .take(HEADER_LINES)
        .take_while(|l| l.split_whitespace().count() < STORY_LINE_WORDS)
        .filter(|l| l.split_whitespace().count() <= STAMP_LINE_WORDS)
        .collect();
    // (one line each, so that a cue reads only its own line's date)
    printed_date(&header.join(" \n "))
}

/// The date of a line that is nothing but a date (optionally after "Published:").
fn dateline_date(line: &str) -> Option<Date> {
    let mut line = line.trim().trim_end_matches('.');
    for prefix in DATELINE_PREFIXES {
        if line.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
            && line.len() > prefix.len()
        {
            line = line[prefix.len()..].trim_start();
            break;
        }
    }
    if line.len() > 40 {
        return None;
    }
    let line = line.replace("Sept ", "Sep ").replace("Sept. ", "Sep ").replace(". ", " ");
    DATELINE_FORMATS.iter().find_map(|format| Date::strptime(format, &line).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_first_line_with_non_ascii_text_is_no_dateline() {
        let a = from_plain_text("Friday’s vote was close.\nMore text.".into()).unwrap();
        assert_eq!(a.published, None);
    }

    #[test]
    fn headline_and_dateline() {
        let a = from_plain_text(
            "Boeing unveils new 787\nMonday, July 9, 2007\n\nBoeing has unveiled its jet.".into(),
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Boeing unveils new 787"));
        assert_eq!(a.published, Some(Published::Day(date(2007, 7, 9))));
    }

    #[test]
    fn the_language_is_detected() {
        let a = from_plain_text("The city council approved the budget on Wednesday after a long night of debate about taxes and schools.".into()).unwrap();
        assert_eq!(a.language.as_deref(), Some("en"));
        let a = from_plain_text("Le conseil municipal a approuvé le budget mercredi après une longue nuit de débats sur les impôts.".into()).unwrap();
        assert_eq!(a.language.as_deref(), Some("fr"));
    }

    #[test]
    fn no_headline_when_the_first_line_is_a_sentence() {
        let a = from_plain_text("Boeing has unveiled its jet.\nIt flies next year.".into()).unwrap();
        assert_eq!(a.title, None);
        assert_eq!(a.published, None);
    }

    #[test]
    fn dateline_forms() {
        for (line, expected) in [
            ("2023-06-14", date(2023, 6, 14)),
            ("June 14, 2023", date(2023, 6, 14)),
            ("Jun. 14, 2023", date(2023, 6, 14)),
            ("Sept. 4, 2023", date(2023, 9, 4)),
            ("14 June 2023", date(2023, 6, 14)),
            ("Wednesday 14 June 2023", date(2023, 6, 14)),
            ("Published: June 14, 2023", date(2023, 6, 14)),
        ] {
            assert_eq!(dateline_date(line), Some(expected), "{line}");
        }
        assert_eq!(dateline_date("The 45th of Smarch"), None);
        assert_eq!(dateline_date("June 14, 99999"), None);
    }

    #[test]
    fn a_date_printed_by_the_byline_or_a_stamp_is_the_publication_date() {
        let a = from_plain_text(
            "Council approves budget\nUpdated 2 hours ago\nBy Jo Marsh, 12 March 2025\n\nThe council voted."
                .into(),
        )
        .unwrap();
        assert_eq!(a.published, Some(Published::Day(date(2025, 3, 12))));
        let a = from_plain_text(
            "Council approves budget\nUpdated 12 March 2025 | Published 10 March 2025\n\nThe council voted."
                .into(),
        )
        .unwrap();
        assert_eq!(a.published, Some(Published::Day(date(2025, 3, 10))));
        // a standfirst's date is the story's, not the publication's
        let a = from_plain_text(
            "Storm warning\nThe storm that hit the coast on 12 March 2024 left thousands of homes without power for a week.\n\nCrews worked on.".into(),
        )
        .unwrap();
        assert_eq!(a.published, None);
    }

    #[test]
    fn refuses_empty() {
        assert_eq!(from_plain_text(" \n\t ".into()), Err(ArticleError::Empty));
    }
}
