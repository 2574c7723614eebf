//! WCAG 2.2 AA: axe-core on every page, form error state and back-office page, in English and
//! Arabic, in Debian's headless Chromium (e2e/axe.mjs). This test prepares what those pages
//! need (reach figures, a confirmed registration, staff accounts) and runs the script.

use convene_domain::{Email, Role};
use convene_storage::Actor;
use convene_testing::{Backend, Page, TestApp, both_backends, flow};

both_backends!(
    every_page_passes_axe_in_english_and_arabic,
    keyboard_focus_reflow_and_no_script_work
);

/// Back-office pages a signed-in admin opens with a GET. A new back-office page is one more
/// line here; axe.mjs visits each in both languages.
const ADMIN_PAGES: &[&str] = &[
    "/admin",
    "/admin/password",
    "/admin/users",
    "/admin/reach",
    "/admin/sessions",
    "/admin/sessions/new?series=1",
    "/admin/series/new",
    "/admin/speakers",
    "/admin/registrations",
    "/admin/audit",
];

/// Back-office pages of one record each: a session with its agenda, one agenda item, its
/// registrations and the history of its texts, the series, a speaker.
async fn record_pages(app: &TestApp) -> Vec<String> {
    let series = app.store.content().editable_series().await.expect("series");
    let (s, _) = series[0].sessions.iter().find(|(s, _)| s.number == 8).expect("session 8");
    let item = app.store.content().agenda(s.id).await.expect("agenda")[0].id;
    let speaker = app.store.content().speakers().await.expect("speakers")[0].id;
    let id = s.id;
    vec![
        format!("/admin/sessions/{id}"),
        format!("/admin/sessions/{id}/agenda/{item}"),
        format!("/admin/sessions/{id}/agenda/new"),
        format!("/admin/sessions/{id}/registrations"),
        format!("/admin/revisions?subject=session:{id}"),
        format!("/admin/series/{}", series[0].series.id),
        format!("/admin/speakers/{speaker}"),
    ]
}

/// How many public pages and form states axe.mjs's PUBLIC and FORMS lists hold at least, so
/// a script that silently visits fewer pages fails.
const SCRIPT_PAGES: usize = 39;

async fn every_page_passes_axe_in_english_and_arabic(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let manage = flow::register_and_verify(&app, "room@example.org", "in_person").await;
    let manage_html = app.page(&manage, 200).await;
    let code = Page::parse(&manage_html).text_of("code[dir=ltr]");
    flow::account(&app, "admin@example.org", Role::Admin).await;
    let now = app.clock.now();
    // An account still waiting for its password: its set-password page.
    let invited = Email::try_from("invited@example.org").expect("email");
    let waiting = app
        .store
        .accounts()
        .create_user(Actor::Cli, invited, Role::Editor, convene_domain::Lang::En, false, now)
        .await
        .expect("create")
        .expect("new address");
    let mut admin_pages: Vec<String> = ADMIN_PAGES.iter().map(|p| (*p).to_owned()).collect();
    admin_pages.extend(record_pages(&app).await);
    let session8 = admin_pages[ADMIN_PAGES.len()].clone();
    let fixture = serde_json::json!({
        "session8": session8,
        "manage": manage,
        "setPassword": format!("/admin/set-password/{}", waiting.link.as_str()),
        "email": "admin@example.org",
        "password": flow::PASSWORD,
        "checkinToken": "door-staff-token",
        "checkinCode": code,
        "adminPages": admin_pages,
    });
    let stdout = app.run_browser_script("axe.mjs", &fixture.to_string()).await;
    // What axe could not decide is for a person to look at: shown with --nocapture.
    for line in stdout.lines().filter(|l| l.starts_with('#')) {
        eprintln!("{line}");
    }
    let passed: usize = stdout
        .lines()
        .find_map(|l| l.strip_suffix(" passed, 0 failed"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no summary line:\n{stdout}"));
    // The known fault; per language, opening and closing the browser, the script's pages and
    // the admin pages; then the report of what axe left undecided.
    let least = 2 * (2 + SCRIPT_PAGES + admin_pages.len()) + 2;
    assert!(passed >= least, "only {passed} checks ran, expected {least} or more:\n{stdout}");
    // Password resets asked for on the way have nothing to send to unknown addresses; any
    // mail the forms queued goes out so the harness sees no forgotten jobs.
    app.run_jobs().await;
    app.take_mail();
}

/// What axe cannot see: the skip link, visible focus, the organisers' sign-in by keyboard,
/// forms without JavaScript, reflow at 320 px and 200 % zoom, and wider text spacing.
async fn keyboard_focus_reflow_and_no_script_work(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let editor = flow::account(&app, "editor@example.org", Role::Editor).await.id;
    let fixture = serde_json::json!({ "email": "editor@example.org", "password": flow::PASSWORD });
    let stdout = app.run_browser_script("keyboard.mjs", &fixture.to_string()).await;
    assert!(stdout.contains("12 passed, 0 failed"), "{stdout}");
    // Both sign-ins started a session; the sign-outs ended them.
    assert_eq!(
        app.store.accounts().session_ids(editor).await.expect("sessions"),
        Vec::<String>::new()
    );
}
