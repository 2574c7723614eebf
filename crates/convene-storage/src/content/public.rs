//! Read queries for the public pages and the API. Drafts never leave this module.

use std::collections::HashMap;

use convene_domain::{
    AgendaItem, Appearance, Participation, Series, Session, SessionDetail, SessionStatus, Slug,
    Speaker, Topic,
};
use diesel::prelude::*;

use crate::rows::{AgendaRow, SeriesRow, SessionRow, SpeakerRow, TopicRow, role, ts};
use crate::schema::{
    agenda_item_speakers, agenda_items, series, session_topics, sessions, speakers, topics,
};
use crate::{Content, DbConnection, StorageError};

/// How a caller names a session.
#[derive(Debug, Clone)]
pub enum SessionKey {
    /// By database id, as the API does.
    Id(i64),
    /// By series slug and number, as public URLs do.
    Number {
        /// The series slug.
        series: Slug,
        /// The session number.
        number: u32,
    },
}

/// How a caller names a speaker.
#[derive(Debug, Clone)]
pub enum SpeakerKey {
    /// By database id.
    Id(i64),
    /// By URL slug.
    Slug(Slug),
}

impl Content<'_> {
    /// Every series, oldest first (the first is the instance's main series).
    pub async fn list_series(&self) -> Result<Vec<Series>, StorageError> {
        self.run(|c| {
            let rows = series::table.order(series::id).select(SeriesRow::as_select()).load(c)?;
            rows.into_iter().map(Series::try_from).collect()
        })
        .await
    }

    /// The series with this slug.
    pub async fn series_by_slug(&self, slug: Slug) -> Result<Option<Series>, StorageError> {
        self.run(move |c| {
            let row = series::table
                .filter(series::slug.eq(slug.as_str()))
                .select(SeriesRow::as_select())
                .first(c)
                .optional()?;
            row.map(Series::try_from).transpose()
        })
        .await
    }

    /// The series with this id.
    pub async fn series_by_id(&self, id: i64) -> Result<Option<Series>, StorageError> {
        self.run(move |c| series_with_id(c, id)).await
    }

    /// Public sessions, newest first, of one series or all, optionally with a topic.
    pub async fn sessions(
        &self,
        series_id: Option<i64>,
        topic: Option<Slug>,
    ) -> Result<Vec<Session>, StorageError> {
        self.run(move |c| {
            let mut q = sessions::table
                .filter(sessions::status.ne(SessionStatus::Draft.as_str()))
                .order((sessions::starts_at.desc(), sessions::id.desc()))
                .select(SessionRow::as_select())
                .into_boxed();
            if let Some(id) = series_id {
                q = q.filter(sessions::series_id.eq(id));
            }
            if let Some(topic) = topic {
                let tagged = session_topics::table
                    .inner_join(topics::table)
                    .filter(topics::slug.eq(topic.as_str().to_owned()))
                    .select(session_topics::session_id);
                q = q.filter(sessions::id.eq_any(tagged));
            }
            let rows = q.load(c)?;
            with_topics(c, rows)
        })
        .await
    }

    /// Topics that at least one public session of the series is filed under, by name.
    pub async fn topics_in_use(&self, series_id: i64) -> Result<Vec<Topic>, StorageError> {
        self.run(move |c| {
            let rows = topics::table
                .filter(
                    topics::id.eq_any(
                        session_topics::table
                            .inner_join(sessions::table)
                            .filter(sessions::series_id.eq(series_id))
                            .filter(sessions::status.ne(SessionStatus::Draft.as_str()))
                            .select(session_topics::topic_id),
                    ),
                )
                .order(topics::name)
                .select(TopicRow::as_select())
                .load(c)?;
            rows.into_iter().map(Topic::try_from).collect()
        })
        .await
    }

    /// A public session with its series and agenda.
    pub async fn session_detail(
        &self,
        key: SessionKey,
    ) -> Result<Option<SessionDetail>, StorageError> {
        self.run(move |c| {
            let Some((series, session)) = session_head(c, key)? else { return Ok(None) };
            let agenda = agenda_of(c, session.id)?;
            Ok(Some(SessionDetail { series, session, agenda }))
        })
        .await
    }

    /// A public session with its series, without the agenda: what forms need, in two queries.
    pub async fn session_brief(
        &self,
        key: SessionKey,
    ) -> Result<Option<(Series, convene_domain::Session)>, StorageError> {
        self.run(move |c| session_head(c, key)).await
    }

    /// Every speaker, by name.
    pub async fn speakers(&self) -> Result<Vec<Speaker>, StorageError> {
        self.run(|c| {
            let rows =
                speakers::table.order(speakers::name).select(SpeakerRow::as_select()).load(c)?;
            rows.into_iter().map(Speaker::try_from).collect()
        })
        .await
    }

    /// A speaker and the agenda items of public sessions they took part in, newest first.
    pub async fn speaker(
        &self,
        key: SpeakerKey,
    ) -> Result<Option<(Speaker, Vec<Appearance>)>, StorageError> {
        self.run(move |c| {
            let q = speakers::table.select(SpeakerRow::as_select()).into_boxed();
            let q = match key {
                SpeakerKey::Id(id) => q.filter(speakers::id.eq(id)),
                SpeakerKey::Slug(slug) => q.filter(speakers::slug.eq(slug.as_str().to_owned())),
            };
            let Some(row) = q.first(c).optional()? else { return Ok(None) };
            let speaker = Speaker::try_from(row)?;
            let rows: Vec<(SeriesRow, SessionRow, String, i64, i64, String)> =
                agenda_item_speakers::table
                    .inner_join(
                        agenda_items::table.inner_join(sessions::table.inner_join(series::table)),
                    )
                    .filter(agenda_item_speakers::speaker_id.eq(speaker.id))
                    .filter(sessions::status.ne(SessionStatus::Draft.as_str()))
                    .order((sessions::starts_at.desc(), agenda_items::position))
                    .select((
                        SeriesRow::as_select(),
                        SessionRow::as_select(),
                        agenda_items::title,
                        agenda_items::starts_at,
                        agenda_items::ends_at,
                        agenda_item_speakers::role,
                    ))
                    .load(c)?;
            let topics = topics_of(c, rows.iter().map(|r| r.1.id).collect())?;
            let appearances = rows
                .into_iter()
                .map(|(series, session, item_title, starts, ends, r)| {
                    let t = topics.get(&session.id).cloned().unwrap_or_default();
                    Ok(Appearance {
                        series: Series::try_from(series)?,
                        session: session.into_session(t)?,
                        item_title,
                        item_starts_at: ts(starts)?,
                        item_ends_at: ts(ends)?,
                        role: role(&r)?,
                    })
                })
                .collect::<Result<Vec<_>, StorageError>>()?;
            Ok(Some((speaker, appearances)))
        })
        .await
    }

    /// Whether the store holds no series at all (a fresh install).
    pub async fn is_empty(&self) -> Result<bool, StorageError> {
        self.run(|c| {
            let n: i64 = series::table.count().get_result(c)?;
            Ok(n == 0)
        })
        .await
    }
}

