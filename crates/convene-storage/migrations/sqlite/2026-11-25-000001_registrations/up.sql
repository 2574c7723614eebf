-- Registration: windows with seat counters, secret join links, custom questions, the
-- registrations themselves, and the durable job queue (the email outbox among them).
CREATE TABLE registration_windows (
    session_id BIGINT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    capacity_in_person INTEGER,
    capacity_online INTEGER,
    -- Places held by active registrations, updated in the same transaction as they change,
    -- so that a conditional UPDATE is the one atomic seat check on both backends.
    taken_in_person INTEGER NOT NULL DEFAULT 0,
    taken_online INTEGER NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at),
    CHECK (taken_in_person >= 0 AND taken_online >= 0)
);

-- Read only for a verified registrant (manage page, reminders): never by public queries.
CREATE TABLE join_links (
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (session_id, language)
);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    choices TEXT NOT NULL,
    required BOOLEAN NOT NULL,
    UNIQUE (session_id, position)
);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES sessions (id),
    email_key TEXT NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    organisation TEXT,
    mode TEXT NOT NULL,
    language TEXT NOT NULL,
    accessibility TEXT,
    consent_version TEXT NOT NULL,
    list_publicly BOOLEAN NOT NULL,
    news_updates BOOLEAN NOT NULL,
    status TEXT NOT NULL,
    holds_place BOOLEAN NOT NULL,
    token_nonce TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    verified_at BIGINT,
    cancelled_at BIGINT,
    erased_at BIGINT,
    checked_in_at BIGINT,
    joined_online_at BIGINT,
    UNIQUE (session_id, email_key)
);
CREATE INDEX registrations_waitlist ON registrations (session_id, status, id);
CREATE INDEX registrations_unverified ON registrations (created_at) WHERE verified_at IS NULL;

CREATE TABLE answers (
    registration_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (registration_id, question_id)
);

-- Durable background work. A job is due when run_at has passed and nobody holds its lease;
-- done_at or failed_at ends it. Emails are rendered when sent, from the records.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    registration_id BIGINT REFERENCES registrations (id),
    run_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    locked_by TEXT,
    created_at BIGINT NOT NULL,
    done_at BIGINT,
    failed_at BIGINT,
    last_error TEXT
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL AND failed_at IS NULL;
CREATE INDEX jobs_registration ON jobs (registration_id);

-- Keys generated once per installation and shared by every instance (token signing).
CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
