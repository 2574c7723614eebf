//! The registration form: show it, take a submission, say what happens next.

mod view;

use askama::Template;
use axum::body::Bytes;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use convene_domain::{
    FieldErrors, NewRegistration, RegistrationState, Series, Session, offered_modes,
};
use std::sync::Arc;

use convene_storage::{RegistrationContext, SessionKey};

use crate::http::cache::FormSession;

pub use view::{FormView, Opt, QuestionView, Typed};

use super::Chrome;
use crate::http::error::AppError;
use crate::http::extract::SessionPath;
use crate::http::forms::FormBody;
use crate::http::security::{ClientIp, CsrfSeed, FormStamp, HONEYPOT_FIELD, check_csrf};
use crate::pages::visit::Visit;
use crate::{AppState, view::paths};

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage<'a> {
    page: Chrome<'a>,
    heading: String,
    session_url: String,
    state_text: String,
    form: Option<FormView>,
    action: String,
}

#[derive(Template)]
#[template(path = "register_sent.html")]
struct SentPage<'a> {
    page: Chrome<'a>,
    session_title: String,
    session_url: String,
}

/// A session with its registration context and current state.
struct Loaded {
    session: Arc<FormSession>,
    state: RegistrationState,
}

impl Loaded {
    fn series(&self) -> &Series {
        &self.session.0
    }
    fn s(&self) -> &Session {
        &self.session.1
    }
    fn context(&self) -> &RegistrationContext {
        &self.session.2
    }
}

async fn load(app: &AppState, path: &SessionPath) -> Result<Loaded, AppError> {
    load_key(app, path.key()).await
}

async fn load_key(app: &AppState, key: SessionKey) -> Result<Loaded, AppError> {
    let session = form_session(app, key).await?;
    let (_, s, ctx) = &*session;
    let state =
        RegistrationState::for_session(s.status, ctx.window.as_ref(), ctx.taken, app.clock.now());
    Ok(Loaded { session, state })
}

/// A session, its window and questions, through the form cache.
pub async fn form_session(app: &AppState, key: SessionKey) -> Result<Arc<FormSession>, AppError> {
    let cache_key = match &key {
        SessionKey::Id(id) => format!("#{id}"),
        SessionKey::Number { series, number } => format!("{series}/{number}"),
    };
    let loaded = app
        .form_cache
        .get_or_load(cache_key, || async {
            let Some((series, session)) = app.store.content().session_brief(key).await? else {
                return Ok(None);
            };
            let context = app.store.registrations().registration_context(session.id).await?;
            Ok(Some((series, session, context)))
        })
        .await?;
    loaded.ok_or(AppError::NotFound)
}

/// The registration form of `s`, when it accepts registrations now (cards on the home page
/// and in the archive invite to it). Only sessions whose status is "registration open" are
/// looked up, through the form cache.
pub async fn open_form_url(
    app: &AppState,
    series: &Series,
    s: &Session,
) -> Result<Option<String>, AppError> {
    if s.status != convene_domain::SessionStatus::RegistrationOpen {
        return Ok(None);
    }
    let l = load_key(app, SessionKey::Id(s.id)).await?;
    Ok(l.state.accepts().then(|| paths::register(series.slug.as_str(), s.number)))
}

/// `GET /series/{slug}/sessions/{number}/register`
pub async fn show(v: Visit, path: SessionPath) -> Result<Response, AppError> {
    let l = load(&v.app, &path).await?;
    let seed = CsrfSeed::from_headers(&v.headers);
    let stamp = FormStamp::new(v.app.clock.now());
    render(&v, &l, &seed, stamp, Typed::default(), StatusCode::OK)
}

