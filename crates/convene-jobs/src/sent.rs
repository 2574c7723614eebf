//! Reading formatted messages back, for tests and for tools that inspect sent mail.

use mail_parser::{MessageParser, MimeHeaders};

/// A message as a test sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentEmail {
    /// The first To address, without display name.
    pub to: String,
    /// The decoded subject.
    pub subject: String,
    /// Message-ID without angle brackets.
    pub message_id: String,
    /// The whole formatted message, as it would go over the wire.
    pub raw: String,
    /// The decoded text/plain part (empty when there is none).
    pub text: String,
    /// The decoded text/html part (empty when there is none).
    pub html: String,
    /// Filename and content type of each attachment, inline ones included.
    pub attachments: Vec<(String, String)>,
}

/// Parses a raw RFC 5322 message (as produced by build_message) into a SentEmail, decoding the subject and the text and html parts.
///
/// Used by [`crate::MemorySender`] and by tests reading `.eml` files or the SMTP sink's files.
pub fn parse_sent(raw: &[u8]) -> Option<SentEmail> {
    let parsed = MessageParser::default().parse(raw)?;
    let to = parsed.to()?.first()?.address()?.to_owned();
    // text_bodies/html_bodies fall back to the other alternative when one is missing, so the
    // part's own type decides.
    let text = parsed
        .text_bodies()
        .find(|part| part.is_text() && !part.is_text_html())
        .and_then(|part| part.text_contents())
        .unwrap_or_default()
        .to_owned();
    let html = parsed
        .html_bodies()
        .find(|part| part.is_text_html())
        .and_then(|part| part.text_contents())
        .unwrap_or_default()
        .to_owned();
    let attachments = parsed
        .attachments()
        .map(|part| {
            let name = part.attachment_name().unwrap_or_default().to_owned();
            let content_type = part
                .content_type()
                .map(|ct| match ct.subtype() {
                    Some(sub) => format!("{}/{}", ct.ctype(), sub),
                    None => ct.ctype().to_owned(),
                })
                .unwrap_or_default();
            (name, content_type)
        })
        .collect();
    Some(SentEmail {
        to,
        subject: parsed.subject().unwrap_or_default().to_owned(),
        message_id: parsed.message_id().unwrap_or_default().to_owned(),
        raw: String::from_utf8_lossy(raw).into_owned(),
        text,
        html,
        attachments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_alternative_stays_empty() {
        let raw = b"From: a@example.org\r\nTo: \"B\" <b@example.org>\r\n\
Subject: =?utf-8?b?2LPZhNin2YU=?=\r\nMessage-ID: <m1@example.org>\r\n\
Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\
\r\ncaf=C3=A9\r\n";
        let sent = parse_sent(raw).expect("parses");
        assert_eq!(sent.subject, "سلام");
        assert_eq!(
            (sent.to.as_str(), sent.message_id.as_str()),
            ("b@example.org", "m1@example.org")
        );
        assert_eq!(sent.text.trim_end(), "café");
        // mail-parser would offer the text converted to HTML; a test must see there was none.
        assert_eq!(sent.html, "");
        assert!(sent.attachments.is_empty());
    }

    #[test]
    fn garbage_without_a_recipient_is_none() {
        assert!(parse_sent(b"").is_none());
        assert!(parse_sent(b"Subject: no recipient\r\n\r\nbody").is_none());
    }
}
