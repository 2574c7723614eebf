//! The forms on a session's edit page: its fields, its registration settings, the "add a
//! question" form, and its agenda as rows. Built here, apart from the handlers that save them,
//! because the edit page shows them all.

use convene_domain::{AgendaItem, Format, JOIN_CHANNELS, QuestionKind, SchedulePrecision};
use convene_storage::EditableSession;

use super::Req;
use super::form::{Builder, EditForm, Field, Kind, language_options, new_form_key, text_pairs};
use crate::http::error::AppError;
use crate::pages::admin::frame::Frame;

fn session_fields(b: &Builder<'_, '_>, t: &crate::i18n::Tr<'_>) -> Vec<Field> {
    let choices =
        |all: Vec<(&str, String)>| all.into_iter().map(|(v, l)| (v.to_owned(), l)).collect();
    vec![
        b.field("number", Kind::Number, true),
        b.select("language", language_options(t)),
        b.field("title", Kind::Text, true),
        b.field("summary", Kind::Area, false),
        b.field("starts_on", Kind::Date, true),
        b.field("starts_time", Kind::Time, false),
        b.field("ends_on", Kind::Date, true),
        b.field("ends_time", Kind::Time, false),
        b.field("time_zone", Kind::Text, true),
        b.select(
            "precision",
            choices(
                SchedulePrecision::ALL
                    .iter()
                    .map(|p| (p.as_str(), t.t(&format!("admin-precision-{p}"))))
                    .collect(),
            ),
        ),
        b.select(
            "format",
            choices(
                Format::ALL.iter().map(|f| (f.as_str(), t.t(&format!("format-{f}")))).collect(),
            ),
        ),
        b.field("venue", Kind::Text, false),
        {
            let mut f = b.field("topics", Kind::Text, false);
            f.hint = Some(t.t("admin-topics-hint"));
            f.dir = Some("ltr");
            f
        },
    ]
}

/// The form of a session, over `values`.
pub(crate) fn session_form(
    req: &Req,
    frame: &Frame,
    values: &[(String, String)],
    action: String,
    version: Option<i32>,
) -> EditForm {
    let t = req.t();
    let b = Builder::new(&t, values, frame);
    let own = values
        .iter()
        .find(|(k, _)| k == "language")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(convene_domain::Lang::En);
    EditForm {
        action,
        key: version.is_none().then(new_form_key),
        version,
        fields: session_fields(&b, &t),
        translations: b.translations(own, &[("title", Kind::Text), ("summary", Kind::Area)]),
        submit: t.t(if version.is_some() { "admin-save" } else { "admin-create" }),
        preview: version.is_some(),
    }
}

/// A session's values as its form shows them.
pub(crate) fn values_of(s: &EditableSession) -> Vec<(String, String)> {
    let x = &s.session;
    let (start, end) = (x.local_start(), x.local_end());
    let mut v = vec![
        ("number".into(), x.number.to_string()),
        ("language".into(), s.language.to_string()),
        ("starts_on".into(), start.date().to_string()),
        ("starts_time".into(), format!("{:02}:{:02}", start.hour(), start.minute())),
        ("ends_on".into(), end.date().to_string()),
        ("ends_time".into(), format!("{:02}:{:02}", end.hour(), end.minute())),
        ("time_zone".into(), x.time_zone.as_str().to_owned()),
        ("precision".into(), x.precision.as_str().to_owned()),
        ("format".into(), x.format.as_str().to_owned()),
        ("venue".into(), x.venue.clone().unwrap_or_default()),
        ("topics".into(), x.topics.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>().join(", ")),
    ];
    v.extend(text_pairs(&s.texts, s.language));
    v
}

/// The settings form of `s`, over what was typed or what is stored.
pub(crate) async fn settings_form(
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

/// The "add a question" form of `s`, over what was typed.
pub(crate) fn question_form(
    req: &Req,
    frame: &Frame,
    s: &EditableSession,
    typed: &[(String, String)],
) -> EditForm {
    let t = req.t();
    let b = Builder::new(&t, typed, frame);
    let kinds = QuestionKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), t.t(&format!("admin-question-kind-{k}"))))
        .collect();
    let mut choices = b.field("question_choices", Kind::Area, false);
    choices.hint = Some(t.t("admin-question-choices-hint"));
    let mut required = b.select(
        "question_required",
        vec![(String::new(), t.t("admin-no")), ("yes".into(), t.t("admin-yes"))],
    );
    required.required = false;
    EditForm {
        action: format!("/admin/sessions/{}/questions", s.session.id),
        version: Some(s.version),
        key: None,
        fields: vec![
            b.field("question_label", Kind::Text, true),
            b.select("question_kind", kinds),
            choices,
            required,
        ],
        translations: Vec::new(),
        submit: t.t("admin-question-add"),
        preview: false,
    }
}

/// An agenda item as the session's edit page lists it.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) id: i64,
    pub(crate) time: String,
    pub(crate) kind: String,
    pub(crate) title: String,
    pub(crate) people: String,
}

/// The agenda rows of `s`, times in its zone.
pub(crate) async fn agenda_rows(req: &Req, s: &EditableSession) -> Result<Vec<Row>, AppError> {
    let t = req.t();
    let zone = s.session.time_zone.zone();
    Ok(items(req, s)
        .await?
        .into_iter()
        .map(|i| {
            let (a, b) = (
                i.starts_at.to_zoned_datetime(zone.clone()),
                i.ends_at.to_zoned_datetime(zone.clone()),
            );
            Row {
                id: i.id,
                time: format!(
                    "{} {}–{}",
                    a.date(),
                    crate::i18n::fmt::time(&a),
                    crate::i18n::fmt::time(&b)
                ),
                kind: t.t(&format!("kind-{}", i.kind)),
                title: i.title,
                people: i
                    .people
                    .iter()
                    .map(|p| p.speaker.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        })
        .collect())
}

/// The stored items of `s` (any status).
pub(crate) async fn items(req: &Req, s: &EditableSession) -> Result<Vec<AgendaItem>, AppError> {
    Ok(req.app.store.content().agenda(s.session.id).await?)
}
