//! Smaller back-office defects of issue 13, point 16, each as an organiser meets it.

use convene_domain::Role;
use convene_testing::{Backend, TestApp, both_backends, text};

use crate::content::{create_session, day, version};
use crate::{PASSWORD, account, browser, hidden, location, signed_in};
use convene_testing::Page;
use convene_testing::flow::{door_sign_in, register_and_verify, until_doors_open};

both_backends!(
    agenda_form_names_the_unknown_speaker_and_returns_to_the_agenda_with_its_notice,
    a_new_session_form_suggests_the_next_number_and_the_series_time_zone,
    revisions_list_recent_changes_by_organiser,
    one_registration_is_singular,
    check_in_waits_for_the_session_day_and_says_whom_it_admits,
    a_scanned_code_survives_signing_in,
);

async fn agenda_form_names_the_unknown_speaker_and_returns_to_the_agenda_with_its_notice(
    b: Backend,
) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    // The speakers list shows the address names the agenda form asks for.
    let speaker = app.store.content().speakers().await.expect("speakers")[0].clone();
    let list = text(&ed.get(&app, "/admin/speakers").await.text().await.expect("list"));
    assert!(list.contains(&format!("address name: {}", speaker.slug)), "{list}");
    let id = create_session(&app, &ed).await;
    let item = |people: &str| {
        let people = people.to_owned();
        let (app, ed) = (&app, &ed);
        async move {
            let v = version(app, ed, id).await;
            let fields = [
                ("version", v.as_str()),
                ("day", &day(30)),
                ("starts_time", "13:00"),
                ("ends_time", "13:20"),
                ("kind", "opening"),
                ("title", "Welcome"),
                ("speakers", &people),
            ];
            ed.post(app, &format!("/admin/sessions/{id}/agenda"), &fields).await
        }
    };
    let res = item(&format!("{}, nobody-here:moderator", speaker.slug)).await;
    assert_eq!(res.status().as_u16(), 422);
    let page = text(&res.text().await.expect("page"));
    assert!(page.contains("No speaker has the address name “nobody-here”"), "{page}");
    assert!(app.store.content().agenda(id).await.expect("agenda").is_empty(), "nothing saved");
    let res = item(speaker.slug.as_str()).await;
    assert_eq!(res.status().as_u16(), 303);
    // The notice is in the query, before the fragment, so the page can show it.
    let to = location(&res);
    assert_eq!(to, format!("/admin/sessions/{id}?notice=saved#agenda"));
    let shown = ed.get(&app, to.split('#').next().unwrap_or_default()).await;
    assert!(text(&shown.text().await.expect("page")).contains("Saved"), "notice shown");
}

async fn a_new_session_form_suggests_the_next_number_and_the_series_time_zone(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let form = ed.get(&app, "/admin/sessions/new?series=1").await.text().await.expect("form");
    let value = |name: &str| {
        let page = convene_testing::Page::parse(&form);
        page.attr(&format!("input[name=\"{name}\"]"), "value").unwrap_or_default()
    };
    assert_eq!(value("number"), "14", "the demo series has sessions 1 to 13");
    assert_eq!(value("time_zone"), "Europe/Zurich", "the zone of session 13");
}

async fn revisions_list_recent_changes_by_organiser(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, me) = signed_in(&app, Role::Editor).await;
    let id = create_session(&app, &ed).await;
    let res = ed.get(&app, "/admin/revisions").await;
    assert_eq!(res.status().as_u16(), 200, "the README's link is not a 404");
    let page = text(&res.text().await.expect("page"));
    assert!(page.contains(&format!("session:{id}")), "{page}");
    assert!(page.contains(&me.email), "the organiser, not user:{}: {page}", me.id);
    let history = text(
        &ed.get(&app, &format!("/admin/revisions?subject=session:{id}"))
            .await
            .text()
            .await
            .expect("page"),
    );
    assert!(history.contains(&me.email), "{history}");
    assert!(!history.contains(&format!("user:{}", me.id)), "{history}");
}

