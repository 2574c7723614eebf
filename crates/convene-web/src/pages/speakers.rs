//! Speaker list and speaker pages.

use askama::Template;
use axum::response::Response;
use convene_domain::{SchedulePrecision, SpeakerRole};
use convene_storage::SpeakerKey;

use super::{Chrome, render};
use crate::http::error::AppError;
use crate::http::extract::SlugPath;
use crate::pages::visit::Visit;
use crate::view::{Link, Person};
use crate::{i18n::fmt, view::paths};

#[derive(Template)]
#[template(path = "speakers.html")]
struct SpeakersPage<'a> {
    page: Chrome<'a>,
    people: Vec<Person>,
}

#[derive(Template)]
#[template(path = "speaker.html")]
struct SpeakerPage<'a> {
    page: Chrome<'a>,
    name: String,
    affiliation: String,
    bio_html: String,
    /// The biography's language when it is not the visitor's.
    bio_lang: Option<convene_domain::Lang>,
    /// The language the speaker's texts are written in (the affiliation's `lang`).
    speaker_lang: convene_domain::Lang,
    is_demo: bool,
    appearances: Vec<AppearanceView>,
}

/// One agenda item a speaker took part in.
struct AppearanceView {
    session: Link,
    /// The item's title.
    item: String,
    /// "Speaker" or "Moderator".
    role: String,
    /// The language of the item's title.
    item_lang: convene_domain::Lang,
    /// The item's own date and time ("September 20, 2023, 13:20–14:00"), the time range cut
    /// out to be isolated; as much of the session's dates as is known when it has no times.
    when: crate::i18n::bidi::Around,
    /// The item's start, for `<time datetime>`.
    starts_at: String,
}

/// `GET /speakers`
pub async fn index(Visit { app, lang, uri, .. }: Visit) -> Result<Response, AppError> {
    let speakers = app.store.content().speakers().await?;
    let t = app.catalogue.tr(lang);
    render(&SpeakersPage {
        page: Chrome::new(&app, lang, &uri, t.t("speakers-title"), "speakers"),
        people: speakers
            .into_iter()
            .map(|s| Person {
                url: paths::speaker(s.slug.as_str()),
                name: s.name,
                affiliation: s.affiliation,
                lang: s.language,
            })
            .collect(),
    })
}

/// `GET /speakers/{slug}`
pub async fn show(
    Visit { app, lang, uri, .. }: Visit,
    SlugPath(slug): SlugPath,
) -> Result<Response, AppError> {
    let (mut speaker, appearances) =
        app.store.content().speaker(SpeakerKey::Slug(slug)).await?.ok_or(AppError::NotFound)?;
    let subject = format!("speaker:{}", speaker.id);
    let tr = crate::i18n::localise::Translations::load(&app, lang, vec![subject.clone()]).await?;
    let bio_lang = tr.apply(&subject, "bio", speaker.language, &mut speaker.bio);
    let t = app.catalogue.tr(lang);
    let appearances = appearances
        .iter()
        .map(|a| {
            let session = Link {
                text: format!(
                    "{}: {}",
                    t.arg("session-number", "number", &a.session.number.to_string()),
                    a.session.title
                ),
                url: paths::session(a.series.slug.as_str(), a.session.number),
            };
            let role = t.t(match a.role {
                SpeakerRole::Moderator => "speaker-role-moderator",
                SpeakerRole::Speaker => "speaker-role-speaker",
            });
            let when = if a.session.precision == SchedulePrecision::Time {
                let zone = a.session.time_zone.zone();
                let (s, e) = (
                    a.item_starts_at.to_zoned_datetime(zone.clone()),
                    a.item_ends_at.to_zoned_datetime(zone),
                );
                crate::i18n::bidi::around_args(
                    &t,
                    "datetime",
                    &[("date", fmt::date_full(&t, s.date()).into())],
                    "time",
                    &fmt::time_range(&t, &s, &e),
                )
            } else {
                crate::i18n::bidi::Around::plain(fmt::session_when(&t, &a.session))
            };
            AppearanceView {
                session,
                item: a.item_title.clone(),
                role,
                item_lang: a.session.language,
                when,
                starts_at: a.item_starts_at.to_string(),
            }
        })
        .collect();
    render(&SpeakerPage {
        page: Chrome::new(&app, lang, &uri, speaker.name.clone(), "speakers"),
        name: speaker.name,
        affiliation: speaker.affiliation,
        bio_html: crate::view::markdown::html(&speaker.bio),
        bio_lang,
        speaker_lang: speaker.language,
        is_demo: speaker.is_demo,
        appearances,
    })
}
