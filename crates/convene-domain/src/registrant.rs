//! A registration form's input, parsed once into a [`NewRegistration`], and the stored record.

use jiff::Timestamp;
use serde::Serialize;

use crate::lang::Lang;
use crate::registration::{
    AttendanceMode, Email, FieldError, PRIVACY_NOTICE_VERSION, QuestionKind, RegistrationStatus,
    StakeholderGroup, clean_text, parse_choice,
};
use crate::{CountryCode, Format};

/// Longest full name, in characters.
pub const NAME_MAX: usize = 200;
/// Longest organisation name.
pub const ORGANISATION_MAX: usize = 200;
/// Longest accessibility note.
pub const ACCESSIBILITY_MAX: usize = 1000;
/// Longest answer to a text question.
pub const ANSWER_MAX: usize = 500;

/// A custom question an organiser asks for one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Database id, used as the form field name `q<id>`.
    pub id: i64,
    /// Kind of answer.
    pub kind: QuestionKind,
    /// The question as shown.
    pub label: String,
    /// Allowed answers of a choice question.
    pub choices: Vec<String>,
    /// Whether an answer is required.
    pub required: bool,
}

/// Input for creating a custom question.
#[derive(Debug, Clone)]
pub struct NewQuestion {
    /// Kind of answer.
    pub kind: QuestionKind,
    /// The question as shown.
    pub label: String,
    /// Allowed answers of a choice question.
    pub choices: Vec<String>,
    /// Whether an answer is required.
    pub required: bool,
}

/// The attendance modes a session's format offers.
pub fn offered_modes(format: Format) -> &'static [AttendanceMode] {
    match format {
        Format::InPerson => &[AttendanceMode::InPerson],
        Format::Online => &[AttendanceMode::Online],
        Format::Hybrid => &[AttendanceMode::InPerson, AttendanceMode::Online],
    }
}

/// The form as typed, every field raw text, from the HTML form or the JSON API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct RegistrationInput {
    /// Full name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Stakeholder group code.
    pub stakeholder_group: String,
    /// Organisation (optional).
    pub organisation: String,
    /// `in_person` or `online`.
    pub attendance_mode: String,
    /// Preferred language code.
    pub language: String,
    /// Accessibility needs (optional).
    pub accessibility: String,
    /// Consent to the privacy notice.
    pub consent: bool,
    /// Listed in the public participant list.
    pub list_publicly: bool,
    /// News updates wanted.
    pub news_updates: bool,
    /// Answers to custom questions by question id.
    pub answers: Vec<(i64, String)>,
}

/// One answer to a custom question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    /// The question's id.
    pub question_id: i64,
    /// The answer (`yes`/`no` for yes/no questions, the choice text for choices).
    pub value: String,
}

/// A validated registration, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegistration {
    /// Full name.
    pub name: String,
    /// Email address.
    pub email: Email,
    /// Country.
    pub country: CountryCode,
    /// Stakeholder group.
    pub stakeholder_group: StakeholderGroup,
    /// Organisation.
    pub organisation: Option<String>,
    /// Attendance mode.
    pub mode: AttendanceMode,
    /// Preferred language.
    pub language: Lang,
    /// Accessibility needs.
    pub accessibility: Option<String>,
    /// The privacy notice version consented to.
    pub consent_version: &'static str,
    /// Listed publicly.
    pub list_publicly: bool,
    /// Wants news updates.
    pub news_updates: bool,
    /// Answers to the session's questions.
    pub answers: Vec<Answer>,
}

/// Field-level errors, by form field name, in form order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(String, FieldError)>);

impl FieldErrors {
    /// The error of one field, if any.
    pub fn get(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, e)| e)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Parses the preferred language code.
pub fn parse_language(raw: &str) -> Result<Lang, FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    s.parse().map_err(|_| FieldError::UnknownChoice)
}

