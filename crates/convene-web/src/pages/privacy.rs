//! The privacy notice people consent to when they register.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use super::{Chrome, render};
use crate::AppState;
use crate::http::error::AppError;
use crate::i18n::locale::Locale;

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage<'a> {
    page: Chrome<'a>,
    version: &'static str,
}

/// `GET /privacy`
pub async fn show(
    State(app): State<AppState>,
    Locale(lang): Locale,
    uri: Uri,
) -> Result<Response, AppError> {
    let title = app.catalogue.tr(lang).t("privacy-title");
    render(&PrivacyPage {
        page: Chrome::new(&app, lang, &uri, title, ""),
        version: convene_domain::PRIVACY_NOTICE_VERSION,
    })
}
