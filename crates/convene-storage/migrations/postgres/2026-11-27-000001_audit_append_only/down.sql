DROP INDEX audit_log_at;
DROP TRIGGER audit_log_no_truncate ON audit_log;
DROP TRIGGER audit_log_no_update ON audit_log;
DROP FUNCTION audit_log_refuse();
