//! Periodic tasks: work that must run every so often, on one instance at a time.
//!
//! Each task has a lease row in the database. Every runner asks for the lease when the task
//! is due; one conditional UPDATE answers one of them yes. The winner runs the task and gives
//! the lease back with the time of the run; a winner that dies leaves a lease that runs out
//! after [`Periodic::LEASE`], and the next runner to ask takes the task over.

use std::pin::Pin;
use std::sync::Arc;

use convene_domain::Clock;
use convene_storage::{StorageError, Store};
use jiff::{SignedDuration, Timestamp};
use tracing::Instrument;

/// A task that runs every [`Periodic::EVERY`], on one instance at a time.
pub trait Periodic: Send + Sync + 'static {
    /// The task's name: the key of its lease row.
    const NAME: &'static str;
    /// How long from the start of one run to the next.
    const EVERY: SignedDuration;
    /// Longer than a run ever takes: once it has passed, another instance may take over a run
    /// whose runner died.
    const LEASE: SignedDuration = SignedDuration::from_mins(5);

    /// Does the work as of `now`; an error is logged and the task runs again at its next turn.
    fn run(&self, now: Timestamp) -> impl Future<Output = Result<(), String>> + Send;
}

type Run = Arc<
    dyn Fn(Timestamp) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send>> + Send + Sync,
>;

/// A registered periodic task, its type erased.
pub(crate) struct PeriodicEntry {
    name: &'static str,
    every: SignedDuration,
    lease: SignedDuration,
    run: Run,
}

impl PeriodicEntry {
    pub(crate) fn new<T: Periodic>(task: T) -> Self {
        let task = Arc::new(task);
        let run: Run = Arc::new(move |now| {
            let task = Arc::clone(&task);
            Box::pin(async move { task.run(now).await })
        });
        Self { name: T::NAME, every: T::EVERY, lease: T::LEASE, run }
    }

    pub(crate) fn name(&self) -> &'static str {
        self.name
    }

    /// Runs the task if it is due and `holder` wins its lease; returns whether it ran.
    pub(crate) async fn run_if_due(
        &self,
        store: &Store,
        holder: &str,
        clock: &Clock,
    ) -> Result<bool, StorageError> {
        let now = clock.now();
        let (every, lease) = (self.every.as_secs(), self.lease.as_secs());
        if !store.claim_periodic(self.name, holder, now, every, lease).await? {
            return Ok(false);
        }
        let span = tracing::info_span!("periodic", task = self.name);
        if let Err(e) = (self.run)(now).instrument(span).await {
            tracing::warn!(task = self.name, error = %e, "periodic task failed");
        }
        store.release_periodic(self.name, holder, now).await?;
        Ok(true)
    }
}

/// Expires registrations never verified within `ttl`, giving their places to the waiting list.
#[derive(Debug, Clone)]
pub struct ExpireUnverified {
    /// The database.
    pub store: Store,
    /// How long an unverified registration holds its place.
    pub ttl: SignedDuration,
}

impl Periodic for ExpireUnverified {
    const NAME: &'static str = "expire_unverified";
    const EVERY: SignedDuration = SignedDuration::from_mins(1);

    async fn run(&self, now: Timestamp) -> Result<(), String> {
        self.store
            .registrations()
            .expire_unverified(now - self.ttl, now)
            .await
            .map(drop)
            .map_err(|e| e.to_string())
    }
}

/// Recounts the reach figures of sessions whose registrations changed or that ended.
#[derive(Debug, Clone)]
pub struct RecountReach {
    /// The database.
    pub store: Store,
}

impl Periodic for RecountReach {
    const NAME: &'static str = "recount_reach";
    const EVERY: SignedDuration = SignedDuration::from_mins(1);
    // Recounting a large series reads every record of its changed sessions.
    const LEASE: SignedDuration = SignedDuration::from_mins(15);

    async fn run(&self, now: Timestamp) -> Result<(), String> {
        self.store.reach().refresh_reach(now).await.map(drop).map_err(|e| e.to_string())
    }
}

/// Forgets the failed sign-ins of addresses without an account once the failure memory has
/// passed: those rows hold an address, and nothing else deletes them.
#[derive(Debug, Clone)]
pub struct ForgetLoginFailures {
    /// The database.
    pub store: Store,
}

impl Periodic for ForgetLoginFailures {
    const NAME: &'static str = "forget_login_failures";
    const EVERY: SignedDuration = SignedDuration::from_hours(1);

    async fn run(&self, now: Timestamp) -> Result<(), String> {
        self.store
            .accounts()
            .forget_address_failures(now)
            .await
            .map(drop)
            .map_err(|e| e.to_string())
    }
}
