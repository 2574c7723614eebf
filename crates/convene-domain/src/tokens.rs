//! Unguessable links and codes, derived from a per-installation key with HMAC-SHA-256.
//!
//! A registration's links (verify, manage, check-in) are not stored: they are recomputed from
//! the key, the registration id and a per-registration nonce, so the same link can be sent
//! again, and rotating the nonce (on erasure) revokes them all. Comparisons are constant-time.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// What a token grants; part of the signed message, so a token of one kind never works as
/// another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Confirms the email address of a registration.
    Verify,
    /// Opens the registration's manage page.
    Manage,
    /// The code on the badge, scanned at the door.
    CheckIn,
    /// Ties a form's CSRF field to the browser's cookie.
    Csrf,
    /// Dates a form, for the minimum fill time.
    Form,
    /// Marks a browser as check-in staff.
    Staff,
}

impl Purpose {
    fn label(self) -> &'static str {
        match self {
            Self::Verify => "verify",
            Self::Manage => "manage",
            Self::CheckIn => "checkin",
            Self::Csrf => "csrf",
            Self::Form => "form",
            Self::Staff => "staff",
        }
    }
}

/// The installation's signing key (32 random bytes).
#[derive(Clone)]
pub struct TokenKey([u8; 32]);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(…)")
    }
}

/// Characters of typed codes: no 0/O or 1/I/L confusion.
const CODE_ALPHABET: &[u8; 31] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

impl TokenKey {
    /// A key from its bytes.
    pub fn new(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// A key from its stored hex form.
    pub fn from_hex(hex: &str) -> Option<Self> {
        let hex = hex.trim();
        if hex.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, b) in out.iter_mut().enumerate() {
            *b = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(Self(out))
    }

    /// The key as hex, for storage.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn mac(&self, purpose: Purpose, data: &str) -> HmacSha256 {
        // new_from_slice accepts any key length; 32 bytes can never fail.
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(purpose.label().as_bytes());
        mac.update(b"\0");
        mac.update(data.as_bytes());
        mac
    }

    /// A signature of `data` for `purpose`, URL-safe.
    pub fn sign(&self, purpose: Purpose, data: &str) -> String {
        URL_SAFE_NO_PAD.encode(&self.mac(purpose, data).finalize().into_bytes()[..18])
    }

    /// Whether `signature` is [`Self::sign`] of `data`, compared in constant time.
    pub fn verify(&self, purpose: Purpose, data: &str, signature: &str) -> bool {
        let Ok(given) = URL_SAFE_NO_PAD.decode(signature) else { return false };
        given.len() == 18 && self.mac(purpose, data).verify_truncated_left(&given).is_ok()
    }

    /// A registration's link token: `<id>.<signature>`.
    pub fn registration_token(&self, purpose: Purpose, id: i64, nonce: &str) -> String {
        format!("{id}.{}", self.sign(purpose, &format!("{id}:{nonce}")))
    }

    /// Whether `token` is the registration token of `id` with `nonce`, spelt exactly as
    /// [`Self::registration_token`] writes it: a link has one spelling, never `042.…` or `+42.…`.
    pub fn check_registration_token(
        &self,
        purpose: Purpose,
        token: &str,
        id: i64,
        nonce: &str,
    ) -> bool {
        match token.split_once('.') {
            Some((head, sig)) if head == id.to_string() => {
                self.verify(purpose, &format!("{id}:{nonce}"), sig)
            }
            _ => false,
        }
    }

    /// A short code to type or scan at the door: `<id>-<10 letters and digits>`.
    pub fn checkin_code(&self, id: i64, nonce: &str) -> String {
        let bytes = self.mac(Purpose::CheckIn, &format!("{id}:{nonce}")).finalize().into_bytes();
        let letters: String =
            bytes.iter().take(10).map(|b| char::from(CODE_ALPHABET[usize::from(b % 31)])).collect();
        format!("{id}-{letters}")
    }

    /// Whether a typed code is the check-in code of `id`, compared in constant time and
    /// forgiving case and surrounding spaces.
    pub fn check_checkin_code(&self, code: &str, id: i64, nonce: &str) -> bool {
        let expected = self.checkin_code(id, nonce);
        let given = code.trim().to_ascii_uppercase();
        given.len() == expected.len()
            && subtle::ConstantTimeEq::ct_eq(given.as_bytes(), expected.as_bytes()).into()
    }
}

/// The registration id a token or code names, before it is checked: the decimal id as it is
/// written (no sign, no leading zero) before the first `.` or `-`.
pub fn token_id(token: &str) -> Option<i64> {
    let head = token.trim().split(['.', '-']).next()?;
    let canonical = head.bytes().all(|b| b.is_ascii_digit()) && !head.starts_with('0');
    head.parse().ok().filter(|id: &i64| canonical && *id > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> TokenKey {
        TokenKey::new([7; 32])
    }

    #[test]
    fn tokens_verify_only_for_their_purpose_id_and_nonce() {
        let t = key().registration_token(Purpose::Manage, 42, "n1");
        assert_eq!(token_id(&t), Some(42));
        assert!(key().check_registration_token(Purpose::Manage, &t, 42, "n1"));
        assert!(!key().check_registration_token(Purpose::Verify, &t, 42, "n1"));
        assert!(!key().check_registration_token(Purpose::Manage, &t, 43, "n1"));
        assert!(!key().check_registration_token(Purpose::Manage, &t, 42, "n2"));
        assert!(!TokenKey::new([8; 32]).check_registration_token(Purpose::Manage, &t, 42, "n1"));
        assert!(!key().check_registration_token(Purpose::Manage, "42.", 42, "n1"));
        assert!(!key().check_registration_token(Purpose::Manage, "42.AAAA", 42, "n1"));
    }

    #[test]
    fn a_token_has_exactly_one_spelling() {
        let t = key().registration_token(Purpose::Manage, 42, "n1");
        let sig = t.split_once('.').map(|(_, s)| s.to_owned()).unwrap_or_default();
        for other in [format!("042.{sig}"), format!("+42.{sig}"), format!("42-junk.{sig}")] {
            assert!(
                !key().check_registration_token(Purpose::Manage, &other, 42, "n1"),
                "{other} was accepted"
            );
        }
        assert_eq!(token_id(&format!("042.{sig}")), None);
        assert_eq!(token_id(&format!("+42.{sig}")), None);
        assert_eq!(token_id("0-ABC"), None);
    }

    #[test]
    fn checkin_codes_are_short_and_forgiving() {
        let code = key().checkin_code(9, "n");
        assert_eq!(code.len(), 12);
        assert_eq!(token_id(&code), Some(9));
        assert!(key().check_checkin_code(&format!(" {} ", code.to_lowercase()), 9, "n"));
        assert!(!key().check_checkin_code(&code, 9, "other"));
    }

    #[test]
    fn keys_round_trip_through_hex() {
        let k = TokenKey::new([0xab; 32]);
        assert_eq!(TokenKey::from_hex(&k.to_hex()).map(|k| k.to_hex()), Some(k.to_hex()));
        assert!(TokenKey::from_hex("zz").is_none());
    }
}
