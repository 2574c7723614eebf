//! The outbox: emails queued as jobs inside the transaction of the change that causes them, so
//! an email exists exactly when its change is committed. Everything that reads or writes the
//! job table on behalf of an email lives here; leasing and finishing jobs is `jobs.rs`'s.

use std::collections::HashSet;

use convene_domain::{AccountEmailKind, EmailKind};
use diesel::prelude::*;

use crate::schema::jobs;
use crate::{DbConnection, StorageError};

/// Queues an email about a registration, due at `run_at`.
pub(crate) fn enqueue(
    c: &mut DbConnection,
    kind: EmailKind,
    registration_id: i64,
    now: i64,
    run_at: i64,
) -> Result<(), StorageError> {
    diesel::insert_into(jobs::table)
        .values((
            jobs::kind.eq(kind.as_str()),
            jobs::registration_id.eq(Some(registration_id)),
            jobs::run_at.eq(run_at),
            jobs::created_at.eq(now),
        ))
        .execute(c)?;
    Ok(())
}

/// Queues an account email (invitation, reset), due now.
pub(crate) fn enqueue_account_email(
    c: &mut DbConnection,
    kind: AccountEmailKind,
    user_id: i64,
    now: i64,
) -> Result<(), StorageError> {
    diesel::insert_into(jobs::table)
        .values((
            jobs::kind.eq(kind.as_str()),
            jobs::user_id.eq(Some(user_id)),
            jobs::run_at.eq(now),
            jobs::created_at.eq(now),
        ))
        .execute(c)?;
    Ok(())
}

/// Whether an email of `kind` about a registration was queued at or after `since`.
pub(crate) fn sent_since(
    c: &mut DbConnection,
    registration_id: i64,
    kind: EmailKind,
    since: i64,
) -> Result<bool, StorageError> {
    let n: i64 = jobs::table
        .filter(jobs::registration_id.eq(registration_id))
        .filter(jobs::kind.eq(kind.as_str()))
        .filter(jobs::created_at.ge(since))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}

/// Whether an account email of `kind` was queued for the account after `since`.
pub(crate) fn account_email_since(
    c: &mut DbConnection,
    user_id: i64,
    kind: AccountEmailKind,
    since: i64,
) -> Result<bool, StorageError> {
    let n: i64 = jobs::table
        .filter(jobs::user_id.eq(user_id))
        .filter(jobs::kind.eq(kind.as_str()))
        .filter(jobs::created_at.gt(since))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}

/// Withdraws every email still to be sent about a registration (its person asked to be
/// forgotten): the jobs are marked done with the note `erased`.
pub(crate) fn withdraw(
    c: &mut DbConnection,
    registration_id: i64,
    now: i64,
) -> Result<(), StorageError> {
    diesel::update(
        jobs::table
            .filter(jobs::registration_id.eq(registration_id))
            .filter(jobs::done_at.is_null())
            .filter(jobs::failed_at.is_null()),
    )
    .set((jobs::done_at.eq(now), jobs::last_error.eq("erased")))
    .execute(c)?;
    Ok(())
}

/// The registrations that have an email of `kind` queued (at any time).
pub(crate) fn registrations_emailed(
    c: &mut DbConnection,
    kind: EmailKind,
) -> Result<HashSet<i64>, StorageError> {
    Ok(jobs::table
        .filter(jobs::kind.eq(kind.as_str()))
        .filter(jobs::registration_id.is_not_null())
        .select(jobs::registration_id.assume_not_null())
        .load::<i64>(c)?
        .into_iter()
        .collect())
}
