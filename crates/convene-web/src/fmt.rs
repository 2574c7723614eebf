//! Dates and times in the visitor's language, through the catalogue's patterns.

use convene_domain::{SchedulePrecision, Session};
use fluent_bundle::FluentValue;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

use crate::i18n::Tr;

fn month(t: &Tr<'_>, d: Date) -> String {
    t.t(&format!("month-{}", d.month()))
}

/// `September 20, 2023` in English, `20 septembre 2023` in French.
pub fn date_full(t: &Tr<'_>, d: Date) -> String {
    t.args(
        "date-full",
        &[
            ("day", FluentValue::from(d.day().to_string())),
            ("month", FluentValue::from(month(t, d))),
            ("year", FluentValue::from(d.year().to_string())),
        ],
    )
}

/// `Wednesday September 20`, for agenda day headings.
pub fn date_weekday(t: &Tr<'_>, d: Date) -> String {
    let weekday = t.t(&format!("weekday-{}", d.weekday().to_monday_one_offset()));
    t.args(
        "date-weekday",
        &[
            ("weekday", FluentValue::from(weekday)),
            ("day", FluentValue::from(d.day().to_string())),
            ("month", FluentValue::from(month(t, d))),
        ],
    )
}

/// A span of whole days, `last` included: `September 20–21, 2023`.
pub fn date_range(t: &Tr<'_>, first: Date, last: Date) -> String {
    if first == last {
        return date_full(t, first);
    }
    let s = |v: i16| FluentValue::from(v.to_string());
    if first.year() == last.year() && first.month() == last.month() {
        t.args(
            "date-range-same-month",
            &[
                ("month", FluentValue::from(month(t, first))),
                ("day1", s(first.day().into())),
                ("day2", s(last.day().into())),
                ("year", s(first.year())),
            ],
        )
    } else if first.year() == last.year() {
        t.args(
            "date-range-same-year",
            &[
                ("month1", FluentValue::from(month(t, first))),
                ("day1", s(first.day().into())),
                ("month2", FluentValue::from(month(t, last))),
                ("day2", s(last.day().into())),
                ("year", s(first.year())),
            ],
        )
    } else {
        t.args(
            "date-range",
            &[
                ("date1", FluentValue::from(date_full(t, first))),
                ("date2", FluentValue::from(date_full(t, last))),
            ],
        )
    }
}

/// `13:00`: 24-hour clock, as international meetings announce times.
pub fn time(z: &ZonedDateTime) -> String {
    format!("{:02}:{:02}", z.hour(), z.minute())
}

/// `13:00–17:00`.
pub fn time_range(t: &Tr<'_>, start: &ZonedDateTime, end: &ZonedDateTime) -> String {
    t.args(
        "time-range",
        &[("start", FluentValue::from(time(start))), ("end", FluentValue::from(time(end)))],
    )
}

/// A timed span in one zone: `September 20, 2023, 13:00–17:00` or, across days,
/// `September 20, 2023, 13:00 – September 21, 2023, 17:00`.
pub fn timed_span(t: &Tr<'_>, start: Timestamp, end: Timestamp, zone: &TimeZone) -> String {
    let (s, e) = (start.to_zoned_datetime(zone.clone()), end.to_zoned_datetime(zone.clone()));
    let datetime = |date: String, time: String| {
        t.args("datetime", &[("date", FluentValue::from(date)), ("time", FluentValue::from(time))])
    };
    if s.date() == e.date() {
        datetime(date_full(t, s.date()), time_range(t, &s, &e))
    } else {
        t.args(
            "date-range",
            &[
                ("date1", FluentValue::from(datetime(date_full(t, s.date()), time(&s)))),
                ("date2", FluentValue::from(datetime(date_full(t, e.date()), time(&e)))),
            ],
        )
    }
}

/// When a session takes place, in its own zone, as precisely as it is known.
pub fn session_when(t: &Tr<'_>, s: &Session) -> String {
    let (start, end) = (s.local_start(), s.local_end());
    match s.precision {
        SchedulePrecision::Month => t.args(
            "date-month",
            &[
                ("month", FluentValue::from(month(t, start.date()))),
                ("year", FluentValue::from(start.year().to_string())),
            ],
        ),
        SchedulePrecision::Day => {
            // Day-precision spans end at midnight after the last day.
            let last = end.date().yesterday().unwrap_or(end.date()).max(start.date());
            date_range(t, start.date(), last)
        }
        SchedulePrecision::Time => timed_span(t, s.starts_at, s.ends_at, &s.time_zone.zone()),
    }
}

/// The zone abbreviation in force at an instant (`CEST`), or the UTC offset.
pub fn zone_abbreviation(zone: &TimeZone, at: Timestamp) -> String {
    zone.to_offset_info(at).abbreviation().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalogue, Lang};
    use jiff::civil::date;

    #[test]
    fn ranges_read_naturally_in_english_and_french() -> Result<(), Box<dyn std::error::Error>> {
        let c = Catalogue::load()?;
        let en = c.tr(Lang::En);
        let fr = c.tr(Lang::Fr);
        assert_eq!(date_range(&en, date(2023, 9, 20), date(2023, 9, 21)), "September 20–21, 2023");
        assert_eq!(date_range(&en, date(2023, 9, 20), date(2023, 9, 20)), "September 20, 2023");
        assert_eq!(
            date_range(&en, date(2020, 7, 30), date(2020, 8, 2)),
            "July 30 – August 2, 2020"
        );
        assert!(date_range(&fr, date(2023, 9, 20), date(2023, 9, 21)).contains("septembre 2023"));
        let zurich = TimeZone::get("Europe/Zurich")?;
        let start: Timestamp = "2025-04-23T08:00:00Z".parse()?;
        let end: Timestamp = "2025-04-24T16:00:00Z".parse()?;
        assert_eq!(
            timed_span(&en, start, end, &zurich),
            "April 23, 2025, 10:00 – April 24, 2025, 18:00"
        );
        assert_eq!(zone_abbreviation(&zurich, start), "CEST");
        Ok(())
    }
}
