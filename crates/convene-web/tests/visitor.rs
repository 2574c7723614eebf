//! What a visitor meets first (issue 13): invitations to register, times in their own zone,
//! right-to-left pages with text in other languages, and small things around them.

use convene_testing::{Backend, Page, TestApp, both_backends};

both_backends!(
    home_and_archive_invite_to_register_in_every_language,
    agenda_rows_show_the_visitors_time_too,
    a_mistyped_zone_keeps_the_page_and_suggests_one,
    arabic_pages_mark_the_direction_of_every_other_language,
    arabic_agenda_times_read_in_order,
    language_names_in_reach_tables_are_isolated,
    chinese_headlines_have_no_spaces_around_numbers,
    pages_have_an_icon_and_the_home_title_names_the_site_once,
    the_speaker_page_shows_each_items_own_time,
    join_links_list_the_floor_then_the_registrants_language,
);

const FORM: &str = "/series/wipo-conversation/sessions/13/register";

/// Point 2: session 13 is open for registration; its card says so with a button, in every
/// language, and a past session's card has none.
async fn home_and_archive_invite_to_register_in_every_language(b: Backend) {
    let app = TestApp::demo(b).await;
    let catalogue = convene_web::Catalogue::load().expect("catalogue");
    for lang in convene_web::Lang::ALL {
        let label = catalogue.tr(lang).t("session-register");
        for path in ["/", "/series/wipo-conversation"] {
            let html = app.page(&format!("{path}?lang={lang}"), 200).await;
            let page = Page::parse(&html);
            let buttons = page.select(&format!(".card a.button[href=\"{FORM}\"]"));
            assert_eq!(buttons.len(), 1, "{path} in {lang}: one Register button");
            let text = convene_testing::html::element_text(buttons[0]);
            assert!(text.starts_with(&label), "{path} in {lang}: {text}");
            assert_eq!(
                page.select(".card a.button").len(),
                1,
                "{path} in {lang}: only the open session invites"
            );
        }
    }
}

const SESSION_8: &str = "/series/wipo-conversation/sessions/8";

/// Point 3: with `?tz=Asia/Tokyo` every agenda row shows its time in Zurich and in Tokyo.
async fn agenda_rows_show_the_visitors_time_too(b: Backend) {
    let app = TestApp::demo(b).await;
    let html = app.page(&format!("{SESSION_8}?tz=Asia/Tokyo"), 200).await;
    let page = Page::parse(&html);
    let rows = page.select("table.agenda tbody tr");
    assert_eq!(rows.len(), 12);
    let cells = page.texts("table.agenda tbody tr td:first-child");
    assert_eq!(cells[0], "13:00–13:20 Your time: 20:00–20:20", "{cells:?}");
    for cell in &cells {
        assert!(cell.contains("Your time: "), "every row in both zones: {cell}");
    }
    // A zone whose clock is the session's adds nothing.
    let html = app.page(&format!("{SESSION_8}?tz=Europe/Berlin"), 200).await;
    assert!(Page::parse(&html).select("table.agenda .your-time").is_empty());
    let html = app.page(SESSION_8, 200).await;
    assert!(Page::parse(&html).select("table.agenda .your-time").is_empty());
}

