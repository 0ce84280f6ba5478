//! From a link or a page's bytes to an [`Article`]: fetch (guarded), decode, then read as
//! HTML or plain text.

use crate::article::decode::decode;
use crate::article::fetch::{FetchError, Fetcher};
use crate::article::link::article_link;
use crate::article::{ArticleError, from_html, from_plain_text, looks_like_html};
use crate::extract::{Article, Published};
use jiff::civil::Date;
use thiserror::Error;

/// An article with the facts about its page that the digest does not carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acquired {
    /// The article.
    pub article: Article,
    /// Last modification, when the page says.
    pub modified: Option<Published>,
}

/// Why a link or page gave no article.
#[derive(Debug, Error)]
pub enum AcquireError {
    /// The fetch failed or was refused.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The page has no usable article.
    #[error(transparent)]
    Article(#[from] ArticleError),
}

/// Reads page bytes (from a file or a fetch) as an article: HTML when it looks like HTML or
/// says so, else plain text. `url` is where they came from, if fetched.
pub fn from_page_bytes(
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<&str>,
    today: Date,
) -> Result<Acquired, ArticleError> {
    let text = decode(bytes, content_type);
    let says_html = content_type.is_some_and(|c| c.contains("html"));
    if says_html || looks_like_html(&text) {
        let page = from_html(&text, url, today)?;
        let mut article = page.article;
        if let Some(url) = url {
            article.url = article_link(url, page.canonical.as_deref());
        }
        Ok(Acquired { article, modified: page.modified })
    } else {
        let mut article = from_plain_text(text)?;
        article.url = url.map(str::to_string);
        Ok(Acquired { article, modified: None })
    }
}

/// Fetches `url` and reads it as an article.
pub async fn from_url(fetcher: &Fetcher, url: &str, today: Date) -> Result<Acquired, AcquireError> {
    let page = fetcher.fetch(url).await?;
    Ok(from_page_bytes(&page.body, page.content_type.as_deref(), Some(&page.url), today)?)
}
