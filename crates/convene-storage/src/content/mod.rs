//! Public content and its editing: series, sessions (with their lifecycle, agenda and
//! registration settings), speakers, texts in every language and their revisions. Every edit
//! goes through `edit.rs`: one version check and one change recorder for every record.

pub(crate) mod agenda;
pub(crate) mod edit;
pub(crate) mod import;
pub(crate) mod lifecycle;
pub(crate) mod outcome;
pub(crate) mod public;
pub(crate) mod series;
pub(crate) mod sessions;
pub(crate) mod settings;
pub(crate) mod speakers;
pub(crate) mod texts;
