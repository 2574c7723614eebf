//! The defacement and link-spam checks are a precondition of storing editors' text: every
//! write of public texts (create, save, restore, agenda import, speakers) refuses defaced text
//! and stores nothing, whichever caller forgot to check first.

use convene_domain::{AgendaDraft, AgendaKind, Lang, SessionDraft, SpeakerDraft, Texts};
use convene_storage::{Actor, AgendaChange, Editor, Revision, Saved, Store};

use crate::{both_backends, now};

/// The seed's defacement, in short: hidden text and a casino link farm.
const DEFACED: &str = "Our session. <div style=\"display:none\">best online casino</div> \
    [win](https://a.example) [win](https://b.example) [win](https://c.example) \
    [win](https://d.example) [win](https://e.example) [win](https://f.example)";

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn editor() -> Editor {
    Editor { actor: Actor::Cli, user_id: 1, key: None }
}

fn session_draft(summary: &str) -> SessionDraft {
    SessionDraft::parse(
        fields(&[
            ("number", "14"),
            ("language", "en"),
            ("title", "IP and quantum computing"),
            ("summary", summary),
            ("starts_on", "2026-12-20"),
            ("starts_time", "13:00"),
            ("ends_on", "2026-12-20"),
            ("ends_time", "17:00"),
            ("time_zone", "Europe/Zurich"),
            ("precision", "time"),
            ("format", "online"),
        ])
        .as_slice(),
    )
    .expect("draft")
}

fn refused<T: std::fmt::Debug>(saved: &Saved<T>) -> bool {
    matches!(saved, Saved::Unacceptable(r) if !r.is_empty())
}

async fn creating_or_saving_a_defaced_session_stores_nothing(store: Store) {
    let session = crate::demo_with_seats(&store, 10).await;
    let series_id =
        store.content().editable_session(session).await.expect("read").expect("s").series.id;
    let created = store
        .content()
        .create_session(editor(), series_id, session_draft(DEFACED), now())
        .await
        .expect("create");
    assert!(refused(&created), "{created:?}");
    let all = store.content().editable_series().await.expect("series");
    assert!(all[0].sessions.iter().all(|(s, _)| s.number != 14), "nothing created");

    let before = store.content().editable_session(session).await.expect("read").expect("s");
    let mut draft = session_draft("Clean.");
    draft.number = 13;
    draft.texts.entry("summary".into()).or_default().insert(Lang::Fr, DEFACED.into());
    let saved = store
        .content()
        .update_session(Actor::Cli, session, before.version, draft, now())
        .await
        .expect("save");
    assert!(refused(&saved), "a defaced translation is refused too: {saved:?}");
    let after = store.content().editable_session(session).await.expect("read").expect("s");
    assert_eq!((after.version, &after.texts), (before.version, &before.texts), "rolled back");
}
both_backends!(creating_or_saving_a_defaced_session_stores_nothing);

async fn restoring_a_defaced_revision_stores_nothing(store: Store) {
    let session = crate::demo_with_seats(&store, 10).await;
    let before = store.content().editable_session(session).await.expect("read").expect("s");
    let mut texts = before.texts.clone();
    texts.entry("summary".into()).or_default().insert(Lang::En, DEFACED.into());
    let old = Revision { id: 1, at: 0, actor: "cli".into(), language: Lang::En, texts };
    let restored = store
        .content()
        .restore_session_texts(Actor::Cli, session, before.version, old, now())
        .await
        .expect("restore");
    assert!(refused(&restored), "{restored:?}");
    let after = store.content().editable_session(session).await.expect("read").expect("s");
    assert_eq!((after.version, &after.texts), (before.version, &before.texts), "rolled back");
}
both_backends!(restoring_a_defaced_revision_stores_nothing);

async fn a_defaced_agenda_import_or_speaker_bio_stores_nothing(store: Store) {
    let session = crate::demo_with_seats(&store, 10).await;
    let before = store.content().editable_session(session).await.expect("read").expect("s");
    let agenda = store.content().agenda(session).await.expect("agenda");
    let mut texts = Texts::new();
    texts.entry("title".into()).or_default().insert(Lang::En, "Opening".into());
    texts.entry("description".into()).or_default().insert(Lang::En, DEFACED.into());
    let item = AgendaDraft {
        starts_at: before.session.starts_at,
        ends_at: before.session.ends_at,
        kind: AgendaKind::Opening,
        title: "Opening".into(),
        description: DEFACED.into(),
        people: Vec::new(),
        texts,
    };
    let change = AgendaChange::Replace(vec![item]);
    let imported = store
        .content()
        .change_agenda(Actor::Cli, session, before.version, change, now())
        .await
        .expect("import");
    assert!(refused(&imported), "{imported:?}");
    assert_eq!(store.content().agenda(session).await.expect("agenda"), agenda, "unchanged");

    let mut bio = Texts::new();
    bio.entry("bio".into()).or_default().insert(Lang::En, DEFACED.into());
    let speaker = SpeakerDraft {
        slug: "ada".try_into().expect("slug"),
        language: Lang::En,
        name: "Ada".into(),
        affiliation: String::new(),
        bio: DEFACED.into(),
        texts: bio,
    };
    let created = store.content().create_speaker(editor(), speaker, now()).await.expect("create");
    assert!(refused(&created), "{created:?}");
    let speakers = store.content().speakers().await.expect("speakers");
    assert!(speakers.iter().all(|s| s.slug.as_str() != "ada"), "nothing created");
}
both_backends!(a_defaced_agenda_import_or_speaker_bio_stores_nothing);

/// Names and other one-line fields show on public pages too (issue 19): a speaker's name and
/// affiliation, a venue and a new topic's name are checked like the rich texts.
async fn defaced_names_venues_and_topics_store_nothing(store: Store) {
    let hidden = "Ada <span style=\"display:none\">best online casino</span>";
    for (name, affiliation) in [(hidden, ""), ("Ada", "Casino en ligne, Malta")] {
        let speaker = SpeakerDraft {
            slug: "ada".try_into().expect("slug"),
            language: Lang::En,
            name: name.into(),
            affiliation: affiliation.into(),
            bio: String::new(),
            texts: Texts::new(),
        };
        let created =
            store.content().create_speaker(editor(), speaker, now()).await.expect("create");
        assert!(refused(&created), "{name} / {affiliation}: {created:?}");
    }
    let speakers = store.content().speakers().await.expect("speakers");
    assert!(speakers.iter().all(|s| s.slug.as_str() != "ada"), "nothing created");

    let session = crate::demo_with_seats(&store, 10).await;
    let series_id =
        store.content().editable_session(session).await.expect("read").expect("s").series.id;
    let mut venue = session_draft("A plain summary.");
    venue.venue = Some(DEFACED.into());
    let mut topic = session_draft("A plain summary.");
    topic.topics = vec![("slots".try_into().expect("slug"), Some("Machines à sous".into()))];
    for draft in [venue, topic] {
        let created = store
            .content()
            .create_session(editor(), series_id, draft, now())
            .await
            .expect("create");
        assert!(refused(&created), "{created:?}");
    }
    let all = store.content().editable_series().await.expect("series");
    assert!(all[0].sessions.iter().all(|(s, _)| s.number != 14), "nothing created");
}
both_backends!(defaced_names_venues_and_topics_store_nothing);
