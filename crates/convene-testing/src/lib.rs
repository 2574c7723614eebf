//! The test harness: the real router on a real socket, over a fresh database per test, on
//! SQLite or PostgreSQL. Every test is generated for both backends by `both_backends!`.
//!
//! A crate of its own, used only as a dev-dependency, so every test binary (and every crate's
//! tests) shares one copy instead of including a module by path.

pub mod flow;
pub mod html;
pub mod snapshot;

pub use html::{Page, text};
/// insta, for [`assert_redacted_snapshot!`].
pub use insta;

use std::net::SocketAddr;
use std::time::Duration;

use convene_domain::NewSeriesContent;
use convene_jobs::{MemorySender, Runner, SentEmail, Transport, WorkerConfig, standard_runner};
use convene_storage::Store;
use convene_storage::testing::{self, TestDatabase};
use convene_web::emails::Composer;
use convene_web::{AdminConfig, AppState, Clock, Lang, RegistrationConfig, WebConfig};
use jiff::{SignedDuration, Timestamp};

/// Which database a test runs on.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    /// A SQLite file.
    Sqlite,
    /// A database on the PostgreSQL server.
    Postgres,
}

/// The fixed "now" of every test: sessions 1 to 12 are past, 13 is upcoming.
pub fn now() -> Timestamp {
    "2026-11-24T12:00:00Z".parse().expect("valid instant")
}

/// A running convene over a fresh database.
pub struct TestApp {
    /// Where it listens.
    pub addr: SocketAddr,
    /// The database, for arranging and checking records.
    pub store: Store,
    /// The clock the app reads; tests move it forward.
    pub clock: Clock,
    /// Emails delivered so far.
    pub mail: MemorySender,
    /// The job runner (emails, expiry, reach), run on demand by [`TestApp::run_jobs`].
    pub jobs: Runner,
    client: reqwest::Client,
    server: tokio::task::JoinHandle<()>,
    _db: TestDatabase,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        if std::thread::panicking() {
            return;
        }
        // A test that leaves due jobs unprocessed has not checked what they would send.
        let (store, now) = (self.store.clone(), self.clock.now());
        let due = tokio::task::block_in_place(|| {
            tokio::runtime::Handle::current().block_on(store.due_job_count(now))
        });
        assert_eq!(due.ok(), Some(0), "the test left due jobs unprocessed: call run_jobs()");
    }
}

/// Registration settings for tests: no minimum fill time, no IP limit.
pub fn test_registration_config() -> RegistrationConfig {
    RegistrationConfig {
        min_fill_time: Duration::ZERO,
        per_ip_per_hour: 0,
        per_email_per_hour: 0,
        checkin_token: Some("door-staff-token".into()),
        trusted_proxies: 0,
    }
}

impl TestApp {
    /// A running app over an empty, migrated database.
    pub async fn empty(backend: Backend) -> Self {
        Self::with_config(backend, test_registration_config()).await
    }

    /// A running app with the demo series, under the given registration settings.
    pub async fn demo_with(backend: Backend, registration: RegistrationConfig) -> Self {
        let app = Self::with_config(backend, registration).await;
        app.load(convene_domain::demo::wipo_conversation(now())).await;
        app
    }

    /// A running app over an empty database with the given registration settings.
    pub async fn with_config(backend: Backend, registration: RegistrationConfig) -> Self {
        Self::with_transport(backend, registration, None).await
    }

    /// As [`TestApp::with_config`], delivering mail through `transport` instead of memory.
    pub async fn with_transport(
        backend: Backend,
        registration: RegistrationConfig,
        transport: Option<Transport>,
    ) -> Self {
        Self::configured(backend, |c| c.registration = registration, transport).await
    }

    /// An app over an empty database whose configuration `configure` adjusts (its base URL
    /// is the test server's unless changed).
    pub async fn configured(
        backend: Backend,
        configure: impl FnOnce(&mut WebConfig),
        transport: Option<Transport>,
    ) -> Self {
        // RUST_LOG=warn shows what the app logs (failed jobs, errors) beside a failing test.
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .try_init();
        let db = match backend {
            Backend::Sqlite => testing::sqlite().await,
            Backend::Postgres => testing::postgres().await,
        };
        Self::on_database(db, configure, transport).await
    }

