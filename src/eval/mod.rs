//! Quality measurement against public data: readers for the benchmark formats and the
//! scorers, used by `lede eval`. Reads files, so it lives outside the pure `extract` core.
//!
//! One module per target (`timex`, `ner`, `actors`, `summary`, `extract`), each with its
//! format reader and its scorer.

pub mod actors;
pub mod extract;
pub mod gate;
pub mod ner;
pub mod qa;
pub mod rouge;
pub mod summary;
pub mod timeline;
pub mod timex;
