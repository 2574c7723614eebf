//! Reading HTML form bodies into domain input, and the messages of field errors.

use convene_domain::{FieldError, RegistrationInput};

use crate::http::error::{AppError, BadRequest};
use crate::i18n::Tr;

/// A form body as decoded name/value pairs (repeated names kept).
#[derive(Debug, Clone, Default)]
pub struct FormBody(pub Vec<(String, String)>);

impl FormBody {
    /// Decodes `application/x-www-form-urlencoded` bytes. A name or value that is not UTF-8
    /// is refused (400) rather than saved with replacement characters: what a person typed
    /// must never be silently altered.
    pub fn parse(bytes: &[u8]) -> Result<Self, AppError> {
        let mut pairs = Vec::new();
        for (index, part) in bytes.split(|b| *b == b'&').enumerate() {
            if part.is_empty() {
                continue;
            }
            let (name, value) = match part.iter().position(|b| *b == b'=') {
                Some(at) => (&part[..at], &part[at + 1..]),
                None => (part, &[][..]),
            };
            let name = decode(name).ok_or_else(|| unreadable(index, None))?;
            let value = decode(value).ok_or_else(|| unreadable(index, Some(&name)))?;
            pairs.push((name, value));
        }
        Ok(Self(pairs))
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

/// One URL-encoded name or value as text, or `None` when its bytes are not UTF-8.
fn decode(raw: &[u8]) -> Option<String> {
    let spaced: Vec<u8> = raw.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
    String::from_utf8(bytes).ok()
}

/// The 400 for an unreadable field, naming the field when its name could be read.
fn unreadable(index: usize, name: Option<&str>) -> AppError {
    let field: String =
        name.map_or_else(|| format!("#{}", index + 1), |n| n.chars().take(40).collect());
    AppError::BadRequest(BadRequest::Form(field))
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
        let f = FormBody::parse(b"name=Ana+P%C3%A9rez&consent=yes&q12=B&q=x&qq=y").expect("form");
        let r = f.registration();
        assert_eq!(r.name, "Ana Pérez");
        assert!(r.consent);
        assert!(!r.news_updates);
        assert_eq!(r.answers, vec![(12, "B".to_owned())]);
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_naming_the_field() {
        for body in [&b"csrf=x&name=Ana%FF"[..], b"csrf=x&name=Ana\xff", b"csrf=x&na%C3me=1"] {
            match FormBody::parse(body) {
                Err(AppError::BadRequest(BadRequest::Form(field))) => {
                    assert!(field == "name" || field == "#2", "{field}");
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn empty_parts_and_bare_names_are_read() {
        let f = FormBody::parse(b"&a&b=&=c&&").expect("form");
        assert_eq!(f.get("a"), "");
        assert_eq!(f.get("b"), "");
        assert_eq!(f.get(""), "c");
        assert_eq!(f.0.len(), 3);
    }

    proptest::proptest! {
        /// Fuzz (issue 19, point 10): any bytes are read or refused, never a panic; whatever a
        /// browser encodes is read back exactly, repeated names and order kept.
        #[test]
        fn any_body_is_read_or_refused_and_encoded_forms_round_trip(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            pairs in proptest::collection::vec((".{0,12}", ".{0,24}"), 0..8),
        ) {
            let _ = FormBody::parse(&bytes);
            let encoded = serde_urlencoded::to_string(&pairs).expect("encode");
            let read = FormBody::parse(encoded.as_bytes()).expect("a browser's form");
            proptest::prop_assert_eq!(read.0, pairs);
        }
    }
}
