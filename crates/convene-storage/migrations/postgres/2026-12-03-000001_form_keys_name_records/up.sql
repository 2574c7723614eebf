-- A creation form's key remembered the page its answer went to; it now names the record the
-- form created (`session:12`), and the web layer builds the page's address. Series pages were
-- not per series, so their id is not needed (0).
UPDATE idempotency_keys SET location = 'session:' || substr(location, 17)
    WHERE location LIKE '/admin/sessions/%';
UPDATE idempotency_keys SET location = 'speaker:' || substr(location, 17)
    WHERE location LIKE '/admin/speakers/%';
UPDATE idempotency_keys SET location = 'series:0' WHERE location = '/admin/sessions';
