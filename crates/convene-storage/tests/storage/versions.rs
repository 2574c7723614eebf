//! The version check every versioned record goes through: a form based on an older version is
//! refused and changes nothing; a refused change leaves the version where it was.

use convene_domain::{FieldError, Lang, SeriesDraft, Slug, SpeakerDraft, Texts};
use convene_storage::{Actor, Editor, Saved, Store, Subject};

use crate::{both_backends, now};

fn texts(fields: &[(&str, &str)]) -> Texts {
    let mut t = Texts::new();
    for (field, text) in fields {
        t.entry((*field).into()).or_default().insert(Lang::En, (*text).into());
    }
    t
}

pub fn series(slug: &str, title: &str) -> SeriesDraft {
    SeriesDraft {
        slug: Slug::try_from(slug).expect("slug"),
        language: Lang::En,
        title: title.into(),
        description: String::new(),
        texts: texts(&[("title", title), ("description", "")]),
    }
}

fn speaker(name: &str) -> SpeakerDraft {
    SpeakerDraft {
        slug: Slug::try_from("ada").expect("slug"),
        language: Lang::En,
        name: name.into(),
        affiliation: String::new(),
        bio: String::new(),
        texts: texts(&[("bio", "")]),
    }
}

fn editor(key: Option<&str>) -> Editor {
    Editor { actor: Actor::Cli, user_id: 1, key: key.map(str::to_owned) }
}

async fn series_version(store: &Store, id: i64) -> (i32, String) {
    let s = store.content().editable_series_by_id(id).await.expect("read").expect("series");
    (s.version, s.series.title)
}

async fn a_stale_series_form_changes_nothing(store: Store) {
    let Saved::Done(id) = store
        .content()
        .create_series(editor(None), series("s", "One"), now())
        .await
        .expect("create")
    else {
        panic!("not created")
    };
    let (v, _) = series_version(&store, id).await;
    let save = async |version, title| {
        store.content().update_series(Actor::Cli, id, version, series("s", title), now()).await
    };
    assert_eq!(save(v, "Two").await.expect("save"), Saved::Done(()));
    assert_eq!(save(v, "Three").await.expect("save"), Saved::Stale);
    assert_eq!(series_version(&store, id).await, (v + 1, "Two".into()));
    let missing =
        store.content().update_series(Actor::Cli, id + 99, v, series("s", "x"), now()).await;
    assert_eq!(missing.expect("save"), Saved::Missing);
    let gone = store.content().delete_series(Actor::Cli, id, v, now()).await.expect("delete");
    assert_eq!(gone, Saved::Stale, "a stale delete deletes nothing");
    assert_eq!(series_version(&store, id).await, (v + 1, "Two".into()));
}
both_backends!(a_stale_series_form_changes_nothing);

async fn a_refused_delete_keeps_the_version(store: Store) {
    let session = crate::demo_with_seats(&store, 10).await;
    let brief = store.content().editable_session(session).await.expect("read").expect("session");
    let series_id = brief.series.id;
    let (v, _) = series_version(&store, series_id).await;
    let refused = store.content().delete_series(Actor::Cli, series_id, v, now()).await;
    let Saved::Invalid(errors) = refused.expect("delete") else { panic!("deleted a full series") };
    assert_eq!(errors.get(""), Some(&FieldError::InUse));
    assert_eq!(series_version(&store, series_id).await.0, v, "the refusal rolled back");
}
both_backends!(a_refused_delete_keeps_the_version);

async fn a_stale_speaker_form_changes_nothing(store: Store) {
    let Saved::Done(id) =
        store.content().create_speaker(editor(None), speaker("Ada"), now()).await.expect("create")
    else {
        panic!("not created")
    };
    let (_, v, ..) = store.content().editable_speaker(id).await.expect("read").expect("speaker");
    let save =
        async |name| store.content().update_speaker(Actor::Cli, id, v, speaker(name), now()).await;
    assert_eq!(save("Ada L.").await.expect("save"), Saved::Done(()));
    assert_eq!(save("Ada B.").await.expect("save"), Saved::Stale);
    let (s, now_v, ..) =
        store.content().editable_speaker(id).await.expect("read").expect("speaker");
    assert_eq!((s.name.as_str(), now_v), ("Ada L.", v + 1));
    let stale = store.content().delete_speaker(Actor::Cli, id, v, now()).await.expect("delete");
    assert_eq!(stale, Saved::Stale);
    assert!(store.content().editable_speaker(id).await.expect("read").is_some());
}
both_backends!(a_stale_speaker_form_changes_nothing);

async fn a_stale_session_form_changes_nothing(store: Store) {
    let session = crate::demo_with_seats(&store, 10).await;
    let before = store.content().editable_session(session).await.expect("read").expect("session");
    let stale = before.version - 1;
    let moved = store
        .content()
        .set_session_status(Actor::Cli, session, stale, before.session.status, now())
        .await
        .expect("status");
    assert_eq!(moved, Saved::Stale);
    let deleted = store.content().delete_session(Actor::Cli, session, stale, now()).await;
    assert_eq!(deleted.expect("delete"), Saved::Stale);
    let after = store.content().editable_session(session).await.expect("read").expect("session");
    assert_eq!((after.version, after.session.status), (before.version, before.session.status));
}
both_backends!(a_stale_session_form_changes_nothing);

async fn a_creation_form_sent_twice_creates_one_record(store: Store) {
    let key = Some("0123456789abcdef0123");
    let first = store.content().create_speaker(editor(key), speaker("Ada"), now()).await;
    let Saved::Done(id) = first.expect("create") else { panic!("not created") };
    let again = store.content().create_speaker(editor(key), speaker("Ada"), now()).await;
    assert_eq!(again.expect("create"), Saved::Repeat(Subject::Speaker(id)));
}
both_backends!(a_creation_form_sent_twice_creates_one_record);
