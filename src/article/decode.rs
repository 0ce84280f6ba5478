//! Bytes to text: the charset from the HTTP header, else the page's `<meta charset>`, else a
//! byte-order mark, else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what
//! undeclared Western pages almost always are).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// How far into a page a `<meta charset>` may stand (the HTML standard says 1,024 bytes;
/// real pages put it later).
const META_SNIFF_BYTES: usize = 4096;

/// Decodes a page body. `content_type` is the HTTP `Content-Type` header, if any.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| content_type.and_then(charset_param).and_then(|c| Encoding::for_label(c.as_bytes())))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(META_SNIFF_BYTES)]))
        .unwrap_or_else(|| if std::str::from_utf8(bytes).is_ok() { UTF_8 } else { WINDOWS_1252 });
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').filter_map(|p| p.trim().split_once('=')).find_map(|(k, v)| {
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches('"').trim_matches('\''))
    })
}

fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)"#).expect("regex")
    });
    let label = META.captures(head)?.get(1)?.as_bytes();
    // A page that says UTF-16 in ASCII is not UTF-16.
    Encoding::for_label(label).map(|e| if e.name().starts_with("UTF-16") { UTF_8 } else { e })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_then_meta_then_sniffing() {
        let latin1 = b"<p>Caf\xe9</p>";
        assert_eq!(decode(latin1, Some("text/html; charset=ISO-8859-1")), "<p>Café</p>");
        assert_eq!(
            decode(b"<meta charset=\"windows-1252\"><p>Caf\xe9</p>", None),
            "<meta charset=\"windows-1252\"><p>Café</p>"
        );
        assert_eq!(decode(latin1, None), "<p>Café</p>", "invalid UTF-8 falls back to Windows-1252");
        assert_eq!(decode("<p>Café</p>".as_bytes(), None), "<p>Café</p>");
        assert_eq!(
            decode(b"\xef\xbb\xbf<p>x</p>", Some("text/html; charset=latin1")),
            "<p>x</p>",
            "a BOM wins"
        );
    }
}
