//! Editors' pages: series, sessions with their lifecycle and registration settings, agendas
//! (with CSV import and export), speakers, and the revision history of every public text.
//!
//! Every change names the version its form showed (a stale form is refused, not applied) and
//! every creation form carries a one-time key (a double submit creates one record). After a
//! change the page caches are emptied, so visitors see it on their next request.

pub(crate) mod agenda;
pub(crate) mod agenda_file;
pub(crate) mod draft;
pub(crate) mod form;
pub(crate) mod questions;
pub(crate) mod revisions;
pub(crate) mod series;
pub(crate) mod session_edit;
pub(crate) mod session_forms;
pub(crate) mod sessions;
pub(crate) mod settings;
pub(crate) mod speakers;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use convene_domain::FieldErrors;
use convene_storage::{Actor, Editor, Saved, Subject};

use super::Staff;
use super::frame::{Frame, seed};
use crate::http::error::AppError;
use crate::http::forms::FormBody;
use crate::http::security::check_csrf;
use crate::i18n::Tr;
use crate::i18n::locale::Locale;
use crate::{AppState, Lang};

/// What every editor handler needs: the app, the visitor's language, the request's address
/// and headers, and the signed-in organiser (the route guard put them there).
pub struct Req {
    /// Shared state.
    pub app: AppState,
    /// The page language.
    pub lang: Lang,
    /// The request's address.
    pub uri: Uri,
    /// The request's headers (CSRF seed).
    pub headers: HeaderMap,
    /// Who is signed in.
    pub staff: Staff,
}

impl FromRequestParts<AppState> for Req {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let Locale(lang) = Locale::from_request_parts(parts, app).await?;
        let staff = Staff::from_request_parts(parts, app).await?;
        Ok(Self {
            app: app.clone(),
            lang,
            uri: parts.uri.clone(),
            headers: parts.headers.clone(),
            staff,
        })
    }
}

impl Req {
    /// The translator of the page language.
    pub fn t(&self) -> Tr<'_> {
        self.app.catalogue.tr(self.lang)
    }

    /// The frame of a page in section `current`, with errors and a message.
    pub fn frame(&self, current: &str, errors: &FieldErrors, message: Option<String>) -> Frame {
        let t = self.t();
        Frame::new(&self.app, &t, &seed(&self.headers), Some(&self.staff.0), current)
            .with_notice(&t, self.uri.query(), NOTICES)
            .with_errors(&t, errors)
            .with_message(message)
    }

    /// Reads a form body after checking its CSRF field.
    pub fn form(&self, body: &[u8]) -> Result<FormBody, AppError> {
        let form = FormBody::parse(body)?;
        check_csrf(&self.app.key, &self.headers, form.get("csrf"))?;
        Ok(form)
    }

    /// Who is acting, for the audit log.
    pub fn actor(&self) -> Actor {
        Actor::User(self.staff.0.user.id)
    }

    /// The editor of a creation form, with the form's one-time key if it is well formed.
    pub fn editor(&self, form: &FormBody) -> Editor {
        let key =
            Some(form.get("key").to_owned()).filter(|k| convene_storage::valid_idempotency_key(k));
        Editor { actor: self.actor(), user_id: self.staff.0.user.id, key }
    }

    /// Renders a page with the CSRF cookie.
    pub fn respond(&self, status: StatusCode, html: String) -> Response {
        super::frame::respond(&self.app, &seed(&self.headers), status, html)
    }

    /// After a change: visitors must see it on their next request.
    pub fn changed(&self) {
        self.app.page_cache.clear();
        self.app.form_cache.clear();
    }
}

/// The session page an editor goes to after a change.
pub fn session_location(id: i64) -> String {
    format!("/admin/sessions/{id}")
}

/// Where a creation form sent again goes: the page of the record it created the first time
/// (a new series is shown in the list of series and sessions).
pub fn created_location(created: Subject) -> String {
    match created {
        Subject::Series(_) => "/admin/sessions".into(),
        Subject::Session(id) => session_location(id),
        Subject::Speaker(id) => format!("/admin/speakers/{id}"),
    }
}

/// The notices a redirect after a change may ask for.
const NOTICES: &[&str] =
    &["saved", "created", "deleted", "status", "imported", "restored", "cancelled-emailed"];

/// The version a form names (`-1`, never current, when missing or malformed).
pub fn version(form: &FormBody) -> i32 {
    form.get("version").parse().unwrap_or(-1)
}

/// The page after a change: a redirect with a notice. The notice goes into the query, before
/// any `#fragment` (after it, it would be part of the fragment and never reach the server).
pub fn done(location: &str, notice: &str) -> Response {
    let (path, fragment) = location.split_once('#').map_or((location, None), |(p, f)| (p, Some(f)));
    let sep = if path.contains('?') { '&' } else { '?' };
    let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    Redirect::to(&format!("{path}{sep}notice={notice}{fragment}")).into_response()
}

/// What a refused save tells the editor: the field errors, a message about the whole form, and
/// the status to answer with.
pub fn refused<T>(t: &Tr<'_>, saved: Saved<T>) -> (FieldErrors, Option<String>, StatusCode) {
    match saved {
        Saved::Stale => (FieldErrors::default(), Some(t.t("admin-stale")), StatusCode::CONFLICT),
        Saved::Refused(e) => {
            (FieldErrors::default(), Some(t.t(e.message_id())), StatusCode::CONFLICT)
        }
        Saved::Invalid(errors) => (errors, None, StatusCode::UNPROCESSABLE_ENTITY),
        Saved::Unacceptable(found) => (
            FieldErrors::default(),
            Some(crate::view::markdown::refusals(t, &found)),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Saved::Done(_) | Saved::Repeat(_) | Saved::Missing => {
            (FieldErrors::default(), None, StatusCode::NOT_FOUND)
        }
    }
}
