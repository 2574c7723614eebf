//! The audit log: who changed what. [`audit`] appends an entry inside the transaction of the
//! change it records; the reads filter it, newest first, a page at a time or whole for a
//! download. The database refuses any UPDATE or DELETE of it (migration 2026-11-27-000001).

use convene_domain::{AuditAction, AuditQuery, PAGE_SIZE, PageNumber};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::conn::MultiBackend;
use crate::schema::audit_log;
use crate::{Audit, DbConnection, StorageError};

/// Entries a download holds at most (newest first); the filters narrow larger logs.
pub const AUDIT_EXPORT_LIMIT: i64 = 100_000;

/// Who made a change, as the audit log names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in organiser.
    User(i64),
    /// The `convene admin` command.
    Cli,
    /// The person the account belongs to, through a link (no session).
    Owner(i64),
    /// convene itself: the waiting list filling a freed place, unverified registrations
    /// expiring.
    System,
    /// A registrant, through one of their signed links (the subject names the registration).
    Registrant,
    /// Door staff signed in with the check-in token (no account).
    Door,
    /// Someone not signed in, e.g. a failed sign-in: who typed it is not known.
    Anonymous,
}

impl Actor {
    pub(crate) fn label(self) -> String {
        match self {
            Actor::User(id) | Actor::Owner(id) => format!("user:{id}"),
            Actor::Cli => "cli".into(),
            Actor::System => "system".into(),
            Actor::Registrant => "registrant".into(),
            Actor::Door => "door".into(),
            Actor::Anonymous => "anonymous".into(),
        }
    }
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct AuditEntry {
    /// When (Unix seconds).
    pub at: i64,
    /// Who: `user:<id>`, `cli` or `system`.
    pub actor: String,
    /// What, e.g. `user.create`, `user.role`.
    pub action: String,
    /// Which record, e.g. `user:5`.
    pub subject: String,
    /// The record's relevant fields before (JSON).
    pub before: Option<String>,
    /// And after (JSON).
    pub after: Option<String>,
}

/// Appends an audit entry; part of the transaction that makes the change.
pub(crate) fn audit(
    c: &mut DbConnection,
    actor: Actor,
    action: AuditAction,
    subject: &str,
    before: Option<String>,
    after: Option<String>,
    now: i64,
) -> Result<(), StorageError> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(now),
            audit_log::actor.eq(actor.label()),
            audit_log::action.eq(action.to_string()),
            audit_log::subject.eq(subject),
            audit_log::before_json.eq(before),
            audit_log::after_json.eq(after),
        ))
        .execute(c)?;
    Ok(())
}

/// An audit entry with its position in the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// Its id: entries are numbered in the order they were written.
    pub id: i64,
    /// The entry.
    pub entry: AuditEntry,
}

type Columns = (
    audit_log::at,
    audit_log::actor,
    audit_log::action,
    audit_log::subject,
    audit_log::before_json,
    audit_log::after_json,
);

const COLUMNS: Columns = (
    audit_log::at,
    audit_log::actor,
    audit_log::action,
    audit_log::subject,
    audit_log::before_json,
    audit_log::after_json,
);

/// The log under the filters, as a boxed query to count or load.
fn filtered(q: &AuditQuery) -> audit_log::BoxedQuery<'static, MultiBackend> {
    let mut query = audit_log::table.into_boxed();
    if let Some(actor) = &q.actor {
        query = query.filter(audit_log::actor.eq(actor.as_str().to_owned()));
    }
    if let Some(action) = &q.action {
        let escaped = action.as_str().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        query = query.filter(audit_log::action.like(format!("{escaped}%")).escape('\\'));
    }
    if let Some(subject) = &q.subject {
        query = query.filter(audit_log::subject.eq(subject.as_str().to_owned()));
    }
    let (from, until) = q.seconds();
    if let Some(from) = from {
        query = query.filter(audit_log::at.ge(from));
    }
    if let Some(until) = until {
        query = query.filter(audit_log::at.lt(until));
    }
    query
}

fn records(rows: Vec<(i64, AuditEntry)>) -> Vec<AuditRecord> {
    rows.into_iter().map(|(id, entry)| AuditRecord { id, entry }).collect()
}

impl Audit<'_> {
    /// Audit entries about one record (`user:5`), oldest first.
    pub async fn audit_entries(&self, subject: &str) -> Result<Vec<AuditEntry>, StorageError> {
        let subject = subject.to_owned();
        self.run(move |c| {
            Ok(audit_log::table
                .filter(audit_log::subject.eq(subject))
                .order(audit_log::id)
                .select((
                    audit_log::at,
                    audit_log::actor,
                    audit_log::action,
                    audit_log::subject,
                    audit_log::before_json,
                    audit_log::after_json,
                ))
                .load(c)?)
        })
        .await
    }

    /// One page of the log under the filters, newest first, and how many entries match.
    pub async fn audit_page(
        &self,
        query: AuditQuery,
        page: PageNumber,
    ) -> Result<(Vec<AuditRecord>, i64), StorageError> {
        self.run(move |c| {
            let total: i64 = filtered(&query).select(count_star()).first(c)?;
            let rows = filtered(&query)
                .order(audit_log::id.desc())
                .offset(page.offset())
                .limit(PAGE_SIZE)
                .select((audit_log::id, COLUMNS))
                .load(c)?;
            Ok((records(rows), total))
        })
        .await
    }

    /// The log under the filters, newest first, for a download.
    pub async fn audit_export(&self, query: AuditQuery) -> Result<Vec<AuditRecord>, StorageError> {
        self.run(move |c| {
            let rows = filtered(&query)
                .order(audit_log::id.desc())
                .limit(AUDIT_EXPORT_LIMIT)
                .select((audit_log::id, COLUMNS))
                .load(c)?;
            Ok(records(rows))
        })
        .await
    }
}

#[cfg(feature = "test-support")]
impl Audit<'_> {
    /// Tries to rewrite and to delete the whole audit log, as a careless or hostile query
    /// would: for tests, which expect the database to refuse both.
    pub async fn try_to_rewrite_audit_log(
        &self,
    ) -> (Result<usize, StorageError>, Result<usize, StorageError>) {
        let update = self
            .run(|c| {
                Ok(diesel::update(audit_log::table)
                    .set(audit_log::actor.eq("nobody"))
                    .execute(c)?)
            })
            .await;
        let delete = self.run(|c| Ok(diesel::delete(audit_log::table).execute(c)?)).await;
        (update, delete)
    }
}
