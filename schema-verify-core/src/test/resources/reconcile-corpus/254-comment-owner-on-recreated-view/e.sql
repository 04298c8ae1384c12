-- Roles are cluster-wide: create them only when missing, tolerate a concurrent creator, never drop them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_owner_a') THEN
        CREATE ROLE corpus_owner_a NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_owner_b') THEN
        CREATE ROLE corpus_owner_b NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

CREATE TABLE readings (id integer PRIMARY KEY, value bigint);
COMMENT ON COLUMN readings.value IS 'raw value';
CREATE VIEW high_readings AS SELECT id, value FROM readings WHERE value > 10;
COMMENT ON VIEW high_readings IS 'above the threshold';
ALTER VIEW high_readings OWNER TO corpus_owner_a;
