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

CREATE SCHEMA app AUTHORIZATION corpus_owner_b;
CREATE TYPE app.level AS ENUM ('low', 'high');
CREATE FUNCTION app.rank(l app.level) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN l = ''high'' THEN 2 ELSE 1 END';
ALTER FUNCTION app.rank(app.level) OWNER TO corpus_owner_a;
CREATE PROCEDURE app.noop() LANGUAGE sql AS 'SELECT 1';
ALTER PROCEDURE app.noop() OWNER TO corpus_owner_a;
