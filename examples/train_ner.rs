//! Trains lede's NER tagger (greedy averaged perceptron over BILOU tags) and writes the
//! weights file that the binary embeds (`models/ner.bin`).
//!
//! ```text
//! cargo run --release --example train_ner -- --out models/ner.bin --runs 8 --sports 1000 \
//!     --silver /tmp/gmb-silver.conll --re3d ../shared/data/ner/re3d/CONLL-format/data-by-source/conll
//! ```
//!
//! Inputs (see `models/README.md` for their licences): CoNLL-style files whose tags are
//! PER/ORG/LOC/MISC (IOB1 or IOB2), and the re3d per-document folder (its types are mapped:
//! Person → PER, Organisation → ORG, Location → LOC, Nationality → MISC; nominal mentions, which
//! CoNLL does not mark, are dropped). Deterministic: a fixed seed shuffles the documents.
//! Never pass CoNLL-2003 or wikigold here: they are the evaluation sets.
//! `--sports N` adds N synthetic sports reports (`train_ner/sports.rs`: teams named after their
//! town or country are ORG), generated with a fixed seed; the shipped model uses 1000, with
//! `--sports-rate 0.3` (the default: how much they move the general features).
//!
//! Silver and gold labels alike are cleaned to CoNLL's conventions (capitalised names only, no
//! leading "the"). Defaults: 3 epochs, all with teacher forcing (the previous-tag features see
//! the gold history, `--forced-epochs N` to limit that), weights below 0.05 dropped
//! (`--min-weight`), one run (`--runs N` trains N perceptrons, each on its own shuffle of the
//! documents, and averages them; the shipped model uses 8). These were chosen on wikigold (its
//! dev role): fewer epochs and full teacher forcing fit the teacher's noise less. The document's label history (a feature: the
//! label a capitalised word got earlier in the document) is filled with the model's own guesses
//! while training, as it is when tagging (`--history gold` to fill it with the labels instead).

use lede::eval::ner::{ConllDocument, chunks, read_conll};
use lede::extract::ner::features::{DocContext, N_TAGS, OUTSIDE, Prepared, Tag, make_tag};
use lede::extract::ner::model::{KeyMap, Model};
use lede::extract::ner::{EntityLabel, WordEntity, best_tag};
use std::path::{Path, PathBuf};

#[path = "train_ner/rng.rs"]
mod rng;
#[path = "train_ner/sports.rs"]
mod sports;

use rng::Rng;

/// One training document: sentences of words with BILOU tags.
struct Example {
    sentences: Vec<(Vec<String>, Vec<Tag>)>,
    /// A generated sports report: it moves the general features only at `--sports-rate` and the
    /// sports-report features in full, so that what it teaches (a town before a score is a
    /// team) stays mostly inside sports reports.
    synthetic: bool,
}

fn bilou(len: usize, entities: &[WordEntity]) -> Vec<Tag> {
    let mut tags = vec![OUTSIDE; len];
    for e in entities {
        let l = e.label as u8;
        let (s, t) = (e.words.start, e.words.end);
        if t - s == 1 {
            tags[s] = make_tag(l, 3);
        } else {
            tags[s] = make_tag(l, 0);
            for tag in &mut tags[s + 1..t - 1] {
                *tag = make_tag(l, 1);
            }
            tags[t - 1] = make_tag(l, 2);
        }
    }
    tags
}

fn conll_label(name: &str) -> Option<EntityLabel> {
    EntityLabel::parse(name)
}

fn re3d_label(name: &str) -> Option<EntityLabel> {
    match name {
        "Person" => Some(EntityLabel::Per),
        "Organisation" => Some(EntityLabel::Org),
        "Location" => Some(EntityLabel::Loc),
        "Nationality" => Some(EntityLabel::Misc),
        _ => None,
    }
}

/// Keeps names only: an entity must have a capitalised word; a leading "the" is cut off.
fn names_only(words: &[String], entities: Vec<WordEntity>) -> Vec<WordEntity> {
    entities
        .into_iter()
        .filter_map(|mut e| {
            while e.words.len() > 1 && words[e.words.start].eq_ignore_ascii_case("the") {
                e.words.start += 1;
            }
            let proper = words[e.words.clone()].iter().all(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    || matches!(w.as_str(), "of" | "and" | "for" | "de" | "al" | "the")
            });
            let first_cap = words[e.words.start].chars().next().is_some_and(char::is_uppercase);
            (proper && first_cap).then_some(e)
        })
        .collect()
}