async fn one_registration_is_singular(b: Backend) {
    let (app, s) = crate::registrations::app_with_seats(b, 5).await;
    crate::registrations::register(
        &app,
        s,
        ("Eva Lind", "eva@example.org", "SE"),
        convene_domain::StakeholderGroup::Media,
        convene_domain::AttendanceMode::Online,
        true,
    )
    .await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let chooser = text(&ed.get(&app, "/admin/registrations").await.text().await.expect("page"));
    assert!(
        chooser.contains("· 1 registration") && !chooser.contains("1 registrations"),
        "{chooser}"
    );
}

async fn check_in_waits_for_the_session_day_and_says_whom_it_admits(b: Backend) {
    let app = TestApp::demo(b).await;
    let manage = register_and_verify(&app, "room@example.org", "in_person").await;
    app.take_mail();
    let code = Page::parse(&app.page(&manage, 200).await).text_of("code[dir=ltr]");
    let scan = |cookies: String, csrf: String, code: String| {
        let app = &app;
        async move {
            let fields = [("csrf", csrf.as_str()), ("code", code.as_str())];
            text(&app.post_form("/checkin", &cookies, &fields).await.text().await.expect("page"))
        }
    };
    // Four weeks before the session: refused, saying which session the code is for.
    let (cookies, csrf, _) = door_sign_in(&app, "door-staff-token").await;
    let page =
        text(&app.get_with("/checkin", &[("cookie", &cookies)]).await.text().await.expect("page"));
    assert!(page.contains("No session is open for check-in now"), "{page}");
    let early = scan(cookies, csrf, code.clone()).await;
    assert!(early.contains("This code is for session 13, IP and AI agents"), "{early}");
    assert!(early.contains("nobody was checked in"), "{early}");
    // On the day: admitted, and the page says for which session and how many are in.
    until_doors_open(&app, 13).await;
    let (cookies, csrf, _) = door_sign_in(&app, "door-staff-token").await;
    let done = scan(cookies, csrf, code).await;
    assert!(done.contains("Checked in:"), "{done}");
    assert!(done.contains("Checking in for session 13: IP and AI agents · 1 person in"), "{done}");
}

async fn a_scanned_code_survives_signing_in(b: Backend) {
    // Without a door token, a phone that scans a badge is sent to sign in, and back.
    let app = TestApp::configured(b, |c| c.registration.checkin_token = None, None).await;
    let res = app.get("/checkin?code=13-ABCDEF").await;
    let to = location(&res);
    assert!(to.starts_with("/admin/login?next="), "{to}");
    let login = app.get(&to).await.text().await.expect("page");
    assert_eq!(hidden(&login, "next"), "/checkin?code=13-ABCDEF");
    account(&app, "door@example.org", Role::Checkin).await;
    let br = browser(&app).await;
    let fields = [
        ("email", "door@example.org"),
        ("password", PASSWORD),
        ("next", "/checkin?code=13-ABCDEF"),
    ];
    let res = br.post(&app, "/admin/login", &fields).await;
    assert_eq!(location(&res), "/checkin?code=13-ABCDEF");
    // With a door token, the token form carries the code through too.
    let app = TestApp::demo(b).await;
    let res = app.get("/checkin?code=13-ABCDEF").await;
    let cookie = convene_testing::flow::first_cookie(&res);
    let page = res.text().await.expect("page");
    assert_eq!(hidden(&page, "code"), "13-ABCDEF");
    let csrf = hidden(&page, "csrf");
    let fields = [("csrf", csrf.as_str()), ("token", "door-staff-token"), ("code", "13-ABCDEF")];
    let res = app.post_form("/checkin/login", &cookie, &fields).await;
    assert_eq!(location(&res), "/checkin?code=13-ABCDEF");
}
