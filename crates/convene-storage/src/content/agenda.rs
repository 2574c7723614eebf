//! Editing a session's agenda (items, their order, their speakers, a whole imported agenda).
//! Agenda edits are versioned with their session: each goes through the session's version
//! check (`edit.rs`), so two editors of one agenda cannot overwrite each other.

use convene_domain::AuditAction;
use std::collections::HashMap;

use convene_domain::{AgendaDraft, FieldError, FieldErrors, Lang, Texts};
use diesel::prelude::*;
use jiff::Timestamp;
use serde_json::json;

use crate::Actor;
use crate::content::edit::{Change, Saved, Subject, claim, record, refuse, rolled_back};
use crate::content::public::agenda_of;
use crate::content::texts::{
    drop_translations, put_translations, record_revision, translations_of,
};
use crate::schema::{agenda_item_speakers, agenda_items, sessions, speakers};
use crate::{Content, DbConnection, StorageError};

/// `agenda:40`.
pub fn agenda_subject(id: i64) -> String {
    format!("agenda:{id}")
}

/// How an agenda changes.
#[derive(Debug, Clone)]
pub enum AgendaChange {
    /// A new item at the end.
    Add(AgendaDraft),
    /// New content for an item.
    Edit(i64, AgendaDraft),
    /// Removes an item.
    Delete(i64),
    /// Swaps an item with the one before (`true`) or after it.
    Move(i64, bool),
    /// Replaces the whole agenda (an import).
    Replace(Vec<AgendaDraft>),
}

fn speaker_ids(
    c: &mut DbConnection,
    drafts: &[&AgendaDraft],
) -> Result<Result<HashMap<String, i64>, FieldErrors>, StorageError> {
    let slugs: Vec<String> =
        drafts.iter().flat_map(|d| d.people.iter().map(|(s, _)| s.as_str().to_owned())).collect();
    let found: Vec<(String, i64)> = speakers::table
        .filter(speakers::slug.eq_any(&slugs))
        .select((speakers::slug, speakers::id))
        .load(c)?;
    let found: HashMap<String, i64> = found.into_iter().collect();
    if let Some(missing) = slugs.iter().find(|s| !found.contains_key(*s)) {
        let e = FieldError::SpeakerNotFound(missing.clone());
        return Ok(Err(FieldErrors(vec![("speakers".into(), e)])));
    }
    Ok(Ok(found))
}

fn write_item(
    c: &mut DbConnection,
    session_id: i64,
    id: Option<i64>,
    position: i32,
    d: &AgendaDraft,
    own: Lang,
    ids: &HashMap<String, i64>,
) -> Result<i64, StorageError> {
    let values = (
        agenda_items::starts_at.eq(d.starts_at.as_second()),
        agenda_items::ends_at.eq(d.ends_at.as_second()),
        agenda_items::kind.eq(d.kind.as_str()),
        agenda_items::title.eq(&d.title),
        agenda_items::description.eq(&d.description),
    );
    let id = match id {
        Some(id) => {
            diesel::update(agenda_items::table.find(id)).set(values).execute(c)?;
            id
        }
        None => {
            diesel::insert_into(agenda_items::table)
                .values((
                    agenda_items::session_id.eq(session_id),
                    agenda_items::position.eq(position),
                    values,
                ))
                .execute(c)?;
            agenda_items::table
                .filter(agenda_items::session_id.eq(session_id))
                .filter(agenda_items::position.eq(position))
                .select(agenda_items::id)
                .first(c)?
        }
    };
    diesel::delete(agenda_item_speakers::table.filter(agenda_item_speakers::agenda_item_id.eq(id)))
        .execute(c)?;
    for (p, (slug, role)) in (1..).zip(&d.people) {
        diesel::insert_into(agenda_item_speakers::table)
            .values((
                agenda_item_speakers::agenda_item_id.eq(id),
                agenda_item_speakers::speaker_id.eq(ids[slug.as_str()]),
                agenda_item_speakers::role.eq(role.as_str()),
                agenda_item_speakers::position.eq(p),
            ))
            .execute(c)?;
    }
    let subject = agenda_subject(id);
    put_translations(c, &subject, own, &d.texts)?;
    Ok(id)
}

/// Items of a session in order: (id, position).
fn items(c: &mut DbConnection, session_id: i64) -> Result<Vec<(i64, i32)>, StorageError> {
    Ok(agenda_items::table
        .filter(agenda_items::session_id.eq(session_id))
        .order(agenda_items::position)
        .select((agenda_items::id, agenda_items::position))
        .load(c)?)
}

/// Renumbers items 1..n in the given order, through negative positions so the unique
/// (session, position) index never sees two items at one place.
fn renumber(c: &mut DbConnection, order: &[i64]) -> Result<(), StorageError> {
    for (p, id) in (1..).zip(order) {
        diesel::update(agenda_items::table.find(id))
            .set(agenda_items::position.eq(-p))
            .execute(c)?;
    }
    for (p, id) in (1..).zip(order) {
        diesel::update(agenda_items::table.find(id))
            .set(agenda_items::position.eq(p))
            .execute(c)?;
    }
    Ok(())
}

fn delete_item(c: &mut DbConnection, id: i64) -> Result<(), StorageError> {
    drop_translations(c, &agenda_subject(id))?;
    diesel::delete(agenda_items::table.find(id)).execute(c)?;
    Ok(())
}

