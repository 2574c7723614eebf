-- Door staff who signed in with the check-in token: one row per sign-in, under the SHA-256 of
-- the cookie's random token, tied to a digest of the check-in token it was opened with (a
-- changed or removed token ends them all) and expiring.
CREATE TABLE door_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    token_digest TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
