//! convene's storage: one Diesel code path over SQLite (default) and PostgreSQL.
//!
//! The web and CLI layers reach storage through [`Store`]'s per-area handles
//! (`store.registrations()`, `store.content()`, `store.accounts()`, `store.reach()`,
//! `store.audit()`); each method runs its Diesel queries on a pooled connection in Tokio's
//! blocking pool, so the async runtime never waits on I/O.
//!
//! Modules follow the aggregates: `registrations/` (the register writer, the seat counter,
//! registrants' own changes, organisers' oversight), `content/` (series, sessions, agenda,
//! speakers, texts and revisions, the shared edit pipeline, public reads), `accounts/` (users,
//! password links, sign-in), `reach.rs`; `outbox.rs` and `audit.rs` are the cross-cutting
//! records every change may append to; `jobs.rs` is the job queue the worker leases from.

mod accounts;
mod audit;
mod conn;
mod content;
mod jobs;
mod outbox;
mod reach;
mod registrations;
mod rows;
mod schema;
#[cfg(feature = "test-support")]
pub mod testing;

use std::sync::Arc;

pub use accounts::logins::{LoginCandidate, SessionLifetime, StaffSession};
pub use accounts::user::User;
pub use accounts::users::{Changed, Created, UserChange};
pub use audit::{AUDIT_EXPORT_LIMIT, Actor, AuditEntry, AuditRecord};
pub use conn::{DatabaseTarget, DbConnection};
pub use content::agenda::{AgendaChange, agenda_subject};
pub use content::edit::{Editor, Saved, Subject, series_subject, session_subject, speaker_subject};
pub use content::public::{SessionKey, SpeakerKey};
pub use content::series::EditableSeries;
pub use content::sessions::EditableSession;
pub use content::texts::{Revision, valid_idempotency_key};
pub use jobs::{JobRecord, LeasedJob};
pub use registrations::oversight::{
    Acted, ListedRegistration, RESEND_WINDOW_SECONDS, Refusal, SessionRegistrations,
};
pub use registrations::register::Registered;
pub use registrations::{
    CheckIn, Registrant, RegistrationChanges, RegistrationContext, RegistrationCounts,
};

/// Everything that can go wrong in storage, typed so callers can map it.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database could not be opened or reached.
    #[error("cannot open database {target}: {reason}")]
    Open {
        /// Path or URL, password masked.
        target: String,
        /// The driver's message.
        reason: String,
    },
    /// Migrations could not be applied.
    #[error("cannot migrate database {target}: {reason}")]
    Migrate {
        /// Path or URL, password masked.
        target: String,
        /// The migration error.
        reason: String,
    },
    /// No connection became free in time, or one broke.
    #[error("database connection unavailable: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    /// A query failed.
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    /// A stored value does not parse into its domain type.
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// Input refers to something that does not exist (an unknown topic or speaker slug).
    #[error("invalid reference: {0}")]
    Reference(String),
    /// A change was refused part-way; its transaction was rolled back (internal to storage).
    #[error("change refused")]
    Refused(Box<content::edit::Saved<()>>),
    /// The blocking task panicked or was cancelled.
    #[error("storage task failed: {0}")]
    Task(String),
}

impl StorageError {
    /// Whether the database could not write for want of space (a full disk or volume): the
    /// request may succeed later, and nothing of it was stored.
    pub fn is_full(&self) -> bool {
        // Neither driver gives Diesel a kind for it: SQLite says SQLITE_FULL's text,
        // PostgreSQL (SQLSTATE 53100) names the file it could not extend.
        const SIGNS: [&str; 3] =
            ["database or disk is full", "No space left on device", "could not extend file"];
        let text = match self {
            StorageError::Query(e) => e.to_string(),
            StorageError::Task(m) => m.clone(),
            _ => return false,
        };
        SIGNS.iter().any(|s| text.contains(s))
    }
}

/// The database handle shared by every request: cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: Arc<conn::Pool>,
    target: Arc<DatabaseTarget>,
    // One permit per pooled connection: under load, requests queue here as cheap futures
    // instead of each holding a blocking thread while it waits for a connection.
    permits: Arc<tokio::sync::Semaphore>,
    // New registrations go through one writer task that commits them in groups.
    registrar: registrations::register::Queue,
    // When a write last failed for want of space (seconds; 0: a write succeeded since), so
    // readiness can say so although reads still work.
    full_at: Arc<std::sync::atomic::AtomicI64>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("target", &self.target.display()).finish()
    }
}

