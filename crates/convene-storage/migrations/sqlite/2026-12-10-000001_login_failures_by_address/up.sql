-- Failed sign-ins to addresses that have no account, counted and locked like an account's
-- (users.failed_logins, users.locked_until), so the answers do not tell which addresses
-- have accounts. Keyed by the address's comparison key.
CREATE TABLE login_failures (
    email_key TEXT PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL,
    locked_until BIGINT NOT NULL
);
