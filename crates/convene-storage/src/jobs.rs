//! The durable job queue: leasing due jobs, finishing them, retrying with backoff; and the
//! leases that let one instance at a time run each periodic task.
//!
//! A job is leased by setting `locked_until` in the future; a worker that dies leaves a lease
//! that simply runs out, and the job is picked up again. So a crash between sending an email
//! and marking it done repeats that one email, and nothing else. What a row's `kind` means is
//! the job runner's business (`convene-jobs`); storage only keeps the rows.

use diesel::prelude::*;
use jiff::Timestamp;

use crate::schema::{app_secrets, jobs, periodic_leases};
use crate::{DbConnection, StorageError, Store};

/// A leased job, as stored: the runner parses `kind` and `payload` into a typed job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeasedJob {
    /// Id, also the basis of the email's Message-ID.
    pub id: i64,
    /// What to do: a job kind's name, or for email jobs the kind of email.
    pub kind: String,
    /// The job's arguments as JSON, for kinds that have them.
    pub payload: Option<String>,
    /// The registration it is about.
    pub registration_id: Option<i64>,
    /// The organiser account it is about (account emails).
    pub user_id: Option<i64>,
    /// Attempts so far, this one included.
    pub attempts: u32,
}

/// A job's state, for reports and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRecord {
    /// Its kind, as stored.
    pub kind: String,
    /// When it is (or was last) due.
    pub run_at: Timestamp,
    /// Attempts so far.
    pub attempts: u32,
    /// When it was done (or skipped).
    pub done_at: Option<Timestamp>,
    /// When it was given up.
    pub failed_at: Option<Timestamp>,
    /// The last error, or the note of a skipped job.
    pub last_error: Option<String>,
}

/// id, kind, payload, registration, user, attempts.
type JobRow = (i64, String, Option<String>, Option<i64>, Option<i64>, i32);

macro_rules! due {
    ($now:expr) => {
        jobs::table
            .filter(jobs::done_at.is_null())
            .filter(jobs::failed_at.is_null())
            .filter(jobs::run_at.le($now))
            .filter(jobs::locked_until.le($now))
            .order((jobs::run_at, jobs::id))
            .select(jobs::id)
    };
}

impl Store {
    /// Leases up to `limit` due jobs for `lease_seconds` to the worker named `worker`.
    pub async fn lease_jobs(
        &self,
        worker: &str,
        now: Timestamp,
        lease_seconds: i64,
        limit: i64,
    ) -> Result<Vec<LeasedJob>, StorageError> {
        let worker = worker.to_owned();
        let now = now.as_second();
        let until = now + lease_seconds;
        self.write(move |c| {
            let ids: Vec<i64> = match c {
                // PostgreSQL: rows another instance is leasing right now are skipped, not
                // waited for, so several instances share the queue without blocking.
                DbConnection::Postgresql(pg) => {
                    due!(now).limit(limit).for_update().skip_locked().load(pg)?
                }
                // SQLite: `write` already holds the database's single write lock.
                DbConnection::Sqlite(lite) => due!(now).limit(limit).load(lite)?,
            };
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            diesel::update(jobs::table.filter(jobs::id.eq_any(&ids)))
                .set((
                    jobs::locked_until.eq(until),
                    jobs::locked_by.eq(&worker),
                    jobs::attempts.eq(jobs::attempts + 1),
                ))
                .execute(c)?;
            let rows: Vec<JobRow> = jobs::table
                .filter(jobs::id.eq_any(&ids))
                .order((jobs::run_at, jobs::id))
                .select((
                    jobs::id,
                    jobs::kind,
                    jobs::payload,
                    jobs::registration_id,
                    jobs::user_id,
                    jobs::attempts,
                ))
                .load(c)?;
            Ok(rows
                .into_iter()
                .map(|(id, kind, payload, registration_id, user_id, attempts)| LeasedJob {
                    id,
                    kind,
                    payload,
                    registration_id,
                    user_id,
                    attempts: u32::try_from(attempts).unwrap_or(0),
                })
                .collect())
        })
        .await
    }

