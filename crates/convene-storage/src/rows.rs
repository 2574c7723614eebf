//! Database rows and their conversion into domain types, where stored text is parsed again.

use convene_domain::{AgendaItem, Series, Session, Slug, Speaker, TimeZoneName, Topic};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::StorageError;
use crate::schema::{agenda_items, series, sessions, speakers, topics};

pub(crate) fn ts(seconds: i64) -> Result<Timestamp, StorageError> {
    Timestamp::from_second(seconds).map_err(|e| StorageError::Corrupt(e.to_string()))
}

pub(crate) fn parse<T: std::str::FromStr>(what: &str, s: &str) -> Result<T, StorageError> {
    s.parse().map_err(|_| StorageError::Corrupt(format!("{what} {s:?}")))
}

fn slug(s: &str) -> Result<Slug, StorageError> {
    Slug::try_from(s).map_err(|_| StorageError::Corrupt(format!("slug {s:?}")))
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = series)]
pub(crate) struct SeriesRow {
    id: i64,
    slug: String,
    title: String,
    description: String,
    language: String,
}

impl SeriesRow {
    /// The series' id.
    pub(crate) fn id(&self) -> i64 {
        self.id
    }
}

impl TryFrom<SeriesRow> for Series {
    type Error = StorageError;
    fn try_from(r: SeriesRow) -> Result<Self, StorageError> {
        Ok(Series {
            id: r.id,
            slug: slug(&r.slug)?,
            title: r.title,
            description: r.description,
            language: parse("language", &r.language)?,
        })
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = topics)]
pub(crate) struct TopicRow {
    slug: String,
    name: String,
}

impl TryFrom<TopicRow> for Topic {
    type Error = StorageError;
    fn try_from(r: TopicRow) -> Result<Self, StorageError> {
        Ok(Topic { slug: slug(&r.slug)?, name: r.name })
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub(crate) struct SessionRow {
    pub(crate) id: i64,
    series_id: i64,
    number: i32,
    title: String,
    summary: String,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    precision: String,
    format: String,
    venue: Option<String>,
    status: String,
    is_demo: bool,
    updated_at: i64,
    language: String,
}

impl SessionRow {
    /// Converts, attaching the topics loaded separately.
    pub(crate) fn into_session(self, topics: Vec<Topic>) -> Result<Session, StorageError> {
        Ok(Session {
            id: self.id,
            series_id: self.series_id,
            number: u32::try_from(self.number)
                .map_err(|_| StorageError::Corrupt(format!("session number {}", self.number)))?,
            title: self.title,
            summary: self.summary,
            topics,
            starts_at: ts(self.starts_at)?,
            ends_at: ts(self.ends_at)?,
            time_zone: TimeZoneName::try_from(self.time_zone.as_str())
                .map_err(|_| StorageError::Corrupt(format!("time zone {:?}", self.time_zone)))?,
            precision: parse("precision", &self.precision)?,
            format: parse("format", &self.format)?,
            venue: self.venue,
            status: parse("status", &self.status)?,
            is_demo: self.is_demo,
            updated_at: ts(self.updated_at)?,
            language: parse("language", &self.language)?,
        })
    }
}

#[derive(Queryable, Selectable, Clone)]
#[diesel(table_name = speakers)]
pub(crate) struct SpeakerRow {
    id: i64,
    slug: String,
    name: String,
    affiliation: String,
    bio: String,
    is_demo: bool,
    language: String,
}

impl TryFrom<SpeakerRow> for Speaker {
    type Error = StorageError;
    fn try_from(r: SpeakerRow) -> Result<Self, StorageError> {
        Ok(Speaker {
            id: r.id,
            slug: slug(&r.slug)?,
            name: r.name,
            affiliation: r.affiliation,
            bio: r.bio,
            is_demo: r.is_demo,
            language: parse("language", &r.language)?,
        })
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = agenda_items)]
pub(crate) struct AgendaRow {
    pub(crate) id: i64,
    session_id: i64,
    position: i32,
    starts_at: i64,
    ends_at: i64,
    kind: String,
    title: String,
    description: String,
}

impl AgendaRow {
    /// Converts, attaching the people loaded separately.
    pub(crate) fn into_item(
        self,
        people: Vec<convene_domain::Participation>,
    ) -> Result<AgendaItem, StorageError> {
        Ok(AgendaItem {
            id: self.id,
            session_id: self.session_id,
            position: u32::try_from(self.position)
                .map_err(|_| StorageError::Corrupt(format!("position {}", self.position)))?,
            starts_at: ts(self.starts_at)?,
            ends_at: ts(self.ends_at)?,
            kind: parse("agenda kind", &self.kind)?,
            title: self.title,
            description: self.description,
            people,
        })
    }
}

pub(crate) fn role(s: &str) -> Result<convene_domain::SpeakerRole, StorageError> {
    parse("speaker role", s)
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = crate::schema::registrations)]
pub(crate) struct RegistrationRow {
    id: i64,
    pub(crate) session_id: i64,
    email: String,
    name: String,
    country: String,
    stakeholder_group: String,
    organisation: Option<String>,
    pub(crate) mode: String,
    language: String,
    accessibility: Option<String>,
    consent_version: String,
    list_publicly: bool,
    news_updates: bool,
    pub(crate) status: String,
    pub(crate) token_nonce: String,
    created_at: i64,
    verified_at: Option<i64>,
    cancelled_at: Option<i64>,
    erased_at: Option<i64>,
    checked_in_at: Option<i64>,
    joined_online_at: Option<i64>,
}

fn opt_ts(s: Option<i64>) -> Result<Option<Timestamp>, StorageError> {
    s.map(ts).transpose()
}

impl TryFrom<RegistrationRow> for convene_domain::Registration {
    type Error = StorageError;
    fn try_from(r: RegistrationRow) -> Result<Self, StorageError> {
        Ok(convene_domain::Registration {
            id: r.id,
            session_id: r.session_id,
            name: r.name,
            email: r.email,
            country: r.country,
            stakeholder_group: parse("stakeholder group", &r.stakeholder_group)?,
            organisation: r.organisation,
            mode: parse("attendance mode", &r.mode)?,
            language: parse("language", &r.language)?,
            accessibility: r.accessibility,
            consent_version: r.consent_version,
            list_publicly: r.list_publicly,
            news_updates: r.news_updates,
            status: parse("registration status", &r.status)?,
            waitlist_position: None,
            created_at: ts(r.created_at)?,
            verified_at: opt_ts(r.verified_at)?,
            cancelled_at: opt_ts(r.cancelled_at)?,
            erased_at: opt_ts(r.erased_at)?,
            checked_in_at: opt_ts(r.checked_in_at)?,
            joined_online_at: opt_ts(r.joined_online_at)?,
            answers: Vec::new(),
        })
    }
}
