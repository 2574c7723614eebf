//! A registrant's own pages, reached by signed links: verify, manage, export, erase, join.

mod view;

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use convene_domain::{Purpose, RegistrationStatus, SessionDetail, Timing, offered_modes};
use convene_storage::{Registrant, RegistrationChanges, SessionKey};

use super::Chrome;
use crate::http::error::{AppError, Path};
use crate::http::forms::FormBody;
use crate::http::security::{CsrfSeed, check_csrf};
use crate::pages::visit::Visit;
use crate::{AppState, view::ical, view::paths};

pub use view::ManageView;

#[derive(Template)]
#[template(path = "manage.html")]
struct ManagePage<'a> {
    page: Chrome<'a>,
    v: ManageView,
}

async fn registrant(app: &AppState, token: &str) -> Result<(Registrant, SessionDetail), AppError> {
    let who = app
        .store
        .registrations()
        .registrant(&app.key, Purpose::Manage, token)
        .await?
        .ok_or(AppError::NotFound)?;
    let detail = app
        .store
        .content()
        .session_detail(SessionKey::Id(who.registration.session_id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((who, detail))
}

/// Marks personal pages: never cached, never sent on as a referrer.
fn private(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    h.insert(header::REFERRER_POLICY, header::HeaderValue::from_static("no-referrer"));
    h.insert("x-robots-tag", header::HeaderValue::from_static("noindex"));
    res
}

/// `GET /verify/{token}`: confirms the address, then shows the manage page.
pub async fn verify(
    State(app): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let who = app
        .store
        .registrations()
        .registrant(&app.key, Purpose::Verify, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let r = app.store.registrations().verify_email(&who, app.clock.now()).await?;
    // Say what the link did: an expired registration is not confirmed by it (the page offers
    // the form again), and a cancelled one gets no notice beside its status.
    let done = match r.status {
        RegistrationStatus::Expired => "?done=expired",
        _ if r.is_live() && r.verified_at.is_some() => "?done=verified",
        _ => "",
    };
    let to = format!("{}{done}", paths::manage(&who.token(&app.key, Purpose::Manage)));
    Ok(private(Redirect::to(&to).into_response()))
}

/// `GET /manage/{token}`
pub async fn show(
    Visit { app, lang, uri, headers }: Visit,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (who, detail) = registrant(&app, &token).await?;
    let context = app.store.registrations().registration_context(detail.session.id).await?;
    let links = app.store.registrations().join_links(&who).await?;
    let seed = CsrfSeed::from_headers(&headers);
    let done = crate::http::query::query_param(uri.query(), "done");
    let t = app.catalogue.tr(lang);
    let v = ManageView::new(&app, &t, &who, &detail, &context.questions, links, &seed, done);
    let page = ManagePage { page: Chrome::new(&app, lang, &uri, v.heading.clone(), ""), v };
    let mut res = Html(page.render()?).into_response();
    seed.set_cookie(res.headers_mut(), app.secure_cookies());
    Ok(private(res))
}

/// `POST /manage/{token}`: `action` is `update`, `cancel` or `erase`.
pub async fn act(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, &headers, form.get("csrf"))?;
    let (who, detail) = registrant(&app, &token).await?;
    let now = app.clock.now();
    let back = |done: &str| {
        private(Redirect::to(&format!("{}?done={done}", paths::manage(&token))).into_response())
    };
    match form.get("action") {
        "cancel" => {
            app.store.registrations().cancel_registration(&who, now).await?;
            Ok(back("cancelled"))
        }
        "erase" if form.checked("confirm") => {
            let started = detail.session.timing(now) != Timing::Upcoming;
            app.store.registrations().erase_registration(&who, started, now).await?;
            Ok(private(Redirect::to("/?erased=1").into_response()))
        }
        "erase" => Ok(back("erase-unconfirmed")),
        "update" => {
            let context = app.store.registrations().registration_context(detail.session.id).await?;
            let input = form.registration();
            let mut errors = convene_domain::FieldErrors::default();
            let answers =
                convene_domain::parse_answers(&input.answers, &context.questions, &mut errors);
            let mode = convene_domain::parse_choice(&input.attendance_mode)
                .ok()
                .filter(|m| offered_modes(detail.session.format).contains(m));
            let language = convene_domain::parse_language(&input.language).ok();
            let (Some(mode), Some(language), true) = (mode, language, errors.is_empty()) else {
                return Ok(back("invalid"));
            };
            let live = who.registration.is_live();
            let mode = if live { mode } else { who.registration.mode };
            app.store
                .registrations()
                .change_registration(&who, RegistrationChanges { mode, language, answers }, now)
                .await?;
            Ok(back("updated"))
        }
        _ => Err(AppError::BadRequest(crate::http::error::BadRequest::Query("action".into()))),
    }
}

/// `GET /manage/{token}/data.json`: everything stored about the registration.
pub async fn export(
    State(app): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (who, detail) = registrant(&app, &token).await?;
    let r = &who.registration;
    let body = serde_json::json!({
        "session": { "id": detail.session.id, "number": detail.session.number, "title": detail.session.title },
        "registration": r,
    });
    let json =
        serde_json::to_string_pretty(&body).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(private(
        (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"registration-{}.json\"", r.id),
                ),
            ],
            json,
        )
            .into_response(),
    ))
}

/// `GET /manage/{token}/join/{channel}`: records online attendance, then opens the stream.
pub async fn join(
    State(app): State<AppState>,
    Path((token, channel)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (who, _) = registrant(&app, &token).await?;
    let links = app.store.registrations().join_links(&who).await?;
    let link = links.into_iter().find(|l| l.language == channel).ok_or(AppError::NotFound)?;
    app.store.registrations().record_online_join(&who, app.clock.now()).await?;
    Ok(private(Redirect::to(&link.url).into_response()))
}

/// `GET /manage/{token}/calendar.ics`: the session's calendar file.
pub async fn calendar(
    Visit { app, lang, .. }: Visit,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (who, detail) = registrant(&app, &token).await?;
    if who.registration.status == RegistrationStatus::Cancelled {
        return Err(AppError::NotFound);
    }
    let body = ical::session_calendar(&app.catalogue.tr(lang), &app.config.base_url, &detail);
    Ok(private(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], body).into_response()))
}
