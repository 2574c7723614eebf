//! iCalendar (RFC 5545) files for sessions, built with the `icalendar` crate: a timed session
//! is one event per day with that day's real hours and its agenda in the description (see
//! docs/DECISIONS.md); a session known only by its days is one all-day event.
//!
//! The crate writes the calendar and its events (escaping, line folding, parameters). The
//! VTIMEZONE is written here: the crate cannot build one from the time zone database, and its
//! generic component adds a DTSTAMP and a UID to every component, which a VTIMEZONE and its
//! observances must not have. Output is checked by parsing it back in the tests.

use std::fmt::Write;

use convene_domain::{
    AgendaItem, SchedulePrecision, Session, SessionDetail, SessionStatus, SpeakerRole,
};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::{Offset, TimeZone};

use crate::i18n::Tr;
use crate::view::paths;

/// The calendar for a session: one event per day it takes place.
pub fn session_calendar(t: &Tr<'_>, base_url: &str, d: &SessionDetail) -> String {
    let s = &d.session;
    let host = base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("convene");
    let url = format!("{base_url}{}", paths::session(d.series.slug.as_str(), s.number));
    let tz = s.time_zone.zone();
    let tzid = s.time_zone.as_str();
    let stamp = utc(s.updated_at);
    let timed = s.precision == SchedulePrecision::Time;
    let mut cal = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//convene//convene//EN"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        cal.append_property(Property::new(key, value));
    }
    let zoned = |key: &str, ts: Timestamp| {
        let mut p = Property::new(key, local(&tz, ts));
        p.add_parameter("TZID", tzid);
        p
    };
    let summary = t.args(
        "ics-session-title",
        &[
            ("series", d.series.title.as_str().into()),
            ("number", s.number.to_string().into()),
            ("title", s.title.as_str().into()),
        ],
    );
    let more = t.arg("ics-more", "url", &url);
    let status = if s.status == SessionStatus::Cancelled {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    };
    let event = |uid: &str, summary: &str, description: &str| {
        let mut event = Event::new();
        event.uid(uid).add_property("DTSTAMP", &stamp);
        event.summary(&clean(summary)).description(&clean(description));
        if let Some(venue) = &s.venue {
            event.location(&clean(venue));
        }
        event.url(&url).status(status);
        event
    };
    if !timed {
        // Whole days; DTEND is exclusive, as the stored end already is.
        let mut e = event(
            &format!("session-{}@{host}", s.id),
            &summary,
            &format!("{}\n\n{more}", s.summary),
        );
        for (key, day) in [("DTSTART", s.local_start().date()), ("DTEND", s.local_end().date())] {
            let mut p = Property::new(key, date(day));
            p.add_parameter("VALUE", "DATE");
            e.append_property(p);
        }
        cal.push(e);
        return cal.to_string();
    }
    // One event per day with that day's hours, the day's agenda in its description: a
    // calendar shows the real hours, no event blocks the night, and nothing overlaps.
    let days = session_days(s, &d.agenda, &tz);
    for (n, day) in days.iter().enumerate() {
        let (uid, title) = if days.len() == 1 {
            (format!("session-{}@{host}", s.id), summary.clone())
        } else {
            let title = t.args(
                "ics-session-day",
                &[
                    ("title", summary.as_str().into()),
                    ("day", (n + 1).to_string().into()),
                    ("days", days.len().to_string().into()),
                ],
            );
            (format!("session-{}-{}@{host}", s.id, date(day.date)), title)
        };
        let mut desc = s.summary.clone();
        if !day.items.is_empty() {
            desc.push('\n');
        }
        for item in &day.items {
            let _ = write!(desc, "\n{}", agenda_line(t, item, &tz));
        }
        let _ = write!(desc, "\n\n{more}");
        let mut e = event(&uid, &title, &desc);
        e.append_property(zoned("DTSTART", day.start));
        e.append_property(zoned("DTEND", day.end));
        cal.push(e);
    }
    let out = cal.to_string();
    // The zone goes before the events that name it, as calendar programs expect.
    let zone = vtimezone(&tz, tzid, s.starts_at, s.ends_at);
    out.replacen("BEGIN:VEVENT\r\n", &format!("{zone}BEGIN:VEVENT\r\n"), 1)
}

/// One day of a timed session in its own zone, with the hours it takes that day.
struct Day<'a> {
    date: Date,
    start: Timestamp,
    end: Timestamp,
    items: Vec<&'a AgendaItem>,
}

