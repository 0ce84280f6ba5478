//! Getting an [`Article`](crate::extract::Article): from plain text, from HTML (main text and
//! the facts a reporter checks first: headline, outlet, byline, dates), and from links,
//! fetched safely ([`fetch`]).
//!
//! Knows nothing of Slack. Produces the extractor's input; never extracts.

pub mod acquire;
pub mod asides;
pub mod boxes;
pub mod date;
pub mod decode;
pub mod density;
pub mod endmatter;
pub mod fetch;
pub mod gate;
pub mod guard;
pub mod hidden;
pub mod html;
pub mod language;
pub mod link;
pub mod meta;
pub mod plain;
pub mod prune;
pub mod reveal;
pub mod streaming;
pub mod threads;

pub use html::{HtmlArticle, from_html};
pub use plain::from_plain_text;

use thiserror::Error;

/// Why a text or page cannot be read as an article. Each says what to do next.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ArticleError {
    /// Nothing but whitespace.
    #[error("the input is empty; give the article text")]
    Empty,
    /// Too little text: a teaser, a paywall or a page that is not an article.
    #[error(
        "found only {words} words of article text (a paywall or teaser?); paste the article text instead"
    )]
    TooLittleText {
        /// Words found.
        words: usize,
    },
    /// No article on the page: a listing, a video page, an app shell.
    #[error("this page does not look like an article (no main text found); paste the article text instead")]
    NotArticle,
}

/// True when `text` starts like an HTML document rather than prose.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<') && (head.contains("<head") || head.contains("<body")))
}
