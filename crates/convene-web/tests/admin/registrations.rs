//! Organisers' registrations view: filters, search, pages, downloads, and the actions on one
//! registration (resend, cancel, promote) with their double-submit and stale-form guards.

use std::io::{Cursor, Read};

use convene_domain::{AttendanceMode, CountryCode, Email, NewRegistration, Role, StakeholderGroup};
use convene_storage::Registered;

use crate::{Browser, location, signed_in};
use convene_testing::both_backends;
use convene_testing::{Backend, TestApp, now, text};

/// The demo series with session 13's room limited to `seats`; returns the session's id.
pub async fn app_with_seats(b: Backend, seats: u32) -> (TestApp, i64) {
    let app = TestApp::empty(b).await;
    let mut content = convene_domain::demo::wipo_conversation(now());
    let s13 = content.sessions.iter_mut().find(|s| s.number == 13).expect("session 13");
    if let Some(r) = s13.registration.as_mut() {
        r.window.capacity_in_person = Some(seats);
    }
    app.load(content).await;
    let id = app
        .store
        .registrations()
        .sessions_with_registrations()
        .await
        .expect("sessions")
        .into_iter()
        .find(|s| s.number == 13)
        .expect("session 13")
        .id;
    (app, id)
}

/// Registers someone in storage (as the public form would), verified or not; returns the id.
pub async fn register(
    app: &TestApp,
    session: i64,
    (name, email, country): (&str, &str, &str),
    group: StakeholderGroup,
    mode: AttendanceMode,
    verified: bool,
) -> i64 {
    let new = NewRegistration {
        name: name.into(),
        email: Email::try_from(email).expect("email"),
        country: CountryCode::try_from(country).expect("country"),
        stakeholder_group: group,
        organisation: Some(format!("{name} Institute")),
        mode,
        language: convene_domain::Lang::En,
        accessibility: None,
        consent_version: convene_domain::PRIVACY_NOTICE_VERSION,
        list_publicly: false,
        news_updates: false,
        answers: Vec::new(),
    };
    let id = match app
        .store
        .registrations()
        .register(session, new, app.clock.now())
        .await
        .expect("register")
    {
        Registered::Created(id) | Registered::Waitlisted(id) => id,
        Registered::Duplicate(_) => panic!("{email} registered twice"),
    };
    if verified {
        let who = app
            .store
            .registrations()
            .registrant_for_email(id)
            .await
            .expect("load")
            .expect("exists");
        app.store.registrations().verify_email(&who, app.clock.now()).await.expect("verify");
    }
    app.run_jobs().await;
    app.take_mail();
    id
}

/// Four people on session 13 with one seat in the room: Ana confirmed in the room, Bruno
/// online and unverified, Chen confirmed online, Dana verified on the waiting list.
pub async fn four(b: Backend) -> (TestApp, i64, [i64; 4]) {
    use AttendanceMode::{InPerson, Online};
    let (app, s) = app_with_seats(b, 1).await;
    let ana = register(
        &app,
        s,
        ("Ana Pérez", "ana@example.org", "AR"),
        StakeholderGroup::AcademiaResearch,
        InPerson,
        true,
    )
    .await;
    let bruno = register(
        &app,
        s,
        ("Bruno Silva", "bruno@example.org", "BR"),
        StakeholderGroup::MemberState,
        Online,
        false,
    )
    .await;
    let chen = register(
        &app,
        s,
        ("Chen Wei", "chen@example.org", "CN"),
        StakeholderGroup::Media,
        Online,
        true,
    )
    .await;
    let dana = register(
        &app,
        s,
        ("Dana Roe", "dana@example.org", "US"),
        StakeholderGroup::Individual,
        InPerson,
        true,
    )
    .await;
    (app, s, [ana, bruno, chen, dana])
}

/// The list page's visible text at `query`, as an editor.
async fn list(app: &TestApp, editor: &Browser, session: i64, query: &str) -> String {
    let res = editor.get(app, &format!("/admin/sessions/{session}/registrations?{query}")).await;
    assert_eq!(res.status().as_u16(), 200, "{query}");
    text(&res.text().await.expect("body"))
}

