//! The runner: leases due jobs of any kind, runs each with its registered handler, records
//! the outcome; and runs the periodic tasks whose lease it wins.
//!
//! Delivery is at least once: a job is marked done right after its handler returns; if the
//! process dies in between, the lease runs out and the job runs again.

use std::collections::HashMap;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use convene_domain::Clock;
use convene_storage::{LeasedJob, StorageError, Store};
use jiff::{SignedDuration, Timestamp};
use tracing::Instrument;

use crate::periodic::{Periodic, PeriodicEntry};
use crate::{Done, Job, JobError, JobRun};

/// How the runner leases and polls.
#[derive(Debug, Clone)]
pub struct RunnerConfig {
    /// How long a leased job is reserved before another instance may run it again.
    pub lease: SignedDuration,
    /// How many jobs one round leases.
    pub batch: i64,
    /// Pause between rounds when the queue is empty.
    pub idle_poll: Duration,
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;
type Handler = Arc<dyn Fn(LeasedJob) -> BoxFuture<Outcome> + Send + Sync>;

/// A registered job kind.
struct Kind {
    name: &'static str,
    handler: Handler,
}

/// The background job runner of one instance.
pub struct Runner {
    store: Store,
    clock: Clock,
    config: RunnerConfig,
    name: String,
    kinds: HashMap<&'static str, Arc<Kind>>,
    periodic: Vec<PeriodicEntry>,
}

impl Runner {
    /// A runner with no job kinds yet and a random name (which identifies its leases).
    pub fn new(store: Store, clock: Clock, config: RunnerConfig) -> Self {
        let name = format!("runner-{:016x}", rand::random::<u64>());
        Self { store, clock, config, name, kinds: HashMap::new(), periodic: Vec::new() }
    }

    /// The name its leases carry.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Registers job kind `J`, whose handler runs with `ctx`.
    ///
    /// # Panics
    /// When another registered kind already claims one of `J`'s row kinds: a wiring defect.
    #[must_use]
    pub fn register<J: Job<Ctx>, Ctx: Send + Sync + 'static>(mut self, ctx: Ctx) -> Self {
        let ctx = Arc::new(ctx);
        let handler: Handler = Arc::new(move |row| {
            let ctx = Arc::clone(&ctx);
            Box::pin(async move { run_row::<J, Ctx>(row, &ctx).await })
        });
        let kind = Arc::new(Kind { name: J::NAME, handler });
        for row_kind in J::row_kinds() {
            let earlier = self.kinds.insert(row_kind, Arc::clone(&kind));
            assert!(earlier.is_none(), "job kind {row_kind} registered twice");
        }
        self
    }

    /// Adds periodic task `task`, run every `T::EVERY` by whichever instance wins its lease.
    #[must_use]
    pub fn periodic<T: Periodic>(mut self, task: T) -> Self {
        self.periodic.push(PeriodicEntry::new(task));
        self
    }

    /// One round: runs the periodic tasks that are due and whose lease this runner wins, then
    /// leases and runs a batch of due jobs concurrently. Returns how many jobs it ran.
    pub async fn run_once(&self) -> Result<usize, StorageError> {
        for task in &self.periodic {
            task.run_if_due(&self.store, &self.name, &self.clock).await?;
        }
        let now = self.clock.now();
        let rows =
            self.store.lease_jobs(&self.name, now, self.config.lease.as_secs(), self.config.batch);
        let rows = rows.await?;
        let count = rows.len();
        let mut running = tokio::task::JoinSet::new();
        for row in rows {
            let kind = self.kinds.get(row.kind.as_str()).cloned();
            let span =
                tracing::info_span!("job", id = row.id, kind = %row.kind, attempt = row.attempts);
            running.spawn(dispatch(kind, row).instrument(span));
        }
        // Successes are recorded together, in one transaction (one fsync for the round);
        // failures, which are rare, one by one.
        let mut done = Vec::with_capacity(count);
        while let Some(joined) = running.join_next().await {
            match joined {
                Ok(Outcome::Done(id, note)) => done.push((id, note)),
                Ok(Outcome::Failed { id, error, retry_in }) => {
                    let now = self.clock.now();
                    let retry_at = retry_in.map(|d| later(now, d));
                    self.store.fail_job(id, now, error, retry_at).await?;
                }
                // A job task that panicked keeps its lease; it is retried when the lease ends.
                Err(e) => tracing::error!(error = %e, "job task failed"),
            }
        }
        self.store.finish_jobs(done, self.clock.now()).await?;
        Ok(count)
    }

