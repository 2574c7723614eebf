//! What organisers look at in the back office: the registrations of a session as a filtered,
//! paged list, the actions they may take on one, and the filters of the audit log. Query
//! strings are parsed here into these types once; storage and pages trust them.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::registrant::{FieldErrors, Registration};
use crate::registration::{
    AttendanceMode, EmailKind, FieldError, RegistrationStatus, StakeholderGroup, parse_choice,
};
use crate::types::ParseError;
use crate::{CountryCode, clean_text};

/// Rows on one page of the registrations list and of the audit log.
pub const PAGE_SIZE: i64 = 50;

/// Longest search or filter text accepted, in characters.
pub const FILTER_MAX_CHARS: usize = 100;

text_enum! {
    /// Where a registration stands, as organisers filter and count them.
    RegistrationPhase {
        /// Verified and holding a place.
        Confirmed => "confirmed",
        /// Holding a place, address not verified yet.
        Pending => "pending",
        /// Waiting for a place.
        Waitlisted => "waitlisted",
        /// Cancelled by the person or an organiser.
        Cancelled => "cancelled",
        /// Never verified in time.
        Expired => "expired",
    }
}

impl RegistrationPhase {
    /// The phase of a stored state.
    pub fn of(status: RegistrationStatus, verified: bool) -> Self {
        match (status, verified) {
            (RegistrationStatus::Active, true) => Self::Confirmed,
            (RegistrationStatus::Active, false) => Self::Pending,
            (RegistrationStatus::Waitlisted, _) => Self::Waitlisted,
            (RegistrationStatus::Cancelled, _) => Self::Cancelled,
            (RegistrationStatus::Expired, _) => Self::Expired,
        }
    }
}

/// Free text to look for, trimmed, 1 to [`FILTER_MAX_CHARS`] characters, without control
/// characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterText(String);

impl FilterText {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An empty field is no filter; anything else must be valid text.
    pub fn optional(raw: &str) -> Result<Option<Self>, FieldError> {
        Ok(clean_text(raw, FILTER_MAX_CHARS, false, false)?.map(Self))
    }
}

impl TryFrom<&str> for FilterText {
    type Error = FieldError;

    fn try_from(raw: &str) -> Result<Self, FieldError> {
        clean_text(raw, FILTER_MAX_CHARS, true, false)?.map(Self).ok_or(FieldError::Required)
    }
}

/// A 1-based page number; anything unreadable is the first page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageNumber(u32);

impl PageNumber {
    /// The first page.
    pub const FIRST: Self = Self(1);

    /// Reads `?page=`: a missing, zero or unreadable number is the first page.
    pub fn parse(raw: &str) -> Self {
        Self(raw.trim().parse().ok().filter(|n| *n > 0).unwrap_or(1))
    }

    /// The number.
    pub fn get(self) -> u32 {
        self.0
    }

    /// Rows to skip before this page.
    pub fn offset(self) -> i64 {
        i64::from(self.0 - 1) * PAGE_SIZE
    }

    /// Pages needed for `total` rows (at least one).
    pub fn count(total: i64) -> u32 {
        u32::try_from((total + PAGE_SIZE - 1) / PAGE_SIZE).unwrap_or(u32::MAX).max(1)
    }
}

/// The filters of the registrations list, as the GET form sends them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RegistrationQueryInput {
    /// Text searched in name, email and organisation.
    pub q: String,
    /// A [`RegistrationPhase`].
    pub state: String,
    /// An [`AttendanceMode`].
    pub mode: String,
    /// A country code.
    pub country: String,
    /// A [`StakeholderGroup`].
    pub group: String,
    /// The page.
    pub page: String,
}

/// The registrations list's filters, each absent when not used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistrationQuery {
    /// Text searched, case-insensitively, in name, email and organisation.
    pub search: Option<FilterText>,
    /// Only this phase.
    pub phase: Option<RegistrationPhase>,
    /// Only this mode.
    pub mode: Option<AttendanceMode>,
    /// Only this country.
    pub country: Option<CountryCode>,
    /// Only this stakeholder group.
    pub group: Option<StakeholderGroup>,
}

/// A filter's value, or its error recorded against `field` (the filter is then left out).
fn keep<T>(errors: &mut FieldErrors, field: &str, r: Result<Option<T>, FieldError>) -> Option<T> {
    r.map_err(|e| errors.0.push((field.to_owned(), e))).ok().flatten()
}

