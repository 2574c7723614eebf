//! A session's agenda for editors: its items in order (move up, move down, delete), an item's
//! form (new or existing, with its texts in six languages), and CSV export and import.

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::{AgendaDraft, AgendaItem, AgendaKind, FieldErrors};
use convene_storage::{AgendaChange, EditableSession, Saved};

use super::form::{Builder, EditForm, Kind, text_pairs};
use super::session_edit::{Shown, edit_page, load};
use super::session_forms::items;
use super::{Req, done, refused, session_location, version};
use crate::http::error::{AppError, Path};
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;

#[derive(Template)]
#[template(path = "admin_agenda_item.html")]
struct ItemPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    heading: String,
    back: String,
    form: EditForm,
}

fn item_values(
    s: &EditableSession,
    i: &AgendaItem,
    texts: &convene_domain::Texts,
) -> Vec<(String, String)> {
    let zone = s.session.time_zone.zone();
    let (a, b) = (i.starts_at.to_zoned_datetime(zone.clone()), i.ends_at.to_zoned_datetime(zone));
    let mut v = vec![
        ("day".into(), a.date().to_string()),
        ("starts_time".into(), crate::i18n::fmt::time(&a)),
        ("ends_time".into(), crate::i18n::fmt::time(&b)),
        ("kind".into(), i.kind.as_str().to_owned()),
        (
            "speakers".into(),
            i.people
                .iter()
                .map(|p| match p.role {
                    convene_domain::SpeakerRole::Moderator => {
                        format!("{}:moderator", p.speaker.slug)
                    }
                    convene_domain::SpeakerRole::Speaker => p.speaker.slug.to_string(),
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    v.extend(text_pairs(texts, s.language));
    v
}

async fn item_page(
    req: &Req,
    s: &EditableSession,
    item: Option<i64>,
    values: Vec<(String, String)>,
    (errors, message): (FieldErrors, Option<String>),
    status: StatusCode,
) -> Result<Response, AppError> {
    let t = req.t();
    let frame = req.frame("/admin/sessions", &errors, message);
    let b = Builder::new(&t, &values, &frame);
    let kinds = AgendaKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), t.t(&format!("kind-{k}"))))
        .collect();
    let mut speakers = b.field("speakers", Kind::Text, false);
    speakers.hint = Some(t.t("admin-speakers-hint"));
    speakers.dir = Some("ltr");
    let form = EditForm {
        action: match item {
            Some(id) => format!("/admin/sessions/{}/agenda/{id}", s.session.id),
            None => format!("/admin/sessions/{}/agenda", s.session.id),
        },
        version: Some(s.version),
        key: None,
        fields: vec![
            b.field("day", Kind::Date, true),
            b.field("starts_time", Kind::Time, true),
            b.field("ends_time", Kind::Time, true),
            b.select("kind", kinds),
            b.field("title", Kind::Text, true),
            b.field("description", Kind::Area, false),
            speakers,
        ],
        translations: b
            .translations(s.language, &[("title", Kind::Text), ("description", Kind::Area)]),
        submit: t.t(if item.is_some() { "admin-save" } else { "admin-agenda-add" }),
        preview: false,
    };
    let heading = t.t(if item.is_some() { "admin-agenda-edit" } else { "admin-agenda-add" });
    let page = ItemPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, heading.clone(), ""),
        frame,
        heading,
        back: session_location(s.session.id),
        form,
    };
    Ok(req.respond(status, page.render()?))
}

/// `GET /admin/sessions/{id}/agenda/new`
pub async fn new(req: Req, Path(id): Path<String>) -> Result<Response, AppError> {
    let s = load(&req, &id).await?;
    let day = s.session.local_start().date().to_string();
    item_page(
        &req,
        &s,
        None,
        vec![("day".into(), day)],
        (FieldErrors::default(), None),
        StatusCode::OK,
    )
    .await
}

/// `GET /admin/sessions/{id}/agenda/{item}`
pub async fn edit(
    req: Req,
    Path((id, item)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let s = load(&req, &id).await?;
    let i = find(&req, &s, &item).await?;
    let texts = req.app.store.content().agenda_item_texts(i.id, s.language).await?;
    item_page(
        &req,
        &s,
        Some(i.id),
        item_values(&s, &i, &texts),
        (FieldErrors::default(), None),
        StatusCode::OK,
    )
    .await
}

async fn find(req: &Req, s: &EditableSession, item: &str) -> Result<AgendaItem, AppError> {
    let id: i64 = item.parse().map_err(|_| AppError::NotFound)?;
    items(req, s).await?.into_iter().find(|i| i.id == id).ok_or(AppError::NotFound)
}

/// `POST /admin/sessions/{id}/agenda`: adds an item at the end.
pub async fn add(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    match AgendaDraft::parse(form.0.as_slice(), &s.session.time_zone, s.language) {
        Ok(d) => apply(&req, &s, None, form.0.clone(), version(&form), AgendaChange::Add(d)).await,
        Err(e) => {
            item_page(&req, &s, None, form.0, (e, None), StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// `POST /admin/sessions/{id}/agenda/{item}`: `action` is `save`, `up`, `down` or `delete`.
pub async fn change(
    req: Req,
    Path((id, item)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    let i = find(&req, &s, &item).await?;
    let change = match form.get("action") {
        "up" => AgendaChange::Move(i.id, true),
        "down" => AgendaChange::Move(i.id, false),
        "delete" => AgendaChange::Delete(i.id),
        _ => match AgendaDraft::parse(form.0.as_slice(), &s.session.time_zone, s.language) {
            Ok(d) => AgendaChange::Edit(i.id, d),
            Err(e) => {
                return item_page(
                    &req,
                    &s,
                    Some(i.id),
                    form.0,
                    (e, None),
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await;
            }
        },
    };
    apply(&req, &s, Some(i.id), form.0.clone(), version(&form), change).await
}

async fn apply(
    req: &Req,
    s: &EditableSession,
    item: Option<i64>,
    typed: Vec<(String, String)>,
    version: i32,
    change: AgendaChange,
) -> Result<Response, AppError> {
    let is_form = matches!(change, AgendaChange::Add(_) | AgendaChange::Edit(..));
    match req
        .app
        .store
        .content()
        .change_agenda(req.actor(), s.session.id, version, change, req.app.clock.now())
        .await?
    {
        Saved::Done(()) => {
            req.changed();
            Ok(done(&format!("{}#agenda", session_location(s.session.id)), "saved"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other if is_form => {
            let (errors, message, status) = refused(&req.t(), other);
            item_page(req, s, item, typed, (errors, message), status).await
        }
        other => {
            let (_, message, status) = refused(&req.t(), other);
            let s = load(req, &s.session.id.to_string()).await?;
            edit_page(req, s, Shown { message, ..Shown::default() }, status).await
        }
    }
}
