-- Reach statistics: aggregates of the registrations, recomputed by the worker when they change.
ALTER TABLE registrations ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT 0;

-- One row per session: its aggregates as JSON, and whether a registration changed since.
CREATE TABLE reach_state (
    session_id BIGINT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    dirty BOOLEAN NOT NULL DEFAULT 1,
    computed_at BIGINT NOT NULL DEFAULT 0,
    body TEXT
);

CREATE TABLE reach_series (
    series_id BIGINT PRIMARY KEY REFERENCES series (id) ON DELETE CASCADE,
    computed_at BIGINT NOT NULL,
    body TEXT NOT NULL
);

-- Every change to a registration marks its session, whatever code made it, so no write path
-- can forget to; the UPDATE touches nothing while the mark is already set (a burst costs one).
CREATE TRIGGER registrations_reach_insert AFTER INSERT ON registrations
BEGIN
    UPDATE reach_state SET dirty = 1 WHERE session_id = NEW.session_id AND dirty = 0;
END;
CREATE TRIGGER registrations_reach_update AFTER UPDATE ON registrations
BEGIN
    UPDATE reach_state SET dirty = 1 WHERE session_id = NEW.session_id AND dirty = 0;
END;
CREATE TRIGGER registrations_reach_delete AFTER DELETE ON registrations
BEGIN
    UPDATE reach_state SET dirty = 1 WHERE session_id = OLD.session_id AND dirty = 0;
END;
