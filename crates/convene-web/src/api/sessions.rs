//! `/api/v1/sessions`

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use convene_domain::Slug;
use convene_storage::SessionKey;
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{AgendaItemDto, AgendaList, SessionDto, SessionList};
use crate::AppState;
use crate::http::error::{AppError, Path, Query, topic_filter};

/// Filters of the session list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SessionFilter {
    /// Only sessions of this series.
    series: Option<i64>,
    /// Only sessions with this topic slug (empty: every topic).
    topic: Option<String>,
}

/// Public sessions of every series, newest first.
#[utoipa::path(get, path = "/api/v1/sessions", tag = "sessions", operation_id = "list_sessions",
    params(SessionFilter),
    responses((status = 200, body = SessionList, description = "The matching public sessions"),
        (status = 400, body = super::dto::ErrorBody, description = "A filter is malformed")))]
pub async fn list(
    State(app): State<AppState>,
    Query(f): Query<SessionFilter>,
) -> Result<Json<SessionList>, AppError> {
    // An empty filter is no filter, as on the archive page (`?topic=` from a blank form field).
    let topic = f.topic.as_deref().filter(|t| !t.is_empty()).map(topic_filter).transpose()?;
    let slugs: HashMap<i64, Slug> =
        app.store.content().list_series().await?.into_iter().map(|s| (s.id, s.slug)).collect();
    let sessions = app.store.content().sessions(f.series, topic).await?;
    let items = sessions
        .iter()
        .filter_map(|s| {
            slugs
                .get(&s.series_id)
                .map(|slug| SessionDto::new(&app.config.base_url, slug.as_str(), s))
        })
        .collect();
    Ok(Json(SessionList { items }))
}

/// One public session.
#[utoipa::path(get, path = "/api/v1/sessions/{id}", tag = "sessions", operation_id = "show_session",
    params(("id" = i64, Path, description = "Session identifier")),
    responses((status = 200, body = SessionDto, description = "The session"),
        (status = 404, body = super::dto::ErrorBody, description = "No such public session"),
        (status = 400, body = super::dto::ErrorBody, description = "The identifier is not a number")))]
pub async fn show(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<SessionDto>, AppError> {
    let d =
        app.store.content().session_detail(SessionKey::Id(id)).await?.ok_or(AppError::NotFound)?;
    Ok(Json(SessionDto::new(&app.config.base_url, d.series.slug.as_str(), &d.session)))
}

/// The agenda of one public session.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/agenda", tag = "sessions",
    operation_id = "show_session_agenda",
    params(("id" = i64, Path, description = "Session identifier")),
    responses((status = 200, body = AgendaList, description = "The session's agenda"),
        (status = 404, body = super::dto::ErrorBody, description = "No such public session"),
        (status = 400, body = super::dto::ErrorBody, description = "The identifier is not a number")))]
pub async fn agenda(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<AgendaList>, AppError> {
    let d =
        app.store.content().session_detail(SessionKey::Id(id)).await?.ok_or(AppError::NotFound)?;
    let items = d.agenda.iter().map(|i| AgendaItemDto::new(&app.config.base_url, i)).collect();
    Ok(Json(AgendaList {
        session_id: d.session.id,
        time_zone: d.session.time_zone.to_string(),
        items,
    }))
}
