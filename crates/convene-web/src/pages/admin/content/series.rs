//! Series for editors: creating one and editing its title and description in six languages.

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::FieldErrors;
use convene_storage::Saved;

use super::draft::{Again, save_draft};
use super::form::{Builder, EditForm, Kind, language_options, new_form_key, text_pairs};
use super::{Req, done, refused, version};
use crate::http::error::{AppError, Path};
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;

#[derive(Template)]
#[template(path = "admin_series.html")]
struct SeriesPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    heading: String,
    history: Option<String>,
    delete: Option<(String, i32)>,
    form: EditForm,
}

async fn page(
    req: &Req,
    id: Option<(i64, i32)>,
    values: Vec<(String, String)>,
    (errors, message): (FieldErrors, Option<String>),
    status: StatusCode,
) -> Result<Response, AppError> {
    let t = req.t();
    let frame = req.frame("/admin/sessions", &errors, message);
    let b = Builder::new(&t, &values, &frame);
    let own = values
        .iter()
        .find(|(k, _)| k == "language")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(convene_domain::Lang::En);
    let mut slug = b.field("slug", Kind::Text, true);
    slug.hint = Some(t.t("admin-slug-hint"));
    slug.dir = Some("ltr");
    let form = EditForm {
        action: id.map_or_else(
            || "/admin/series/new".to_owned(),
            |(id, _)| format!("/admin/series/{id}"),
        ),
        version: id.map(|(_, v)| v),
        key: id.is_none().then(new_form_key),
        fields: vec![
            slug,
            b.select("language", language_options(&t)),
            b.field("title", Kind::Text, true),
            b.field("description", Kind::Area, false),
        ],
        translations: b.translations(own, &[("title", Kind::Text), ("description", Kind::Area)]),
        submit: t.t(if id.is_some() { "admin-save" } else { "admin-create" }),
        preview: false,
    };
    let heading = t.t(if id.is_some() { "admin-series-edit" } else { "admin-series-new" });
    let page = SeriesPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, heading.clone(), ""),
        frame,
        heading,
        history: id.map(|(id, _)| super::revisions::url(&convene_storage::series_subject(id))),
        delete: id.map(|(id, v)| (format!("/admin/series/{id}/delete"), v)),
        form,
    };
    Ok(req.respond(status, page.render()?))
}

/// `GET /admin/series/new`
pub async fn new(req: Req) -> Result<Response, AppError> {
    let values = vec![("language".into(), req.lang.code().into())];
    page(&req, None, values, (FieldErrors::default(), None), StatusCode::OK).await
}

/// `POST /admin/series/new`
pub async fn create(req: Req, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let editor = req.editor(&form);
    let store = async |draft| {
        req.app.store.content().create_series(editor, draft, req.app.clock.now()).await
    };
    let show = async |a: Again| page(&req, None, a.values, (a.errors, a.message), a.status).await;
    save_draft(&req, form.0, store, (|_| "/admin/sessions".to_owned(), "created"), show).await
}

async fn load(req: &Req, id: &str) -> Result<convene_storage::EditableSeries, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    req.app.store.content().editable_series_by_id(id).await?.ok_or(AppError::NotFound)
}

/// `GET /admin/series/{id}`
pub async fn edit(req: Req, Path(id): Path<String>) -> Result<Response, AppError> {
    let s = load(&req, &id).await?;
    let mut values = vec![
        ("slug".into(), s.series.slug.to_string()),
        ("language".into(), s.language.to_string()),
    ];
    values.extend(text_pairs(&s.texts, s.language));
    page(
        &req,
        Some((s.series.id, s.version)),
        values,
        (FieldErrors::default(), None),
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/series/{id}`: saves its texts (the slug stays: links point to it).
pub async fn save(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    let mut typed = form.0.clone();
    typed.retain(|(k, _)| k != "slug");
    typed.push(("slug".into(), s.series.slug.to_string()));
    let (id, at) = (s.series.id, Some((s.series.id, s.version)));
    let store = async |draft| {
        let now = req.app.clock.now();
        req.app.store.content().update_series(req.actor(), id, version(&form), draft, now).await
    };
    let show = async |a: Again| page(&req, at, a.values, (a.errors, a.message), a.status).await;
    save_draft(&req, typed, store, (|()| format!("/admin/series/{id}"), "saved"), show).await
}

/// `POST /admin/series/{id}/delete`: only a series without sessions.
pub async fn delete(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    match req
        .app
        .store
        .content()
        .delete_series(req.actor(), s.series.id, version(&form), req.app.clock.now())
        .await?
    {
        Saved::Done(()) => {
            req.changed();
            Ok(done("/admin/sessions", "deleted"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let mut values = vec![
                ("slug".into(), s.series.slug.to_string()),
                ("language".into(), s.language.to_string()),
            ];
            values.extend(text_pairs(&s.texts, s.language));
            let (errors, message, status) = refused(&req.t(), other);
            let at = Some((s.series.id, s.version));
            page(&req, at, values, (errors, message), status).await
        }
    }
}
