//! Closed lists are stored as text and parsed again at the row boundary: a stored value that
//! is not one of the list's words is reported as corrupt data, never mapped to a default.

use convene_storage::testing::{self, TestDatabase};
use convene_storage::{Actor, DatabaseTarget, Editor, Saved, StorageError, Store};
use diesel::prelude::*;

use crate::{now, open};

/// Runs one statement on the test database behind the store's back.
fn tamper(db: &TestDatabase, sql: &str) {
    match &db.target {
        DatabaseTarget::Sqlite(path) => {
            let mut c = SqliteConnection::establish(&path.to_string_lossy()).expect("open file");
            diesel::sql_query(sql).execute(&mut c).expect("tamper");
        }
        DatabaseTarget::Postgres(url) => {
            let mut c = PgConnection::establish(url).expect("connect");
            diesel::sql_query(sql).execute(&mut c).expect("tamper");
        }
    }
}

async fn series(store: &Store) -> i64 {
    let editor = Editor { actor: Actor::Cli, user_id: 0, key: None };
    let draft = crate::versions::series("vocabulary", "Words");
    let Saved::Done(id) =
        store.content().create_series(editor, draft, now()).await.expect("create")
    else {
        panic!("series not created")
    };
    id
}

fn assert_corrupt<T: std::fmt::Debug>(r: Result<T, StorageError>, what: &str) {
    match r {
        Err(StorageError::Corrupt(m)) => assert!(m.contains(what), "{m}"),
        other => panic!("expected corrupt {what}, got {other:?}"),
    }
}

async fn unknown_words_are_reported(db: TestDatabase) {
    let store = open(&db).await;
    let id = series(&store).await;
    tamper(&db, &format!("UPDATE series SET language = 'de' WHERE id = {id}"));
    assert_corrupt(store.content().editable_series_by_id(id).await, "language \"de\"");
    tamper(&db, &format!("UPDATE series SET language = 'en' WHERE id = {id}"));

    let session = crate::demo_with_seats(&store, 10).await;
    tamper(&db, &format!("UPDATE sessions SET status = 'postponed' WHERE id = {session}"));
    assert_corrupt(store.content().editable_series().await, "status \"postponed\"");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite() {
    unknown_words_are_reported(testing::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres() {
    unknown_words_are_reported(testing::postgres().await).await;
}
