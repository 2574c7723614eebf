//! The one Diesel schema, shared by SQLite and PostgreSQL (migrations keep them alike).

diesel::table! {
    series (id) {
        id -> BigInt,
        slug -> Text,
        title -> Text,
        description -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    topics (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        series_id -> BigInt,
        number -> Integer,
        title -> Text,
        summary -> Text,
        starts_at -> BigInt,
        ends_at -> BigInt,
        time_zone -> Text,
        precision -> Text,
        format -> Text,
        venue -> Nullable<Text>,
        status -> Text,
        is_demo -> Bool,
        updated_at -> BigInt,
    }
}

diesel::table! {
    session_topics (session_id, topic_id) {
        session_id -> BigInt,
        topic_id -> BigInt,
        position -> Integer,
    }
}

diesel::table! {
    speakers (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        affiliation -> Text,
        bio -> Text,
        is_demo -> Bool,
    }
}

diesel::table! {
    agenda_items (id) {
        id -> BigInt,
        session_id -> BigInt,
        position -> Integer,
        starts_at -> BigInt,
        ends_at -> BigInt,
        kind -> Text,
        title -> Text,
        description -> Text,
    }
}

diesel::table! {
    agenda_item_speakers (agenda_item_id, speaker_id) {
        agenda_item_id -> BigInt,
        speaker_id -> BigInt,
        role -> Text,
        position -> Integer,
    }
}

diesel::joinable!(sessions -> series (series_id));
diesel::joinable!(session_topics -> sessions (session_id));
diesel::joinable!(session_topics -> topics (topic_id));
diesel::joinable!(agenda_items -> sessions (session_id));
diesel::joinable!(agenda_item_speakers -> agenda_items (agenda_item_id));
diesel::joinable!(agenda_item_speakers -> speakers (speaker_id));

diesel::allow_tables_to_appear_in_same_query!(
    series,
    topics,
    sessions,
    session_topics,
    speakers,
    agenda_items,
    agenda_item_speakers,
);
