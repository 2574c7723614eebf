//! What a visitor meets first (issue 13): invitations to register, times in their own zone,
//! right-to-left pages with text in other languages, and small things around them.

use convene_testing::{Backend, Page, TestApp, both_backends};

both_backends!(home_and_archive_invite_to_register_in_every_language);

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

