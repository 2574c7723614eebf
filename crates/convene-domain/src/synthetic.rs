//! Synthetic participant records for the demo and for benchmarks: deterministic, plausible,
//! and shaped to match a session's published reach (so many people from so many countries).
//! People come from the countries of `data/demo_audience.tsv` (States only, weighted like a
//! global IP audience), never from a territory such as Bouvet Island.
//!
//! The records are marked synthetic in storage and the pages say so; nothing here is anyone.

use jiff::{SignedDuration, Timestamp};

use crate::reach::DEFAULT_MIN_CELL;
use crate::{AttendanceMode, CountryCode, Format, RegistrationStatus, StakeholderGroup};

/// Where the demo's audience comes from: a header and comment lines, then `code<TAB>weight`.
const AUDIENCE: &str = include_str!("../data/demo_audience.tsv");

/// What one session's synthetic records must add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntheticPlan {
    /// The session's number in its series.
    pub number: u32,
    /// Confirmed registrants (verified, not cancelled).
    pub registrants: u64,
    /// Of whom attended, if the session recorded attendance.
    pub attendees: Option<u64>,
    /// Distinct countries of the session's population (attendees if any, else registrants).
    pub countries: usize,
}

/// The reach of the demo's twelve past sessions. Sessions 2, 3, 7 and 8 carry the figures the
/// series published (the issue and the seed page state them); the others are illustrative,
/// in proportion to those, so that every past session has records and figures.
pub const DEMO_PLANS: [SyntheticPlan; 12] = [
    SyntheticPlan { number: 1, registrants: 420, attendees: Some(360), countries: 52 },
    SyntheticPlan { number: 2, registrants: 2_046, attendees: None, countries: 130 },
    SyntheticPlan { number: 3, registrants: 1_573, attendees: None, countries: 133 },
    SyntheticPlan { number: 4, registrants: 1_800, attendees: None, countries: 121 },
    SyntheticPlan { number: 5, registrants: 1_200, attendees: None, countries: 104 },
    SyntheticPlan { number: 6, registrants: 2_100, attendees: Some(1_640), countries: 128 },
    SyntheticPlan { number: 7, registrants: 3_700, attendees: None, countries: 144 },
    SyntheticPlan { number: 8, registrants: 6_912, attendees: Some(5_047), countries: 162 },
    SyntheticPlan { number: 9, registrants: 2_600, attendees: Some(1_950), countries: 141 },
    SyntheticPlan { number: 10, registrants: 2_300, attendees: Some(1_780), countries: 139 },
    SyntheticPlan { number: 11, registrants: 2_050, attendees: Some(1_610), countries: 136 },
    SyntheticPlan { number: 12, registrants: 2_200, attendees: Some(1_700), countries: 138 },
];

/// The demo's audience: country codes, heaviest first (ties in code order), with weights.
fn audience() -> Vec<(&'static str, f64)> {
    let mut list: Vec<(&'static str, f64)> = AUDIENCE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .skip(1)
        .filter_map(|l| {
            let (code, weight) = l.split_once('\t')?;
            let code = CountryCode::try_from(code).ok()?.info().code;
            Some((code, weight.parse().ok()?))
        })
        .collect();
    list.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    list
}

/// One synthetic registration, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntheticRegistration {
    /// A person's number: the same number is the same person in every session.
    pub person: u32,
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// Stakeholder group.
    pub group: StakeholderGroup,
    /// How they take part.
    pub mode: AttendanceMode,
    /// Preferred language.
    pub language: crate::Lang,
    /// Stored state.
    pub status: RegistrationStatus,
    /// When the form was sent.
    pub created_at: Timestamp,
    /// When the address was verified.
    pub verified_at: Option<Timestamp>,
    /// When it was cancelled.
    pub cancelled_at: Option<Timestamp>,
    /// When they were checked in at the door.
    pub checked_in_at: Option<Timestamp>,
    /// When they first followed a join link.
    pub joined_online_at: Option<Timestamp>,
}

