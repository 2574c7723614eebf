//! Rendered emails to MIME messages.

use std::time::SystemTime;

use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{self, Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};

use crate::MailError;

/// An email ready to be sent, already rendered in the recipient's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    /// The recipient's address, e.g. `ada@example.org`.
    pub to: String,
    /// The recipient's display name, in any script.
    pub to_name: Option<String>,
    /// The subject line, in any script.
    pub subject: String,
    /// The plain-text body, for clients that do not render HTML.
    pub text: String,
    /// The HTML body.
    pub html: String,
    /// BCP 47 tag of the language the email is written in, e.g. `ar`.
    pub lang: String,
    /// Files attached to the email or embedded in its HTML.
    pub attachments: Vec<Attachment>,
}

/// A file attached to an email; `inline_cid` set means it is referenced from the HTML as cid:...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The name the recipient sees.
    pub filename: String,
    /// MIME type, e.g. `text/calendar` or `image/png`.
    pub content_type: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
    /// Content-ID (without `cid:` or angle brackets) when the HTML embeds this file.
    pub inline_cid: Option<String>,
}

/// What the outbox knows about a message independent of its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// The sender, e.g. `Site name <no-reply@example.org>`.
    pub from: String,
    /// Message-ID without angle brackets, e.g. `job-42.abc@example.org`; stable across retries.
    pub message_id: String,
    /// When the message was first queued, so retries keep the original Date.
    pub date: jiff::Timestamp,
}

/// `Content-Language`, which lettre has no type for; lets clients pick fonts and direction.
#[derive(Debug, Clone)]
struct ContentLanguage(String);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834) keeps out-of-office replies from answering us.
#[derive(Debug, Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

/// Builds the MIME message: multipart/alternative text+html (html wrapped in multipart/related when there are inline attachments), then multipart/mixed for normal attachments.
///
/// Headers: From, To, Subject, Date (from the envelope, so a retry is the same message),
/// Message-ID, Content-Language, Auto-Submitted and MIME-Version; non-ASCII headers are
/// RFC 2047 encoded and bodies UTF-8.
pub fn build_message(env: &Envelope, email: &OutgoingEmail) -> Result<Message, MailError> {
    let from: Mailbox = env.from.parse().map_err(|e| invalid_address(&env.from, e))?;
    let to_address: Address = email.to.parse().map_err(|e| invalid_address(&email.to, e))?;
    let to = Mailbox::new(email.to_name.clone(), to_address);
    check_message_id(&env.message_id)?;
    check_language(&email.lang)?;
    // httpdate, under lettre's Date header, panics on times before 1970.
    if env.date < jiff::Timestamp::UNIX_EPOCH {
        return Err(MailError::Build(format!("date {} is before 1970", env.date)));
    }
    let date = SystemTime::try_from(env.date)
        .map_err(|e| MailError::Build(format!("date {}: {e}", env.date)))?;

    let mut inline = Vec::new();
    let mut attached = Vec::new();
    for attachment in &email.attachments {
        let content_type = ContentType::parse(&attachment.content_type).map_err(|e| {
            MailError::Build(format!("content type {:?}: {e}", attachment.content_type))
        })?;
        let filename = attachment.filename.clone();
        match &attachment.inline_cid {
            Some(cid) => inline.push(
                message::Attachment::new_inline_with_name(cid.clone(), filename)
                    .body(attachment.bytes.clone(), content_type),
            ),
            None => attached.push(
                message::Attachment::new(filename).body(attachment.bytes.clone(), content_type),
            ),
        }
    }

    let alternative = MultiPart::alternative().singlepart(SinglePart::plain(email.text.clone()));
    let html = SinglePart::html(email.html.clone());
    let alternative = if inline.is_empty() {
        alternative.singlepart(html)
    } else {
        let related = inline
            .into_iter()
            .fold(MultiPart::related().singlepart(html), |m, part| m.singlepart(part));
        alternative.multipart(related)
    };
    let body = if attached.is_empty() {
        alternative
    } else {
        attached
            .into_iter()
            .fold(MultiPart::mixed().multipart(alternative), |m, part| m.singlepart(part))
    };

    Message::builder()
        .from(from)
        .to(to)
        .subject(email.subject.clone())
        .date(date)
        .message_id(Some(format!("<{}>", env.message_id)))
        .header(ContentLanguage(email.lang.clone()))
        .header(AutoSubmitted)
        .multipart(body)
        .map_err(|e| MailError::Build(e.to_string()))
}

fn invalid_address(address: &str, error: impl std::fmt::Display) -> MailError {
    MailError::InvalidAddress { address: address.to_owned(), reason: error.to_string() }
}

/// Message-IDs name the `.eml` files and deduplicate retries, so only plain `left@right` ones.
fn check_message_id(id: &str) -> Result<(), MailError> {
    let valid_char = |c: char| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\\');
    let valid =
        id.split_once('@').is_some_and(|(left, right)| !left.is_empty() && !right.is_empty())
            && id.chars().all(valid_char);
    if valid { Ok(()) } else { Err(MailError::Build(format!("invalid Message-ID {id:?}"))) }
}

/// A tag that is not BCP 47-shaped would be a header injection risk or a typo in a locale.
fn check_language(lang: &str) -> Result<(), MailError> {
    let valid = lang.split('-').all(|subtag| {
        (1..=8).contains(&subtag.len()) && subtag.chars().all(|c| c.is_ascii_alphanumeric())
    });
    if valid { Ok(()) } else { Err(MailError::Build(format!("invalid language tag {lang:?}"))) }
}

