//! Reach figures for organisers: the public pages' tables and charts with nothing hidden,
//! for the series or one session, with exact downloads. Never cached, never indexed.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::Staff;
use super::frame::{Frame, respond, seed};
use crate::http::error::{AppError, Path};
use crate::i18n::locale::Locale;
use crate::pages::Chrome;
use crate::reach::{Builder, Figures};
use crate::{AppState, reach::charts_view};

#[derive(Template)]
#[template(path = "admin_reach.html")]
struct AdminReachPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    heading: String,
    scopes: Vec<Scope>,
    figures: Figures,
    charts: charts_view::Charts,
    population_note: String,
    json_url: String,
    csv_base: String,
    csv_suffix: String,
}

/// A link to the series or one session, marked when shown.
struct Scope {
    text: String,
    url: String,
    current: bool,
}

/// `?session=N`: one session instead of the whole series.
#[derive(Debug, Deserialize)]
pub struct ScopeQuery {
    session: Option<u32>,
}

/// The exact figures of the first series, or of one of its sessions, in a language.
async fn exact(
    app: &AppState,
    t: crate::i18n::Tr<'_>,
    session: Option<u32>,
) -> Result<(Figures, Vec<Scope>, String), AppError> {
    let series =
        app.store.content().list_series().await?.into_iter().next().ok_or(AppError::NotFound)?;
    let sessions = app.store.content().sessions(Some(series.id), None).await?;
    let builder = Builder::new(t, 0);
    let tally = app.store.reach().series_reach(series.id).await?;
    let mut scopes = vec![Scope {
        text: series.title.clone(),
        url: "/admin/reach".into(),
        current: session.is_none(),
    }];
    for line in &tally.sessions {
        scopes.push(Scope {
            text: t.arg("session-number", "number", &line.number.to_string()),
            url: format!("/admin/reach?session={}", line.number),
            current: session == Some(line.number),
        });
    }
    Ok(match session {
        None => (builder.series(&tally, &sessions), scopes, series.title),
        Some(n) => {
            let s = sessions.iter().find(|s| s.number == n).ok_or(AppError::NotFound)?;
            let figures =
                builder.session(&app.store.reach().session_reach(s.id, app.clock.now()).await?);
            let label = t.arg("session-number", "number", &n.to_string());
            (figures, scopes, format!("{label}: {}", s.title))
        }
    })
}

/// `GET /admin/reach`
pub async fn show(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Staff(s): Staff,
    Query(q): Query<ScopeQuery>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let (figures, scopes, title) = exact(&app, t, q.session).await?;
    let seed = seed(&headers);
    let query = q.session.map(|n| format!("?session={n}")).unwrap_or_default();
    let page = AdminReachPage {
        page: Chrome::new(&app, lang, &uri, t.arg("admin-reach-title", "scope", &title), ""),
        frame: Frame::new(&app, &t, &seed, Some(&s), "/admin/reach"),
        heading: t.arg("admin-reach-title", "scope", &title),
        scopes,
        charts: charts_view::Charts::new(&t, &figures),
        population_note: t.t(figures.note_id),
        json_url: format!("/admin/reach.json{query}"),
        csv_base: "/admin/reach/".into(),
        csv_suffix: query,
        figures,
    };
    Ok(respond(&app, &seed, StatusCode::OK, page.render()?))
}

/// `GET /admin/reach.json`
pub async fn json(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Query(q): Query<ScopeQuery>,
) -> Result<Response, AppError> {
    let (figures, _, _) = exact(&app, app.catalogue.tr(lang), q.session).await?;
    Ok(axum::Json(crate::api::reach::ReachDto::from(&figures)).into_response())
}

/// `GET /admin/reach/{table}.csv`
pub async fn csv(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Query(q): Query<ScopeQuery>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let (figures, _, _) = exact(&app, app.catalogue.tr(lang), q.session).await?;
    let scope = q.session.map_or_else(|| "series".to_owned(), |n| format!("session-{n}"));
    crate::pages::reach::csv(&figures, &file, &format!("reach-exact-{scope}"))
}
