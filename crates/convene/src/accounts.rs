//! `convene admin …`: organiser accounts from the command line, which is how the first
//! administrator is made. No password ever passes through here: new accounts get a one-time
//! link to choose their own.

use anyhow::{Context, bail};
use convene_domain::{Email, Lang, PasswordPurpose, Role, SecretToken};
use convene_storage::{Actor, Store};
use jiff::Timestamp;

/// What to do.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum AdminCommand {
    /// Create an organiser account and print its one-time set-password link.
    CreateUser {
        /// The organiser's email address (they sign in with it)
        #[arg(long)]
        email: String,
        /// admin, editor, moderator or checkin
        #[arg(long)]
        role: String,
    },
    /// Print a new one-time set-password link for an existing account.
    PasswordLink {
        /// The account's email address
        #[arg(long)]
        email: String,
    },
    /// List the organiser accounts.
    ListUsers,
}

/// Where links point and which language new accounts' emails use.
#[derive(Debug, Clone)]
pub struct LinkContext {
    /// Public base URL, without trailing slash.
    pub base_url: String,
    /// Language code for the account's emails.
    pub language: String,
}

fn link(ctx: &LinkContext, token: &SecretToken) -> String {
    format!("{}/admin/set-password/{}", ctx.base_url, token.as_str())
}

/// Carries out the command; returns the lines to print.
pub async fn run(store: &Store, ctx: &LinkContext, cmd: AdminCommand) -> anyhow::Result<String> {
    let now = Timestamp::now();
    match cmd {
        AdminCommand::CreateUser { email, role } => {
            let email =
                Email::try_from(email.as_str()).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            let role: Role = role.parse().map_err(|_| {
                anyhow::anyhow!("--role must be admin, editor, moderator or checkin")
            })?;
            let language = ctx.language.parse().unwrap_or(Lang::En);
            let shown = email.as_str().to_owned();
            let created =
                store.accounts().create_user(Actor::Cli, email, role, language, false, now).await?;
            let Some(created) = created else {
                bail!(
                    "an account for {shown} exists already (convene admin password-link gives it a new link)"
                );
            };
            Ok(format!(
                "account created: {shown} ({role})\nset-password link (works once, for 72 hours):\n{}",
                link(ctx, &created.link)
            ))
        }
        AdminCommand::PasswordLink { email } => {
            let user = store
                .accounts()
                .user_by_email(&email)
                .await?
                .with_context(|| format!("no account for {email}"))?;
            let token = store
                .accounts()
                .issue_password_link(user.id, PasswordPurpose::Set, now)
                .await?
                .with_context(|| format!("the account for {email} is disabled"))?;
            Ok(format!("set-password link (works once, for 72 hours):\n{}", link(ctx, &token)))
        }
        AdminCommand::ListUsers => {
            let lines: Vec<String> = store
                .accounts()
                .users()
                .await?
                .into_iter()
                .map(|u| format!("{}\t{}\t{}\t{}", u.id, u.email, u.role, u.status()))
                .collect();
            Ok(if lines.is_empty() { "no accounts".into() } else { lines.join("\n") })
        }
    }
}
