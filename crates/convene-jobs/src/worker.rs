//! The outbox worker: leases due jobs, composes and sends each email, records the outcome.
//!
//! Delivery is at least once and, as far as the server acknowledges, exactly once: a job is
//! marked done right after the server accepts its message; if the process dies in between, the
//! lease runs out and that one message is sent again, with the same Message-ID.

use std::sync::Arc;
use std::time::Duration;

use convene_domain::Clock;
use convene_storage::{Job, StorageError, Store};
use jiff::SignedDuration;

use crate::{Envelope, OutgoingEmail, SendError, Transport, build_message, retry_delay};

/// Renders the email of a job from the current records.
pub trait Compose: Send + Sync + 'static {
    /// The email to send, or `None` when there is nothing to send any more (cancelled before
    /// a reminder, erased, ...). An error is a defect and fails the job for good.
    fn compose(
        &self,
        job: &Job,
    ) -> impl Future<Output = Result<Option<OutgoingEmail>, String>> + Send;
}

/// How the worker behaves.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// The From header, e.g. `WIPO Conversation <no-reply@example.org>`.
    pub from: String,
    /// The right-hand side of Message-IDs.
    pub message_id_domain: String,
    /// Unverified registrations older than this expire.
    pub unverified_ttl: SignedDuration,
    /// How long a leased job is reserved before another worker may retry it.
    pub lease: SignedDuration,
    /// How many jobs one round leases.
    pub batch: i64,
    /// Pause between rounds when the queue is empty.
    pub idle_poll: Duration,
}

/// The background worker; cheap to clone.
pub struct Worker<C> {
    store: Store,
    transport: Arc<Transport>,
    composer: Arc<C>,
    clock: Clock,
    config: WorkerConfig,
    name: String,
    // When the last expiry sweep ran (Unix seconds); sweeps run at most once a minute.
    last_sweep: Arc<std::sync::atomic::AtomicI64>,
}

impl<C> Clone for Worker<C> {
    fn clone(&self) -> Self {
        Self {
            store: self.store.clone(),
            transport: Arc::clone(&self.transport),
            composer: Arc::clone(&self.composer),
            clock: self.clock.clone(),
            config: self.config.clone(),
            name: self.name.clone(),
            last_sweep: Arc::clone(&self.last_sweep),
        }
    }
}

impl<C: Compose> Worker<C> {
    /// A worker with a random name (which identifies its leases).
    pub fn new(
        store: Store,
        transport: Transport,
        composer: C,
        clock: Clock,
        config: WorkerConfig,
    ) -> Self {
        let name = format!("worker-{:016x}", rand::random::<u64>());
        Self {
            store,
            transport: Arc::new(transport),
            composer: Arc::new(composer),
            clock,
            config,
            name,
            last_sweep: Arc::new(std::sync::atomic::AtomicI64::new(i64::MIN)),
        }
    }

    /// One round: at most once a minute, expires stale unverified registrations and recounts
    /// the reach figures of sessions whose registrations changed; then leases and runs a batch
    /// of due jobs concurrently. Returns how many jobs it ran.
    pub async fn run_once(&self) -> Result<usize, StorageError> {
        let now = self.clock.now();
        let last = self.last_sweep.load(std::sync::atomic::Ordering::Relaxed);
        if now.as_second().saturating_sub(last) >= 60 {
            self.last_sweep.store(now.as_second(), std::sync::atomic::Ordering::Relaxed);
            self.store
                .registrations()
                .expire_unverified(now - self.config.unverified_ttl, now)
                .await?;
            self.store.reach().refresh_reach(now).await?;
        }
        let jobs = self
            .store
            .lease_jobs(&self.name, now, self.config.lease.as_secs(), self.config.batch)
            .await?;
        let count = jobs.len();
        let mut running = tokio::task::JoinSet::new();
        for job in jobs {
            let me = self.clone();
            running.spawn(async move { me.run_job(job).await });
        }
        // Successes are recorded together, in one transaction (one fsync for the round);
        // failures, which are rare, one by one.
        let mut done = Vec::with_capacity(count);
        while let Some(joined) = running.join_next().await {
            match joined {
                Ok(Outcome::Done(id, note)) => done.push((id, note)),
                Ok(Outcome::Failed { id, error, retry_at }) => {
                    self.store.fail_job(id, self.clock.now(), error, retry_at).await?;
                }
                // A job task that panicked keeps its lease; it is retried when the lease ends.
                Err(e) => tracing::error!(error = %e, "job task failed"),
            }
        }
        self.store.finish_jobs(done, self.clock.now()).await?;
        Ok(count)
    }

    /// Runs rounds until nothing is due: what tests call to deliver everything queued.
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
        tracing::info!(worker = %self.name, transport = %self.transport.describe(), "worker started");
        tokio::pin!(shutdown);
        loop {
            let pause = match self.run_once().await {
                Ok(n) if n as i64 >= self.config.batch => Duration::ZERO,
                Ok(_) => self.config.idle_poll,
                Err(e) => {
                    tracing::warn!(error = %e, "worker round failed");
                    self.config.idle_poll * 5
                }
            };
            tokio::select! {
                () = &mut shutdown => break,
                () = tokio::time::sleep(pause) => {}
            }
        }
        tracing::info!(worker = %self.name, "worker stopped");
    }

    async fn run_job(&self, job: Job) -> Outcome {
        use tracing::Instrument;
        let span =
            tracing::info_span!("job", id = job.id, kind = %job.kind, attempt = job.attempts);
        self.deliver(job).instrument(span).await
    }

    async fn deliver(&self, job: Job) -> Outcome {
        let failed = |error: String, retry_at| Outcome::Failed { id: job.id, error, retry_at };
        let email = match self.composer.compose(&job).await {
            Ok(Some(email)) => email,
            Ok(None) => return Outcome::Done(job.id, Some("nothing to send".into())),
            Err(e) => {
                tracing::error!(error = %e, "composing the email failed");
                return failed(e, None);
            }
        };
        let envelope = Envelope {
            from: self.config.from.clone(),
            message_id: format!("job-{}@{}", job.id, self.config.message_id_domain),
            date: self.clock.now(),
        };
        let message = match build_message(&envelope, &email) {
            Ok(m) => m,
            Err(e) => {
                tracing::error!(error = %e, "building the message failed");
                return failed(e.to_string(), None);
            }
        };
        match self.transport.send(&message).await {
            Ok(()) => Outcome::Done(job.id, None),
            Err(SendError::Transient(e)) if job.attempts < crate::MAX_ATTEMPTS => {
                let delay = SignedDuration::try_from(retry_delay(job.attempts))
                    .unwrap_or(SignedDuration::from_hours(1));
                tracing::warn!(error = %e, retry_in = ?delay, "delivery failed; will retry");
                failed(e, Some(self.clock.now() + delay))
            }
            Err(e) => {
                tracing::error!(error = %e, "delivery failed for good");
                failed(e.to_string(), None)
            }
        }
    }
}

/// What became of one job.
enum Outcome {
    /// Sent (or nothing to send, with a note).
    Done(i64, Option<String>),
    /// Not sent: retry at the given time, or never.
    Failed { id: i64, error: String, retry_at: Option<jiff::Timestamp> },
}
