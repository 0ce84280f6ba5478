//! Temporal tagging throughput: segment and tag whole articles (`Doc::new` + `find_timexes`).
//!
//! - `timex/examples`: the bundled `examples/*.txt` articles (always there);
//! - `timex/te3-silver`: the text of all 2,452 TempEval-3 silver documents, when
//!   `../shared/data/temporal/te3-silver` exists beside the repository (skipped otherwise).

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::{Date, date};
use lede::eval::timex::{files, read_timeml};
use lede::extract::Doc;
use lede::extract::timex::find_timexes;
use std::hint::black_box;
use std::path::Path;

fn tag_all(docs: &[(String, Date)]) -> usize {
    docs.iter().map(|(text, dct)| find_timexes(&Doc::new(text), *dct).len()).sum()
}

fn examples() -> Vec<(String, Date)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                out.push((text, date(2010, 1, 1)));
            }
        }
    }
    out
}

fn silver() -> Option<Vec<(String, Date)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/temporal/te3-silver");
    let paths = files(&dir).ok()?;
    let docs = paths
        .iter()
        .filter_map(|p| {
            let raw = std::fs::read_to_string(p).ok()?;
            let doc = read_timeml("", &raw);
            Some((doc.text, doc.dct.unwrap_or(date(2000, 1, 1))))
        })
        .collect();
    Some(docs)
}

fn bench(c: &mut Criterion) {
    let docs = examples();
    c.bench_function("timex/examples", |b| b.iter(|| black_box(tag_all(black_box(&docs)))));
    match silver() {
        Some(docs) => {
            let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
            eprintln!("te3-silver: {} documents, {} bytes of text", docs.len(), bytes);
            let mut group = c.benchmark_group("timex");
            group.sample_size(10);
            group.bench_function("te3-silver", |b| b.iter(|| black_box(tag_all(black_box(&docs)))));
            group.finish();
        }
        None => eprintln!("timex/te3-silver skipped: ../shared/data/temporal/te3-silver not found"),
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
