//! Session 13, the upcoming demo session: placed a few weeks after `now`, open for
//! registration, with an agenda, join links and two questions.

use jiff::civil::{Date, Weekday};
use jiff::{Timestamp, ToSpan};

use super::agendas::{SESSION_13_AGENDA, agenda};
use super::geneva::{ZONE, geneva, slug, venue, zone};
use crate::Texts;
use crate::model::NewSession;
use crate::registrant::NewQuestion;
use crate::registration::{JoinLink, NewRegistrationSettings, QuestionKind, RegistrationWindow};
use crate::types::{Format, SchedulePrecision, SessionStatus};

/// Session 13: an announced demo session on the first Tuesday at least 28 days after `now`.
pub(super) fn upcoming(now: Timestamp) -> NewSession {
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
pub(super) fn registration_13(now: Timestamp, starts_at: Timestamp) -> NewRegistrationSettings {
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
pub(super) fn first_tuesday_after_four_weeks(now: Timestamp) -> Date {
    let today = now.in_tz(ZONE).expect("the bundled database knows Europe/Zurich").date();
    let mut day = today.checked_add(28.days()).expect("the demo clock is far from jiff's limits");
    while day.weekday() != Weekday::Tuesday {
        day = day.tomorrow().expect("the demo clock is far from jiff's limits");
    }
    day
}
