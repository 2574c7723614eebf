//! Reach statistics: what the stored registrations say about who took part, per session and
//! for a series, and the privacy rule that decides which figures may be published.
//!
//! Storage counts the records into a [`SessionTally`] / [`SeriesTally`]; everything here is
//! arithmetic on those counts, so every figure a page shows is derived from stored records.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{ParseError, RegistrationStatus, countries};

/// Public cells below this many people are shown as "fewer than" it.
pub const DEFAULT_MIN_CELL: u64 = 5;

text_enum! {
    /// Whom a session's breakdowns count.
    Population {
        /// People who confirmed their registration (before and without attendance records).
        Registrants => "registrants",
        /// People recorded as attending, in the room or online (past sessions that have them).
        Attendees => "attendees",
    }
}

impl Population {
    /// Attendees once a session is over and attendance was recorded; registrants otherwise,
    /// so a live session's figures do not collapse to the first few people checked in.
    pub fn for_session(ended: bool, attended: u64) -> Self {
        if ended && attended > 0 { Self::Attendees } else { Self::Registrants }
    }
}

/// Counts by a key (a country code, a stakeholder group, a mode, a language).
pub type Counts = BTreeMap<String, u64>;

/// One session's registrations counted, straight from the records (nothing hidden yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionTally {
    /// Every registration record, whatever became of it.
    pub registrations: u64,
    /// Waiting for the email address to be verified.
    pub pending: u64,
    /// Verified and holding a place.
    pub confirmed: u64,
    /// Verified and on the waiting list.
    pub waitlisted: u64,
    /// Cancelled by the person or an organiser.
    pub cancelled: u64,
    /// Never verified in time.
    pub expired: u64,
    /// Records generated for the demo, not made by anyone.
    pub synthetic: u64,
    /// Attended at all (in the room or online).
    pub attended: u64,
    /// Checked in at the door.
    pub attended_in_person: u64,
    /// Followed a join link.
    pub attended_online: u64,
    /// Whom the breakdowns below count.
    pub population: Population,
    /// How many people that is.
    pub people: u64,
    /// The population by country code.
    pub by_country: Counts,
    /// The population by stakeholder group.
    pub by_group: Counts,
    /// The population by attendance mode.
    pub by_mode: Counts,
    /// The population by preferred language.
    pub by_language: Counts,
    /// New registrations (of the population) per UTC day, as (day number since 1970, count).
    pub daily: Vec<(i64, u64)>,
}

/// How many countries a published figure may name: those with at least `min_cell` people (at
/// least one when `min_cell` is 0 or 1). The small-number rule of the tables' cells applied to
/// the count of countries, so that one person from a new country, whom a change of
/// "162 countries" to 163 would point at, does not move a headline.
pub fn countries_shown(by_country: &Counts, min_cell: u64) -> u64 {
    let floor = min_cell.max(1);
    by_country.values().filter(|n| **n >= floor).count() as u64
}

impl SessionTally {
    /// Countries of the population with at least `min_cell` people (see [`countries_shown`]).
    pub fn countries(&self, min_cell: u64) -> u64 {
        countries_shown(&self.by_country, min_cell)
    }

    /// The population by UN M49 region.
    pub fn by_region(&self) -> Counts {
        by_region(&self.by_country)
    }
}

/// What a tally needs of one registration record.
#[derive(Debug, Clone, Copy)]
pub struct RecordFacts<'a> {
    /// Stored state.
    pub status: RegistrationStatus,
    /// Whether the address was verified.
    pub verified: bool,
    /// Country code.
    pub country: &'a str,
    /// Stakeholder group text.
    pub group: &'a str,
    /// Attendance mode text.
    pub mode: &'a str,
    /// Preferred language code.
    pub language: &'a str,
    /// When it was made (Unix seconds).
    pub created_at: i64,
    /// Checked in at the door.
    pub in_person: bool,
    /// Followed a join link.
    pub online: bool,
    /// Generated for the demo.
    pub synthetic: bool,
}

/// Counts records one at a time (storage streams them), for both possible populations at
/// once, so one pass over a session's records is enough.
#[derive(Debug, Default)]
pub struct TallyBuilder {
    registrations: u64,
    pending: u64,
    confirmed: u64,
    waitlisted: u64,
    cancelled: u64,
    expired: u64,
    synthetic: u64,
    attended: u64,
    attended_in_person: u64,
    attended_online: u64,
    registrants: Breakdown,
    attendees: Breakdown,
}

/// The breakdowns of one population.
#[derive(Debug, Default)]
struct Breakdown {
    people: u64,
    by_country: Counts,
    by_group: Counts,
    by_mode: Counts,
    by_language: Counts,
    created: Vec<i64>,
}

