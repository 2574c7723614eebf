//! The one path a record's edit form takes when sent (series and speakers, created or saved;
//! sessions, saved): parse the draft, store it under the version the form showed (storage
//! refuses texts the defacement checks refuse), then go to the record's page or show the form
//! again with what was refused.

use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::{FieldErrors, SeriesDraft, SessionDraft, SpeakerDraft};
use convene_storage::{Saved, StorageError};

use super::{Req, created_location, done, refused};
use crate::http::error::AppError;

/// A record's draft as its form gives it.
pub(crate) trait Draft: Sized {
    /// Parses the form's values.
    fn parse(values: &[(String, String)]) -> Result<Self, FieldErrors>;
}

impl Draft for SeriesDraft {
    fn parse(values: &[(String, String)]) -> Result<Self, FieldErrors> {
        SeriesDraft::parse(values)
    }
}

impl Draft for SpeakerDraft {
    fn parse(values: &[(String, String)]) -> Result<Self, FieldErrors> {
        SpeakerDraft::parse(values)
    }
}

impl Draft for SessionDraft {
    fn parse(values: &[(String, String)]) -> Result<Self, FieldErrors> {
        SessionDraft::parse(values)
    }
}

/// The form shown again: the values sent, what was refused, and the status to answer with.
pub(crate) struct Again {
    /// The form's values as sent.
    pub values: Vec<(String, String)>,
    /// Errors by field.
    pub errors: FieldErrors,
    /// A message about the whole form.
    pub message: Option<String>,
    /// The answer's status.
    pub status: StatusCode,
}

/// Sends a record's form through the pipeline: `store` saves the draft, `to` names the page
/// of the record saved (with `notice`), `show` renders the form again.
pub(crate) async fn save_draft<D: Draft, T>(
    req: &Req,
    values: Vec<(String, String)>,
    store: impl AsyncFnOnce(D) -> Result<Saved<T>, StorageError>,
    (to, notice): (impl FnOnce(T) -> String, &str),
    show: impl AsyncFnOnce(Again) -> Result<Response, AppError>,
) -> Result<Response, AppError> {
    let draft = match D::parse(values.as_slice()) {
        Ok(d) => d,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return show(Again { values, errors, message: None, status }).await;
        }
    };
    match store(draft).await? {
        Saved::Done(saved) => {
            req.changed();
            Ok(done(&to(saved), notice))
        }
        Saved::Repeat(created) => Ok(done(&created_location(created), notice)),
        Saved::Missing => Err(AppError::NotFound),
        other => {
            let (errors, message, status) = refused(&req.t(), other);
            show(Again { values, errors, message, status }).await
        }
    }
}
