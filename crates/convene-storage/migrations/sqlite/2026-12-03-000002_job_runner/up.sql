-- Job kinds other than emails carry their arguments as JSON text; email jobs keep naming the
-- kind of email in `kind` and their subject in registration_id / user_id.
ALTER TABLE jobs ADD COLUMN payload TEXT;

-- Periodic tasks (expiry sweep, reach recount, ...) run on one instance at a time: an
-- instance takes a task's lease with a conditional UPDATE when the task is due and nobody
-- holds it; a holder that dies leaves a lease that simply runs out.
CREATE TABLE periodic_leases (
    name TEXT PRIMARY KEY,
    holder TEXT,
    held_until BIGINT NOT NULL DEFAULT 0,
    last_run_at BIGINT NOT NULL DEFAULT 0
);