/// The state marker the list's forms carry for one registration.
pub async fn marker(app: &TestApp, editor: &Browser, session: i64, id: i64) -> String {
    let html = editor
        .get(app, &format!("/admin/sessions/{session}/registrations"))
        .await
        .text()
        .await
        .expect("body");
    let row = &html[html.find(&format!("id=\"r-{id}\"")).expect("row shown")..];
    crate::hidden(row, "state")
}

/// Sends an action on a registration as the list's form would.
pub async fn act(
    app: &TestApp,
    who: &Browser,
    id: i64,
    state: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let mut fields = vec![("state", state), ("back", "")];
    fields.extend_from_slice(extra);
    who.post(app, &format!("/admin/registrations/{id}"), &fields).await
}

async fn filters_and_search_narrow_the_list(b: Backend) {
    let (app, s, _) = four(b).await;
    let (editor, _) = signed_in(&app, Role::Editor).await;
    let all = list(&app, &editor, s, "").await;
    for name in ["Ana Pérez", "Bruno Silva", "Chen Wei", "Dana Roe"] {
        assert!(all.contains(name), "{name} listed: {all}");
    }
    assert!(all.contains("Confirmed: 2") && all.contains("Waiting list: 1"), "{all}");
    assert!(all.contains("Awaiting email check: 1") && all.contains("Showing 1 to 4 of 4"));
    assert!(all.contains("Argentina") && all.contains("Academia and research"));
    let only = |page: &str, name: &str| {
        let others = ["Ana Pérez", "Bruno Silva", "Chen Wei", "Dana Roe"];
        others.iter().all(|n| page.contains(n) == (*n == name))
    };
    assert!(only(&list(&app, &editor, s, "q=BRUNO").await, "Bruno Silva"), "search ignores case");
    assert!(
        only(&list(&app, &editor, s, "q=chen%20wei%20inst").await, "Chen Wei"),
        "organisation searched"
    );
    assert!(only(&list(&app, &editor, s, "q=dana%40").await, "Dana Roe"), "email searched");
    assert!(only(&list(&app, &editor, s, "state=waitlisted").await, "Dana Roe"));
    assert!(only(&list(&app, &editor, s, "state=pending").await, "Bruno Silva"));
    assert!(only(&list(&app, &editor, s, "mode=in_person&state=confirmed").await, "Ana Pérez"));
    assert!(only(&list(&app, &editor, s, "country=cn").await, "Chen Wei"));
    assert!(only(&list(&app, &editor, s, "group=member_state").await, "Bruno Silva"));
    let none = list(&app, &editor, s, "q=%25").await;
    assert!(none.contains("No registration matches."), "a typed % is not a wildcard");
    // The country's name is in the organiser's language.
    assert!(list(&app, &editor, s, "lang=fr").await.contains("Argentine"));
    // A filter that does not parse is said beside its field; the others still apply.
    let res = editor
        .get(&app, &format!("/admin/sessions/{s}/registrations?state=lost&mode=online"))
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let page = text(&res.text().await.expect("body"));
    assert!(page.contains("Choose one of the options offered."));
    assert!(page.contains("Showing 1 to 2 of 2"), "{page}");
    // Moderators and check-in staff do not see registrations.
    for role in [Role::Moderator, Role::Checkin] {
        let (other, _) = signed_in(&app, role).await;
        let res = other.get(&app, &format!("/admin/sessions/{s}/registrations")).await;
        assert_eq!(res.status().as_u16(), 403);
        let res = act(&app, &other, 1, "", &[("action", "cancel")]).await;
        assert_eq!(res.status().as_u16(), 403);
    }
    // The dashboard leads editors to the session chooser, which counts registrations.
    let dash = text(&editor.get(&app, "/admin").await.text().await.expect("body"));
    assert!(dash.contains("Registrations"));
    let chooser = text(&editor.get(&app, "/admin/registrations").await.text().await.expect("body"));
    assert!(chooser.contains("4 registrations"), "{chooser}");
}

