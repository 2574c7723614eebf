DROP INDEX jobs_user;
ALTER TABLE jobs DROP COLUMN user_id;
DROP TABLE audit_log;
DROP TABLE password_tokens;
DROP TABLE user_sessions;
DROP TABLE users;
