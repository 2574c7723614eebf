//! The demo series: the WIPO Conversation on IP and Frontier Technologies.
//!
//! Sessions 1 to 12 carry the real numbers, titles, dates and formats of the series, with
//! summaries paraphrased from the public page (`seed/wipo-conversation-page.txt`). Everything
//! else is marked `is_demo`: the speakers are invented people, the agendas of sessions 8 and 13
//! are illustrative, and session 13 is an upcoming session placed a few weeks after `now` so that
//! visitors can try registration and everything else that happens before a session.

use jiff::civil::{Date, Weekday, date};
use jiff::{Timestamp, ToSpan};

use crate::model::{NewAgendaItem, NewSeries, NewSeriesContent, NewSession, NewSpeaker};
use crate::registrant::NewQuestion;
use crate::registration::{JoinLink, NewRegistrationSettings, QuestionKind, RegistrationWindow};
use crate::types::{
    AgendaKind, Format, SchedulePrecision, SessionStatus, Slug, SpeakerRole, TimeZoneName,
};

/// The time zone every session of the series is held and announced in.
const ZONE: &str = "Europe/Zurich";

/// Where in-person and hybrid sessions take place.
const VENUE: &str = "WIPO Headquarters, Geneva";

/// Builds the demo series, with the upcoming demo session placed after `now`.
pub fn wipo_conversation(now: Timestamp) -> NewSeriesContent {
    NewSeriesContent {
        series: NewSeries {
            slug: slug("wipo-conversation"),
            title: "WIPO Conversation on IP and Frontier Technologies".to_owned(),
            description: "The WIPO Conversation is an open, inclusive, multi-stakeholder forum: \
                a global setting where everyone with a stake can discuss the impact of frontier \
                technologies on all IP rights, and help bridge the information gap in this \
                fast-moving and complex field."
                .to_owned(),
        },
        topics: TOPICS.iter().map(|(s, name)| (slug(s), (*name).to_owned())).collect(),
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
        sessions: sessions(now),
    }
}

// ---------------------------------------------------------------------------------------------
// Tables

/// Topic tags: slug and display name.
const TOPICS: &[(&str, &str)] = &[
    ("artificial-intelligence", "Artificial intelligence"),
    ("ip-policy", "IP policy"),
    ("data", "Data"),
    ("ip-administration", "IP administration"),
    ("ai-inventions", "AI inventions"),
    ("metaverse", "The metaverse"),
    ("generative-ai", "Generative AI"),
    ("copyright", "Copyright"),
    ("synthetic-media", "Synthetic media"),
    ("ai-agents", "AI agents"),
];

/// Invented speakers: slug, name, affiliation and a one-sentence bio (the demo marker is added).
/// None of these people or organisations exists.
const SPEAKERS: &[(&str, &str, &str, &str)] = &[
    (
        "helena-marchetti",
        "Helena Marchetti",
        "Secretariat of the Conversation (demo role)",
        "Helena coordinates the sessions of the Conversation and chairs their opening and \
         closing.",
    ),
    (
        "amara-okafor",
        "Amara Okafor",
        "Lagos Institute for Creative Technology",
        "Amara leads research on how generative tools are changing work in African film, music \
         and fashion.",
    ),
    (
        "lucia-ferreyra",
        "Lucía Ferreyra",
        "Faculty of Law, Universidad del Litoral Sur",
        "Lucía teaches copyright and technology law and writes on authorship in machine-assisted \
         creation.",
    ),
    (
        "kenji-watanabe",
        "Kenji Watanabe",
        "Harbourview Patent Attorneys",
        "Kenji is a patent attorney who advises software and robotics firms on claims involving \
         machine learning.",
    ),
    (
        "priya-raghunathan",
        "Priya Raghunathan",
        "Deccan Centre for Data Governance",
        "Priya studies data access, licensing and the economics of training data for AI models.",
    ),
    (
        "tomasz-wierzbicki",
        "Tomasz Wierzbicki",
        "Vistula Authors' Collective Management Society",
        "Tomasz heads licensing at a collective management organisation for writers and \
         translators.",
    ),
    (
        "beatriz-nunes",
        "Beatriz Nunes",
        "Atlantic Coast Musicians' Cooperative",
        "Beatriz is a composer and producer who represents independent musicians in talks on AI \
         and remuneration.",
    ),
    (
        "zhaolin-wen",
        "Zhaolin Wen",
        "Pearl Delta Laboratory for AI Standards",
        "Zhaolin works on technical standards for labelling and tracing the provenance of \
         AI-generated content.",
    ),
    (
        "fatima-al-sayegh",
        "Fatima Al-Sayegh",
        "Meridian Intellectual Property Office",
        "Fatima directs the examination division of an IP office that uses AI tools for search \
         and classification.",
    ),
    (
        "ingrid-solberg",
        "Ingrid Solberg",
        "Nordic Archive of Moving Images",
        "Ingrid manages rights and digitisation for a large audiovisual archive.",
    ),
    (
        "nadia-haddad",
        "Nadia Haddad",
        "Mediterranean Publishers' Alliance",
        "Nadia represents book and news publishers on questions of text and data mining.",
    ),
    (
        "kwame-mensah",
        "Kwame Mensah",
        "Volta Generative Studio",
        "Kwame founded a start-up that builds generative design tools for small businesses.",
    ),
    (
        "mateo-quispe",
        "Mateo Quispe",
        "Andean Network for Traditional Knowledge and Culture",
        "Mateo works with indigenous communities on protecting traditional cultural expressions \
         online.",
    ),
    (
        "sione-taufa",
        "Sione Taufa",
        "Pacific Islands Digital Heritage Trust",
        "Sione builds community-controlled digital archives for Pacific languages and music.",
    ),
];

