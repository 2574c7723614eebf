//! The test harness: the real router on a real socket, over a fresh database per test, on
//! SQLite or PostgreSQL. Every test is generated for both backends by `both_backends!`.
#![allow(dead_code, reason = "each test binary uses a different part of the harness")]

use std::net::SocketAddr;
use std::time::Duration;

use convene_domain::NewSeriesContent;
use convene_storage::Store;
use convene_storage::testing::{self, TestDatabase};
use convene_web::{AppState, Clock, Lang, WebConfig};
use jiff::Timestamp;

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
    client: reqwest::Client,
    server: tokio::task::JoinHandle<()>,
    _db: TestDatabase,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl TestApp {
    /// A running app over an empty, migrated database.
    pub async fn empty(backend: Backend) -> Self {
        let db = match backend {
            Backend::Sqlite => testing::sqlite().await,
            Backend::Postgres => testing::postgres().await,
        };
        let store = Store::open(db.target.clone(), 4).await.expect("open test database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let config = WebConfig {
            base_url: format!("http://{addr}"),
            site_name: "Test site".into(),
            default_lang: Lang::En,
            // Caching off, so every request exercises the full path.
            page_cache_ttl: Duration::ZERO,
        };
        let state = AppState::new(store.clone(), config, Clock::Fixed(now())).expect("catalogue");
        let router = convene_web::router(state);
        let server = tokio::spawn(async move {
            axum::serve(listener, router).await.expect("serve");
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp { addr, store, client, server, _db: db }
    }

    /// A running app with the demo series loaded as of [`now`].
    pub async fn demo(backend: Backend) -> Self {
        let app = Self::empty(backend).await;
        app.load(convene_domain::demo::wipo_conversation(now())).await;
        app
    }

    /// Adds a series with its content.
    pub async fn load(&self, content: NewSeriesContent) {
        self.store.insert_series_content(content, now()).await.expect("load content");
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
                    super::$name($crate::common::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::common::Backend::Postgres).await
                }
            )+
        }
    };
}

/// The visible text of an HTML fragment: tags removed, entities of interest decoded,
/// white space folded. Enough to assert what a reader sees.
pub fn text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}
