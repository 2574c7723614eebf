//! convene's web layer: the axum router, server-rendered pages, the JSON API, iCalendar
//! files, translations and static assets.
//!
//! A request flows: tower-http layers (tracing, timeout, panic catching, security headers) →
//! the locale middleware (language, error rendering) → the page cache → a handler, which
//! parses its input, calls [`convene_storage::Store`], and renders a template or JSON.

pub mod api;
pub mod emails;
pub mod http;
pub mod i18n;
mod pages;
pub mod reach;
mod view;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use convene_storage::Store;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::{RequestBodyDeadlineLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;

pub use convene_domain::Clock;
pub use http::assets::Assets;
pub use http::cache::PageCache;
pub use i18n::{Catalogue, Lang};
pub use pages::admin::{Access, RouteSpec, admin_routes, session_cookie_name};

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
    /// How long a client may take to send a request body before it is refused.
    pub body_timeout: Duration,
    /// Registration rules: bot defences, rate limits, check-in access.
    pub registration: RegistrationConfig,
    /// Public reach figures below this many people are shown as "fewer than" it.
    pub reach_min_cell: u64,
    /// Back-office sessions and sign-in limits.
    pub admin: AdminConfig,
    /// Who the privacy notice names as responsible for registrants' data.
    pub privacy: PrivacyConfig,
}

/// What the privacy notice says about who holds registrants' data and for how long.
#[derive(Debug, Clone)]
pub struct PrivacyConfig {
    /// The data controller: the organisation responsible for the data.
    pub controller: String,
    /// Where people write about their data (an email or web address).
    pub contact: String,
    /// Months after a session that its registrations are kept before being erased.
    pub retention_months: u32,
}

/// Back-office sessions and sign-in limits.
#[derive(Debug, Clone)]
pub struct AdminConfig {
    /// A session unused for this long ends.
    pub session_idle: Duration,
    /// A session ends this long after sign-in, however busy.
    pub session_absolute: Duration,
    /// Sign-in and password-link requests accepted per client IP per hour (0: unlimited).
    pub login_per_ip_per_hour: u32,
    /// Hosts editors may link to without confirming (subdomains included), besides the site's
    /// own; links elsewhere are flagged before a session is made public.
    pub link_allow_list: Vec<String>,
}

impl Default for AdminConfig {
    fn default() -> Self {
        Self {
            session_idle: Duration::from_secs(2 * 3600),
            session_absolute: Duration::from_secs(12 * 3600),
            login_per_ip_per_hour: 30,
            link_allow_list: Vec::new(),
        }
    }
}

/// Registration rules that an installation may tune.
#[derive(Debug, Clone)]
pub struct RegistrationConfig {
    /// Forms submitted faster than this after being served are taken for bots.
    pub min_fill_time: Duration,
    /// Registrations accepted per client IP per hour (0: unlimited).
    pub per_ip_per_hour: u32,
    /// Registration attempts per email address per hour (0: unlimited).
    pub per_email_per_hour: u32,
    /// The token staff type to open the check-in page; `None` disables check-in.
    pub checkin_token: Option<String>,
    /// Reverse proxies you control in front of convene (0: none; `X-Forwarded-For` ignored).
    pub trusted_proxies: usize,
}

impl Default for RegistrationConfig {
    fn default() -> Self {
        Self {
            min_fill_time: Duration::from_secs(3),
            per_ip_per_hour: 60,
            per_email_per_hour: 5,
            checkin_token: None,
            trusted_proxies: 0,
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
    /// The installation's key for signed links and CSRF tokens.
    pub key: convene_domain::TokenKey,
    /// Rate limiters.
    pub limits: http::security::Limits,
    /// Sessions as registration submits read them.
    pub form_cache: http::cache::FormCache,
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
        key: convene_domain::TokenKey,
    ) -> Result<Self, i18n::CatalogueError> {
        Ok(Self(Arc::new(Inner {
            page_cache: PageCache::new(config.page_cache_ttl),
            limits: http::security::Limits::new(&config.registration, &config.admin),
            form_cache: http::cache::FormCache::new(config.page_cache_ttl),
            store,
            config,
            catalogue: Catalogue::load()?,
            assets: Assets::new(),
            clock,
            key,
        })))
    }

    /// Whether cookies must be marked Secure (the site is served over HTTPS).
    pub fn secure_cookies(&self) -> bool {
        self.config.base_url.starts_with("https://")
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
        .route("/privacy", get(pages::privacy::show))
        .route("/reach", get(pages::reach::index))
        .route("/series/{slug}/reach", get(pages::reach::series_page))
        .route("/series/{slug}/reach.json", get(pages::reach::series_json))
        .route("/series/{slug}/reach/{file}", get(pages::reach::series_csv))
        .route("/series/{slug}/sessions/{number}/reach", get(pages::reach::session_page))
        .route("/series/{slug}/sessions/{number}/reach.json", get(pages::reach::session_json))
        .route("/series/{slug}/sessions/{number}/reach/{file}", get(pages::reach::session_csv))
        .merge(api::routes())
        .route_layer(from_fn_with_state(state.clone(), http::cache::middleware));
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    // Browsers keep to HTTPS once they have seen it, on sites served over HTTPS only.
    let hsts = state
        .secure_cookies()
        .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    let hsts = move |_: &axum::response::Response| hsts.clone();
    let body_timeout = state.config.body_timeout;
    // Personal and form pages: never cached, bodies limited to what a form needs.
    let personal = Router::new()
        .route(
            "/series/{slug}/sessions/{number}/register",
            get(pages::register::show).post(pages::register::submit),
        )
        .route("/series/{slug}/sessions/{number}/register/sent", get(pages::register::sent))
        .route("/verify/{token}", get(pages::manage::verify))
        .route("/manage/{token}", get(pages::manage::show).post(pages::manage::act))
        .route("/manage/{token}/data.json", get(pages::manage::export))
        .route("/manage/{token}/calendar.ics", get(pages::manage::calendar))
        .route("/manage/{token}/join/{channel}", get(pages::manage::join))
        .route("/checkin", get(pages::checkin::show).post(pages::checkin::submit))
        .route("/checkin/login", axum::routing::post(pages::checkin::login))
        .route("/checkin/logout", axum::routing::post(pages::checkin::logout))
        .merge(pages::admin::routes(&state))
        .merge(api::write_routes())
        .layer(axum::extract::DefaultBodyLimit::max(64 * 1024));
    Router::new()
        .merge(cached)
        .merge(personal)
        .route("/static/{name}", get(http::assets::serve))
        .route("/healthz", get(http::health::healthz))
        .route("/readyz", get(http::health::readyz))
        .fallback(|| async { http::error::AppError::NotFound })
        .layer(CatchPanicLayer::new())
        .layer(from_fn_with_state(state.clone(), i18n::locale::middleware))
        .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(header(header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .layer(SetResponseHeaderLayer::if_not_present(header::STRICT_TRANSPORT_SECURITY, hsts))
        // A stalled body must not hold a connection (and a database-bound handler) for long.
        .layer(RequestBodyDeadlineLayer::new(body_timeout))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        // brotli or gzip, as the browser asks; small bodies and images are left alone.
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
