//! The SSRF guard: which addresses lede may fetch from. A Slack user must not be able to make
//! lede reach the newsroom's internal network, the machine itself or a cloud metadata service.
//!
//! Every URL is checked before it is requested, every redirect hop again, and every address a
//! name resolves to (see [`crate::article::fetch`]): a filtering resolver alone is not enough,
//! since IP-literal hosts and redirects never reach it. Odd spellings of addresses
//! (`http://2130706433/`, `http://0x7f.1/`, `http://127.1/`) are normalised by the URL parser
//! before the check; IPv4-mapped, NAT64 and 6to4 IPv6 addresses are checked as the IPv4
//! address they carry.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use thiserror::Error;
use url::{Host, Url};

/// Why a URL may not be fetched.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum Refusal {
    /// Not a URL.
    #[error("{0:?} is not a valid link")]
    BadUrl(String),
    /// Not http or https.
    #[error("only http and https links can be read, not {0}:")]
    Scheme(String),
    /// User name or password in the URL.
    #[error("links with a user name or password are not fetched")]
    Credentials,
    /// A port outside the web's usual ones.
    #[error("port {0} is not fetched (only 80, 443, 8080 and 8443)")]
    Port(u16),
    /// An address that is not on the public internet.
    #[error("{host} is a {why} address, which lede does not fetch")]
    Blocked {
        /// The host as written (or resolved).
        host: String,
        /// What kind of address it is.
        why: &'static str,
    },
}

/// Ports a public article may be served on.
const WEB_PORTS: &[u16] = &[80, 443, 8080, 8443];

/// IPv4 ranges that are not the public internet: (network, prefix length, what it is).
const BLOCKED_V4: &[([u8; 4], u8, &str)] = &[
    ([0, 0, 0, 0], 8, "\"this network\""),
    ([10, 0, 0, 0], 8, "private"),
    ([100, 64, 0, 0], 10, "carrier-grade NAT"),
    ([127, 0, 0, 0], 8, "loopback"),
    ([169, 254, 0, 0], 16, "link-local (cloud metadata)"),
    ([172, 16, 0, 0], 12, "private"),
    ([192, 0, 0, 0], 24, "IETF protocol"),
    ([192, 0, 2, 0], 24, "documentation"),
    ([192, 88, 99, 0], 24, "6to4 relay"),
    ([192, 168, 0, 0], 16, "private"),
    ([198, 18, 0, 0], 15, "benchmarking"),
    ([198, 51, 100, 0], 24, "documentation"),
    ([203, 0, 113, 0], 24, "documentation"),
    ([224, 0, 0, 0], 4, "multicast"),
    ([240, 0, 0, 0], 4, "reserved"),
];

/// IPv6 ranges that are not the public internet (embedded IPv4 is checked separately).
const BLOCKED_V6: &[([u16; 8], u8, &str)] = &[
    ([0, 0, 0, 0, 0, 0, 0, 0], 128, "unspecified"),
    ([0, 0, 0, 0, 0, 0, 0, 1], 128, "loopback"),
    ([0, 0, 0, 0, 0, 0, 0, 0], 96, "IPv4-compatible"),
    ([0x100, 0, 0, 0, 0, 0, 0, 0], 64, "discard"),
    ([0x2001, 0, 0, 0, 0, 0, 0, 0], 32, "Teredo"),
    ([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32, "documentation"),
    ([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, "unique-local (private)"),
    ([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10, "link-local"),
    ([0xfec0, 0, 0, 0, 0, 0, 0, 0], 10, "site-local"),
    ([0xff00, 0, 0, 0, 0, 0, 0, 0], 8, "multicast"),
];

/// What kind of non-public address `ip` is, or `None` for a public one.
pub fn blocked_kind(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => blocked_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = embedded_v4(v6) {
                return Some(blocked_v4(v4).unwrap_or("IPv4-in-IPv6"));
            }
            let bits = u128::from(v6);
            BLOCKED_V6
                .iter()
                .find(|(net, len, _)| in_prefix(bits, u128::from(Ipv6Addr::from(*net)), *len, 128))
                .map(|r| r.2)
        }
    }
}

fn blocked_v4(ip: Ipv4Addr) -> Option<&'static str> {
    if ip.is_broadcast() {
        return Some("broadcast");
    }
    let bits = u128::from(u32::from(ip));
    BLOCKED_V4
        .iter()
        .find(|(net, len, _)| in_prefix(bits, u128::from(u32::from(Ipv4Addr::from(*net))), *len, 32))
        .map(|r| r.2)
}