/// Checks answers against the questions: required ones present, choices among the allowed.
pub fn parse_answers(
    raw: &[(i64, String)],
    questions: &[Question],
    errors: &mut FieldErrors,
) -> Vec<Answer> {
    let mut answers = Vec::new();
    for q in questions {
        let field = format!("q{}", q.id);
        let given = raw.iter().find(|(id, _)| *id == q.id).map(|(_, v)| v.as_str()).unwrap_or("");
        let parsed = match q.kind {
            QuestionKind::Text => clean_text(given, ANSWER_MAX, q.required, false),
            QuestionKind::Choice => match given.trim() {
                "" if q.required => Err(FieldError::Required),
                "" => Ok(None),
                v if q.choices.iter().any(|c| c == v) => Ok(Some(v.to_owned())),
                _ => Err(FieldError::UnknownChoice),
            },
            QuestionKind::YesNo => match given.trim() {
                "" if q.required => Err(FieldError::Required),
                "" => Ok(None),
                v @ ("yes" | "no") => Ok(Some(v.to_owned())),
                _ => Err(FieldError::UnknownChoice),
            },
        };
        match parsed {
            Ok(Some(value)) => answers.push(Answer { question_id: q.id, value }),
            Ok(None) => {}
            Err(e) => errors.0.push((field, e)),
        }
    }
    answers
}

impl NewRegistration {
    /// Parses the whole form; every field's error is reported, not just the first.
    pub fn parse(
        input: &RegistrationInput,
        questions: &[Question],
        modes: &[AttendanceMode],
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut field = |name: &str, e: FieldError| errors.0.push((name.to_owned(), e));
        let name = clean_text(&input.name, NAME_MAX, true, false).map_err(|e| field("name", e));
        let email = Email::try_from(input.email.as_str()).map_err(|e| field("email", e));
        let country = if input.country.trim().is_empty() {
            field("country", FieldError::Required);
            Err(())
        } else {
            CountryCode::try_from(input.country.as_str())
                .map_err(|_| field("country", FieldError::UnknownChoice))
        };
        let group = parse_choice::<StakeholderGroup>(&input.stakeholder_group)
            .map_err(|e| field("stakeholder_group", e));
        let organisation = clean_text(&input.organisation, ORGANISATION_MAX, false, false)
            .map_err(|e| field("organisation", e));
        let mode = parse_choice::<AttendanceMode>(&input.attendance_mode)
            .and_then(|m| if modes.contains(&m) { Ok(m) } else { Err(FieldError::ModeNotOffered) })
            .map_err(|e| field("attendance_mode", e));
        let language = parse_language(&input.language).map_err(|e| field("language", e));
        let accessibility = clean_text(&input.accessibility, ACCESSIBILITY_MAX, false, true)
            .map_err(|e| field("accessibility", e));
        if !input.consent {
            field("consent", FieldError::ConsentRequired);
        }
        let answers = parse_answers(&input.answers, questions, &mut errors);
        match (name, email, country, group, organisation, mode, language, accessibility) {
            (
                Ok(Some(name)),
                Ok(email),
                Ok(country),
                Ok(group),
                Ok(org),
                Ok(mode),
                Ok(lang),
                Ok(acc),
            ) if errors.is_empty() => Ok(Self {
                name,
                email,
                country,
                stakeholder_group: group,
                organisation: org,
                mode,
                language: lang,
                accessibility: acc,
                consent_version: PRIVACY_NOTICE_VERSION,
                list_publicly: input.list_publicly,
                news_updates: input.news_updates,
                answers,
            }),
            _ => Err(errors),
        }
    }
}

