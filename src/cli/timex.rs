//! `lede timex`: every time expression of a text, with its TIMEX3 type and value.

use crate::cli::CliError;
use crate::cli::input::{fetch_settings_from_env, read_article};
use crate::cli::published::PublishedArg;
use crate::extract::timex::find_timexes;
use crate::extract::{Anchor, AnchorSource, Doc};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

/// Output formats of `lede timex`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One expression a line, for a person.
    Text,
    /// A JSON array (DESIGN.md).
    Json,
}

/// Arguments of `lede timex`.
#[derive(Debug, Args)]
pub struct TimexArgs {
    #[command(flatten)]
    published: PublishedArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// A link, a plain-text or HTML file, or - for standard input.
    #[arg(value_name = "PATH|URL|-")]
    input: String,
}

/// One item of `lede timex --format json`.
#[derive(Debug, Serialize)]
struct Item<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: crate::extract::TimexType,
    value: &'a str,
    end_value: Option<&'a str>,
    #[serde(rename = "mod")]
    modifier: Option<crate::extract::TimexMod>,
}

/// Runs `lede timex`.
pub fn run(args: TimexArgs) -> Result<ExitCode, CliError> {
    let given = args.published.given()?;
    let fetch = fetch_settings_from_env().map_err(CliError::Usage)?;
    let today = jiff::Zoned::now().date();
    let article =
        read_article(&args.input, today, &fetch).map_err(|e| CliError::Usage(e.to_string()))?.article;
    let anchor = Anchor::choose(given, &article, today);
    if anchor.source == AnchorSource::Assumed {
        eprintln!(
            "lede: note: no publication date given or found; dates resolved against today ({})",
            anchor.date
        );
    }
    let doc = Doc::new(&article.text);
    let timexes = find_timexes(&doc, anchor.date);
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Json => {
            let items: Vec<Item> = timexes
                .iter()
                .map(|t| Item {
                    start: t.span.start,
                    end: t.span.end,
                    text: doc.span_text(t.span),
                    kind: t.kind,
                    value: &t.value,
                    end_value: t.end_value.as_deref(),
                    modifier: t.modifier,
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &items)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Format::Text => timexes.iter().try_for_each(|t| {
            let modifier = t.modifier.map(|m| format!(" {}", m.code())).unwrap_or_default();
            writeln!(
                out,
                "{}–{}\t{:?}\t{}{modifier}\t{}",
                t.span.start,
                t.span.end,
                t.kind,
                t.value,
                doc.span_text(t.span)
            )
        }),
    };
    written.map_err(|e| CliError::Other(anyhow::anyhow!("cannot write the output: {e}")))?;
    Ok(ExitCode::SUCCESS)
}
