//! The emails about an organiser account: the invitation and the password reset. Each carries
//! a one-time link made when the email is composed, so no usable link ever sits in the
//! database; a resend after a crash carries a new link, and either works once.

use askama::Template;
use convene_domain::AccountEmailKind;
use convene_jobs::OutgoingEmail;
use convene_storage::StorageError;

use super::{Body, HtmlEmail, TextEmail};
use crate::{AppState, view::paths};

/// The email of an account job, or `None` when the account is gone or disabled.
pub(super) async fn compose(
    app: &AppState,
    user_id: i64,
    kind: AccountEmailKind,
) -> Result<Option<OutgoingEmail>, StorageError> {
    let Some(user) = app.store.accounts().user(user_id).await? else { return Ok(None) };
    let now = app.clock.now();
    let Some(token) =
        app.store.accounts().issue_password_link(user_id, kind.purpose(), now).await?
    else {
        return Ok(None);
    };
    let lang = user.language;
    let t = app.catalogue.tr(lang);
    let site = app.config.site_name.clone();
    let link = format!("{}{}", app.config.base_url, paths::set_password(token.as_str()));
    let role = crate::pages::admin::role_name(&t, user.role);
    let (subject, body, action) = match kind {
        AccountEmailKind::Invite => (
            t.arg("email-invite-subject", "site", &site),
            t.args("email-invite-body", &[("site", site.clone().into()), ("role", role.into())]),
            t.t("email-invite-action"),
        ),
        AccountEmailKind::PasswordReset => (
            t.arg("email-reset-subject", "site", &site),
            t.arg("email-reset-body", "site", &site),
            t.t("email-reset-action"),
        ),
    };
    let b = Body {
        lang: lang.code(),
        dir: lang.dir(),
        site: site.clone(),
        greeting: t.t("email-account-greeting"),
        paragraphs: vec![body, t.t(&format!("email-link-expiry-{}", kind.purpose()))],
        actions: vec![(action, link)],
        join_title: String::new(),
        join: Vec::new(),
        badge: None,
        footer: t.arg("email-account-footer", "site", &site),
    };
    let task = |e: askama::Error| StorageError::Task(e.to_string());
    Ok(Some(OutgoingEmail {
        to: user.email.clone(),
        to_name: None,
        subject,
        text: TextEmail { b: &b }.render().map_err(task)?,
        html: HtmlEmail { b: &b }.render().map_err(task)?,
        lang: lang.code().to_owned(),
        attachments: Vec::new(),
    }))
}
