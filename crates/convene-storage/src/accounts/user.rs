//! The organiser account row and loading it: what every accounts module shares.

use convene_domain::Role;
use diesel::prelude::*;
use jiff::Timestamp;

use crate::rows::ts;
use crate::schema::users;
use crate::{DbConnection, StorageError};

/// An organiser account as the back office shows it (never its password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Id.
    pub id: i64,
    /// Address as typed.
    pub email: String,
    /// What the account may do.
    pub role: Role,
    /// Whether the account may sign in.
    pub disabled: bool,
    /// Whether a password was ever set (invited accounts have none yet).
    pub has_password: bool,
    /// Language of the account's emails.
    pub language: convene_domain::Lang,
    /// Created.
    pub created_at: Timestamp,
    /// Changes so far; a change names the version it was based on.
    pub version: i32,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
pub(crate) struct UserRow {
    id: i64,
    email: String,
    role: String,
    password_hash: Option<String>,
    disabled: bool,
    language: String,
    created_at: i64,
    version: i32,
}

impl TryFrom<UserRow> for User {
    type Error = StorageError;
    fn try_from(r: UserRow) -> Result<Self, StorageError> {
        Ok(User {
            id: r.id,
            role: r.role.parse().map_err(|_| StorageError::Corrupt(format!("role {}", r.role)))?,
            email: r.email,
            disabled: r.disabled,
            has_password: r.password_hash.is_some(),
            language: crate::rows::parse("language", &r.language)?,
            created_at: ts(r.created_at)?,
            version: r.version,
        })
    }
}

impl User {
    /// Active, invited (no password set yet) or disabled.
    pub fn status(&self) -> convene_domain::UserStatus {
        use convene_domain::UserStatus;
        match (self.disabled, self.has_password) {
            (true, _) => UserStatus::Disabled,
            (false, false) => UserStatus::Invited,
            (false, true) => UserStatus::Active,
        }
    }
}

/// One account, if it exists.
pub(crate) fn load_user(c: &mut DbConnection, id: i64) -> Result<Option<User>, StorageError> {
    users::table
        .find(id)
        .select(UserRow::as_select())
        .first(c)
        .optional()?
        .map(User::try_from)
        .transpose()
}
