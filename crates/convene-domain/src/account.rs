//! Organiser accounts: roles and what each may do, the password policy, password hashing,
//! one-time secrets (session and password-link tokens) and the login lockout rule.
//!
//! Randomness comes from the caller (salts, tokens), so everything here is deterministic and
//! tested beside the types.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jiff::SignedDuration;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::registration::{Email, FieldError};
use crate::types::ParseError;

text_enum! {
    /// What an organiser account is for; decides which back-office pages it may use.
    Role {
        /// Accounts and settings, and everything the other roles do.
        Admin => "admin",
        /// Series, sessions, agendas, speakers, pages, stories and publication.
        Editor => "editor",
        /// Interventions and participants' questions.
        Moderator => "moderator",
        /// The check-in page only.
        Checkin => "checkin",
    }
}

text_enum! {
    /// Where an organiser account stands, derived from whether it is disabled and has a password.
    UserStatus {
        /// May sign in.
        Active => "active",
        /// Invited; no password set yet.
        Invited => "invited",
        /// May not sign in.
        Disabled => "disabled",
    }
}

/// Something a back-office page lets its user do; routes name the one they need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capability {
    /// See the dashboard, change one's own password, sign out: every role.
    OwnAccount,
    /// Create accounts, change roles, disable accounts.
    Accounts,
    /// Installation settings.
    Settings,
    /// Series, sessions, agendas, speakers, pages, stories, publication.
    Content,
    /// Interventions and participants' questions.
    Moderation,
    /// Admit in-person participants at the door.
    CheckIn,
    /// Read and export the audit log (admins only).
    Audit,
}

impl Role {
    /// Whether this role may do `cap`; an admin may do everything.
    pub fn can(self, cap: Capability) -> bool {
        matches!(
            (self, cap),
            (Role::Admin, _)
                | (_, Capability::OwnAccount)
                | (Role::Editor, Capability::Content)
                | (Role::Moderator, Capability::Moderation)
                | (Role::Checkin, Capability::CheckIn)
        )
    }
}

/// Shortest password accepted, in characters.
pub const PASSWORD_MIN_CHARS: usize = 12;
/// Longest password accepted, in characters (hashing cost does not depend on it much, but a
/// megabyte-long "password" is not one).
pub const PASSWORD_MAX_CHARS: usize = 1024;

/// Passwords long enough to pass the length rule that are still among the first an attacker
/// tries. Compared case-insensitively.
const COMMON_PASSWORDS: &[&str] = &[
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123456789abc",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "abcdefghijkl",
    "abc123abc123",
    "administrator",
    "changeme1234",
    "correcthorsebatterystaple",
    "football1234",
    "iloveyou1234",
    "letmein12345",
    "monkey123456",
    "password1234",
    "password12345",
    "password123456",
    "password123!",
    "passwordpassword",
    "qwerty123456",
    "qwertyqwerty",
    "qwertyuiop12",
    "qwertyuiopas",
    "superman1234",
    "trustno1trustno1",
    "welcome12345",
    "zaq12wsxcde3",
];

/// A password that meets the policy: 12 to 1,024 characters, not the account's email address,
/// not one character repeated, not a well-known password. NFC-normalised, so the same
/// password typed on another keyboard matches.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// A password as typed, with the address of the account it is for.
#[derive(Debug, Clone, Copy)]
pub struct PasswordCandidate<'a> {
    /// The password as typed.
    pub password: &'a str,
    /// The account's email address.
    pub email: &'a Email,
}

impl TryFrom<PasswordCandidate<'_>> for NewPassword {
    type Error = FieldError;

    fn try_from(c: PasswordCandidate<'_>) -> Result<Self, FieldError> {
        let p: String = c.password.nfc().collect();
        let chars = p.chars().count();
        if chars == 0 {
            return Err(FieldError::Required);
        }
        if chars < PASSWORD_MIN_CHARS {
            return Err(FieldError::PasswordTooShort(PASSWORD_MIN_CHARS));
        }
        if chars > PASSWORD_MAX_CHARS {
            return Err(FieldError::TooLong(PASSWORD_MAX_CHARS));
        }
        let folded = p.to_lowercase();
        if folded.trim() == c.email.key() {
            return Err(FieldError::PasswordIsEmail);
        }
        let mut distinct = folded.chars();
        let first = distinct.next();
        if distinct.all(|ch| Some(ch) == first) || COMMON_PASSWORDS.contains(&folded.as_str()) {
            return Err(FieldError::PasswordCommon);
        }
        Ok(Self(p))
    }
}

