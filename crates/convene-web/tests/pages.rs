//! What a visitor sees on the public pages, on both backends.

use convene_domain::demo::wipo_conversation;
use convene_domain::{NewSeries, SessionStatus, Slug};
use convene_testing::{Backend, Page, TestApp, both_backends, text};

both_backends!(
    home_leads_with_the_next_session_and_how_to_take_part,
    archive_lists_every_session_newest_first,
    archive_filters_by_topic,
    session_page_shows_times_agenda_and_speakers,
    session_page_shows_times_in_the_visitors_zone,
    whole_day_and_month_sessions_show_dates_only,
    speaker_page_lists_appearances,
    bad_input_gets_a_clear_message_in_the_visitors_language,
    language_follows_url_then_cookie_then_browser,
    drafts_are_invisible,
    content_is_escaped,
    pages_carry_security_headers_and_etags,
    health_and_readiness,
    the_privacy_notice_names_controller_contact_and_retention,
    the_demo_reads_in_the_six_languages,
);

/// Issue 13, point 5: the demo series, its session titles and summaries and its topics are
/// published in the visitor's language, as a UN body would.
async fn the_demo_reads_in_the_six_languages(b: Backend) {
    let app = TestApp::demo(b).await;
    let fr = text(&app.page("/series/wipo-conversation/sessions/8?lang=fr", 200).await);
    assert!(fr.contains("La propriété intellectuelle et l’IA générative"), "{fr}");
    assert!(fr.contains("Droit d’auteur"), "topics too: {fr}");
    assert!(!fr.contains("IP and generative AI"));
    let archive = text(&app.page("/series/wipo-conversation?lang=fr", 200).await);
    assert!(archive.contains("La propriété intellectuelle et le métavers"), "{archive}");
    assert!(archive.contains("Intelligence artificielle"), "the topic filter: {archive}");
    assert!(archive.contains("Conversation de l’OMPI sur la propriété intellectuelle"));
    let ar = text(&app.page("/?lang=ar", 200).await);
    assert!(ar.contains("حوار الويبو بشأن الملكية الفكرية والتكنولوجيات الرائدة"), "{ar}");
    assert!(ar.contains("الملكية الفكرية ووكلاء الذكاء الاصطناعي"), "session 13: {ar}");
    assert!(!ar.contains("WIPO Conversation on IP and Frontier Technologies"), "{ar}");
    let zh = text(&app.page("/series/wipo-conversation/sessions/7?lang=zh", 200).await);
    assert!(zh.contains("知识产权与元宇宙"), "{zh}");
    let en = text(&app.page("/series/wipo-conversation/sessions/8", 200).await);
    assert!(en.contains("IP and generative AI"));
}

async fn home_leads_with_the_next_session_and_how_to_take_part(b: Backend) {
    let app = TestApp::demo(b).await;
    let home = text(&app.page("/", 200).await);
    assert!(home.contains("WIPO Conversation on IP and Frontier Technologies"), "{home}");
    assert!(home.contains("Next session Session 13 IP and AI agents"), "{home}");
    assert!(home.contains("Sessions are open to everyone and registration is free."));
    let res = app.get("/sessions").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/series/wipo-conversation");
}

async fn archive_lists_every_session_newest_first(b: Backend) {
    let app = TestApp::demo(b).await;
    let html = app.page("/series/wipo-conversation", 200).await;
    let numbers: Vec<u32> = html
        .match_indices("<span class=\"num\">Session ")
        .filter_map(|(i, m)| html[i + m.len()..].split('<').next()?.parse().ok())
        .collect();
    assert_eq!(numbers, (1..=13).rev().collect::<Vec<_>>());
    let t = text(&html);
    assert!(t.contains("13 sessions"), "{t}");
    assert!(t.contains("IP and the metaverse"));
    assert!(!t.contains("app下载"), "the seed's defacement must not appear");
}

