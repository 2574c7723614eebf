//! The seat counter: a session never seats more people than it has places, however many
//! register at once, and a freed place goes to the first person waiting.

use convene_domain::AttendanceMode;
use convene_storage::{Registered, Store};

use crate::{both_backends, demo_with_seats, now, person};

async fn simultaneous_registrations_take_exactly_the_free_seats(store: Store) {
    let session = demo_with_seats(&store, 5).await;
    let tasks: Vec<_> = (0..20)
        .map(|n| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .registrations()
                    .register(session, person(n, AttendanceMode::InPerson), now())
                    .await
            })
        })
        .collect();
    let mut seated = 0;
    let mut waiting = 0;
    for task in tasks {
        match task.await.expect("task").expect("register") {
            Registered::Created(_) => seated += 1,
            Registered::Waitlisted(_) => waiting += 1,
            Registered::Duplicate(_) => panic!("twenty different addresses"),
        }
    }
    assert_eq!((seated, waiting), (5, 15));
    let context = store.registrations().registration_context(session).await.expect("context");
    assert_eq!(context.taken.in_person, 5);
    let counts = store.registrations().registration_counts(session).await.expect("counts");
    assert_eq!((counts.pending, counts.waitlisted), (5, 15));
    store.lease_jobs("test", now(), 60, 100).await.expect("lease");
}
both_backends!(simultaneous_registrations_take_exactly_the_free_seats);

async fn a_cancelled_seat_goes_to_the_first_person_waiting(store: Store) {
    let session = demo_with_seats(&store, 1).await;
    let reg = async |n| {
        store.registrations().register(session, person(n, AttendanceMode::InPerson), now()).await
    };
    let Registered::Created(first) = reg(1).await.expect("register") else { panic!("not seated") };
    let Registered::Waitlisted(second) = reg(2).await.expect("register") else { panic!("seated") };
    let Registered::Waitlisted(third) = reg(3).await.expect("register") else { panic!("seated") };
    let who =
        store.registrations().registrant_for_email(first).await.expect("load").expect("found");
    store.registrations().cancel_registration(&who, now()).await.expect("cancel");
    let load = async |id| {
        store.registrations().registration_by_id(id).await.expect("load").expect("found")
    };
    assert!(load(second).await.is_live() && load(second).await.waitlist_position.is_none());
    assert_eq!(load(third).await.waitlist_position, Some(1));
    let context = store.registrations().registration_context(session).await.expect("context");
    assert_eq!(context.taken.in_person, 1, "the freed seat was taken again, not added");
    store.lease_jobs("test", now(), 60, 100).await.expect("lease");
}
both_backends!(a_cancelled_seat_goes_to_the_first_person_waiting);
