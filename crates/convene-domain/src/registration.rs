//! Registration: who may register when, what a registration holds, and the rules of seats.

use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::types::ParseError;

/// The version of the privacy notice people consent to; stored with each consent.
pub const PRIVACY_NOTICE_VERSION: &str = "2026-11-24";

text_enum! {
    /// Who a participant is, as PRODUCT.md lists stakeholder groups.
    StakeholderGroup {
        /// A Member State (government, permanent mission, IP office).
        MemberState => "member_state",
        /// An intergovernmental organisation.
        Igo => "igo",
        /// A non-governmental organisation or civil society.
        NgoCivilSociety => "ngo_civil_society",
        /// Academia and research.
        AcademiaResearch => "academia_research",
        /// An IP professional.
        IpProfessional => "ip_professional",
        /// Enterprise and industry.
        EnterpriseIndustry => "enterprise_industry",
        /// A creator or artist.
        CreatorArtist => "creator_artist",
        /// Media.
        Media => "media",
        /// Taking part as an individual.
        Individual => "individual",
    }
}

text_enum! {
    /// How a registrant takes part.
    AttendanceMode {
        /// In the room.
        InPerson => "in_person",
        /// Remotely.
        Online => "online",
    }
}

text_enum! {
    /// The stored state of a registration.
    RegistrationStatus {
        /// Holds a place (in person: a seat); confirmed once the email is verified.
        Active => "active",
        /// In person, waiting for a seat, in order of registration.
        Waitlisted => "waitlisted",
        /// Cancelled by the person (or by an organiser).
        Cancelled => "cancelled",
        /// Never verified in time.
        Expired => "expired",
    }
}

impl RegistrationStatus {
    /// The states that still count: holding a place or waiting for one.
    pub const LIVE: [Self; 2] = [Self::Active, Self::Waitlisted];

    /// Whether a registration in this state holds a place or waits for one.
    pub fn is_live(self) -> bool {
        Self::LIVE.contains(&self)
    }
}

text_enum! {
    /// The kind of answer a custom question takes.
    QuestionKind {
        /// Free text, one line.
        Text => "text",
        /// One of a list of choices.
        Choice => "choice",
        /// Yes or no.
        YesNo => "yes_no",
    }
}

text_enum! {
    /// The emails convene sends about a registration; each is a durable job.
    EmailKind {
        /// "Please confirm your address" with the verification link.
        Verify => "email_verify",
        /// "You are registered" (or on the waiting list), with the manage link and calendar.
        Confirmed => "email_confirmed",
        /// The manage link again, after a repeated registration.
        ManageLink => "email_manage_link",
        /// A seat became free and is now yours.
        Promoted => "email_promoted",
        /// The day before.
        Reminder24h => "email_reminder_24h",
        /// The hour before.
        Reminder1h => "email_reminder_1h",
        /// Your cancellation is recorded.
        Cancelled => "email_cancelled",
        /// The organisers cancelled the session.
        SessionCancelled => "email_session_cancelled",
    }
}

/// When and how many people may register for a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationWindow {
    /// Registration opens.
    pub opens_at: Timestamp,
    /// Registration closes.
    pub closes_at: Timestamp,
    /// Seats in the room; `None` when the session has no in-person part.
    pub capacity_in_person: Option<u32>,
    /// Online places; `None` means unlimited.
    pub capacity_online: Option<u32>,
}

/// The stream or meeting link of one interpretation channel; only registrants see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JoinLink {
    /// The channel's language code, or `floor` for the original audio.
    pub language: String,
    /// Where to join.
    pub url: String,
}

/// Registration settings given with a new session.
#[derive(Debug, Clone)]
pub struct NewRegistrationSettings {
    /// Window and capacities.
    pub window: RegistrationWindow,
    /// Join links per channel.
    pub join_links: Vec<JoinLink>,
    /// Custom questions, in order.
    pub questions: Vec<crate::NewQuestion>,
}

