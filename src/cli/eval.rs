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

/// Runs `lede eval`: the targets built so far (`ner`, `actors`), a usage error for the others.
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
    let score = match std::env::var_os("LEDE_NER_MODEL") {
        Some(file) => {
            let bytes = std::fs::read(&file).map_err(|e| {
                CliError::Usage(format!("LEDE_NER_MODEL={}: cannot read it: {e}", file.to_string_lossy()))
            })?;
            let model = crate::extract::ner::model::Model::from_bytes(&bytes)
                .map_err(|e| CliError::Usage(format!("LEDE_NER_MODEL={}: {e}", file.to_string_lossy())))?;
            crate::eval::ner::evaluate_with(&model, &docs)
        }
        None => crate::eval::ner::evaluate(&docs),
    };
    let seconds = started.elapsed().as_secs_f64();
    print!("{}", crate::eval::ner::render(&score));
    println!(
        "tagged in {seconds:.2} s ({:.0} tokens/s, model load included)",
        score.tokens as f64 / seconds.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

/// `lede eval actors DIR`: key actors against MEANTIME entity instances (every `.xml` under DIR).
fn eval_actors(path: &str) -> Result<ExitCode, CliError> {
    let mut files = Vec::new();
    collect_xml(std::path::Path::new(path), &mut files)
        .map_err(|e| CliError::Usage(format!("{path}: cannot read the folder: {e}")))?;
    if files.is_empty() {
        return Err(CliError::Usage(format!("{path}: no MEANTIME .xml files found")));
    }
    files.sort();
    let mut score = crate::eval::actors::ActorScore::default();
    for file in &files {
        let xml = std::fs::read_to_string(file)
            .map_err(|e| CliError::Usage(format!("{}: cannot read it: {e}", file.display())))?;
        let doc = crate::eval::actors::read_meantime(&xml);
        if !doc.text.is_empty() {
            crate::eval::actors::score_doc(&doc, &mut score);
        }
    }
    if score.documents == 0 {
        return Err(CliError::Usage(format!(
            "{path}: no MEANTIME documents (CAT XML with <token> elements) found"
        )));
    }
    print!("{}", crate::eval::actors::render(&score));
    Ok(ExitCode::SUCCESS)
}

fn collect_xml(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_xml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "xml") {
            out.push(path);
        }
    }
    Ok(())
}
