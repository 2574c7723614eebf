//! The defacement and link-spam checks on every path that stores editors' text, through the
//! back office: creating a session, saving it, restoring a revision, importing an agenda,
//! creating a speaker. Each is refused with the same message, and nothing is stored.

use convene_domain::{Role, Texts};
use convene_testing::{Backend, Page, TestApp, both_backends, now};

use crate::{Browser, hidden, signed_in};

both_backends!(
    creating_a_defaced_session_is_refused_like_saving_one,
    restoring_a_defaced_revision_is_refused,
    a_defaced_agenda_file_or_speaker_bio_is_refused,
    question_choices_are_cleaned_like_visitors_text,
);

/// The seed's defacement, in short: hidden text and a casino link farm.
const DEFACED: &str = "Our session. <div style=\"display:none\">best online casino</div> \
    [win](https://a.example) [win](https://b.example) [win](https://c.example) \
    [win](https://d.example) [win](https://e.example) [win](https://f.example)";

/// The message about the whole form on a refused page.
fn refusal(html: &str) -> String {
    Page::parse(html).text_of(".error-summary li")
}

async fn session_13(app: &TestApp) -> convene_storage::EditableSession {
    let all = app.store.content().editable_series().await.expect("series");
    let id = all[0].sessions.iter().find(|(s, _)| s.number == 13).expect("session").0.id;
    app.store.content().editable_session(id).await.expect("load").expect("session")
}

