//! What the public forms and the worker read about registrations: a session's window, places
//! and questions, a registration behind a signed link, counts by state.

use convene_domain::{
    EmailKind, PlacesTaken, Purpose, Question, RegistrationStatus, RegistrationWindow, TokenKey,
};
use diesel::prelude::*;

use crate::outbox::registrations_emailed;
use crate::registrations::record::load_registration;
use crate::registrations::{Registrant, RegistrationContext, RegistrationCounts};
use crate::rows::ts;
use crate::schema::{questions, registration_windows, registrations};
use crate::{Registrations, StorageError};

/// opens_at, closes_at, capacities (in person, online), places taken (in person, online).
type WindowRow = (i64, i64, Option<i32>, Option<i32>, i32, i32);

impl Registrations<'_> {
    /// How many people of a session have been checked in at the door.
    pub async fn checked_in_count(&self, session_id: i64) -> Result<i64, StorageError> {
        self.run(move |c| {
            Ok(registrations::table
                .filter(registrations::session_id.eq(session_id))
                .filter(registrations::checked_in_at.is_not_null())
                .count()
                .get_result(c)?)
        })
        .await
    }

    /// The registration window, places and questions of a session.
    pub async fn registration_context(
        &self,
        session_id: i64,
    ) -> Result<RegistrationContext, StorageError> {
        self.run(move |c| {
            let w: Option<WindowRow> = registration_windows::table
                .find(session_id)
                .select((
                    registration_windows::opens_at,
                    registration_windows::closes_at,
                    registration_windows::capacity_in_person,
                    registration_windows::capacity_online,
                    registration_windows::taken_in_person,
                    registration_windows::taken_online,
                ))
                .first(c)
                .optional()?;
            let qs: Vec<(i64, String, String, String, bool)> = questions::table
                .filter(questions::session_id.eq(session_id))
                .order(questions::position)
                .select((
                    questions::id,
                    questions::kind,
                    questions::label,
                    questions::choices,
                    questions::required,
                ))
                .load(c)?;
            let questions = qs
                .into_iter()
                .map(|(id, kind, label, choices, required)| {
                    Ok(Question {
                        id,
                        kind: kind
                            .parse()
                            .map_err(|_| StorageError::Corrupt(format!("question kind {kind}")))?,
                        label,
                        choices: choices.lines().map(str::to_owned).collect(),
                        required,
                    })
                })
                .collect::<Result<_, StorageError>>()?;
            let u = |n: i32| u32::try_from(n).unwrap_or(0);
            let (window, taken) = match w {
                Some((opens, closes, cap_in, cap_on, taken_in, taken_on)) => (
                    Some(RegistrationWindow {
                        opens_at: ts(opens)?,
                        closes_at: ts(closes)?,
                        capacity_in_person: cap_in.map(u),
                        capacity_online: cap_on.map(u),
                    }),
                    PlacesTaken { in_person: u(taken_in), online: u(taken_on) },
                ),
                None => (None, PlacesTaken::default()),
            };
            Ok(RegistrationContext { window, taken, questions })
        })
        .await
    }

    /// The registration a signed link names, if the token is right for `purpose`.
    pub async fn registrant(
        &self,
        key: &TokenKey,
        purpose: Purpose,
        token: &str,
    ) -> Result<Option<Registrant>, StorageError> {
        let Some(id) = convene_domain::token_id(token) else { return Ok(None) };
        let found = self.run(move |c| load_registration(c, id)).await?;
        Ok(found.and_then(|(registration, nonce)| {
            let ok = match purpose {
                Purpose::CheckIn => key.check_checkin_code(token, id, &nonce),
                _ => key.check_registration_token(purpose, token, id, &nonce),
            };
            ok.then_some(Registrant { registration, nonce })
        }))
    }

    /// A registration by id, for composing its emails (the worker's own access).
    pub async fn registrant_for_email(&self, id: i64) -> Result<Option<Registrant>, StorageError> {
        let found = self.run(move |c| load_registration(c, id)).await?;
        Ok(found.map(|(registration, nonce)| Registrant { registration, nonce }))
    }

    /// Registrations of a session by state.
    pub async fn registration_counts(
        &self,
        session_id: i64,
    ) -> Result<RegistrationCounts, StorageError> {
        self.run(move |c| {
            let rows: Vec<(String, bool)> = registrations::table
                .filter(registrations::session_id.eq(session_id))
                .select((registrations::status, registrations::verified_at.is_not_null()))
                .load(c)?;
            let mut n = RegistrationCounts::default();
            for (status, verified) in rows {
                let status: RegistrationStatus =
                    crate::rows::parse("registration status", &status)?;
                match (status, verified) {
                    (RegistrationStatus::Active, true) => n.confirmed += 1,
                    (RegistrationStatus::Active, false) => n.pending += 1,
                    (RegistrationStatus::Waitlisted, _) => n.waitlisted += 1,
                    (RegistrationStatus::Cancelled, _) => n.cancelled += 1,
                    (RegistrationStatus::Expired, _) => n.expired += 1,
                }
            }
            Ok(n)
        })
        .await
    }

    /// The comparison keys of every registration of a session, with whether a verification
    /// email was queued for it (for durability checks and, later, exports).
    pub async fn registration_keys(
        &self,
        session_id: i64,
    ) -> Result<Vec<(String, bool)>, StorageError> {
        self.run(move |c| {
            let keys: Vec<(i64, String)> = registrations::table
                .filter(registrations::session_id.eq(session_id))
                .select((registrations::id, registrations::email_key))
                .load(c)?;
            let with_job = registrations_emailed(c, EmailKind::Verify)?;
            Ok(keys.into_iter().map(|(id, k)| (k, with_job.contains(&id))).collect())
        })
        .await
    }
}
