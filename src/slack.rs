//! Everything Slack: the Events API and Socket Mode listeners, signature checks, payload
//! handling, Block Kit rendering and the Web API client. The only module that may import
//! `slack_morphism`; it holds no extraction logic.
//!
//! Not built yet: the bot lands with issue #7. Until then lede is the `lede digest` command.
