//! The back office's first page: what the signed-in organiser's role may do.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;

use super::Staff;
use super::frame::{Frame, SECTIONS, respond, seed};
use crate::AppState;
use crate::http::error::AppError;
use crate::i18n::locale::Locale;
use crate::pages::Chrome;

#[derive(Template)]
#[template(path = "admin_dashboard.html")]
struct DashboardPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    role_text: String,
    sections: Vec<(&'static str, String, String)>,
}

/// `GET /admin`
pub async fn show(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Staff(s): Staff,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let seed = seed(&headers);
    let sections = SECTIONS
        .iter()
        .skip(1)
        .filter(|(_, _, cap)| s.user.role.can(*cap))
        .map(|(href, id, _)| (*href, t.t(id), t.t(&format!("{id}-about"))))
        .collect();
    let page = DashboardPage {
        page: Chrome::new(&app, lang, &uri, t.t("admin-dashboard-title"), ""),
        frame: Frame::new(&app, &t, &seed, Some(&s), "/admin"),
        role_text: t.t(&format!("admin-role-{}-about", s.user.role)),
        sections,
    };
    Ok(respond(&app, &seed, StatusCode::OK, page.render()?))
}
