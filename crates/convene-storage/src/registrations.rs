//! Registrations: reading them, and every change a registrant makes through their links.

use convene_domain::{
    Answer, AttendanceMode, EmailKind, JoinLink, PlacesTaken, Purpose, Question, Registration,
    RegistrationStatus, RegistrationWindow, TokenKey,
};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::accounts::{Actor, audit};
use crate::oversight::registration_snapshot;
use crate::places::{enqueue, fill_from_waitlist, release, take};
use crate::rows::{RegistrationRow, ts};
use crate::schema::{answers, jobs, join_links, questions, registration_windows, registrations};
use crate::{DbConnection, StorageError, Store};

/// What the registration form of a session needs: its window, places taken, questions.
#[derive(Debug, Clone, Default)]
pub struct RegistrationContext {
    /// Window and capacities; `None` when the session takes no registrations.
    pub window: Option<RegistrationWindow>,
    /// Places held now.
    pub taken: PlacesTaken,
    /// Custom questions, in order.
    pub questions: Vec<Question>,
}

/// A registration reached through one of its signed links. Only storage constructs it, after
/// checking the token, and only it unlocks join links: no public code path can hold one.
#[derive(Debug, Clone)]
pub struct Registrant {
    /// The registration.
    pub registration: Registration,
    nonce: String,
}

impl Registrant {
    /// The registration's signed link token for `purpose`.
    pub fn token(&self, key: &TokenKey, purpose: Purpose) -> String {
        key.registration_token(purpose, self.registration.id, &self.nonce)
    }

    /// The code on the badge.
    pub fn checkin_code(&self, key: &TokenKey) -> String {
        key.checkin_code(self.registration.id, &self.nonce)
    }
}

/// What a check-in scan found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckIn {
    /// Checked in now.
    Done(Registration),
    /// Checked in before, at this instant.
    Already(Registration, Timestamp),
    /// Not a confirmed registration (cancelled, waiting, unverified, or unknown code).
    Refused(Option<Registration>),
}

/// Changes a registrant may make on the manage page.
#[derive(Debug, Clone)]
pub struct RegistrationChanges {
    /// New attendance mode.
    pub mode: AttendanceMode,
    /// New preferred language code.
    pub language: &'static str,
    /// New answers (replacing the old).
    pub answers: Vec<Answer>,
}

/// Counts by state, for tests and the organisers' view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RegistrationCounts {
    /// Active and verified.
    pub confirmed: i64,
    /// Active, not yet verified.
    pub pending: i64,
    /// On the waiting list.
    pub waitlisted: i64,
    /// Cancelled.
    pub cancelled: i64,
    /// Expired unverified.
    pub expired: i64,
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

impl Store {
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

    /// The join links of a confirmed online registrant; empty for anyone else.
    pub async fn join_links(&self, who: &Registrant) -> Result<Vec<JoinLink>, StorageError> {
        let r = &who.registration;
        if !(r.is_confirmed() && r.mode == AttendanceMode::Online && r.erased_at.is_none()) {
            return Ok(Vec::new());
        }
        let session_id = r.session_id;
        self.run(move |c| {
            let links: Vec<(String, String)> = join_links::table
                .filter(join_links::session_id.eq(session_id))
                .select((join_links::language, join_links::url))
                .load(c)?;
            Ok(crate::settings::in_channel_order(links))
        })
        .await
    }

