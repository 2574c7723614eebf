//! Reach statistics: figures counted from stored registrations, shown on pages, in downloads,
//! in the API, with small cells hidden and erasure keeping totals.

use std::collections::{BTreeMap, HashSet};

use convene_domain::synthetic::{DEMO_PLANS, Synthesizer};
use convene_testing::flow::{FORM, last_to, link, submit};
use convene_testing::{Backend, Page, TestApp, both_backends, flow, text};

const SERIES: &str = "/series/wipo-conversation";

/// Registers someone for session 13 from `country` in `group` and follows the verification
/// link; returns the manage page path.
async fn register(app: &TestApp, email: &str, country: &str, group: &str, mode: &str) -> String {
    let fields = [
        ("name", "Test Person"),
        ("email", email),
        ("country", country),
        ("stakeholder_group", group),
        ("attendance_mode", mode),
        ("language", "fr"),
        ("consent", "yes"),
    ];
    let res = submit(app, FORM, &[], &fields).await;
    assert_eq!(res.status().as_u16(), 303, "registration accepted");
    app.run_jobs().await;
    let verify = link(&last_to(&app.take_mail(), email).text, "/verify/");
    let res = app.get(&verify).await;
    assert_eq!(res.status().as_u16(), 303, "verified");
    app.run_jobs().await;
    app.take_mail();
    res.headers()["location"].to_str().expect("location").split('?').next().unwrap_or("").to_owned()
}

/// The distinct people of the demo plans and the countries with at least 5 participations (the
/// small-number rule), counted here independently of storage.
async fn expected_series(app: &TestApp) -> (usize, usize) {
    let sessions = app.store.content().sessions(None, None).await.expect("sessions");
    let mut synthesizer = Synthesizer::new(2019);
    let (mut people, mut countries) = (HashSet::new(), BTreeMap::<&str, u64>::new());
    for plan in DEMO_PLANS {
        let s = sessions.iter().find(|s| s.number == plan.number).expect("session");
        for r in synthesizer.session(&plan, s.starts_at, s.format) {
            let attended = r.checked_in_at.is_some() || r.joined_online_at.is_some();
            let counted = if plan.attendees.is_some() {
                attended
            } else {
                r.status == convene_domain::RegistrationStatus::Active
            };
            if counted {
                people.insert(r.person);
                *countries.entry(r.country).or_default() += 1;
            }
        }
    }
    (people.len(), countries.values().filter(|n| **n >= 5).count())
}

async fn demo_sessions_show_their_published_reach(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let s8 = text(&app.page(&format!("{SERIES}/sessions/8"), 200).await);
    assert!(s8.contains("5,047 attendees from 162 countries"), "{s8}");
    let reach8 = text(&app.page(&format!("{SERIES}/sessions/8/reach"), 200).await);
    assert!(reach8.contains("5,047 attendees from 162 countries"));
    assert!(reach8.contains("synthetic"), "the demo says its records are synthetic");
    let cases =
        [(7, "3,700 registrants from 144 countries"), (3, "1,573 registrants from 133 countries")];
    for (n, line) in cases {
        let page = text(&app.page(&format!("{SERIES}/sessions/{n}/reach"), 200).await);
        assert!(page.contains(line), "session {n}: {line}");
    }
    let s2 = text(&app.page(&format!("{SERIES}/sessions/2"), 200).await);
    assert!(s2.contains("2,046 registrants from 130 countries"));
    // Issue 13, point 5: every past session has records and figures; the upcoming one none.
    for plan in DEMO_PLANS {
        let (n, count) = (plan.number, plan.countries);
        let page = text(&app.page(&format!("{SERIES}/sessions/{n}"), 200).await);
        assert!(page.contains(&format!(" from {count} countries")), "session {n}");
    }
    assert!(!text(&app.page(&format!("{SERIES}/sessions/13"), 200).await).contains(" countries"));
    // The series: distinct people, counted once however many sessions they joined.
    let (people, countries) = expected_series(&app).await;
    let line = format!("{} participants from {countries} countries", thousands(people));
    assert!(text(&app.page("/", 200).await).contains(&line), "home page: {line}");
    let series = text(&app.page(&format!("{SERIES}/reach"), 200).await);
    assert!(series.contains(&line));
    let participations: u64 = DEMO_PLANS.iter().map(|p| p.attendees.unwrap_or(p.registrants)).sum();
    assert!((people as u64) < participations, "returning people are counted once");
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Issue 13, point 5: the demo's audience looks like a real global IP audience: the largest
/// IP countries on top, no uninhabited territory anywhere.
async fn demo_audience_is_plausible(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let csv = app.get(&format!("{SERIES}/sessions/8/reach/countries.csv")).await;
    let csv = csv.text().await.expect("csv");
    let mut rows: Vec<(String, u64)> = csv
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split(',');
            let key = cols.next()?.to_owned();
            Some((key, cols.next_back()?.parse().ok()?))
        })
        .collect();
    assert_eq!(rows.len(), 162, "{csv}");
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    let top: Vec<&str> = rows.iter().take(5).map(|(k, _)| k.as_str()).collect();
    assert!(top.contains(&"US") && top.contains(&"CN"), "{top:?}");
    let series = app.get(&format!("{SERIES}/reach/countries.csv")).await.text().await.expect("csv");
    for code in ["US", "FR", "NG", "KE", "EG", "ID"] {
        assert!(series.contains(&format!("\r\n{code},")), "{code} takes part");
    }
    for code in ["BV", "HM", "AQ", "UM", "TF", "KY", "GI"] {
        assert!(!series.contains(&format!("\r\n{code},")), "{code}: {series}");
    }
    let page = text(&app.page(&format!("{SERIES}/sessions/8/reach"), 200).await);
    assert!(!page.contains("Bouvet") && !page.contains("Cayman"));
}

