//! The records of a conversation series and the rules that read them.

use jiff::{Timestamp, ZonedDateTime};

use crate::lang::Lang;
use crate::types::{
    AgendaKind, Format, SchedulePrecision, SessionStatus, Slug, SpeakerRole, TimeZoneName,
};

/// A conversation series: the forum that numbered sessions belong to.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Database identity.
    pub id: i64,
    /// URL identifier.
    pub slug: Slug,
    /// Display title.
    pub title: String,
    /// What the series is for (Markdown).
    pub description: String,
    /// The language its texts are written in (translations are stored beside).
    pub language: Lang,
}

/// A topic tag that sessions are filed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// URL identifier, used by the archive filter.
    pub slug: Slug,
    /// Display name.
    pub name: String,
}

/// One numbered meeting of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// Database identity, used by the API.
    pub id: i64,
    /// The series it belongs to.
    pub series_id: i64,
    /// Its number within the series (the "eighth session").
    pub number: u32,
    /// Display title.
    pub title: String,
    /// A paragraph or two on what the session is about.
    pub summary: String,
    /// Topic tags, in display order.
    pub topics: Vec<Topic>,
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends.
    pub ends_at: Timestamp,
    /// The time zone the session is held in and its times are announced in.
    pub time_zone: TimeZoneName,
    /// How precisely the dates are known.
    pub precision: SchedulePrecision,
    /// In person, online or hybrid.
    pub format: Format,
    /// Where it takes place in person, if anywhere.
    pub venue: Option<String>,
    /// Lifecycle state.
    pub status: SessionStatus,
    /// Whether this is illustrative demo content rather than a real record.
    pub is_demo: bool,
    /// When the record last changed.
    pub updated_at: Timestamp,
    /// The language its texts are written in (translations are stored beside).
    pub language: Lang,
}

/// Where a session stands in time relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Starts in the future.
    Upcoming,
    /// Started and not yet ended.
    Now,
    /// Ended.
    Past,
}

/// How long before a session starts door staff may check people in: the evening before at
/// most, so a badge scanned weeks early is refused rather than counted as attendance.
pub const CHECK_IN_OPENS_BEFORE: jiff::SignedDuration = jiff::SignedDuration::from_hours(24);

impl Session {
    /// Whether people may be checked in at `now`: from [`CHECK_IN_OPENS_BEFORE`] the start
    /// until the end.
    pub fn admits_at(&self, now: Timestamp) -> bool {
        let opens = self.starts_at.checked_sub(CHECK_IN_OPENS_BEFORE).unwrap_or(self.starts_at);
        opens <= now && now < self.ends_at
    }

    /// Where the session stands relative to `now`.
    pub fn timing(&self, now: Timestamp) -> Timing {
        if now < self.starts_at {
            Timing::Upcoming
        } else if now < self.ends_at {
            Timing::Now
        } else {
            Timing::Past
        }
    }

    /// The start in the session's own time zone.
    pub fn local_start(&self) -> ZonedDateTime {
        self.starts_at.to_zoned_datetime(self.time_zone.zone())
    }

    /// The end in the session's own time zone.
    pub fn local_end(&self) -> ZonedDateTime {
        self.ends_at.to_zoned_datetime(self.time_zone.zone())
    }
}

/// The session a home page should lead with: the next one to start (or the one on now),
/// else the most recent one. Sessions need not be sorted.
pub fn featured_session(sessions: &[Session], now: Timestamp) -> Option<&Session> {
    let held = || sessions.iter().filter(|s| s.status != SessionStatus::Cancelled);
    let live_or_next = held().filter(|s| s.timing(now) != Timing::Past).min_by_key(|s| s.starts_at);
    live_or_next.or_else(|| held().max_by_key(|s| s.starts_at))
}

/// A timed slot of a session's agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem {
    /// Database identity.
    pub id: i64,
    /// The session it belongs to.
    pub session_id: i64,
    /// Order within the agenda, from 1.
    pub position: u32,
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends.
    pub ends_at: Timestamp,
    /// What kind of slot it is.
    pub kind: AgendaKind,
    /// Display title.
    pub title: String,
    /// Optional longer text.
    pub description: String,
    /// Who moderates and who speaks, moderators first.
    pub people: Vec<Participation>,
}

/// A person's part in an agenda item.
#[derive(Debug, Clone, PartialEq)]
pub struct Participation {
    /// Who.
    pub speaker: Speaker,
    /// In what role.
    pub role: SpeakerRole,
}

/// A speaker or moderator.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Database identity.
    pub id: i64,
    /// URL identifier.
    pub slug: Slug,
    /// Full name as the person writes it.
    pub name: String,
    /// Organisation and position.
    pub affiliation: String,
    /// A short biography.
    pub bio: String,
    /// Whether this is an invented demo person.
    pub is_demo: bool,
    /// The language the biography is written in.
    pub language: Lang,
}

/// A session as its page shows it: the session, its series and its agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionDetail {
    /// The series.
    pub series: Series,
    /// The session.
    pub session: Session,
    /// Agenda items in order.
    pub agenda: Vec<AgendaItem>,
}

/// One agenda item a speaker took part in, with its session, for the speaker's page.
#[derive(Debug, Clone, PartialEq)]
pub struct Appearance {
    /// The series of the session.
    pub series: Series,
    /// The session.
    pub session: Session,
    /// The item title.
    pub item_title: String,
    /// The item start.
    pub item_starts_at: Timestamp,
    /// The item end.
    pub item_ends_at: Timestamp,
    /// The role played.
    pub role: SpeakerRole,
}