/// A past session as the table below lists it; `published` turns it into a record.
struct Past {
    number: u32,
    title: &'static str,
    topics: &'static [&'static str],
    span: (Timestamp, Timestamp),
    precision: SchedulePrecision,
    format: Format,
    summary: &'static str,
}

/// All thirteen sessions, in order.
fn sessions(now: Timestamp) -> Vec<NewSession> {
    use Format::{Hybrid, InPerson, Online};
    use SchedulePrecision::{Day, Month, Time};

    let session_8_day_1 = date(2023, 9, 20);
    let past = [
        Past {
            number: 1,
            title: "IP and Artificial Intelligence",
            topics: &["artificial-intelligence", "ip-policy"],
            span: days(date(2019, 9, 27), date(2019, 9, 27)),
            precision: Day,
            format: InPerson,
            summary: "The first session of the Conversation looked at AI and IP policy and \
                discussed the questions that AI raises for the IP system.",
        },
        Past {
            number: 2,
            title: "IP and Artificial Intelligence: revised issues paper",
            topics: &["artificial-intelligence", "ip-policy"],
            span: days(date(2020, 7, 7), date(2020, 7, 9)),
            precision: Day,
            format: Online,
            summary: "The second session continued the discussion of AI and IP policy around a \
                revised issues paper on the questions AI raises for the IP system. It was held \
                virtually, with interpretation in the six UN languages.",
        },
        Past {
            number: 3,
            title: "IP and Artificial Intelligence",
            topics: &["artificial-intelligence", "ip-policy"],
            span: days(date(2020, 11, 4), date(2020, 11, 4)),
            precision: Day,
            format: Online,
            summary: "The third session carried the discussion of AI and IP policy further, \
                looking at the questions that AI raises for the IP system.",
        },
        Past {
            number: 4,
            title: "Data: beyond AI in a fully interconnected world",
            topics: &["data", "ip-policy"],
            span: days(date(2021, 9, 22), date(2021, 9, 23)),
            precision: Day,
            format: Online,
            summary: "The fourth session discussed the background to the current data debates: \
                what data is, and why this intangible asset increasingly matters and is changing \
                how we do business, innovate and create.",
        },
        Past {
            number: 5,
            title: "Frontier technologies in IP administration",
            topics: &["ip-administration"],
            span: month(2022, 4),
            precision: Month,
            format: Online,
            summary: "The fifth session looked at new technologies and assessed their possible \
                uses in IP administration and registration, as well as the disruption they may \
                cause to the IP system. It encouraged information sharing across all \
                stakeholders, from IP Offices to private enterprises.",
        },
        Past {
            number: 6,
            title: "AI inventions",
            topics: &["ai-inventions", "artificial-intelligence", "ip-administration"],
            span: days(date(2022, 9, 21), date(2022, 9, 22)),
            precision: Day,
            format: Hybrid,
            summary: "The sixth session focused on AI inventions and on how IP Offices \
                worldwide are supporting AI.",
        },
        Past {
            number: 7,
            title: "IP and the metaverse",
            topics: &["metaverse"],
            span: days(date(2023, 3, 29), date(2023, 3, 30)),
            precision: Day,
            format: Hybrid,
            summary: "The seventh session looked at the wide spectrum of frontier technologies \
                enabling the metaverse, such as AI, blockchain and NFTs, AR and VR, the Internet \
                of Things and data processing, and discussed the challenges the metaverse poses \
                to the existing IP system.",
        },
        Past {
            number: 8,
            title: "IP and generative AI",
            topics: &["generative-ai", "copyright"],
            span: (geneva(session_8_day_1, 13, 0), geneva(date(2023, 9, 21), 17, 0)),
            precision: Time,
            format: Hybrid,
            summary: "The eighth session took a close look at the intersection of generative AI \
                and IP, to help establish best practices for protecting creative works in the \
                digital age and to map the challenges generative AI brings to the copyright \
                system. The dates are real; the times and the agenda shown here are demo \
                content with invented speakers.",
        },
        Past {
            number: 9,
            title: "Training the machines: bytes, rights and the copyright conundrum",
            topics: &["generative-ai", "copyright", "data"],
            span: days(date(2024, 3, 13), date(2024, 3, 14)),
            precision: Day,
            format: Hybrid,
            summary: "The ninth session discussed the training of AI models on protected works \
                and the copyright questions it raises. The format shown here is illustrative: \
                it has not been confirmed.",
        },
        Past {
            number: 10,
            title: "Generative AI: IP and output",
            topics: &["generative-ai", "ip-policy"],
            span: days(date(2024, 11, 5), date(2024, 11, 6)),
            precision: Day,
            format: Hybrid,
            summary: "The tenth session turned to the output of generative AI and the IP \
                questions that AI-generated content raises. Participants could register to \
                attend on site or remotely.",
        },
        Past {
            number: 11,
            title: "Copyright infrastructure and generative AI",
            topics: &["copyright", "generative-ai"],
            span: (geneva(date(2025, 4, 23), 10, 0), geneva(date(2025, 4, 24), 18, 0)),
            precision: Time,
            format: Hybrid,
            summary: "The eleventh session looked at the infrastructure of the copyright system, \
                such as rights information and licensing, and at how it meets generative AI.",
        },
        Past {
            number: 12,
            title: "IP and synthetic media",
            topics: &["synthetic-media", "generative-ai"],
            span: (geneva(date(2025, 10, 28), 10, 0), geneva(date(2025, 10, 29), 18, 0)),
            precision: Time,
            format: Hybrid,
            summary: "The twelfth session discussed synthetic media, realistic content generated \
                or altered by AI, and the questions it raises for IP and related rights.",
        },
    ];

    let mut sessions: Vec<NewSession> = past.into_iter().map(published).collect();
    for session in &mut sessions {
        match session.number {
            8 => {
                session.is_demo = true;
                session.agenda = agenda(session_8_day_1, SESSION_8_AGENDA);
            }
            9 => session.is_demo = true,
            _ => {}
        }
    }
    sessions.push(upcoming(now));
    sessions
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

/// One agenda slot as written in the agenda tables: which day of the session (0 for the first),
/// start and end as Geneva wall-clock `(hour, minute)`, and who moderates and speaks.
struct Slot {
    day: i8,
    from: (i8, i8),
    to: (i8, i8),
    kind: AgendaKind,
    title: &'static str,
    description: &'static str,
    moderators: &'static [&'static str],
    speakers: &'static [&'static str],
}

