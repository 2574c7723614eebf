//! What the security review found in headers, proxies and slow clients (issue 19, points 3
//! and 9): each test fails on the code before its fix.

use std::time::Duration;

use jiff::SignedDuration;

use convene_testing::flow::{FORM, door_sign_in, hidden, open_form};
use convene_testing::{Backend, Page, TestApp, both_backends, test_registration_config};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

both_backends!(
    https_sites_ask_browsers_to_stay_on_https,
    error_pages_are_never_cached,
    a_stalled_body_frees_the_connection_quickly,
    behind_a_proxy_the_client_cannot_choose_its_address,
    the_verification_email_carries_nothing_the_registrant_typed,
    door_sessions_are_random_expire_and_limit_guessing,
    a_form_in_another_encoding_is_refused_and_nothing_is_saved,
    door_staff_sign_out_and_the_old_cookie_opens_nothing
);

async fn https_sites_ask_browsers_to_stay_on_https(b: Backend) {
    let app =
        TestApp::configured(b, |c| c.base_url = "https://convene.example.org".into(), None).await;
    let res = app.get("/").await;
    let hsts = res.headers().get("strict-transport-security").expect("HSTS over https");
    assert_eq!(hsts, "max-age=31536000; includeSubDomains");
    // A plain-http site (a laptop demo) must not pin browsers to https.
    let app = TestApp::empty(b).await;
    assert!(app.get("/").await.headers().get("strict-transport-security").is_none());
}

async fn error_pages_are_never_cached(b: Backend) {
    let app = TestApp::demo(b).await;
    // A manage link is personal and no-store; the page that replaces it when the token is
    // wrong must be no-store too, and so must every other error, in HTML and in the API.
    for path in ["/manage/1.bogus", "/no-such-page", "/api/v1/sessions/999999"] {
        let res = app.get(path).await;
        assert!(res.status().is_client_error(), "{path}: {}", res.status());
        let cache = res.headers().get("cache-control").map(|v| v.to_str().unwrap_or_default());
        assert_eq!(cache, Some("no-store"), "{path}");
    }
}

async fn a_stalled_body_frees_the_connection_quickly(b: Backend) {
    let app = TestApp::configured(b, |c| c.body_timeout = Duration::from_millis(300), None).await;
    let mut stream = tokio::net::TcpStream::connect(app.addr).await.expect("connect");
    // Announces 1000 bytes, sends ten, then goes quiet.
    let head = "POST /api/v1/sessions/1/registrations HTTP/1.1\r\nHost: x\r\n\
                Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"name\":1,";
    stream.write_all(head.as_bytes()).await.expect("write");
    let mut answer = vec![0; 64];
    // Without a body deadline the server answers only after its 30 s request timeout.
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("answered well before the request timeout")
        .expect("read");
    let status = String::from_utf8_lossy(&answer[..read]);
    assert!(status.starts_with("HTTP/1.1 4"), "{status}");
}

async fn behind_a_proxy_the_client_cannot_choose_its_address(b: Backend) {
    let mut config = test_registration_config();
    config.per_ip_per_hour = 2;
    config.trusted_proxies = 1;
    let app = TestApp::demo_with(b, config).await;
    let sessions = app.store.content().sessions(None, None).await.expect("sessions");
    let id = sessions.iter().find(|s| s.number == 13).expect("the open session").id;
    let path = format!("/api/v1/sessions/{id}/registrations");
    let client = reqwest::Client::new();
    let mut statuses = Vec::new();
    for i in 0..3 {
        let body = serde_json::json!({
            "name": "Spoofer", "email": format!("s{i}@example.org"), "country": "KE",
            "stakeholder_group": "individual", "attendance_mode": "online",
            "language": "en", "consent": true
        });
        // The client writes a new address each time; the proxy appends the one it saw.
        let forwarded = format!("198.51.100.{i}, 203.0.113.9");
        let res = client
            .post(app.url(&path))
            .header("x-forwarded-for", forwarded)
            .json(&body)
            .send()
            .await
            .expect("request");
        statuses.push(res.status().as_u16());
    }
    assert_eq!(statuses, [202, 202, 429], "the limit counts the address the proxy saw");
    app.run_jobs().await;
}

