//! Helpers that use the registration form as a browser would.

use convene_jobs::SentEmail;

use crate::TestApp;

/// The form path of demo session 13.
pub const FORM: &str = "/series/wipo-conversation/sessions/13/register";

/// A browser's state between requests: its cookies.
pub struct Browser {
    /// The Cookie header it sends.
    pub cookies: String,
}

/// The value of a hidden input in a page.
pub fn hidden(html: &str, name: &str) -> String {
    crate::Page::parse(html)
        .attr(&format!("input[type=hidden][name=\"{name}\"]"), "value")
        .unwrap_or_else(|| panic!("hidden field {name} present"))
}

/// Opens the form; returns the browser (with its CSRF cookie) and the page.
pub async fn open_form(app: &TestApp, path: &str) -> (Browser, String) {
    let res = app.get(path).await;
    assert_eq!(res.status().as_u16(), 200, "form page");
    let cookies = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .collect::<Vec<_>>()
        .join("; ");
    let html = res.text().await.expect("body");
    (Browser { cookies }, html)
}

/// A complete, valid set of fields for `email`, in `mode`.
pub fn fields<'a>(email: &'a str, mode: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "Ana Pérez"),
        ("email", email),
        ("country", "AR"),
        ("stakeholder_group", "academia_research"),
        ("organisation", "Universidad de Buenos Aires"),
        ("attendance_mode", mode),
        ("language", "es"),
        ("consent", "yes"),
    ]
}

/// Fills in and sends the form; returns the response.
pub async fn submit(
    app: &TestApp,
    path: &str,
    extra: &[(&str, &str)],
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let (browser, html) = open_form(app, path).await;
    let csrf = hidden(&html, "csrf");
    let started = hidden(&html, "started");
    let mut all: Vec<(&str, &str)> = vec![("csrf", &csrf), ("started", &started)];
    all.extend_from_slice(fields);
    all.extend_from_slice(extra);
    app.post_form(path, &browser.cookies, &all).await
}

/// Registers `email` and follows the verification link; returns the manage path.
pub async fn register_and_verify(app: &TestApp, email: &str, mode: &str) -> String {
    let res = submit(app, FORM, &[], &fields(email, mode)).await;
    assert_eq!(res.status().as_u16(), 303, "registration accepted");
    app.run_jobs().await;
    let mail = app.take_mail();
    let verify = link(&last_to(&mail, email).text, "/verify/");
    let res = app.get(&verify).await;
    assert_eq!(res.status().as_u16(), 303, "verification link works");
    let manage = res.headers()["location"].to_str().expect("location").to_owned();
    app.run_jobs().await;
    manage.split('?').next().unwrap_or_default().to_owned()
}

/// The last email sent to `to`.
pub fn last_to<'a>(mail: &'a [SentEmail], to: &str) -> &'a SentEmail {
    mail.iter().rev().find(|m| m.to.contains(to)).unwrap_or_else(|| panic!("no email to {to}"))
}

/// The path of the first link in `text` containing `needle`.
pub fn link(text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap_or_else(|| panic!("no {needle} link in:\n{text}"));
    let path: String =
        text[at..].chars().take_while(|c| !c.is_whitespace() && *c != '"' && *c != '<').collect();
    path
}

/// A Spanish catalogue message about session 13 (the test registrants chose Spanish).
pub fn es(id: &str) -> String {
    let catalogue = convene_web::Catalogue::load().expect("catalogue");
    catalogue.tr(convene_web::Lang::Es).args(id, &[("title", "IP and AI agents".into())])
}

/// The name=value of the first cookie a response sets (empty when it sets none).
pub fn first_cookie(res: &reqwest::Response) -> String {
    res.headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or_default()
        .to_owned()
}

/// Door staff signing in on the check-in page with `token`: the Cookie header to send after
/// (the CSRF cookie and, when the token was right, the staff cookie), the CSRF field, and the
/// status of the sign-in.
pub async fn door_sign_in(app: &TestApp, token: &str) -> (String, String, u16) {
    let res = app.get("/checkin").await;
    let cookie = first_cookie(&res);
    let csrf = hidden(&res.text().await.expect("body"), "csrf");
    let fields = [("csrf", csrf.as_str()), ("token", token)];
    let res = app.post_form("/checkin/login", &cookie, &fields).await;
    let status = res.status().as_u16();
    let staff = first_cookie(&res);
    let cookies = if staff.is_empty() { cookie } else { format!("{cookie}; {staff}") };
    (cookies, csrf, status)
}

/// The password of accounts made by [`account`].
pub const PASSWORD: &str = "correct horse staple";

/// An account with [`PASSWORD`] set, made in storage directly.
pub async fn account(
    app: &TestApp,
    email: &str,
    role: convene_domain::Role,
) -> convene_storage::User {
    use convene_domain::{Email, NewPassword, PasswordCandidate};
    let email = Email::try_from(email).expect("email");
    let password = NewPassword::try_from(PasswordCandidate { password: PASSWORD, email: &email })
        .expect("password");
    let now = app.clock.now();
    let actor = convene_storage::Actor::Cli;
    let accounts = app.store.accounts();
    let created = accounts
        .create_user(actor, email, role, convene_domain::Lang::En, false, now)
        .await
        .expect("create")
        .expect("new address");
    let hash = convene_domain::hash_password(&password, [5; 16]).expect("hash");
    accounts.use_password_link(&created.link, hash, now).await.expect("set").expect("link valid")
}

/// Advances the clock to an hour before demo session `number` starts, when door staff may
/// check people in, and delivers the emails that fall due meanwhile (the reminders).
pub async fn until_doors_open(app: &TestApp, number: u32) {
    let sessions = app.store.content().sessions(None, None).await.expect("sessions");
    let s = sessions.iter().find(|s| s.number == number).expect("session");
    let wait = app.clock.now().duration_until(s.starts_at) - jiff::SignedDuration::from_hours(1);
    app.advance(wait);
    app.run_jobs().await;
    app.take_mail();
}