/// The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), NAT64 (`64:ff9b::/96`) or 6to4
/// (`2002::/16`) address. All three reach an IPv4 host, so they are judged as that host.
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    let v4 = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    match s {
        [0, 0, 0, 0, 0, 0xffff, hi, lo] => Some(v4(hi, lo)),
        [0x64, 0xff9b, 0, 0, 0, 0, hi, lo] => Some(v4(hi, lo)),
        [0x2002, hi, lo, ..] => Some(v4(hi, lo)),
        _ => None,
    }
}

fn in_prefix(addr: u128, net: u128, len: u8, width: u32) -> bool {
    if len == 0 {
        return true;
    }
    let shift = width - u32::from(len);
    (addr >> shift) == (net >> shift)
}

/// The newsroom's own allow-list: hosts (or `host:port`) that may be fetched even though they
/// resolve to internal addresses. Empty by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowList {
    entries: Vec<(String, Option<u16>)>,
}

impl AllowList {
    /// Parses a comma-separated list: `intranet.example.org, 10.1.2.3, 127.0.0.1:8080`.
    pub fn parse(list: &str) -> AllowList {
        let entries = list
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|e| match e.rsplit_once(':') {
                Some((host, port)) if !host.ends_with(':') && port.parse::<u16>().is_ok() => {
                    (host.trim_matches(['[', ']']).to_lowercase(), port.parse().ok())
                }
                _ => (e.trim_matches(['[', ']']).to_lowercase(), None),
            })
            .collect();
        AllowList { entries }
    }

    /// True when `host` (as the URL parser prints it, without IPv6 brackets) on `port` is
    /// allowed.
    pub fn allows(&self, host: &str, port: u16) -> bool {
        let host = host.trim_matches(['[', ']']).to_lowercase();
        self.entries.iter().any(|(h, p)| *h == host && p.is_none_or(|p| p == port))
    }

    /// True when `host` is on the list with any port (for names, whose port the resolver does
    /// not see; the URL check has already judged the port).
    pub fn allows_host(&self, host: &str) -> bool {
        let host = host.trim_matches(['[', ']']).to_lowercase();
        self.entries.iter().any(|(h, _)| *h == host)
    }

    /// True when nothing is allowed beyond the public internet.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Checks a URL before any request: scheme, credentials, port, and IP-literal hosts. Names
/// are checked again when they resolve. Returns the parsed URL.
pub fn check_url(raw: &str, allow: &AllowList) -> Result<Url, Refusal> {
    let url = Url::parse(raw.trim()).map_err(|_| Refusal::BadUrl(raw.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Refusal::Scheme(url.scheme().to_string()));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Refusal::Credentials);
    }
    let port = url.port_or_known_default().unwrap_or(0);
    let host = url.host().ok_or_else(|| Refusal::BadUrl(raw.to_string()))?;
    let host_text = url.host_str().unwrap_or("").to_string();
    if allow.allows(&host_text, port) {
        return Ok(url);
    }
    let ip = match host {
        Host::Ipv4(v4) => Some(IpAddr::V4(v4)),
        Host::Ipv6(v6) => Some(IpAddr::V6(v6)),
        Host::Domain(_) => None,
    };
    if let Some(why) = ip.and_then(blocked_kind) {
        return Err(Refusal::Blocked { host: host_text, why });
    }
    if !WEB_PORTS.contains(&port) {
        return Err(Refusal::Port(port));
    }
    Ok(url)
}

