//! The back office: accounts, sign-in, sessions, limits, roles on every route.

mod access;
mod accounts;
mod audit;
mod back_office;
mod checks;
mod content;
mod emails;
mod reach;
mod registration_actions;
mod registrations;
mod sessions;

use convene_domain::{Role, SecretToken};
use convene_storage::{SessionLifetime, User};
use convene_testing::TestApp;
pub use convene_testing::flow::{PASSWORD, account, hidden};
use jiff::SignedDuration;

/// A browser between requests: its cookies and the CSRF field its forms carry.
#[derive(Debug, Clone)]
pub struct Browser {
    /// The Cookie header.
    pub cookies: String,
    /// The forms' CSRF field value.
    pub csrf: String,
}

impl Browser {
    /// The same browser with one more cookie.
    pub fn with_cookie(&self, cookie: &str) -> Self {
        Self { cookies: format!("{}; {cookie}", self.cookies), csrf: self.csrf.clone() }
    }

    /// POSTs a form with this browser's cookies and CSRF field.
    pub async fn post(
        &self,
        app: &TestApp,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        app.post_form(path, &self.cookies, &all).await
    }

    /// GETs a path with this browser's cookies.
    pub async fn get(&self, app: &TestApp, path: &str) -> reqwest::Response {
        app.get_with(path, &[("cookie", &self.cookies)]).await
    }
}

/// The `name=value` parts of a response's Set-Cookie headers.
pub fn set_cookies(res: &reqwest::Response) -> Vec<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect()
}

/// The full Set-Cookie header of the session cookie, if the response sets one.
pub fn session_cookie(res: &reqwest::Response) -> Option<String> {
    set_cookies(res).into_iter().find(|c| c.contains("convene_admin="))
}

/// A browser that opened the sign-in page: it has a CSRF cookie, and no session.
pub async fn browser(app: &TestApp) -> Browser {
    let res = app.get("/admin/login").await;
    assert_eq!(res.status().as_u16(), 200, "sign-in page");
    let cookies = set_cookies(&res)
        .iter()
        .filter_map(|c| c.split(';').next().map(str::to_owned))
        .collect::<Vec<_>>()
        .join("; ");
    let html = res.text().await.expect("body");
    Browser { cookies, csrf: hidden(&html, "csrf") }
}

/// A browser signed in as a new account with `role` (the session made in storage, as the
/// sign-in form would, so walks over many routes stay fast).
pub async fn signed_in(app: &TestApp, role: Role) -> (Browser, User) {
    let n = rand::random::<u32>();
    let user = account(app, &format!("{role}-{n}@example.org"), role).await;
    let token = SecretToken::from_bytes(rand::random());
    let life = SessionLifetime {
        idle: SignedDuration::from_hours(2),
        absolute: SignedDuration::from_hours(12),
    };
    app.store
        .accounts()
        .start_session(user.id, &token, None, app.clock.now(), life)
        .await
        .expect("session");
    let b = browser(app).await;
    (b.with_cookie(&format!("convene_admin={}", token.as_str())), user)
}

/// Signs in through the form; returns the response.
pub async fn sign_in(app: &TestApp, b: &Browser, email: &str, password: &str) -> reqwest::Response {
    b.post(app, "/admin/login", &[("email", email), ("password", password), ("next", "")]).await
}

/// Signs in through the form, expecting success; returns the browser with its session.
pub async fn sign_in_ok(app: &TestApp, email: &str) -> Browser {
    let b = browser(app).await;
    let res = sign_in(app, &b, email, PASSWORD).await;
    assert_eq!(res.status().as_u16(), 303, "signed in");
    let cookie = session_cookie(&res).expect("session cookie");
    b.with_cookie(cookie.split(';').next().expect("name=value"))
}

/// The path a redirect goes to.
pub fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}
