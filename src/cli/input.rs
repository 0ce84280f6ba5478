//! Reading a command's input: a file or standard input, checked and bounded.

use std::io::Read;
use std::path::Path;
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
    /// Not UTF-8.
    #[error(
        "{0}: not UTF-8 text (bad byte at offset {1}); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8"
    )]
    NotUtf8(String, usize),
    /// A link, which this version cannot fetch yet.
    #[error("{0}: reading links is not supported yet; save the article text to a file and pass that")]
    Link(String),
}

/// Reads `source` (a path, or `-` for standard input) as UTF-8 text. A leading byte-order
/// mark is dropped, so offsets count from the first character after it.
///
/// Non-UTF-8 input is refused rather than decoded lossily: every offset lede prints is an
/// offset into the bytes it read, and a lossy decoding would silently break that promise.
pub fn read_input(source: &str) -> Result<String, InputError> {
    let name = if source == "-" { "standard input".to_string() } else { source.to_string() };
    if source.starts_with("http://") || source.starts_with("https://") {
        return Err(InputError::Link(name));
    }
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
    let mut text =
        String::from_utf8(bytes).map_err(|e| InputError::NotUtf8(name, e.utf8_error().valid_up_to()))?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}
