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
    /// Timeline entries against a journalist's expectations (a folder with `expected.jsonl`,
    /// e.g. tests/fixtures/timeline-entries).
    Timeline,
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
    /// Also print every disagreement with the gold data (missed, spurious, wrong value or
    /// extent).
    #[arg(long)]
    errors: bool,
}

/// Runs `lede eval`: reads the data at PATH for the target and prints its report.
pub fn run(args: EvalArgs) -> Result<ExitCode, CliError> {
    let path = std::path::Path::new(&args.path);
    if !path.exists() {
        return Err(CliError::Usage(format!("{}: no such file or folder", args.path)));
    }
    match args.target {
        Target::Timex => timex(&args),
        Target::Ner => eval_ner(&args.path),
        Target::Actors => eval_actors(&args.path),
        Target::Summary => summary(&args.path, args.fit),
        Target::Qa => qa(&args.path),
        Target::Timeline => {
            let report = crate::eval::timeline::evaluate(path).map_err(|e| CliError::Usage(e.to_string()))?;
            print!("{}", report.render(args.errors));
            Ok(ExitCode::SUCCESS)
        }
        Target::Extract => {
            let report = crate::eval::extract::run(path, jiff::Zoned::now().date())?;
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        }
    }
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

/// `lede eval timex PATH`: TempEval-3 measures per file and overall.
fn timex(args: &EvalArgs) -> Result<ExitCode, CliError> {
    use crate::eval::timex::{Counts, EvalError, files, read_gold, score, tag};
    use std::fmt::Write as _;
    let files = files(std::path::Path::new(&args.path)).map_err(|e| CliError::Usage(e.to_string()))?;
    let mut total = Counts::default();
    let mut report = String::new();
    let mut undated = 0;
    let mut skipped: Vec<String> = Vec::new();
    let fallback = jiff::civil::date(2000, 1, 1);
    let _ = writeln!(
        report,
        "{:<48} {:>4} {:>4} {:>7} {:>7} {:>7}",
        "file", "gold", "sys", "strict", "relaxed", "valueF1"
    );
    for path in &files {
        let doc = match read_gold(path) {
            Ok(doc) => doc,
            Err(EvalError::NotAnnotated(name)) => {
                skipped.push(name);
                continue;
            }
            Err(e) => return Err(CliError::Usage(e.to_string())),
        };
        if doc.dct.is_none() {
            undated += 1;
        }
        let system = tag(&doc, fallback);
        if args.errors {
            let _ = writeln!(report, "  DCT {:?}", doc.dct);
        }
        let (counts, mismatches) = score(&doc, &system);
        let _ = writeln!(
            report,
            "{:<48} {:>4} {:>4} {:>7.1} {:>7.1} {:>7.1}",
            doc.name,
            counts.gold,
            counts.system,
            100.0 * counts.strict_prf().2,
            100.0 * counts.relaxed_prf().2,
            100.0 * counts.value_f1()
        );
        if args.errors {
            for m in mismatches {
                let show = |p: &Option<(String, String)>| {
                    p.as_ref().map(|(t, v)| format!("{t:?} {v}")).unwrap_or_else(|| "-".into())
                };
                let _ =
                    writeln!(report, "    {:<8} gold {} | lede {}", m.what, show(&m.gold), show(&m.system));
                let _ = writeln!(report, "             … {} …", m.context);
            }
        }
        total.add(&counts);
    }
    if skipped.len() == files.len() {
        return Err(CliError::Usage(format!(
            "{}: no TimeML or NewsReader CAT document among its {} .tml/.xml files",
            args.path,
            files.len()
        )));
    }
    let (sp, sr, sf) = total.strict_prf();
    let (rp, rr, rf) = total.relaxed_prf();
    let _ = writeln!(
        report,
        "\noverall: {} files, {} gold, {} system timexes",
        files.len(),
        total.gold,
        total.system
    );
    if !skipped.is_empty() {
        let _ = writeln!(report, "  ({} files skipped: neither TimeML nor CAT XML)", skipped.len());
    }
    if undated > 0 {
        let _ = writeln!(
            report,
            "  ({undated} files without a DCT, anchored on their first full date, else {fallback})"
        );
    }
    let pct = |x: f64| 100.0 * x;
    let _ = writeln!(report, "  strict  extent  P {:.2}  R {:.2}  F1 {:.2}", pct(sp), pct(sr), pct(sf));
    let _ = writeln!(report, "  relaxed extent  P {:.2}  R {:.2}  F1 {:.2}", pct(rp), pct(rr), pct(rf));
    let _ = writeln!(
        report,
        "  value   accuracy {:.2}  F1 {:.2}",
        pct(total.value_accuracy()),
        pct(total.value_f1())
    );
    let _ = writeln!(
        report,
        "  type    accuracy {:.2}  F1 {:.2}",
        pct(total.type_accuracy()),
        pct(rf * total.type_accuracy())
    );
    print!("{report}");
    Ok(ExitCode::SUCCESS)
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
    let score = match other_ner_model()? {
        Some(model) => crate::eval::ner::evaluate_with(&model, &docs),
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

/// The weights file named by `LEDE_NER_MODEL`, if any (a research switch: compare weights
/// without rebuilding).
fn other_ner_model() -> Result<Option<crate::extract::ner::model::Model>, CliError> {
    let Some(file) = std::env::var_os("LEDE_NER_MODEL") else { return Ok(None) };
    let bytes = std::fs::read(&file).map_err(|e| {
        CliError::Usage(format!("LEDE_NER_MODEL={}: cannot read it: {e}", file.to_string_lossy()))
    })?;
    crate::extract::ner::model::Model::from_bytes(&bytes)
        .map(Some)
        .map_err(|e| CliError::Usage(format!("LEDE_NER_MODEL={}: {e}", file.to_string_lossy())))
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
    let other = other_ner_model()?;
    let model = other.as_ref().unwrap_or_else(|| crate::extract::ner::embedded_model());
    for file in &files {
        let xml = std::fs::read_to_string(file)
            .map_err(|e| CliError::Usage(format!("{}: cannot read it: {e}", file.display())))?;
        let doc = crate::eval::actors::read_meantime(&xml);
        if !doc.text.is_empty() {
            crate::eval::actors::score_doc_with(model, &doc, &mut score);
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