/// An empty choice is no filter; anything else must be one of the choices.
fn optional_choice<T: FromStr>(raw: &str) -> Result<Option<T>, FieldError> {
    if raw.trim().is_empty() { Ok(None) } else { parse_choice(raw).map(Some) }
}

impl RegistrationQueryInput {
    /// The filters that parse, the page, and an error for each field that does not (that
    /// filter is then left out, so the list still shows).
    pub fn parse(&self) -> (RegistrationQuery, PageNumber, FieldErrors) {
        let mut errors = FieldErrors::default();
        let e = &mut errors;
        let query = RegistrationQuery {
            search: keep(e, "q", FilterText::optional(&self.q)),
            phase: keep(e, "state", optional_choice(&self.state)),
            mode: keep(e, "mode", optional_choice(&self.mode)),
            country: keep(e, "country", optional_choice(&self.country)),
            group: keep(e, "group", optional_choice(&self.group)),
        };
        (query, PageNumber::parse(&self.page), errors)
    }
}

/// A registration's state as a form showed it: an action on a registration that has changed
/// since is refused, not applied to a state the organiser never saw.
pub fn state_marker(r: &Registration) -> String {
    format!(
        "{}.{}.{}.{}",
        r.status,
        u8::from(r.verified_at.is_some()),
        r.mode,
        u8::from(r.erased_at.is_some())
    )
}

/// The email "resend confirmation" sends for a registration in this state: the verification
/// link while the address is unverified, the confirmation (or waiting-list notice) after.
/// `None` for cancelled, expired or erased registrations, which get nothing.
pub fn resend_kind(r: &Registration) -> Option<EmailKind> {
    if !r.is_live() || r.erased_at.is_some() {
        return None;
    }
    Some(if r.verified_at.is_some() { EmailKind::Confirmed } else { EmailKind::Verify })
}

/// What an organiser does to one registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegistrationAction {
    /// Send the email of its state again.
    Resend,
    /// Cancel it, freeing its place for the waiting list.
    Cancel,
    /// Give a waitlisted person a place; beyond capacity only when said so.
    Promote {
        /// The organiser confirmed going over capacity.
        over_capacity: bool,
    },
}

impl RegistrationAction {
    /// Reads the form's `action` (and `over_capacity` checkbox).
    pub fn parse(action: &str, over_capacity: bool) -> Result<Self, FieldError> {
        match action {
            "resend" => Ok(Self::Resend),
            "cancel" => Ok(Self::Cancel),
            "promote" => Ok(Self::Promote { over_capacity }),
            _ => Err(FieldError::UnknownChoice),
        }
    }

    /// The audit log's name of the action.
    pub fn audit_name(self) -> &'static str {
        match self {
            Self::Resend => "registration.resend",
            Self::Cancel => "registration.cancel",
            Self::Promote { .. } => "registration.promote",
        }
    }
}

impl fmt::Display for RegistrationAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.audit_name())
    }
}

/// The filters of the audit log, as the GET form sends them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditQueryInput {
    /// Who: `user:3`, `system`, `cli`.
    pub actor: String,
    /// What: an action or its start (`registration.`).
    pub action: String,
    /// Which record: `registration:12`.
    pub subject: String,
    /// First day (YYYY-MM-DD, UTC).
    pub from: String,
    /// Last day, included.
    pub to: String,
    /// The page.
    pub page: String,
}

/// The audit log's filters, each absent when not used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// Exactly this actor.
    pub actor: Option<FilterText>,
    /// Actions starting with this text.
    pub action: Option<FilterText>,
    /// Exactly this subject.
    pub subject: Option<FilterText>,
    /// From the start of this day (UTC).
    pub from: Option<Date>,
    /// To the end of this day (UTC).
    pub to: Option<Date>,
}

impl AuditQuery {
    /// The range of Unix seconds the dates cover: `[from, until)`.
    pub fn seconds(&self) -> (Option<i64>, Option<i64>) {
        let start = |d: Date| {
            jiff::tz::TimeZone::UTC.to_timestamp(d.to_datetime(jiff::civil::Time::midnight())).ok()
        };
        let from = self.from.and_then(start).map(|t| t.as_second());
        let until = self.to.and_then(|d| d.tomorrow().ok()).and_then(start).map(|t| t.as_second());
        (from, until)
    }
}

