//! Fetching against a local HTTP server on 127.0.0.1: what is read, and what the SSRF guard
//! refuses. No traffic leaves the machine.

use lede::article::fetch::{FetchError, FetchSettings, Fetcher};
use lede::article::guard::{AllowList, Refusal};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const PAGE: &str = include_str!("fixtures/council-budget.html");

/// A tiny HTTP/1.1 server with canned routes; counts the requests it gets.
struct Server {
    port: u16,
    hits: Arc<AtomicUsize>,
}

async fn serve(other_port: u16) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else { return };
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let n = socket.read(&mut buf).await.unwrap_or(0);
                let request = String::from_utf8_lossy(&buf[..n]).to_string();
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
                respond(&mut socket, &path, port, other_port).await;
            });
        }
    });
    Server { port, hits }
}

async fn respond(socket: &mut tokio::net::TcpStream, path: &str, port: u16, other_port: u16) {
    let head = |status: &str, headers: &str, len: usize| {
        format!("HTTP/1.1 {status}\r\n{headers}Content-Length: {len}\r\nConnection: close\r\n\r\n")
    };
    let redirect = |to: String| {
        format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    };
    let reply: Vec<u8> = match path {
        "/article" => [
            head("200 OK", "Content-Type: text/html; charset=utf-8\r\n", PAGE.len()).into_bytes(),
            PAGE.as_bytes().to_vec(),
        ]
        .concat(),
        "/latin1" => {
            let body = PAGE.replace("Riverton city council", "Riverton caf\u{e9} council");
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&body);
            [
                head("200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n", bytes.len()).into_bytes(),
                bytes.to_vec(),
            ]
            .concat()
        }
        "/redirect-ok" => redirect("/article".into()).into_bytes(),
        "/redirect-internal" => redirect(format!("http://127.0.0.1:{other_port}/article")).into_bytes(),
        "/redirect-metadata" => redirect("http://169.254.169.254/latest/meta-data/".into()).into_bytes(),
        "/redirect-loop" => redirect(format!("http://127.0.0.1:{port}/redirect-loop")).into_bytes(),
        "/pdf" => {
            [head("200 OK", "Content-Type: application/pdf\r\n", 4).into_bytes(), b"%PDF".to_vec()].concat()
        }
        "/missing" => head("404 Not Found", "Content-Type: text/html\r\n", 0).into_bytes(),
        "/big" => {
            let body = vec![b'a'; 300_000];
            [head("200 OK", "Content-Type: text/html\r\n", body.len()).into_bytes(), body].concat()
        }
        "/big-chunked" => {
            // No Content-Length: the cap must hold while streaming.
            let _ = socket.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").await;
            for _ in 0..40 {
                let chunk = vec![b'a'; 10_000];
                let _ = socket.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).await;
                let _ = socket.write_all(&chunk).await;
                let _ = socket.write_all(b"\r\n").await;
            }
            let _ = socket.write_all(b"0\r\n\r\n").await;
            return;
        }
        "/slow" => {
            let _ = socket.write_all(head("200 OK", "Content-Type: text/html\r\n", 1000).as_bytes()).await;
            for _ in 0..1000 {
                if socket.write_all(b"a").await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            return;
        }
        _ => head("404 Not Found", "", 0).into_bytes(),
    };
    let _ = socket.write_all(&reply).await;
}

fn settings(allow: &str) -> FetchSettings {
    FetchSettings {
        timeout: Duration::from_secs(2),
        max_bytes: 200_000,
        allow: AllowList::parse(allow),
        ..FetchSettings::default()
    }
}

fn fetcher(allow: &str) -> Fetcher {
    Fetcher::new(settings(allow)).unwrap()
}

#[tokio::test]
async fn reads_a_page_through_an_allowed_redirect() {
    let server = serve(1).await;
    let f = fetcher(&format!("127.0.0.1:{}", server.port));
    let page = f.fetch(&format!("http://127.0.0.1:{}/redirect-ok", server.port)).await.unwrap();
    assert!(page.url.ends_with("/article"));
    assert_eq!(page.body, PAGE.as_bytes());
    assert_eq!(page.content_type.as_deref(), Some("text/html; charset=utf-8"));
}

