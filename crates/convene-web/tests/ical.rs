//! iCalendar files: valid RFC 5545, correct time zones, one event per day with its hours.

use convene_testing::{Backend, TestApp, both_backends};
use icalendar::parser::{read_calendar, unfold};

both_backends!(
    timed_session_has_vtimezone_and_day_events,
    a_two_day_session_is_one_event_per_day_with_its_real_hours,
    whole_day_session_is_all_day,
    calendar_file_snapshot
);

async fn ics(app: &TestApp, number: u32) -> String {
    let res = app.get(&format!("/series/wipo-conversation/sessions/{number}/calendar.ics")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/calendar; charset=utf-8");
    assert!(res.headers()["content-disposition"].to_str().unwrap_or_default().contains(".ics"));
    res.text().await.expect("body")
}

async fn timed_session_has_vtimezone_and_day_events(b: Backend) {
    let app = TestApp::demo(b).await;
    let body = ics(&app, 8).await;
    assert!(body.lines().all(|l| l.len() <= 76), "folded at 75 octets plus CR");
    assert!(body.ends_with("END:VCALENDAR\r\n"));
    let unfolded = unfold(&body);
    let cal = read_calendar(&unfolded).expect("parses as iCalendar");
    let names: Vec<&str> = cal.components.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.iter().filter(|n| **n == "VEVENT").count(), 2, "one per day: {names:?}");
    let tz = cal.components.iter().find(|c| c.name == "VTIMEZONE").expect("VTIMEZONE");
    assert!(tz.properties.iter().any(|p| p.name == "TZID" && p.val.as_str() == "Europe/Zurich"));
    let daylight = tz
        .components
        .iter()
        .find(|c| c.name == "DAYLIGHT")
        .expect("summer time in force in September");
    let prop =
        |name: &str| daylight.properties.iter().find(|p| p.name == name).map(|p| p.val.to_string());
    assert_eq!(prop("TZOFFSETTO").as_deref(), Some("+0200"));
    assert_eq!(prop("TZOFFSETFROM").as_deref(), Some("+0100"));
    assert_eq!(prop("DTSTART").as_deref(), Some("20230326T020000"));
    assert!(unfolded.contains("DTSTART;TZID=Europe/Zurich:20230920T130000\r\n"));
    assert!(unfolded.contains("DTEND;TZID=Europe/Zurich:20230921T170000\r\n"));
    assert!(unfolded.contains("DTSTAMP:20261124T120000Z\r\n"));
    assert!(unfolded.contains("SUMMARY:WIPO Conversation on IP and Frontier Technologies: session 8\\, IP and generative AI (day 1 of 2)\r\n"), "{unfolded}");
    let uids: Vec<&str> = unfolded.lines().filter(|l| l.starts_with("UID:")).collect();
    let mut unique = uids.clone();
    unique.dedup();
    assert_eq!(uids.len(), 2);
    assert_eq!(unique.len(), 2);
}

async fn whole_day_session_is_all_day(b: Backend) {
    let app = TestApp::demo(b).await;
    let body = unfold(&ics(&app, 4).await);
    assert!(body.contains("DTSTART;VALUE=DATE:20210922\r\n"), "{body}");
    assert!(body.contains("DTEND;VALUE=DATE:20210924\r\n"), "exclusive end: {body}");
    assert!(!body.contains("VTIMEZONE"));
    let fr = app
        .get("/series/wipo-conversation/sessions/4/calendar.ics?lang=fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        unfold(&fr)
            .contains("SUMMARY:WIPO Conversation on IP and Frontier Technologies : séance 4")
            || unfold(&fr).contains("séance 4")
            || unfold(&fr).contains("session 4"),
        "{fr}"
    );
}

async fn calendar_file_snapshot(b: Backend) {
    let app = TestApp::demo(b).await;
    let body = ics(&app, 11).await.replace(&app.addr.port().to_string(), "PORT");
    let body = regex_free_redact_uids(&body);
    insta::assert_snapshot!("session_11_ics", body);
}

/// Ids differ between runs only if insertion order changes; redact them anyway.
fn regex_free_redact_uids(s: &str) -> String {
    s.lines()
        .map(|l| match l.split_once(':') {
            Some(("UID" | "RELATED-TO", v)) => format!(
                "{}:[id]@{}",
                l.split(':').next().unwrap_or(""),
                v.split('@').nth(1).unwrap_or("")
            ),
            _ => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `(DTSTART, DTEND)` of each event, as parsed.
fn event_times(body: &str) -> Vec<(String, String)> {
    let unfolded = unfold(body);
    let cal = read_calendar(&unfolded).expect("parses as iCalendar");
    cal.components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|e| {
            let prop = |name: &str| {
                e.properties
                    .iter()
                    .find(|p| p.name == name)
                    .map(|p| p.val.to_string())
                    .unwrap_or_default()
            };
            (prop("DTSTART"), prop("DTEND"))
        })
        .collect()
}

/// Issue 13, point 9: session 8's agenda runs 13:00–17:00 on 20 and 21 September; a calendar
/// shows those two blocks, not one 28-hour event over the night.
async fn a_two_day_session_is_one_event_per_day_with_its_real_hours(b: Backend) {
    let app = TestApp::demo(b).await;
    let times = event_times(&ics(&app, 8).await);
    assert_eq!(
        times,
        [
            ("20230920T130000".to_owned(), "20230920T170000".to_owned()),
            ("20230921T130000".to_owned(), "20230921T170000".to_owned()),
        ]
    );
    let body = unfold(&ics(&app, 8).await);
    assert!(
        body.contains("13:00–13:20 Opening – Opening of the session"),
        "the day's agenda: {body}"
    );
    // Without an agenda, each day keeps the session's daily hours.
    let times = event_times(&ics(&app, 11).await);
    assert_eq!(
        times,
        [
            ("20250423T100000".to_owned(), "20250423T180000".to_owned()),
            ("20250424T100000".to_owned(), "20250424T180000".to_owned()),
        ]
    );
}
