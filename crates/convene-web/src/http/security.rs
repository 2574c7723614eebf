//! Defences of the forms: CSRF tokens tied to a cookie, a minimum fill time, a honeypot, and
//! rate limits per client IP and per email address.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::HeaderMap;
use axum::http::request::Parts;
use convene_domain::{Purpose, TokenKey};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use jiff::Timestamp;

use crate::http::error::AppError;
use crate::{AdminConfig, AppState, RegistrationConfig};

/// The cookie holding the browser's CSRF secret.
const CSRF_COOKIE: &str = "csrf";

/// The hidden field a bot fills in and a person never sees.
pub const HONEYPOT_FIELD: &str = "website";

/// The browser's CSRF secret: from its cookie, or new (and then set on the response).
#[derive(Debug, Clone)]
pub struct CsrfSeed {
    value: String,
    fresh: bool,
}

impl CsrfSeed {
    /// The seed of a request.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        match crate::http::cookies::get(headers, CSRF_COOKIE).filter(|v| v.len() == 22) {
            Some(value) => Self { value, fresh: false },
            None => Self { value: crate::http::security::random_token(), fresh: true },
        }
    }

    /// The value of the form's hidden `csrf` field.
    pub fn field(&self, key: &TokenKey) -> String {
        key.sign(Purpose::Csrf, &self.value)
    }

    /// Sets the cookie on a response if it was new.
    pub fn set_cookie(&self, headers: &mut HeaderMap, secure: bool) {
        if self.fresh {
            crate::http::cookies::set(
                headers,
                secure,
                crate::http::cookies::csrf(CSRF_COOKIE, self.value.clone()),
            );
        }
    }
}

/// Refuses a POST whose `csrf` field does not match the browser's cookie, or that a browser
/// marks as coming from another site.
pub fn check_csrf(key: &TokenKey, headers: &HeaderMap, field: &str) -> Result<(), AppError> {
    let cross_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site");
    let ok = !cross_site
        && crate::http::cookies::get(headers, CSRF_COOKIE)
            .is_some_and(|seed| key.verify(Purpose::Csrf, &seed, field));
    if ok { Ok(()) } else { Err(AppError::Forbidden) }
}

/// When a form was first served, signed, and whether its sender has already been asked to
/// send it again. The time survives every re-render of the form, so the minimum fill time
/// counts from the first render; a resubmission after a "too quick" refusal is accepted,
/// because a time trap must never refuse a person who follows its own instruction (the
/// honeypot and the rate limits do the real work against bots).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormStamp {
    /// Unix seconds of the first render.
    pub served: i64,
    /// Set once the sender was told the form came back too quickly.
    pub asked_again: bool,
}

impl FormStamp {
    /// A stamp for a form first served at `now`.
    pub fn new(now: Timestamp) -> Self {
        Self { served: now.as_second(), asked_again: false }
    }

    /// The stamp a form carries back, if it is one we signed.
    pub fn read(key: &TokenKey, stamp: &str) -> Option<Self> {
        let (data, sig) = stamp.split_once('.')?;
        if !key.verify(Purpose::Form, data, sig) {
            return None;
        }
        let (t, asked_again) = match data.strip_suffix("-again") {
            Some(t) => (t, true),
            None => (data, false),
        };
        Some(Self { served: t.parse().ok()?, asked_again })
    }

    /// The hidden field's value.
    pub fn field(&self, key: &TokenKey) -> String {
        let data = if self.asked_again {
            format!("{}-again", self.served)
        } else {
            self.served.to_string()
        };
        format!("{data}.{}", key.sign(Purpose::Form, &data))
    }

    /// Whether a form with this stamp, sent at `now`, may be taken as a person's.
    pub fn filled_slowly(&self, now: Timestamp, min: std::time::Duration) -> bool {
        self.asked_again
            || now.as_second().saturating_sub(self.served)
                >= i64::try_from(min.as_secs()).unwrap_or(0)
    }
}

/// 22 random URL-safe characters (about 131 bits).
pub fn random_token() -> String {
    use rand::Rng;
    rand::rng().sample_iter(rand::distr::Alphanumeric).take(22).map(char::from).collect()
}

/// Rate limiters, per IP and per email key; in memory, per instance.
pub struct Limits {
    per_ip: Option<DefaultKeyedRateLimiter<IpAddr>>,
    per_email: Option<DefaultKeyedRateLimiter<String>>,
    // Back-office sign-in and password-link requests per client IP.
    login_per_ip: Option<DefaultKeyedRateLimiter<IpAddr>>,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits").finish_non_exhaustive()
    }
}

