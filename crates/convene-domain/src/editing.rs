//! Editing content in the back office: form input parsed into drafts in one place, the
//! session lifecycle and its guards, and the public texts of a record in every language.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};

use crate::lang::Lang;
use crate::registrant::{FieldErrors, parse_language};
use crate::registration::{FieldError, clean_text, parse_choice};
use crate::types::{AgendaKind, Format, SchedulePrecision, SessionStatus, Slug, TimeZoneName};

/// Longest title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest long text (summary, description, biography), in characters.
pub const TEXT_MAX: usize = 20_000;

/// The public texts of a record: field → language → text. The record's own language is one
/// of the languages; the others are translations.
pub type Texts = BTreeMap<String, BTreeMap<Lang, String>>;

/// Form fields as typed: name → value (the first of each name).
pub trait Fields {
    /// The value of a field, or "".
    fn field(&self, name: &str) -> &str;
}

impl Fields for [(String, String)] {
    fn field(&self, name: &str) -> &str {
        self.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }
}

/// Collects errors field by field, so a form shows every problem at once.
#[derive(Debug, Default)]
pub(crate) struct Check(FieldErrors);

impl Check {
    pub(crate) fn take<T>(&mut self, field: &str, r: Result<T, FieldError>) -> Option<T> {
        r.map_err(|e| self.0.0.push((field.to_owned(), e))).ok()
    }

    pub(crate) fn done<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        match value {
            Some(v) if self.0.is_empty() => Ok(v),
            _ => Err(self.0),
        }
    }
}

/// Reads the translations of `fields` from inputs named `{field}_{lang}` for every language
/// but `own`, each checked like the original. Empty means "no translation".
fn translations(
    check: &mut Check,
    form: &(impl Fields + ?Sized),
    own: Lang,
    fields: &[(&str, usize, bool)],
) -> Texts {
    let mut texts = Texts::new();
    for (field, max, multiline) in fields {
        for lang in Lang::ALL.into_iter().filter(|l| *l != own) {
            let name = format!("{field}_{lang}");
            if let Some(Some(text)) =
                check.take(&name, clean_text(form.field(&name), *max, false, *multiline))
            {
                texts.entry((*field).to_owned()).or_default().insert(lang, text);
            }
        }
    }
    texts
}

/// Adds the originals to a record's translations.
fn with_originals(mut texts: Texts, own: Lang, originals: &[(&str, &str)]) -> Texts {
    for (field, text) in originals {
        texts.entry((*field).to_owned()).or_default().insert(own, (*text).to_owned());
    }
    texts
}

/// A series as an editor saves it.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesDraft {
    /// URL identifier (fixed once created: links point to it).
    pub slug: Slug,
    /// The language its texts are written in.
    pub language: Lang,
    /// Title in its own language.
    pub title: String,
    /// Description (Markdown) in its own language.
    pub description: String,
    /// Every public text in every language given.
    pub texts: Texts,
}

impl SeriesDraft {
    /// Parses the series form (`slug`, `language`, `title`, `description`, `title_fr`, …).
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, FieldErrors> {
        let mut c = Check::default();
        let slug = c.take(
            "slug",
            Slug::try_from(form.field("slug").trim()).map_err(|_| FieldError::InvalidSlug),
        );
        let language = c.take("language", parse_language(form.field("language")));
        let title = c.take("title", clean_text(form.field("title"), TITLE_MAX, true, false));
        let description =
            c.take("description", clean_text(form.field("description"), TEXT_MAX, false, true));
        let own = language.unwrap_or(Lang::En);
        let texts = translations(
            &mut c,
            form,
            own,
            &[("title", TITLE_MAX, false), ("description", TEXT_MAX, true)],
        );
        let draft = (|| {
            let title = title.flatten()?;
            let description = description?.unwrap_or_default();
            let texts = with_originals(
                texts,
                own,
                &[("title", title.as_str()), ("description", description.as_str())],
            );
            Some(Self { slug: slug?, language: language?, title, description, texts })
        })();
        c.done(draft)
    }
}

