//! Editing series and sessions from the back office. Every change is one transaction that
//! checks the record's version, writes the record and its translations, appends a revision
//! of its public texts and an audit entry; creations also remember the form's key, so a form
//! sent twice creates one record.

use convene_domain::{
    FieldError, FieldErrors, LifecycleError, Series, Session, SessionDraft, SessionStatus, Slug,
    Texts,
};
use diesel::prelude::*;
use jiff::Timestamp;
use serde_json::json;

use crate::accounts::{Actor, audit};
use crate::rows::{SeriesRow, SessionRow};
use crate::schema::{registrations, series, session_topics, sessions, topics};
use crate::texts::{put_translations, record_revision, remember_key, translations_of};
use crate::{DbConnection, StorageError, Store};

/// What became of an edit.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved<T> {
    /// Applied.
    Done(T),
    /// This form was already handled; its answer went here.
    Repeat(String),
    /// Someone changed the record since the form was shown; nothing applied.
    Stale,
    /// No such record.
    Missing,
    /// The input conflicts with stored records (a number or slug in use).
    Invalid(FieldErrors),
    /// The lifecycle does not allow it.
    Refused(LifecycleError),
}

/// Who is editing, and the creation form's one-time key.
#[derive(Debug, Clone)]
pub struct Editor {
    /// For the audit log and revisions.
    pub actor: Actor,
    /// The account whose form keys these are.
    pub user_id: i64,
    /// The creation form's key, if it carried one.
    pub key: Option<String>,
}

/// A session with what its edit page needs.
#[derive(Debug, Clone)]
pub struct EditableSession {
    /// The session.
    pub session: Session,
    /// Its series.
    pub series: Series,
    /// The version an edit form must name.
    pub version: i32,
    /// The language its texts are written in.
    pub language: String,
    /// Its texts in every language.
    pub texts: Texts,
    /// How many registrations it has (any state).
    pub registrations: u64,
}

/// A series with what its edit page needs.
#[derive(Debug, Clone)]
pub struct EditableSeries {
    /// The series.
    pub series: Series,
    /// The version an edit form must name.
    pub version: i32,
    /// The language its texts are written in.
    pub language: String,
    /// Its texts in every language.
    pub texts: Texts,
    /// Its sessions, any status, newest first, with their registration counts.
    pub sessions: Vec<(Session, u64)>,
}

/// `session:12`, as revisions, translations and the audit log name a session.
pub fn session_subject(id: i64) -> String {
    format!("session:{id}")
}

/// `series:1`.
pub fn series_subject(id: i64) -> String {
    format!("series:{id}")
}

fn with_own(mut texts: Texts, own: &str, fields: &[(&str, &str)]) -> Texts {
    for (f, v) in fields {
        texts.entry((*f).to_owned()).or_default().insert(own.to_owned(), (*v).to_owned());
    }
    texts
}

