//! What the audit log records: every change of state, as a closed list. The stored text of
//! each (`series.create`, `session.status.published`) is its [`fmt::Display`].

use std::fmt;

use crate::{PasswordPurpose, RegistrationAction, SessionStatus};

/// A change the audit log records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// A series was created.
    SeriesCreate,
    /// A series' texts were saved.
    SeriesUpdate,
    /// A series was deleted.
    SeriesDelete,
    /// A speaker was created.
    SpeakerCreate,
    /// A speaker was saved.
    SpeakerUpdate,
    /// A speaker was deleted.
    SpeakerDelete,
    /// A session was created.
    SessionCreate,
    /// A session was saved.
    SessionUpdate,
    /// A session was deleted.
    SessionDelete,
    /// A session's texts were restored from a revision.
    SessionRestore,
    /// A session moved to another lifecycle status.
    SessionStatus(SessionStatus),
    /// A session's registration settings were saved.
    SessionRegistration,
    /// A registration question was added.
    QuestionAdd,
    /// A registration question was deleted.
    QuestionDelete,
    /// An agenda item was added.
    AgendaAdd,
    /// An agenda item was saved.
    AgendaEdit,
    /// An agenda item was deleted.
    AgendaDelete,
    /// An agenda item was moved.
    AgendaMove,
    /// The agenda was replaced from a file.
    AgendaImport,
    /// An organiser acted on a registration.
    Registration(RegistrationAction),
    /// An unverified registration expired.
    RegistrationExpire,
    /// A registrant verified their address through the emailed link.
    RegistrationVerify,
    /// A registrant cancelled through their manage link.
    RegistrationSelfCancel,
    /// A registrant changed their mode, language or answers.
    RegistrationChange,
    /// A registrant erased their personal data.
    RegistrationErase,
    /// Door staff checked a registrant in.
    CheckIn,
    /// An online registrant opened the join link for the first time.
    JoinOnline,
    /// An organiser signed in.
    SignIn,
    /// A sign-in to an account failed (wrong password); may lock the account.
    SignInFailure,
    /// An account was created.
    UserCreate,
    /// An account's role changed.
    UserRole,
    /// An account was disabled.
    UserDisable,
    /// An account was enabled.
    UserEnable,
    /// Its owner changed the account's password.
    PasswordChange,
    /// A password was set through a one-time link.
    PasswordLink(PasswordPurpose),
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fixed = match self {
            Self::SessionStatus(to) => return write!(f, "session.status.{to}"),
            Self::Registration(action) => return f.write_str(action.audit_name()),
            Self::PasswordLink(purpose) => return write!(f, "user.password_{purpose}"),
            Self::SeriesCreate => "series.create",
            Self::SeriesUpdate => "series.update",
            Self::SeriesDelete => "series.delete",
            Self::SpeakerCreate => "speaker.create",
            Self::SpeakerUpdate => "speaker.update",
            Self::SpeakerDelete => "speaker.delete",
            Self::SessionCreate => "session.create",
            Self::SessionUpdate => "session.update",
            Self::SessionDelete => "session.delete",
            Self::SessionRestore => "session.restore",
            Self::SessionRegistration => "session.registration",
            Self::QuestionAdd => "session.question.add",
            Self::QuestionDelete => "session.question.delete",
            Self::AgendaAdd => "agenda.add",
            Self::AgendaEdit => "agenda.edit",
            Self::AgendaDelete => "agenda.delete",
            Self::AgendaMove => "agenda.move",
            Self::AgendaImport => "agenda.import",
            Self::RegistrationExpire => "registration.expire",
            Self::RegistrationVerify => "registration.verify",
            Self::RegistrationSelfCancel => "registration.self_cancel",
            Self::RegistrationChange => "registration.change",
            Self::RegistrationErase => "registration.erase",
            Self::CheckIn => "registration.check_in",
            Self::JoinOnline => "registration.join_online",
            Self::SignIn => "user.sign_in",
            Self::SignInFailure => "user.sign_in_failure",
            Self::UserCreate => "user.create",
            Self::UserRole => "user.role",
            Self::UserDisable => "user.disable",
            Self::UserEnable => "user.enable",
            Self::PasswordChange => "user.password_change",
        };
        f.write_str(fixed)
    }
}

#[cfg(test)]
mod tests {
    use super::AuditAction;
    use crate::{PasswordPurpose, RegistrationAction, SessionStatus};

    #[test]
    fn actions_keep_the_names_the_log_has_always_stored() {
        assert_eq!(AuditAction::SeriesCreate.to_string(), "series.create");
        assert_eq!(AuditAction::QuestionAdd.to_string(), "session.question.add");
        let published = AuditAction::SessionStatus(SessionStatus::Published);
        assert_eq!(published.to_string(), "session.status.published");
        let cancel = AuditAction::Registration(RegistrationAction::Cancel);
        assert_eq!(cancel.to_string(), "registration.cancel");
        let reset = AuditAction::PasswordLink(PasswordPurpose::Reset);
        assert_eq!(reset.to_string(), "user.password_reset");
        assert_eq!(AuditAction::CheckIn.to_string(), "registration.check_in");
        assert_eq!(AuditAction::SignInFailure.to_string(), "user.sign_in_failure");
    }
}
