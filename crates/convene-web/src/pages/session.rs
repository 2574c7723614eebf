//! A session page, and its iCalendar file.

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use convene_domain::SchedulePrecision;

use super::{Chrome, render};
use crate::http::error::AppError;
use crate::http::extract::SessionPath;
use crate::i18n::locale::VisitorZone;
use crate::pages::visit::Visit;
use crate::view::{AgendaDay, SessionCard, agenda_days, session_card};
use crate::{i18n::fmt, view::ical, view::paths};

#[derive(Template)]
#[template(path = "session.html")]
struct SessionPage<'a> {
    page: Chrome<'a>,
    card: SessionCard,
    summary_html: String,
    /// The summary's language when it is not the visitor's, for the note and `lang`.
    summary_lang: Option<convene_domain::Lang>,
    venue: Option<String>,
    zone_note: String,
    month_only: bool,
    timed: bool,
    starts_at: String,
    ends_at: String,
    visitor_time: Option<String>,
    visitor_zone: String,
    /// The session's zone, and "Your time: …" around an empty range, for the script that
    /// shows agenda rows in the browser's own zone when the visitor chose none.
    zone_name: String,
    your_time: crate::i18n::bidi::Around,
    /// A mistyped `?tz=`: what is wrong, and the zone it probably meant, as a link.
    zone_problem: Option<ZoneProblem>,
    ical_url: String,
    agenda_caption: String,
    days: Vec<AgendaDay>,
    registration: Option<RegistrationBox>,
    /// For a past session with participants: "N attendees from M countries", to its figures.
    reach: Option<crate::view::Link>,
}

/// A zone name the visitor typed that names no zone.
struct ZoneProblem {
    message: String,
    suggestion: Option<crate::view::Link>,
}

/// The registration state of a session and, while it accepts registrations, its button.
struct RegistrationBox {
    state: String,
    register_url: Option<String>,
}

/// `GET /series/{slug}/sessions/{number}`
pub async fn show(
    Visit { app, lang, uri, .. }: Visit,
    VisitorZone { zone, mistyped }: VisitorZone,
    path: SessionPath,
) -> Result<Response, AppError> {
    let mut d = path.detail(&app).await?;
    let fallbacks = crate::i18n::localise::session_detail(&app, lang, &mut d).await?;
    let t = app.catalogue.tr(lang);
    let s = &d.session;
    let tz = s.time_zone.zone();
    let timed = s.precision == SchedulePrecision::Time;
    let visitor_time = zone.as_ref().filter(|_| timed).map(|z| {
        t.args(
            "session-your-time",
            &[
                ("zone", z.as_str().into()),
                ("range", fmt::timed_span(&t, s.starts_at, s.ends_at, &z.zone()).into()),
            ],
        )
    });
    let mut card = session_card(&t, &d.series, s, app.clock.now());
    card.lang = fallbacks.title;
    let ctx = app.store.registrations().registration_context(s.id).await?;
    let state = convene_domain::RegistrationState::for_session(
        s.status,
        ctx.window.as_ref(),
        ctx.taken,
        app.clock.now(),
    );
    let registration =
        (state != convene_domain::RegistrationState::NotOffered).then(|| RegistrationBox {
            state: t.t(&format!("registration-state-{}", state.as_str())),
            register_url: state
                .accepts()
                .then(|| paths::register(d.series.slug.as_str(), s.number)),
        });
    let reach = if s.ends_at <= app.clock.now() {
        let figures = crate::reach::load::session_figures(&app, s, t).await?;
        (figures.people != convene_domain::reach::Shown::Count(0)).then(|| crate::view::Link {
            text: figures.headline,
            url: paths::session_reach(d.series.slug.as_str(), s.number),
        })
    } else {
        None
    };
    render(&SessionPage {
        reach,
        page: Chrome::new(
            &app,
            lang,
            &uri,
            format!("{}: {}", card.number_label, s.title),
            "archive",
        ),
        summary_html: crate::view::markdown::html(&s.summary),
        summary_lang: fallbacks.summary,
        venue: s.venue.clone(),
        zone_note: t.args(
            "session-times-in-zone",
            &[
                ("zone", s.time_zone.as_str().into()),
                ("abbr", fmt::zone_abbreviation(&tz, s.starts_at).into()),
            ],
        ),
        month_only: s.precision == SchedulePrecision::Month,
        timed,
        starts_at: s.starts_at.to_string(),
        ends_at: s.ends_at.to_string(),
        visitor_time,
        visitor_zone: mistyped
            .clone()
            .or_else(|| zone.as_ref().map(|z| z.to_string()))
            .unwrap_or_default(),
        zone_name: s.time_zone.as_str().to_owned(),
        your_time: crate::i18n::bidi::around(&t, "agenda-your-time", "range", ""),
        zone_problem: mistyped.map(|typed| ZoneProblem {
            message: t.arg("error-unknown-zone", "value", &typed),
            suggestion: crate::i18n::zones::suggest(&typed).map(|z| crate::view::Link {
                text: t.arg("session-zone-suggestion", "zone", &z),
                url: format!("?tz={}", crate::http::query::encode(&z)),
            }),
        }),
        ical_url: paths::session_ical(d.series.slug.as_str(), s.number),
        agenda_caption: t.args(
            "session-agenda-caption",
            &[("number", s.number.to_string().into()), ("zone", s.time_zone.as_str().into())],
        ),
        days: {
            let visitor = zone.as_ref().filter(|_| timed).map(|z| z.zone());
            let mut days = agenda_days(&t, &d.agenda, &tz, visitor.as_ref());
            let langs = d.agenda.iter().map(|i| {
                (fallbacks.agenda.get(&i.id).copied(), fallbacks.agenda_descriptions.get(&i.id))
            });
            for (row, (title, description)) in
                days.iter_mut().flat_map(|day| day.rows.iter_mut()).zip(langs)
            {
                row.lang = title;
                if let Some(l) = description {
                    row.description_lang = *l;
                }
            }
            days
        },
        registration,
        card,
    })
}

/// `GET /series/{slug}/sessions/{number}/calendar.ics`
pub async fn calendar(
    Visit { app, lang, .. }: Visit,
    path: SessionPath,
) -> Result<Response, AppError> {
    let d = path.detail(&app).await?;
    let body = ical::session_calendar(&app.catalogue.tr(lang), &app.config.base_url, &d);
    let filename =
        format!("attachment; filename=\"{}-session-{}.ics\"", d.series.slug, d.session.number);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, filename),
        ],
        body,
    )
        .into_response())
}
