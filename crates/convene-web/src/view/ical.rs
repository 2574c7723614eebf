//! iCalendar (RFC 5545) files for sessions, built with the `icalendar` crate.
//!
//! The crate writes the calendar and its events (escaping, line folding, parameters). The
//! VTIMEZONE is written here: the crate cannot build one from the time zone database, and its
//! generic component adds a DTSTAMP and a UID to every component, which a VTIMEZONE and its
//! observances must not have. Output is checked by parsing it back in the tests.

use std::fmt::Write;

use convene_domain::{SchedulePrecision, SessionDetail, SessionStatus, SpeakerRole};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::{Offset, TimeZone};

use crate::i18n::Tr;
use crate::view::paths;

/// The calendar for a session: the session as one event, and each agenda item as an event.
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
    let session_uid = format!("session-{}@{host}", s.id);
    let mut event = Event::new();
    event.uid(&session_uid).add_property("DTSTAMP", &stamp);
    if timed {
        event.append_property(zoned("DTSTART", s.starts_at));
        event.append_property(zoned("DTEND", s.ends_at));
    } else {
        // Whole days; DTEND is exclusive, as the stored end already is.
        for (key, day) in [("DTSTART", s.local_start().date()), ("DTEND", s.local_end().date())] {
            let mut p = Property::new(key, date(day));
            p.add_parameter("VALUE", "DATE");
            event.append_property(p);
        }
    }
    let summary = t.args(
        "ics-session-title",
        &[
            ("series", d.series.title.as_str().into()),
            ("number", s.number.to_string().into()),
            ("title", s.title.as_str().into()),
        ],
    );
    let more = t.arg("ics-more", "url", &url);
    event.summary(&clean(&summary)).description(&clean(&format!("{}\n\n{more}", s.summary)));
    if let Some(venue) = &s.venue {
        event.location(&clean(venue));
    }
    event.url(&url).status(if s.status == SessionStatus::Cancelled {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    });
    cal.push(event);
    for item in d.agenda.iter().filter(|_| timed) {
        let mut desc = item.description.clone();
        for role in [SpeakerRole::Moderator, SpeakerRole::Speaker] {
            let names: Vec<String> = item
                .people
                .iter()
                .filter(|p| p.role == role)
                .map(|p| format!("{} ({})", p.speaker.name, p.speaker.affiliation))
                .collect();
            if !names.is_empty() {
                let id = if role == SpeakerRole::Moderator {
                    "agenda-moderator"
                } else {
                    "agenda-speaker"
                };
                let _ = write!(desc, "\n{}: {}", t.count(id, names.len()), names.join("; "));
            }
        }
        let title = format!("{} – {}", t.t(&format!("kind-{}", item.kind)), item.title);
        let mut event = Event::new();
        event
            .uid(&format!("agenda-item-{}@{host}", item.id))
            .add_property("DTSTAMP", &stamp)
            .append_property(zoned("DTSTART", item.starts_at))
            .append_property(zoned("DTEND", item.ends_at))
            .summary(&clean(&title))
            .description(&clean(&desc))
            .add_property("RELATED-TO", &session_uid)
            .url(&url);
        cal.push(event);
    }
    let out = cal.to_string();
    if !timed {
        return out;
    }
    // The zone goes before the events that name it, as calendar programs expect.
    let zone = vtimezone(&tz, tzid, s.starts_at, s.ends_at);
    out.replacen("BEGIN:VEVENT\r\n", &format!("{zone}BEGIN:VEVENT\r\n"), 1)
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