async fn archive_filters_by_topic(b: Backend) {
    let app = TestApp::demo(b).await;
    let html = app.page("/series/wipo-conversation?topic=metaverse", 200).await;
    let t = text(&html);
    assert!(t.contains("One session on “The metaverse”."), "{t}");
    assert!(t.contains("Session 7 IP and the metaverse"));
    assert!(!t.contains("Session 8 "));
    let chosen = Page::parse(&html).select("option[value=metaverse][selected]").len();
    assert_eq!(chosen, 1, "the topic filter shows its choice");
    let unknown = text(&app.page("/series/wipo-conversation?topic=gardening", 200).await);
    assert!(unknown.contains("There is no topic “gardening”. Showing all sessions."), "{unknown}");
    assert!(unknown.contains("13 sessions"));
    let bad = text(&app.page("/series/wipo-conversation?topic=%3Cscript%3E", 400).await);
    assert!(bad.contains("The address has a parameter we cannot read"), "{bad}");
}

async fn session_page_shows_times_agenda_and_speakers(b: Backend) {
    let app = TestApp::demo(b).await;
    let html = app.page("/series/wipo-conversation/sessions/8", 200).await;
    let t = text(&html);
    assert!(t.contains("Session 8 IP and generative AI"), "{t}");
    assert!(t.contains("September 20, 2023, 13:00 – September 21, 2023, 17:00"), "{t}");
    assert!(t.contains("Times are given in Europe/Zurich time (CEST)."));
    assert!(t.contains("Hybrid (in person and online)"));
    assert!(t.contains("WIPO Headquarters, Geneva"));
    assert!(t.contains("Demo content"));
    assert!(t.contains("Wednesday, September 20") && t.contains("Thursday, September 21"), "{t}");
    assert!(t.contains("13:00–13:20 Opening"), "{t}");
    assert_eq!(html.matches("<tr>").count() - 2, 12, "twelve agenda rows under two header rows");
    assert!(t.contains("Moderator: Lucía Ferreyra (Faculty of Law"), "{t}");
    assert!(html.contains("href=\"/speakers/amara-okafor\""));
    assert!(html.contains("href=\"/series/wipo-conversation/sessions/8/calendar.ics\""));
}

async fn session_page_shows_times_in_the_visitors_zone(b: Backend) {
    let app = TestApp::demo(b).await;
    let res = app.get("/series/wipo-conversation/sessions/8?tz=America/New_York").await;
    assert_eq!(res.status(), 200);
    let cookie = res
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    // Encoded by the cookie crate, so no value can ever add an attribute.
    assert!(cookie.starts_with("tz=America%2FNew_York;"), "{cookie}");
    let t = text(&res.text().await.expect("body"));
    assert!(
        t.contains("In your time zone (America/New_York): September 20, 2023, 07:00 – September 21, 2023, 11:00"),
        "{t}"
    );
    // The remembered zone applies on the next visit without the parameter.
    let res =
        app.get_with("/series/wipo-conversation/sessions/11", &[("cookie", "tz=Asia/Tokyo")]).await;
    let t = text(&res.text().await.expect("body"));
    assert!(
        t.contains("In your time zone (Asia/Tokyo): April 23, 2025, 17:00 – April 25, 2025, 01:00"),
        "{t}"
    );
}

async fn whole_day_and_month_sessions_show_dates_only(b: Backend) {
    let app = TestApp::demo(b).await;
    let t = text(&app.page("/series/wipo-conversation/sessions/4", 200).await);
    assert!(t.contains("When September 22–23, 2021 Format Online"), "{t}");
    assert!(!t.contains("Show times in my time zone"), "no times to convert");
    let t = text(&app.page("/series/wipo-conversation/sessions/5", 200).await);
    assert!(t.contains("When April 2022"), "{t}");
    assert!(t.contains("Exact dates to be confirmed."));
    let t = text(&app.page("/series/wipo-conversation/sessions/1", 200).await);
    assert!(t.contains("September 27, 2019") && t.contains("In person"), "{t}");
}

async fn speaker_page_lists_appearances(b: Backend) {
    let app = TestApp::demo(b).await;
    let list = text(&app.page("/speakers", 200).await);
    assert!(list.contains("Amara Okafor"), "{list}");
    let t = text(&app.page("/speakers/amara-okafor", 200).await);
    assert!(t.contains("Lagos Institute for Creative Technology"), "{t}");
    assert!(t.contains("Session 8: IP and generative AI"), "{t}");
    assert!(t.contains("Demo speaker"));
    app.page("/speakers/nobody-here", 404).await;
}

