//! A session's registration settings: window, capacities and join links per channel.

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::{JOIN_CHANNELS, RegistrationSettingsDraft};
use convene_storage::{EditableSession, Saved};

use super::form::{Builder, EditForm, Kind};
use super::sessions::{Shown, edit_page, load};
use super::{Req, done, refused, session_location, version};
use crate::http::error::{AppError, Path};
use crate::pages::admin::frame::Frame;

/// The settings form of `s`, over what was typed or what is stored.
pub(crate) async fn form(
    req: &Req,
    frame: &Frame,
    s: &EditableSession,
    typed: Option<Vec<(String, String)>>,
) -> Result<EditForm, AppError> {
    let values = match typed {
        Some(v) => v,
        None => stored(req, s).await?,
    };
    let t = req.t();
    let b = Builder::new(&t, &values, frame);
    let mut takes = b.select(
        "takes_registrations",
        vec![("yes".into(), t.t("admin-yes")), (String::new(), t.t("admin-no"))],
    );
    takes.required = false;
    let mut fields = vec![
        takes,
        b.field("opens_on", Kind::Date, false),
        b.field("opens_time", Kind::Time, false),
        b.field("closes_on", Kind::Date, false),
        b.field("closes_time", Kind::Time, false),
        b.field("capacity_in_person", Kind::Number, false),
        b.field("capacity_online", Kind::Number, false),
    ];
    for channel in JOIN_CHANNELS {
        let label = t.arg("admin-field-join", "channel", &t.t(&format!("admin-channel-{channel}")));
        let mut f = b.labelled(&format!("join_{channel}"), label, Kind::Url, false);
        f.dir = Some("ltr");
        fields.push(f);
    }
    Ok(EditForm {
        action: format!("/admin/sessions/{}/registration", s.session.id),
        version: Some(s.version),
        key: None,
        fields,
        translations: Vec::new(),
        submit: t.t("admin-save-registration"),
        preview: false,
    })
}

async fn stored(req: &Req, s: &EditableSession) -> Result<Vec<(String, String)>, AppError> {
    let ctx = req.app.store.registrations().registration_context(s.session.id).await?;
    let zone = s.session.time_zone.zone();
    let mut v = Vec::new();
    if let Some(w) = ctx.window {
        let (o, c) =
            (w.opens_at.to_zoned_datetime(zone.clone()), w.closes_at.to_zoned_datetime(zone));
        v.push(("takes_registrations".into(), "yes".into()));
        v.push(("opens_on".into(), o.date().to_string()));
        v.push(("opens_time".into(), format!("{:02}:{:02}", o.hour(), o.minute())));
        v.push(("closes_on".into(), c.date().to_string()));
        v.push(("closes_time".into(), format!("{:02}:{:02}", c.hour(), c.minute())));
        let n = |x: Option<u32>| x.map(|n| n.to_string()).unwrap_or_default();
        v.push(("capacity_in_person".into(), n(w.capacity_in_person)));
        v.push(("capacity_online".into(), n(w.capacity_online)));
    }
    for link in req.app.store.content().session_join_links(s.session.id).await? {
        v.push((format!("join_{}", link.language), link.url));
    }
    Ok(v)
}

/// `POST /admin/sessions/{id}/registration`
pub async fn save(req: Req, Path(id): Path<String>, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let s = load(&req, &id).await?;
    let draft = match RegistrationSettingsDraft::parse(form.0.as_slice(), &s.session.time_zone) {
        Ok(d) => d,
        Err(errors) => {
            let shown = Shown { settings: Some(form.0), errors, ..Shown::default() };
            return edit_page(&req, s, shown, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let now = req.app.clock.now();
    let saved = req
        .app
        .store
        .content()
        .save_registration_settings(req.actor(), s.session.id, version(&form), draft, now)
        .await?;
    match saved {
        Saved::Done(()) => {
            req.changed();
            Ok(done(&session_location(s.session.id), "saved"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let (_, message, status) = refused(&req.t(), other);
            let shown = Shown { settings: Some(form.0), message, ..Shown::default() };
            edit_page(&req, s, shown, status).await
        }
    }
}
