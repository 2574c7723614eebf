//! A session's agenda as a CSV file, to prepare in a spreadsheet and import in one go.
//!
//! Format (RFC 4180, UTF-8, a byte order mark is accepted, header row required, columns in
//! any order, names case-insensitive):
//!
//! ```text
//! start,end,kind,title,description,speakers
//! 13:00,13:15,opening,Opening remarks,,daren-tang
//! 2023-09-20 13:15,14:30,panel,"Generative AI, copyright",,jane-doe:moderator;li-wei
//! ```
//!
//! - `start`, `end`: local times in the session's time zone, `HH:MM` (on the session's first
//!   day; an `end` without a date is on its `start`'s day) or `YYYY-MM-DD HH:MM`.
//! - `kind`: one of `opening keynote presentation panel qa break closing` ([`AgendaKind`]).
//! - `title` (required, at most [`MAX_TITLE`] characters), `description` (optional, at most
//!   [`MAX_DESCRIPTION`]).
//! - `speakers`: `;`-separated speaker slugs, each optionally `:moderator` or `:speaker`
//!   (the default).
//! - A cell that starts with an apostrophe followed by `= + - @` loses the apostrophe: that is
//!   how [`export`] defuses spreadsheet formulas, so exported files import unchanged.
//!
//! API: [`parse`]`(bytes, &SessionDays, known_speakers) -> Result<Vec<AgendaDraft>,
//! Vec<RowError>>` reports every bad field of every row, not only the first; [`export`]`(items,
//! &SessionDays) -> String` writes the same format back. [`SessionDays::of`] gives a session's
//! zone and days; [`draft_of`] turns a stored item back into a draft.

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use crate::csv_cell;
use crate::{AgendaItem, AgendaKind, NewAgendaItem, Session, Slug, SpeakerRole};

/// An agenda item read from a file, ready to store.
pub type AgendaDraft = NewAgendaItem;

/// The columns, in the order [`export`] writes them.
pub const COLUMNS: [&str; 6] = ["start", "end", "kind", "title", "description", "speakers"];
const REQUIRED: [&str; 4] = ["start", "end", "kind", "title"];
/// Longest title accepted, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest description accepted, in characters.
pub const MAX_DESCRIPTION: usize = 4000;

/// Where and when a session takes place, as the file's local times need it.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionDays {
    /// The session's time zone.
    pub zone: TimeZone,
    /// Its first day, local.
    pub first: Date,
    /// Its last day, local, included.
    pub last: Date,
}

impl SessionDays {
    /// The zone and days of a session; an end at midnight does not add a day.
    pub fn of(session: &Session) -> Self {
        let (start, end) = (session.local_start(), session.local_end());
        let mut last = end.date();
        if end.time() == Time::midnight() && end.date() > start.date() {
            last = last.yesterday().unwrap_or(last);
        }
        Self { zone: session.time_zone.zone(), first: start.date(), last }
    }
}

/// One problem in an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line of the file the row starts on, from 1 (the header).
    pub line: u64,
    /// The column (header name) at fault, when one is.
    pub column: Option<&'static str>,
    /// What is wrong.
    pub problem: RowProblem,
}

/// What is wrong with a row or the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The file has no agenda items.
    Empty,
    /// The file is not UTF-8 text.
    NotUtf8,
    /// The file is not well-formed CSV (a row with the wrong number of cells, a stray quote).
    Malformed,
    /// A required column is missing from the header.
    MissingColumn {
        /// Its name.
        name: &'static str,
    },
    /// The header names a column this format does not have, or names one twice.
    UnknownColumn {
        /// The name as written.
        name: String,
    },
    /// Not `HH:MM` or `YYYY-MM-DD HH:MM`.
    BadTime {
        /// The cell.
        value: String,
    },
    /// Not one of the agenda kinds.
    UnknownKind {
        /// The cell.
        value: String,
    },
    /// The item ends before (or when) it starts.
    EndBeforeStart,
    /// The item overlaps an earlier one.
    Overlap {
        /// The line of the item it overlaps.
        other_line: u64,
    },
    /// The item is not within the session's days.
    OutsideSession,
    /// A speaker slug that is not a known speaker.
    UnknownSpeaker {
        /// The slug.
        slug: String,
    },
    /// Not `slug` or `slug:moderator` / `slug:speaker`.
    BadSpeaker {
        /// The entry as written.
        value: String,
    },
    /// The title is empty.
    TitleEmpty,
    /// The title is longer than [`MAX_TITLE`].
    TitleTooLong {
        /// The limit.
        max: usize,
    },
    /// The description is longer than [`MAX_DESCRIPTION`].
    DescriptionTooLong {
        /// The limit.
        max: usize,
    },
}

