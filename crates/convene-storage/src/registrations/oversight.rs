//! The organisers' view of registrations: a session's list filtered and paged in the
//! database, counts per phase, and the actions organisers take on one registration (resend,
//! cancel, promote), each checked against the state the form showed and written to the audit
//! log in the same transaction. Seat accounting is `places.rs`'s, never repeated here.

use convene_domain::AuditAction;
use convene_domain::{
    Answer, EmailKind, PAGE_SIZE, PageNumber, Registration, RegistrationAction, RegistrationPhase,
    RegistrationQuery, RegistrationStatus, resend_kind, state_marker,
};
use diesel::dsl::count_star;
use diesel::prelude::*;
use jiff::Timestamp;

use crate::audit::{Actor, audit};
use crate::conn::MultiBackend;
use crate::outbox::{enqueue, sent_since};
use crate::registrations::places::{cancel_in, take, take_beyond_capacity};
use crate::registrations::record::{load_registration, registration_snapshot};
use crate::rows::RegistrationRow;
use crate::schema::{answers, registrations, sessions};
use crate::{DbConnection, Registrations, StorageError};

/// A resend within this many seconds of the same email is taken for a double submit.
pub const RESEND_WINDOW_SECONDS: i64 = 300;

diesel::define_sql_function! {
    /// SQL `lower()`: both backends have it (SQLite folds ASCII letters only).
    fn lower(x: diesel::sql_types::Nullable<diesel::sql_types::Text>) -> diesel::sql_types::Nullable<diesel::sql_types::Text>;
}

/// A registration as the organisers' list shows it.
#[derive(Debug, Clone)]
pub struct ListedRegistration {
    /// The registration.
    pub registration: Registration,
    /// Made up for the demo: no person behind it, never emailed.
    pub synthetic: bool,
}

impl ListedRegistration {
    /// Where it stands.
    pub fn phase(&self) -> RegistrationPhase {
        let r = &self.registration;
        RegistrationPhase::of(r.status, r.verified_at.is_some())
    }
}

/// A session as the registrations chooser lists it.
#[derive(Debug, Clone)]
pub struct SessionRegistrations {
    /// Session id.
    pub id: i64,
    /// Its number in the series.
    pub number: i32,
    /// Its title.
    pub title: String,
    /// When it starts.
    pub starts_at: Timestamp,
    /// Registrations of any state.
    pub registrations: i64,
}

/// What became of an organiser's action on a registration.
#[derive(Debug, Clone)]
pub enum Acted {
    /// Done; the registration as it is now.
    Done(Registration),
    /// Already in the state the action leads to (a double submit): nothing done again.
    AlreadyDone(Registration),
    /// The registration changed since the form was shown: nothing done.
    Stale(Registration),
    /// Not possible in its state.
    Refused(Refusal),
    /// No such registration.
    Missing,
}

/// Why an action was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Cancelled, expired, erased or synthetic: no email to send.
    NothingToSend,
    /// The same email was queued moments ago.
    RecentlySent,
    /// Only a live registration can be cancelled.
    NotLive,
    /// Only a waitlisted registration can be promoted.
    NotWaitlisted,
    /// No free place, and going over capacity was not confirmed.
    Full,
}

/// The filtered registrations of a session, as a boxed query to count, page or export.
fn filtered(
    session_id: i64,
    q: &RegistrationQuery,
) -> registrations::BoxedQuery<'static, MultiBackend> {
    use registrations as r;
    let mut query = r::table.filter(r::session_id.eq(session_id)).into_boxed();
    if let Some(text) = &q.search {
        // Wildcards typed by the organiser are matched literally.
        let escaped = text.as_str().to_lowercase().replace('\\', "\\\\").replace('%', "\\%");
        let pattern = format!("%{}%", escaped.replace('_', "\\_"));
        query = query.filter(
            lower(r::name.nullable())
                .like(pattern.clone())
                .escape('\\')
                .or(lower(r::email.nullable()).like(pattern.clone()).escape('\\'))
                .or(lower(r::organisation).like(pattern).escape('\\')),
        );
    }
    if let Some(phase) = q.phase {
        query = with_phase(query, phase);
    }
    if let Some(mode) = q.mode {
        query = query.filter(r::mode.eq(mode.as_str()));
    }
    if let Some(country) = q.country {
        query = query.filter(r::country.eq(country.as_str().to_owned()));
    }
    if let Some(group) = q.group {
        query = query.filter(r::stakeholder_group.eq(group.as_str()));
    }
    query
}

