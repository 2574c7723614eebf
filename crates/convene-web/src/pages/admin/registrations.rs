//! Registrations for organisers: a chooser of sessions with their counts, and each session's
//! registrations filtered (plain GET form, filters kept in the URL), counted by state and
//! paged, with the per-registration actions of `registration_actions.rs`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use convene_domain::{
    AttendanceMode, CountryCode, PAGE_SIZE, PageNumber, Question, QuestionKind, Registration,
    RegistrationPhase, RegistrationQuery, RegistrationQueryInput, StakeholderGroup,
    countries_sorted, resend_kind, state_marker,
};
use convene_storage::ListedRegistration;
use jiff::Timestamp;

use super::Staff;
use super::frame::{Frame, respond, seed};
use crate::http::error::{AppError, Path};
use crate::i18n::Tr;
use crate::i18n::locale::Locale;
use crate::pages::Chrome;
use crate::{AppState, Lang};

/// A session in the chooser.
struct SessionLine {
    href: String,
    label: String,
    registrations: String,
}

#[derive(Template)]
#[template(path = "admin_registrations_index.html")]
struct IndexPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    sessions: Vec<SessionLine>,
}

/// One row of the list, every cell already in the viewer's language.
pub(super) struct Row {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) email: String,
    pub(super) organisation: String,
    pub(super) country: String,
    pub(super) group: String,
    pub(super) mode: String,
    pub(super) language: String,
    pub(super) state: String,
    pub(super) registered: String,
    pub(super) checked_in: String,
    /// Accessibility needs as the person wrote them.
    pub(super) accessibility: String,
    /// The answer to each of the session's questions, in question order (empty: none given).
    pub(super) answers: Vec<Answered>,
    pub(super) synthetic: bool,
    pub(super) marker: String,
    pub(super) can_resend: bool,
    pub(super) can_cancel: bool,
    pub(super) can_promote: bool,
}

/// A question's label and one registrant's answer to it.
pub(super) struct Answered {
    pub(super) question: String,
    pub(super) answer: String,
}

/// A count above the table, linking to the list narrowed to that state.
struct Count {
    label: String,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "admin_registrations.html")]
