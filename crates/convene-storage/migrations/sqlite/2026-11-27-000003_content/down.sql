DROP TABLE idempotency_keys;
DROP TABLE revisions;
DROP TABLE translations;
ALTER TABLE speakers DROP COLUMN language;
ALTER TABLE speakers DROP COLUMN version;
ALTER TABLE sessions DROP COLUMN language;
ALTER TABLE sessions DROP COLUMN version;
ALTER TABLE series DROP COLUMN language;
ALTER TABLE series DROP COLUMN version;
