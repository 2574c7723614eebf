//! Speakers from the back office: creating, editing (biography in six languages, with
//! revisions) and deleting one who is in no agenda.

use convene_domain::{FieldError, FieldErrors, Speaker, SpeakerDraft, Texts};
use diesel::prelude::*;
use jiff::Timestamp;
use serde_json::json;

use crate::accounts::{Actor, audit};
use crate::content::{Editor, Saved};
use crate::rows::SpeakerRow;
use crate::schema::{agenda_item_speakers, speakers};
use crate::texts::{
    drop_translations, put_translations, record_revision, remember_key, translations_of,
};
use crate::{DbConnection, StorageError, Store};

/// `speaker:7`.
pub fn speaker_subject(id: i64) -> String {
    format!("speaker:{id}")
}

impl Store {
    /// A speaker with the version an edit form must name, the language and texts of their bio.
    pub async fn editable_speaker(
        &self,
        id: i64,
    ) -> Result<Option<(Speaker, i32, String, Texts)>, StorageError> {
        self.run(move |c| load_speaker(c, id)).await
    }

    /// Creates a speaker.
    pub async fn create_speaker(
        &self,
        editor: Editor,
        d: SpeakerDraft,
        now: Timestamp,
    ) -> Result<Saved<i64>, StorageError> {
        self.write(move |c| {
            if let Some(location) = crate::texts::earlier_answer(c, &editor)? {
                return Ok(Saved::Repeat(location));
            }
            let taken: i64 =
                speakers::table.filter(speakers::slug.eq(d.slug.as_str())).count().get_result(c)?;
            if taken > 0 {
                return Ok(Saved::Invalid(FieldErrors(vec![(
                    "slug".into(),
                    FieldError::SlugTaken,
                )])));
            }
            diesel::insert_into(speakers::table)
                .values((
                    speakers::slug.eq(d.slug.as_str()),
                    speakers::name.eq(&d.name),
                    speakers::affiliation.eq(&d.affiliation),
                    speakers::bio.eq(&d.bio),
                    speakers::is_demo.eq(false),
                    speakers::language.eq(d.language),
                ))
                .execute(c)?;
            let id: i64 = speakers::table
                .filter(speakers::slug.eq(d.slug.as_str()))
                .select(speakers::id)
                .first(c)?;
            let subject = speaker_subject(id);
            put_translations(c, &subject, d.language, &d.texts)?;
            record_revision(c, &subject, editor.actor, d.language, &d.texts, now.as_second())?;
            let after = speaker_json(c, id)?;
            audit(c, editor.actor, "speaker.create", &subject, None, Some(after), now.as_second())?;
            if let Some(key) = &editor.key {
                remember_key(
                    c,
                    editor.user_id,
                    key,
                    &format!("/admin/speakers/{id}"),
                    now.as_second(),
                )?;
            }
            Ok(Saved::Done(id))
        })
        .await
    }

    /// Saves a speaker if they are still at `version` (the slug stays: links point to it).
    pub async fn update_speaker(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        d: SpeakerDraft,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            if load_speaker(c, id)?.is_none() {
                return Ok(Saved::Missing);
            }
            let before = speaker_json(c, id)?;
            let n = diesel::update(
                speakers::table.filter(speakers::id.eq(id)).filter(speakers::version.eq(version)),
            )
            .set((
                speakers::name.eq(&d.name),
                speakers::affiliation.eq(&d.affiliation),
                speakers::bio.eq(&d.bio),
                speakers::language.eq(d.language),
                speakers::version.eq(version + 1),
            ))
            .execute(c)?;
            if n == 0 {
                return Ok(Saved::Stale);
            }
            let subject = speaker_subject(id);
            put_translations(c, &subject, d.language, &d.texts)?;
            record_revision(c, &subject, actor, d.language, &d.texts, now.as_second())?;
            let after = speaker_json(c, id)?;
            audit(
                c,
                actor,
                "speaker.update",
                &subject,
                Some(before),
                Some(after),
                now.as_second(),
            )?;
            Ok(Saved::Done(()))
        })
        .await
    }

    /// Deletes a speaker who is in no agenda.
    pub async fn delete_speaker(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let Some((_, current, ..)) = load_speaker(c, id)? else { return Ok(Saved::Missing) };
            if current != version {
                return Ok(Saved::Stale);
            }
            let used: i64 = agenda_item_speakers::table
                .filter(agenda_item_speakers::speaker_id.eq(id))
                .count()
                .get_result(c)?;
            if used > 0 {
                return Ok(Saved::Invalid(FieldErrors(vec![(
                    String::new(),
                    FieldError::SpeakerInAgenda,
                )])));
            }
            let before = speaker_json(c, id)?;
            drop_translations(c, &speaker_subject(id))?;
            diesel::delete(speakers::table.find(id)).execute(c)?;
            audit(
                c,
                actor,
                "speaker.delete",
                &speaker_subject(id),
                Some(before),
                None,
                now.as_second(),
            )?;
            Ok(Saved::Done(()))
        })
        .await
    }
}

fn load_speaker(
    c: &mut DbConnection,
    id: i64,
) -> Result<Option<(Speaker, i32, String, Texts)>, StorageError> {
    let row: Option<(SpeakerRow, i32, String)> = speakers::table
        .find(id)
        .select((SpeakerRow::as_select(), speakers::version, speakers::language))
        .first(c)
        .optional()?;
    let Some((row, version, language)) = row else { return Ok(None) };
    let speaker = Speaker::try_from(row)?;
    let mut texts = translations_of(c, &speaker_subject(id))?;
    texts.entry("bio".into()).or_default().insert(language.clone(), speaker.bio.clone());
    Ok(Some((speaker, version, language, texts)))
}

fn speaker_json(c: &mut DbConnection, id: i64) -> Result<String, StorageError> {
    let Some((s, _, language, texts)) = load_speaker(c, id)? else { return Ok("null".into()) };
    Ok(json!({ "slug": s.slug.as_str(), "name": s.name, "affiliation": s.affiliation, "language": language, "texts": texts })
        .to_string())
}