async fn bad_input_gets_a_clear_message_in_the_visitors_language(b: Backend) {
    let app = TestApp::demo(b).await;
    let fr = [("accept-language", "fr-CH, fr;q=0.9, en;q=0.5")];
    let res = app.get_with("/series/wipo-conversation/sessions/99", &fr).await;
    assert_eq!(res.status(), 404);
    let html = res.text().await.expect("body");
    let page = Page::parse(&html);
    assert_eq!((page.attr("html", "lang"), page.attr("html", "dir")), (s("fr"), s("ltr")));
    assert!(text(&html).contains("Page introuvable"), "{}", text(&html));
    let t = text(&app.page("/series/wipo-conversation/sessions/abc", 400).await);
    assert!(t.contains("“abc” is not a session number."), "{t}");
    // A mistyped zone keeps the page and says so beside the field.
    let t = text(&app.page("/series/wipo-conversation/sessions/8?tz=Mars/Olympus", 200).await);
    assert!(t.contains("“Mars/Olympus” is not a time zone we know."), "{t}");
    let res = app.get_with("/no/such/page", &[("accept-language", "ar")]).await;
    assert_eq!(res.status(), 404);
    assert!(res.text().await.expect("body").contains("dir=\"rtl\""));
    app.page("/series/no-such-series", 404).await;
    app.page("/series/NOT%20A%20SLUG", 404).await;
    app.page(&format!("/series/wipo-conversation/sessions/{}", u64::MAX), 400).await;
}

async fn language_follows_url_then_cookie_then_browser(b: Backend) {
    let app = TestApp::demo(b).await;
    let res = app
        .get_with("/series/wipo-conversation/sessions/8?lang=ar", &[("accept-language", "fr")])
        .await;
    assert_eq!(res.headers()["content-language"], "ar");
    assert!(res.headers()["set-cookie"].to_str().unwrap_or_default().starts_with("lang=ar;"));
    let html = res.text().await.expect("body");
    let page = Page::parse(&html);
    assert_eq!((page.attr("html", "lang"), page.attr("html", "dir")), (s("ar"), s("rtl")));
    for code in ["ar", "zh", "en", "fr", "ru", "es"] {
        assert!(html.contains(&format!("hreflang=\"{code}\" href=\"http://")), "alternate {code}");
    }
    let res = app.get_with("/", &[("cookie", "lang=ru"), ("accept-language", "fr")]).await;
    assert_eq!(res.headers()["content-language"], "ru");
    let res = app.get_with("/", &[("accept-language", "es-MX,es;q=0.9")]).await;
    assert_eq!(res.headers()["content-language"], "es");
    let res = app.get_with("/", &[("accept-language", "de-DE")]).await;
    assert_eq!(
        res.headers()["content-language"],
        "en",
        "unknown languages fall back to the default"
    );
    let french = text(&app.page("/series/wipo-conversation/sessions/8?lang=fr", 200).await);
    assert!(
        french.contains("20–21 septembre 2023") || french.contains("20 septembre 2023"),
        "{french}"
    );
}

async fn drafts_are_invisible(b: Backend) {
    let app = TestApp::demo(b).await;
    let mut content = wipo_conversation(convene_testing::now());
    content.series = NewSeries {
        slug: Slug::try_from("drafts").expect("slug"),
        title: "Draft series".into(),
        description: String::new(),
        translations: Default::default(),
    };
    content.sessions.truncate(1);
    content.sessions[0].status = SessionStatus::Draft;
    content.sessions[0].title = "Secret draft".into();
    app.load(content).await;
    app.page("/series/drafts/sessions/1", 404).await;
    assert!(!app.page("/series/drafts", 200).await.contains("Secret draft"));
    let api = app.json("/api/v1/sessions", 200).await.to_string();
    assert!(!api.contains("Secret draft"));
}

