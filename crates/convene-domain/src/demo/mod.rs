//! The demo series: the WIPO Conversation on IP and Frontier Technologies.
//!
//! Sessions 1 to 12 carry the real numbers, titles, dates and formats of the series, with
//! summaries paraphrased from the public page (`seed/wipo-conversation-page.txt`). Everything
//! else is marked `is_demo`: the speakers are invented people, the agendas of sessions 8 and 13
//! are illustrative, and session 13 is an upcoming session placed a few weeks after `now` so that
//! visitors can try registration and everything else that happens before a session.

mod agendas;
mod geneva;
mod past;
mod people;
#[cfg(test)]
mod tests;
mod translations;
mod upcoming;

use jiff::Timestamp;

use self::geneva::slug;
use self::past::sessions;
use self::people::{SPEAKERS, TOPICS};
use crate::model::{NewSeries, NewSeriesContent, NewSpeaker};

/// Builds the demo series, with the upcoming demo session placed after `now`, in the six
/// languages (English in the tables, the others from `translations.tsv`).
pub fn wipo_conversation(now: Timestamp) -> NewSeriesContent {
    let texts = translations::translations();
    let mut sessions = sessions(now);
    for session in &mut sessions {
        session.translations = translations::of(&texts, &format!("session:{}", session.number));
    }
    NewSeriesContent {
        series: NewSeries {
            slug: slug("wipo-conversation"),
            title: "WIPO Conversation on IP and Frontier Technologies".to_owned(),
            description: "The WIPO Conversation is an open, inclusive, multi-stakeholder forum: \
                a global setting where everyone with a stake can discuss the impact of frontier \
                technologies on all IP rights, and help bridge the information gap in this \
                fast-moving and complex field."
                .to_owned(),
            translations: translations::of(&texts, "series"),
        },
        topics: TOPICS.iter().map(|(s, name)| (slug(s), (*name).to_owned())).collect(),
        topic_translations: TOPICS
            .iter()
            .map(|(s, _)| ((*s).to_owned(), translations::of(&texts, &format!("topic:{s}"))))
            .collect(),
        speakers: SPEAKERS
            .iter()
            .map(|(s, name, affiliation, bio)| NewSpeaker {
                slug: slug(s),
                name: (*name).to_owned(),
                affiliation: (*affiliation).to_owned(),
                bio: format!("{bio} (Demo speaker.)"),
                is_demo: true,
            })
            .collect(),
        sessions,
    }
}
