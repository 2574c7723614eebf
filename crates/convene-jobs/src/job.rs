//! What a job kind is: a type read from its row, with its own handler and retry policy.

use convene_storage::{LeasedJob, StorageError, Store};
use jiff::Timestamp;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::RetryPolicy;

/// One kind of durable background job, run with the context `Ctx` it was registered with.
///
/// A row names its kind in `kind`; the [`Runner`](crate::Runner) finds the type registered
/// for that name, reads the row into it with [`Job::decode`] and calls [`Job::run`].
pub trait Job<Ctx>: Sized + Send + 'static {
    /// The kind's name: the `kind` of its rows, and its name in logs.
    const NAME: &'static str;
    /// How failed attempts are retried.
    const RETRY: RetryPolicy;

    /// The `kind` texts of the rows this type runs: its name, except for kinds whose rows
    /// are named otherwise (emails are named by the kind of email).
    fn row_kinds() -> Vec<&'static str> {
        vec![Self::NAME]
    }

    /// Reads the job from its row; an error is a defect and fails the row for good.
    fn decode(row: &LeasedJob) -> Result<Self, String>;

    /// Does the work.
    fn run(self, ctx: &Ctx, run: JobRun) -> impl Future<Output = Result<Done, JobError>> + Send;
}

/// Which attempt of which row is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobRun {
    /// The row's id (emails derive their Message-ID from it, so a resend repeats it).
    pub id: i64,
    /// This attempt's number, from 1.
    pub attempt: u32,
}

/// A job that finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// The work was done.
    Ran,
    /// There was nothing to do any more; the note says why and is kept with the row.
    Skipped(String),
}

/// A job that did not finish.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JobError {
    /// Worth another attempt, if the kind's policy allows one.
    #[error("temporary failure: {0}")]
    Transient(String),
    /// Retrying cannot help.
    #[error("permanent failure: {0}")]
    Permanent(String),
}

impl From<crate::SendError> for JobError {
    fn from(e: crate::SendError) -> Self {
        match e {
            crate::SendError::Transient(m) => Self::Transient(m),
            crate::SendError::Permanent(m) => Self::Permanent(m),
        }
    }
}

/// Reads a job's JSON payload: what [`Job::decode`] does for kinds whose arguments are a
/// serde type.
pub fn decode_payload<T: DeserializeOwned>(row: &LeasedJob) -> Result<T, String> {
    let text = row.payload.as_deref().ok_or("the job has no payload")?;
    serde_json::from_str(text).map_err(|e| format!("bad payload: {e}"))
}

/// Queues `job` (a kind whose arguments are its JSON payload), due at `run_at`; returns its id.
pub async fn enqueue<J: Serialize>(
    store: &Store,
    name: &str,
    job: &J,
    run_at: Timestamp,
    now: Timestamp,
) -> Result<i64, StorageError> {
    let payload =
        serde_json::to_string(job).map_err(|e| StorageError::Corrupt(format!("payload: {e}")))?;
    store.enqueue_job(name, Some(payload), run_at, now).await
}
