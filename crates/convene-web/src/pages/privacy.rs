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
}

/// `GET /privacy`
pub async fn show(Visit { app, lang, uri, .. }: Visit) -> Result<Response, AppError> {
    let title = app.catalogue.tr(lang).t("privacy-title");
    render(&PrivacyPage {
        page: Chrome::new(&app, lang, &uri, title, ""),
        version: convene_domain::PRIVACY_NOTICE_VERSION,
    })
}