impl SyntheticRegistration {
    /// The person's made-up address, on the reserved `.example` domain.
    pub fn email(&self) -> String {
        format!("participant{}@synthetic.example", self.person)
    }

    /// The person's made-up name.
    pub fn name(&self) -> String {
        format!("Synthetic participant {}", self.person)
    }
}

/// Someone who may come back to a later session.
#[derive(Debug, Clone, Copy)]
struct Person {
    id: u32,
    country: usize,
    group: StakeholderGroup,
    language: crate::Lang,
}

/// Generates sessions one after another, so people recur across a series.
#[derive(Debug)]
pub struct Synthesizer {
    rng: SplitMix64,
    /// Country codes, heaviest first: a session with n countries draws from the first n.
    ranking: Vec<&'static str>,
    /// Each country's weight in the audience, in the order of `ranking`.
    weights: Vec<f64>,
    /// People seen so far, by country index in `ranking`.
    pool: Vec<Vec<Person>>,
    next_person: u32,
}

/// The share of a session's people who took part in an earlier one, when any can.
const RETURNING: f64 = 0.22;
/// How long before a session registrations arrive.
const REGISTRATION_WEEKS: i64 = 8;

impl Synthesizer {
    /// A generator whose output depends on the seed alone.
    pub fn new(seed: u64) -> Self {
        let rng = SplitMix64(seed);
        let (ranking, weights): (Vec<_>, Vec<_>) = audience().into_iter().unzip();
        let pool = vec![Vec::new(); ranking.len()];
        Self { rng, ranking, weights, pool, next_person: 1 }
    }

    /// Numbers people from `first` on, so a second generator's people are other people.
    pub fn starting_at(mut self, first: u32) -> Self {
        self.next_person = first;
        self
    }

    /// The records of one session: exactly `plan.registrants` confirmed registrants (and
    /// `plan.attendees` of them attended) from exactly `plan.countries` countries, the
    /// heaviest of the audience, plus a few cancellations and expired sign-ups as real
    /// sessions have. Each country has at least the small-number threshold's 5 people (when
    /// the population allows), so the published count of countries, which counts only such
    /// countries, is the plan's.
    pub fn session(
        &mut self,
        plan: &SyntheticPlan,
        starts_at: Timestamp,
        format: Format,
    ) -> Vec<SyntheticRegistration> {
        let n_countries = plan.countries.clamp(1, self.ranking.len());
        let population = plan.attendees.unwrap_or(plan.registrants).min(plan.registrants);
        let weights: Vec<f64> = self.weights[..n_countries].to_vec();
        let total_weight: f64 = weights.iter().sum();
        let floor = DEFAULT_MIN_CELL.min(population / n_countries as u64).max(1) as usize;
        let mut taken = std::collections::HashSet::new();
        let mut out =
            Vec::with_capacity(plan.registrants as usize + plan.registrants as usize / 20);
        for i in 0..plan.registrants {
            // The first people cover every country `floor` times, so the count is exact.
            let country = if (i as usize) < n_countries * floor && i < population {
                i as usize % n_countries
            } else {
                self.weighted(&weights, total_weight)
            };
            let person = self.person(country, &mut taken);
            let attended = plan.attendees.is_some() && i < population;
            out.push(self.record(person, starts_at, format, attended, RegistrationStatus::Active));
        }
        // About 4% cancel and 2% never verify: part of the records, never of the population.
        for status in [(RegistrationStatus::Cancelled, 25), (RegistrationStatus::Expired, 50)] {
            for _ in 0..plan.registrants / status.1 {
                let country = self.weighted(&weights, total_weight);
                let person = self.person(country, &mut taken);
                out.push(self.record(person, starts_at, format, false, status.0));
            }
        }
        out
    }

