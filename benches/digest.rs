//! A whole digest of a ~1,000-word article, and answers to follow-up questions about it.
//! Figures in docs/PERFORMANCE.md.

use criterion::{Criterion, criterion_group, criterion_main};
use lede::extract::digest::digest_doc;
use lede::extract::{Anchor, AnchorSource, Article, DigestOptions, Doc, answer, digest};
use std::hint::black_box;

/// Two example articles run together: about 1,000 words.
fn article() -> Article {
    let text = format!(
        "{}\n\n{}",
        include_str!("../examples/iphone4-free-cases.txt"),
        include_str!("../examples/aer-lingus-airbus-order.txt")
    );
    lede::article::from_plain_text(text).expect("example articles are plain text")
}

fn anchor() -> Anchor {
    Anchor { date: jiff::civil::date(2010, 7, 17), source: AnchorSource::Given }
}

fn bench_digest(c: &mut Criterion) {
    let article = article();
    let options = DigestOptions::default();
    c.bench_function("digest 1000 words (segment, summary, actors, timeline)", |b| {
        b.iter(|| digest(black_box(&article), anchor(), &options))
    });
}

fn bench_answer(c: &mut Criterion) {
    let article = article();
    let doc = Doc::new(&article.text);
    let digest = digest_doc(&article, &doc, anchor(), &DigestOptions::default());
    c.bench_function("answer: how many (1000 words)", |b| {
        b.iter(|| {
            answer(&digest, &doc, black_box("How many iPhone 4 customers called AppleCare to complain?"))
        })
    });
    c.bench_function("answer: declined (1000 words)", |b| {
        b.iter(|| answer(&digest, &doc, black_box("How many pilots does Aer Lingus employ?")))
    });
    c.bench_function("segment + digest + answer (1000 words)", |b| {
        b.iter(|| {
            let doc = Doc::new(&article.text);
            let digest = digest_doc(&article, &doc, anchor(), &DigestOptions::default());
            answer(&digest, &doc, black_box("When will the bumpers stop being free?"))
        })
    });
}

criterion_group!(benches, bench_digest, bench_answer);
criterion_main!(benches);
