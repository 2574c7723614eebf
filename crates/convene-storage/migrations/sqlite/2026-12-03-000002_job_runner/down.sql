DROP TABLE periodic_leases;
ALTER TABLE jobs DROP COLUMN payload;