/// Session 13's form as its edit page would send it, with `summary` typed in.
fn session_form(s: &convene_storage::EditableSession, summary: &str) -> Vec<(String, String)> {
    let zone = s.session.time_zone.zone();
    let (a, b) = (
        s.session.starts_at.to_zoned_datetime(zone.clone()),
        s.session.ends_at.to_zoned_datetime(zone),
    );
    let pairs = [
        ("number", "13".to_owned()),
        ("language", "en".into()),
        ("title", s.session.title.clone()),
        ("summary", summary.into()),
        ("starts_on", a.date().to_string()),
        ("starts_time", format!("{:02}:{:02}", a.hour(), a.minute())),
        ("ends_on", b.date().to_string()),
        ("ends_time", format!("{:02}:{:02}", b.hour(), b.minute())),
        ("time_zone", s.session.time_zone.as_str().into()),
        ("precision", "time".into()),
        ("format", "online".into()),
    ];
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

async fn send(app: &TestApp, b: &Browser, path: &str, f: &[(String, String)]) -> (u16, String) {
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = b.post(app, path, &pairs).await;
    (res.status().as_u16(), res.text().await.expect("page"))
}

async fn creating_a_defaced_session_is_refused_like_saving_one(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let s = session_13(&app).await;
    let new = ed.get(&app, "/admin/sessions/new?series=1").await.text().await.expect("form");
    let mut f = session_form(&s, DEFACED);
    f.retain(|(k, _)| k != "number");
    f.extend([("number".into(), "14".into()), ("key".into(), hidden(&new, "key"))]);
    let (status, created) = send(&app, &ed, "/admin/sessions/new?series=1", &f).await;
    assert_eq!(status, 422, "{created}");
    let message = refusal(&created);
    assert!(message.starts_with("Not saved: the text looks like a defacement."), "{message}");
    let all = app.store.content().editable_series().await.expect("series");
    assert!(all[0].sessions.iter().all(|(s, _)| s.number != 14), "nothing created");

    // Saving the same text into a session is refused with the same message.
    let page = ed.get(&app, &format!("/admin/sessions/{}", s.session.id)).await;
    let mut f = session_form(&s, DEFACED);
    f.push(("version".into(), hidden(&page.text().await.expect("page"), "version")));
    let (status, saved) = send(&app, &ed, &format!("/admin/sessions/{}", s.session.id), &f).await;
    assert_eq!(status, 422);
    assert_eq!(refusal(&saved), message);
    assert_eq!(session_13(&app).await.session.summary, s.session.summary, "unchanged");
}

async fn restoring_a_defaced_revision_is_refused(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let s = session_13(&app).await;
    let subject = format!("session:{}", s.session.id);
    // A revision from before the checks: its summary is the defacement.
    let mut texts: Texts = s.texts.clone();
    texts.entry("summary".into()).or_default().insert(convene_domain::Lang::En, DEFACED.into());
    let at = now().as_second();
    let old = convene_storage::testing::old_revision(
        &app.store,
        &subject,
        convene_domain::Lang::En,
        texts,
        at,
    )
    .await
    .expect("revision");
    let page = ed.get(&app, &format!("/admin/sessions/{}", s.session.id)).await;
    let v = hidden(&page.text().await.expect("page"), "version");
    let f = [("subject", subject.as_str()), ("revision", &old.to_string()), ("version", &v)];
    let res = ed.post(&app, "/admin/revisions/restore", &f).await;
    assert_eq!(res.status().as_u16(), 422);
    let message = refusal(&res.text().await.expect("page"));
    assert!(message.starts_with("Not saved: the text looks like a defacement."), "{message}");
    let after = session_13(&app).await;
    assert_eq!((after.version, &after.texts), (s.version, &s.texts), "nothing restored");
}

async fn a_defaced_agenda_file_or_speaker_bio_is_refused(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let s = session_13(&app).await;
    let id = s.session.id;
    let before = app.store.content().agenda(id).await.expect("agenda");
    let csv = ed.get(&app, &format!("/admin/sessions/{id}/agenda.csv")).await;
    let csv = csv.text().await.expect("csv");
    // The exported file's first item, its description defaced.
    let first: Vec<&str> = csv.lines().nth(1).expect("an item").splitn(4, ',').collect();
    let quoted = DEFACED.replace('"', "\"\"");
    let file = format!(
        "start,end,kind,title,description,speakers\n{},{},{},Welcome,\"{quoted}\",\n",
        first[0], first[1], first[2]
    );
    let page = ed.get(&app, &format!("/admin/sessions/{id}")).await;
    let v = hidden(&page.text().await.expect("page"), "version");
    let res = ed
        .post(
            &app,
            &format!("/admin/sessions/{id}/agenda/import"),
            &[("version", &v), ("csv", &file)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let message = refusal(&res.text().await.expect("page"));
    assert!(message.starts_with("Not saved: the text looks like a defacement."), "{message}");
    assert_eq!(app.store.content().agenda(id).await.expect("agenda"), before, "unchanged");

    let new = ed.get(&app, "/admin/speakers").await.text().await.expect("page");
    let f = [
        ("key", hidden(&new, "key")),
        ("slug", "ada".into()),
        ("language", "en".into()),
        ("name", "Ada".into()),
        ("bio", DEFACED.into()),
    ];
    let (status, page) =
        send(&app, &ed, "/admin/speakers", &f.map(|(k, v)| (k.to_owned(), v))).await;
    assert_eq!(status, 422);
    assert!(refusal(&page).starts_with("Not saved: the text looks like a defacement."));
    let speakers = app.store.content().speakers().await.expect("speakers");
    assert!(speakers.iter().all(|s| s.slug.as_str() != "ada"), "nothing created");
}

async fn question_choices_are_cleaned_like_visitors_text(b: Backend) {
    let app = TestApp::demo(b).await;
    let (ed, _) = signed_in(&app, Role::Editor).await;
    let s = session_13(&app).await;
    let path = format!("/admin/sessions/{}/questions", s.session.id);
    let long = "x".repeat(20_000);
    let bad_choices =
        ["Day 1\nDay\u{0}2", "Day 1\nDay \u{202E}2", &format!("Day 1\n{long}"), "Day 1\n\u{7}"];
    for choices in bad_choices {
        let page = ed.get(&app, &format!("/admin/sessions/{}", s.session.id)).await;
        let v = hidden(&page.text().await.expect("page"), "version");
        let f = [
            ("version", v.as_str()),
            ("question_label", "Which day?"),
            ("question_kind", "choice"),
            ("question_choices", choices),
        ];
        let res = ed.post(&app, &path, &f).await;
        assert_eq!(res.status().as_u16(), 422, "{:?}", &choices[..choices.len().min(20)]);
        let page = Page::parse(&res.text().await.expect("page"));
        assert!(!page.text_of(".error-summary li").is_empty(), "a message says why");
    }
    let questions =
        app.store.registrations().registration_context(s.session.id).await.expect("ctx").questions;
    assert!(questions.iter().all(|q| q.label != "Which day?"), "nothing stored");
}
