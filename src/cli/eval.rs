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
    let path = std::path::Path::new(&args.path);
    if !path.exists() {
        return Err(CliError::Usage(format!("{}: no such file or folder", args.path)));
    }
    if args.target == Target::Extract {
        let report = crate::eval::extract::run(path, jiff::Zoned::now().date())?;
        print!("{report}");
        return Ok(ExitCode::SUCCESS);
    }
    let issue = match args.target {
        Target::Timex => 3,
        Target::Ner | Target::Actors => 4,
        Target::Summary => 5,
        Target::Extract => 6,
    };
    Err(CliError::Usage(format!(
        "lede eval {}: not built into this version yet (issue #{issue})",
        args.target.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
    )))
}
