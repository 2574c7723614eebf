//! The revision history of a record's public texts: who saved what and when, a word diff of
//! each revision against the one before, and restoring any earlier revision (which saves a
//! new revision, so nothing is ever lost).

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use convene_domain::diff::{Change, diff_words};
use convene_domain::{AgendaDraft, FieldErrors, Lang, SeriesDraft, SpeakerDraft, Texts};
use convene_storage::{AgendaChange, Revision, Saved};

use super::{Req, done, refused, version};
use crate::http::error::AppError;
use crate::pages::Chrome;
use crate::pages::admin::frame::Frame;

/// The history page of a subject (`session:12`).
pub fn url(subject: &str) -> String {
    format!("/admin/revisions?subject={subject}")
}

/// One changed text in a revision.
struct Changed {
    label: String,
    lang: String,
    parts: Vec<Change>,
}

/// A revision in the list of recent ones: its record, with links to its history and page.
struct Recent {
    when: String,
    who: String,
    subject: String,
    history: String,
}

#[derive(Template)]
#[template(path = "admin_revisions_recent.html")]
struct RecentPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    entries: Vec<Recent>,
}

/// Revisions the recent list shows.
const RECENT: i64 = 50;

/// A revision as the page lists it.
struct Entry {
    id: i64,
    when: String,
    who: String,
    changes: Vec<Changed>,
    current: bool,
}

#[derive(Template)]
#[template(path = "admin_revisions.html")]
struct HistoryPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    subject: String,
    back: String,
    version: i32,
    entries: Vec<Entry>,
}

/// What a subject is: its kind and id, its edit page and current version.
struct Target {
    kind: &'static str,
    id: i64,
    back: String,
    version: i32,
}

async fn target(req: &Req, subject: &str) -> Result<Target, AppError> {
    let (kind, id) = subject.split_once(':').ok_or(AppError::NotFound)?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let store = &req.app.store;
    let (kind, back, version) = match kind {
        "session" => {
            let s = store.content().editable_session(id).await?.ok_or(AppError::NotFound)?;
            ("session", format!("/admin/sessions/{id}"), s.version)
        }
        "agenda" => {
            let sid = store.content().agenda_item_session(id).await?.ok_or(AppError::NotFound)?;
            let s = store.content().editable_session(sid).await?.ok_or(AppError::NotFound)?;
            ("agenda", format!("/admin/sessions/{sid}/agenda/{id}"), s.version)
        }
        "series" => {
            let s = store.content().editable_series_by_id(id).await?.ok_or(AppError::NotFound)?;
            ("series", format!("/admin/series/{id}"), s.version)
        }
        "speaker" => {
            let (_, v, ..) =
                store.content().editable_speaker(id).await?.ok_or(AppError::NotFound)?;
            ("speaker", format!("/admin/speakers/{id}"), v)
        }
        _ => return Err(AppError::NotFound),
    };
    Ok(Target { kind, id, back, version })
}

fn changes(t: &crate::i18n::Tr<'_>, old: Option<&Texts>, new: &Texts) -> Vec<Changed> {
    let empty = Texts::new();
    let old = old.unwrap_or(&empty);
    let mut out = Vec::new();
    let fields: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for field in fields {
        for lang in Lang::ALL {
            let get =
                |x: &Texts| x.get(field).and_then(|m| m.get(&lang)).cloned().unwrap_or_default();
            let (a, b) = (get(old), get(new));
            if a != b {
                out.push(Changed {
                    label: t.t(&format!("admin-field-{field}")),
                    lang: lang.code().to_owned(),
                    parts: diff_words(&a, &b),
                });
            }
        }
    }
    out
}

/// `GET /admin/revisions?subject=session:12`; without a subject, the latest revisions of
/// every record.
pub async fn index(req: Req) -> Result<Response, AppError> {
    let subject = crate::http::query::query_param(req.uri.query(), "subject").unwrap_or_default();
    if subject.is_empty() {
        return recent(&req).await;
    }
    history(&req, &subject, None, StatusCode::OK).await
}

/// When a revision was saved, in the editor's language (UTC).
fn when(t: &crate::i18n::Tr<'_>, at: i64) -> String {
    let zone = jiff::tz::TimeZone::UTC;
    jiff::Timestamp::from_second(at)
        .map(|at| crate::i18n::fmt::timed_span(t, at, at, &zone))
        .unwrap_or_default()
}

/// Who saved a revision: an organiser by their address (the log stores `user:<id>`).
fn who(users: &[convene_storage::User], actor: &str) -> String {
    let id = actor.strip_prefix("user:").and_then(|n| n.parse::<i64>().ok());
    users.iter().find(|u| Some(u.id) == id).map_or_else(|| actor.to_owned(), |u| u.email.clone())
}

async fn recent(req: &Req) -> Result<Response, AppError> {
    let t = req.t();
    let users = req.app.store.accounts().users().await?;
    let entries = req
        .app
        .store
        .content()
        .recent_revisions(RECENT)
        .await?
        .into_iter()
        .map(|(subject, r)| Recent {
            when: when(&t, r.at),
            who: who(&users, &r.actor),
            history: url(&subject),
            subject,
        })
        .collect();
    let page = RecentPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, t.t("admin-revisions-recent"), ""),
        frame: req.frame("/admin/sessions", &FieldErrors::default(), None),
        entries,
    };
    Ok(req.respond(StatusCode::OK, page.render()?))
}

