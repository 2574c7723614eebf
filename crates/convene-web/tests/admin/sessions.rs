//! Signing in and out, limits and locks, session lifetimes, password change and reset.

use convene_domain::{Role, SecretToken};
use convene_testing::both_backends;
use convene_web::AdminConfig;
use jiff::SignedDuration;

use crate::{PASSWORD, account, browser, location, session_cookie, sign_in, sign_in_ok, signed_in};
use convene_testing::{Backend, TestApp, text};

async fn a_wrong_password_and_an_unknown_address_get_the_same_answer(b: Backend) {
    let app = TestApp::empty(b).await;
    account(&app, "ana@example.org", Role::Editor).await;
    let br = browser(&app).await;
    let wrong = sign_in(&app, &br, "ana@example.org", "not the password at all").await;
    assert_eq!(wrong.status().as_u16(), 401);
    assert!(session_cookie(&wrong).is_none(), "no session for a wrong password");
    let unknown = sign_in(&app, &br, "nobody@example.org", "not the password at all").await;
    assert_eq!(unknown.status().as_u16(), 401);
    let (a, u) =
        (text(&wrong.text().await.expect("body")), text(&unknown.text().await.expect("body")));
    assert!(a.contains("The email address or the password is not right."), "{a}");
    assert_eq!(a.replace("ana@example.org", ""), u.replace("nobody@example.org", ""));
    let missing = sign_in(&app, &br, "ana@example.org", "").await;
    assert_eq!(missing.status().as_u16(), 422);
    assert!(missing.text().await.expect("body").contains("id=\"e-password\""));
}

async fn failed_logins_lock_the_account_for_a_doubling_time(b: Backend) {
    let app = TestApp::empty(b).await;
    account(&app, "ana@example.org", Role::Admin).await;
    let br = browser(&app).await;
    let wrong = || sign_in(&app, &br, "ana@example.org", "wrong password, again");
    for _ in 0..4 {
        assert_eq!(wrong().await.status().as_u16(), 401);
    }
    let fifth = wrong().await;
    assert_eq!(fifth.status().as_u16(), 429);
    assert!(text(&fifth.text().await.expect("body")).contains("Try again in one minute."));
    // Locked: even the right password waits, in the visitor's language.
    let right = br
        .post(&app, "/admin/login?lang=fr", &[("email", "ana@example.org"), ("password", PASSWORD)])
        .await;
    assert_eq!(right.status().as_u16(), 429);
    assert!(text(&right.text().await.expect("body")).contains("Réessayez dans une minute."));
    app.advance(SignedDuration::from_secs(61));
    let sixth = wrong().await;
    assert_eq!(sixth.status().as_u16(), 429, "the sixth failure locks for two minutes");
    assert!(text(&sixth.text().await.expect("body")).contains("Try again in 2 minutes."));
    app.advance(SignedDuration::from_secs(61));
    let still = sign_in(&app, &br, "ana@example.org", PASSWORD).await;
    assert!(text(&still.text().await.expect("body")).contains("Try again in one minute."));
    app.advance(SignedDuration::from_secs(60));
    assert_eq!(sign_in(&app, &br, "ana@example.org", PASSWORD).await.status().as_u16(), 303);
    // Success forgets the failures: the next wrong password is an ordinary one.
    assert_eq!(wrong().await.status().as_u16(), 401);
}

async fn an_unknown_address_is_locked_like_a_known_one(b: Backend) {
    let app = TestApp::empty(b).await;
    account(&app, "ana@example.org", Role::Admin).await;
    let br = browser(&app).await;
    // Each attempt's status and page, the address left out.
    let attempt = async |email: &str| {
        let res = sign_in(&app, &br, email, "wrong password, again").await;
        let status = res.status().as_u16();
        (status, text(&res.text().await.expect("body")).replace(email, ""))
    };
    for failure in 1..=5 {
        let (known, unknown) =
            (attempt("ana@example.org").await, attempt("nobody@example.org").await);
        assert_eq!(known, unknown, "failure {failure}");
        assert_eq!(known.0, if failure < 5 { 401 } else { 429 }, "failure {failure}");
    }
    // Both stay locked, and the next failure doubles both locks.
    app.advance(SignedDuration::from_secs(61));
    let (known, unknown) = (attempt("ana@example.org").await, attempt("nobody@example.org").await);
    assert_eq!(known, unknown);
    assert!(known.1.contains("Try again in 2 minutes."), "{}", known.1);
}

