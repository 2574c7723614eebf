//! What a registrant does through their signed links: verifying the address, cancelling,
//! changing mode, language and answers, erasing their data, checking in at the door, joining
//! online. Each change runs in one write transaction with the emails it causes.

use convene_domain::{
    AttendanceMode, AuditAction, EmailKind, JoinLink, Registration, RegistrationStatus,
};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::audit::{Actor, audit};
use crate::outbox::{enqueue, withdraw};
use crate::registrations::places::{cancel_in, fill_from_waitlist, release, take};
use crate::registrations::record::{
    current, insert_answers, live, registration_snapshot, snapshot_with,
};
use crate::registrations::{CheckIn, Registrant, RegistrationChanges};
use crate::schema::{answers, join_links, registrations};
use crate::{DbConnection, Registrations, StorageError};

impl Registrations<'_> {
    /// The join links of a confirmed online registrant, the floor first and then their own
    /// language's channel; empty for anyone else.
    pub async fn join_links(&self, who: &Registrant) -> Result<Vec<JoinLink>, StorageError> {
        let r = &who.registration;
        if !(r.is_confirmed() && r.mode == AttendanceMode::Online && r.erased_at.is_none()) {
            return Ok(Vec::new());
        }
        let (session_id, lang) = (r.session_id, r.language);
        self.run(move |c| {
            let links: Vec<(String, String)> = join_links::table
                .filter(join_links::session_id.eq(session_id))
                .select((join_links::language, join_links::url))
                .load(c)?;
            let links = crate::content::settings::in_channel_order(links);
            Ok(convene_domain::join_links_for(links, lang))
        })
        .await
    }

    /// Marks the email verified (once) and queues the confirmation and reminders.
    pub async fn verify_email(
        &self,
        who: &Registrant,
        now: Timestamp,
    ) -> Result<Registration, StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            let before = registration_snapshot(c, id)?;
            let n = diesel::update(
                registrations::table
                    .find(id)
                    .filter(registrations::verified_at.is_null())
                    .filter(registrations::status.eq_any(live())),
            )
            .set(registrations::verified_at.eq(now.as_second()))
            .execute(c)?;
            if n == 1 {
                enqueue(c, EmailKind::Confirmed, id, now.as_second(), now.as_second())?;
                schedule_reminders(c, id, now.as_second())?;
                let after = registration_snapshot(c, id)?;
                let action = AuditAction::RegistrationVerify;
                record(c, action, id, Some(before), Some(after), now)?;
            }
            current(c, id)
        })
        .await
    }

    /// Cancels a registration, freeing its place for the waiting list.
    pub async fn cancel_registration(
        &self,
        who: &Registrant,
        now: Timestamp,
    ) -> Result<Registration, StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            let before = registration_snapshot(c, id)?;
            if cancel_in(c, id, now.as_second())? {
                let after = registration_snapshot(c, id)?;
                let action = AuditAction::RegistrationSelfCancel;
                record(c, action, id, Some(before), Some(after), now)?;
            }
            current(c, id)
        })
        .await
    }

    /// Changes mode, language and answers; a new mode takes a place or joins the waiting list.
    pub async fn change_registration(
        &self,
        who: &Registrant,
        changes: RegistrationChanges,
        now: Timestamp,
    ) -> Result<Registration, StorageError> {
        let r = who.registration.clone();
        self.write(move |c| {
            let before = change_snapshot(c, &r)?;
            diesel::update(registrations::table.find(r.id))
                .set(registrations::language.eq(changes.language.code()))
                .execute(c)?;
            diesel::delete(answers::table.filter(answers::registration_id.eq(r.id))).execute(c)?;
            insert_answers(c, r.id, &changes.answers)?;
            if r.is_live() && changes.mode != r.mode {
                release(c, r.id, now.as_second())?;
                let seated = take(c, r.session_id, changes.mode)?;
                let status = if seated {
                    RegistrationStatus::Active
                } else {
                    RegistrationStatus::Waitlisted
                };
                diesel::update(registrations::table.find(r.id))
                    .set((
                        registrations::mode.eq(changes.mode.as_str()),
                        registrations::status.eq(status.as_str()),
                        registrations::holds_place.eq(seated),
                    ))
                    .execute(c)?;
                fill_from_waitlist(c, r.session_id, r.mode, now.as_second())?;
            }
            let changed = current(c, r.id)?;
            let after = change_snapshot(c, &changed)?;
            if after != before {
                let action = AuditAction::RegistrationChange;
                record(c, action, r.id, Some(before), Some(after), now)?;
            }
            Ok(changed)
        })
        .await
    }

    /// Erases personal data: the record stays, anonymised, so counts stay right; all links
    /// stop working. Before the session it is also cancelled, freeing the place.
    pub async fn erase_registration(
        &self,
        who: &Registrant,
        session_started: bool,
        now: Timestamp,
    ) -> Result<(), StorageError> {
        let id = who.registration.id;
        let live = who.registration.is_live();
        self.write(move |c| {
            let before = snapshot_with(c, id, &[("erased", false.into())])?;
            if live && !session_started {
                diesel::update(registrations::table.find(id))
                    .set((
                        registrations::status.eq(RegistrationStatus::Cancelled.as_str()),
                        registrations::cancelled_at.eq(now.as_second()),
                    ))
                    .execute(c)?;
                release(c, id, now.as_second())?;
            }
            diesel::delete(answers::table.filter(answers::registration_id.eq(id))).execute(c)?;
            diesel::update(registrations::table.find(id))
                .set((
                    registrations::name.eq(""),
                    registrations::email.eq(""),
                    registrations::email_key.eq(format!("erased:{id}")),
                    registrations::organisation.eq(None::<String>),
                    registrations::accessibility.eq(None::<String>),
                    registrations::list_publicly.eq(false),
                    registrations::news_updates.eq(false),
                    registrations::token_nonce.eq(crate::random_nonce()),
                    registrations::erased_at.eq(now.as_second()),
                ))
                .execute(c)?;
            // Nothing more is sent to someone who asked to be forgotten.
            withdraw(c, id, now.as_second())?;
            // The snapshot holds no personal data, so the log keeps nothing erased.
            let after = snapshot_with(c, id, &[("erased", true.into())])?;
            record(c, AuditAction::RegistrationErase, id, Some(before), Some(after), now)?;
            Ok(())
        })
        .await
    }

    /// Records attendance at the door, once, in the audit log as `by`'s.
    pub async fn check_in(
        &self,
        who: &Registrant,
        by: Actor,
        now: Timestamp,
    ) -> Result<CheckIn, StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            let n = diesel::update(
                registrations::table
                    .find(id)
                    .filter(registrations::checked_in_at.is_null())
                    .filter(registrations::status.eq(RegistrationStatus::Active.as_str()))
                    .filter(registrations::verified_at.is_not_null()),
            )
            .set(registrations::checked_in_at.eq(now.as_second()))
            .execute(c)?;
            if n == 1 {
                let before = snapshot_with(c, id, &[("checked_in_at", serde_json::Value::Null)])?;
                let after = snapshot_with(c, id, &[("checked_in_at", now.as_second().into())])?;
                let subject = format!("registration:{id}");
                let t = now.as_second();
                audit(c, by, AuditAction::CheckIn, &subject, Some(before), Some(after), t)?;
            }
            let r = current(c, id)?;
            Ok(match (n, r.checked_in_at) {
                (1, _) => CheckIn::Done(r),
                (_, Some(at)) => CheckIn::Already(r, at),
                _ => CheckIn::Refused(Some(r)),
            })
        })
        .await
    }

    /// Records that an online participant opened the join link (the first time counts).
    pub async fn record_online_join(
        &self,
        who: &Registrant,
        now: Timestamp,
    ) -> Result<(), StorageError> {
        let id = who.registration.id;
        self.write(move |c| {
            let n = diesel::update(
                registrations::table.find(id).filter(registrations::joined_online_at.is_null()),
            )
            .set(registrations::joined_online_at.eq(now.as_second()))
            .execute(c)?;
            if n == 1 {
                let before =
                    snapshot_with(c, id, &[("joined_online_at", serde_json::Value::Null)])?;
                let after = snapshot_with(c, id, &[("joined_online_at", now.as_second().into())])?;
                record(c, AuditAction::JoinOnline, id, Some(before), Some(after), now)?;
            }
            Ok(())
        })
        .await
    }
}

