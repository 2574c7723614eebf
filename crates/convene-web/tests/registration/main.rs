//! Registration end to end: form, verification, emails, duplicates, bad input and abuse.

mod hybrid;
mod time_trap;

use convene_testing::flow::{
    FORM, fields, hidden, last_to, link, open_form, register_and_verify, submit,
};
use convene_testing::{Backend, Page, TestApp, both_backends, test_registration_config, text};

async fn session_page_shows_state_and_button(b: Backend) {
    let app = TestApp::demo(b).await;
    let html = app.page("/series/wipo-conversation/sessions/13", 200).await;
    assert!(text(&html).contains("Registration is open and free."));
    assert!(html.contains(&format!("href=\"{FORM}\"")));
    let past = app.page("/series/wipo-conversation/sessions/8", 200).await;
    assert!(!past.contains("/register\""), "no register button for a past session");
    let form = app.page(FORM, 200).await;
    assert_eq!(Page::parse(&form).text_of("option[value=CH]"), "Switzerland");
    let fr = app.page(&format!("{FORM}?lang=fr"), 200).await;
    assert_eq!(Page::parse(&fr).text_of("option[value=CH]"), "Suisse");
}

async fn registering_verifying_and_confirming(b: Backend) {
    let app = TestApp::demo(b).await;
    let res = submit(&app, FORM, &[], &fields("ana@example.org", "in_person")).await;
    assert_eq!(res.status().as_u16(), 303);
    let sent = res.headers()["location"].to_str().expect("location").to_owned();
    assert!(text(&app.page(&sent, 200).await).contains("Check your inbox"));
    assert_eq!(app.run_jobs().await, 1);
    let mail = app.take_mail();
    assert_eq!(mail.len(), 1);
    let verify = &mail[0];
    // The registrant chose Spanish: the email is in Spanish, with correct headers.
    let catalogue = convene_web::Catalogue::load().expect("catalogue");
    let spanish = catalogue
        .tr(convene_web::Lang::Es)
        .args("email-verify-subject", &[("title", "IP and AI agents".into())]);
    assert_eq!(verify.subject, spanish);
    assert!(verify.raw.contains("Content-Language: es"));
    assert!(verify.raw.contains("Date: "));
    assert!(verify.message_id.ends_with("@example.org"));
    assert!(verify.html.contains("lang=\"es\""));
    // Pending until verified.
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!((counts.pending, counts.confirmed), (1, 0));
    let res = app.get(&link(&verify.text, "/verify/")).await;
    assert_eq!(res.status().as_u16(), 303);
    let manage = res.headers()["location"].to_str().expect("location").to_owned();
    assert_eq!(app.run_jobs().await, 1);
    let confirmed = app.take_mail();
    let c = &confirmed[0];
    assert!(c.subject.contains("IP and AI agents"));
    let names: Vec<&str> = c.attachments.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"checkin.png") && names.iter().any(|n| n.ends_with(".ics")),
        "{names:?}"
    );
    let page = text(&app.page(&manage, 200).await);
    assert!(page.contains("Confirmada") || page.contains("Confirmed"), "{page}");
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!((counts.pending, counts.confirmed), (0, 1));
    // The manage link in the email is the one the verification led to.
    let manage_path = manage.split('?').next().unwrap_or_default();
    assert!(c.text.contains(&app.url(manage_path)));
}

async fn session_id(app: &TestApp) -> i64 {
    let slug = convene_domain::Slug::try_from("wipo-conversation").expect("slug");
    let key = convene_storage::SessionKey::Number { series: slug, number: 13 };
    app.store.content().session_detail(key).await.expect("query").expect("session 13").session.id
}

async fn registering_twice_sends_the_manage_link_and_reveals_nothing(b: Backend) {
    let app = TestApp::demo(b).await;
    let manage = register_and_verify(&app, "ana@example.org", "online").await;
    app.take_mail();
    // The same address, other case and a decomposed accent elsewhere: the same person.
    let first = submit(&app, FORM, &[], &fields("ANA@Example.org", "in_person")).await;
    let fresh = submit(&app, FORM, &[], &fields("someone.new@example.org", "online")).await;
    assert_eq!(first.status(), fresh.status());
    assert_eq!(first.headers()["location"], fresh.headers()["location"]);
    app.run_jobs().await;
    let mail = app.take_mail();
    let again = last_to(&mail, "ana@example.org");
    assert!(again.text.contains(&manage), "the manage link is sent again");
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!(counts.confirmed + counts.pending, 2, "no duplicate registration");
}

