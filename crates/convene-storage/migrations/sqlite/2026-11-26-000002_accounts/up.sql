-- Organiser accounts (issue 4): users with a role, sessions and one-time password links
-- stored only as SHA-256 hashes of their tokens, an append-only audit log, and account emails
-- as jobs naming a user.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    -- Normalised address (NFKC, lower case): one account per person.
    email_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    -- Argon2id PHC string; NULL until the person sets a password through their link.
    password_hash TEXT,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    -- Language of the account's emails (the last one its owner or creator used).
    language TEXT NOT NULL,
    -- Failed logins in a row and the lock they caused: in the database, so every instance
    -- sees the same lock.
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- Bumped by every change, so a form based on an old state is refused, not applied.
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_sessions (
    -- SHA-256 (hex) of the cookie's token: the token itself is never stored.
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    -- Absolute expiry; idle expiry is last_seen_at plus the configured idle time.
    expires_at BIGINT NOT NULL
);
CREATE INDEX user_sessions_user ON user_sessions (user_id);

CREATE TABLE password_tokens (
    -- SHA-256 (hex) of the link's token.
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX password_tokens_user ON password_tokens (user_id);

-- Append-only record of changes: who (actor, e.g. user:3 or cli), when, what, to which
-- record (subject, e.g. user:5), and the record's relevant fields before and after, as JSON.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_subject ON audit_log (subject, id);

-- Account emails (invitation, password reset) are jobs about a user, not a registration.
ALTER TABLE jobs ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX jobs_user ON jobs (user_id) WHERE user_id IS NOT NULL;
