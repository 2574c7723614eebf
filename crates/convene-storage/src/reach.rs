//! Reach statistics: each session's registrations counted into a stored aggregate, refreshed
//! when a database trigger has marked the session changed, and each series' figures from those.
//!
//! Pages read the stored aggregates, so their cost does not grow with the number of
//! registrations; the counting itself happens in the worker, one pass per changed session.

use std::collections::BTreeMap;

use convene_domain::reach::{RecordFacts, SeriesTally, SessionTally, TallyBuilder};
use convene_domain::synthetic::{Synthesizer, SyntheticPlan, SyntheticRegistration};
use convene_domain::{RegistrationStatus, email_key};
use diesel::prelude::*;
use jiff::Timestamp;

use crate::schema::{reach_series, reach_state, registrations, sessions};
use crate::{DbConnection, Reach, StorageError};

/// Records inserted per statement when loading synthetic registrations.
const CHUNK: usize = 500;

impl Reach<'_> {
    /// Recounts every session whose registrations changed since its last count (or that has
    /// ended since, which changes whom it counts), then the series they belong to. Returns the
    /// number of sessions recounted.
    pub async fn refresh_reach(&self, now: Timestamp) -> Result<usize, StorageError> {
        let due = self.write(move |c| mark_and_list_due(c, now.as_second())).await?;
        let mut series = Vec::new();
        for (session_id, series_id) in &due {
            let id = *session_id;
            // The mark is cleared before counting: a change committed meanwhile marks it again.
            self.write(move |c| {
                diesel::update(reach_state::table.find(id))
                    .set(reach_state::dirty.eq(false))
                    .execute(c)?;
                Ok(())
            })
            .await?;
            let tally = self.run(move |c| count_session(c, id, now.as_second())).await?;
            let body = to_json(&tally)?;
            self.write(move |c| {
                diesel::update(reach_state::table.find(id))
                    .set((reach_state::computed_at.eq(now.as_second()), reach_state::body.eq(body)))
                    .execute(c)?;
                Ok(())
            })
            .await?;
            if !series.contains(series_id) {
                series.push(*series_id);
            }
        }
        for series_id in series {
            let tally = self.run(move |c| count_series(c, series_id)).await?;
            let body = to_json(&tally)?;
            self.write(move |c| store_series(c, series_id, now.as_second(), &body)).await?;
        }
        if !due.is_empty() {
            tracing::info!(sessions = due.len(), "reach figures recounted");
        }
        Ok(due.len())
    }

    /// A session's counted figures; counted now if they never were (a new installation).
    pub async fn session_reach(
        &self,
        session_id: i64,
        now: Timestamp,
    ) -> Result<SessionTally, StorageError> {
        let stored = self
            .run(move |c| {
                Ok(reach_state::table
                    .find(session_id)
                    .select(reach_state::body)
                    .first::<Option<String>>(c)
                    .optional()?
                    .flatten())
            })
            .await?;
        match stored {
            Some(body) => from_json(&body),
            None => self.run(move |c| count_session(c, session_id, now.as_second())).await,
        }
    }

    /// A series' counted figures; counted now if they never were.
    pub async fn series_reach(&self, series_id: i64) -> Result<SeriesTally, StorageError> {
        let stored = self
            .run(move |c| {
                Ok(reach_series::table
                    .find(series_id)
                    .select(reach_series::body)
                    .first::<String>(c)
                    .optional()?)
            })
            .await?;
        match stored {
            Some(body) => from_json(&body),
            None => self.run(move |c| count_series(c, series_id)).await,
        }
    }

    /// Generates and stores synthetic registrations for the series' sessions that `plans`
    /// name (in session order, so people recur), numbering people from `first_person`;
    /// returns how many records were stored.
    pub async fn load_synthetic(
        &self,
        series_id: i64,
        plans: &[SyntheticPlan],
        seed: u64,
        first_person: u32,
    ) -> Result<usize, StorageError> {
        let sessions = self.store.content().sessions(Some(series_id), None).await?;
        let mut plans = plans.to_vec();
        plans.sort_by_key(|p| p.number);
        let mut synthesizer = Synthesizer::new(seed).starting_at(first_person);
        let mut total = 0;
        for plan in plans {
            if let Some(s) = sessions.iter().find(|s| s.number == plan.number) {
                let records = synthesizer.session(&plan, s.starts_at, s.format);
                total += self.insert_synthetic(s.id, records).await?;
            }
        }
        Ok(total)
    }

    /// Stores generated registrations for a session, marked synthetic, without any email.
    pub async fn insert_synthetic(
        &self,
        session_id: i64,
        records: Vec<SyntheticRegistration>,
    ) -> Result<usize, StorageError> {
        self.write(move |c| {
            let mut n = 0;
            for chunk in records.chunks(CHUNK) {
                let rows: Vec<SyntheticRow> =
                    chunk.iter().map(|r| SyntheticRow::new(session_id, r)).collect();
                let insert = || diesel::insert_into(registrations::table).values(&rows);
                // Backend-specific: MultiConnection cannot send a multi-row INSERT, and one
                // statement per 500 records is what makes a million of them load in seconds.
                n += match c {
                    DbConnection::Postgresql(pg) => insert().execute(pg)?,
                    DbConnection::Sqlite(lite) => insert().execute(lite)?,
                };
            }
            Ok(n)
        })
        .await
    }
}