    /// Runs rounds until no job is due: what tests call to run everything queued.
    pub async fn run_until_idle(&self) -> Result<usize, StorageError> {
        let mut total = 0;
        loop {
            let n = self.run_once().await?;
            if n == 0 {
                return Ok(total);
            }
            total += n;
        }
    }

    /// Runs until `shutdown` resolves, pausing when idle; errors are logged and retried.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let mut kinds: Vec<_> = self.kinds.values().map(|k| k.name).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let periodic: Vec<_> = self.periodic.iter().map(PeriodicEntry::name).collect();
        tracing::info!(runner = %self.name, ?kinds, ?periodic, "job runner started");
        tokio::pin!(shutdown);
        loop {
            let pause = match self.run_once().await {
                Ok(n) if n as i64 >= self.config.batch => Duration::ZERO,
                Ok(_) => self.config.idle_poll,
                Err(e) => {
                    tracing::warn!(error = %e, "job round failed");
                    self.config.idle_poll * 5
                }
            };
            tokio::select! {
                () = &mut shutdown => break,
                () = tokio::time::sleep(pause) => {}
            }
        }
        tracing::info!(runner = %self.name, "job runner stopped");
    }
}

/// What became of one job.
enum Outcome {
    /// Done (or skipped, with a note).
    Done(i64, Option<String>),
    /// Not done: retry after the pause, or never.
    Failed { id: i64, error: String, retry_in: Option<Duration> },
}

/// Runs a row with its kind's handler; a kind nobody registered is failed for good (and kept,
/// with the reason, rather than dropped).
async fn dispatch(kind: Option<Arc<Kind>>, row: LeasedJob) -> Outcome {
    match kind {
        Some(kind) => (kind.handler)(row).await,
        None => {
            tracing::error!("no handler for this job kind; giving it up");
            let error = format!("unknown job kind {:?}", row.kind);
            Outcome::Failed { id: row.id, error, retry_in: None }
        }
    }
}

async fn run_row<J: Job<Ctx>, Ctx>(row: LeasedJob, ctx: &Ctx) -> Outcome {
    let run = JobRun { id: row.id, attempt: row.attempts };
    let failed = |error: String, retry_in| Outcome::Failed { id: row.id, error, retry_in };
    let job = match J::decode(&row) {
        Ok(job) => job,
        Err(e) => {
            tracing::error!(error = %e, "unreadable job; giving it up");
            return failed(e, None);
        }
    };
    match job.run(ctx, run).await {
        Ok(Done::Ran) => Outcome::Done(row.id, None),
        Ok(Done::Skipped(note)) => Outcome::Done(row.id, Some(note)),
        Err(JobError::Transient(e)) if J::RETRY.retries_after(run.attempt) => {
            let delay = J::RETRY.delay(run.attempt);
            tracing::warn!(error = %e, retry_in = ?delay, "job failed; will retry");
            failed(e, Some(delay))
        }
        Err(e) => {
            tracing::error!(error = %e, "job failed for good");
            failed(e.to_string(), None)
        }
    }
}

/// `now + delay`, saturating at an hour for a delay jiff cannot represent.
fn later(now: Timestamp, delay: Duration) -> Timestamp {
    now + SignedDuration::try_from(delay).unwrap_or(SignedDuration::from_hours(1))
}
