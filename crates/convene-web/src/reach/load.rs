//! Reach figures read from the store for one series or session, in a language: what the reach
//! pages, their downloads, the session page's summary link and the API all show.

use convene_domain::{Series, Session};

use crate::AppState;
use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::reach::{Builder, Figures};

/// The public figures of a series, in a language, with the sessions they cover.
pub async fn series_figures(
    app: &AppState,
    series: &Series,
    t: Tr<'_>,
) -> Result<(Figures, Vec<Session>), AppError> {
    let tally = app.store.reach().series_reach(series.id).await?;
    let sessions = app.store.content().sessions(Some(series.id), None).await?;
    Ok((Builder::new(t, app.config.reach_min_cell).series(&tally, &sessions), sessions))
}

/// The public figures of a session, in a language.
pub async fn session_figures(
    app: &AppState,
    session: &Session,
    t: Tr<'_>,
) -> Result<Figures, AppError> {
    let tally = app.store.reach().session_reach(session.id, app.clock.now()).await?;
    Ok(Builder::new(t, app.config.reach_min_cell).session(&tally))
}
