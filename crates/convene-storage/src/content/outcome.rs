//! What became of an edit ([`Saved`]), the records edits name ([`Subject`]), and how an edit
//! refused part-way rolls back ([`refuse`], [`rolled_back`]). Apart from the pipeline in
//! `edit.rs` so that `texts.rs`, which the pipeline calls, can refuse too.

use std::fmt;
use std::str::FromStr;

use convene_domain::markup_check::TextRefusal;
use convene_domain::{FieldErrors, LifecycleError};

use crate::StorageError;

/// What became of an edit.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved<T> {
    /// Applied.
    Done(T),
    /// This form was already handled: it created this record.
    Repeat(Subject),
    /// Someone changed the record since the form was shown; nothing applied.
    Stale,
    /// No such record.
    Missing,
    /// The input conflicts with stored records (a number or slug in use).
    Invalid(FieldErrors),
    /// The lifecycle does not allow it.
    Refused(LifecycleError),
    /// A text fails the defacement and link-spam checks; nothing was stored.
    Unacceptable(Vec<TextRefusal>),
}

/// A versioned content record, as revisions, translations and the audit log name it
/// (`series:1`, `session:12`, `speaker:7`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    /// A series.
    Series(i64),
    /// A session.
    Session(i64),
    /// A speaker.
    Speaker(i64),
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Series(id) => write!(f, "series:{id}"),
            Subject::Session(id) => write!(f, "session:{id}"),
            Subject::Speaker(id) => write!(f, "speaker:{id}"),
        }
    }
}

impl FromStr for Subject {
    type Err = StorageError;
    fn from_str(s: &str) -> Result<Self, StorageError> {
        let corrupt = || StorageError::Corrupt(format!("subject {s:?}"));
        let (kind, id) = s.split_once(':').ok_or_else(corrupt)?;
        let id: i64 = id.parse().map_err(|_| corrupt())?;
        match kind {
            "series" => Ok(Subject::Series(id)),
            "session" => Ok(Subject::Session(id)),
            "speaker" => Ok(Subject::Speaker(id)),
            _ => Err(corrupt()),
        }
    }
}

/// `session:12`.
pub fn session_subject(id: i64) -> String {
    Subject::Session(id).to_string()
}

/// `series:1`.
pub fn series_subject(id: i64) -> String {
    Subject::Series(id).to_string()
}

/// `speaker:7`.
pub fn speaker_subject(id: i64) -> String {
    Subject::Speaker(id).to_string()
}

/// Ends an edit refused part-way: the transaction rolls back (nothing of it stays, not even
/// the version bump) and [`rolled_back`] turns the error back into the outcome.
pub(crate) fn refuse<T>(outcome: Saved<()>) -> Result<T, StorageError> {
    Err(StorageError::Refused(Box::new(outcome)))
}

/// A change refused part-way (its transaction rolled back, see [`StorageError::Refused`]) as
/// the outcome the caller reports; other errors stay errors.
pub(crate) fn rolled_back<T>(e: StorageError) -> Result<Saved<T>, StorageError> {
    match e {
        StorageError::Refused(saved) => match *saved {
            Saved::Invalid(f) => Ok(Saved::Invalid(f)),
            Saved::Refused(l) => Ok(Saved::Refused(l)),
            Saved::Unacceptable(r) => Ok(Saved::Unacceptable(r)),
            Saved::Repeat(to) => Ok(Saved::Repeat(to)),
            Saved::Stale => Ok(Saved::Stale),
            Saved::Missing | Saved::Done(()) => Ok(Saved::Missing),
        },
        e => Err(e),
    }
}