fn registration_count(c: &mut DbConnection, session_id: i64) -> Result<u64, StorageError> {
    let n: i64 = registrations::table
        .filter(registrations::session_id.eq(session_id))
        .count()
        .get_result(c)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

pub(crate) fn load_session(
    c: &mut DbConnection,
    id: i64,
) -> Result<Option<EditableSession>, StorageError> {
    let row: Option<(SessionRow, SeriesRow, i32, String)> = sessions::table
        .inner_join(series::table)
        .filter(sessions::id.eq(id))
        .select((
            SessionRow::as_select(),
            SeriesRow::as_select(),
            sessions::version,
            sessions::language,
        ))
        .first(c)
        .optional()?;
    let Some((row, series_row, version, language)) = row else { return Ok(None) };
    let session = crate::read::with_topics(c, vec![row])?.remove(0);
    let subject = session_subject(session.id);
    let texts = with_own(
        translations_of(c, &subject)?,
        &language,
        &[("title", &session.title), ("summary", &session.summary)],
    );
    let registrations = registration_count(c, id)?;
    Ok(Some(EditableSession {
        series: Series::try_from(series_row)?,
        session,
        version,
        language,
        texts,
        registrations,
    }))
}

pub(crate) fn session_snapshot(s: &EditableSession) -> String {
    json!({
        "number": s.session.number,
        "status": s.session.status.as_str(),
        "starts_at": s.session.starts_at.to_string(),
        "ends_at": s.session.ends_at.to_string(),
        "time_zone": s.session.time_zone.as_str(),
        "precision": s.session.precision.as_str(),
        "format": s.session.format.as_str(),
        "venue": s.session.venue,
        "language": s.language,
        "topics": s.session.topics.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>(),
        "texts": s.texts,
    })
    .to_string()
}

/// Bumps a session's version if it is still `version`: the check every session edit starts with.
pub(crate) fn claim_session(
    c: &mut DbConnection,
    id: i64,
    version: i32,
    now: i64,
) -> Result<Option<Saved<()>>, StorageError> {
    let n = diesel::update(
        sessions::table.filter(sessions::id.eq(id)).filter(sessions::version.eq(version)),
    )
    .set((sessions::version.eq(version + 1), sessions::updated_at.eq(now)))
    .execute(c)?;
    if n == 1 {
        return Ok(None);
    }
    let exists: i64 = sessions::table.filter(sessions::id.eq(id)).count().get_result(c)?;
    Ok(Some(if exists == 0 { Saved::Missing } else { Saved::Stale }))
}

/// Within a session edit: re-reads, audits and records the revision of its texts.
pub(crate) fn finish_session_edit(
    c: &mut DbConnection,
    actor: Actor,
    action: &str,
    before: &EditableSession,
    now: i64,
) -> Result<EditableSession, StorageError> {
    let after = load_session(c, before.session.id)?
        .ok_or_else(|| StorageError::Reference("session".into()))?;
    let subject = session_subject(after.session.id);
    record_revision(c, &subject, actor, &after.language, &after.texts, now)?;
    audit(
        c,
        actor,
        action,
        &subject,
        Some(session_snapshot(before)),
        Some(session_snapshot(&after)),
        now,
    )?;
    Ok(after)
}

fn number_taken(
    c: &mut DbConnection,
    series_id: i64,
    number: u32,
    except: i64,
) -> Result<bool, StorageError> {
    let n: i64 = sessions::table
        .filter(sessions::series_id.eq(series_id))
        .filter(sessions::number.eq(i32::try_from(number).unwrap_or(i32::MAX)))
        .filter(sessions::id.ne(except))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}

fn write_session(c: &mut DbConnection, id: i64, d: &SessionDraft) -> Result<(), StorageError> {
    diesel::update(sessions::table.find(id))
        .set((
            sessions::number.eq(i32::try_from(d.number).unwrap_or(i32::MAX)),
            sessions::title.eq(&d.title),
            sessions::summary.eq(&d.summary),
            sessions::starts_at.eq(d.starts_at.as_second()),
            sessions::ends_at.eq(d.ends_at.as_second()),
            sessions::time_zone.eq(d.time_zone.as_str()),
            sessions::precision.eq(d.precision.as_str()),
            sessions::format.eq(d.format.as_str()),
            sessions::venue.eq(d.venue.as_deref()),
            sessions::language.eq(d.language),
        ))
        .execute(c)?;
    put_translations(c, &session_subject(id), d.language, &d.texts)?;
    put_topics(c, id, &d.topics)
}

/// Replaces a session's topic tags; creates those given with a name. `false` when one names
/// no topic and has no name to create it with.
fn put_topics(
    c: &mut DbConnection,
    id: i64,
    tags: &[(Slug, Option<String>)],
) -> Result<(), StorageError> {
    diesel::delete(session_topics::table.filter(session_topics::session_id.eq(id))).execute(c)?;
    for (position, (slug, name)) in (1..).zip(tags) {
        let found: Option<i64> = topics::table
            .filter(topics::slug.eq(slug.as_str()))
            .select(topics::id)
            .first(c)
            .optional()?;
        let topic = match (found, name) {
            (Some(t), _) => t,
            (None, Some(name)) => {
                diesel::insert_into(topics::table)
                    .values((topics::slug.eq(slug.as_str()), topics::name.eq(name)))
                    .execute(c)?;
                topics::table.filter(topics::slug.eq(slug.as_str())).select(topics::id).first(c)?
            }
            (None, None) => {
                return Err(StorageError::Refused(Box::new(Saved::Invalid(FieldErrors(vec![(
                    "topics".into(),
                    FieldError::UnknownTopic,
                )])))));
            }
        };
        diesel::insert_into(session_topics::table)
            .values((
                session_topics::session_id.eq(id),
                session_topics::topic_id.eq(topic),
                session_topics::position.eq(position),
            ))
            .execute(c)?;
    }
    Ok(())
}

/// A session's agenda as the audit log records it.
pub(crate) fn agenda_json(c: &mut DbConnection, session_id: i64) -> Result<String, StorageError> {
    let items = crate::read::agenda_of(c, session_id)?;
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

/// Series (all, or the one with id `only`) with their sessions of any status and each
/// session's registration count (one grouped count, not one per session).
pub(crate) fn load_series(
    c: &mut DbConnection,
    only: Option<i64>,
) -> Result<Vec<EditableSeries>, StorageError> {
    let mut q = series::table
        .order(series::id)
        .select((SeriesRow::as_select(), series::version, series::language))
        .into_boxed();
    if let Some(id) = only {
        q = q.filter(series::id.eq(id));
    }
    let rows: Vec<(SeriesRow, i32, String)> = q.load(c)?;
    let ids: Vec<i64> = rows.iter().map(|(r, ..)| r.id()).collect();
    let counts: Vec<(i64, i64)> = registrations::table
        .inner_join(sessions::table)
        .filter(sessions::series_id.eq_any(&ids))
        .group_by(registrations::session_id)
        .select((registrations::session_id, diesel::dsl::count_star()))
        .load(c)?;
    let counts: std::collections::HashMap<i64, i64> = counts.into_iter().collect();
    let mut all = Vec::new();
    for (row, version, language) in rows {
        let series = Series::try_from(row)?;
        let session_rows: Vec<SessionRow> = sessions::table
            .filter(sessions::series_id.eq(series.id))
            .order((sessions::starts_at.desc(), sessions::id.desc()))
            .select(SessionRow::as_select())
            .load(c)?;
        let sessions = crate::read::with_topics(c, session_rows)?
            .into_iter()
            .map(|s| {
                let n = counts.get(&s.id).copied().unwrap_or(0);
                (s, u64::try_from(n).unwrap_or(0))
            })
            .collect();
        let texts = with_own(
            translations_of(c, &series_subject(series.id))?,
            &language,
            &[("title", &series.title), ("description", &series.description)],
        );
        all.push(EditableSeries { series, version, language, texts, sessions });
    }
    Ok(all)
}

/// The session page an editor goes to after a change.
pub fn session_location(id: i64) -> String {
    format!("/admin/sessions/{id}")
}

impl Store {
    /// A session of any status, with what its edit page needs.
    pub async fn editable_session(&self, id: i64) -> Result<Option<EditableSession>, StorageError> {
        self.run(move |c| load_session(c, id)).await
    }

    /// A session's agenda whatever its status, for the back office.
    pub async fn agenda(
        &self,
        session_id: i64,
    ) -> Result<Vec<convene_domain::AgendaItem>, StorageError> {
        self.run(move |c| crate::read::agenda_of(c, session_id)).await
    }

    /// Every series with its sessions of any status, for the back office.
    pub async fn editable_series(&self) -> Result<Vec<EditableSeries>, StorageError> {
        self.run(|c| load_series(c, None)).await
    }

    /// Creates a session as a draft (invisible to the public until announced).
    pub async fn create_session(
        &self,
        editor: Editor,
        series_id: i64,
        draft: SessionDraft,
        now: Timestamp,
    ) -> Result<Saved<i64>, StorageError> {
        self.write(move |c| {
            if let Some(location) = crate::texts::earlier_answer(c, &editor)? {
                return Ok(Saved::Repeat(location));
            }
            if number_taken(c, series_id, draft.number, -1)? {
                return Ok(Saved::Invalid(FieldErrors(vec![(
                    "number".into(),
                    FieldError::NumberTaken,
                )])));
            }
            let number = i32::try_from(draft.number).unwrap_or(i32::MAX);
            diesel::insert_into(sessions::table)
                .values((
                    sessions::series_id.eq(series_id),
                    sessions::number.eq(number),
                    sessions::title.eq(&draft.title),
                    sessions::summary.eq(""),
                    sessions::starts_at.eq(draft.starts_at.as_second()),
                    sessions::ends_at.eq(draft.ends_at.as_second()),
                    sessions::time_zone.eq(draft.time_zone.as_str()),
                    sessions::precision.eq(draft.precision.as_str()),
                    sessions::format.eq(draft.format.as_str()),
                    sessions::status.eq(SessionStatus::Draft.as_str()),
                    sessions::is_demo.eq(false),
                    sessions::updated_at.eq(now.as_second()),
                ))
                .execute(c)?;
            let id: i64 = sessions::table
                .filter(sessions::series_id.eq(series_id))
                .filter(sessions::number.eq(number))
                .select(sessions::id)
                .first(c)?;
            write_session(c, id, &draft)?;
            let after =
                load_session(c, id)?.ok_or_else(|| StorageError::Reference("session".into()))?;
            let subject = session_subject(id);
            record_revision(
                c,
                &subject,
                editor.actor,
                &after.language,
                &after.texts,
                now.as_second(),
            )?;
            audit(
                c,
                editor.actor,
                "session.create",
                &subject,
                None,
                Some(session_snapshot(&after)),
                now.as_second(),
            )?;
            if let Some(key) = &editor.key {
                remember_key(c, editor.user_id, key, &session_location(id), now.as_second())?;
            }
            Ok(Saved::Done(id))
        })
        .await
        .or_else(rolled_back)
    }

    /// Saves a session's fields and texts if it is still at `version`.
    pub async fn update_session(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        draft: SessionDraft,
        now: Timestamp,
    ) -> Result<Saved<EditableSession>, StorageError> {
        self.write(move |c| {
            let Some(before) = load_session(c, id)? else { return Ok(Saved::Missing) };
            if let Some(refused) = claim_session(c, id, version, now.as_second())? {
                return Ok(match refused {
                    Saved::Missing => Saved::Missing,
                    _ => Saved::Stale,
                });
            }
            if number_taken(c, before.session.series_id, draft.number, id)? {
                return Ok(Saved::Invalid(FieldErrors(vec![(
                    "number".into(),
                    FieldError::NumberTaken,
                )])));
            }
            write_session(c, id, &draft)?;
            Ok(Saved::Done(finish_session_edit(
                c,
                actor,
                "session.update",
                &before,
                now.as_second(),
            )?))
        })
        .await
        .or_else(rolled_back)
    }
}

/// A change refused part-way (its transaction rolled back, see [`StorageError::Refused`]) as
/// the outcome the caller reports; other errors stay errors.
pub(crate) fn rolled_back<T>(e: StorageError) -> Result<Saved<T>, StorageError> {
    match e {
        StorageError::Refused(saved) => match *saved {
            Saved::Invalid(f) => Ok(Saved::Invalid(f)),
            Saved::Refused(l) => Ok(Saved::Refused(l)),
            Saved::Repeat(to) => Ok(Saved::Repeat(to)),
            Saved::Stale => Ok(Saved::Stale),
            Saved::Missing | Saved::Done(()) => Ok(Saved::Missing),
        },
        e => Err(e),
    }
}

pub(crate) fn refused_as<T>(refused: Saved<()>) -> Saved<T> {
    match refused {
        Saved::Missing => Saved::Missing,
        _ => Saved::Stale,
    }
}
