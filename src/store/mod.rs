//! Persistence for the bot: the durable job queue, processed Slack event ids, thread → digest
//! for follow-up questions, and the URL cache. SQLite (one file, WAL mode) by default.
//!
//! An event is acknowledged only after [`Store::accept`] has committed its jobs; a job that
//! was running when the process stopped is queued again by [`Store::resume`], and keeps the
//! `ts` of the reply it already posted so that it updates instead of posting twice.

use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::sync::Mutex;
use thiserror::Error;

/// A store failure.
#[derive(Debug, Error)]
pub enum StoreError {
    /// SQLite refused an operation.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored value could not be read back.
    #[error("database holds an unreadable value: {0}")]
    Corrupt(String),
    /// `LEDE_DATABASE_URL` names something this build cannot open.
    #[error("unsupported database URL {0:?}: use sqlite://PATH or sqlite::memory:")]
    UnsupportedUrl(String),
}

/// One stored job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredJob {
    /// Row id.
    pub id: i64,
    /// The job, as JSON (the `jobs` module owns its shape).
    pub payload: String,
    /// The `ts` of the reply already posted for it, if any.
    pub reply_ts: Option<String>,
    /// Earlier tries that failed on Slack's side.
    pub attempts: u32,
}

/// What [`Store::accept`] did with an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    /// Stored: this many new jobs.
    Queued(usize),
    /// Seen before (a retry, or the twin of a message already taken): nothing stored.
    Duplicate,
}

/// A digest kept for a thread, for follow-up questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadDigest {
    /// The article text the digest's offsets point into.
    pub text: String,
    /// The digest, as JSON.
    pub digest: String,
}

/// A cached digest of a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedLink {
    /// The thread it was posted in.
    pub channel: String,
    /// The thread's `ts`.
    pub thread_ts: String,
    /// The article text.
    pub text: String,
    /// The digest, as JSON.
    pub digest: String,
}

/// The store: one SQLite connection behind a mutex (SQLite serialises writers anyway).
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    channel TEXT,
    message_ts TEXT,
    reply_ts TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, id);
