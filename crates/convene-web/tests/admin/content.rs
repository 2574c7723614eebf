//! Editing content: sessions through their lifecycle, agendas (one item at a time and by
//! CSV), registration settings, speakers, texts in several languages, Markdown and its
//! checks, revisions, stale forms and double submits.

use convene_domain::Role;
use convene_testing::both_backends;

use crate::{Browser, hidden, location, signed_in};
use convene_testing::{Backend, TestApp, now, text};

both_backends!(
    an_editor_creates_a_session_with_an_agenda_and_opens_registration,
    a_form_sent_twice_creates_one_session_and_one_speaker,
    a_stale_form_is_refused_and_nothing_is_overwritten,
    a_session_with_registrations_is_cancelled_not_deleted_and_registrants_are_emailed,
    markdown_is_previewed_sanitised_and_defacement_refused,
    revisions_show_what_changed_and_restore_it_at_once_for_visitors,
    visitors_read_their_language_or_the_original_with_a_note,
    agenda_csv_exports_imports_and_reports_every_bad_row,
    links_outside_the_allow_list_are_confirmed_before_going_public,
    speakers_are_edited_and_only_unused_ones_deleted,
    questions_are_added_and_unanswered_ones_removed_series_only_when_empty,
);

const SESSION_13: &str = "/series/wipo-conversation/sessions/13";

/// The local date `days` after the test clock's day, in Geneva.
pub(crate) fn day(days: i64) -> String {
    let zone = jiff::tz::TimeZone::get("Europe/Zurich").expect("zone");
    let d = now().to_zoned_datetime(zone).date();
    d.checked_add(jiff::Span::new().days(days)).expect("date").to_string()
}

/// The id of demo session `number`.
async fn session_id(app: &TestApp, number: u32) -> i64 {
    let all = app.store.content().editable_series().await.expect("series");
    all[0].sessions.iter().find(|(s, _)| s.number == number).expect("session").0.id
}

/// The version the edit page of session `id` shows.
pub(crate) async fn version(app: &TestApp, b: &Browser, id: i64) -> String {
    let html = b.get(app, &format!("/admin/sessions/{id}")).await.text().await.expect("page");
    hidden(&html, "version")
}

/// The session form's fields for session 14, with `extra` fields added or replaced.
fn session_fields<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let d = day(30);
    let mut f: Vec<(&str, String)> = vec![
        ("number", "14".into()),
        ("language", "en".into()),
        ("title", "IP and quantum computing".into()),
        ("summary", "How **quantum** computing meets IP.".into()),
        ("starts_on", d.clone()),
        ("starts_time", "13:00".into()),
        ("ends_on", d),
        ("ends_time", "17:00".into()),
        ("time_zone", "Europe/Zurich".into()),
        ("precision", "time".into()),
        ("format", "hybrid".into()),
        ("venue", "WIPO, Geneva".into()),
        ("topics", "generative-ai, quantum=Quantum computing".into()),
    ];
    for (k, v) in extra {
        f.retain(|(n, _)| n != k);
        f.push((k, (*v).to_owned()));
    }
    f
}

