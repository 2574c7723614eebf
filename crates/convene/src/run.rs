//! What each subcommand does, once configuration is loaded.

use anyhow::Context;
use convene_storage::Store;
use std::net::SocketAddr;
use std::time::Duration;

use convene_jobs::{FileSender, SmtpSender, Transport, WorkerConfig, standard_runner};
use convene_web::emails::Composer;
use convene_web::{AppState, Clock, Lang, RegistrationConfig, WebConfig};
use tokio::net::TcpListener;

use crate::config::{Config, LogFormat};

/// The subcommand to carry out.
#[derive(Debug, Clone)]
pub enum Action {
    /// Change registration settings and exit.
    Registration(crate::admin::RegistrationCommand),
    /// Manage organiser accounts and exit.
    Admin(crate::accounts::AdminCommand),
    /// Migrate and serve.
    Serve,
    /// Migrate, load the demo if empty, serve.
    Demo,
    /// Migrate and exit.
    Migrate,
    /// Print reach statistics and exit.
    Stats(crate::stats::StatsArgs),
    /// Store synthetic registrations and exit.
    Synthesize(crate::stats::SynthesizeArgs),
}

/// Structured logs on stderr; `RUST_LOG` filters them.
pub fn init_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Colours only on a terminal: a file or a journal would keep the escape codes.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

/// Runs one subcommand to completion.
pub async fn run(config: Config, action: Action) -> anyhow::Result<()> {
    let target = config.database();
    let store = Store::open(target, config.database_max_connections).await?;
    let fresh = store.migrate_telling_fresh().await?;
    tracing::info!(database = %store.target_display(), backend = store.backend_name(), "database ready");
    if fresh && works_on_existing_records(&action) {
        warn_fresh(&store.target_display());
    }
    let site_name = match action {
        Action::Migrate => return Ok(()),
        Action::Stats(args) => {
            say(&crate::stats::stats(&store, args, config.reach_min_cell).await?);
            return Ok(());
        }
        Action::Synthesize(args) => {
            say(&crate::stats::synthesize(&store, args).await?);
            return Ok(());
        }
        Action::Registration(cmd) => {
            let line = crate::admin::run(&store, cmd.clone()).await?;
            say(&line);
            return Ok(());
        }
        Action::Admin(cmd) => {
            let ctx = crate::accounts::LinkContext {
                base_url: config.public_base_url(),
                language: config.default_language.clone(),
            };
            say(&crate::accounts::run(&store, &ctx, cmd).await?);
            return Ok(());
        }
        Action::Demo => {
            if store.content().is_empty().await? {
                let now = jiff::Timestamp::now();
                store
                    .content()
                    .insert_series_content(convene_domain::demo::wipo_conversation(now), now)
                    .await?;
                load_demo_participants(&store).await?;
                tracing::info!("demo data loaded");
            }
            let series = store.content().list_series().await?;
            config.site_name.clone().or_else(|| series.first().map(|s| s.title.clone()))
        }
        Action::Serve => config.site_name.clone(),
    };
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let base_url = config.base_url.clone().unwrap_or_else(|| format!("http://{addr}"));
    let site_name = site_name.unwrap_or_else(|| "convene".into());
    let web = WebConfig {
        base_url: base_url.trim_end_matches('/').to_owned(),
        site_name: site_name.clone(),
        default_lang: Lang::from_code(&config.default_language)
            .with_context(|| format!("unknown default_language {:?}", config.default_language))?,
        page_cache_ttl: config.page_cache_ttl(),
        body_timeout: Duration::from_millis(config.body_timeout_ms),
        reach_min_cell: config.reach_min_cell,
        registration: RegistrationConfig {
            min_fill_time: Duration::from_millis(config.registration_min_fill_ms),
            per_ip_per_hour: config.registration_per_ip_per_hour,
            per_email_per_hour: config.registration_per_email_per_hour,
            checkin_token: config.checkin_token.clone().filter(|t| !t.is_empty()),
            trusted_proxies: config.trusted_proxies,
        },
        admin: config.admin(),
        privacy: convene_web::PrivacyConfig {
            controller: config.privacy_controller.clone().unwrap_or_else(|| site_name.clone()),
            contact: config.privacy_contact.clone().unwrap_or_else(|| config.mail_from.clone()),
            retention_months: config.privacy_retention_months,
        },
    };
    let key = store.token_key().await?;
    let state = AppState::new(store.clone(), web, Clock::System, key)?;
    let transport = transport(&config)?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker = config.worker.then(|| {
        tracing::info!(transport = %transport.describe(), "sending email");
        let runner = standard_runner(
            store,
            transport,
            Composer(state.clone()),
            Clock::System,
            worker_config(&config, &base_url, &site_name),
        );
        let mut stop = stop_rx.clone();
        tokio::spawn(runner.run(async move {
            let _ = stop.wait_for(|s| *s).await;
        }))
    });
    let limits_state = state.clone();
    tokio::spawn(async move {
        // Forget rate-limit keys that have fully recovered, so memory stays bounded.
        let mut every = tokio::time::interval(Duration::from_secs(600));
        loop {
            every.tick().await;
            limits_state.limits.shrink();
        }
    });
    announce(&base_url, matches!(action, Action::Demo), &config);
    let app = convene_web::router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("server failed")?;
    let _ = stop_tx.send(true);
    if let Some(w) = worker {
        let _ = w.await;
    }
    tracing::info!("stopped");
    Ok(())
}

