//! The minimum fill time (issue 13, point 1): it counts from the form's first render, and a
//! person who sends again as the refusal asks is registered.

use jiff::SignedDuration;

use convene_testing::flow::{FORM, fields, hidden, open_form};
use convene_testing::{Backend, TestApp, both_backends, test_registration_config, text};

async fn app_with_trap(b: Backend) -> TestApp {
    let mut config = test_registration_config();
    config.min_fill_time = std::time::Duration::from_secs(3);
    TestApp::demo_with(b, config).await
}

/// Posts `fields` with the hidden fields of the form page `html`; returns status and body.
async fn send(app: &TestApp, cookies: &str, html: &str, f: &[(&str, &str)]) -> (u16, String) {
    let (csrf, started) = (hidden(html, "csrf"), hidden(html, "started"));
    let mut all: Vec<(&str, &str)> = vec![("csrf", &csrf), ("started", &started)];
    all.extend_from_slice(f);
    let res = app.post_form(FORM, cookies, &all).await;
    let status = res.status().as_u16();
    (status, res.text().await.expect("body"))
}

async fn a_quick_sender_who_sends_again_is_registered(b: Backend) {
    let app = app_with_trap(b).await;
    let (browser, html) = open_form(&app, FORM).await;
    let f = fields("quick@example.org", "online");
    app.advance(SignedDuration::from_secs(1));
    let (status, refused) = send(&app, &browser.cookies, &html, &f).await;
    assert_eq!(status, 422);
    assert!(text(&refused).contains("sent too quickly"));
    // The immediate second click, from the page that asked for it, is accepted.
    let (status, _) = send(&app, &browser.cookies, &refused, &f).await;
    assert_eq!(status, 303, "the resubmission the page asked for is accepted");
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.take_mail()[0].to, "quick@example.org");
}

async fn the_fill_time_counts_from_the_first_render(b: Backend) {
    let app = app_with_trap(b).await;
    let (browser, html) = open_form(&app, FORM).await;
    app.advance(SignedDuration::from_secs(2));
    // A mistake: the form comes back with the error, and keeps its first time.
    let mut wrong = fields("slow@example.org", "online");
    wrong.retain(|(k, _)| *k != "consent");
    let (status, again) = send(&app, &browser.cookies, &html, &wrong).await;
    assert_eq!(status, 422);
    assert!(!text(&again).contains("sent too quickly"));
    assert_eq!(hidden(&again, "started"), hidden(&html, "started"));
    app.advance(SignedDuration::from_secs(2));
    let (status, _) =
        send(&app, &browser.cookies, &again, &fields("slow@example.org", "online")).await;
    assert_eq!(status, 303, "four seconds after the first render");
    assert_eq!(app.run_jobs().await, 1);
    app.take_mail();
}

async fn a_forged_stamp_is_not_waved_through(b: Backend) {
    let app = app_with_trap(b).await;
    let (browser, html) = open_form(&app, FORM).await;
    let forged = html.replace(&hidden(&html, "started"), "1-again.AAAAAAAAAAAAAAAAAAAAAAAA");
    let f = fields("bot@example.org", "online");
    let (status, refused) = send(&app, &browser.cookies, &forged, &f).await;
    assert_eq!(status, 422, "a stamp we did not sign is too fast");
    // The page shown again carries a fresh stamp that has not been granted a second chance.
    let (status, _) = send(&app, &browser.cookies, &refused, &f).await;
    assert_eq!(status, 422);
}

both_backends!(
    a_quick_sender_who_sends_again_is_registered,
    the_fill_time_counts_from_the_first_render,
    a_forged_stamp_is_not_waved_through,
);