/// Adds a state row for sessions that have none, marks sessions that ended since they were
/// counted, and lists every marked session with its series.
fn mark_and_list_due(c: &mut DbConnection, now: i64) -> Result<Vec<(i64, i64)>, StorageError> {
    let known = reach_state::table.select(reach_state::session_id);
    diesel::insert_into(reach_state::table)
        .values(sessions::table.select(sessions::id).filter(sessions::id.ne_all(known)))
        .into_columns(reach_state::session_id)
        .execute(c)?;
    let ended_since: Vec<i64> = reach_state::table
        .inner_join(sessions::table)
        .filter(reach_state::dirty.eq(false))
        .filter(sessions::ends_at.le(now))
        .select((reach_state::session_id, reach_state::computed_at, sessions::ends_at))
        .load::<(i64, i64, i64)>(c)?
        .into_iter()
        .filter(|(_, computed_at, ends_at)| computed_at < ends_at)
        .map(|(id, _, _)| id)
        .collect();
    if !ended_since.is_empty() {
        diesel::update(reach_state::table.filter(reach_state::session_id.eq_any(ended_since)))
            .set(reach_state::dirty.eq(true))
            .execute(c)?;
    }
    Ok(reach_state::table
        .inner_join(sessions::table)
        .filter(reach_state::dirty.eq(true))
        .order(reach_state::session_id)
        .select((reach_state::session_id, sessions::series_id))
        .load(c)?)
}

/// One row of the pass over a session's records.
type FactsRow = (String, bool, String, String, String, String, i64, bool, bool, bool);

/// Counts a session's records in one streamed pass.
fn count_session(
    c: &mut DbConnection,
    session_id: i64,
    now: i64,
) -> Result<SessionTally, StorageError> {
    let ends_at: i64 = sessions::table.find(session_id).select(sessions::ends_at).first(c)?;
    let mut builder = TallyBuilder::default();
    let rows = registrations::table
        .filter(registrations::session_id.eq(session_id))
        .select((
            registrations::status,
            registrations::verified_at.is_not_null(),
            registrations::country,
            registrations::stakeholder_group,
            registrations::mode,
            registrations::language,
            registrations::created_at,
            registrations::checked_in_at.is_not_null(),
            registrations::joined_online_at.is_not_null(),
            registrations::synthetic,
        ))
        .load_iter::<FactsRow, diesel::connection::DefaultLoadingMode>(c)?;
    for row in rows {
        let (
            status,
            verified,
            country,
            group,
            mode,
            language,
            created_at,
            in_person,
            online,
            synthetic,
        ) = row?;
        builder.add(&RecordFacts {
            status: crate::rows::parse("registration status", &status)?,
            verified,
            country: &country,
            group: &group,
            mode: &mode,
            language: &language,
            created_at,
            in_person,
            online,
            synthetic,
        });
    }
    Ok(builder.finish(ends_at <= now))
}

