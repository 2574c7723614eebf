//! Sending through an SMTP relay configured by URL.

use std::fmt;
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::{MailError, SendError};

/// Long enough for a slow relay, short enough that one dead server does not stall the outbox.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// Sends through an SMTP relay; built with [`SmtpSender::from_url`].
pub struct SmtpSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TlsMode {
    None,
    StartTls,
    Tls,
}

/// The parts of an SMTP URL, kept apart from the transport so parsing is testable offline.
#[derive(PartialEq, Eq)]
struct SmtpUrl {
    host: String,
    port: u16,
    tls: TlsMode,
    user: Option<String>,
    password: Option<String>,
}

impl SmtpUrl {
    fn parse(url: &str) -> Result<Self, MailError> {
        let invalid = |what: &str| MailError::InvalidUrl(what.to_owned());
        let rest = url.strip_prefix("smtp://").ok_or_else(|| invalid("must start with smtp://"))?;
        // The last '@' ends the user info, so an unencoded '@' in a password still works.
        let (userinfo, rest) = match rest.rfind('@') {
            Some(at) => (Some(&rest[..at]), &rest[at + 1..]),
            None => (None, rest),
        };
        let (authority, query) = rest.split_once('?').unwrap_or((rest, ""));
        let authority = authority.strip_suffix('/').unwrap_or(authority);
        let (host, port) = split_host_port(authority)?;
        if host.is_empty() {
            return Err(invalid("missing host"));
        }

        let mut tls = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            tls = Some(match pair {
                "tls=none" => TlsMode::None,
                "tls=starttls" => TlsMode::StartTls,
                "tls=tls" => TlsMode::Tls,
                // Rejecting unknown parameters catches typos that would silently mean plaintext.
                _ => return Err(invalid("the only query parameter is tls=none|starttls|tls")),
            });
        }
        // A local relay rarely has a certificate; anything else must not see mail in clear.
        let local = matches!(host.as_str(), "localhost" | "127.0.0.1" | "::1");
        let tls = tls.unwrap_or(if local { TlsMode::None } else { TlsMode::StartTls });
        let port = port.unwrap_or(match tls {
            TlsMode::None => 25,
            TlsMode::StartTls => 587,
            TlsMode::Tls => 465,
        });

        let (user, password) = match userinfo {
            None => (None, None),
            Some(info) => {
                let (user, password) = match info.split_once(':') {
                    Some((user, password)) => (user, Some(percent_decode(password)?)),
                    None => (info, None),
                };
                (Some(percent_decode(user)?), password)
            }
        };
        Ok(Self { host, port, tls, user, password })
    }

    fn describe(&self) -> String {
        let user = self.user.as_deref().map(|u| format!("{u}@")).unwrap_or_default();
        let host =
            if self.host.contains(':') { format!("[{}]", self.host) } else { self.host.clone() };
        let tls = match self.tls {
            TlsMode::None => "none",
            TlsMode::StartTls => "starttls",
            TlsMode::Tls => "tls",
        };
        format!("smtp://{user}{host}:{}?tls={tls}", self.port)
    }
}

fn split_host_port(authority: &str) -> Result<(String, Option<u16>), MailError> {
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (host, after) = bracketed
            .split_once(']')
            .ok_or_else(|| MailError::InvalidUrl("unclosed '[' in host".to_owned()))?;
        (host, after.strip_prefix(':'))
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port = port
        .map(|p| p.parse::<u16>().ok().filter(|&p| p != 0))
        .map(|p| p.ok_or_else(|| MailError::InvalidUrl("port must be 1-65535".to_owned())))
        .transpose()?;
    Ok((host.to_owned(), port))
}

