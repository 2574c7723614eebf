//! Every cookie convene reads or sets, through the `cookie` crate (axum-extra's jar), so each
//! kind's attributes are stated once and values are parsed and encoded by a maintained parser.

use axum::http::header::{self, HeaderMap, HeaderValue};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use cookie::time::Duration;

/// A year: how long a visitor's language or time zone choice is remembered.
const PREFERENCE_SECONDS: i64 = 365 * 24 * 3600;

/// The value of a request's cookie `name`.
pub(crate) fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    CookieJar::from_headers(headers).get(name).map(|c| c.value().to_owned())
}

/// A remembered preference (`lang`, `tz`): the enhancement script may read it, so not HttpOnly.
pub(crate) fn preference(name: &'static str, value: String) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .max_age(Duration::seconds(PREFERENCE_SECONDS))
        .same_site(SameSite::Lax)
        .build()
}

/// The browser's CSRF secret: for the browser's session, sent with top-level form posts.
pub(crate) fn csrf(name: &'static str, value: String) -> Cookie<'static> {
    Cookie::build((name, value)).path("/").http_only(true).same_site(SameSite::Lax).build()
}

/// A sign-in cookie: never readable by scripts, never sent from another site, gone after
/// `max_age` seconds (0 removes it).
pub(crate) fn sign_in(
    name: &'static str,
    value: String,
    path: &'static str,
    max_age: i64,
) -> Cookie<'static> {
    Cookie::build((name, value))
        .path(path)
        .http_only(true)
        .same_site(SameSite::Strict)
        .max_age(Duration::seconds(max_age))
        .build()
}

/// Adds `cookie` to a response, `Secure` when the site is served over HTTPS.
pub(crate) fn set(headers: &mut HeaderMap, secure: bool, mut cookie: Cookie<'static>) {
    cookie.set_secure(secure.then_some(true));
    if let Ok(v) = HeaderValue::from_str(&cookie.encoded().to_string()) {
        headers.append(header::SET_COOKIE, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_cookie(secure: bool, c: Cookie<'static>) -> String {
        let mut h = HeaderMap::new();
        set(&mut h, secure, c);
        h.get(header::SET_COOKIE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
    }

    #[test]
    fn reads_one_cookie_among_several() {
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_static("a=1; lang=fr"));
        h.append(header::COOKIE, HeaderValue::from_static("tz=Europe/Zurich"));
        assert_eq!(get(&h, "lang").as_deref(), Some("fr"));
        assert_eq!(get(&h, "tz").as_deref(), Some("Europe/Zurich"));
        assert_eq!(get(&h, "csrf"), None);
    }

    #[test]
    fn attributes_per_kind() {
        let p = set_cookie(true, preference("lang", "ar".into()));
        assert!(p.contains("lang=ar") && p.contains("Max-Age=31536000") && p.contains("Secure"));
        assert!(!p.contains("HttpOnly"), "{p}");
        let s = set_cookie(false, sign_in("staff", "x".into(), "/checkin", 60));
        assert!(
            s.contains("HttpOnly") && s.contains("SameSite=Strict") && s.contains("Path=/checkin")
        );
        assert!(!s.contains("Secure"), "{s}");
        assert!(set_cookie(true, csrf("csrf", "v".into())).contains("SameSite=Lax"));
    }
}