impl Breakdown {
    fn add(&mut self, r: &RecordFacts<'_>) {
        fn bump(counts: &mut Counts, key: &str) {
            match counts.get_mut(key) {
                Some(n) => *n += 1,
                None => {
                    counts.insert(key.to_owned(), 1);
                }
            }
        }
        self.people += 1;
        bump(&mut self.by_country, r.country);
        bump(&mut self.by_group, r.group);
        bump(&mut self.by_mode, r.mode);
        bump(&mut self.by_language, r.language);
        self.created.push(r.created_at);
    }
}

impl TallyBuilder {
    /// Counts one record.
    pub fn add(&mut self, r: &RecordFacts<'_>) {
        self.registrations += 1;
        self.synthetic += u64::from(r.synthetic);
        let holding = r.status.is_live();
        match (r.status, r.verified) {
            (RegistrationStatus::Active, true) => self.confirmed += 1,
            (RegistrationStatus::Waitlisted, true) => self.waitlisted += 1,
            (RegistrationStatus::Cancelled, _) => self.cancelled += 1,
            (RegistrationStatus::Expired, _) => self.expired += 1,
            _ => {}
        }
        if holding && !r.verified {
            self.pending += 1;
        }
        if holding && r.verified {
            self.registrants.add(r);
        }
        if r.in_person || r.online {
            self.attended += 1;
            self.attended_in_person += u64::from(r.in_person);
            self.attended_online += u64::from(r.online);
            self.attendees.add(r);
        }
    }

    /// The tally, counting attendees if the session is over and recorded any.
    pub fn finish(self, ended: bool) -> SessionTally {
        let population = Population::for_session(ended, self.attended);
        let chosen = match population {
            Population::Registrants => self.registrants,
            Population::Attendees => self.attendees,
        };
        SessionTally {
            registrations: self.registrations,
            pending: self.pending,
            confirmed: self.confirmed,
            waitlisted: self.waitlisted,
            cancelled: self.cancelled,
            expired: self.expired,
            synthetic: self.synthetic,
            attended: self.attended,
            attended_in_person: self.attended_in_person,
            attended_online: self.attended_online,
            population,
            people: chosen.people,
            by_country: chosen.by_country,
            by_group: chosen.by_group,
            by_mode: chosen.by_mode,
            by_language: chosen.by_language,
            daily: daily_counts(&chosen.created),
        }
    }
}

/// A series' sessions counted together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesTally {
    /// Each session with any registrations, in session-number order.
    pub sessions: Vec<SessionLine>,
    /// Distinct people across the sessions' populations (one normalised email, one person).
    pub people: u64,
    /// Participations (a person in two sessions counts twice) by country code.
    pub by_country: Counts,
    /// Participations by stakeholder group.
    pub by_group: Counts,
    /// Participations by attendance mode.
    pub by_mode: Counts,
    /// Participations by preferred language.
    pub by_language: Counts,
}

/// One session's line in its series' figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLine {
    /// The session's id.
    pub session_id: i64,
    /// Its number in the series.
    pub number: u32,
    /// Whom its figures count.
    pub population: Population,
    /// How many people that is.
    pub people: u64,
    /// Those people by country code (their count is published through [`countries_shown`]).
    pub by_country: Counts,
    /// People seen for the first time in the series at this session.
    pub new_people: u64,
    /// Records that are synthetic demo data.
    pub synthetic: u64,
}

impl SeriesTally {
    /// Adds up the sessions' tallies; `first_seen` maps a session number to the people whose
    /// first session it was, and `people` is the distinct count (both counted by storage).
    pub fn combine(
        sessions: &[(i64, u32, &SessionTally)],
        people: u64,
        first_seen: &BTreeMap<u32, u64>,
    ) -> Self {
        let mut series = Self {
            sessions: Vec::new(),
            people,
            by_country: Counts::new(),
            by_group: Counts::new(),
            by_mode: Counts::new(),
            by_language: Counts::new(),
        };
        let mut ordered: Vec<_> = sessions.iter().filter(|(_, _, t)| t.people > 0).collect();
        ordered.sort_by_key(|(_, number, _)| *number);
        for (id, number, tally) in ordered {
            add_into(&mut series.by_country, &tally.by_country);
            add_into(&mut series.by_group, &tally.by_group);
            add_into(&mut series.by_mode, &tally.by_mode);
            add_into(&mut series.by_language, &tally.by_language);
            series.sessions.push(SessionLine {
                session_id: *id,
                number: *number,
                population: tally.population,
                people: tally.people,
                by_country: tally.by_country.clone(),
                new_people: first_seen.get(number).copied().unwrap_or(0),
                synthetic: tally.synthetic,
            });
        }
        series
    }

