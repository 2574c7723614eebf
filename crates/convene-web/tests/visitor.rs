//! What a visitor meets first (issue 13): invitations to register, times in their own zone,
//! right-to-left pages with text in other languages, and small things around them.

use convene_testing::{Backend, Page, TestApp, both_backends};

both_backends!(
    home_and_archive_invite_to_register_in_every_language,
    agenda_rows_show_the_visitors_time_too,
    a_mistyped_zone_keeps_the_page_and_suggests_one,
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
