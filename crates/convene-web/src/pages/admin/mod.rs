//! The back office: organisers sign in, and each role reaches its own pages.
//!
//! Every route is declared once, in [`table`], with the access it needs. The router is built
//! from that table, and a guard in front of each route checks the request against it before
//! the handler runs, so no page can be added without its check. Tests read the same table.

mod audit;
mod content;
mod dashboard;
pub(crate) mod frame;
mod login;
mod password;
mod reach;
mod registration_actions;
mod registrations;
mod registrations_export;
mod reset;
pub(crate) mod session;
mod users;

use axum::Router;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use convene_domain::Capability;
use convene_storage::StaffSession;

pub use session::session_cookie_name;

use crate::AppState;
use crate::http::error::AppError;

/// Who may use a back-office route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone: signing in and the password links.
    Public,
    /// A signed-in organiser whose role has this capability.
    Staff(Capability),
}

/// One back-office route: where, which method, who may use it.
#[derive(Debug, Clone)]
pub struct RouteSpec {
    /// The path pattern, as axum routes it (`/admin/users/{id}`).
    pub path: &'static str,
    /// GET or POST.
    pub method: Method,
    /// Who may use it.
    pub access: Access,
}

/// Every back-office route with its access rule and handler: the one place both are said.
fn table() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use Access::{Public, Staff};
    use Capability::{Accounts, Audit, Content, OwnAccount};
    use content::{
        agenda, agenda_file, questions, revisions, series, sessions, settings, speakers,
    };
    let r = |path, method, access, handler| (RouteSpec { path, method, access }, handler);
    vec![
        r("/admin/login", Method::GET, Public, get(login::show)),
        r("/admin/login", Method::POST, Public, post(login::submit)),
        r("/admin/reset", Method::GET, Public, get(reset::show)),
        r("/admin/reset", Method::POST, Public, post(reset::submit)),
        r("/admin/set-password/{token}", Method::GET, Public, get(reset::show_link)),
        r("/admin/set-password/{token}", Method::POST, Public, post(reset::use_link)),
        r("/admin", Method::GET, Staff(OwnAccount), get(dashboard::show)),
        r("/admin/logout", Method::POST, Staff(OwnAccount), post(login::logout)),
        r("/admin/password", Method::GET, Staff(OwnAccount), get(password::show)),
        r("/admin/password", Method::POST, Staff(OwnAccount), post(password::submit)),
        r("/admin/users", Method::GET, Staff(Accounts), get(users::index)),
        r("/admin/users", Method::POST, Staff(Accounts), post(users::create)),
        r("/admin/users/{id}", Method::POST, Staff(Accounts), post(users::change)),
        r("/admin/sessions", Method::GET, Staff(Content), get(sessions::index)),
        r("/admin/sessions/new", Method::GET, Staff(Content), get(sessions::new)),
        r("/admin/sessions/new", Method::POST, Staff(Content), post(sessions::create)),
        r("/admin/sessions/{id}", Method::GET, Staff(Content), get(sessions::edit)),
        r("/admin/sessions/{id}", Method::POST, Staff(Content), post(sessions::save)),
        r("/admin/sessions/{id}/status", Method::POST, Staff(Content), post(sessions::status)),
        r("/admin/sessions/{id}/delete", Method::POST, Staff(Content), post(sessions::delete)),
        r("/admin/sessions/{id}/registration", Method::POST, Staff(Content), post(settings::save)),
        r("/admin/sessions/{id}/agenda", Method::POST, Staff(Content), post(agenda::add)),
        r("/admin/sessions/{id}/questions", Method::POST, Staff(Content), post(questions::add)),
        r(
            "/admin/sessions/{id}/questions/{question}/delete",
            Method::POST,
            Staff(Content),
            post(questions::delete),
        ),
        r("/admin/sessions/{id}/agenda/new", Method::GET, Staff(Content), get(agenda::new)),
        r("/admin/sessions/{id}/agenda.csv", Method::GET, Staff(Content), get(agenda_file::export)),
        r(
            "/admin/sessions/{id}/agenda/import",
            Method::POST,
            Staff(Content),
            post(agenda_file::import),
        ),
        r("/admin/sessions/{id}/agenda/{item}", Method::GET, Staff(Content), get(agenda::edit)),
        r("/admin/sessions/{id}/agenda/{item}", Method::POST, Staff(Content), post(agenda::change)),
        r("/admin/series/new", Method::GET, Staff(Content), get(series::new)),
        r("/admin/series/new", Method::POST, Staff(Content), post(series::create)),
        r("/admin/series/{id}", Method::GET, Staff(Content), get(series::edit)),
        r("/admin/series/{id}", Method::POST, Staff(Content), post(series::save)),
        r("/admin/series/{id}/delete", Method::POST, Staff(Content), post(series::delete)),
        r("/admin/speakers", Method::GET, Staff(Content), get(speakers::index)),
        r("/admin/speakers", Method::POST, Staff(Content), post(speakers::create)),
        r("/admin/speakers/{id}", Method::GET, Staff(Content), get(speakers::edit)),
        r("/admin/speakers/{id}", Method::POST, Staff(Content), post(speakers::save)),
        r("/admin/speakers/{id}/delete", Method::POST, Staff(Content), post(speakers::delete)),
        r("/admin/revisions", Method::GET, Staff(Content), get(revisions::index)),
        r("/admin/revisions/restore", Method::POST, Staff(Content), post(revisions::restore)),
        r("/admin/reach", Method::GET, Staff(Content), get(reach::show)),
        r("/admin/reach.json", Method::GET, Staff(Content), get(reach::json)),
        r("/admin/reach/{file}", Method::GET, Staff(Content), get(reach::csv)),
        r("/admin/registrations", Method::GET, Staff(Content), get(registrations::index)),
        r(
            "/admin/registrations/{id}",
            Method::POST,
            Staff(Content),
            post(registration_actions::act),
        ),
        r(
            "/admin/sessions/{id}/registrations",
            Method::GET,
            Staff(Content),
            get(registrations::list),
        ),
        r(
            "/admin/sessions/{id}/registrations.csv",
            Method::GET,
            Staff(Content),
            get(registrations_export::csv),
        ),
        r(
            "/admin/sessions/{id}/registrations.xlsx",
            Method::GET,
            Staff(Content),
            get(registrations_export::xlsx),
        ),
        r("/admin/audit", Method::GET, Staff(Audit), get(audit::show)),
        r("/admin/audit.csv", Method::GET, Staff(Audit), get(audit::csv)),
        r("/admin/audit.jsonl", Method::GET, Staff(Audit), get(audit::jsonl)),
    ]
}

