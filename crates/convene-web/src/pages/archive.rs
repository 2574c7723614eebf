//! The archive of a series: every public session, newest first, filterable by topic.

use askama::Template;
use axum::response::Response;
use serde::Deserialize;

use super::{Chrome, render};
use crate::http::error::{AppError, Query, topic_filter};
use crate::http::extract::SlugPath;
use crate::pages::visit::Visit;
use crate::view::paths;
use crate::view::{SessionCard, session_card};

#[derive(Template)]
#[template(path = "archive.html")]
struct ArchivePage<'a> {
    page: Chrome<'a>,
    intro: String,
    action: String,
    topics: Vec<(String, String, bool)>,
    summary: String,
    notice: Option<String>,
    sessions: Vec<SessionCard>,
}

/// The archive's query string.
#[derive(Debug, Deserialize)]
pub struct ArchiveQuery {
    topic: Option<String>,
}

/// `GET /series/{slug}?topic=`
pub async fn show(
    Visit { app, lang, uri, .. }: Visit,
    SlugPath(slug): SlugPath,
    Query(q): Query<ArchiveQuery>,
) -> Result<Response, AppError> {
    let mut series = app.store.content().series_by_slug(slug).await?.ok_or(AppError::NotFound)?;
    crate::i18n::localise::series(&app, lang, &mut series).await?;
    let topic = q.topic.as_deref().filter(|t| !t.is_empty()).map(topic_filter).transpose()?;
    let mut topics = app.store.content().topics_in_use(series.id).await?;
    crate::i18n::localise::topics(&app, lang, series.language, &mut topics).await?;
    let chosen = topic.as_ref().and_then(|t| topics.iter().find(|x| &x.slug == t));
    let t = app.catalogue.tr(lang);
    let notice = match (&topic, chosen) {
        (Some(slug), None) => Some(t.arg("archive-unknown-topic", "topic", slug.as_str())),
        _ => None,
    };
    let mut sessions =
        app.store.content().sessions(Some(series.id), chosen.map(|c| c.slug.clone())).await?;
    let fallbacks = crate::i18n::localise::sessions(&app, lang, &mut sessions).await?;
    let now = app.clock.now();
    let summary = match chosen {
        Some(c) => t.args(
            "archive-count-topic",
            &[("count", sessions.len().into()), ("topic", c.name.as_str().into())],
        ),
        None => t.count("archive-count", sessions.len()),
    };
    let mut cards = Vec::with_capacity(sessions.len());
    for (s, lang) in sessions.iter().zip(fallbacks) {
        let register_url = crate::pages::register::open_form_url(&app, &series, s).await?;
        cards.push(SessionCard { lang, register_url, ..session_card(&t, &series, s, now) });
    }
    render(&ArchivePage {
        intro: t.arg("archive-intro", "series", &series.title),
        action: paths::archive(series.slug.as_str()),
        topics: topics
            .iter()
            .map(|x| (x.slug.to_string(), x.name.clone(), Some(x) == chosen))
            .collect(),
        summary,
        notice,
        sessions: cards,
        page: Chrome::new(&app, lang, &uri, t.t("archive-title"), "archive"),
    })
}
