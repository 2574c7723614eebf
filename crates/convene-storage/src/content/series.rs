//! Series from the back office: reading them with what their edit pages need, and creating,
//! editing and deleting them through the edit pipeline (`edit.rs`).

use convene_domain::AuditAction;
use convene_domain::{FieldError, FieldErrors, Lang, Series, SeriesDraft, Session, Texts};
use diesel::prelude::*;
use jiff::Timestamp;
use serde_json::json;

use crate::content::edit::{
    Change, Editor, Saved, Subject, claim, earlier_answer, record, refuse, rolled_back,
};
use crate::content::public::with_topics;
use crate::content::texts::{drop_translations, put_translations, translations_of, with_own};
use crate::rows::{SeriesRow, SessionRow};
use crate::schema::{registrations, series, sessions};
use crate::{Content, DbConnection, StorageError};

/// A series with what its edit page needs.
#[derive(Debug, Clone)]
pub struct EditableSeries {
    /// The series.
    pub series: Series,
    /// The version an edit form must name.
    pub version: i32,
    /// The language its texts are written in.
    pub language: Lang,
    /// Its texts in every language.
    pub texts: Texts,
    /// Its sessions, any status, newest first, with their registration counts.
    pub sessions: Vec<(Session, u64)>,
}

/// Series (all, or the one with id `only`) with their sessions of any status and each
/// session's registration count (one grouped count, not one per session).
fn load_series(
    c: &mut DbConnection,
    only: Option<i64>,
) -> Result<Vec<EditableSeries>, StorageError> {
    let mut q = series::table
        .order(series::id)
        .select((SeriesRow::as_select(), series::version))
        .into_boxed();
    if let Some(id) = only {
        q = q.filter(series::id.eq(id));
    }
    let rows: Vec<(SeriesRow, i32)> = q.load(c)?;
    let ids: Vec<i64> = rows.iter().map(|(r, ..)| r.id()).collect();
    let counts: Vec<(i64, i64)> = registrations::table
        .inner_join(sessions::table)
        .filter(sessions::series_id.eq_any(&ids))
        .group_by(registrations::session_id)
        .select((registrations::session_id, diesel::dsl::count_star()))
        .load(c)?;
    let counts: std::collections::HashMap<i64, i64> = counts.into_iter().collect();
    let mut all = Vec::new();
    for (row, version) in rows {
        let series = Series::try_from(row)?;
        let language = series.language;
        let session_rows: Vec<SessionRow> = sessions::table
            .filter(sessions::series_id.eq(series.id))
            .order((sessions::starts_at.desc(), sessions::id.desc()))
            .select(SessionRow::as_select())
            .load(c)?;
        let sessions = with_topics(c, session_rows)?
            .into_iter()
            .map(|s| {
                let n = counts.get(&s.id).copied().unwrap_or(0);
                (s, u64::try_from(n).unwrap_or(0))
            })
            .collect();
        let texts = with_own(
            translations_of(c, &Subject::Series(series.id).to_string())?,
            language,
            &[("title", &series.title), ("description", &series.description)],
        );
        all.push(EditableSeries { series, version, language, texts, sessions });
    }
    Ok(all)
}

impl Content<'_> {
    /// Every series with its sessions of any status, for the back office.
    pub async fn editable_series(&self) -> Result<Vec<EditableSeries>, StorageError> {
        self.run(|c| load_series(c, None)).await
    }

    /// A series with the version an edit form must name and its texts in every language.
    pub async fn editable_series_by_id(
        &self,
        id: i64,
    ) -> Result<Option<EditableSeries>, StorageError> {
        self.run(move |c| Ok(load_series(c, Some(id))?.pop())).await
    }

    /// Creates a series.
    pub async fn create_series(
        &self,
        editor: Editor,
        draft: SeriesDraft,
        now: Timestamp,
    ) -> Result<Saved<i64>, StorageError> {
        self.write(move |c| {
            if let Some(created) = earlier_answer(c, &editor)? {
                return Ok(Saved::Repeat(created));
            }
            let taken: i64 =
                series::table.filter(series::slug.eq(draft.slug.as_str())).count().get_result(c)?;
            if taken > 0 {
                return Ok(Saved::Invalid(FieldErrors(vec![(
                    "slug".into(),
                    FieldError::SlugTaken,
                )])));
            }
            diesel::insert_into(series::table)
                .values((
                    series::slug.eq(draft.slug.as_str()),
                    series::title.eq(&draft.title),
                    series::description.eq(&draft.description),
                    series::language.eq(draft.language.code()),
                    series::created_at.eq(now.as_second()),
                ))
                .execute(c)?;
            let id: i64 = series::table
                .filter(series::slug.eq(draft.slug.as_str()))
                .select(series::id)
                .first(c)?;
            let subject = Subject::Series(id);
            put_translations(c, &subject.to_string(), draft.language, &draft.texts)?;
            let after = json!({ "slug": draft.slug.as_str(), "language": draft.language, "texts": draft.texts });
            let change = Change {
                actor: editor.actor,
                action: AuditAction::SeriesCreate,
                subject,
                before: None,
                after: Some(after.to_string()),
                texts: Some((draft.language, &draft.texts)),
            };
            record(c, change, Some(&editor), now.as_second())?;
            Ok(Saved::Done(id))
        })
        .await
        .or_else(rolled_back)
    }

    /// Saves a series' texts if it is still at `version` (its slug stays: links point to it).
    pub async fn update_series(
        &self,
        actor: crate::Actor,
        id: i64,
        version: i32,
        draft: SeriesDraft,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let subject = Subject::Series(id);
            if let Some(refused) = claim(c, subject, version, now.as_second())?.refused() {
                return Ok(refused);
            }
            let language: String = series::table.find(id).select(series::language).first(c)?;
            let before = translations_of(c, &subject.to_string())?;
            diesel::update(series::table.find(id))
                .set((
                    series::title.eq(&draft.title),
                    series::description.eq(&draft.description),
                    series::language.eq(draft.language.code()),
                ))
                .execute(c)?;
            put_translations(c, &subject.to_string(), draft.language, &draft.texts)?;
            let before = json!({ "language": language, "translations": before });
            let after = json!({ "language": draft.language, "texts": draft.texts });
            let change = Change {
                actor,
                action: AuditAction::SeriesUpdate,
                subject,
                before: Some(before.to_string()),
                after: Some(after.to_string()),
                texts: Some((draft.language, &draft.texts)),
            };
            record(c, change, None, now.as_second())?;
            Ok(Saved::Done(()))
        })
        .await
        .or_else(rolled_back)
    }

    /// Deletes a series without sessions (a series with sessions keeps them: delete those first).
    pub async fn delete_series(
        &self,
        actor: crate::Actor,
        id: i64,
        version: i32,
        now: Timestamp,
    ) -> Result<Saved<()>, StorageError> {
        self.write(move |c| {
            let subject = Subject::Series(id);
            if let Some(refused) = claim(c, subject, version, now.as_second())?.refused() {
                return Ok(refused);
            }
            let n: i64 =
                sessions::table.filter(sessions::series_id.eq(id)).count().get_result(c)?;
            if n > 0 {
                return refuse(Saved::Invalid(FieldErrors(vec![(
                    String::new(),
                    FieldError::InUse,
                )])));
            }
            let slug: String = series::table.find(id).select(series::slug).first(c)?;
            drop_translations(c, &subject.to_string())?;
            diesel::delete(series::table.find(id)).execute(c)?;
            let change = Change {
                actor,
                action: AuditAction::SeriesDelete,
                subject,
                before: Some(json!({ "slug": slug }).to_string()),
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
