DROP TABLE agenda_item_speakers;
DROP TABLE agenda_items;
DROP TABLE speakers;
DROP TABLE session_topics;
DROP TABLE sessions;
DROP TABLE topics;
DROP TABLE series;
