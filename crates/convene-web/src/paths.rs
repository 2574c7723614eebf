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
