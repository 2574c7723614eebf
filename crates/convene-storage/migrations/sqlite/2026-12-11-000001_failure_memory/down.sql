ALTER TABLE login_failures DROP COLUMN last_failed_at;
ALTER TABLE users DROP COLUMN last_failed_at;
