DROP TRIGGER registrations_reach_delete;
DROP TRIGGER registrations_reach_update;
DROP TRIGGER registrations_reach_insert;
DROP TABLE reach_series;
DROP TABLE reach_state;
ALTER TABLE registrations DROP COLUMN synthetic;
