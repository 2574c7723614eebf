//! `POST /api/v1/sessions/{id}/registrations`: the registration form for other sites.
//!
//! No cookies are involved, so there is nothing for a cross-site request to ride on; the
//! body must be JSON (which a plain HTML form on another site cannot send). The same rules,
//! verification email and rate limits apply as to the form.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_domain::{NewRegistration, RegistrationInput, RegistrationState, offered_modes};
use convene_storage::SessionKey;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::http::error::{AppError, Path};
use crate::http::security::ClientIp;
use crate::i18n::locale::Locale;

/// A registration as another site submits it.
#[derive(Debug, Deserialize, ToSchema)]
pub struct RegistrationRequest {
    /// Full name.
    pub name: String,
    /// Email address; a verification email is sent to it.
    pub email: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// One of `member_state`, `igo`, `ngo_civil_society`, `academia_research`,
    /// `ip_professional`, `enterprise_industry`, `creator_artist`, `media`, `individual`.
    #[schema(schema_with = super::vocab::stakeholder_group)]
    pub stakeholder_group: String,
    /// Organisation (optional).
    #[serde(default)]
    pub organisation: String,
    /// `in_person` or `online` (as the session's format offers).
    #[schema(schema_with = super::vocab::attendance_mode)]
    pub attendance_mode: String,
    /// Preferred language: `ar`, `zh`, `en`, `fr`, `ru` or `es`.
    #[schema(schema_with = super::vocab::language)]
    pub language: String,
    /// Accessibility needs (optional).
    #[serde(default)]
    pub accessibility: String,
    /// Consent to the privacy notice; must be true.
    pub consent: bool,
    /// List the person in the public participant list.
    #[serde(default)]
    pub list_publicly: bool,
    /// Send news updates.
    #[serde(default)]
    pub news_updates: bool,
    /// Answers to the session's custom questions, by question id.
    #[serde(default)]
    #[schema(schema_with = super::vocab::answers)]
    pub answers: std::collections::BTreeMap<i64, String>,
}

/// The answer to every accepted request, whatever happened to the address before.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationAccepted {
    /// Always `pending_verification`: the person must follow the link in the email.
    pub status: &'static str,
    /// What happens next, in the requested language.
    pub message: String,
}

/// Registers a person for a session.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/registrations", tag = "registrations",
    operation_id = "create_registration",
    params(("id" = i64, Path, description = "Session identifier")),
    request_body = RegistrationRequest,
    responses(
        (status = 202, body = RegistrationAccepted, description = "Accepted; a verification email is on its way (or, for an address already registered, the manage link again)"),
        (status = 400, body = super::dto::ErrorBody, description = "The body is not JSON of this shape"),
        (status = 404, body = super::dto::ErrorBody, description = "No such public session"), (status = 409, body = super::dto::ErrorBody, description = "Registration is not open"),
        (status = 422, body = super::dto::ErrorBody, description = "Invalid fields, listed in error.fields"),
        (status = 429, body = super::dto::ErrorBody, description = "Too many attempts")))]
pub async fn create(
    State(app): State<AppState>,
    Locale(lang): Locale,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Result<Json<RegistrationRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<RegistrationAccepted>), AppError> {
    let Json(req) = body
        .map_err(|e| AppError::BadRequest(crate::http::error::BadRequest::Query(e.body_text())))?;
    let loaded = crate::pages::register::form_session(&app, SessionKey::Id(id)).await?;
    let (_, session, ctx) = &*loaded;
    let now = app.clock.now();
    let state = RegistrationState::for_session(session.status, ctx.window.as_ref(), ctx.taken, now);
    if !state.accepts() {
        return Err(AppError::RegistrationClosed(state.as_str()));
    }
    let input = RegistrationInput {
        name: req.name,
        email: req.email,
        country: req.country,
        stakeholder_group: req.stakeholder_group,
        organisation: req.organisation,
        attendance_mode: req.attendance_mode,
        language: req.language,
        accessibility: req.accessibility,
        consent: req.consent,
        list_publicly: req.list_publicly,
        news_updates: req.news_updates,
        answers: req.answers.into_iter().collect(),
    };
    let registration =
        NewRegistration::parse(&input, &ctx.questions, offered_modes(session.format))
            .map_err(AppError::Invalid)?;
    if !app.limits.allow_ip(ip) || !app.limits.allow_email(&registration.email.key()) {
        return Err(AppError::TooManyRequests);
    }
    app.store.registrations().register(id, registration, now).await?;
    let message = app.catalogue.tr(lang).t("register-sent-body");
    Ok((
        StatusCode::ACCEPTED,
        Json(RegistrationAccepted { status: "pending_verification", message }),
    ))
}
