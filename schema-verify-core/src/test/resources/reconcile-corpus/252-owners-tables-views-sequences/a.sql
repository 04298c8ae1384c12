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

CREATE TABLE accounts (id serial PRIMARY KEY, name text);
ALTER TABLE accounts OWNER TO corpus_owner_a;
CREATE TABLE audit (id integer PRIMARY KEY, account_id integer REFERENCES accounts (id));
CREATE VIEW account_names AS SELECT id, name FROM accounts;
CREATE MATERIALIZED VIEW account_count AS SELECT count(*) AS n FROM accounts;
ALTER MATERIALIZED VIEW account_count OWNER TO corpus_owner_a;
CREATE SEQUENCE tickets;