/// The illustrative agenda of session 8 (20 and 21 September 2023).
const SESSION_8_AGENDA: &[Slot] = &[
    Slot {
        day: 0,
        from: (13, 0),
        to: (13, 20),
        kind: AgendaKind::Opening,
        title: "Opening of the session",
        description: "Welcome to participants in Geneva and online, and the aims of the session.",
        moderators: &[],
        speakers: &["helena-marchetti"],
    },
    Slot {
        day: 0,
        from: (13, 20),
        to: (14, 0),
        kind: AgendaKind::Keynote,
        title: "Generative AI and the creative economy",
        description: "How generative tools are changing the way creative works are made and \
            distributed, seen from a creative hub.",
        moderators: &[],
        speakers: &["amara-okafor"],
    },
    Slot {
        day: 0,
        from: (14, 0),
        to: (15, 15),
        kind: AgendaKind::Panel,
        title: "Who owns what generative AI makes?",
        description: "Authorship, originality and ownership of content produced with or by \
            generative AI.",
        moderators: &["lucia-ferreyra"],
        speakers: &["tomasz-wierzbicki", "beatriz-nunes", "kenji-watanabe"],
    },
    Slot {
        day: 0,
        from: (15, 15),
        to: (15, 30),
        kind: AgendaKind::Break,
        title: "Break",
        description: "A short break; the online stream stays open.",
        moderators: &[],
        speakers: &[],
    },
    Slot {
        day: 0,
        from: (15, 30),
        to: (16, 40),
        kind: AgendaKind::Panel,
        title: "Training data: access, licensing and remuneration",
        description: "Whether and how protected works may be used to train AI models, and how \
            right holders can be paid.",
        moderators: &["priya-raghunathan"],
        speakers: &["nadia-haddad", "ingrid-solberg", "zhaolin-wen"],
    },
    Slot {
        day: 0,
        from: (16, 40),
        to: (17, 0),
        kind: AgendaKind::Qa,
        title: "Questions from the floor",
        description: "Participants in the room and online put their questions to the \
            panellists of the day.",
        moderators: &["priya-raghunathan"],
        speakers: &[],
    },
    Slot {
        day: 1,
        from: (13, 0),
        to: (14, 15),
        kind: AgendaKind::Panel,
        title: "IP Offices and AI tools",
        description: "How IP Offices use AI for search, classification and examination, and \
            what they expect from applicants.",
        moderators: &["fatima-al-sayegh"],
        speakers: &["kenji-watanabe", "sione-taufa", "zhaolin-wen"],
    },
    Slot {
        day: 1,
        from: (14, 15),
        to: (14, 45),
        kind: AgendaKind::Presentation,
        title: "Generative AI in music: a practitioner's view",
        description: "A composer's account of working with generative tools, and what \
            musicians ask of the IP system.",
        moderators: &[],
        speakers: &["beatriz-nunes"],
    },
    Slot {
        day: 1,
        from: (14, 45),
        to: (15, 15),
        kind: AgendaKind::Presentation,
        title: "Labelling and provenance of AI-generated content",
        description: "Technical approaches to marking AI-generated content and tracing where \
            it came from.",
        moderators: &[],
        speakers: &["zhaolin-wen"],
    },
    Slot {
        day: 1,
        from: (15, 15),
        to: (15, 30),
        kind: AgendaKind::Break,
        title: "Break",
        description: "A short break; the online stream stays open.",
        moderators: &[],
        speakers: &[],
    },
    Slot {
        day: 1,
        from: (15, 30),
        to: (16, 40),
        kind: AgendaKind::Qa,
        title: "Open floor: interventions from stakeholders",
        description: "Stakeholders present their interventions and put questions to the \
            speakers of both days.",
        moderators: &["tomasz-wierzbicki"],
        speakers: &[],
    },
    Slot {
        day: 1,
        from: (16, 40),
        to: (17, 0),
        kind: AgendaKind::Closing,
        title: "Closing remarks",
        description: "A summary of the discussion and the next steps of the Conversation.",
        moderators: &[],
        speakers: &["helena-marchetti", "amara-okafor"],
    },
];

