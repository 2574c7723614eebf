//! Hybrid participation: seats and the waiting list, join links, reminders, check-in, and the
//! registrant's own page.

use jiff::SignedDuration;

use convene_testing::both_backends;

use crate::session_id;
use convene_testing::flow::{FORM, es, fields, last_to, link, register_and_verify, submit};
use convene_testing::{Backend, Page, TestApp, now, text};

/// The demo series with session 13's room limited to `seats`.
async fn app_with_seats(b: Backend, seats: u32) -> TestApp {
    let app = TestApp::empty(b).await;
    let mut content = convene_domain::demo::wipo_conversation(now());
    let s13 = content.sessions.iter_mut().find(|s| s.number == 13).expect("session 13");
    if let Some(r) = s13.registration.as_mut() {
        r.window.capacity_in_person = Some(seats);
    }
    app.load(content).await;
    app
}

async fn a_full_room_fills_from_the_waiting_list_in_order(b: Backend) {
    let app = app_with_seats(b, 2).await;
    let first = register_and_verify(&app, "one@example.org", "in_person").await;
    register_and_verify(&app, "two@example.org", "in_person").await;
    let page = text(&app.page("/series/wipo-conversation/sessions/13", 200).await);
    assert!(page.contains("The room is full"), "{page}");
    let third = register_and_verify(&app, "three@example.org", "in_person").await;
    let mail = app.take_mail();
    assert_eq!(last_to(&mail, "three@").subject, es("email-waitlisted-subject"));
    let fourth = register_and_verify(&app, "four@example.org", "in_person").await;
    assert!(text(&app.page(&third, 200).await).contains("waiting list, number 1"));
    assert!(text(&app.page(&fourth, 200).await).contains("waiting list, number 2"));
    // The first cancels: the third is promoted and told, the fourth moves up.
    cancel(&app, &first).await;
    app.run_jobs().await;
    let mail = app.take_mail();
    assert_eq!(last_to(&mail, "three@").subject, es("email-promoted-subject"));
    assert!(text(&app.page(&third, 200).await).contains("Confirm"));
    assert!(text(&app.page(&fourth, 200).await).contains("waiting list, number 1"));
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!((counts.confirmed, counts.waitlisted, counts.cancelled), (2, 1, 1));
}

async fn cancel(app: &TestApp, manage: &str) {
    let res = app.get(manage).await;
    let cookie = convene_testing::flow::first_cookie(&res);
    let csrf = convene_testing::flow::hidden(&res.text().await.expect("body"), "csrf");
    let res = app.post_form(manage, &cookie, &[("csrf", &csrf), ("action", "cancel")]).await;
    assert_eq!(res.status().as_u16(), 303);
}

async fn a_thousand_requests_for_ten_seats_seat_exactly_ten(b: Backend) {
    let app = app_with_seats(b, 10).await;
    let path = format!("/api/v1/sessions/{}/registrations", session_id(&app).await);
    let client = reqwest::Client::new();
    let mut requests = tokio::task::JoinSet::new();
    for i in 0..1000 {
        let (client, url) = (client.clone(), app.url(&path));
        requests.spawn(async move {
            let body = serde_json::json!({
                "name": format!("Person {i}"), "email": format!("p{i}@example.org"),
                "country": "KE", "stakeholder_group": "individual",
                "attendance_mode": "in_person", "language": "en", "consent": true
            });
            client.post(url).json(&body).send().await.map(|r| r.status().as_u16())
        });
    }
    let mut accepted = 0;
    while let Some(r) = requests.join_next().await {
        assert_eq!(r.expect("task").expect("request"), 202);
        accepted += 1;
    }
    assert_eq!(accepted, 1000);
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!((counts.pending, counts.waitlisted), (10, 990));
    app.run_jobs().await;
    assert_eq!(app.take_mail().len(), 1000);
}

