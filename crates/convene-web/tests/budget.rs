//! The weight budget: every public page, with its stylesheet and script, stays under 50 KB as
//! a browser downloads it (compressed), in English and in Arabic.

use convene_testing::{Backend, TestApp, both_backends};

/// Compressed bytes of a path, as a browser asking for brotli or gzip receives them.
async fn weight(app: &TestApp, path: &str) -> usize {
    let res = app.get_with(path, &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(res.status().as_u16(), 200, "{path}");
    res.bytes().await.expect("body").len()
}

/// The value of the first `attr="…"` after `marker` in a page.
fn asset(html: &str, marker: &str) -> String {
    html.split(marker).nth(1).and_then(|s| s.split('"').next()).expect("asset link").to_owned()
}

async fn every_public_page_is_under_50_kb(b: Backend) {
    // With the demo's 15,000 synthetic participants, so the reach pages carry full maps.
    let app = TestApp::demo_with_participants(b).await;
    let first = app.page("/", 200).await;
    let css = asset(&first, "<link rel=\"stylesheet\" href=\"");
    let js = asset(&first, "<script src=\"");
    let assets = weight(&app, &css).await + weight(&app, &js).await;
    let pages = [
        "/",
        "/series/wipo-conversation",
        "/series/wipo-conversation?topic=artificial-intelligence",
        "/series/wipo-conversation/sessions/8",
        "/series/wipo-conversation/sessions/13",
        "/series/wipo-conversation/sessions/13/register",
        "/series/wipo-conversation/sessions/13/register/sent",
        "/speakers",
        "/speakers/amara-okafor",
        "/privacy",
        "/series/wipo-conversation/reach",
        "/series/wipo-conversation/sessions/8/reach",
        "/series/wipo-conversation/sessions/13/reach",
    ];
    for lang in ["en", "ar"] {
        for page in pages {
            let sep = if page.contains('?') { '&' } else { '?' };
            let path = format!("{page}{sep}lang={lang}");
            let total = weight(&app, &path).await + assets;
            assert!(total < 50 * 1024, "{path}: {total} bytes with CSS and JS");
        }
    }
}

both_backends!(every_public_page_is_under_50_kb);
