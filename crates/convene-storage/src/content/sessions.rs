//! Sessions from the back office: reading one with what its edit page needs, creating one as
//! a draft and saving its fields, through the edit pipeline (`edit.rs`). Status steps,
//! deletion and restoring texts are `lifecycle.rs`'s; the agenda is `agenda.rs`'s.

use convene_domain::AuditAction;
use convene_domain::{
    FieldError, FieldErrors, Lang, Series, Session, SessionDraft, SessionStatus, Slug, Texts,
};
use diesel::prelude::*;
use jiff::Timestamp;
use serde_json::json;

use crate::Actor;
use crate::content::edit::{
    Change, Editor, Saved, Subject, claim, earlier_answer, record, refuse, rolled_back,
};
use crate::content::public::{agenda_of, with_topics};
use crate::content::texts::{check_plain, put_translations, translations_of, with_own};
use crate::rows::{SeriesRow, SessionRow};
use crate::schema::{registrations, series, session_topics, sessions, topics};
use crate::{Content, DbConnection, StorageError};

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
    pub language: Lang,
    /// Its texts in every language.
    pub texts: Texts,
    /// How many registrations it has (any state).
    pub registrations: u64,
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
    let row: Option<(SessionRow, SeriesRow, i32)> = sessions::table
        .inner_join(series::table)
        .filter(sessions::id.eq(id))
        .select((SessionRow::as_select(), SeriesRow::as_select(), sessions::version))
        .first(c)
        .optional()?;
    let Some((row, series_row, version)) = row else { return Ok(None) };
    let session = with_topics(c, vec![row])?.remove(0);
    let language = session.language;
    let texts = with_own(
        translations_of(c, &Subject::Session(session.id).to_string())?,
        language,
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

/// Ends a session edit: re-reads the session, records the revision of its texts and the
/// audit entry (`created_by` for a creation, so its form's key is remembered).
pub(crate) fn finish_session_edit(
    c: &mut DbConnection,
    actor: Actor,
    action: AuditAction,
    before: Option<&EditableSession>,
    id: i64,
    created_by: Option<&Editor>,
    now: i64,
) -> Result<EditableSession, StorageError> {
    let after = load_session(c, id)?.ok_or_else(|| StorageError::Reference("session".into()))?;
    let change = Change {
        actor,
        action,
        subject: Subject::Session(id),
        before: before.map(session_snapshot),
        after: Some(session_snapshot(&after)),
        texts: Some((after.language, &after.texts)),
    };
    record(c, change, created_by, now)?;
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
    check_plain(d.language, &[("venue", d.venue.as_deref().unwrap_or_default())])?;
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
            sessions::language.eq(d.language.code()),
        ))
        .execute(c)?;
    put_translations(c, &Subject::Session(id).to_string(), d.language, &d.texts)?;
    put_topics(c, id, d.language, &d.topics)
}

/// Replaces a session's topic tags; creates those given with a name. `false` when one names
/// no topic and has no name to create it with.
fn put_topics(
    c: &mut DbConnection,
    id: i64,
    own: Lang,
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
                check_plain(own, &[("topics", name)])?;
                diesel::insert_into(topics::table)
                    .values((topics::slug.eq(slug.as_str()), topics::name.eq(name)))
                    .execute(c)?;
                topics::table.filter(topics::slug.eq(slug.as_str())).select(topics::id).first(c)?
            }
            (None, None) => {
                return refuse(Saved::Invalid(FieldErrors(vec![(
                    "topics".into(),
                    FieldError::UnknownTopic,
                )])));
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

impl Content<'_> {
    /// A session of any status, with what its edit page needs.
    pub async fn editable_session(&self, id: i64) -> Result<Option<EditableSession>, StorageError> {
        self.run(move |c| load_session(c, id)).await
    }

    /// A session's agenda whatever its status, for the back office.
    pub async fn agenda(
        &self,
        session_id: i64,
    ) -> Result<Vec<convene_domain::AgendaItem>, StorageError> {
        self.run(move |c| agenda_of(c, session_id)).await
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
            if let Some(created) = earlier_answer(c, &editor)? {
                return Ok(Saved::Repeat(created));
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
            let t = now.as_second();
            finish_session_edit(
                c,
                editor.actor,
                AuditAction::SessionCreate,
                None,
                id,
                Some(&editor),
                t,
            )?;
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
            if let Some(refused) =
                claim(c, Subject::Session(id), version, now.as_second())?.refused()
            {
                return Ok(refused);
            }
            let before =
                load_session(c, id)?.ok_or_else(|| StorageError::Reference("session".into()))?;
            if number_taken(c, before.session.series_id, draft.number, id)? {
                return refuse(Saved::Invalid(FieldErrors(vec![(
                    "number".into(),
                    FieldError::NumberTaken,
                )])));
            }
            write_session(c, id, &draft)?;
            let t = now.as_second();
            let after = finish_session_edit(
                c,
                actor,
                AuditAction::SessionUpdate,
                Some(&before),
                id,
                None,
                t,
            )?;
            Ok(Saved::Done(after))
        })
        .await
        .or_else(rolled_back)
    }
}
