//! Ack latency under load: 200 signed events per second on loopback while ten slow digests
//! run, against the real listener, store and workers and a fake Slack. Prints p50/p99/max.
//!
//! `cargo bench --bench ack_latency` (no criterion: the figure is a latency distribution
//! under a fixed arrival rate, not a per-call time).

#[path = "../tests/support/fake_slack.rs"]
mod fake_slack;

use fake_slack::*;
use lede::article::fetch::FetchSettings;
use lede::article::guard::AllowList;
use lede::slack::{Bot, BotConfig};
use std::collections::HashMap;
use std::time::{Duration, Instant};

const RATE: u64 = 200;
const SECONDS: u64 = 5;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(run());
}

async fn run() {
    let fake = Fake::start().await;
    let db = std::env::temp_dir().join(format!("lede-bench-ack-{}.db", std::process::id()));
    let mut vars: HashMap<&str, String> = HashMap::new();
    vars.insert("SLACK_BOT_TOKEN", "xoxb-bench".into());
    vars.insert("SLACK_SIGNING_SECRET", SECRET.into());
    vars.insert("LEDE_SLACK_API_URL", fake.api_url());
    vars.insert("LEDE_DATABASE_URL", format!("sqlite://{}", db.display()));
    vars.insert("LEDE_WORKERS", "10".into());
    let config = BotConfig::from_vars(|k| vars.get(k).cloned(), false).unwrap();
    let fetch = FetchSettings { allow: AllowList::parse(&fake.addr.to_string()), ..FetchSettings::default() };
    let bot = Bot::start(&config, fetch).await.unwrap();
    let app = lede::slack::listener::router(bot.state.clone(), SECRET);
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = tcp.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(tcp, app).await });
    lede::article::fetch::install_crypto_provider();
    let http = reqwest::Client::new();
    let event = |id: usize, url: &str| {
        format!(
            r#"{{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvB{id}","event_time":1700000000,"event":{{"type":"message","channel":"C1","user":"U1","text":"<{url}>","ts":"1700000000.{id:06}","channel_type":"channel"}}}}"#
        )
    };
    // Ten digests that take seconds each (a slow site), so the workers are busy throughout.
    for i in 0..10 {
        let body = event(i, &format!("http://{}/slow-article/{i}", fake.addr));
        post_signed(&http, addr, "/slack/events", "application/json", &body, now(), &[]).await;
    }
    // Phase 1: channel chatter lede ignores (thread replies without a digest): each event is
    // verified, its id deduplicated and stored. Phase 2: links, each a stored job.
    for (phase, queues_jobs) in [("ignored messages", false), ("links (one job each)", true)] {
        let total = (RATE * SECONDS) as usize;
        let mut handles = Vec::with_capacity(total);
        let start = Instant::now();
        let offset = if queues_jobs { 100_000 } else { 10_000 };
        for n in 0..total {
            let due = start + Duration::from_micros(n as u64 * 1_000_000 / RATE);
            tokio::time::sleep_until(due.into()).await;
            let http = http.clone();
            let body = if queues_jobs {
                event(offset + n, &format!("http://{}/slow-article/{n}", fake.addr))
            } else {
                event(offset + n, "https://example.org/ignored")
                    .replace("\"channel_type\"", "\"thread_ts\":\"1.0\",\"channel_type\"")
            };
            handles.push(tokio::spawn(async move {
                let sent = Instant::now();
                let status = post_signed(&http, addr, "/slack/events", "application/json", &body, now(), &[])
                    .await
                    .status();
                (sent.elapsed(), status.as_u16())
            }));
        }
        let mut latencies = Vec::with_capacity(total);
        let mut failures = 0;
        for h in handles {
            let (latency, status) = h.await.unwrap();
            if status != 200 {
                failures += 1;
            }
            latencies.push(latency);
        }
        latencies.sort();
        let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
        println!(
            "ack latency, {phase}, {RATE} events/s for {SECONDS} s, 10 slow digests running: n={} p50={:.2?} p99={:.2?} max={:.2?} non-200={failures} jobs pending={}",
            latencies.len(),
            pct(0.50),
            pct(0.99),
            latencies[latencies.len() - 1],
            bot.state.worker.store().pending().unwrap_or(0),
        );
    }
    let _ = bot.shutdown().await;
    let _ = std::fs::remove_file(&db);
}
