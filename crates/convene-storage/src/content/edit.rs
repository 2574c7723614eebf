//! The edit pipeline every versioned content record goes through (series, sessions with their
//! agenda and settings, speakers): [`claim`] is the version check, a conditional UPDATE that
//! bumps the version only if it is still the one the form was based on; [`record`] writes what
//! every change leaves behind (a revision of the public texts, an audit entry, and for a
//! creation the form's one-time key). Each edit is one write transaction around both.

use convene_domain::AuditAction;
use convene_domain::{Lang, Texts};
use diesel::prelude::*;

use crate::audit::{Actor, audit};
pub use crate::content::outcome::{
    Saved, Subject, series_subject, session_subject, speaker_subject,
};
pub(crate) use crate::content::outcome::{refuse, rolled_back};
use crate::content::texts::{record_revision, remember_key, seen_key};
use crate::schema::{series, sessions, speakers};
use crate::{DbConnection, StorageError};

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

/// What the version check found.
#[must_use]
pub(crate) enum Claim {
    /// The version was the expected one and is now bumped: the edit may proceed.
    Held,
    /// The record is at another version.
    Stale,
    /// No such record.
    Missing,
}

impl Claim {
    /// The outcome to answer with when the edit may not proceed.
    pub(crate) fn refused<T>(self) -> Option<Saved<T>> {
        match self {
            Claim::Held => None,
            Claim::Stale => Some(Saved::Stale),
            Claim::Missing => Some(Saved::Missing),
        }
    }
}

/// `UPDATE … SET version = version + 1 WHERE id = ? AND version = ?` on the record's table.
macro_rules! bump {
    ($c:expr, $table:ident, $id:expr, $version:expr $(, $extra:expr)*) => {
        diesel::update($table::table.filter($table::id.eq($id)).filter($table::version.eq($version)))
            .set(($table::version.eq($table::version + 1), $($extra,)*))
            .execute($c)?
    };
}

/// The version check of every edit: bumps the record's version if it is still `version`, in
/// one conditional UPDATE. The rest of the edit runs after it in the same transaction, so on
/// PostgreSQL a concurrent edit of the same record waits on the row and then finds the version
/// moved (Stale) instead of overwriting; on SQLite the write transaction serialises them.
pub(crate) fn claim(
    c: &mut DbConnection,
    subject: Subject,
    version: i32,
    now: i64,
) -> Result<Claim, StorageError> {
    let n = match subject {
        Subject::Series(id) => bump!(c, series, id, version),
        Subject::Session(id) => bump!(c, sessions, id, version, sessions::updated_at.eq(now)),
        Subject::Speaker(id) => bump!(c, speakers, id, version),
    };
    if n == 1 {
        return Ok(Claim::Held);
    }
    let exists: i64 = match subject {
        Subject::Series(id) => series::table.filter(series::id.eq(id)).count().get_result(c)?,
        Subject::Session(id) => {
            sessions::table.filter(sessions::id.eq(id)).count().get_result(c)?
        }
        Subject::Speaker(id) => {
            speakers::table.filter(speakers::id.eq(id)).count().get_result(c)?
        }
    };
    Ok(if exists == 0 { Claim::Missing } else { Claim::Stale })
}

/// What a change leaves behind, written by [`record`].
pub(crate) struct Change<'a> {
    /// Who made it.
    pub actor: Actor,
    /// The audit action, e.g. `series.update`.
    pub action: AuditAction,
    /// The record changed.
    pub subject: Subject,
    /// Its audited state before (JSON), if it existed.
    pub before: Option<String>,
    /// And after, if it still exists.
    pub after: Option<String>,
    /// Its public texts now (own language, texts), for a revision; `None` when the change
    /// leaves them as they were.
    pub texts: Option<(Lang, &'a Texts)>,
}

/// Records a change inside its transaction: a revision of the texts (unless they equal the
/// latest), the audit entry, and for a creation the form's key, so the same form sent again
/// is answered with the record it created.
pub(crate) fn record(
    c: &mut DbConnection,
    change: Change<'_>,
    created_by: Option<&Editor>,
    now: i64,
) -> Result<(), StorageError> {
    let subject = change.subject.to_string();
    if let Some((language, texts)) = change.texts {
        record_revision(c, &subject, change.actor, language, texts, now)?;
    }
    audit(c, change.actor, change.action, &subject, change.before, change.after, now)?;
    if let Some(Editor { user_id, key: Some(key), .. }) = created_by {
        remember_key(c, *user_id, key, &subject, now)?;
    }
    Ok(())
}

/// The record an earlier submission of this editor's creation form created, if it was handled.
pub(crate) fn earlier_answer(
    c: &mut DbConnection,
    editor: &Editor,
) -> Result<Option<Subject>, StorageError> {
    match &editor.key {
        Some(key) => seen_key(c, editor.user_id, key)?.map(|s| s.parse()).transpose(),
        None => Ok(None),
    }
}
