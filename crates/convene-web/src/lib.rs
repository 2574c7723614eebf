//! convene's web layer: the axum router, server-rendered pages, the JSON API, iCalendar
//! files, translations and static assets.
//!
//! A request flows: tower-http layers (tracing, timeout, panic catching, security headers) →
//! the locale middleware (language, error rendering) → the page cache → a handler, which
//! parses its input, calls [`convene_storage::Store`], and renders a template or JSON.

pub mod api;
mod assets;
mod cache;
pub mod error;
mod fmt;
mod health;
pub mod i18n;
mod ical;
mod locale;
mod pages;
mod paths;
mod view;
mod zones;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use convene_storage::Store;
use jiff::Timestamp;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use assets::Assets;
pub use cache::PageCache;
pub use i18n::{Catalogue, Lang};

/// What the web layer needs from configuration.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Absolute base URL of the site, without trailing slash (`https://convene.example.org`).
    pub base_url: String,
    /// The site name shown in every page's header and title.
    pub site_name: String,
    /// The language when nothing else chooses one.
    pub default_lang: Lang,
    /// How long a rendered page may be reused; zero disables the cache.
    pub page_cache_ttl: Duration,
}

/// The clock, fixed in tests so that "upcoming" and "past" are deterministic.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The system clock.
    System,
    /// A fixed instant.
    Fixed(Timestamp),
}

impl Clock {
    /// The current instant.
    pub fn now(self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Fixed(t) => t,
        }
    }
}

/// Everything a request handler can reach, built once from configuration.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

/// The shared parts of [`AppState`].
pub struct Inner {
    /// The database.
    pub store: Store,
    /// Configuration.
    pub config: WebConfig,
    /// Translations.
    pub catalogue: Catalogue,
    /// Fingerprinted asset names.
    pub assets: Assets,
    /// Render cache.
    pub page_cache: PageCache,
    /// Clock.
    pub clock: Clock,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// Builds the state; fails only if a translation catalogue is invalid.
    pub fn new(
        store: Store,
        config: WebConfig,
        clock: Clock,
    ) -> Result<Self, i18n::CatalogueError> {
        Ok(Self(Arc::new(Inner {
            page_cache: PageCache::new(config.page_cache_ttl),
            store,
            config,
            catalogue: Catalogue::load()?,
            assets: Assets::new(),
            clock,
        })))
    }
}

/// Content Security Policy: only our own scripts, styles and forms; no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The whole application router.
pub fn router(state: AppState) -> Router {
    let cached = Router::new()
        .route("/", get(pages::home::show))
        .route("/sessions", get(pages::home::sessions))
        .route("/series/{slug}", get(pages::archive::show))
        .route("/series/{slug}/sessions/{number}", get(pages::session::show))
        .route("/series/{slug}/sessions/{number}/calendar.ics", get(pages::session::calendar))
        .route("/speakers", get(pages::speakers::index))
        .route("/speakers/{slug}", get(pages::speakers::show))
        .merge(api::routes())
        .route_layer(from_fn_with_state(state.clone(), cache::middleware));
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    Router::new()
        .merge(cached)
        .route("/static/{name}", get(assets::serve))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .fallback(|| async { error::AppError::NotFound })
        .layer(CatchPanicLayer::new())
        .layer(from_fn_with_state(state.clone(), locale::middleware))
        .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(header(header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
