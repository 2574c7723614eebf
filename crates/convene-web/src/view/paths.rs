//! Public URL paths, built in one place so pages, the API and feeds agree.

/// The archive of a series.
pub fn archive(series: &str) -> String {
    format!("/series/{series}")
}

/// A session page.
pub fn session(series: &str, number: u32) -> String {
    format!("/series/{series}/sessions/{number}")
}

/// A session's iCalendar file.
pub fn session_ical(series: &str, number: u32) -> String {
    format!("/series/{series}/sessions/{number}/calendar.ics")
}

/// A speaker page.
pub fn speaker(slug: &str) -> String {
    format!("/speakers/{slug}")
}

/// The archive filtered by a topic.
pub fn topic(series: &str, topic: &str) -> String {
    format!("/series/{series}?topic={topic}")
}

/// A session's registration form.
pub fn register(series: &str, number: u32) -> String {
    format!("/series/{series}/sessions/{number}/register")
}

/// The page shown after a registration form is sent.
pub fn register_sent(series: &str, number: u32) -> String {
    format!("/series/{series}/sessions/{number}/register/sent")
}

/// A registration's manage page (the token is the key).
pub fn manage(token: &str) -> String {
    format!("/manage/{token}")
}

/// The link in the verification email.
pub fn verify(token: &str) -> String {
    format!("/verify/{token}")
}

/// The check-in page, with a code filled in (what the badge's QR code opens).
pub fn checkin(code: &str) -> String {
    format!("/checkin?code={code}")
}

/// A series' reach statistics page (add `.json`, or `/{table}.csv`, for downloads).
pub fn series_reach(series: &str) -> String {
    format!("/series/{series}/reach")
}

/// A session's reach statistics page (add `.json`, or `/{table}.csv`, for downloads).
pub fn session_reach(series: &str, number: u32) -> String {
    format!("/series/{series}/sessions/{number}/reach")
}

/// A one-time link that sets an organiser's password (invitation or reset).
pub fn set_password(token: &str) -> String {
    format!("/admin/set-password/{token}")
}
