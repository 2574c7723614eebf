//! The runner convene runs: its job kinds and periodic tasks, wired once for the binary and
//! the test harness alike.

use std::time::Duration;

use convene_domain::Clock;
use convene_storage::Store;
use jiff::SignedDuration;

use crate::{
    Compose, ExpireUnverified, ForgetLoginFailures, Mailer, RecountReach, Runner, RunnerConfig,
    SendEmail, Transport,
};

/// How convene's background work behaves.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// The From header, e.g. `WIPO Conversation <no-reply@example.org>`.
    pub from: String,
    /// The right-hand side of Message-IDs.
    pub message_id_domain: String,
    /// Unverified registrations older than this expire.
    pub unverified_ttl: SignedDuration,
    /// How long a leased job is reserved before another instance may retry it.
    pub lease: SignedDuration,
    /// How many jobs one round leases.
    pub batch: i64,
    /// Pause between rounds when the queue is empty.
    pub idle_poll: Duration,
}

/// A runner with every job kind and periodic task convene has: sending emails (composed by
/// `composer`, delivered by `transport`), expiring unverified registrations, recounting reach,
/// forgetting old failed sign-ins.
pub fn standard_runner<C: Compose>(
    store: Store,
    transport: Transport,
    composer: C,
    clock: Clock,
    config: WorkerConfig,
) -> Runner {
    let runner_config =
        RunnerConfig { lease: config.lease, batch: config.batch, idle_poll: config.idle_poll };
    let mailer = Mailer {
        composer,
        transport,
        from: config.from,
        message_id_domain: config.message_id_domain,
        clock: clock.clone(),
    };
    Runner::new(store.clone(), clock, runner_config)
        .register::<SendEmail, _>(mailer)
        .periodic(ExpireUnverified { store: store.clone(), ttl: config.unverified_ttl })
        .periodic(RecountReach { store: store.clone() })
        .periodic(ForgetLoginFailures { store })
}
