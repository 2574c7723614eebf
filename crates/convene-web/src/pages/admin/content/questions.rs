//! A session's custom registration questions: added one at a time, removed while unanswered.

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::parse_question;
use convene_storage::{EditableSession, Saved};

use super::session_edit::{Shown, edit_page, load};
use super::{Req, done, refused, session_location, version};
use crate::http::error::{AppError, Path};

/// `POST /admin/sessions/{id}/questions`: adds a question after the others.
pub async fn add(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    let q = match parse_question(form.0.as_slice()) {
        Ok(q) => q,
        Err(errors) => {
            let shown = Shown { question: Some(form.0), errors, ..Shown::default() };
            return edit_page(&req, s, shown, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let now = req.app.clock.now();
    let saved = req
        .app
        .store
        .content()
        .add_session_question(req.actor(), s.session.id, version(&form), q, now)
        .await?;
    finish(&req, s, saved, Some(form.0)).await
}

/// `POST /admin/sessions/{id}/questions/{question}/delete`: removes an unanswered question.
pub async fn delete(
    req: Req,
    Path((id, question)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    let question: i64 = question.parse().map_err(|_| AppError::NotFound)?;
    let now = req.app.clock.now();
    let saved = req
        .app
        .store
        .content()
        .delete_session_question(req.actor(), s.session.id, version(&form), question, now)
        .await?;
    finish(&req, s, saved, None).await
}

async fn finish(
    req: &Req,
    s: EditableSession,
    saved: Saved<()>,
    typed: Option<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    match saved {
        Saved::Done(()) => {
            req.changed();
            Ok(done(&format!("{}#questions", session_location(s.session.id)), "saved"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let (errors, message, status) = refused(&req.t(), other);
            let shown = Shown { question: typed, errors, message, ..Shown::default() };
            edit_page(req, s, shown, status).await
        }
    }
}
