//! `lede entities`: every entity mention of an article, as text or JSON.

use crate::cli::CliError;
use crate::cli::input::{fetch_settings_from_env, read_article};
use crate::extract::Doc;
use crate::extract::ner::{Mention, MentionKind, mentions};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

/// Output formats of `lede entities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One mention a line: offsets, label, kind, text.
    Text,
    /// `[{"start", "end", "text", "label", "kind"}]`.
    Json,
}

/// Arguments of `lede entities`.
#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// The article: a link, a plain-text or HTML file, or - for standard input.
    #[arg(value_name = "PATH|URL|-")]
    input: String,
}

/// One mention in the JSON output (DESIGN.md).
#[derive(Debug, Serialize)]
struct MentionJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    label: &'static str,
    kind: MentionKind,
}

/// Runs `lede entities`: reads the article, tags it, prints every mention.
pub fn run(args: EntitiesArgs) -> Result<ExitCode, CliError> {
    let fetch = fetch_settings_from_env().map_err(CliError::Usage)?;
    let article = read_article(&args.input, jiff::Zoned::now().date(), &fetch)
        .map_err(|e| CliError::Usage(e.to_string()))?
        .article;
    let doc = Doc::new(&article.text);
    let found: Vec<Mention> = mentions(&doc);
    let items: Vec<MentionJson> = found
        .iter()
        .map(|m| MentionJson {
            start: m.span.start,
            end: m.span.end,
            text: doc.span_text(m.span),
            label: m.label.as_str(),
            kind: m.kind,
        })
        .collect();
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Json => {
            serde_json::to_writer(&mut out, &items).map_err(std::io::Error::from).and_then(|()| writeln!(out))
        }
        Format::Text => items.iter().try_for_each(|m| {
            let kind = serde_json::to_value(m.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            writeln!(out, "{}–{}\t{}\t{}\t{}", m.start, m.end, m.label, kind, m.text)
        }),
    };
    written.map_err(|e| CliError::Other(anyhow::anyhow!("cannot write the output: {e}")))?;
    Ok(ExitCode::SUCCESS)
}
