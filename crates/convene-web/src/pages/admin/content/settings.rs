//! A session's registration settings: window, capacities and join links per channel.

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::RegistrationSettingsDraft;
use convene_storage::Saved;

use super::session_edit::{Shown, edit_page, load};
use super::{Req, done, refused, session_location, version};
use crate::http::error::{AppError, Path};

/// `POST /admin/sessions/{id}/registration`
pub async fn save(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    let draft = match RegistrationSettingsDraft::parse(form.0.as_slice(), &s.session.time_zone) {
        Ok(d) => d,
        Err(errors) => {
            let shown = Shown { settings: Some(form.0), errors, ..Shown::default() };
            return edit_page(&req, s, shown, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let now = req.app.clock.now();
    let saved = req
        .app
        .store
        .content()
        .save_registration_settings(req.actor(), s.session.id, version(&form), draft, now)
        .await?;
    match saved {
        Saved::Done(()) => {
            req.changed();
            Ok(done(&session_location(s.session.id), "saved"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let (_, message, status) = refused(&req.t(), other);
            let shown = Shown { settings: Some(form.0), message, ..Shown::default() };
            edit_page(&req, s, shown, status).await
        }
    }
}
