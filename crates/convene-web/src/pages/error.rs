//! The error page and the API's JSON error shape, in the visitor's language.

use askama::Template;
use axum::Json;
use axum::http::{HeaderValue, Uri, header};
use axum::response::{Html, IntoResponse, Response};

use super::Chrome;
use crate::AppState;
use crate::http::error::AppError;
use crate::i18n::Lang;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    page: Chrome<'a>,
    heading: String,
    message: String,
}

/// The body of an error: title and message in `lang`, and a stable code.
fn describe(app: &AppState, lang: Lang, err: &AppError) -> (&'static str, String, String) {
    let t = app.catalogue.tr(lang);
    match err {
        AppError::NotFound => ("not_found", t.t("error-not-found-title"), t.t("error-not-found")),
        AppError::BadRequest(b) => {
            let (id, name, value) = b.message();
            (b.code(), t.t("error-bad-request-title"), t.arg(id, name, value))
        }
        AppError::Forbidden => ("forbidden", t.t("error-forbidden-title"), t.t("error-forbidden")),
        AppError::TooManyRequests => {
            ("too_many_requests", t.t("error-too-many-title"), t.t("error-too-many"))
        }
        AppError::SignInRequired(_) => {
            ("sign_in_required", t.t("admin-sign-in-required-title"), t.t("admin-sign-in-required"))
        }
        AppError::NotAllowed => {
            ("not_allowed", t.t("admin-not-allowed-title"), t.t("admin-not-allowed"))
        }
        AppError::LinkExpired => {
            ("link_expired", t.t("admin-link-expired-title"), t.t("admin-link-expired"))
        }
        AppError::Invalid(_) => {
            ("invalid_fields", t.t("form-errors-title"), t.t("form-errors-intro"))
        }
        AppError::RegistrationClosed(state) => (
            "registration_closed",
            t.t("error-registration-closed-title"),
            t.t(&format!("registration-state-{state}")),
        ),
        AppError::Unavailable(_) => {
            ("unavailable", t.t("error-unavailable-title"), t.t("error-unavailable"))
        }
        AppError::Internal(_) => ("internal", t.t("error-internal-title"), t.t("error-internal")),
    }
}

/// Renders `err` as an HTML page, or as `{"error": {"code", "message"}}` for the API.
pub fn render(app: &AppState, lang: Lang, uri: &Uri, is_api: bool, err: &AppError) -> Response {
    let (code, heading, message) = describe(app, lang, err);
    let status = err.status();
    if is_api {
        let mut body = serde_json::json!({ "error": { "code": code, "message": message } });
        if let AppError::Invalid(fields) = err {
            let t = app.catalogue.tr(lang);
            body["error"]["fields"] = fields
                .0
                .iter()
                .map(|(field, e)| {
                    serde_json::json!({
                        "field": field,
                        "code": e.code(),
                        "message": crate::http::forms::field_message(&t, e),
                    })
                })
                .collect();
        }
        return no_store((status, Json(body)).into_response());
    }
    let page = ErrorPage {
        page: Chrome::new(app, lang, uri, heading.clone(), ""),
        heading,
        message: message.clone(),
    };
    let res = match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (status, message).into_response()
        }
    };
    no_store(res)
}

/// An error may stand in for a personal page that was no-store (a registration form, a manage
/// link): no cache may keep it, whichever page it replaced.
fn no_store(mut res: Response) -> Response {
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
