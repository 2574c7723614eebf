//! Sessions for editors: every series with its sessions (drafts included), creating a
//! session, its edit page (fields, texts in six languages, preview, lifecycle, registration
//! settings, agenda), and deleting one nobody registered for.

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::{FieldErrors, SessionDraft, SessionStatus};
use convene_storage::{EditableSeries, EditableSession, Saved};

use super::draft::{Again, save_draft};
use super::form::EditForm;
use super::session_edit::{Confirm, Preview, Shown, edit_page, load};
use super::session_forms::session_form;
use super::{Req, done, refused, session_location, version};
use crate::http::error::{AppError, Path};
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;

#[derive(Template)]
#[template(path = "admin_sessions.html")]
struct IndexPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    series: Vec<EditableSeries>,
}

impl IndexPage<'_> {
    fn status(&self, s: &SessionStatus) -> String {
        self.page.t.t(&format!("status-{s}"))
    }
}

#[derive(Template)]
#[template(path = "admin_session_new.html")]
struct NewPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    heading: String,
    form: EditForm,
}

/// `GET /admin/sessions`
pub async fn index(req: Req) -> Result<Response, AppError> {
    let t = req.t();
    let page = IndexPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, t.t("admin-sessions-title"), ""),
        frame: req.frame("/admin/sessions", &FieldErrors::default(), None),
        series: req.app.store.content().editable_series().await?,
    };
    Ok(req.respond(StatusCode::OK, page.render()?))
}

/// `GET /admin/sessions/new?series=ID`
pub async fn new(req: Req) -> Result<Response, AppError> {
    let series = crate::http::query::query_param(req.uri.query(), "series").unwrap_or_default();
    let mut values =
        vec![("language".into(), req.lang.code().into()), ("series".into(), series.clone())];
    values.extend(suggested(&req, &series).await?);
    render_new(&req, &series, values, (FieldErrors::default(), None), StatusCode::OK).await
}

/// What a new session of a series most likely has: the next free number and the time zone of
/// the series' latest session (editors change them when they differ).
async fn suggested(req: &Req, series: &str) -> Result<Vec<(String, String)>, AppError> {
    let Ok(id) = series.parse::<i64>() else { return Ok(Vec::new()) };
    let all = req.app.store.content().editable_series().await?;
    let Some(s) = all.iter().find(|s| s.series.id == id) else { return Ok(Vec::new()) };
    let next = s.sessions.iter().map(|(x, _)| x.number).max().unwrap_or(0) + 1;
    let mut values = vec![("number".to_owned(), next.to_string())];
    if let Some((latest, _)) = s.sessions.iter().max_by_key(|(x, _)| (x.starts_at, x.number)) {
        values.push(("time_zone".to_owned(), latest.time_zone.to_string()));
    }
    Ok(values)
}

async fn render_new(
    req: &Req,
    series: &str,
    values: Vec<(String, String)>,
    (errors, message): (FieldErrors, Option<String>),
    status: StatusCode,
) -> Result<Response, AppError> {
    let id: i64 = series.parse().map_err(|_| AppError::NotFound)?;
    let series = req.app.store.content().series_by_id(id).await?.ok_or(AppError::NotFound)?;
    let t = req.t();
    let frame = req.frame("/admin/sessions", &errors, message);
    let mut form =
        session_form(req, &frame, &values, format!("/admin/sessions/new?series={id}"), None);
    form.translations.clear();
    let page = NewPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, t.t("admin-session-new"), ""),
        heading: t.arg("admin-session-new-in", "series", &series.title),
        frame,
        form,
    };
    Ok(req.respond(status, page.render()?))
}

/// `POST /admin/sessions/new?series=ID`: creates a draft and opens its edit page.
pub async fn create(req: Req, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let series = crate::http::query::query_param(req.uri.query(), "series").unwrap_or_default();
    let series_id: i64 = series.parse().map_err(|_| AppError::NotFound)?;
    let draft = match SessionDraft::parse(form.0.as_slice()) {
        Ok(d) => d,
        Err(e) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render_new(&req, &series, form.0, (e, None), status).await;
        }
    };
    match req
        .app
        .store
        .content()
        .create_session(req.editor(&form), series_id, draft, req.app.clock.now())
        .await?
    {
        Saved::Done(id) => Ok(done(&session_location(id), "created")),
        Saved::Repeat(created) => Ok(done(&super::created_location(created), "created")),
        Saved::Missing => Err(AppError::NotFound),
        other => {
            let (errors, message, status) = super::refused(&req.t(), other);
            render_new(&req, &series, form.0, (errors, message), status).await
        }
    }
}

