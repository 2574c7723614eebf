//! Changing one's own password: the current one is checked (failures count toward the
//! account's lock, as at sign-in), and every other session of the account ends.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use convene_domain::{Email, FieldError, FieldErrors, NewPassword, PasswordCandidate};
use convene_storage::{Actor, StaffSession};

use super::frame::{Frame, respond, seed};
use super::{Staff, hash, verify, wait_message};
use crate::http::error::AppError;
use crate::http::forms::FormBody;
use crate::http::security::check_csrf;
use crate::i18n::locale::Locale;
use crate::pages::Chrome;
use crate::{AppState, Lang};

/// The password form: changing one's own (with the current password) or setting one through
/// a link (with the account's address shown).
#[derive(Template)]
#[template(path = "admin_password.html")]
struct PasswordPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    /// Ask for the current password (own change) or not (link).
    current: bool,
    /// The account's address, shown on the link form.
    email: String,
    /// Where the form goes.
    action: String,
}

/// Parses the new password and its confirmation against the account's address.
pub(crate) fn new_password(form: &FormBody, email: &Email) -> Result<NewPassword, FieldErrors> {
    let candidate = PasswordCandidate { password: form.get("new_password"), email };
    let mut errors = FieldErrors::default();
    let parsed =
        NewPassword::try_from(candidate).map_err(|e| errors.0.push(("new_password".into(), e)));
    if form.get("confirm") != form.get("new_password") {
        errors.0.push(("confirm".into(), FieldError::PasswordMismatch));
    }
    match parsed {
        Ok(p) if errors.is_empty() => Ok(p),
        _ => Err(errors),
    }
}

/// The password form for `email`: a signed-in organiser's own change (asking for the current
/// password), or, without a session, the form of a one-time link. It posts to its own path.
#[allow(clippy::too_many_arguments, reason = "the page's inputs; called from four handlers")]
pub(crate) fn form(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    headers: &HeaderMap,
    staff: Option<&StaffSession>,
    email: &str,
    frame: impl FnOnce(Frame) -> Frame,
    status: StatusCode,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let seed = seed(headers);
    let title = if staff.is_some() { "admin-password-title" } else { "admin-set-password-title" };
    let page = PasswordPage {
        page: Chrome::new(app, lang, uri, t.t(title), ""),
        frame: frame(Frame::new(app, &t, &seed, staff, uri.path())),
        current: staff.is_some(),
        email: email.to_owned(),
        action: uri.path().to_owned(),
    };
    Ok(respond(app, &seed, status, page.render()?))
}

fn render(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    headers: &HeaderMap,
    staff: &Staff,
    frame: impl FnOnce(Frame) -> Frame,
    status: StatusCode,
) -> Result<Response, AppError> {
    let s = &staff.0;
    form(app, lang, uri, headers, Some(s), &s.user.email, frame, status)
}

/// `GET /admin/password`
pub async fn show(
    State(app): State<AppState>,
    Locale(lang): Locale,
    staff: Staff,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let notice = |f: Frame| f.with_notice(&t, uri.query(), &["password-changed"]);
    render(&app, lang, &uri, &headers, &staff, notice, StatusCode::OK)
}

/// `POST /admin/password`
pub async fn submit(
    State(app): State<AppState>,
    Locale(lang): Locale,
    staff: Staff,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let t = app.catalogue.tr(lang);
    let user = &staff.0.user;
    let email =
        Email::try_from(user.email.as_str()).map_err(|e| AppError::Internal(e.to_string()))?;
    let fail = |errors: FieldErrors, message: Option<String>, status| {
        let frame = |f: Frame| f.with_errors(&t, &errors).with_message(message);
        render(&app, lang, &uri, &headers, &staff, frame, status)
    };
    let new = match new_password(&form, &email) {
        Ok(p) => p,
        Err(errors) => return fail(errors, None, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let now = app.clock.now();
    let candidate =
        app.store.accounts().login_candidate(&email).await?.ok_or(AppError::NotFound)?;
    if candidate.locked_until > now {
        let message = wait_message(&t, (candidate.locked_until - now).as_secs());
        return fail(FieldErrors::default(), Some(message), StatusCode::TOO_MANY_REQUESTS);
    }
    if !verify(candidate.password_hash, form.get("current").to_owned()).await? {
        let (failures, _) =
            app.store.accounts().record_login_failure(user.id, Actor::User(user.id), now).await?;
        tracing::warn!(user_id = user.id, failures, "password change: wrong current password");
        let errors = FieldErrors(vec![("current".into(), FieldError::WrongPassword)]);
        return fail(errors, None, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let hashed = hash(new).await?;
    app.store.accounts().change_password(&staff.0, hashed, now).await?;
    tracing::info!(user_id = user.id, "password changed; other sessions ended");
    Ok(Redirect::to("/admin/password?notice=password-changed").into_response())
}
