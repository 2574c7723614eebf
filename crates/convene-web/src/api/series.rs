//! `/api/v1/series`

use axum::Json;
use axum::extract::State;

use super::dto::{SeriesDto, SeriesList, SessionDto, SessionList};
use crate::AppState;
use crate::http::error::{AppError, Path};

/// Every series.
#[utoipa::path(get, path = "/api/v1/series", tag = "series", operation_id = "list_series",
    responses((status = 200, body = SeriesList, description = "Every series")))]
pub async fn list(State(app): State<AppState>) -> Result<Json<SeriesList>, AppError> {
    let base = &app.config.base_url;
    let items =
        app.store.content().list_series().await?.iter().map(|s| SeriesDto::new(base, s)).collect();
    Ok(Json(SeriesList { items }))
}

/// One series.
#[utoipa::path(get, path = "/api/v1/series/{id}", tag = "series", operation_id = "show_series",
    params(("id" = i64, Path, description = "Series identifier")),
    responses((status = 200, body = SeriesDto, description = "The series"),
        (status = 404, body = super::dto::ErrorBody, description = "No such series"),
        (status = 400, body = super::dto::ErrorBody, description = "The identifier is not a number")))]
pub async fn show(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<SeriesDto>, AppError> {
    let s = app.store.content().series_by_id(id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(SeriesDto::new(&app.config.base_url, &s)))
}

/// The public sessions of one series, newest first.
#[utoipa::path(get, path = "/api/v1/series/{id}/sessions", tag = "series",
    operation_id = "list_series_sessions",
    params(("id" = i64, Path, description = "Series identifier")),
    responses((status = 200, body = SessionList, description = "The series' public sessions"),
        (status = 404, body = super::dto::ErrorBody, description = "No such series"),
        (status = 400, body = super::dto::ErrorBody, description = "The identifier is not a number")))]
pub async fn sessions(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<SessionList>, AppError> {
    let s = app.store.content().series_by_id(id).await?.ok_or(AppError::NotFound)?;
    let sessions = app.store.content().sessions(Some(s.id), None).await?;
    let items = sessions
        .iter()
        .map(|x| SessionDto::new(&app.config.base_url, s.slug.as_str(), x))
        .collect();
    Ok(Json(SessionList { items }))
}
