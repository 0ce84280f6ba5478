//! Everything Slack: the Events API and Socket Mode listeners, signature checks, payload
//! handling, Block Kit rendering and the Web API client. The only module that imports
//! `slack_morphism`; it holds no extraction logic.

pub mod bot;
pub mod client;
pub mod config;
pub mod listener;
pub mod render;
pub mod socket;

pub use bot::{Bot, BotState, serve};
pub use config::{BotConfig, ConfigError, Secret};