CREATE INDEX IF NOT EXISTS jobs_message ON jobs(channel, message_ts);
CREATE TABLE IF NOT EXISTS events (key TEXT PRIMARY KEY, seen INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS threads (
    channel TEXT NOT NULL, thread_ts TEXT NOT NULL, text TEXT NOT NULL, digest TEXT NOT NULL,
    created INTEGER NOT NULL, PRIMARY KEY (channel, thread_ts)
);
CREATE TABLE IF NOT EXISTS links (
    url TEXT PRIMARY KEY, channel TEXT NOT NULL, thread_ts TEXT NOT NULL, text TEXT NOT NULL,
    digest TEXT NOT NULL, created INTEGER NOT NULL
);
";

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

impl Store {
    /// Opens the store named by a `LEDE_DATABASE_URL`: `sqlite://PATH`, `sqlite:PATH` or
    /// `sqlite::memory:`.
    pub fn open_url(url: &str) -> Result<Store, StoreError> {
        if url == "sqlite::memory:" {
            return Store::from_connection(Connection::open_in_memory()?);
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .filter(|p| !p.is_empty())
            .ok_or_else(|| StoreError::UnsupportedUrl(url.to_string()))?;
        Store::open(Path::new(path))
    }

    /// Opens (creating if needed) the SQLite file at `path`, in WAL mode.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Store::from_connection(conn)
    }

    fn from_connection(conn: Connection) -> Result<Store, StoreError> {
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Takes an event in one transaction: nothing when any of `keys` (the event id, the
    /// message's `channel:ts`) was seen before, else the keys are remembered and `jobs`
    /// (payload, channel, message ts) queued. An event with no jobs records only its id,
    /// so that a twin carrying work still gets through.
    pub fn accept(
        &self,
        event_id: &str,
        message_key: Option<&str>,
        jobs: &[(String, Option<String>, Option<String>)],
    ) -> Result<Accepted, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let t = now();
        let seen = |key: &str| -> Result<bool, rusqlite::Error> {
            tx.query_row("SELECT 1 FROM events WHERE key = ?1", [key], |_| Ok(()))
                .optional()
                .map(|r| r.is_some())
        };
        if seen(&format!("event:{event_id}"))? {
            return Ok(Accepted::Duplicate);
        }
        if let Some(key) = message_key.filter(|_| !jobs.is_empty())
            && seen(&format!("message:{key}"))?
        {
            tx.execute(
                "INSERT OR IGNORE INTO events(key, seen) VALUES (?1, ?2)",
                params![format!("event:{event_id}"), t],
            )?;
            tx.commit()?;
            return Ok(Accepted::Duplicate);
        }
        tx.execute(
            "INSERT OR IGNORE INTO events(key, seen) VALUES (?1, ?2)",
            params![format!("event:{event_id}"), t],
        )?;
        if let Some(key) = message_key.filter(|_| !jobs.is_empty()) {
            tx.execute(
                "INSERT OR IGNORE INTO events(key, seen) VALUES (?1, ?2)",
                params![format!("message:{key}"), t],
            )?;
        }
        for (payload, channel, message_ts) in jobs {
            tx.execute(
                "INSERT INTO jobs(payload, channel, message_ts, created, updated) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![payload, channel, message_ts, t],
            )?;
        }
        tx.commit()?;
        Ok(Accepted::Queued(jobs.len()))
    }

    /// Queues one job without an event (a slash command, a button).
    pub fn enqueue(
        &self,
        payload: &str,
        channel: Option<&str>,
        message_ts: Option<&str>,
    ) -> Result<i64, StoreError> {
        let conn = self.conn();
        let t = now();
        conn.execute(
            "INSERT INTO jobs(payload, channel, message_ts, created, updated) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![payload, channel, message_ts, t],
        )?;
        Ok(conn.last_insert_rowid())
    }

    /// Takes the oldest queued job and marks it running.
    pub fn claim(&self) -> Result<Option<StoredJob>, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let job = tx
            .query_row(
                "SELECT id, payload, reply_ts, attempts FROM jobs WHERE state = 'queued' AND not_before <= ?1 ORDER BY id LIMIT 1",
                [now()],
                |r| Ok(StoredJob { id: r.get(0)?, payload: r.get(1)?, reply_ts: r.get(2)?, attempts: r.get(3)? }),
            )
            .optional()?;
        if let Some(job) = &job {
            tx.execute(
                "UPDATE jobs SET state = 'running', updated = ?2 WHERE id = ?1",
                params![job.id, now()],
            )?;
        }
        tx.commit()?;
        Ok(job)
    }

    /// Records the `ts` of the reply a job posted, before it does anything else.
    pub fn set_reply_ts(&self, id: i64, ts: &str) -> Result<(), StoreError> {
        self.conn()
            .execute("UPDATE jobs SET reply_ts = ?2, updated = ?3 WHERE id = ?1", params![id, ts, now()])?;
        Ok(())
    }

    /// Marks a job done.
    pub fn finish(&self, id: i64) -> Result<(), StoreError> {
        self.conn()
            .execute("UPDATE jobs SET state = 'done', updated = ?2 WHERE id = ?1", params![id, now()])?;
        Ok(())
    }

    /// Queues a job that failed on Slack's side again, to run after `delay_seconds`.
    pub fn retry_later(&self, id: i64, delay_seconds: i64) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE jobs SET state = 'queued', attempts = attempts + 1, not_before = ?2, updated = ?3 WHERE id = ?1",
            params![id, now() + delay_seconds, now()],
        )?;
        Ok(())
    }

    /// Puts a running job back in the queue (graceful shutdown).
    pub fn requeue(&self, id: i64) -> Result<(), StoreError> {
        self.conn()
            .execute("UPDATE jobs SET state = 'queued', updated = ?2 WHERE id = ?1", params![id, now()])?;
        Ok(())
    }

    /// At start: every job left running by a stopped process is queued again. Returns how many.
    pub fn resume(&self) -> Result<usize, StoreError> {
        Ok(self.conn().execute("UPDATE jobs SET state = 'queued' WHERE state = 'running'", [])?)
    }

    /// How many jobs are queued or running.
    pub fn pending(&self) -> Result<usize, StoreError> {
        let n: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')",
            [],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The `ts` of every reply lede posted for the message `(channel, message_ts)`.
    pub fn replies_to(&self, channel: &str, message_ts: &str) -> Result<Vec<String>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT reply_ts FROM jobs WHERE channel = ?1 AND message_ts = ?2 AND reply_ts IS NOT NULL ORDER BY id",
        )?;
        let rows = stmt.query_map(params![channel, message_ts], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Remembers the digest a thread holds.
    pub fn save_thread(
        &self,
        channel: &str,
        thread_ts: &str,
        text: &str,
        digest: &str,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT OR REPLACE INTO threads(channel, thread_ts, text, digest, created) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![channel, thread_ts, text, digest, now()],
        )?;
        Ok(())
    }

    /// The digest a thread holds, if any.
    pub fn thread(&self, channel: &str, thread_ts: &str) -> Result<Option<ThreadDigest>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT text, digest FROM threads WHERE channel = ?1 AND thread_ts = ?2",
                params![channel, thread_ts],
                |r| Ok(ThreadDigest { text: r.get(0)?, digest: r.get(1)? }),
            )
            .optional()?)
    }

    /// Caches the digest of a normalised link.
    pub fn cache_link(
        &self,
        url: &str,
        channel: &str,
        thread_ts: &str,
        text: &str,
        digest: &str,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT OR REPLACE INTO links(url, channel, thread_ts, text, digest, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![url, channel, thread_ts, text, digest, now()],
        )?;
        Ok(())
    }

    /// The cached digest of a normalised link, if made less than `max_age_seconds` ago.
    pub fn cached_link(&self, url: &str, max_age_seconds: i64) -> Result<Option<CachedLink>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT channel, thread_ts, text, digest FROM links WHERE url = ?1 AND created >= ?2",
                params![url, now() - max_age_seconds],
                |r| {
                    Ok(CachedLink {
                        channel: r.get(0)?,
                        thread_ts: r.get(1)?,
                        text: r.get(2)?,
                        digest: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Forgets event keys older than `max_age_seconds` (Slack's last retry comes minutes later).
    pub fn forget_events(&self, max_age_seconds: i64) -> Result<usize, StoreError> {
        Ok(self.conn().execute("DELETE FROM events WHERE seen < ?1", [now() - max_age_seconds])?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(p: &str) -> (String, Option<String>, Option<String>) {
        (p.to_string(), Some("C1".into()), Some("1.1".into()))
    }

    #[test]
    fn retries_and_twins_are_taken_once() {
        let store = Store::open_url("sqlite::memory:").unwrap();
        assert_eq!(store.accept("Ev1", Some("C1:1.1"), &[job("a")]).unwrap(), Accepted::Queued(1));
        assert_eq!(store.accept("Ev1", Some("C1:1.1"), &[job("a")]).unwrap(), Accepted::Duplicate);
        assert_eq!(store.accept("Ev2", Some("C1:1.1"), &[job("a")]).unwrap(), Accepted::Duplicate);
        assert_eq!(store.pending().unwrap(), 1);
    }

    #[test]
    fn an_event_without_work_does_not_block_its_twin() {
        let store = Store::open_url("sqlite::memory:").unwrap();
        assert_eq!(store.accept("Ev1", Some("C1:1.1"), &[]).unwrap(), Accepted::Queued(0));
        assert_eq!(store.accept("Ev2", Some("C1:1.1"), &[job("a")]).unwrap(), Accepted::Queued(1));
    }

    #[test]
    fn running_jobs_resume_with_their_reply() {
        let store = Store::open_url("sqlite::memory:").unwrap();
        store.accept("Ev1", None, &[job("a")]).unwrap();
        let claimed = store.claim().unwrap().unwrap();
        store.set_reply_ts(claimed.id, "9.9").unwrap();
        assert!(store.claim().unwrap().is_none());
        assert_eq!(store.resume().unwrap(), 1);
        let again = store.claim().unwrap().unwrap();
        assert_eq!((again.id, again.reply_ts.as_deref()), (claimed.id, Some("9.9")));
        store.finish(again.id).unwrap();
        assert_eq!(store.pending().unwrap(), 0);
        assert_eq!(store.replies_to("C1", "1.1").unwrap(), vec!["9.9".to_string()]);
    }

    #[test]
    fn a_job_to_retry_waits_its_turn() {
        let store = Store::open_url("sqlite::memory:").unwrap();
        store.accept("Ev1", None, &[job("a")]).unwrap();
        let claimed = store.claim().unwrap().unwrap();
        store.retry_later(claimed.id, 3600).unwrap();
        assert!(store.claim().unwrap().is_none(), "not before its time");
        assert_eq!(store.pending().unwrap(), 1);
        store.retry_later(claimed.id, -1).unwrap();
        assert_eq!(store.claim().unwrap().unwrap().attempts, 2);
    }

    #[test]
    fn bad_urls_are_refused() {
        assert!(matches!(Store::open_url("postgres://x"), Err(StoreError::UnsupportedUrl(_))));
    }
}
