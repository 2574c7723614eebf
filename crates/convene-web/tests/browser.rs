//! The session page in real headless Chromium (Debian's, driven by playwright-core).
//! `scripts/test.sh` installs Chromium and the npm package; without them this test fails.

use convene_testing::{Backend, TestApp, both_backends, flow};

both_backends!(
    visitor_sees_session_page_in_chromium,
    visitor_registers_with_the_keyboard,
    organiser_prepares_a_session_that_visitors_then_see,
    back_office_tables_fit_a_1280_px_screen,
    reach_pages_stay_legible_on_a_phone
);

/// Issue 13, points 14 and 16: the audit log and the registrations table overflowed a 1280 px
/// screen and dates wrapped mid-number.
async fn back_office_tables_fit_a_1280_px_screen(b: Backend) {
    use convene_domain::Role;
    let app = TestApp::demo_with_participants(b).await;
    let password = flow::PASSWORD;
    flow::account(&app, "admin@example.org", Role::Admin).await;
    // A registrant with a long address and long answers, as real lists have.
    let manage = flow::register_and_verify(
        &app,
        "a.very.long.address.of.a.participant@ministry-of-economic-development.example.org",
        "in_person",
    )
    .await;
    assert!(!manage.is_empty());
    app.take_mail();
    let sessions = app.store.registrations().sessions_with_registrations().await.expect("list");
    let eight = sessions.iter().find(|s| s.number == 8).expect("session 8").id;
    let thirteen = sessions.iter().find(|s| s.number == 13).expect("session 13").id;
    let paths = [
        format!("/admin/sessions/{eight}/registrations"),
        format!("/admin/sessions/{thirteen}/registrations"),
        "/admin/audit".to_owned(),
        "/admin/sessions".to_owned(),
        "/admin/users".to_owned(),
    ];
    let fixture =
        serde_json::json!({ "email": "admin@example.org", "password": password, "paths": paths });
    let stdout = app.run_browser_script("admin_tables.mjs", &fixture.to_string()).await;
    assert!(stdout.contains("3 passed, 0 failed"), "{stdout}");
}

/// Issue 13, point 7: at 390 px, chart labels are drawn at least at the body's size and no
/// table is cut off (each sits in a scroll container that fits the screen).
async fn reach_pages_stay_legible_on_a_phone(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let stdout = app.run_browser_script("reach_phone.mjs", "{}").await;
    assert!(stdout.contains("4 passed, 0 failed"), "{stdout}");
}

/// An editor signs in, creates a session with an agenda, opens registration; a visitor sees
/// it. The script drives the pages as a person would; the records are checked here.
async fn organiser_prepares_a_session_that_visitors_then_see(b: Backend) {
    use convene_domain::Role;
    let app = TestApp::demo(b).await;
    let password = flow::PASSWORD;
    flow::account(&app, "editor@example.org", Role::Editor).await;
    let now = app.clock.now();
    let zone = jiff::tz::TimeZone::get("Europe/Zurich").expect("zone");
    let today = now.to_zoned_datetime(zone).date();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).expect("day").to_string();
    let speaker = app.store.content().speakers().await.expect("speakers")[0].slug.to_string();
    let fixture = serde_json::json!({
        "email": "editor@example.org", "password": password,
        "day": day(30), "opens": day(-1), "closes": day(29), "speaker": speaker,
    });
    let stdout = app.run_browser_script("admin_session.mjs", &fixture.to_string()).await;
    assert!(stdout.contains("6 passed, 0 failed"), "{stdout}");
    let all = app.store.content().editable_series().await.expect("series");
    let (s, _) = all[0].sessions.iter().find(|(s, _)| s.number == 14).expect("session 14");
    assert_eq!(s.status, convene_domain::SessionStatus::RegistrationOpen);
    let agenda = app.store.content().agenda(s.id).await.expect("agenda");
    assert_eq!(agenda.len(), 1);
    assert_eq!(agenda[0].people[0].speaker.slug.as_str(), speaker);
}

async fn visitor_registers_with_the_keyboard(b: Backend) {
    let app = TestApp::demo(b).await;
    let stdout = app.run_browser_script("registration.mjs", "{}").await;
    assert!(stdout.contains("2 passed, 0 failed"), "{stdout}");
    // The registration really happened: its verification email goes out.
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.take_mail()[0].to, "wanjiru@example.org");
}

async fn visitor_sees_session_page_in_chromium(b: Backend) {
    let app = TestApp::demo(b).await;
    let stdout = app.run_browser_script("session_page.mjs", "{}").await;
    assert!(stdout.contains("3 passed, 0 failed"), "{stdout}");
}
