//! `/api/v1/speakers`

use axum::Json;
use axum::extract::State;
use convene_storage::SpeakerKey;

use super::dto::{AppearanceDto, SpeakerDto, SpeakerList};
use crate::AppState;
use crate::http::error::{AppError, Path};

/// Every speaker, by name.
#[utoipa::path(get, path = "/api/v1/speakers", tag = "speakers", operation_id = "list_speakers",
    responses((status = 200, body = SpeakerList, description = "Every speaker")))]
pub async fn list(State(app): State<AppState>) -> Result<Json<SpeakerList>, AppError> {
    let items = app
        .store
        .content()
        .speakers()
        .await?
        .iter()
        .map(|s| SpeakerDto::new(&app.config.base_url, s))
        .collect();
    Ok(Json(SpeakerList { items }))
}

/// One speaker, with the public sessions they took part in.
#[utoipa::path(get, path = "/api/v1/speakers/{id}", tag = "speakers", operation_id = "show_speaker",
    params(("id" = i64, Path, description = "Speaker identifier")),
    responses((status = 200, body = SpeakerDto, description = "The speaker and where they spoke"),
        (status = 404, body = super::dto::ErrorBody, description = "No such speaker"),
        (status = 400, body = super::dto::ErrorBody, description = "The identifier is not a number")))]
pub async fn show(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<SpeakerDto>, AppError> {
    let (speaker, appearances) =
        app.store.content().speaker(SpeakerKey::Id(id)).await?.ok_or(AppError::NotFound)?;
    let base = &app.config.base_url;
    let mut dto = SpeakerDto::new(base, &speaker);
    dto.appearances = Some(
        appearances
            .into_iter()
            .map(|a| AppearanceDto {
                session_id: a.session.id,
                session_number: a.session.number,
                session_title: a.session.title,
                item_title: a.item_title,
                role: a.role.to_string(),
                session_url: format!("{base}/api/v1/sessions/{}", a.session.id),
            })
            .collect(),
    );
    Ok(Json(dto))
}
