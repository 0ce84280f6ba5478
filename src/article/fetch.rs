//! Fetching a page safely: the SSRF guard on the URL, on every redirect hop and on every
//! address DNS returns; timeouts; at most a few redirects; a streamed, capped body; no cookies;
//! no proxy unless one is configured; a clear User-Agent.

use crate::article::guard::{AllowList, Refusal, check_addresses, check_url};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Once};
use std::time::Duration;
use thiserror::Error;

/// How lede fetches pages.
#[derive(Debug, Clone)]
pub struct FetchSettings {
    /// Time to open a connection.
    pub connect_timeout: Duration,
    /// Time for the whole fetch, redirects and body included.
    pub timeout: Duration,
    /// Most redirects followed.
    pub max_redirects: usize,
    /// Largest body read, after decompression.
    pub max_bytes: usize,
    /// Hosts the newsroom allows although they are internal (off by default).
    pub allow: AllowList,
    /// An HTTP proxy to go through, when the newsroom requires one. The proxy then resolves
    /// names, so the guard checks URLs and redirect hops but not the proxy's DNS answers.
    pub proxy: Option<String>,
}

impl Default for FetchSettings {
    fn default() -> Self {
        FetchSettings {
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(15),
            max_redirects: 5,
            max_bytes: 5 * 1024 * 1024,
            allow: AllowList::default(),
            proxy: None,
        }
    }
}

/// A fetched page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The URL the body came from, after redirects.
    pub url: String,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// The body, decompressed.
    pub body: Vec<u8>,
}

/// Why a page could not be fetched. Each is worded for the person who shared the link.
#[derive(Debug, Error)]
pub enum FetchError {
    /// The guard refused the URL or an address.
    #[error("{0}")]
    Refused(#[from] Refusal),
    /// The server answered with an error status.
    #[error("the site answered {status}{}", reason_suffix(*.status))]
    Status {
        /// The HTTP status code.
        status: u16,
    },
    /// Too slow.
    #[error("the site did not answer within {0} seconds")]
    Timeout(u64),
    /// Too big.
    #[error("the page is larger than {} MB", .0 / (1024 * 1024))]
    TooLarge(usize),
    /// Too many redirects.
    #[error("the link redirects more than {0} times")]
    TooManyRedirects(usize),
    /// Not a web page.
    #[error("the link is a {0} file, not a web page; paste the article text instead")]
    Unsupported(String),
    /// Could not connect or read.
    #[error("could not reach the site: {0}")]
    Network(String),
}

fn reason_suffix(status: u16) -> &'static str {
    match status {
        401 | 403 => " (forbidden: a paywall or a block on bots?)",
        404 | 410 => " (page not found)",
        429 => " (too many requests; try again later)",
        500..=599 => " (the site has a problem; try again later)",
        _ => "",
    }
}

/// The content types lede reads.
const READABLE_TYPES: &[&str] = &["text/html", "application/xhtml+xml", "text/plain"];

/// Names for the content types people share most that are not pages.
const KNOWN_TYPES: &[(&str, &str)] = &[
    ("application/pdf", "PDF"),
    ("image/", "image"),
    ("video/", "video"),
    ("audio/", "audio"),
    ("application/json", "JSON"),
    ("application/zip", "ZIP"),
    ("application/msword", "Word"),
    ("application/vnd.openxmlformats", "Office"),
];

/// Installs rustls' ring provider once per process: reqwest is built without a provider of
/// its own, and a second one elsewhere in the graph would make rustls panic at start.
pub fn install_crypto_provider() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// A reusable fetcher.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    settings: FetchSettings,
}