/// The days of a timed session: each day's hours run from its first agenda item to its last;
/// a day without agenda items keeps the session's daily hours (its start's time of day to its
/// end's), or, when those do not make a daytime span, the part of the session on that day.
fn session_days<'a>(s: &Session, agenda: &'a [AgendaItem], tz: &TimeZone) -> Vec<Day<'a>> {
    let (first, last) = (s.local_start(), s.local_end());
    // A session ending at midnight ends on the day before.
    let last_date = if last.time() == jiff::civil::Time::midnight() && last.date() > first.date() {
        last.date().yesterday().unwrap_or(last.date())
    } else {
        last.date()
    };
    let at = |d: Date, time: jiff::civil::Time| {
        tz.to_ambiguous_timestamp(d.to_datetime(time)).compatible().ok()
    };
    let mut days = Vec::new();
    let mut date = first.date();
    while date <= last_date {
        let items: Vec<&AgendaItem> =
            agenda.iter().filter(|i| tz.to_datetime(i.starts_at).date() == date).collect();
        let hours = match (
            items.iter().map(|i| i.starts_at).min(),
            items.iter().map(|i| i.ends_at).max(),
        ) {
            (Some(a), Some(b)) => Some((a, b)),
            _ if first.time() < last.time() => at(date, first.time()).zip(at(date, last.time())),
            _ => at(date, jiff::civil::Time::midnight())
                .zip(date.tomorrow().ok().and_then(|d| at(d, jiff::civil::Time::midnight()))),
        };
        if let Some((start, end)) = hours {
            let (start, end) = (start.max(s.starts_at), end.min(s.ends_at));
            if start < end {
                days.push(Day { date, start, end, items });
            }
        }
        let Ok(next) = date.tomorrow() else { break };
        date = next;
    }
    if days.is_empty() {
        days.push(Day {
            date: first.date(),
            start: s.starts_at,
            end: s.ends_at,
            items: Vec::new(),
        });
    }
    days
}

/// An agenda item as a line of a day's description: "13:00–13:20 Opening – Opening of the
/// session (Speaker: Helena Marchetti (Secretariat))".
fn agenda_line(t: &Tr<'_>, item: &AgendaItem, tz: &TimeZone) -> String {
    let (start, end) =
        (item.starts_at.to_zoned_datetime(tz.clone()), item.ends_at.to_zoned_datetime(tz.clone()));
    let mut line = format!(
        "{} {} – {}",
        crate::i18n::fmt::time_range(t, &start, &end),
        t.t(&format!("kind-{}", item.kind)),
        item.title
    );
    for role in [SpeakerRole::Moderator, SpeakerRole::Speaker] {
        let names: Vec<String> = item
            .people
            .iter()
            .filter(|p| p.role == role)
            .map(|p| format!("{} ({})", p.speaker.name, p.speaker.affiliation))
            .collect();
        if !names.is_empty() {
            let id =
                if role == SpeakerRole::Moderator { "agenda-moderator" } else { "agenda-speaker" };
            let _ = write!(line, "; {}: {}", t.count(id, names.len()), names.join(", "));
        }
    }
    line
}

/// A TEXT value without carriage returns or other control characters (line breaks stay), which
/// the crate would otherwise write into the content line as they are.
fn clean(s: &str) -> String {
    s.chars().filter(|c| *c == '\n' || !c.is_control()).collect()
}

fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn fmt_local(dt: DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

fn local(tz: &TimeZone, ts: Timestamp) -> String {
    fmt_local(tz.to_datetime(ts))
}

fn date(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

fn offset(o: Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.unsigned_abs();
    format!("{sign}{:02}{:02}", secs / 3600, (secs % 3600) / 60)
}

/// The zone's rules in force from before `start` to `end`: the transition in force at the
/// start and every one up to the end, each as its own observance.
fn vtimezone(tz: &TimeZone, tzid: &str, start: Timestamp, end: Timestamp) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VTIMEZONE");
    out.line(&format!("TZID:{tzid}"));
    let mut transitions: Vec<_> = tz.preceding(start).take(1).collect();
    transitions.extend(tz.following(start).take_while(|tr| tr.timestamp() <= end));
    if transitions.is_empty() {
        let o = tz.to_offset(start);
        out.line("BEGIN:STANDARD");
        out.line("DTSTART:19700101T000000");
        out.line(&format!("TZOFFSETFROM:{}", offset(o)));
        out.line(&format!("TZOFFSETTO:{}", offset(o)));
        out.line("END:STANDARD");
    }
    for tr in transitions {
        let before = tz.to_offset(tr.timestamp() - jiff::SignedDuration::from_secs(1));
        let kind = if tr.dst().is_dst() { "DAYLIGHT" } else { "STANDARD" };
        out.line(&format!("BEGIN:{kind}"));
        out.line(&format!("DTSTART:{}", fmt_local(before.to_datetime(tr.timestamp()))));
        out.line(&format!("TZOFFSETFROM:{}", offset(before)));
        out.line(&format!("TZOFFSETTO:{}", offset(tr.offset())));
        out.line(&format!("TZNAME:{}", clean(tr.abbreviation())));
        out.line(&format!("END:{kind}"));
    }
    out.line("END:VTIMEZONE");
    out.0
}

/// Content lines of the VTIMEZONE, each ended with CRLF (all far shorter than 75 octets: zone
/// names, offsets and abbreviations).
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn line(&mut self, line: &str) {
        self.0.push_str(line);
        self.0.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_loses_control_characters_but_keeps_line_breaks() {
        assert_eq!(clean("a\r\nb\u{7}c"), "a\nbc");
    }

    #[test]
    fn offsets_are_signed_hours_and_minutes() {
        assert_eq!(offset(Offset::from_seconds(7200).unwrap_or(Offset::UTC)), "+0200");
        assert_eq!(offset(Offset::from_seconds(-34200).unwrap_or(Offset::UTC)), "-0930");
    }
}