async fn post(app: &TestApp, b: &Browser, path: &str, f: &[(&str, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    b.post(app, path, &pairs).await
}

/// Creates session 14 as a draft through the form; returns its id.
pub(crate) async fn create_session(app: &TestApp, b: &Browser) -> i64 {
    let form = b.get(app, "/admin/sessions/new?series=1").await.text().await.expect("form");
    let mut f = session_fields(&[]);
    f.push(("key", hidden(&form, "key")));
    let res = post(app, b, "/admin/sessions/new?series=1", &f).await;
    assert_eq!(res.status().as_u16(), 303, "{}", res.text().await.unwrap_or_default());
    let to = location(&res);
    to.trim_start_matches("/admin/sessions/").split('?').next().expect("id").parse().expect("id")
}

async fn step(app: &TestApp, b: &Browser, id: i64, to: &str) -> reqwest::Response {
    let v = version(app, b, id).await;
    b.post(app, &format!("/admin/sessions/{id}/status"), &[("version", &v), ("to", to)]).await
}

async fn an_editor_creates_a_session_with_an_agenda_and_opens_registration(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let list = text(&ed.get(&app, "/admin/sessions").await.text().await.expect("list"));
    assert!(list.contains("IP and AI agents") && list.contains("New session"), "{list}");
    let id = create_session(&app, &ed).await;
    // A draft is invisible to visitors and the API.
    app.page("/series/wipo-conversation/sessions/14", 404).await;
    assert_eq!(app.get(&format!("/api/v1/sessions/{id}")).await.status().as_u16(), 404);
    assert!(!app.page("/series/wipo-conversation", 200).await.contains("quantum"));
    // An agenda item with a speaker of the demo.
    let speaker = app.store.content().speakers().await.expect("speakers")[0].clone();
    let v = version(&app, &ed, id).await;
    let people = format!("{}:moderator", speaker.slug);
    let item = [
        ("version", v.as_str()),
        ("day", &day(30)),
        ("starts_time", "13:00"),
        ("ends_time", "13:20"),
        ("kind", "opening"),
        ("title", "Welcome and opening"),
        ("speakers", &people),
    ];
    let res = ed.post(&app, &format!("/admin/sessions/{id}/agenda"), &item).await;
    assert_eq!(res.status().as_u16(), 303);
    // Registration: a window open now, 50 seats, an interpretation channel.
    let v = version(&app, &ed, id).await;
    let settings = [
        ("version", v.as_str()),
        ("takes_registrations", "yes"),
        ("opens_on", &day(-1)),
        ("closes_on", &day(29)),
        ("capacity_in_person", "50"),
        ("join_fr", "https://meet.example.org/fr"),
    ];
    let res = ed.post(&app, &format!("/admin/sessions/{id}/registration"), &settings).await;
    assert_eq!(res.status().as_u16(), 303);
    // Announced: public, but not yet taking registrations.
    assert_eq!(step(&app, &ed, id, "announced").await.status().as_u16(), 303);
    let page = text(&app.page("/series/wipo-conversation/sessions/14", 200).await);
    assert!(page.contains("IP and quantum computing") && page.contains("Welcome and opening"));
    assert!(page.contains(&speaker.name), "{page}");
    assert!(page.contains("Quantum computing"), "a topic created with the session: {page}");
    assert!(!page.contains("Registration is open"), "{page}");
    // Registration open: visitors can register.
    assert_eq!(step(&app, &ed, id, "registration_open").await.status().as_u16(), 303);
    let page = text(&app.page("/series/wipo-conversation/sessions/14", 200).await);
    assert!(page.contains("Registration is open and free."), "{page}");
    let body = serde_json::json!({
        "name": "Amara Okafor", "email": "amara@example.org", "country": "NG",
        "stakeholder_group": "media", "attendance_mode": "in_person", "language": "en",
        "consent": true
    });
    let res = app.post_json(&format!("/api/v1/sessions/{id}/registrations"), &body).await;
    assert_eq!(res.status().as_u16(), 202);
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.take_mail()[0].to, "amara@example.org");
    // Every change is in the audit log, by this editor.
    let log = app.store.audit().audit_entries(&format!("session:{id}")).await.expect("audit");
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    for a in ["session.create", "agenda.add", "session.registration", "session.status.announced"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
}

async fn a_form_sent_twice_creates_one_session_and_one_speaker(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let form = ed.get(&app, "/admin/sessions/new?series=1").await.text().await.expect("form");
    let mut f = session_fields(&[]);
    f.push(("key", hidden(&form, "key")));
    let first = post(&app, &ed, "/admin/sessions/new?series=1", &f).await;
    let second = post(&app, &ed, "/admin/sessions/new?series=1", &f).await;
    assert_eq!(location(&first), location(&second), "the second answer repeats the first");
    let all = app.store.content().editable_series().await.expect("series");
    assert_eq!(all[0].sessions.iter().filter(|(s, _)| s.number == 14).count(), 1);
    // A new form (a new key) with the same number is told the number is taken.
    let form = ed.get(&app, "/admin/sessions/new?series=1").await.text().await.expect("form");
    let mut f = session_fields(&[]);
    f.push(("key", hidden(&form, "key")));
    let res = post(&app, &ed, "/admin/sessions/new?series=1", &f).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(
        text(&res.text().await.expect("page"))
            .contains("Another session of this series has this number.")
    );
    // Speakers likewise.
    let page = ed.get(&app, "/admin/speakers").await.text().await.expect("page");
    let key = hidden(&page, "key");
    let sp = [
        ("key", key.as_str()),
        ("slug", "rosa-delgado"),
        ("language", "es"),
        ("name", "Rosa Delgado"),
    ];
    let a = ed.post(&app, "/admin/speakers", &sp).await;
    let b2 = ed.post(&app, "/admin/speakers", &sp).await;
    assert_eq!((a.status().as_u16(), location(&a)), (303, location(&b2)));
    let n = app
        .store
        .content()
        .speakers()
        .await
        .expect("speakers")
        .iter()
        .filter(|s| s.name == "Rosa Delgado")
        .count();
    assert_eq!(n, 1);
}

async fn a_stale_form_is_refused_and_nothing_is_overwritten(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let (other, _) = signed_in(&app, Role::Admin).await;
    let id = create_session(&app, &ed).await;
    let v = version(&app, &ed, id).await;
    let mine = session_fields(&[("version", &v), ("title", "Title of the first editor")]);
    let theirs = session_fields(&[("version", &v), ("title", "Title of the second editor")]);
    assert_eq!(
        post(&app, &other, &format!("/admin/sessions/{id}"), &mine).await.status().as_u16(),
        303
    );
    let res = post(&app, &ed, &format!("/admin/sessions/{id}"), &theirs).await;
    assert_eq!(res.status().as_u16(), 409);
    let html = res.text().await.expect("page");
    let page = text(&html);
    assert!(page.contains("Someone else changed this record while you were editing it."), "{page}");
    // What they typed is still in the form, and the stored title is the first editor's.
    assert!(html.contains("value=\"Title of the second editor\""));
    let s = app.store.content().editable_session(id).await.expect("load").expect("session");
    assert_eq!(s.session.title, "Title of the first editor");
    // A stale lifecycle step is refused too.
    let res = ed
        .post(
            &app,
            &format!("/admin/sessions/{id}/status"),
            &[("version", &v), ("to", "announced")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 409);
    assert_eq!(
        app.store
            .content()
            .editable_session(id)
            .await
            .expect("load")
            .expect("s")
            .session
            .status
            .as_str(),
        "draft"
    );
}

async fn a_session_with_registrations_is_cancelled_not_deleted_and_registrants_are_emailed(
    b: Backend,
) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let id = session_id(&app, 13).await;
    for (i, lang) in ["fr", "ar"].iter().enumerate() {
        let body = serde_json::json!({
            "name": format!("Person {i}"), "email": format!("p{i}@example.org"), "country": "EG",
            "stakeholder_group": "media", "attendance_mode": "online", "language": lang,
            "consent": true
        });
        let path = format!("/api/v1/sessions/{id}/registrations");
        assert_eq!(app.post_json(&path, &body).await.status().as_u16(), 202);
    }
    assert_eq!(app.run_jobs().await, 2);
    app.take_mail();
    let page = ed.get(&app, &format!("/admin/sessions/{id}")).await.text().await.expect("page");
    assert!(!page.contains(&format!("/admin/sessions/{id}/delete")), "no delete button");
    let v = hidden(&page, "version");
    let res = ed.post(&app, &format!("/admin/sessions/{id}/delete"), &[("version", &v)]).await;
    assert_eq!(res.status().as_u16(), 409);
    assert!(
        text(&res.text().await.expect("page"))
            .contains("it cannot be deleted or made a draft again, only cancelled")
    );
    let res = ed
        .post(&app, &format!("/admin/sessions/{id}/status"), &[("version", &v), ("to", "draft")])
        .await;
    assert_eq!(res.status().as_u16(), 409, "people registered: it cannot vanish");
    let res = step(&app, &ed, id, "cancelled").await;
    assert_eq!(location(&res), format!("/admin/sessions/{id}?notice=cancelled-emailed"));
    assert_eq!(app.run_jobs().await, 2);
    let mut mail = app.take_mail();
    mail.sort_by(|a, b| a.to.cmp(&b.to));
    assert_eq!(mail[0].to, "p0@example.org");
    assert!(mail[0].subject.starts_with("Annulée"), "{}", mail[0].subject);
    assert!(mail[1].subject.starts_with("أُلغيت"), "{}", mail[1].subject);
    let public = text(&app.page(SESSION_13, 200).await);
    assert!(public.contains("Cancelled") && !public.contains("Registration is open"), "{public}");
    // A session nobody registered for can be deleted.
    let fresh = create_session(&app, &ed).await;
    let v = version(&app, &ed, fresh).await;
    let res = ed.post(&app, &format!("/admin/sessions/{fresh}/delete"), &[("version", &v)]).await;
    assert_eq!(location(&res), "/admin/sessions?notice=deleted");
    assert!(app.store.content().editable_session(fresh).await.expect("load").is_none());
}

async fn markdown_is_previewed_sanitised_and_defacement_refused(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let id = create_session(&app, &ed).await;
    let path = format!("/admin/sessions/{id}");
    let v = version(&app, &ed, id).await;
    let risky = "A **bold** claim. <script>alert(1)</script>";
    let f = session_fields(&[("version", &v), ("summary", risky), ("action", "preview")]);
    let res = post(&app, &ed, &path, &f).await;
    assert_eq!(res.status().as_u16(), 200);
    let html = res.text().await.expect("preview");
    assert!(
        html.contains("<strong>bold</strong>") && !html.contains("<script>alert"),
        "sanitised preview"
    );
    // Saving it is refused with the reason, and nothing changes.
    let f = session_fields(&[("version", &v), ("summary", risky)]);
    let res = post(&app, &ed, &path, &f).await;
    assert_eq!(res.status().as_u16(), 422);
    let refused = text(&res.text().await.expect("page"));
    assert!(refused.contains("Remove the") && refused.contains("script"), "{refused}");
    // A topic that does not exist, without a name to create it with.
    let f = session_fields(&[("version", &v), ("topics", "no-such-topic")]);
    let res = post(&app, &ed, &path, &f).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(
        text(&res.text().await.expect("page"))
            .contains("Name existing topics by their address name")
    );
    // The real defacement of the seed page is refused too.
    let defaced = "The seventh session looked at the frontier technologies enabling the大地网投下载app下载, such as AI.";
    let f = session_fields(&[("version", &v), ("summary", defaced)]);
    let res = post(&app, &ed, &path, &f).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(
        text(&res.text().await.expect("page"))
            .contains("Not saved: the text looks like a defacement.")
    );
    let s = app.store.content().editable_session(id).await.expect("load").expect("session");
    assert_eq!(s.session.summary, "How **quantum** computing meets IP.");
    assert_eq!(
        app.store.content().revisions(format!("session:{id}")).await.expect("revisions").len(),
        1
    );
    // Visitors see the Markdown rendered.
    assert_eq!(step(&app, &ed, id, "announced").await.status().as_u16(), 303);
    assert!(
        app.page("/series/wipo-conversation/sessions/14", 200)
            .await
            .contains("<strong>quantum</strong>")
    );
}

async fn revisions_show_what_changed_and_restore_it_at_once_for_visitors(b: Backend) {
    // The page cache is on: an edit must still show at once.
    let app =
        TestApp::configured(b, |c| c.page_cache_ttl = std::time::Duration::from_secs(60), None)
            .await;
    app.load(convene_domain::demo::wipo_conversation(now())).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let id = session_id(&app, 13).await;
    assert!(app.page(SESSION_13, 200).await.contains("IP and AI agents"));
    let s = app.store.content().editable_session(id).await.expect("load").expect("session");
    let d = s.session.local_start().date().to_string();
    for title in ["IP and AI agents: rules", "IP and AI agents: rules and practice"] {
        let v = version(&app, &ed, id).await;
        let f = session_fields(&[
            ("version", &v),
            ("number", "13"),
            ("title", title),
            ("summary", &s.session.summary),
            ("starts_on", &d),
            ("ends_on", &d),
            ("starts_time", "09:00"),
            ("ends_time", "17:00"),
        ]);
        assert_eq!(
            post(&app, &ed, &format!("/admin/sessions/{id}"), &f).await.status().as_u16(),
            303
        );
    }
    assert!(
        text(&app.page(SESSION_13, 200).await).contains("IP and AI agents: rules and practice")
    );
    let history = ed
        .get(&app, &format!("/admin/revisions?subject=session:{id}"))
        .await
        .text()
        .await
        .expect("history");
    assert!(
        history.contains("<ins>and</ins>")
            || history.contains("<ins> and practice</ins>")
            || history.contains("<ins>practice</ins>"),
        "{history}"
    );
    assert_eq!(
        history.matches("Restore this revision").count(),
        1,
        "every revision but the current one"
    );
    // Restore the first edit: a new revision, the title back, visitors see it at once.
    let revisions =
        app.store.content().revisions(format!("session:{id}")).await.expect("revisions");
    assert_eq!(revisions.len(), 2, "each save is a revision");
    let v = version(&app, &ed, id).await;
    let first = revisions[1].id.to_string();
    let res = ed
        .post(
            &app,
            "/admin/revisions/restore",
            &[("subject", &format!("session:{id}")), ("revision", &first), ("version", &v)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let page = text(&app.page(SESSION_13, 200).await);
    assert!(
        page.contains("IP and AI agents: rules") && !page.contains("rules and practice"),
        "{page}"
    );
    assert_eq!(
        app.store.content().revisions(format!("session:{id}")).await.expect("revisions").len(),
        3
    );
    // A restore from a stale page is refused.
    let res = ed
        .post(
            &app,
            "/admin/revisions/restore",
            &[("subject", &format!("session:{id}")), ("revision", &first), ("version", &v)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 409);
}

async fn visitors_read_their_language_or_the_original_with_a_note(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let id = create_session(&app, &ed).await;
    let v = version(&app, &ed, id).await;
    let f = session_fields(&[
        ("version", &v),
        ("title_fr", "PI et informatique quantique"),
        ("summary_fr", "Ce que l’informatique **quantique** change."),
        ("title_ar", "الملكية الفكرية والحوسبة الكمية"),
    ]);
    assert_eq!(post(&app, &ed, &format!("/admin/sessions/{id}"), &f).await.status().as_u16(), 303);
    assert_eq!(step(&app, &ed, id, "announced").await.status().as_u16(), 303);
    let path = "/series/wipo-conversation/sessions/14";
    let fr = app.page(&format!("{path}?lang=fr"), 200).await;
    assert!(
        fr.contains("PI et informatique quantique") && fr.contains("<strong>quantique</strong>")
    );
    assert!(!fr.contains("disponible qu’en anglais"), "translated: no note");
    let ar = app.page(&format!("{path}?lang=ar"), 200).await;
    assert!(ar.contains("الملكية الفكرية والحوسبة الكمية"));
    assert!(ar.contains("هذا النص متاح بالإنكليزية فقط."), "the summary has no Arabic version");
    assert!(ar.contains("<div lang=\"en\" dir=\"ltr\">"), "the original is marked as English");
    let ru = app.page(&format!("{path}?lang=ru"), 200).await;
    assert!(
        ru.contains("<bdi lang=\"en\" dir=\"ltr\">IP and quantum computing</bdi>"),
        "title falls back, marked"
    );
    assert!(ru.contains("Этот текст доступен только на английском языке."));
    let archive = app.page("/series/wipo-conversation?lang=fr", 200).await;
    assert!(archive.contains("PI et informatique quantique"));
}

async fn agenda_csv_exports_imports_and_reports_every_bad_row(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let id = session_id(&app, 8).await;
    let before = app.store.content().agenda(id).await.expect("agenda");
    let csv =
        ed.get(&app, &format!("/admin/sessions/{id}/agenda.csv")).await.text().await.expect("csv");
    assert!(csv.starts_with("start,end,kind,title,description,speakers"));
    assert_eq!(csv.lines().count(), before.len() + 1);
    // A file with two bad rows: nothing is written, both are reported.
    let bad = "start,end,kind,title,description,speakers\n13:00,13:10,opening,Welcome,,\n13:20,13:10,panel,Backwards,,\n13:30,14:00,lecture,Odd kind,,nobody\n";
    let v = version(&app, &ed, id).await;
    let res = ed
        .post(
            &app,
            &format!("/admin/sessions/{id}/agenda/import"),
            &[("version", &v), ("csv", bad)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let report = text(&res.text().await.expect("report"));
    assert!(report.contains("Nothing was changed."), "{report}");
    assert!(report.contains("The item ends before it starts."), "{report}");
    assert!(report.contains("lecture") && report.contains("nobody"), "{report}");
    assert_eq!(app.store.content().agenda(id).await.expect("agenda").len(), before.len());
    // The exported file, one title changed, imports back.
    let changed = csv.replacen(&before[0].title, "Opening of the eighth session", 1);
    let res = ed
        .post(
            &app,
            &format!("/admin/sessions/{id}/agenda/import"),
            &[("version", &v), ("csv", &changed)],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("/admin/sessions/{id}?notice=imported#agenda"),
        "the notice in the query, before the fragment (issue 13, point 16)"
    );
    let after = app.store.content().agenda(id).await.expect("agenda");
    assert_eq!(after.len(), before.len());
    assert_eq!(after[0].title, "Opening of the eighth session");
    assert_eq!(after[1].people, before[1].people, "speakers survive the round trip");
    assert!(
        text(&app.page("/series/wipo-conversation/sessions/8", 200).await)
            .contains("Opening of the eighth session")
    );
}

async fn links_outside_the_allow_list_are_confirmed_before_going_public(b: Backend) {
    let app =
        TestApp::configured(b, |c| c.admin.link_allow_list = vec!["wipo.int".into()], None).await;
    app.load(convene_domain::demo::wipo_conversation(now())).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let id = create_session(&app, &ed).await;
    let v = version(&app, &ed, id).await;
    let summary = "See [the background](https://www.wipo.int/about-ip/en/frontier_technologies/) and [a blog](https://blog.example.net/post).";
    let f = session_fields(&[("version", &v), ("summary", summary)]);
    assert_eq!(
        post(&app, &ed, &format!("/admin/sessions/{id}"), &f).await.status().as_u16(),
        303,
        "flagged, not refused"
    );
    let res = step(&app, &ed, id, "announced").await;
    assert_eq!(res.status().as_u16(), 409);
    let page = res.text().await.expect("page");
    assert!(
        page.contains("https://blog.example.net/post")
            && !page.contains("<code dir=\"ltr\">https://www.wipo.int"),
        "only the unlisted host"
    );
    app.page("/series/wipo-conversation/sessions/14", 404).await;
    let v = hidden(&page, "version");
    let res = ed
        .post(
            &app,
            &format!("/admin/sessions/{id}/status"),
            &[("version", &v), ("to", "announced"), ("confirm_links", "yes")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let public = app.page("/series/wipo-conversation/sessions/14", 200).await;
    assert!(public.contains("rel=\"nofollow noopener noreferrer\""));
}

async fn speakers_are_edited_and_only_unused_ones_deleted(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let (moderator, _) = signed_in(&app, Role::Moderator).await;
    assert_eq!(moderator.get(&app, "/admin/speakers").await.status().as_u16(), 403);
    let used = app.store.content().speakers().await.expect("speakers")[0].clone();
    let page =
        ed.get(&app, &format!("/admin/speakers/{}", used.id)).await.text().await.expect("page");
    let v = hidden(&page, "version");
    let res =
        ed.post(&app, &format!("/admin/speakers/{}/delete", used.id), &[("version", &v)]).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(text(&res.text().await.expect("page")).contains("This speaker appears in an agenda"));
    // Edit: a French biography; visitors in French read it.
    let bio_fr = "Chercheuse en droit de la propriété intellectuelle.";
    let f = [
        ("version", v.as_str()),
        ("language", "en"),
        ("name", used.name.as_str()),
        ("affiliation", used.affiliation.as_str()),
        ("bio", used.bio.as_str()),
        ("bio_fr", bio_fr),
    ];
    let res = ed.post(&app, &format!("/admin/speakers/{}", used.id), &f).await;
    assert_eq!(res.status().as_u16(), 303);
    let fr = app.page(&format!("/speakers/{}?lang=fr", used.slug), 200).await;
    assert!(fr.contains(bio_fr), "{fr}");
    // A new speaker in no agenda can be deleted.
    let page = ed.get(&app, "/admin/speakers").await.text().await.expect("page");
    let key = hidden(&page, "key");
    let res = ed
        .post(
            &app,
            "/admin/speakers",
            &[("key", &key), ("slug", "li-wei"), ("language", "zh"), ("name", "李伟")],
        )
        .await;
    let new_id = location(&res)
        .trim_start_matches("/admin/speakers/")
        .split('?')
        .next()
        .expect("id")
        .to_owned();
    let page = ed.get(&app, &format!("/admin/speakers/{new_id}")).await.text().await.expect("page");
    let v = hidden(&page, "version");
    let res = ed.post(&app, &format!("/admin/speakers/{new_id}/delete"), &[("version", &v)]).await;
    assert_eq!(location(&res), "/admin/speakers?notice=deleted");
}

async fn questions_are_added_and_unanswered_ones_removed_series_only_when_empty(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let id = session_id(&app, 13).await;
    let path = format!("/admin/sessions/{id}/questions");
    let v = version(&app, &ed, id).await;
    let bad = [
        ("version", v.as_str()),
        ("question_label", "Which day?"),
        ("question_kind", "choice"),
        ("question_choices", "Day 1"),
    ];
    let res = ed.post(&app, &path, &bad).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(text(&res.text().await.expect("page")).contains("Give two or more choices"));
    let good = [
        ("version", v.as_str()),
        ("question_label", "Which day will you attend?"),
        ("question_kind", "choice"),
        ("question_choices", "Day 1\nDay 2"),
        ("question_required", "yes"),
    ];
    assert_eq!(ed.post(&app, &path, &good).await.status().as_u16(), 303);
    // Visitors are asked it.
    let form = app.page(&format!("{SESSION_13}/register"), 200).await;
    assert!(form.contains("Which day will you attend?") && form.contains("Day 2"));
    let q = app.store.registrations().registration_context(id).await.expect("ctx").questions;
    let added = q.iter().find(|q| q.label == "Which day will you attend?").expect("question").id;
    let v = version(&app, &ed, id).await;
    let res = ed.post(&app, &format!("{path}/{added}/delete"), &[("version", &v)]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert!(
        !app.page(&format!("{SESSION_13}/register"), 200)
            .await
            .contains("Which day will you attend?")
    );
    // A series with sessions is not deleted; an empty one is.
    let page = ed.get(&app, "/admin/series/1").await.text().await.expect("page");
    let v = hidden(&page, "version");
    let res = ed.post(&app, "/admin/series/1/delete", &[("version", &v)]).await;
    assert_eq!(res.status().as_u16(), 422);
    let form = ed.get(&app, "/admin/series/new").await.text().await.expect("form");
    let key = hidden(&form, "key");
    let f = [
        ("key", key.as_str()),
        ("slug", "wipo-dialogues"),
        ("language", "fr"),
        ("title", "Dialogues de l’OMPI"),
    ];
    assert_eq!(
        location(&ed.post(&app, "/admin/series/new", &f).await),
        "/admin/sessions?notice=created"
    );
    let all = app.store.content().editable_series().await.expect("series");
    let new = all.iter().find(|s| s.series.slug.as_str() == "wipo-dialogues").expect("new series");
    let res = ed
        .post(
            &app,
            &format!("/admin/series/{}/delete", new.series.id),
            &[("version", &new.version.to_string())],
        )
        .await;
    assert_eq!(location(&res), "/admin/sessions?notice=deleted");
}
