//! `lede eval`: quality against public data (see `docs/QUALITY.md`).

use crate::cli::CliError;
use clap::{Args, ValueEnum};
use std::process::ExitCode;

/// What `lede eval` measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Target {
    /// Time expressions against TimeML `.tml` files or MEANTIME CAT XML (a folder).
    Timex,
    /// Entity mentions against a CoNLL-format file.
    Ner,
    /// Key actors against MEANTIME entity instances (a folder).
    Actors,
    /// Summaries against reference highlights (JSON Lines).
    Summary,
    /// Article extraction against benchmark pages (a folder).
    Extract,
}

/// Arguments of `lede eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// What to measure.
    #[arg(value_enum)]
    target: Target,
    /// The data: a file or folder, as the target expects.
    #[arg(value_name = "PATH")]
    path: String,
}

pub fn run(args: EvalArgs) -> Result<ExitCode, CliError> {
    let issue = match args.target {
        Target::Ner => return eval_ner(&args.path),
        Target::Actors => return eval_actors(&args.path),
        Target::Timex => 3,
        Target::Summary => 5,
        Target::Extract => 6,
    };
    Err(CliError::Usage(format!(
        "lede eval {}: not built into this version yet (issue #{issue})",
        args.target.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
    )))
}

/// `lede eval ner FILE`: conlleval-style entity P/R/F1 of the embedded tagger.
fn eval_ner(path: &str) -> Result<ExitCode, CliError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| CliError::Usage(format!("{path}: cannot read it: {e}")))?;
    let docs = crate::eval::ner::read_conll(&text);
    if docs.is_empty() {
        return Err(CliError::Usage(format!("{path}: no CoNLL sentences found")));
    }
    let started = std::time::Instant::now();
    let score = crate::eval::ner::evaluate(&docs);
    let seconds = started.elapsed().as_secs_f64();
    print!("{}", crate::eval::ner::render(&score));
    println!(
        "tagged in {seconds:.2} s ({:.0} tokens/s, model load included)",
        score.tokens as f64 / seconds.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

/// `lede eval actors DIR`: key actors against MEANTIME entity instances.
fn eval_actors(path: &str) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(format!("lede eval actors {path}: not built into this version yet (issue #4)")))
}
