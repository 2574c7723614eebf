//! Every kind of email convene sends, in English and Arabic, as insta snapshots: subject,
//! attachments, the text part and an outline of the HTML part. Here, beside the back-office
//! helpers, because a session's cancellation and the account emails start in the back office.
//! The baseline refactors must keep; one snapshot per email and language, on both databases.

use convene_domain::Role;
use convene_jobs::SentEmail;
use convene_testing::flow::{hidden, last_to, link};
use convene_testing::{Backend, Page, TestApp, assert_redacted_snapshot, both_backends, now};
use jiff::{SignedDuration, Timestamp};

use crate::{browser, signed_in};

both_backends!(every_email_in_english, every_email_in_arabic);

async fn every_email_in_english(b: Backend) {
    every_email(b, "en").await;
}

async fn every_email_in_arabic(b: Backend) {
    every_email(b, "ar").await;
}

/// What a snapshot shows of an email.
fn render(m: &SentEmail) -> String {
    let attachments: Vec<String> =
        m.attachments.iter().map(|(name, kind)| format!("{name} ({kind})")).collect();
    format!(
        "subject: {}\nattachments: {}\n\n--- text\n{}\n\n--- html\n{}\n",
        m.subject,
        attachments.join(", "),
        m.text.trim_end(),
        Page::parse(&m.html).outline("html")
    )
}

/// The demo series with one seat in session 13's room, so the waiting list is used.
async fn app_with_one_seat(b: Backend) -> TestApp {
    let app = TestApp::empty(b).await;
    let mut content = convene_domain::demo::wipo_conversation(now());
    let s13 = content.sessions.iter_mut().find(|s| s.number == 13).expect("session 13");
    if let Some(r) = s13.registration.as_mut() {
        r.window.capacity_in_person = Some(1);
    }
    app.load(content).await;
    app
}

/// Session 13's id and start, as the API publishes them.
async fn session_13(app: &TestApp) -> (i64, Timestamp) {
    let list = app.json("/api/v1/sessions", 200).await;
    let items = list["items"].as_array().expect("items");
    let s = items.iter().find(|s| s["number"] == 13).expect("session 13");
    let start = s["starts_at"].as_str().expect("start").parse().expect("instant");
    (s["id"].as_i64().expect("id"), start)
}

/// Registers `email` for session 13 through the API in `lang`; returns what the outbox sent.
async fn register(app: &TestApp, id: i64, email: &str, mode: &str, lang: &str) -> Vec<SentEmail> {
    let body = serde_json::json!({
        "name": "Ana Pérez", "email": email, "country": "EG",
        "stakeholder_group": "media", "attendance_mode": mode, "language": lang,
        "consent": true
    });
    let path = format!("/api/v1/sessions/{id}/registrations");
    assert_eq!(app.post_json(&path, &body).await.status().as_u16(), 202);
    app.run_jobs().await;
    app.take_mail()
}

/// Follows the verification link of `mail`; returns what the outbox sent then.
async fn verify(app: &TestApp, mail: &SentEmail) -> Vec<SentEmail> {
    let res = app.get(&link(&mail.text, "/verify/")).await;
    assert_eq!(res.status().as_u16(), 303, "verification link works");
    app.run_jobs().await;
    app.take_mail()
}

/// Cancels from the manage page linked in `mail`; returns what the outbox sent then.
async fn cancel(app: &TestApp, mail: &SentEmail) -> Vec<SentEmail> {
    let manage = link(&mail.text, "/manage/");
    let res = app.get(&manage).await;
    let cookie = res.headers()["set-cookie"].to_str().expect("cookie");
    let cookie = cookie.split(';').next().unwrap_or_default().to_owned();
    let csrf = hidden(&res.text().await.expect("body"), "csrf");
    let res = app.post_form(&manage, &cookie, &[("csrf", &csrf), ("action", "cancel")]).await;
    assert_eq!(res.status().as_u16(), 303, "cancelled");
    app.run_jobs().await;
    app.take_mail()
}

/// Moves the clock to `at` and runs what fell due; returns what the outbox sent.
async fn at(app: &TestApp, at: Timestamp) -> Vec<SentEmail> {
    app.advance(at.duration_since(app.clock.now()));
    app.run_jobs().await;
    app.take_mail()
}

async fn every_email(b: Backend, lang: &str) {
    let app = app_with_one_seat(b).await;
    let (id, start) = session_13(&app).await;
    let mut shots = Vec::new();
    let mut shot = |name: &str, m: &SentEmail| shots.push((name.to_owned(), render(m)));

    let mail = register(&app, id, "seat@example.org", "in_person", lang).await;
    shot("verify", last_to(&mail, "seat@"));
    let seated = verify(&app, last_to(&mail, "seat@")).await;
    shot("confirmed_in_person", last_to(&seated, "seat@"));
    let mail = register(&app, id, "seat@example.org", "in_person", lang).await;
    shot("manage_link", last_to(&mail, "seat@"));
    let mail = register(&app, id, "wait@example.org", "in_person", lang).await;
    let waiting = verify(&app, last_to(&mail, "wait@")).await;
    shot("waitlisted", last_to(&waiting, "wait@"));
    let mail = register(&app, id, "online@example.org", "online", lang).await;
    let online = verify(&app, last_to(&mail, "online@")).await;
    shot("confirmed_online", last_to(&online, "online@"));
    let mail = cancel(&app, last_to(&seated, "seat@")).await;
    shot("cancelled", last_to(&mail, "seat@"));
    shot("promoted", last_to(&mail, "wait@"));
    let mail = at(&app, start - SignedDuration::from_hours(24)).await;
    shot("reminder_24h_online", last_to(&mail, "online@"));
    shot("reminder_24h_in_person", last_to(&mail, "wait@"));
    let mail = at(&app, start - SignedDuration::from_hours(1)).await;
    shot("reminder_1h", last_to(&mail, "online@"));

    let (editor, _) = signed_in(&app, Role::Admin).await;
    let page = editor.get(&app, &format!("/admin/sessions/{id}")).await.text().await.expect("page");
    let version = hidden(&page, "version");
    let status = format!("/admin/sessions/{id}/status");
    editor.post(&app, &status, &[("version", &version), ("to", "cancelled")]).await;
    app.run_jobs().await;
    shot("session_cancelled", last_to(&app.take_mail(), "online@"));

    let users = format!("/admin/users?lang={lang}");
    editor.post(&app, &users, &[("email", "new@example.org"), ("role", "editor")]).await;
    app.run_jobs().await;
    shot("invitation", last_to(&app.take_mail(), "new@"));
    let reset = format!("/admin/reset?lang={lang}");
    browser(&app).await.post(&app, &reset, &[("email", "new@example.org")]).await;
    app.run_jobs().await;
    shot("password_reset", last_to(&app.take_mail(), "new@"));

    for (name, shot) in shots {
        assert_redacted_snapshot!(format!("{name}_{lang}"), shot);
    }
}
