//! The illustrative agendas of sessions 8 and 13, as slots of Geneva wall-clock time.

use jiff::ToSpan;
use jiff::civil::Date;

use super::geneva::{geneva, slug};
use crate::model::NewAgendaItem;
use crate::types::{AgendaKind, SpeakerRole};

/// One agenda slot as written in the agenda tables: which day of the session (0 for the first),
/// start and end as Geneva wall-clock `(hour, minute)`, and who moderates and speaks.
pub(super) struct Slot {
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
pub(super) const SESSION_8_AGENDA: &[Slot] = &[
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
pub(super) const SESSION_13_AGENDA: &[Slot] = &[
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
pub(super) fn agenda(first_day: Date, slots: &[Slot]) -> Vec<NewAgendaItem> {
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
