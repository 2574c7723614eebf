//! The manage page's view: the registration in the owner's words and language.

use convene_domain::{
    AttendanceMode, CountryCode, JoinLink, Purpose, Question, RegistrationInput,
    RegistrationStatus, SessionDetail, offered_modes,
};
use convene_storage::Registrant;

use crate::http::security::CsrfSeed;
use crate::i18n::Tr;
use crate::pages::register::{FormView, Opt, QuestionView, Typed};
use crate::{AppState, i18n::fmt, view::paths, view::qr};

/// Everything the manage template shows.
pub struct ManageView {
    /// Page heading.
    pub heading: String,
    /// The registration form, offered again when this registration expired.
    pub register_again: Option<String>,
    /// Flash message after an action.
    pub notice: Option<String>,
    /// The state, in words.
    pub status: String,
    /// Whether the registration still counts (changes and cancelling possible).
    pub live: bool,
    /// Whether it is confirmed.
    pub confirmed: bool,
    /// Session title and link.
    pub session_title: String,
    /// Session page path.
    pub session_url: String,
    /// When, in the session's zone.
    pub when: String,
    /// Label/value rows of what was given.
    pub details: Vec<(String, String)>,
    /// Join links (label, path through our join recorder).
    pub join: Vec<(String, String)>,
    /// QR code SVG and the typed code, for in-person participants.
    pub badge: Option<(String, String)>,
    /// "Checked in at …" when it happened.
    pub checked_in: Option<String>,
    /// Paths of this page, its export and calendar.
    pub action: String,
    /// Data export path.
    pub export_url: String,
    /// Calendar path.
    pub calendar_url: String,
    /// CSRF field value.
    pub csrf: String,
    /// Attendance modes to choose from.
    pub modes: Vec<Opt>,
    /// Languages to choose from.
    pub languages: Vec<Opt>,
    /// Questions with current answers.
    pub questions: Vec<QuestionView>,
}

impl ManageView {
    /// Builds the view of `who`'s registration for `d`.
    #[allow(clippy::too_many_arguments, reason = "the page's inputs, from one handler")]
    pub fn new(
        app: &AppState,
        t: &Tr<'_>,
        who: &Registrant,
        d: &SessionDetail,
        questions: &[Question],
        links: Vec<JoinLink>,
        seed: &CsrfSeed,
        done: Option<String>,
    ) -> Self {
        let r = &who.registration;
        let s = &d.session;
        let token = who.token(&app.key, Purpose::Manage);
        let tz = s.time_zone.zone();
        let status = match (r.status, r.verified_at.is_some()) {
            (RegistrationStatus::Active, true) => t.t("manage-status-confirmed"),
            (RegistrationStatus::Active, false) => t.t("manage-status-pending"),
            (RegistrationStatus::Waitlisted, _) => t.args(
                "manage-status-waitlisted",
                &[("position", r.waitlist_position.unwrap_or(0).into())],
            ),
            (RegistrationStatus::Cancelled, _) => t.t("manage-status-cancelled"),
            (RegistrationStatus::Expired, _) => t.t("manage-status-expired"),
        };
        let country = CountryCode::try_from(r.country.as_str())
            .map(|c| c.info().name(t.lang).to_owned())
            .unwrap_or_else(|_| r.country.clone());
        let mut details = vec![
            (t.t("field-name"), r.name.clone()),
            (t.t("field-email"), r.email.clone()),
            (t.t("field-country"), country),
            (t.t("field-stakeholder-group"), t.t(&format!("group-{}", r.stakeholder_group))),
            (t.t("field-attendance-mode"), t.t(&format!("mode-{}", r.mode))),
            (t.t("field-language"), t.t(&format!("language-{}", r.language))),
        ];
        if let Some(o) = &r.organisation {
            details.insert(4, (t.t("field-organisation"), o.clone()));
        }
        if let Some(a) = &r.accessibility {
            details.push((t.t("field-accessibility"), a.clone()));
        }
        for q in questions {
            if let Some(a) = r.answers.iter().find(|a| a.question_id == q.id) {
                let value = match a.value.as_str() {
                    "yes" if q.kind == convene_domain::QuestionKind::YesNo => t.t("answer-yes"),
                    "no" if q.kind == convene_domain::QuestionKind::YesNo => t.t("answer-no"),
                    v => v.to_owned(),
                };
                details.push((q.label.clone(), value));
            }
        }
        let join = links
            .iter()
            .map(|l| {
                let label = t.t(&format!("channel-{}", l.language));
                (label, format!("{}/join/{}", paths::manage(&token), l.language))
            })
            .collect();
        let badge = (r.is_confirmed() && r.mode == AttendanceMode::InPerson).then(|| {
            let code = who.checkin_code(&app.key);
            let url = format!("{}{}", app.config.base_url, paths::checkin(&code));
            (qr::svg(&url, &t.t("manage-qr-label")), code)
        });
        let checked_in = r.checked_in_at.map(|at| {
            t.arg("manage-checked-in", "time", &fmt::time(&at.to_zoned_datetime(tz.clone())))
        });
        let input = RegistrationInput {
            attendance_mode: r.mode.as_str().to_owned(),
            language: r.language.to_string(),
            answers: r.answers.iter().map(|a| (a.question_id, a.value.clone())).collect(),
            ..RegistrationInput::default()
        };
        let form = FormView::new(
            t,
            Typed { input, ..Typed::default() },
            offered_modes(s.format),
            questions,
            seed.field(&app.key),
            String::new(),
        );
        Self {
            heading: t.t("manage-title"),
            register_again: (r.status == RegistrationStatus::Expired)
                .then(|| paths::register(d.series.slug.as_str(), s.number)),
            notice: done.and_then(|d| match d.as_str() {
                "verified" | "expired" | "updated" | "cancelled" | "invalid"
                | "erase-unconfirmed" => Some(t.t(&format!("manage-done-{d}"))),
                _ => None,
            }),
            status,
            live: r.is_live(),
            confirmed: r.is_confirmed(),
            session_title: s.title.clone(),
            session_url: paths::session(d.series.slug.as_str(), s.number),
            when: fmt::session_when(t, s),
            details,
            join,
            badge,
            checked_in,
            action: paths::manage(&token),
            export_url: format!("{}/data.json", paths::manage(&token)),
            calendar_url: format!("{}/calendar.ics", paths::manage(&token)),
            csrf: form.csrf,
            modes: form.modes,
            languages: form.languages,
            questions: form.questions,
        }
    }
}