async fn content_is_escaped(b: Backend) {
    let app = TestApp::demo(b).await;
    let mut content = wipo_conversation(convene_testing::now());
    content.series = NewSeries {
        slug: Slug::try_from("xss").expect("slug"),
        title: "<script>alert(1)</script>".into(),
        description: "\"><img src=x onerror=alert(1)>".into(),
        translations: Default::default(),
    };
    content.sessions.truncate(1);
    content.sessions[0].title = "<b>bold</b> & <i>more</i>".into();
    app.load(content).await;
    let html = app.page("/series/xss/sessions/1", 200).await;
    assert!(!html.contains("<script>alert(1)</script>") && !html.contains("<b>bold</b>"));
    assert!(
        html.contains("&#60;b&#62;bold&#60;/b&#62; &#38; &#60;i&#62;more&#60;/i&#62;")
            || html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;more&lt;/i&gt;"),
        "{html}"
    );
}

async fn pages_carry_security_headers_and_etags(b: Backend) {
    let app = TestApp::demo(b).await;
    let res = app.get("/series/wipo-conversation/sessions/8").await;
    let h = res.headers();
    assert!(
        h["content-security-policy"].to_str().unwrap_or_default().contains("script-src 'self'")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    let etag = h["etag"].to_str().expect("etag").to_owned();
    let again =
        app.get_with("/series/wipo-conversation/sessions/8", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), 304);
    let html = res.text().await.expect("body");
    let css = html
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("stylesheet link");
    let res = app.get(css).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["cache-control"].to_str().unwrap_or_default().contains("immutable"));
    assert_eq!(app.get("/static/style.css").await.status(), 404, "only fingerprinted names");
    // Compressed for browsers that ask, with brotli preferred; the ETag stays valid.
    let plain = app.get("/series/wipo-conversation/sessions/8").await.bytes().await.expect("body");
    for (accept, encoding) in [("br, gzip", "br"), ("gzip", "gzip")] {
        let res = app
            .get_with("/series/wipo-conversation/sessions/8", &[("accept-encoding", accept)])
            .await;
        assert_eq!(res.headers()["content-encoding"], encoding);
        assert!(res.headers()["etag"].to_str().unwrap_or_default().starts_with("W/"));
        let body = res.bytes().await.expect("body");
        assert!(
            body.len() * 3 < plain.len(),
            "{encoding}: {} of {} bytes",
            body.len(),
            plain.len()
        );
    }
}

async fn health_and_readiness(b: Backend) {
    let app = TestApp::empty(b).await;
    assert_eq!(app.json("/healthz", 200).await["status"], "ok");
    let ready = app.json("/readyz", 200).await;
    assert_eq!(ready["status"], "ready");
    // An empty store still serves a home page.
    assert!(text(&app.page("/", 200).await).contains("No sessions have been announced yet."));
}

/// An attribute value as `Page::attr` returns it.
fn s(value: &str) -> Option<String> {
    Some(value.to_owned())
}

/// Issue 13, point 10: the notice named no controller, contact or retention period; they come
/// from the installation's settings, in the visitor's language.
async fn the_privacy_notice_names_controller_contact_and_retention(b: Backend) {
    let app = TestApp::configured(
        b,
        |c| {
            c.privacy.controller = "WIPO Secretariat".into();
            c.privacy.contact = "data-protection@example.int".into();
            c.privacy.retention_months = 24;
        },
        None,
    )
    .await;
    let en = text(&app.page("/privacy", 200).await);
    assert!(en.contains("WIPO Secretariat is responsible for your data"), "{en}");
    assert!(en.contains("data-protection@example.int"), "{en}");
    assert!(en.contains("kept for 24 months after the session"), "{en}");
    let fr = text(&app.page("/privacy?lang=fr", 200).await);
    assert!(fr.contains("WIPO Secretariat est responsable de vos données"), "{fr}");
    assert!(fr.contains("conservées 24 mois après la session"), "{fr}");
    let ar = text(&app.page("/privacy?lang=ar", 200).await);
    assert!(ar.contains("data-protection@example.int") && ar.contains("24"), "{ar}");
}
