//! The emails about a registration, composed when the outbox sends them, from the records as
//! they are then, in the registrant's language: plain text and HTML, with a calendar file and,
//! for in-person participants, the check-in QR code.

use askama::Template;
use convene_domain::{AttendanceMode, EmailKind, Purpose, RegistrationStatus};
use convene_jobs::{Attachment, Compose, OutgoingEmail, SendEmail};
use convene_storage::SessionKey;

use crate::{AppState, i18n::fmt, view::ical, view::paths, view::qr};

mod account;

/// The email's body, shared by the text and HTML templates.
struct Body {
    lang: &'static str,
    dir: &'static str,
    site: String,
    greeting: String,
    paragraphs: Vec<String>,
    actions: Vec<(String, String)>,
    join_title: String,
    join: Vec<(String, String)>,
    badge: Option<(String, String)>,
    footer: String,
}

#[derive(Template)]
#[template(path = "email.html")]
struct HtmlEmail<'a> {
    b: &'a Body,
}

#[derive(Template)]
#[template(path = "email.txt", escape = "none")]
struct TextEmail<'a> {
    b: &'a Body,
}

/// Composes the outbox's emails for the job runner.
#[derive(Clone)]
pub struct Composer(pub AppState);

impl Compose for Composer {
    async fn compose(&self, email: SendEmail) -> Result<Option<OutgoingEmail>, String> {
        let composed = match email {
            SendEmail::Registration { kind, registration_id } => {
                compose(&self.0, kind, registration_id).await
            }
            SendEmail::Account { kind, user_id } => account::compose(&self.0, user_id, kind).await,
        };
        composed.map_err(|e| e.to_string())
    }
}