    /// Countries across the series with at least `min_cell` participations (see
    /// [`countries_shown`]).
    pub fn countries(&self, min_cell: u64) -> u64 {
        countries_shown(&self.by_country, min_cell)
    }

    /// Participations by UN M49 region.
    pub fn by_region(&self) -> Counts {
        by_region(&self.by_country)
    }

    /// Every participation, summed over sessions.
    pub fn participations(&self) -> u64 {
        self.sessions.iter().map(|s| s.people).sum()
    }
}

fn add_into(total: &mut Counts, part: &Counts) {
    for (key, n) in part {
        *total.entry(key.clone()).or_default() += n;
    }
}

/// Country counts gathered by UN M49 region; a code outside the table counts as "unknown".
pub fn by_region(by_country: &Counts) -> Counts {
    let mut regions = Counts::new();
    for (code, n) in by_country {
        let region = countries().iter().find(|c| c.code == code).map_or("unknown", |c| c.region);
        *regions.entry(region.to_owned()).or_default() += n;
    }
    regions
}

/// New registrations per UTC day from their creation instants (Unix seconds), in day order.
pub fn daily_counts(created: &[i64]) -> Vec<(i64, u64)> {
    let mut days = BTreeMap::<i64, u64>::new();
    for t in created {
        *days.entry(t.div_euclid(86_400)).or_default() += 1;
    }
    days.into_iter().collect()
}

/// A running total of daily counts: (day, people registered by the end of that day).
pub fn cumulative(daily: &[(i64, u64)]) -> Vec<(i64, u64)> {
    let mut total = 0;
    daily
        .iter()
        .map(|(day, n)| {
            total += n;
            (*day, total)
        })
        .collect()
}

/// A figure as it may be published: the count, or "fewer than k" for a small cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// The count itself.
    Count(u64),
    /// Hidden: fewer than this many (but at least one).
    FewerThan(u64),
}

impl Shown {
    /// Applies the threshold: 0 and counts of at least `min_cell` are shown as they are,
    /// counts from 1 to `min_cell - 1` are hidden. `min_cell` of 0 or 1 hides nothing.
    pub fn publish(count: u64, min_cell: u64) -> Self {
        if count == 0 || count >= min_cell { Self::Count(count) } else { Self::FewerThan(min_cell) }
    }

    /// The count if it is shown.
    pub fn count(self) -> Option<u64> {
        match self {
            Self::Count(n) => Some(n),
            Self::FewerThan(_) => None,
        }
    }
}

impl fmt::Display for Shown {
    /// `1234` or `<5`, as CSV exports write it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Count(n) => write!(f, "{n}"),
            Self::FewerThan(k) => write!(f, "<{k}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(&str, u64)]) -> Counts {
        pairs.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect()
    }

    fn tally(people: u64, by_country: &[(&str, u64)]) -> SessionTally {
        SessionTally {
            registrations: people,
            pending: 0,
            confirmed: people,
            waitlisted: 0,
            cancelled: 0,
            expired: 0,
            synthetic: 0,
            attended: 0,
            attended_in_person: 0,
            attended_online: 0,
            population: Population::Registrants,
            people,
            by_country: counts(by_country),
            by_group: counts(&[("academia_research", people)]),
            by_mode: counts(&[("online", people)]),
            by_language: counts(&[("en", people)]),
            daily: vec![(19_000, people)],
        }
    }