fn with_phase(
    query: registrations::BoxedQuery<'static, MultiBackend>,
    phase: RegistrationPhase,
) -> registrations::BoxedQuery<'static, MultiBackend> {
    use registrations as r;
    let status = |s: RegistrationStatus| r::status.eq(s.as_str());
    match phase {
        RegistrationPhase::Confirmed => {
            query.filter(status(RegistrationStatus::Active)).filter(r::verified_at.is_not_null())
        }
        RegistrationPhase::Pending => {
            query.filter(status(RegistrationStatus::Active)).filter(r::verified_at.is_null())
        }
        RegistrationPhase::Waitlisted => query.filter(status(RegistrationStatus::Waitlisted)),
        RegistrationPhase::Cancelled => query.filter(status(RegistrationStatus::Cancelled)),
        RegistrationPhase::Expired => query.filter(status(RegistrationStatus::Expired)),
    }
}

/// Loads rows of a filtered query, in registration order.
fn listed(
    c: &mut DbConnection,
    query: registrations::BoxedQuery<'static, MultiBackend>,
) -> Result<Vec<ListedRegistration>, StorageError> {
    use registrations as r;
    let rows: Vec<(RegistrationRow, bool)> = query
        .order((r::created_at, r::id))
        .select((RegistrationRow::as_select(), r::synthetic))
        .load(c)?;
    let mut listed = rows
        .into_iter()
        .map(|(row, synthetic)| {
            Ok(ListedRegistration { registration: Registration::try_from(row)?, synthetic })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    with_answers(c, &mut listed)?;
    Ok(listed)
}

/// Fills in the answers to the session's questions, which organisers read beside each row.
fn with_answers(
    c: &mut DbConnection,
    listed: &mut [ListedRegistration],
) -> Result<(), StorageError> {
    let mut by_id: std::collections::HashMap<i64, Vec<Answer>> = std::collections::HashMap::new();
    let ids: Vec<i64> = listed.iter().map(|l| l.registration.id).collect();
    // In chunks, so an export of thousands stays under both backends' bind-parameter limits.
    for chunk in ids.chunks(500) {
        let rows: Vec<(i64, i64, String)> = answers::table
            .filter(answers::registration_id.eq_any(chunk))
            .order((answers::registration_id, answers::question_id))
            .select((answers::registration_id, answers::question_id, answers::value))
            .load(c)?;
        for (registration, question_id, value) in rows {
            by_id.entry(registration).or_default().push(Answer { question_id, value });
        }
    }
    for l in listed {
        l.registration.answers = by_id.remove(&l.registration.id).unwrap_or_default();
    }
    Ok(())
}

/// Adds fields to a snapshot (the email resent, a confirmed overbooking).
fn with_fields(snapshot: &str, extra: &[(&str, serde_json::Value)]) -> String {
    let mut v: serde_json::Value = serde_json::from_str(snapshot).unwrap_or_default();
    if let Some(map) = v.as_object_mut() {
        for (k, x) in extra {
            map.insert((*k).to_owned(), x.clone());
        }
    }
    v.to_string()
}

impl Registrations<'_> {
    /// One page of a session's registrations under the filters, and how many match in all.
    pub async fn registrations_page(
        &self,
        session_id: i64,
        query: RegistrationQuery,
        page: PageNumber,
    ) -> Result<(Vec<ListedRegistration>, i64), StorageError> {
        self.run(move |c| {
            let total: i64 = filtered(session_id, &query).select(count_star()).first(c)?;
            let rows =
                listed(c, filtered(session_id, &query).offset(page.offset()).limit(PAGE_SIZE))?;
            Ok((rows, total))
        })
        .await
    }

    /// Every registration of a session under the filters, for a download.
    pub async fn registrations_export(
        &self,
        session_id: i64,
        query: RegistrationQuery,
    ) -> Result<Vec<ListedRegistration>, StorageError> {
        self.run(move |c| listed(c, filtered(session_id, &query))).await
    }

    /// How many registrations of each phase match the filters other than the phase.
    pub async fn phase_counts(
        &self,
        session_id: i64,
        query: RegistrationQuery,
    ) -> Result<Vec<(RegistrationPhase, i64)>, StorageError> {
        let query = RegistrationQuery { phase: None, ..query };
        self.run(move |c| {
            RegistrationPhase::ALL
                .iter()
                .map(|p| {
                    let n = with_phase(filtered(session_id, &query), *p)
                        .select(count_star())
                        .first(c)?;
                    Ok((*p, n))
                })
                .collect()
        })
        .await
    }

    /// Every session (drafts included) with its number of registrations, newest first.
    pub async fn sessions_with_registrations(
        &self,
    ) -> Result<Vec<SessionRegistrations>, StorageError> {
        self.run(|c| {
            let list: Vec<(i64, i32, String, i64)> = sessions::table
                .order((sessions::starts_at.desc(), sessions::id.desc()))
                .select((sessions::id, sessions::number, sessions::title, sessions::starts_at))
                .load(c)?;
            let counts: Vec<(i64, i64)> = registrations::table
                .group_by(registrations::session_id)
                .select((registrations::session_id, count_star()))
                .load(c)?;
            let counts: std::collections::HashMap<i64, i64> = counts.into_iter().collect();
            list.into_iter()
                .map(|(id, number, title, starts)| {
                    Ok(SessionRegistrations {
                        id,
                        number,
                        title,
                        starts_at: crate::rows::ts(starts)?,
                        registrations: counts.get(&id).copied().unwrap_or(0),
                    })
                })
                .collect()
        })
        .await
    }

    /// A session's number and title (drafts included), for the organisers' pages.
    pub async fn session_heading(&self, id: i64) -> Result<Option<(i32, String)>, StorageError> {
        self.run(move |c| {
            Ok(sessions::table
                .find(id)
                .select((sessions::number, sessions::title))
                .first(c)
                .optional()?)
        })
        .await
    }

    /// One registration, for an organiser.
    pub async fn registration_by_id(&self, id: i64) -> Result<Option<Registration>, StorageError> {
        self.run(move |c| Ok(load_registration(c, id)?.map(|(r, _)| r))).await
    }

    /// Applies an organiser's action to a registration last seen in the state `seen` (its
    /// [`state_marker`]), with an audit entry, all in one transaction.
    pub async fn act_on_registration(
        &self,
        actor: Actor,
        id: i64,
        seen: String,
        action: RegistrationAction,
        now: Timestamp,
    ) -> Result<Acted, StorageError> {
        self.write(move |c| {
            lock_registration(c, id)?;
            let Some((r, _)) = load_registration(c, id)? else { return Ok(Acted::Missing) };
            let already = match action {
                RegistrationAction::Cancel => r.status == RegistrationStatus::Cancelled,
                RegistrationAction::Promote { .. } => r.status == RegistrationStatus::Active,
                RegistrationAction::Resend => false,
            };
            if already {
                return Ok(Acted::AlreadyDone(r));
            }
            if state_marker(&r) != seen {
                return Ok(Acted::Stale(r));
            }
            let t = now.as_second();
            let before = registration_snapshot(c, id)?;
            let mut extra = Vec::new();
            match action {
                RegistrationAction::Resend => {
                    let synthetic: bool =
                        registrations::table.find(id).select(registrations::synthetic).first(c)?;
                    let Some(kind) = resend_kind(&r).filter(|_| !synthetic) else {
                        return Ok(Acted::Refused(Refusal::NothingToSend));
                    };
                    if sent_since(c, id, kind, t - RESEND_WINDOW_SECONDS)? {
                        return Ok(Acted::Refused(Refusal::RecentlySent));
                    }
                    enqueue(c, kind, id, t, t)?;
                    extra.push(("email", kind.as_str().into()));
                }
                RegistrationAction::Cancel => {
                    if !r.is_live() {
                        return Ok(Acted::Refused(Refusal::NotLive));
                    }
                    if !cancel_in(c, id, t)? {
                        return Ok(Acted::AlreadyDone(r));
                    }
                }
                RegistrationAction::Promote { over_capacity } => {
                    if r.status != RegistrationStatus::Waitlisted {
                        return Ok(Acted::Refused(Refusal::NotWaitlisted));
                    }
                    let seated = take(c, r.session_id, r.mode)?;
                    if !seated && !over_capacity {
                        return Ok(Acted::Refused(Refusal::Full));
                    }
                    if !seated {
                        take_beyond_capacity(c, r.session_id, r.mode)?;
                        extra.push(("over_capacity", true.into()));
                    }
                    diesel::update(registrations::table.find(id))
                        .set((
                            registrations::status.eq(RegistrationStatus::Active.as_str()),
                            registrations::holds_place.eq(true),
                        ))
                        .execute(c)?;
                    enqueue(c, EmailKind::Promoted, id, t, t)?;
                }
            }
            let after = with_fields(&registration_snapshot(c, id)?, &extra);
            let subject = format!("registration:{id}");
            audit(
                c,
                actor,
                AuditAction::Registration(action),
                &subject,
                Some(before),
                Some(after),
                t,
            )?;
            let now = load_registration(c, id)?
                .ok_or_else(|| StorageError::Reference(format!("registration {id}")))?;
            Ok(Acted::Done(now.0))
        })
        .await
    }
}

/// Holds the registration's row until the transaction ends, so two organisers acting on it at
/// once take turns and the second sees the first's result. SQLite's write transaction already
/// holds the database's one write lock.
fn lock_registration(c: &mut DbConnection, id: i64) -> Result<(), StorageError> {
    if let DbConnection::Postgresql(pg) = c {
        registrations::table.find(id).select(registrations::id).for_update().load::<i64>(pg)?;
    }
    Ok(())
}
