//! One-time password links (invitation, reset) and what setting a password does to an
//! account: the link is stored as the SHA-256 of its token, works once, and using it voids the
//! account's other links and ends its sessions.

use convene_domain::AuditAction;
use convene_domain::{AccountEmailKind, Email, PasswordPurpose, SecretToken};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::accounts::user::{User, load_user};
use crate::audit::{Actor, audit};
use crate::outbox::{account_email_since, enqueue_account_email};
use crate::schema::{password_tokens, user_sessions, users};
use crate::{Accounts, DbConnection, StorageError};

/// The link with this hash, if unused and unexpired at `now`.
macro_rules! valid_link {
    ($hash:expr, $now:expr) => {
        password_tokens::table
            .filter(password_tokens::id.eq($hash))
            .filter(password_tokens::used_at.is_null())
            .filter(password_tokens::expires_at.gt($now))
    };
}

/// Stores a new one-time password link for an account; returns its token.
pub(crate) fn insert_link(
    c: &mut DbConnection,
    user_id: i64,
    purpose: PasswordPurpose,
    now: Timestamp,
) -> Result<SecretToken, StorageError> {
    let token = SecretToken::from_bytes(rand::random());
    diesel::insert_into(password_tokens::table)
        .values((
            password_tokens::id.eq(token.hash()),
            password_tokens::user_id.eq(user_id),
            password_tokens::purpose.eq(purpose.as_str()),
            password_tokens::created_at.eq(now.as_second()),
            password_tokens::expires_at.eq((now + purpose.lifetime()).as_second()),
        ))
        .execute(c)?;
    Ok(token)
}

impl Accounts<'_> {
    /// A new one-time password link for an enabled account (`None` for a disabled or unknown
    /// one). Earlier links stay valid until one of them is used.
    pub async fn issue_password_link(
        &self,
        user_id: i64,
        purpose: PasswordPurpose,
        now: Timestamp,
    ) -> Result<Option<SecretToken>, StorageError> {
        self.write(move |c| {
            let enabled = users::table
                .find(user_id)
                .filter(users::disabled.eq(false))
                .count()
                .get_result::<i64>(c)?
                > 0;
            if !enabled {
                return Ok(None);
            }
            insert_link(c, user_id, purpose, now).map(Some)
        })
        .await
    }

    /// The account a password link opens, while the link is unused, unexpired, and the
    /// account enabled.
    pub async fn password_link(
        &self,
        token: &SecretToken,
        now: Timestamp,
    ) -> Result<Option<User>, StorageError> {
        let hash = token.hash();
        self.run(move |c| {
            let user_id: Option<i64> = valid_link!(hash, now.as_second())
                .select(password_tokens::user_id)
                .first(c)
                .optional()?;
            match user_id {
                Some(id) => Ok(load_user(c, id)?.filter(|u| !u.disabled)),
                None => Ok(None),
            }
        })
        .await
    }

    /// Sets a password through a link, once: the link and every other unused link of the
    /// account stop working, its sessions end, its failed logins are forgotten. `None` when
    /// the link is no longer valid.
    pub async fn use_password_link(
        &self,
        token: &SecretToken,
        password_hash: String,
        now: Timestamp,
    ) -> Result<Option<User>, StorageError> {
        let hash = token.hash();
        self.write(move |c| {
            let t = now.as_second();
            // Used by this one conditional UPDATE: of two requests with the same link, one
            // finds it unused.
            let n = diesel::update(valid_link!(&hash, t))
                .set(password_tokens::used_at.eq(t))
                .execute(c)?;
            if n == 0 {
                return Ok(None);
            }
            let (id, purpose): (i64, String) = password_tokens::table
                .find(&hash)
                .select((password_tokens::user_id, password_tokens::purpose))
                .first(c)?;
            if load_user(c, id)?.is_none_or(|u| u.disabled) {
                return Ok(None);
            }
            set_password(c, id, &password_hash, t)?;
            end_access(c, id, None, t)?;
            let purpose: PasswordPurpose = crate::rows::parse("password purpose", &purpose)?;
            let action = AuditAction::PasswordLink(purpose);
            audit(c, Actor::Owner(id), action, &format!("user:{id}"), None, None, t)?;
            load_user(c, id)
        })
        .await
    }

    /// Queues a password-reset email for the account of `email`, if it exists, is enabled,
    /// and was not sent one in the last five minutes; remembers `language` for the email.
    /// Returns whether an email was queued (the page says the same either way).
    pub async fn request_password_reset(
        &self,
        email: &Email,
        language: convene_domain::Lang,
        now: Timestamp,
    ) -> Result<bool, StorageError> {
        let key = email.key();
        self.write(move |c| {
            let t = now.as_second();
            let id: Option<i64> = users::table
                .filter(users::email_key.eq(key))
                .filter(users::disabled.eq(false))
                .select(users::id)
                .first(c)
                .optional()?;
            let Some(id) = id else { return Ok(false) };
            if account_email_since(c, id, AccountEmailKind::PasswordReset, t - 300)? {
                return Ok(false);
            }
            diesel::update(users::table.find(id))
                .set(users::language.eq(language.code()))
                .execute(c)?;
            enqueue_account_email(c, AccountEmailKind::PasswordReset, id, t)?;
            Ok(true)
        })
        .await
    }
}

/// Stores a new password hash, forgetting failed logins and any lock.
pub(crate) fn set_password(
    c: &mut DbConnection,
    id: i64,
    password_hash: &str,
    now: i64,
) -> Result<(), StorageError> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(Some(password_hash)),
            users::failed_logins.eq(0),
            users::locked_until.eq(0),
            users::updated_at.eq(now),
            users::version.eq(users::version + 1),
        ))
        .execute(c)?;
    Ok(())
}

/// Ends an account's sessions (all but `keep`) and voids its unused password links.
pub(crate) fn end_access(
    c: &mut DbConnection,
    id: i64,
    keep: Option<&str>,
    now: i64,
) -> Result<(), StorageError> {
    let sessions = user_sessions::table.filter(user_sessions::user_id.eq(id));
    match keep {
        Some(k) => diesel::delete(sessions.filter(user_sessions::id.ne(k))).execute(c)?,
        None => diesel::delete(sessions).execute(c)?,
    };
    diesel::update(
        password_tokens::table
            .filter(password_tokens::user_id.eq(id))
            .filter(password_tokens::used_at.is_null()),
    )
    .set(password_tokens::used_at.eq(now))
    .execute(c)?;
    Ok(())
}