impl Limits {
    /// Limiters from configuration (0 disables one).
    pub fn new(c: &RegistrationConfig, admin: &AdminConfig) -> Self {
        Self {
            per_ip: NonZeroU32::new(c.per_ip_per_hour)
                .map(|n| RateLimiter::keyed(Quota::per_hour(n))),
            per_email: NonZeroU32::new(c.per_email_per_hour)
                .map(|n| RateLimiter::keyed(Quota::per_hour(n))),
            login_per_ip: NonZeroU32::new(admin.login_per_ip_per_hour)
                .map(|n| RateLimiter::keyed(Quota::per_hour(n))),
        }
    }

    /// Counts one sign-in (or password-link) attempt from `ip`; when over the limit, the
    /// seconds until the next one is allowed.
    pub fn allow_login_ip(&self, ip: IpAddr) -> Result<(), i64> {
        let Some(l) = &self.login_per_ip else { return Ok(()) };
        use governor::clock::Clock as _;
        l.check_key(&ip).map_err(|wait| {
            i64::try_from(wait.wait_time_from(l.clock().now()).as_secs()).unwrap_or(3600)
        })
    }

    /// Counts one registration attempt from `ip`; false when over the limit.
    pub fn allow_ip(&self, ip: IpAddr) -> bool {
        self.per_ip.as_ref().is_none_or(|l| l.check_key(&ip).is_ok())
    }

    /// Counts one registration attempt for an address; false when over the limit.
    pub fn allow_email(&self, email_key: &str) -> bool {
        self.per_email.as_ref().is_none_or(|l| l.check_key(&email_key.to_owned()).is_ok())
    }

    /// Forgets keys whose limits have fully recovered, so memory stays bounded.
    pub fn shrink(&self) {
        if let Some(l) = &self.per_ip {
            l.retain_recent();
        }
        if let Some(l) = &self.per_email {
            l.retain_recent();
        }
        if let Some(l) = &self.login_per_ip {
            l.retain_recent();
        }
    }
}

/// The client's IP: the socket peer, or, behind `trusted_proxies` proxies, the address the
/// outermost of them saw.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let peer = peer.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        Ok(ClientIp(client_ip(peer, &forwarded, app.config.registration.trusted_proxies)))
    }
}

/// The client address behind `trusted` proxies, as proxy-addr (Express) and the rightmost
/// rule of other stacks take it: walking from the socket peer leftwards through
/// `X-Forwarded-For`, each trusted proxy vouches for the hop it appended, so the answer is
/// the `trusted`-th hop from the right. Entries left of it were written by the client and
/// are never used; a list shorter than the trusted chain yields its leftmost entry, and an
/// entry that is not an address stops the walk at the last trusted one.
fn client_ip(peer: IpAddr, forwarded: &[&str], trusted: usize) -> IpAddr {
    let mut ip = peer;
    for hop in forwarded.iter().rev().take(trusted) {
        match hop.trim().parse() {
            Ok(next) => ip = next,
            Err(_) => break,
        }
    }
    ip
}

#[cfg(test)]
mod tests {
    use super::client_ip;
    use std::net::IpAddr;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("address")
    }

    #[test]
    fn the_client_cannot_choose_its_address_behind_a_proxy() {
        let peer = ip("10.0.0.2");
        // The client wrote 1.2.3.4 itself; the proxy appended the address it saw.
        let xff = ["1.2.3.4", " 203.0.113.9"];
        assert_eq!(client_ip(peer, &xff, 1), ip("203.0.113.9"));
        assert_eq!(client_ip(peer, &xff, 0), peer, "no proxy trusted: the header is ignored");
        // Two proxies: the inner one appended what the outer one reported.
        let xff = ["1.2.3.4", "203.0.113.9", "10.0.0.1"];
        assert_eq!(client_ip(peer, &xff, 2), ip("203.0.113.9"));
        assert_eq!(client_ip(peer, &["2001:db8::1"], 1), ip("2001:db8::1"));
        // Junk from a hop stops at the last address a trusted proxy vouched for.
        assert_eq!(client_ip(peer, &["1.2.3.4", "junk"], 2), peer);
        // Fewer entries than trusted proxies: the leftmost, which a trusted proxy wrote.
        assert_eq!(client_ip(peer, &["198.51.100.7"], 3), ip("198.51.100.7"));
    }
}
