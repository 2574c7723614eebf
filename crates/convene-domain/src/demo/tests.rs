//! Checks of the demo content: its sessions, agendas, speakers and translations.

use std::collections::HashSet;

use super::geneva::{VENUE, ZONE};
use super::*;
use crate::model::NewSession;
use crate::types::{AgendaKind, SpeakerRole};
use crate::types::{Format, SchedulePrecision, SessionStatus, Slug};
use crate::{Lang, Texts};
use jiff::civil::{Date, Weekday, date};

fn content() -> NewSeriesContent {
    wipo_conversation("2025-11-24T09:00:00Z".parse().expect("valid timestamp"))
}

fn local(ts: Timestamp) -> jiff::civil::DateTime {
    ts.in_tz(ZONE).expect("known zone").datetime()
}

fn session(content: &NewSeriesContent, number: u32) -> &NewSession {
    content.sessions.iter().find(|s| s.number == number).expect("session exists")
}

/// Every piece of text in the content, for checks that apply to all of it.
fn all_text(c: &NewSeriesContent) -> Vec<String> {
    let mut out = vec![c.series.slug.to_string(), c.series.title.clone()];
    out.push(c.series.description.clone());
    for (slug, name) in &c.topics {
        out.extend([slug.to_string(), name.clone()]);
    }
    for s in &c.speakers {
        out.extend([s.slug.to_string(), s.name.clone(), s.affiliation.clone(), s.bio.clone()]);
    }
    for s in &c.sessions {
        out.extend([s.title.clone(), s.summary.clone()]);
        out.extend(s.venue.clone());
        out.extend(s.topics.iter().map(Slug::to_string));
        for item in &s.agenda {
            out.extend([item.title.clone(), item.description.clone()]);
            out.extend(item.people.iter().map(|(p, _)| p.to_string()));
        }
    }
    out
}

#[test]
fn thirteen_sessions_numbered_in_order() {
    let numbers: Vec<u32> = content().sessions.iter().map(|s| s.number).collect();
    assert_eq!(numbers, (1..=13).collect::<Vec<_>>());
}

#[test]
fn sessions_are_chronological_and_well_formed() {
    let c = content();
    for pair in c.sessions.windows(2) {
        assert!(pair[0].ends_at <= pair[1].starts_at, "session {} overlaps", pair[1].number);
    }
    for s in &c.sessions {
        assert!(s.starts_at < s.ends_at, "session {}", s.number);
        assert_eq!(s.time_zone.as_str(), "Europe/Zurich");
        assert!((1..=3).contains(&s.topics.len()), "session {} topics", s.number);
        assert!(!s.title.is_empty() && !s.summary.is_empty(), "session {}", s.number);
        let expected_venue = (s.format != Format::Online).then(|| VENUE.to_owned());
        assert_eq!(s.venue, expected_venue, "session {} venue", s.number);
        let status =
            if s.number == 13 { SessionStatus::RegistrationOpen } else { SessionStatus::Published };
        assert_eq!(s.status, status, "session {} status", s.number);
        assert_eq!(s.is_demo, [8, 9, 13].contains(&s.number), "session {} demo", s.number);
    }
}

#[test]
fn day_and_month_precision_spans_are_whole_geneva_days() {
    let c = content();
    for s in &c.sessions {
        let (start, end) = (local(s.starts_at), local(s.ends_at));
        match s.precision {
            SchedulePrecision::Day | SchedulePrecision::Month => {
                assert_eq!(start.time(), jiff::civil::time(0, 0, 0, 0), "session {}", s.number);
                assert_eq!(end.time(), jiff::civil::time(0, 0, 0, 0), "session {}", s.number);
            }
            SchedulePrecision::Time => {}
        }
    }
    let first = session(&c, 1);
    assert_eq!(local(first.starts_at), date(2019, 9, 27).at(0, 0, 0, 0));
    assert_eq!(local(first.ends_at), date(2019, 9, 28).at(0, 0, 0, 0));
    let fifth = session(&c, 5);
    assert_eq!(fifth.precision, SchedulePrecision::Month);
    assert_eq!(local(fifth.starts_at), date(2022, 4, 1).at(0, 0, 0, 0));
    assert_eq!(local(fifth.ends_at), date(2022, 5, 1).at(0, 0, 0, 0));
    let eleventh = session(&c, 11);
    assert_eq!(local(eleventh.starts_at), date(2025, 4, 23).at(10, 0, 0, 0));
    assert_eq!(local(eleventh.ends_at), date(2025, 4, 24).at(18, 0, 0, 0));
}

