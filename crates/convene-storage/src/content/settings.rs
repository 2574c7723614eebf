//! Organisers' registration settings of a session: window and capacities, join links, custom
//! questions. Used when a series is loaded, by the `convene registration` command, and by the
//! back office, where they are versioned with their session (`edit.rs`). A larger capacity
//! seats people from the waiting list through the seat counter (`registrations/places.rs`).

use convene_domain::AuditAction;
use convene_domain::{AttendanceMode, JoinLink, NewQuestion, RegistrationWindow};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::Actor;
use crate::content::edit::{Change, Saved, Subject, claim, record};
use crate::registrations::places::fill_from_waitlist;
use crate::schema::{join_links, questions, registration_windows};
use crate::{Content, DbConnection, StorageError};

fn capacity(n: Option<u32>) -> Option<i32> {
    n.map(|n| i32::try_from(n).unwrap_or(i32::MAX))
}

/// Sets the window and capacities, keeping the places already taken.
pub(crate) fn put_window(
    c: &mut DbConnection,
    session_id: i64,
    w: &RegistrationWindow,
) -> Result<(), StorageError> {
    use registration_windows as rw;
    let values = (
        rw::opens_at.eq(w.opens_at.as_second()),
        rw::closes_at.eq(w.closes_at.as_second()),
        rw::capacity_in_person.eq(capacity(w.capacity_in_person)),
        rw::capacity_online.eq(capacity(w.capacity_online)),
    );
    if diesel::update(rw::table.find(session_id)).set(values).execute(c)? == 0 {
        diesel::insert_into(rw::table)
            .values((rw::session_id.eq(session_id), values))
            .execute(c)?;
    }
    Ok(())
}

/// Sets (or replaces) the join link of one channel.
pub(crate) fn put_join_link(
    c: &mut DbConnection,
    session_id: i64,
    link: &JoinLink,
) -> Result<(), StorageError> {
    let target = join_links::table
        .filter(join_links::session_id.eq(session_id))
        .filter(join_links::language.eq(&link.language));
    if diesel::update(target).set(join_links::url.eq(&link.url)).execute(c)? == 0 {
        diesel::insert_into(join_links::table)
            .values((
                join_links::session_id.eq(session_id),
                join_links::language.eq(&link.language),
                join_links::url.eq(&link.url),
            ))
            .execute(c)?;
    }
    Ok(())
}

/// Adds a question after the existing ones; returns its id.
pub(crate) fn push_question(
    c: &mut DbConnection,
    session_id: i64,
    q: &NewQuestion,
) -> Result<i64, StorageError> {
    let last: Option<i32> = questions::table
        .filter(questions::session_id.eq(session_id))
        .select(diesel::dsl::max(questions::position))
        .first(c)?;
    let position = last.unwrap_or(0) + 1;
    diesel::insert_into(questions::table)
        .values((
            questions::session_id.eq(session_id),
            questions::position.eq(position),
            questions::kind.eq(q.kind.as_str()),
            questions::label.eq(&q.label),
            questions::choices.eq(q.choices.join("\n")),
            questions::required.eq(q.required),
        ))
        .execute(c)?;
    Ok(questions::table
        .filter(questions::session_id.eq(session_id))
        .filter(questions::position.eq(position))
        .select(questions::id)
        .first(c)?)
}

