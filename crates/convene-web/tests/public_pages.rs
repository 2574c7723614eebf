//! Every public page, in English and Arabic, on the demo data, as insta snapshots of what a
//! reader meets: the document's language, direction and title, and an outline of its `<main>`
//! (see `convene_testing::html::outline`); the shared header and footer once per language.
//! The baseline that refactors of the layout and vocabulary must keep unchanged; one snapshot
//! per page and language, asserted on both databases.

use convene_testing::flow::{FORM, fields, register_and_verify, submit};
use convene_testing::{Backend, Page, TestApp, assert_redacted_snapshot, both_backends};

both_backends!(public_pages_in_english, public_pages_in_arabic);

async fn public_pages_in_english(b: Backend) {
    public_pages(b, "en").await;
}

async fn public_pages_in_arabic(b: Backend) {
    public_pages(b, "ar").await;
}

const SESSIONS: &str = "/series/wipo-conversation/sessions";

/// `path` asking for `lang` in its query string, as the language switcher's links do.
fn in_lang(path: &str, lang: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={lang}")
}

/// What a snapshot shows of a page.
fn render(html: &str) -> String {
    let page = Page::parse(html);
    let attr = |name: &str| page.attr("html", name).unwrap_or_default();
    format!(
        "lang={} dir={}\ntitle: {}\n\n{}\n",
        attr("lang"),
        attr("dir"),
        page.text_of("title"),
        page.outline("main")
    )
}

async fn public_pages(b: Backend, lang: &str) {
    let app = TestApp::demo_with_participants(b).await;
    let manage = register_and_verify(&app, "ana@example.org", "in_person").await;
    let res = submit(&app, FORM, &[], &fields("bo@example.org", "online")).await;
    assert_eq!(res.status().as_u16(), 303, "registration accepted");
    let sent = res.headers()["location"].to_str().expect("location").to_owned();
    app.run_jobs().await;
    app.take_mail();
    let code = Page::parse(&app.page(&manage, 200).await).text_of("code[dir=ltr]");
    let pages: Vec<(&str, String, u16)> = vec![
        ("home", "/".into(), 200),
        ("archive", "/series/wipo-conversation".into(), 200),
        ("archive_topic", "/series/wipo-conversation?topic=metaverse".into(), 200),
        ("session_past", format!("{SESSIONS}/8"), 200),
        ("session_upcoming", format!("{SESSIONS}/13"), 200),
        ("register", FORM.into(), 200),
        ("register_sent", sent, 200),
        ("speakers", "/speakers".into(), 200),
        ("speaker", "/speakers/amara-okafor".into(), 200),
        ("privacy", "/privacy".into(), 200),
        ("reach_series", "/series/wipo-conversation/reach".into(), 200),
        ("reach_session", format!("{SESSIONS}/8/reach"), 200),
        ("manage", manage.clone(), 200),
        ("verified", format!("{manage}?done=verified"), 200),
        ("checkin", "/checkin".into(), 200),
        ("not_found", "/no/such/page".into(), 404),
        ("bad_input", format!("{SESSIONS}/abc"), 400),
    ];
    let mut shots = Vec::new();
    for (name, path, status) in pages {
        shots.push((name.to_owned(), render(&app.page(&in_lang(&path, lang), status).await)));
    }
    let (staff, _, _) = convene_testing::flow::door_sign_in(&app, "door-staff-token").await;
    let path = in_lang(&format!("/checkin?code={code}"), lang);
    let res = app.get_with(&path, &[("cookie", &staff)]).await;
    assert_eq!(res.status().as_u16(), 200, "check-in page with a code");
    shots.push(("checkin_code".into(), render(&res.text().await.expect("body"))));
    let home = Page::parse(&app.page(&in_lang("/", lang), 200).await);
    let layout =
        format!("{}\n\n{}\n", home.outline("body > header"), home.outline("body > footer"));
    shots.push(("layout".into(), layout));
    for (name, shot) in shots {
        assert_redacted_snapshot!(format!("{name}_{lang}"), shot);
    }
}