async fn history(
    req: &Req,
    subject: &str,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let target = target(req, subject).await?;
    let t = req.t();
    let revisions = req.app.store.content().revisions(subject.to_owned()).await?;
    let users = req.app.store.accounts().users().await?;
    let entries = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| Entry {
            id: r.id,
            when: when(&t, r.at),
            who: who(&users, &r.actor),
            changes: changes(&t, revisions.get(i + 1).map(|p| &p.texts), &r.texts),
            current: i == 0,
        })
        .collect();
    let page = HistoryPage {
        page: Chrome::new(&req.app, req.lang, &req.uri, t.t("admin-revisions-title"), ""),
        frame: req.frame("/admin/sessions", &FieldErrors::default(), message),
        subject: subject.to_owned(),
        back: target.back,
        version: target.version,
        entries,
    };
    Ok(req.respond(status, page.render()?))
}

fn form_of(r: &Revision, extra: &[(&str, String)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = super::form::text_pairs(&r.texts, r.language);
    v.push(("language".into(), r.language.code().to_owned()));
    v.extend(extra.iter().map(|(k, x)| ((*k).to_owned(), x.clone())));
    v
}

/// `POST /admin/revisions/restore`: `subject`, `revision`, `version`.
pub async fn restore(req: Req, body: Bytes) -> Result<Response, AppError> {
    let form = req.form(&body)?;
    let subject = form.get("subject").to_owned();
    let target = target(&req, &subject).await?;
    let wanted: i64 = form.get("revision").parse().map_err(|_| AppError::NotFound)?;
    let revision = req
        .app
        .store
        .content()
        .revisions(subject.clone())
        .await?
        .into_iter()
        .find(|r| r.id == wanted)
        .ok_or(AppError::NotFound)?;
    let (store, actor, now, v) = (&req.app.store, req.actor(), req.app.clock.now(), version(&form));
    let invalid = || Saved::Invalid(FieldErrors::default());
    let saved = match target.kind {
        "session" => {
            store.content().restore_session_texts(actor, target.id, v, revision, now).await?
        }
        "series" => {
            let s = store
                .content()
                .editable_series_by_id(target.id)
                .await?
                .ok_or(AppError::NotFound)?;
            match SeriesDraft::parse(
                form_of(&revision, &[("slug", s.series.slug.to_string())]).as_slice(),
            ) {
                Ok(d) => store.content().update_series(actor, target.id, v, d, now).await?,
                Err(_) => invalid(),
            }
        }
        "speaker" => {
            let (s, ..) =
                store.content().editable_speaker(target.id).await?.ok_or(AppError::NotFound)?;
            let extra = [
                ("slug", s.slug.to_string()),
                ("name", s.name.clone()),
                ("affiliation", s.affiliation.clone()),
            ];
            match SpeakerDraft::parse(form_of(&revision, &extra).as_slice()) {
                Ok(d) => store.content().update_speaker(actor, target.id, v, d, now).await?,
                Err(_) => invalid(),
            }
        }
        _ => {
            let sid =
                store.content().agenda_item_session(target.id).await?.ok_or(AppError::NotFound)?;
            let s = store.content().editable_session(sid).await?.ok_or(AppError::NotFound)?;
            let item = store
                .content()
                .agenda(sid)
                .await?
                .into_iter()
                .find(|i| i.id == target.id)
                .ok_or(AppError::NotFound)?;
            let zone = s.session.time_zone.zone();
            let (a, b) = (
                item.starts_at.to_zoned_datetime(zone.clone()),
                item.ends_at.to_zoned_datetime(zone),
            );
            let people = item
                .people
                .iter()
                .map(|p| format!("{}:{}", p.speaker.slug, p.role))
                .collect::<Vec<_>>()
                .join(",");
            let extra = [
                ("day", a.date().to_string()),
                ("starts_time", crate::i18n::fmt::time(&a)),
                ("ends_time", crate::i18n::fmt::time(&b)),
                ("kind", item.kind.as_str().to_owned()),
                ("speakers", people),
            ];
            match AgendaDraft::parse(
                form_of(&revision, &extra).as_slice(),
                &s.session.time_zone,
                s.language,
            ) {
                Ok(d) => {
                    store
                        .content()
                        .change_agenda(actor, sid, v, AgendaChange::Edit(target.id, d), now)
                        .await?
                }
                Err(_) => invalid(),
            }
        }
    };
    match saved {
        Saved::Done(_) => {
            req.changed();
            Ok(done(&url(&subject), "restored"))
        }
        Saved::Missing | Saved::Repeat(_) => Err(AppError::NotFound),
        other => {
            let (_, message, status) = refused(&req.t(), other);
            let message = message.unwrap_or_else(|| req.t().t("admin-restore-invalid"));
            history(&req, &subject, Some(message), status).await
        }
    }
}
