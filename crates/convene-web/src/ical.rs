//! iCalendar (RFC 5545) files for sessions.
//!
//! Written here rather than with a calendar crate because a correct file needs a VTIMEZONE
//! built from the time zone database (so calendar apps show Geneva times as Geneva times),
//! which the crates do not generate. Output is checked by parsing it back in the tests.

use std::fmt::Write;

use convene_domain::{SchedulePrecision, SessionDetail, SessionStatus, SpeakerRole};
use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::{Offset, TimeZone};

use crate::i18n::Tr;
use crate::paths;

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
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//convene//convene//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    let timed = s.precision == SchedulePrecision::Time;
    if timed {
        vtimezone(&mut out, &tz, tzid, s.starts_at, s.ends_at);
    }
    let session_uid = format!("session-{}@{host}", s.id);
    out.line("BEGIN:VEVENT");
    out.line(&format!("UID:{session_uid}"));
    out.line(&format!("DTSTAMP:{stamp}"));
    if timed {
        out.line(&format!("DTSTART;TZID={tzid}:{}", local(&tz, s.starts_at)));
        out.line(&format!("DTEND;TZID={tzid}:{}", local(&tz, s.ends_at)));
    } else {
        // Whole days; DTEND is exclusive, as the stored end already is.
        out.line(&format!("DTSTART;VALUE=DATE:{}", date(s.local_start().date())));
        out.line(&format!("DTEND;VALUE=DATE:{}", date(s.local_end().date())));
    }
    let summary = t.args(
        "ics-session-title",
        &[
            ("series", d.series.title.as_str().into()),
            ("number", s.number.to_string().into()),
            ("title", s.title.as_str().into()),
        ],
    );
    out.line(&format!("SUMMARY:{}", text(&summary)));
    let more = t.arg("ics-more", "url", &url);
    out.line(&format!("DESCRIPTION:{}", text(&format!("{}\n\n{more}", s.summary))));
    if let Some(venue) = &s.venue {
        out.line(&format!("LOCATION:{}", text(venue)));
    }
    out.line(&format!("URL:{url}"));
    out.line(if s.status == SessionStatus::Cancelled {
        "STATUS:CANCELLED"
    } else {
        "STATUS:CONFIRMED"
    });
    out.line("END:VEVENT");
    for item in d.agenda.iter().filter(|_| timed) {
        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:agenda-item-{}@{host}", item.id));
        out.line(&format!("DTSTAMP:{stamp}"));
        out.line(&format!("DTSTART;TZID={tzid}:{}", local(&tz, item.starts_at)));
        out.line(&format!("DTEND;TZID={tzid}:{}", local(&tz, item.ends_at)));
        out.line(&format!(
            "SUMMARY:{}",
            text(&format!("{} – {}", t.t(&format!("kind-{}", item.kind)), item.title))
        ));
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
        out.line(&format!("DESCRIPTION:{}", text(&desc)));
        out.line(&format!("RELATED-TO:{session_uid}"));
        out.line(&format!("URL:{url}"));
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.0
}

/// Content lines joined with CRLF and folded at 75 octets, never inside a character.
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn line(&mut self, line: &str) {
        let mut used = 0;
        for ch in line.chars() {
            if used + ch.len_utf8() > 75 {
                self.0.push_str("\r\n ");
                used = 1;
            }
            self.0.push(ch);
            used += ch.len_utf8();
        }
        self.0.push_str("\r\n");
    }
}

/// Escapes a TEXT value.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
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
fn vtimezone(out: &mut Lines, tz: &TimeZone, tzid: &str, start: Timestamp, end: Timestamp) {
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
        out.line(&format!("TZNAME:{}", text(tr.abbreviation())));
        out.line(&format!("END:{kind}"));
    }
    out.line("END:VTIMEZONE");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut l = Lines::default();
        l.line(&format!("SUMMARY:{}", "é".repeat(60)));
        for physical in l.0.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = l.0.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(60)));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn offsets_are_signed_hours_and_minutes() {
        assert_eq!(offset(Offset::from_seconds(7200).unwrap_or(Offset::UTC)), "+0200");
        assert_eq!(offset(Offset::from_seconds(-34200).unwrap_or(Offset::UTC)), "-0930");
    }
}