/// A session as an editor saves it (its status changes through [`transition`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SessionDraft {
    /// Number within the series.
    pub number: u32,
    /// The language its texts are written in.
    pub language: Lang,
    /// Title in its own language.
    pub title: String,
    /// Summary (Markdown) in its own language.
    pub summary: String,
    /// Start instant.
    pub starts_at: Timestamp,
    /// End instant.
    pub ends_at: Timestamp,
    /// The time zone it is held and announced in.
    pub time_zone: TimeZoneName,
    /// How precisely the dates are known.
    pub precision: SchedulePrecision,
    /// In person, online or hybrid.
    pub format: Format,
    /// Where, in person.
    pub venue: Option<String>,
    /// Topic tags by slug, in order; a name creates a topic that does not exist yet.
    pub topics: Vec<(Slug, Option<String>)>,
    /// Every public text in every language given.
    pub texts: Texts,
}

/// Parses a local date and time (`2026-12-03`, `14:30`) in a zone; an empty time is midnight.
pub(crate) fn local_instant(
    date: &str,
    time: &str,
    zone: &TimeZoneName,
) -> Result<Timestamp, FieldError> {
    let date: Date = date.trim().parse().map_err(|_| FieldError::InvalidDate)?;
    let time: Time = match time.trim() {
        "" => Time::midnight(),
        t => t.parse().map_err(|_| FieldError::InvalidTime)?,
    };
    DateTime::from_parts(date, time)
        .to_zoned_datetime(zone.zone())
        .map(|z| z.timestamp())
        .map_err(|_| FieldError::InvalidDate)
}

impl SessionDraft {
    /// Parses the session form: `number`, `language`, `title`, `summary`, `starts_on`,
    /// `starts_time`, `ends_on`, `ends_time`, `time_zone`, `precision`, `format`, `venue`,
    /// and `title_xx`/`summary_xx` translations.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, FieldErrors> {
        let mut c = Check::default();
        let number = c.take(
            "number",
            match form.field("number").trim() {
                "" => Err(FieldError::Required),
                n => n
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=9999).contains(n))
                    .ok_or(FieldError::InvalidNumber),
            },
        );
        let language = c.take("language", parse_language(form.field("language")));
        let title = c.take("title", clean_text(form.field("title"), TITLE_MAX, true, false));
        let summary = c.take("summary", clean_text(form.field("summary"), TEXT_MAX, false, true));
        let zone = c.take(
            "time_zone",
            TimeZoneName::try_from(form.field("time_zone").trim())
                .map_err(|_| FieldError::UnknownChoice),
        );
        let (starts_at, ends_at) = match &zone {
            Some(z) => (
                c.take(
                    "starts_on",
                    local_instant(form.field("starts_on"), form.field("starts_time"), z),
                ),
                c.take("ends_on", local_instant(form.field("ends_on"), form.field("ends_time"), z)),
            ),
            None => (None, None),
        };
        if let (Some(s), Some(e)) = (starts_at, ends_at)
            && e <= s
        {
            c.take::<()>("ends_on", Err(FieldError::EndBeforeStart));
        }
        let precision =
            c.take("precision", parse_choice::<SchedulePrecision>(form.field("precision")));
        let format = c.take("format", parse_choice::<Format>(form.field("format")));
        let venue = c.take("venue", clean_text(form.field("venue"), TITLE_MAX, false, false));
        let topics = c.take("topics", parse_topics(form.field("topics")));
        if format.is_some_and(|f| f != Format::Online)
            && venue.as_ref().is_some_and(Option::is_none)
        {
            c.take::<()>("venue", Err(FieldError::Required));
        }
        let own = language.unwrap_or(Lang::En);
        let texts = translations(
            &mut c,
            form,
            own,
            &[("title", TITLE_MAX, false), ("summary", TEXT_MAX, true)],
        );
        let draft = (|| {
            let title = title.flatten()?;
            let summary = summary?.unwrap_or_default();
            let texts = with_originals(
                texts,
                own,
                &[("title", title.as_str()), ("summary", summary.as_str())],
            );
            Some(Self {
                number: number?,
                language: language?,
                title,
                summary,
                starts_at: starts_at?,
                ends_at: ends_at?,
                time_zone: zone?,
                precision: precision?,
                format: format?,
                venue: venue?,
                topics: topics?,
                texts,
            })
        })();
        c.done(draft)
    }
}

