//! The role walk: every back-office route, as every role and as nobody, against the set of
//! principals each route must allow, written out here by hand.

use convene_testing::both_backends;
use std::collections::BTreeSet;

use convene_domain::Role;

use crate::{Browser, browser, location, signed_in};
use convene_testing::{Backend, TestApp};

const ALL: &[&str] = &["none", "admin", "editor", "moderator", "checkin"];
const STAFF: &[&str] = &["admin", "editor", "moderator", "checkin"];
const ADMIN: &[&str] = &["admin"];
const CONTENT: &[&str] = &["admin", "editor"];

/// Who may use each route. A route added to the router without a line here fails the walk.
const EXPECTED: &[(&str, &str, &[&str])] = &[
    ("GET", "/admin/login", ALL),
    ("POST", "/admin/login", ALL),
    ("GET", "/admin/reset", ALL),
    ("POST", "/admin/reset", ALL),
    ("GET", "/admin/set-password/{token}", ALL),
    ("POST", "/admin/set-password/{token}", ALL),
    ("GET", "/admin", STAFF),
    ("POST", "/admin/logout", STAFF),
    ("GET", "/admin/password", STAFF),
    ("POST", "/admin/password", STAFF),
    ("GET", "/admin/users", ADMIN),
    ("POST", "/admin/users", ADMIN),
    ("POST", "/admin/users/{id}", ADMIN),
    ("GET", "/admin/sessions", CONTENT),
    ("GET", "/admin/sessions/new", CONTENT),
    ("POST", "/admin/sessions/new", CONTENT),
    ("GET", "/admin/sessions/{id}", CONTENT),
    ("POST", "/admin/sessions/{id}", CONTENT),
    ("POST", "/admin/sessions/{id}/status", CONTENT),
    ("POST", "/admin/sessions/{id}/delete", CONTENT),
    ("POST", "/admin/sessions/{id}/registration", CONTENT),
    ("POST", "/admin/sessions/{id}/agenda", CONTENT),
    ("POST", "/admin/sessions/{id}/questions", CONTENT),
    ("POST", "/admin/sessions/{id}/questions/{question}/delete", CONTENT),
    ("GET", "/admin/sessions/{id}/agenda/new", CONTENT),
    ("GET", "/admin/sessions/{id}/agenda.csv", CONTENT),
    ("POST", "/admin/sessions/{id}/agenda/import", CONTENT),
    ("GET", "/admin/sessions/{id}/agenda/{item}", CONTENT),
    ("POST", "/admin/sessions/{id}/agenda/{item}", CONTENT),
    ("GET", "/admin/series/new", CONTENT),
    ("POST", "/admin/series/new", CONTENT),
    ("GET", "/admin/series/{id}", CONTENT),
    ("POST", "/admin/series/{id}", CONTENT),
    ("POST", "/admin/series/{id}/delete", CONTENT),
    ("GET", "/admin/speakers", CONTENT),
    ("POST", "/admin/speakers", CONTENT),
    ("GET", "/admin/speakers/{id}", CONTENT),
    ("POST", "/admin/speakers/{id}", CONTENT),
    ("POST", "/admin/speakers/{id}/delete", CONTENT),
    ("GET", "/admin/revisions", CONTENT),
    ("POST", "/admin/revisions/restore", CONTENT),
    ("GET", "/admin/reach", CONTENT),
    ("GET", "/admin/reach.json", CONTENT),
    ("GET", "/admin/reach/{file}", CONTENT),
    ("GET", "/admin/registrations", CONTENT),
    ("POST", "/admin/registrations/{id}", CONTENT),
    ("GET", "/admin/sessions/{id}/registrations", CONTENT),
    ("GET", "/admin/sessions/{id}/registrations.csv", CONTENT),
    ("GET", "/admin/sessions/{id}/registrations.xlsx", CONTENT),
    ("GET", "/admin/audit", ADMIN),
    ("GET", "/admin/audit.csv", ADMIN),
    ("GET", "/admin/audit.jsonl", ADMIN),
];

/// A browser for a principal: signed in with a fresh account of that role, or not at all.
async fn as_principal(app: &TestApp, who: &str) -> Browser {
    match who {
        "none" => browser(app).await,
        role => signed_in(app, role.parse::<Role>().expect("role")).await.0,
    }
}

/// Whether the request reached its handler; a refusal must have the right shape.
async fn allowed(app: &TestApp, who: &str, method: &str, path: &str) -> bool {
    let b = as_principal(app, who).await;
    let res = match method {
        "GET" => b.get(app, path).await,
        _ => b.post(app, path, &[]).await,
    };
    let status = res.status().as_u16();
    let to_login = status == 303 && location(&res).starts_with("/admin/login?next=");
    match (who, method) {
        ("none", "GET") if to_login => {
            assert_eq!(location(&res), format!("/admin/login?next={path}"), "{method} {path}");
            false
        }
        ("none", _) if status == 401 => false,
        (_, _) if status == 403 => {
            assert_ne!(who, "none", "{method} {path}: nobody gets a 403, they sign in");
            let body = res.text().await.expect("body");
            assert!(body.contains("Not available for your role"), "{method} {path}: {body}");
            false
        }
        _ => {
            assert!(!to_login && status != 401, "{who} {method} {path}: {status}");
            true
        }
    }
}

async fn every_route_allows_exactly_its_roles(b: Backend) {
    let app = TestApp::empty(b).await;
    let target = crate::account(&app, "target@example.org", Role::Editor).await;
    let table: BTreeSet<(String, String)> = convene_web::admin_routes()
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let expected: BTreeSet<(String, String)> =
        EXPECTED.iter().map(|(m, p, _)| ((*m).to_owned(), (*p).to_owned())).collect();
    assert_eq!(table, expected, "the router's table and this test list the same routes");
    for (method, pattern, roles) in EXPECTED {
        let path = pattern
            .replace("{id}", &target.id.to_string())
            .replace("{item}", "1")
            .replace("{question}", "1")
            .replace("{token}", &"a".repeat(43))
            .replace("{file}", "summary.csv");
        let mut seen = Vec::new();
        for who in ALL {
            if allowed(&app, who, method, &path).await {
                seen.push(*who);
            }
        }
        assert_eq!(&seen, roles, "{method} {pattern}");
    }
    app.run_jobs().await;
}

async fn check_in_takes_the_checkin_and_admin_roles(b: Backend) {
    let app = TestApp::demo(b).await;
    let mut seen = Vec::new();
    for who in ALL {
        let br = as_principal(&app, who).await;
        let res = br.post(&app, "/checkin", &[("code", "1-AAAAAAAAAA")]).await;
        match res.status().as_u16() {
            200 => seen.push(*who),
            403 => {}
            other => panic!("{who}: {other}"),
        }
    }
    assert_eq!(seen, ["admin", "checkin"]);
    // Without a configured token, signing in is the only way in.
    let app = TestApp::configured(b, |c| c.registration.checkin_token = None, None).await;
    let res = app.get("/checkin").await;
    assert_eq!(location(&res), "/admin/login?next=/checkin");
    let (br, _) = signed_in(&app, Role::Checkin).await;
    assert!(br.get(&app, "/checkin").await.text().await.expect("body").contains("name=\"code\""));
}

both_backends!(every_route_allows_exactly_its_roles, check_in_takes_the_checkin_and_admin_roles);