impl RowProblem {
    /// A stable name for the message catalogue (`agenda-import-` + this).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotUtf8 => "not-utf8",
            Self::Malformed => "malformed",
            Self::MissingColumn { .. } => "missing-column",
            Self::UnknownColumn { .. } => "unknown-column",
            Self::BadTime { .. } => "bad-time",
            Self::UnknownKind { .. } => "unknown-kind",
            Self::EndBeforeStart => "end-before-start",
            Self::Overlap { .. } => "overlap",
            Self::OutsideSession => "outside-session",
            Self::UnknownSpeaker { .. } => "unknown-speaker",
            Self::BadSpeaker { .. } => "bad-speaker",
            Self::TitleEmpty => "title-empty",
            Self::TitleTooLong { .. } => "title-too-long",
            Self::DescriptionTooLong { .. } => "description-too-long",
        }
    }
}

fn file_error(line: u64, problem: RowProblem) -> Vec<RowError> {
    vec![RowError { line, column: None, problem }]
}

/// Reads an agenda file; see the module documentation for the format.
pub fn parse(
    input: &[u8],
    days: &SessionDays,
    known_speakers: &[Slug],
) -> Result<Vec<AgendaDraft>, Vec<RowError>> {
    let text = std::str::from_utf8(input).map_err(|e| {
        let line = input[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64 + 1;
        file_error(line, RowProblem::NotUtf8)
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(file_error(1, RowProblem::Empty));
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header = reader.headers().map_err(|_| file_error(1, RowProblem::Malformed))?.clone();
    let columns = columns(&header)?;

    let mut errors = Vec::new();
    let mut rows: Vec<(u64, AgendaDraft)> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                errors.push(RowError { line, column: None, problem: RowProblem::Malformed });
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            errors.push(RowError { line, column: None, problem: RowProblem::Malformed });
            continue;
        }
        let cell = |name: &str| {
            columns
                .iter()
                .position(|c| *c == Some(name))
                .and_then(|i| record.get(i))
                .map(|c| csv_cell::undo_defuse(c.trim()))
                .unwrap_or_default()
        };
        match row(&cell, days, known_speakers) {
            Ok(draft) => rows.push((line, draft)),
            Err(problems) => {
                errors.extend(problems.into_iter().map(|(column, problem)| RowError {
                    line,
                    column,
                    problem,
                }))
            }
        }
    }
    rows.sort_by_key(|(_, d)| d.starts_at);
    let mut latest: Option<&(u64, AgendaDraft)> = None;
    for item in &rows {
        if let Some(prev) = latest
            && item.1.starts_at < prev.1.ends_at
        {
            let problem = RowProblem::Overlap { other_line: prev.0 };
            errors.push(RowError { line: item.0, column: Some("start"), problem });
        }
        if latest.is_none_or(|p| item.1.ends_at > p.1.ends_at) {
            latest = Some(item);
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError { line: 1, column: None, problem: RowProblem::Empty });
    }
    if errors.is_empty() {
        Ok(rows.into_iter().map(|(_, d)| d).collect())
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// Which known column each header cell is; every header problem at once.
fn columns(header: &csv::StringRecord) -> Result<Vec<Option<&'static str>>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut found: Vec<Option<&'static str>> = Vec::new();
    for name in header {
        let clean = name.trim().to_lowercase();
        match COLUMNS.iter().find(|c| **c == clean) {
            Some(c) if !found.contains(&Some(*c)) => found.push(Some(*c)),
            _ => {
                let problem = RowProblem::UnknownColumn { name: name.trim().to_owned() };
                errors.push(RowError { line: 1, column: None, problem });
                found.push(None);
            }
        }
    }
    for name in REQUIRED.into_iter().filter(|r| !found.contains(&Some(*r))) {
        errors.push(RowError {
            line: 1,
            column: None,
            problem: RowProblem::MissingColumn { name },
        });
    }
    if errors.is_empty() { Ok(found) } else { Err(errors) }
}

type Problems = Vec<(Option<&'static str>, RowProblem)>;

/// One row's cells as a draft, or every problem in them.
fn row<'a>(
    cell: &impl Fn(&str) -> &'a str,
    days: &SessionDays,
    known_speakers: &[Slug],
) -> Result<AgendaDraft, Problems> {
    let mut problems: Problems = Vec::new();
    let start = local_time(cell("start"), days.first);
    let end = local_time(cell("end"), start.map_or(days.first, |(day, _)| day));
    for (column, parsed) in [("start", start), ("end", end)] {
        if parsed.is_none() {
            problems.push((Some(column), RowProblem::BadTime { value: cell(column).to_owned() }));
        }
    }
    let kind = cell("kind").to_lowercase().parse::<AgendaKind>();
    if kind.is_err() {
        problems.push((Some("kind"), RowProblem::UnknownKind { value: cell("kind").to_owned() }));
    }
    let title = cell("title");
    if title.is_empty() {
        problems.push((Some("title"), RowProblem::TitleEmpty));
    } else if title.chars().count() > MAX_TITLE {
        problems.push((Some("title"), RowProblem::TitleTooLong { max: MAX_TITLE }));
    }
    let description = cell("description");
    if description.chars().count() > MAX_DESCRIPTION {
        let problem = RowProblem::DescriptionTooLong { max: MAX_DESCRIPTION };
        problems.push((Some("description"), problem));
    }
    let people = speakers(cell("speakers"), known_speakers, &mut problems);

    let (Some((start_day, start_time)), Some((end_day, end_time)), Ok(kind)) = (start, end, kind)
    else {
        return Err(problems);
    };
    let instant = |d: Date, t: Time| d.to_datetime(t).to_zoned_datetime(days.zone.clone());
    let (Ok(starts), Ok(ends)) = (instant(start_day, start_time), instant(end_day, end_time))
    else {
        problems.push((Some("start"), RowProblem::OutsideSession));
        return Err(problems);
    };
    if ends <= starts {
        problems.push((Some("end"), RowProblem::EndBeforeStart));
    }
    // An item may end at midnight after the last day, but not start or run past it.
    let ends_in_time = end_day <= days.last
        || (end_time == Time::midnight() && days.last.tomorrow().is_ok_and(|d| d == end_day));
    if start_day < days.first || start_day > days.last || !ends_in_time {
        problems.push((Some("start"), RowProblem::OutsideSession));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(AgendaDraft {
        starts_at: starts.timestamp(),
        ends_at: ends.timestamp(),
        kind,
        title: title.to_owned(),
        description: description.to_owned(),
        people,
    })
}

/// `HH:MM` on `default_day`, or `YYYY-MM-DD HH:MM` (a `T` may stand for the space).
fn local_time(s: &str, default_day: Date) -> Option<(Date, Time)> {
    let (day, clock) = match s.len() {
        5 => (default_day, s),
        16 if matches!(s.as_bytes()[10], b' ' | b'T') => {
            (s.get(..10)?.parse::<Date>().ok()?, s.get(11..)?)
        }
        _ => return None,
    };
    let (h, m) = clock.split_once(':')?;
    let two_digits = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !two_digits(h) || !two_digits(m) {
        return None;
    }
    Time::new(h.parse().ok()?, m.parse().ok()?, 0, 0).ok().map(|t| (day, t))
}

fn speakers(cell: &str, known: &[Slug], problems: &mut Problems) -> Vec<(Slug, SpeakerRole)> {
    let mut people = Vec::new();
    for entry in cell.split(';').map(str::trim).filter(|e| !e.is_empty()) {
        let (slug, role) = entry.split_once(':').unwrap_or((entry, "speaker"));
        let parsed = Slug::try_from(slug.trim())
            .ok()
            .zip(role.trim().to_lowercase().parse::<SpeakerRole>().ok());
        match parsed {
            Some((slug, role)) if known.contains(&slug) => people.push((slug, role)),
            Some((slug, _)) => problems.push((
                Some("speakers"),
                RowProblem::UnknownSpeaker { slug: slug.as_str().to_owned() },
            )),
            None => problems
                .push((Some("speakers"), RowProblem::BadSpeaker { value: entry.to_owned() })),
        }
    }
    people
}

/// The agenda as a file [`parse`] reads back unchanged; times without a date when the
/// session lasts one day.
pub fn export(items: &[AgendaDraft], days: &SessionDays) -> String {
    let one_day = days.first == days.last;
    let when = |t: Timestamp, day_of_start: Option<Date>| {
        let z = t.to_zoned_datetime(days.zone.clone());
        let clock = format!("{:02}:{:02}", z.hour(), z.minute());
        let implied = if one_day { Some(days.first) } else { day_of_start };
        if implied == Some(z.date()) { clock } else { format!("{} {clock}", z.date()) }
    };
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for item in items {
        let start_day = item.starts_at.to_zoned_datetime(days.zone.clone()).date();
        let people: Vec<String> = item
            .people
            .iter()
            .map(|(slug, role)| match role {
                SpeakerRole::Speaker => slug.to_string(),
                SpeakerRole::Moderator => format!("{slug}:moderator"),
            })
            .collect();
        let cells = [
            when(item.starts_at, None),
            when(item.ends_at, if one_day { None } else { Some(start_day) }),
            item.kind.as_str().to_owned(),
            item.title.clone(),
            item.description.clone(),
            people.join(";"),
        ];
        let cells: Vec<String> = cells.iter().map(|c| csv_cell::field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A stored agenda item as a draft, for [`export`].
pub fn draft_of(item: &AgendaItem) -> AgendaDraft {
    AgendaDraft {
        starts_at: item.starts_at,
        ends_at: item.ends_at,
        kind: item.kind,
        title: item.title.clone(),
        description: item.description.clone(),
        people: item.people.iter().map(|p| (p.speaker.slug.clone(), p.role)).collect(),
    }
}

#[cfg(test)]
#[path = "agenda_csv_tests.rs"]
mod tests;
