//! Persistence for the bot: the durable job queue, processed Slack event ids, thread → digest
//! for follow-up questions, and the URL cache. SQLite by default, PostgreSQL for replicas.
//!
//! Not built yet: it lands with the bot (issue #7), which is its only user.
