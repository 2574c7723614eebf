//! Configuration: defaults, then an optional TOML file, then `CONVENE_*` environment variables
//! (and `DATABASE_URL`), then command-line flags. docs/CONFIGURATION.md is the reference.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// The whole configuration of one convene instance.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address and port to listen on.
    pub listen: SocketAddr,
    /// Folder for the SQLite file and other local data.
    pub data_dir: PathBuf,
    /// `postgres://…` for PostgreSQL, or a SQLite path; default: `<data_dir>/convene.sqlite3`.
    pub database_url: Option<String>,
    /// Largest number of pooled database connections.
    pub database_max_connections: u32,
    /// Public base URL, used in links that leave the site (API, calendar files).
    pub base_url: Option<String>,
    /// Site name in page headers; default: the first series' title in the demo, else "convene".
    pub site_name: Option<String>,
    /// Language when the visitor's browser asks for none we have.
    pub default_language: String,
    /// How long a rendered page may be served again, in milliseconds (0 disables).
    pub page_cache_ms: u64,
    /// How long a client may take to send a request body, in milliseconds.
    pub body_timeout_ms: u64,
    /// `text` or `json` logs.
    pub log_format: LogFormat,
    /// Outgoing mail server, `smtp://user:password@host:port?tls=starttls`; without it, emails
    /// are written as .eml files to `<data_dir>/outbox`.
    pub smtp_url: Option<String>,
    /// The sender address of emails.
    pub mail_from: String,
    /// Hours an unverified registration keeps its place before it expires.
    pub unverified_ttl_hours: u64,
    /// Forms sent back sooner than this many milliseconds after they were served are refused.
    pub registration_min_fill_ms: u64,
    /// Registrations accepted per client IP per hour (0: unlimited).
    pub registration_per_ip_per_hour: u32,
    /// Registration attempts per email address per hour (0: unlimited).
    pub registration_per_email_per_hour: u32,
    /// Token that opens the check-in page for door staff; unset disables check-in.
    pub checkin_token: Option<String>,
    /// How many reverse proxies you control stand in front of convene: the client IP (for rate
    /// limits) is the address the outermost of them saw, read from the right of
    /// X-Forwarded-For; 0 takes the connecting address and ignores the header.
    pub trusted_proxies: usize,
    /// Run the background worker (emails, reminders, expiry) in this instance.
    pub worker: bool,
    /// Public reach figures below this many people are shown as "fewer than" it.
    pub reach_min_cell: u64,
    /// Minutes of inactivity after which a back-office session ends.
    pub session_idle_minutes: u64,
    /// Hours after sign-in at which a back-office session ends, however busy.
    pub session_max_hours: u64,
    /// Back-office sign-in and password-link requests accepted per client IP per hour (0:
    /// unlimited).
    pub login_per_ip_per_hour: u32,
    /// Hosts editors may link to without confirming, comma-separated (subdomains included);
    /// links elsewhere are flagged before a session is made public.
    pub link_allow_list: String,
    /// The data controller the privacy notice names; default: the site name.
    pub privacy_controller: Option<String>,
    /// Where people write about their data, as the privacy notice gives it; default:
    /// `mail_from`.
    pub privacy_contact: Option<String>,
    /// Months after a session that its registrations are kept, as the privacy notice says.
    pub privacy_retention_months: u32,
}

/// Log output format.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            database_url: None,
            database_max_connections: 16,
            base_url: None,
            site_name: None,
            default_language: "en".into(),
            page_cache_ms: 1000,
            body_timeout_ms: 10_000,
            log_format: LogFormat::Text,
            smtp_url: None,
            mail_from: "no-reply@localhost".into(),
            unverified_ttl_hours: 48,
            registration_min_fill_ms: 3000,
            registration_per_ip_per_hour: 60,
            registration_per_email_per_hour: 5,
            checkin_token: None,
            trusted_proxies: 0,
            worker: true,
            reach_min_cell: 5,
            session_idle_minutes: 120,
            session_max_hours: 12,
            login_per_ip_per_hour: 30,
            link_allow_list: String::new(),
            privacy_controller: None,
            privacy_contact: None,
            privacy_retention_months: 12,
        }
    }
}

/// Values given on the command line, which win over everything else.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    /// `--listen`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,
    /// `--data-dir`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
}

impl Config {
    /// Loads configuration from every source, in order of precedence.
    pub fn load(
        file: Option<&std::path::Path>,
        overrides: &Overrides,
    ) -> Result<Self, Box<figment::Error>> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = file {
            fig = fig.merge(Toml::file_exact(path));
        }
        fig.merge(Env::prefixed("CONVENE_").ignore(&["config"]))
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .merge(Serialized::defaults(overrides))
            .extract()
            .map_err(Box::new)
    }

    /// The database to use.
    pub fn database(&self) -> convene_storage::DatabaseTarget {
        match &self.database_url {
            Some(url) if !url.is_empty() => convene_storage::DatabaseTarget::from_url_or_path(url),
            _ => convene_storage::DatabaseTarget::Sqlite(self.data_dir.join("convene.sqlite3")),
        }
    }

    /// Back-office sessions and sign-in limits.
    pub fn admin(&self) -> convene_web::AdminConfig {
        convene_web::AdminConfig {
            session_idle: Duration::from_secs(self.session_idle_minutes.saturating_mul(60)),
            session_absolute: Duration::from_secs(self.session_max_hours.saturating_mul(3600)),
            login_per_ip_per_hour: self.login_per_ip_per_hour,
            link_allow_list: self
                .link_allow_list
                .split(',')
                .map(|h| h.trim().trim_start_matches('.').to_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
        }
    }

    /// The public base URL: configured, else the listen address (links printed by commands).
    pub fn public_base_url(&self) -> String {
        let url = self.base_url.clone().unwrap_or_else(|| format!("http://{}", self.listen));
        url.trim_end_matches('/').to_owned()
    }

    /// The render cache lifetime.
    pub fn page_cache_ttl(&self) -> Duration {
        Duration::from_millis(self.page_cache_ms)
    }
}
