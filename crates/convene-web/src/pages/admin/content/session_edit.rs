//! A session's edit page: its fields, texts, preview, lifecycle steps, registration settings,
//! questions and agenda on one page, rendered by every handler that edits a part of it.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::{FieldErrors, SessionStatus};
use convene_storage::EditableSession;

use super::Req;
use super::form::EditForm;
use super::session_forms::{
    Row, agenda_rows, question_form, session_form, settings_form, values_of,
};
use crate::http::error::AppError;
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;
use crate::view::paths;

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
    pub(crate) preview: Option<Preview>,
    pub(crate) steps: Vec<(SessionStatus, String, bool)>,
    pub(crate) settings: EditForm,
    pub(crate) agenda: Vec<Row>,
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
    let settings = settings_form(req, &frame, &s, shown.settings).await?;
    let agenda = agenda_rows(req, &s).await?;
    let questions =
        req.app.store.registrations().registration_context(s.session.id).await?.questions;
    let question_form = question_form(req, &frame, &s, &shown.question.unwrap_or_default());
    let steps = s
        .session
        .status
        .next_steps()
        .iter()
        // Cancelling cannot be undone, so its button is marked as dangerous.
        .map(|&st| (st, t.t(&format!("admin-step-{st}")), st == SessionStatus::Cancelled))
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
