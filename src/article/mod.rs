//! Getting an [`Article`](crate::extract::Article): from plain text now; from HTML and
//! links (safe fetching, main-text extraction, metadata) as issue #6 lands.
//!
//! Knows nothing of Slack. Produces the extractor's input; never extracts.

pub mod plain;

pub use plain::from_plain_text;

use thiserror::Error;

/// Why a text cannot be read as an article.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ArticleError {
    /// Nothing but whitespace.
    #[error("the input is empty; give the article text")]
    Empty,
    /// An HTML page, which this version cannot read yet.
    #[error(
        "the input looks like an HTML page; reading HTML is not supported yet, paste the article text instead"
    )]
    Html,
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
