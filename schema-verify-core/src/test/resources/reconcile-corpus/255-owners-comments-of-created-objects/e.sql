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

CREATE TABLE base (id integer PRIMARY KEY);
CREATE TYPE colour AS ENUM ('red', 'green');
COMMENT ON TYPE colour IS 'paint';
ALTER TYPE colour OWNER TO corpus_owner_b;
CREATE SEQUENCE labels_seq;
COMMENT ON SEQUENCE labels_seq IS 'label numbers';
ALTER SEQUENCE labels_seq OWNER TO corpus_owner_a;
CREATE TABLE labels (id integer PRIMARY KEY, base_id integer REFERENCES base (id), colour colour);
COMMENT ON TABLE labels IS 'stickers';
COMMENT ON COLUMN labels.base_id IS 'what it sticks to';
ALTER TABLE labels OWNER TO corpus_owner_a;
CREATE FUNCTION label_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM base';
COMMENT ON FUNCTION label_count() IS 'how many';
ALTER FUNCTION label_count() OWNER TO corpus_owner_b;
