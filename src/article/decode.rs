//! Bytes to text: the charset from the HTTP header, else the page's `<meta charset>`, else a
//! byte-order mark, else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what
//! undeclared Western pages almost always are). Pages whose UTF-8 was decoded once too often
//! before it was served ("Earthâ\u{80}\u{99}s", "â€™") are repaired.

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
    repair_double_encoding(&text)
}

/// Fewest repairable sequences before a page counts as double-encoded: one stray "Ã©" may be
/// meant.
const MIN_DOUBLE_ENCODED: usize = 3;

/// Text whose UTF-8 bytes were read as Latin-1 or Windows-1252 and encoded again: each
/// sequence of a lead character (`Â`–`ô`) and one to three continuation characters that spells
/// valid UTF-8 is put back, when the page has at least [`MIN_DOUBLE_ENCODED`] of them.
fn repair_double_encoding(text: &str) -> String {
    static SEQUENCE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new("[\u{00C2}-\u{00F4}][\u{0080}-\u{00BF}\u{20AC}\u{201A}\u{0192}\u{201E}\u{2026}\u{2020}\u{2021}\u{02C6}\u{2030}\u{0160}\u{2039}\u{0152}\u{017D}\u{2018}\u{2019}\u{201C}\u{201D}\u{2022}\u{2013}\u{2014}\u{02DC}\u{2122}\u{0161}\u{203A}\u{0153}\u{017E}\u{0178}]{1,3}")
            .expect("regex")
    });
    if !text.contains(['Â', 'Ã', 'â', 'ð']) {
        return text.to_string();
    }
    let original = |seq: &str| -> Option<String> {
        let mut bytes = Vec::with_capacity(4);
        for c in seq.chars() {
            if (c as u32) <= 0xFF {
                bytes.push(c as u32 as u8);
            } else {
                let mut buf = [0u8; 4];
                let (encoded, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
                if unmappable || encoded.len() != 1 {
                    return None;
                }
                bytes.push(encoded[0]);
            }
        }
        let decoded = std::str::from_utf8(&bytes).ok()?;
        (decoded.chars().count() == 1).then(|| decoded.to_string())
    };
    let repairable = SEQUENCE.find_iter(text).filter(|m| original(m.as_str()).is_some()).count();
    if repairable < MIN_DOUBLE_ENCODED {
        return text.to_string();
    }
    SEQUENCE
        .replace_all(text, |caps: &regex::Captures| original(&caps[0]).unwrap_or_else(|| caps[0].to_string()))
        .into_owned()
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

    #[test]
    fn double_encoded_utf8_is_repaired() {
        // UTF-8 read as Latin-1 (C1 controls) and as Windows-1252 ("â€™"), three times or more.
        let latin1 = "Earth\u{e2}\u{80}\u{99}s systems, caf\u{c3}\u{a9}, don\u{e2}\u{80}\u{99}t";
        assert_eq!(decode(latin1.as_bytes(), None), "Earth’s systems, café, don’t");
        let cp1252 =
            "It\u{e2}\u{20ac}\u{2122}s the \u{e2}\u{20ac}\u{153}best\u{e2}\u{20ac}\u{9d} caf\u{c3}\u{a9}";
        assert_eq!(decode(cp1252.as_bytes(), None), "It’s the “best” café");
        // One sequence on a page is left as written.
        assert_eq!(decode("Prix: 5 Ã© ".as_bytes(), None), "Prix: 5 Ã© ");
        assert_eq!(decode("Café, naïve, Zürich".as_bytes(), None), "Café, naïve, Zürich");
    }
}
