//! Server-rendered public pages: one file per resource, each handler extract → load → render.

pub mod admin;
pub mod archive;
pub mod checkin;
pub mod error;
pub mod home;
pub mod manage;
pub mod privacy;
pub mod reach;
pub mod register;
pub mod session;
pub mod speakers;
pub mod visit;

use askama::Template;
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};

use crate::AppState;
use crate::http::error::AppError;
use crate::http::query::{encode, encode_pairs, query_param, url_pairs};
use crate::i18n::{Lang, Tr};

/// A link to the same page in another language.
#[derive(Debug, Clone)]
pub struct Alternate {
    /// Language code.
    pub code: &'static str,
    /// The language's own name.
    pub name: String,
    /// Relative link that selects this language.
    pub url: String,
    /// Absolute URL, for `hreflang` alternates.
    pub abs_url: String,
    /// Whether this is the page's language.
    pub current: bool,
}

/// What every page's frame needs: language, direction, title, navigation, assets.
pub struct Chrome<'a> {
    /// The translator; templates call `page.t.t("id")`.
    pub t: Tr<'a>,
    /// Language code.
    pub lang: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Page title.
    pub title: String,
    /// Site name.
    pub site: String,
    /// Which navigation entry is current.
    pub nav: &'static str,
    /// Canonical absolute URL.
    pub canonical: String,
    /// Language versions of this page.
    pub alternates: Vec<Alternate>,
    /// Stylesheet URL (fingerprinted).
    pub css: &'static str,
    /// Script URL (fingerprinted).
    pub js: &'static str,
    /// Icon URL (fingerprinted).
    pub favicon: &'static str,
}

impl<'a> Chrome<'a> {
    /// The frame of a page at `uri`, titled `title`.
    pub fn new(app: &'a AppState, lang: Lang, uri: &Uri, title: String, nav: &'static str) -> Self {
        let t = app.catalogue.tr(lang);
        let path = uri.path();
        let other_params: Vec<(String, String)> = uri
            .query()
            .map(|q| url_pairs(q).into_iter().filter(|(k, _)| k != "lang").collect())
            .unwrap_or_default();
        let with_lang = |code: &str| {
            let mut pairs = other_params.clone();
            pairs.push(("lang".into(), code.into()));
            format!("{path}?{}", encode_pairs(&pairs))
        };
        let alternates = Lang::ALL
            .into_iter()
            .map(|l| Alternate {
                code: l.code(),
                name: app.catalogue.tr(l).t("lang-name"),
                url: with_lang(l.code()),
                abs_url: format!("{}{}", app.config.base_url, with_lang(l.code())),
                current: l == lang,
            })
            .collect();
        // The canonical URL keeps only what selects content (the topic filter), not
        // preferences such as language or time zone, which have their own alternates.
        let canonical = match query_param(uri.query(), "topic") {
            Some(topic) => format!("{}{path}?topic={}", app.config.base_url, encode(&topic)),
            None => format!("{}{path}", app.config.base_url),
        };
        Chrome {
            t,
            lang: lang.code(),
            dir: lang.dir(),
            title,
            site: app.config.site_name.clone(),
            nav,
            canonical,
            alternates,
            css: app.assets.css_url(),
            js: app.assets.js_url(),
            favicon: app.assets.favicon_url(),
        }
    }

    /// The document's `<title>`: "Page · Site", or the site's name alone when the page is
    /// titled with it (the home page of a site named after its series).
    pub fn document_title(&self) -> String {
        if self.title.is_empty() || self.title == self.site {
            self.site.clone()
        } else {
            format!("{} · {}", self.title, self.site)
        }
    }
}

/// Renders a template into an HTML response.
pub fn render(template: &impl Template) -> Result<Response, AppError> {
    Ok(Html(template.render()?).into_response())
}