#[test]
fn session_8_is_on_20_and_21_september_2023_in_geneva() {
    let c = content();
    let s = session(&c, 8);
    assert_eq!(s.title, "IP and generative AI");
    assert_eq!(s.precision, SchedulePrecision::Time);
    assert_eq!(local(s.starts_at), date(2023, 9, 20).at(13, 0, 0, 0));
    assert_eq!(local(s.ends_at), date(2023, 9, 21).at(17, 0, 0, 0));
    // Geneva is on summer time (UTC+2) in September.
    assert_eq!(s.starts_at, "2023-09-20T11:00:00Z".parse().expect("valid timestamp"));
    assert!((8..=12).contains(&s.agenda.len()));
    let agenda_days: HashSet<Date> = s.agenda.iter().map(|i| local(i.starts_at).date()).collect();
    assert_eq!(agenda_days, HashSet::from([date(2023, 9, 20), date(2023, 9, 21)]));
}

#[test]
fn session_7_is_about_the_metaverse() {
    let c = content();
    let s = session(&c, 7);
    assert_eq!(s.title, "IP and the metaverse");
    assert!(s.summary.contains("enabling the metaverse"));
    assert_eq!(s.topics, vec![slug("metaverse")]);
}

#[test]
fn agenda_items_lie_within_their_session_in_order_without_overlap() {
    let c = content();
    for s in &c.sessions {
        for item in &s.agenda {
            assert!(item.starts_at < item.ends_at, "{}: {}", s.number, item.title);
            assert!(item.starts_at >= s.starts_at, "{}: {}", s.number, item.title);
            assert!(item.ends_at <= s.ends_at, "{}: {}", s.number, item.title);
            let roles: Vec<SpeakerRole> = item.people.iter().map(|(_, r)| *r).collect();
            let mut sorted = roles.clone();
            sorted.sort_by_key(|r| *r != SpeakerRole::Moderator);
            assert_eq!(roles, sorted, "moderators first in {}", item.title);
        }
        for pair in s.agenda.windows(2) {
            assert!(pair[0].ends_at <= pair[1].starts_at, "{}: {}", s.number, pair[1].title);
        }
    }
}

#[test]
fn agendas_use_every_kind_of_item() {
    let c = content();
    let eighth: HashSet<AgendaKind> = session(&c, 8).agenda.iter().map(|i| i.kind).collect();
    assert_eq!(eighth.len(), AgendaKind::ALL.len());
    assert!((5..=7).contains(&session(&c, 13).agenda.len()));
}

#[test]
fn every_referenced_speaker_and_topic_exists_and_slugs_are_unique() {
    let c = content();
    let speakers: HashSet<&Slug> = c.speakers.iter().map(|s| &s.slug).collect();
    let topics: HashSet<&Slug> = c.topics.iter().map(|(s, _)| s).collect();
    assert_eq!(speakers.len(), c.speakers.len(), "duplicate speaker slug");
    assert_eq!(topics.len(), c.topics.len(), "duplicate topic slug");
    for s in &c.sessions {
        for t in &s.topics {
            assert!(topics.contains(t), "session {} topic {t}", s.number);
        }
        for item in &s.agenda {
            for (p, _) in &item.people {
                assert!(speakers.contains(p), "session {} speaker {p}", s.number);
            }
        }
    }
    for wanted in ["artificial-intelligence", "metaverse", "generative-ai", "synthetic-media"] {
        assert!(topics.contains(&slug(wanted)), "{wanted}");
    }
}

#[test]
fn speakers_are_invented_and_reused() {
    let c = content();
    assert!((10..=16).contains(&c.speakers.len()));
    for s in &c.speakers {
        assert!(s.is_demo, "{}", s.slug);
        assert!(s.bio.ends_with("(Demo speaker.)"), "{}", s.slug);
    }
    let people_of = |number: u32| -> HashSet<Slug> {
        session(&c, number)
            .agenda
            .iter()
            .flat_map(|i| i.people.iter().map(|(p, _)| p.clone()))
            .collect()
    };
    let (eighth, thirteenth) = (people_of(8), people_of(13));
    assert!(eighth.intersection(&thirteenth).count() >= 2);
    // Every speaker appears somewhere.
    for s in &c.speakers {
        assert!(eighth.contains(&s.slug) || thirteenth.contains(&s.slug), "{}", s.slug);
    }
}