struct ListPage<'a> {
    page: Chrome<'a>,
    frame: Frame,
    heading: String,
    action_base: String,
    input: RegistrationQueryInput,
    back: String,
    counts: Vec<Count>,
    states: Vec<(&'static str, String)>,
    modes: Vec<(&'static str, String)>,
    groups: Vec<(&'static str, String)>,
    countries: Vec<(&'static str, &'static str)>,
    rows: Vec<Row>,
    showing: String,
    previous: Option<String>,
    next: Option<String>,
    csv: String,
    xlsx: String,
}

/// A time as organisers read it in tables and downloads: `2026-11-24 12:00` (UTC).
pub(super) fn utc(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M").to_string()
}

/// The non-empty filters as a query string, with a page number when past the first.
pub(super) fn query_string(input: &RegistrationQueryInput, page: u32) -> String {
    let mut pairs: Vec<(&str, &str)> = [
        ("q", input.q.as_str()),
        ("state", input.state.as_str()),
        ("mode", input.mode.as_str()),
        ("country", input.country.as_str()),
        ("group", input.group.as_str()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .collect();
    let page = page.to_string();
    if page != "1" {
        pairs.push(("page", &page));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// A registration's cells in the viewer's language; `questions` are its session's.
pub(super) fn cells(t: &Tr<'_>, l: &ListedRegistration, questions: &[Question]) -> Row {
    let r = &l.registration;
    let country = CountryCode::try_from(r.country.as_str())
        .map(|c| c.info().name(t.lang).to_owned())
        .unwrap_or_else(|_| r.country.clone());
    Row {
        id: r.id,
        name: r.name.clone(),
        email: r.email.clone(),
        organisation: r.organisation.clone().unwrap_or_default(),
        country,
        group: t.t(&format!("group-{}", r.stakeholder_group)),
        mode: t.t(&format!("mode-{}", r.mode)),
        language: t.t(&format!("language-{}", r.language)),
        state: t.t(&format!("admin-regs-state-{}", l.phase())),
        registered: utc(r.created_at),
        checked_in: r.checked_in_at.map(utc).unwrap_or_default(),
        accessibility: r.accessibility.clone().unwrap_or_default(),
        answers: questions.iter().map(|q| answered(t, q, r)).collect(),
        synthetic: l.synthetic,
        marker: state_marker(r),
        can_resend: !l.synthetic && resend_kind(r).is_some(),
        can_cancel: r.is_live(),
        can_promote: r.status == convene_domain::RegistrationStatus::Waitlisted,
    }
}

/// What `r` answered to `q`, a yes or no in the viewer's language.
fn answered(t: &Tr<'_>, q: &Question, r: &Registration) -> Answered {
    let given = r.answers.iter().find(|a| a.question_id == q.id).map(|a| a.value.as_str());
    let answer = match (q.kind, given) {
        (QuestionKind::YesNo, Some(v @ ("yes" | "no"))) => t.t(&format!("answer-{v}")),
        (_, given) => given.unwrap_or_default().to_owned(),
    };
    Answered { question: q.label.clone(), answer }
}

/// `GET /admin/registrations`: every session with its number of registrations.
pub async fn index(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Staff(s): Staff,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let seed = seed(&headers);
    let sessions = app
        .store
        .registrations()
        .sessions_with_registrations()
        .await?
        .into_iter()
        .map(|s| SessionLine {
            href: format!("/admin/sessions/{}/registrations", s.id),
            label: format!(
                "{}: {}",
                t.arg("session-number", "number", &s.number.to_string()),
                s.title
            ),
            registrations: t
                .count("admin-regs-count", usize::try_from(s.registrations).unwrap_or(0)),
        })
        .collect();
    let page = IndexPage {
        page: Chrome::new(&app, lang, &uri, t.t("admin-regs-index-title"), ""),
        frame: Frame::new(&app, &t, &seed, Some(&s), "/admin/registrations"),
        sessions,
    };
    Ok(respond(&app, &seed, StatusCode::OK, page.render()?))
}

/// `GET /admin/sessions/{id}/registrations`
pub async fn list(
    State(app): State<AppState>,
    Locale(lang): Locale,
    staff: Staff,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Query(input): Query<RegistrationQueryInput>,
) -> Result<Response, AppError> {
    let shown = Shown { id, input, message: None, status: StatusCode::OK };
    render(&app, lang, &uri, &headers, &staff, shown).await
}

/// What a list page shows: the session, its filters, and an error about an action.
pub(super) struct Shown {
    /// The session.
    pub id: i64,
    /// The filters as sent.
    pub input: RegistrationQueryInput,
    /// An error about the last action.
    pub message: Option<String>,
    /// The response status.
    pub status: StatusCode,
}

/// Renders a session's list under the given filters.
pub(super) async fn render(
    app: &AppState,
    lang: Lang,
    uri: &Uri,
    headers: &HeaderMap,
    staff: &Staff,
    shown: Shown,
) -> Result<Response, AppError> {
    let Shown { id, input, message, status } = shown;
    let t = app.catalogue.tr(lang);
    let (number, title) =
        app.store.registrations().session_heading(id).await?.ok_or(AppError::NotFound)?;
    let (query, page, errors) = input.parse();
    let status = if errors.is_empty() { status } else { StatusCode::UNPROCESSABLE_ENTITY };
    let (listed, total) =
        app.store.registrations().registrations_page(id, query.clone(), page).await?;
    let questions = app.store.registrations().registration_context(id).await?.questions;
    let base = format!("/admin/sessions/{id}/registrations");
    let counts = app
        .store
        .registrations()
        .phase_counts(id, query.clone())
        .await?
        .into_iter()
        .map(|(phase, n)| count(&t, &base, &input, phase, n, query.phase == Some(phase)))
        .collect();
    let seed = seed(headers);
    let frame = Frame::new(app, &t, &seed, Some(&staff.0), "/admin/registrations")
        .with_notice(
            &t,
            uri.query(),
            &["resent", "cancelled", "promoted", "already-done", "recently-sent"],
        )
        .with_errors(&t, &errors)
        .with_message(message);
    let pages = PageNumber::count(total);
    let first = page.offset() + 1;
    let last = (page.offset() + PAGE_SIZE).min(total);
    let showing = if total == 0 {
        t.t("admin-regs-none")
    } else {
        t.args(
            "admin-regs-showing",
            &[("first", first.into()), ("last", last.into()), ("total", total.into())],
        )
    };
    let link = |n: u32| format!("{base}?{}", query_string(&input, n));
    let heading =
        t.args("admin-regs-title", &[("number", number.into()), ("title", title.as_str().into())]);
    let filters = query_string(&input, 1);
    let page_view = ListPage {
        page: Chrome::new(app, lang, uri, heading.clone(), ""),
        frame,
        heading,
        action_base: "/admin/registrations".into(),
        back: query_string(&input, page.get()),
        counts,
        states: choices(&t, RegistrationPhase::ALL, "admin-regs-state", |p| p.as_str()),
        modes: choices(&t, AttendanceMode::ALL, "mode", |m| m.as_str()),
        groups: choices(&t, StakeholderGroup::ALL, "group", |g| g.as_str()),
        countries: countries_sorted(lang).into_iter().map(|c| (c.code, c.name(lang))).collect(),
        rows: listed.iter().map(|l| cells(&t, l, &questions)).collect(),
        showing,
        previous: (page.get() > 1).then(|| link(page.get() - 1)),
        next: (page.get() < pages).then(|| link(page.get() + 1)),
        csv: format!("{base}.csv?{filters}"),
        xlsx: format!("{base}.xlsx?{filters}"),
        input,
    };
    Ok(respond(app, &seed, status, page_view.render()?))
}

/// The count of one state, linking to the list narrowed to it (other filters kept).
fn count(
    t: &Tr<'_>,
    base: &str,
    input: &RegistrationQueryInput,
    phase: RegistrationPhase,
    n: i64,
    current: bool,
) -> Count {
    let narrowed = RegistrationQueryInput { state: phase.as_str().into(), ..input.clone() };
    Count {
        label: t.args(&format!("admin-regs-count-{phase}"), &[("count", n.into())]),
        href: format!("{base}?{}", query_string(&narrowed, 1)),
        current,
    }
}

/// The options of a select: stored value and translated label.
fn choices<T: Copy>(
    t: &Tr<'_>,
    all: &[T],
    prefix: &str,
    text: fn(T) -> &'static str,
) -> Vec<(&'static str, String)> {
    all.iter().map(|v| (text(*v), t.t(&format!("{prefix}-{}", text(*v))))).collect()
}

/// The filters of a request, parsed, for the downloads.
pub(super) fn parsed(input: &RegistrationQueryInput) -> Result<RegistrationQuery, AppError> {
    let (query, _, errors) = input.parse();
    if errors.is_empty() { Ok(query) } else { Err(AppError::Invalid(errors)) }
}
