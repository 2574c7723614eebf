UPDATE idempotency_keys SET location = '/admin/sessions/' || substr(location, 9)
    WHERE location LIKE 'session:%';
UPDATE idempotency_keys SET location = '/admin/speakers/' || substr(location, 9)
    WHERE location LIKE 'speaker:%';
UPDATE idempotency_keys SET location = '/admin/sessions' WHERE location LIKE 'series:%';
