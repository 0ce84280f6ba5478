//! lede: a Slack bot for newsrooms. Someone shares an article; lede replies in the thread
//! with a digest — a short summary, the key actors and a timeline — in which every item
//! points at the sentence it came from.
//!
//! Layers (see `docs/ARCHITECTURE.md` and `../shared/DESIGN.md`):
//! - [`extract`]: the pure core, text → `Doc` → `Digest`;
//! - [`article`]: getting an `Article` from text (and, later, HTML and links);
//! - [`cli`]: the `lede` commands and their wiring;
//! - [`slack`], [`jobs`], [`store`]: the bot's edge, its durable work and its persistence.

pub mod article;
pub mod cli;
pub mod eval;
pub mod extract;
pub mod jobs;
pub mod slack;
pub mod store;
