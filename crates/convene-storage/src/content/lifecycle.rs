//! A session's lifecycle from the back office: status steps (cancelling emails registrants),
//! deletion of a session nobody registered for, and restoring its texts from a revision.

use convene_domain::AuditAction;
use convene_domain::{EmailKind, RegistrationStatus, SessionStatus, check_delete, transition};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::Actor;
use crate::content::agenda::agenda_subject;
use crate::content::edit::{Change, Saved, Subject, claim, record, refuse, rolled_back};
use crate::content::public::agenda_ids;
use crate::content::sessions::{finish_session_edit, load_session, session_snapshot};
use crate::content::texts::{drop_translations, put_translations};
use crate::outbox::enqueue;
use crate::schema::{registrations, sessions};
use crate::{Content, StorageError};

impl Content<'_> {
    /// Moves a session along its lifecycle. Cancelling emails every live registrant (real
    /// people only: synthetic demo records have no inbox); returns how many were emailed.
    pub async fn set_session_status(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        to: SessionStatus,
        now: Timestamp,
    ) -> Result<Saved<u64>, StorageError> {
        self.write(move |c| {
            let Some(before) = load_session(c, id)? else { return Ok(Saved::Missing) };
            if let Err(e) = transition(before.session.status, to, before.registrations) {
                return Ok(if before.version == version {
                    Saved::Refused(e)
                } else {
                    Saved::Stale
                });
            }
            if let Some(refused) =
                claim(c, Subject::Session(id), version, now.as_second())?.refused()
            {
                return Ok(refused);
            }
            diesel::update(sessions::table.find(id))
                .set(sessions::status.eq(to.as_str()))
                .execute(c)?;
            let mut emailed = 0;
            if to == SessionStatus::Cancelled {
                let ids: Vec<i64> = registrations::table
                    .filter(registrations::session_id.eq(id))
                    .filter(registrations::status.ne(RegistrationStatus::Cancelled.as_str()))
                    .filter(registrations::erased_at.is_null())
                    .filter(registrations::synthetic.eq(false))
                    .select(registrations::id)
                    .load(c)?;
                for r in &ids {
                    enqueue(c, EmailKind::SessionCancelled, *r, now.as_second(), now.as_second())?;
                }
                emailed = ids.len() as u64;
            }
            let action = AuditAction::SessionStatus(to);
            finish_session_edit(c, actor, action, Some(&before), id, None, now.as_second())?;
            Ok(Saved::Done(emailed))
        })
        .await
    }

    /// Deletes a session nobody registered for, with its agenda and settings.
    pub async fn delete_session(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let subject = Subject::Session(id);
            if let Some(refused) = claim(c, subject, version, now.as_second())?.refused() {
                return Ok(refused);
            }
            let before =
                load_session(c, id)?.ok_or_else(|| StorageError::Reference("session".into()))?;
            if let Err(e) = check_delete(before.registrations) {
                return refuse(Saved::Refused(e));
            }
            for item in agenda_ids(c, id)? {
                drop_translations(c, &agenda_subject(item))?;
            }
            drop_translations(c, &subject.to_string())?;
            diesel::delete(sessions::table.find(id)).execute(c)?;
            let change = Change {
                actor,
                action: AuditAction::SessionDelete,
                subject,
                before: Some(session_snapshot(&before)),
                after: None,
                texts: None,
            };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
        .or_else(rolled_back)
    }

    /// Restores a session's texts (every language) from one of its revisions.
    pub async fn restore_session_texts(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        revision: crate::Revision,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            if let Some(refused) =
                claim(c, Subject::Session(id), version, now.as_second())?.refused()
            {
                return Ok(refused);
            }
            let before =
                load_session(c, id)?.ok_or_else(|| StorageError::Reference("session".into()))?;
            let own = revision.language;
            let text = |f: &str| {
                revision.texts.get(f).and_then(|m| m.get(&own)).cloned().unwrap_or_default()
            };
            diesel::update(sessions::table.find(id))
                .set((
                    sessions::title.eq(text("title")),
                    sessions::summary.eq(text("summary")),
                    sessions::language.eq(own.code()),
                ))
                .execute(c)?;
            put_translations(c, &Subject::Session(id).to_string(), own, &revision.texts)?;
            finish_session_edit(
                c,
                actor,
                AuditAction::SessionRestore,
                Some(&before),
                id,
                None,
                now.as_second(),
            )?;
            Ok(Saved::Done(()))
        })
        .await
        .or_else(rolled_back)
    }
}
