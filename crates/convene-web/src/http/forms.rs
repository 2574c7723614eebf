//! Reading HTML form bodies into domain input, and the messages of field errors.

use convene_domain::{FieldError, RegistrationInput};

use crate::i18n::Tr;

/// A form body as decoded name/value pairs (repeated names kept).
#[derive(Debug, Clone, Default)]
pub struct FormBody(pub Vec<(String, String)>);

impl FormBody {
    /// Decodes `application/x-www-form-urlencoded` bytes; undecodable input is empty.
    pub fn parse(bytes: &[u8]) -> Self {
        Self(serde_urlencoded::from_bytes(bytes).unwrap_or_default())
    }

    /// The first value of a field, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    /// Whether a checkbox was ticked.
    pub fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }

    /// The registration fields, with answers from `q<id>` fields.
    pub fn registration(&self) -> RegistrationInput {
        let answers = self
            .0
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix('q')?.parse::<i64>().ok()?, v.clone())))
            .collect();
        RegistrationInput {
            name: self.get("name").to_owned(),
            email: self.get("email").to_owned(),
            country: self.get("country").to_owned(),
            stakeholder_group: self.get("stakeholder_group").to_owned(),
            organisation: self.get("organisation").to_owned(),
            attendance_mode: self.get("attendance_mode").to_owned(),
            language: self.get("language").to_owned(),
            accessibility: self.get("accessibility").to_owned(),
            consent: self.checked("consent"),
            list_publicly: self.checked("list_publicly"),
            news_updates: self.checked("news_updates"),
            answers,
        }
    }
}

/// The message of a field error in the visitor's language.
pub fn field_message(t: &Tr<'_>, e: &FieldError) -> String {
    match e {
        FieldError::TooLong(max) | FieldError::PasswordTooShort(max) => {
            t.count(e.message_id(), *max)
        }
        FieldError::SpeakerNotFound(slug) => t.arg(e.message_id(), "slug", slug),
        _ => t.t(e.message_id()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkboxes_and_answers_are_read() {
        let f = FormBody::parse(b"name=Ana+P%C3%A9rez&consent=yes&q12=B&q=x&qq=y");
        let r = f.registration();
        assert_eq!(r.name, "Ana Pérez");
        assert!(r.consent);
        assert!(!r.news_updates);
        assert_eq!(r.answers, vec![(12, "B".to_owned())]);
    }
}
