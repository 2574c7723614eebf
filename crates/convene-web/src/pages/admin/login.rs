//! Signing in and out. Sign-in is limited per client IP (in memory) and per address (failed
//! logins counted in the database, with a lock that doubles from one minute to an hour, the
//! same for an address with no account as for an account's, so the answers do not reveal
//! which addresses have accounts); each failure is logged with the account's id or a
//! pseudonym of the address, never the password.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use convene_domain::{Email, FieldError, FieldErrors, SecretToken, pseudonym};
use std::net::IpAddr;

use super::frame::{Frame, field_error, respond, seed};
use super::{Staff, session, verify, wait_message};
use crate::http::error::AppError;
use crate::http::forms::FormBody;
use crate::http::query::query_param;
use crate::http::security::{ClientIp, check_csrf};
use crate::i18n::locale::Locale;
use crate::pages::Chrome;
use crate::{AppState, Lang};

#[derive(Template)]
#[template(path = "admin_login.html")]
struct LoginPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    email: String,
    next: String,
}

/// Where to go after signing in: a back-office or check-in path of this site, else `/admin`.
fn safe_next(next: &str) -> &str {
    let ours = (next.starts_with("/admin") || next.starts_with("/checkin"))
        && !next.contains(['\\', '\r', '\n'])
        && !next.starts_with("//");
    if ours { next } else { "/admin" }
}

/// Why a sign-in was refused, as the form shows it.
enum Refused {
    /// Fields missing or malformed.
    Fields(FieldErrors),
    /// Wrong address or password (the page does not say which).
    Wrong,
    /// Too many attempts: wait this many seconds.
    Wait(i64),
}

#[allow(clippy::too_many_arguments, reason = "the form's inputs")]
fn render(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    headers: &HeaderMap,
    email: &str,
    next: &str,
    refused: Option<Refused>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let s = seed(headers);
    let mut frame = Frame::new(app, &t, &s, None, "").with_notice(
        &t,
        uri.query(),
        &["signed-out", "password-set"],
    );
    frame = match refused {
        Some(Refused::Fields(e)) => frame.with_errors(&t, &e),
        Some(Refused::Wrong) => frame.with_message(Some(t.t("admin-login-wrong"))),
        Some(Refused::Wait(seconds)) => frame.with_message(Some(wait_message(&t, seconds))),
        None => frame,
    };
    let page = LoginPage {
        page: Chrome::new(app, lang, uri, t.t("admin-login-title"), ""),
        frame,
        email: email.to_owned(),
        next: safe_next(next).to_owned(),
    };
    Ok(respond(app, &s, status, page.render()?))
}

/// `GET /admin/login[?next=…]`
pub async fn show(
    State(app): State<AppState>,
    Locale(lang): Locale,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let next = query_param(uri.query(), "next").unwrap_or_default();
    if session::current(&app, &headers).await?.is_some() {
        return Ok(Redirect::to(safe_next(&next)).into_response());
    }
    render(&app, lang, &uri, &headers, "", &next, None, StatusCode::OK)
}

/// `POST /admin/login`: checks the password; on success a new session (a new token, the old
/// one ended) and back to where the organiser was going.
pub async fn submit(
    State(app): State<AppState>,
    Locale(lang): Locale,
    ClientIp(ip): ClientIp,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let (email, next) = (form.get("email"), form.get("next"));
    let user_id = match authenticate(&app, ip, email, form.get("password")).await? {
        Ok(id) => id,
        Err(refused) => {
            let status = match refused {
                Refused::Fields(_) => StatusCode::UNPROCESSABLE_ENTITY,
                Refused::Wrong => StatusCode::UNAUTHORIZED,
                Refused::Wait(_) => StatusCode::TOO_MANY_REQUESTS,
            };
            return render(&app, lang, &uri, &headers, email, next, Some(refused), status);
        }
    };
    let token = SecretToken::from_bytes(rand::random());
    let old = session::token(&app, &headers);
    let now = app.clock.now();
    app.store.accounts().start_session(user_id, &token, old, now, session::lifetime(&app)).await?;
    tracing::info!(user_id, "back-office sign-in");
    let mut res = Redirect::to(safe_next(next)).into_response();
    session::set_cookie(&app, res.headers_mut(), &token);
    Ok(res)
}

/// Checks a sign-in attempt against the limits and the password; the account's id if right.
async fn authenticate(
    app: &AppState,
    ip: IpAddr,
    email: &str,
    password: &str,
) -> Result<Result<i64, Refused>, AppError> {
    if let Err(seconds) = app.limits.allow_login_ip(ip) {
        tracing::warn!(%ip, "back-office sign-in refused: too many from this address");
        return Ok(Err(Refused::Wait(seconds)));
    }
    let email = match Email::try_from(email) {
        Ok(e) if !password.is_empty() => e,
        Ok(_) => return Ok(Err(Refused::Fields(field_error("password", FieldError::Required)))),
        Err(e) => return Ok(Err(Refused::Fields(field_error("email", e)))),
    };
    let now = app.clock.now();
    let candidate = app.store.accounts().login_candidate(&email).await?;
    // An address with no account is counted and locked like one, so neither the status nor
    // the page tells whether the address has an account.
    let locked_until = match &candidate {
        Some(c) => c.locked_until,
        None => app.store.accounts().address_locked_until(&email).await?,
    };
    if locked_until > now {
        let user_id = candidate.as_ref().map(|c| c.user_id);
        tracing::warn!(?user_id, account = %pseudonym(&email), %ip, "back-office sign-in refused: locked");
        return Ok(Err(Refused::Wait((locked_until - now).as_secs())));
    }
    let usable = candidate.as_ref().filter(|c| !c.disabled).and_then(|c| c.password_hash.clone());
    if verify(usable, password.to_owned()).await?
        && let Some(c) = candidate
    {
        return Ok(Ok(c.user_id));
    }
    let (_, lock) = match candidate {
        Some(c) => {
            let counted = app
                .store
                .accounts()
                .record_login_failure(c.user_id, convene_storage::Actor::Anonymous, now)
                .await?;
            tracing::warn!(user_id = c.user_id, %ip, failures = counted.0, "back-office sign-in failed");
            counted
        }
        None => {
            let counted = app.store.accounts().record_address_failure(&email, now).await?;
            tracing::warn!(account = %pseudonym(&email), %ip, failures = counted.0, "back-office sign-in failed: no such account");
            counted
        }
    };
    Ok(Err(match lock {
        Some(until) => Refused::Wait((until - now).as_secs()),
        None => Refused::Wrong,
    }))
}

/// `POST /admin/logout`: ends the session (its row is deleted) and the cookie.
pub async fn logout(
    State(app): State<AppState>,
    Staff(s): Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    check_csrf(&app.key, &headers, FormBody::parse(&body)?.get("csrf"))?;
    app.store.accounts().end_session(s.id).await?;
    let mut res = Redirect::to("/admin/login?notice=signed-out").into_response();
    session::clear_cookie(&app, res.headers_mut());
    Ok(res)
}
