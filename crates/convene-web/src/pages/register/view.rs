//! The registration form as a page shows it: options in the visitor's language, what was typed,
//! and the errors beside their fields.

use convene_domain::{
    AttendanceMode, FieldErrors, Lang, Question, QuestionKind, RegistrationInput, StakeholderGroup,
};

use crate::http::forms::field_message;
use crate::i18n::Tr;

/// One `<option>` or radio button.
#[derive(Debug, Clone)]
pub struct Opt {
    /// Submitted value.
    pub value: String,
    /// Visible label.
    pub label: String,
    /// Whether it is chosen.
    pub selected: bool,
}

/// A custom question with its answer so far.
#[derive(Debug, Clone)]
pub struct QuestionView {
    /// Field name (`q<id>`).
    pub field: String,
    /// The question.
    pub label: String,
    /// `text`, `choice` or `yes_no`.
    pub kind: &'static str,
    /// Answer typed so far.
    pub value: String,
    /// Choices (choice and yes/no questions).
    pub options: Vec<Opt>,
    /// Required.
    pub required: bool,
}

/// A form-level or field error, linked from the error summary.
#[derive(Debug, Clone)]
pub struct ErrorItem {
    /// The field's name (`""` for the whole form).
    pub field: String,
    /// The message.
    pub message: String,
}

/// Everything the form template needs.
#[derive(Debug, Clone)]
pub struct FormView {
    /// What was typed (empty on first display).
    pub input: RegistrationInput,
    /// CSRF field value.
    pub csrf: String,
    /// Signed time the form was served.
    pub started: String,
    /// Errors, in form order.
    pub errors: Vec<ErrorItem>,
    /// Countries, sorted by name in the visitor's language.
    pub countries: Vec<Opt>,
    /// Stakeholder groups.
    pub groups: Vec<Opt>,
    /// Attendance modes the session offers.
    pub modes: Vec<Opt>,
    /// Preferred languages.
    pub languages: Vec<Opt>,
    /// Custom questions.
    pub questions: Vec<QuestionView>,
}

/// What a visitor typed into the form and, after a failed submit, what is wrong with it.
#[derive(Debug, Clone, Default)]
pub struct Typed {
    /// The values as typed.
    pub input: RegistrationInput,
    /// Errors beside their fields.
    pub errors: FieldErrors,
    /// A message about the whole form (too fast, too many attempts).
    pub message: Option<String>,
}

impl FormView {
    /// Builds the view over what was typed (with the errors of a failed submit), the modes
    /// and questions the session offers, and the form's CSRF and time stamps.
    pub fn new(
        t: &Tr<'_>,
        typed: Typed,
        modes: &[AttendanceMode],
        questions: &[Question],
        csrf: String,
        started: String,
    ) -> Self {
        let Typed { input, errors, message: extra } = typed;
        let lang = t.lang;
        let opt = |value: &str, label: String, current: &str| Opt {
            selected: value == current,
            value: value.to_owned(),
            label,
        };
        let mut errors: Vec<ErrorItem> = errors
            .0
            .iter()
            .map(|(f, e)| ErrorItem { field: f.clone(), message: field_message(t, e) })
            .collect();
        if let Some(message) = extra {
            errors.insert(0, ErrorItem { field: String::new(), message });
        }
        let country = input.country.trim().to_ascii_uppercase();
        let countries = convene_domain::countries_sorted(lang)
            .into_iter()
            .map(|c| opt(c.code, c.name(lang).to_owned(), &country))
            .collect();
        let groups = StakeholderGroup::ALL
            .iter()
            .map(|g| opt(g.as_str(), t.t(&format!("group-{g}")), &input.stakeholder_group))
            .collect();
        // One offered mode is pre-selected; with two, the person chooses.
        let mode = if modes.len() == 1 {
            modes[0].as_str().to_owned()
        } else {
            input.attendance_mode.clone()
        };
        let modes =
            modes.iter().map(|m| opt(m.as_str(), t.t(&format!("mode-{m}")), &mode)).collect();
        let language =
            if input.language.is_empty() { lang.code() } else { input.language.as_str() };
        let languages = Lang::ALL
            .iter()
            .map(|l| opt(l.code(), t.t(&format!("language-{l}")), language))
            .collect();
        let questions = questions
            .iter()
            .map(|q| {
                let value = input
                    .answers
                    .iter()
                    .find(|(id, _)| *id == q.id)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default();
                let options = match q.kind {
                    QuestionKind::Text => Vec::new(),
                    QuestionKind::Choice => {
                        q.choices.iter().map(|c| opt(c, c.clone(), &value)).collect()
                    }
                    QuestionKind::YesNo => {
                        vec![
                            opt("yes", t.t("answer-yes"), &value),
                            opt("no", t.t("answer-no"), &value),
                        ]
                    }
                };
                QuestionView {
                    field: format!("q{}", q.id),
                    label: q.label.clone(),
                    kind: q.kind.as_str(),
                    value,
                    options,
                    required: q.required,
                }
            })
            .collect();
        Self { input, csrf, started, errors, countries, groups, modes, languages, questions }
    }

    /// The error message of a field, if any.
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }
}
