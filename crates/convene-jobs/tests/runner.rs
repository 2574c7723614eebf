//! The job runner over a real database, on SQLite and PostgreSQL: a kind's retries with
//! backoff, rows nobody can run, and periodic tasks that run once across instances and move
//! to another instance when a holder dies. The clock is manual: no sleeps.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use convene_domain::Clock;
use convene_jobs::{
    Done, Job, JobError, JobRun, Periodic, RetryPolicy, Runner, RunnerConfig, decode_payload,
    enqueue,
};
use convene_storage::testing::{self, TestDatabase};
use convene_storage::{LeasedJob, Store};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy)]
enum Backend {
    Sqlite,
    Postgres,
}

async fn database(b: Backend) -> TestDatabase {
    match b {
        Backend::Sqlite => testing::sqlite().await,
        Backend::Postgres => testing::postgres().await,
    }
}

fn start() -> Timestamp {
    "2026-11-24T12:00:00Z".parse().expect("instant")
}

fn config() -> RunnerConfig {
    RunnerConfig { lease: SignedDuration::from_mins(2), batch: 16, idle_poll: Duration::ZERO }
}

/// How many times something ran.
#[derive(Debug, Default)]
struct Count(AtomicU32);

impl Count {
    fn get(&self) -> u32 {
        self.0.load(Ordering::SeqCst)
    }
}

/// A job that fails for a while: transiently before attempt `succeed_on`.
#[derive(Debug, Serialize, Deserialize)]
struct Flaky {
    succeed_on: u32,
}

const FLAKY: &str = "test_flaky";

impl Job<Arc<Count>> for Flaky {
    const NAME: &'static str = FLAKY;
    const RETRY: RetryPolicy = RetryPolicy {
        max_attempts: 3,
        first_delay: Duration::from_secs(10),
        max_delay: Duration::from_secs(60),
    };

    fn decode(row: &LeasedJob) -> Result<Self, String> {
        decode_payload(row)
    }

    async fn run(self, runs: &Arc<Count>, run: JobRun) -> Result<Done, JobError> {
        runs.0.fetch_add(1, Ordering::SeqCst);
        if run.attempt >= self.succeed_on {
            Ok(Done::Ran)
        } else {
            Err(JobError::Transient(format!("attempt {}", run.attempt)))
        }
    }
}

async fn a_failing_kind_retries_with_its_backoff_then_gives_up(b: Backend) {
    let db = database(b).await;
    let store = Store::open(db.target.clone(), 2).await.expect("open");
    let clock = Clock::manual(start());
    let runs = Arc::new(Count::default());
    let runner =
        Runner::new(store.clone(), clock.clone(), config()).register::<Flaky, _>(Arc::clone(&runs));
    let now = clock.now();
    let heals = enqueue(&store, FLAKY, &Flaky { succeed_on: 3 }, now, now).await.expect("queue");
    let broken = enqueue(&store, FLAKY, &Flaky { succeed_on: 9 }, now, now).await.expect("queue");

    assert_eq!(runner.run_until_idle().await.expect("round"), 2);
    let first = store.job_record(heals).await.expect("read").expect("job");
    assert_eq!((first.attempts, first.run_at), (1, start() + SignedDuration::from_secs(10)));
    assert_eq!(first.last_error.as_deref(), Some("attempt 1"));
    assert_eq!((first.done_at, first.failed_at), (None, None));

    clock.advance(SignedDuration::from_secs(9));
    assert_eq!(runner.run_until_idle().await.expect("round"), 0, "not due before the delay");
    clock.advance(SignedDuration::from_secs(1));
    assert_eq!(runner.run_until_idle().await.expect("round"), 2);
    let second = store.job_record(heals).await.expect("read").expect("job");
    assert_eq!(second.run_at, clock.now() + SignedDuration::from_secs(20), "the delay doubles");

    clock.advance(SignedDuration::from_secs(20));
    assert_eq!(runner.run_until_idle().await.expect("round"), 2);
    let healed = store.job_record(heals).await.expect("read").expect("job");
    assert_eq!((healed.attempts, healed.done_at, healed.failed_at), (3, Some(clock.now()), None));
    let given_up = store.job_record(broken).await.expect("read").expect("job");
    assert_eq!(given_up.failed_at, Some(clock.now()), "three attempts is all the policy allows");
    assert_eq!(given_up.last_error.as_deref(), Some("temporary failure: attempt 3"));
    assert_eq!(runs.get(), 6);

    clock.advance(SignedDuration::from_hours(2));
    assert_eq!(runner.run_until_idle().await.expect("round"), 0);
    assert_eq!(store.due_job_count(clock.now()).await.expect("count"), 0);
}

