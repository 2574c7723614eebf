//! Loading a whole series (the demo, fixtures) in one transaction.

use std::collections::HashMap;

use convene_domain::{Lang, NewSeriesContent};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::content::settings::{push_question, put_join_link, put_window};
use crate::content::texts::put_translations;
use crate::schema::{
    agenda_item_speakers, agenda_items, series, session_topics, sessions, speakers, topics,
};
use crate::{Content, DbConnection, StorageError};

impl Content<'_> {
    /// Inserts a series with its topics, speakers, sessions and agendas, all or nothing.
    /// Topics and speakers that already exist (same slug) are reused. Returns the series id.
    pub async fn insert_series_content(
        &self,
        content: NewSeriesContent,
        now: Timestamp,
    ) -> Result<i64, StorageError> {
        self.run(move |c| c.transaction(|c| insert_all(c, &content, now.as_second()))).await
    }
}

fn insert_all(
    c: &mut DbConnection,
    content: &NewSeriesContent,
    now: i64,
) -> Result<i64, StorageError> {
    let s = &content.series;
    diesel::insert_into(series::table)
        .values((
            series::slug.eq(s.slug.as_str()),
            series::title.eq(&s.title),
            series::description.eq(&s.description),
            series::created_at.eq(now),
        ))
        .execute(c)?;
    // Ids are read back by unique key rather than with RETURNING, which the multi-backend
    // connection does not offer.
    let series_id: i64 =
        series::table.filter(series::slug.eq(s.slug.as_str())).select(series::id).first(c)?;
    // Records created here are in English (the columns' default language); their other
    // languages go where editors' translations go, through the same checks.
    put_translations(c, &format!("series:{series_id}"), Lang::En, &s.translations)?;

    let mut topic_ids = HashMap::new();
    for (slug, name) in &content.topics {
        let existing: Option<i64> = topics::table
            .filter(topics::slug.eq(slug.as_str()))
            .select(topics::id)
            .first(c)
            .optional()?;
        let id = match existing {
            Some(id) => id,
            None => {
                diesel::insert_into(topics::table)
                    .values((topics::slug.eq(slug.as_str()), topics::name.eq(name)))
                    .execute(c)?;
                topics::table.filter(topics::slug.eq(slug.as_str())).select(topics::id).first(c)?
            }
        };
        topic_ids.insert(slug.as_str().to_owned(), id);
        // Topics are named by slug in translations: the slug is their stable public key.
        if let Some(texts) = content.topic_translations.get(slug.as_str()) {
            put_translations(c, &format!("topic:{slug}"), Lang::En, texts)?;
        }
    }

    let mut speaker_ids = HashMap::new();
    for sp in &content.speakers {
        let existing: Option<i64> = speakers::table
            .filter(speakers::slug.eq(sp.slug.as_str()))
            .select(speakers::id)
            .first(c)
            .optional()?;
        let id = match existing {
            Some(id) => id,
            None => {
                diesel::insert_into(speakers::table)
                    .values((
                        speakers::slug.eq(sp.slug.as_str()),
                        speakers::name.eq(&sp.name),
                        speakers::affiliation.eq(&sp.affiliation),
                        speakers::bio.eq(&sp.bio),
                        speakers::is_demo.eq(sp.is_demo),
                    ))
                    .execute(c)?;
                speakers::table
                    .filter(speakers::slug.eq(sp.slug.as_str()))
                    .select(speakers::id)
                    .first(c)?
            }
        };
        speaker_ids.insert(sp.slug.as_str().to_owned(), id);
    }

    for session in &content.sessions {
        let number = i32::try_from(session.number)
            .map_err(|_| StorageError::Reference(format!("session number {}", session.number)))?;
        diesel::insert_into(sessions::table)
            .values((
                sessions::series_id.eq(series_id),
                sessions::number.eq(number),
                sessions::title.eq(&session.title),
                sessions::summary.eq(&session.summary),
                sessions::starts_at.eq(session.starts_at.as_second()),
                sessions::ends_at.eq(session.ends_at.as_second()),
                sessions::time_zone.eq(session.time_zone.as_str()),
                sessions::precision.eq(session.precision.as_str()),
                sessions::format.eq(session.format.as_str()),
                sessions::venue.eq(session.venue.as_deref()),
                sessions::status.eq(session.status.as_str()),
                sessions::is_demo.eq(session.is_demo),
                sessions::updated_at.eq(now),
            ))
            .execute(c)?;
        let session_id: i64 = sessions::table
            .filter(sessions::series_id.eq(series_id))
            .filter(sessions::number.eq(number))
            .select(sessions::id)
            .first(c)?;
        put_translations(c, &format!("session:{session_id}"), Lang::En, &session.translations)?;
        if let Some(reg) = &session.registration {
            insert_registration_settings(c, session_id, reg)?;
        }
        for (position, topic) in (1..).zip(&session.topics) {
            let topic_id = *topic_ids
                .get(topic.as_str())
                .ok_or_else(|| StorageError::Reference(format!("topic {topic}")))?;
            diesel::insert_into(session_topics::table)
                .values((
                    session_topics::session_id.eq(session_id),
                    session_topics::topic_id.eq(topic_id),
                    session_topics::position.eq(position),
                ))
                .execute(c)?;
        }
        for (position, item) in (1..).zip(&session.agenda) {
            diesel::insert_into(agenda_items::table)
                .values((
                    agenda_items::session_id.eq(session_id),
                    agenda_items::position.eq(position),
                    agenda_items::starts_at.eq(item.starts_at.as_second()),
                    agenda_items::ends_at.eq(item.ends_at.as_second()),
                    agenda_items::kind.eq(item.kind.as_str()),
                    agenda_items::title.eq(&item.title),
                    agenda_items::description.eq(&item.description),
                ))
                .execute(c)?;
            let item_id: i64 = agenda_items::table
                .filter(agenda_items::session_id.eq(session_id))
                .filter(agenda_items::position.eq(position))
                .select(agenda_items::id)
                .first(c)?;
            for (p, (slug, role)) in (1..).zip(&item.people) {
                let speaker_id = *speaker_ids
                    .get(slug.as_str())
                    .ok_or_else(|| StorageError::Reference(format!("speaker {slug}")))?;
                diesel::insert_into(agenda_item_speakers::table)
                    .values((
                        agenda_item_speakers::agenda_item_id.eq(item_id),
                        agenda_item_speakers::speaker_id.eq(speaker_id),
                        agenda_item_speakers::role.eq(role.as_str()),
                        agenda_item_speakers::position.eq(p),
                    ))
                    .execute(c)?;
            }
        }
    }
    Ok(series_id)
}

fn insert_registration_settings(
    c: &mut DbConnection,
    session_id: i64,
    reg: &convene_domain::NewRegistrationSettings,
) -> Result<(), StorageError> {
    put_window(c, session_id, &reg.window)?;
    for link in &reg.join_links {
        put_join_link(c, session_id, link)?;
    }
    for q in &reg.questions {
        push_question(c, session_id, q)?;
    }
    Ok(())
}
