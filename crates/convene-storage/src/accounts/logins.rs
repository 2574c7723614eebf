//! Signing in: what a login attempt needs to know about an account, failed-login counters
//! and locks (in the database, so every instance enforces the same lock), and the
//! back-office sessions, stored under the SHA-256 of their cookie's token.

use convene_domain::AuditAction;
use convene_domain::{Email, FAILURE_MEMORY, SecretToken, lockout_after};
use diesel::prelude::*;
use jiff::{SignedDuration, Timestamp};

use crate::accounts::password_links::{end_access, set_password};
use crate::accounts::user::{User, UserRow, load_user};
use crate::audit::{Actor, audit};
use crate::rows::ts;
use crate::schema::{login_failures, user_sessions, users};
use crate::{Accounts, StorageError};

/// What a login attempt checks: the hash to verify against, and whether the account may try.
#[derive(Clone, PartialEq, Eq)]
pub struct LoginCandidate {
    /// The account.
    pub user_id: i64,
    /// Argon2id PHC string; `None` until a password is set.
    pub password_hash: Option<String>,
    /// Disabled accounts never sign in.
    pub disabled: bool,
    /// Locked until then after too many failures (in the past when not locked).
    pub locked_until: Timestamp,
}

impl std::fmt::Debug for LoginCandidate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginCandidate").field("user_id", &self.user_id).finish_non_exhaustive()
    }
}

/// A signed-in organiser, as a request sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSession {
    /// The session's id (the hash of its token).
    pub id: String,
    /// The account, as it is now (a role change applies at once).
    pub user: User,
}

/// How long a session lives: after its last use, and at most after it began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLifetime {
    /// Idle time after which a session ends.
    pub idle: SignedDuration,
    /// Time after which a session ends however busy.
    pub absolute: SignedDuration,
}

/// A session's last use is recorded at most this often (seconds), not on every request.
const TOUCH_EVERY: i64 = 60;

