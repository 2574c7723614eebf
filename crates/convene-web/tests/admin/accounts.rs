//! Accounts as an admin manages them: invitations, roles, disabling, the audit trail.

use convene_domain::Role;
use convene_storage::User;
use convene_testing::both_backends;

use crate::{Browser, PASSWORD, browser, hidden, location, sign_in, sign_in_ok, signed_in};
use convene_testing::{Backend, TestApp, text};

/// The path of the first set-password link in a text.
pub fn link_in(text: &str) -> String {
    let at = text.find("/admin/set-password/").expect("a set-password link");
    text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || "/-_".contains(*c)).collect()
}

async fn create(app: &TestApp, admin: &Browser, email: &str, role: &str) -> reqwest::Response {
    admin.post(app, "/admin/users", &[("email", email), ("role", role)]).await
}

async fn user(app: &TestApp, email: &str) -> User {
    app.store.accounts().user_by_email(email).await.expect("query").expect("account")
}

async fn an_invitation_leads_to_a_password_and_the_dashboard(b: Backend) {
    let app = TestApp::empty(b).await;
    let (admin, _) = signed_in(&app, Role::Admin).await;
    let res = create(&app, &admin, "Mei@Example.org", "moderator").await;
    assert_eq!(res.status().as_u16(), 200);
    let page = res.text().await.expect("body");
    let shown = link_in(&page);
    assert!(text(&page).contains("Account created"), "{}", text(&page));
    assert!(!page.contains("argon2"), "no hash is ever shown");
    assert_eq!(app.run_jobs().await, 1);
    let mail = app.take_mail();
    assert_eq!(mail.len(), 1);
    assert!(mail[0].to.contains("Mei@Example.org"));
    assert!(mail[0].subject.contains("Your organiser account"), "{}", mail[0].subject);
    let emailed = link_in(&mail[0].text);
    assert_ne!(shown, emailed, "each link is its own one-time token");
    let br = browser(&app).await;
    let form = br.get(&app, &shown).await;
    assert_eq!(form.status().as_u16(), 200);
    assert!(text(&form.text().await.expect("body")).contains("Mei@Example.org"));
    let weak = br
        .post(&app, &shown, &[("new_password", "password1234"), ("confirm", "password1234")])
        .await;
    assert_eq!(weak.status().as_u16(), 422);
    let weak = weak.text().await.expect("body");
    assert!(weak.contains("id=\"e-new_password\""), "the error stands beside the field");
    assert!(text(&weak).contains("This password is too common"));
    let res = br.post(&app, &shown, &[("new_password", PASSWORD), ("confirm", PASSWORD)]).await;
    assert_eq!(location(&res), "/admin/login?notice=password-set");
    assert_eq!(br.get(&app, &shown).await.status().as_u16(), 410);
    assert_eq!(br.get(&app, &emailed).await.status().as_u16(), 410, "the other link is void too");
    let signed = sign_in_ok(&app, "mei@example.org").await;
    let dashboard = text(&signed.get(&app, "/admin").await.text().await.expect("body"));
    assert!(dashboard.contains("As a moderator you review written interventions"), "{dashboard}");
    assert!(!dashboard.contains("Accounts"), "no link to what the role may not use");
}

async fn a_create_form_sent_twice_makes_one_account(b: Backend) {
    let app = TestApp::empty(b).await;
    let (admin, _) = signed_in(&app, Role::Admin).await;
    assert_eq!(create(&app, &admin, "li@example.org", "editor").await.status().as_u16(), 200);
    let again = create(&app, &admin, "LI@example.org", "editor").await;
    assert_eq!(again.status().as_u16(), 422);
    let html = again.text().await.expect("body");
    assert!(html.contains("id=\"e-email\""));
    assert!(text(&html).contains("An account with this email address already exists."));
    let count = app
        .store
        .accounts()
        .users()
        .await
        .expect("users")
        .iter()
        .filter(|u| u.email.contains("li@"))
        .count();
    assert_eq!(count, 1);
    let bad = create(&app, &admin, "not an address", "owner").await;
    assert_eq!(bad.status().as_u16(), 422);
    let html = bad.text().await.expect("body");
    assert!(html.contains("id=\"e-email\"") && html.contains("id=\"e-role\""), "both fields");
    app.run_jobs().await;
    app.take_mail();
}