    /// A country index drawn by weight.
    fn weighted(&mut self, weights: &[f64], total: f64) -> usize {
        let mut x = self.rng.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    /// Someone from this country not yet in this session: returning or new.
    fn person(&mut self, country: usize, taken: &mut std::collections::HashSet<u32>) -> Person {
        if self.rng.unit() < RETURNING {
            let known = &self.pool[country];
            if !known.is_empty() {
                let candidate = known[self.rng.below(known.len() as u64) as usize];
                if taken.insert(candidate.id) {
                    return candidate;
                }
            }
        }
        let person = Person {
            id: self.next_person,
            country,
            group: self.group(),
            language: self.language(),
        };
        self.next_person += 1;
        self.pool[country].push(person);
        taken.insert(person.id);
        person
    }

    fn group(&mut self) -> StakeholderGroup {
        // Roughly the mix such a forum draws: many member states, IP professionals, academia.
        const SHARES: [u64; 9] = [24, 6, 10, 18, 20, 14, 3, 3, 2];
        let mut x = self.rng.below(SHARES.iter().sum());
        for (group, share) in StakeholderGroup::ALL.iter().zip(SHARES) {
            if x < share {
                return *group;
            }
            x -= share;
        }
        StakeholderGroup::ALL[0]
    }

    fn language(&mut self) -> crate::Lang {
        use crate::Lang;
        const SHARES: [(Lang, u64); 6] = [
            (Lang::En, 52),
            (Lang::Fr, 13),
            (Lang::Es, 13),
            (Lang::Ar, 8),
            (Lang::Zh, 8),
            (Lang::Ru, 6),
        ];
        let mut x = self.rng.below(100);
        for (code, share) in SHARES {
            if x < share {
                return code;
            }
            x -= share;
        }
        Lang::En
    }

    fn record(
        &mut self,
        person: Person,
        starts_at: Timestamp,
        format: Format,
        attended: bool,
        status: RegistrationStatus,
    ) -> SyntheticRegistration {
        let mode = match format {
            Format::InPerson => AttendanceMode::InPerson,
            Format::Online => AttendanceMode::Online,
            Format::Hybrid if self.rng.unit() < 0.18 => AttendanceMode::InPerson,
            Format::Hybrid => AttendanceMode::Online,
        };
        // Registrations gather pace as the session nears: most arrive in the last weeks.
        let before = self.rng.unit().powi(2) * (REGISTRATION_WEEKS * 7 * 86_400) as f64;
        let created_at = starts_at - SignedDuration::from_secs(before as i64 + 600);
        let verified_at = (status != RegistrationStatus::Expired)
            .then(|| created_at + SignedDuration::from_secs(60 + self.rng.below(1_800) as i64));
        let cancelled_at = (status == RegistrationStatus::Cancelled)
            .then(|| starts_at - SignedDuration::from_secs((before / 2.0) as i64 + 60));
        let arrival = starts_at + SignedDuration::from_secs(self.rng.below(3_600) as i64 - 1_800);
        SyntheticRegistration {
            person: person.id,
            country: self.ranking[person.country],
            group: person.group,
            mode,
            language: person.language,
            status,
            created_at,
            verified_at,
            cancelled_at,
            checked_in_at: (attended && mode == AttendanceMode::InPerson).then_some(arrival),
            joined_online_at: (attended && mode == AttendanceMode::Online).then_some(arrival),
        }
    }
}

/// A small, fast, seedable generator (SplitMix64): reproducible output needs no dependency.
#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [0, n); n must be positive.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashSet};

    use super::*;

    fn start() -> Timestamp {
        "2023-09-20T11:00:00Z".parse().expect("instant")
    }

    fn population(records: &[SyntheticRegistration]) -> Vec<&SyntheticRegistration> {
        let attended: Vec<_> = records
            .iter()
            .filter(|r| r.checked_in_at.is_some() || r.joined_online_at.is_some())
            .collect();
        if attended.is_empty() {
            records.iter().filter(|r| r.status == RegistrationStatus::Active).collect()
        } else {
            attended
        }
    }