    /// Marks jobs done, in one transaction (a note says why when one was skipped rather than
    /// carried out).
    pub async fn finish_jobs(
        &self,
        done: Vec<(i64, Option<String>)>,
        now: Timestamp,
    ) -> Result<(), StorageError> {
        if done.is_empty() {
            return Ok(());
        }
        self.write(move |c| {
            let (plain, noted): (Vec<_>, Vec<_>) = done.into_iter().partition(|(_, n)| n.is_none());
            let ids: Vec<i64> = plain.into_iter().map(|(id, _)| id).collect();
            diesel::update(jobs::table.filter(jobs::id.eq_any(&ids)))
                .set(jobs::done_at.eq(now.as_second()))
                .execute(c)?;
            for (id, note) in noted {
                diesel::update(jobs::table.find(id))
                    .set((jobs::done_at.eq(now.as_second()), jobs::last_error.eq(note)))
                    .execute(c)?;
            }
            Ok(())
        })
        .await
    }

    /// Records a failed attempt: retried at `retry_at`, or given up when `None`.
    pub async fn fail_job(
        &self,
        id: i64,
        now: Timestamp,
        error: String,
        retry_at: Option<Timestamp>,
    ) -> Result<(), StorageError> {
        self.write(move |c| {
            let target = diesel::update(jobs::table.find(id));
            match retry_at {
                Some(at) => target
                    .set((
                        jobs::run_at.eq(at.as_second()),
                        jobs::locked_until.eq(0),
                        jobs::last_error.eq(error),
                    ))
                    .execute(c)?,
                None => target
                    .set((jobs::failed_at.eq(now.as_second()), jobs::last_error.eq(error)))
                    .execute(c)?,
            };
            Ok(())
        })
        .await
    }

    /// How many jobs are due at `now` and not finished (leased or not).
    pub async fn due_job_count(&self, now: Timestamp) -> Result<i64, StorageError> {
        let now = now.as_second();
        self.run(move |c| {
            Ok(jobs::table
                .filter(jobs::done_at.is_null())
                .filter(jobs::failed_at.is_null())
                .filter(jobs::run_at.le(now))
                .count()
                .get_result(c)?)
        })
        .await
    }

    /// Queues a job of `kind` with its JSON `payload`, due at `run_at`; returns its id. (Email
    /// jobs are queued inside the transaction of the change that causes them, not here.)
    pub async fn enqueue_job(
        &self,
        kind: &str,
        payload: Option<String>,
        run_at: Timestamp,
        now: Timestamp,
    ) -> Result<i64, StorageError> {
        let kind = kind.to_owned();
        self.write(move |c| {
            let insert = || {
                diesel::insert_into(jobs::table)
                    .values((
                        jobs::kind.eq(&kind),
                        jobs::payload.eq(&payload),
                        jobs::run_at.eq(run_at.as_second()),
                        jobs::created_at.eq(now.as_second()),
                    ))
                    .returning(jobs::id)
            };
            // RETURNING: both backends have it, the multi-backend connection does not expose it.
            Ok(match c {
                DbConnection::Postgresql(pg) => insert().get_result(pg)?,
                DbConnection::Sqlite(lite) => insert().get_result(lite)?,
            })
        })
        .await
    }

    /// A job's state, or `None` when there is no such job.
    pub async fn job_record(&self, id: i64) -> Result<Option<JobRecord>, StorageError> {
        type Row = (String, i64, i32, Option<i64>, Option<i64>, Option<String>);
        let row: Option<Row> = self
            .run(move |c| {
                Ok(jobs::table
                    .find(id)
                    .select((
                        jobs::kind,
                        jobs::run_at,
                        jobs::attempts,
                        jobs::done_at,
                        jobs::failed_at,
                        jobs::last_error,
                    ))
                    .first(c)
                    .optional()?)
            })
            .await?;
        let time = |s: i64| {
            Timestamp::from_second(s).map_err(|_| StorageError::Corrupt(format!("job {id} time")))
        };
        row.map(|(kind, run_at, attempts, done_at, failed_at, last_error)| {
            Ok(JobRecord {
                kind,
                run_at: time(run_at)?,
                attempts: u32::try_from(attempts).unwrap_or(0),
                done_at: done_at.map(time).transpose()?,
                failed_at: failed_at.map(time).transpose()?,
                last_error,
            })
        })
        .transpose()
    }