/// OWASP's recommended Argon2id parameters: 19 MiB of memory, 2 passes, 1 lane.
fn hasher() -> Argon2<'static> {
    // The constants are within argon2's limits; `Params::DEFAULT` is the same m/t/p.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or(Params::DEFAULT);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Why a password could not be hashed (a defect: parameters and salt are ours).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

/// Hashes a password with Argon2id and a 16-byte random salt; returns the PHC string
/// (`$argon2id$v=19$m=19456,t=2,p=1$…`), which records its parameters. Slow on purpose (tens
/// of milliseconds): call it off the async runtime.
pub fn hash_password(password: &NewPassword, salt: [u8; 16]) -> Result<String, HashError> {
    let salt = SaltString::encode_b64(&salt).map_err(|e| HashError(e.to_string()))?;
    hasher()
        .hash_password(password.0.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// Whether `attempt` matches a stored PHC hash (constant-time comparison inside argon2). A
/// malformed hash never matches. Slow on purpose: call it off the async runtime.
pub fn verify_password(stored: &str, attempt: &str) -> bool {
    let attempt: String = attempt.nfc().collect();
    if attempt.chars().count() > PASSWORD_MAX_CHARS {
        return false;
    }
    PasswordHash::new(stored)
        .is_ok_and(|h| hasher().verify_password(attempt.as_bytes(), &h).is_ok())
}

/// Spends the time of one verification against a hash no password matches: used when the
/// account does not exist (or has no password), so timing does not tell that apart.
pub fn verify_nothing(attempt: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let stored = DUMMY.get_or_init(|| {
        let p = NewPassword("no account has this password".into());
        hash_password(&p, [7; 16]).unwrap_or_default()
    });
    let _ = verify_password(stored, attempt);
}

/// A one-time secret handed to a browser or put in a link (session cookie, set-password link):
/// 32 random bytes, URL-safe. Only its [`SecretToken::hash`] is ever stored.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

impl fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretToken(…)")
    }
}