async fn join_links_reach_only_confirmed_online_participants(b: Backend) {
    let app = TestApp::demo(b).await;
    let secret = "stream.example.org";
    let online = register_and_verify(&app, "online@example.org", "online").await;
    let in_person = register_and_verify(&app, "room@example.org", "in_person").await;
    let page = app.page(&online, 200).await;
    assert!(page.contains("/join/en"), "online participants see their channels");
    assert!(!page.contains(secret), "even they get our recording redirect, not the raw URL");
    assert!(!app.page(&in_person, 200).await.contains("/join/"));
    let id = session_id(&app).await;
    for public in [
        "/".to_owned(),
        "/sessions".to_owned(),
        "/series/wipo-conversation/sessions/13".to_owned(),
        "/series/wipo-conversation/sessions/13/calendar.ics".to_owned(),
        FORM.to_owned(),
        format!("/api/v1/sessions/{id}"),
        format!("/api/v1/sessions/{id}/agenda"),
        "/api/v1/sessions".to_owned(),
        "/api/openapi.json".to_owned(),
    ] {
        let body = app.get(&public).await.text().await.expect("body");
        assert!(!body.contains(secret), "{public} leaks a join link");
    }
    // Opening a channel records attendance and leads to the stream.
    let res = app.get(&format!("{online}/join/fr")).await;
    assert_eq!(res.status().as_u16(), 303);
    assert!(res.headers()["location"].to_str().expect("location").contains(secret));
    let data = app.json(&format!("{online}/data.json"), 200).await;
    assert!(data["registration"]["joined_online_at"].is_string());
    assert_eq!(app.get(&format!("{in_person}/join/fr")).await.status().as_u16(), 404);
    assert_eq!(app.get("/manage/1.forged/join/fr").await.status().as_u16(), 404);
}

async fn reminders_come_a_day_and_an_hour_before(b: Backend) {
    let app = TestApp::demo(b).await;
    register_and_verify(&app, "online@example.org", "online").await;
    app.take_mail();
    let slug = convene_domain::Slug::try_from("wipo-conversation").expect("slug");
    let key = convene_storage::SessionKey::Number { series: slug, number: 13 };
    let start =
        app.store.content().session_detail(key).await.expect("q").expect("13").session.starts_at;
    let until = |at: jiff::Timestamp| at.duration_since(app.clock.now());
    app.advance(until(start - SignedDuration::from_hours(24)));
    app.run_jobs().await;
    let day = app.take_mail();
    assert_eq!(day.len(), 1);
    assert!(day[0].text.contains("/join/es"), "the reminder carries the join links");
    app.advance(until(start - SignedDuration::from_hours(1)));
    app.run_jobs().await;
    assert_eq!(app.take_mail().len(), 1, "the one-hour reminder");
}

async fn unverified_registrations_expire_and_free_their_seat(b: Backend) {
    let app = app_with_seats(b, 1).await;
    let res = submit(&app, FORM, &[], &fields("late@example.org", "in_person")).await;
    assert_eq!(res.status().as_u16(), 303);
    app.run_jobs().await;
    let verify = link(&last_to(&app.take_mail(), "late@").text, "/verify/");
    let waiting = register_and_verify(&app, "next@example.org", "in_person").await;
    assert!(text(&app.page(&waiting, 200).await).contains("waiting list"));
    app.advance(SignedDuration::from_hours(49));
    app.run_jobs().await;
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!((counts.expired, counts.confirmed, counts.waitlisted), (1, 1, 0));
    assert_eq!(last_to(&app.take_mail(), "next@").subject, es("email-promoted-subject"));
    // The expired registration's verify link says so, confirms nothing, and offers the form.
    let res = app.get(&verify).await;
    assert_eq!(res.status().as_u16(), 303);
    let manage = res.headers()["location"].to_str().expect("location").to_owned();
    assert!(manage.ends_with("?done=expired"), "{manage}");
    let page = Page::parse(&app.page(&manage, 200).await);
    let notice = page.text_of("p.notice");
    assert!(notice.contains("expired") && !notice.contains("is confirmed"), "{notice}");
    let again = page.attr("main a.button[href$=\"/register\"]", "href");
    assert_eq!(again.as_deref(), Some("/series/wipo-conversation/sessions/13/register"));
    assert_eq!(app.run_jobs().await, 0, "no confirmation is sent");
}

