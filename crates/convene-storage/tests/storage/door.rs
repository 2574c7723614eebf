//! Door sessions: valid until they expire, and only under the check-in token they were
//! opened with (issue 19, point 2).

use convene_domain::SecretToken;
use convene_storage::Store;
use jiff::SignedDuration;

use crate::both_backends;

both_backends!(a_door_session_ends_with_its_token_and_its_time);

async fn a_door_session_ends_with_its_token_and_its_time(store: Store) {
    let (now, life) = (crate::now(), SignedDuration::from_hours(12));
    let accounts = store.accounts();
    let first = SecretToken::from_bytes([1; 32]);
    accounts.open_door_session(&first, "digest-a".into(), now, life).await.expect("open");
    assert!(accounts.door_session_valid(&first, "digest-a".into(), now).await.expect("read"));
    // The check-in token changed (or was removed): the session no longer opens the door.
    assert!(!accounts.door_session_valid(&first, "digest-b".into(), now).await.expect("read"));
    let later = now + SignedDuration::from_hours(12);
    assert!(!accounts.door_session_valid(&first, "digest-a".into(), later).await.expect("read"));
    // A token nobody issued names nothing.
    let forged = SecretToken::from_bytes([2; 32]);
    assert!(!accounts.door_session_valid(&forged, "digest-a".into(), now).await.expect("read"));
    // A sign-in under the new token drops the sessions of the old one for good.
    accounts.open_door_session(&forged, "digest-b".into(), now, life).await.expect("open");
    assert!(!accounts.door_session_valid(&first, "digest-a".into(), now).await.expect("read"));
    accounts.end_door_session(&forged).await.expect("end");
    assert!(!accounts.door_session_valid(&forged, "digest-b".into(), now).await.expect("read"));
}
