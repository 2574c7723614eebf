//! What every back-office page shares: who is signed in, the sections their role may use,
//! the CSRF field, a notice, and form errors (summarised on top, repeated beside fields).

use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use convene_domain::{Capability, FieldError, FieldErrors};
use convene_storage::StaffSession;

use crate::AppState;
use crate::http::forms::field_message;
use crate::http::query::query_param;
use crate::http::security::CsrfSeed;
use crate::i18n::Tr;

/// The back-office sections, each with the capability it needs; the navigation and the
/// dashboard show those the role has.
pub(crate) const SECTIONS: [(&str, &str, Capability); 9] = [
    ("/admin", "admin-nav-dashboard", Capability::OwnAccount),
    ("/admin/sessions", "admin-nav-sessions", Capability::Content),
    ("/admin/speakers", "admin-nav-speakers", Capability::Content),
    ("/admin/users", "admin-nav-users", Capability::Accounts),
    ("/admin/reach", "admin-nav-reach", Capability::Content),
    ("/admin/registrations", "admin-nav-registrations", Capability::Content),
    ("/admin/audit", "admin-nav-audit", Capability::Audit),
    ("/checkin", "admin-nav-checkin", Capability::CheckIn),
    ("/admin/password", "admin-nav-password", Capability::OwnAccount),
];

/// A link in the back-office navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    /// Where.
    pub href: &'static str,
    /// Visible label.
    pub label: String,
    /// Whether it is the current page.
    pub current: bool,
}

/// One error: its field's name (`""` for the whole form) and message.
#[derive(Debug, Clone)]
pub struct ErrorItem {
    /// The field's name.
    pub field: String,
    /// The message, translated.
    pub message: String,
}

/// The shared parts of a back-office page.
#[derive(Debug, Clone)]
pub struct Frame {
    /// CSRF field value.
    pub csrf: String,
    /// The signed-in organiser's address and role, translated.
    pub who: Option<(String, String)>,
    /// Sections the role may use.
    pub nav: Vec<NavLink>,
    /// A notice after a completed action.
    pub notice: Option<String>,
    /// Errors, in form order.
    pub errors: Vec<ErrorItem>,
}

impl Frame {
    /// The frame of a page at `current`, for `staff` (none on the sign-in pages).
    pub fn new(
        app: &AppState,
        t: &Tr<'_>,
        seed: &CsrfSeed,
        staff: Option<&StaffSession>,
        current: &str,
    ) -> Self {
        let nav = staff
            .map(|s| {
                SECTIONS
                    .iter()
                    .filter(|(_, _, cap)| s.user.role.can(*cap))
                    .map(|(href, id, _)| NavLink {
                        href,
                        label: t.t(id),
                        current: *href == current,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Frame {
            csrf: seed.field(&app.key),
            who: staff.map(|s| (s.user.email.clone(), super::role_name(t, s.user.role))),
            nav,
            notice: None,
            errors: Vec::new(),
        }
    }

    /// Adds the notice a redirect asked for (`?notice=…`), if it is one of `allowed`.
    pub fn with_notice(mut self, t: &Tr<'_>, query: Option<&str>, allowed: &[&str]) -> Self {
        self.notice = query_param(query, "notice")
            .filter(|n| allowed.contains(&n.as_str()))
            .map(|n| t.t(&format!("admin-notice-{n}")));
        self
    }

    /// Adds field errors.
    pub fn with_errors(mut self, t: &Tr<'_>, errors: &FieldErrors) -> Self {
        self.errors.extend(
            errors
                .0
                .iter()
                .map(|(field, e)| ErrorItem { field: field.clone(), message: field_message(t, e) }),
        );
        self
    }

    /// Adds an error about the whole form.
    pub fn with_message(mut self, message: Option<String>) -> Self {
        self.errors.extend(message.map(|message| ErrorItem { field: String::new(), message }));
        self
    }

    /// The error beside a field, if any.
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }
}

/// One field's error as a [`FieldErrors`] list.
pub(crate) fn field_error(field: &str, e: FieldError) -> FieldErrors {
    FieldErrors(vec![(field.to_owned(), e)])
}

/// A rendered back-office page with its status, setting the CSRF cookie if it is new.
pub(crate) fn respond(
    app: &AppState,
    seed: &CsrfSeed,
    status: StatusCode,
    html: String,
) -> Response {
    let mut res = (status, Html(html)).into_response();
    seed.set_cookie(res.headers_mut(), app.secure_cookies());
    res
}

/// The browser's CSRF seed.
pub(crate) fn seed(headers: &HeaderMap) -> CsrfSeed {
    CsrfSeed::from_headers(headers)
}