    /// As [`TestApp::configured`], over a database the test made (on a small volume, say).
    pub async fn on_database(
        db: testing::TestDatabase,
        configure: impl FnOnce(&mut WebConfig),
        transport: Option<Transport>,
    ) -> Self {
        let store = Store::open(db.target.clone(), 4).await.expect("open test database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let mut config = WebConfig {
            base_url: format!("http://{addr}"),
            site_name: "Test site".into(),
            default_lang: Lang::En,
            // Caching off, so every request exercises the full path.
            page_cache_ttl: Duration::ZERO,
            body_timeout: Duration::from_secs(10),
            reach_min_cell: 5,
            registration: test_registration_config(),
            admin: AdminConfig::default(),
            privacy: convene_web::PrivacyConfig {
                controller: "Test secretariat".into(),
                contact: "privacy@example.org".into(),
                retention_months: 12,
            },
        };
        configure(&mut config);
        let clock = Clock::manual(now());
        let key = store.token_key().await.expect("token key");
        let state = AppState::new(store.clone(), config, clock.clone(), key).expect("catalogue");
        let mail = MemorySender::new();
        let jobs = standard_runner(
            store.clone(),
            transport.unwrap_or_else(|| Transport::Memory(mail.clone())),
            Composer(state.clone()),
            clock.clone(),
            WorkerConfig {
                from: "Test site <no-reply@example.org>".into(),
                message_id_domain: "example.org".into(),
                unverified_ttl: SignedDuration::from_hours(48),
                lease: SignedDuration::from_mins(2),
                batch: 64,
                idle_poll: Duration::from_millis(50),
            },
        );
        let router = convene_web::router(state)
            .into_make_service_with_connect_info::<std::net::SocketAddr>();
        let server = tokio::spawn(async move {
            axum::serve(listener, router).await.expect("serve");
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp { addr, store, clock, mail, jobs, client, server, _db: db }
    }

    /// A running app with the demo series loaded as of [`now`].
    pub async fn demo(backend: Backend) -> Self {
        let app = Self::empty(backend).await;
        app.load(convene_domain::demo::wipo_conversation(now())).await;
        app
    }

    /// The demo series with its synthetic participants, counted.
    pub async fn demo_with_participants(backend: Backend) -> Self {
        let app = Self::demo(backend).await;
        let series = app.store.content().list_series().await.expect("series");
        let plans = convene_domain::synthetic::DEMO_PLANS;
        app.store
            .reach()
            .load_synthetic(series[0].id, &plans, 2019, 1)
            .await
            .expect("synthetic records");
        app.refresh_reach().await;
        app
    }

    /// Where its database is, for tools (the command line) to open the same records.
    pub fn database(&self) -> &convene_storage::DatabaseTarget {
        &self._db.target
    }

    /// Recounts the reach figures that changed, as the worker does once a minute.
    pub async fn refresh_reach(&self) -> usize {
        self.store.reach().refresh_reach(self.clock.now()).await.expect("reach recount")
    }

    /// Adds a series with its content.
    pub async fn load(&self, content: NewSeriesContent) {
        self.store.content().insert_series_content(content, now()).await.expect("load content");
    }

    /// Runs every due job (delivering due emails) and every periodic task the clock says is
    /// due; returns how many jobs ran.
    pub async fn run_jobs(&self) -> usize {
        self.jobs.run_until_idle().await.expect("jobs run")
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: SignedDuration) {
        self.clock.advance(by);
    }

    /// Emails delivered so far, and forgets them.
    pub fn take_mail(&self) -> Vec<SentEmail> {
        let sent = self.mail.sent();
        self.mail.clear();
        sent
    }

    /// POST a form (name/value pairs) with the given cookies.
    pub async fn post_form(
        &self,
        path: &str,
        cookies: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let body = serde_urlencoded::to_string(fields).expect("form");
        self.client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", cookies)
            .body(body)
            .send()
            .await
            .expect("request")
    }

    /// POST raw form bytes (what a browser in another encoding, or a fuzzer, might send).
    pub async fn post_raw_form(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> reqwest::Response {
        let mut req = self
            .client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded");
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        req.body(body).send().await.expect("request")
    }

    /// Runs `e2e/<script>` in Node against this app with a JSON fixture as its third
    /// argument (screenshots go to `target/e2e`); returns its output, failing on failure.
    pub async fn run_browser_script(&self, script: &str, fixture: &str) -> String {
        let e2e = concat!(env!("CARGO_MANIFEST_DIR"), "/../../e2e");
        let shots = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/e2e");
        std::fs::create_dir_all(shots).expect("screenshot folder");
        let out = tokio::process::Command::new("node")
            .current_dir(e2e)
            .args([script, &self.url(""), shots, fixture])
            .output()
            .await
            .expect("node runs (scripts/test.sh installs the e2e dependencies)");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "browser checks failed:\n{stdout}\n{stderr}");
        stdout
    }

    /// POST JSON.
    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client.post(self.url(path)).json(body).send().await.expect("request")
    }

    /// The absolute URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// GET a path.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }

    /// GET a path with extra headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self.client.get(self.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.expect("request")
    }

    /// GET a page's HTML, asserting the status.
    pub async fn page(&self, path: &str, status: u16) -> String {
        let res = self.get(path).await;
        assert_eq!(res.status().as_u16(), status, "status of {path}");
        res.text().await.expect("body")
    }

    /// GET JSON, asserting the status.
    pub async fn json(&self, path: &str, status: u16) -> serde_json::Value {
        let res = self.get(path).await;
        assert_eq!(res.status().as_u16(), status, "status of {path}");
        res.json().await.expect("JSON body")
    }
}

/// Generates `sqlite::name` and `postgres::name` tests calling `name(Backend)`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Postgres).await
                }
            )+
        }
    };
}
