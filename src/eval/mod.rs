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

use thiserror::Error;

/// Why a set of our own fixtures (questions, expected timeline entries) could not be run.
#[derive(Debug, Error)]
pub enum FixtureSetError {
    /// A file cannot be read.
    #[error("{0}: cannot read it: {1}")]
    Read(String, String),
    /// A line of the set is not the JSON we expect.
    #[error("{0}, line {1}: {2}")]
    Parse(String, usize, String),
    /// An article of the set is not a plain-text article.
    #[error("{0}: {1}")]
    Article(String, String),
}