/// Places taken so far, as stored counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlacesTaken {
    /// In-person seats held (pending or confirmed).
    pub in_person: u32,
    /// Online places held.
    pub online: u32,
}

/// What a visitor can do right now, shown on the session page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationState {
    /// The session takes no registrations.
    NotOffered,
    /// Opens later.
    NotYetOpen,
    /// Open in every offered mode.
    Open,
    /// The room is full (new in-person registrations join the waiting list); online is open.
    FullInPerson,
    /// Every offered mode is full; in-person registrations join the waiting list.
    Full,
    /// Closed.
    Closed,
}

impl RegistrationState {
    /// The state of a window at `now`, given the places taken.
    pub fn of(window: Option<&RegistrationWindow>, taken: PlacesTaken, now: Timestamp) -> Self {
        let Some(w) = window else { return Self::NotOffered };
        if now < w.opens_at {
            return Self::NotYetOpen;
        }
        if now >= w.closes_at {
            return Self::Closed;
        }
        let room_full = w.capacity_in_person.is_none_or(|c| taken.in_person >= c);
        let online_full = w.capacity_online.is_some_and(|c| taken.online >= c);
        match (room_full && w.capacity_in_person.is_some(), online_full) {
            (true, true) => Self::Full,
            (true, false) => Self::FullInPerson,
            _ => Self::Open,
        }
    }

    /// The state of a session's registration: its lifecycle status first (nothing before
    /// "registration open", closed after it), then its window and places.
    pub fn for_session(
        status: crate::SessionStatus,
        window: Option<&RegistrationWindow>,
        taken: PlacesTaken,
        now: Timestamp,
    ) -> Self {
        use crate::SessionStatus as S;
        match (status, window) {
            (_, None) => Self::NotOffered,
            (S::Draft | S::Announced, Some(_)) => Self::NotYetOpen,
            (S::RegistrationOpen, Some(_)) => Self::of(window, taken, now),
            (_, Some(_)) => Self::Closed,
        }
    }

    /// Whether the form accepts submissions (a full room still takes waiting-list entries).
    pub fn accepts(self) -> bool {
        matches!(self, Self::Open | Self::FullInPerson | Self::Full)
    }

    /// The stable text used in the API and message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotOffered => "not_offered",
            Self::NotYetOpen => "not_yet_open",
            Self::Open => "open",
            Self::FullInPerson => "full_in_person",
            Self::Full => "full",
            Self::Closed => "closed",
        }
    }
}

/// An email address as typed (trimmed, NFC), with its comparison key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// The address as the person typed it (NFC-normalised, trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key that decides "the same person": Unicode-normalised (NFKC) and case-folded, so
    /// `Ana@Example.org` and `ana@example.org` are one registration.
    pub fn key(&self) -> String {
        email_key(&self.0)
    }
}

/// The comparison key of an address (see [`Email::key`]).
pub fn email_key(s: &str) -> String {
    s.trim().nfkc().collect::<String>().to_lowercase()
}

impl TryFrom<&str> for Email {
    type Error = FieldError;