async fn a_row_nobody_can_run_is_failed_and_kept(b: Backend) {
    let db = database(b).await;
    let store = Store::open(db.target.clone(), 2).await.expect("open");
    let clock = Clock::manual(start());
    let runs = Arc::new(Count::default());
    let runner =
        Runner::new(store.clone(), clock.clone(), config()).register::<Flaky, _>(Arc::clone(&runs));
    let now = clock.now();
    let unknown = store.enqueue_job("publish_later", None, now, now).await.expect("queue");
    let unreadable =
        store.enqueue_job(FLAKY, Some("not json".into()), now, now).await.expect("queue");

    assert_eq!(runner.run_until_idle().await.expect("round"), 2);
    let record = store.job_record(unknown).await.expect("read").expect("kept, not deleted");
    assert_eq!(record.failed_at, Some(now), "failed for good, not retried");
    assert_eq!(record.last_error.as_deref(), Some("unknown job kind \"publish_later\""));
    let record = store.job_record(unreadable).await.expect("read").expect("kept");
    assert_eq!(record.failed_at, Some(now));
    assert!(record.last_error.expect("error").starts_with("bad payload"));
    assert_eq!(runs.get(), 0, "the handler never saw either row");
    assert_eq!(store.due_job_count(now).await.expect("count"), 0);
}

/// A periodic task that counts its runs; while `gate` has no permit, a run waits for one.
struct Tick {
    runs: Arc<Count>,
    started: Arc<tokio::sync::Notify>,
    gate: Arc<tokio::sync::Semaphore>,
}

impl Periodic for Tick {
    const NAME: &'static str = "test_tick";
    const EVERY: SignedDuration = SignedDuration::from_mins(1);
    const LEASE: SignedDuration = SignedDuration::from_mins(5);

    async fn run(&self, _now: Timestamp) -> Result<(), String> {
        self.runs.0.fetch_add(1, Ordering::SeqCst);
        self.started.notify_one();
        let permit = self.gate.acquire().await.map_err(|e| e.to_string())?;
        permit.forget();
        Ok(())
    }
}

/// Two instances of convene: their own pools and runners, one database, one clock.
struct Pair {
    a: Arc<Runner>,
    b: Runner,
    runs: Arc<Count>,
    started: Arc<tokio::sync::Notify>,
    gate: Arc<tokio::sync::Semaphore>,
    clock: Clock,
    store: Store,
    _db: TestDatabase,
}

impl Pair {
    /// A round of each instance, at the same time.
    async fn both_rounds(&self) {
        let (x, y) = tokio::join!(self.a.run_once(), self.b.run_once());
        x.expect("a's round");
        y.expect("b's round");
    }
}

