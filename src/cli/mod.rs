//! The `lede` commands: argument parsing, configuration and wiring. No logic of its own: it
//! reads inputs, calls `article` and `extract`, and prints.
//!
//! Errors are one line on stderr, `lede: …`, with exit status 2 for bad input or usage and 1
//! for anything else; never a panic trace.

mod article;
mod ask;
mod digest;
mod entities;
mod eval;
mod input;
mod published;
mod serve;
mod text;
mod timex;

use clap::{Parser, Subcommand};
use std::process::ExitCode;
use thiserror::Error;

pub use input::{InputError, MAX_INPUT_BYTES, fetch_settings_from_env, read_article};
pub use published::parse_published;

/// lede: digests of news articles (summary, key actors, timeline), with evidence.
#[derive(Debug, Parser)]
#[command(name = "lede", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Digest one or more articles: summary, key actors and timeline.
    Digest(digest::DigestArgs),
    /// Show the article read from a link or file: headline, outlet, byline, dates, text.
    Article(article::ArticleArgs),
    /// Every entity mention of an article (PER, ORG, LOC, MISC).
    Entities(entities::EntitiesArgs),
    /// Measure quality against public data.
    Eval(eval::EvalArgs),
    /// Answer a follow-up question about an article, quoting it.
    Ask(ask::AskArgs),
    /// Every time expression of a text, with its TIMEX3 value.
    Timex(timex::TimexArgs),
    /// Run the Slack bot (HTTP Events API, or Socket Mode with --socket).
    Serve(serve::ServeArgs),
}

/// An error the user caused (exit status 2) or anything else (exit status 1).
#[derive(Debug, Error)]
pub enum CliError {
    /// Bad input or usage: the message says what is wrong and what to do.
    #[error("{0}")]
    Usage(String),
    /// Anything else.
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl CliError {
    fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Usage(_) => ExitCode::from(2),
            CliError::Other(_) => ExitCode::from(1),
        }
    }
}

/// Runs the `lede` command line and returns its exit status.
pub fn main() -> ExitCode {
    init_logging();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return clap_error(err),
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("lede: {}", one_line(&format!("{err:#}")));
            err.exit_code()
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, CliError> {
    match cli.command {
        Command::Digest(args) => digest::run(args),
        Command::Article(args) => article::run(args),
        Command::Entities(args) => entities::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Ask(args) => ask::run(args),
        Command::Timex(args) => timex::run(args),
        Command::Serve(args) => serve::run(args),
    }
}

/// Help and version go to stdout as clap prints them; usage errors become one `lede:` line.
fn clap_error(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            // clap's message runs until its usage block; fold it into one line.
            let rendered = err.render().to_string();
            let message: Vec<&str> = rendered
                .lines()
                .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
                .collect();
            let message = one_line(&message.join(" "));
            let message = message.trim_start_matches("error: ");
            eprintln!("lede: {message} (see lede --help)");
            ExitCode::from(2)
        }
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Logs go to stderr, warnings only unless `RUST_LOG` says otherwise. Article text and
/// tokens are never logged.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,html5ever=error"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
