//! Sending an email: one job kind among others. The row names the kind of email; the email is
//! composed when sent, from the records as they are then, so it is never stale.
//!
//! As far as the server acknowledges, each email goes out once: the job is marked done right
//! after the server accepts the message; if the process dies in between, the lease runs out
//! and that one message is sent again, with the same Message-ID.

use convene_domain::{AccountEmailKind, Clock, EmailKind};
use convene_storage::LeasedJob;

use crate::{
    Done, Envelope, Job, JobError, JobRun, OutgoingEmail, RetryPolicy, Transport, build_message,
};

/// An email to send: which one, about whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendEmail {
    /// An email about a registration.
    Registration {
        /// Which email.
        kind: EmailKind,
        /// The registration it is about.
        registration_id: i64,
    },
    /// An email about an organiser account.
    Account {
        /// Which email.
        kind: AccountEmailKind,
        /// The account it is about.
        user_id: i64,
    },
}

/// Renders an email from the current records; the web crate implements it.
pub trait Compose: Send + Sync + 'static {
    /// The email to send, or `None` when it is no longer wanted (cancelled before a reminder,
    /// erased, account disabled, ...). An error is a defect and fails the job for good.
    fn compose(
        &self,
        email: SendEmail,
    ) -> impl Future<Output = Result<Option<OutgoingEmail>, String>> + Send;
}

/// What sending needs: a composer, a transport and the envelope's fixed parts.
pub struct Mailer<C> {
    /// Renders each email.
    pub composer: C,
    /// Delivers it.
    pub transport: Transport,
    /// The From header, e.g. `WIPO Conversation <no-reply@example.org>`.
    pub from: String,
    /// The right-hand side of Message-IDs.
    pub message_id_domain: String,
    /// Dates the messages.
    pub clock: Clock,
}

impl<C: Compose> Job<Mailer<C>> for SendEmail {
    const NAME: &'static str = "send_email";
    const RETRY: RetryPolicy = RetryPolicy::EMAIL;

    /// Email rows keep the name they always had: the kind of email, which other queries
    /// (erasure, resend limits) read.
    fn row_kinds() -> Vec<&'static str> {
        let registration = EmailKind::ALL.iter().map(|k| k.as_str());
        registration.chain(AccountEmailKind::ALL.iter().map(|k| k.as_str())).collect()
    }

    fn decode(row: &LeasedJob) -> Result<Self, String> {
        let missing = |what: &str| format!("{} job without {what}", row.kind);
        if let Ok(kind) = row.kind.parse::<EmailKind>() {
            let registration_id = row.registration_id.ok_or_else(|| missing("a registration"))?;
            return Ok(Self::Registration { kind, registration_id });
        }
        let kind = row.kind.parse::<AccountEmailKind>().map_err(|e| e.to_string())?;
        let user_id = row.user_id.ok_or_else(|| missing("an account"))?;
        Ok(Self::Account { kind, user_id })
    }

    async fn run(self, mailer: &Mailer<C>, run: JobRun) -> Result<Done, JobError> {
        let email = match mailer.composer.compose(self).await {
            Ok(Some(email)) => email,
            Ok(None) => return Ok(Done::Skipped("nothing to send".into())),
            Err(e) => return Err(JobError::Permanent(format!("composing failed: {e}"))),
        };
        let envelope = Envelope {
            from: mailer.from.clone(),
            message_id: format!("job-{}@{}", run.id, mailer.message_id_domain),
            date: mailer.clock.now(),
        };
        let message = build_message(&envelope, &email)
            .map_err(|e| JobError::Permanent(format!("building the message failed: {e}")))?;
        mailer.transport.send(&message).await?;
        Ok(Done::Ran)
    }
}