/// Input for creating a series.
#[derive(Debug, Clone)]
pub struct NewSeries {
    /// URL identifier.
    pub slug: Slug,
    /// Display title.
    pub title: String,
    /// Plain text description.
    pub description: String,
    /// `title` and `description` in other languages (field → language → text).
    pub translations: crate::Texts,
}

/// Input for creating a session; topics and agenda refer to other records by slug.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// Number within the series.
    pub number: u32,
    /// Display title.
    pub title: String,
    /// Summary paragraph(s).
    pub summary: String,
    /// Topic slugs, in display order.
    pub topics: Vec<Slug>,
    /// Start instant.
    pub starts_at: Timestamp,
    /// End instant.
    pub ends_at: Timestamp,
    /// The session's time zone.
    pub time_zone: TimeZoneName,
    /// How precisely the dates are known.
    pub precision: SchedulePrecision,
    /// Format.
    pub format: Format,
    /// Venue, when there is one.
    pub venue: Option<String>,
    /// Lifecycle state.
    pub status: SessionStatus,
    /// Demo content marker.
    pub is_demo: bool,
    /// Agenda items in order.
    pub agenda: Vec<NewAgendaItem>,
    /// Registration window, capacities, join links and questions, if it takes registrations.
    pub registration: Option<crate::NewRegistrationSettings>,
    /// `title` and `summary` in other languages (field → language → text).
    pub translations: crate::Texts,
}

/// Input for one agenda item.
#[derive(Debug, Clone)]
pub struct NewAgendaItem {
    /// Start instant.
    pub starts_at: Timestamp,
    /// End instant.
    pub ends_at: Timestamp,
    /// Kind of slot.
    pub kind: AgendaKind,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// People by speaker slug, with their role, in order.
    pub people: Vec<(Slug, SpeakerRole)>,
}

/// Input for one speaker.
#[derive(Debug, Clone)]
pub struct NewSpeaker {
    /// URL identifier.
    pub slug: Slug,
    /// Name.
    pub name: String,
    /// Affiliation.
    pub affiliation: String,
    /// Biography.
    pub bio: String,
    /// Demo marker.
    pub is_demo: bool,
}

/// A whole series with everything in it, as the demo loader (and tests) create it.
#[derive(Debug, Clone)]
pub struct NewSeriesContent {
    /// The series.
    pub series: NewSeries,
    /// Topic slugs and names.
    pub topics: Vec<(Slug, String)>,
    /// Topic names in other languages, by topic slug (`name` → language → text).
    pub topic_translations: std::collections::BTreeMap<String, crate::Texts>,
    /// Speakers referred to by agenda items.
    pub speakers: Vec<NewSpeaker>,
    /// Sessions with their agendas.
    pub sessions: Vec<NewSession>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(number: u32, start: &str, end: &str, status: SessionStatus) -> Session {
        Session {
            id: i64::from(number),
            series_id: 1,
            number,
            title: format!("Session {number}"),
            summary: String::new(),
            topics: vec![],
            starts_at: start.parse().expect("valid"),
            ends_at: end.parse().expect("valid"),
            time_zone: TimeZoneName::try_from("Europe/Zurich").expect("known zone"),
            precision: SchedulePrecision::Time,
            format: Format::Hybrid,
            venue: None,
            status,
            is_demo: false,
            updated_at: start.parse().expect("valid"),
            language: Lang::En,
        }
    }

    #[test]
    fn timing_follows_the_clock() {
        let s =
            session(1, "2025-04-23T08:00:00Z", "2025-04-24T16:00:00Z", SessionStatus::Published);
        assert_eq!(s.timing("2025-04-22T00:00:00Z".parse().expect("valid")), Timing::Upcoming);
        assert_eq!(s.timing("2025-04-23T08:00:00Z".parse().expect("valid")), Timing::Now);
        assert_eq!(s.timing("2025-04-24T16:00:00Z".parse().expect("valid")), Timing::Past);
    }

    #[test]
    fn featured_is_the_next_session_else_the_latest() {
        let past =
            session(11, "2025-04-23T08:00:00Z", "2025-04-24T16:00:00Z", SessionStatus::Published);
        let later =
            session(14, "2027-06-01T08:00:00Z", "2027-06-01T16:00:00Z", SessionStatus::Announced);
        let next =
            session(13, "2027-01-10T08:00:00Z", "2027-01-10T16:00:00Z", SessionStatus::Announced);
        let now: Timestamp = "2026-11-24T00:00:00Z".parse().expect("valid");
        let all = [later.clone(), past.clone(), next.clone()];
        assert_eq!(featured_session(&all, now).map(|s| s.number), Some(13));
        assert_eq!(featured_session(std::slice::from_ref(&past), now).map(|s| s.number), Some(11));
        assert_eq!(featured_session(&[], now), None);
    }

    #[test]
    fn a_cancelled_upcoming_session_is_not_featured() {
        let past =
            session(11, "2025-04-23T08:00:00Z", "2025-04-24T16:00:00Z", SessionStatus::Published);
        let cancelled =
            session(13, "2027-01-10T08:00:00Z", "2027-01-10T16:00:00Z", SessionStatus::Cancelled);
        let now: Timestamp = "2026-11-24T00:00:00Z".parse().expect("valid");
        assert_eq!(featured_session(&[past, cancelled], now).map(|s| s.number), Some(11));
    }
}
