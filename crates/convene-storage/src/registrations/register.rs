//! New registrations, written with group commit: requests that arrive while one transaction
//! commits are written together in the next, each inside its own savepoint. One fsync then
//! makes a whole batch durable, and no request is answered before its batch has committed.

use convene_domain::{EmailKind, NewRegistration, RegistrationStatus};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use jiff::Timestamp;
use tokio::sync::{mpsc, oneshot};

use crate::outbox::enqueue;
use crate::registrations::places::take;
use crate::registrations::record::insert_answers;
use crate::schema::{answers, registrations};
use crate::{DbConnection, Registrations, StorageError, Store};

/// The most registrations written in one transaction.
const MAX_BATCH: usize = 256;

/// What happened to a registration request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registered {
    /// A new registration holding a place, pending verification.
    Created(i64),
    /// A new registration on the waiting list, pending verification.
    Waitlisted(i64),
    /// The address was already registered: the manage link is sent again.
    Duplicate(i64),
}

pub(crate) struct Request {
    session_id: i64,
    registration: NewRegistration,
    now: Timestamp,
    reply: oneshot::Sender<Result<Registered, StorageError>>,
}

pub(crate) type Queue = mpsc::Sender<Request>;

impl Registrations<'_> {
    /// Stores a registration and queues its verification email, durably, before returning.
    pub async fn register(
        &self,
        session_id: i64,
        registration: NewRegistration,
        now: Timestamp,
    ) -> Result<Registered, StorageError> {
        let (reply, answer) = oneshot::channel();
        let req = Request { session_id, registration, now, reply };
        self.store
            .registrar
            .send(req)
            .await
            .map_err(|_| StorageError::Task("registration writer stopped".into()))?;
        answer.await.map_err(|_| StorageError::Task("registration writer stopped".into()))?
    }
}

/// The writer task: waits for a request, takes whatever else is queued, writes them all in
/// one transaction, answers each.
pub(crate) async fn writer(store: Store, mut queue: mpsc::Receiver<Request>) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(r) => batch.push(r),
                Err(_) => break,
            }
        }
        let (replies, work): (Vec<_>, Vec<_>) =
            batch.into_iter().map(|r| (r.reply, (r.session_id, r.registration, r.now))).unzip();
        let count = work.len();
        let outcome = store.write_reserved(move |c| write_batch(c, &work)).await;
        tracing::debug!(count, ok = outcome.is_ok(), "registration batch");
        match outcome {
            Ok(results) => {
                for (reply, result) in replies.into_iter().zip(results) {
                    let _ = reply.send(result);
                }
            }
            Err(e) => {
                // The commit failed: nothing of the batch is stored, and every request says so.
                let message = e.to_string();
                for reply in replies {
                    let _ = reply.send(Err(StorageError::Task(message.clone())));
                }
            }
        }
    }
}

type Work = (i64, NewRegistration, Timestamp);

fn write_batch(
    c: &mut DbConnection,
    work: &[Work],
) -> Result<Vec<Result<Registered, StorageError>>, StorageError> {
    let mut results = Vec::with_capacity(work.len());
    for (session_id, reg, now) in work {
        // A savepoint per request: a duplicate or a bad row is rolled back alone.
        let one = c.transaction(|c| insert_one(c, *session_id, reg, *now));
        let result = match one {
            Err(StorageError::Query(DieselError::DatabaseError(
                DatabaseErrorKind::UniqueViolation,
                _,
            ))) => c.transaction(|c| again(c, *session_id, reg, *now)),
            other => other,
        };
        results.push(result);
    }
    Ok(results)
}

/// What the person gave: the columns a new registration inserts and a renewed one replaces.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = registrations, treat_none_as_null = true)]
struct Given<'a> {
    email: &'a str,
    name: &'a str,
    country: &'a str,
    stakeholder_group: &'a str,
    organisation: Option<&'a str>,
    mode: &'a str,
    language: &'a str,
    accessibility: Option<&'a str>,
    consent_version: &'a str,
    list_publicly: bool,
    news_updates: bool,
    token_nonce: String,
    created_at: i64,
}

