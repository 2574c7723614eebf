-- When the last failed sign-in of a streak happened, for accounts and for addresses without
-- one alike: a streak older than the failure memory starts over, and the address rows (which
-- hold an address that has no account) are deleted once forgotten (issue 19).
ALTER TABLE users ADD COLUMN last_failed_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE login_failures ADD COLUMN last_failed_at BIGINT NOT NULL DEFAULT 0;
