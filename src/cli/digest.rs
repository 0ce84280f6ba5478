//! `lede digest`: the whole digest of one or more articles, offline.

use crate::article::fetch::FetchSettings;
use crate::cli::input::{fetch_settings_from_env, read_article};
use crate::cli::published::PublishedArg;
use crate::cli::{CliError, text};
use crate::extract::{Anchor, Digest, DigestOptions, Published, SummaryOptions, digest};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// Output formats of `lede digest`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For a person at a terminal.
    Text,
    /// The digest contract (DESIGN.md); one JSON document per line for several inputs.
    Json,
    /// The Slack reply as Block Kit JSON (`{"text", "blocks"}`), pasteable into Block Kit Builder.
    Blocks,
}

/// Arguments of `lede digest`.
#[derive(Debug, Args)]
pub struct DigestArgs {
    #[command(flatten)]
    published: PublishedArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Most words in the summary.
    #[arg(long, value_name = "N", default_value_t = SummaryOptions::default().max_words)]
    max_words: usize,
    /// Articles: links, plain-text or HTML files, or - for standard input.
    #[arg(value_name = "PATH|URL|-", required = true)]
    inputs: Vec<String>,
}

pub fn run(args: DigestArgs) -> Result<ExitCode, CliError> {
    let given = args.published.given()?;
    if args.max_words == 0 {
        return Err(CliError::Usage("--max-words must be at least 1".into()));
    }
    let options = DigestOptions {
        summary: SummaryOptions { max_words: args.max_words, ..SummaryOptions::default() },
        ..DigestOptions::default()
    };
    let today = jiff::Zoned::now().date();
    let fetch = fetch_settings_from_env().map_err(CliError::Usage)?;
    let batch = args.inputs.len() > 1;
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    for (n, source) in args.inputs.iter().enumerate() {
        let result = digest_one(source, given, today, &fetch, &options);
        let written = match (&result, args.format) {
            (Ok((digest, text)), Format::Blocks) => {
                let reply = crate::jobs::DigestReply::new(digest.clone(), text.clone());
                let rendered = crate::slack::render::render(&crate::jobs::Reply::Digest(Box::new(reply)));
                let json = rendered.to_json();
                if batch {
                    serde_json::to_writer(&mut out, &json)
                } else {
                    serde_json::to_writer_pretty(&mut out, &json)
                }
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
            }
            (Ok((digest, _)), Format::Json) if batch => serde_json::to_writer(&mut out, digest)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out)),
            (Ok((digest, _)), Format::Json) => serde_json::to_writer_pretty(&mut out, digest)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out)),
            (Ok((digest, _)), Format::Text) => {
                let separator = if n > 0 { format!("\n{}\n", "─".repeat(72)) } else { String::new() };
                write!(out, "{separator}{}", text::render(digest))
            }
            (Err(message), Format::Json | Format::Blocks) if batch => {
                // Keep one line per input, so line N of the output is input N's.
                writeln!(out, "{}", serde_json::json!({ "input": source, "error": message }))
            }
            (Err(_), _) => Ok(()),
        };
        written.map_err(|e| CliError::Other(anyhow::anyhow!("cannot write the output: {e}")))?;
        if let Err(message) = result {
            failed = true;
            if batch {
                eprintln!("lede: {message}");
            } else {
                return Err(CliError::Usage(message));
            }
        }
    }
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// Reads and digests one input; the error is the one-line message for the user.
fn digest_one(
    source: &str,
    given: Option<Published>,
    today: jiff::civil::Date,
    fetch: &FetchSettings,
    options: &DigestOptions,
) -> Result<(Digest, String), String> {
    let article = read_article(source, today, fetch).map_err(|e| e.to_string())?.article;
    let anchor = Anchor::choose(given, &article, today);
    let made = digest(&article, anchor, options);
    Ok((made, article.text))
}