    fn try_from(s: &str) -> Result<Self, FieldError> {
        let s: String = s.trim().nfc().collect();
        if s.is_empty() {
            return Err(FieldError::Required);
        }
        if s.chars().count() > 254 {
            return Err(FieldError::TooLong(254));
        }
        check_characters(&s, false)?;
        let (local, domain) = s.rsplit_once('@').ok_or(FieldError::InvalidEmail)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
            && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.chars().count() <= 64
            && !local.contains('@')
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| !c.is_whitespace() && !"\"(),:;<>[\\]".contains(c));
        if domain_ok && local_ok { Ok(Self(s)) } else { Err(FieldError::InvalidEmail) }
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why one field of a form was refused; each has a translated message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    /// Must be filled in.
    #[error("required")]
    Required,
    /// Longer than the limit (in characters).
    #[error("longer than {0} characters")]
    TooLong(usize),
    /// Contains control characters.
    #[error("contains control characters")]
    ControlCharacters,
    /// Contains bidirectional override or isolate characters.
    #[error("contains direction override characters")]
    DirectionOverride,
    /// Not an email address.
    #[error("not an email address")]
    InvalidEmail,
    /// Not one of the allowed values.
    #[error("not one of the choices")]
    UnknownChoice,
    /// Consent to the privacy notice is required.
    #[error("consent required")]
    ConsentRequired,
    /// The attendance mode is not offered for this session.
    #[error("mode not offered")]
    ModeNotOffered,
    /// A new password shorter than the minimum (in characters).
    #[error("shorter than {0} characters")]
    PasswordTooShort(usize),
    /// A new password equal to the account's email address.
    #[error("password is the email address")]
    PasswordIsEmail,
    /// A new password that is among the well-known ones.
    #[error("password too common")]
    PasswordCommon,
    /// The password and its confirmation differ.
    #[error("passwords differ")]
    PasswordMismatch,
    /// The current password given is not the account's.
    #[error("wrong password")]
    WrongPassword,
    /// Another account already has this email address.
    #[error("address taken")]
    EmailTaken,
    /// Not a URL identifier (lower-case words joined by hyphens).
    #[error("not a slug")]
    InvalidSlug,
    /// Another record already has this URL identifier.
    #[error("slug taken")]
    SlugTaken,
    /// Not a whole number in range.
    #[error("not a number")]
    InvalidNumber,
    /// Another session of the series has this number.
    #[error("number taken")]
    NumberTaken,
    /// Not a date (YYYY-MM-DD).
    #[error("not a date")]
    InvalidDate,
    /// Not a time of day (HH:MM).
    #[error("not a time")]
    InvalidTime,
    /// Ends before (or when) it starts.
    #[error("ends before it starts")]
    EndBeforeStart,
    /// Not a speaker's address name (or not `name:moderator`).
    #[error("unknown speaker")]
    UnknownSpeaker,
    /// No speaker has this address name (the name, as typed, so the message can say it).
    #[error("no speaker {0}")]
    SpeakerNotFound(String),
    /// Not a web address (https://…).
    #[error("not a web address")]
    InvalidUrl,
    /// Names a topic that does not exist (without a name to create it).
    #[error("unknown topic")]
    UnknownTopic,
    /// A choice question with fewer than two choices.
    #[error("too few choices")]
    TooFewChoices,
    /// Other records depend on this one (a question with answers, a series with sessions).
    #[error("in use")]
    InUse,
    /// The speaker appears in an agenda and cannot be deleted.
    #[error("speaker in an agenda")]
    SpeakerInAgenda,
    /// An end day before the start day.
    #[error("end before start")]
    DatesReversed,
}

