//! Organiser accounts from the back office and the CLI: creating them, listing them, changing
//! role or status, each with its audit entry. Every change bumps the account's `version` in a
//! conditional UPDATE, so a form based on an older state is refused rather than applied over a
//! newer one. Password links are in `password_links.rs`, sign-in in `logins.rs`.

use convene_domain::AuditAction;
use convene_domain::{
    AccountEmailKind, Email, PasswordPurpose, Role, SecretToken, email_key as normalise,
};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use jiff::Timestamp;

use crate::accounts::password_links::{end_access, insert_link};
use crate::accounts::user::{User, UserRow, load_user};
use crate::audit::{Actor, audit};
use crate::outbox::enqueue_account_email;
use crate::schema::users;
use crate::{Accounts, DbConnection, StorageError};

/// A change to an account's access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserChange {
    /// A new role.
    Role(Role),
    /// No more sign-ins; open sessions end.
    Disable,
    /// Sign-ins allowed again.
    Enable,
}

/// What became of a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    /// Applied; the account as it is now.
    Done(User),
    /// Someone changed the account since the form was shown; nothing applied. Its state now.
    Stale(User),
    /// No such account.
    Missing,
}

/// The audited fields of an account (never its password or hash).
fn snapshot(u: &User) -> String {
    serde_json::json!({ "email": u.email, "role": u.role.as_str(), "disabled": u.disabled })
        .to_string()
}

/// A new account and the one-time link that sets its first password.
#[derive(Debug, Clone)]
pub struct Created {
    /// The account.
    pub user: User,
    /// The set-password link's token, to show or print once.
    pub link: SecretToken,
}

impl Accounts<'_> {
    /// Creates an account without a password, with a set-password link (and, when `invite`,
    /// an invitation email carrying its own link). `None` when the address has an account:
    /// so a form sent twice never creates two.
    pub async fn create_user(
        &self,
        actor: Actor,
        email: Email,
        role: Role,
        language: convene_domain::Lang,
        invite: bool,
        now: Timestamp,
    ) -> Result<Option<Created>, StorageError> {
        let created = self
            .write(move |c| {
                let key = email.key();
                let taken =
                    users::table.filter(users::email_key.eq(&key)).count().get_result::<i64>(c)?;
                if taken > 0 {
                    return Ok(None);
                }
                let t = now.as_second();
                let insert = || {
                    diesel::insert_into(users::table)
                        .values((
                            users::email.eq(email.as_str()),
                            users::email_key.eq(&key),
                            users::role.eq(role.as_str()),
                            users::language.eq(language.code()),
                            users::created_at.eq(t),
                            users::updated_at.eq(t),
                        ))
                        .returning(users::id)
                };
                // RETURNING, run on whichever backend this is (see register.rs).
                let id: i64 = match c {
                    DbConnection::Postgresql(pg) => insert().get_result(pg)?,
                    DbConnection::Sqlite(lite) => insert().get_result(lite)?,
                };
                let user = load_user(c, id)?
                    .ok_or_else(|| StorageError::Reference(format!("user {id}")))?;
                audit(
                    c,
                    actor,
                    AuditAction::UserCreate,
                    &format!("user:{id}"),
                    None,
                    Some(snapshot(&user)),
                    t,
                )?;
                let link = insert_link(c, id, PasswordPurpose::Set, now)?;
                if invite {
                    enqueue_account_email(c, AccountEmailKind::Invite, id, t)?;
                }
                Ok(Some(Created { user, link }))
            })
            .await;
        match created {
            // Two creations of one address at the same instant: the unique key decides.
            Err(StorageError::Query(DieselError::DatabaseError(
                DatabaseErrorKind::UniqueViolation,
                _,
            ))) => Ok(None),
            other => other,
        }
    }

    /// Every account, by address.
    pub async fn users(&self) -> Result<Vec<User>, StorageError> {
        self.run(|c| {
            users::table
                .order(users::email_key)
                .select(UserRow::as_select())
                .load(c)?
                .into_iter()
                .map(User::try_from)
                .collect()
        })
        .await
    }

    /// One account.
    pub async fn user(&self, id: i64) -> Result<Option<User>, StorageError> {
        self.run(move |c| load_user(c, id)).await
    }

    /// One account by email address (any spelling of it).
    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>, StorageError> {
        let key = normalise(email);
        self.run(move |c| {
            users::table
                .filter(users::email_key.eq(key))
                .select(UserRow::as_select())
                .first(c)
                .optional()?
                .map(User::try_from)
                .transpose()
        })
        .await
    }

    /// Changes an account's role or status, if it is still at `version`. Disabling ends its
    /// sessions and unused links.
    pub async fn change_user(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        change: UserChange,
        now: Timestamp,
    ) -> Result<Changed, StorageError> {
        self.write(move |c| {
            let Some(before) = load_user(c, id)? else { return Ok(Changed::Missing) };
            let target = users::table.find(id).filter(users::version.eq(version));
            let t = now.as_second();
            let stamp = (users::updated_at.eq(t), users::version.eq(users::version + 1));
            let (n, action) = match change {
                UserChange::Role(role) => (
                    diesel::update(target)
                        .set((users::role.eq(role.as_str()), stamp))
                        .execute(c)?,
                    AuditAction::UserRole,
                ),
                UserChange::Disable => (
                    diesel::update(target).set((users::disabled.eq(true), stamp)).execute(c)?,
                    AuditAction::UserDisable,
                ),
                UserChange::Enable => (
                    diesel::update(target)
                        .set((
                            users::disabled.eq(false),
                            users::failed_logins.eq(0),
                            users::locked_until.eq(0),
                            stamp,
                        ))
                        .execute(c)?,
                    AuditAction::UserEnable,
                ),
            };
            if n == 0 {
                return Ok(Changed::Stale(before));
            }
            if change == UserChange::Disable {
                end_access(c, id, None, t)?;
            }
            let after =
                load_user(c, id)?.ok_or_else(|| StorageError::Reference(format!("user {id}")))?;
            let subject = format!("user:{id}");
            audit(c, actor, action, &subject, Some(snapshot(&before)), Some(snapshot(&after)), t)?;
            Ok(Changed::Done(after))
        })
        .await
    }
}
