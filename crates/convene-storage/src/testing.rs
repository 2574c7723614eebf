//! Fresh databases for tests: a migrated template made once, copied for every test.
//!
//! SQLite: the template is a file, copied. PostgreSQL: the template is a database, cloned
//! with `CREATE DATABASE … TEMPLATE`, which is much faster than migrating each time.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use diesel::prelude::*;

use crate::{DatabaseTarget, Store};

/// A test database that is removed when dropped.
#[derive(Debug)]
pub struct TestDatabase {
    /// Where it is.
    pub target: DatabaseTarget,
    cleanup: Cleanup,
}

#[derive(Debug)]
enum Cleanup {
    Dir(#[allow(dead_code, reason = "held for its Drop")] tempfile::TempDir),
    Postgres { server: String, name: String },
    None,
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Cleanup::Postgres { server, name } = &self.cleanup
            && let Ok(mut c) = PgConnection::establish(&format!("{server}/postgres"))
        {
            let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            let _ = diesel::sql_query(sql).execute(&mut c);
        }
    }
}

/// The PostgreSQL server tests use: `CONVENE_TEST_PG`, default the local trust-auth server.
pub fn postgres_server() -> String {
    std::env::var("CONVENE_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

fn random_suffix() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.write_u32(std::process::id());
    format!("{:016x}", h.finish())
}

/// A fresh, migrated SQLite database in its own temporary folder.
pub async fn sqlite() -> TestDatabase {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("convene.sqlite3");
    copy(&sqlite_template().await, &path);
    TestDatabase { target: DatabaseTarget::Sqlite(path), cleanup: Cleanup::Dir(dir) }
}

/// A fresh, migrated SQLite file in `dir`, a folder the caller owns (a small volume, say).
pub async fn sqlite_in(dir: &Path) -> TestDatabase {
    let path = dir.join("convene.sqlite3");
    copy(&sqlite_template().await, &path);
    TestDatabase { target: DatabaseTarget::Sqlite(path), cleanup: Cleanup::None }
}

/// The migrated SQLite file every test database is copied from, made once per process.
async fn sqlite_template() -> PathBuf {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    match TEMPLATE.get() {
        Some(t) => t.clone(),
        None => {
            let dir = tempfile::tempdir().expect("temporary folder").keep();
            let path = dir.join("template.sqlite3");
            let store = Store::open_and_migrate(DatabaseTarget::Sqlite(path.clone()), 1)
                .await
                .expect("migrate template");
            store.checkpoint_for_copy().await.expect("checkpoint template");
            drop(store);
            TEMPLATE.get_or_init(|| path).clone()
        }
    }
}

fn copy(from: &Path, to: &Path) {
    std::fs::copy(from, to).expect("copy template database");
}

/// A fresh, migrated PostgreSQL database on the test server.
pub async fn postgres() -> TestDatabase {
    let server = postgres_server();
    let template =
        format!("convene_tpl_{:012x}", crate::conn::migrations_fingerprint() & 0xffff_ffff_ffff);
    let name = format!("convene_t_{}", random_suffix());
    let (s, t, n) = (server.clone(), template.clone(), name.clone());
    tokio::task::spawn_blocking(move || create_from_template(&s, &t, &n))
        .await
        .expect("task")
        .expect("create test database");
    TestDatabase {
        target: DatabaseTarget::Postgres(format!("{server}/{name}")),
        cleanup: Cleanup::Postgres { server, name },
    }
}

fn create_from_template(server: &str, template: &str, name: &str) -> Result<(), String> {
    let mut admin =
        PgConnection::establish(&format!("{server}/postgres")).map_err(|e| e.to_string())?;
    // One process at a time builds the template; the others wait on the advisory lock.
    diesel::sql_query("SELECT pg_advisory_lock(727274)")
        .execute(&mut admin)
        .map_err(|e| e.to_string())?;
    let exists = exists(&mut admin, template)?;
    if !exists {
        let building = format!("{template}_building");
        let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)"))
            .execute(&mut admin);
        diesel::sql_query(format!("CREATE DATABASE \"{building}\""))
            .execute(&mut admin)
            .map_err(|e| e.to_string())?;
        {
            let mut c = crate::DbConnection::Postgresql(
                PgConnection::establish(&format!("{server}/{building}"))
                    .map_err(|e| e.to_string())?,
            );
            crate::conn::migrate(&mut c)?;
        }
        diesel::sql_query(format!("ALTER DATABASE \"{building}\" RENAME TO \"{template}\""))
            .execute(&mut admin)
            .map_err(|e| e.to_string())?;
    }
    let created = diesel::sql_query(format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""))
        .execute(&mut admin);
    diesel::sql_query("SELECT pg_advisory_unlock(727274)")
        .execute(&mut admin)
        .map_err(|e| e.to_string())?;
    created.map(drop).map_err(|e| e.to_string())
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn exists(c: &mut PgConnection, name: &str) -> Result<bool, String> {
    let row: Count = diesel::sql_query("SELECT count(*) AS n FROM pg_database WHERE datname = $1")
        .bind::<diesel::sql_types::Text, _>(name)
        .get_result(c)
        .map_err(|e| e.to_string())?;
    Ok(row.n > 0)
}

/// Appends a revision of `subject`'s texts without the checks edits run, as one saved before
/// the checks existed (or written by an older version) would be; returns its id. Tests use
/// it to show that restoring such a revision is refused.
pub async fn old_revision(
    store: &Store,
    subject: &str,
    language: convene_domain::Lang,
    texts: convene_domain::Texts,
    at: i64,
) -> Result<i64, crate::StorageError> {
    let subject = subject.to_owned();
    store
        .run(move |c| {
            let actor = crate::Actor::Cli;
            crate::content::texts::record_revision(c, &subject, actor, language, &texts, at)?;
            Ok(crate::schema::revisions::table
                .filter(crate::schema::revisions::subject.eq(&subject))
                .select(diesel::dsl::max(crate::schema::revisions::id))
                .first::<Option<i64>>(c)?
                .unwrap_or_default())
        })
        .await
}
