//! `lede article`: the article lede reads from a page, a file or a link — to check what the
//! digest is built on.

use crate::cli::CliError;
use crate::cli::input::{fetch_settings_from_env, read_article};
use crate::extract::Published;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::process::ExitCode;

/// Output formats of `lede article`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Headline, facts, then the text.
    Text,
    /// `{"title", "byline", "site", "url", "published", "modified", "language", "text"}`.
    Json,
}

/// Arguments of `lede article`.
#[derive(Debug, Args)]
pub struct ArticleArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// A link, an HTML or plain-text file, or - for standard input.
    #[arg(value_name = "PATH|URL|-")]
    input: String,
}

/// The JSON shape of `lede article --format json` (DESIGN.md).
#[derive(Debug, Serialize)]
struct ArticleJson<'a> {
    title: Option<&'a str>,
    byline: Option<&'a str>,
    site: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    modified: Option<String>,
    language: Option<&'a str>,
    text: &'a str,
}

/// A publication time as the page gave it: a day, or an RFC 3339 time with the publisher's
/// offset.
fn when(p: Option<Published>) -> Option<String> {
    p.map(|p| match p {
        Published::Day(date) => date.to_string(),
        Published::Instant(ts, offset) => ts.display_with_offset(offset).to_string(),
    })
}

pub fn run(args: ArticleArgs) -> Result<ExitCode, CliError> {
    let fetch = fetch_settings_from_env().map_err(CliError::Usage)?;
    let today = jiff::Zoned::now().date();
    let acquired = read_article(&args.input, today, &fetch).map_err(|e| CliError::Usage(e.to_string()))?;
    let a = &acquired.article;
    let json = ArticleJson {
        title: a.title.as_deref(),
        byline: a.byline.as_deref(),
        site: a.site.as_deref(),
        url: a.url.as_deref(),
        published: when(a.published),
        modified: when(acquired.modified),
        language: a.language.as_deref(),
        text: &a.text,
    };
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&json).map_err(anyhow::Error::from)?),
        Format::Text => {
            println!("{}", json.title.unwrap_or("(untitled)"));
            let facts: Vec<String> = [
                json.site.map(str::to_string),
                json.byline.map(|b| format!("by {b}")),
                json.published.clone().map(|p| format!("published {p}")),
                json.modified
                    .clone()
                    .filter(|m| Some(m) != json.published.as_ref())
                    .map(|m| format!("updated {m}")),
                json.language.map(|l| format!("language {l}")),
                json.url.map(str::to_string),
            ]
            .into_iter()
            .flatten()
            .collect();
            println!("{}\n\n{}", facts.join(" · "), json.text);
        }
    }
    Ok(ExitCode::SUCCESS)
}
