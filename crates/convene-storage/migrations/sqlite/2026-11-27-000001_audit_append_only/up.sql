-- The audit log is append-only: no statement may change or remove an entry, whatever code
-- (or person at a SQL prompt) sends it. Inserting stays the one thing allowed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- The audit viewer filters by actor and date, newest first.
CREATE INDEX audit_log_at ON audit_log (at, id);
