//! `lede ask`: a follow-up answer about one article, quoting it.

use crate::cli::CliError;
use crate::cli::input::{fetch_settings_from_env, read_article};
use crate::cli::published::PublishedArg;
use crate::extract::digest::digest_doc;
use crate::extract::{Anchor, DigestOptions, Doc, answer};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// Output formats of `lede ask`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The reply, then the quoted sentences.
    Text,
    /// `{"question", "answered", "kind", "reply", "evidence": [{"sentence", "start", "end", "text"}]}`.
    Json,
}

/// Arguments of `lede ask`.
#[derive(Debug, Args)]
pub struct AskArgs {
    #[command(flatten)]
    published: PublishedArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// The article: a link, a plain-text or HTML file, or - for standard input.
    #[arg(value_name = "PATH|URL|-")]
    input: String,
    /// The question, in quotes.
    #[arg(value_name = "QUESTION")]
    question: String,
}

/// Runs `lede ask`: reads the article, digests it and prints the answer.
pub fn run(args: AskArgs) -> Result<ExitCode, CliError> {
    let given = args.published.given()?;
    if args.question.trim().is_empty() {
        return Err(CliError::Usage("the question is empty; ask it in quotes after the article".into()));
    }
    let fetch = fetch_settings_from_env().map_err(CliError::Usage)?;
    let today = jiff::Zoned::now().date();
    let article =
        read_article(&args.input, today, &fetch).map_err(|e| CliError::Usage(e.to_string()))?.article;
    let anchor = Anchor::choose(given, &article, today);
    let doc = Doc::new(&article.text);
    let digest = digest_doc(&article, &doc, anchor, &DigestOptions::default());
    let answer = answer(&digest, &doc, &args.question);
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Json => {
            let evidence: Vec<serde_json::Value> = answer
                .evidence
                .iter()
                .map(|e| {
                    serde_json::json!({"sentence": e.sentence, "start": e.start, "end": e.end,
                                       "text": doc.span_text(e.span())})
                })
                .collect();
            let value = serde_json::json!({
                "question": args.question, "answered": answer.answered, "kind": answer.kind,
                "reply": answer.reply, "evidence": evidence,
            });
            serde_json::to_writer_pretty(&mut out, &value)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Format::Text => {
            let mut text = format!("{}\n", answer.reply);
            for e in &answer.evidence {
                text.push_str(&format!(
                    "  > {} [s{} @{}–{}]\n",
                    doc.span_text(e.span()).trim(),
                    e.sentence,
                    e.start,
                    e.end
                ));
            }
            write!(out, "{text}")
        }
    };
    written.map_err(|e| CliError::Other(anyhow::anyhow!("cannot write the output: {e}")))?;
    Ok(ExitCode::SUCCESS)
}
