//! Speakers from the back office: creating, editing (biography in six languages, with
//! revisions) and deleting one who is in no agenda, through the edit pipeline (`edit.rs`).

use convene_domain::AuditAction;
use convene_domain::{FieldError, FieldErrors, Lang, Speaker, SpeakerDraft, Texts};
use diesel::prelude::*;
use jiff::Timestamp;
use serde_json::json;

use crate::Actor;
use crate::content::edit::{
    Change, Editor, Saved, Subject, claim, earlier_answer, record, refuse, rolled_back,
};
use crate::content::texts::{check_plain, drop_translations, put_translations, translations_of};
use crate::rows::SpeakerRow;
use crate::schema::{agenda_item_speakers, speakers};
use crate::{Content, DbConnection, StorageError};

impl Content<'_> {
    /// A speaker with the version an edit form must name, the language and texts of their bio.
    pub async fn editable_speaker(
        &self,
        id: i64,
    ) -> Result<Option<(Speaker, i32, Lang, Texts)>, StorageError> {
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
            if let Some(created) = earlier_answer(c, &editor)? {
                return Ok(Saved::Repeat(created));
            }
            let taken: i64 =
                speakers::table.filter(speakers::slug.eq(d.slug.as_str())).count().get_result(c)?;
            if taken > 0 {
                return Ok(Saved::Invalid(FieldErrors(vec![(
                    "slug".into(),
                    FieldError::SlugTaken,
                )])));
            }
            check_plain(d.language, &[("name", &d.name), ("affiliation", &d.affiliation)])?;
            diesel::insert_into(speakers::table)
                .values((
                    speakers::slug.eq(d.slug.as_str()),
                    speakers::name.eq(&d.name),
                    speakers::affiliation.eq(&d.affiliation),
                    speakers::bio.eq(&d.bio),
                    speakers::is_demo.eq(false),
                    speakers::language.eq(d.language.code()),
                ))
                .execute(c)?;
            let id: i64 = speakers::table
                .filter(speakers::slug.eq(d.slug.as_str()))
                .select(speakers::id)
                .first(c)?;
            let subject = Subject::Speaker(id);
            put_translations(c, &subject.to_string(), d.language, &d.texts)?;
            let change = Change {
                actor: editor.actor,
                action: AuditAction::SpeakerCreate,
                subject,
                before: None,
                after: Some(speaker_json(c, id)?),
                texts: Some((d.language, &d.texts)),
            };
            record(c, change, Some(&editor), now.as_second())?;
            Ok(Saved::Done(id))
        })
        .await
        .or_else(rolled_back)
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
            let subject = Subject::Speaker(id);
            if let Some(refused) = claim(c, subject, version, now.as_second())?.refused() {
                return Ok(refused);
            }
            let before = speaker_json(c, id)?;
            check_plain(d.language, &[("name", &d.name), ("affiliation", &d.affiliation)])?;
            diesel::update(speakers::table.find(id))
                .set((
                    speakers::name.eq(&d.name),
                    speakers::affiliation.eq(&d.affiliation),
                    speakers::bio.eq(&d.bio),
                    speakers::language.eq(d.language.code()),
                ))
                .execute(c)?;
            put_translations(c, &subject.to_string(), d.language, &d.texts)?;
            let change = Change {
                actor,
                action: AuditAction::SpeakerUpdate,
                subject,
                before: Some(before),
                after: Some(speaker_json(c, id)?),
                texts: Some((d.language, &d.texts)),
            };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
        .or_else(rolled_back)
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
            let subject = Subject::Speaker(id);
            if let Some(refused) = claim(c, subject, version, now.as_second())?.refused() {
                return Ok(refused);
            }
            let used: i64 = agenda_item_speakers::table
                .filter(agenda_item_speakers::speaker_id.eq(id))
                .count()
                .get_result(c)?;
            if used > 0 {
                return refuse(Saved::Invalid(FieldErrors(vec![(
                    String::new(),
                    FieldError::SpeakerInAgenda,
                )])));
            }
            let before = speaker_json(c, id)?;
            drop_translations(c, &subject.to_string())?;
            diesel::delete(speakers::table.find(id)).execute(c)?;
            let change = Change {
                actor,
                action: AuditAction::SpeakerDelete,
                subject,
                before: Some(before),
                after: None,
                texts: None,
            };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
        .or_else(rolled_back)
    }
}

fn load_speaker(
    c: &mut DbConnection,
    id: i64,
) -> Result<Option<(Speaker, i32, Lang, Texts)>, StorageError> {
    let row: Option<(SpeakerRow, i32)> = speakers::table
        .find(id)
        .select((SpeakerRow::as_select(), speakers::version))
        .first(c)
        .optional()?;
    let Some((row, version)) = row else { return Ok(None) };
    let speaker = Speaker::try_from(row)?;
    let language = speaker.language;
    let mut texts = translations_of(c, &Subject::Speaker(id).to_string())?;
    texts.entry("bio".into()).or_default().insert(language, speaker.bio.clone());
    Ok(Some((speaker, version, language, texts)))
}

fn speaker_json(c: &mut DbConnection, id: i64) -> Result<String, StorageError> {
    let Some((s, _, language, texts)) = load_speaker(c, id)? else { return Ok("null".into()) };
    Ok(json!({ "slug": s.slug.as_str(), "name": s.name, "affiliation": s.affiliation, "language": language, "texts": texts })
        .to_string())
}
