//! Door staff who signed in with the check-in token instead of an account: a random token
//! per sign-in, stored as its SHA-256, expiring, and valid only while the check-in token it
//! was opened with is still the configured one.

use convene_domain::SecretToken;
use diesel::prelude::*;
use jiff::{SignedDuration, Timestamp};
use subtle::ConstantTimeEq;

use crate::schema::door_sessions;
use crate::{Accounts, StorageError};

impl Accounts<'_> {
    /// Opens a door session under `token` for `life`, tied to `token_digest` (a keyed digest
    /// of the check-in token); drops expired sessions and those of an older check-in token.
    pub async fn open_door_session(
        &self,
        token: &SecretToken,
        token_digest: String,
        now: Timestamp,
        life: SignedDuration,
    ) -> Result<(), StorageError> {
        let id = token.hash();
        let t = now.as_second();
        self.write(move |c| {
            diesel::delete(door_sessions::table.filter(
                door_sessions::expires_at.le(t).or(door_sessions::token_digest.ne(&token_digest)),
            ))
            .execute(c)?;
            diesel::insert_into(door_sessions::table)
                .values((
                    door_sessions::id.eq(id),
                    door_sessions::token_digest.eq(&token_digest),
                    door_sessions::created_at.eq(t),
                    door_sessions::expires_at.eq((now + life).as_second()),
                ))
                .execute(c)?;
            Ok(())
        })
        .await
    }

    /// Whether `token` names a door session that has not expired and was opened with the
    /// check-in token whose digest is `token_digest`.
    pub async fn door_session_valid(
        &self,
        token: &SecretToken,
        token_digest: String,
        now: Timestamp,
    ) -> Result<bool, StorageError> {
        let id = token.hash();
        let t = now.as_second();
        let stored: Option<String> = self
            .run(move |c| {
                Ok(door_sessions::table
                    .find(id)
                    .filter(door_sessions::expires_at.gt(t))
                    .select(door_sessions::token_digest)
                    .first(c)
                    .optional()?)
            })
            .await?;
        Ok(stored.is_some_and(|d| bool::from(d.as_bytes().ct_eq(token_digest.as_bytes()))))
    }

    /// Ends one door session (signing out at the door).
    pub async fn end_door_session(&self, token: &SecretToken) -> Result<(), StorageError> {
        let id = token.hash();
        self.write(move |c| {
            diesel::delete(door_sessions::table.find(id)).execute(c)?;
            Ok(())
        })
        .await
    }
}
