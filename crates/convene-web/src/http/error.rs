//! The one error type of the web layer, and its explicit mapping to HTTP statuses.
//!
//! A handler returns `AppError`; its response carries the error as an extension and no
//! body. The locale middleware then renders the body in the visitor's language: an HTML page,
//! or for `/api/` the JSON error shape. Internal details go to the log only.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use convene_storage::StorageError;

/// What went wrong, as far as the visitor is concerned.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing here (or not public).
    #[error("not found")]
    NotFound,
    /// The request cannot be read; the message id and its argument say why.
    #[error("bad request: {0:?}")]
    BadRequest(BadRequest),
    /// A form without a valid CSRF token, or sent from another site.
    #[error("forbidden")]
    Forbidden,
    /// Too many attempts from one client or for one address.
    #[error("too many requests")]
    TooManyRequests,
    /// A back-office page without a signed-in organiser: a page to show (`Some`, the path to
    /// return to after signing in) is a redirect to the sign-in page; anything else is a 401.
    #[error("sign-in required")]
    SignInRequired(Option<String>),
    /// Signed in, but the role does not allow this page.
    #[error("not allowed for this role")]
    NotAllowed,
    /// A one-time link that was used already or ran out.
    #[error("link expired")]
    LinkExpired,
    /// Fields that do not parse (the API's 422; forms show errors beside fields instead).
    #[error("invalid fields: {0:?}")]
    Invalid(convene_domain::FieldErrors),
    /// The session does not take registrations now (the state's API text).
    #[error("registration not open: {0}")]
    RegistrationClosed(&'static str),
    /// The database is unreachable or saturated.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// A defect; the detail is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Why a request could not be read, each with a translated message.
#[derive(Debug, Clone)]
pub enum BadRequest {
    /// A path segment of the wrong shape.
    Path(String),
    /// A session number that is not a number.
    Number(String),
    /// An unknown time zone name.
    TimeZone(String),
    /// A query string that cannot be read.
    Query(String),
    /// A form body that is not URL-encoded UTF-8 (what a browser sends); the detail says where.
    Form(String),
}

impl BadRequest {
    /// The catalogue message id, its argument name and value.
    pub fn message(&self) -> (&'static str, &'static str, &str) {
        match self {
            BadRequest::Path(d) => ("error-bad-path", "detail", d),
            BadRequest::Number(v) => ("error-bad-number", "value", v),
            BadRequest::TimeZone(v) => ("error-unknown-zone", "value", v),
            BadRequest::Query(d) => ("error-bad-query", "detail", d),
            BadRequest::Form(d) => ("error-bad-form", "detail", d),
        }
    }

    /// The stable code used in the JSON error shape.
    pub fn code(&self) -> &'static str {
        match self {
            BadRequest::Path(_) => "invalid_path",
            BadRequest::Number(_) => "invalid_number",
            BadRequest::TimeZone(_) => "unknown_time_zone",
            BadRequest::Query(_) => "invalid_query",
            BadRequest::Form(_) => "invalid_form",
        }
    }
}

/// Parses a `topic` filter value; anything but a slug is a 400 naming the parameter.
pub fn topic_filter(t: &str) -> Result<convene_domain::Slug, AppError> {
    convene_domain::Slug::try_from(t).map_err(|_| {
        let shown: String = t.chars().take(40).collect();
        AppError::BadRequest(BadRequest::Query(format!("topic={shown}")))
    })
}

impl AppError {
    /// The HTTP status for this error.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::SignInRequired(Some(_)) => StatusCode::SEE_OTHER,
            AppError::SignInRequired(None) => StatusCode::UNAUTHORIZED,
            AppError::NotAllowed => StatusCode::FORBIDDEN,
            AppError::LinkExpired => StatusCode::GONE,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::RegistrationClosed(_) => StatusCode::CONFLICT,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// The error attached to a response for the locale middleware to render.
#[derive(Debug, Clone)]
pub struct RenderError(pub Arc<AppError>);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            AppError::Internal(detail) => tracing::error!(%detail, "internal error"),
            AppError::Unavailable(detail) => tracing::warn!(%detail, "service unavailable"),
            AppError::SignInRequired(Some(next)) => {
                // Nothing to render: the browser goes to the sign-in page, and back after.
                let to = format!("/admin/login?next={}", crate::http::query::encode(next));
                return axum::response::Redirect::to(&to).into_response();
            }
            _ => {}
        }
        let mut res = self.status().into_response();
        res.extensions_mut().insert(RenderError(Arc::new(self)));
        res
    }
}

impl From<StorageError> for AppError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::Pool(_) | StorageError::Open { .. } => {
                AppError::Unavailable(e.to_string())
            }
            ref full if full.is_full() => AppError::Unavailable(e.to_string()),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl From<axum::extract::rejection::PathRejection> for AppError {
    fn from(e: axum::extract::rejection::PathRejection) -> Self {
        AppError::BadRequest(BadRequest::Path(e.body_text()))
    }
}

impl From<axum::extract::rejection::QueryRejection> for AppError {
    fn from(e: axum::extract::rejection::QueryRejection) -> Self {
        AppError::BadRequest(BadRequest::Query(e.body_text()))
    }
}

/// The `Path` extractor whose rejection is an [`AppError`], so it renders like any other.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

/// The `Query` extractor whose rejection is an [`AppError`].
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct Query<T>(pub T);
