//! The audit log viewer: admins see every change with its before and after, filter it, and
//! download it; nobody can change it, not even with a query straight to the database.

use convene_domain::{AttendanceMode, Role, StakeholderGroup};
use jiff::SignedDuration;

use crate::registrations::{act, app_with_seats, four, marker, register};
use crate::{account, browser, sign_in, sign_in_ok, signed_in};
use convene_testing::both_backends;
use convene_testing::{Backend, text};

async fn admins_see_filter_and_download_every_change(b: Backend) {
    let (app, s, [ana, ..]) = four(b).await;
    let (admin, me) = signed_in(&app, Role::Admin).await;
    let target = account(&app, "mod@example.org", Role::Editor).await;
    let res = admin
        .post(
            &app,
            &format!("/admin/users/{}", target.id),
            &[("action", "role"), ("role", "moderator"), ("version", &target.version.to_string())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let state = marker(&app, &admin, s, ana).await;
    assert_eq!(
        act(&app, &admin, ana, &state, &[("action", "cancel")]).await.status().as_u16(),
        303
    );
    app.run_jobs().await;
    app.take_mail();
    let page = |q: &str| {
        let (app, admin) = (&app, &admin);
        let q = q.to_owned();
        async move {
            let res = admin.get(app, &format!("/admin/audit?{q}")).await;
            (res.status().as_u16(), text(&res.text().await.expect("body")))
        }
    };
    let (status, all) = page("").await;
    assert_eq!(status, 200);
    // Newest first: the cancel, the system's promotion it caused, the role change.
    let cancel = all.find("registration.cancel").expect("cancel shown");
    let role = all.find("user.role").expect("role change shown");
    assert!(cancel < role, "newest first");
    assert!(
        all.contains(&format!("user:{} ({})", me.id, me.email)),
        "actor named with their address"
    );
    assert!(all.contains("role editor moderator"), "field by field: {all}");
    assert!(all.contains("state confirmed cancelled"), "{all}");
    assert!(all.contains("system"));
    // Each filter narrows the list.
    let (_, mine) = page(&format!("actor=user:{}", me.id)).await;
    assert!(
        mine.contains("registration.cancel")
            && mine.contains("user.role")
            && !mine.contains("registration.promote")
    );
    let (_, users) = page("action=user.").await;
    assert!(users.contains("user.role") && !users.contains("registration.cancel"));
    let (_, one) = page(&format!("subject=registration:{ana}")).await;
    assert!(one.contains("Showing 1 to 2 of 2"), "her verification and the cancel: {one}");
    let (_, later) = page("from=2026-11-25").await;
    assert!(later.contains("No entry matches."));
    let (_, today) = page("from=2026-11-24&to=2026-11-24&action=registration.").await;
    assert!(today.contains("registration.cancel"));
    let (status, bad) = page("from=24.11.2026&to=x").await;
    assert_eq!(status, 422);
    assert!(bad.contains("Enter a date such as 2026-11-24."));
    // Downloads hold the filtered log.
    let csv =
        admin.get(&app, "/admin/audit.csv?action=registration.").await.text().await.expect("csv");
    assert!(csv.starts_with("id,at,actor,action,subject,before,after"));
    // The three verifications the fixture's registrants made are audited too.
    assert_eq!(csv.lines().count(), 6, "header, verifications, cancel, promotion: {csv}");
    let jsonl =
        admin.get(&app, "/admin/audit.jsonl?action=user.role").await.text().await.expect("jsonl");
    let lines: Vec<serde_json::Value> =
        jsonl.lines().map(|l| serde_json::from_str(l).expect("a JSON object per line")).collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["before"]["role"], "editor");
    assert_eq!(lines[0]["after"]["role"], "moderator");
    assert_eq!(lines[0]["at"], "2026-11-24T12:00:00Z");
    // Editors, who change registrations, do not read the log.
    let (editor, _) = signed_in(&app, Role::Editor).await;
    assert_eq!(editor.get(&app, "/admin/audit").await.status().as_u16(), 403);
    assert_eq!(editor.get(&app, "/admin/audit.csv").await.status().as_u16(), 403);
}

async fn the_database_refuses_to_change_the_log_and_the_system_writes_to_it(b: Backend) {
    let (app, s) = app_with_seats(b, 1).await;
    // An unverified registration expires; the place it held goes to the waiting list.
    let late = register(
        &app,
        s,
        ("Late Comer", "late@example.org", "FR"),
        StakeholderGroup::Media,
        AttendanceMode::InPerson,
        false,
    )
    .await;
    let next = register(
        &app,
        s,
        ("Next One", "next@example.org", "FR"),
        StakeholderGroup::Media,
        AttendanceMode::InPerson,
        true,
    )
    .await;
    app.advance(SignedDuration::from_hours(49));
    app.run_jobs().await;
    app.take_mail();
    let expired =
        app.store.audit().audit_entries(&format!("registration:{late}")).await.expect("audit");
    assert_eq!(expired.len(), 1);
    assert_eq!(
        (expired[0].actor.as_str(), expired[0].action.as_str()),
        ("system", "registration.expire")
    );
    assert!(expired[0].after.as_deref().is_some_and(|a| a.contains("\"state\":\"expired\"")));
    let promoted =
        app.store.audit().audit_entries(&format!("registration:{next}")).await.expect("audit");
    assert_eq!(
        promoted.iter().map(|e| (e.actor.as_str(), e.action.as_str())).collect::<Vec<_>>(),
        [("registrant", "registration.verify"), ("system", "registration.promote")]
    );
    // No statement may rewrite or delete it.
    let (update, delete) = app.store.audit().try_to_rewrite_audit_log().await;
    assert!(update.is_err(), "UPDATE refused: {update:?}");
    assert!(delete.is_err(), "DELETE refused: {delete:?}");
    let after =
        app.store.audit().audit_entries(&format!("registration:{late}")).await.expect("audit");
    assert_eq!(after, expired, "the entry is as it was");
    // And no route does: the viewer only reads.
    let (admin, _) = signed_in(&app, Role::Admin).await;
    let res = admin.post(&app, "/admin/audit", &[]).await;
    assert_eq!(res.status().as_u16(), 405);
}

/// Issue 13, point 14: check-ins, sign-ins and verifications were missing from the log, which
/// showed whole records with Unix timestamps.
async fn every_change_of_state_is_audited_and_shown_as_what_changed(b: Backend) {
    use AttendanceMode::InPerson;
    let (app, s) = app_with_seats(b, 5).await;
    let person = |name: &'static str, email: &'static str| (name, email, "AR");
    let group = StakeholderGroup::AcademiaResearch;
    let ana = register(&app, s, person("Ana", "ana@example.org"), group, InPerson, true).await;
    let bea = register(&app, s, person("Bea", "bea@example.org"), group, InPerson, true).await;
    let regs = app.store.registrations();
    let who = |id| async move { regs.registrant_for_email(id).await.expect("load").expect("one") };
    let now = app.clock.now();
    regs.check_in(&who(ana).await, convene_storage::Actor::Door, now).await.expect("check in");
    regs.cancel_registration(&who(bea).await, now).await.expect("cancel");
    app.run_jobs().await;
    app.take_mail();
    let log = |subject: String| {
        let app = &app;
        async move {
            let entries = app.store.audit().audit_entries(&subject).await.expect("audit");
            entries.into_iter().map(|e| (e.actor, e.action)).collect::<Vec<_>>()
        }
    };
    let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    assert_eq!(
        log(format!("registration:{ana}")).await,
        [pair("registrant", "registration.verify"), pair("door", "registration.check_in")]
    );
    assert_eq!(
        log(format!("registration:{bea}")).await,
        [pair("registrant", "registration.verify"), pair("registrant", "registration.self_cancel")]
    );
    // A wrong password and then a sign-in, through the form.
    let boss = account(&app, "boss@example.org", Role::Admin).await;
    let res = sign_in(&app, &browser(&app).await, "boss@example.org", "not the password").await;
    assert_ne!(res.status().as_u16(), 303);
    let admin = sign_in_ok(&app, "boss@example.org").await;
    let me = format!("user:{}", boss.id);
    let entries = log(me.clone()).await;
    assert!(entries.contains(&pair("anonymous", "user.sign_in_failure")), "{entries:?}");
    assert!(entries.contains(&pair(&me, "user.sign_in")), "{entries:?}");
    // The viewer shows the changed field only, with a date in the viewer's language.
    let page = |q: String| {
        let (app, admin) = (&app, &admin);
        async move {
            text(&admin.get(app, &format!("/admin/audit?{q}")).await.text().await.expect("body"))
        }
    };
    let checked = page(format!("subject=registration:{ana}&action=registration.check_in")).await;
    assert!(checked.contains("checked_in_at"), "{checked}");
    assert!(checked.contains("November 24, 2026"), "a date, not seconds: {checked}");
    assert!(!checked.contains("1795521600"), "{checked}");
    assert!(!checked.contains("holds_place"), "unchanged fields are left out: {checked}");
    let french = page(format!("subject=registration:{ana}&lang=fr")).await;
    assert!(french.contains("24 novembre 2026"), "{french}");
    let cancelled = page(format!("subject=registration:{bea}&action=registration.self")).await;
    assert!(cancelled.contains("state confirmed cancelled"), "{cancelled}");
    assert!(!cancelled.contains(" mode "), "the mode did not change: {cancelled}");
}

both_backends!(
    admins_see_filter_and_download_every_change,
    the_database_refuses_to_change_the_log_and_the_system_writes_to_it,
    every_change_of_state_is_audited_and_shown_as_what_changed,
);