/// Defines a handle on one area of the store: a borrowed [`Store`] whose methods live in that
/// area's modules, next to the queries they run.
macro_rules! area {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name<'a> {
            store: &'a Store,
        }

        #[allow(dead_code, reason = "not every area both reads and writes")]
        impl $name<'_> {
            async fn run<T, F>(&self, f: F) -> Result<T, StorageError>
            where
                T: Send + 'static,
                F: FnOnce(&mut DbConnection) -> Result<T, StorageError> + Send + 'static,
            {
                self.store.run(f).await
            }

            async fn write<T, F>(&self, f: F) -> Result<T, StorageError>
            where
                T: Send + 'static,
                F: FnOnce(&mut DbConnection) -> Result<T, StorageError> + Send + 'static,
            {
                self.store.write(f).await
            }
        }
    };
}

area! {
    /// Registrations: registering, registrants' own changes through their links, places and
    /// the waiting list, and the organisers' view (`registrations/`).
    Registrations
}
area! {
    /// Public content and its editing: series, sessions and their lifecycle, agendas,
    /// speakers, registration settings, texts in every language and their revisions
    /// (`content/`).
    Content
}
area! {
    /// Organiser accounts: users, password links, sign-in and back-office sessions
    /// (`accounts/`).
    Accounts
}
area! {
    /// Reach statistics and synthetic demo registrations (`reach.rs`).
    Reach
}
area! {
    /// The audit log (`audit.rs`).
    Audit
}

