//! The home page: the main series, its featured session, how to take part.

use askama::Template;
use axum::extract::State;
use axum::response::{Redirect, Response};
use convene_domain::featured_session;

use super::{Chrome, render};
use crate::http::error::AppError;
use crate::pages::visit::Visit;
use crate::view::{Link, SessionCard, session_card};
use crate::{AppState, view::paths};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    page: Chrome<'a>,
    series_title: String,
    description: String,
    archive_url: String,
    featured_heading: String,
    featured: Option<SessionCard>,
    other_series: Vec<Link>,
    /// "N participants from M countries", linking to the reach page, once anyone took part.
    reach: Option<Link>,
}

/// `GET /`
pub async fn show(Visit { app, lang, uri, .. }: Visit) -> Result<Response, AppError> {
    let all_series = app.store.content().list_series().await?;
    let t = app.catalogue.tr(lang);
    let mut all_series = all_series;
    for series in &mut all_series {
        crate::i18n::localise::series(&app, lang, series).await?;
    }
    let Some(main) = all_series.first() else {
        let page = Chrome::new(&app, lang, &uri, app.config.site_name.clone(), "home");
        return render(&HomePage {
            page,
            series_title: app.config.site_name.clone(),
            description: t.t("home-no-sessions"),
            archive_url: String::new(),
            featured_heading: String::new(),
            featured: None,
            other_series: vec![],
            reach: None,
        });
    };
    let mut sessions = app.store.content().sessions(Some(main.id), None).await?;
    let fallbacks = crate::i18n::localise::sessions(&app, lang, &mut sessions).await?;
    let now = app.clock.now();
    let featured = featured_session(&sessions, now);
    let featured_lang = featured.and_then(|f| {
        sessions.iter().zip(&fallbacks).find(|(s, _)| s.id == f.id).and_then(|(_, l)| *l)
    });
    let featured_heading = match featured.map(|s| s.timing(now)) {
        Some(convene_domain::Timing::Upcoming) => t.t("home-next-session"),
        Some(convene_domain::Timing::Now) => t.t("home-current-session"),
        _ => t.t("home-latest-session"),
    };
    let (figures, _) = crate::reach::load::series_figures(&app, main, t).await?;
    let reach = (figures.people != convene_domain::reach::Shown::Count(0)).then(|| Link {
        text: figures.headline.clone(),
        url: paths::series_reach(main.slug.as_str()),
    });
    render(&HomePage {
        reach,
        page: Chrome::new(&app, lang, &uri, main.title.clone(), "home"),
        series_title: main.title.clone(),
        description: main.description.clone(),
        archive_url: paths::archive(main.slug.as_str()),
        featured_heading,
        featured: match featured {
            Some(s) => Some(crate::view::SessionCard {
                lang: featured_lang,
                register_url: crate::pages::register::open_form_url(&app, main, s).await?,
                ..session_card(&t, main, s, now)
            }),
            None => None,
        },
        other_series: all_series[1..]
            .iter()
            .map(|s| Link { text: s.title.clone(), url: paths::archive(s.slug.as_str()) })
            .collect(),
    })
}

/// `GET /sessions`: the main series' archive.
pub async fn sessions(State(app): State<AppState>) -> Result<Redirect, AppError> {
    let series = app.store.content().list_series().await?;
    let main = series.first().ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&paths::archive(main.slug.as_str())))
}
