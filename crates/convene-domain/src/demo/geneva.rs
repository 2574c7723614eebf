//! Where and when the demo series happens: Geneva's zone and venue, and the slugs of its
//! tables. A leaf module: the other demo modules use it, it uses none of them.

use jiff::Timestamp;
use jiff::civil::{Date, date};

use crate::types::{Format, Slug, TimeZoneName};

/// The time zone every session of the series is held and announced in.
pub(super) const ZONE: &str = "Europe/Zurich";

/// Where in-person and hybrid sessions take place.
pub(super) const VENUE: &str = "WIPO Headquarters, Geneva";

/// A slug from the static tables above.
pub(super) fn slug(s: &str) -> Slug {
    Slug::try_from(s).expect("demo slugs are valid")
}

/// The series' time zone.
pub(super) fn zone() -> TimeZoneName {
    TimeZoneName::try_from(ZONE).expect("the bundled database knows Europe/Zurich")
}

/// The venue for a format: Geneva unless the session is online only.
pub(super) fn venue(format: Format) -> Option<String> {
    match format {
        Format::Online => None,
        Format::InPerson | Format::Hybrid => Some(VENUE.to_owned()),
    }
}

/// The instant of a Geneva wall-clock time.
pub(super) fn geneva(day: Date, hour: i8, minute: i8) -> Timestamp {
    day.at(hour, minute, 0, 0)
        .in_tz(ZONE)
        .expect("the bundled database knows Europe/Zurich")
        .timestamp()
}

/// A span of whole days in Geneva: from midnight on `first` to midnight after `last`.
pub(super) fn days(first: Date, last: Date) -> (Timestamp, Timestamp) {
    let after = last.tomorrow().expect("demo dates have a next day");
    (geneva(first, 0, 0), geneva(after, 0, 0))
}

/// A whole month in Geneva: from midnight on the 1st to midnight on the 1st of the next month.
pub(super) fn month(year: i16, month: i8) -> (Timestamp, Timestamp) {
    let first = date(year, month, 1);
    days(first, first.last_of_month())
}
