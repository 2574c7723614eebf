//! The check-in page for door staff: signed in to the back office with the check-in (or admin)
//! role, or with the configured token, staff scan or type badge codes.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use convene_domain::{Capability, Purpose, SecretToken};
use convene_storage::{Actor, CheckIn, SessionKey};
use jiff::SignedDuration;
use subtle::ConstantTimeEq;

use super::Chrome;
use crate::http::error::AppError;
use crate::http::forms::FormBody;
use crate::http::query::query_param;
use crate::http::security::{ClientIp, CsrfSeed, check_csrf};
use crate::pages::visit::Visit;
use crate::{AppState, i18n::fmt};

const STAFF_COOKIE: &str = "staff";

#[derive(Template)]
#[template(path = "checkin.html")]
struct CheckinPage<'a> {
    page: Chrome<'a>,
    staff: bool,
    /// Signed in with the door token (not a back-office account): offer to sign out.
    door: bool,
    csrf: String,
    code: String,
    result: Option<(bool, String)>,
    /// For staff: each session admitting now, with how many are in.
    admitting: Vec<String>,
    /// Where signing in with an account comes back to (the scanned code kept).
    sign_in: String,
}

/// The check-in page with a scanned code, so a code survives a detour through sign-in.
fn checkin_path(code: &str) -> String {
    let code = code.trim();
    if code.is_empty() {
        "/checkin".to_owned()
    } else {
        format!("/checkin?code={}", crate::http::query::encode(code))
    }
}

/// "Checking in for session 13: … · 5 people in", for every session admitting now.
async fn admitting(app: &AppState, t: &crate::i18n::Tr<'_>) -> Result<Vec<String>, AppError> {
    let now = app.clock.now();
    let mut lines = Vec::new();
    for s in app.store.content().sessions(None, None).await? {
        if s.admits_at(now) {
            let n = app.store.registrations().checked_in_count(s.id).await?;
            lines.push(t.args(
                "checkin-admitting",
                &[
                    ("number", s.number.into()),
                    ("title", s.title.as_str().into()),
                    ("count", n.into()),
                ],
            ));
        }
    }
    Ok(lines)
}

/// How long a door session opened with the check-in token lasts: one long event day.
const DOOR_SESSION: SignedDuration = SignedDuration::from_hours(12);

/// Door staff, as the audit log names them: a live door session opened with the current
/// check-in token, or a back-office session whose role may check people in.
async fn staff(app: &AppState, headers: &HeaderMap) -> Result<Option<Actor>, AppError> {
    if let (Some(token), Some(digest)) = (door_token(headers), token_digest(app)) {
        let now = app.clock.now();
        if app.store.accounts().door_session_valid(&token, digest, now).await? {
            return Ok(Some(Actor::Door));
        }
    }
    let session = super::admin::session::current(app, headers).await?;
    Ok(session.filter(|s| s.user.role.can(Capability::CheckIn)).map(|s| Actor::User(s.user.id)))
}

/// The door session token a request's cookie carries, if well formed.
fn door_token(headers: &HeaderMap) -> Option<SecretToken> {
    crate::http::cookies::get(headers, STAFF_COOKIE)
        .and_then(|v| SecretToken::try_from(v.as_str()).ok())
}

/// A keyed digest of the configured check-in token: door sessions opened under another (or
/// no) token are not valid, so changing or removing the token ends them all.
fn token_digest(app: &AppState) -> Option<String> {
    let token = app.config.registration.checkin_token.as_ref()?;
    Some(app.key.sign(Purpose::Staff, token))
}

async fn page(
    app: &AppState,
    lang: crate::Lang,
    uri: &Uri,
    headers: &HeaderMap,
    code: String,
    result: Option<(bool, String)>,
) -> Result<Response, AppError> {
    let staff = staff(app, headers).await?.is_some();
    if !staff && app.config.registration.checkin_token.is_none() {
        // Without a token, signing in to the back office is the only way in; the scanned
        // code comes back with the person.
        return Err(AppError::SignInRequired(Some(checkin_path(&code))));
    }
    let seed = CsrfSeed::from_headers(headers);
    let t = app.catalogue.tr(lang);
    let p = CheckinPage {
        page: Chrome::new(app, lang, uri, t.t("checkin-title"), ""),
        staff,
        door: staff && door_token(headers).is_some(),
        csrf: seed.field(&app.key),
        admitting: if staff { admitting(app, &t).await? } else { Vec::new() },
        sign_in: format!("/admin/login?next={}", crate::http::query::encode(&checkin_path(&code))),
        code,
        result,
    };
    let mut res = Html(p.render()?).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    seed.set_cookie(res.headers_mut(), app.secure_cookies());
    Ok(res)
}

