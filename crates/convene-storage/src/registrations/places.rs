//! The seat counter: taking a place (seat or online place) atomically, giving one back (on
//! cancellation and expiry), and filling freed places from the waiting list. The functions
//! run inside the caller's write transaction.

use convene_domain::{AttendanceMode, EmailKind, RegistrationStatus};
use convene_domain::{AuditAction, RegistrationAction};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::audit::{Actor, audit};
use crate::outbox::enqueue;
use crate::registrations::record::{live, registration_snapshot};
use crate::schema::{registration_windows, registrations};
use crate::{DbConnection, Registrations, StorageError};

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
        audit(
            c,
            Actor::System,
            AuditAction::Registration(RegistrationAction::Promote { over_capacity: false }),
            &subject,
            Some(before),
            Some(after),
            now,
        )?;
    }
}

/// Cancels a live registration: frees its place (offering it to the waiting list) and emails
/// the person. The one cancellation path, for the registrant's own link and for organisers;
/// `false` when it was not live (nothing done).
pub(crate) fn cancel_in(c: &mut DbConnection, id: i64, now: i64) -> Result<bool, StorageError> {
    let n =
        diesel::update(registrations::table.find(id).filter(registrations::status.eq_any(live())))
            .set((
                registrations::status.eq(RegistrationStatus::Cancelled.as_str()),
                registrations::cancelled_at.eq(now),
            ))
            .execute(c)?;
    if n == 1 {
        release(c, id, now)?;
        enqueue(c, EmailKind::Cancelled, id, now, now)?;
    }
    Ok(n == 1)
}

impl Registrations<'_> {
    /// Expires registrations never verified since `created_before`, freeing their places.
    pub async fn expire_unverified(
        &self,
        created_before: Timestamp,
        now: Timestamp,
    ) -> Result<usize, StorageError> {
        self.write(move |c| {
            let ids: Vec<i64> = registrations::table
                .filter(registrations::verified_at.is_null())
                .filter(registrations::created_at.lt(created_before.as_second()))
                .filter(registrations::status.eq_any(live()))
                // In created_at order, so the partial index on unverified rows serves it.
                .order(registrations::created_at)
                .select(registrations::id)
                .limit(500)
                .load(c)?;
            let t = now.as_second();
            for id in &ids {
                let before = registration_snapshot(c, *id)?;
                diesel::update(registrations::table.find(id))
                    .set(registrations::status.eq(RegistrationStatus::Expired.as_str()))
                    .execute(c)?;
                release(c, *id, t)?;
                let after = registration_snapshot(c, *id)?;
                let subject = format!("registration:{id}");
                audit(
                    c,
                    Actor::System,
                    AuditAction::RegistrationExpire,
                    &subject,
                    Some(before),
                    Some(after),
                    t,
                )?;
            }
            Ok(ids.len())
        })
        .await
    }
}
