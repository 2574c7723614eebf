//! Speakers for editors: the list with a creation form, a speaker's page (name, affiliation,
//! biography in six languages), and deleting one who is in no agenda.

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::{FieldErrors, Speaker};
use convene_storage::{Saved, speaker_subject};

use super::draft::{Again, save_draft};
use super::form::{Builder, EditForm, Kind, language_options, new_form_key, text_pairs};
use super::{Req, done, refused, version};
use crate::http::error::{AppError, Path};
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;

#[derive(Template)]
#[template(path = "admin_speakers.html")]
struct SpeakersPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    heading: String,
    speakers: Vec<Speaker>,
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
    let frame = req.frame("/admin/speakers", &errors, message);
    let b = Builder::new(&t, &values, &frame);
    let own = values
        .iter()
        .find(|(k, _)| k == "language")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(convene_domain::Lang::En);
    let mut slug = b.field("slug", Kind::Text, true);
    slug.hint = Some(t.t("admin-slug-hint"));
    slug.dir = Some("ltr");
    let fields = vec![
        slug,
        b.select("language", language_options(&t)),
        b.field("name", Kind::Text, true),
        b.field("affiliation", Kind::Text, false),
        b.field("bio", Kind::Area, false),
    ];
    let form = EditForm {
        action: id.map_or_else(
            || "/admin/speakers".to_owned(),
            |(id, _)| format!("/admin/speakers/{id}"),
        ),
        version: id.map(|(_, v)| v),
        key: id.is_none().then(new_form_key),
        fields,
        translations: b.translations(own, &[("bio", Kind::Area)]),
        submit: t.t(if id.is_some() { "admin-save" } else { "admin-create" }),
        preview: false,
    };
    let heading = t.t(if id.is_some() { "admin-speaker-edit" } else { "admin-speakers-title" });
    let page = SpeakersPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, heading.clone(), ""),
        frame,
        heading,
        speakers: if id.is_none() { req.app.store.content().speakers().await? } else { Vec::new() },
        history: id.map(|(id, _)| super::revisions::url(&speaker_subject(id))),
        delete: id.map(|(id, v)| (format!("/admin/speakers/{id}/delete"), v)),
        form,
    };
    Ok(req.respond(status, page.render()?))
}

/// `GET /admin/speakers`
pub async fn index(req: Req) -> Result<Response, AppError> {
    let values = vec![("language".into(), req.lang.code().into())];
    page(&req, None, values, (FieldErrors::default(), None), StatusCode::OK).await
}

/// `POST /admin/speakers`: creates a speaker.
pub async fn create(req: Req, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let editor = req.editor(&form);
    let store = async |draft| {
        req.app.store.content().create_speaker(editor, draft, req.app.clock.now()).await
    };
    let show = async |a: Again| page(&req, None, a.values, (a.errors, a.message), a.status).await;
    let to = |id| format!("/admin/speakers/{id}");
    save_draft(&req, form.0, store, (to, "created"), show).await
}

async fn load(
    req: &Req,
    id: &str,
) -> Result<(Speaker, i32, convene_domain::Lang, convene_domain::Texts), AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    req.app.store.content().editable_speaker(id).await?.ok_or(AppError::NotFound)
}

/// `GET /admin/speakers/{id}`
pub async fn edit(req: Req, Path(id): Path<String>) -> Result<Response, AppError> {
    let (s, v, language, texts) = load(&req, &id).await?;
    let mut values = vec![
        ("slug".into(), s.slug.to_string()),
        ("language".into(), language.to_string()),
        ("name".into(), s.name.clone()),
        ("affiliation".into(), s.affiliation.clone()),
    ];
    values.extend(text_pairs(&texts, language));
    page(&req, Some((s.id, v)), values, (FieldErrors::default(), None), StatusCode::OK).await
}

/// `POST /admin/speakers/{id}`: saves (the slug stays: links point to it).
pub async fn save(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let (s, v, ..) = load(&req, &id).await?;
    let mut typed = form.0.clone();
    typed.retain(|(k, _)| k != "slug");
    typed.push(("slug".into(), s.slug.to_string()));
    let (id, at) = (s.id, Some((s.id, v)));
    let store = async |draft| {
        let now = req.app.clock.now();
        req.app.store.content().update_speaker(req.actor(), id, version(&form), draft, now).await
    };
    let show = async |a: Again| page(&req, at, a.values, (a.errors, a.message), a.status).await;
    save_draft(&req, typed, store, (|()| format!("/admin/speakers/{id}"), "saved"), show).await
}

/// `POST /admin/speakers/{id}/delete`: only a speaker in no agenda.
pub async fn delete(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let (s, v, language, texts) = load(&req, &id).await?;
    match req
        .app
        .store
        .content()
        .delete_speaker(req.actor(), s.id, version(&form), req.app.clock.now())
        .await?
    {
        Saved::Done(()) => {
            req.changed();
            Ok(done("/admin/speakers", "deleted"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let mut values = vec![
                ("slug".into(), s.slug.to_string()),
                ("language".into(), language.to_string()),
                ("name".into(), s.name.clone()),
                ("affiliation".into(), s.affiliation.clone()),
            ];
            values.extend(text_pairs(&texts, language));
            let (errors, message, status) = refused(&req.t(), other);
            page(&req, Some((s.id, v)), values, (errors, message), status).await
        }
    }
}