/// `GET /checkin[?code=…]`
pub async fn show(Visit { app, lang, uri, headers }: Visit) -> Result<Response, AppError> {
    let code = query_param(uri.query(), "code").unwrap_or_default();
    page(&app, lang, &uri, &headers, code, None).await
}

/// `POST /checkin/login`: exchanges the staff token for a cookie.
pub async fn login(
    State(app): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let (Some(expected), Some(digest)) =
        (&app.config.registration.checkin_token, token_digest(&app))
    else {
        return Err(AppError::NotFound);
    };
    // Guesses count against the same per-IP budget as back-office sign-ins.
    if app.limits.allow_login_ip(ip).is_err() {
        return Err(AppError::TooManyRequests);
    }
    let given = form.get("token").as_bytes();
    if !bool::from(given.ct_eq(expected.as_bytes())) {
        tracing::warn!("check-in login refused");
        return Err(AppError::Forbidden);
    }
    let token = SecretToken::from_bytes(rand::random());
    let now = app.clock.now();
    app.store.accounts().open_door_session(&token, digest, now, DOOR_SESSION).await?;
    let mut res = Redirect::to(&checkin_path(form.get("code"))).into_response();
    let max_age = DOOR_SESSION.as_secs();
    let token = token.as_str().to_owned();
    let staff = crate::http::cookies::sign_in(STAFF_COOKIE, token, "/checkin", max_age);
    crate::http::cookies::set(res.headers_mut(), app.secure_cookies(), staff);
    Ok(res)
}

/// `POST /checkin`: checks in the code typed or scanned (a whole scanned URL works too).
pub async fn submit(
    Visit { app, lang, uri, headers }: Visit,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let Some(by) = staff(&app, &headers).await? else {
        return Err(AppError::Forbidden);
    };
    let raw = form.get("code").trim();
    let code =
        raw.split_once("code=").map_or(raw, |(_, c)| c.split('&').next().unwrap_or(c)).to_owned();
    let t = app.catalogue.tr(lang);
    let who = app.store.registrations().registrant(&app.key, Purpose::CheckIn, &code).await?;
    let result = match who {
        None => (false, t.t("checkin-unknown")),
        Some(who) => {
            let d = app
                .store
                .content()
                .session_detail(SessionKey::Id(who.registration.session_id))
                .await?
                .ok_or(AppError::NotFound)?;
            let tz = d.session.time_zone.zone();
            let now = app.clock.now();
            if !d.session.admits_at(now) {
                let s = &d.session;
                let refused = t.args(
                    "checkin-not-now",
                    &[
                        ("number", s.number.into()),
                        ("title", s.title.as_str().into()),
                        ("when", fmt::session_when(&t, s).into()),
                    ],
                );
                return page(&app, lang, &uri, &headers, String::new(), Some((false, refused)))
                    .await;
            }
            match app.store.registrations().check_in(&who, by, now).await? {
                CheckIn::Done(r) => (
                    true,
                    t.args(
                        "checkin-done",
                        &[
                            ("name", r.name.into()),
                            ("mode", t.t(&format!("mode-{}", r.mode)).into()),
                        ],
                    ),
                ),
                CheckIn::Already(r, at) => (
                    false,
                    t.args(
                        "checkin-already",
                        &[
                            ("name", r.name.into()),
                            ("time", fmt::time(&at.to_zoned_datetime(tz)).into()),
                        ],
                    ),
                ),
                CheckIn::Refused(_) => (false, t.t("checkin-refused")),
            }
        }
    };
    page(&app, lang, &uri, &headers, String::new(), Some(result)).await
}

/// `POST /checkin/logout`: ends this device's door session (a lent or lost phone must not keep
/// the door open for the rest of the day) and forgets its cookie.
pub async fn logout(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    check_csrf(&app.key, &headers, FormBody::parse(&body)?.get("csrf"))?;
    if let Some(token) = door_token(&headers) {
        app.store.accounts().end_door_session(&token).await?;
    }
    let mut res = Redirect::to("/checkin").into_response();
    let gone = crate::http::cookies::sign_in(STAFF_COOKIE, String::new(), "/checkin", 0);
    crate::http::cookies::set(res.headers_mut(), app.secure_cookies(), gone);
    Ok(res)
}