/// A speaker as an editor saves them.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerDraft {
    /// URL identifier (fixed once created).
    pub slug: Slug,
    /// The language the biography is written in.
    pub language: Lang,
    /// Full name as the person writes it.
    pub name: String,
    /// Organisation and position.
    pub affiliation: String,
    /// Biography (Markdown).
    pub bio: String,
    /// Every public text in every language given.
    pub texts: Texts,
}

impl SpeakerDraft {
    /// Parses the speaker form: `slug`, `language`, `name`, `affiliation`, `bio`, `bio_xx`.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, FieldErrors> {
        let mut c = Check::default();
        let slug = c.take(
            "slug",
            Slug::try_from(form.field("slug").trim()).map_err(|_| FieldError::InvalidSlug),
        );
        let language = c.take("language", parse_language(form.field("language")));
        let name = c.take("name", clean_text(form.field("name"), TITLE_MAX, true, false));
        let affiliation =
            c.take("affiliation", clean_text(form.field("affiliation"), TITLE_MAX, false, false));
        let bio = c.take("bio", clean_text(form.field("bio"), TEXT_MAX, false, true));
        let own = language.unwrap_or(Lang::En);
        let texts = translations(&mut c, form, own, &[("bio", TEXT_MAX, true)]);
        let draft = (|| {
            let bio = bio?.unwrap_or_default();
            let texts = with_originals(texts, own, &[("bio", bio.as_str())]);
            Some(Self {
                slug: slug?,
                language: language?,
                name: name.flatten()?,
                affiliation: affiliation?.unwrap_or_default(),
                bio,
                texts,
            })
        })();
        c.done(draft)
    }
}

/// An agenda item as an editor saves it. Times are local to its session.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaDraft {
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends.
    pub ends_at: Timestamp,
    /// What kind of slot.
    pub kind: AgendaKind,
    /// Title in the session's language.
    pub title: String,
    /// Description (Markdown) in the session's language.
    pub description: String,
    /// Speakers by slug, with their role, in order.
    pub people: Vec<(Slug, crate::SpeakerRole)>,
    /// Every public text in every language given.
    pub texts: Texts,
}

impl AgendaDraft {
    /// Parses the agenda item form (`day`, `starts_time`, `ends_time`, `kind`, `title`,
    /// `description`, `speakers` as `slug` or `slug:moderator` separated by commas, and
    /// translations), for a session in `zone` whose texts are in `own`.
    pub fn parse(
        form: &(impl Fields + ?Sized),
        zone: &TimeZoneName,
        own: Lang,
    ) -> Result<Self, FieldErrors> {
        let mut c = Check::default();
        let starts_at = c
            .take("starts_time", local_instant(form.field("day"), form.field("starts_time"), zone));
        let ends_at =
            c.take("ends_time", local_instant(form.field("day"), form.field("ends_time"), zone));
        if let (Some(s), Some(e)) = (starts_at, ends_at)
            && e <= s
        {
            c.take::<()>("ends_time", Err(FieldError::EndBeforeStart));
        }
        let kind = c.take("kind", parse_choice::<AgendaKind>(form.field("kind")));
        let title = c.take("title", clean_text(form.field("title"), TITLE_MAX, true, false));
        let description =
            c.take("description", clean_text(form.field("description"), TEXT_MAX, false, true));
        let people = c.take("speakers", parse_people(form.field("speakers")));
        let texts = translations(
            &mut c,
            form,
            own,
            &[("title", TITLE_MAX, false), ("description", TEXT_MAX, true)],
        );
        let draft = (|| {
            let title = title.flatten()?;
            let description = description?.unwrap_or_default();
            let texts = with_originals(
                texts,
                own,
                &[("title", title.as_str()), ("description", description.as_str())],
            );
            Some(Self {
                starts_at: starts_at?,
                ends_at: ends_at?,
                kind: kind?,
                title,
                description,
                people: people?,
                texts,
            })
        })();
        c.done(draft)
    }
}

