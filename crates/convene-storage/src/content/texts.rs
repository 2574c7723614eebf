//! Public texts in several languages, their revision history, and the keys that make a
//! creation form idempotent. The edit pipeline (`edit.rs`) and the record modules call these
//! inside their own transactions.

use std::collections::HashMap;

use convene_domain::markup_check::check_texts;
use convene_domain::{Lang, Texts};
use diesel::prelude::*;

use crate::audit::Actor;
use crate::content::outcome::{Saved, refuse};
use crate::schema::{idempotency_keys, revisions, translations};
use crate::{Content, DbConnection, StorageError};

/// One saved state of a record's public texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// Id, increasing with time.
    pub id: i64,
    /// When (Unix seconds).
    pub at: i64,
    /// Who: `user:<id>` or `cli`.
    pub actor: String,
    /// The record's own language then.
    pub language: Lang,
    /// Every text in every language then.
    pub texts: Texts,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Body {
    language: Lang,
    texts: Texts,
}

/// Stores a record's texts: those in its own language live in its row (the caller writes
/// them, in the same transaction), every other language here, replacing what was. Every text
/// of `texts`, own language included, must pass the defacement and link-spam checks: this is
/// the one write every editor's text goes through (create, save, restore, agenda import,
/// speakers), so the checks are enforced here rather than by each handler, and a refusal
/// rolls back the whole edit.
pub(crate) fn put_translations(
    c: &mut DbConnection,
    subject: &str,
    own: Lang,
    texts: &Texts,
) -> Result<(), StorageError> {
    let refusals = check_texts(texts);
    if !refusals.is_empty() {
        return refuse(Saved::Unacceptable(refusals));
    }
    diesel::delete(translations::table.filter(translations::subject.eq(subject))).execute(c)?;
    for (field, by_lang) in texts {
        for (lang, body) in by_lang.iter().filter(|(l, _)| **l != own) {
            diesel::insert_into(translations::table)
                .values((
                    translations::subject.eq(subject),
                    translations::field.eq(field),
                    translations::language.eq(lang.code()),
                    translations::body.eq(body),
                ))
                .execute(c)?;
        }
    }
    Ok(())
}

/// Runs the same defacement and link-spam checks on a record's plain one-line fields (a
/// speaker's name and affiliation, a venue, a new topic's name): they are shown on public
/// pages too, so hidden text or a casino link must not get in through them either.
pub(crate) fn check_plain(own: Lang, fields: &[(&str, &str)]) -> Result<(), StorageError> {
    let mut texts = Texts::new();
    for (field, text) in fields.iter().filter(|(_, t)| !t.is_empty()) {
        texts.entry((*field).to_owned()).or_default().insert(own, (*text).to_owned());
    }
    let refusals = check_texts(&texts);
    if refusals.is_empty() { Ok(()) } else { refuse(Saved::Unacceptable(refusals)) }
}

/// A record's translations (not its own-language texts).
pub(crate) fn translations_of(c: &mut DbConnection, subject: &str) -> Result<Texts, StorageError> {
    let rows: Vec<(String, String, String)> = translations::table
        .filter(translations::subject.eq(subject))
        .select((translations::field, translations::language, translations::body))
        .load(c)?;
    let mut texts = Texts::new();
    for (field, lang, body) in rows {
        texts.entry(field).or_default().insert(crate::rows::parse("language", &lang)?, body);
    }
    Ok(texts)
}

/// Deletes a record's translations, with the record.
pub(crate) fn drop_translations(c: &mut DbConnection, subject: &str) -> Result<(), StorageError> {
    diesel::delete(translations::table.filter(translations::subject.eq(subject))).execute(c)?;
    Ok(())
}

