//! Sessions for editors: every series with its sessions (drafts included), creating a
//! session, its edit page (fields, texts in six languages, preview, lifecycle, registration
//! settings, agenda), and deleting one nobody registered for.

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::{FieldErrors, Format, SchedulePrecision, SessionDraft, SessionStatus};
use convene_storage::{EditableSeries, EditableSession, Saved};

use super::draft::{Again, save_draft};
use super::form::{Builder, EditForm, Kind, language_options, new_form_key, text_pairs};
use super::{Req, done, refused, session_location, version};
use crate::error::{AppError, Path};
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;
use crate::paths;

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

/// The session edit page, built by [`edit_page`].
#[derive(Template)]
#[template(path = "admin_session.html")]
pub(crate) struct EditPage<'a> {
    pub(crate) page: Chrome<'a>,
    pub(crate) frame: Frame,
    pub(crate) s: EditableSession,
    pub(crate) status: String,
    pub(crate) public_url: Option<String>,
    pub(crate) form: EditForm,
    pub(crate) preview: Option<super::super::content::sessions::Preview>,
    pub(crate) steps: Vec<(String, String)>,
    pub(crate) settings: EditForm,
    pub(crate) agenda: Vec<super::agenda::Row>,
    pub(crate) confirm: Option<Confirm>,
    pub(crate) questions: Vec<convene_domain::Question>,
    pub(crate) question_form: EditForm,
}

/// Links to confirm before a step that makes the session public.
#[derive(Debug, Clone)]
pub(crate) struct Confirm {
    /// The step.
    pub(crate) to: String,
    /// The step's button label.
    pub(crate) label: String,
    /// The flagged addresses.
    pub(crate) urls: Vec<String>,
}

