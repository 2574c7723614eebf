//! The audit log, for admins: newest first, filtered by actor, action, subject and days,
//! paged, each entry's before and after shown field by field; downloads as CSV and JSON
//! Lines. Read-only: no route writes it, and the database refuses changes to it.

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use convene_domain::{AuditQueryInput, PAGE_SIZE, PageNumber};
use convene_storage::AuditRecord;
use jiff::Timestamp;

use super::Staff;
use super::frame::{Frame, respond, seed};
use crate::AppState;
use crate::http::error::AppError;
use crate::i18n::locale::Locale;
use crate::i18n::{Tr, fmt};
use crate::pages::Chrome;
use crate::reach::csv_field;

/// One changed field of an entry: its name and its value before and after.
struct Change {
    field: String,
    before: String,
    after: String,
}

/// An entry as the page shows it.
struct Entry {
    at: String,
    actor: String,
    action: String,
    subject: String,
    changes: Vec<Change>,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    input: AuditQueryInput,
    entries: Vec<Entry>,
    showing: String,
    previous: Option<String>,
    next: Option<String>,
    csv: String,
    jsonl: String,
}

/// An instant as `2026-11-24 12:00:05` (UTC).
fn utc(seconds: i64) -> String {
    Timestamp::from_second(seconds)
        .map(|t| t.strftime("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

/// An instant as the viewer reads it: the date in their language and the time, in UTC (the
/// log is read by organisers in several time zones; the column header says UTC).
fn when(t: &Tr<'_>, seconds: i64) -> String {
    Timestamp::from_second(seconds)
        .map(|at| {
            let utc = at.to_zoned_datetime(jiff::tz::TimeZone::UTC);
            format!("{} {}", fmt::date_full(t, utc.date()), utc.strftime("%H:%M:%S"))
        })
        .unwrap_or_default()
}

/// A JSON value as a reader sees it: text without quotes, nothing for null, instants (fields
/// named `…_at` or `…_until`, stored as Unix seconds) as dates.
fn plain(t: &Tr<'_>, field: &str, v: Option<&serde_json::Value>) -> String {
    match v {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n))
            if field.ends_with("_at") || field.ends_with("_until") =>
        {
            n.as_i64().map_or_else(|| n.to_string(), |s| when(t, s))
        }
        Some(other) => other.to_string(),
    }
}

/// The fields a before/after pair changes, one line each, in name order; fields that stayed
/// the same are left out, so an entry says what happened rather than repeating the record.
fn changes(t: &Tr<'_>, before: Option<&str>, after: Option<&str>) -> Vec<Change> {
    let object = |s: Option<&str>| {
        s.and_then(|s| serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(s).ok())
            .unwrap_or_default()
    };
    let (b, a) = (object(before), object(after));
    let fields: BTreeSet<&String> = b.keys().chain(a.keys()).collect();
    fields
        .into_iter()
        .filter(|f| b.get(*f) != a.get(*f))
        .map(|f| Change {
            field: f.clone(),
            before: plain(t, f, b.get(f)),
            after: plain(t, f, a.get(f)),
        })
        .collect()
}

/// The non-empty filters as a query string, with a page number when past the first.
fn query_string(input: &AuditQueryInput, page: u32) -> String {
    let page = page.to_string();
    let pairs: Vec<(&str, &str)> = [
        ("actor", input.actor.as_str()),
        ("action", input.action.as_str()),
        ("subject", input.subject.as_str()),
        ("from", input.from.as_str()),
        ("to", input.to.as_str()),
        ("page", if page == "1" { "" } else { page.as_str() }),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .collect();
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// `GET /admin/audit`
pub async fn show(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Staff(s): Staff,
    uri: Uri,
    headers: HeaderMap,
    Query(input): Query<AuditQueryInput>,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let (query, page, errors) = input.parse();
    let (records, total) = app.store.audit().audit_page(query, page).await?;
    // Actors are named by account id; the page adds the account's address beside it.
    let users = app.store.accounts().users().await?;
    let actor = |label: &str| {
        let id = label.strip_prefix("user:").and_then(|n| n.parse::<i64>().ok());
        match users.iter().find(|u| Some(u.id) == id) {
            Some(u) => format!("{label} ({})", u.email),
            None => label.to_owned(),
        }
    };
    let entries = records
        .iter()
        .map(|r| Entry {
            at: when(&t, r.entry.at),
            actor: actor(&r.entry.actor),
            action: r.entry.action.clone(),
            subject: r.entry.subject.clone(),
            changes: changes(&t, r.entry.before.as_deref(), r.entry.after.as_deref()),
        })
        .collect();
    let showing = if total == 0 {
        t.t("admin-audit-none")
    } else {
        let first = page.offset() + 1;
        let last = (page.offset() + PAGE_SIZE).min(total);
        t.args(
            "admin-regs-showing",
            &[("first", first.into()), ("last", last.into()), ("total", total.into())],
        )
    };
    let link = |n: u32| format!("/admin/audit?{}", query_string(&input, n));
    let filters = query_string(&input, 1);
    let seed = seed(&headers);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = AuditPage {
        page: Chrome::new(&app, lang, &uri, t.t("admin-audit-title"), ""),
        frame: Frame::new(&app, &t, &seed, Some(&s), "/admin/audit").with_errors(&t, &errors),
        entries,
        showing,
        previous: (page.get() > 1).then(|| link(page.get() - 1)),
        next: (page.get() < PageNumber::count(total)).then(|| link(page.get() + 1)),
        csv: format!("/admin/audit.csv?{filters}"),
        jsonl: format!("/admin/audit.jsonl?{filters}"),
        input,
    };
    Ok(respond(&app, &seed, status, view.render()?))
}

/// The filtered log for a download; filters that do not parse are a 422, never ignored.
async fn export(app: &AppState, input: &AuditQueryInput) -> Result<Vec<AuditRecord>, AppError> {
    let (query, _, errors) = input.parse();
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    Ok(app.store.audit().audit_export(query).await?)
}

fn download(content_type: &'static str, name: &str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

/// `GET /admin/audit.csv`: one line per entry; before and after as their JSON text.
pub async fn csv(
    State(app): State<AppState>,
    Query(input): Query<AuditQueryInput>,
) -> Result<Response, AppError> {
    let mut out = String::from("id,at,actor,action,subject,before,after\r\n");
    for r in export(&app, &input).await? {
        let e = &r.entry;
        let fields = [
            r.id.to_string(),
            utc(e.at),
            csv_field(&e.actor),
            csv_field(&e.action),
            csv_field(&e.subject),
            csv_field(e.before.as_deref().unwrap_or("")),
            csv_field(e.after.as_deref().unwrap_or("")),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    Ok(download("text/csv; charset=utf-8", "audit-log.csv", out))
}

/// `GET /admin/audit.jsonl`: one JSON object per line, before and after as objects.
pub async fn jsonl(
    State(app): State<AppState>,
    Query(input): Query<AuditQueryInput>,
) -> Result<Response, AppError> {
    let parse = |s: &Option<String>| {
        s.as_deref().and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
    };
    let mut out = String::new();
    for r in export(&app, &input).await? {
        let e = &r.entry;
        let line = serde_json::json!({
            "id": r.id,
            "at": Timestamp::from_second(e.at).map(|t| t.to_string()).unwrap_or_default(),
            "actor": e.actor,
            "action": e.action,
            "subject": e.subject,
            "before": parse(&e.before),
            "after": parse(&e.after),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    Ok(download("application/jsonl; charset=utf-8", "audit-log.jsonl", out))
}