/// `GET /admin/sessions/{id}`
pub async fn edit(req: Req, Path(id): Path<String>) -> Result<Response, AppError> {
    let s = load(&req, &id).await?;
    edit_page(&req, s, Shown::default(), StatusCode::OK).await
}

/// `POST /admin/sessions/{id}`: saves (or, with `action=preview`, shows) the session's fields.
pub async fn save(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    if form.get("action") == "preview" {
        return preview(&req, s, form.0).await;
    }
    let (id, v) = (s.session.id, version(&form));
    let store = async |draft| {
        let now = req.app.clock.now();
        req.app.store.content().update_session(req.actor(), id, v, draft, now).await
    };
    let show = async |a: Again| {
        let shown = Shown {
            values: Some(a.values),
            errors: a.errors,
            message: a.message,
            ..Shown::default()
        };
        edit_page(&req, s, shown, a.status).await
    };
    save_draft(&req, form.0, store, (|_| session_location(id), "saved"), show).await
}

/// The session page with the form's values and a preview of its title and summary.
async fn preview(
    req: &Req,
    s: EditableSession,
    values: Vec<(String, String)>,
) -> Result<Response, AppError> {
    let draft = match SessionDraft::parse(values.as_slice()) {
        Ok(d) => d,
        Err(errors) => {
            let shown = Shown { values: Some(values), errors, ..Shown::default() };
            return edit_page(req, s, shown, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let preview = Preview {
        title: draft.title.clone(),
        summary_html: crate::view::markdown::html(&draft.summary),
    };
    let shown = Shown { values: Some(values), preview: Some(preview), ..Shown::default() };
    edit_page(req, s, shown, StatusCode::OK).await
}

/// `POST /admin/sessions/{id}/status`: one lifecycle step (`to`); cancelling emails registrants.
pub async fn status(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    let Ok(to) = form.get("to").parse::<SessionStatus>() else {
        let shown =
            Shown { message: Some(req.t().t("admin-lifecycle-not-next")), ..Shown::default() };
        return edit_page(&req, s, shown, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let public_step = matches!(to, SessionStatus::Announced | SessionStatus::Published);
    if public_step && form.get("confirm_links") != "yes" {
        let urls = flagged(&req, &s).await?;
        if !urls.is_empty() {
            let label = req.t().t(&format!("admin-step-{to}"));
            let confirm = Confirm { to: to.as_str().to_owned(), label, urls };
            let shown = Shown { confirm: Some(confirm), ..Shown::default() };
            return edit_page(&req, s, shown, StatusCode::CONFLICT).await;
        }
    }
    let saved = req
        .app
        .store
        .content()
        .set_session_status(req.actor(), s.session.id, version(&form), to, req.app.clock.now())
        .await?;
    match saved {
        Saved::Done(emailed) => {
            req.changed();
            tracing::info!(session_id = s.session.id, to = %to, emailed, "session status changed");
            Ok(done(
                &session_location(s.session.id),
                if emailed > 0 { "cancelled-emailed" } else { "status" },
            ))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let (_, message, status) = refused(&req.t(), other);
            edit_page(&req, s, Shown { message, ..Shown::default() }, status).await
        }
    }
}

/// `POST /admin/sessions/{id}/delete`: only a session nobody registered for.
pub async fn delete(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    match req
        .app
        .store
        .content()
        .delete_session(req.actor(), s.session.id, version(&form), req.app.clock.now())
        .await?
    {
        Saved::Done(()) => {
            req.changed();
            Ok(done("/admin/sessions", "deleted"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let (_, message, status) = refused(&req.t(), other);
            edit_page(&req, s, Shown { message, ..Shown::default() }, status).await
        }
    }
}

/// Links in a session's texts and agenda (every language) to hosts outside the allow-list
/// and the site's own host.
async fn flagged(req: &Req, s: &EditableSession) -> Result<Vec<String>, AppError> {
    let mut allowed = req.app.config.admin.link_allow_list.clone();
    if let Some(host) =
        req.app.config.base_url.split("://").nth(1).and_then(|r| r.split(['/', ':']).next())
    {
        allowed.push(host.to_lowercase());
    }
    let mut texts = vec![s.texts.clone()];
    texts.extend(req.app.store.content().agenda_texts(s.session.id, s.language).await?);
    let mut urls: Vec<String> = texts
        .iter()
        .flat_map(|t| crate::view::markdown::flagged_links(t, &allowed))
        .map(|l| l.url)
        .collect();
    urls.sort();
    urls.dedup();
    Ok(urls)
}