async fn the_verification_email_carries_nothing_the_registrant_typed(b: Backend) {
    let app = TestApp::demo(b).await;
    let sessions = app.store.content().sessions(None, None).await.expect("sessions");
    let id = sessions.iter().find(|s| s.number == 13).expect("the open session").id;
    // The verification email goes to whatever address was typed, so a name is a way to put
    // words and links into a stranger's inbox under the site's name.
    let body = serde_json::json!({
        "name": "Win a prize at spam.example", "email": "stranger@example.org",
        "country": "KE", "stakeholder_group": "individual", "attendance_mode": "online",
        "language": "en", "consent": true
    });
    let path = format!("/api/v1/sessions/{id}/registrations");
    assert_eq!(app.post_json(&path, &body).await.status().as_u16(), 202);
    assert_eq!(app.run_jobs().await, 1);
    let mail = app.take_mail();
    assert_eq!(mail.len(), 1);
    let m = &mail[0];
    assert!(m.text.starts_with("Hello,"), "{}", m.text);
    for part in [&m.raw, &m.text, &m.html] {
        assert!(!part.contains("spam.example") && !part.contains("Win a prize"), "{part}");
    }
}

async fn door_sessions_are_random_expire_and_limit_guessing(b: Backend) {
    let app = TestApp::configured(b, |c| c.admin.login_per_ip_per_hour = 3, None).await;
    let is_staff = |cookies: String| {
        let app = &app;
        async move {
            let res = app.get_with("/checkin", &[("cookie", cookies.as_str())]).await;
            let page = Page::parse(&res.text().await.expect("body"));
            page.attr("input#c-code", "name").is_some()
        }
    };
    let (first, _, status) = door_sign_in(&app, "door-staff-token").await;
    assert_eq!(status, 303);
    let (second, _, _) = door_sign_in(&app, "door-staff-token").await;
    let staff_cookie = |c: &str| c.split("; ").find(|p| p.starts_with("staff=")).map(str::to_owned);
    // Each sign-in is its own random session, not one value shared by everyone at the door.
    assert_ne!(staff_cookie(&first), staff_cookie(&second));
    assert!(is_staff(first.clone()).await);
    // A day later the session has ended.
    app.advance(SignedDuration::from_hours(13));
    assert!(!is_staff(first).await, "a door session expires");
    // Guessing the token is limited per address like back-office sign-ins: the budget of
    // three is spent by the two sign-ins and one guess; after that even the token is refused.
    assert_eq!(door_sign_in(&app, "guess").await.2, 403);
    assert_eq!(door_sign_in(&app, "door-staff-token").await.2, 429);
}

/// A small tmpfs volume, unmounted when dropped: a real disk that fills up.
struct SmallVolume(tempfile::TempDir);

impl SmallVolume {
    fn new(megabytes: u32) -> Self {
        let dir = tempfile::tempdir().expect("mount point");
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("run mount");
        assert!(status.success(), "mounting a tmpfs needs root, as CI has (scripts/test.sh)");
        Self(dir)
    }

    /// Writes a file until the volume is full.
    fn fill(&self) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.0.path().join("filler")).expect("filler");
        let block = vec![0u8; 64 * 1024];
        while f.write_all(&block).is_ok() {}
        let _ = f.sync_all();
    }

    fn free(&self) {
        std::fs::remove_file(self.0.path().join("filler")).expect("remove filler");
    }
}

impl Drop for SmallVolume {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(self.0.path()).status();
    }
}