/// Appends a revision unless the texts equal the latest one; returns whether it did.
pub(crate) fn record_revision(
    c: &mut DbConnection,
    subject: &str,
    actor: Actor,
    language: Lang,
    texts: &Texts,
    now: i64,
) -> Result<bool, StorageError> {
    let body = serde_json::to_string(&Body { language, texts: texts.clone() })
        .map_err(|e| StorageError::Corrupt(e.to_string()))?;
    let latest: Option<String> = revisions::table
        .filter(revisions::subject.eq(subject))
        .order(revisions::id.desc())
        .select(revisions::body)
        .first(c)
        .optional()?;
    if latest.as_deref() == Some(body.as_str()) {
        return Ok(false);
    }
    diesel::insert_into(revisions::table)
        .values((
            revisions::subject.eq(subject),
            revisions::at.eq(now),
            revisions::actor.eq(actor.label()),
            revisions::body.eq(body),
        ))
        .execute(c)?;
    Ok(true)
}

fn revision_of(row: (i64, i64, String, String)) -> Result<Revision, StorageError> {
    let (id, at, actor, body) = row;
    let body: Body =
        serde_json::from_str(&body).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    Ok(Revision { id, at, actor, language: body.language, texts: body.texts })
}

/// The keys a creation form carries: at most 64 letters, digits, `-` and `_`.
pub fn valid_idempotency_key(key: &str) -> bool {
    (16..=64).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The record (its subject) an earlier submission of this form created, if it was handled.
pub(crate) fn seen_key(
    c: &mut DbConnection,
    user_id: i64,
    key: &str,
) -> Result<Option<String>, StorageError> {
    Ok(idempotency_keys::table
        .filter(idempotency_keys::key.eq(format!("{user_id}:{key}")))
        .select(idempotency_keys::location)
        .first(c)
        .optional()?)
}

/// Remembers that this form was handled and the record (its subject) it created.
pub(crate) fn remember_key(
    c: &mut DbConnection,
    user_id: i64,
    key: &str,
    subject: &str,
    now: i64,
) -> Result<(), StorageError> {
    diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::key.eq(format!("{user_id}:{key}")),
            idempotency_keys::user_id.eq(user_id),
            idempotency_keys::created_at.eq(now),
            idempotency_keys::location.eq(subject),
        ))
        .execute(c)?;
    Ok(())
}

impl Content<'_> {
    /// A record's revisions, newest first.
    pub async fn revisions(&self, subject: String) -> Result<Vec<Revision>, StorageError> {
        self.run(move |c| {
            let rows: Vec<(i64, i64, String, String)> = revisions::table
                .filter(revisions::subject.eq(&subject))
                .order(revisions::id.desc())
                .select((revisions::id, revisions::at, revisions::actor, revisions::body))
                .load(c)?;
            rows.into_iter().map(revision_of).collect()
        })
        .await
    }

    /// The newest `limit` revisions of any record, newest first, each with its subject.
    pub async fn recent_revisions(
        &self,
        limit: i64,
    ) -> Result<Vec<(String, Revision)>, StorageError> {
        self.run(move |c| {
            let rows: Vec<(String, i64, i64, String, String)> = revisions::table
                .order(revisions::id.desc())
                .limit(limit)
                .select((
                    revisions::subject,
                    revisions::id,
                    revisions::at,
                    revisions::actor,
                    revisions::body,
                ))
                .load(c)?;
            rows.into_iter()
                .map(|(subject, id, at, actor, body)| {
                    Ok((subject, revision_of((id, at, actor, body))?))
                })
                .collect()
        })
        .await
    }

    /// Translations of `fields` of `subjects` into `lang`: (subject, field) → text.
    pub async fn translations(
        &self,
        subjects: Vec<String>,
        lang: Lang,
    ) -> Result<HashMap<(String, String), String>, StorageError> {
        if subjects.is_empty() {
            return Ok(HashMap::new());
        }
        self.run(move |c| {
            let rows: Vec<(String, String, String)> = translations::table
                .filter(translations::language.eq(lang.code()))
                .filter(translations::subject.eq_any(&subjects))
                .select((translations::subject, translations::field, translations::body))
                .load(c)?;
            Ok(rows.into_iter().map(|(s, f, b)| ((s, f), b)).collect())
        })
        .await
    }
}

/// A record's translations with its own-language texts (kept in its row) added.
pub(crate) fn with_own(mut texts: Texts, own: Lang, fields: &[(&str, &str)]) -> Texts {
    for (f, v) in fields {
        texts.entry((*f).to_owned()).or_default().insert(own, (*v).to_owned());
    }
    texts
}
