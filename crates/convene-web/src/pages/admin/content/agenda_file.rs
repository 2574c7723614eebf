//! A session's agenda as a CSV file: download it, or import one that replaces the agenda.
//! An import writes nothing unless every row is valid, and reports every bad row otherwise.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use convene_domain::agenda_csv::{self, SessionDays};
use convene_domain::{AgendaDraft, Lang, Slug, Texts};
use convene_storage::{AgendaChange, Saved};

use super::session_edit::{Shown, edit_page, load};
use super::{Req, done, refused, session_location};
use crate::http::error::{AppError, Path};
use crate::http::security::check_csrf;
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;

/// `GET /admin/sessions/{id}/agenda.csv`
pub async fn export(req: Req, Path(id): Path<String>) -> Result<Response, AppError> {
    let s = load(&req, &id).await?;
    let items: Vec<_> = req
        .app
        .store
        .content()
        .agenda(s.session.id)
        .await?
        .iter()
        .map(agenda_csv::draft_of)
        .collect();
    let body = agenda_csv::export(&items, &SessionDays::of(&s.session));
    let name =
        format!("attachment; filename=\"{}-{}-agenda.csv\"", s.series.slug, s.session.number);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}

/// One problem of an import, as the report lists it.
struct Problem {
    line: u64,
    column: String,
    message: String,
}

#[derive(Template)]
#[template(path = "admin_agenda_import.html")]
struct ReportPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    back: String,
    problems: Vec<Problem>,
}

/// The fields of the import form (CSRF token, version, the file's bytes): a file upload, or
/// a plain form whose `csv` field holds pasted text.
async fn read(req: &Req, request: Request) -> Result<(String, i32, Vec<u8>), AppError> {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        let m =
            Multipart::from_request(request, &req.app).await.map_err(|_| AppError::Forbidden)?;
        return read_multipart(m).await;
    }
    let body = axum::body::to_bytes(request.into_body(), 4 * 1024 * 1024)
        .await
        .map_err(|_| AppError::Forbidden)?;
    let form = crate::http::forms::FormBody::parse(&body)?;
    Ok((
        form.get("csrf").to_owned(),
        form.get("version").parse().unwrap_or(-1),
        form.get("csv").as_bytes().to_vec(),
    ))
}

async fn read_multipart(mut m: Multipart) -> Result<(String, i32, Vec<u8>), AppError> {
    let (mut csrf, mut version, mut file) = (String::new(), -1, Vec::new());
    while let Some(field) = m.next_field().await.map_err(|_| AppError::Forbidden)? {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|_| AppError::Forbidden)?;
        match name.as_str() {
            "csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
            "version" => version = String::from_utf8_lossy(&bytes).parse().unwrap_or(-1),
            "file" => file = bytes.to_vec(),
            _ => {}
        }
    }
    Ok((csrf, version, file))
}

fn draft(d: agenda_csv::AgendaDraft, own: Lang) -> AgendaDraft {
    let mut texts = Texts::new();
    texts.entry("title".into()).or_default().insert(own, d.title.clone());
    texts.entry("description".into()).or_default().insert(own, d.description.clone());
    AgendaDraft {
        starts_at: d.starts_at,
        ends_at: d.ends_at,
        kind: d.kind,
        title: d.title,
        description: d.description,
        people: d.people,
        texts,
    }
}

/// `POST /admin/sessions/{id}/agenda/import`: replaces the agenda with the file's, or reports.
pub async fn import(
    req: Req,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, AppError> {
    let (csrf, version, file) = read(&req, request).await?;
    check_csrf(&req.app.key, &req.headers, &csrf)?;
    let s = load(&req, &id).await?;
    let known: Vec<Slug> =
        req.app.store.content().speakers().await?.into_iter().map(|sp| sp.slug).collect();
    let t = req.t();
    let drafts = match agenda_csv::parse(&file, &SessionDays::of(&s.session), &known) {
        Ok(d) => d.into_iter().map(|d| draft(d, s.language)).collect::<Vec<_>>(),
        Err(errors) => {
            let problems = errors
                .iter()
                .map(|e| Problem {
                    line: e.line,
                    column: e.column.unwrap_or_default().to_owned(),
                    message: crate::i18n::content_messages::row_problem(&t, &e.problem),
                })
                .collect();
            let page = ReportPage {
                page: Chrome::new(
                    &req.app,
                    req.lang,
                    &req.uri,
                    t.t("admin-agenda-import-report"),
                    "",
                ),
                frame: req.frame("/admin/sessions", &convene_domain::FieldErrors::default(), None),
                back: session_location(s.session.id),
                problems,
            };
            return Ok(req.respond(StatusCode::UNPROCESSABLE_ENTITY, page.render()?));
        }
    };
    let now = req.app.clock.now();
    match req
        .app
        .store
        .content()
        .change_agenda(req.actor(), s.session.id, version, AgendaChange::Replace(drafts), now)
        .await?
    {
        Saved::Done(()) => {
            req.changed();
            Ok(done(&format!("{}#agenda", session_location(s.session.id)), "imported"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let (_, message, status) = refused(&t, other);
            edit_page(&req, s, Shown { message, ..Shown::default() }, status).await
        }
    }
}