    /// Marks the email verified (once) and queues the confirmation and reminders.
    pub async fn verify_email(
        &self,
        who: &Registrant,
        now: Timestamp,
    ) -> Result<Registration, StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            let n = diesel::update(
                registrations::table
                    .find(id)
                    .filter(registrations::verified_at.is_null())
                    .filter(registrations::status.eq_any(LIVE)),
            )
            .set(registrations::verified_at.eq(now.as_second()))
            .execute(c)?;
            if n == 1 {
                enqueue(c, EmailKind::Confirmed, id, now.as_second(), now.as_second())?;
                schedule_reminders(c, id, now.as_second())?;
            }
            current(c, id)
        })
        .await
    }

    /// Cancels a registration, freeing its place for the waiting list.
    pub async fn cancel_registration(
        &self,
        who: &Registrant,
        now: Timestamp,
    ) -> Result<Registration, StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            cancel_in(c, id, now.as_second())?;
            current(c, id)
        })
        .await
    }

    /// Changes mode, language and answers; a new mode takes a place or joins the waiting list.
    pub async fn change_registration(
        &self,
        who: &Registrant,
        changes: RegistrationChanges,
        now: Timestamp,
    ) -> Result<Registration, StorageError> {
        let r = who.registration.clone();
        self.write(move |c| {
            diesel::update(registrations::table.find(r.id))
                .set(registrations::language.eq(changes.language))
                .execute(c)?;
            diesel::delete(answers::table.filter(answers::registration_id.eq(r.id))).execute(c)?;
            insert_answers(c, r.id, &changes.answers)?;
            if r.is_live() && changes.mode != r.mode {
                release(c, r.id, now.as_second())?;
                let seated = take(c, r.session_id, changes.mode)?;
                let status = if seated {
                    RegistrationStatus::Active
                } else {
                    RegistrationStatus::Waitlisted
                };
                diesel::update(registrations::table.find(r.id))
                    .set((
                        registrations::mode.eq(changes.mode.as_str()),
                        registrations::status.eq(status.as_str()),
                        registrations::holds_place.eq(seated),
                    ))
                    .execute(c)?;
                fill_from_waitlist(c, r.session_id, r.mode, now.as_second())?;
            }
            current(c, r.id)
        })
        .await
    }

    /// Erases personal data: the record stays, anonymised, so counts stay right; all links
    /// stop working. Before the session it is also cancelled, freeing the place.
    pub async fn erase_registration(
        &self,
        who: &Registrant,
        session_started: bool,
        now: Timestamp,
    ) -> Result<(), StorageError> {
        let id = who.registration.id;
        let live = who.registration.is_live();
        self.write(move |c| {
            if live && !session_started {
                diesel::update(registrations::table.find(id))
                    .set((
                        registrations::status.eq(RegistrationStatus::Cancelled.as_str()),
                        registrations::cancelled_at.eq(now.as_second()),
                    ))
                    .execute(c)?;
                release(c, id, now.as_second())?;
            }
            diesel::delete(answers::table.filter(answers::registration_id.eq(id))).execute(c)?;
            diesel::update(registrations::table.find(id))
                .set((
                    registrations::name.eq(""),
                    registrations::email.eq(""),
                    registrations::email_key.eq(format!("erased:{id}")),
                    registrations::organisation.eq(None::<String>),
                    registrations::accessibility.eq(None::<String>),
                    registrations::list_publicly.eq(false),
                    registrations::news_updates.eq(false),
                    registrations::token_nonce.eq(crate::random_nonce()),
                    registrations::erased_at.eq(now.as_second()),
                ))
                .execute(c)?;
            // Nothing more is sent to someone who asked to be forgotten.
            diesel::update(
                jobs::table
                    .filter(jobs::registration_id.eq(id))
                    .filter(jobs::done_at.is_null())
                    .filter(jobs::failed_at.is_null()),
            )
            .set((jobs::done_at.eq(now.as_second()), jobs::last_error.eq("erased")))
            .execute(c)?;
            Ok(())
        })
        .await
    }

    /// Records attendance at the door, once.
    pub async fn check_in(
        &self,
        who: &Registrant,
        now: Timestamp,
    ) -> Result<CheckIn, StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            let n = diesel::update(
                registrations::table
                    .find(id)
                    .filter(registrations::checked_in_at.is_null())
                    .filter(registrations::status.eq(RegistrationStatus::Active.as_str()))
                    .filter(registrations::verified_at.is_not_null()),
            )
            .set(registrations::checked_in_at.eq(now.as_second()))
            .execute(c)?;
            let r = current(c, id)?;
            Ok(match (n, r.checked_in_at) {
                (1, _) => CheckIn::Done(r),
                (_, Some(at)) => CheckIn::Already(r, at),
                _ => CheckIn::Refused(Some(r)),
            })
        })
        .await
    }

    /// Records that an online participant opened the join link (the first time counts).
    pub async fn record_online_join(
        &self,
        who: &Registrant,
        now: Timestamp,
    ) -> Result<(), StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            diesel::update(
                registrations::table.find(id).filter(registrations::joined_online_at.is_null()),
            )
            .set(registrations::joined_online_at.eq(now.as_second()))
            .execute(c)?;
            Ok(())
        })
        .await
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
                match (status.as_str(), verified) {
                    ("active", true) => n.confirmed += 1,
                    ("active", false) => n.pending += 1,
                    ("waitlisted", _) => n.waitlisted += 1,
                    ("cancelled", _) => n.cancelled += 1,
                    _ => n.expired += 1,
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
            let with_job: std::collections::HashSet<i64> = jobs::table
                .filter(jobs::kind.eq(EmailKind::Verify.as_str()))
                .filter(jobs::registration_id.is_not_null())
                .select(jobs::registration_id.assume_not_null())
                .load::<i64>(c)?
                .into_iter()
                .collect();
            Ok(keys.into_iter().map(|(id, k)| (k, with_job.contains(&id))).collect())
        })
        .await
    }

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
                .filter(registrations::status.eq_any(LIVE))
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
                    "registration.expire",
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

/// opens_at, closes_at, capacities (in person, online), places taken (in person, online).
type WindowRow = (i64, i64, Option<i32>, Option<i32>, i32, i32);

/// The states that still count.
const LIVE: [&str; 2] = ["active", "waitlisted"];

/// Cancels a live registration: frees its place (offering it to the waiting list) and emails
/// the person. The one cancellation path, for the registrant's own link and for organisers;
/// `false` when it was not live (nothing done).
pub(crate) fn cancel_in(c: &mut DbConnection, id: i64, now: i64) -> Result<bool, StorageError> {
    let n =
        diesel::update(registrations::table.find(id).filter(registrations::status.eq_any(LIVE)))
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

fn current(c: &mut DbConnection, id: i64) -> Result<Registration, StorageError> {
    load_registration(c, id)?
        .map(|(r, _)| r)
        .ok_or_else(|| StorageError::Reference(format!("registration {id}")))
}

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

/// Queues the 24-hour and 1-hour reminders that are still ahead.
pub(crate) fn schedule_reminders(
    c: &mut DbConnection,
    id: i64,
    now: i64,
) -> Result<(), StorageError> {
    use crate::schema::sessions;
    let starts_at: i64 = registrations::table
        .inner_join(sessions::table)
        .filter(registrations::id.eq(id))
        .select(sessions::starts_at)
        .first(c)?;
    for (kind, before) in [(EmailKind::Reminder24h, 24 * 3600), (EmailKind::Reminder1h, 3600)] {
        let at = starts_at - before;
        if at > now {
            enqueue(c, kind, id, now, at)?;
        }
    }
    Ok(())
}
