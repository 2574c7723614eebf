//! Registrations: registering (`register.rs`, the group-commit writer), the seat counter and
//! the waiting list (`places.rs`), what registrants change through their signed links
//! (`links.rs`), the organisers' view and actions (`oversight.rs`), and the reads the public
//! forms need (`reads.rs`). `record.rs` holds the row helpers they share.

use convene_domain::{
    Answer, AttendanceMode, PlacesTaken, Purpose, Question, Registration, RegistrationWindow,
    TokenKey,
};
use jiff::Timestamp;

pub(crate) mod links;
pub(crate) mod oversight;
pub(crate) mod places;
pub(crate) mod reads;
pub(crate) mod record;
pub(crate) mod register;

/// What the registration form of a session needs: its window, places taken, questions.
#[derive(Debug, Clone, Default)]
pub struct RegistrationContext {
    /// Window and capacities; `None` when the session takes no registrations.
    pub window: Option<RegistrationWindow>,
    /// Places held now.
    pub taken: PlacesTaken,
    /// Custom questions, in order.
    pub questions: Vec<Question>,
}

/// A registration reached through one of its signed links. Only storage constructs it, after
/// checking the token, and only it unlocks join links: no public code path can hold one.
#[derive(Debug, Clone)]
pub struct Registrant {
    /// The registration.
    pub registration: Registration,
    // Only this module and its children construct a Registrant, after checking a token.
    nonce: String,
}

impl Registrant {
    /// The registration's signed link token for `purpose`.
    pub fn token(&self, key: &TokenKey, purpose: Purpose) -> String {
        key.registration_token(purpose, self.registration.id, &self.nonce)
    }

    /// The code on the badge.
    pub fn checkin_code(&self, key: &TokenKey) -> String {
        key.checkin_code(self.registration.id, &self.nonce)
    }
}

/// What a check-in scan found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckIn {
    /// Checked in now.
    Done(Registration),
    /// Checked in before, at this instant.
    Already(Registration, Timestamp),
    /// Not a confirmed registration (cancelled, waiting, unverified, or unknown code).
    Refused(Option<Registration>),
}

/// Changes a registrant may make on the manage page.
#[derive(Debug, Clone)]
pub struct RegistrationChanges {
    /// New attendance mode.
    pub mode: AttendanceMode,
    /// New preferred language.
    pub language: convene_domain::Lang,
    /// New answers (replacing the old).
    pub answers: Vec<Answer>,
}

/// Counts by state, for tests and the organisers' view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RegistrationCounts {
    /// Active and verified.
    pub confirmed: i64,
    /// Active, not yet verified.
    pub pending: i64,
    /// On the waiting list.
    pub waitlisted: i64,
    /// Cancelled.
    pub cancelled: i64,
    /// Expired unverified.
    pub expired: i64,
}
