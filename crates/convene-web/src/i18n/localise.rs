//! Public texts in the visitor's language: a record's translation when an editor gave one,
//! otherwise the original, marked with its language so the page can say so (and screen
//! readers pronounce it right).

use std::collections::HashMap;

use convene_domain::{Series, Session, SessionDetail, Topic};

use crate::http::error::AppError;
use crate::{AppState, Lang};

/// The translations a page needs, into one language.
#[derive(Debug, Default)]
pub struct Translations {
    lang: Option<Lang>,
    map: HashMap<(String, String), String>,
}

impl Translations {
    /// Loads the translations of `subjects` (`session:12`, `agenda:40`…) into `lang`.
    pub async fn load(app: &AppState, lang: Lang, subjects: Vec<String>) -> Result<Self, AppError> {
        let map = app.store.content().translations(subjects, lang).await?;
        Ok(Self { lang: Some(lang), map })
    }

    /// Puts the translation of `subject`'s `field` into `text` (written in `own`) when there is
    /// one. Returns the language `text` is in when it is not the visitor's: the fallback.
    pub fn apply(&self, subject: &str, field: &str, own: Lang, text: &mut String) -> Option<Lang> {
        if Some(own) == self.lang || text.is_empty() {
            return None;
        }
        match self.map.get(&(subject.to_owned(), field.to_owned())) {
            Some(t) => {
                t.clone_into(text);
                None
            }
            None => Some(own),
        }
    }
}

/// Session titles and summaries in the visitor's language; for each session, the language of
/// its title when it fell back to the original.
pub async fn sessions(
    app: &AppState,
    lang: Lang,
    sessions: &mut [Session],
) -> Result<Vec<Option<Lang>>, AppError> {
    let mut subjects: Vec<String> = sessions.iter().map(|s| format!("session:{}", s.id)).collect();
    subjects.extend(sessions.iter().flat_map(|s| s.topics.iter().map(topic_subject)));
    let tr = Translations::load(app, lang, subjects).await?;
    Ok(sessions
        .iter_mut()
        .map(|s| {
            let subject = format!("session:{}", s.id);
            tr.apply(&subject, "summary", s.language, &mut s.summary);
            name_topics(&tr, s.language, &mut s.topics);
            tr.apply(&subject, "title", s.language, &mut s.title)
        })
        .collect())
}

/// A series' title and description in the visitor's language (the original when untranslated).
pub async fn series(app: &AppState, lang: Lang, series: &mut Series) -> Result<(), AppError> {
    let subject = format!("series:{}", series.id);
    let tr = Translations::load(app, lang, vec![subject.clone()]).await?;
    tr.apply(&subject, "title", series.language, &mut series.title);
    tr.apply(&subject, "description", series.language, &mut series.description);
    Ok(())
}

/// Topic names in the visitor's language; `own` is the language the names are written in.
pub async fn topics(
    app: &AppState,
    lang: Lang,
    own: Lang,
    topics: &mut [Topic],
) -> Result<(), AppError> {
    let tr = Translations::load(app, lang, topics.iter().map(topic_subject).collect()).await?;
    name_topics(&tr, own, topics);
    Ok(())
}

/// Topics are translated under their slug, their stable public key (`topic:copyright`).
fn topic_subject(topic: &Topic) -> String {
    format!("topic:{}", topic.slug)
}

fn name_topics(tr: &Translations, own: Lang, topics: &mut [Topic]) {
    for topic in topics {
        tr.apply(&topic_subject(topic), "name", own, &mut topic.name);
    }
}

/// Which texts of a session page are shown in their original language.
#[derive(Debug, Default, Clone)]
pub struct Fallbacks {
    /// The title's language, if not the visitor's.
    pub title: Option<Lang>,
    /// The summary's language, if not the visitor's.
    pub summary: Option<Lang>,
    /// Agenda items (by id) whose title is in another language, with that language.
    pub agenda: HashMap<i64, Lang>,
    /// Agenda items (by id) whose description is in another language, with that language.
    pub agenda_descriptions: HashMap<i64, Lang>,
}

/// A session page's texts (title, summary, agenda) in the visitor's language.
pub async fn session_detail(
    app: &AppState,
    lang: Lang,
    d: &mut SessionDetail,
) -> Result<Fallbacks, AppError> {
    let mut subjects = vec![format!("session:{}", d.session.id), format!("series:{}", d.series.id)];
    subjects.extend(d.agenda.iter().map(|i| format!("agenda:{}", i.id)));
    subjects.extend(d.session.topics.iter().map(topic_subject));
    let tr = Translations::load(app, lang, subjects).await?;
    let s = &mut d.session;
    let subject = format!("session:{}", s.id);
    let own = s.language;
    name_topics(&tr, own, &mut s.topics);
    let mut out = Fallbacks {
        title: tr.apply(&subject, "title", own, &mut s.title),
        summary: tr.apply(&subject, "summary", own, &mut s.summary),
        agenda: HashMap::new(),
        agenda_descriptions: HashMap::new(),
    };
    let series = format!("series:{}", d.series.id);
    tr.apply(&series, "title", d.series.language, &mut d.series.title);
    tr.apply(&series, "description", d.series.language, &mut d.series.description);
    for item in &mut d.agenda {
        let subject = format!("agenda:{}", item.id);
        if let Some(l) = tr.apply(&subject, "description", own, &mut item.description) {
            out.agenda_descriptions.insert(item.id, l);
        }
        if let Some(l) = tr.apply(&subject, "title", own, &mut item.title) {
            out.agenda.insert(item.id, l);
        }
    }
    Ok(out)
}
