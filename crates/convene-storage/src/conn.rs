//! Connections: the multi-backend connection type, the pool, and migrations.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, R2D2Connection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::StorageError;

/// A connection to either backend; queries are written once against it.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// PostgreSQL, for several instances behind a load balancer.
    Postgresql(diesel::PgConnection),
    /// SQLite, the embedded default.
    Sqlite(diesel::SqliteConnection),
}

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Which database to use, decided once from configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseTarget {
    /// A SQLite file at this path.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL connection URL.
    Postgres(String),
}

impl DatabaseTarget {
    /// A PostgreSQL URL selects PostgreSQL; anything else is a SQLite path.
    pub fn from_url_or_path(s: &str) -> Self {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Self::Postgres(s.to_owned())
        } else {
            Self::Sqlite(s.trim_start_matches("sqlite://").into())
        }
    }

    /// The target as it may be shown in logs and error messages: passwords are masked.
    pub fn display(&self) -> String {
        match self {
            Self::Sqlite(path) => path.display().to_string(),
            Self::Postgres(url) => redact_password(url),
        }
    }

    /// Which backend this is, for logs and readiness output.
    pub fn backend_name(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }

    fn connect(&self) -> ConnectionResult<DbConnection> {
        match self {
            Self::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                // WAL lets readers proceed during a write; FULL sync makes every acknowledged
                // commit survive power loss, not only a process crash.
                // batch_execute: each PRAGMA is its own statement (a single prepared query would
                // run only the first one).
                conn.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                )
                .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
                Ok(DbConnection::Sqlite(conn))
            }
            Self::Postgres(url) => PgConnection::establish(url).map(DbConnection::Postgresql),
        }
    }
}

/// Masks the password of a URL such as `postgres://user:secret@host/db`.
fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let Some((userinfo, host)) = rest.split_once('@') else { return url.to_owned() };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

/// Builds connections for the pool, choosing the backend explicitly: the derive's own
/// `establish` tries each backend in turn, and a failed PostgreSQL URL must never fall
/// through to creating a SQLite file named after it.
#[derive(Debug)]
pub(crate) struct Manager(DatabaseTarget);

impl r2d2::ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        self.0.connect().map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

/// The connection pool type.
pub(crate) type Pool = r2d2::Pool<Manager>;

/// Opens the database: one direct connection first, so that a wrong path or URL fails at once
/// with the driver's own message, then the pool.
pub(crate) fn open_pool(target: &DatabaseTarget, max_size: u32) -> Result<Pool, StorageError> {
    let open_err = |reason: String| StorageError::Open { target: target.display(), reason };
    if let DatabaseTarget::Sqlite(path) = target
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|e| open_err(e.to_string()))?;
    }
    drop(target.connect().map_err(|e| open_err(e.to_string().trim().to_owned()))?);
    r2d2::Pool::builder()
        .max_size(max_size)
        // No background replenishing: connections open on demand. A background connect still
        // in flight when a short command (`migrate`) exits crashed libpq at process teardown.
        .min_idle(Some(0))
        .connection_timeout(Duration::from_secs(10))
        .build(Manager(target.clone()))
        .map_err(|e| open_err(e.to_string()))
}

/// A fingerprint of the embedded PostgreSQL migrations, naming test templates so that a
/// changed migration never reuses a stale template.
#[cfg(feature = "test-support")]
pub(crate) fn migrations_fingerprint() -> u64 {
    use diesel::migration::MigrationSource;
    use diesel::pg::Pg;
    let names = MigrationSource::<Pg>::migrations(&POSTGRES_MIGRATIONS)
        .map(|m| m.iter().map(|m| m.name().to_string()).collect::<Vec<_>>().join(","))
        .unwrap_or_default();
    names.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// How many migrations the connection's backend has in all: a database that needed every one
/// of them was empty before.
pub(crate) fn migrations_total(conn: &DbConnection) -> usize {
    use diesel::migration::MigrationSource;
    match conn {
        DbConnection::Sqlite(_) => {
            MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE_MIGRATIONS)
                .map_or(0, |m| m.len())
        }
        DbConnection::Postgresql(_) => {
            MigrationSource::<diesel::pg::Pg>::migrations(&POSTGRES_MIGRATIONS)
                .map_or(0, |m| m.len())
        }
    }
}

/// Applies pending migrations for the connection's backend; returns how many ran.
pub(crate) fn migrate(conn: &mut DbConnection) -> Result<usize, String> {
    // The one place the backends differ: each has its own migration directory because DDL
    // (identity columns, types) is not portable. Queries elsewhere are shared.
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConnection::Postgresql(c) => {
            c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|v| v.len())
        }
    };
    applied.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_choose_the_backend() {
        assert!(matches!(
            DatabaseTarget::from_url_or_path("postgres://localhost/x"),
            DatabaseTarget::Postgres(_)
        ));
        assert_eq!(
            DatabaseTarget::from_url_or_path("sqlite://data/c.sqlite3"),
            DatabaseTarget::Sqlite("data/c.sqlite3".into())
        );
    }

    #[test]
    fn passwords_never_reach_messages() {
        let t = DatabaseTarget::Postgres("postgres://convene:s3cret@db:5432/convene".into());
        assert_eq!(t.display(), "postgres://convene:***@db:5432/convene");
        let t = DatabaseTarget::Postgres("postgres://db/convene".into());
        assert_eq!(t.display(), "postgres://db/convene");
    }
}
