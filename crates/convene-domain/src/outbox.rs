//! Whether an email queued earlier is still worth sending when the outbox gets to it.
//!
//! Emails are queued with the change that causes them and composed only when sent, from the
//! records as they are then; by then the person may have cancelled, been erased, or the session
//! may have started. This rule decides, from those records alone, so it is tested here rather
//! than through a mail server.

use crate::{EmailKind, Registration, RegistrationStatus, SessionStatus, Timing};

/// Whether the email `kind` about registration `r` should still go out, given the session's
/// status and timing now. Nothing goes out once the person's data is erased.
pub fn email_wanted(
    kind: EmailKind,
    r: &Registration,
    session: SessionStatus,
    timing: Timing,
) -> bool {
    if r.erased_at.is_some() {
        return false;
    }
    match kind {
        // Verifying is pointless once verified, cancelled or expired.
        EmailKind::Verify => r.is_live() && r.verified_at.is_none(),
        EmailKind::Confirmed | EmailKind::ManageLink => r.is_live(),
        // A later cancellation gives the seat back: telling them they have it would be wrong.
        EmailKind::Promoted => r.status == RegistrationStatus::Active,
        // Reminders only for confirmed places, and never once the session has begun.
        EmailKind::Reminder24h | EmailKind::Reminder1h => {
            r.is_confirmed() && timing == Timing::Upcoming
        }
        EmailKind::Cancelled => r.status == RegistrationStatus::Cancelled,
        // Whoever cancelled their own place already heard from us.
        EmailKind::SessionCancelled => {
            r.status != RegistrationStatus::Cancelled && session == SessionStatus::Cancelled
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;
    use crate::{AttendanceMode, StakeholderGroup};

    fn at(s: &str) -> Timestamp {
        s.parse().expect("instant")
    }

    /// An active, verified (confirmed) registration.
    fn confirmed() -> Registration {
        Registration {
            id: 1,
            session_id: 7,
            name: "Ana".into(),
            email: "ana@example.org".into(),
            country: "AR".into(),
            stakeholder_group: StakeholderGroup::Individual,
            organisation: None,
            mode: AttendanceMode::Online,
            language: crate::Lang::Es,
            accessibility: None,
            consent_version: crate::PRIVACY_NOTICE_VERSION.into(),
            list_publicly: false,
            news_updates: false,
            status: RegistrationStatus::Active,
            waitlist_position: None,
            created_at: at("2026-11-20T10:00:00Z"),
            verified_at: Some(at("2026-11-20T10:05:00Z")),
            cancelled_at: None,
            erased_at: None,
            checked_in_at: None,
            joined_online_at: None,
            answers: Vec::new(),
        }
    }

    fn cancelled() -> Registration {
        Registration {
            status: RegistrationStatus::Cancelled,
            cancelled_at: Some(at("2026-11-21T09:00:00Z")),
            ..confirmed()
        }
    }

    const OPEN: SessionStatus = SessionStatus::RegistrationOpen;

    #[test]
    fn a_confirmed_place_gets_its_reminders_until_the_session_starts() {
        for kind in [EmailKind::Reminder24h, EmailKind::Reminder1h] {
            assert!(email_wanted(kind, &confirmed(), OPEN, Timing::Upcoming));
            assert!(!email_wanted(kind, &confirmed(), OPEN, Timing::Now));
            assert!(!email_wanted(kind, &confirmed(), OPEN, Timing::Past));
        }
    }

    #[test]
    fn no_reminder_for_a_cancelled_or_unverified_registration() {
        let unverified = Registration { verified_at: None, ..confirmed() };
        for r in [cancelled(), unverified] {
            assert!(!email_wanted(EmailKind::Reminder24h, &r, OPEN, Timing::Upcoming));
            assert!(!email_wanted(EmailKind::Reminder1h, &r, OPEN, Timing::Upcoming));
        }
    }

    #[test]
    fn nothing_at_all_after_erasure() {
        let erased = Registration {
            name: String::new(),
            email: String::new(),
            erased_at: Some(at("2026-11-22T09:00:00Z")),
            ..cancelled()
        };
        for kind in EmailKind::ALL {
            for session in [OPEN, SessionStatus::Cancelled] {
                assert!(!email_wanted(*kind, &erased, session, Timing::Upcoming), "{kind}");
            }
        }
    }

    #[test]
    fn verification_only_while_unverified_and_live() {
        let pending = Registration { verified_at: None, ..confirmed() };
        assert!(email_wanted(EmailKind::Verify, &pending, OPEN, Timing::Upcoming));
        assert!(!email_wanted(EmailKind::Verify, &confirmed(), OPEN, Timing::Upcoming));
        let expired = Registration { status: RegistrationStatus::Expired, ..pending };
        assert!(!email_wanted(EmailKind::Verify, &expired, OPEN, Timing::Upcoming));
    }

    #[test]
    fn a_promotion_is_not_announced_after_a_cancellation() {
        assert!(email_wanted(EmailKind::Promoted, &confirmed(), OPEN, Timing::Upcoming));
        assert!(!email_wanted(EmailKind::Promoted, &cancelled(), OPEN, Timing::Upcoming));
        let waiting = Registration { status: RegistrationStatus::Waitlisted, ..confirmed() };
        assert!(!email_wanted(EmailKind::Promoted, &waiting, OPEN, Timing::Upcoming));
        assert!(email_wanted(EmailKind::Confirmed, &waiting, OPEN, Timing::Upcoming));
    }

    #[test]
    fn cancellation_emails_match_who_cancelled() {
        let gone = SessionStatus::Cancelled;
        assert!(email_wanted(EmailKind::Cancelled, &cancelled(), OPEN, Timing::Upcoming));
        assert!(!email_wanted(EmailKind::Cancelled, &confirmed(), OPEN, Timing::Upcoming));
        assert!(email_wanted(EmailKind::SessionCancelled, &confirmed(), gone, Timing::Upcoming));
        assert!(!email_wanted(EmailKind::SessionCancelled, &cancelled(), gone, Timing::Upcoming));
        assert!(!email_wanted(EmailKind::SessionCancelled, &confirmed(), OPEN, Timing::Upcoming));
        assert!(!email_wanted(EmailKind::Confirmed, &cancelled(), OPEN, Timing::Upcoming));
        assert!(!email_wanted(EmailKind::ManageLink, &cancelled(), OPEN, Timing::Upcoming));
    }
}
