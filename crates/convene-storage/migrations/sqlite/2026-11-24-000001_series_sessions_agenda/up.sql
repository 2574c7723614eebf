-- Times are Unix seconds (UTC) in BIGINT on both backends, so one Diesel schema serves both.
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    series_id BIGINT NOT NULL REFERENCES series (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    precision TEXT NOT NULL,
    format TEXT NOT NULL,
    venue TEXT,
    status TEXT NOT NULL,
    is_demo BOOLEAN NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (series_id, number),
    CHECK (ends_at >= starts_at)
);
CREATE INDEX sessions_starts_at ON sessions (series_id, starts_at);

CREATE TABLE session_topics (
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES topics (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (session_id, topic_id)
);
CREATE INDEX session_topics_topic ON session_topics (topic_id);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    bio TEXT NOT NULL,
    is_demo BOOLEAN NOT NULL
);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    UNIQUE (session_id, position),
    CHECK (ends_at >= starts_at)
);

CREATE TABLE agenda_item_speakers (
    agenda_item_id BIGINT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    speaker_id BIGINT NOT NULL REFERENCES speakers (id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (agenda_item_id, speaker_id)
);
CREATE INDEX agenda_item_speakers_speaker ON agenda_item_speakers (speaker_id);