#[cfg(test)]
pub(crate) mod tests {
    use mail_parser::MessageParser;

    use super::*;
    use crate::{SentEmail, parse_sent};

    pub(crate) fn envelope(message_id: &str) -> Envelope {
        Envelope {
            from: "Convene Test <no-reply@example.org>".to_owned(),
            message_id: message_id.to_owned(),
            date: "2026-03-14T09:26:53Z".parse().expect("valid timestamp"),
        }
    }

    pub(crate) fn email(subject: &str) -> OutgoingEmail {
        OutgoingEmail {
            to: "ada@example.org".to_owned(),
            to_name: Some("آدا لوفليس".to_owned()),
            subject: subject.to_owned(),
            text: "مرحبا\nSee you at the session.".to_owned(),
            html: "<p dir=\"rtl\">مرحبا</p><img src=\"cid:logo\">".to_owned(),
            lang: "ar".to_owned(),
            attachments: Vec::new(),
        }
    }

    fn built(env: &Envelope, email: &OutgoingEmail) -> (String, SentEmail) {
        let raw = build_message(env, email).expect("message builds").formatted();
        let sent = parse_sent(&raw).expect("message parses");
        (String::from_utf8(raw).expect("formatted message is ASCII"), sent)
    }

    #[test]
    fn headers_are_present() {
        let (raw, _) = built(&envelope("job-42.abc@example.org"), &email("Hello"));
        for header in [
            "Date: Sat, 14 Mar 2026 09:26:53 +0000\r\n",
            "Message-ID: <job-42.abc@example.org>\r\n",
            "Content-Language: ar\r\n",
            "Auto-Submitted: auto-generated\r\n",
            "MIME-Version: 1.0\r\n",
            "From: \"Convene Test\" <no-reply@example.org>\r\n",
        ] {
            assert!(raw.contains(header), "{header:?} missing from\n{raw}");
        }
        assert!(raw.contains("multipart/alternative"), "{raw}");
        assert!(!raw.contains("multipart/mixed") && !raw.contains("multipart/related"), "{raw}");
    }

    #[test]
    fn non_latin_text_round_trips() {
        let subject = "تذكير: جلستك تبدأ غدًا — 会议提醒";
        let (raw, sent) = built(&envelope("job-1@example.org"), &email(subject));
        assert!(raw.is_ascii());
        assert_eq!(sent.subject, subject);
        assert_eq!(sent.to, "ada@example.org");
        assert_eq!(sent.message_id, "job-1@example.org");
        assert_eq!(sent.text.replace("\r\n", "\n"), "مرحبا\nSee you at the session.");
        assert!(sent.html.contains("<p dir=\"rtl\">مرحبا</p>"), "{}", sent.html);
        let parsed = MessageParser::default().parse(raw.as_bytes()).expect("parses");
        let to = parsed.to().and_then(|a| a.first()).expect("has To");
        assert_eq!(to.name(), Some("آدا لوفليس"));
    }

    #[test]
    fn attachments_nest_related_and_mixed() {
        let mut mail = email("With files");
        mail.attachments = vec![
            Attachment {
                filename: "logo.png".to_owned(),
                content_type: "image/png".to_owned(),
                bytes: vec![0x89, b'P', b'N', b'G', 0, 1, 2, 255],
                inline_cid: Some("logo".to_owned()),
            },
            Attachment {
                filename: "جلسة.ics".to_owned(),
                content_type: "text/calendar".to_owned(),
                bytes: b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".to_vec(),
                inline_cid: None,
            },
        ];
        let (raw, sent) = built(&envelope("job-2@example.org"), &mail);
        let mixed = raw.find("multipart/mixed").expect("mixed");
        let related = raw.find("multipart/related").expect("related");
        assert!(mixed < raw.find("multipart/alternative").expect("alternative"));
        assert!(raw.contains("Content-ID: <logo>"), "{raw}");
        assert!(related > mixed);
        assert!(sent.html.contains("cid:logo"));
        assert!(sent.attachments.contains(&("logo.png".to_owned(), "image/png".to_owned())));
        assert!(sent.attachments.contains(&("جلسة.ics".to_owned(), "text/calendar".to_owned())));
    }

    #[test]
    fn invalid_inputs_are_rejected() {
        let env = envelope("job-3@example.org");
        let mut bad_to = email("x");
        bad_to.to = "not an address".to_owned();
        assert!(matches!(build_message(&env, &bad_to), Err(MailError::InvalidAddress { .. })));
        let mut bad_lang = email("x");
        bad_lang.lang = "ar\r\nBcc: evil@example.org".to_owned();
        assert!(matches!(build_message(&env, &bad_lang), Err(MailError::Build(_))));
        for id in ["<job@example.org>", "no-at-sign", "two words@example.org", ""] {
            let result = build_message(&envelope(id), &email("x"));
            assert!(matches!(result, Err(MailError::Build(_))), "{id:?}");
        }
        let mut old = envelope("job-4@example.org");
        old.date = "1969-12-31T23:59:59Z".parse().expect("valid timestamp");
        assert!(matches!(build_message(&old, &email("x")), Err(MailError::Build(_))));
    }
}
