//! The twelve past sessions of the series, with their real titles, dates and formats, in
//! English (`translations.tsv` has the other five languages).

use jiff::Timestamp;
use jiff::civil::date;

use super::agendas::{SESSION_8_AGENDA, agenda};
use super::geneva::{days, geneva, month, slug, venue, zone};
use super::upcoming::upcoming;
use crate::Texts;
use crate::model::NewSession;
use crate::types::{Format, SchedulePrecision, SessionStatus};

/// A past session as the table below lists it; `published` turns it into a record.
pub(super) struct Past {
    pub(super) number: u32,
    pub(super) title: &'static str,
    pub(super) topics: &'static [&'static str],
    pub(super) span: (Timestamp, Timestamp),
    pub(super) precision: SchedulePrecision,
    pub(super) format: Format,
    pub(super) summary: &'static str,
}

/// All thirteen sessions, in order.
pub(super) fn sessions(now: Timestamp) -> Vec<NewSession> {
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
        translations: Texts::new(),
    }
}
