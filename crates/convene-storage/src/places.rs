//! Places (seats and online places): taking one atomically, giving one back, and filling freed
//! places from the waiting list. Every function runs inside the caller's write transaction.

use convene_domain::{AttendanceMode, EmailKind, RegistrationStatus};
use diesel::prelude::*;

use crate::accounts::{Actor, audit};
use crate::oversight::registration_snapshot;
use crate::schema::{jobs, registration_windows, registrations};
use crate::{DbConnection, StorageError};

/// Takes one place of `mode` if one is free. The conditional UPDATE is the whole check: on
/// PostgreSQL the row lock makes concurrent takers re-evaluate the condition, on SQLite writers
/// are serialised, so 1,000 simultaneous requests for 10 seats take exactly 10.
pub(crate) fn take(
    c: &mut DbConnection,
    session_id: i64,
    mode: AttendanceMode,
) -> Result<bool, StorageError> {
    use registration_windows as w;
    let target = w::table.filter(w::session_id.eq(session_id));
    let n = match mode {
        AttendanceMode::InPerson => diesel::update(
            target.filter(
                w::capacity_in_person
                    .is_not_null()
                    .and(w::taken_in_person.nullable().lt(w::capacity_in_person)),
            ),
        )
        .set(w::taken_in_person.eq(w::taken_in_person + 1))
        .execute(c)?,
        AttendanceMode::Online => diesel::update(target.filter(
            w::capacity_online.is_null().or(w::taken_online.nullable().lt(w::capacity_online)),
        ))
        .set(w::taken_online.eq(w::taken_online + 1))
        .execute(c)?,
    };
    Ok(n == 1)
}

/// Takes one place of `mode` even when none is free: an organiser confirmed going over
/// capacity. The counter then stays above capacity until enough places are given back.
pub(crate) fn take_beyond_capacity(
    c: &mut DbConnection,
    session_id: i64,
    mode: AttendanceMode,
) -> Result<(), StorageError> {
    use registration_windows as w;
    let target = w::table.filter(w::session_id.eq(session_id));
    match mode {
        AttendanceMode::InPerson => {
            diesel::update(target).set(w::taken_in_person.eq(w::taken_in_person + 1)).execute(c)?
        }
        AttendanceMode::Online => {
            diesel::update(target).set(w::taken_online.eq(w::taken_online + 1)).execute(c)?
        }
    };
    Ok(())
}

/// Gives back the place a registration holds, if any, and offers it to the waiting list.
pub(crate) fn release(
    c: &mut DbConnection,
    registration_id: i64,
    now: i64,
) -> Result<(), StorageError> {
    use registrations as r;
    let (session_id, mode, holds): (i64, String, bool) =
        r::table.find(registration_id).select((r::session_id, r::mode, r::holds_place)).first(c)?;
    if !holds {
        return Ok(());
    }
    diesel::update(r::table.find(registration_id)).set(r::holds_place.eq(false)).execute(c)?;
    let mode: AttendanceMode =
        mode.parse().map_err(|_| StorageError::Corrupt(format!("attendance mode {mode:?}")))?;
    use registration_windows as w;
    let target = w::table.filter(w::session_id.eq(session_id));
    match mode {
        AttendanceMode::InPerson => {
            diesel::update(target).set(w::taken_in_person.eq(w::taken_in_person - 1)).execute(c)?
        }
        AttendanceMode::Online => {
            diesel::update(target).set(w::taken_online.eq(w::taken_online - 1)).execute(c)?
        }
    };
    fill_from_waitlist(c, session_id, mode, now)
}

/// Promotes waiting registrations, first come first served, while places are free; each
/// promoted person is emailed, and each promotion is in the audit log as the system's.
pub(crate) fn fill_from_waitlist(
    c: &mut DbConnection,
    session_id: i64,
    mode: AttendanceMode,
    now: i64,
) -> Result<(), StorageError> {
    use registrations as r;
    loop {
        let next: Option<i64> = r::table
            .filter(r::session_id.eq(session_id))
            .filter(r::status.eq(RegistrationStatus::Waitlisted.as_str()))
            .filter(r::mode.eq(mode.as_str()))
            .order(r::id)
            .select(r::id)
            .first(c)
            .optional()?;
        let Some(id) = next else { return Ok(()) };
        if !take(c, session_id, mode)? {
            return Ok(());
        }
        let before = registration_snapshot(c, id)?;
        diesel::update(r::table.find(id))
            .set((r::status.eq(RegistrationStatus::Active.as_str()), r::holds_place.eq(true)))
            .execute(c)?;
        enqueue(c, EmailKind::Promoted, id, now, now)?;
        let after = registration_snapshot(c, id)?;
        let subject = format!("registration:{id}");
        audit(c, Actor::System, "registration.promote", &subject, Some(before), Some(after), now)?;
    }
}

/// Queues an email about a registration, due at `run_at`, in the caller's transaction: the
/// email exists exactly when the change that causes it is committed.
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