/// Combines the stored session figures of a series and counts its distinct people.
fn count_series(c: &mut DbConnection, series_id: i64) -> Result<SeriesTally, StorageError> {
    let stored: Vec<(i64, i32, Option<String>)> = sessions::table
        .inner_join(reach_state::table)
        .filter(sessions::series_id.eq(series_id))
        .select((sessions::id, sessions::number, reach_state::body))
        .load(c)?;
    let mut tallies = Vec::new();
    for (id, number, body) in stored {
        if let Some(body) = body {
            tallies.push((id, number as u32, from_json::<SessionTally>(&body)?));
        }
    }
    let by_attendance = |wanted: convene_domain::reach::Population| -> Vec<i64> {
        tallies.iter().filter(|(_, _, t)| t.population == wanted).map(|(id, _, _)| *id).collect()
    };
    let attendee_sessions = by_attendance(convene_domain::reach::Population::Attendees);
    let registrant_sessions = by_attendance(convene_domain::reach::Population::Registrants);
    let attended = registrations::checked_in_at
        .is_not_null()
        .or(registrations::joined_online_at.is_not_null());
    let registered =
        registrations::verified_at.is_not_null().and(registrations::status.eq_any([
            RegistrationStatus::Active.as_str(),
            RegistrationStatus::Waitlisted.as_str(),
        ]));
    // Each person's first session in the series: the count of these is the distinct people.
    let firsts: Vec<Option<i32>> = registrations::table
        .inner_join(sessions::table)
        .filter(
            registrations::session_id
                .eq_any(attendee_sessions)
                .and(attended)
                .or(registrations::session_id.eq_any(registrant_sessions).and(registered)),
        )
        .group_by(registrations::email_key)
        .select(diesel::dsl::min(sessions::number))
        .load(c)?;
    let mut first_seen = BTreeMap::<u32, u64>::new();
    for number in firsts.iter().flatten() {
        *first_seen.entry(*number as u32).or_default() += 1;
    }
    let parts: Vec<(i64, u32, &SessionTally)> =
        tallies.iter().map(|(id, number, t)| (*id, *number, t)).collect();
    Ok(SeriesTally::combine(&parts, firsts.len() as u64, &first_seen))
}

fn store_series(
    c: &mut DbConnection,
    series_id: i64,
    now: i64,
    body: &str,
) -> Result<(), StorageError> {
    let updated = diesel::update(reach_series::table.find(series_id))
        .set((reach_series::computed_at.eq(now), reach_series::body.eq(body)))
        .execute(c)?;
    if updated == 0 {
        diesel::insert_into(reach_series::table)
            .values((
                reach_series::series_id.eq(series_id),
                reach_series::computed_at.eq(now),
                reach_series::body.eq(body),
            ))
            .execute(c)?;
    }
    Ok(())
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StorageError> {
    serde_json::to_string(value).map_err(|e| StorageError::Corrupt(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, StorageError> {
    serde_json::from_str(body).map_err(|e| StorageError::Corrupt(format!("reach figures: {e}")))
}

/// A synthetic registration as stored: no answers, no place held, no links ever sent.
#[derive(Insertable)]
#[diesel(table_name = registrations, treat_none_as_default_value = false)]
struct SyntheticRow {
    session_id: i64,
    email_key: String,
    email: String,
    name: String,
    country: String,
    stakeholder_group: String,
    mode: String,
    language: String,
    consent_version: String,
    list_publicly: bool,
    news_updates: bool,
    status: String,
    holds_place: bool,
    token_nonce: String,
    created_at: i64,
    verified_at: Option<i64>,
    cancelled_at: Option<i64>,
    checked_in_at: Option<i64>,
    joined_online_at: Option<i64>,
    synthetic: bool,
}

impl SyntheticRow {
    fn new(session_id: i64, r: &SyntheticRegistration) -> Self {
        let email = r.email();
        Self {
            session_id,
            email_key: email_key(&email),
            name: r.name(),
            email,
            country: r.country.to_owned(),
            stakeholder_group: r.group.as_str().to_owned(),
            mode: r.mode.as_str().to_owned(),
            language: r.language.code().to_owned(),
            consent_version: convene_domain::PRIVACY_NOTICE_VERSION.to_owned(),
            list_publicly: false,
            news_updates: false,
            status: r.status.as_str().to_owned(),
            holds_place: false,
            token_nonce: crate::random_nonce(),
            created_at: r.created_at.as_second(),
            verified_at: r.verified_at.map(|t| t.as_second()),
            cancelled_at: r.cancelled_at.map(|t| t.as_second()),
            checked_in_at: r.checked_in_at.map(|t| t.as_second()),
            joined_online_at: r.joined_online_at.map(|t| t.as_second()),
            synthetic: true,
        }
    }
}