/// The agenda of the upcoming demo session 13.
const SESSION_13_AGENDA: &[Slot] = &[
    Slot {
        day: 0,
        from: (10, 0),
        to: (10, 20),
        kind: AgendaKind::Opening,
        title: "Opening of the session",
        description: "Welcome to participants in Geneva and online, and the aims of the session.",
        moderators: &[],
        speakers: &["helena-marchetti"],
    },
    Slot {
        day: 0,
        from: (10, 20),
        to: (11, 0),
        kind: AgendaKind::Keynote,
        title: "When software acts: AI agents and the IP system",
        description: "What changes when AI systems plan and act on their own, from searching \
            and drafting to licensing.",
        moderators: &[],
        speakers: &["priya-raghunathan"],
    },
    Slot {
        day: 0,
        from: (11, 0),
        to: (12, 30),
        kind: AgendaKind::Panel,
        title: "Agents that invent, write and design",
        description: "Inventorship, authorship and ownership when an AI agent does most of the \
            work.",
        moderators: &["lucia-ferreyra"],
        speakers: &["kwame-mensah", "kenji-watanabe", "mateo-quispe"],
    },
    Slot {
        day: 1,
        from: (14, 0),
        to: (15, 30),
        kind: AgendaKind::Panel,
        title: "AI agents in IP Offices",
        description: "Agents that search prior art, classify applications and answer users, \
            and the safeguards they need.",
        moderators: &["fatima-al-sayegh"],
        speakers: &["zhaolin-wen", "ingrid-solberg", "sione-taufa"],
    },
    Slot {
        day: 1,
        from: (15, 30),
        to: (15, 45),
        kind: AgendaKind::Break,
        title: "Break",
        description: "A short break; the online stream stays open.",
        moderators: &[],
        speakers: &[],
    },
    Slot {
        day: 1,
        from: (15, 45),
        to: (17, 30),
        kind: AgendaKind::Qa,
        title: "Open floor: interventions from stakeholders",
        description: "Stakeholders present their written interventions and put questions to \
            the speakers.",
        moderators: &["nadia-haddad"],
        speakers: &[],
    },
    Slot {
        day: 1,
        from: (17, 30),
        to: (18, 0),
        kind: AgendaKind::Closing,
        title: "Closing remarks",
        description: "A summary of the discussion and the next steps of the Conversation.",
        moderators: &[],
        speakers: &["helena-marchetti"],
    },
];