    #[test]
    fn demo_plans_are_met_exactly() {
        let mut s = Synthesizer::new(7);
        for plan in DEMO_PLANS {
            let records = s.session(&plan, start(), Format::Hybrid);
            let active = records.iter().filter(|r| r.status == RegistrationStatus::Active).count();
            assert_eq!(active as u64, plan.registrants, "session {}", plan.number);
            let people = population(&records);
            assert_eq!(people.len() as u64, plan.attendees.unwrap_or(plan.registrants));
            let countries: BTreeSet<_> = people.iter().map(|r| r.country).collect();
            assert_eq!(countries.len(), plan.countries, "session {}", plan.number);
            for c in &countries {
                let n = people.iter().filter(|r| r.country == *c).count() as u64;
                assert!(n >= DEFAULT_MIN_CELL, "session {}: {c} has {n}", plan.number);
            }
            let persons: HashSet<_> = records.iter().map(|r| r.person).collect();
            assert_eq!(persons.len(), records.len(), "nobody registers twice for a session");
            assert!(records.iter().all(|r| r.created_at < start()));
            assert!(records.iter().all(|r| r.verified_at.is_none_or(|v| v > r.created_at)));
        }
    }

    /// Issue 13, point 5: the demo's audience looks like a global IP audience.
    #[test]
    fn demo_audience_is_plausible() {
        let mut s = Synthesizer::new(2019);
        let plan = DEMO_PLANS[7];
        let records = s.session(&plan, start(), Format::Hybrid);
        let mut by_country = std::collections::BTreeMap::<&str, usize>::new();
        for r in population(&records) {
            *by_country.entry(r.country).or_default() += 1;
        }
        let mut ranked: Vec<_> = by_country.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let top: Vec<&str> = ranked.iter().take(5).map(|(c, _)| *c).collect();
        assert!(top.contains(&"US") && top.contains(&"CN"), "{top:?}");
        let top_20: Vec<&str> = ranked.iter().take(20).map(|(c, _)| *c).collect();
        for expected in ["JP", "KR", "DE", "FR", "GB", "IN", "BR", "NG"] {
            assert!(top_20.contains(&expected), "{expected} not in {top_20:?}");
        }
        // No territory at all, inhabited or not; every State of the audience is a real code.
        let all: Vec<&str> = audience().iter().map(|(c, _)| *c).collect();
        assert_eq!(all.len(), 197);
        for territory in ["BV", "HM", "AQ", "UM", "TF", "KY", "GS", "PN", "HK", "PR", "GI"] {
            assert!(!all.contains(&territory), "{territory}");
        }
        for needed in ["US", "FR", "NG", "KE", "EG", "ID"] {
            assert!(ranked.iter().any(|(c, _)| *c == needed), "{needed}");
        }
        // Every past session of the demo has a plan.
        let numbers: Vec<u32> = DEMO_PLANS.iter().map(|p| p.number).collect();
        assert_eq!(numbers, (1..=12).collect::<Vec<_>>());
    }

    #[test]
    fn people_return_across_sessions_and_output_is_reproducible() {
        let plan = SyntheticPlan { number: 1, registrants: 500, attendees: None, countries: 40 };
        let run = || {
            let mut s = Synthesizer::new(42);
            (s.session(&plan, start(), Format::Online), s.session(&plan, start(), Format::Online))
        };
        let (first, second) = run();
        assert_eq!(run(), (first.clone(), second.clone()));
        let earlier: HashSet<_> = first.iter().map(|r| r.person).collect();
        let returning = second.iter().filter(|r| earlier.contains(&r.person)).count();
        assert!((50..200).contains(&returning), "{returning} returning people");
        assert!(second.iter().all(|r| r.mode == AttendanceMode::Online));
        assert_eq!(first[0].email(), format!("participant{}@synthetic.example", first[0].person));
    }
}