/// The preview of a session's texts as visitors would see them.
#[derive(Debug, Clone)]
pub(crate) struct Preview {
    /// The title.
    pub(crate) title: String,
    /// The summary, as sanitised HTML.
    pub(crate) summary_html: String,
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

fn session_fields(b: &Builder<'_, '_>, t: &crate::i18n::Tr<'_>) -> Vec<super::form::Field> {
    let choices =
        |all: Vec<(&str, String)>| all.into_iter().map(|(v, l)| (v.to_owned(), l)).collect();
    vec![
        b.field("number", Kind::Number, true),
        b.select("language", language_options(t)),
        b.field("title", Kind::Text, true),
        b.field("summary", Kind::Area, false),
        b.field("starts_on", Kind::Date, true),
        b.field("starts_time", Kind::Time, false),
        b.field("ends_on", Kind::Date, true),
        b.field("ends_time", Kind::Time, false),
        b.field("time_zone", Kind::Text, true),
        b.select(
            "precision",
            choices(
                SchedulePrecision::ALL
                    .iter()
                    .map(|p| (p.as_str(), t.t(&format!("admin-precision-{p}"))))
                    .collect(),
            ),
        ),
        b.select(
            "format",
            choices(
                Format::ALL.iter().map(|f| (f.as_str(), t.t(&format!("format-{f}")))).collect(),
            ),
        ),
        b.field("venue", Kind::Text, false),
        {
            let mut f = b.field("topics", Kind::Text, false);
            f.hint = Some(t.t("admin-topics-hint"));
            f.dir = Some("ltr");
            f
        },
    ]
}

/// The form of a session, over `values`.
fn session_form(
    req: &Req,
    frame: &Frame,
    values: &[(String, String)],
    action: String,
    version: Option<i32>,
) -> EditForm {
    let t = req.t();
    let b = Builder::new(&t, values, frame);
    let own = values.iter().find(|(k, _)| k == "language").map_or("en", |(_, v)| v.as_str());
    EditForm {
        action,
        key: version.is_none().then(new_form_key),
        version,
        fields: session_fields(&b, &t),
        translations: b.translations(own, &[("title", Kind::Text), ("summary", Kind::Area)]),
        submit: t.t(if version.is_some() { "admin-save" } else { "admin-create" }),
        preview: version.is_some(),
    }
}

/// A session's values as its form shows them.
fn values_of(s: &EditableSession) -> Vec<(String, String)> {
    let x = &s.session;
    let (start, end) = (x.local_start(), x.local_end());
    let mut v = vec![
        ("number".into(), x.number.to_string()),
        ("language".into(), s.language.clone()),
        ("starts_on".into(), start.date().to_string()),
        ("starts_time".into(), format!("{:02}:{:02}", start.hour(), start.minute())),
        ("ends_on".into(), end.date().to_string()),
        ("ends_time".into(), format!("{:02}:{:02}", end.hour(), end.minute())),
        ("time_zone".into(), x.time_zone.as_str().to_owned()),
        ("precision".into(), x.precision.as_str().to_owned()),
        ("format".into(), x.format.as_str().to_owned()),
        ("venue".into(), x.venue.clone().unwrap_or_default()),
        ("topics".into(), x.topics.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>().join(", ")),
    ];
    v.extend(text_pairs(&s.texts, &s.language));
    v
}

/// `GET /admin/sessions/new?series=ID`
pub async fn new(req: Req) -> Result<Response, AppError> {
    let series = crate::locale::query_param(req.uri.query(), "series").unwrap_or_default();
    render_new(
        &req,
        &series,
        vec![("language".into(), req.lang.code().into()), ("series".into(), series.clone())],
        (FieldErrors::default(), None),
        StatusCode::OK,
    )
    .await
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
    let series = crate::locale::query_param(req.uri.query(), "series").unwrap_or_default();
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

/// Loads a session by the id in its path.
pub(crate) async fn load(req: &Req, id: &str) -> Result<EditableSession, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    req.app.store.content().editable_session(id).await?.ok_or(AppError::NotFound)
}

/// What the edit page shows besides the record: typed values, errors, message, preview.
#[derive(Default)]
pub(crate) struct Shown {
    pub(crate) values: Option<Vec<(String, String)>>,
    pub(crate) settings: Option<Vec<(String, String)>>,
    pub(crate) errors: FieldErrors,
    pub(crate) message: Option<String>,
    pub(crate) preview: Option<Preview>,
    pub(crate) confirm: Option<Confirm>,
    pub(crate) question: Option<Vec<(String, String)>>,
}

/// Renders the edit page of `s`.
pub(crate) async fn edit_page(
    req: &Req,
    s: EditableSession,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let t = req.t();
    let frame = req.frame("/admin/sessions", &shown.errors, shown.message);
    let values = shown.values.unwrap_or_else(|| values_of(&s));
    let form = session_form(
        req,
        &frame,
        &values,
        format!("/admin/sessions/{}", s.session.id),
        Some(s.version),
    );
    let settings = super::settings::form(req, &frame, &s, shown.settings).await?;
    let agenda = super::agenda::rows(req, &s).await?;
    let questions =
        req.app.store.registrations().registration_context(s.session.id).await?.questions;
    let question_form =
        super::questions::form(req, &frame, &s, &shown.question.unwrap_or_default());
    let steps = s
        .session
        .status
        .next_steps()
        .iter()
        .map(|st| (st.as_str().to_owned(), t.t(&format!("admin-step-{st}"))))
        .collect();
    let page = EditPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, s.session.title.clone(), ""),
        status: t.t(&format!("status-{}", s.session.status)),
        public_url: s
            .session
            .status
            .is_public()
            .then(|| paths::session(s.series.slug.as_str(), s.session.number)),
        frame,
        form,
        preview: shown.preview,
        confirm: shown.confirm,
        steps,
        settings,
        agenda,
        questions,
        question_form,
        s,
    };
    Ok(req.respond(status, page.render()?))
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
    let preview =
        Preview { title: draft.title.clone(), summary_html: crate::markdown::html(&draft.summary) };
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
    texts.extend(req.app.store.content().agenda_texts(s.session.id, s.language.clone()).await?);
    let mut urls: Vec<String> = texts
        .iter()
        .flat_map(|t| crate::markdown::flagged_links(t, &allowed))
        .map(|l| l.url)
        .collect();
    urls.sort();
    urls.dedup();
    Ok(urls)
}