async fn synthetic_registrations_are_paged_and_flagged(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let (editor, _) = signed_in(&app, Role::Editor).await;
    let sessions = app.store.registrations().sessions_with_registrations().await.expect("sessions");
    let s8 = sessions.iter().find(|s| s.number == 8).expect("session 8");
    let path = format!("/admin/sessions/{}/registrations", s8.id);
    let html = editor.get(&app, &path).await.text().await.expect("body");
    let first = text(&html);
    assert!(first.contains("Showing 1 to 50 of"), "{first}");
    assert_eq!(total(&first), usize::try_from(s8.registrations).expect("count"));
    assert!(first.contains(" demo "), "synthetic rows are flagged");
    assert!(html.contains("rel=\"next\"") && !html.contains("rel=\"prev\""));
    let second = list(&app, &editor, s8.id, "page=2").await;
    assert!(second.contains("Showing 51 to 100 of"), "{second}");
    assert!(second.contains("Previous page"));
    // The download holds every row of the filtered list, not one page.
    let swiss = total(&list(&app, &editor, s8.id, "country=CH").await);
    let csv = editor.get(&app, &format!("{path}.csv?country=CH")).await;
    let csv = csv.text().await.expect("csv");
    assert_eq!(csv.lines().count(), swiss + 1);
    assert!(csv.lines().skip(1).all(|l| l.contains(",Switzerland,") && l.contains(",true,")));
    app.run_jobs().await;
}

/// The total of "Showing 1 to 50 of 5,047".
fn total(page: &str) -> usize {
    let shown = page.split("Showing ").nth(1).unwrap_or_default();
    shown
        .split(" of ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.replace([',', '\u{a0}'], "").parse().ok())
        .unwrap_or(0)
}

/// The sheet's cells as text, and the sheet's XML.
fn read_xlsx(bytes: &[u8]) -> (Vec<Vec<calamine::Data>>, String) {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("xlsx");
    let range = book.worksheet_range("Registrations").expect("sheet");
    let rows = range.rows().map(<[calamine::Data]>::to_vec).collect();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).expect("zip");
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .expect("sheet xml")
        .read_to_string(&mut xml)
        .expect("read");
    (rows, xml)
}

async fn downloads_hold_the_filtered_list(b: Backend) {
    let (app, s, [ana, ..]) = four(b).await;
    let (editor, _) = signed_in(&app, Role::Editor).await;
    let csv =
        editor.get(&app, &format!("/admin/sessions/{s}/registrations.csv?mode=in_person")).await;
    assert_eq!(csv.status().as_u16(), 200);
    assert!(csv.headers()["content-disposition"].to_str().expect("header").contains(".csv"));
    let csv = csv.text().await.expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[0].starts_with("Name,Email address,Organisation,Country,Stakeholder group,Mode"));
    assert!(lines[1].starts_with(
        "Ana Pérez,ana@example.org,Ana Pérez Institute,Argentina,Academia and research,In person"
    ));
    assert!(lines[1].contains(",Confirmed,2026-11-24 12:00,,false,"));
    assert!(lines[2].contains("Dana Roe") && lines[2].contains("Waiting list"));
    let french = editor.get(&app, &format!("/admin/sessions/{s}/registrations.csv?lang=fr")).await;
    assert!(
        french.text().await.expect("csv").starts_with("Nom,"),
        "headers in the organiser's language"
    );
    let res =
        editor.get(&app, &format!("/admin/sessions/{s}/registrations.xlsx?mode=in_person")).await;
    assert_eq!(res.status().as_u16(), 200);
    let (rows, xml) = read_xlsx(&res.bytes().await.expect("bytes"));
    assert_eq!(rows.len(), 3, "header and the two in-person registrations");
    assert_eq!(rows[0][0].to_string(), "Name");
    assert_eq!(rows[1][0].to_string(), "Ana Pérez");
    assert_eq!(rows[1][7].to_string(), "Confirmed");
    let calamine::Data::DateTime(registered) = &rows[1][8] else {
        panic!("registration time is a date: {:?}", rows[1][8]);
    };
    let serial = 46_350.5; // 2026-11-24 12:00 as a spreadsheet date.
    assert!((registered.as_f64() - serial).abs() < 1e-6, "{registered:?}");
    assert_eq!(rows[1][10], calamine::Data::Bool(false));
    assert_eq!(rows[1][11], calamine::Data::Float(ana as f64));
    assert!(xml.contains("state=\"frozen\""), "header row frozen");
    // Twelve fixed columns, accessibility needs, and session 13's two questions.
    assert!(xml.contains("<autoFilter ref=\"A1:O3\""), "{xml}");
    app.run_jobs().await;
}