/// `POST /series/{slug}/sessions/{number}/register`
pub async fn submit(
    v: Visit,
    ClientIp(ip): ClientIp,
    path: SessionPath,
    body: Bytes,
) -> Result<Response, AppError> {
    let (app, headers) = (&v.app, &v.headers);
    let form = FormBody::parse(&body)?;
    check_csrf(&app.key, headers, form.get("csrf"))?;
    let l = load(app, &path).await?;
    let sent = paths::register_sent(l.series().slug.as_str(), l.s().number);
    if !form.get(HONEYPOT_FIELD).is_empty() {
        // A bot: it sees the same page a person would, and nothing is stored.
        return Ok(Redirect::to(&sent).into_response());
    }
    let seed = CsrfSeed::from_headers(headers);
    let input = form.registration();
    let t = v.t();
    let now = app.clock.now();
    // The form shown again keeps the time it was first served; a missing or forged stamp
    // starts from now.
    let stamp = FormStamp::read(&app.key, form.get("started"));
    let again = stamp.unwrap_or_else(|| FormStamp::new(now));
    let retry = |stamp: FormStamp, errors: FieldErrors, message: Option<String>, status| {
        render(&v, &l, &seed, stamp, Typed { input: input.clone(), errors, message }, status)
    };
    if !l.state.accepts() {
        return retry(again, FieldErrors::default(), None, StatusCode::CONFLICT);
    }
    let modes = offered_modes(l.s().format);
    let registration = match NewRegistration::parse(&input, &l.context().questions, modes) {
        Ok(r) => r,
        Err(errors) => return retry(again, errors, None, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let min = app.config.registration.min_fill_time;
    if !stamp.is_some_and(|s| s.filled_slowly(now, min)) {
        // A genuine form sent quickly is taken the next time: the page asks for just that.
        let again = FormStamp { asked_again: stamp.is_some(), ..again };
        let message = Some(t.t("form-too-fast"));
        return retry(again, FieldErrors::default(), message, StatusCode::UNPROCESSABLE_ENTITY);
    }
    if !app.limits.allow_ip(ip) || !app.limits.allow_email(&registration.email.key()) {
        let message = Some(t.t("error-too-many"));
        return retry(again, FieldErrors::default(), message, StatusCode::TOO_MANY_REQUESTS);
    }
    match app.store.registrations().register(l.s().id, registration, now).await {
        Ok(_) => Ok(Redirect::to(&sent).into_response()),
        // Nothing was stored: the visitor keeps what they typed and is told to send it again.
        Err(e) if e.is_full() => {
            tracing::error!(error = %e, "registration refused: the database has no room");
            let message = Some(t.t("register-unavailable"));
            retry(again, FieldErrors::default(), message, StatusCode::SERVICE_UNAVAILABLE)
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /series/{slug}/sessions/{number}/register/sent`
pub async fn sent(
    Visit { app, lang, uri, .. }: Visit,
    path: SessionPath,
) -> Result<Response, AppError> {
    let (series, session) =
        app.store.content().session_brief(path.key()).await?.ok_or(AppError::NotFound)?;
    let t = app.catalogue.tr(lang);
    let page = SentPage {
        page: Chrome::new(&app, lang, &uri, t.t("register-sent-title"), "archive"),
        session_title: session.title.clone(),
        session_url: paths::session(series.slug.as_str(), session.number),
    };
    Ok(Html(page.render()?).into_response())
}

/// The registration page of `l`, over what was typed, with the CSRF cookie and the form's
/// time stamp.
fn render(
    v: &Visit,
    l: &Loaded,
    seed: &CsrfSeed,
    stamp: FormStamp,
    typed: Typed,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (app, t) = (&v.app, v.t());
    let s = l.s();
    let slug = l.series().slug.as_str();
    let form = l.state.accepts().then(|| {
        let modes = offered_modes(s.format);
        let csrf = seed.field(&app.key);
        let started = stamp.field(&app.key);
        FormView::new(&t, typed, modes, &l.context().questions, csrf, started)
    });
    let heading = t.arg("register-title", "title", &s.title);
    let page = RegisterPage {
        page: v.chrome(heading.clone(), "archive"),
        heading,
        session_url: paths::session(slug, s.number),
        state_text: t.t(&format!("registration-state-{}", l.state.as_str())),
        form,
        action: paths::register(slug, s.number),
    };
    let mut res = (status, Html(page.render()?)).into_response();
    let headers = res.headers_mut();
    headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    seed.set_cookie(headers, app.secure_cookies());
    Ok(res)
}
