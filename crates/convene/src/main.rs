//! The `convene` binary: command-line interface over the storage and web crates.

mod accounts;
mod admin;
mod config;
mod run;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{Config, Overrides};

/// convene: run an open, multi-stakeholder conversation series.
#[derive(Debug, Parser)]
#[command(name = "convene", version, about, long_about = None)]
struct Cli {
    /// A TOML configuration file (see docs/CONFIGURATION.md).
    #[arg(long, global = true, env = "CONVENE_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// Where the data lives, for every subcommand that touches the store.
#[derive(Debug, clap::Args)]
struct DataArgs {
    /// Folder for the SQLite database and local files [default: data]
    #[arg(long, value_name = "DIR", env = "CONVENE_DATA_DIR", global = true)]
    data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the site, applying pending migrations first.
    Serve {
        /// Address to listen on [default: 127.0.0.1:8080]
        #[arg(long, value_name = "ADDR")]
        listen: Option<std::net::SocketAddr>,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Load the demo series if the store is empty, then serve.
    Demo {
        /// Address to listen on [default: 127.0.0.1:8080]
        #[arg(long, value_name = "ADDR")]
        listen: Option<std::net::SocketAddr>,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Apply pending database migrations and exit.
    Migrate {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Print reach statistics of a series or a session (what the reach pages publish).
    Stats {
        #[command(flatten)]
        args: stats::StatsArgs,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Store synthetic registrations for a benchmark (not for real installations).
    #[command(hide = true)]
    Synthesize {
        #[command(flatten)]
        args: stats::SynthesizeArgs,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Set a session's registration window, capacities, join links and questions.
    Registration {
        #[command(subcommand)]
        command: admin::RegistrationCommand,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Create and list organiser accounts (the first administrator starts here).
    Admin {
        #[command(subcommand)]
        command: accounts::AdminCommand,
        #[command(flatten)]
        data: DataArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (overrides, action) = match cli.command {
        Command::Serve { listen, data } => {
            (Overrides { listen, data_dir: data.data_dir }, run::Action::Serve)
        }
        Command::Demo { listen, data } => {
            (Overrides { listen, data_dir: data.data_dir }, run::Action::Demo)
        }
        Command::Migrate { data } => {
            (Overrides { listen: None, data_dir: data.data_dir }, run::Action::Migrate)
        }
        Command::Stats { args, data } => {
            (Overrides { listen: None, data_dir: data.data_dir }, run::Action::Stats(args))
        }
        Command::Synthesize { args, data } => {
            (Overrides { listen: None, data_dir: data.data_dir }, run::Action::Synthesize(args))
        }
        Command::Registration { command, data } => (
            Overrides { listen: None, data_dir: data.data_dir },
            run::Action::Registration(command),
        ),
        Command::Admin { command, data } => {
            (Overrides { listen: None, data_dir: data.data_dir }, run::Action::Admin(command))
        }
    };
    let config = match Config::load(cli.config.as_deref(), &overrides) {
        Ok(c) => c,
        Err(e) => return fail(&format!("invalid configuration: {e}")),
    };
    run::init_logs(config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return fail(&format!("cannot start the runtime: {e}")),
    };
    match runtime.block_on(run::run(config, action)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("{e:#}")),
    }
}

/// Prints one line naming what failed, and returns a failing exit code.
fn fail(message: &str) -> ExitCode {
    let one_line: Vec<&str> = message.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    eprintln!("convene: error: {}", one_line.join(" "));
    ExitCode::FAILURE
}
