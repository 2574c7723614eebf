-- Reach statistics: aggregates of the registrations, recomputed by the worker when they change.
ALTER TABLE registrations ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per session: its aggregates as JSON, and whether a registration changed since.
CREATE TABLE reach_state (
    session_id BIGINT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    dirty BOOLEAN NOT NULL DEFAULT TRUE,
    computed_at BIGINT NOT NULL DEFAULT 0,
    body TEXT
);

CREATE TABLE reach_series (
    series_id BIGINT PRIMARY KEY REFERENCES series (id) ON DELETE CASCADE,
    computed_at BIGINT NOT NULL,
    body TEXT NOT NULL
);

-- Every change to a registration marks its session, whatever code made it, so no write path
-- can forget to. The UPDATE matches nothing (and locks nothing) while the mark is already set.
CREATE FUNCTION reach_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE reach_state SET dirty = TRUE WHERE session_id = OLD.session_id AND NOT dirty;
    ELSE
        UPDATE reach_state SET dirty = TRUE WHERE session_id = NEW.session_id AND NOT dirty;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER registrations_reach AFTER INSERT OR UPDATE OR DELETE ON registrations
    FOR EACH ROW EXECUTE FUNCTION reach_mark_dirty();
