//! Segmentation and the whole digest on the bundled example articles.
//!
//! `cargo bench --bench segment`; figures go in docs/PERFORMANCE.md.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jiff::civil::date;
use lede::extract::{Anchor, AnchorSource, Article, DigestOptions, Doc, digest};
use std::hint::black_box;

fn examples() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("example text")).collect()
}

fn bench(c: &mut Criterion) {
    let texts = examples();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("examples");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("segment", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(Doc::new(black_box(text)));
            }
        })
    });
    let articles: Vec<Article> =
        texts.iter().map(|t| Article { text: t.clone(), ..Article::default() }).collect();
    let anchor = Anchor { date: date(2023, 6, 14), source: AnchorSource::Given };
    let options = DigestOptions::default();
    group.bench_function("digest", |b| {
        b.iter(|| {
            for article in &articles {
                black_box(digest(black_box(article), anchor, &options));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