    /// Takes the lease of periodic task `name` for `holder` until `now + lease_seconds`, if the
    /// task is due (its last run began `every_seconds` ago or more) and nobody else holds it.
    /// Returns whether `holder` may run it now; every instance asks, one is answered yes.
    pub async fn claim_periodic(
        &self,
        name: &str,
        holder: &str,
        now: Timestamp,
        every_seconds: i64,
        lease_seconds: i64,
    ) -> Result<bool, StorageError> {
        let (name, holder, now) = (name.to_owned(), holder.to_owned(), now.as_second());
        let latest_start = now - every_seconds;
        // A plain read first: most rounds find the task not due, and on SQLite a write
        // transaction would take the database's single write lock for nothing.
        let key = name.clone();
        let state: Option<(i64, i64)> = self
            .run(move |c| {
                Ok(periodic_leases::table
                    .find(key)
                    .select((periodic_leases::held_until, periodic_leases::last_run_at))
                    .first(c)
                    .optional()?)
            })
            .await?;
        if let Some((held_until, last_run_at)) = state
            && (held_until > now || last_run_at > latest_start)
        {
            return Ok(false);
        }
        self.write(move |c| {
            let insert = diesel::insert_into(periodic_leases::table)
                .values(periodic_leases::name.eq(&name))
                .on_conflict_do_nothing();
            // The same statement on either connection: the multi-backend connection does not
            // expose ON CONFLICT. It only makes sure the task's row exists.
            match c {
                DbConnection::Postgresql(pg) => insert.execute(pg)?,
                DbConnection::Sqlite(lite) => insert.execute(lite)?,
            };
            let taken = diesel::update(
                periodic_leases::table
                    .find(&name)
                    .filter(periodic_leases::held_until.le(now))
                    .filter(periodic_leases::last_run_at.le(latest_start)),
            )
            .set((
                periodic_leases::holder.eq(&holder),
                periodic_leases::held_until.eq(now + lease_seconds),
            ))
            .execute(c)?;
            Ok(taken == 1)
        })
        .await
    }

    /// Records that `holder`'s run of periodic task `name`, begun at `started`, is over and
    /// gives the lease back. A holder whose lease ran out and was taken over records nothing.
    pub async fn release_periodic(
        &self,
        name: &str,
        holder: &str,
        started: Timestamp,
    ) -> Result<(), StorageError> {
        let (name, holder) = (name.to_owned(), holder.to_owned());
        self.write(move |c| {
            diesel::update(
                periodic_leases::table
                    .find(&name)
                    .filter(periodic_leases::holder.eq(&holder))
                    .filter(periodic_leases::held_until.gt(0)),
            )
            .set((
                periodic_leases::held_until.eq(0),
                periodic_leases::last_run_at.eq(started.as_second()),
            ))
            .execute(c)?;
            Ok(())
        })
        .await
    }

    /// The installation's token key, created on first use and shared by every instance.
    pub async fn token_key(&self) -> Result<convene_domain::TokenKey, StorageError> {
        let fresh = convene_domain::TokenKey::new(rand::random());
        self.write(move |c| {
            let existing: Option<String> = app_secrets::table
                .find("token_key")
                .select(app_secrets::value)
                .first(c)
                .optional()?;
            let hex = match existing {
                Some(hex) => hex,
                None => {
                    diesel::insert_into(app_secrets::table)
                        .values((
                            app_secrets::name.eq("token_key"),
                            app_secrets::value.eq(fresh.to_hex()),
                        ))
                        .execute(c)?;
                    fresh.to_hex()
                }
            };
            convene_domain::TokenKey::from_hex(&hex)
                .ok_or_else(|| StorageError::Corrupt("token_key".into()))
        })
        .await
    }
}
