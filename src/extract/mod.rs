//! The extraction core: article text → [`Doc`] (paragraphs, sentences, tokens as byte spans)
//! → [`Digest`] (summary, actors, timeline, each item with its evidence).
//!
//! Pure by design: no I/O, no clock, no async, no Slack. The anchor date is an input
//! ([`Anchor`]), so the same article and anchor always give the same digest.

pub mod actors;
pub mod answer;
pub mod digest;
pub mod doc;
pub mod furniture;
pub mod input;
pub mod lexicon;
pub mod ner;
pub mod porter;
pub mod segment;
pub mod span;
pub mod summary;
pub mod terms;
pub mod timeline;
pub mod timex;
pub mod token;

pub use answer::{Answer, QuestionKind, answer};
pub use digest::{
    Actor, ActorKind, ArticleInfo, Digest, DigestOptions, Evidence, SummaryLine, Tense, TimelineEntry, digest,
};
pub use doc::{BlockKind, Doc, Paragraph, Sentence};
pub use input::{Anchor, AnchorSource, Article, Published};
pub use span::Span;
pub use summary::SummaryOptions;
pub use timex::{Timex, TimexMod, TimexType};
pub use token::{Token, TokenKind};
