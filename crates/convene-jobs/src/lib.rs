//! convene's background work: a typed, durable job runner, its periodic tasks, and email
//! (messages, transports for SMTP, files and memory).
//!
//! Each job kind is a type implementing [`Job`]: how it is read from its row, what it does,
//! how it retries ([`RetryPolicy`]). A [`Runner`] holds the registered kinds, leases due rows
//! of any kind, runs each with its kind's handler and records done, retry or failure; a row of
//! a kind nobody registered is failed for good, with the reason. Periodic tasks ([`Periodic`])
//! run on one instance at a time, under a lease in the database. Sending an email
//! ([`SendEmail`]) is one job kind: it composes through [`Compose`], builds MIME with
//! [`build_message`] and hands it to a [`Transport`], whose errors are split into
//! [`SendError::Transient`] (retried) and [`SendError::Permanent`] (given up now), because
//! retrying a rejected address only delays the report to the organisers.

mod job;
mod message;
mod periodic;
mod retry;
mod runner;
mod send_email;
mod sent;
mod smtp;
mod standard;
mod transport;

pub use job::{Done, Job, JobError, JobRun, decode_payload, enqueue};
pub use message::{Attachment, Envelope, OutgoingEmail, build_message};
pub use periodic::{ExpireUnverified, ForgetLoginFailures, Periodic, RecountReach};
pub use retry::RetryPolicy;
pub use runner::{Runner, RunnerConfig};
pub use send_email::{Compose, Mailer, SendEmail};
pub use sent::{SentEmail, parse_sent};
pub use smtp::SmtpSender;
pub use standard::{WorkerConfig, standard_runner};
pub use transport::{FileSender, MemorySender, Transport};

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