/// Point 3: `?tz=Lagos` is not a zone; the page stays, with a hint and a suggestion.
async fn a_mistyped_zone_keeps_the_page_and_suggests_one(b: Backend) {
    let app = TestApp::demo(b).await;
    let html = app.page(&format!("{SESSION_8}?tz=Lagos"), 200).await;
    let page = Page::parse(&html);
    let hint = page.text_of("#tz-problem");
    assert!(hint.contains("“Lagos” is not a time zone we know."), "{hint}");
    assert!(hint.contains("Did you mean Africa/Lagos?"), "{hint}");
    assert_eq!(page.attr("#tz-problem a", "href").as_deref(), Some("?tz=Africa/Lagos"));
    assert_eq!(page.attr("input#tz", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(page.attr("input#tz", "value").as_deref(), Some("Lagos"), "kept as typed");
    assert_eq!(page.select("table.agenda").len(), 2, "the agenda is still there");
    let fr = Page::parse(&app.page(&format!("{SESSION_8}?tz=Lagos&lang=fr"), 200).await)
        .text_of("#tz-problem");
    assert!(fr.contains("Vouliez-vous dire Africa/Lagos ?"), "{fr}");
}

/// Point 4: on an Arabic page, everything shown in another language says which, and which way
/// it runs; descriptions and affiliations carry their language.
async fn arabic_pages_mark_the_direction_of_every_other_language(b: Backend) {
    let app = TestApp::demo(b).await;
    for path in [SESSION_8, "/", "/series/wipo-conversation", "/speakers", "/speakers/amara-okafor"]
    {
        let html = app.page(&format!("{path}?lang=ar"), 200).await;
        let page = Page::parse(&html);
        let unmarked = page.select("main [lang]:not([dir])");
        assert!(unmarked.is_empty(), "{path}: {} runs with lang and no dir", unmarked.len());
        // The demo's series, titles and topics are translated; agendas and bios are not.
        let english_left = path == SESSION_8 || path.starts_with("/speakers");
        if english_left {
            assert!(!page.select("main [lang=en][dir=ltr]").is_empty(), "{path}: English marked");
        }
    }
    let page = Page::parse(&app.page(&format!("{SESSION_8}?lang=ar"), 200).await);
    let descriptions = page.select("table.agenda .description");
    assert_eq!(descriptions.len(), 12, "every agenda description is marked");
    for d in &descriptions {
        assert_eq!((d.value().attr("lang"), d.value().attr("dir")), (Some("en"), Some("ltr")));
    }
    let affiliations = page.select("table.agenda .people small bdi");
    assert!(!affiliations.is_empty());
    for a in &affiliations {
        assert_eq!((a.value().attr("lang"), a.value().attr("dir")), (Some("en"), Some("ltr")));
    }
    let speaker = Page::parse(&app.page("/speakers/amara-okafor?lang=ar", 200).await);
    assert_eq!(speaker.attr(".lead bdi", "dir").as_deref(), Some("ltr"));
}

/// Point 4: the 13:00–13:20 item reads 13:00–13:20 in Arabic: each range is isolated
/// left to right, the visitor's too.
async fn arabic_agenda_times_read_in_order(b: Backend) {
    let app = TestApp::demo(b).await;
    let page = Page::parse(&app.page(&format!("{SESSION_8}?lang=ar&tz=Asia/Tokyo"), 200).await);
    let times = page.texts("table.agenda td:first-child > bdi[dir=ltr] > time");
    assert_eq!(times.len(), 12, "every range is isolated");
    assert_eq!(times[0], "13:00–13:20");
    let yours = page.texts("table.agenda .your-time > bdi[dir=ltr]");
    assert_eq!(yours.len(), 12);
    assert_eq!(yours[0], "20:00–20:20");
    assert!(page.text_of("table.agenda .your-time").starts_with("بتوقيتكم:"));
}

/// Point 4: "العربية (Arabic)" keeps its order on an English page, and "English" its own on an
/// Arabic page: the name in its own script is isolated with its language and direction.
async fn language_names_in_reach_tables_are_isolated(b: Backend) {
    let app = TestApp::demo(b).await;
    let reach = "/series/wipo-conversation/reach";
    let en = Page::parse(&app.page(&format!("{reach}?lang=en"), 200).await);
    let ar_name = en.select("#t-languages ~ details th bdi[lang=ar][dir=rtl]");
    assert_eq!(ar_name.len(), 1, "the Arabic name is isolated");
    assert_eq!(convene_testing::html::element_text(ar_name[0]), "العربية");
    let ar = Page::parse(&app.page(&format!("{reach}?lang=ar"), 200).await);
    let names = ar.texts("#t-languages ~ details th bdi[dir=ltr]");
    assert!(names.contains(&"English".to_owned()), "{names:?}");
}

/// Point 4: "来自 162 个国家 的": Chinese sets numbers without spaces.
async fn chinese_headlines_have_no_spaces_around_numbers(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    for path in ["/series/wipo-conversation/reach", SESSION_8] {
        let t = convene_testing::text(&app.page(&format!("{path}?lang=zh"), 200).await);
        assert!(t.contains("个国家的"), "{path}: {t}");
        for bad in ["来自 ", " 个国家", "国家 的", " 名参与者", " 名与会者"] {
            assert!(!t.contains(bad), "{path}: “{bad}” in {t}");
        }
    }
}

/// Point 10: an icon, served from our origin with long caching; the home page of a site named
/// after nothing else says its name once.
async fn pages_have_an_icon_and_the_home_title_names_the_site_once(b: Backend) {
    let app = TestApp::empty(b).await;
    let page = Page::parse(&app.page("/", 200).await);
    assert_eq!(page.text_of("title"), "Test site", "not “Test site · Test site”");
    let icon = page.attr("link[rel=icon]", "href").expect("an icon link");
    assert!(icon.starts_with("/static/favicon.") && icon.ends_with(".svg"), "{icon}");
    let res = app.get(&icon).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/svg+xml");
    assert!(res.headers()["cache-control"].to_str().unwrap_or_default().contains("immutable"));
    assert!(res.text().await.expect("body").starts_with("<svg"));
    let demo = TestApp::demo(b).await;
    let title = Page::parse(&demo.page("/speakers", 200).await).text_of("title");
    assert_eq!(title, "Speakers · Test site", "other pages keep the site after their title");
}

/// Point 10: Amara Okafor's keynote ran 13:20–14:00, not the whole two-day session.
async fn the_speaker_page_shows_each_items_own_time(b: Backend) {
    let app = TestApp::demo(b).await;
    let page = Page::parse(&app.page("/speakers/amara-okafor", 200).await);
    let items = page.texts("main li");
    let keynote = items
        .iter()
        .find(|i| i.contains("Generative AI and the creative economy"))
        .unwrap_or_else(|| panic!("the keynote is listed: {items:?}"));
    assert!(keynote.contains("September 20, 2023, 13:20–14:00"), "{keynote}");
    assert!(!keynote.contains("September 21"), "{keynote}");
    let ar = Page::parse(&app.page("/speakers/amara-okafor?lang=ar", 200).await);
    assert!(ar.texts("main li time bdi[dir=ltr]").contains(&"13:20–14:00".to_owned()));
}

/// Point 10: a Spanish-speaking registrant finds the floor, then the Spanish channel, then
/// the others in the UN order, on their page and in their reminder.
async fn join_links_list_the_floor_then_the_registrants_language(b: Backend) {
    let app = TestApp::demo(b).await;
    // `fields` registers in Spanish.
    let manage = convene_testing::flow::register_and_verify(&app, "es@example.org", "online").await;
    let page = Page::parse(&app.page(&manage, 200).await);
    let channels: Vec<String> = page
        .select("section[aria-labelledby=join] a[href*='/join/']")
        .iter()
        .filter_map(|a| a.value().attr("href")?.rsplit('/').next().map(str::to_owned))
        .collect();
    assert_eq!(channels, ["floor", "es", "ar", "zh", "en", "fr", "ru"]);
}
