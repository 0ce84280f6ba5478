//! HTML page → Article (main text, metadata, publication date, language).
//!
//! `cargo bench --bench extract`. Always measures the test fixture page; when
//! `../shared/data/extraction/wcxb-articles/dev` is beside the project, also the first 100 WCXB
//! dev pages (the figure docs/PERFORMANCE.md reports per page).

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use lede::article::decode::decode;
use lede::article::from_html;
use std::hint::black_box;
use std::io::Read;
use std::path::Path;

const WCXB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/extraction/wcxb-articles/dev/html");
const SAMPLE: usize = 100;

fn wcxb_pages() -> Vec<String> {
    let dir = Path::new(WCXB);
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("note: {WCXB} not found; benchmarking the fixture page only");
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .take(SAMPLE)
        .filter_map(|p| {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(p).ok()?).read_to_end(&mut bytes).ok()?;
            Some(decode(&bytes, None))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let today = date(2026, 11, 29);
    let fixture = include_str!("../tests/fixtures/council-budget.html");
    c.bench_function("extract/fixture page", |b| {
        b.iter(|| black_box(from_html(black_box(fixture), None, today)))
    });
    let pages = wcxb_pages();
    if !pages.is_empty() {
        let mut group = c.benchmark_group("extract");
        group.sample_size(10);
        group.bench_function(format!("wcxb dev, {} pages", pages.len()), |b| {
            b.iter(|| {
                for page in &pages {
                    let _ = black_box(from_html(black_box(page), None, today));
                }
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