    fn facts(
        status: RegistrationStatus,
        verified: bool,
        country: &'static str,
    ) -> RecordFacts<'static> {
        RecordFacts {
            status,
            verified,
            country,
            group: "igo",
            mode: "online",
            language: "fr",
            created_at: 86_400 * 10 + 5,
            in_person: false,
            online: false,
            synthetic: false,
        }
    }

    #[test]
    fn builder_counts_each_state_and_picks_the_population() {
        let mut b = TallyBuilder::default();
        b.add(&facts(RegistrationStatus::Active, true, "FR"));
        b.add(&facts(RegistrationStatus::Active, false, "DE"));
        b.add(&facts(RegistrationStatus::Waitlisted, true, "BR"));
        b.add(&facts(RegistrationStatus::Waitlisted, false, "BR"));
        b.add(&facts(RegistrationStatus::Cancelled, true, "JP"));
        b.add(&facts(RegistrationStatus::Expired, false, "JP"));
        b.add(&RecordFacts {
            online: true,
            synthetic: true,
            ..facts(RegistrationStatus::Active, true, "KE")
        });
        b.add(&RecordFacts { in_person: true, ..facts(RegistrationStatus::Cancelled, true, "CH") });
        let t = b.finish(false);
        assert_eq!((t.registrations, t.pending, t.confirmed, t.waitlisted), (8, 2, 2, 1));
        assert_eq!((t.cancelled, t.expired, t.synthetic), (2, 1, 1));
        assert_eq!((t.attended, t.attended_in_person, t.attended_online), (2, 1, 1));
        assert_eq!(t.population, Population::Registrants);
        assert_eq!(t.by_country, counts(&[("BR", 1), ("FR", 1), ("KE", 1)]));
        assert_eq!(t.daily, vec![(10, 3)]);
    }

    #[test]
    fn after_the_end_attendees_are_counted_even_if_they_later_cancelled() {
        let mut b = TallyBuilder::default();
        b.add(&facts(RegistrationStatus::Active, true, "FR"));
        b.add(&RecordFacts { in_person: true, ..facts(RegistrationStatus::Cancelled, true, "CH") });
        let t = b.finish(true);
        assert_eq!((t.population, t.people), (Population::Attendees, 1));
        assert_eq!(t.by_country, counts(&[("CH", 1)]));
        assert_eq!(t.countries(1), 1);
    }

    #[test]
    fn small_cells_are_hidden_and_zero_and_large_ones_shown() {
        assert_eq!(Shown::publish(0, 5), Shown::Count(0));
        assert_eq!(Shown::publish(1, 5), Shown::FewerThan(5));
        assert_eq!(Shown::publish(4, 5), Shown::FewerThan(5));
        assert_eq!(Shown::publish(5, 5), Shown::Count(5));
        assert_eq!(Shown::publish(3, 1), Shown::Count(3), "a threshold of 1 hides nothing");
        assert_eq!(Shown::publish(4, 5).to_string(), "<5");
        assert_eq!(Shown::publish(4, 5).count(), None);
    }

    /// Issue 13, point 8: a single person from a new country does not move the count.
    #[test]
    fn countries_count_only_cells_that_may_be_shown() {
        let mut t = tally(12, &[("FR", 6), ("KE", 5), ("BR", 1)]);
        assert_eq!(t.countries(5), 2, "BR has one person");
        assert_eq!(t.countries(0), 3, "organisers, who see every cell, see every country");
        assert_eq!(t.countries(1), 3);
        t.by_country.insert("JP".to_owned(), 1);
        assert_eq!(t.countries(5), 2, "one registrant from a new country changes nothing");
        t.by_country.insert("BR".to_owned(), 5);
        assert_eq!(t.countries(5), 3);
        t.by_country.insert("CH".to_owned(), 0);
        assert_eq!(t.countries(0), 4, "a country with nobody is never counted");
    }

    #[test]
    fn population_switches_to_attendees_only_after_the_end_with_attendance() {
        assert_eq!(Population::for_session(false, 30), Population::Registrants);
        assert_eq!(Population::for_session(true, 0), Population::Registrants);
        assert_eq!(Population::for_session(true, 1), Population::Attendees);
    }

    #[test]
    fn regions_follow_un_m49_and_unknown_codes_are_kept() {
        let r = by_region(&counts(&[("FR", 3), ("DE", 2), ("BR", 4), ("JP", 1), ("ZZ", 7)]));
        assert_eq!(r, counts(&[("Americas", 4), ("Asia", 1), ("Europe", 5), ("unknown", 7)]));
    }

    #[test]
    fn daily_counts_bucket_by_utc_day_and_cumulate() {
        let d = 86_400;
        let daily = daily_counts(&[5 * d + 10, 3 * d, 5 * d + 86_399, 3 * d + 1, -1]);
        assert_eq!(daily, vec![(-1, 1), (3, 2), (5, 2)]);
        assert_eq!(cumulative(&daily), vec![(-1, 1), (3, 3), (5, 5)]);
        assert!(cumulative(&[]).is_empty());
    }

    #[test]
    fn series_sums_participations_orders_sessions_and_skips_empty_ones() {
        let (a, b, empty) =
            (tally(10, &[("FR", 6), ("BR", 4)]), tally(7, &[("FR", 7)]), tally(0, &[]));
        let first = BTreeMap::from([(2, 10), (5, 3)]);
        let s = SeriesTally::combine(&[(50, 5, &b), (20, 2, &a), (90, 9, &empty)], 13, &first);
        assert_eq!(s.sessions.iter().map(|l| l.number).collect::<Vec<_>>(), vec![2, 5]);
        assert_eq!(s.by_country, counts(&[("BR", 4), ("FR", 13)]));
        assert_eq!((s.people, s.participations(), s.countries(0)), (13, 17, 2));
        assert_eq!(s.sessions[1].new_people, 3);
        assert_eq!(countries_shown(&s.sessions[0].by_country, 5), 1, "BR has 4");
        assert_eq!(s.by_region(), counts(&[("Americas", 4), ("Europe", 13)]));
    }
}
