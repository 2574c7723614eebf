//! The one Diesel schema, shared by SQLite and PostgreSQL (migrations keep them alike).

diesel::table! {
    series (id) {
        id -> BigInt,
        slug -> Text,
        title -> Text,
        description -> Text,
        created_at -> BigInt,
        version -> Integer,
        language -> Text,
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
        version -> Integer,
        language -> Text,
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
        version -> Integer,
        language -> Text,
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

diesel::table! {
    registration_windows (session_id) {
        session_id -> BigInt,
        opens_at -> BigInt,
        closes_at -> BigInt,
        capacity_in_person -> Nullable<Integer>,
        capacity_online -> Nullable<Integer>,
        taken_in_person -> Integer,
        taken_online -> Integer,
    }
}

diesel::table! {
    join_links (session_id, language) {
        session_id -> BigInt,
        language -> Text,
        url -> Text,
    }
}

diesel::table! {
    questions (id) {
        id -> BigInt,
        session_id -> BigInt,
        position -> Integer,
        kind -> Text,
        label -> Text,
        choices -> Text,
        required -> Bool,
    }
}

diesel::table! {
    registrations (id) {
        id -> BigInt,
        session_id -> BigInt,
        email_key -> Text,
        email -> Text,
        name -> Text,
        country -> Text,
        stakeholder_group -> Text,
        organisation -> Nullable<Text>,
        mode -> Text,
        language -> Text,
        accessibility -> Nullable<Text>,
        consent_version -> Text,
        list_publicly -> Bool,
        news_updates -> Bool,
        status -> Text,
        holds_place -> Bool,
        token_nonce -> Text,
        created_at -> BigInt,
        verified_at -> Nullable<BigInt>,
        cancelled_at -> Nullable<BigInt>,
        erased_at -> Nullable<BigInt>,
        checked_in_at -> Nullable<BigInt>,
        joined_online_at -> Nullable<BigInt>,
        synthetic -> Bool,
    }
}

diesel::table! {
    answers (registration_id, question_id) {
        registration_id -> BigInt,
        question_id -> BigInt,
        value -> Text,
    }
}

diesel::table! {
    jobs (id) {
        id -> BigInt,
        kind -> Text,
        registration_id -> Nullable<BigInt>,
        run_at -> BigInt,
        attempts -> Integer,
        locked_until -> BigInt,
        locked_by -> Nullable<Text>,
        created_at -> BigInt,
        done_at -> Nullable<BigInt>,
        failed_at -> Nullable<BigInt>,
        last_error -> Nullable<Text>,
        user_id -> Nullable<BigInt>,
        payload -> Nullable<Text>,
    }
}

diesel::table! {
    periodic_leases (name) {
        name -> Text,
        holder -> Nullable<Text>,
        held_until -> BigInt,
        last_run_at -> BigInt,
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Text,
    }
}

diesel::table! {
    reach_state (session_id) {
        session_id -> BigInt,
        dirty -> Bool,
        computed_at -> BigInt,
        body -> Nullable<Text>,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        email_key -> Text,
        role -> Text,
        password_hash -> Nullable<Text>,
        disabled -> Bool,
        language -> Text,
        failed_logins -> Integer,
        locked_until -> BigInt,
        created_at -> BigInt,
        updated_at -> BigInt,
        version -> Integer,
        last_failed_at -> BigInt,
    }
}

diesel::table! {
    reach_series (series_id) {
        series_id -> BigInt,
        computed_at -> BigInt,
        body -> Text,
    }
}

diesel::table! {
    door_sessions (id) {
        id -> Text,
        token_digest -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    user_sessions (id) {
        id -> Text,
        user_id -> BigInt,
        created_at -> BigInt,
        last_seen_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    password_tokens (id) {
        id -> Text,
        user_id -> BigInt,
        purpose -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
        used_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> BigInt,
        actor -> Text,
        action -> Text,
        subject -> Text,
        before_json -> Nullable<Text>,
        after_json -> Nullable<Text>,
    }
}

diesel::table! {
    translations (subject, field, language) {
        subject -> Text,
        field -> Text,
        language -> Text,
        body -> Text,
    }
}

diesel::table! {
    revisions (id) {
        id -> BigInt,
        subject -> Text,
        at -> BigInt,
        actor -> Text,
        body -> Text,
    }
}

diesel::table! {
    idempotency_keys (key) {
        key -> Text,
        user_id -> BigInt,
        created_at -> BigInt,
        location -> Text,
    }
}

diesel::table! {
    login_failures (email_key) {
        email_key -> Text,
        failures -> Integer,
        locked_until -> BigInt,
        last_failed_at -> BigInt,
    }
}

diesel::joinable!(sessions -> series (series_id));
diesel::joinable!(reach_state -> sessions (session_id));
diesel::joinable!(reach_series -> series (series_id));
diesel::joinable!(session_topics -> sessions (session_id));
diesel::joinable!(session_topics -> topics (topic_id));
diesel::joinable!(agenda_items -> sessions (session_id));
diesel::joinable!(agenda_item_speakers -> agenda_items (agenda_item_id));
diesel::joinable!(agenda_item_speakers -> speakers (speaker_id));
diesel::joinable!(registration_windows -> sessions (session_id));
diesel::joinable!(registrations -> sessions (session_id));
diesel::joinable!(answers -> registrations (registration_id));
diesel::joinable!(answers -> questions (question_id));
diesel::joinable!(questions -> sessions (session_id));
diesel::joinable!(user_sessions -> users (user_id));
diesel::joinable!(password_tokens -> users (user_id));
diesel::joinable!(jobs -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    series,
    topics,
    sessions,
    session_topics,
    speakers,
    agenda_items,
    agenda_item_speakers,
    registration_windows,
    join_links,
    questions,
    registrations,
    answers,
    jobs,
    periodic_leases,
    reach_state,
    reach_series,
    users,
    user_sessions,
    password_tokens,
    audit_log,
    door_sessions,
);