async fn sign_in_is_limited_per_client_address(b: Backend) {
    let admin = AdminConfig { login_per_ip_per_hour: 3, ..AdminConfig::default() };
    let app = TestApp::configured(b, |c| c.admin = admin, None).await;
    let br = browser(&app).await;
    for n in 0..3 {
        let email = format!("someone{n}@example.org");
        assert_eq!(sign_in(&app, &br, &email, "a wrong password").await.status().as_u16(), 401);
    }
    let res = sign_in(&app, &br, "another@example.org", "a wrong password").await;
    assert_eq!(res.status().as_u16(), 429);
    assert!(text(&res.text().await.expect("body")).contains("Too many attempts. Try again in"));
}

async fn signing_in_sets_a_strict_cookie_and_stores_only_its_hash(b: Backend) {
    let app = TestApp::empty(b).await;
    let user = account(&app, "ana@example.org", Role::Editor).await;
    let br = browser(&app).await;
    let res = br
        .post(
            &app,
            "/admin/login",
            &[("email", "Ana@Example.org"), ("password", PASSWORD), ("next", "/admin/password")],
        )
        .await;
    assert_eq!((res.status().as_u16(), location(&res)), (303, "/admin/password".into()));
    let cookie = session_cookie(&res).expect("session cookie");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=43200"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    assert!(!cookie.contains("Secure") && !cookie.contains("Domain"), "{cookie}");
    let token = cookie.split(';').next().and_then(|c| c.split_once('=')).expect("value").1;
    let ids = app.store.accounts().session_ids(user.id).await.expect("sessions");
    let token = SecretToken::try_from(token).expect("a token");
    assert_eq!(ids, [token.hash()], "the row is keyed by the hash, never the token");
    // A foreign next is ignored.
    let res = br
        .post(
            &app,
            "/admin/login",
            &[("email", "ana@example.org"), ("password", PASSWORD), ("next", "//evil.example")],
        )
        .await;
    assert_eq!(location(&res), "/admin");
    // Over HTTPS the cookie is __Host- prefixed and Secure.
    let https =
        TestApp::configured(b, |c| c.base_url = "https://convene.example.org".into(), None).await;
    account(&https, "ana@example.org", Role::Editor).await;
    let br = browser(&https).await;
    let res = sign_in(&https, &br, "ana@example.org", PASSWORD).await;
    let cookie = session_cookie(&res).expect("session cookie");
    assert!(cookie.starts_with("__Host-convene_admin=") && cookie.contains("; Secure"), "{cookie}");
    let csrf = crate::set_cookies(&https.get("/admin/login").await).join(" ");
    assert!(csrf.contains("Secure"), "{csrf}");
}

async fn logout_ends_the_session(b: Backend) {
    let app = TestApp::empty(b).await;
    let user = account(&app, "ana@example.org", Role::Moderator).await;
    let br = sign_in_ok(&app, "ana@example.org").await;
    assert_eq!(br.get(&app, "/admin").await.status().as_u16(), 200);
    let res = br.post(&app, "/admin/logout", &[]).await;
    assert_eq!(
        (res.status().as_u16(), location(&res)),
        (303, "/admin/login?notice=signed-out".into())
    );
    assert!(session_cookie(&res).is_some_and(|c| c.contains("Max-Age=0")), "cookie cleared");
    assert!(app.store.accounts().session_ids(user.id).await.expect("sessions").is_empty());
    let res = br.get(&app, "/admin").await;
    assert_eq!((res.status().as_u16(), location(&res)), (303, "/admin/login?next=/admin".into()));
}

async fn sessions_end_when_idle_and_after_their_limit(b: Backend) {
    let app = TestApp::empty(b).await;
    account(&app, "ana@example.org", Role::Editor).await;
    let busy = sign_in_ok(&app, "ana@example.org").await;
    // Used every 90 minutes, it lives until 12 hours after sign-in.
    for _ in 0..7 {
        app.advance(SignedDuration::from_mins(90));
        assert_eq!(busy.get(&app, "/admin").await.status().as_u16(), 200);
    }
    app.advance(SignedDuration::from_mins(90));
    assert_eq!(busy.get(&app, "/admin").await.status().as_u16(), 303, "12 hours after sign-in");
    let idle = sign_in_ok(&app, "ana@example.org").await;
    app.advance(SignedDuration::from_mins(119));
    assert_eq!(idle.get(&app, "/admin").await.status().as_u16(), 200);
    app.advance(SignedDuration::from_mins(121));
    assert_eq!(idle.get(&app, "/admin").await.status().as_u16(), 303, "two idle hours");
}