fn series_with_id(c: &mut DbConnection, id: i64) -> Result<Option<Series>, StorageError> {
    let row = series::table.find(id).select(SeriesRow::as_select()).first(c).optional()?;
    row.map(Series::try_from).transpose()
}

/// Topics of each session, in their display order.
fn topics_of(
    c: &mut DbConnection,
    ids: Vec<i64>,
) -> Result<HashMap<i64, Vec<Topic>>, StorageError> {
    let rows: Vec<(i64, TopicRow)> = session_topics::table
        .inner_join(topics::table)
        .filter(session_topics::session_id.eq_any(ids))
        .order((session_topics::session_id, session_topics::position))
        .select((session_topics::session_id, TopicRow::as_select()))
        .load(c)?;
    let mut map: HashMap<i64, Vec<Topic>> = HashMap::new();
    for (id, row) in rows {
        map.entry(id).or_default().push(Topic::try_from(row)?);
    }
    Ok(map)
}

pub(crate) fn with_topics(
    c: &mut DbConnection,
    rows: Vec<SessionRow>,
) -> Result<Vec<Session>, StorageError> {
    let mut topics = topics_of(c, rows.iter().map(|r| r.id).collect())?;
    rows.into_iter()
        .map(|r| {
            let t = topics.remove(&r.id).unwrap_or_default();
            r.into_session(t)
        })
        .collect()
}

pub(crate) fn agenda_of(
    c: &mut DbConnection,
    session_id: i64,
) -> Result<Vec<AgendaItem>, StorageError> {
    let items: Vec<AgendaRow> = agenda_items::table
        .filter(agenda_items::session_id.eq(session_id))
        .order(agenda_items::position)
        .select(AgendaRow::as_select())
        .load(c)?;
    let people: Vec<(i64, String, SpeakerRow)> = agenda_item_speakers::table
        .inner_join(speakers::table)
        .filter(
            agenda_item_speakers::agenda_item_id
                .eq_any(items.iter().map(|i| i.id).collect::<Vec<_>>()),
        )
        .order((agenda_item_speakers::agenda_item_id, agenda_item_speakers::position))
        .select((
            agenda_item_speakers::agenda_item_id,
            agenda_item_speakers::role,
            SpeakerRow::as_select(),
        ))
        .load(c)?;
    let mut by_item: HashMap<i64, Vec<Participation>> = HashMap::new();
    for (item, r, speaker) in people {
        by_item
            .entry(item)
            .or_default()
            .push(Participation { speaker: Speaker::try_from(speaker)?, role: role(&r)? });
    }
    items
        .into_iter()
        .map(|i| {
            let people = by_item.remove(&i.id).unwrap_or_default();
            i.into_item(people)
        })
        .collect()
}

/// A public session and its series in one query, then its topics.
fn session_head(
    c: &mut DbConnection,
    key: SessionKey,
) -> Result<Option<(Series, convene_domain::Session)>, StorageError> {
    let q = sessions::table
        .inner_join(series::table)
        .filter(sessions::status.ne(SessionStatus::Draft.as_str()))
        .select((SessionRow::as_select(), SeriesRow::as_select()))
        .into_boxed();
    let q = match key {
        SessionKey::Id(id) => q.filter(sessions::id.eq(id)),
        SessionKey::Number { series: slug, number } => q
            .filter(series::slug.eq(slug.as_str().to_owned()))
            .filter(sessions::number.eq(i32::try_from(number).unwrap_or(i32::MAX))),
    };
    let Some((row, series)) = q.first(c).optional()? else {
        return Ok(None);
    };
    let session = with_topics(c, vec![row])?.remove(0);
    Ok(Some((Series::try_from(series)?, session)))
}

/// The ids of a session's agenda items.
pub(crate) fn agenda_ids(c: &mut DbConnection, session_id: i64) -> Result<Vec<i64>, StorageError> {
    Ok(agenda_items::table
        .filter(agenda_items::session_id.eq(session_id))
        .select(agenda_items::id)
        .load(c)?)
}
