DROP TABLE app_secrets;
DROP TABLE jobs;
DROP TABLE answers;
DROP TABLE registrations;
DROP TABLE questions;
DROP TABLE join_links;
DROP TABLE registration_windows;
