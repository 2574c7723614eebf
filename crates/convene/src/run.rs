//! What each subcommand does, once configuration is loaded.

use anyhow::Context;
use convene_storage::Store;
use convene_web::{AppState, Clock, Lang, WebConfig};
use tokio::net::TcpListener;

use crate::config::{Config, LogFormat};

/// The subcommand to carry out.
#[derive(Debug, Clone, Copy)]
pub enum Action {
    /// Migrate and serve.
    Serve,
    /// Migrate, load the demo if empty, serve.
    Demo,
    /// Migrate and exit.
    Migrate,
}

/// Structured logs on stderr; `RUST_LOG` filters them.
pub fn init_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

/// Runs one subcommand to completion.
pub async fn run(config: Config, action: Action) -> anyhow::Result<()> {
    let target = config.database();
    let store = Store::open_and_migrate(target, config.database_max_connections).await?;
    tracing::info!(database = %store.target_display(), backend = store.backend_name(), "database ready");
    let site_name = match action {
        Action::Migrate => return Ok(()),
        Action::Demo => {
            if store.is_empty().await? {
                let now = jiff::Timestamp::now();
                store
                    .insert_series_content(convene_domain::demo::wipo_conversation(now), now)
                    .await?;
                tracing::info!("demo data loaded");
            }
            let series = store.list_series().await?;
            config.site_name.clone().or_else(|| series.first().map(|s| s.title.clone()))
        }
        Action::Serve => config.site_name.clone(),
    };
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let base_url = config.base_url.clone().unwrap_or_else(|| format!("http://{addr}"));
    let web = WebConfig {
        base_url: base_url.trim_end_matches('/').to_owned(),
        site_name: site_name.unwrap_or_else(|| "convene".into()),
        default_lang: Lang::from_code(&config.default_language)
            .with_context(|| format!("unknown default_language {:?}", config.default_language))?,
        page_cache_ttl: config.page_cache_ttl(),
    };
    let state = AppState::new(store, web, Clock::System)?;
    announce(&base_url, matches!(action, Action::Demo), &config);
    axum::serve(listener, convene_web::router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("server failed")?;
    tracing::info!("stopped");
    Ok(())
}

#[allow(clippy::print_stdout, reason = "the address to open is the command's output")]
fn announce(base_url: &str, demo: bool, config: &Config) {
    if demo {
        println!("convene is running with demo data: open {base_url}/");
        println!("data folder: {}", config.data_dir.display());
    } else {
        println!("convene is listening on {base_url}/");
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