async fn check_in_counts_once(b: Backend) {
    let app = TestApp::demo(b).await;
    let manage = register_and_verify(&app, "room@example.org", "in_person").await;
    let confirmation = last_to(&app.take_mail(), "room@").clone();
    let page = app.page(&manage, 200).await;
    let code = Page::parse(&page).text_of("code[dir=ltr]");
    assert!(confirmation.text.contains(&code), "the confirmation email carries the code");
    assert!(page.contains("<svg role=\"img\""), "and the QR code");
    let code_url = app.url(&format!("/checkin?code={code}"));
    // The doors open the day of the session (issue 13, point 16).
    convene_testing::flow::until_doors_open(&app, 13).await;
    // Staff log in with the configured token.
    let res = app.get("/checkin").await;
    let cookie = convene_testing::flow::first_cookie(&res);
    let csrf = convene_testing::flow::hidden(&res.text().await.expect("body"), "csrf");
    let wrong =
        app.post_form("/checkin/login", &cookie, &[("csrf", &csrf), ("token", "guess")]).await;
    assert_eq!(wrong.status().as_u16(), 403);
    let refused = app.post_form("/checkin", &cookie, &[("csrf", &csrf), ("code", &code)]).await;
    assert_eq!(refused.status().as_u16(), 403, "not staff yet");
    let ok = app
        .post_form("/checkin/login", &cookie, &[("csrf", &csrf), ("token", "door-staff-token")])
        .await;
    assert_eq!(ok.status().as_u16(), 303);
    let staff = convene_testing::flow::first_cookie(&ok);
    let cookies = format!("{cookie}; {staff}");
    let scan = |code: String| {
        let cookies = cookies.clone();
        let csrf = csrf.clone();
        let app = &app;
        async move {
            let res =
                app.post_form("/checkin", &cookies, &[("csrf", &csrf), ("code", &code)]).await;
            text(&res.text().await.expect("body"))
        }
    };
    assert!(scan(code.clone()).await.contains("Checked in: Ana Pérez"));
    let again = scan(code_url.clone()).await;
    assert!(again.contains("was already checked in at "), "{again}");
    assert!(
        again.contains("Checking in for session 13: IP and AI agents · 1 person in"),
        "{again}"
    );
    assert!(scan("1-AAAAAAAAAA".into()).await.contains("Unknown code"));
}

async fn registrants_change_export_and_erase_their_data(b: Backend) {
    let app = TestApp::demo(b).await;
    let manage = register_and_verify(&app, "ana@example.org", "in_person").await;
    app.take_mail();
    let res = app.get(&manage).await;
    let cookie = convene_testing::flow::first_cookie(&res);
    let csrf = convene_testing::flow::hidden(&res.text().await.expect("body"), "csrf");
    let post = |fields: Vec<(&'static str, String)>| {
        let (cookie, csrf, manage) = (cookie.clone(), csrf.clone(), manage.clone());
        let app = &app;
        async move {
            let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
            all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
            app.post_form(&manage, &cookie, &all).await
        }
    };
    let res = post(vec![
        ("action", "update".into()),
        ("attendance_mode", "online".into()),
        ("language", "fr".into()),
    ])
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let data = app.json(&format!("{manage}/data.json"), 200).await;
    assert_eq!(data["registration"]["mode"], "online");
    assert_eq!(data["registration"]["language"], "fr");
    assert_eq!(data["registration"]["email"], "ana@example.org");
    assert_eq!(data["registration"]["consent_version"], convene_domain::PRIVACY_NOTICE_VERSION);
    let unconfirmed = post(vec![("action", "erase".into())]).await;
    assert_eq!(unconfirmed.status().as_u16(), 303);
    assert_eq!(app.get(&manage).await.status().as_u16(), 200, "not erased without the tick");
    let erased = post(vec![("action", "erase".into()), ("confirm", "yes".into())]).await;
    assert_eq!(erased.status().as_u16(), 303);
    assert_eq!(app.get(&manage).await.status().as_u16(), 404, "every link stops working");
    let counts = app
        .store
        .registrations()
        .registration_counts(session_id(&app).await)
        .await
        .expect("counts");
    assert_eq!(counts.cancelled, 1, "the anonymous record still counts");
    app.run_jobs().await;
    assert!(app.take_mail().is_empty(), "nothing is sent after erasure");
}

both_backends!(
    a_full_room_fills_from_the_waiting_list_in_order,
    a_thousand_requests_for_ten_seats_seat_exactly_ten,
    join_links_reach_only_confirmed_online_participants,
    reminders_come_a_day_and_an_hour_before,
    unverified_registrations_expire_and_free_their_seat,
    check_in_counts_once,
    registrants_change_export_and_erase_their_data,
);
