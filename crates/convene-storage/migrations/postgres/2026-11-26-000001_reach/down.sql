DROP TRIGGER registrations_reach ON registrations;
DROP FUNCTION reach_mark_dirty();
DROP TABLE reach_series;
DROP TABLE reach_state;
ALTER TABLE registrations DROP COLUMN synthetic;