async fn pair(b: Backend) -> Pair {
    let db = database(b).await;
    let clock = Clock::manual(start());
    let runs = Arc::new(Count::default());
    let started = Arc::new(tokio::sync::Notify::new());
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let mut runners = Vec::new();
    let mut stores = Vec::new();
    for _ in 0..2 {
        let store = Store::open(db.target.clone(), 2).await.expect("open");
        let tick = Tick {
            runs: Arc::clone(&runs),
            started: Arc::clone(&started),
            gate: Arc::clone(&gate),
        };
        runners.push(Runner::new(store.clone(), clock.clone(), config()).periodic(tick));
        stores.push(store);
    }
    let b_runner = runners.pop().expect("b");
    let a_runner = Arc::new(runners.pop().expect("a"));
    let store = stores.pop().expect("store");
    Pair { a: a_runner, b: b_runner, runs, started, gate, clock, store, _db: db }
}

async fn a_periodic_task_runs_once_across_instances(b: Backend) {
    let p = pair(b).await;
    p.gate.add_permits(100);
    p.both_rounds().await;
    assert_eq!(p.runs.get(), 1, "both were asked, one ran it");
    p.both_rounds().await;
    assert_eq!(p.runs.get(), 1, "not due again yet");
    p.clock.advance(SignedDuration::from_secs(59));
    p.b.run_once().await.expect("b's round");
    assert_eq!(p.runs.get(), 1);
    p.clock.advance(SignedDuration::from_secs(1));
    p.both_rounds().await;
    assert_eq!(p.runs.get(), 2, "a minute after the last run, once more");
}

async fn a_running_task_is_not_started_again_elsewhere(b: Backend) {
    let p = pair(b).await;
    let a = Arc::clone(&p.a);
    let started = p.started.notified();
    let running = tokio::spawn(async move { a.run_once().await });
    started.await;
    assert_eq!(p.runs.get(), 1, "a is running the task");
    // Long enough for the task to be due again, not for a's lease to run out.
    p.clock.advance(SignedDuration::from_mins(2));
    p.b.run_once().await.expect("b's round");
    assert_eq!(p.runs.get(), 1, "b leaves it to a while a holds the lease");
    p.gate.add_permits(100);
    running.await.expect("join").expect("a's round");
    // a's run began two minutes ago: due again, and b may run it now.
    p.b.run_once().await.expect("b's round");
    assert_eq!(p.runs.get(), 2);
}

async fn a_dead_holders_task_is_taken_over_when_its_lease_runs_out(b: Backend) {
    let p = pair(b).await;
    p.gate.add_permits(100);
    let (every, lease) = (Tick::EVERY.as_secs(), Tick::LEASE.as_secs());
    let now = p.clock.now();
    // An instance takes the task and dies before giving the lease back.
    let taken = p.store.claim_periodic(Tick::NAME, "dead-runner", now, every, lease).await;
    assert!(taken.expect("claim"));
    p.b.run_once().await.expect("round");
    assert_eq!(p.runs.get(), 0, "a live lease is respected");
    p.clock.advance(SignedDuration::from_secs(lease - 1));
    p.b.run_once().await.expect("round");
    assert_eq!(p.runs.get(), 0, "still held, though due by its interval");
    p.clock.advance(SignedDuration::from_secs(1));
    p.b.run_once().await.expect("round");
    assert_eq!(p.runs.get(), 1, "taken over once the lease ran out");
    // The dead holder's late release changes nothing: b's run is the last one.
    p.store.release_periodic(Tick::NAME, "dead-runner", now).await.expect("release");
    p.clock.advance(SignedDuration::from_secs(every - 1));
    p.a.run_once().await.expect("round");
    assert_eq!(p.runs.get(), 1);
    p.clock.advance(SignedDuration::from_secs(1));
    p.a.run_once().await.expect("round");
    assert_eq!(p.runs.get(), 2);
}

macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::Backend::Postgres).await
                }
            )+
        }
    };
}

both_backends!(
    a_failing_kind_retries_with_its_backoff_then_gives_up,
    a_row_nobody_can_run_is_failed_and_kept,
    a_periodic_task_runs_once_across_instances,
    a_running_task_is_not_started_again_elsewhere,
    a_dead_holders_task_is_taken_over_when_its_lease_runs_out,
);
