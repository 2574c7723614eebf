//! Typed path extractors for public URLs: a handler receives a valid slug and session number,
//! or the request ends before it with the same 404 or 400 every page gives.
//!
//! Each reads the route's named parameters (`{slug}`, `{number}`, `{file}`) and ignores the
//! others, so one extractor serves a page and its downloads.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use convene_domain::{SessionDetail, Slug};
use convene_storage::SessionKey;
use serde::Deserialize;

use crate::AppState;
use crate::http::error::{AppError, BadRequest, Path};

/// `{slug}` of a series or speaker URL; a slug of the wrong shape names nothing (404).
#[derive(Debug, Clone)]
pub struct SlugPath(pub Slug);

#[derive(Deserialize)]
struct RawSlug {
    slug: String,
}

impl<S: Send + Sync> FromRequestParts<S> for SlugPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let Path(raw) = Path::<RawSlug>::from_request_parts(parts, state).await?;
        Slug::try_from(raw.slug.as_str()).map(SlugPath).map_err(|_| AppError::NotFound)
    }
}

/// `{slug}/sessions/{number}`: a bad slug is a 404, a number that is not one a 400.
#[derive(Debug, Clone)]
pub struct SessionPath {
    /// The series' slug.
    pub series: Slug,
    /// The session's number in its series.
    pub number: u32,
}

#[derive(Deserialize)]
struct RawSession {
    slug: String,
    number: String,
}

impl SessionPath {
    /// Parses the two path segments, slug first (a bad slug is a 404 whatever the number).
    pub fn parse(series: &str, number: &str) -> Result<Self, AppError> {
        let series = Slug::try_from(series).map_err(|_| AppError::NotFound)?;
        let number = number.parse().map_err(|_| {
            AppError::BadRequest(BadRequest::Number(number.chars().take(20).collect()))
        })?;
        Ok(Self { series, number })
    }

    /// The storage key of the session.
    pub fn key(&self) -> SessionKey {
        SessionKey::Number { series: self.series.clone(), number: self.number }
    }

    /// The public session with its series, agenda and speakers, or a 404.
    pub async fn detail(&self, app: &AppState) -> Result<SessionDetail, AppError> {
        app.store.content().session_detail(self.key()).await?.ok_or(AppError::NotFound)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SessionPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let Path(raw) = Path::<RawSession>::from_request_parts(parts, state).await?;
        Self::parse(&raw.slug, &raw.number)
    }
}

/// `{file}` of a download URL (`countries.csv`), checked by the handler that knows the names.
#[derive(Debug, Clone)]
pub struct FilePath(pub String);

#[derive(Deserialize)]
struct RawFile {
    file: String,
}

impl<S: Send + Sync> FromRequestParts<S> for FilePath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let Path(raw) = Path::<RawFile>::from_request_parts(parts, state).await?;
        Ok(FilePath(raw.file))
    }
}
