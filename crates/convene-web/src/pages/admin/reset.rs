//! Forgotten passwords and first passwords: asking for a reset link by email (the answer is
//! the same whether or not the address has an account), and the one-time link that sets a
//! password, used by invitations and resets alike.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use convene_domain::{Email, SecretToken};
use convene_storage::User;

use super::frame::{Frame, field_error, respond, seed};
use super::password::new_password;
use crate::http::error::{AppError, Path};
use crate::http::forms::FormBody;
use crate::http::security::{ClientIp, check_csrf};
use crate::i18n::locale::Locale;
use crate::pages::Chrome;
use crate::{AppState, Lang};

#[derive(Template)]
#[template(path = "admin_reset.html")]
struct ResetPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    email: String,
    sent: bool,
}

fn render(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    headers: &HeaderMap,
    page: (String, bool),
    frame: impl FnOnce(Frame) -> Frame,
    status: StatusCode,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let seed = seed(headers);
    let (email, sent) = page;
    let p = ResetPage {
        page: Chrome::new(app, lang, uri, t.t("admin-reset-title"), ""),
        frame: frame(Frame::new(app, &t, &seed, None, "")),
        email,
        sent,
    };
    Ok(respond(app, &seed, status, p.render()?))
}

/// `GET /admin/reset`
pub async fn show(
    State(app): State<AppState>,
    Locale(lang): Locale,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    render(&app, lang, &uri, &headers, (String::new(), false), |f| f, StatusCode::OK)
}

/// `POST /admin/reset`: queues a reset email if the address has an enabled account.
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
    let t = app.catalogue.tr(lang);
    let typed = form.get("email").to_owned();
    if let Err(seconds) = app.limits.allow_login_ip(ip) {
        let message = Some(super::wait_message(&t, seconds));
        let frame = |f: Frame| f.with_message(message);
        return render(
            &app,
            lang,
            &uri,
            &headers,
            (typed, false),
            frame,
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let email = match Email::try_from(typed.as_str()) {
        Ok(e) => e,
        Err(e) => {
            let frame = |f: Frame| f.with_errors(&t, &field_error("email", e));
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&app, lang, &uri, &headers, (typed, false), frame, status);
        }
    };
    let queued = app.store.accounts().request_password_reset(&email, lang, app.clock.now()).await?;
    tracing::info!(queued, "password reset requested");
    render(&app, lang, &uri, &headers, (typed, true), |f| f, StatusCode::OK)
}

/// The account a link opens, or the "expired" page.
async fn link_user(app: &AppState, token: &str) -> Result<(SecretToken, User), AppError> {
    let token = SecretToken::try_from(token).map_err(|_| AppError::LinkExpired)?;
    let user = app.store.accounts().password_link(&token, app.clock.now()).await?;
    Ok((token, user.ok_or(AppError::LinkExpired)?))
}

/// `GET /admin/set-password/{token}`
pub async fn show_link(
    State(app): State<AppState>,
    Locale(lang): Locale,
    uri: Uri,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (_, user) = link_user(&app, &token).await?;
    super::password::form(&app, lang, &uri, &headers, None, &user.email, |f| f, StatusCode::OK)
}

/// `POST /admin/set-password/{token}`: sets the password once; then to the sign-in page.
pub async fn use_link(
    State(app): State<AppState>,
    Locale(lang): Locale,
    uri: Uri,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let (token, user) = link_user(&app, &token).await?;
    let email =
        Email::try_from(user.email.as_str()).map_err(|e| AppError::Internal(e.to_string()))?;
    let password = match new_password(&form, &email) {
        Ok(p) => p,
        Err(errors) => {
            let t = app.catalogue.tr(lang);
            let frame = |f: Frame| f.with_errors(&t, &errors);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return super::password::form(
                &app,
                lang,
                &uri,
                &headers,
                None,
                &user.email,
                frame,
                status,
            );
        }
    };
    let hashed = super::hash(password).await?;
    let done = app.store.accounts().use_password_link(&token, hashed, app.clock.now()).await?;
    let user = done.ok_or(AppError::LinkExpired)?;
    tracing::info!(user_id = user.id, "password set through a link");
    Ok(Redirect::to("/admin/login?notice=password-set").into_response())
}
