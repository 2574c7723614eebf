//! `convene registration …`: organisers' registration settings from the command line, until
//! the back office edits them in the browser.

use anyhow::{Context, bail};
use convene_domain::{
    JoinLink, Lang, NewQuestion, QuestionKind, RegistrationWindow, Slug, clean_text,
};
use convene_storage::{SessionKey, Store};
use jiff::Timestamp;

/// Which session.
#[derive(Debug, Clone, clap::Args)]
pub struct SessionArg {
    /// The series' slug (as in its URL), e.g. wipo-conversation
    #[arg(long, value_name = "SLUG")]
    series: String,
    /// The session's number within the series
    #[arg(long, value_name = "N")]
    session: u32,
}

/// What to set.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum RegistrationCommand {
    /// Set the registration window and capacities of a session.
    Open {
        #[command(flatten)]
        at: SessionArg,
        /// When registration opens (RFC 3339, e.g. 2026-12-01T09:00:00Z)
        #[arg(long, value_name = "INSTANT")]
        opens: Timestamp,
        /// When registration closes (RFC 3339)
        #[arg(long, value_name = "INSTANT")]
        closes: Timestamp,
        /// Seats in the room (omit for no in-person participation)
        #[arg(long, value_name = "N")]
        in_person: Option<u32>,
        /// Online places (omit for unlimited)
        #[arg(long, value_name = "N")]
        online: Option<u32>,
    },
    /// Set the stream or meeting link of one interpretation channel.
    JoinLink {
        #[command(flatten)]
        at: SessionArg,
        /// floor (original audio) or a language: ar, zh, en, fr, ru, es
        #[arg(long)]
        channel: String,
        /// The link (https://…); only confirmed online registrants ever see it
        #[arg(long)]
        url: String,
    },
    /// Add a custom question to a session's registration form.
    Question {
        #[command(flatten)]
        at: SessionArg,
        /// text, choice or yes_no
        #[arg(long)]
        kind: String,
        /// The question as shown
        #[arg(long)]
        label: String,
        /// An allowed answer of a choice question (repeat the flag)
        #[arg(long = "choice", value_name = "ANSWER")]
        choices: Vec<String>,
        /// Whether an answer is required
        #[arg(long)]
        required: bool,
    },
}

async fn session_id(store: &Store, at: &SessionArg) -> anyhow::Result<i64> {
    let series = Slug::try_from(at.series.as_str())
        .map_err(|_| anyhow::anyhow!("{:?} is not a series slug", at.series))?;
    let key = SessionKey::Number { series, number: at.session };
    let d = store.content().session_detail(key).await?;
    Ok(d.with_context(|| format!("no session {} in series {}", at.session, at.series))?.session.id)
}

/// Carries out the command; returns the line to print.
pub async fn run(store: &Store, cmd: RegistrationCommand) -> anyhow::Result<String> {
    match cmd {
        RegistrationCommand::Open { at, opens, closes, in_person, online } => {
            if closes <= opens {
                bail!("--closes must be after --opens");
            }
            let id = session_id(store, &at).await?;
            let window = RegistrationWindow {
                opens_at: opens,
                closes_at: closes,
                capacity_in_person: in_person,
                capacity_online: online,
            };
            store.content().set_registration_window(id, window, Timestamp::now()).await?;
            Ok(format!("registration for session {} opens {opens}, closes {closes}", at.session))
        }
        RegistrationCommand::JoinLink { at, channel, url } => {
            if channel != "floor" && channel.parse::<Lang>().is_err() {
                bail!("--channel must be floor, ar, zh, en, fr, ru or es");
            }
            let ok = (url.starts_with("https://") || url.starts_with("http://"))
                && url.len() <= 2000
                && !url.chars().any(|c| c.is_whitespace() || c.is_control());
            if !ok {
                bail!("--url must be an http(s) link without spaces");
            }
            let id = session_id(store, &at).await?;
            store.content().set_join_link(id, JoinLink { language: channel.clone(), url }).await?;
            Ok(format!("join link for channel {channel} of session {} set", at.session))
        }
        RegistrationCommand::Question { at, kind, label, choices, required } => {
            let kind: QuestionKind = kind
                .parse()
                .map_err(|_| anyhow::anyhow!("--kind must be text, choice or yes_no"))?;
            let label = clean_text(&label, 300, true, false)
                .map_err(|e| anyhow::anyhow!("--label: {e}"))?
                .unwrap_or_default();
            if kind == QuestionKind::Choice && choices.len() < 2 {
                bail!("a choice question needs at least two --choice answers");
            }
            let id = session_id(store, &at).await?;
            let q = store
                .content()
                .add_question(id, NewQuestion { kind, label, choices, required })
                .await?;
            Ok(format!("question {q} added to session {}", at.session))
        }
    }
}
