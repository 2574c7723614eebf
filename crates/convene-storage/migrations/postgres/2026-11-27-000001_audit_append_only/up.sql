-- The audit log is append-only: no statement may change or remove an entry, whatever code
-- (or person at a SQL prompt) sends it. Inserting stays the one thing allowed.
CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();
-- The audit viewer filters by actor and date, newest first.
CREATE INDEX audit_log_at ON audit_log (at, id);
