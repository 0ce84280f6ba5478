//! Speed of entity tagging and key-actor extraction, on the sample articles in `examples/`
//! (repeated to make a long text). Throughput is reported in tokens (the tagger's unit).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lede::extract::Doc;
use lede::extract::actors::find_actors;
use lede::extract::ner::{mentions, tag_document};
use std::hint::black_box;

const ARTICLES: [&str; 5] = [
    include_str!("../examples/aer-lingus-airbus-order.txt"),
    include_str!("../examples/apple-corps-sues-apple-computer.txt"),
    include_str!("../examples/apple-executive-papermaster-leaves.txt"),
    include_str!("../examples/boeing-787-dreamliner-unveiled.txt"),
    include_str!("../examples/iphone4-free-cases.txt"),
];

fn bench(c: &mut Criterion) {
    let text = ARTICLES.join("\n\n");
    let doc = Doc::new(&text);
    let words: Vec<Vec<&str>> = (0..doc.sentences().len())
        .map(|i| doc.sentence_tokens(i).iter().map(|t| doc.span_text(t.span)).collect())
        .collect();
    let tokens = doc.tokens().len() as u64;
    let _ = tag_document(&words); // load the model outside the timings
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(tokens));
    group.bench_function("tag_document (5 articles, gold tokens)", |b| {
        b.iter(|| tag_document(black_box(&words)))
    });
    group.bench_function("mentions (5 articles, from a Doc)", |b| b.iter(|| mentions(black_box(&doc))));
    let found = mentions(&doc);
    group.bench_function("find_actors (5 articles)", |b| {
        b.iter(|| find_actors(black_box(&doc), black_box(&found)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
