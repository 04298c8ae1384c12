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

CREATE TYPE priority AS ENUM ('low', 'high');
COMMENT ON TYPE priority IS 'how urgent';
ALTER TYPE priority OWNER TO corpus_owner_a;
CREATE TABLE tasks (id integer PRIMARY KEY, priority priority);
CREATE FUNCTION task_total() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM tasks';
COMMENT ON FUNCTION task_total() IS 'all tasks';
ALTER FUNCTION task_total() OWNER TO corpus_owner_b;