/// SQLite only: the file sits on a volume the test fills (PostgreSQL's files are the
/// server's, on its own disk).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_keeps_the_form_and_readiness_says_so() {
    use convene_testing::flow::{FORM, fields, submit};
    let volume = SmallVolume::new(16);
    let db = convene_storage::testing::sqlite_in(volume.0.path()).await;
    let app = TestApp::on_database(db, |_| {}, None).await;
    app.load(convene_domain::demo::wipo_conversation(convene_testing::now())).await;
    // An empty write-ahead log: the next write must grow a file on the full volume.
    app.store.checkpoint_for_copy().await.expect("checkpoint");
    volume.fill();
    let typed = fields("full@example.org", "online");
    let res = submit(&app, FORM, &[], &typed).await;
    assert_eq!(res.status().as_u16(), 503);
    let page = Page::parse(&res.text().await.expect("body"));
    assert!(page.text().contains("We cannot take registrations right now"), "{}", page.text());
    // What was typed is still in the form.
    assert_eq!(page.attr("input[name=email]", "value").as_deref(), Some("full@example.org"));
    assert_eq!(page.attr("input[name=name]", "value").as_deref(), Some("Ana Pérez"));
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status().as_u16(), 503, "readiness reports the full disk");
    let body: serde_json::Value = ready.json().await.expect("json");
    assert_eq!(body["reason"], "storage_full");
    // Room again: the same form goes through, and readiness recovers.
    volume.free();
    assert_eq!(submit(&app, FORM, &[], &typed).await.status().as_u16(), 303);
    assert_eq!(app.get("/readyz").await.status().as_u16(), 200);
    assert_eq!(app.run_jobs().await, 1, "one registration, one verification email");
}

async fn a_form_in_another_encoding_is_refused_and_nothing_is_saved(b: Backend) {
    let app = TestApp::demo(b).await;
    let (browser, html) = open_form(&app, FORM).await;
    let (csrf, started) = (hidden(&html, "csrf"), hidden(&html, "started"));
    // "José" in Latin-1: before the fix it was saved as "Jos\u{FFFD}" without a word.
    let body = format!(
        "csrf={csrf}&started={started}&name=Jos%E9&email=jose%40example.org&country=AR\
         &stakeholder_group=individual&attendance_mode=online&language=es&consent=yes"
    );
    let headers = [("cookie", browser.cookies.as_str()), ("accept-language", "fr")];
    let res = app.post_raw_form(FORM, &headers, body.into_bytes()).await;
    assert_eq!(res.status().as_u16(), 400);
    let page = Page::parse(&res.text().await.expect("body"));
    let text = page.text();
    assert!(text.contains("Le formulaire n’a pas pu être lu (name)"), "{text}");
    assert!(text.contains("UTF-8"), "{text}");
    assert_eq!(app.run_jobs().await, 0, "no verification email: nothing was saved");
}

async fn door_staff_sign_out_and_the_old_cookie_opens_nothing(b: Backend) {
    let app = TestApp::configured(b, |_| {}, None).await;
    let (cookies, csrf, status) = door_sign_in(&app, "door-staff-token").await;
    assert_eq!(status, 303);
    let res = app.get_with("/checkin", &[("cookie", cookies.as_str())]).await;
    let page = Page::parse(&res.text().await.expect("body"));
    assert!(page.attr("input#c-code", "name").is_some(), "signed in");
    assert_eq!(page.text_of("form[action='/checkin/logout'] button"), "Sign out of this device");
    let res = app.post_form("/checkin/logout", &cookies, &[("csrf", csrf.as_str())]).await;
    assert_eq!(res.status().as_u16(), 303);
    let cleared = res.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(cleared.starts_with("staff=;") && cleared.contains("Max-Age=0"), "{cleared}");
    // A copy of the cookie kept from before (a lent phone, a stolen one) opens nothing.
    let res = app.get_with("/checkin", &[("cookie", cookies.as_str())]).await;
    let page = Page::parse(&res.text().await.expect("body"));
    assert!(page.attr("input#c-code", "name").is_none(), "signed out for good");
    assert!(page.attr("input[name=token]", "name").is_some());
}