fn apply(
    c: &mut DbConnection,
    actor: Actor,
    session_id: i64,
    own: Lang,
    change: &AgendaChange,
    now: i64,
) -> Result<Saved<()>, StorageError> {
    let current = items(c, session_id)?;
    let known = |id: &i64| current.iter().any(|(i, _)| i == id);
    let drafts: Vec<&AgendaDraft> = match change {
        AgendaChange::Add(d) | AgendaChange::Edit(_, d) => vec![d],
        AgendaChange::Replace(all) => all.iter().collect(),
        _ => Vec::new(),
    };
    let ids = match speaker_ids(c, &drafts)? {
        Ok(ids) => ids,
        Err(e) => return Ok(Saved::Invalid(e)),
    };
    let mut touched = Vec::new();
    match change {
        AgendaChange::Add(d) => {
            let next = current.last().map_or(1, |(_, p)| p + 1);
            touched.push(write_item(c, session_id, None, next, d, own, &ids)?);
        }
        AgendaChange::Edit(id, d) if known(id) => {
            touched.push(write_item(c, session_id, Some(*id), 0, d, own, &ids)?);
        }
        AgendaChange::Delete(id) if known(id) => {
            delete_item(c, *id)?;
            let rest: Vec<i64> = current.iter().map(|(i, _)| *i).filter(|i| i != id).collect();
            renumber(c, &rest)?;
        }
        AgendaChange::Move(id, up) if known(id) => {
            let mut order: Vec<i64> = current.iter().map(|(i, _)| *i).collect();
            let at = order.iter().position(|i| i == id).unwrap_or(0);
            let other =
                if *up { at.checked_sub(1) } else { Some(at + 1).filter(|o| *o < order.len()) };
            if let Some(other) = other {
                order.swap(at, other);
                renumber(c, &order)?;
            }
        }
        AgendaChange::Replace(all) => {
            for (id, _) in &current {
                delete_item(c, *id)?;
            }
            for (p, d) in (1..).zip(all) {
                touched.push(write_item(c, session_id, None, p, d, own, &ids)?);
            }
        }
        _ => return Ok(Saved::Missing),
    }
    for id in touched {
        let texts = with_own_item(c, id, own)?;
        record_revision(c, &agenda_subject(id), actor, own, &texts, now)?;
    }
    Ok(Saved::Done(()))
}

/// A session's agenda as the audit log records it.
fn agenda_json(c: &mut DbConnection, session_id: i64) -> Result<String, StorageError> {
    let items = agenda_of(c, session_id)?;
    let items: Vec<_> = items
        .iter()
        .map(|i| {
            let people: Vec<_> =
                i.people.iter().map(|p| format!("{}:{}", p.speaker.slug, p.role)).collect();
            json!({
                "position": i.position,
                "starts_at": i.starts_at.to_string(),
                "ends_at": i.ends_at.to_string(),
                "kind": i.kind.as_str(),
                "title": i.title,
                "description": i.description,
                "people": people,
            })
        })
        .collect();
    Ok(serde_json::Value::from(items).to_string())
}

fn with_own_item(c: &mut DbConnection, id: i64, own: Lang) -> Result<Texts, StorageError> {
    let (title, description): (String, String) = agenda_items::table
        .find(id)
        .select((agenda_items::title, agenda_items::description))
        .first(c)?;
    let mut texts = translations_of(c, &agenda_subject(id))?;
    texts.entry("title".into()).or_default().insert(own, title);
    texts.entry("description".into()).or_default().insert(own, description);
    Ok(texts)
}

impl Content<'_> {
    /// Changes a session's agenda if the session is still at `version`; all or nothing.
    pub async fn change_agenda(
        &self,
        actor: Actor,
        session_id: i64,
        version: i32,
        change: AgendaChange,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let subject = Subject::Session(session_id);
            if let Some(refused) = claim(c, subject, version, now.as_second())?.refused() {
                return Ok(refused);
            }
            let own: String =
                sessions::table.find(session_id).select(sessions::language).first(c)?;
            let own: Lang = crate::rows::parse("language", &own)?;
            let before = agenda_json(c, session_id)?;
            let result = apply(c, actor, session_id, own, &change, now.as_second())?;
            if result != Saved::Done(()) {
                // Nothing of a refused change may stay: roll the transaction back.
                return refuse(result);
            }
            let action = match change {
                AgendaChange::Add(_) => AuditAction::AgendaAdd,
                AgendaChange::Edit(..) => AuditAction::AgendaEdit,
                AgendaChange::Delete(_) => AuditAction::AgendaDelete,
                AgendaChange::Move(..) => AuditAction::AgendaMove,
                AgendaChange::Replace(_) => AuditAction::AgendaImport,
            };
            let after = Some(agenda_json(c, session_id)?);
            let change =
                Change { actor, action, subject, before: Some(before), after, texts: None };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
        .or_else(rolled_back)
    }

    /// The session an agenda item belongs to.
    pub async fn agenda_item_session(&self, id: i64) -> Result<Option<i64>, StorageError> {
        self.run(move |c| {
            Ok(agenda_items::table.find(id).select(agenda_items::session_id).first(c).optional()?)
        })
        .await
    }

    /// The texts of every item of a session's agenda, in every language, in one task.
    pub async fn agenda_texts(
        &self,
        session_id: i64,
        own: Lang,
    ) -> Result<Vec<Texts>, StorageError> {
        self.run(move |c| {
            items(c, session_id)?.into_iter().map(|(id, _)| with_own_item(c, id, own)).collect()
        })
        .await
    }

    /// An agenda item's texts in every language, for its edit form.
    pub async fn agenda_item_texts(&self, id: i64, own: Lang) -> Result<Texts, StorageError> {
        self.run(move |c| with_own_item(c, id, own)).await
    }
}
