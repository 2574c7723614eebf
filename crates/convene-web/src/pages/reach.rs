//! Reach pages: who took part in a series and in each session, with charts, tables and
//! downloads, every figure counted from stored registrations and small cells hidden.

use askama::Template;
use axum::extract::State;
use axum::http::{Uri, header};
use axum::response::{IntoResponse, Response};
use convene_domain::{Series, Slug};

use super::{Chrome, render};
use crate::http::error::AppError;
use crate::http::extract::{FilePath, SessionPath, SlugPath};
use crate::i18n::locale::Locale;
use crate::reach::Figures;
use crate::reach::load::{series_figures, session_figures};
use crate::{AppState, reach::charts_view, view::paths};

#[derive(Template)]
#[template(path = "reach.html")]
struct ReachPage<'a> {
    page: Chrome<'a>,
    heading: String,
    back: crate::view::Link,
    figures: Figures,
    charts: charts_view::Charts,
    population_note: String,
    privacy_note: String,
    json_url: String,
    csv_base: String,
    csv_suffix: String,
    other: Option<crate::view::Link>,
}

/// A series by its URL slug.
async fn series(app: &AppState, slug: Slug) -> Result<Series, AppError> {
    app.store.content().series_by_slug(slug).await?.ok_or(AppError::NotFound)
}

/// `GET /reach`: the first series' reach page.
pub async fn index(State(app): State<AppState>, uri: Uri) -> Result<Response, AppError> {
    let first =
        app.store.content().list_series().await?.into_iter().next().ok_or(AppError::NotFound)?;
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    let to = format!("{}{query}", paths::series_reach(first.slug.as_str()));
    Ok(axum::response::Redirect::to(&to).into_response())
}

/// `GET /series/{slug}/reach`
pub async fn series_page(
    State(app): State<AppState>,
    Locale(lang): Locale,
    uri: Uri,
    SlugPath(slug): SlugPath,
) -> Result<Response, AppError> {
    let s = series(&app, slug).await?;
    let t = app.catalogue.tr(lang);
    let (figures, _) = series_figures(&app, &s, t).await?;
    let heading = t.arg("reach-series-heading", "series", &s.title);
    let base = paths::series_reach(s.slug.as_str());
    page(
        &app,
        lang,
        &uri,
        heading,
        &figures,
        &base,
        paths::archive(s.slug.as_str()),
        &s.title,
        None,
    )
}

/// `GET /series/{slug}/sessions/{number}/reach`
pub async fn session_page(
    State(app): State<AppState>,
    Locale(lang): Locale,
    uri: Uri,
    path: SessionPath,
) -> Result<Response, AppError> {
    let d = path.detail(&app).await?;
    let t = app.catalogue.tr(lang);
    let figures = session_figures(&app, &d.session, t).await?;
    let session_label = t.arg("session-number", "number", &d.session.number.to_string());
    let heading = t.args(
        "reach-session-heading",
        &[("session", session_label.clone().into()), ("title", d.session.title.clone().into())],
    );
    let base = paths::session_reach(d.series.slug.as_str(), d.session.number);
    let back = paths::session(d.series.slug.as_str(), d.session.number);
    let series_link = crate::view::Link {
        text: t.arg("reach-series-heading", "series", &d.series.title),
        url: paths::series_reach(d.series.slug.as_str()),
    };
    let title = format!("{session_label}: {}", d.session.title);
    page(&app, lang, &uri, heading, &figures, &base, back, &title, Some(series_link))
}

#[allow(clippy::too_many_arguments, reason = "one call site per scope; a struct adds nothing")]
fn page(
    app: &AppState,
    lang: crate::Lang,
    uri: &Uri,
    heading: String,
    figures: &Figures,
    base: &str,
    back_url: String,
    back_text: &str,
    other: Option<crate::view::Link>,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let k = crate::i18n::numbers::integer(lang, app.config.reach_min_cell);
    render(&ReachPage {
        page: Chrome::new(app, lang, uri, heading.clone(), "reach"),
        heading,
        back: crate::view::Link { text: back_text.to_owned(), url: back_url },
        charts: charts_view::Charts::new(&t, figures),
        population_note: t.t(figures.note_id),
        privacy_note: t.arg("reach-privacy", "k", &k),
        figures: figures.clone(),
        json_url: format!("{base}.json"),
        csv_base: format!("{base}/"),
        csv_suffix: String::new(),
        other,
    })
}

/// `GET /series/{slug}/reach.json`
pub async fn series_json(
    State(app): State<AppState>,
    Locale(lang): Locale,
    SlugPath(slug): SlugPath,
) -> Result<Response, AppError> {
    let s = series(&app, slug).await?;
    let (figures, _) = series_figures(&app, &s, app.catalogue.tr(lang)).await?;
    Ok(axum::Json(crate::api::reach::ReachDto::from(&figures)).into_response())
}

/// `GET /series/{slug}/reach/{table}.csv`
pub async fn series_csv(
    State(app): State<AppState>,
    Locale(lang): Locale,
    SlugPath(slug): SlugPath,
    FilePath(file): FilePath,
) -> Result<Response, AppError> {
    let s = series(&app, slug).await?;
    let (figures, _) = series_figures(&app, &s, app.catalogue.tr(lang)).await?;
    csv(&figures, &file, &format!("{}-reach", s.slug.as_str()))
}

/// `GET /series/{slug}/sessions/{number}/reach.json`
pub async fn session_json(
    State(app): State<AppState>,
    Locale(lang): Locale,
    path: SessionPath,
) -> Result<Response, AppError> {
    let d = path.detail(&app).await?;
    let figures = session_figures(&app, &d.session, app.catalogue.tr(lang)).await?;
    Ok(axum::Json(crate::api::reach::ReachDto::from(&figures)).into_response())
}

/// `GET /series/{slug}/sessions/{number}/reach/{table}.csv`
pub async fn session_csv(
    State(app): State<AppState>,
    Locale(lang): Locale,
    path: SessionPath,
    FilePath(file): FilePath,
) -> Result<Response, AppError> {
    let d = path.detail(&app).await?;
    let figures = session_figures(&app, &d.session, app.catalogue.tr(lang)).await?;
    csv(&figures, &file, &format!("{}-session-{}-reach", d.series.slug.as_str(), d.session.number))
}

/// One table, named by its file (`countries.csv`), as a download called `{prefix}-{id}.csv`.
pub(crate) fn csv(figures: &Figures, file: &str, prefix: &str) -> Result<Response, AppError> {
    let id = file.strip_suffix(".csv").ok_or(AppError::NotFound)?;
    let table = figures.table(id).ok_or(AppError::NotFound)?;
    let disposition = format!("attachment; filename=\"{prefix}-{id}.csv\"");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        table.to_csv(),
    )
        .into_response())
}
