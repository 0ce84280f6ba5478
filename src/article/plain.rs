//! Plain-text articles: the first line is the headline when it is short and has no final
//! full stop; a line of its own right after it (or first of all) that is a date, such as
//! "Tuesday, January 15, 2008", is the publication date.

use crate::article::ArticleError;
use crate::article::language::language_of;
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
    let language = language_of(&text);
    Ok(Article { text, title, published: published.map(Published::Day), language, ..Article::default() })
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
    fn refuses_empty() {
        assert_eq!(from_plain_text(" \n\t ".into()), Err(ArticleError::Empty));
    }
}