async fn a_password_change_signs_out_the_other_sessions(b: Backend) {
    let app = TestApp::empty(b).await;
    account(&app, "ana@example.org", Role::Checkin).await;
    let here = sign_in_ok(&app, "ana@example.org").await;
    let elsewhere = sign_in_ok(&app, "ana@example.org").await;
    let new = "a brand new passphrase";
    let change = |current: &'static str, confirm: &'static str| {
        let here = here.clone();
        let app = &app;
        async move {
            let f = [("current", current), ("new_password", new), ("confirm", confirm)];
            here.post(app, "/admin/password", &f).await
        }
    };
    let res = change("not my password at all", new).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(text(&res.text().await.expect("body")).contains("This is not your current password."));
    let res = change(PASSWORD, "something else entirely").await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(text(&res.text().await.expect("body")).contains("The two passwords are not the same."));
    let res = change(PASSWORD, new).await;
    assert_eq!(
        (res.status().as_u16(), location(&res)),
        (303, "/admin/password?notice=password-changed".into())
    );
    assert_eq!(here.get(&app, "/admin").await.status().as_u16(), 200, "this session stays");
    assert_eq!(elsewhere.get(&app, "/admin").await.status().as_u16(), 303, "the other ends");
    let br = browser(&app).await;
    assert_eq!(sign_in(&app, &br, "ana@example.org", PASSWORD).await.status().as_u16(), 401);
    assert_eq!(sign_in(&app, &br, "ana@example.org", new).await.status().as_u16(), 303);
}

async fn a_reset_link_comes_by_email_and_works_once(b: Backend) {
    let app = TestApp::empty(b).await;
    account(&app, "ana@example.org", Role::Editor).await;
    let old = sign_in_ok(&app, "ana@example.org").await;
    let br = browser(&app).await;
    let known = br.post(&app, "/admin/reset?lang=es", &[("email", "ana@example.org")]).await;
    let unknown = br.post(&app, "/admin/reset?lang=es", &[("email", "nadie@example.org")]).await;
    assert_eq!((known.status().as_u16(), unknown.status().as_u16()), (200, 200));
    let (k, u) = (known.text().await.expect("body"), unknown.text().await.expect("body"));
    assert_eq!(text(&k).replace("ana@", ""), text(&u).replace("nadie@", ""), "the same answer");
    assert_eq!(app.run_jobs().await, 1, "one email, to the known address");
    let mail = app.take_mail();
    assert!(mail[0].to.contains("ana@example.org"));
    assert!(
        mail[0].subject.contains("contraseña"),
        "in the language of the request: {}",
        mail[0].subject
    );
    let link = crate::accounts::link_in(&mail[0].text);
    let new = "otra frase de paso";
    let form = browser(&app).await;
    assert_eq!(form.get(&app, &link).await.status().as_u16(), 200);
    let res = form.post(&app, &link, &[("new_password", new), ("confirm", new)]).await;
    assert_eq!(
        (res.status().as_u16(), location(&res)),
        (303, "/admin/login?notice=password-set".into())
    );
    assert_eq!(form.get(&app, &link).await.status().as_u16(), 410, "once only");
    assert_eq!(old.get(&app, "/admin").await.status().as_u16(), 303, "old sessions end");
    assert_eq!(sign_in(&app, &form, "ana@example.org", new).await.status().as_u16(), 303);
    // Within five minutes of the last, a request sends nothing more.
    br.post(&app, "/admin/reset", &[("email", "ana@example.org")]).await;
    assert_eq!(app.run_jobs().await, 0);
    app.advance(SignedDuration::from_mins(6));
    br.post(&app, "/admin/reset", &[("email", "ana@example.org")]).await;
    br.post(&app, "/admin/reset", &[("email", "ana@example.org")]).await;
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.take_mail().len(), 1);
}

async fn every_form_refuses_a_post_without_its_csrf_field(b: Backend) {
    let app = TestApp::empty(b).await;
    let (br, _) = signed_in(&app, Role::Admin).await;
    for route in convene_web::admin_routes().iter().filter(|r| r.method == "POST") {
        let path = route.path.replace("{id}", "1").replace("{token}", &"a".repeat(43));
        let res = app.post_form(&path, &br.cookies, &[("csrf", "forged")]).await;
        assert_eq!(res.status().as_u16(), 403, "{path}");
    }
}

both_backends!(
    a_wrong_password_and_an_unknown_address_get_the_same_answer,
    failed_logins_lock_the_account_for_a_doubling_time,
    an_unknown_address_is_locked_like_a_known_one,
    sign_in_is_limited_per_client_address,
    signing_in_sets_a_strict_cookie_and_stores_only_its_hash,
    logout_ends_the_session,
    sessions_end_when_idle_and_after_their_limit,
    a_password_change_signs_out_the_other_sessions,
    a_reset_link_comes_by_email_and_works_once,
    every_form_refuses_a_post_without_its_csrf_field,
);