impl FieldError {
    /// The catalogue message id.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Required => "field-required",
            Self::TooLong(_) => "field-too-long",
            Self::ControlCharacters => "field-control-characters",
            Self::DirectionOverride => "field-direction-override",
            Self::InvalidEmail => "field-invalid-email",
            Self::UnknownChoice => "field-unknown-choice",
            Self::ConsentRequired => "field-consent-required",
            Self::ModeNotOffered => "field-mode-not-offered",
            Self::PasswordTooShort(_) => "field-password-too-short",
            Self::PasswordIsEmail => "field-password-is-email",
            Self::PasswordCommon => "field-password-common",
            Self::PasswordMismatch => "field-password-mismatch",
            Self::InvalidSlug => "field-invalid-slug",
            Self::SlugTaken => "field-slug-taken",
            Self::InvalidNumber => "field-invalid-number",
            Self::NumberTaken => "field-number-taken",
            Self::InvalidDate => "field-invalid-date",
            Self::InvalidTime => "field-invalid-time",
            Self::EndBeforeStart => "field-end-before-start",
            Self::UnknownSpeaker => "field-unknown-speaker",
            Self::SpeakerNotFound(_) => "field-speaker-not-found",
            Self::InvalidUrl => "field-invalid-url",
            Self::SpeakerInAgenda => "field-speaker-in-agenda",
            Self::TooFewChoices => "field-too-few-choices",
            Self::UnknownTopic => "field-unknown-topic",
            Self::InUse => "field-in-use",
            Self::WrongPassword => "field-wrong-password",
            Self::EmailTaken => "field-email-taken",
            Self::DatesReversed => "field-dates-reversed",
        }
    }

    /// The stable code used in the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::TooLong(_) => "too_long",
            Self::ControlCharacters => "control_characters",
            Self::DirectionOverride => "direction_override",
            Self::InvalidEmail => "invalid_email",
            Self::UnknownChoice => "unknown_choice",
            Self::ConsentRequired => "consent_required",
            Self::ModeNotOffered => "mode_not_offered",
            Self::PasswordTooShort(_) => "password_too_short",
            Self::PasswordIsEmail => "password_is_email",
            Self::PasswordCommon => "password_common",
            Self::PasswordMismatch => "password_mismatch",
            Self::WrongPassword => "wrong_password",
            Self::EmailTaken => "email_taken",
            Self::InvalidSlug => "invalid_slug",
            Self::SlugTaken => "slug_taken",
            Self::InvalidNumber => "invalid_number",
            Self::NumberTaken => "number_taken",
            Self::InvalidDate => "invalid_date",
            Self::InvalidTime => "invalid_time",
            Self::EndBeforeStart => "end_before_start",
            Self::UnknownSpeaker | Self::SpeakerNotFound(_) => "unknown_speaker",
            Self::InvalidUrl => "invalid_url",
            Self::SpeakerInAgenda => "speaker_in_agenda",
            Self::TooFewChoices => "too_few_choices",
            Self::UnknownTopic => "unknown_topic",
            Self::InUse => "in_use",
            Self::DatesReversed => "dates_reversed",
        }
    }
}

/// Refuses control characters (line breaks allowed only when `multiline`) and the invisible
/// characters that reorder text (bidi overrides and isolates), which can disguise a name.
fn check_characters(s: &str, multiline: bool) -> Result<(), FieldError> {
    for c in s.chars() {
        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            return Err(FieldError::DirectionOverride);
        }
        let allowed_break = multiline && matches!(c, '\n' | '\r' | '\t');
        if (c.is_control() && !allowed_break) || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}') {
            return Err(FieldError::ControlCharacters);
        }
    }
    Ok(())
}

/// Cleans a free-text field: trims, NFC-normalises, checks characters and length. An empty
/// optional field is `None`; an empty required one is an error.
pub fn clean_text(
    raw: &str,
    max_chars: usize,
    required: bool,
    multiline: bool,
) -> Result<Option<String>, FieldError> {
    let s: String = raw.trim().nfc().collect();
    if s.is_empty() {
        return if required { Err(FieldError::Required) } else { Ok(None) };
    }
    if s.chars().count() > max_chars {
        return Err(FieldError::TooLong(max_chars));
    }
    check_characters(&s, multiline)?;
    Ok(Some(s))
}

/// Parses a closed-list field, where empty is `Required`.
pub fn parse_choice<T: FromStr>(raw: &str) -> Result<T, FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    s.parse().map_err(|_| FieldError::UnknownChoice)
}

