//! Organisers' actions on one registration, through the list's forms: cancel frees the seat
//! for the waiting list, resend sends one email however often it is clicked, promote needs a
//! free place or an explicit "over capacity", and a form older than the registration's
//! current state is refused. Every action lands in the audit log with before and after.

use convene_domain::Role;
use jiff::SignedDuration;

use crate::registrations::{act, four, marker, notice};
use crate::signed_in;
use convene_testing::both_backends;
use convene_testing::{Backend, text};

async fn cancel_frees_the_seat_promotes_the_next_and_emails_both(b: Backend) {
    let (app, s, [ana, _, _, dana]) = four(b).await;
    let (editor, me) = signed_in(&app, Role::Editor).await;
    let state = marker(&app, &editor, s, ana).await;
    let res = act(&app, &editor, ana, &state, &[("action", "cancel")]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(notice(&res), "cancelled");
    app.run_jobs().await;
    let mail = app.take_mail();
    let to = |who: &str| {
        mail.iter().filter(|m| m.to == who).map(|m| m.subject.clone()).collect::<Vec<_>>()
    };
    assert_eq!(to("ana@example.org").len(), 1);
    assert!(to("ana@example.org")[0].starts_with("Registration cancelled"));
    assert_eq!(to("dana@example.org").len(), 1);
    assert!(to("dana@example.org")[0].starts_with("A place is free for you"));
    let back = crate::location(&res);
    assert!(back.starts_with(&format!("/admin/sessions/{s}/registrations?")), "{back}");
    let page = text(&editor.get(&app, &back).await.text().await.expect("body"));
    assert!(
        page.contains("Confirmed: 2")
            && page.contains("Cancelled: 1")
            && page.contains("Waiting list: 0"),
        "{page}"
    );
    assert!(page.contains("The registration is cancelled"), "{page}");
    // The same form sent again finds it done: nothing more happens, nobody is emailed.
    let again = act(&app, &editor, ana, &state, &[("action", "cancel")]).await;
    assert_eq!(notice(&again), "already-done");
    assert_eq!(app.run_jobs().await, 0);
    // Both changes are in the audit log: the organiser's cancel and the system's promotion.
    let log = changes(&app, ana).await;
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].actor.clone(), log[0].action.as_str()),
        (format!("user:{}", me.id), "registration.cancel")
    );
    assert!(log[0].before.as_deref().is_some_and(|b| b.contains("\"state\":\"confirmed\"")));
    assert!(log[0].after.as_deref().is_some_and(|a| a.contains("\"state\":\"cancelled\"")));
    let log = changes(&app, dana).await;
    assert_eq!((log[0].actor.as_str(), log[0].action.as_str()), ("system", "registration.promote"));
}

async fn resend_sends_one_email_even_when_sent_twice(b: Backend) {
    let (app, s, [ana, bruno, ..]) = four(b).await;
    let (editor, _) = signed_in(&app, Role::Editor).await;
    // Right after registering, the confirmation was just sent: a resend then is a repeat.
    let state = marker(&app, &editor, s, ana).await;
    let early = act(&app, &editor, ana, &state, &[("action", "resend")]).await;
    assert_eq!(notice(&early), "recently-sent");
    app.advance(SignedDuration::from_mins(10));
    // Two clicks at once: they take turns on the registration, and the second finds the email queued.
    let (first, second) = tokio::join!(
        act(&app, &editor, ana, &state, &[("action", "resend")]),
        act(&app, &editor, ana, &state, &[("action", "resend")]),
    );
    let mut notices = [notice(&first), notice(&second)];
    notices.sort();
    assert_eq!(notices, ["recently-sent".to_owned(), "resent".to_owned()]);
    app.run_jobs().await;
    let mail = app.take_mail();
    assert_eq!(mail.len(), 1, "one email for two clicks");
    assert!(mail[0].subject.starts_with("You are registered"), "{}", mail[0].subject);
    // An unverified registration gets its verification link again.
    let state = marker(&app, &editor, s, bruno).await;
    act(&app, &editor, bruno, &state, &[("action", "resend")]).await;
    app.run_jobs().await;
    let mail = app.take_mail();
    assert!(mail[0].subject.starts_with("Confirm your registration"), "{}", mail[0].subject);
    let log = changes(&app, ana).await;
    assert_eq!(log.len(), 1, "the refused second click is not a change");
    assert!(log[0].after.as_deref().is_some_and(|a| a.contains("email_confirmed")));
}

