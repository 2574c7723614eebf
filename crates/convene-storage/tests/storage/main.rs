//! Storage's own tests, each on a real SQLite file and on PostgreSQL: the version check of the
//! edit pipeline (and two simultaneous saves on PostgreSQL), the outbox, the seat counter.

mod content_checks;
mod door;
mod logins;
mod outbox;
mod places;
mod race;
mod versions;
mod vocabulary;

use convene_domain::{
    AttendanceMode, CountryCode, Email, Lang, NewRegistration, StakeholderGroup, demo,
};
use convene_storage::testing::TestDatabase;
use convene_storage::{Registered, Store};
use jiff::Timestamp;

/// The instant tests run at (the demo's session 13 takes registrations then).
pub fn now() -> Timestamp {
    "2026-11-24T12:00:00Z".parse().expect("valid instant")
}

/// A store over a fresh database; the database lives as long as the returned guard.
pub async fn open(db: &TestDatabase) -> Store {
    Store::open(db.target.clone(), 4).await.expect("open")
}

/// Runs a test body on a fresh SQLite file and on a fresh PostgreSQL database.
#[macro_export]
macro_rules! both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = convene_storage::testing::sqlite().await;
                super::$name($crate::open(&db).await).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let db = convene_storage::testing::postgres().await;
                super::$name($crate::open(&db).await).await;
            }
        }
    };
}

/// Loads the demo series with session 13's room limited to `seats`; returns the session's id.
pub async fn demo_with_seats(store: &Store, seats: u32) -> i64 {
    let mut content = demo::wipo_conversation(now());
    let s13 = content.sessions.iter_mut().find(|s| s.number == 13).expect("session 13");
    if let Some(r) = s13.registration.as_mut() {
        r.window.capacity_in_person = Some(seats);
    }
    store.content().insert_series_content(content, now()).await.expect("load demo");
    store
        .registrations()
        .sessions_with_registrations()
        .await
        .expect("sessions")
        .into_iter()
        .find(|s| s.number == 13)
        .expect("session 13")
        .id
}

/// A registration as the public form makes it.
pub fn person(n: usize, mode: AttendanceMode) -> NewRegistration {
    NewRegistration {
        name: format!("Person {n}"),
        email: Email::try_from(format!("person{n}@example.org").as_str()).expect("email"),
        country: CountryCode::try_from("CH").expect("country"),
        stakeholder_group: StakeholderGroup::AcademiaResearch,
        organisation: None,
        mode,
        language: Lang::En,
        accessibility: None,
        consent_version: convene_domain::PRIVACY_NOTICE_VERSION,
        list_publicly: false,
        news_updates: false,
        answers: Vec::new(),
    }
}

/// Registers `n`; returns the outcome.
pub async fn register(store: &Store, session: i64, n: usize, mode: AttendanceMode) -> Registered {
    store.registrations().register(session, person(n, mode), now()).await.expect("register")
}
