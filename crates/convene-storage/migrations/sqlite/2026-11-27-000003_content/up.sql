-- Editing in the back office (issue 4) and content in several languages (issue 6).
-- Every edited record carries a version, bumped by each change, so a form based on an older
-- state is refused rather than applied over a newer one. Agenda items are versioned with
-- their session (an agenda edit bumps the session).
ALTER TABLE series ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE series ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sessions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE speakers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE speakers ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

-- A public text in another language than its record's own: subject is `session:12`,
-- `agenda:40`, `series:1` or `speaker:7`; field is `title`, `summary`, `description`, `bio`.
CREATE TABLE translations (
    subject TEXT NOT NULL,
    field TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (subject, field, language)
);

-- Every saved state of a record's public texts (all languages) as JSON, newest last:
-- the history an editor reads, compares and restores from.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX revisions_subject ON revisions (subject, id);

-- Keys of creation forms already handled, so a form sent twice creates one thing: the second
-- answer goes where the first went.
CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    location TEXT NOT NULL
);