impl SecretToken {
    /// A token from 32 random bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The token as sent (cookie value, link segment).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the database stores and looks up: SHA-256 of the token, in hex. A database copy
    /// therefore holds no usable session or link.
    pub fn hash(&self) -> String {
        Sha256::digest(self.0.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl TryFrom<&str> for SecretToken {
    type Error = ParseError;

    /// Accepts exactly the shape [`SecretToken::from_bytes`] makes (43 URL-safe characters),
    /// so odd input never reaches a query.
    fn try_from(s: &str) -> Result<Self, ParseError> {
        let ok =
            s.len() == 43 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok { Ok(Self(s.to_owned())) } else { Err(ParseError::Unknown("token".into())) }
    }
}

/// A stable pseudonym of an address for logs (the first 12 hex digits of the SHA-256 of its
/// comparison key): failures for one address can be followed without logging the address.
pub fn pseudonym(email: &Email) -> String {
    Sha256::digest(email.key().as_bytes()).iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// Failed logins an account may have before it is locked.
pub const LOGIN_FREE_FAILURES: u32 = 5;

/// How long a streak of failed sign-ins is remembered: a failure after this long starts a new
/// streak, and the counts of addresses without an account are deleted after it.
pub const FAILURE_MEMORY: SignedDuration = SignedDuration::from_hours(24);

/// How long an account is locked after its `failures`-th failed login in a row: not at all
/// before the fifth, then one minute, doubling with each further failure, at most an hour.
pub fn lockout_after(failures: u32) -> Option<SignedDuration> {
    let over = failures.checked_sub(LOGIN_FREE_FAILURES)?;
    let minutes = 1_i64.checked_shl(over.min(6)).unwrap_or(64).min(60);
    Some(SignedDuration::from_mins(minutes))
}

/// Whole minutes until `seconds` have passed, at least one: what "try again in N minutes"
/// says.
pub fn minutes_to_wait(seconds: i64) -> i64 {
    (seconds.max(1) + 59) / 60
}

text_enum! {
    /// What a one-time password link is for.
    PasswordPurpose {
        /// Set the first password of a new account.
        Set => "set",
        /// Reset a forgotten password.
        Reset => "reset",
    }
}

impl PasswordPurpose {
    /// How long a link of this purpose works.
    pub fn lifetime(self) -> SignedDuration {
        match self {
            Self::Set => SignedDuration::from_hours(72),
            Self::Reset => SignedDuration::from_hours(1),
        }
    }
}

text_enum! {
    /// The emails about an organiser account; each is a durable job naming the account.
    AccountEmailKind {
        /// "An account was created for you" with a set-password link.
        Invite => "email_account_invite",
        /// "Reset your password" with a reset link.
        PasswordReset => "email_password_reset",
    }
}

impl AccountEmailKind {
    /// The kind of link the email carries.
    pub fn purpose(self) -> PasswordPurpose {
        match self {
            Self::Invite => PasswordPurpose::Set,
            Self::PasswordReset => PasswordPurpose::Reset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> Email {
        Email::try_from("Ana.Admin@Example.org").expect("valid")
    }

    fn parse(p: &str) -> Result<NewPassword, FieldError> {
        NewPassword::try_from(PasswordCandidate { password: p, email: &email() })
    }

    #[test]
    fn admin_may_do_everything_others_only_their_part() {
        let all = [
            Capability::OwnAccount,
            Capability::Accounts,
            Capability::Settings,
            Capability::Content,
            Capability::Moderation,
            Capability::CheckIn,
            Capability::Audit,
        ];
        assert!(all.iter().all(|c| Role::Admin.can(*c)));
        let allowed = |r: Role| all.iter().copied().filter(|c| r.can(*c)).collect::<Vec<_>>();
        assert_eq!(allowed(Role::Editor), [Capability::OwnAccount, Capability::Content]);
        assert_eq!(allowed(Role::Moderator), [Capability::OwnAccount, Capability::Moderation]);
        assert_eq!(allowed(Role::Checkin), [Capability::OwnAccount, Capability::CheckIn]);
        assert_eq!("checkin".parse::<Role>(), Ok(Role::Checkin));
        assert!("root".parse::<Role>().is_err());
    }

    #[test]
    fn passwords_follow_the_policy() {
        assert!(parse("a long passphrase").is_ok());
        assert_eq!(parse(""), Err(FieldError::Required));
        assert_eq!(parse("short pass1"), Err(FieldError::PasswordTooShort(12)));
        assert_eq!(parse(&"ab".repeat(513)), Err(FieldError::TooLong(1024)));
        assert!(parse(&"ab".repeat(512)).is_ok());
        assert_eq!(parse("ANA.ADMIN@example.org"), Err(FieldError::PasswordIsEmail));
        assert_eq!(parse("Password1234"), Err(FieldError::PasswordCommon));
        assert_eq!(parse("zzzzzzzzzzzzzzz"), Err(FieldError::PasswordCommon));
        // Characters, not bytes: twelve Arabic letters are long enough.
        assert!(parse("كلمةمروربالعربية").is_ok());
        assert_eq!(parse("كلمةمرور"), Err(FieldError::PasswordTooShort(12)));
    }

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let p = parse("a long passphrase").expect("valid");
        let h = hash_password(&p, [1; 16]).expect("hash");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password(&h, "a long passphrase"));
        assert!(!verify_password(&h, "a long passphrasE"));
        assert!(!verify_password("not a hash", "a long passphrase"));
        // Another salt, another hash.
        assert_ne!(h, hash_password(&p, [2; 16]).expect("hash"));
        // The same password typed decomposed (e + U+0301) verifies against the composed one.
        let accented = parse("mot de passe privé").expect("valid");
        let h = hash_password(&accented, [3; 16]).expect("hash");
        assert!(verify_password(&h, "mot de passe prive\u{301}"));
    }

    #[test]
    fn tokens_are_random_shaped_and_stored_hashed() {
        let t = SecretToken::from_bytes([9; 32]);
        assert_eq!(t.as_str().len(), 43);
        assert_eq!(SecretToken::try_from(t.as_str()).map(|t| t.hash()), Ok(t.hash()));
        assert_eq!(t.hash().len(), 64);
        assert_ne!(t.hash(), t.as_str());
        assert!(SecretToken::try_from("short").is_err());
        assert!(SecretToken::try_from(&*format!("{}%", &t.as_str()[..42])).is_err());
    }

    #[test]
    fn lockout_starts_at_the_fifth_failure_and_doubles_to_an_hour() {
        let mins = |n| lockout_after(n).map(|d| d.as_mins());
        assert_eq!((mins(0), mins(4)), (None, None));
        assert_eq!([mins(5), mins(6), mins(7), mins(10)], [Some(1), Some(2), Some(4), Some(32)]);
        assert_eq!((mins(11), mins(40)), (Some(60), Some(60)));
        assert_eq!((minutes_to_wait(1), minutes_to_wait(60), minutes_to_wait(61)), (1, 1, 2));
    }

    #[test]
    fn link_kinds_round_trip() {
        for k in AccountEmailKind::ALL {
            assert_eq!(k.as_str().parse::<AccountEmailKind>(), Ok(*k));
        }
        assert_eq!(AccountEmailKind::Invite.purpose(), PasswordPurpose::Set);
        assert!(PasswordPurpose::Reset.lifetime() < PasswordPurpose::Set.lifetime());
    }
}