/// A stored registration, as its owner (and later, organisers) may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Registration {
    /// Database id.
    pub id: i64,
    /// The session registered for.
    pub session_id: i64,
    /// Full name (empty once erased).
    pub name: String,
    /// Email address (empty once erased).
    pub email: String,
    /// Country code (kept after erasure: reach statistics count it).
    pub country: String,
    /// Stakeholder group.
    pub stakeholder_group: StakeholderGroup,
    /// Organisation.
    pub organisation: Option<String>,
    /// Attendance mode.
    pub mode: AttendanceMode,
    /// Preferred language.
    pub language: Lang,
    /// Accessibility needs.
    pub accessibility: Option<String>,
    /// Privacy notice version consented to.
    pub consent_version: String,
    /// Listed publicly.
    pub list_publicly: bool,
    /// Wants news updates.
    pub news_updates: bool,
    /// Stored state.
    pub status: RegistrationStatus,
    /// Position on the waiting list (1 = next), when waitlisted.
    pub waitlist_position: Option<u32>,
    /// When it was made.
    pub created_at: Timestamp,
    /// When the email address was verified.
    pub verified_at: Option<Timestamp>,
    /// When it was cancelled.
    pub cancelled_at: Option<Timestamp>,
    /// When its personal data was erased.
    pub erased_at: Option<Timestamp>,
    /// When the person was checked in at the venue.
    pub checked_in_at: Option<Timestamp>,
    /// When the person first opened the online join link.
    pub joined_online_at: Option<Timestamp>,
    /// Answers to custom questions.
    pub answers: Vec<Answer>,
}

impl Registration {
    /// Confirmed: verified and holding a place.
    pub fn is_confirmed(&self) -> bool {
        self.status == RegistrationStatus::Active && self.verified_at.is_some()
    }

    /// Still counts: neither cancelled nor expired.
    pub fn is_live(&self) -> bool {
        matches!(self.status, RegistrationStatus::Active | RegistrationStatus::Waitlisted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> RegistrationInput {
        RegistrationInput {
            name: "Ana Pérez".into(),
            email: "ana@example.org".into(),
            country: "ar".into(),
            stakeholder_group: "academia_research".into(),
            attendance_mode: "online".into(),
            language: "es".into(),
            consent: true,
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let r = NewRegistration::parse(&input(), &[], offered_modes(Format::Hybrid)).expect("ok");
        assert_eq!(r.country.as_str(), "AR");
        assert_eq!(r.language, Lang::Es);
        assert_eq!(r.organisation, None);
        assert_eq!(r.consent_version, PRIVACY_NOTICE_VERSION);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let bad = RegistrationInput {
            name: String::new(),
            email: "nope".into(),
            country: "XX".into(),
            stakeholder_group: "lobbyist".into(),
            attendance_mode: "in_person".into(),
            language: "de".into(),
            consent: false,
            ..input()
        };
        let errs =
            NewRegistration::parse(&bad, &[], offered_modes(Format::Online)).expect_err("bad");
        let fields: Vec<_> = errs.0.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "country",
                "stakeholder_group",
                "attendance_mode",
                "language",
                "consent"
            ]
        );
        assert_eq!(errs.get("attendance_mode"), Some(&FieldError::ModeNotOffered));
    }

    #[test]
    fn questions_are_checked() {
        let qs = vec![
            Question {
                id: 7,
                kind: QuestionKind::Choice,
                label: "Track".into(),
                choices: vec!["A".into(), "B".into()],
                required: true,
            },
            Question {
                id: 8,
                kind: QuestionKind::YesNo,
                label: "Lunch".into(),
                choices: vec![],
                required: false,
            },
        ];
        let mut i = input();
        i.answers = vec![(7, "C".into()), (8, "maybe".into())];
        let errs = NewRegistration::parse(&i, &qs, offered_modes(Format::Hybrid)).expect_err("bad");
        assert_eq!(errs.get("q7"), Some(&FieldError::UnknownChoice));
        assert_eq!(errs.get("q8"), Some(&FieldError::UnknownChoice));
        i.answers = vec![(7, "B".into())];
        let ok = NewRegistration::parse(&i, &qs, offered_modes(Format::Hybrid)).expect("ok");
        assert_eq!(ok.answers, vec![Answer { question_id: 7, value: "B".into() }]);
    }
}
