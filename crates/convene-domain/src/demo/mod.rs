//! The demo series: the WIPO Conversation on IP and Frontier Technologies.
//!
//! Sessions 1 to 12 carry the real numbers, titles, dates and formats of the series, with
//! summaries paraphrased from the public page (`seed/wipo-conversation-page.txt`). Everything
//! else is marked `is_demo`: the speakers are invented people, the agendas of sessions 8 and 13
//! are illustrative, and session 13 is an upcoming session placed a few weeks after `now` so that
//! visitors can try registration and everything else that happens before a session.

mod agendas;
mod past;
mod people;
#[cfg(test)]
mod tests;
mod translations;

use jiff::civil::{Date, Weekday, date};
use jiff::{Timestamp, ToSpan};

use self::agendas::{SESSION_13_AGENDA, agenda};
use self::past::{Past, sessions};
use self::people::{SPEAKERS, TOPICS};
use crate::Texts;
use crate::model::{NewSeries, NewSeriesContent, NewSession, NewSpeaker};
use crate::registrant::NewQuestion;
use crate::registration::{JoinLink, NewRegistrationSettings, QuestionKind, RegistrationWindow};
use crate::types::{Format, SchedulePrecision, SessionStatus, Slug, TimeZoneName};

/// The time zone every session of the series is held and announced in.
const ZONE: &str = "Europe/Zurich";

/// Where in-person and hybrid sessions take place.
const VENUE: &str = "WIPO Headquarters, Geneva";

/// Builds the demo series, with the upcoming demo session placed after `now`, in the six
/// languages (English in the tables, the others from `translations.tsv`).
pub fn wipo_conversation(now: Timestamp) -> NewSeriesContent {
    let texts = translations::translations();
    let mut sessions = sessions(now);
    for session in &mut sessions {
        session.translations = translations::of(&texts, &format!("session:{}", session.number));
    }
    NewSeriesContent {
        series: NewSeries {
            slug: slug("wipo-conversation"),
            title: "WIPO Conversation on IP and Frontier Technologies".to_owned(),
            description: "The WIPO Conversation is an open, inclusive, multi-stakeholder forum: \
                a global setting where everyone with a stake can discuss the impact of frontier \
                technologies on all IP rights, and help bridge the information gap in this \
                fast-moving and complex field."
                .to_owned(),
            translations: translations::of(&texts, "series"),
        },
        topics: TOPICS.iter().map(|(s, name)| (slug(s), (*name).to_owned())).collect(),
        topic_translations: TOPICS
            .iter()
            .map(|(s, _)| ((*s).to_owned(), translations::of(&texts, &format!("topic:{s}"))))
            .collect(),
        speakers: SPEAKERS
            .iter()
            .map(|(s, name, affiliation, bio)| NewSpeaker {
                slug: slug(s),
                name: (*name).to_owned(),
                affiliation: (*affiliation).to_owned(),
                bio: format!("{bio} (Demo speaker.)"),
                is_demo: true,
            })
            .collect(),
        sessions,
    }
}

/// Turns a row of the past-sessions table into a published, real (non-demo) session.
fn published(row: Past) -> NewSession {
    NewSession {
        number: row.number,
        title: row.title.to_owned(),
        summary: row.summary.to_owned(),
        topics: row.topics.iter().map(|t| slug(t)).collect(),
        starts_at: row.span.0,
        ends_at: row.span.1,
        time_zone: zone(),
        precision: row.precision,
        format: row.format,
        venue: venue(row.format),
        status: SessionStatus::Published,
        is_demo: false,
        agenda: Vec::new(),
        registration: None,
        translations: Texts::new(),
    }
}