/// Every back-office route and who may use it, as the router enforces it.
pub fn admin_routes() -> Vec<RouteSpec> {
    table().into_iter().map(|(spec, _)| spec).collect()
}

/// The back-office router: each route behind the guard of its access rule.
pub(crate) fn routes(state: &AppState) -> Router<AppState> {
    table().into_iter().fold(Router::new(), |router, (spec, handler)| {
        let guard = from_fn_with_state((state.clone(), spec.access), guard);
        router.route(spec.path, handler.route_layer(guard))
    })
}

/// Lets a request through only if its session's role has the route's capability: without a
/// session, a page is a redirect to sign in and anything else a 401; with the wrong role, a
/// 403. Back-office responses are never stored or indexed.
async fn guard(
    State((app, access)): State<(AppState, Access)>,
    mut req: Request,
    next: Next,
) -> Response {
    let mut res = match access {
        Access::Public => next.run(req).await,
        Access::Staff(cap) => match session::current(&app, req.headers()).await {
            Err(e) => e.into_response(),
            Ok(None) => {
                let page = matches!(*req.method(), Method::GET | Method::HEAD);
                let back = req.uri().path_and_query().map(ToString::to_string);
                AppError::SignInRequired(back.filter(|_| page)).into_response()
            }
            Ok(Some(s)) if !s.user.role.can(cap) => {
                tracing::warn!(user_id = s.user.id, path = %req.uri().path(), "back-office access refused");
                AppError::NotAllowed.into_response()
            }
            Ok(Some(s)) => {
                req.extensions_mut().insert(s);
                next.run(req).await
            }
        },
    };
    let headers = res.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    res
}

/// The signed-in organiser of a request that passed the guard.
#[derive(Debug, Clone)]
pub struct Staff(pub StaffSession);

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<StaffSession>()
            .cloned()
            .map(Staff)
            .ok_or_else(|| AppError::Internal("back-office route without its guard".into()))
    }
}

/// The name of a role in the visitor's language.
pub(crate) fn role_name(t: &crate::i18n::Tr<'_>, role: convene_domain::Role) -> String {
    t.t(&format!("admin-role-{role}"))
}

/// "Too many attempts, try again in N minutes", for a wait of `seconds`.
pub(crate) fn wait_message(t: &crate::i18n::Tr<'_>, seconds: i64) -> String {
    let minutes = convene_domain::minutes_to_wait(seconds);
    t.count("admin-login-wait", usize::try_from(minutes).unwrap_or(1))
}

/// Checks a password off the async runtime (Argon2id takes tens of milliseconds); with no
/// hash to check against, spends the same time and fails.
pub(crate) async fn verify(hash: Option<String>, attempt: String) -> Result<bool, AppError> {
    tokio::task::spawn_blocking(move || match hash {
        Some(h) => convene_domain::verify_password(&h, &attempt),
        None => {
            convene_domain::verify_nothing(&attempt);
            false
        }
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))
}

/// Hashes a new password off the async runtime, with a fresh random salt.
pub(crate) async fn hash(password: convene_domain::NewPassword) -> Result<String, AppError> {
    let salt: [u8; 16] = rand::random();
    tokio::task::spawn_blocking(move || convene_domain::hash_password(&password, salt))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}
