//! Failed sign-ins: a streak is remembered for a day, for an account and for an address
//! without one alike, and the rows that hold such an address are deleted after that (issue 19).

use convene_domain::{Email, FAILURE_MEMORY, Lang, Role};
use convene_storage::{Actor, Store};
use jiff::SignedDuration;

use crate::both_backends;

both_backends!(failure_streaks_fade_and_unknown_addresses_are_forgotten);

async fn failure_streaks_fade_and_unknown_addresses_are_forgotten(store: Store) {
    let (now, accounts) = (crate::now(), store.accounts());
    let nobody = Email::try_from("nobody@example.org").expect("address");
    for n in 1..=4 {
        let (failures, lock) = accounts.record_address_failure(&nobody, now).await.expect("count");
        assert_eq!((failures, lock), (n, None));
    }
    let (five, lock) = accounts.record_address_failure(&nobody, now).await.expect("count");
    assert_eq!(five, 5);
    assert!(lock.is_some(), "the fifth failure in a row locks, as for an account");
    // Still remembered an hour later: nothing is deleted.
    let hour = now + SignedDuration::from_hours(1);
    assert_eq!(accounts.forget_address_failures(hour).await.expect("sweep"), 0);
    // A day later the streak starts over, then the row that holds the address is deleted.
    let later = now + FAILURE_MEMORY + SignedDuration::from_mins(1);
    assert_eq!(accounts.record_address_failure(&nobody, later).await.expect("count"), (1, None));
    let after = later + FAILURE_MEMORY + SignedDuration::from_mins(1);
    assert_eq!(accounts.forget_address_failures(after).await.expect("sweep"), 1);
    assert!(accounts.address_locked_until(&nobody).await.expect("read") < after);

    // An account's streak fades the same way, so the two cannot be told apart.
    let email = Email::try_from("editor@example.org").expect("address");
    let created = accounts
        .create_user(Actor::Cli, email, Role::Editor, Lang::En, false, now)
        .await
        .expect("create")
        .expect("new account");
    for _ in 0..4 {
        accounts.record_login_failure(created.user.id, Actor::Cli, now).await.expect("count");
    }
    let fresh =
        accounts.record_login_failure(created.user.id, Actor::Cli, later).await.expect("count");
    assert_eq!(fresh, (1, None));
}