/// Turns agenda slots into agenda items of a session whose first day is `first_day`.
fn agenda(first_day: Date, slots: &[Slot]) -> Vec<NewAgendaItem> {
    slots
        .iter()
        .map(|slot| {
            let day = first_day.checked_add(slot.day.days()).expect("agenda days are in range");
            let moderators = slot.moderators.iter().map(|s| (slug(s), SpeakerRole::Moderator));
            let speakers = slot.speakers.iter().map(|s| (slug(s), SpeakerRole::Speaker));
            NewAgendaItem {
                starts_at: geneva(day, slot.from.0, slot.from.1),
                ends_at: geneva(day, slot.to.0, slot.to.1),
                kind: slot.kind,
                title: slot.title.to_owned(),
                description: slot.description.to_owned(),
                people: moderators.chain(speakers).collect(),
            }
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn content() -> NewSeriesContent {
        wipo_conversation("2025-11-24T09:00:00Z".parse().expect("valid timestamp"))
    }

    fn local(ts: Timestamp) -> jiff::civil::DateTime {
        ts.in_tz(ZONE).expect("known zone").datetime()
    }

    fn session(content: &NewSeriesContent, number: u32) -> &NewSession {
        content.sessions.iter().find(|s| s.number == number).expect("session exists")
    }

    /// Every piece of text in the content, for checks that apply to all of it.
    fn all_text(c: &NewSeriesContent) -> Vec<String> {
        let mut out = vec![c.series.slug.to_string(), c.series.title.clone()];
        out.push(c.series.description.clone());
        for (slug, name) in &c.topics {
            out.extend([slug.to_string(), name.clone()]);
        }
        for s in &c.speakers {
            out.extend([s.slug.to_string(), s.name.clone(), s.affiliation.clone(), s.bio.clone()]);
        }
        for s in &c.sessions {
            out.extend([s.title.clone(), s.summary.clone()]);
            out.extend(s.venue.clone());
            out.extend(s.topics.iter().map(Slug::to_string));
            for item in &s.agenda {
                out.extend([item.title.clone(), item.description.clone()]);
                out.extend(item.people.iter().map(|(p, _)| p.to_string()));
            }
        }
        out
    }

    #[test]
    fn thirteen_sessions_numbered_in_order() {
        let numbers: Vec<u32> = content().sessions.iter().map(|s| s.number).collect();
        assert_eq!(numbers, (1..=13).collect::<Vec<_>>());
    }

    #[test]
    fn sessions_are_chronological_and_well_formed() {
        let c = content();
        for pair in c.sessions.windows(2) {
            assert!(pair[0].ends_at <= pair[1].starts_at, "session {} overlaps", pair[1].number);
        }
        for s in &c.sessions {
            assert!(s.starts_at < s.ends_at, "session {}", s.number);
            assert_eq!(s.time_zone.as_str(), "Europe/Zurich");
            assert!((1..=3).contains(&s.topics.len()), "session {} topics", s.number);
            assert!(!s.title.is_empty() && !s.summary.is_empty(), "session {}", s.number);
            let expected_venue = (s.format != Format::Online).then(|| VENUE.to_owned());
            assert_eq!(s.venue, expected_venue, "session {} venue", s.number);
            let status = if s.number == 13 {
                SessionStatus::RegistrationOpen
            } else {
                SessionStatus::Published
            };
            assert_eq!(s.status, status, "session {} status", s.number);
            assert_eq!(s.is_demo, [8, 9, 13].contains(&s.number), "session {} demo", s.number);
        }
    }

    #[test]
    fn day_and_month_precision_spans_are_whole_geneva_days() {
        let c = content();
        for s in &c.sessions {
            let (start, end) = (local(s.starts_at), local(s.ends_at));
            match s.precision {
                SchedulePrecision::Day | SchedulePrecision::Month => {
                    assert_eq!(start.time(), jiff::civil::time(0, 0, 0, 0), "session {}", s.number);
                    assert_eq!(end.time(), jiff::civil::time(0, 0, 0, 0), "session {}", s.number);
                }
                SchedulePrecision::Time => {}
            }
        }
        let first = session(&c, 1);
        assert_eq!(local(first.starts_at), date(2019, 9, 27).at(0, 0, 0, 0));
        assert_eq!(local(first.ends_at), date(2019, 9, 28).at(0, 0, 0, 0));
        let fifth = session(&c, 5);
        assert_eq!(fifth.precision, SchedulePrecision::Month);
        assert_eq!(local(fifth.starts_at), date(2022, 4, 1).at(0, 0, 0, 0));
        assert_eq!(local(fifth.ends_at), date(2022, 5, 1).at(0, 0, 0, 0));
        let eleventh = session(&c, 11);
        assert_eq!(local(eleventh.starts_at), date(2025, 4, 23).at(10, 0, 0, 0));
        assert_eq!(local(eleventh.ends_at), date(2025, 4, 24).at(18, 0, 0, 0));
    }

    #[test]
    fn session_8_is_on_20_and_21_september_2023_in_geneva() {
        let c = content();
        let s = session(&c, 8);
        assert_eq!(s.title, "IP and generative AI");
        assert_eq!(s.precision, SchedulePrecision::Time);
        assert_eq!(local(s.starts_at), date(2023, 9, 20).at(13, 0, 0, 0));
        assert_eq!(local(s.ends_at), date(2023, 9, 21).at(17, 0, 0, 0));
        // Geneva is on summer time (UTC+2) in September.
        assert_eq!(s.starts_at, "2023-09-20T11:00:00Z".parse().expect("valid timestamp"));
        assert!((8..=12).contains(&s.agenda.len()));
        let agenda_days: HashSet<Date> =
            s.agenda.iter().map(|i| local(i.starts_at).date()).collect();
        assert_eq!(agenda_days, HashSet::from([date(2023, 9, 20), date(2023, 9, 21)]));
    }

    #[test]
    fn session_7_is_about_the_metaverse() {
        let c = content();
        let s = session(&c, 7);
        assert_eq!(s.title, "IP and the metaverse");
        assert!(s.summary.contains("enabling the metaverse"));
        assert_eq!(s.topics, vec![slug("metaverse")]);
    }

    #[test]
    fn agenda_items_lie_within_their_session_in_order_without_overlap() {
        let c = content();
        for s in &c.sessions {
            for item in &s.agenda {
                assert!(item.starts_at < item.ends_at, "{}: {}", s.number, item.title);
                assert!(item.starts_at >= s.starts_at, "{}: {}", s.number, item.title);
                assert!(item.ends_at <= s.ends_at, "{}: {}", s.number, item.title);
                let roles: Vec<SpeakerRole> = item.people.iter().map(|(_, r)| *r).collect();
                let mut sorted = roles.clone();
                sorted.sort_by_key(|r| *r != SpeakerRole::Moderator);
                assert_eq!(roles, sorted, "moderators first in {}", item.title);
            }
            for pair in s.agenda.windows(2) {
                assert!(pair[0].ends_at <= pair[1].starts_at, "{}: {}", s.number, pair[1].title);
            }
        }
    }

    #[test]
    fn agendas_use_every_kind_of_item() {
        let c = content();
        let eighth: HashSet<AgendaKind> = session(&c, 8).agenda.iter().map(|i| i.kind).collect();
        assert_eq!(eighth.len(), AgendaKind::ALL.len());
        assert!((5..=7).contains(&session(&c, 13).agenda.len()));
    }

    #[test]
    fn every_referenced_speaker_and_topic_exists_and_slugs_are_unique() {
        let c = content();
        let speakers: HashSet<&Slug> = c.speakers.iter().map(|s| &s.slug).collect();
        let topics: HashSet<&Slug> = c.topics.iter().map(|(s, _)| s).collect();
        assert_eq!(speakers.len(), c.speakers.len(), "duplicate speaker slug");
        assert_eq!(topics.len(), c.topics.len(), "duplicate topic slug");
        for s in &c.sessions {
            for t in &s.topics {
                assert!(topics.contains(t), "session {} topic {t}", s.number);
            }
            for item in &s.agenda {
                for (p, _) in &item.people {
                    assert!(speakers.contains(p), "session {} speaker {p}", s.number);
                }
            }
        }
        for wanted in ["artificial-intelligence", "metaverse", "generative-ai", "synthetic-media"] {
            assert!(topics.contains(&slug(wanted)), "{wanted}");
        }
    }

    #[test]
    fn speakers_are_invented_and_reused() {
        let c = content();
        assert!((10..=16).contains(&c.speakers.len()));
        for s in &c.speakers {
            assert!(s.is_demo, "{}", s.slug);
            assert!(s.bio.ends_with("(Demo speaker.)"), "{}", s.slug);
        }
        let people_of = |number: u32| -> HashSet<Slug> {
            session(&c, number)
                .agenda
                .iter()
                .flat_map(|i| i.people.iter().map(|(p, _)| p.clone()))
                .collect()
        };
        let (eighth, thirteenth) = (people_of(8), people_of(13));
        assert!(eighth.intersection(&thirteenth).count() >= 2);
        // Every speaker appears somewhere.
        for s in &c.speakers {
            assert!(eighth.contains(&s.slug) || thirteenth.contains(&s.slug), "{}", s.slug);
        }
    }

    #[test]
    fn session_13_is_a_tuesday_four_to_five_weeks_ahead_at_ten_in_geneva() {
        let nows = [
            "2025-11-24T09:00:00Z",
            // A Tuesday: 28 days later is a Tuesday too.
            "2025-06-03T08:00:00Z",
            // Late evening UTC is already the next day in Geneva.
            "2026-03-01T23:30:00Z",
            // Summer time starts on 29 March 2026 within the four weeks.
            "2026-03-04T12:00:00Z",
            // Summer time ends on 25 October 2026 within the four weeks.
            "2026-10-01T12:00:00Z",
        ];
        for now in nows {
            let now: Timestamp = now.parse().expect("valid timestamp");
            let c = wipo_conversation(now);
            let s = session(&c, 13);
            let start = s.starts_at.in_tz(ZONE).expect("known zone");
            let end = s.ends_at.in_tz(ZONE).expect("known zone");
            let today = now.in_tz(ZONE).expect("known zone").date();
            let ahead = today.until(start.date()).expect("in range").get_days();
            assert!((28..=34).contains(&ahead), "{now}: {ahead} days");
            assert_eq!(start.weekday(), Weekday::Tuesday, "{now}");
            assert_eq!(start.time(), jiff::civil::time(10, 0, 0, 0), "{now}");
            assert_eq!(end.date(), start.date().tomorrow().expect("in range"), "{now}");
            assert_eq!(end.time(), jiff::civil::time(18, 0, 0, 0), "{now}");
            assert!(s.starts_at > now);
            assert_eq!(s.precision, SchedulePrecision::Time);
            assert_eq!(s.format, Format::Hybrid);
            assert_eq!(s.venue.as_deref(), Some(VENUE));
        }
        let tuesday: Timestamp = "2025-06-03T08:00:00Z".parse().expect("valid timestamp");
        let s13 = wipo_conversation(tuesday).sessions.pop().expect("has sessions");
        assert_eq!(local(s13.starts_at), date(2025, 7, 1).at(10, 0, 0, 0));
    }

    #[test]
    fn no_text_carries_the_seed_page_defacement() {
        let is_cjk = |ch: char| {
            matches!(ch as u32,
                0x2E80..=0x303F | 0x3040..=0x30FF | 0x3100..=0x9FFF | 0xAC00..=0xD7AF
                | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
        };
        for text in all_text(&content()) {
            assert!(!text.chars().any(is_cjk), "CJK character in {text:?}");
            assert!(!text.contains("app下载"), "spam in {text:?}");
            assert!(!text.contains("http"), "link in {text:?}");
        }
    }
}