/// Checks the addresses a name resolved to: all must be public, unless the name is on the
/// allow-list. One internal address is enough to refuse (a name that mixes public and
/// internal addresses is a rebinding trick).
pub fn check_addresses(host: &str, port: u16, addrs: &[IpAddr], allow: &AllowList) -> Result<(), Refusal> {
    if allow.allows(host, port) {
        return Ok(());
    }
    match addrs.iter().find_map(|ip| blocked_kind(*ip).map(|why| (ip, why))) {
        Some((ip, why)) => Err(Refusal::Blocked { host: format!("{host} ({ip})"), why }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(url: &str) -> bool {
        matches!(check_url(url, &AllowList::default()), Err(Refusal::Blocked { .. }))
    }

    #[test]
    fn internal_addresses_in_every_spelling_are_refused() {
        for url in [
            "http://127.0.0.1/",
            "http://127.1/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://0x7f000001/",
            "http://017700000001/",
            "http://0177.0.0.1/",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:7f00:1]/",
            "http://[0:0:0:0:0:ffff:a9fe:a9fe]/",
            "http://[64:ff9b::a9fe:a9fe]/",
            "http://[2002:a9fe:a9fe::]/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "http://172.16.5.4/",
            "http://192.168.1.1/",
            "http://100.64.0.1/",
            "http://0.0.0.0/",
            "http://[::]/",
            "http://224.0.0.1/",
            "http://255.255.255.255/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
            "http://[ff02::1]/",
            "https://198.18.0.1/",
        ] {
            assert!(refused(url), "{url} must be refused");
        }
    }

    #[test]
    fn public_addresses_and_names_pass() {
        for url in [
            "https://www.example.com/news/1",
            "http://93.184.216.34/",
            "https://[2606:4700::1111]/",
            "http://example.com:8080/a",
        ] {
            assert!(check_url(url, &AllowList::default()).is_ok(), "{url}");
        }
    }

    #[test]
    fn other_schemes_credentials_and_ports_are_refused() {
        let none = AllowList::default();
        assert!(matches!(check_url("file:///etc/passwd", &none), Err(Refusal::Scheme(_))));
        assert!(matches!(check_url("gopher://example.com/", &none), Err(Refusal::Scheme(_))));
        assert!(matches!(check_url("http://user:pw@example.com/", &none), Err(Refusal::Credentials)));
        assert!(matches!(check_url("http://example.com:22/", &none), Err(Refusal::Port(22))));
        assert!(matches!(check_url("not a url", &none), Err(Refusal::BadUrl(_))));
    }

    #[test]
    fn the_allow_list_opens_named_hosts_only() {
        let allow = AllowList::parse("intranet.example.org, 10.1.2.3, 127.0.0.1:8099");
        assert!(check_url("http://10.1.2.3/", &allow).is_ok());
        assert!(check_url("http://127.0.0.1:8099/", &allow).is_ok());
        assert!(refused_with("http://127.0.0.1:8098/", &allow));
        assert!(refused_with("http://10.1.2.4/", &allow));
        let private = ["10.0.0.7".parse().unwrap()];
        assert!(check_addresses("intranet.example.org", 443, &private, &allow).is_ok());
        assert!(check_addresses("evil.example.com", 443, &private, &allow).is_err());
    }

    fn refused_with(url: &str, allow: &AllowList) -> bool {
        check_url(url, allow).is_err()
    }

    #[test]
    fn one_internal_address_among_public_ones_is_enough_to_refuse() {
        let addrs = ["93.184.216.34".parse().unwrap(), "127.0.0.1".parse().unwrap()];
        assert!(check_addresses("rebind.example", 80, &addrs, &AllowList::default()).is_err());
    }
}
