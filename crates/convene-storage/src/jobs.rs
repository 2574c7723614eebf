//! The durable job queue: leasing due jobs, finishing them, retrying with backoff.
//!
//! A job is leased by setting `locked_until` in the future; a worker that dies leaves a lease
//! that simply runs out, and the job is picked up again. So a crash between sending an email
//! and marking it done repeats that one email, and nothing else.

use diesel::prelude::*;
use jiff::Timestamp;

use crate::schema::{app_secrets, jobs};
use crate::{DbConnection, StorageError, Store};

/// A leased job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Id, also the basis of the email's Message-ID.
    pub id: i64,
    /// What to do (an [`convene_domain::EmailKind`] text).
    pub kind: String,
    /// The registration it is about.
    pub registration_id: Option<i64>,
    /// The organiser account it is about (account emails).
    pub user_id: Option<i64>,
    /// Attempts so far, this one included.
    pub attempts: u32,
}

/// id, kind, registration, user, attempts.
type JobRow = (i64, String, Option<i64>, Option<i64>, i32);

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
    ) -> Result<Vec<Job>, StorageError> {
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
                    jobs::registration_id,
                    jobs::user_id,
                    jobs::attempts,
                ))
                .load(c)?;
            Ok(rows
                .into_iter()
                .map(|(id, kind, registration_id, user_id, attempts)| Job {
                    id,
                    kind,
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