/// Resolves names, then refuses any that lead to an internal address.
#[derive(Debug)]
struct GuardedResolver {
    allow: AllowList,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        let allow = self.allow.clone();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let ips: Vec<IpAddr> = addrs.iter().map(SocketAddr::ip).collect();
            if !allow.allows_host(&host) {
                check_addresses(&host, 0, &ips, &allow)?;
            }
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

impl Fetcher {
    /// A fetcher with `settings`.
    pub fn new(settings: FetchSettings) -> Result<Fetcher, FetchError> {
        install_crypto_provider();
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("lede/", env!("CARGO_PKG_VERSION"), " (newsroom article digests)"))
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(GuardedResolver { allow: settings.allow.clone() }));
        builder = match &settings.proxy {
            Some(proxy) => builder.proxy(
                reqwest::Proxy::all(proxy)
                    .map_err(|e| FetchError::Network(format!("bad proxy setting: {e}")))?,
            ),
            None => builder.no_proxy(),
        };
        let client = builder.build().map_err(|e| FetchError::Network(e.to_string()))?;
        Ok(Fetcher { client, settings })
    }

    /// Fetches `url`, following redirects under the guard.
    pub async fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        let seconds = self.settings.timeout.as_secs().max(1);
        tokio::time::timeout(self.settings.timeout, self.fetch_inner(url))
            .await
            .map_err(|_| FetchError::Timeout(seconds))?
    }

    async fn fetch_inner(&self, url: &str) -> Result<Fetched, FetchError> {
        let mut current = check_url(url, &self.settings.allow)?;
        let mut hops = 0;
        loop {
            let response = self.client.get(current.clone()).send().await.map_err(|e| self.error(e))?;
            let status = response.status();
            if status.is_redirection() {
                let location = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .ok_or(FetchError::Status { status: status.as_u16() })?;
                let next = current.join(location).map_err(|_| Refusal::BadUrl(location.to_string()))?;
                hops += 1;
                if hops > self.settings.max_redirects {
                    return Err(FetchError::TooManyRedirects(self.settings.max_redirects));
                }
                current = check_url(next.as_str(), &self.settings.allow)?;
                continue;
            }
            if !status.is_success() {
                return Err(FetchError::Status { status: status.as_u16() });
            }
            let content_type = response
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            if let Some(ct) = &content_type {
                let mime = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
                if !mime.is_empty() && !READABLE_TYPES.contains(&mime.as_str()) {
                    let name = KNOWN_TYPES
                        .iter()
                        .find(|(p, _)| mime.starts_with(p))
                        .map_or(mime.clone(), |(_, n)| n.to_string());
                    return Err(FetchError::Unsupported(name));
                }
            }
            let max = self.settings.max_bytes;
            if response.content_length().is_some_and(|n| n as usize > max) {
                return Err(FetchError::TooLarge(max));
            }
            let final_url = response.url().to_string();
            let mut body = Vec::new();
            let mut response = response;
            while let Some(chunk) = response.chunk().await.map_err(|e| self.error(e))? {
                if body.len() + chunk.len() > max {
                    return Err(FetchError::TooLarge(max));
                }
                body.extend_from_slice(&chunk);
            }
            return Ok(Fetched { url: final_url, content_type, body });
        }
    }

    /// Words a reqwest error for the user, surfacing a guard refusal from the resolver.
    fn error(&self, e: reqwest::Error) -> FetchError {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        while let Some(err) = source {
            if let Some(refusal) = err.downcast_ref::<Refusal>() {
                return FetchError::Refused(refusal.clone());
            }
            source = err.source();
        }
        if e.is_timeout() {
            return FetchError::Timeout(self.settings.timeout.as_secs().max(1));
        }
        // The innermost cause is the one a person can act on.
        let mut cause: &(dyn std::error::Error + 'static) = &e;
        while let Some(inner) = cause.source() {
            cause = inner;
        }
        let text = cause.to_string();
        let message =
            if text.contains("failed to lookup address") || text.contains("Name or service not known") {
                "the site's name could not be found; check the link".to_string()
            } else if text.contains("Connection refused") {
                "the site refused the connection".to_string()
            } else if text.contains("certificate") {
                format!("the site's certificate is not valid ({text})")
            } else {
                text
            };
        FetchError::Network(message)
    }
}
