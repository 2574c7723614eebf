//! The request extractor of public pages: what every public handler needs, read once.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Uri};

use super::Chrome;
use crate::AppState;
use crate::http::error::AppError;
use crate::i18n::locale::Locale;
use crate::i18n::{Lang, Tr};

/// A visitor's request to a public page: the app, the visitor's language, the request's
/// address (for links to other languages) and headers (CSRF seed, cookies).
pub struct Visit {
    /// Shared state.
    pub app: AppState,
    /// The page language.
    pub lang: Lang,
    /// The request's address.
    pub uri: Uri,
    /// The request's headers.
    pub headers: HeaderMap,
}

impl FromRequestParts<AppState> for Visit {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let Locale(lang) = Locale::from_request_parts(parts, app).await?;
        Ok(Self { app: app.clone(), lang, uri: parts.uri.clone(), headers: parts.headers.clone() })
    }
}

impl Visit {
    /// The translator of the page language.
    pub fn t(&self) -> Tr<'_> {
        self.app.catalogue.tr(self.lang)
    }

    /// The frame of this page, titled `title`, with navigation entry `nav` current.
    pub fn chrome(&self, title: String, nav: &'static str) -> Chrome<'_> {
        Chrome::new(&self.app, self.lang, &self.uri, title, nav)
    }
}