async fn reach_page_has_map_charts_and_tables_in_arabic_too(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let html = app.page(&format!("{SERIES}/sessions/8/reach"), 200).await;
    let page = Page::parse(&html);
    let map = page.select("svg.chart.chart-map[role=img] > title#map-t");
    assert_eq!(map.len(), 1, "a world map, with its accessible name");
    assert!(html.contains("chart-bar") && html.contains("chart-curve"));
    assert!(
        html.contains("<th scope=\"row\"><bdi>Switzerland</bdi></th>")
            || html.contains("<table class=\"data\">")
    );
    assert!(!html.contains("style=\""), "no inline styles (CSP)");
    let ar = app.page(&format!("{SERIES}/sessions/8/reach?lang=ar"), 200).await;
    assert!(ar.contains("dir=\"rtl\""));
    assert!(text(&ar).contains("5,047 حاضرًا من 162 بلدًا"), "Arabic plural forms for large numbers");
    let ru = text(&app.page(&format!("{SERIES}/sessions/8/reach?lang=ru"), 200).await);
    assert!(ru.contains("047 участников из 162 стран"), "Russian genitive plural");
    let fr = text(&app.page(&format!("{SERIES}/sessions/8/reach?lang=fr"), 200).await);
    assert!(fr.contains("047 personnes présentes venant de 162 pays"), "French");
}