fn examples(
    docs: Vec<ConllDocument>,
    label: fn(&str) -> Option<EntityLabel>,
    filter_names: bool,
) -> Vec<Example> {
    docs.into_iter()
        .map(|doc| Example {
            synthetic: false,
            sentences: doc
                .sentences
                .into_iter()
                .map(|s| {
                    let mut entities = chunks(&s.tags, label);
                    if filter_names {
                        entities = names_only(&s.words, entities);
                    }
                    let tags = bilou(s.words.len(), &entities);
                    (s.words, tags)
                })
                .collect(),
        })
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Averaged perceptron with lazy averaging.
#[derive(Default)]
struct Trainer {
    weights: KeyMap<[f32; N_TAGS]>,
    totals: KeyMap<[f32; N_TAGS]>,
    stamps: KeyMap<[u32; N_TAGS]>,
    step: u32,
}

impl Trainer {
    fn score(&self, features: &[u32]) -> [f32; N_TAGS] {
        let mut s = [0f32; N_TAGS];
        for f in features {
            if let Some(row) = self.weights.get(f) {
                for (a, b) in s.iter_mut().zip(row) {
                    *a += b;
                }
            }
        }
        s
    }

    fn update(&mut self, features: &[u32], truth: Tag, guess: Tag, rate: f32) {
        for &f in features {
            let w = self.weights.entry(f).or_insert([0.0; N_TAGS]);
            let t = self.totals.entry(f).or_insert([0.0; N_TAGS]);
            let st = self.stamps.entry(f).or_insert([0; N_TAGS]);
            for (tag, delta) in [(truth as usize, rate), (guess as usize, -rate)] {
                t[tag] += (self.step - st[tag]) as f32 * w[tag];
                st[tag] = self.step;
                w[tag] += delta;
            }
        }
    }

    fn averaged(mut self) -> KeyMap<[f32; N_TAGS]> {
        let step = self.step.max(1);
        for (f, w) in self.weights.iter_mut() {
            let t = &self.totals[f];
            let st = &self.stamps[f];
            for tag in 0..N_TAGS {
                let total = t[tag] + (step - st[tag]) as f32 * w[tag];
                w[tag] = total / step as f32;
            }
        }
        self.weights
    }
}

/// Capitals only, as a 1990s wire headline would be.
fn shout(words: &[String]) -> Vec<String> {
    words.iter().map(|w| w.to_uppercase()).collect()
}

/// Training settings (see the module comment for their defaults).
#[derive(Clone, Copy)]
struct Settings {
    epochs: usize,
    forced_epochs: usize,
    history_from_guesses: bool,
    shout_every: u64,
    /// How much a generated sports report moves the general features (the sports features
    /// move in full).
    sports_rate: f32,
}

/// One averaged perceptron, trained on the documents shuffled with `seed`.
fn train(data: &mut [Example], seed: u64, settings: &Settings) -> KeyMap<[f32; N_TAGS]> {
    let Settings { epochs, forced_epochs, history_from_guesses, shout_every, sports_rate } = *settings;
    let mut rng = Rng(seed);
    let mut trainer = Trainer::default();
    let mut features = Vec::with_capacity(64);
    let mut sports_only = Vec::with_capacity(8);
    for epoch in 0..epochs {
        rng.shuffle(data);
        let (mut right, mut total) = (0usize, 0usize);
        for example in data.iter() {
            let mut ctx = DocContext::new(
                example.sentences.iter().map(|(w, _)| w.iter().map(String::as_str).collect::<Vec<_>>()),
            );
            for (words, gold) in &example.sentences {
                // One sentence in `shout_every` (12) is also seen in capitals, like a wire headline.
                let variants: Vec<Vec<String>> = if rng.next().is_multiple_of(shout_every) {
                    vec![words.clone(), shout(words)]
                } else {
                    vec![words.clone()]
                };
                let mut guesses: Vec<Tag> = Vec::new();
                for (v, variant) in variants.iter().enumerate() {
                    let refs: Vec<&str> = variant.iter().map(String::as_str).collect();
                    let prepared = Prepared::new(&refs);
                    let (mut prev, mut prev2) = (OUTSIDE, OUTSIDE);
                    for (i, &truth) in gold.iter().enumerate() {
                        features.clear();
                        prepared.static_features(i, &ctx, &mut features);
                        prepared.dynamic_features(i, prev, prev2, &mut features);
                        let scores = trainer.score(&features);
                        let guess = best_tag(&scores, prev, i + 1 == refs.len());
                        trainer.step += 1;
                        if guess != truth && example.synthetic {
                            // All features at `sports_rate`, the sports features in full.
                            sports_only.clear();
                            prepared.sports_features(i, &ctx, &mut sports_only);
                            trainer.update(&features, truth, guess, sports_rate);
                            trainer.update(&sports_only, truth, guess, 1.0 - sports_rate);
                        } else if guess != truth {
                            trainer.update(&features, truth, guess, 1.0);
                        } else {
                            right += 1;
                        }
                        total += 1;
                        if v == 0 {
                            guesses.push(guess);
                        }
                        // Teacher forcing (the gold history) in the first `forced_epochs` epochs.
                        prev2 = prev;
                        prev = if epoch < forced_epochs { truth } else { guess };
                    }
                }
                let refs: Vec<&str> = words.iter().map(String::as_str).collect();
                // The history holds the model's own guesses, as it will when tagging.
                ctx.remember(&refs, if history_from_guesses { &guesses } else { gold });
            }
        }
        eprintln!("epoch {epoch}: token accuracy {:.4}", right as f64 / total.max(1) as f64);
    }
    trainer.averaged()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = PathBuf::from("models/ner.bin");
    let mut epochs = 3usize;
    let mut min_weight = 0.05f32;
    let mut forced_epochs = usize::MAX;
    let mut history_from_guesses = true;
    let mut shout_every = 12u64;
    let mut runs = 1usize;
    let mut sports_rate = 0.3f32;
    let mut data: Vec<Example> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--out" => out = PathBuf::from(value),
            "--epochs" => epochs = value.parse().expect("--epochs N"),
            "--sports-rate" => sports_rate = value.parse().expect("--sports-rate R"),
            "--runs" => runs = value.parse::<usize>().expect("--runs N").max(1),
            "--min-weight" => min_weight = value.parse().expect("--min-weight W"),
            "--forced-epochs" => forced_epochs = value.parse().expect("--forced-epochs N"),
            "--history" => history_from_guesses = value == "guesses",
            "--shout-every" => shout_every = value.parse::<u64>().expect("--shout-every N").max(1),
            "--silver" | "--conll" => {
                let docs = read_conll(&read(Path::new(&value)));
                eprintln!("{value}: {} documents", docs.len());
                data.extend(examples(docs, conll_label, true));
            }
            "--re3d" => {
                let mut files = Vec::new();
                files_under(Path::new(&value), &mut files);
                let docs: Vec<ConllDocument> = files
                    .iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "conll"))
                    .flat_map(|p| read_conll(&read(p)))
                    .collect();
                eprintln!("{value}: {} documents", docs.len());
                data.extend(examples(docs, re3d_label, true));
            }
            "--sports" => {
                let n: usize = value.parse().expect("--sports N");
                let docs = sports::documents(n, 0x5B0_2026);
                eprintln!(
                    "sports: {} documents, {} sentences",
                    docs.len(),
                    docs.iter().map(Vec::len).sum::<usize>()
                );
                // `LEDE_SPORTS_DUMP=1`: show the first documents, labels in brackets.
                if std::env::var_os("LEDE_SPORTS_DUMP").is_some() {
                    for (words, entities) in docs.iter().take(3).flatten() {
                        let mut line: Vec<String> = words.clone();
                        for e in entities {
                            line[e.words.start] = format!("[{}", line[e.words.start]);
                            line[e.words.end - 1] = format!("{}]{}", line[e.words.end - 1], e.label.as_str());
                        }
                        eprintln!("{}", line.join(" "));
                    }
                }
                data.extend(docs.into_iter().map(|doc| {
                    Example {
                        synthetic: true,
                        sentences: doc
                            .into_iter()
                            .map(|(words, entities)| {
                                let tags = bilou(words.len(), &entities);
                                (words, tags)
                            })
                            .collect(),
                    }
                }));
            }
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    assert!(!data.is_empty(), "no training data given");
    let settings = Settings { epochs, forced_epochs, history_from_guesses, shout_every, sports_rate };
    // `--runs N`: N perceptrons, each on its own shuffle of the documents, averaged into one.
    let mut weights: KeyMap<[f32; N_TAGS]> = KeyMap::default();
    for run in 0..runs {
        let seed = 0x1ede_2026u64.wrapping_add(0x9e37_79b9_7f4a_7c15u64.wrapping_mul(run as u64));
        let one = train(&mut data, seed, &settings);
        for (f, row) in one {
            let sum = weights.entry(f).or_insert([0.0; N_TAGS]);
            for (s, w) in sum.iter_mut().zip(row) {
                *s += w / runs as f32;
            }
        }
    }
    let bytes = Model::to_bytes(&weights, min_weight);
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    eprintln!(
        "{}: {} features, {} bytes",
        out.display(),
        Model::from_bytes(&bytes).map(|m| m.features()).unwrap_or(0),
        bytes.len()
    );
}