both_backends!(
    filters_and_search_narrow_the_list,
    synthetic_registrations_are_paged_and_flagged,
    downloads_hold_the_filtered_list,
    needs_and_answers_are_shown_to_organisers_who_see_personal_data,
);

/// Issue 13, point 13: organisers could not see accessibility needs or the answers to their
/// own questions anywhere.
async fn needs_and_answers_are_shown_to_organisers_who_see_personal_data(b: Backend) {
    let (app, s) = app_with_seats(b, 5).await;
    let questions =
        app.store.registrations().registration_context(s).await.expect("context").questions;
    assert_eq!(questions.len(), 2, "session 13 asks two questions");
    let new = NewRegistration {
        name: "Eva Lind".into(),
        email: Email::try_from("eva@example.org").expect("email"),
        country: CountryCode::try_from("SE").expect("country"),
        stakeholder_group: StakeholderGroup::Media,
        organisation: None,
        mode: AttendanceMode::InPerson,
        language: convene_domain::Lang::En,
        accessibility: Some("Step-free access, please".into()),
        consent_version: convene_domain::PRIVACY_NOTICE_VERSION,
        list_publicly: false,
        news_updates: false,
        answers: vec![
            convene_domain::Answer {
                question_id: questions[0].id,
                value: "Agents and copyright".into(),
            },
            convene_domain::Answer { question_id: questions[1].id, value: "yes".into() },
        ],
    };
    app.store.registrations().register(s, new, app.clock.now()).await.expect("register");
    app.run_jobs().await;
    app.take_mail();
    let (editor, _) = signed_in(&app, Role::Editor).await;
    let page = list(&app, &editor, s, "").await;
    for shown in [
        "Step-free access, please",
        "Which part of the agenda interests you most?",
        "Agents and copyright",
        "Will you join the networking reception (in person only)? Yes",
    ] {
        assert!(page.contains(shown), "{shown}: {page}");
    }
    let csv = editor.get(&app, &format!("/admin/sessions/{s}/registrations.csv")).await;
    let csv = csv.text().await.expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].ends_with(
            ",Accessibility needs,Which part of the agenda interests you most?,\
             Will you join the networking reception (in person only)?"
        ),
        "{csv}"
    );
    assert!(lines[1].ends_with(",\"Step-free access, please\",Agents and copyright,Yes"), "{csv}");
    let res = editor.get(&app, &format!("/admin/sessions/{s}/registrations.xlsx")).await;
    let (rows, _) = read_xlsx(&res.bytes().await.expect("bytes"));
    assert_eq!(rows[0][12].to_string(), "Accessibility needs");
    assert_eq!(rows[0][13].to_string(), "Which part of the agenda interests you most?");
    assert_eq!(rows[1][12].to_string(), "Step-free access, please");
    assert_eq!(rows[1][14].to_string(), "Yes");
    // Roles that do not see personal data see neither the list nor the downloads.
    for role in [Role::Moderator, Role::Checkin] {
        let (other, _) = signed_in(&app, role).await;
        for path in ["", ".csv", ".xlsx"] {
            let res = other.get(&app, &format!("/admin/sessions/{s}/registrations{path}")).await;
            assert_eq!(res.status().as_u16(), 403, "{role:?} {path}");
        }
    }
}

/// The notice a redirect after an action asks the list to show.
pub fn notice(res: &reqwest::Response) -> String {
    location(res)
        .split("notice=")
        .nth(1)
        .unwrap_or_default()
        .split('&')
        .next()
        .unwrap_or_default()
        .to_owned()
}