/// Appends a registrant's own change of their registration to the audit log.
fn record(
    c: &mut DbConnection,
    action: AuditAction,
    id: i64,
    before: Option<String>,
    after: Option<String>,
    now: Timestamp,
) -> Result<(), StorageError> {
    let subject = format!("registration:{id}");
    audit(c, Actor::Registrant, action, &subject, before, after, now.as_second())
}

/// What a registrant may change, as audited: the snapshot plus the language and which
/// questions are answered (never the answers' text, which may be personal).
fn change_snapshot(c: &mut DbConnection, r: &Registration) -> Result<String, StorageError> {
    let answered: Vec<i64> = answers::table
        .filter(answers::registration_id.eq(r.id))
        .order(answers::question_id)
        .select(answers::question_id)
        .load(c)?;
    let language = convene_domain::Lang::code(r.language);
    snapshot_with(c, r.id, &[("language", language.into()), ("answered", answered.into())])
}

/// Queues the 24-hour and 1-hour reminders that are still ahead.
fn schedule_reminders(c: &mut DbConnection, id: i64, now: i64) -> Result<(), StorageError> {
    use crate::schema::sessions;
    let starts_at: i64 = registrations::table
        .inner_join(sessions::table)
        .filter(registrations::id.eq(id))
        .select(sessions::starts_at)
        .first(c)?;
    for (kind, before) in [(EmailKind::Reminder24h, 24 * 3600), (EmailKind::Reminder1h, 3600)] {
        let at = starts_at - before;
        if at > now {
            enqueue(c, kind, id, now, at)?;
        }
    }
    Ok(())
}
