//! The API's resource shapes: stable, documented, and free of anything non-public.

use convene_domain::{AgendaItem, Series, Session, Speaker};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::view::paths;

/// A conversation series.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SeriesDto {
    /// Identifier.
    pub id: i64,
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// The archive page.
    pub html_url: String,
    /// The series' sessions in this API.
    pub sessions_url: String,
}

impl SeriesDto {
    /// Builds the resource with absolute links.
    pub fn new(base: &str, s: &Series) -> Self {
        Self {
            id: s.id,
            slug: s.slug.to_string(),
            title: s.title.clone(),
            description: s.description.clone(),
            html_url: format!("{base}{}", paths::archive(s.slug.as_str())),
            sessions_url: format!("{base}/api/v1/series/{}/sessions", s.id),
        }
    }
}

/// A list of series.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SeriesList {
    /// The series.
    pub items: Vec<SeriesDto>,
}

/// A topic tag.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TopicDto {
    /// URL slug, usable as the `topic` filter.
    pub slug: String,
    /// Display name.
    pub name: String,
}

/// A session of a series.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SessionDto {
    /// Identifier.
    pub id: i64,
    /// The series' identifier.
    pub series_id: i64,
    /// Number within the series.
    pub number: u32,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Topic tags.
    pub topics: Vec<TopicDto>,
    /// Start, RFC 3339 in UTC.
    #[schema(format = DateTime, example = "2023-09-20T11:00:00Z")]
    pub starts_at: String,
    /// End, RFC 3339 in UTC (for whole-day schedules, midnight after the last day).
    #[schema(format = DateTime)]
    pub ends_at: String,
    /// IANA time zone the session is held in.
    #[schema(example = "Europe/Zurich")]
    pub time_zone: String,
    /// How precisely the dates are known: `time`, `day` or `month`.
    #[schema(schema_with = super::vocab::schedule_precision)]
    pub schedule_precision: String,
    /// `in_person`, `online` or `hybrid`.
    #[schema(schema_with = super::vocab::format)]
    pub format: String,
    /// Venue, if in person or hybrid.
    pub venue: Option<String>,
    /// Lifecycle status.
    #[schema(schema_with = super::vocab::session_status)]
    pub status: String,
    /// Whether this is illustrative demo content.
    pub is_demo: bool,
    /// The session page.
    pub html_url: String,
    /// The session's iCalendar file.
    pub ical_url: String,
    /// The agenda in this API.
    pub agenda_url: String,
}

impl SessionDto {
    /// Builds the resource with absolute links.
    pub fn new(base: &str, series_slug: &str, s: &Session) -> Self {
        Self {
            id: s.id,
            series_id: s.series_id,
            number: s.number,
            title: s.title.clone(),
            summary: s.summary.clone(),
            topics: s
                .topics
                .iter()
                .map(|t| TopicDto { slug: t.slug.to_string(), name: t.name.clone() })
                .collect(),
            starts_at: s.starts_at.to_string(),
            ends_at: s.ends_at.to_string(),
            time_zone: s.time_zone.to_string(),
            schedule_precision: s.precision.to_string(),
            format: s.format.to_string(),
            venue: s.venue.clone(),
            status: s.status.to_string(),
            is_demo: s.is_demo,
            html_url: format!("{base}{}", paths::session(series_slug, s.number)),
            ical_url: format!("{base}{}", paths::session_ical(series_slug, s.number)),
            agenda_url: format!("{base}/api/v1/sessions/{}/agenda", s.id),
        }
    }
}

/// A list of sessions, newest first.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SessionList {
    /// The sessions.
    pub items: Vec<SessionDto>,
}

/// A person's part in an agenda item.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PersonDto {
    /// The speaker's identifier.
    pub speaker_id: i64,
    /// Name.
    pub name: String,
    /// Affiliation.
    pub affiliation: String,
    /// `moderator` or `speaker`.
    #[schema(schema_with = super::vocab::speaker_role)]
    pub role: String,
    /// The speaker in this API.
    pub url: String,
}

/// An agenda item.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AgendaItemDto {
    /// Identifier.
    pub id: i64,
    /// Order within the agenda, from 1.
    pub position: u32,
    /// Start, RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub starts_at: String,
    /// End, RFC 3339 in UTC.
    #[schema(format = DateTime)]
    pub ends_at: String,
    /// `opening`, `keynote`, `presentation`, `panel`, `qa`, `break` or `closing`.
    #[schema(schema_with = super::vocab::agenda_kind)]
    pub kind: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Moderators first, then speakers.
    pub people: Vec<PersonDto>,
}

impl AgendaItemDto {
    /// Builds the resource.
    pub fn new(base: &str, i: &AgendaItem) -> Self {
        Self {
            id: i.id,
            position: i.position,
            starts_at: i.starts_at.to_string(),
            ends_at: i.ends_at.to_string(),
            kind: i.kind.to_string(),
            title: i.title.clone(),
            description: i.description.clone(),
            people: i
                .people
                .iter()
                .map(|p| PersonDto {
                    speaker_id: p.speaker.id,
                    name: p.speaker.name.clone(),
                    affiliation: p.speaker.affiliation.clone(),
                    role: p.role.to_string(),
                    url: format!("{base}/api/v1/speakers/{}", p.speaker.id),
                })
                .collect(),
        }
    }
}

/// A session's agenda.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AgendaList {
    /// The session's identifier.
    pub session_id: i64,
    /// The session's time zone, for showing times as the organisers announce them.
    pub time_zone: String,
    /// Items in order.
    pub items: Vec<AgendaItemDto>,
}

/// An agenda item a speaker took part in.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AppearanceDto {
    /// The session's identifier.
    pub session_id: i64,
    /// The session's number.
    pub session_number: u32,
    /// The session's title.
    pub session_title: String,
    /// The item's title.
    pub item_title: String,
    /// `moderator` or `speaker`.
    #[schema(schema_with = super::vocab::speaker_role)]
    pub role: String,
    /// The session in this API.
    pub session_url: String,
}

/// A speaker or moderator.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SpeakerDto {
    /// Identifier.
    pub id: i64,
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Affiliation.
    pub affiliation: String,
    /// Biography.
    pub bio: String,
    /// Whether this is an invented demo person.
    pub is_demo: bool,
    /// The speaker page.
    pub html_url: String,
    /// Where they spoke (only in the single-speaker resource).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appearances: Option<Vec<AppearanceDto>>,
}

impl SpeakerDto {
    /// Builds the resource.
    pub fn new(base: &str, s: &Speaker) -> Self {
        Self {
            id: s.id,
            slug: s.slug.to_string(),
            name: s.name.clone(),
            affiliation: s.affiliation.clone(),
            bio: s.bio.clone(),
            is_demo: s.is_demo,
            html_url: format!("{base}{}", paths::speaker(s.slug.as_str())),
            appearances: None,
        }
    }
}

/// A list of speakers, by name.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SpeakerList {
    /// The speakers.
    pub items: Vec<SpeakerDto>,
}

/// The error shape of every API error.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code: `not_found`, `invalid_path`, `invalid_query`, ...
    pub code: String,
    /// Human-readable message in the requested language.
    pub message: String,
}