async fn compose(
    app: &AppState,
    kind: EmailKind,
    id: i64,
) -> Result<Option<OutgoingEmail>, convene_storage::StorageError> {
    let Some(who) = app.store.registrations().registrant_for_email(id).await? else {
        return Ok(None);
    };
    let r = &who.registration;
    let key = SessionKey::Id(r.session_id);
    let Some((series, session)) = app.store.content().session_brief(key.clone()).await? else {
        return Ok(None);
    };
    let timing = session.timing(app.clock.now());
    if !convene_domain::email_wanted(kind, r, session.status, timing) {
        return Ok(None);
    }
    let lang = r.language;
    let t = app.catalogue.tr(lang);
    let base = &app.config.base_url;
    let s = &session;
    let title = s.title.clone();
    // Times in emails name their zone: the reader may be anywhere.
    let when = match s.precision {
        convene_domain::SchedulePrecision::Time => format!(
            "{} {}",
            fmt::session_when(&t, s),
            fmt::zone_abbreviation(&s.time_zone.zone(), s.starts_at)
        ),
        _ => fmt::session_when(&t, s),
    };
    let manage = format!("{base}{}", paths::manage(&who.token(&app.key, Purpose::Manage)));
    let manage_action = (t.t("email-manage-action"), manage.clone());
    let args =
        |id: &str| t.args(id, &[("title", title.clone().into()), ("when", when.clone().into())]);
    let mut actions = Vec::new();
    let mut paragraphs = Vec::new();
    let subject = match kind {
        EmailKind::Verify => {
            paragraphs.push(args("email-verify-body"));
            paragraphs.push(t.t("email-verify-ignore"));
            let verify = format!("{base}{}", paths::verify(&who.token(&app.key, Purpose::Verify)));
            actions.push((t.t("email-verify-action"), verify));
            args("email-verify-subject")
        }
        EmailKind::Confirmed if r.status == RegistrationStatus::Waitlisted => {
            paragraphs.push(t.args(
                "email-waitlisted-body",
                &[
                    ("title", title.clone().into()),
                    ("position", r.waitlist_position.unwrap_or(0).into()),
                ],
            ));
            actions.push(manage_action);
            args("email-waitlisted-subject")
        }
        EmailKind::Confirmed => {
            paragraphs.push(args("email-confirmed-body"));
            actions.push(manage_action);
            args("email-confirmed-subject")
        }
        EmailKind::ManageLink => {
            paragraphs.push(args("email-manage-link-body"));
            actions.push(manage_action);
            args("email-manage-link-subject")
        }
        EmailKind::Promoted => {
            paragraphs.push(args("email-promoted-body"));
            if r.verified_at.is_none() {
                let verify =
                    format!("{base}{}", paths::verify(&who.token(&app.key, Purpose::Verify)));
                actions.push((t.t("email-verify-action"), verify));
            } else {
                actions.push(manage_action);
            }
            args("email-promoted-subject")
        }
        EmailKind::Reminder24h | EmailKind::Reminder1h => {
            paragraphs.push(args("email-reminder-body"));
            actions.push(manage_action);
            args(if kind == EmailKind::Reminder24h {
                "email-reminder-24h-subject"
            } else {
                "email-reminder-1h-subject"
            })
        }
        EmailKind::Cancelled => {
            paragraphs.push(args("email-cancelled-body"));
            args("email-cancelled-subject")
        }
        EmailKind::SessionCancelled => {
            paragraphs.push(args("email-session-cancelled-body"));
            args("email-session-cancelled-subject")
        }
    };
    let mut attachments = Vec::new();
    let seated = r.is_confirmed() && r.mode == AttendanceMode::InPerson;
    let with_badge = seated
        && !matches!(kind, EmailKind::Cancelled | EmailKind::Verify | EmailKind::SessionCancelled);
    let badge = with_badge.then(|| {
        let code = who.checkin_code(&app.key);
        let url = format!("{base}{}", paths::checkin(&code));
        attachments.push(Attachment {
            filename: "checkin.png".into(),
            content_type: "image/png".into(),
            bytes: qr::png(&url, 6),
            inline_cid: Some("qr".into()),
        });
        (t.t("email-badge-body"), code)
    });
    // The calendar (with the agenda) is read only for the emails that attach it.
    if matches!(kind, EmailKind::Confirmed | EmailKind::Promoted)
        && r.is_confirmed()
        && let Some(d) = app.store.content().session_detail(key).await?
    {
        attachments.push(Attachment {
            filename: format!("{}-session-{}.ics", series.slug, s.number),
            content_type: "text/calendar; charset=utf-8".into(),
            bytes: ical::session_calendar(&t, base, &d).into_bytes(),
            inline_cid: None,
        });
    }
    let reminder = matches!(kind, EmailKind::Reminder24h | EmailKind::Reminder1h);
    let join = if reminder {
        app.store
            .registrations()
            .join_links(&who)
            .await?
            .into_iter()
            .map(|l| {
                let url = format!("{manage}/join/{}", l.language);
                (t.t(&format!("channel-{}", l.language)), url)
            })
            .collect()
    } else {
        Vec::new()
    };
    // Anyone can type any address into the form, so the verification email carries nothing
    // the registrant typed: a name holding a link would reach a stranger's inbox as ours.
    let verify = matches!(kind, EmailKind::Verify);
    let body = Body {
        lang: lang.code(),
        dir: lang.dir(),
        site: app.config.site_name.clone(),
        greeting: if verify {
            t.t("email-account-greeting")
        } else {
            t.arg("email-greeting", "name", &r.name)
        },
        paragraphs,
        actions,
        join_title: t.t("email-join-title"),
        join,
        badge,
        footer: t.arg("email-footer", "site", &app.config.site_name),
    };
    let html = HtmlEmail { b: &body }
        .render()
        .map_err(|e| convene_storage::StorageError::Task(e.to_string()))?;
    let text = TextEmail { b: &body }
        .render()
        .map_err(|e| convene_storage::StorageError::Task(e.to_string()))?;
    Ok(Some(OutgoingEmail {
        to: r.email.clone(),
        to_name: (!verify).then(|| r.name.clone()),
        subject,
        text,
        html,
        lang: lang.code().to_owned(),
        attachments,
    }))
}
