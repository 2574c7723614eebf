//! Row helpers every registration module shares: loading one with its answers and waiting
//! position, its audited snapshot, storing answers.

use convene_domain::{Answer, Registration, RegistrationPhase, RegistrationStatus};
use diesel::prelude::*;

use crate::rows::RegistrationRow;
use crate::schema::{answers, registrations};
use crate::{DbConnection, StorageError};

/// The states that still count, as stored (see `RegistrationStatus::LIVE`).
pub(crate) fn live() -> [&'static str; 2] {
    RegistrationStatus::LIVE.map(RegistrationStatus::as_str)
}

pub(crate) fn load_registration(
    c: &mut DbConnection,
    id: i64,
) -> Result<Option<(Registration, String)>, StorageError> {
    let Some(row) =
        registrations::table.find(id).select(RegistrationRow::as_select()).first(c).optional()?
    else {
        return Ok(None);
    };
    let answers: Vec<(i64, String)> = answers::table
        .filter(answers::registration_id.eq(id))
        .order(answers::question_id)
        .select((answers::question_id, answers::value))
        .load(c)?;
    let position = if row.status == RegistrationStatus::Waitlisted.as_str() {
        let ahead: i64 = registrations::table
            .filter(registrations::session_id.eq(row.session_id))
            .filter(registrations::status.eq(RegistrationStatus::Waitlisted.as_str()))
            .filter(registrations::mode.eq(&row.mode))
            .filter(registrations::id.lt(id))
            .count()
            .get_result(c)?;
        u32::try_from(ahead + 1).ok()
    } else {
        None
    };
    let nonce = row.token_nonce.clone();
    let mut reg = Registration::try_from(row)?;
    reg.answers =
        answers.into_iter().map(|(question_id, value)| Answer { question_id, value }).collect();
    reg.waitlist_position = position;
    Ok(Some((reg, nonce)))
}

/// A registration that must exist (the caller just changed it).
pub(crate) fn current(c: &mut DbConnection, id: i64) -> Result<Registration, StorageError> {
    load_registration(c, id)?
        .map(|(r, _)| r)
        .ok_or_else(|| StorageError::Reference(format!("registration {id}")))
}

/// Stores a registration's answers.
pub(crate) fn insert_answers(
    c: &mut DbConnection,
    id: i64,
    list: &[Answer],
) -> Result<(), StorageError> {
    for a in list {
        diesel::insert_into(answers::table)
            .values((
                answers::registration_id.eq(id),
                answers::question_id.eq(a.question_id),
                answers::value.eq(&a.value),
            ))
            .execute(c)?;
    }
    Ok(())
}

/// The audited fields of a registration: its phase, mode and whether it holds a place. Never
/// its name or address, so that erasing a registration leaves nothing personal in the log.
pub(crate) fn registration_snapshot(c: &mut DbConnection, id: i64) -> Result<String, StorageError> {
    use registrations as r;
    let (status, verified, mode, holds): (String, Option<i64>, String, bool) =
        r::table.find(id).select((r::status, r::verified_at, r::mode, r::holds_place)).first(c)?;
    let status: RegistrationStatus =
        status.parse().map_err(|_| StorageError::Corrupt(format!("status {status}")))?;
    let phase = RegistrationPhase::of(status, verified.is_some());
    Ok(serde_json::json!({ "state": phase.as_str(), "mode": mode, "holds_place": holds })
        .to_string())
}

/// A registration's snapshot with extra fields (the email resent, a check-in's time).
pub(crate) fn snapshot_with(
    c: &mut DbConnection,
    id: i64,
    extra: &[(&str, serde_json::Value)],
) -> Result<String, StorageError> {
    let mut v: serde_json::Value = serde_json::from_str(&registration_snapshot(c, id)?)
        .map_err(|e| StorageError::Corrupt(e.to_string()))?;
    if let Some(map) = v.as_object_mut() {
        for (k, x) in extra {
            map.insert((*k).to_owned(), x.clone());
        }
    }
    Ok(v.to_string())
}