/// A day as `YYYY-MM-DD`; empty is no day.
fn optional_date(raw: &str) -> Result<Option<Date>, FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<Date>().map(Some).map_err(|_| FieldError::InvalidDate)
}

impl AuditQueryInput {
    /// The filters that parse, the page, and an error for each field that does not.
    pub fn parse(&self) -> (AuditQuery, PageNumber, FieldErrors) {
        let mut errors = FieldErrors::default();
        let e = &mut errors;
        let mut query = AuditQuery {
            actor: keep(e, "actor", FilterText::optional(&self.actor)),
            action: keep(e, "action", FilterText::optional(&self.action)),
            subject: keep(e, "subject", FilterText::optional(&self.subject)),
            from: keep(e, "from", optional_date(&self.from)),
            to: keep(e, "to", optional_date(&self.to)),
        };
        if let (Some(from), Some(to)) = (query.from, query.to)
            && to < from
        {
            errors.0.push(("to".to_owned(), FieldError::DatesReversed));
            query.to = None;
        }
        (query, PageNumber::parse(&self.page), errors)
    }
}

impl FromStr for PageNumber {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Ok(Self::parse(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registration_filters_parse_and_bad_ones_are_reported_and_dropped() {
        let input = RegistrationQueryInput {
            q: "  ana  ".into(),
            state: "waitlisted".into(),
            mode: "".into(),
            country: "ch".into(),
            group: "pirates".into(),
            page: "3".into(),
        };
        let (q, page, errors) = input.parse();
        assert_eq!(q.search.as_ref().map(FilterText::as_str), Some("ana"));
        assert_eq!(q.phase, Some(RegistrationPhase::Waitlisted));
        assert_eq!(q.mode, None);
        assert_eq!(q.country.map(|c| c.to_string()), Some("CH".into()));
        assert_eq!(q.group, None);
        assert_eq!(page.get(), 3);
        assert_eq!(page.offset(), 100);
        assert_eq!(errors.get("group"), Some(&FieldError::UnknownChoice));
        let long = RegistrationQueryInput { q: "x".repeat(101), ..Default::default() };
        assert_eq!(long.parse().2.get("q"), Some(&FieldError::TooLong(100)));
    }

    #[test]
    fn pages_start_at_one() {
        assert_eq!(PageNumber::parse("0").get(), 1);
        assert_eq!(PageNumber::parse("-2").get(), 1);
        assert_eq!(PageNumber::parse("x").get(), 1);
        assert_eq!(PageNumber::count(0), 1);
        assert_eq!(PageNumber::count(50), 1);
        assert_eq!(PageNumber::count(7001), 141);
    }

    #[test]
    fn audit_dates_cover_whole_days_and_must_be_in_order() {
        let input = AuditQueryInput {
            from: "2026-11-24".into(),
            to: "2026-11-24".into(),
            ..Default::default()
        };
        let (q, _, errors) = input.parse();
        assert!(errors.is_empty());
        let (from, until) = q.seconds();
        assert_eq!(until.zip(from).map(|(u, f)| u - f), Some(86_400));
        let bad = AuditQueryInput { from: "24/11/2026".into(), ..Default::default() };
        assert_eq!(bad.parse().2.get("from"), Some(&FieldError::InvalidDate));
        let reversed = AuditQueryInput {
            from: "2026-11-25".into(),
            to: "2026-11-24".into(),
            ..Default::default()
        };
        let (q, _, errors) = reversed.parse();
        assert_eq!(errors.get("to"), Some(&FieldError::DatesReversed));
        assert_eq!(q.to, None);
    }

    #[test]
    fn actions_parse_and_phases_follow_the_stored_state() {
        assert_eq!(RegistrationAction::parse("cancel", false), Ok(RegistrationAction::Cancel));
        assert_eq!(
            RegistrationAction::parse("promote", true),
            Ok(RegistrationAction::Promote { over_capacity: true })
        );
        assert!(RegistrationAction::parse("delete", false).is_err());
        assert_eq!(
            RegistrationPhase::of(RegistrationStatus::Active, false),
            RegistrationPhase::Pending
        );
        assert_eq!(
            RegistrationPhase::of(RegistrationStatus::Active, true),
            RegistrationPhase::Confirmed
        );
    }
}