impl Accounts<'_> {
    /// The account an address names, for checking a password.
    pub async fn login_candidate(
        &self,
        email: &Email,
    ) -> Result<Option<LoginCandidate>, StorageError> {
        let key = email.key();
        self.run(move |c| {
            let row: Option<(i64, Option<String>, bool, i64)> = users::table
                .filter(users::email_key.eq(key))
                .select((users::id, users::password_hash, users::disabled, users::locked_until))
                .first(c)
                .optional()?;
            row.map(|(user_id, password_hash, disabled, locked)| {
                Ok(LoginCandidate { user_id, password_hash, disabled, locked_until: ts(locked)? })
            })
            .transpose()
        })
        .await
    }

    /// Counts a failed login; locks the account as [`lockout_after`] says. Returns the lock's
    /// end when the account is now locked, and the failures in a row. The audit log names
    /// `by` (anonymous at the sign-in form, the account's owner when changing the password).
    pub async fn record_login_failure(
        &self,
        user_id: i64,
        by: Actor,
        now: Timestamp,
    ) -> Result<(u32, Option<Timestamp>), StorageError> {
        self.write(move |c| {
            let (t, forgotten) = (now.as_second(), (now - FAILURE_MEMORY).as_second());
            // A streak older than the failure memory starts over, as for an address below.
            diesel::update(users::table.find(user_id).filter(users::last_failed_at.lt(forgotten)))
                .set(users::failed_logins.eq(0))
                .execute(c)?;
            // One UPDATE: concurrent failures on several instances each count.
            diesel::update(users::table.find(user_id))
                .set((
                    users::failed_logins.eq(users::failed_logins + 1),
                    users::last_failed_at.eq(t),
                ))
                .execute(c)?;
            let failures: i32 = users::table.find(user_id).select(users::failed_logins).first(c)?;
            let failures = u32::try_from(failures).unwrap_or(0);
            let until = lockout_after(failures).map(|lock| now + lock);
            if let Some(until) = until {
                diesel::update(users::table.find(user_id))
                    .set(users::locked_until.eq(until.as_second()))
                    .execute(c)?;
            }
            let before = serde_json::json!({ "failed_logins": failures.saturating_sub(1) });
            let mut after = serde_json::json!({ "failed_logins": failures });
            if let Some(until) = until {
                after["locked_until"] = until.as_second().into();
            }
            let (subject, t) = (format!("user:{user_id}"), now.as_second());
            let (before, after) = (Some(before.to_string()), Some(after.to_string()));
            audit(c, by, AuditAction::SignInFailure, &subject, before, after, t)?;
            Ok((failures, until))
        })
        .await
    }

    /// Until when sign-in to an address that has no account is locked (in the past when it is
    /// not), so that such an address is answered like an account's.
    pub async fn address_locked_until(&self, email: &Email) -> Result<Timestamp, StorageError> {
        let key = email.key();
        self.run(move |c| {
            let until: Option<i64> = login_failures::table
                .find(key)
                .select(login_failures::locked_until)
                .first(c)
                .optional()?;
            ts(until.unwrap_or(0))
        })
        .await
    }

    /// Counts a failed sign-in to an address that has no account, and locks it as
    /// [`lockout_after`] says, exactly as [`Self::record_login_failure`] does for an account:
    /// the answers must not tell which addresses have accounts. Returns the same.
    pub async fn record_address_failure(
        &self,
        email: &Email,
        now: Timestamp,
    ) -> Result<(u32, Option<Timestamp>), StorageError> {
        let key = email.key();
        self.write(move |c| {
            let (t, forgotten) = (now.as_second(), (now - FAILURE_MEMORY).as_second());
            let row = login_failures::table.find(&key);
            diesel::update(row.filter(login_failures::last_failed_at.lt(forgotten)))
                .set(login_failures::failures.eq(0))
                .execute(c)?;
            let count = (
                login_failures::failures.eq(login_failures::failures + 1),
                login_failures::last_failed_at.eq(t),
            );
            let n = diesel::update(row).set(count).execute(c)?;
            if n == 0 {
                // The first failure; on PostgreSQL a concurrent first failure may insert the
                // row first, so the insert runs in a savepoint and becomes an update if so.
                let inserted = c.transaction(|c| {
                    diesel::insert_into(login_failures::table)
                        .values((
                            login_failures::email_key.eq(&key),
                            login_failures::failures.eq(1),
                            login_failures::locked_until.eq(0_i64),
                            login_failures::last_failed_at.eq(t),
                        ))
                        .execute(c)
                });
                if inserted.is_err() {
                    diesel::update(row).set(count).execute(c)?;
                }
            }
            let failures: i32 = row.select(login_failures::failures).first(c)?;
            let failures = u32::try_from(failures).unwrap_or(0);
            let Some(lock) = lockout_after(failures) else { return Ok((failures, None)) };
            let until = now + lock;
            diesel::update(row)
                .set(login_failures::locked_until.eq(until.as_second()))
                .execute(c)?;
            Ok((failures, Some(until)))
        })
        .await
    }

    /// Deletes the failure counts of addresses without an account whose last failure is
    /// older than the failure memory and whose lock has ended: they hold an address, and
    /// are kept no longer than they protect anything. Returns how many were deleted.
    pub async fn forget_address_failures(&self, now: Timestamp) -> Result<usize, StorageError> {
        self.write(move |c| {
            let forgotten = (now - FAILURE_MEMORY).as_second();
            Ok(diesel::delete(
                login_failures::table
                    .filter(login_failures::last_failed_at.lt(forgotten))
                    .filter(login_failures::locked_until.le(now.as_second())),
            )
            .execute(c)?)
        })
        .await
    }

    /// Starts a session for `user_id` under `token` (a new one at every login), ending the
    /// session it replaces, if any, and the account's expired ones; forgets failed logins.
    pub async fn start_session(
        &self,
        user_id: i64,
        token: &SecretToken,
        replaces: Option<SecretToken>,
        now: Timestamp,
        life: SessionLifetime,
    ) -> Result<(), StorageError> {
        let id = token.hash();
        self.write(move |c| {
            let t = now.as_second();
            if let Some(old) = replaces {
                diesel::delete(user_sessions::table.find(old.hash())).execute(c)?;
            }
            diesel::delete(
                user_sessions::table
                    .filter(user_sessions::user_id.eq(user_id))
                    .filter(user_sessions::expires_at.le(t)),
            )
            .execute(c)?;
            diesel::insert_into(user_sessions::table)
                .values((
                    user_sessions::id.eq(id),
                    user_sessions::user_id.eq(user_id),
                    user_sessions::created_at.eq(t),
                    user_sessions::last_seen_at.eq(t),
                    user_sessions::expires_at.eq((now + life.absolute).as_second()),
                ))
                .execute(c)?;
            diesel::update(users::table.find(user_id))
                .set((users::failed_logins.eq(0), users::locked_until.eq(0)))
                .execute(c)?;
            let subject = format!("user:{user_id}");
            audit(c, Actor::User(user_id), AuditAction::SignIn, &subject, None, None, t)?;
            Ok(())
        })
        .await
    }

    /// The live session a cookie's token names: not past its absolute expiry, used within
    /// the idle time, its account enabled. Records the use (at most once a minute).
    pub async fn staff_session(
        &self,
        token: &SecretToken,
        now: Timestamp,
        idle: SignedDuration,
    ) -> Result<Option<StaffSession>, StorageError> {
        let id = token.hash();
        let t = now.as_second();
        let found = self
            .run({
                let id = id.clone();
                move |c| {
                    let row: Option<(i64, UserRow)> = user_sessions::table
                        .inner_join(users::table)
                        .filter(user_sessions::id.eq(id))
                        .filter(user_sessions::expires_at.gt(t))
                        .filter(user_sessions::last_seen_at.gt(t - idle.as_secs()))
                        .filter(users::disabled.eq(false))
                        .select((user_sessions::last_seen_at, UserRow::as_select()))
                        .first(c)
                        .optional()?;
                    row.map(|(seen, u)| Ok((seen, User::try_from(u)?))).transpose()
                }
            })
            .await?;
        let Some((seen, user)) = found else { return Ok(None) };
        if t - seen >= TOUCH_EVERY {
            let id = id.clone();
            self.write(move |c| {
                diesel::update(user_sessions::table.find(id))
                    .set(user_sessions::last_seen_at.eq(t))
                    .execute(c)?;
                Ok(())
            })
            .await?;
        }
        Ok(Some(StaffSession { id, user }))
    }

    /// The ids (token hashes) of an account's sessions, oldest first.
    pub async fn session_ids(&self, user_id: i64) -> Result<Vec<String>, StorageError> {
        self.run(move |c| {
            Ok(user_sessions::table
                .filter(user_sessions::user_id.eq(user_id))
                .order(user_sessions::created_at)
                .select(user_sessions::id)
                .load(c)?)
        })
        .await
    }

    /// Ends one session (logout).
    pub async fn end_session(&self, session_id: String) -> Result<(), StorageError> {
        self.write(move |c| {
            diesel::delete(user_sessions::table.find(session_id)).execute(c)?;
            Ok(())
        })
        .await
    }

    /// The password hash of an account, to check its owner's current password.
    pub async fn password_hash(&self, user_id: i64) -> Result<Option<String>, StorageError> {
        self.run(move |c| {
            Ok(users::table
                .find(user_id)
                .select(users::password_hash)
                .first(c)
                .optional()?
                .flatten())
        })
        .await
    }

    /// Changes an account's password from one of its sessions: every other session of the
    /// account ends, and its unused password links stop working.
    pub async fn change_password(
        &self,
        session: &StaffSession,
        password_hash: String,
        now: Timestamp,
    ) -> Result<Option<User>, StorageError> {
        let (id, keep) = (session.user.id, session.id.clone());
        self.write(move |c| {
            let t = now.as_second();
            set_password(c, id, &password_hash, t)?;
            end_access(c, id, Some(&keep), t)?;
            audit(
                c,
                Actor::User(id),
                AuditAction::PasswordChange,
                &format!("user:{id}"),
                None,
                None,
                t,
            )?;
            load_user(c, id)
        })
        .await
    }
}
