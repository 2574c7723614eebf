//! Two editors saving the same series at once, on PostgreSQL, where transactions really run
//! side by side (SQLite's write transaction serialises them from its first statement).

use convene_storage::{Actor, DatabaseTarget, Editor, Saved, Store, testing};
use diesel::prelude::*;
use jiff::Timestamp;

fn draft(title: &str) -> convene_domain::SeriesDraft {
    crate::versions::series("race", title)
}

/// Backends of this database blocked waiting for a lock.
fn waiting(admin: &mut PgConnection) -> i64 {
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query(
        "SELECT count(*) AS n FROM pg_stat_activity \
         WHERE datname = current_database() AND wait_event_type = 'Lock'",
    )
    .get_result::<N>(admin)
    .expect("pg_stat_activity")
    .n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_simultaneous_saves_of_a_series_end_with_one_success_and_one_stale() {
    let db = testing::postgres().await;
    let DatabaseTarget::Postgres(url) = db.target.clone() else { unreachable!() };
    let store = Store::open(db.target.clone(), 4).await.expect("open");
    let now = Timestamp::now();
    let editor = Editor { actor: Actor::Cli, user_id: 0, key: None };
    let Saved::Done(id) =
        store.content().create_series(editor, draft("First"), now).await.expect("create")
    else {
        panic!("series not created")
    };
    let version =
        store.content().editable_series_by_id(id).await.expect("read").expect("series").version;
    let revisions_before =
        store.content().revisions(format!("series:{id}")).await.expect("revisions").len();

    // A third connection holds the series row, so both saves do whatever they do before
    // writing it and then queue on the row: both have read before either writes.
    let mut admin = PgConnection::establish(&url).expect("connect");
    diesel::sql_query("BEGIN").execute(&mut admin).expect("begin");
    diesel::sql_query(format!("SELECT id FROM series WHERE id = {id} FOR UPDATE"))
        .execute(&mut admin)
        .expect("lock");
    let (a, b) = (store.clone(), store.clone());
    let first = tokio::spawn(async move {
        a.content().update_series(Actor::Cli, id, version, draft("A"), now).await
    });
    let second = tokio::spawn(async move {
        b.content().update_series(Actor::Cli, id, version, draft("B"), now).await
    });
    let mut probe = PgConnection::establish(&url).expect("connect");
    // Waits (without a fixed sleep) until both saves are blocked on the held row.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while waiting(&mut probe) < 2 {
        assert!(std::time::Instant::now() < deadline, "the saves never reached the row");
        tokio::task::yield_now().await;
    }
    diesel::sql_query("COMMIT").execute(&mut admin).expect("release");

    let outcomes =
        [first.await.expect("task").expect("save"), second.await.expect("task").expect("save")];
    let done = outcomes.iter().filter(|o| **o == Saved::Done(())).count();
    let stale = outcomes.iter().filter(|o| **o == Saved::Stale).count();
    assert_eq!((done, stale), (1, 1), "outcomes: {outcomes:?}");
    let revisions =
        store.content().revisions(format!("series:{id}")).await.expect("revisions").len();
    assert_eq!(revisions, revisions_before + 1, "exactly one new revision");
}
