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
use crate::pages::visit::Visit;
use crate::reach::Figures;
use crate::reach::load::{series_figures, session_figures};
use crate::view::Link;
use crate::{AppState, reach::charts_view, view::paths};

#[derive(Template)]
#[template(path = "reach.html")]
struct ReachPage<'a> {
    page: Chrome<'a>,
    heading: String,
    back: Link,
    figures: Figures,
    charts: charts_view::Charts,
    population_note: String,
    privacy_note: String,
    json_url: String,
    csv_base: String,
    csv_suffix: String,
    other: Option<Link>,
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

/// What a reach page shows besides its figures: heading, address, and where it links.
struct Scope {
    /// The page's heading, also its title.
    heading: String,
    /// The page's path; its JSON and CSV downloads are named after it.
    base: String,
    /// The page this one is about (the archive or the session).
    back: Link,
    /// The series' reach, from a session's reach page.
    other: Option<Link>,
}

/// `GET /series/{slug}/reach`
pub async fn series_page(v: Visit, SlugPath(slug): SlugPath) -> Result<Response, AppError> {
    let s = series(&v.app, slug).await?;
    let t = v.t();
    let (figures, _) = series_figures(&v.app, &s, t).await?;
    let scope = Scope {
        heading: t.arg("reach-series-heading", "series", &s.title),
        base: paths::series_reach(s.slug.as_str()),
        back: Link { text: s.title.clone(), url: paths::archive(s.slug.as_str()) },
        other: None,
    };
    page(&v, &figures, scope)
}

/// `GET /series/{slug}/sessions/{number}/reach`
pub async fn session_page(v: Visit, path: SessionPath) -> Result<Response, AppError> {
    let d = path.detail(&v.app).await?;
    let t = v.t();
    let figures = session_figures(&v.app, &d.session, t).await?;
    let session_label = t.arg("session-number", "number", &d.session.number.to_string());
    let (slug, number) = (d.series.slug.as_str(), d.session.number);
    let scope = Scope {
        heading: t.args(
            "reach-session-heading",
            &[("session", session_label.clone().into()), ("title", d.session.title.clone().into())],
        ),
        base: paths::session_reach(slug, number),
        back: Link {
            text: format!("{session_label}: {}", d.session.title),
            url: paths::session(slug, number),
        },
        other: Some(Link {
            text: t.arg("reach-series-heading", "series", &d.series.title),
            url: paths::series_reach(slug),
        }),
    };
    page(&v, &figures, scope)
}

fn page(v: &Visit, figures: &Figures, scope: Scope) -> Result<Response, AppError> {
    let t = v.t();
    let k = crate::i18n::numbers::integer(v.lang, v.app.config.reach_min_cell);
    let base = scope.base;
    render(&ReachPage {
        page: v.chrome(scope.heading.clone(), "reach"),
        heading: scope.heading,
        back: scope.back,
        charts: charts_view::Charts::new(&t, figures),
        population_note: t.t(figures.note_id),
        // The count of countries follows the same rule as the cells: said where it is shown.
        privacy_note: format!(
            "{} {}",
            t.arg("reach-privacy", "k", &k),
            t.arg("reach-privacy-countries", "k", &k)
        ),
        figures: figures.clone(),
        json_url: format!("{base}.json"),
        csv_base: format!("{base}/"),
        csv_suffix: String::new(),
        other: scope.other,
    })
}

/// `GET /series/{slug}/reach.json`
pub async fn series_json(
    Visit { app, lang, .. }: Visit,
    SlugPath(slug): SlugPath,
) -> Result<Response, AppError> {
    let s = series(&app, slug).await?;
    let (figures, _) = series_figures(&app, &s, app.catalogue.tr(lang)).await?;
    Ok(axum::Json(crate::api::reach::ReachDto::from(&figures)).into_response())
}

/// `GET /series/{slug}/reach/{table}.csv`
pub async fn series_csv(
    Visit { app, lang, .. }: Visit,
    SlugPath(slug): SlugPath,
    FilePath(file): FilePath,
) -> Result<Response, AppError> {
    let s = series(&app, slug).await?;
    let (figures, _) = series_figures(&app, &s, app.catalogue.tr(lang)).await?;
    csv(&figures, &file, &format!("{}-reach", s.slug.as_str()))
}

/// `GET /series/{slug}/sessions/{number}/reach.json`
pub async fn session_json(
    Visit { app, lang, .. }: Visit,
    path: SessionPath,
) -> Result<Response, AppError> {
    let d = path.detail(&app).await?;
    let figures = session_figures(&app, &d.session, app.catalogue.tr(lang)).await?;
    Ok(axum::Json(crate::api::reach::ReachDto::from(&figures)).into_response())
}

/// `GET /series/{slug}/sessions/{number}/reach/{table}.csv`
pub async fn session_csv(
    Visit { app, lang, .. }: Visit,
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
