//! Creating, editing and deleting series: their texts in every language, with revisions and
//! the audit log, as sessions are in `content.rs`.

use convene_domain::{FieldError, FieldErrors, SeriesDraft};
use diesel::prelude::*;
use jiff::Timestamp;
use serde_json::json;

use crate::accounts::{Actor, audit};
use crate::content::{EditableSeries, Editor, Saved, series_subject};
use crate::schema::{series, sessions};
use crate::texts::{
    drop_translations, put_translations, record_revision, remember_key, translations_of,
};
use crate::{StorageError, Store};

/// Creates and edits series.
impl Store {
    /// A series with the version an edit form must name and its texts in every language.
    pub async fn editable_series_by_id(
        &self,
        id: i64,
    ) -> Result<Option<EditableSeries>, StorageError> {
        self.run(move |c| Ok(crate::content::load_series(c, Some(id))?.pop())).await
    }

    /// Creates a series.
    pub async fn create_series(
        &self,
        editor: Editor,
        draft: SeriesDraft,
        now: Timestamp,
    ) -> Result<Saved<i64>, StorageError> {
        self.write(move |c| {
            if let Some(location) = crate::texts::earlier_answer(c, &editor)? {
                return Ok(Saved::Repeat(location));
            }
            let taken: i64 = series::table.filter(series::slug.eq(draft.slug.as_str())).count().get_result(c)?;
            if taken > 0 {
                return Ok(Saved::Invalid(FieldErrors(vec![("slug".into(), FieldError::SlugTaken)])));
            }
            diesel::insert_into(series::table)
                .values((
                    series::slug.eq(draft.slug.as_str()),
                    series::title.eq(&draft.title),
                    series::description.eq(&draft.description),
                    series::language.eq(draft.language),
                    series::created_at.eq(now.as_second()),
                ))
                .execute(c)?;
            let id: i64 = series::table.filter(series::slug.eq(draft.slug.as_str())).select(series::id).first(c)?;
            let subject = series_subject(id);
            put_translations(c, &subject, draft.language, &draft.texts)?;
            record_revision(c, &subject, editor.actor, draft.language, &draft.texts, now.as_second())?;
            let after = json!({ "slug": draft.slug.as_str(), "language": draft.language, "texts": draft.texts });
            audit(c, editor.actor, "series.create", &subject, None, Some(after.to_string()), now.as_second())?;
            if let Some(key) = &editor.key {
                remember_key(c, editor.user_id, key, "/admin/sessions", now.as_second())?;
            }
            Ok(Saved::Done(id))
        })
        .await
    }

    /// Saves a series' texts if it is still at `version` (its slug stays: links point to it).
    pub async fn update_series(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        draft: SeriesDraft,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let row: Option<(String, i32, String)> = series::table
                .find(id)
                .select((series::language, series::version, series::title))
                .first(c)
                .optional()?;
            let Some((language, current, _)) = row else { return Ok(Saved::Missing) };
            if current != version {
                return Ok(Saved::Stale);
            }
            let subject = series_subject(id);
            let before = translations_of(c, &subject)?;
            diesel::update(series::table.find(id))
                .set((
                    series::title.eq(&draft.title),
                    series::description.eq(&draft.description),
                    series::language.eq(draft.language),
                    series::version.eq(version + 1),
                ))
                .execute(c)?;
            put_translations(c, &subject, draft.language, &draft.texts)?;
            record_revision(c, &subject, actor, draft.language, &draft.texts, now.as_second())?;
            let before = json!({ "language": language, "translations": before });
            let after = json!({ "language": draft.language, "texts": draft.texts });
            audit(
                c,
                actor,
                "series.update",
                &subject,
                Some(before.to_string()),
                Some(after.to_string()),
                now.as_second(),
            )?;
            Ok(Saved::Done(()))
        })
        .await
    }

    /// Deletes a series without sessions (a series with sessions keeps them: delete those first).
    pub async fn delete_series(
        &self,
        actor: Actor,
        id: i64,
        version: i32,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let row: Option<(i32, String)> = series::table
                .find(id)
                .select((series::version, series::slug))
                .first(c)
                .optional()?;
            let Some((current, slug)) = row else { return Ok(Saved::Missing) };
            if current != version {
                return Ok(Saved::Stale);
            }
            let n: i64 =
                sessions::table.filter(sessions::series_id.eq(id)).count().get_result(c)?;
            if n > 0 {
                return Ok(Saved::Invalid(FieldErrors(vec![(String::new(), FieldError::InUse)])));
            }
            let subject = series_subject(id);
            drop_translations(c, &subject)?;
            diesel::delete(series::table.find(id)).execute(c)?;
            let before = json!({ "slug": slug }).to_string();
            audit(c, actor, "series.delete", &subject, Some(before), None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
    }
}