impl Store {
    /// Registrations, places and the organisers' view of them.
    pub fn registrations(&self) -> Registrations<'_> {
        Registrations { store: self }
    }

    /// Series, sessions, agendas, speakers, texts: public reads and the back office's edits.
    pub fn content(&self) -> Content<'_> {
        Content { store: self }
    }

    /// Organiser accounts and sign-in.
    pub fn accounts(&self) -> Accounts<'_> {
        Accounts { store: self }
    }

    /// Reach statistics.
    pub fn reach(&self) -> Reach<'_> {
        Reach { store: self }
    }

    /// The audit log.
    pub fn audit(&self) -> Audit<'_> {
        Audit { store: self }
    }

    /// Opens the database (creating a SQLite file and its folder if needed), without migrating.
    pub async fn open(target: DatabaseTarget, max_connections: u32) -> Result<Self, StorageError> {
        let t = target.clone();
        let pool = tokio::task::spawn_blocking(move || conn::open_pool(&t, max_connections))
            .await
            .map_err(|e| StorageError::Task(e.to_string()))??;
        // One connection is kept for the registration writer, so a burst of reads and jobs
        // can never make registrations wait for a connection.
        let shared = max_connections.saturating_sub(1).max(1) as usize;
        let permits = Arc::new(tokio::sync::Semaphore::new(shared));
        let (registrar, queue) = tokio::sync::mpsc::channel(4096);
        let full_at = Arc::default();
        let store =
            Self { pool: Arc::new(pool), target: Arc::new(target), permits, registrar, full_at };
        // The writer holds a clone without the queue's sender, so it ends with the last Store.
        let (dummy, _) = tokio::sync::mpsc::channel(1);
        let writer_store = Self { registrar: dummy, ..store.clone() };
        tokio::spawn(registrations::register::writer(writer_store, queue));
        Ok(store)
    }

    /// Opens and applies pending migrations: what `serve` and `demo` do at start.
    pub async fn open_and_migrate(
        target: DatabaseTarget,
        max_connections: u32,
    ) -> Result<Self, StorageError> {
        let store = Self::open(target, max_connections).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// The database in use, password masked.
    pub fn target_display(&self) -> String {
        self.target.display()
    }

    /// `sqlite` or `postgres`.
    pub fn backend_name(&self) -> &'static str {
        self.target.backend_name()
    }

    /// Applies pending migrations; returns whether the database was new and empty (a new
    /// SQLite file, an unmigrated PostgreSQL database), so a command can say so.
    pub async fn migrate_telling_fresh(&self) -> Result<bool, StorageError> {
        let target = self.target.display();
        self.run(move |c| {
            let total = conn::migrations_total(c);
            let applied =
                conn::migrate(c).map_err(|reason| StorageError::Migrate { target, reason })?;
            Ok(total > 0 && applied == total)
        })
        .await
    }

    /// Applies pending migrations; returns how many ran.
    pub async fn migrate(&self) -> Result<usize, StorageError> {
        let target = self.target.display();
        self.run(move |c| {
            conn::migrate(c).map_err(|reason| StorageError::Migrate { target, reason })
        })
        .await
    }

    /// Checks that the database answers, for `/readyz`.
    pub async fn ping(&self) -> Result<(), StorageError> {
        use diesel::RunQueryDsl;
        self.run(|c| Ok(diesel::sql_query("SELECT 1").execute(c).map(drop)?)).await
    }

    /// Folds the SQLite write-ahead log into the main file, so the file alone is a copy.
    pub async fn checkpoint_for_copy(&self) -> Result<(), StorageError> {
        use diesel::RunQueryDsl;
        self.run(|c| match c {
            DbConnection::Sqlite(_) => {
                Ok(diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)").execute(c).map(drop)?)
            }
            DbConnection::Postgresql(_) => Ok(()),
        })
        .await
    }

    /// Runs `f` in a write transaction. On SQLite the transaction takes the write lock with its
    /// first statement, so a transaction that reads before it writes can never fail to upgrade
    /// its lock (SQLITE_BUSY) under concurrent writers; it queues on busy_timeout instead.
    async fn write<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, StorageError> + Send + 'static,
    {
        let outcome = self.run(move |c| in_write_transaction(c, f)).await;
        self.note_write(&outcome);
        outcome
    }

    /// Remembers whether a write failed for want of space, for [`Store::write_trouble`].
    fn note_write<T>(&self, outcome: &Result<T, StorageError>) {
        use std::sync::atomic::Ordering;
        match outcome {
            Err(e) if e.is_full() => {
                self.full_at.store(jiff::Timestamp::now().as_second(), Ordering::Relaxed);
            }
            Err(_) => {}
            Ok(_) => self.full_at.store(0, Ordering::Relaxed),
        }
    }

    /// When a write last failed for want of space, if one did in the last half minute and
    /// none succeeded since: readiness reports it so a balancer sends visitors to an instance
    /// that can take registrations. The half minute lets an idle instance be tried again
    /// once space may have been freed, instead of staying out of rotation for good.
    pub fn write_trouble(&self) -> Option<jiff::Timestamp> {
        let at = self.full_at.load(std::sync::atomic::Ordering::Relaxed);
        let recent = at != 0 && jiff::Timestamp::now().as_second() - at < 30;
        recent.then(|| jiff::Timestamp::from_second(at).ok()).flatten()
    }

    /// As `write`, on the connection kept for the registration writer (no permit needed).
    async fn write_reserved<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, StorageError> + Send + 'static,
    {
        let pool = Arc::clone(&self.pool);
        let outcome =
            tokio::task::spawn_blocking(move || in_write_transaction(&mut *pool.get()?, f))
                .await
                .map_err(|e| StorageError::Task(e.to_string()))
                .and_then(|r| r);
        self.note_write(&outcome);
        outcome
    }

    /// Runs blocking Diesel work on a pooled connection off the async runtime.
    async fn run<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, StorageError> + Send + 'static,
    {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|e| StorageError::Task(e.to_string()))?;
        let pool = Arc::clone(&self.pool);
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| StorageError::Task(e.to_string()))?
    }
}

/// Runs `f` in a transaction whose first statement, on SQLite, takes the write lock.
fn in_write_transaction<T>(
    c: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, StorageError>,
) -> Result<T, StorageError> {
    use diesel::Connection;
    c.transaction(|c| {
        if let DbConnection::Sqlite(_) = c {
            use diesel::RunQueryDsl;
            diesel::sql_query("UPDATE app_secrets SET value = value WHERE name = ''").execute(c)?;
        }
        f(c)
    })
}

/// A random per-registration nonce, mixed into its signed links.
pub(crate) fn random_nonce() -> String {
    use rand::Rng;
    rand::rng().sample_iter(rand::distr::Alphanumeric).take(16).map(char::from).collect()
}
