//! Organisers see exact reach figures in the back office, where the public sees "fewer than 5".

use convene_domain::Role;
use convene_testing::both_backends;

use crate::signed_in;
use convene_testing::{Backend, TestApp, text};

async fn editors_see_exact_figures_the_public_does_not(b: Backend) {
    let app = TestApp::demo_with_participants(b).await;
    let public = text(&app.page("/series/wipo-conversation/sessions/8/reach", 200).await);
    assert!(public.contains("fewer than 5"), "some country is hidden publicly");
    let (editor, _) = signed_in(&app, Role::Editor).await;
    let res = editor.get(&app, "/admin/reach?session=8").await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let page = text(&res.text().await.expect("body"));
    assert!(page.contains("5,047 attendees from 162 countries"));
    assert!(!page.contains("fewer than 5"), "nothing hidden from organisers");
    assert!(page.contains("for organisers only"));
    // The exact CSV has a row for every country, each with its figure.
    let csv = editor.get(&app, "/admin/reach/countries.csv?session=8").await;
    let csv = csv.text().await.expect("csv");
    assert_eq!(csv.lines().count(), 163);
    assert!(!csv.contains("<5"));
    let json: serde_json::Value =
        editor.get(&app, "/admin/reach.json").await.json().await.expect("json");
    assert_eq!(json["min_cell"], 0);
    assert_eq!(json["countries"], 162);
    // Moderators and check-in staff are not shown them.
    let (moderator, _) = signed_in(&app, Role::Moderator).await;
    assert_eq!(moderator.get(&app, "/admin/reach").await.status().as_u16(), 403);
    app.run_jobs().await;
}

both_backends!(editors_see_exact_figures_the_public_does_not);
