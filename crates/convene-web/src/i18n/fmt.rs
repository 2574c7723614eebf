//! Dates and times in the visitor's language, with ICU4X's CLDR data.
//!
//! Month names, their grammatical case (Russian genitive "20 сентября 2023 г."), word order
//! ("2023年9月20日", "20 de septiembre de 2023") and date ranges all come from CLDR, through
//! ICU4X's compiled data, so no catalogue message spells a month or a weekday. Dates are always
//! in the Gregorian calendar and times always on the 24-hour clock, as international meetings
//! announce them. Only the glue between a date and a time, and between the two ends of a span
//! that crosses years, stays in the catalogue (`datetime`, `date-range`, `time-range`).

use std::collections::HashMap;
use std::sync::LazyLock;

use convene_domain::{SchedulePrecision, Session};
use fluent_bundle::FluentValue;
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{MDE, YM, YMD};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

use crate::i18n::date_parts::FormattedParts;
use crate::i18n::{Lang, Tr};

/// The CLDR formatters one language needs, built once.
struct Formatters {
    full: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, MDE>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
}

impl Formatters {
    fn new(lang: Lang) -> Option<Self> {
        let locale: icu_locale_core::Locale = lang.code().parse().ok()?;
        Some(Self {
            full: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long())
                .ok()?,
            weekday: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), MDE::long())
                .ok()?,
            month: FixedCalendarDateTimeFormatter::try_new(locale.into(), YM::long()).ok()?,
        })
    }
}

static FORMATTERS: LazyLock<HashMap<Lang, Formatters>> = LazyLock::new(|| {
    Lang::ALL.into_iter().filter_map(|lang| Some((lang, Formatters::new(lang)?))).collect()
});

fn gregorian(d: Date) -> Option<icu_calendar::Date<Gregorian>> {
    icu_calendar::Date::try_new_gregorian(
        i32::from(d.year()),
        d.month().unsigned_abs(),
        d.day().unsigned_abs(),
    )
    .ok()
}

/// Formats with the language's formatters, or falls back to ISO 8601 if CLDR data is missing
/// (it is compiled in for every interface language, so this is a safety net only).
fn with<F>(lang: Lang, fallback: impl FnOnce() -> String, f: F) -> String
where
    F: FnOnce(&Formatters) -> Option<String>,
{
    FORMATTERS.get(&lang).and_then(f).unwrap_or_else(fallback)
}

/// `September 20, 2023` in English, `20 сентября 2023 г.` in Russian, `2023年9月20日` in Chinese.
pub fn date_full(t: &Tr<'_>, d: Date) -> String {
    with(t.lang, || d.to_string(), |f| Some(f.full.format(&gregorian(d)?).to_string()))
}

/// `Wednesday, September 20`, for agenda day headings.
pub fn date_weekday(t: &Tr<'_>, d: Date) -> String {
    with(t.lang, || d.to_string(), |f| Some(f.weekday.format(&gregorian(d)?).to_string()))
}

/// `September 2023`, for sessions whose days are not yet fixed.
pub fn date_month(t: &Tr<'_>, d: Date) -> String {
    with(
        t.lang,
        || d.strftime("%Y-%m").to_string(),
        |f| Some(f.month.format(&gregorian(d)?).to_string()),
    )
}

/// A span of whole days, `last` included: `September 20–21, 2023`, `20–21 сентября 2023 г.`,
/// `2023年9月20–21日`, `July 30 – August 2, 2020`.
///
/// ICU4X 2.x has interval formatting only behind its unstable flag (and it fails on long
/// month names), so the span is composed from CLDR's own full dates: the parts that the two
/// ends share are written once, in the order the language writes them.
pub fn date_range(t: &Tr<'_>, first: Date, last: Date) -> String {
    if first == last {
        return date_full(t, first);
    }
    let joined = || {
        t.args(
            "date-range",
            &[
                ("date1", FluentValue::from(date_full(t, first))),
                ("date2", FluentValue::from(date_full(t, last))),
            ],
        )
    };
    if first.year() != last.year() {
        return joined();
    }
    let composed = FORMATTERS.get(&t.lang).and_then(|f| {
        let a = FormattedParts::of(&f.full.format(&gregorian(first)?));
        let b = FormattedParts::of(&f.full.format(&gregorian(last)?));
        if first.month() == last.month() { a.same_month_range(&b) } else { a.same_year_range(&b) }
    });
    composed.unwrap_or_else(joined)
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
/// `April 23, 2025, 10:00 – April 24, 2025, 18:00`.
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
        SchedulePrecision::Month => date_month(t, start.date()),
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
#[path = "fmt_tests.rs"]
mod tests;