/// Synthetic registrations for the demo's past sessions, matching their published reach.
async fn load_demo_participants(store: &Store) -> anyhow::Result<()> {
    let plans = convene_domain::synthetic::DEMO_PLANS;
    for series in store.content().list_series().await? {
        let n = store.reach().load_synthetic(series.id, &plans, DEMO_SEED, 1).await?;
        tracing::info!(records = n, "synthetic demo participants loaded");
    }
    store.reach().refresh_reach(jiff::Timestamp::now()).await?;
    Ok(())
}

/// The demo's synthetic participants are the same on every machine.
const DEMO_SEED: u64 = 2019;

/// SMTP when configured, else .eml files in the data folder.
fn transport(config: &Config) -> anyhow::Result<Transport> {
    Ok(match config.smtp_url.as_deref().filter(|u| !u.is_empty()) {
        Some(url) => Transport::Smtp(SmtpSender::from_url(url)?),
        None => {
            // Created now: the demo's banner tells the operator to look there.
            let sender = FileSender::new(config.data_dir.join("outbox"));
            sender.create_dir().with_context(|| {
                format!("cannot create the email folder {}", sender.dir().display())
            })?;
            Transport::Files(sender)
        }
    })
}

fn worker_config(config: &Config, base_url: &str, site_name: &str) -> WorkerConfig {
    let host = base_url
        .split("://")
        .nth(1)
        .and_then(|h| h.split(['/', ':']).next())
        .filter(|h| !h.is_empty())
        .unwrap_or("localhost");
    let hours = i64::try_from(config.unverified_ttl_hours).unwrap_or(48);
    WorkerConfig {
        from: format!("{} <{}>", site_name.replace(['<', '>', '"'], ""), config.mail_from),
        message_id_domain: host.to_owned(),
        unverified_ttl: jiff::SignedDuration::from_hours(hours),
        lease: jiff::SignedDuration::from_mins(2),
        batch: 32,
        idle_poll: Duration::from_millis(500),
    }
}

/// Whether a command reads or changes the records a server already has (rather than creating
/// them, as `serve`, `demo` and `migrate` may).
fn works_on_existing_records(action: &Action) -> bool {
    !matches!(action, Action::Serve | Action::Demo | Action::Migrate)
}

/// A command meant for an existing database found none where it looked and made a new one:
/// most likely not the server's (another --data-dir, DATABASE_URL unset), so say so.
#[allow(clippy::print_stderr, reason = "a warning for the person at the terminal")]
fn warn_fresh(target: &str) {
    eprintln!(
        "convene: warning: {target} was empty: a new database was created for this command. \
         If the server uses another one, give this command the server's --data-dir or \
         DATABASE_URL."
    );
}

#[allow(clippy::print_stdout, reason = "the command's result is its output")]
fn say(line: &str) {
    println!("{line}");
}

#[allow(clippy::print_stdout, reason = "the address to open is the command's output")]
fn announce(base_url: &str, demo: bool, config: &Config) {
    if demo {
        println!("convene is running with demo data: open {base_url}/");
        println!("data folder: {}", config.data_dir.display());
        if config.smtp_url.is_none() {
            println!("emails: {}", config.data_dir.join("outbox").display());
        }
        println!(
            "back office: {base_url}/admin (first account: {})",
            create_user_command(config, base_url)
        );
    } else {
        println!("convene is listening on {base_url}/");
    }
}

/// The command that makes the first account, as it works when pasted in another terminal:
/// the address this server really serves (`--listen 127.0.0.1:0` picks a port), its
/// database when it is not the data folder's SQLite file, and its data folder. A database
/// password is not printed: `PASSWORD` stands in its place.
fn create_user_command(config: &Config, base_url: &str) -> String {
    let mut words = Vec::new();
    if config.base_url.is_none() {
        words.push(format!("CONVENE_BASE_URL={}", shell_word(base_url)));
    }
    if let Some(url) = config.database_url.as_deref().filter(|u| !u.is_empty()) {
        words.push(format!("DATABASE_URL={}", shell_word(&without_password(url))));
    }
    words.push("convene admin create-user --email you@example.org --role admin".to_owned());
    words.push(format!("--data-dir {}", shell_word(&config.data_dir.to_string_lossy())));
    words.join(" ")
}

/// A database URL with its password, if any, replaced by `PASSWORD`.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let Some((userinfo, host)) = rest.split_once('@') else { return url.to_owned() };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:PASSWORD@{host}"),
        None => url.to_owned(),
    }
}

/// `s` as one shell word: as it is when it is plain, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-:@=+,%".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Resolves on Ctrl-C or SIGTERM; in-flight requests then finish before exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutdown requested; finishing in-flight requests");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_create_user_command_names_the_real_address_database_and_folder() {
        let mut config = Config { data_dir: "/srv/my data".into(), ..Config::default() };
        let line = create_user_command(&config, "http://127.0.0.1:41234");
        assert_eq!(
            line,
            "CONVENE_BASE_URL=http://127.0.0.1:41234 convene admin create-user \
             --email you@example.org --role admin --data-dir '/srv/my data'"
        );
        config.database_url = Some("postgres://convene:s3cret@db:5432/convene".into());
        config.base_url = Some("https://events.example.org".into());
        let line = create_user_command(&config, "https://events.example.org");
        assert!(
            line.starts_with("DATABASE_URL=postgres://convene:PASSWORD@db:5432/convene convene "),
            "{line}"
        );
        assert!(!line.contains("s3cret") && !line.contains("CONVENE_BASE_URL"), "{line}");
        assert_eq!(without_password("postgres://u@h/d"), "postgres://u@h/d");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
    }
}
