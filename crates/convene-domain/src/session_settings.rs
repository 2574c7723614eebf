//! A session's registration settings as an editor saves them: window, capacities, join
//! links per interpretation channel.

use crate::editing::{Check, Fields, local_instant};
use crate::registrant::FieldErrors;
use crate::registration::FieldError;
use crate::types::TimeZoneName;

/// The channels a session may have a join link for: the floor (original audio) and the six
/// interpretation languages.
pub const JOIN_CHANNELS: [&str; 7] = ["floor", "ar", "zh", "en", "fr", "ru", "es"];

/// Join links in the order a registrant reads them: the floor (original audio) first, then
/// the channel of the registrant's own language, then the other channels in the UN order
/// ([`JOIN_CHANNELS`]); channels outside the list last, by name.
pub fn join_links_for(mut links: Vec<crate::JoinLink>, lang: crate::Lang) -> Vec<crate::JoinLink> {
    let rank = |l: &crate::JoinLink| {
        let channel = l.language.as_str();
        match JOIN_CHANNELS.iter().position(|c| *c == channel) {
            Some(0) => 0,
            Some(_) if channel == lang.code() => 1,
            Some(n) => 1 + n,
            None => JOIN_CHANNELS.len() + 1,
        }
    };
    links.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.language.cmp(&b.language)));
    links
}

/// A session's registration settings as an editor saves them.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistrationSettingsDraft {
    /// Window and capacities; `None` when the session takes no registrations.
    pub window: Option<crate::RegistrationWindow>,
    /// Join links by channel (an empty field removes the channel's link).
    pub join_links: Vec<crate::JoinLink>,
}

fn capacity(raw: &str) -> Result<Option<u32>, FieldError> {
    match raw.trim() {
        "" => Ok(None),
        n => n.parse::<u32>().map(Some).map_err(|_| FieldError::InvalidNumber),
    }
}

/// An `https://` (or `http://`) address without spaces, at most 500 characters.
pub fn parse_web_address(raw: &str) -> Result<String, FieldError> {
    let s = raw.trim();
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(r)
            if !r.is_empty()
                && s.len() <= 500
                && !s.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Ok(s.to_owned())
        }
        _ => Err(FieldError::InvalidUrl),
    }
}

impl RegistrationSettingsDraft {
    /// Parses the settings form: `takes_registrations`, `opens_on`, `opens_time`, `closes_on`,
    /// `closes_time` (in the session's zone), `capacity_in_person`, `capacity_online` (empty:
    /// no room / unlimited) and `join_{channel}`.
    pub fn parse(form: &(impl Fields + ?Sized), zone: &TimeZoneName) -> Result<Self, FieldErrors> {
        let mut c = Check::default();
        let mut join_links = Vec::new();
        for channel in JOIN_CHANNELS {
            let name = format!("join_{channel}");
            if form.field(&name).trim().is_empty() {
                continue;
            }
            if let Some(url) = c.take(&name, parse_web_address(form.field(&name))) {
                join_links.push(crate::JoinLink { language: channel.to_owned(), url });
            }
        }
        if form.field("takes_registrations").is_empty() {
            return c.done(Some(Self { window: None, join_links }));
        }
        let opens = c.take(
            "opens_on",
            local_instant(form.field("opens_on"), form.field("opens_time"), zone),
        );
        let closes = c.take(
            "closes_on",
            local_instant(form.field("closes_on"), form.field("closes_time"), zone),
        );
        if let (Some(o), Some(cl)) = (opens, closes)
            && cl <= o
        {
            c.take::<()>("closes_on", Err(FieldError::EndBeforeStart));
        }
        let in_person = c.take("capacity_in_person", capacity(form.field("capacity_in_person")));
        let online = c.take("capacity_online", capacity(form.field("capacity_online")));
        let draft = (|| {
            Some(Self {
                window: Some(crate::RegistrationWindow {
                    opens_at: opens?,
                    closes_at: closes?,
                    capacity_in_person: in_person?,
                    capacity_online: online?,
                }),
                join_links,
            })
        })();
        c.done(draft)
    }
}

/// Longest question label, in characters.
pub const QUESTION_MAX: usize = 300;
/// Longest choice of a choice question, in characters.
pub const CHOICE_MAX: usize = 200;

/// Parses the "add a question" form: `question_label`, `question_kind`, `question_choices`
/// (one per line; a choice question needs two or more) and `question_required`.
pub fn parse_question(form: &(impl Fields + ?Sized)) -> Result<crate::NewQuestion, FieldErrors> {
    let mut c = Check::default();
    let label = c.take(
        "question_label",
        crate::clean_text(form.field("question_label"), QUESTION_MAX, true, false),
    );
    let kind = c.take(
        "question_kind",
        crate::parse_choice::<crate::QuestionKind>(form.field("question_kind")),
    );
    // Each choice is cleaned like a visitor's text (NFC, no control or direction-override
    // characters, a length limit): it is shown on the public form and compared with answers.
    let mut choices: Vec<String> = Vec::new();
    for line in form.field("question_choices").lines() {
        match crate::clean_text(line, CHOICE_MAX, false, false) {
            Ok(Some(choice)) => choices.push(choice),
            Ok(None) => {}
            Err(e) => {
                c.take::<()>("question_choices", Err(e));
                break;
            }
        }
    }
    if kind == Some(crate::QuestionKind::Choice) && choices.len() < 2 {
        c.take::<()>("question_choices", Err(FieldError::TooFewChoices));
    }
    let draft = (|| {
        let kind = kind?;
        Some(crate::NewQuestion {
            kind,
            label: label.flatten()?,
            choices: if kind == crate::QuestionKind::Choice { choices } else { Vec::new() },
            required: !form.field("question_required").is_empty(),
        })
    })();
    c.done(draft)
}

#[cfg(test)]
mod join_order_tests {
    use super::{JOIN_CHANNELS, join_links_for};
    use crate::{JoinLink, Lang};

    #[test]
    fn the_floor_comes_first_then_the_registrants_language_then_the_un_order() {
        let links: Vec<JoinLink> = ["es", "en", "zz", "floor", "ar", "ru", "zh", "fr"]
            .iter()
            .map(|c| JoinLink { language: (*c).to_owned(), url: format!("https://x/{c}") })
            .collect();
        let order = |lang| -> Vec<String> {
            join_links_for(links.clone(), lang).into_iter().map(|l| l.language).collect()
        };
        assert_eq!(order(Lang::Es), ["floor", "es", "ar", "zh", "en", "fr", "ru", "zz"]);
        assert_eq!(order(Lang::Ar), ["floor", "ar", "zh", "en", "fr", "ru", "es", "zz"]);
        assert_eq!(JOIN_CHANNELS[0], "floor");
    }
}
