//! convene's background work: email messages, transports (SMTP, files, memory) and retry policy.
//!
//! The outbox renders an [`OutgoingEmail`], turns it into MIME with [`build_message`] and hands
//! it to a [`Transport`]. Errors are split into [`SendError::Transient`] (retry after
//! [`retry_delay`]) and [`SendError::Permanent`] (give up now), because retrying a rejected
//! address only delays the report to the organisers.

mod message;
mod retry;
mod sent;
mod smtp;
mod transport;
mod worker;

pub use message::{Attachment, Envelope, OutgoingEmail, build_message};
pub use retry::{MAX_ATTEMPTS, retry_delay};
pub use sent::{SentEmail, parse_sent};
pub use smtp::SmtpSender;
pub use transport::{FileSender, MemorySender, Transport};
pub use worker::{Compose, Worker, WorkerConfig};

/// Why a message could not be built or a transport configured; none of these heal by retrying.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// A From or To address does not parse as an email address.
    #[error("invalid email address {address:?}: {reason}")]
    InvalidAddress {
        /// The address as given.
        address: String,
        /// What the parser objected to.
        reason: String,
    },
    /// The SMTP URL is malformed; the message never repeats the URL, which may hold a password.
    #[error("invalid SMTP URL: {0}")]
    InvalidUrl(String),
    /// TLS for the SMTP connection could not be set up (e.g. no usable root certificates).
    #[error("cannot set up TLS for {host}: {reason}")]
    Tls {
        /// The SMTP host.
        host: String,
        /// The TLS library's message.
        reason: String,
    },
    /// The message itself is unusable: bad Message-ID, language tag, date or content type.
    #[error("cannot build message: {0}")]
    Build(String),
}

/// Why sending failed: `Transient` (connection refused, timeout, 4xx) is retried; `Permanent` (5xx rejection, invalid address) is not.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Worth retrying later: the server or disk may be back by then.
    #[error("temporary failure: {0}")]
    Transient(String),
    /// Retrying cannot help: the server rejected the message or recipient.
    #[error("permanent failure: {0}")]
    Permanent(String),
}

impl SendError {
    /// Whether the outbox should schedule another attempt.
    pub fn is_transient(&self) -> bool {
        matches!(self, Self::Transient(_))
    }
}