/// `ana-perez, li-wei:moderator` → speakers with roles (speaker unless `:moderator`).
pub fn parse_people(raw: &str) -> Result<Vec<(Slug, crate::SpeakerRole)>, FieldError> {
    let mut people = Vec::new();
    for part in raw.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        let (slug, role) = match part.split_once(':') {
            Some((s, r)) => (
                s.trim(),
                parse_choice::<crate::SpeakerRole>(r).map_err(|_| FieldError::UnknownSpeaker)?,
            ),
            None => (part, crate::SpeakerRole::Speaker),
        };
        let slug = Slug::try_from(slug).map_err(|_| FieldError::UnknownSpeaker)?;
        if people.iter().any(|(s, _): &(Slug, _)| *s == slug) {
            continue;
        }
        people.push((slug, role));
    }
    Ok(people)
}

/// `generative-ai, quantum=Quantum computing` → topic slugs, each with a name when it is to be
/// created.
pub fn parse_topics(raw: &str) -> Result<Vec<(Slug, Option<String>)>, FieldError> {
    let mut topics: Vec<(Slug, Option<String>)> = Vec::new();
    for part in raw.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        let (slug, name) = match part.split_once('=') {
            Some((s, n)) => {
                (s.trim(), clean_text(n, 80, true, false).map_err(|_| FieldError::UnknownTopic)?)
            }
            None => (part, None),
        };
        let slug = Slug::try_from(slug).map_err(|_| FieldError::UnknownTopic)?;
        if !topics.iter().any(|(s, _)| *s == slug) {
            topics.push((slug, name));
        }
    }
    Ok(topics)
}

/// Why a lifecycle step or a deletion is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    /// The step does not follow from the current state.
    #[error("not a next step")]
    NotNext,
    /// People registered: the session can only be cancelled.
    #[error("has registrations")]
    HasRegistrations,
}

impl LifecycleError {
    /// The catalogue message id.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NotNext => "admin-lifecycle-not-next",
            Self::HasRegistrations => "admin-lifecycle-has-registrations",
        }
    }
}

impl SessionStatus {
    /// The states an editor may move a session to from this one, in the order offered.
    pub fn next_steps(self) -> &'static [SessionStatus] {
        use SessionStatus::*;
        match self {
            Draft => &[Announced],
            Announced => &[RegistrationOpen, Draft, Cancelled],
            RegistrationOpen => &[RegistrationClosed, Cancelled],
            RegistrationClosed => &[Live, RegistrationOpen, Cancelled],
            Live => &[Concluded],
            Concluded => &[Published],
            Published => &[Concluded],
            Cancelled => &[],
        }
    }
}

/// Checks a lifecycle step: it must be a next step, and a session people registered for
/// cannot go back to draft (it would vanish from their links).
pub fn transition(
    from: SessionStatus,
    to: SessionStatus,
    registrations: u64,
) -> Result<(), LifecycleError> {
    if !from.next_steps().contains(&to) {
        return Err(LifecycleError::NotNext);
    }
    if to == SessionStatus::Draft && registrations > 0 {
        return Err(LifecycleError::HasRegistrations);
    }
    Ok(())
}

/// Checks a deletion: only a session nobody registered for may be deleted; others are cancelled.
pub fn check_delete(registrations: u64) -> Result<(), LifecycleError> {
    if registrations > 0 { Err(LifecycleError::HasRegistrations) } else { Ok(()) }
}

#[cfg(test)]
#[path = "editing_tests.rs"]
mod tests;
