//! The read-only JSON API under `/api/v1/`, described by an OpenAPI 3 document.

pub mod dto;
pub mod reach;
mod registrations;
mod series;
mod sessions;
mod speakers;
pub mod vocab;

use axum::Json;
use axum::Router;
use axum::routing::get;
use utoipa::OpenApi;

use crate::AppState;

/// The OpenAPI description of the API, generated from the handlers and types.
#[derive(OpenApi)]
#[openapi(
    info(title = "convene API", description = "Public data of conversation series (series, sessions, agendas, speakers) open registration and reach statistics (aggregates only)."),
    paths(
        series::list, series::show, series::sessions,
        sessions::list, sessions::show, sessions::agenda,
        speakers::list, speakers::show,
        registrations::create,
        reach::series, reach::session,
    ),
    components(schemas(
        dto::SeriesDto, dto::SeriesList, dto::SessionDto, dto::SessionList, dto::TopicDto,
        dto::AgendaItemDto, dto::AgendaList, dto::PersonDto, dto::SpeakerDto, dto::SpeakerList,
        dto::AppearanceDto, dto::ErrorBody, dto::ErrorDetail,
        registrations::RegistrationRequest, registrations::RegistrationAccepted,
        reach::ReachDto, reach::ReachTableDto, reach::ReachRowDto, reach::FigureDto,
    )),
    tags((name = "series"), (name = "sessions"), (name = "speakers"), (name = "registrations"), (name = "reach"))
)]
pub struct ApiDoc;

/// `GET /api/openapi.json`
async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The API routes that change data (never cached).
pub fn write_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/sessions/{id}/registrations", axum::routing::post(registrations::create))
}

/// The read-only API routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/v1/series", get(series::list))
        .route("/api/v1/series/{id}", get(series::show))
        .route("/api/v1/series/{id}/sessions", get(series::sessions))
        .route("/api/v1/sessions", get(sessions::list))
        .route("/api/v1/sessions/{id}", get(sessions::show))
        .route("/api/v1/sessions/{id}/agenda", get(sessions::agenda))
        .route("/api/v1/speakers", get(speakers::list))
        .route("/api/v1/speakers/{id}", get(speakers::show))
        .route("/api/v1/reach", get(reach::series))
        .route("/api/v1/sessions/{id}/reach", get(reach::session))
}