async fn live_registrations_are_counted_and_small_cells_hidden(b: Backend) {
    let app = TestApp::demo(b).await;
    for i in 0..6 {
        register(&app, &format!("fr{i}@example.org"), "FR", "member_state", "online").await;
    }
    register(&app, "ke@example.org", "KE", "academia_research", "in_person").await;
    register(&app, "br@example.org", "BR", "academia_research", "online").await;
    // Unverified: counted as a registration received, not as a participant.
    let res = submit(&app, FORM, &[], &flow::fields("late@example.org", "online")).await;
    assert_eq!(res.status().as_u16(), 303);
    app.run_jobs().await;
    app.take_mail();
    assert_eq!(app.refresh_reach().await, 1, "only session 13 changed");
    let page = text(&app.page(&format!("{SERIES}/sessions/13/reach"), 200).await);
    // Kenya and Brazil have one registrant each: below the small-number rule (issue 13, point 8).
    assert!(page.contains("8 registrants from 1 country"), "{page}");
    assert!(page.contains("Registrations received 9"));
    assert!(page.contains("Awaiting email confirmation fewer than 5"));
    assert!(page.contains("France 6"));
    assert!(page.contains("Kenya fewer than 5") && page.contains("Brazil fewer than 5"));
    // Hidden cells are hidden in every form: CSV, JSON and the API.
    let csv = app.get(&format!("{SERIES}/sessions/13/reach/countries.csv")).await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.expect("csv");
    assert!(csv.starts_with("key,label,count\r\nFR,France,6\r\n"), "{csv}");
    assert!(csv.contains("KE,Kenya,<5") && !csv.contains(",1\r\n"));
    let api = app.json("/api/v1/sessions/13/reach", 200).await;
    let countries = api["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| t["id"] == "countries")
        .expect("countries");
    let kenya =
        countries["rows"].as_array().expect("rows").iter().find(|r| r["key"] == "KE").expect("KE");
    assert_eq!(kenya["values"][0], serde_json::json!({ "fewer_than": 5 }));
    let body = api.to_string();
    assert!(!body.contains("example.org") && !body.contains("Test Person"), "aggregates only");
    assert_eq!(api["people"], serde_json::json!({ "count": 8 }));
    // An unknown table is a 404, not an empty file.
    assert_eq!(
        app.get(&format!("{SERIES}/sessions/13/reach/nothing.csv")).await.status().as_u16(),
        404
    );
}

/// Issue 13, point 6: countries carry the UN's names in English too, in the tables and in the
/// registration form's list.
async fn countries_carry_their_un_names(b: Backend) {
    let app = TestApp::demo(b).await;
    for i in 0..5 {
        register(&app, &format!("kr{i}@example.org"), "KR", "media", "online").await;
    }
    app.refresh_reach().await;
    let page = text(&app.page(&format!("{SERIES}/sessions/13/reach"), 200).await);
    assert!(page.contains("Republic of Korea 5"), "{page}");
    assert!(!page.contains("South Korea"));
    let form = Page::parse(&app.page(FORM, 200).await);
    let option = |code: &str| form.text_of(&format!("select[name=country] option[value={code}]"));
    assert_eq!(option("KR"), "Republic of Korea");
    assert_eq!(option("IR"), "Iran (Islamic Republic of)");
    let fr = Page::parse(&app.page(&format!("{FORM}?lang=fr"), 200).await);
    assert_eq!(fr.text_of("select[name=country] option[value=KR]"), "République de Corée");
}

/// Issue 13, point 8: a headline's count of countries follows the small-number rule, so a single
/// registrant from a new country moves it nowhere: not on the pages, not in the API.
async fn one_registrant_from_a_new_country_does_not_move_the_headline(b: Backend) {
    let app = TestApp::demo(b).await;
    for i in 0..5 {
        register(&app, &format!("fr{i}@example.org"), "FR", "media", "online").await;
    }
    app.refresh_reach().await;
    let reach = format!("{SERIES}/sessions/13/reach");
    let before = text(&app.page(&reach, 200).await);
    assert!(before.contains("5 registrants from 1 country"), "{before}");
    let series_before = app.json("/api/v1/reach", 200).await;
    register(&app, "ke@example.org", "KE", "media", "online").await;
    app.refresh_reach().await;
    let after = text(&app.page(&reach, 200).await);
    assert!(after.contains("6 registrants from 1 country"), "{after}");
    assert!(after.contains("at least 5 people come from them"), "the page says why");
    let api = app.json("/api/v1/sessions/13/reach", 200).await;
    assert_eq!(api["countries"], 1);
    let series_after = app.json("/api/v1/reach", 200).await;
    assert_eq!(series_after["countries"], series_before["countries"]);
    assert_eq!(series_after["headline"].as_str().map(|h| h.contains("6 participants")), Some(true));
}

async fn manage_action(app: &TestApp, manage: &str, fields: &[(&str, &str)]) {
    let res = app.get(manage).await;
    let cookie = flow::first_cookie(&res);
    let csrf = flow::hidden(&res.text().await.expect("body"), "csrf");
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    assert_eq!(app.post_form(manage, &cookie, &all).await.status().as_u16(), 303);
    app.run_jobs().await;
    app.take_mail();
}

/// A summary figure of the API's session reach.
fn figure(api: &serde_json::Value, key: &str) -> serde_json::Value {
    let summary = api["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| t["id"] == "summary")
        .expect("summary");
    summary["rows"].as_array().expect("rows").iter().find(|r| r["key"] == key).expect(key)["values"]
        [0]
    .clone()
}

async fn cancelling_and_erasing_change_only_what_they_should(b: Backend) {
    let app = TestApp::demo(b).await;
    let mut manage = Vec::new();
    for i in 0..7 {
        manage.push(register(&app, &format!("p{i}@example.org"), "JP", "media", "online").await);
    }
    app.refresh_reach().await;
    let before = app.json("/api/v1/sessions/13/reach", 200).await;
    assert_eq!(before["people"]["count"], 7);
    manage_action(&app, &manage[0], &[("action", "cancel")]).await;
    manage_action(&app, &manage[1], &[("action", "erase"), ("confirm", "yes")]).await;
    assert_eq!(app.refresh_reach().await, 1);
    let after = app.json("/api/v1/sessions/13/reach", 200).await;
    assert_eq!(
        figure(&after, "registrations"),
        serde_json::json!({ "count": 7 }),
        "erased still counted"
    );
    assert_eq!(figure(&after, "confirmed"), serde_json::json!({ "count": 5 }));
    assert_eq!(figure(&after, "cancelled"), serde_json::json!({ "fewer_than": 5 }));
    assert_eq!(after["people"], serde_json::json!({ "count": 5 }));
    // Nothing changed since: nothing is recounted.
    assert_eq!(app.refresh_reach().await, 0);
}

/// Door staff's cookies and CSRF token on the check-in page.
async fn staff(app: &TestApp) -> (String, String) {
    let (cookies, csrf, _) = flow::door_sign_in(app, "door-staff-token").await;
    (cookies, csrf)
}

async fn after_the_session_attendees_are_counted(b: Backend) {
    let app = TestApp::demo(b).await;
    let mut codes = Vec::new();
    for i in 0..7 {
        let manage = register(&app, &format!("a{i}@example.org"), "CH", "igo", "in_person").await;
        let page = app.page(&manage, 200).await;
        let code = Page::parse(&page).text_of("code[dir=ltr]");
        codes.push(code);
    }
    app.refresh_reach().await;
    let session = "/series/wipo-conversation/sessions/13";
    assert!(
        text(&app.page(&format!("{session}/reach"), 200).await)
            .contains("7 registrants from 1 country")
    );
    assert!(
        !text(&app.page(session, 200).await).contains("registrants from"),
        "not before it ends"
    );
    flow::until_doors_open(&app, 13).await;
    let (cookies, csrf) = staff(&app).await;
    for code in &codes[..5] {
        let res = app.post_form("/checkin", &cookies, &[("csrf", &csrf), ("code", code)]).await;
        assert_eq!(res.status().as_u16(), 200);
    }
    // While the session runs, it still counts its registrants; once over, its attendees.
    app.refresh_reach().await;
    assert!(text(&app.page(&format!("{session}/reach"), 200).await).contains("7 registrants"));
    app.advance(jiff::SignedDuration::from_hours(24 * 70));
    app.run_jobs().await;
    app.take_mail();
    app.refresh_reach().await;
    let page = text(&app.page(&format!("{session}/reach"), 200).await);
    assert!(page.contains("5 attendees from 1 country"), "{page}");
    assert!(page.contains("Attended in person 5"));
    assert!(text(&app.page(session, 200).await).contains("5 attendees from 1 country"));
}

async fn openapi_documents_the_reach_endpoints(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let doc = app.json("/api/openapi.json", 200).await;
    assert!(doc["paths"]["/api/v1/reach"]["get"].is_object());
    assert!(doc["paths"]["/api/v1/sessions/{id}/reach"]["get"].is_object());
    assert!(doc["components"]["schemas"]["ReachDto"].is_object());
    let series = app.json("/api/v1/reach", 200).await;
    let (people, countries) = expected_series(&app).await;
    assert_eq!(series["people"]["count"], people as u64);
    assert_eq!(series["countries"], countries as u64);
    assert_eq!(series["synthetic_records"].as_u64().map(|n| n > 14_000), Some(true));
    let same = app.json(&format!("{SERIES}/reach.json"), 200).await;
    assert_eq!(same, series, "the page's download and the API agree");
    assert_eq!(app.get("/api/v1/reach?series=nope").await.status().as_u16(), 404);
    let fr = app.json("/api/v1/reach?lang=fr", 200).await;
    assert!(fr["headline"].as_str().unwrap_or("").contains("participants venant de"));
}

both_backends!(
    demo_sessions_show_their_published_reach,
    reach_page_has_map_charts_and_tables_in_arabic_too,
    live_registrations_are_counted_and_small_cells_hidden,
    cancelling_and_erasing_change_only_what_they_should,
    openapi_documents_the_reach_endpoints,
    after_the_session_attendees_are_counted,
    countries_carry_their_un_names,
    one_registrant_from_a_new_country_does_not_move_the_headline,
    demo_audience_is_plausible,
);
