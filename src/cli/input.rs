//! Reading a command's input: a link, a file or standard input, checked and bounded, and
//! turned into an [`Acquired`] article.

use crate::article::acquire::{Acquired, from_page_bytes, from_url};
use crate::article::fetch::{FetchSettings, Fetcher};
use crate::article::guard::AllowList;
use crate::article::{from_plain_text, looks_like_html};
use jiff::civil::Date;
use std::io::Read;
use std::path::Path;
use std::time::Duration;
use thiserror::Error;

/// The largest input lede reads, in bytes (5 MB): far more than any article.
pub const MAX_INPUT_BYTES: u64 = 5 * 1024 * 1024;

/// Why an input could not be read. Every variant is the user's to fix.
#[derive(Debug, Error)]
pub enum InputError {
    /// No such file.
    #[error("{0}: no such file")]
    NotFound(String),
    /// A directory was given.
    #[error("{0}: is a directory; give a file, or - for standard input")]
    Directory(String),
    /// The file exists but cannot be read.
    #[error("{0}: cannot read it: {1}")]
    Unreadable(String, String),
    /// Over [`MAX_INPUT_BYTES`].
    #[error("{0}: larger than 5 MB; an article is far smaller, so check that this is the right file")]
    TooLarge(String),
    /// Plain text that is not UTF-8.
    #[error(
        "{0}: not UTF-8 text (bad byte at offset {1}); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8"
    )]
    NotUtf8(String, usize),
    /// The article could not be had from it.
    #[error("{0}: {1}")]
    NoArticle(String, String),
}

/// Fetch settings from the environment: `LEDE_FETCH_ALLOW` (comma-separated hosts or
/// `host:port` the newsroom allows although internal), `LEDE_FETCH_PROXY`,
/// `LEDE_FETCH_TIMEOUT` (seconds).
pub fn fetch_settings_from_env() -> Result<FetchSettings, String> {
    let mut settings = FetchSettings::default();
    if let Ok(allow) = std::env::var("LEDE_FETCH_ALLOW") {
        settings.allow = AllowList::parse(&allow);
    }
    if let Ok(proxy) = std::env::var("LEDE_FETCH_PROXY") {
        settings.proxy = Some(proxy).filter(|p| !p.trim().is_empty());
    }
    if let Ok(timeout) = std::env::var("LEDE_FETCH_TIMEOUT") {
        let seconds: u64 = timeout
            .trim()
            .parse()
            .ok()
            .filter(|s| *s > 0)
            .ok_or_else(|| format!("LEDE_FETCH_TIMEOUT={timeout:?} is not a number of seconds"))?;
        settings.timeout = Duration::from_secs(seconds);
    }
    Ok(settings)
}

/// Reads `source` — an http(s) link, a path, or `-` for standard input — as an article.
///
/// Plain text must be UTF-8 (refused otherwise: every offset lede prints is an offset into the
/// text it read, and a lossy decoding would silently break that promise); a leading byte-order
/// mark is dropped. HTML files are decoded by their declared charset.
pub fn read_article(source: &str, today: Date, fetch: &FetchSettings) -> Result<Acquired, InputError> {
    let name = if source == "-" { "standard input".to_string() } else { source.to_string() };
    if source.starts_with("http://") || source.starts_with("https://") {
        let fetcher =
            Fetcher::new(fetch.clone()).map_err(|e| InputError::NoArticle(name.clone(), e.to_string()))?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| InputError::Unreadable(name.clone(), e.to_string()))?;
        return runtime
            .block_on(from_url(&fetcher, source, today))
            .map_err(|e| InputError::NoArticle(name, e.to_string()));
    }
    let bytes = read_bytes(source, &name)?;
    let probe = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_string();
    if looks_like_html(&probe) {
        return from_page_bytes(&bytes, None, None, today)
            .map_err(|e| InputError::NoArticle(name, e.to_string()));
    }
    let mut text = String::from_utf8(bytes)
        .map_err(|e| InputError::NotUtf8(name.clone(), e.utf8_error().valid_up_to()))?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    let article = from_plain_text(text).map_err(|e| InputError::NoArticle(name, e.to_string()))?;
    Ok(Acquired { article, modified: None })
}

fn read_bytes(source: &str, name: &str) -> Result<Vec<u8>, InputError> {
    let name = name.to_string();
    let mut bytes = Vec::new();
    let limit = MAX_INPUT_BYTES + 1;
    let read = if source == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        let path = Path::new(source);
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(InputError::NotFound(name)),
            Err(e) => return Err(InputError::Unreadable(name, e.to_string())),
            Ok(meta) if meta.is_dir() => return Err(InputError::Directory(name)),
            Ok(_) => {}
        }
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| InputError::Unreadable(name.clone(), e.to_string()))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge(name));
    }
    Ok(bytes)
}
