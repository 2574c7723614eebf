//! An organiser's action on one registration: resend its email, cancel it, or give a
//! waitlisted person a place. Each form carries the registration's state as the page showed
//! it; storage refuses to act on a registration that changed since, and a repeated submit
//! finds the work done (or the email just queued) and does nothing twice.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use convene_domain::{PageNumber, RegistrationAction, RegistrationQueryInput};
use convene_storage::{Acted, Actor, Refusal};

use super::Staff;
use super::registrations::{Shown, query_string, render};
use crate::AppState;
use crate::http::error::{AppError, Path};
use crate::http::forms::FormBody;
use crate::http::security::check_csrf;
use crate::i18n::locale::Locale;

/// `POST /admin/registrations/{id}`: `action` is `resend`, `cancel` or `promote` (with the
/// `over_capacity` checkbox); `state` is the registration's state marker the form showed;
/// `back` the list's filters, to return to.
pub async fn act(
    State(app): State<AppState>,
    Locale(lang): Locale,
    staff: Staff,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let t = app.catalogue.tr(lang);
    let input: RegistrationQueryInput =
        serde_urlencoded::from_str(form.get("back")).unwrap_or_default();
    let registration =
        app.store.registrations().registration_by_id(id).await?.ok_or(AppError::NotFound)?;
    let session = registration.session_id;
    let refuse = |message: String, status: StatusCode| {
        let shown = Shown { id: session, input: input.clone(), message: Some(message), status };
        render(&app, lang, &uri, &headers, &staff, shown)
    };
    let Ok(action) =
        RegistrationAction::parse(form.get("action"), !form.get("over_capacity").is_empty())
    else {
        return refuse(t.t("admin-users-unknown-action"), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let actor = Actor::User(staff.0.user.id);
    let seen = form.get("state").to_owned();
    let outcome = app
        .store
        .registrations()
        .act_on_registration(actor, id, seen, action, app.clock.now())
        .await?;
    let notice = match outcome {
        Acted::Done(_) => {
            tracing::info!(by = staff.0.user.id, registration_id = id, %action, "registration changed by an organiser");
            match action {
                RegistrationAction::Resend => "resent",
                RegistrationAction::Cancel => "cancelled",
                RegistrationAction::Promote { .. } => "promoted",
            }
        }
        Acted::AlreadyDone(_) => "already-done",
        Acted::Refused(Refusal::RecentlySent) => "recently-sent",
        Acted::Refused(why) => {
            let id = match why {
                Refusal::Full => "admin-regs-refused-full",
                Refusal::NotWaitlisted => "admin-regs-refused-not-waitlisted",
                Refusal::NotLive => "admin-regs-refused-not-live",
                Refusal::NothingToSend | Refusal::RecentlySent => {
                    "admin-regs-refused-nothing-to-send"
                }
            };
            return refuse(t.t(id), StatusCode::CONFLICT).await;
        }
        Acted::Stale(_) => return refuse(t.t("admin-regs-stale"), StatusCode::CONFLICT).await,
        Acted::Missing => return Err(AppError::NotFound),
    };
    // Back to the same filtered page, with the notice.
    let back = query_string(&input, PageNumber::parse(&input.page).get());
    let sep = if back.is_empty() { "" } else { "&" };
    let to = format!("/admin/sessions/{session}/registrations?{back}{sep}notice={notice}");
    Ok(Redirect::to(&to).into_response())
}
