//! Micro-caching of rendered GET responses, and ETags for every one of them.
//!
//! A page is rendered at most once per key per TTL (default one second): at the minute a
//! session starts, thousands of visitors share one render instead of thousands of queries.
//! Several instances each keep their own cache, so a change is visible everywhere within the
//! TTL. Keys include everything a page varies by: URL, language and the time zone cookie.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::http::error::RenderError;
use crate::i18n::locale::Locale;

/// A response kept for reuse.
#[derive(Debug)]
struct Cached {
    headers: HeaderMap,
    body: Bytes,
    etag: HeaderValue,
}

/// The render cache; `None` when disabled (TTL zero).
#[derive(Clone, Debug)]
pub struct PageCache(Option<moka::sync::Cache<String, Arc<Cached>>>);

impl PageCache {
    /// A cache keeping each response for `ttl`, or none for a zero TTL.
    pub fn new(ttl: Duration) -> Self {
        if ttl.is_zero() {
            return Self(None);
        }
        Self(Some(moka::sync::Cache::builder().max_capacity(10_000).time_to_live(ttl).build()))
    }

    /// Forgets every page, after an edit (other instances forget within the TTL).
    pub fn clear(&self) {
        if let Some(c) = &self.0 {
            c.invalidate_all();
        }
    }
}

const MAX_BODY: usize = 8 * 1024 * 1024;

/// Serves from the cache when it can, adds an ETag, and answers `If-None-Match` with 304.
pub async fn middleware(State(app): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != axum::http::Method::GET {
        return next.run(req).await;
    }
    let lang = req.extensions().get::<Locale>().map(|l| l.0.code()).unwrap_or("");
    let tz = crate::http::cookies::get(req.headers(), "tz").unwrap_or_default();
    let key = format!("{lang}|{tz}|{}", req.uri());
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();

    let hit = app.page_cache.0.as_ref().and_then(|c| c.get(&key));
    let cached = match hit {
        Some(c) => c,
        None => {
            let res = next.run(req).await;
            if res.status() != StatusCode::OK || res.extensions().get::<RenderError>().is_some() {
                return res;
            }
            let (parts, body) = res.into_parts();
            let body = match axum::body::to_bytes(body, MAX_BODY).await {
                Ok(b) => b,
                Err(e) => {
                    tracing::error!(error = %e, "response body could not be read");
                    return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
            };
            // Weak: the same tag names the page whether it travels compressed or not.
            let etag = HeaderValue::from_str(&format!(
                "W/\"{:016x}\"",
                crate::http::assets::content_hash(&body)
            ))
            .unwrap_or(HeaderValue::from_static("W/\"0\""));
            let c = Arc::new(Cached { headers: parts.headers, body, etag });
            if let Some(cache) = &app.page_cache.0 {
                cache.insert(key, Arc::clone(&c));
            }
            c
        }
    };
    // Weak comparison (RFC 9110 13.1.2): a tag matches with or without its W/ prefix.
    let weak = |v: &[u8]| v.strip_prefix(b"W/").unwrap_or(v).to_vec();
    let matches = if_none_match.as_ref().is_some_and(|v| {
        v.as_bytes()
            .split(|b| *b == b',')
            .map(|t| weak(t.trim_ascii()))
            .any(|t| t == weak(cached.etag.as_bytes()))
    });
    if matches {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, cached.etag.clone())]).into_response();
    }
    let mut res = Response::new(Body::from(cached.body.clone()));
    *res.headers_mut() = cached.headers.clone();
    res.headers_mut().insert(header::ETAG, cached.etag.clone());
    res.headers_mut().entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-cache"));
    res
}

/// What a registration submit reads about its session (the session, its window, questions and
/// places), kept as long as a rendered page: under a burst, thousands of submits per second
/// would otherwise read the same rows. Seats are not decided from it: the writer's conditional
/// UPDATE is the only seat check, so a stale count can never overbook.
pub struct FormCache(Option<moka::sync::Cache<String, Arc<FormSession>>>);

/// A session as registration forms need it.
pub type FormSession =
    (convene_domain::Series, convene_domain::Session, convene_storage::RegistrationContext);

impl FormCache {
    /// A cache keeping entries for `ttl`, or none for a zero TTL.
    pub fn new(ttl: Duration) -> Self {
        if ttl.is_zero() {
            return Self(None);
        }
        Self(Some(moka::sync::Cache::builder().max_capacity(1_000).time_to_live(ttl).build()))
    }

    /// Forgets every session, after an edit.
    pub fn clear(&self) {
        if let Some(c) = &self.0 {
            c.invalidate_all();
        }
    }

    /// The session under `key`, loaded by `load` when absent or expired.
    pub async fn get_or_load<F, Fut>(
        &self,
        key: String,
        load: F,
    ) -> Result<Option<Arc<FormSession>>, crate::http::error::AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<FormSession>, crate::http::error::AppError>>,
    {
        if let Some(hit) = self.0.as_ref().and_then(|c| c.get(&key)) {
            return Ok(Some(hit));
        }
        let Some(loaded) = load().await? else { return Ok(None) };
        let loaded = Arc::new(loaded);
        if let Some(c) = &self.0 {
            c.insert(key, Arc::clone(&loaded));
        }
        Ok(Some(loaded))
    }
}
