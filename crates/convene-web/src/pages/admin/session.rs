//! The back-office session cookie: a random token whose hash names a database row, so every
//! instance shares sessions and a copy of the database holds none.

use axum::http::header::HeaderMap;
use convene_domain::SecretToken;
use convene_storage::{SessionLifetime, StaffSession};
use jiff::SignedDuration;

use crate::AppState;
use crate::http::cookies;
use crate::http::error::AppError;

/// The session cookie's name: `__Host-` prefixed over HTTPS, so only this exact host, over a
/// secure connection and for the whole site, can ever set it.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-convene_admin" } else { "convene_admin" }
}

fn duration(d: std::time::Duration) -> SignedDuration {
    SignedDuration::try_from(d).unwrap_or(SignedDuration::from_hours(1))
}

/// Idle and absolute session lifetimes from configuration.
pub(crate) fn lifetime(app: &AppState) -> SessionLifetime {
    SessionLifetime {
        idle: duration(app.config.admin.session_idle),
        absolute: duration(app.config.admin.session_absolute),
    }
}

/// The session token a request carries, if well-formed.
pub(crate) fn token(app: &AppState, headers: &HeaderMap) -> Option<SecretToken> {
    cookies::get(headers, session_cookie_name(app.secure_cookies()))
        .and_then(|v| SecretToken::try_from(v.as_str()).ok())
}

/// The request's live session, if any.
pub(crate) async fn current(
    app: &AppState,
    headers: &HeaderMap,
) -> Result<Option<StaffSession>, AppError> {
    let Some(t) = token(app, headers) else { return Ok(None) };
    Ok(app.store.accounts().staff_session(&t, app.clock.now(), lifetime(app).idle).await?)
}

/// Sets the session cookie: HttpOnly, SameSite=Strict, whole site, Secure over HTTPS, and
/// gone when the session would end anyway.
pub(crate) fn set_cookie(app: &AppState, headers: &mut HeaderMap, token: &SecretToken) {
    let age = lifetime(app).absolute.as_secs();
    put(app, headers, token.as_str(), age);
}

/// Removes the session cookie.
pub(crate) fn clear_cookie(app: &AppState, headers: &mut HeaderMap) {
    put(app, headers, "", 0);
}

fn put(app: &AppState, headers: &mut HeaderMap, value: &str, max_age: i64) {
    let secure = app.secure_cookies();
    let name = session_cookie_name(secure);
    cookies::set(headers, secure, cookies::sign_in(name, value.to_owned(), "/", max_age));
}