/// Session 13: an announced demo session on the first Tuesday at least 28 days after `now`.
fn upcoming(now: Timestamp) -> NewSession {
    let first_day = first_tuesday_after_four_weeks(now);
    let last_day = first_day.tomorrow().expect("a day within jiff's range has a next day");
    NewSession {
        number: 13,
        title: "IP and AI agents".to_owned(),
        summary: "This is a demo session created so that visitors can try everything that \
            happens before a session: reading the agenda, registering, getting join details and \
            submitting written interventions. Its date, agenda and speakers are invented."
            .to_owned(),
        topics: vec![slug("ai-agents"), slug("artificial-intelligence")],
        starts_at: geneva(first_day, 10, 0),
        ends_at: geneva(last_day, 18, 0),
        time_zone: zone(),
        precision: SchedulePrecision::Time,
        format: Format::Hybrid,
        venue: venue(Format::Hybrid),
        status: SessionStatus::RegistrationOpen,
        is_demo: true,
        agenda: agenda(first_day, SESSION_13_AGENDA),
        registration: Some(registration_13(now, geneva(first_day, 10, 0))),
        translations: Texts::new(),
    }
}

/// Session 13 takes registrations from the moment the demo is loaded until it starts: 120
/// seats in the room, online unlimited, a stream per interpretation channel, two questions.
fn registration_13(now: Timestamp, starts_at: Timestamp) -> NewRegistrationSettings {
    let channels = ["floor", "ar", "zh", "en", "fr", "ru", "es"];
    NewRegistrationSettings {
        window: RegistrationWindow {
            opens_at: now - 1.hour(),
            closes_at: starts_at,
            capacity_in_person: Some(120),
            capacity_online: None,
        },
        join_links: channels
            .iter()
            .map(|c| JoinLink {
                language: (*c).to_owned(),
                url: format!("https://stream.example.org/wipo-conversation-13/{c}"),
            })
            .collect(),
        questions: vec![
            NewQuestion {
                kind: QuestionKind::Choice,
                label: "Which part of the agenda interests you most?".to_owned(),
                choices: vec![
                    "Agents and inventorship".to_owned(),
                    "Agents and copyright".to_owned(),
                    "Agents in IP offices".to_owned(),
                ],
                required: false,
            },
            NewQuestion {
                kind: QuestionKind::YesNo,
                label: "Will you join the networking reception (in person only)?".to_owned(),
                choices: Vec::new(),
                required: false,
            },
        ],
    }
}

/// The first Tuesday that is at least 28 days after `now`'s date in Geneva.
fn first_tuesday_after_four_weeks(now: Timestamp) -> Date {
    let today = now.in_tz(ZONE).expect("the bundled database knows Europe/Zurich").date();
    let mut day = today.checked_add(28.days()).expect("the demo clock is far from jiff's limits");
    while day.weekday() != Weekday::Tuesday {
        day = day.tomorrow().expect("the demo clock is far from jiff's limits");
    }
    day
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/// A slug from the static tables above.
fn slug(s: &str) -> Slug {
    Slug::try_from(s).expect("demo slugs are valid")
}

/// The series' time zone.
fn zone() -> TimeZoneName {
    TimeZoneName::try_from(ZONE).expect("the bundled database knows Europe/Zurich")
}

/// The venue for a format: Geneva unless the session is online only.
fn venue(format: Format) -> Option<String> {
    match format {
        Format::Online => None,
        Format::InPerson | Format::Hybrid => Some(VENUE.to_owned()),
    }
}

/// The instant of a Geneva wall-clock time.
fn geneva(day: Date, hour: i8, minute: i8) -> Timestamp {
    day.at(hour, minute, 0, 0)
        .in_tz(ZONE)
        .expect("the bundled database knows Europe/Zurich")
        .timestamp()
}

/// A span of whole days in Geneva: from midnight on `first` to midnight after `last`.
fn days(first: Date, last: Date) -> (Timestamp, Timestamp) {
    let after = last.tomorrow().expect("demo dates have a next day");
    (geneva(first, 0, 0), geneva(after, 0, 0))
}

/// A whole month in Geneva: from midnight on the 1st to midnight on the 1st of the next month.
fn month(year: i16, month: i8) -> (Timestamp, Timestamp) {
    let first = date(year, month, 1);
    days(first, first.last_of_month())
}
