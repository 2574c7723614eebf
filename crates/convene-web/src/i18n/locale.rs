//! Choosing the visitor's language and time zone, and rendering errors in that language.
//!
//! Language: the `lang` query parameter (shareable links), then the `lang` cookie (the
//! visitor's earlier choice), then Accept-Language, then the configured default.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use convene_domain::TimeZoneName;

use crate::http::error::{AppError, RenderError};
use crate::http::query::{first, query_param, url_pairs};
use crate::i18n::Lang;
use crate::{AppState, http::cookies};

/// The resolved language of the current request, placed in request extensions.
#[derive(Debug, Clone, Copy)]
pub struct Locale(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for Locale {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<Locale>()
            .copied()
            .ok_or_else(|| AppError::Internal("locale middleware missing from the router".into()))
    }
}

fn accept_language(headers: &HeaderMap) -> Option<Lang> {
    let header = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    // Sorted by quality, best first.
    fluent_langneg::accepted_languages::parse(header)
        .iter()
        .find_map(|id| Lang::from_code(id.language.as_str()))
}

/// Resolves the language, runs the request, then renders any error in that language and sets
/// the cookies that remember an explicit choice.
pub async fn middleware(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    // Decoded once: the language now, the time zone cookie after the handler.
    let pairs = req.uri().query().map(url_pairs).unwrap_or_default();
    let chosen = first(&pairs, "lang").and_then(|c| Lang::from_code(&c));
    let lang = chosen
        .or_else(|| cookies::get(req.headers(), "lang").and_then(|c| Lang::from_code(c.as_str())))
        .or_else(|| accept_language(req.headers()))
        .unwrap_or(app.config.default_lang);
    let is_api = req.uri().path().starts_with("/api/");
    let uri = req.uri().clone();
    req.extensions_mut().insert(Locale(lang));

    let mut res = next.run(req).await;
    if let Some(RenderError(err)) = res.extensions_mut().remove::<RenderError>() {
        res = crate::pages::error::render(&app, lang, &uri, is_api, &err);
    } else if res.status().is_server_error() && !res.headers().contains_key(header::CONTENT_TYPE) {
        // A panic caught below us, or a layer's own failure: same page, same language.
        res = crate::pages::error::render(
            &app,
            lang,
            &uri,
            is_api,
            &AppError::Internal(format!("unrendered {}", res.status())),
        );
    }
    let headers = res.headers_mut();
    if !is_api {
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
        let secure = app.secure_cookies();
        if let Some(l) = chosen {
            cookies::set(headers, secure, cookies::preference("lang", l.code().to_owned()));
        }
        let zone = first(&pairs, "tz").and_then(|z| TimeZoneName::try_from(z.as_str()).ok());
        if let Some(z) = zone {
            cookies::set(headers, secure, cookies::preference("tz", z.as_str().to_owned()));
        }
    }
    res
}

/// The visitor's own time zone, if they chose one: `tz` in the query, else the `tz` cookie (a
/// bad one is ignored). A mistyped `tz` keeps the page: it is kept to say so beside the zone
/// field, with a suggestion, and the cookie's zone (if any) applies meanwhile.
#[derive(Debug, Clone, Default)]
pub struct VisitorZone {
    /// The zone to show times in.
    pub zone: Option<TimeZoneName>,
    /// What was typed in `tz` when it names no zone (at most 64 characters).
    pub mistyped: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for VisitorZone {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        let cookie = || {
            cookies::get(&parts.headers, "tz").and_then(|z| TimeZoneName::try_from(z.as_str()).ok())
        };
        let Some(raw) = query_param(parts.uri.query(), "tz").filter(|z| !z.trim().is_empty())
        else {
            return Ok(VisitorZone { zone: cookie(), mistyped: None });
        };
        Ok(match TimeZoneName::try_from(raw.trim()) {
            Ok(z) => VisitorZone { zone: Some(z), mistyped: None },
            Err(_) => VisitorZone {
                zone: cookie(),
                mistyped: Some(raw.trim().chars().take(64).collect()),
            },
        })
    }
}