impl FromStr for crate::CountryCode {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Self::try_from(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_compare_case_insensitively_after_normalisation() {
        let a = Email::try_from("  Ana.Pérez@Example.ORG ").expect("valid");
        // The same address typed with a combining accent (e + U+0301) and other case.
        let b = Email::try_from("ana.pe\u{301}rez@example.org").expect("valid");
        assert_eq!(a.key(), b.key());
        assert_eq!(a.as_str(), "Ana.Pérez@Example.ORG");
    }

    #[test]
    fn invalid_emails_are_refused() {
        for bad in ["", "ana", "ana@", "@x.org", "ana@localhost", "a b@x.org", "ana@x..org"] {
            assert!(Email::try_from(bad).is_err(), "{bad:?}");
        }
        assert_eq!(Email::try_from("a\u{202E}b@x.org"), Err(FieldError::DirectionOverride));
        assert_eq!(
            Email::try_from(&*format!("{}@x.org", "a".repeat(260))).err(),
            Some(FieldError::TooLong(254))
        );
        assert!(Email::try_from("مريم@مثال.مصر").is_ok());
    }

    #[test]
    fn text_fields_refuse_controls_and_overrides_and_length() {
        assert_eq!(clean_text("  Ana  ", 10, true, false), Ok(Some("Ana".into())));
        assert_eq!(clean_text("   ", 10, true, false), Err(FieldError::Required));
        assert_eq!(clean_text("", 10, false, false), Ok(None));
        assert_eq!(clean_text("a\u{7}b", 10, true, false), Err(FieldError::ControlCharacters));
        assert_eq!(clean_text("a\nb", 10, true, false), Err(FieldError::ControlCharacters));
        assert_eq!(clean_text("a\nb", 10, true, true), Ok(Some("a\nb".into())));
        assert_eq!(clean_text("ab\u{202E}cd", 10, true, false), Err(FieldError::DirectionOverride));
        assert_eq!(clean_text("abcdefghijk", 10, true, false), Err(FieldError::TooLong(10)));
        // Arabic text with its ordinary marks is fine.
        assert!(clean_text("مريم الحسيني", 40, true, false).is_ok());
    }

    #[test]
    fn window_states() {
        let t = |s: &str| s.parse::<Timestamp>().expect("instant");
        let w = RegistrationWindow {
            opens_at: t("2026-11-01T00:00:00Z"),
            closes_at: t("2026-12-01T00:00:00Z"),
            capacity_in_person: Some(2),
            capacity_online: None,
        };
        let none = PlacesTaken::default();
        let full = PlacesTaken { in_person: 2, online: 500 };
        assert_eq!(
            RegistrationState::of(None, none, t("2026-11-10T00:00:00Z")),
            RegistrationState::NotOffered
        );
        assert_eq!(
            RegistrationState::of(Some(&w), none, t("2026-10-10T00:00:00Z")),
            RegistrationState::NotYetOpen
        );
        assert_eq!(
            RegistrationState::of(Some(&w), none, t("2026-11-10T00:00:00Z")),
            RegistrationState::Open
        );
        assert_eq!(
            RegistrationState::of(Some(&w), full, t("2026-11-10T00:00:00Z")),
            RegistrationState::FullInPerson
        );
        assert_eq!(
            RegistrationState::of(Some(&w), none, t("2026-12-01T00:00:00Z")),
            RegistrationState::Closed
        );
        let limited = RegistrationWindow { capacity_online: Some(500), ..w };
        assert_eq!(
            RegistrationState::of(Some(&limited), full, t("2026-11-10T00:00:00Z")),
            RegistrationState::Full
        );
        assert!(RegistrationState::Full.accepts());
    }

    #[test]
    fn the_lifecycle_gates_the_window() {
        use crate::SessionStatus as S;
        let t = |s: &str| s.parse::<Timestamp>().expect("instant");
        let w = RegistrationWindow {
            opens_at: t("2026-11-01T00:00:00Z"),
            closes_at: t("2026-12-01T00:00:00Z"),
            capacity_in_person: None,
            capacity_online: None,
        };
        let at = t("2026-11-10T00:00:00Z");
        let state = |s| RegistrationState::for_session(s, Some(&w), PlacesTaken::default(), at);
        assert_eq!(state(S::Announced), RegistrationState::NotYetOpen);
        assert_eq!(state(S::RegistrationOpen), RegistrationState::Open);
        assert_eq!(state(S::RegistrationClosed), RegistrationState::Closed);
        assert_eq!(state(S::Cancelled), RegistrationState::Closed);
    }
}
