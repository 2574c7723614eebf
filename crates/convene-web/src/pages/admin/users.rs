//! Accounts, for admins: the list, creating an account (which shows its one-time
//! set-password link and emails it), changing a role, disabling and enabling, a new link.
//! Hashes are never read here. Each change names the account's version, so a form based on
//! an older state is refused rather than applied.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use convene_domain::{
    Email, FieldError, FieldErrors, PasswordPurpose, Role, SecretToken, parse_choice,
};
use convene_storage::{Actor, Changed, User, UserChange};

use super::frame::{Frame, respond, seed};
use super::{Staff, role_name};
use crate::http::error::{AppError, Path};
use crate::http::forms::FormBody;
use crate::http::security::check_csrf;
use crate::i18n::locale::Locale;
use crate::pages::Chrome;
use crate::{AppState, Lang, view::paths};

/// An account as the list shows it.
struct Row {
    user: User,
    role: String,
    status: String,
    is_self: bool,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    rows: Vec<Row>,
    roles: Vec<(&'static str, String)>,
    email: String,
    role: String,
}

#[derive(Template)]
#[template(path = "admin_link.html")]
struct LinkPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    heading: String,
    intro: String,
    link: String,
}

/// What the create form held, and what went wrong.
#[derive(Default)]
struct Typed {
    email: String,
    role: String,
    errors: FieldErrors,
    message: Option<String>,
}

async fn render(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    headers: &HeaderMap,
    staff: &Staff,
    typed: Typed,
    status: StatusCode,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let seed = seed(headers);
    let me = staff.0.user.id;
    let rows = app
        .store
        .accounts()
        .users()
        .await?
        .into_iter()
        .map(|user| Row {
            role: role_name(&t, user.role),
            status: t.t(&format!("admin-status-{}", user.status())),
            is_self: user.id == me,
            user,
        })
        .collect();
    let frame = Frame::new(app, &t, &seed, Some(&staff.0), "/admin/users")
        .with_notice(&t, uri.query(), &["role-changed", "disabled", "enabled"])
        .with_errors(&t, &typed.errors)
        .with_message(typed.message);
    let page = UsersPage {
        page: Chrome::new(app, lang, uri, t.t("admin-users-title"), ""),
        frame,
        rows,
        roles: Role::ALL.iter().map(|r| (r.as_str(), role_name(&t, *r))).collect(),
        email: typed.email,
        role: typed.role,
    };
    Ok(respond(app, &seed, status, page.render()?))
}

/// The page that shows a one-time link once.
fn link_page(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    headers: &HeaderMap,
    staff: &Staff,
    (heading, email): (&str, &str),
    token: &SecretToken,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let seed = seed(headers);
    let page = LinkPage {
        page: Chrome::new(app, lang, uri, t.t(heading), ""),
        frame: Frame::new(app, &t, &seed, Some(&staff.0), "/admin/users"),
        heading: t.t(heading),
        intro: t.arg("admin-link-intro", "email", email),
        link: format!("{}{}", app.config.base_url, paths::set_password(token.as_str())),
    };
    Ok(respond(app, &seed, StatusCode::OK, page.render()?))
}

/// `GET /admin/users`
pub async fn index(
    State(app): State<AppState>,
    Locale(lang): Locale,
    staff: Staff,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    render(&app, lang, &uri, &headers, &staff, Typed::default(), StatusCode::OK).await
}

/// `POST /admin/users`: creates an account. The address is unique, so a form sent twice
/// creates one account and the second answer says the address has one.
pub async fn create(
    State(app): State<AppState>,
    Locale(lang): Locale,
    staff: Staff,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let mut typed = Typed {
        email: form.get("email").into(),
        role: form.get("role").into(),
        ..Typed::default()
    };
    let email =
        Email::try_from(typed.email.as_str()).map_err(|e| typed.errors.0.push(("email".into(), e)));
    let role =
        parse_choice::<Role>(&typed.role).map_err(|e| typed.errors.0.push(("role".into(), e)));
    let (Ok(email), Ok(role)) = (email, role) else {
        return render(&app, lang, &uri, &headers, &staff, typed, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    };
    let actor = Actor::User(staff.0.user.id);
    let now = app.clock.now();
    let Some(created) =
        app.store.accounts().create_user(actor, email, role, lang, true, now).await?
    else {
        typed.errors.0.push(("email".into(), FieldError::EmailTaken));
        return render(&app, lang, &uri, &headers, &staff, typed, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    };
    tracing::info!(by = staff.0.user.id, user_id = created.user.id, role = %role, "account created");
    let shown = ("admin-created-title", created.user.email.as_str());
    link_page(&app, lang, &uri, &headers, &staff, shown, &created.link)
}

/// `POST /admin/users/{id}`: `action` is `role` (with `role`), `disable`, `enable` or `link`;
/// `version` is the account's version the form showed.
pub async fn change(
    State(app): State<AppState>,
    Locale(lang): Locale,
    staff: Staff,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let t = app.catalogue.tr(lang);
    let refuse = |message: String, status| {
        let typed = Typed { message: Some(message), ..Typed::default() };
        render(&app, lang, &uri, &headers, &staff, typed, status)
    };
    let now = app.clock.now();
    let change = match form.get("action") {
        "link" => {
            let user = app.store.accounts().user(id).await?.ok_or(AppError::NotFound)?;
            let Some(token) =
                app.store.accounts().issue_password_link(id, PasswordPurpose::Set, now).await?
            else {
                return refuse(t.t("admin-users-disabled-no-link"), StatusCode::CONFLICT).await;
            };
            let shown = ("admin-new-link-title", user.email.as_str());
            return link_page(&app, lang, &uri, &headers, &staff, shown, &token);
        }
        _ if id == staff.0.user.id => {
            return refuse(t.t("admin-users-not-yourself"), StatusCode::CONFLICT).await;
        }
        "disable" => UserChange::Disable,
        "enable" => UserChange::Enable,
        "role" => match parse_choice::<Role>(form.get("role")) {
            Ok(role) => UserChange::Role(role),
            Err(_) => {
                return refuse(t.t("field-unknown-choice"), StatusCode::UNPROCESSABLE_ENTITY).await;
            }
        },
        _ => {
            return refuse(t.t("admin-users-unknown-action"), StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    let version: i32 = form.get("version").parse().unwrap_or(-1);
    let actor = Actor::User(staff.0.user.id);
    match app.store.accounts().change_user(actor, id, version, change, now).await? {
        Changed::Done(user) => {
            tracing::info!(by = staff.0.user.id, user_id = user.id, ?change, "account changed");
            let notice = match change {
                UserChange::Role(_) => "role-changed",
                UserChange::Disable => "disabled",
                UserChange::Enable => "enabled",
            };
            Ok(Redirect::to(&format!("/admin/users?notice={notice}")).into_response())
        }
        Changed::Stale(_) => refuse(t.t("admin-users-stale"), StatusCode::CONFLICT).await,
        Changed::Missing => Err(AppError::NotFound),
    }
}