async fn promotion_needs_a_free_place_or_a_confirmed_overbooking(b: Backend) {
    let (app, s, [_, _, _, dana]) = four(b).await;
    let (admin, _) = signed_in(&app, Role::Admin).await;
    let state = marker(&app, &admin, s, dana).await;
    let res = act(&app, &admin, dana, &state, &[("action", "promote")]).await;
    assert_eq!(res.status().as_u16(), 409);
    let page = text(&res.text().await.expect("body"));
    assert!(page.contains("No place is free."), "{page}");
    assert_eq!(app.run_jobs().await, 0, "nobody emailed");
    let fields = [
        ("state", state.as_str()),
        ("back", "mode=in_person&page=1"),
        ("action", "promote"),
        ("over_capacity", "yes"),
    ];
    let res = admin.post(&app, &format!("/admin/registrations/{dana}"), &fields).await;
    // Back to the list as it was filtered, with the notice.
    let back = format!("/admin/sessions/{s}/registrations?mode=in_person&notice=promoted");
    assert_eq!(crate::location(&res), back);
    app.run_jobs().await;
    let mail = app.take_mail();
    assert_eq!(mail.len(), 1);
    assert!(mail[0].subject.starts_with("A place is free for you"));
    let counts = app.store.registrations().registration_counts(s).await.expect("counts");
    assert_eq!((counts.confirmed, counts.waitlisted), (3, 0));
    let log = changes(&app, dana).await;
    assert!(
        log[0].after.as_deref().is_some_and(|a| a.contains("\"over_capacity\":true")),
        "{log:?}"
    );
}

async fn a_form_older_than_the_registration_is_refused(b: Backend) {
    let (app, s, [_, bruno, ..]) = four(b).await;
    let (editor, _) = signed_in(&app, Role::Editor).await;
    let shown = marker(&app, &editor, s, bruno).await;
    // Bruno verifies his address after the organiser opened the page.
    let who =
        app.store.registrations().registrant_for_email(bruno).await.expect("load").expect("exists");
    app.store.registrations().verify_email(&who, app.clock.now()).await.expect("verify");
    app.run_jobs().await;
    app.take_mail();
    let res = act(&app, &editor, bruno, &shown, &[("action", "cancel")]).await;
    assert_eq!(res.status().as_u16(), 409);
    let page = text(&res.text().await.expect("body"));
    assert!(page.contains("This registration changed since the page was shown"), "{page}");
    assert_eq!(app.run_jobs().await, 0, "nothing sent");
    let counts = app.store.registrations().registration_counts(s).await.expect("counts");
    assert_eq!(counts.cancelled, 0);
    // A form without its CSRF field does nothing either.
    let res = app
        .post_form(
            &format!("/admin/registrations/{bruno}"),
            &editor.cookies,
            &[("action", "cancel")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 403);
}

both_backends!(
    cancel_frees_the_seat_promotes_the_next_and_emails_both,
    resend_sends_one_email_even_when_sent_twice,
    promotion_needs_a_free_place_or_a_confirmed_overbooking,
    a_form_older_than_the_registration_is_refused,
);

/// The audit entries of a registration after the registrant's own verification (which the
/// fixture makes), i.e. what organisers and the system did to it.
async fn changes(app: &convene_testing::TestApp, id: i64) -> Vec<convene_storage::AuditEntry> {
    let all = app.store.audit().audit_entries(&format!("registration:{id}")).await.expect("audit");
    all.into_iter().filter(|e| e.action != "registration.verify").collect()
}