impl<'a> Given<'a> {
    fn of(r: &'a NewRegistration, now: i64) -> Self {
        Self {
            email: r.email.as_str(),
            name: &r.name,
            country: r.country.as_str(),
            stakeholder_group: r.stakeholder_group.as_str(),
            organisation: r.organisation.as_deref(),
            mode: r.mode.as_str(),
            language: r.language.code(),
            accessibility: r.accessibility.as_deref(),
            consent_version: r.consent_version,
            list_publicly: r.list_publicly,
            news_updates: r.news_updates,
            token_nonce: crate::random_nonce(),
            created_at: now,
        }
    }
}

fn insert_one(
    c: &mut DbConnection,
    session_id: i64,
    r: &NewRegistration,
    now: Timestamp,
) -> Result<Registered, StorageError> {
    let now = now.as_second();
    let key = r.email.key();
    // The place first, so the row is written once, already in its final state; a duplicate
    // rolls the place back with the savepoint.
    let (seated, status) = place(c, session_id, r)?;
    let insert = || {
        diesel::insert_into(registrations::table)
            .values((
                registrations::session_id.eq(session_id),
                registrations::email_key.eq(&key),
                Given::of(r, now),
                registrations::status.eq(status.as_str()),
                registrations::holds_place.eq(seated),
            ))
            .returning(registrations::id)
    };
    // RETURNING, which both backends have but the multi-backend connection does not expose:
    // the one query, run on whichever connection this is. Reading the id back by key instead
    // left the choice of index to PostgreSQL's planner, which without statistics scanned the
    // whole session per insert.
    let id: i64 = match c {
        DbConnection::Postgresql(pg) => insert().get_result(pg)?,
        DbConnection::Sqlite(lite) => insert().get_result(lite)?,
    };
    ask_to_verify(c, id, seated, r, now)
}

/// Takes a place if one is free; otherwise the registration joins the waiting list.
fn place(
    c: &mut DbConnection,
    session_id: i64,
    r: &NewRegistration,
) -> Result<(bool, RegistrationStatus), StorageError> {
    let seated = take(c, session_id, r.mode)?;
    let status = if seated { RegistrationStatus::Active } else { RegistrationStatus::Waitlisted };
    Ok((seated, status))
}

/// Stores the answers and queues the verification email.
fn ask_to_verify(
    c: &mut DbConnection,
    id: i64,
    seated: bool,
    r: &NewRegistration,
    now: i64,
) -> Result<Registered, StorageError> {
    insert_answers(c, id, &r.answers)?;
    enqueue(c, EmailKind::Verify, id, now, now)?;
    Ok(if seated { Registered::Created(id) } else { Registered::Waitlisted(id) })
}

/// A second registration with the same address. While the first still counts, nothing new is
/// stored: the manage link (or, if never verified, the verification link) is sent again. A
/// cancelled or expired one is renewed with the new answers, as a new registration would be.
fn again(
    c: &mut DbConnection,
    session_id: i64,
    r: &NewRegistration,
    now: Timestamp,
) -> Result<Registered, StorageError> {
    let (id, verified, status): (i64, Option<i64>, String) = registrations::table
        .filter(registrations::session_id.eq(session_id))
        .filter(registrations::email_key.eq(r.email.key()))
        .select((registrations::id, registrations::verified_at, registrations::status))
        .first(c)?;
    let now = now.as_second();
    if status == RegistrationStatus::Active.as_str()
        || status == RegistrationStatus::Waitlisted.as_str()
    {
        let kind = if verified.is_some() { EmailKind::ManageLink } else { EmailKind::Verify };
        enqueue(c, kind, id, now, now)?;
        return Ok(Registered::Duplicate(id));
    }
    diesel::delete(answers::table.filter(answers::registration_id.eq(id))).execute(c)?;
    let (seated, status) = place(c, session_id, r)?;
    diesel::update(registrations::table.find(id))
        .set((
            Given::of(r, now),
            registrations::status.eq(status.as_str()),
            registrations::holds_place.eq(seated),
            registrations::verified_at.eq(None::<i64>),
            registrations::cancelled_at.eq(None::<i64>),
        ))
        .execute(c)?;
    ask_to_verify(c, id, seated, r, now)
}