fn percent_decode(s: &str) -> Result<String, MailError> {
    let invalid = || MailError::InvalidUrl("bad percent-encoding in user or password".to_owned());
    let mut bytes = Vec::with_capacity(s.len());
    let mut input = s.bytes();
    while let Some(b) = input.next() {
        if b == b'%' {
            let hex = [input.next().ok_or_else(invalid)?, input.next().ok_or_else(invalid)?];
            let hex = std::str::from_utf8(&hex).map_err(|_| invalid())?;
            bytes.push(u8::from_str_radix(hex, 16).map_err(|_| invalid())?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).map_err(|_| invalid())
}

impl SmtpSender {
    /// Parses an SMTP URL: smtp://[user[:password]@]host[:port][?tls=none|starttls|tls]; default port 25 for none, 587 starttls, 465 tls; default tls=none for localhost/127.0.0.1, else starttls. Timeout 20 s.
    ///
    /// User and password may be percent-encoded. `starttls` requires the upgrade rather than
    /// falling back to plaintext when the server does not offer it.
    pub fn from_url(url: &str) -> Result<Self, MailError> {
        let parsed = SmtpUrl::parse(url)?;
        let tls_params = || {
            TlsParameters::new(parsed.host.clone())
                .map_err(|e| MailError::Tls { host: parsed.host.clone(), reason: e.to_string() })
        };
        let tls = match parsed.tls {
            TlsMode::None => Tls::None,
            TlsMode::StartTls => Tls::Required(tls_params()?),
            TlsMode::Tls => Tls::Wrapper(tls_params()?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&parsed.host)
            .port(parsed.port)
            .tls(tls)
            .timeout(Some(SMTP_TIMEOUT));
        if let Some(user) = &parsed.user {
            let password = parsed.password.clone().unwrap_or_default();
            builder = builder.credentials(Credentials::new(user.clone(), password));
        }
        Ok(Self { transport: builder.build(), description: parsed.describe() })
    }

    /// Host, port, TLS mode and user, for logs; never the password.
    pub fn describe(&self) -> String {
        self.description.clone()
    }

    pub(crate) async fn send(&self, message: &Message) -> Result<(), SendError> {
        let raw = message.formatted();
        match self.transport.send_raw(message.envelope(), &raw).await {
            Ok(_) => Ok(()),
            // Only a 5xx reply is final; refused connections, timeouts and 4xx may heal.
            Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            Err(e) => Err(SendError::Transient(e.to_string())),
        }
    }
}

impl fmt::Debug for SmtpSender {
    // By hand so that a `{:?}` of a config struct cannot leak the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SmtpSender").field(&self.description).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(url: &str) -> SmtpUrl {
        SmtpUrl::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"))
    }

    #[test]
    fn local_hosts_default_to_plain_port_25() {
        for (url, port) in
            [("smtp://localhost", 25), ("smtp://127.0.0.1:2525", 2525), ("smtp://[::1]:26/", 26)]
        {
            let parsed = parse(url);
            assert_eq!((parsed.tls, parsed.port), (TlsMode::None, port), "{url}");
        }
    }

    #[test]
    fn remote_hosts_default_to_starttls() {
        let cases = [
            ("smtp://mail.example.org", TlsMode::StartTls, 587),
            ("smtp://mail.example.org?tls=tls", TlsMode::Tls, 465),
            ("smtp://mail.example.org?tls=none", TlsMode::None, 25),
            ("smtp://mail.example.org:2587?tls=starttls", TlsMode::StartTls, 2587),
            ("smtp://localhost?tls=starttls", TlsMode::StartTls, 587),
        ];
        for (url, tls, port) in cases {
            let parsed = parse(url);
            assert_eq!((parsed.tls, parsed.port), (tls, port), "{url}");
        }
    }

    #[test]
    fn credentials_are_decoded_and_never_described() {
        let parsed = parse("smtp://mailer%40example.org:s3cr%3At@p@smtp.example.org");
        assert_eq!(parsed.user.as_deref(), Some("mailer@example.org"));
        assert_eq!(parsed.password.as_deref(), Some("s3cr:t@p"));
        assert_eq!(parsed.host, "smtp.example.org");

        let sender = SmtpSender::from_url("smtp://bob:hunter2@127.0.0.1:2525").expect("valid URL");
        assert_eq!(sender.describe(), "smtp://bob@127.0.0.1:2525?tls=none");
        assert!(!format!("{sender:?}").contains("hunter2"));
        let remote = SmtpSender::from_url("smtp://bob:hunter2@smtp.example.org").expect("valid");
        assert_eq!(remote.describe(), "smtp://bob@smtp.example.org:587?tls=starttls");
    }

    #[test]
    fn malformed_urls_are_rejected_without_echoing_them() {
        for url in [
            "http://mail.example.org",
            "smtp://",
            "smtp://u:hunter2@",
            "smtp://u:hunter2@host:port",
            "smtp://u:hunter2@host:0",
            "smtp://u:hunter2@host:70000",
            "smtp://u:hunter2@host?tls=maybe",
            "smtp://u:hunter2@host?tsl=tls",
            "smtp://u:hunter2%zz@host",
            "smtp://u:hunter2@[::1",
        ] {
            let error = SmtpSender::from_url(url).expect_err(url).to_string();
            assert!(!error.contains("hunter2"), "{url}: {error}");
        }
    }
}
