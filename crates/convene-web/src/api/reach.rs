//! Reach figures in the API: the same public aggregates as the reach pages, small cells hidden.

use axum::Json;
use axum::extract::{Query, State};
use convene_domain::Slug;
use convene_domain::reach::Shown;
use convene_storage::SessionKey;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::http::error::{AppError, Path};
use crate::i18n::locale::Locale;
use crate::reach::Figures;

/// A figure: `{"count": 1234}`, or `{"fewer_than": 5}` when too few people to publish.
#[derive(Debug, Serialize, ToSchema)]
pub struct FigureDto {
    /// The count, when it may be published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// Set instead of `count` when the count is at least 1 and below this threshold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fewer_than: Option<u64>,
}

impl From<Shown> for FigureDto {
    fn from(s: Shown) -> Self {
        match s {
            Shown::Count(n) => Self { count: Some(n), fewer_than: None },
            Shown::FewerThan(k) => Self { count: None, fewer_than: Some(k) },
        }
    }
}

/// One row of a reach table.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReachRowDto {
    /// Stable key: ISO country code, M49 region, stakeholder group, mode, language code,
    /// ISO date (curve) or session number.
    pub key: String,
    /// The key's name in the requested language.
    pub label: String,
    /// One figure per column.
    pub values: Vec<FigureDto>,
}

/// A table of reach figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReachTableDto {
    /// `summary`, `sessions`, `countries`, `regions`, `groups`, `modes`, `languages`, `curve`.
    pub id: String,
    /// Its caption in the requested language.
    pub caption: String,
    /// What each value of a row is (`count`, `cumulative`, `people`, `countries`, `new_people`).
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<ReachRowDto>,
}

/// The reach of a series or of one session: aggregates only, counted from registrations.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReachDto {
    /// Cells about fewer people than this are hidden.
    pub min_cell: u64,
    /// Whom the figures count: `attendees` or `registrants` (a series mixes them per session).
    #[schema(schema_with = super::vocab::population)]
    pub population: String,
    /// People counted (distinct people for a series).
    pub people: FigureDto,
    /// People recorded as attending, in the room or online (for a series: attendances, a
    /// person at two sessions counting twice, at the sessions whose figures count attendees).
    pub attendees: FigureDto,
    /// Verified registrations holding a place or on the waiting list (for a series: at the
    /// sessions whose figures still count registrants).
    pub registrants: FigureDto,
    /// Countries with at least `min_cell` people (participations for a series): the
    /// small-number rule of the cells, so one person from a new country does not change it.
    pub countries: u64,
    /// Records that are synthetic demo data, not real people.
    pub synthetic_records: u64,
    /// The one-line summary in the requested language.
    pub headline: String,
    /// Every table, summary first.
    pub tables: Vec<ReachTableDto>,
}

impl From<&Figures> for ReachDto {
    fn from(f: &Figures) -> Self {
        Self {
            min_cell: f.min_cell,
            population: f.population.as_str().to_owned(),
            people: f.people.into(),
            attendees: f.attendees.into(),
            registrants: f.registrants.into(),
            countries: f.countries,
            synthetic_records: f.synthetic,
            headline: f.headline.clone(),
            tables: f
                .tables
                .iter()
                .map(|t| ReachTableDto {
                    id: t.id.to_owned(),
                    caption: t.caption.clone(),
                    columns: t.columns.iter().map(|c| (*c).to_owned()).collect(),
                    rows: t
                        .rows
                        .iter()
                        .map(|r| ReachRowDto {
                            key: r.key.clone(),
                            label: r.label.clone(),
                            values: r.values.iter().map(|v| (*v).into()).collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Which series.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SeriesParam {
    /// The series' slug; default: the site's first series.
    pub series: Option<String>,
}

/// The reach of a series: people, countries, groups, regions, session by session.
#[utoipa::path(get, path = "/api/v1/reach", tag = "reach", operation_id = "series_reach",
    params(SeriesParam),
    responses((status = 200, body = ReachDto, description = "The series' reach"),
        (status = 404, body = super::dto::ErrorBody, description = "No such series")))]
pub async fn series(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Query(p): Query<SeriesParam>,
) -> Result<Json<ReachDto>, AppError> {
    let all = app.store.content().list_series().await?;
    let chosen = match p.series {
        Some(slug) => {
            let slug = Slug::try_from(slug.as_str()).map_err(|_| AppError::NotFound)?;
            all.into_iter().find(|s| s.slug == slug)
        }
        None => all.into_iter().next(),
    };
    let s = chosen.ok_or(AppError::NotFound)?;
    let (figures, _) = crate::reach::load::series_figures(&app, &s, app.catalogue.tr(lang)).await?;
    Ok(Json((&figures).into()))
}

/// The reach of one public session, including its registration curve.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/reach", tag = "reach",
    operation_id = "session_reach",
    params(("id" = i64, Path, description = "Session identifier")),
    responses((status = 200, body = ReachDto, description = "The session's reach"),
        (status = 404, body = super::dto::ErrorBody, description = "No such public session"),
        (status = 400, body = super::dto::ErrorBody, description = "The identifier is not a number")))]
pub async fn session(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Path(id): Path<i64>,
) -> Result<Json<ReachDto>, AppError> {
    let d =
        app.store.content().session_detail(SessionKey::Id(id)).await?.ok_or(AppError::NotFound)?;
    let figures =
        crate::reach::load::session_figures(&app, &d.session, app.catalogue.tr(lang)).await?;
    Ok(Json((&figures).into()))
}
