//! View models: domain records turned into the text a page shows, in the visitor's language.

pub(crate) mod ical;
pub(crate) mod markdown;
pub(crate) mod paths;
pub(crate) mod qr;

use convene_domain::{AgendaItem, Series, Session, SpeakerRole, Timing};
use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::i18n::Tr;
use crate::i18n::fmt;

/// A link with its text.
#[derive(Debug, Clone)]
pub struct Link {
    /// Visible text.
    pub text: String,
    /// Target path.
    pub url: String,
}

/// A session as lists show it.
#[derive(Debug, Clone)]
pub struct SessionCard {
    /// "Session 8".
    pub number_label: String,
    /// Title.
    pub title: String,
    /// Page path.
    pub url: String,
    /// When, in the session's zone.
    pub when: String,
    /// Machine-readable start, for `<time datetime>`.
    pub starts_at: String,
    /// Format label.
    pub format: String,
    /// Status label.
    pub status: String,
    /// Upcoming, now or past.
    pub timing: String,
    /// Topic filter links.
    pub topics: Vec<Link>,
    /// Demo content marker.
    pub is_demo: bool,
    /// The title's language when it is not the visitor's (no translation yet).
    pub lang: Option<convene_domain::Lang>,
    /// The registration form, while the session accepts registrations.
    pub register_url: Option<String>,
}

/// Builds the card of a session.
pub fn session_card(t: &Tr<'_>, series: &Series, s: &Session, now: Timestamp) -> SessionCard {
    SessionCard {
        number_label: t.arg("session-number", "number", &s.number.to_string()),
        title: s.title.clone(),
        url: paths::session(series.slug.as_str(), s.number),
        when: fmt::session_when(t, s),
        starts_at: s.starts_at.to_string(),
        format: t.t(&format!("format-{}", s.format)),
        status: t.t(&format!("status-{}", s.status)),
        timing: t.t(match s.timing(now) {
            Timing::Upcoming => "session-upcoming",
            Timing::Now => "session-now",
            Timing::Past => "session-past",
        }),
        topics: s
            .topics
            .iter()
            .map(|tp| Link {
                text: tp.name.clone(),
                url: paths::topic(series.slug.as_str(), tp.slug.as_str()),
            })
            .collect(),
        is_demo: s.is_demo,
        lang: None,
        register_url: None,
    }
}

/// One agenda day: its heading and its rows.
#[derive(Debug, Clone)]
pub struct AgendaDay {
    /// "Wednesday, September 20".
    pub heading: String,
    /// Items of that day.
    pub rows: Vec<AgendaRow>,
}

/// One agenda item as the table shows it.
#[derive(Debug, Clone)]
pub struct AgendaRow {
    /// "13:00–13:20".
    pub time: String,
    /// The same in the visitor's zone, when they chose one whose clock differs:
    /// "Your time: 20:00–20:20" (with the date when it is another day there), cut around the
    /// range so the page can isolate it.
    pub visitor_time: Option<crate::i18n::bidi::Around>,
    /// Start as RFC 3339.
    pub starts_at: String,
    /// End as RFC 3339 (the script shows the row in the browser's zone from both).
    pub ends_at: String,
    /// Kind label.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Description, as sanitised HTML from the editor's Markdown.
    pub description_html: String,
    /// The language the description is in (the visitor's, or the original's when there is no
    /// translation), so it carries `lang` and `dir`.
    pub description_lang: convene_domain::Lang,
    /// The title's language when it is not the visitor's (no translation yet).
    pub lang: Option<convene_domain::Lang>,
    /// "Moderator" / "Moderators", when there are any.
    pub moderators_label: String,
    /// Moderator links.
    pub moderators: Vec<Person>,
    /// "Speaker" / "Speakers", when there are any.
    pub speakers_label: String,
    /// Speaker links.
    pub speakers: Vec<Person>,
}

/// A person in an agenda row.
#[derive(Debug, Clone)]
pub struct Person {
    /// Name.
    pub name: String,
    /// Affiliation.
    pub affiliation: String,
    /// The language the speaker's texts are written in, for the affiliation's `lang` and `dir`.
    pub lang: convene_domain::Lang,
    /// Speaker page path.
    pub url: String,
}

/// Groups agenda items by day in `zone` and formats them, each also in the `visitor`'s zone.
pub fn agenda_days(
    t: &Tr<'_>,
    items: &[AgendaItem],
    zone: &TimeZone,
    visitor: Option<&TimeZone>,
) -> Vec<AgendaDay> {
    let mut days: Vec<(jiff::civil::Date, AgendaDay)> = Vec::new();
    for item in items {
        let (s, e) = (
            item.starts_at.to_zoned_datetime(zone.clone()),
            item.ends_at.to_zoned_datetime(zone.clone()),
        );
        let people = |role: SpeakerRole| -> Vec<Person> {
            item.people
                .iter()
                .filter(|p| p.role == role)
                .map(|p| Person {
                    name: p.speaker.name.clone(),
                    affiliation: p.speaker.affiliation.clone(),
                    lang: p.speaker.language,
                    url: paths::speaker(p.speaker.slug.as_str()),
                })
                .collect()
        };
        let (moderators, speakers) = (people(SpeakerRole::Moderator), people(SpeakerRole::Speaker));
        let time = fmt::time_range(t, &s, &e);
        let visitor_time = visitor.and_then(|v| {
            let (vs, ve) = (
                item.starts_at.to_zoned_datetime(v.clone()),
                item.ends_at.to_zoned_datetime(v.clone()),
            );
            let range = if vs.date() == s.date() && ve.date() == vs.date() {
                fmt::time_range(t, &vs, &ve)
            } else {
                fmt::timed_span(t, item.starts_at, item.ends_at, v)
            };
            (range != time)
                .then(|| crate::i18n::bidi::around(t, "agenda-your-time", "range", &range))
        });
        let row = AgendaRow {
            time,
            visitor_time,
            starts_at: item.starts_at.to_string(),
            ends_at: item.ends_at.to_string(),
            kind: t.t(&format!("kind-{}", item.kind)),
            title: item.title.clone(),
            description_html: crate::view::markdown::html(&item.description),
            description_lang: t.lang,
            lang: None,
            moderators_label: t.count("agenda-moderator", moderators.len()),
            moderators,
            speakers_label: t.count("agenda-speaker", speakers.len()),
            speakers,
        };
        match days.last_mut() {
            Some((date, day)) if *date == s.date() => day.rows.push(row),
            _ => days.push((
                s.date(),
                AgendaDay { heading: fmt::date_weekday(t, s.date()), rows: vec![row] },
            )),
        }
    }
    days.into_iter().map(|(_, d)| d).collect()
}