async fn bad_input_is_refused_field_by_field_and_kept(b: Backend) {
    let app = TestApp::demo(b).await;
    let bad = [
        ("name", "Ana\u{202E}Pérez"),
        ("email", "not-an-address"),
        ("country", "XX"),
        ("stakeholder_group", ""),
        ("organisation", "Org\u{7}"),
        ("attendance_mode", "in_person"),
        ("language", "es"),
    ];
    let res = submit(&app, FORM, &[], &bad).await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("body");
    let page = text(&html);
    assert!(page.contains("Please correct the following"), "{page}");
    for message in [
        "Remove the invisible text-direction characters",
        "Enter an email address such as",
        "Choose one of the options offered.",
        "This field is required.",
        "Remove the invisible control characters",
        "You need to agree to the privacy notice",
    ] {
        assert!(page.contains(message), "missing {message:?}");
    }
    assert!(html.contains("value=\"not-an-address\""), "typed values are kept");
    assert!(html.contains("aria-invalid=\"true\""));
    let long = "x".repeat(201);
    let mut f = fields("long@example.org", "online");
    f[0] = ("name", &long);
    let res = submit(&app, FORM, &[], &f).await;
    assert!(text(&res.text().await.expect("body")).contains("Use at most 200 characters."));
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!(counts, Default::default(), "nothing stored");
    assert_eq!(app.run_jobs().await, 0);
}

async fn forms_need_their_csrf_token(b: Backend) {
    let app = TestApp::demo(b).await;
    let (browser, html) = open_form(&app, FORM).await;
    let started = hidden(&html, "started");
    let mut f = fields("ana@example.org", "online");
    f.push(("started", &started));
    let no_token = app.post_form(FORM, &browser.cookies, &f).await;
    assert_eq!(no_token.status().as_u16(), 403);
    f.push(("csrf", "forged"));
    assert_eq!(app.post_form(FORM, &browser.cookies, &f).await.status().as_u16(), 403);
    let csrf = hidden(&html, "csrf");
    let f2: Vec<_> = fields("ana@example.org", "online")
        .into_iter()
        .chain([("csrf", csrf.as_str()), ("started", started.as_str())])
        .collect();
    assert_eq!(app.post_form(FORM, "", &f2).await.status().as_u16(), 403, "no cookie");
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!(counts, Default::default());
}

async fn bots_are_turned_away(b: Backend) {
    let mut config = test_registration_config();
    config.min_fill_time = std::time::Duration::from_secs(3);
    let app = TestApp::demo_with(b, config).await;
    // The honeypot: the bot sees success, nothing is stored or sent.
    let res = submit(
        &app,
        FORM,
        &[("website", "http://spam.example")],
        &fields("bot@example.org", "online"),
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    // Too fast: a person is asked to send again, and then it works.
    let (browser, html) = open_form(&app, FORM).await;
    let (csrf, started) = (hidden(&html, "csrf"), hidden(&html, "started"));
    let mut f = fields("person@example.org", "online");
    f.extend([("csrf", csrf.as_str()), ("started", started.as_str())]);
    let fast = app.post_form(FORM, &browser.cookies, &f).await;
    assert_eq!(fast.status().as_u16(), 422);
    assert!(text(&fast.text().await.expect("body")).contains("sent too quickly"));
    app.advance(jiff::SignedDuration::from_secs(4));
    let slow = app.post_form(FORM, &browser.cookies, &f).await;
    assert_eq!(slow.status().as_u16(), 303);
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.take_mail()[0].to, "person@example.org");
}

async fn attempts_are_rate_limited(b: Backend) {
    let mut config = test_registration_config();
    config.per_email_per_hour = 2;
    config.per_ip_per_hour = 3;
    let app = TestApp::demo_with(b, config).await;
    let f = fields("ana@example.org", "online");
    assert_eq!(submit(&app, FORM, &[], &f).await.status().as_u16(), 303);
    assert_eq!(submit(&app, FORM, &[], &f).await.status().as_u16(), 303);
    let third = submit(&app, FORM, &[], &f).await;
    assert_eq!(third.status().as_u16(), 429, "per address");
    let other = submit(&app, FORM, &[], &fields("bea@example.org", "online")).await;
    assert_eq!(other.status().as_u16(), 429, "per IP");
    assert_eq!(app.run_jobs().await, 2);
}