#[test]
fn session_13_is_a_tuesday_four_to_five_weeks_ahead_at_ten_in_geneva() {
    let nows = [
        "2025-11-24T09:00:00Z",
        // A Tuesday: 28 days later is a Tuesday too.
        "2025-06-03T08:00:00Z",
        // Late evening UTC is already the next day in Geneva.
        "2026-03-01T23:30:00Z",
        // Summer time starts on 29 March 2026 within the four weeks.
        "2026-03-04T12:00:00Z",
        // Summer time ends on 25 October 2026 within the four weeks.
        "2026-10-01T12:00:00Z",
    ];
    for now in nows {
        let now: Timestamp = now.parse().expect("valid timestamp");
        let c = wipo_conversation(now);
        let s = session(&c, 13);
        let start = s.starts_at.in_tz(ZONE).expect("known zone");
        let end = s.ends_at.in_tz(ZONE).expect("known zone");
        let today = now.in_tz(ZONE).expect("known zone").date();
        let ahead = today.until(start.date()).expect("in range").get_days();
        assert!((28..=34).contains(&ahead), "{now}: {ahead} days");
        assert_eq!(start.weekday(), Weekday::Tuesday, "{now}");
        assert_eq!(start.time(), jiff::civil::time(10, 0, 0, 0), "{now}");
        assert_eq!(end.date(), start.date().tomorrow().expect("in range"), "{now}");
        assert_eq!(end.time(), jiff::civil::time(18, 0, 0, 0), "{now}");
        assert!(s.starts_at > now);
        assert_eq!(s.precision, SchedulePrecision::Time);
        assert_eq!(s.format, Format::Hybrid);
        assert_eq!(s.venue.as_deref(), Some(VENUE));
    }
    let tuesday: Timestamp = "2025-06-03T08:00:00Z".parse().expect("valid timestamp");
    let s13 = wipo_conversation(tuesday).sessions.pop().expect("has sessions");
    assert_eq!(local(s13.starts_at), date(2025, 7, 1).at(10, 0, 0, 0));
}

#[test]
fn no_text_carries_the_seed_page_defacement() {
    let is_cjk = |ch: char| {
        matches!(ch as u32,
            0x2E80..=0x303F | 0x3040..=0x30FF | 0x3100..=0x9FFF | 0xAC00..=0xD7AF
            | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
    };
    for text in all_text(&content()) {
        assert!(!text.chars().any(is_cjk), "CJK character in {text:?}");
        assert!(!text.contains("app下载"), "spam in {text:?}");
        assert!(!text.contains("http"), "link in {text:?}");
    }
    // Translations too; Chinese ones are Chinese, the others carry no CJK character.
    let c = content();
    let mut translated: Vec<&Texts> = vec![&c.series.translations];
    translated.extend(c.topic_translations.values());
    translated.extend(c.sessions.iter().map(|s| &s.translations));
    for (lang, text) in translated.iter().flat_map(|t| t.values()).flat_map(|m| m.iter()) {
        assert!(*lang == Lang::Zh || !text.chars().any(is_cjk), "CJK character in {text:?}");
        assert!(!text.contains("app下载") && !text.contains("http"), "{text:?}");
    }
}

/// Issue 13, point 5: the series, every session's title and summary and every topic exist in
/// the six languages, each translation different from the English and free of tabs.
#[test]
fn the_demo_speaks_the_six_languages() {
    let c = content();
    let others = [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es];
    let complete = |texts: &Texts, fields: &[&str], english: &[&str], what: &str| {
        for (field, en) in fields.iter().zip(english) {
            for lang in others {
                let t = texts.get(*field).and_then(|m| m.get(&lang));
                let t = t.unwrap_or_else(|| panic!("{what}: no {field} in {lang}"));
                assert!(!t.trim().is_empty() && t != en, "{what}: {field} in {lang}");
            }
        }
    };
    let s = &c.series;
    complete(&s.translations, &["title", "description"], &[&s.title, &s.description], "series");
    for session in &c.sessions {
        let what = format!("session {}", session.number);
        let english = [session.title.as_str(), session.summary.as_str()];
        complete(&session.translations, &["title", "summary"], &english, &what);
    }
    for (slug, name) in &c.topics {
        let texts = c.topic_translations.get(slug.as_str()).expect("topic translated");
        complete(texts, &["name"], &[name.as_str()], slug.as_str());
    }
    let fr = |n: u32| session(&c, n).translations["title"][&Lang::Fr].clone();
    assert_eq!(fr(8), "La propriété intellectuelle et l’IA générative");
    assert_eq!(s.translations["title"][&Lang::Zh], "产权组织知识产权与前沿技术对话");
}
