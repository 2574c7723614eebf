//! The privacy notice people consent to when they register.

use askama::Template;
use axum::response::Response;

use super::{Chrome, render};
use crate::http::error::AppError;
use crate::pages::visit::Visit;

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage<'a> {
    page: Chrome<'a>,
    version: &'static str,
    controller: String,
    retention: String,
}

/// `GET /privacy`
pub async fn show(Visit { app, lang, uri, .. }: Visit) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let p = &app.config.privacy;
    let controller = t.args(
        "privacy-controller",
        &[("controller", p.controller.as_str().into()), ("contact", p.contact.as_str().into())],
    );
    let retention = t.args("privacy-retention", &[("months", p.retention_months.into())]);
    render(&PrivacyPage {
        page: Chrome::new(&app, lang, &uri, t.t("privacy-title"), ""),
        version: convene_domain::PRIVACY_NOTICE_VERSION,
        controller,
        retention,
    })
}