impl Content<'_> {
    /// Sets a session's registration window and capacities, keeping the places already taken;
    /// a larger capacity immediately seats people from the waiting list.
    pub async fn set_registration_window(
        &self,
        session_id: i64,
        w: RegistrationWindow,
        now: Timestamp,
    ) -> Result<(), StorageError> {
        self.write(move |c| {
            put_window(c, session_id, &w)?;
            for mode in AttendanceMode::ALL {
                fill_from_waitlist(c, session_id, *mode, now.as_second())?;
            }
            Ok(())
        })
        .await
    }

    /// Sets (or replaces) the join link of one interpretation channel.
    pub async fn set_join_link(&self, session_id: i64, link: JoinLink) -> Result<(), StorageError> {
        self.write(move |c| put_join_link(c, session_id, &link)).await
    }

    /// Adds a custom question after the existing ones; returns its id.
    pub async fn add_question(&self, session_id: i64, q: NewQuestion) -> Result<i64, StorageError> {
        self.write(move |c| push_question(c, session_id, &q)).await
    }

    /// A session's join links, for organisers only (participants reach theirs through a
    /// [`crate::Registrant`]).
    pub async fn session_join_links(&self, session_id: i64) -> Result<Vec<JoinLink>, StorageError> {
        self.run(move |c| {
            let rows: Vec<(String, String)> = join_links::table
                .filter(join_links::session_id.eq(session_id))
                .select((join_links::language, join_links::url))
                .load(c)?;
            Ok(in_channel_order(rows))
        })
        .await
    }

    /// Saves a session's window, capacities and join links from the back office if the session
    /// is still at `version`. A larger capacity seats people from the waiting list at once;
    /// removing the window keeps existing registrations.
    pub async fn save_registration_settings(
        &self,
        actor: Actor,
        session_id: i64,
        version: i32,
        draft: convene_domain::RegistrationSettingsDraft,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let before = settings_json(c, session_id)?;
            if let Some(refused) =
                claim(c, Subject::Session(session_id), version, now.as_second())?.refused()
            {
                return Ok(refused);
            }
            match &draft.window {
                Some(w) => {
                    put_window(c, session_id, w)?;
                    for mode in AttendanceMode::ALL {
                        fill_from_waitlist(c, session_id, *mode, now.as_second())?;
                    }
                }
                None => {
                    diesel::delete(registration_windows::table.find(session_id)).execute(c)?;
                }
            }
            diesel::delete(join_links::table.filter(join_links::session_id.eq(session_id)))
                .execute(c)?;
            for link in &draft.join_links {
                put_join_link(c, session_id, link)?;
            }
            let after = Some(settings_json(c, session_id)?);
            let subject = Subject::Session(session_id);
            let action = AuditAction::SessionRegistration;
            let change =
                Change { actor, action, subject, before: Some(before), after, texts: None };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
    }

    /// Adds a custom registration question after the others, if the session is still at
    /// `version`.
    pub async fn add_session_question(
        &self,
        actor: Actor,
        session_id: i64,
        version: i32,
        q: NewQuestion,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            if let Some(refused) = claim(c, Subject::Session(session_id), version, now.as_second())?.refused() {
                return Ok(refused);
            }
            let id = push_question(c, session_id, &q)?;
            let after = serde_json::json!({ "id": id, "label": q.label, "kind": q.kind.as_str(), "choices": q.choices, "required": q.required });
            let change = Change {
                actor,
                action: AuditAction::QuestionAdd,
                subject: Subject::Session(session_id),
                before: None,
                after: Some(after.to_string()),
                texts: None,
            };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
    }

    /// Removes a question nobody has answered yet (answers are registrants' data: a question
    /// with answers stays).
    pub async fn delete_session_question(
        &self,
        actor: Actor,
        session_id: i64,
        version: i32,
        question_id: i64,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        use crate::schema::answers;
        self.write(move |c| {
            let label: Option<String> = questions::table
                .filter(questions::id.eq(question_id))
                .filter(questions::session_id.eq(session_id))
                .select(questions::label)
                .first(c)
                .optional()?;
            let Some(label) = label else { return Ok(Saved::Missing) };
            let answered: i64 = answers::table
                .filter(answers::question_id.eq(question_id))
                .count()
                .get_result(c)?;
            if answered > 0 {
                let e = convene_domain::FieldErrors(vec![(
                    String::new(),
                    convene_domain::FieldError::InUse,
                )]);
                return Ok(Saved::Invalid(e));
            }
            if let Some(refused) =
                claim(c, Subject::Session(session_id), version, now.as_second())?.refused()
            {
                return Ok(refused);
            }
            diesel::delete(questions::table.find(question_id)).execute(c)?;
            let before = serde_json::json!({ "id": question_id, "label": label });
            let change = Change {
                actor,
                action: AuditAction::QuestionDelete,
                subject: Subject::Session(session_id),
                before: Some(before.to_string()),
                after: None,
                texts: None,
            };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
    }
}

/// Join links in the order of [`convene_domain::JOIN_CHANNELS`] (floor first, then the UN
/// order), the same on both databases: without it SQLite returned them by key and PostgreSQL
/// as stored.
pub(crate) fn in_channel_order(rows: Vec<(String, String)>) -> Vec<JoinLink> {
    let mut links: Vec<JoinLink> =
        rows.into_iter().map(|(language, url)| JoinLink { language, url }).collect();
    let rank = |l: &JoinLink| convene_domain::JOIN_CHANNELS.iter().position(|c| *c == l.language);
    links.sort_by_key(|l| (rank(l).is_none(), rank(l), l.language.clone()));
    links
}

/// A session's registration settings as the audit log records them.
fn settings_json(c: &mut DbConnection, session_id: i64) -> Result<String, StorageError> {
    use registration_windows as rw;
    let w: Option<(i64, i64, Option<i32>, Option<i32>)> = rw::table
        .find(session_id)
        .select((rw::opens_at, rw::closes_at, rw::capacity_in_person, rw::capacity_online))
        .first(c)
        .optional()?;
    let links: Vec<(String, String)> = join_links::table
        .filter(join_links::session_id.eq(session_id))
        .order(join_links::language)
        .select((join_links::language, join_links::url))
        .load(c)?;
    Ok(serde_json::json!({ "window": w, "join_links": links }).to_string())
}