async fn admins_change_roles_and_disable_accounts_with_an_audit_trail(b: Backend) {
    let app = TestApp::empty(b).await;
    let (admin, me) = signed_in(&app, Role::Admin).await;
    crate::account(&app, "sam@example.org", Role::Editor).await;
    let sam = sign_in_ok(&app, "sam@example.org").await;
    let target = user(&app, "sam@example.org").await;
    let path = format!("/admin/users/{}", target.id);
    let v = target.version.to_string();
    let res =
        admin.post(&app, &path, &[("action", "role"), ("role", "checkin"), ("version", &v)]).await;
    assert_eq!(location(&res), "/admin/users?notice=role-changed");
    let checkin = sam.get(&app, "/checkin").await.text().await.expect("body");
    assert!(checkin.contains("name=\"code\""), "the new role applies at once");
    // A form based on the old version is refused, not applied.
    let stale = admin.post(&app, &path, &[("action", "disable"), ("version", &v)]).await;
    assert_eq!(stale.status().as_u16(), 409);
    let now = user(&app, "sam@example.org").await;
    assert!(!now.disabled);
    let v = now.version.to_string();
    let res = admin.post(&app, &path, &[("action", "disable"), ("version", &v)]).await;
    assert_eq!(location(&res), "/admin/users?notice=disabled");
    assert_eq!(sam.get(&app, "/admin").await.status().as_u16(), 303, "sessions end");
    let br = browser(&app).await;
    assert_eq!(sign_in(&app, &br, "sam@example.org", PASSWORD).await.status().as_u16(), 401);
    let link = admin.post(&app, &path, &[("action", "link")]).await;
    assert_eq!(link.status().as_u16(), 409, "no link for a disabled account");
    let v = user(&app, "sam@example.org").await.version.to_string();
    admin.post(&app, &path, &[("action", "enable"), ("version", &v)]).await;
    assert_eq!(sign_in(&app, &br, "sam@example.org", PASSWORD).await.status().as_u16(), 303);
    // No admin can lock themselves out.
    let own = format!("/admin/users/{}", me.id);
    let v = me.version.to_string();
    let res =
        admin.post(&app, &own, &[("action", "role"), ("role", "editor"), ("version", &v)]).await;
    assert_eq!(res.status().as_u16(), 409);
    let list = admin.get(&app, "/admin/users").await.text().await.expect("body");
    assert!(text(&list).contains("sam@example.org Check-in staff Active"), "{}", text(&list));
    assert!(hidden(&list, "version").parse::<i32>().is_ok());
    let audit =
        app.store.audit().audit_entries(&format!("user:{}", target.id)).await.expect("audit");
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "user.create",
            "user.password_set",
            "user.sign_in",
            "user.role",
            "user.disable",
            "user.sign_in_failure",
            "user.enable",
            "user.sign_in"
        ]
    );
    assert_eq!(audit[3].actor, format!("user:{}", me.id));
    assert!(audit[3].before.as_deref().is_some_and(|b| b.contains("\"role\":\"editor\"")));
    assert!(audit[3].after.as_deref().is_some_and(|a| a.contains("\"role\":\"checkin\"")));
    assert!(audit.iter().all(|e| !format!("{e:?}").contains("argon2")));
}

both_backends!(
    an_invitation_leads_to_a_password_and_the_dashboard,
    a_create_form_sent_twice_makes_one_account,
    admins_change_roles_and_disable_accounts_with_an_audit_trail,
);
