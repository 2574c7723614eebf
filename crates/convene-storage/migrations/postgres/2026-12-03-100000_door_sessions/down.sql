DROP TABLE door_sessions;