async fn the_api_registers_with_the_same_rules(b: Backend) {
    let app = TestApp::demo(b).await;
    let id = session_id(&app).await;
    let path = format!("/api/v1/sessions/{id}/registrations");
    let body = serde_json::json!({
        "name": "Li Wei", "email": "li@example.org", "country": "CN",
        "stakeholder_group": "enterprise_industry", "attendance_mode": "online",
        "language": "zh", "consent": true
    });
    let res = app.post_json(&path, &body).await;
    assert_eq!(res.status().as_u16(), 202);
    let first: serde_json::Value = res.json().await.expect("json");
    assert_eq!(first["status"], "pending_verification");
    let again: serde_json::Value = app.post_json(&path, &body).await.json().await.expect("json");
    assert_eq!(first, again, "a repeat looks exactly like a first registration");
    let mut bad = body.clone();
    bad["email"] = "nope".into();
    bad["consent"] = false.into();
    let res = app.post_json(&path, &bad).await;
    assert_eq!(res.status().as_u16(), 422);
    let err: serde_json::Value = res.json().await.expect("json");
    let fields: Vec<&str> = err["error"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert_eq!(fields, ["email", "consent"]);
    assert!(!err.to_string().contains("li@example.org"));
    let past = app.store.content().sessions(None, None).await.expect("sessions");
    let eight = past.iter().find(|s| s.number == 8).expect("session 8");
    let closed =
        app.post_json(&format!("/api/v1/sessions/{}/registrations", eight.id), &body).await;
    assert_eq!(closed.status().as_u16(), 409);
    let doc = app.json("/api/openapi.json", 200).await;
    assert!(doc["paths"]["/api/v1/sessions/{id}/registrations"]["post"].is_object());
    app.run_jobs().await;
    let mail = app.take_mail();
    assert_eq!(mail.len(), 2, "verification, then the same verification again");
    assert!(mail[0].html.contains("lang=\"zh\""));
}

async fn a_worker_that_dies_mid_send_leaves_one_message_to_resend(b: Backend) {
    let app = TestApp::demo(b).await;
    let res = submit(&app, FORM, &[], &fields("ana@example.org", "online")).await;
    assert_eq!(res.status().as_u16(), 303);
    // Another worker leases the job and dies before marking it sent.
    let leased =
        app.store.lease_jobs("dead-worker", app.clock.now(), 120, 10).await.expect("lease");
    assert_eq!(leased.len(), 1);
    assert_eq!(app.run_jobs().await, 0, "a live lease is respected");
    app.advance(jiff::SignedDuration::from_mins(3));
    assert_eq!(app.run_jobs().await, 1, "after the lease runs out, it is sent once");
    let mail = app.take_mail();
    assert_eq!(mail.len(), 1);
    assert!(mail[0].message_id.starts_with(&format!("job-{}@", leased[0].id)), "same Message-ID");
    assert_eq!(app.run_jobs().await, 0);
}

async fn emails_read_as_expected(b: Backend) {
    let app = TestApp::demo(b).await;
    let mut f = fields("ana@example.org", "in_person");
    f[6] = ("language", "en");
    let res = submit(&app, FORM, &[], &f).await;
    assert_eq!(res.status().as_u16(), 303);
    app.run_jobs().await;
    let verify = app.take_mail().remove(0);
    app.get(&link(&verify.text, "/verify/")).await;
    app.run_jobs().await;
    let confirmed = app.take_mail().remove(0);
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"http://127\.0\.0\.1:\d+", "[base]");
    settings.add_filter(r"/(verify|manage)/\d+\.[A-Za-z0-9_-]+", "/$1/[token]");
    settings.add_filter(r"\b\d+-[A-Z2-9]{10}\b", "[code]");
    settings.set_snapshot_suffix("");
    settings.bind(|| {
        insta::assert_snapshot!("verify_email_text", verify.text);
        insta::assert_snapshot!("confirmed_email_text", confirmed.text);
        insta::assert_snapshot!("confirmed_email_subject", confirmed.subject);
    });
}

both_backends!(
    emails_read_as_expected,
    a_worker_that_dies_mid_send_leaves_one_message_to_resend,
    session_page_shows_state_and_button,
    registering_verifying_and_confirming,
    registering_twice_sends_the_manage_link_and_reveals_nothing,
    bad_input_is_refused_field_by_field_and_kept,
    forms_need_their_csrf_token,
    bots_are_turned_away,
    attempts_are_rate_limited,
    the_api_registers_with_the_same_rules,
);
