//! `lede eval`: quality against public data (see `docs/QUALITY.md`).

use crate::cli::CliError;
use crate::eval::summary as summary_eval;
use crate::extract::SummaryOptions;
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
    /// Follow-up answers against a question set (JSON Lines, e.g. tests/fixtures/qa.jsonl).
    Qa,
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
    /// (summary) Also refit the summary weights on PATH, print them in weights.tsv form, and
    /// cross-validate the fit on two halves of PATH.
    #[arg(long)]
    fit: bool,
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
    if args.target == Target::Summary {
        return summary(&args.path, args.fit);
    }
    if args.target == Target::Qa {
        return qa(&args.path);
    }
    let issue = match args.target {
        Target::Timex => 3,
        Target::Ner | Target::Actors => 4,
        Target::Summary | Target::Qa => 5,
        Target::Extract => 6,
    };
    Err(CliError::Usage(format!(
        "lede eval {}: not built into this version yet (issue #{issue})",
        args.target.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
    )))
}

/// `lede eval summary PATH`: ROUGE of our summaries and of Lead-3, in the same run.
fn summary(path: &str, fit: bool) -> Result<ExitCode, CliError> {
    let report = summary_eval::evaluate(path, &SummaryOptions::default())
        .map_err(|e| CliError::Usage(e.to_string()))?;
    print!("{}", report.render(path));
    if fit {
        let fitted = summary_eval::fit(path, &SummaryOptions::default())
            .map_err(|e| CliError::Usage(e.to_string()))?;
        print!("{}", fitted.render());
    }
    Ok(ExitCode::SUCCESS)
}

/// `lede eval qa PATH`: the share of questions answered (or declined) correctly.
fn qa(path: &str) -> Result<ExitCode, CliError> {
    let report = crate::eval::qa::evaluate(path).map_err(|e| CliError::Usage(e.to_string()))?;
    print!("{}", report.render(path));
    Ok(ExitCode::SUCCESS)
}