#[tokio::test]
async fn decodes_the_declared_charset() {
    let server = serve(1).await;
    let f = fetcher(&format!("127.0.0.1:{}", server.port));
    let page = f.fetch(&format!("http://127.0.0.1:{}/latin1", server.port)).await.unwrap();
    let text = lede::article::decode::decode(&page.body, page.content_type.as_deref());
    assert!(text.contains("Riverton café council"));
}

#[tokio::test]
async fn every_spelling_of_an_internal_address_is_refused_without_a_request() {
    let server = serve(1).await;
    let p = server.port;
    let f =
        Fetcher::new(FetchSettings { timeout: Duration::from_secs(2), ..FetchSettings::default() }).unwrap();
    for url in [
        format!("http://127.0.0.1:{p}/article"),
        format!("http://localhost:{p}/article"),
        format!("http://127.1:{p}/article"),
        format!("http://2130706433:{p}/article"),
        format!("http://0x7f.1:{p}/article"),
        format!("http://0x7f000001:{p}/article"),
        format!("http://[::ffff:127.0.0.1]:{p}/article"),
        format!("http://[::1]:{p}/article"),
        "http://127.0.0.1/article".to_string(),
        "http://localhost/article".to_string(),
        "http://2130706433/".to_string(),
        "http://0x7f.1/".to_string(),
        "http://[::ffff:127.0.0.1]/".to_string(),
        "http://127.1/".to_string(),
        "http://169.254.169.254/latest/meta-data/".to_string(),
        "file:///etc/passwd".to_string(),
    ] {
        let err = f.fetch(&url).await.expect_err(&url);
        assert!(matches!(err, FetchError::Refused(_)), "{url}: {err}");
    }
    assert_eq!(server.hits.load(Ordering::SeqCst), 0, "no request may reach the internal server");
}

#[tokio::test]
async fn redirects_are_checked_hop_by_hop() {
    let other = serve(1).await;
    let server = serve(other.port).await;
    let f = fetcher(&format!("127.0.0.1:{}", server.port));
    let err = f.fetch(&format!("http://127.0.0.1:{}/redirect-internal", server.port)).await.unwrap_err();
    assert!(matches!(err, FetchError::Refused(Refusal::Port(_) | Refusal::Blocked { .. })), "{err}");
    let err = f.fetch(&format!("http://127.0.0.1:{}/redirect-metadata", server.port)).await.unwrap_err();
    assert!(matches!(err, FetchError::Refused(Refusal::Blocked { .. })), "{err}");
    assert_eq!(other.hits.load(Ordering::SeqCst), 0);
    let err = f.fetch(&format!("http://127.0.0.1:{}/redirect-loop", server.port)).await.unwrap_err();
    assert!(matches!(err, FetchError::TooManyRedirects(5)), "{err}");
}

#[tokio::test]
async fn oversize_slow_and_unsupported_pages_fail_plainly() {
    let server = serve(1).await;
    let f = fetcher(&format!("127.0.0.1:{}", server.port));
    let url = |path: &str| format!("http://127.0.0.1:{}{path}", server.port);
    assert!(matches!(f.fetch(&url("/big")).await, Err(FetchError::TooLarge(200_000))));
    assert!(matches!(f.fetch(&url("/big-chunked")).await, Err(FetchError::TooLarge(200_000))));
    let slow = f.fetch(&url("/slow")).await.unwrap_err();
    assert!(matches!(slow, FetchError::Timeout(2)), "{slow}");
    assert_eq!(slow.to_string(), "the site did not answer within 2 seconds");
    let pdf = f.fetch(&url("/pdf")).await.unwrap_err();
    assert_eq!(pdf.to_string(), "the link is a PDF file, not a web page; paste the article text instead");
    let missing = f.fetch(&url("/missing")).await.unwrap_err();
    assert_eq!(missing.to_string(), "the site answered 404 (page not found)");
}
