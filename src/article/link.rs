//! Article links as keys: the same story shared with different tracking tails, fragments or
//! host capitalisation is one article for the cache and for "already digested" answers.

use url::Url;

/// Query parameters that only track the click; dropped when normalising.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "yclid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "ocid",
    "cmpid",
    "smid",
    "sr_share",
    "share",
    "ref_src",
    "ref_url",
    "s_cid",
    "ncid",
    "spm",
    "at_medium",
    "at_campaign",
];

/// Prefixes of tracking parameters: `utm_source`, `utm_medium`…
const TRACKING_PREFIXES: &[&str] = &["utm_", "pk_", "mtm_", "hsa_", "itm_"];

/// The normalised form of a link: lowercase host (the URL parser does this), no fragment, no
/// tracking parameters, no default port, no trailing `?`. Returns `None` for a non-http link.
pub fn normalize_url(raw: &str) -> Option<String> {
    let mut url = Url::parse(raw.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !TRACKING_PARAMS.contains(&k.as_str()) && !TRACKING_PREFIXES.iter().any(|p| k.starts_with(p))
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(url.to_string())
}

/// The link an article is known by: its `<link rel=canonical>` when that is on the same site
/// (a canonical elsewhere could be an attacker's), else the fetched URL, normalised.
pub fn article_link(fetched: &str, canonical: Option<&str>) -> Option<String> {
    let base = Url::parse(fetched).ok()?;
    let same_site = canonical
        .and_then(|c| base.join(c).ok())
        .filter(|c| matches!(c.scheme(), "http" | "https") && site_of(c) == site_of(&base));
    normalize_url(same_site.as_ref().map_or(fetched, Url::as_str))
}

/// The registrable part of the host, roughly: the last two labels ("www.bbc.co.uk" and
/// "bbc.co.uk" share "co.uk"+"bbc" → compared on the last three when the second-last is short).
fn site_of(url: &Url) -> String {
    let host = url.host_str().unwrap_or("").trim_start_matches("www.").to_string();
    let labels: Vec<&str> = host.split('.').collect();
    let keep = if labels.len() >= 3 && labels[labels.len() - 2].len() <= 3 { 3 } else { 2 };
    labels[labels.len().saturating_sub(keep)..].join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_fragments_and_case_go() {
        assert_eq!(
            normalize_url("HTTPS://News.Example.COM:443/a/b?utm_source=x&id=7&fbclid=abc#comments")
                .as_deref(),
            Some("https://news.example.com/a/b?id=7")
        );
        assert_eq!(normalize_url("https://x.com/a?utm_medium=s").as_deref(), Some("https://x.com/a"));
        assert_eq!(normalize_url("ftp://x.com/a"), None);
    }

    #[test]
    fn canonical_only_on_the_same_site() {
        assert_eq!(
            article_link("https://m.star.example/s/1?utm_source=t", Some("https://www.star.example/news/1"))
                .as_deref(),
            Some("https://www.star.example/news/1")
        );
        assert_eq!(
            article_link("https://star.example/s/1", Some("https://evil.example/s/1")).as_deref(),
            Some("https://star.example/s/1")
        );
        assert_eq!(
            article_link("https://star.example/s/1", Some("/news/1")).as_deref(),
            Some("https://star.example/news/1")
        );
        assert_eq!(
            article_link("https://www.bbc.co.uk/news/1", Some("https://bbc.co.uk/news/1")).as_deref(),
            Some("https://bbc.co.uk/news/1")
        );
    }
}
