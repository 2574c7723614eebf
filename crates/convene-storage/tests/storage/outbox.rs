//! The outbox: an email exists exactly when the change that causes it is committed, and a
//! person who asks to be forgotten is sent nothing more.

use convene_domain::{AttendanceMode, EmailKind};
use convene_storage::{Registered, Store};

use crate::{both_backends, demo_with_seats, now, register};

/// The kinds of the jobs due now, leased (and so taken off the queue for a minute).
async fn due_kinds(store: &Store) -> Vec<(String, Option<i64>)> {
    let jobs = store.lease_jobs("test", now(), 60, 100).await.expect("lease");
    jobs.into_iter().map(|j| (j.kind, j.registration_id)).collect()
}

async fn a_registration_queues_its_verification_email(store: Store) {
    let session = demo_with_seats(&store, 10).await;
    let Registered::Created(id) = register(&store, session, 1, AttendanceMode::InPerson).await
    else {
        panic!("not seated")
    };
    assert_eq!(store.due_job_count(now()).await.expect("count"), 1);
    let keys = store.registrations().registration_keys(session).await.expect("keys");
    assert_eq!(keys, vec![("person1@example.org".to_owned(), true)]);
    assert_eq!(due_kinds(&store).await, vec![(EmailKind::Verify.as_str().to_owned(), Some(id))]);
}
both_backends!(a_registration_queues_its_verification_email);

async fn the_same_address_again_resends_instead_of_registering_twice(store: Store) {
    let session = demo_with_seats(&store, 10).await;
    let Registered::Created(id) = register(&store, session, 1, AttendanceMode::InPerson).await
    else {
        panic!("not seated")
    };
    let again = register(&store, session, 1, AttendanceMode::InPerson).await;
    assert_eq!(again, Registered::Duplicate(id));
    let verify = (EmailKind::Verify.as_str().to_owned(), Some(id));
    assert_eq!(due_kinds(&store).await, vec![verify.clone(), verify]);
    let counts = store.registrations().registration_counts(session).await.expect("counts");
    assert_eq!(counts.pending, 1);
}
both_backends!(the_same_address_again_resends_instead_of_registering_twice);

async fn erasing_a_registration_withdraws_its_emails(store: Store) {
    let session = demo_with_seats(&store, 10).await;
    let Registered::Created(id) = register(&store, session, 1, AttendanceMode::InPerson).await
    else {
        panic!("not seated")
    };
    let who = store.registrations().registrant_for_email(id).await.expect("load").expect("found");
    store.registrations().erase_registration(&who, false, now()).await.expect("erase");
    assert_eq!(store.due_job_count(now()).await.expect("count"), 0);
    assert!(due_kinds(&store).await.is_empty());
}
both_backends!(erasing_a_registration_withdraws_its_emails);
